"""Family ZI's generator (benchmarks/docgen_zi): truth keys per the contract, valid check characters,
determinism for a seed, every drawn string covered by its face (a missing glyph raises), files readable,
and `unreadable` only where the Mitsuba frame really hides a value (a shot that cuts a value off marks
it; the same shot framed whole marks nothing). Skipped when mitsuba, SimpleITK or skia is missing."""

import importlib
import io

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytest.importorskip("mitsuba")
pytest.importorskip("SimpleITK")
pytest.importorskip("skia")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_zi.generate")
    d = tmp_path_factory.mktemp("famzi")
    return d, G.generate(d, 6, 31)


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "ZI" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["faces"], f


def test_files_readable(small_set):
    from PIL import Image
    d, truth = small_set
    for f in truth["files"]:
        data = (d / f["file"]).read_bytes()
        if f["file"].endswith(".pdf"):
            assert data.startswith(b"%PDF")
        else:
            with Image.open(io.BytesIO(data)) as im:
                im.load()
                assert min(im.size) > 300


def test_every_check_character_valid_over_many_values():
    import numpy as np

    from benchmarks.docgen_zi import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        assert id_ok(V.id_front(rng)["id_number"])
        b = V.business(rng)
        assert uscc_ok(b["credit_code"])
        f = V.food(rng)
        assert uscc_ok(f["credit_code"])
        assert f["license_no"].startswith("JY") and len(f["license_no"]) == 16 and f["license_no"][2:].isdigit()


def test_missing_glyph_raises():
    from benchmarks.docgen_zi import faces
    with pytest.raises(faces.MissingGlyph):
        faces.check(faces.font("DejaVu Sans Mono", 10), "营业执照")
    faces.check(faces.font("Noto Serif CJK SC", 10), "营业执照（副本）")


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_zi.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_every_file_same_bytes_again(small_set, tmp_path):
    """Every file of the set (Mitsuba photos, SimpleITK scans, Skia and Pillow PDFs) made again alone is
    byte-identical: no clock or thread order leaks into a file."""
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_zi.generate")
    plan = G.kinds_for(6, 31)
    for i in range(6):
        again = G.make_one(i, plan[i], 31, tmp_path)
        assert again == truth["files"][i]
        assert (tmp_path / again["file"]).read_bytes() == (d / again["file"]).read_bytes(), again["file"]


def test_mitsuba_render_is_deterministic():
    """The same shot rendered twice gives the same bytes (scalar_rgb, one render thread, seeded sampler)."""
    import numpy as np

    from benchmarks.docgen_zi import camera
    page = np.full((200, 300, 3), 240, np.uint8)
    page[80:120, 40:260] = 20
    shot = {"res": (160, 120), "spp": 1, "fov": 60.0, "up": [0.0, 1.0, 0.0], "desk": "cloth", "light": "low",
            "cam": [0.02, -0.03, 0.12], "target": [0.0, 0.0, 0.0], "aperture": 0.002, "focus": 0.11, "bend": "curl"}
    a, _ = camera.render(page, (85.6, 54.0), shot, 11)
    b, _ = camera.render(page, (85.6, 54.0), shot, 11)
    c, _ = camera.render(page, (85.6, 54.0), shot, 12)
    assert a.tobytes() == b.tobytes() != c.tobytes()


def test_unreadable_only_where_the_frame_hides_it():
    """A card shot framed on its left half hides the right-hand ID digits; framed whole, nothing."""
    import numpy as np

    G = importlib.import_module("benchmarks.docgen_zi.generate")
    from benchmarks.docgen_zi import camera
    from benchmarks.docgen_zi import values as V
    rng = np.random.default_rng(3)
    v = V.id_front(rng)
    style = G.style_for(rng)
    size = (85.6, 54.0)
    page, vals, boxes = G.raster("id_card_front", v, style, [], 7, 8.0)
    base = {"res": (480, 360), "spp": 1, "fov": 60.0, "up": [0.0, 1.0, 0.0], "desk": "wood", "light": "lamp"}
    whole = dict(base, cam=[0.0, 0.0, 0.11], target=[0.0, 0.0, 0.0])
    frame, aov = camera.render(page, size, whole, 5)
    assert camera.hidden(boxes, size, frame, aov, page) == set()
    left = dict(base, cam=[-0.03, 0.0, 0.06], target=[-0.03, 0.0, 0.0])
    frame, aov = camera.render(page, size, left, 5)
    gone = camera.hidden(boxes, size, frame, aov, page)
    assert "id_number" in gone and "name" not in gone
