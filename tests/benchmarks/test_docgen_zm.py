"""Family ZM's generator (benchmarks/docgen_zm): truth keys per the contract, valid check characters,
files readable in their formats, determinism for a seed (pyrender on Mesa and LibRaw included), every
drawn run covered by its face's cmap (resvg falls back silently, the generator raises instead), the line
breaker's rules, and `unreadable` set exactly where the projected ink is out of the frame, under the
thumb or under glare. Skipped when resvg, pyrender (EGL), rawpy, pidng, liblept or libtiff's tools are
missing."""

import importlib
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(
    shutil.which("tiffcp") is None or shutil.which("tiffdither") is None
    or importlib.util.find_spec("resvg_py") is None or importlib.util.find_spec("pyrender") is None
    or importlib.util.find_spec("rawpy") is None or importlib.util.find_spec("pidng") is None,
    reason="resvg-py, pyrender, rawpy, pidng or libtiff-tools missing")


def _G():
    return importlib.import_module("benchmarks.docgen_zm.generate")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_zm import fonts
    fonts.DRAWN.clear()
    d = tmp_path_factory.mktemp("famzm")
    truth = _G().generate(d, 6, 31)
    return d, truth, list(fonts.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "ZM" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
    assert json.loads((d / "truth.json").read_text(encoding="utf-8")) == truth


def test_files_open_in_their_formats(small_set):
    from PIL import Image
    d, truth, _ = small_set
    for f in truth["files"]:
        p = d / f["file"]
        data = p.read_bytes()
        if p.suffix == ".pdf":
            assert data.startswith(b"%PDF")
            continue
        im = Image.open(io.BytesIO(data))
        im.load()
        assert max(im.size) >= 1000, (f["file"], im.size)


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zm import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        assert id_ok(V.id_number(p[3], V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY), rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_runs_covered_by_their_faces(small_set):
    from benchmarks.docgen_zm import fonts
    _, _, drawn = small_set
    assert drawn
    for key, text in drawn:
        missing = [c for c in text if not c.isspace() and ord(c) not in fonts.cmap(key)]
        assert not missing, (key, text, missing)
    with pytest.raises(KeyError):
        fonts.check("fsong", "甪")  # FandolSong has no 甪: drawing it must raise, not fall back


def test_every_document_builds_with_covered_faces():
    from benchmarks.docgen_zm import documents as D
    rng = np.random.default_rng(11)
    for _ in range(12):
        D.id_front(rng)
        D.id_back(rng)
        for ent in ("company", "branch", "partnership", "sole"):
            D.business_license(rng, ent, bool(rng.random() < 0.5))
        D.health_license(rng)
        D.food_license(rng)
        D.other(rng)


def test_line_breaker_rules():
    from benchmarks.docgen_zm import fonts
    text = "技术开发、技术咨询、技术服务；软件开发（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）。" * 2
    lines = fonts.wrap("uming", text, 4.0, 50.0)
    assert "".join(lines) == text
    for ln in lines:
        assert fonts.advance("uming", ln, 4.0) <= 50.0 + 4.0  # at most one closing mark may hang
        assert ln[0] not in fonts.NO_START
        assert ln[-1] not in fonts.NO_END


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = _G()
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)
    photo_i = next(i for i, f in enumerate(truth["files"]) if f["capture"] not in ("flatbed", "adf", "photocopy",
                                                                                     "copy_of_copy", "fax_fine", "fax_std", "e_pdf"))
    again = G.make_one(photo_i, G.kinds_for(6, 31)[photo_i], 31, tmp_path / "p")
    assert (tmp_path / "p" / again["file"]).read_bytes() == (d / again["file"]).read_bytes()


def test_unreadable_only_where_the_ink_is_hidden(tmp_path):
    """A thumb over the page, a sleeve's glare and a tight frame: fields flagged exactly when the share of
    their ink the photo hides reaches the threshold, and the flags follow from the projection (a value
    the thumb's hull covers is hidden; one in the clear is not)."""
    G = _G()
    seen_hidden = seen_clear = 0
    for i in range(6):
        cap = ("phone_thumb", "phone_sleeve")[i % 2]
        f = G.make_one(i, {"kind": "id_card_front", "capture": cap}, 977, tmp_path)
        for key, t in f["fields"].items():
            share = f["hidden_share"][key]
            assert t["unreadable"] == (share >= G.HIDDEN_SHARE), (key, share, t)
            seen_hidden += t["unreadable"]
            seen_clear += not t["unreadable"]
    assert seen_clear > 0
    # scans and PDFs never hide a value
    f = G.make_one(0, {"kind": "food_business_license", "capture": "flatbed"}, 5, tmp_path / "scan")
    assert not any(t["unreadable"] for t in f["fields"].values())


def test_hidden_fraction_geometry():
    """The projection itself: a box outside the frame is fully hidden, one in the middle of a straight-on
    photo is not, one under the thumb's hull is."""
    from benchmarks.docgen_zm import photo
    rng = np.random.default_rng(3)
    shape = photo.Shape(0.2, 0.15, rng)
    cam = photo.Camera(photo._look_at((0, 0, 0.4), (0, 0, 0)), 0.8, 800, 600)
    geo = {"shape": shape, "camera": cam, "thumb_hull": None, "glare": None}
    assert photo.hidden_fraction(geo, (0.4, 0.45, 0.6, 0.55)) == 0.0
    far = photo.Camera(photo._look_at((0.5, 0, 0.4), (0.5, 0, 0)), 0.3, 800, 600)
    assert photo.hidden_fraction({**geo, "camera": far}, (0.4, 0.45, 0.6, 0.55)) == 1.0
    hull = photo.project_page(geo, np.array([0.3, 0.7, 0.7, 0.3]), np.array([0.3, 0.3, 0.7, 0.7]))
    assert photo.hidden_fraction({**geo, "thumb_hull": hull}, (0.4, 0.45, 0.6, 0.55)) == 1.0
    glare = np.zeros((64, 64))
    glare[20:44, 20:44] = 1.0
    assert photo.hidden_fraction({**geo, "glare": glare}, (0.45, 0.48, 0.55, 0.52)) == 1.0


def test_params_hash_follows_the_code():
    G = _G()
    assert G.params_hash(150, 9797) != G.params_hash(150, 9798)
    assert len(G.params_hash(150, 9797)) == 16
    assert Path(G.__file__).parent.joinpath("README.md").exists()
