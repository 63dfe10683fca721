"""Held-out family AC's generator (benchmarks/docgen_ac): a 6-file set against the truth contract,
determinism of one file made again on its own, the default 150-file mix, and every printed character
in a face's cmap. Skips with the `make sysdeps` hint when fpc, OpenSceneGraph, PDL or Xvfb is missing."""

from __future__ import annotations

import importlib
import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced

G = pytest.importorskip("benchmarks.docgen_ac")
GEN = importlib.import_module("benchmarks.docgen_ac.generate")  # the module (the package's `generate` is its function)
LAY = importlib.import_module("benchmarks.docgen_ac.layouts")

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def six(tmp_path_factory):
    missing = GEN.tools_missing()
    if missing:
        pytest.skip(f"family AC's engines are not installed: {missing} (`make sysdeps`)")
    d = tmp_path_factory.mktemp("ac6")
    return d, G.generate(d, 6, 31)


def test_six_files_meet_the_contract(six):
    d, truth = six
    assert truth["family"] == "AC" and len(truth["files"]) == 6
    assert json.loads((d / "truth.json").read_text(encoding="utf-8")) == truth
    for f in truth["files"]:
        check_file(d, f)
        assert f["faces"], f
    assert {f["kind"] for f in truth["files"]} == set(GEN.MIX)


def test_one_file_made_again_is_identical(six, tmp_path):
    d, truth = six
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_default_mix_and_captures():
    plan = G.kinds_for(150, 6262)
    assert Counter(e["kind"] for e in plan) == Counter(GEN.MIX)
    caps = Counter(e["capture"] for e in plan)
    assert len(caps) >= 8 and set(caps) == set(GEN.CAPTURES)
    assert not any(e["capture"] == "e_licence_pdf" and e["kind"].startswith("id_card") for e in plan)
    assert G.kinds_for(150, 6262) == plan


def test_every_character_has_a_glyph():
    """Every string the layouts print for the 6-file plan is covered by its preferred faces' cmaps (the
    Pascal writer falls back through them and refuses a page with a character no face has)."""
    fonttools = pytest.importorskip("fontTools.ttLib")
    cmaps = []
    for path, idx, _ in GEN.FACES:
        if not Path(path).exists():
            pytest.skip(f"{path} missing (`make sysdeps`)")
        f = fonttools.TTFont(path, fontNumber=idx, lazy=True)
        cmaps.append(set(f.getBestCmap()))
    import random

    for i, e in enumerate(G.kinds_for(6, 31) + G.kinds_for(30, 5)):
        rng = random.Random(f"AC|31|{i}")
        pdf = e["capture"] == "e_licence_pdf"
        fonts = GEN._fonts(rng, pdf)
        pg, fields, _ = LAY.BUILDERS[e["kind"]](rng, lambda w, h: LAY.Pg(w, h, 4.0), fonts, e["variant"])
        for op in pg.ops:
            txt = op.get("txt", "")
            faces = op.get("f") or [op.get("face", 0)]
            if pdf:
                faces = [x for x in faces if x in LAY.PDF_FACES] or LAY.PDF_FACES
            for ch in txt:
                assert any(ord(ch) in cmaps[x] for x in faces) or (not pdf and any(ord(ch) in c for c in cmaps)), (ch, txt)


def test_e_licence_pdf_text_extracts(tmp_path):
    """An e-licence written by fcl-pdf carries its text: pdftotext gets the licence's name back."""
    missing = GEN.tools_missing()
    if missing:
        pytest.skip(f"family AC's engines are not installed: {missing} (`make sysdeps`)")
    plan = G.kinds_for(150, 6262)
    i = next(k for k, e in enumerate(plan) if e["capture"] == "e_licence_pdf" and e["kind"] == "business_license")
    f = G.make_one(i, plan[i], 6262, tmp_path)
    text = subprocess.run(["pdftotext", str(tmp_path / f["file"]), "-"], capture_output=True, text=True).stdout
    flat = "".join(text.split())
    assert f["fields"]["credit_code"]["value"] in flat
    assert f["fields"]["legal_representative"]["value"] in flat
