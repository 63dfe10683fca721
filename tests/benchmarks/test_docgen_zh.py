"""Family ZH's generator (benchmarks/docgen_zh): truth keys per the contract, valid check characters,
files readable, determinism for a seed (a file made alone has the same bytes), `unreadable` only where
the capture hid a character of the value, FOP's silent face fallback caught, and Apache FOP as the
renderer. Skipped when fop or oiiotool is not installed."""

import importlib
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(shutil.which("fop") is None or shutil.which("oiiotool") is None,
                                reason="fop or oiiotool missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_zh.generate")
    d = tmp_path_factory.mktemp("famzh")
    return d, G.generate(d, 6, 31)


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "ZH" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_files_readable(small_set):
    d, truth = small_set
    for f in truth["files"]:
        p = d / f["file"]
        if p.suffix == ".pdf":
            out = subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True, timeout=60).stdout
            assert "Pages:" in out
        else:
            with Image.open(p) as im:
                im.load()
                assert min(im.size) >= 300


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zh import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        assert id_ok(V.id_number(p[0], V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY), rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[0])) and uscc_ok(V.uscc(rng, "92", p[0]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_unreadable_only_where_hidden():
    from benchmarks.docgen_zh import capture as C
    boxes = {"name": [(10.0, 10.0, 20.0, 5.0, "张三丰")], "address": [(10.0, 30.0, 40.0, 5.0, "上海市浦东新区")]}
    cells = C.char_cells(boxes, 25.4)  # 1 px per mm
    occ = np.zeros((60, 80), np.float32)
    assert C.hidden_fields(cells, occ, None, None) == set()
    occ[9:16, 24:31] = 1  # covers the last character of the name only
    assert C.hidden_fields(cells, occ, None, None) == {"name"}
    occ[:] = 0
    occ[9:16, 24:26] = 1  # a sliver of a character: still readable
    assert C.hidden_fields(cells, occ, None, None) == set()
    shift = np.array([[1, 0, -35.0], [0, 1, 0], [0, 0, 1]])  # the frame cuts the left 35 mm away
    assert C.hidden_fields(cells, None, shift, (80, 60)) == {"name", "address"}
    assert C.hidden_fields(cells, None, np.eye(3), (80, 60)) == set()


def test_unreadable_set_only_with_a_hiding_capture(small_set):
    _, truth = small_set
    for f in truth["files"]:
        if any(t["unreadable"] for t in f["fields"].values()):
            assert {"thumb", "glare", "cut_off"} & set(f["marks"]), f


def test_missing_face_raises(tmp_path):
    from benchmarks.docgen_zh import fo, fop
    pg = fo.Page("a5p")
    pg.text(10, 10, "营业执照", "UMing", 12)
    fop.check_page(fop.render_pdf(fo.document([pg]), tmp_path, "ok"), 1, pg.faces)
    bad = fo.document([pg]).replace('font-family="UMing"', 'font-family="No Such Face ZH"')
    with pytest.raises(fop.FaceMissing):
        fop.render_pdf(bad, tmp_path, "bad")
    latin = fo.document([pg]).replace('font-family="UMing"', 'font-family="LibMono"')
    with pytest.raises(fop.FaceMissing):  # a face without CJK glyphs: FOP would print '#'
        fop.render_pdf(latin, tmp_path, "latin")


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_zh.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_fop_is_the_renderer():
    out = subprocess.run(["fop", "-version"], capture_output=True, text=True, timeout=120)
    assert "FOP Version 2." in out.stdout + out.stderr
