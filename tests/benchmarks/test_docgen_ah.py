"""Family AH's generator (benchmarks/docgen_ah): a 6-file set meets the truth contract, is reproduced
byte for byte, the default mix is the brief's, every drawn character is in its face, and an e-licence
PDF gives its text back through pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced

G = pytest.importorskip("benchmarks.docgen_ah.build", reason="family AH needs the venv (make venv)")


@pytest.fixture(scope="module")
def six(tmp_path_factory):
    missing = G.missing_tools()
    if missing:
        pytest.skip("family AH needs " + ", ".join(missing) + " (make sysdeps / make venv)")
    d = tmp_path_factory.mktemp("ah6")
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
    kinds = Counter(p["kind"] for p in plan)
    assert kinds == {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
                     "food_business_license": 20, "other": 20}
    caps = Counter(p["capture"] for p in plan)
    assert set(caps) == set(G.PAPER + G.PHOTO + ["epdf"])
    assert all(p["kind"] in G.LICENCES for p in plan if p["capture"] == "epdf")


def test_glyph_coverage(six):
    from benchmarks.docgen_ah.page import covers

    _d, truth = six
    import random

    from benchmarks.docgen_ah import docs as D
    from benchmarks.docgen_ah.page import Page

    for i in range(12):
        rng = random.Random(i)
        for page, _f, _v in (D.business(rng, 2.0, i % 2 == 0), D.health(rng, 2.0), D.food(rng, 2.0, i % 2 == 1),
                             D.other(rng, 2.0, G.OTHER_DOCS[i % len(G.OTHER_DOCS)])):
            assert isinstance(page, Page)
            for op in page.ops:
                if op[0] == "T":
                    assert covers(op[1], op[10]), (op[1], op[10])
        for side in ("front", "back"):
            page, _f, _v = D.id_page(rng, side, i % 2 == 0, 3.0)
            for op in page.ops:
                if op[0] == "T":
                    assert covers(op[1], op[10]), (op[1], op[10])


def test_e_licence_pdf_text(six, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext missing (make sysdeps: poppler-utils)")
    f = G.make_one(0, {"kind": "food_business_license", "capture": "epdf"}, 31, tmp_path)
    assert f["formats"] == ["pdf-vector"]
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / f["file"]), "-"], capture_output=True, text=True,
                          check=True, env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}).stdout.replace(" ", "")
    for key in ("license_no", "credit_code", "legal_representative"):
        assert f["fields"][key]["value"] in text, (key, text[:400])
    assert "食品经营许可证" in text
