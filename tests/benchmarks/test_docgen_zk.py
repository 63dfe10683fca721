"""Family ZK's generator (benchmarks/docgen_zk): truth keys per the contract, valid check characters,
every drawn run covered by the font file it names (matplotlib's FT2Font), files readable in their
formats, determinism for a seed (same truth, same bytes, PDFs included), `unreadable` set exactly where
the camera hid a value's ink (a thumb over a field, a frame that cuts it off), and the real lens
profiles the photos go through. Skipped when lensfunpy or colour-demosaicing is not installed."""

import importlib
import io

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytest.importorskip("lensfunpy")
pytest.importorskip("colour_demosaicing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_zk import faces
    G = importlib.import_module("benchmarks.docgen_zk.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famzk")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "ZK" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_files_open_in_their_formats(small_set):
    from PIL import Image
    d, truth, _ = small_set
    for f in truth["files"]:
        data = (d / f["file"]).read_bytes()
        if f["file"].endswith(".pdf"):
            assert data.startswith(b"%PDF-")
            continue
        im = Image.open(io.BytesIO(data))
        im.load()
        assert max(im.size) >= 1000, (f["file"], im.size)
        if f["capture"].startswith("phone") or f["capture"] == "doccam":
            assert max(im.size) >= 1600


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zk import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        assert id_ok(V.id_number(p[3], V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY), rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_runs_covered_by_their_font_files(small_set):
    from matplotlib.ft2font import FT2Font

    from benchmarks.docgen_zk import faces
    _, _, drawn = small_set
    assert drawn
    for key, text in drawn:
        ft = FT2Font(faces.FACES[key])
        missing = [c for c in text if not c.isspace() and ft.get_char_index(ord(c)) == 0]
        assert not missing, (key, text, missing)
    with pytest.raises(ValueError):
        faces.check("dejavu_mono", "营业执照")  # a face without the glyphs refuses instead of drawing boxes


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_zk.generate")
    plan = G.kinds_for(6, 31)
    check_reproduced(G, plan, d, truth, tmp_path)
    for i, spec in enumerate(plan):  # the PDFs too (no dates or ids that change per run)
        if truth["files"][i]["file"].endswith(".pdf"):
            again = G.make_one(i, spec, 31, tmp_path)
            assert (tmp_path / again["file"]).read_bytes() == (d / again["file"]).read_bytes()


def test_wrapping_keeps_runs_and_punctuation():
    from benchmarks.docgen_zk.page import Page
    pg = Page(100, 100, 100)
    s = "一般项目：技术开发、技术咨询、技术服务；软件开发（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）1802室"
    lines = pg.wrap(s, 40, "zenhei", 4)
    assert "".join(lines) == s and len(lines) > 2
    assert not any(ln[0] in "，。、；：）" for ln in lines[1:])
    assert not any(ln[-1] == "（" for ln in lines)
    assert any("1802" in ln for ln in lines)


def _shot(capture_opts: dict, seed: int = 3):
    from benchmarks.docgen_zk import camera as C
    from benchmarks.docgen_zk import documents as D
    G = importlib.import_module("benchmarks.docgen_zk.generate")
    rng = np.random.default_rng(seed)
    pg, truth, _ = D.build("id_card_front", "", rng, 300)
    img, boxes = pg.raster()
    ph, pw = img.shape[:2]
    opts = {"phone": C.PHONES[1], "portrait": False, "fill": 0.6, "rotate": 0.0, "tilt": 0.0, "desk": "wood",
            "light": "window", "cct": 5600, "exposure": 1.0, "vignette": 0.5, **capture_opts}
    frame, loc = C.shoot(img, np.random.default_rng(seed + 1), opts)
    return frame, G._unreadable(boxes, loc, pw, ph), truth


def test_unreadable_only_where_the_capture_hides_the_ink():
    _, hidden, _ = _shot({})
    assert not any(hidden.values())  # a plain shot hides nothing
    _, hidden, _ = _shot({"fill": 2.2})  # the card far bigger than the frame: its edges are cut off
    assert hidden["id_number"] and hidden["name"]
    seen = set()
    for seed in range(3, 40):  # thumbs over the card: some fields hidden, and only under a thumb
        _, hidden, _ = _shot({"thumb": 0.3}, seed)
        seen |= {k for k, v in hidden.items() if v}
        if len(seen) >= 2:
            break
    assert seen and len(seen) < 6


def test_lens_profiles_are_real_lensfun_entries():
    from benchmarks.docgen_zk import camera as C
    for ph in C.PHONES + [C.DOC_CAMERA]:
        cam, lens = C._lens(ph[0], ph[1])
        assert cam.model == ph[1] and lens.model
    site, vig, _ = C.lens_maps(*C.PHONES[0][:2], 400, 300, "RGGB", 1.0)
    yy, xx = np.mgrid[0:300, 0:400]
    assert np.abs(site[..., 0] - xx).max() > 1.0  # the profile's distortion moves the corners
    assert vig[0, 0] < vig[150, 200]  # and darkens them
