"""Family AG's generator (benchmarks/docgen_ag, written blind in session 38): a 6-file set against the truth
contract, reproducibility, the default mix, glyph coverage, and an e-licence PDF whose text pdftotext gives back."""

from __future__ import annotations

import importlib
import random
import subprocess
from collections import Counter

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced, id_ok, uscc_ok

G = pytest.importorskip("benchmarks.docgen_ag", reason="family AG needs numba, pikepdf and fonttools: make venv")

_missing = G.missing_tools()
pytestmark = pytest.mark.skipif(bool(_missing), reason=f"family AG needs {', '.join(_missing)}: make sysdeps venv")


@pytest.fixture(scope="module")
def six(tmp_path_factory):
    d = tmp_path_factory.mktemp("ag6")
    return d, G.generate(d, 6, 31)


def test_six_files_keep_the_truth_contract(six):
    folder, truth = six
    assert len(truth["files"]) == 6
    for f in truth["files"]:
        check_file(folder, f)
        assert f["faces"] and f["formats"]
    kinds = {f["kind"] for f in truth["files"]}
    assert kinds == {"id_card_front", "id_card_back", "business_license", "public_health_license",
                     "food_business_license", "other"}


def test_a_file_is_made_again_byte_for_byte(six, tmp_path):
    folder, truth = six
    check_reproduced(G, G.kinds_for(6, 31), folder, truth, tmp_path, i=3)


def test_default_mix():
    plan = G.kinds_for(150, G.DEFAULT_SEED)
    kinds = Counter(e["kind"] for e in plan)
    assert kinds == {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
                     "food_business_license": 20, "other": 20}
    caps = Counter(e["capture"] for e in plan)
    for cap in ("scan", "photocopy", "copy-of-copy", "fax-standard", "fax-fine", "scanner-app", "chat-forward",
                "desk-photo", "hand-held", "gaopaiyi", "sleeve", "screen-photo", "e-licence-pdf"):
        assert caps[cap] >= 3, cap
    assert all(e["capture"] != "e-licence-pdf" or e["kind"] in ("business_license", "public_health_license",
                                                                 "food_business_license") for e in plan)
    subs = Counter(e["sub"] for e in plan if e["kind"] == "business_license")
    assert any(s.startswith("sole") for s in subs) and any(s.endswith("original") for s in subs)
    assert G.summary({"files": []})["unreadable"] == 0


def test_values_are_valid_and_every_glyph_is_in_its_face():
    gen = importlib.import_module("benchmarks.docgen_ag.generate")
    from benchmarks.docgen_ag.fonts import face

    rng = random.Random(5)
    for i in range(40):
        entry = {"kind": ["id_card_front", "id_card_back", "business_license", "public_health_license",
                          "food_business_license", "other"][i % 6],
                 "capture": "scan", "sub": ["company-original", "sole-duplicate"][i % 2] if i % 6 == 2 else
                 (["original", "duplicate"][i % 2] if i % 6 == 4 else gen.OTHER_DOCS[i % len(gen.OTHER_DOCS)])}
        v, d, _ = gen._document(entry, rng)
        if "id_number" in v:
            assert id_ok(v["id_number"])
        if "credit_code" in v:
            assert uscc_ok(v["credit_code"])
        for it in d.items:
            if it[0] == "T":
                missing = [c for c in it[5] if c != " " and not face(it[4]).has(c)]
                assert not missing, (it[4], missing)
        for key, box in d.boxes.items():  # every field value lies on the page
            assert 0 <= box[0] < box[2] <= d.w + 0.5 and 0 <= box[1] < box[3] <= d.h, (key, box)


def test_an_e_licence_pdf_gives_its_text_back(tmp_path):
    entry = {"kind": "food_business_license", "capture": "e-licence-pdf", "sub": "duplicate"}
    f = G.make_one(0, entry, 77, tmp_path)
    assert f["formats"] == ["pdf-vector"] and f["file"].endswith(".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / f["file"]), "-"], capture_output=True, text=True,
                          check=True).stdout.replace(" ", "")
    for key in ("license_no", "credit_code", "legal_representative", "business_form"):
        assert f["fields"][key]["value"] in text, key
    fonts = subprocess.run(["pdffonts", str(tmp_path / f["file"])], capture_output=True, text=True, check=True).stdout
    assert "CID TrueType" in fonts and " yes yes yes " in fonts
