"""Held-out OCR family AD's generator (benchmarks/docgen_ad): a 6-file set against the truth contract,
byte-for-byte determinism, the default mix and captures, every drawn glyph in its face's cmap, and the
e-licence PDF's text layer. Skips with the `make sysdeps` hint when a renderer is missing."""

from __future__ import annotations

import importlib
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced

pytest.importorskip("fontTools", reason="fonttools missing: `make venv` (dev extra)")
pytest.importorskip("pyglet", reason="pyglet missing: `make venv` (dev extra)")

G = importlib.import_module("benchmarks.docgen_ad")
core = importlib.import_module("benchmarks.docgen_ad.core")
layout = importlib.import_module("benchmarks.docgen_ad.layout")

HINT = "family AD needs liballegro5-dev, liballegro-ttf5-dev, liballegro-image5-dev, racket, nodejs/npm and xvfb: `make sysdeps`"


def _missing() -> str | None:
    for tool in ("gcc", "pkg-config", "racket", "raco", "node", "Xvfb"):
        if not shutil.which(tool):
            return tool
    if subprocess.run(["pkg-config", "--exists", "allegro-5", "allegro_ttf-5", "allegro_primitives-5", "allegro_image-5"]).returncode:
        return "Allegro 5 development files"
    for face in layout.all_faces():
        if not Path(face).exists():
            return face
    return None


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    miss = _missing()
    if miss:
        pytest.skip(f"{miss} missing: {HINT}")
    try:
        core.node_dir()
    except Exception as exc:  # npm ci impossible (no npm, offline)
        pytest.skip(f"jsPDF not installed ({exc}): {HINT}")
    folder = tmp_path_factory.mktemp("ad6")
    truth = G.generate(folder, 6, 31)
    return folder, truth


def test_truth_contract(small_set):
    folder, truth = small_set
    assert truth["family"] == "AD" and len(truth["files"]) == 6
    for f in truth["files"]:
        check_file(folder, f)
    assert {f["kind"] for f in truth["files"]} == set(core.MIX)
    s = G.summary(truth)
    assert sum(s["kinds"].values()) == 6


def test_reproduced(small_set, tmp_path):
    folder, truth = small_set
    check_reproduced(G, G.kinds_for(6, 31), folder, truth, tmp_path, 3)


def test_default_mix_and_captures():
    plan = G.kinds_for(150, 7373)
    assert Counter(e["kind"] for e in plan) == Counter(core.MIX)
    caps = Counter(e["capture"] for e in plan)
    assert set(caps) == set(core.CAPTURES) and len(caps) >= 8
    assert all(e["kind"] in core.LICENCES for e in plan if e["capture"] == "elicence_pdf")
    assert G.kinds_for(150, 7373) == plan


def test_glyphs_in_cmap():
    """Every glyph run drawn is in the cmap of the face it is drawn with (no tofu): all 150 pages' layouts."""
    for face in layout.all_faces():
        if not Path(face).exists():
            pytest.skip(f"{face} missing: {HINT}")
    plan = G.kinds_for(150, 7373)
    for i in range(0, 150, 5):
        job = core.prepare(i, plan[i], 7373)
        for op in job["page"].ops:
            if op[0] == "T":
                cmap = layout.face_info(op[1])[0]
                assert all(cp in cmap for cp, _ in op[8]), (job["file"], op[1])


def test_pdf_text_layer(small_set):
    folder, truth = small_set
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext missing: `make sysdeps` (poppler-utils)")
    pdfs = [f for f in truth["files"] if f["file"].endswith(".pdf")]
    assert pdfs
    for f in pdfs:
        text = subprocess.run(["pdftotext", str(folder / f["file"]), "-"], capture_output=True, text=True).stdout
        flat = "".join(text.split())
        assert f["fields"]["name"]["value"] in flat
        assert f["fields"]["credit_code" if "credit_code" in f["fields"] else "license_no"]["value"].replace("（", "(")[:6] in flat.replace("（", "(")
