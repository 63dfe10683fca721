"""Family ZO's generator (benchmarks/docgen_zo): truth keys per the contract, valid check characters,
determinism for a seed, every drawn run covered by its face's cmap (a missing glyph raises before
TeX could drop it), the e-licence PDF carrying its faces as vector text, and `unreadable` set only
where the capture hides a value's ink. Skipped when upLaTeX, Ghostscript, RawTherapee, unpaper,
netpbm or Open3D is missing."""

import importlib
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

TOOLS = ("uplatex", "dvipdfmx", "gs", "rawtherapee-cli", "unpaper", "pbmtog3", "g3topbm")
pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS)
                                or importlib.util.find_spec("open3d") is None, reason="a family ZO tool is missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_zo.generate")
    d = tmp_path_factory.mktemp("famzo")
    return d, G.generate(d, 6, 31)


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "ZO" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["faces"], f


def test_files_are_readable_images_or_pdfs(small_set):
    from PIL import Image
    d, truth = small_set
    for f in truth["files"]:
        p = d / f["file"]
        if p.suffix == ".pdf":
            assert p.read_bytes().startswith(b"%PDF")
        else:
            with Image.open(p) as im:
                im.load()
                long_side = max(im.size)
            if f["capture"] in ("phone", "gaopaiyi"):
                assert long_side >= 1600, (f["file"], long_side)


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zo import records as R
    rng = np.random.default_rng(5)
    for _ in range(200):
        assert id_ok(R.id_front(rng)["fields"]["id_number"])
        assert uscc_ok(R.business(rng, "company")["fields"]["credit_code"])
        assert uscc_ok(R.business(rng, "individual")["fields"]["credit_code"])
        no = R.food(rng)["fields"]["license_no"]
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_missing_glyph_raises_and_drawn_runs_are_covered(small_set):
    from benchmarks.docgen_zo import faces
    with pytest.raises(faces.MissingGlyph):
        faces.check("uming", "营业\ue000执照")
    assert faces.DRAWN
    for face, text in faces.DRAWN:
        assert all(ord(c) < 0x80 or c.isspace() or ord(c) in faces.cmap(face) for c in text), (face, text)


def test_elicence_pdf_is_vector_text(tmp_path):
    from benchmarks.docgen_zo import layout as L
    from benchmarks.docgen_zo import records as R
    from benchmarks.docgen_zo import typeset as T
    rng = np.random.default_rng(2)
    pages = [L.food(R.food(rng), rng), L.health(R.health(rng), rng)]
    b = T.Batch(pages, tmp_path / "tex")
    one = b.single(1, tmp_path / "one.pdf")
    out = subprocess.run(["gs", "-q", "-dNODISPLAY", "-dNOSAFER", "-c", f"({one}) (r) file runpdfbegin pdfpagecount = quit"],
                         capture_output=True, text=True, timeout=60).stdout.strip()
    assert out == "1"
    fonts = subprocess.run(["pdffonts", str(one)], capture_output=True, text=True, timeout=60).stdout.splitlines()[2:]
    assert fonts and all(" yes yes yes " in f for f in fonts), fonts  # embedded, subset, ToUnicode: text, not outlines
    assert any("CID" in f for f in fonts)


def test_unreadable_only_where_hidden():
    G = importlib.import_module("benchmarks.docgen_zo.generate")
    from benchmarks.docgen_zo import layout as L
    from benchmarks.docgen_zo import photo as P
    page = L.Page(100, 60)
    page.boxes = {"a": [(10, 10, 30, 14)], "b": [(60, 40, 80, 44)], "c": [(90, 50, 99, 54)]}
    frame = np.full((P.H, P.W, 3), 120, np.uint8)

    def project(x, y, s=P.W / 95.0):  # the page seen flat, its right edge (x > 95 mm) past the frame
        return np.stack([np.asarray(x) * s, np.asarray(y) * s], -1)

    assert G._hidden(page, frame, project, {}) == {"c"}
    assert G._hidden(page, frame, project, {"thumb": (70, 45)}) == {"b", "c"}
    u0, v0 = project(10, 10)
    u1, v1 = project(30, 14)
    frame[int(v0):int(v1) + 1, int(u0):int(u1) + 1] = 255  # glare over a's ink
    assert G._hidden(page, frame, project, {}) == {"a", "c"}


def test_unreadable_only_on_camera_captures(small_set):
    _, truth = small_set
    for f in truth["files"]:
        if f["capture"] not in ("phone", "gaopaiyi", "chat", "screen"):
            assert not any(t["unreadable"] for t in f["fields"].values()), f


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_zo.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_uplatex_is_the_renderer():
    out = subprocess.run(["uplatex", "--version"], capture_output=True, text=True, timeout=60).stdout
    assert "e-upTeX" in out
    assert Path(shutil.which("rawtherapee-cli")).exists()
