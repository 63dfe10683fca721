"""Family ZQ's generator (benchmarks/docgen_zq): truth keys per the contract, valid check characters,
files readable, determinism for a seed (same bytes, LuxCore frames included), every drawn string
covered by its face's cmap (a missing glyph raises), faces resolving to their pinned files, and
`unreadable` only where the capture hides a value. Skipped without cairo, pyluxcore, PyOpenCL or PoCL."""

import importlib
import importlib.util
import io

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytest.importorskip("cairocffi")
cl = pytest.importorskip("pyopencl")
# pyluxcore is never imported here: LuxCore's OpenCL probe aborts in a process where PoCL is registered
# (the generator renders in its own process, benchmarks/docgen_zq/lux_worker.py)
if importlib.util.find_spec("pyluxcore") is None:
    pytest.skip("pyluxcore not installed", allow_module_level=True)


def _pocl() -> bool:
    try:
        return any("Portable Computing Language" in p.name for p in cl.get_platforms())
    except Exception:  # noqa: BLE001 - no ICD at all
        return False


pytestmark = pytest.mark.skipif(not _pocl(), reason="PoCL (pocl-opencl-icd) not installed")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_zq import faces
    G = importlib.import_module("benchmarks.docgen_zq.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famzq")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "ZQ" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_files_readable(small_set):
    from PIL import Image
    d, truth, _ = small_set
    for f in truth["files"]:
        data = (d / f["file"]).read_bytes()
        if f["file"].endswith(".pdf"):
            assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
        else:
            im = Image.open(io.BytesIO(data))
            im.load()
            assert min(im.size) >= 300, (f["file"], im.size)


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zq import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        assert id_ok(V.id_front(rng)["fields"]["id_number"])
        for form in ("company", "individual"):
            assert uscc_ok(V.business_license(rng, form)["fields"]["credit_code"])
        no = V.food_license(rng)["fields"]["license_no"]
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_drawn_strings_covered_and_missing_glyph_raises(small_set):
    from benchmarks.docgen_zq import faces
    _, _, drawn = small_set
    assert drawn
    for face, text in drawn:
        assert all(c.isspace() or ord(c) in faces.cmap(face) for c in text), (face, text)
    for face in faces.FACES:
        faces.check_face(face)  # raises unless fontconfig resolves the family to the pinned file
    with pytest.raises(faces.MissingGlyph):
        faces.check("DejaVu Sans", "营业执照")


def test_unreadable_only_where_hidden():
    """A phone photo whose frame cuts the page marks exactly the values whose ink left the frame; a
    flat scan of the whole page hides nothing."""
    from benchmarks.docgen_zq import captures as C
    from benchmarks.docgen_zq import photo
    quads = {"a": [np.array([[10, 10], [50, 10], [50, 30], [10, 30]], float)],
             "b": [np.array([[-5, 60], [50, 60], [50, 80], [-5, 80]], float)]}
    assert C._hidden_by_frame(quads, 100, 100) == {"b"}
    mask = np.zeros((100, 100), bool)
    mask[0:40, 0:20] = True
    assert C._hidden_by_mask(quads, mask, 0.05) == {"a"}
    req = {"size": [1600, 1200], "page_m": [0.297, 0.21], "cam": [0, 0, 0.5], "target": [0, 0, 0], "up": [0, 1, 0],
           "fov": 60, "bend": {}}
    px = photo.page_uv_to_px(req, [(0.5, 0.5), (0, 0), (1, 1)])
    assert np.allclose(px[0], [800, 600]) and px[1][0] < 800 and px[1][1] < 600 and px[2][0] > 800


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_zq.generate")
    plan = G.kinds_for(6, 31)
    i = next(j for j, f in enumerate(truth["files"]) if f["capture"] in G.CAP.PHOTO) if any(
        f["capture"] in G.CAP.PHOTO for f in truth["files"]) else 3
    try:
        check_reproduced(G, plan, d, truth, tmp_path, i)
    finally:
        G.photo.close()
