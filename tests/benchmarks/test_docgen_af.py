"""Held-out family AF's generator (benchmarks/docgen_af): a 6-file set against the truth contract,
determinism, the default mix, every drawn character in its face's cmap, and an e-licence PDF whose
text pdftotext gives back. Skips (with the `make sysdeps` / `make venv` hint) when nim, sbcl, g++,
Xvfb, libstb-dev, libpodofo-dev or kivy are missing."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced

G = pytest.importorskip("benchmarks.docgen_af", reason="family AF's generator")
from benchmarks.docgen_af import layout as Lay  # noqa: E402
from benchmarks.docgen_af.generate import CAPTURES, MIX, _counts  # noqa: E402


def _need_tools():
    missing = G.missing_tools()
    if missing:
        pytest.skip(f"family AF needs {', '.join(missing)}: run `make sysdeps` and `make venv` (dev extra)")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    _need_tools()
    folder = tmp_path_factory.mktemp("af_set")
    truth = G.generate(folder, 6, 31)
    return folder, truth


def test_truth_contract(small_set):
    folder, truth = small_set
    assert truth["family"] == "AF" and len(truth["files"]) == 6
    for f in truth["files"]:
        check_file(folder, f)
        assert f["capture"] in CAPTURES
        assert f["glyphs_missing"] == 0, f  # the drawer found every character in a face of its chain


def test_reproduced(small_set, tmp_path):
    folder, truth = small_set
    check_reproduced(G, G.kinds_for(6, 31), folder, truth, tmp_path)


def test_default_mix():
    plan = G.kinds_for(150, 3636)
    assert dict(Counter(e["kind"] for e in plan)) == dict(MIX)
    caps = Counter(e["capture"] for e in plan)
    assert set(caps) == set(CAPTURES) and len(caps) >= 8
    assert all(e["kind"] in G.generate.__globals__["LICENCES"] for e in plan if e["capture"] == "e_licence_pdf")
    assert sum(c for _, c in _counts(6)) == 6
    assert G.params_hash(150, 3636) != G.params_hash(150, 3637)


def test_glyphs_in_cmap():
    """Every character of every text command of the default plan's pages is in the cmap of a face of
    the command's chain (the Nim drawer falls back along the chain; nothing is left to tofu)."""
    ft = pytest.importorskip("fontTools.ttLib")
    cmaps = {}
    for k, (path, index) in enumerate(Lay.FACES):
        if not Path(path).exists():
            pytest.skip(f"face {path} missing: run `make sysdeps`")
        cmaps[k] = set(ft.TTFont(path, fontNumber=index, lazy=True).getBestCmap())
    import random

    for i, entry in enumerate(G.kinds_for(150, 3636)):
        page, _, _ = Lay.build(entry["kind"], random.Random(f"AF-3636-{i}-doc"))
        Lay.add_marks(page, random.Random(i), entry["kind"], ["watermark", "copy_note", "stamp", "handwriting"])
        for c in page.cmds:
            if c[0] in ("T", "TR", "TC", "TS", "W", "A", "K"):
                chain = [int(x) for x in Lay.CHAINS[c[1]].split(",")]
                for ch in str(c[-1]):
                    if ch in " \u3000":
                        continue
                    assert any(ord(ch) in cmaps[f] for f in chain), (entry["kind"], ch, c[1])
                    assert ord(ch) in cmaps[chain[0]] or ord(ch) in cmaps[chain[1]], (ch, c[1])


def test_elicence_pdf_text(tmp_path):
    _need_tools()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext missing (poppler-utils): run `make sysdeps`")
    f = G.make_one(0, {"kind": "business_license", "capture": "e_licence_pdf", "marks": []}, 5, tmp_path)
    assert f["file"].endswith(".pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / f["file"]), "-"], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}).stdout
    flat = "".join(text.split())
    assert "营业执照" in flat
    assert f["fields"]["credit_code"]["value"] in flat
    assert f["fields"]["name"]["value"][:4] in flat
