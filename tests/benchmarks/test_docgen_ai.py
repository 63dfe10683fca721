"""Family AI's generator (benchmarks/docgen_ai): a 6-file set meets the truth contract, file 3 (a
three.js photo) is reproduced byte for byte, the default mix is the brief's, every drawn character is
in its face's cmap, and an e-licence PDF from Ghostscript's pdfwrite gives its text back."""

from __future__ import annotations

import random
import shutil
import subprocess
from collections import Counter

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced

G = pytest.importorskip("benchmarks.docgen_ai.generate", reason="family AI needs the venv (make venv)")


@pytest.fixture(scope="module")
def six(tmp_path_factory):
    missing = G.missing_tools()
    if missing:
        pytest.skip("family AI needs " + ", ".join(missing) + " (make sysdeps / make venv)")
    d = tmp_path_factory.mktemp("ai6")
    return d, G.generate(d, 6, 31)


def test_six_files_meet_the_contract(six):
    d, truth = six
    assert len(truth["files"]) == 6
    for f in truth["files"]:
        check_file(d, f)
    assert {f["kind"] for f in truth["files"]} == {"id_card_front", "id_card_back", "business_license",
                                                   "public_health_license", "food_business_license", "other"}


def test_reproduced(six, tmp_path):
    d, truth = six
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_default_mix():
    plan = G.kinds_for(150, G.DEFAULT_SEED)
    kinds = Counter(k for k, _c in plan)
    assert kinds == {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
                     "food_business_license": 20, "other": 20}
    caps = Counter(c for _k, c in plan)
    assert set(caps) == set(G.FLAT + G.PHOTO + ("pdf",))
    assert all(k in ("business_license", "public_health_license", "food_business_license") for k, c in plan if c == "pdf")


def test_glyph_coverage():
    fontTools = pytest.importorskip("fontTools.ttLib", reason="fonttools missing (make venv)")
    from benchmarks.docgen_ai import docs, ps

    cmaps = {}
    for name, (path, sub) in ps.FONTS.items():
        f = fontTools.TTFont(path, fontNumber=sub, lazy=True)
        cmaps[name] = set(f.getBestCmap())
    for i in range(12):
        r = random.Random(i)
        for kind, build in docs.BUILDERS.items():
            pg = build(r)[0]
            for face, chars in pg.used.items():
                lost = {c for c in chars if ord(c) not in cmaps[face] and c not in " 　"}
                assert not lost, (kind, face, lost)


def test_e_licence_pdf_text(tmp_path):
    if G.missing_tools() or not shutil.which("pdftotext"):
        pytest.skip("family AI needs ghostscript and pdftotext (make sysdeps)")
    f = G.make_one(0, ("business_license", "pdf"), 31, tmp_path)
    assert f["formats"] == ["pdf"]
    text = subprocess.run(["pdftotext", str(tmp_path / f["file"]), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    assert f["fields"]["name"]["value"] in flat
    assert f["fields"]["credit_code"]["value"] in flat
    fonts = subprocess.run(["pdffonts", str(tmp_path / f["file"])], capture_output=True, text=True, check=True).stdout
    assert "CID TrueType" in fonts and " yes " in fonts
