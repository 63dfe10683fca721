"""Family ZG's generator (benchmarks/docgen_zg): truth keys per the contract, valid check characters,
files that open, determinism for a seed, `unreadable` exactly where the capture hides a value's ink (the
visibility computation on a frame it can reason about: a page wholly in frame, one cut by the frame, one
under a thumb), a silent font fallback raising, and a small set generated (its speed:
benchmarks/bench_docgen_speed.py). Skipped when nona, darktable-cli or pdftoppm is not installed."""

import importlib
import shutil

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in ("nona", "darktable-cli", "pdftoppm", "pdffonts")),
                                reason="nona, darktable-cli or poppler-utils missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_zg.generate")
    d = tmp_path_factory.mktemp("famzg")
    truth = G.generate(d, 6, 31)
    return d, truth


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "ZG" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_files_open(small_set):
    from PIL import Image
    d, truth = small_set
    for f in truth["files"]:
        p = d / f["file"]
        if p.suffix == ".pdf":
            assert p.read_bytes()[:5] == b"%PDF-"
        else:
            with Image.open(p) as im:
                im.load()
                assert min(im.size) > 200


def test_every_check_character_valid_over_many_values():
    V = importlib.import_module("benchmarks.docgen_zg.values")
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
    G = importlib.import_module("benchmarks.docgen_zg.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_unreadable_only_where_the_capture_hides_ink(small_set):
    d, truth = small_set
    for f in truth["files"]:
        for key, t in f["fields"].items():
            assert t["unreadable"] == (key in f["hidden"]), (f["file"], key)


def _visibility(tmp_path, shot, cover=None):
    C = importlib.import_module("benchmarks.docgen_zg.camera")
    pw, ph = 800, 600
    seen = C.visible_cells(tmp_path, "t", pw, ph, shot, cover)
    # two "values": one near the page's left edge, one in its middle (CSS px = page px here)
    cells = {"left": [(10 + 12 * i, 290, 12, 20) for i in range(5)], "middle": [(370 + 12 * i, 290, 12, 20) for i in range(5)]}
    return C.hidden_fields(cells, 1.0, pw, ph, seen)


def test_visibility_follows_the_frame_and_the_thumb(tmp_path):
    C = importlib.import_module("benchmarks.docgen_zg.camera")
    whole = _visibility(tmp_path, C.Shot(1000, 750, fill=0.7, pitch=-15, roll=5))
    assert whole == {"left": 0.0, "middle": 0.0}
    for roll in (90, 180, -90):  # a phone held sideways or upside down still has the page in frame
        assert _visibility(tmp_path, C.Shot(1000, 750, fill=0.6, pitch=-25, yaw=8, roll=roll)) == whole
    cut = _visibility(tmp_path, C.Shot(1000, 750, fill=1.0, ox=-0.2))  # the page slid left out of the frame
    assert cut["left"] == 1.0 and cut["middle"] == 0.0
    shot = C.Shot(1000, 750, fill=0.7)
    cover = np.zeros((750, 1000), np.float32)
    cover[300:450, 400:600] = 1.0  # a thumb over the frame's centre, where the page's middle lands
    thumb = _visibility(tmp_path, shot, cover)
    assert thumb["middle"] == 1.0 and thumb["left"] == 0.0


def test_a_missing_face_raises(tmp_path):
    R = importlib.import_module("benchmarks.docgen_zg.render")
    html = ("<html><body style=\"font-family:'No Such Face ZG'\">营业执照</body></html>")
    R.render_pdf(html, tmp_path / "f.pdf")
    with pytest.raises(R.FontFallback):
        R.check_fonts(tmp_path / "f.pdf", ["No Such Face ZG"], {"No Such Face ZG"})
    R.render_pdf("<html><body style=\"font-family:'AR PL UMing CN'\">营业执照</body></html>", tmp_path / "g.pdf")
    assert R.check_fonts(tmp_path / "g.pdf", ["AR PL UMing CN"], {"AR PL UMing CN"}) == ["AR PL UMing CN"]


def test_the_renderers_are_weasyprint_nona_and_darktable():
    import subprocess

    import weasyprint
    assert int(weasyprint.__version__.split(".")[0]) >= 62
    out = subprocess.run(["darktable-cli", "--version"], capture_output=True, text=True, timeout=60).stdout
    assert "darktable-cli 4." in out
    assert "nona" in subprocess.run(["nona", "--help"], capture_output=True, text=True, timeout=60).stdout
