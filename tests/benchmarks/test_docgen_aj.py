"""Family AJ's generator (benchmarks/docgen_aj): a 6-file set against the truth contract, reproducibility,
the default mix, glyph coverage of every value in the faces it draws with, and an e-licence PDF whose text
pdftotext gives back."""
from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced

G = pytest.importorskip("benchmarks.docgen_aj")


@pytest.fixture(scope="module")
def six(tmp_path_factory):  # noqa: ANN001, ANN201
    miss = G.missing_tools()
    if miss:
        pytest.skip(f"docgen_aj needs {', '.join(miss)}: run `make sysdeps`")
    d = tmp_path_factory.mktemp("aj6")
    return d, G.generate(d, 6, 31)


def test_six_files_keep_the_contract(six) -> None:  # noqa: ANN001
    d, truth = six
    assert len(truth["files"]) == 6
    for f in truth["files"]:
        check_file(d, f)


def test_reproduced(six, tmp_path) -> None:  # noqa: ANN001
    d, truth = six
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_default_mix() -> None:
    plan = G.kinds_for(150, 4141)
    kinds = Counter(p["kind"] for p in plan)
    assert kinds == {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
                     "food_business_license": 20, "other": 20}
    caps = Counter(p["capture"] for p in plan)
    assert len(caps) >= 12 and caps["pdf"] >= 6
    assert all(p["kind"] in G.generate.__globals__["LICENCE"] for p in plan if p["capture"] == "pdf")


def test_glyph_coverage() -> None:
    from fontTools.ttLib import TTCollection, TTFont

    from benchmarks.docgen_aj.generate import FONT_FILES, build_doc

    cmaps = []
    for path in FONT_FILES:
        if not Path(path).exists():
            pytest.skip(f"{path} missing: run `make sysdeps`")
        font = TTCollection(path).fonts[0] if path.endswith(".ttc") else TTFont(path)
        cmaps.append(set(font.getBestCmap()))
    for i, item in enumerate(G.kinds_for(150, 4141)):
        doc, _ = build_doc(i, item, 4141)
        for v in doc.fields.values():
            for ch in v:
                for cm in cmaps:
                    assert ord(ch) in cm, (ch, v)


def test_e_licence_pdf_text(tmp_path) -> None:  # noqa: ANN001
    if G.missing_tools() or not shutil.which("pdftotext"):
        pytest.skip("docgen_aj needs asymptote, texlive-xetex, mono-mcs, poppler-utils: run `make sysdeps`")
    item = {"kind": "food_business_license", "capture": "pdf", "landscape": False, "individual": False}
    e = G.make_one(0, item, 4141, tmp_path)
    assert e["file"].endswith(".pdf") and e["formats"] == ["pdf", "vector"]
    fonts = subprocess.run(["pdffonts", str(tmp_path / e["file"])], capture_output=True, text=True, check=True).stdout
    assert "yes" in fonts.split("\n", 2)[2]
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / e["file"]), "-"], capture_output=True, text=True,
                          check=True).stdout.replace(" ", "")
    assert "食品经营许可证" in text
    assert e["fields"]["license_no"]["value"] in text
    assert e["fields"]["credit_code"]["value"] in text
