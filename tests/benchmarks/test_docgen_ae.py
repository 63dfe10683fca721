"""Held-out family AE's generator (benchmarks/docgen_ae): a 6-file set against the truth contract,
determinism, the default mix, and the glyph checks (every drawn character in its face's cmap)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced

G = pytest.importorskip("benchmarks.docgen_ae", reason="family AE: run `make sysdeps venv`")
pytest.importorskip("borb", reason="family AE's e-licences need borb: run `make venv`")
pytest.importorskip("fontTools", reason="family AE checks glyphs with fontTools: run `make venv`")


def _need_tools():
    miss = G.missing_tools()
    if miss:
        pytest.skip(f"family AE needs {', '.join(miss)}: {G.HINT}")


@pytest.fixture(scope="module")
def six(tmp_path_factory):
    _need_tools()
    d = tmp_path_factory.mktemp("ae6")
    return d, G.generate(d, 6, 31)


def test_default_mix_and_captures():
    plan = G.kinds_for(150, 1414)
    assert Counter(e["kind"] for e in plan) == {"id_card_front": 25, "id_card_back": 20, "business_license": 50,
                                                 "public_health_license": 15, "food_business_license": 20, "other": 20}
    caps = {e["capture"] for e in plan}
    assert len(caps) >= 12, caps
    assert all(e["capture"] != "e_pdf" for e in plan if e["kind"] not in
               ("business_license", "public_health_license", "food_business_license"))
    assert G.kinds_for(150, 1414) == plan
    assert G.params_hash(150, 1414) != G.params_hash(150, 1415)


def test_six_files_contract(six):
    d, truth = six
    assert truth["family"] == "AE" and len(truth["files"]) == 6
    assert json.loads((d / "truth.json").read_text(encoding="utf-8")) == truth
    for f in truth["files"]:
        check_file(d, f)
    s = G.summary(truth)
    assert sum(s["kinds"].values()) == 6


def test_reproduced(six, tmp_path):
    d, truth = six
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_glyphs_in_cmap():
    """Every character a page draws is in the face the layout chose for it (no tofu)."""
    import random

    from benchmarks.docgen_ae import layout as L

    for kind, variant in (("business_license", "fuben-company"), ("food_business_license", "zhengben"),
                          ("public_health_license", "2019"), ("id_card_front", "2004"), ("id_card_back", "2004"),
                          ("other", "hukou")):
        page = L.BUILDERS[kind](random.Random(7), variant, ["watermark", "copy_note", "stamp", "handwriting"])
        for op in page.ops:
            if op["t"] in ("text", "arctext"):
                role = op.get("role", "song")
                for ch in op["txt"]:
                    if ch.strip():
                        face = page.face_for(role, ch)
                        assert ord(ch) in L.face_metrics(face)[0], (kind, ch, face)


def test_pdf_text_extracts(six, tmp_path):
    d, truth = six
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) missing: run `make sysdeps`")
    pdfs = [f for f in truth["files"] if f["file"].endswith(".pdf")]
    if not pdfs:  # the 6-file plan drew none: make one e-licence on its own
        d = tmp_path
        pdfs = [G.make_one(0, {"index": 0, "kind": "business_license", "variant": "zhengben-company", "capture": "e_pdf",
                               "marks": ["watermark"]}, 31, d)]
    for f in pdfs:
        text = subprocess.run(["pdftotext", str(d / f["file"]), "-"], capture_output=True, text=True, check=True).stdout
        flat = "".join(text.split())
        assert f["fields"]["name"]["value"][:4] in flat, (f["file"], flat[:200])


def test_sources_in_hash():
    here = Path(G.__file__).parent
    for rel in G.generate.__globals__["SOURCES"]:
        assert (here / rel).exists(), rel
