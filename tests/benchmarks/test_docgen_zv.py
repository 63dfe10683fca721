"""Held-out OCR family ZV's generator (benchmarks/docgen_zv): a 6-file set against the truth contract
(tests/benchmarks/truth_keys.py), determinism, the default mix, glyph (cmap) checks against the faces the
Go drawer loads, and the thumb/glare `unreadable` geometry. Skips when Go, its Debian libraries, Xvfb
or the raylib wheel is missing (`make sysdeps venv`)."""

from __future__ import annotations

import importlib
import importlib.util
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced

G = pytest.importorskip("benchmarks.docgen_zv")
GEN = importlib.import_module("benchmarks.docgen_zv.generate")  # the module (the package exports its function)


def _need_tools() -> None:
    if not shutil.which("go") or not Path("/usr/share/gocode/src/github.com/fogleman/gg").exists():
        pytest.skip("Go or golang-github-fogleman-gg-dev missing: `make sysdeps`")
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb missing: `make sysdeps`")
    if importlib.util.find_spec("raylib") is None:
        pytest.skip("the raylib wheel missing: `make venv` (pyproject dev extra)")
    if not GEN.faces_available():
        pytest.skip("no TrueType CJK face: `make sysdeps`")


@pytest.fixture(scope="module")
def six(tmp_path_factory):
    _need_tools()
    d = tmp_path_factory.mktemp("zv6")
    truth = G.generate(d, 6, 31)
    return d, truth


def test_contract(six):
    d, truth = six
    assert len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == {"id_card_front", "id_card_back", "business_license",
                                                   "public_health_license", "food_business_license", "other"}
    for f in truth["files"]:
        check_file(d, f)
        assert f["faces"] and f["formats"]


def test_reproduced(six, tmp_path):
    d, truth = six
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_default_mix():
    plan = G.kinds_for(150, 9595)
    assert Counter(e["kind"] for e in plan) == Counter(dict(GEN.MIX))
    caps = Counter(e["capture"] for e in plan)
    assert len(caps) >= 8
    assert all(e["kind"] in GEN.LICENCES for e in plan if e["capture"] == "elicense_pdf")
    assert G.kinds_for(150, 9595) == plan
    assert G.params_hash(150, 9595) != G.params_hash(150, 9596)


def test_faces_are_truetype_and_values_have_glyphs(six):
    """Every face the drawer may load is a glyf TrueType font (what golang/freetype reads), and every
    character of every value is in the cmap of a face of the chain it is drawn with."""
    fontTools = pytest.importorskip("fontTools.ttLib")
    cmaps = {}
    for path in GEN.faces_available().values():
        tt = fontTools.TTFont(path, lazy=True)
        assert "glyf" in tt, path
        cmaps[path] = set(tt.getBestCmap())
    chains = GEN.chains()
    _, truth = six
    plan = G.kinds_for(6, 31)
    for e, f in zip(plan, truth["files"], strict=True):
        for fld in f["fields"].values():
            for ch in fld["value"]:
                assert any(ord(ch) in cmaps[p] for p in chains[e["face"]] + chains["hei"]), (ch, f["file"])


def test_unreadable_geometry():
    W, H = 297.0, 210.0
    glare = [0.5, 0.5, 0.1, 0.95]
    assert GEN._glare_hides(glare, [140, 100, 160, 108], W, H)
    assert not GEN._glare_hides(glare, [10, 10, 40, 20], W, H)
    assert not GEN._glare_hides([0.5, 0.5, 0.1, 0.85], [140, 100, 160, 108], W, H)


def test_elicense_pdf_is_vector_and_reproducible(tmp_path):
    """gofpdf's e-licence: text as embedded TrueType (no page image), the same bytes when made again."""
    _need_tools()
    e = {"kind": "business_license", "variant": "original", "capture": "elicense_pdf", "face": "song"}
    a = G.make_one(0, e, 5, tmp_path / "a")
    b = G.make_one(0, e, 5, tmp_path / "b")
    assert a == b and a["formats"] == ["pdf"]
    pa, pb = (tmp_path / "a" / a["file"]).read_bytes(), (tmp_path / "b" / b["file"]).read_bytes()
    assert pa == pb
    assert b"/FontFile2" in pa and b"/Subtype /Image" not in pa
