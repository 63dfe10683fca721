"""The held-out family AA's generator (benchmarks/docgen_aa): a 6-file set against the truth contract,
determinism, the default mix and captures, the glyph (cmap) checks and the e-licence text layer.
Skips when the OCaml / CImg / GHC toolchains are missing (`make sysdeps`)."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced

G = pytest.importorskip("benchmarks.docgen_aa")
from benchmarks.docgen_aa import engines, pages  # noqa: E402
from benchmarks.docgen_aa.generate import CAPTURES, kinds_for  # noqa: E402

pytestmark = pytest.mark.timeout(300)


def _need_tools():
    miss = engines.missing_tools()
    if miss:
        pytest.skip(f"docgen_aa needs {', '.join(miss)}: run `make sysdeps`")
    if not pages.available():
        pytest.skip("no CJK face files installed: run `make sysdeps`")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    _need_tools()
    d = tmp_path_factory.mktemp("aa6")
    truth = G.generate(d, 6, 31)
    return d, truth


def test_default_mix_and_captures():
    plan = kinds_for(150, 5151)
    assert Counter(e["kind"] for e in plan) == {"id_card_front": 25, "id_card_back": 20, "business_license": 50,
                                                "public_health_license": 15, "food_business_license": 20, "other": 20}
    caps = {e["capture"] for e in plan}
    assert caps == set(CAPTURES) and len(caps) >= 8
    assert all(e["capture"] != "e_pdf" or e["kind"] in ("business_license", "public_health_license", "food_business_license")
               for e in plan)
    assert kinds_for(150, 5151) == plan
    assert len(kinds_for(6, 31)) == 6


def test_truth_contract(small_set):
    d, truth = small_set
    assert truth["family"] == "AA" and len(truth["files"]) == 6
    for f in truth["files"]:
        check_file(d, f)
    s = G.summary(truth)
    assert sum(s["kinds"].values()) == 6


def test_reproduced(small_set, tmp_path):
    d, truth = small_set
    check_reproduced(G, kinds_for(6, 31), d, truth, tmp_path, i=3)


def test_glyphs_in_cmap():
    _need_tools()
    # every value the layouts draw is checked against its face's cmap; a missing character falls back
    for face in pages.available():
        cm = pages.cmap(face)
        assert ord("营") in cm or face == "smiley"
    assert pages.pick_face("song", "营业执照统一社会信用代码") in pages.FACES
    p = pages.Page(100, 50, 100)
    p.text("k", "smiley", 4, 1, 1, 90, 10, "堃淼")  # characters Smiley Sans lacks
    assert "smiley" not in p.faces_used
    for f in p.faces_used:
        assert pages.covers(f, "堃淼")


def test_elicence_text_layer(tmp_path):
    _need_tools()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) missing: run `make sysdeps`")
    entry = {"kind": "business_license", "capture": "e_pdf"}
    f = G.make_one(0, entry, 77, tmp_path)
    assert f["file"].endswith(".pdf")
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    txt = subprocess.run(["pdftotext", str(tmp_path / f["file"]), "-"], capture_output=True, text=True, env=env, check=True).stdout
    flat = txt.replace("\n", "").replace(" ", "")
    assert f["fields"]["credit_code"]["value"] in flat
    assert f["fields"]["legal_representative"]["value"] in flat
