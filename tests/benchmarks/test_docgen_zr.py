"""Family ZR's generator (benchmarks/docgen_zr): truth keys per the contract, valid check characters,
files that open, determinism for a seed (same bytes from make_one), a glyph missing from a face raising,
and `unreadable` set only where the Warp frame really hides a value's ink (recomputed here from a render
of the page: boxes in frame and unglared are readable). Skipped when node, its npm packages or gmic
are missing (`make sysdeps`)."""

import importlib
import shutil

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok


def _ready() -> str:
    if shutil.which("node") is None or shutil.which("gmic") is None:
        return "node or gmic missing"
    try:
        from benchmarks.docgen_zr.nodepdf import check_installed
        check_installed()
        import warp  # noqa: F401
    except Exception as exc:  # npm packages or warp-lang not installed
        return str(exc)
    return ""


pytestmark = pytest.mark.skipif(bool(_ready()), reason=_ready() or "ready")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_zr.generate")
    d = tmp_path_factory.mktemp("famzr")
    return d, G.generate(d, 6, 31)


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "ZR" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_files_open(small_set):
    from PIL import Image
    d, truth = small_set
    for f in truth["files"]:
        p = d / f["file"]
        if p.suffix == ".pdf":
            assert p.read_bytes().startswith(b"%PDF")
        else:
            with Image.open(p) as im:
                im.load()
                assert max(im.size) >= 1000, (f["file"], im.size)


def test_check_characters_over_many_values():
    from benchmarks.docgen_zr import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        birth = V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY)
        assert id_ok(V.id_number(p[3], birth, rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_zr.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_missing_glyph_raises():
    from benchmarks.docgen_zr import faces
    faces.check("serif", "营业执照")
    with pytest.raises(faces.MissingGlyph):
        faces.check("song_gb", "\U0002a6a5")  # a CJK Extension B character no pinned face has


def test_unreadable_only_where_hidden():
    """A frame that shows the whole page hides nothing; one cut in half hides the values of the cut half."""
    from benchmarks.docgen_zr import captures as C
    seen = np.full((200, 100, 3), -1.0, np.float32)
    yy, xx = np.mgrid[0:200, 0:100]
    seen[..., 0] = (xx + 0.5) / 100
    seen[..., 1] = (yy + 0.5) / 200
    seen[..., 2] = 0.0
    page = (100.0, 200.0)
    top, bottom = [(10.0, 20.0, 90.0, 30.0)], [(10.0, 170.0, 90.0, 180.0)]
    assert C.hidden_fraction(seen, top, page) == 0.0 and C.hidden_fraction(seen, bottom, page) == 0.0
    cut = seen.copy()
    cut[100:] = -1.0  # the lower half out of frame
    assert C.hidden_fraction(cut, top, page) == 0.0
    assert C.hidden_fraction(cut, bottom, page) == 1.0
    glared = seen.copy()
    glared[:50, :, 2] = 1.0  # glare over the top quarter
    assert C.hidden_fraction(glared, top, page) > 0.5 and C.hidden_fraction(glared, bottom, page) == 0.0
