"""Family C (benchmarks/docgen_c) writes what its truth says: valid check characters, files that
exist, kinds from the contract, the same set for the same seed — so a bench figure on it measures
the extractor, not a generator bug."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.cn import uscc

from benchmarks.docgen_c import generate, plan
from benchmarks.docgen_c import values as V

KINDS = {"business_license", "id_card_front", "id_card_back", "public_health_license", "food_business_license",
         "household_register", "marriage_certificate", "real_estate_certificate", "bank_card", "other"}


def test_check_characters_match_the_standards() -> None:
    assert V.id_check("11010519491231002") == "X"
    r = random.Random(3)
    for _ in range(300):
        uscc.validate(V.uscc(r, "310104", r.choice(("91", "92"))))
        n = V.luhn_complete("62" + "".join(str(r.randint(0, 9)) for _ in range(r.choice((13, 15, 16)))))
        luhn.validate(n)
    assert V.capital_words(120) == "壹佰贰拾万元整"


def test_plan_is_weighted_toward_id_cards_and_licences() -> None:
    kinds = plan(180, 11)
    assert len(kinds) == 180 and set(kinds) == KINDS
    assert kinds.count("business_license") >= 55 and kinds.count("id_card_front") >= 28


@pytest.fixture(scope="module")
def small_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("docgen_c")
    truth = json.loads(generate(out, 10, 4).read_text(encoding="utf-8"))
    return out, truth


def test_truth_values_are_valid_and_files_exist(small_set: tuple[Path, dict]) -> None:
    out, truth = small_set
    assert truth["family"] == "C" and len(truth["files"]) == 10
    for e in truth["files"]:
        assert (out / e["file"]).stat().st_size > 10_000
        assert e["kind"] in KINDS
        f = {k: v["value"] for k, v in e["fields"].items()}
        if e["kind"] == "other":
            assert f == {}
        for key in ("id_number", "party1_id_number", "party2_id_number"):
            if f.get(key):  # checksum and date (the county code is the one at issue time, not checked)
                n = f[key]
                assert len(n) == 18 and V.id_check(n[:17]) == n[17]
                dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
        if f.get("credit_code"):
            uscc.validate(f["credit_code"])
        if e["kind"] == "bank_card":
            luhn.validate(f["card_number"])


def test_same_seed_same_set(small_set: tuple[Path, dict], tmp_path: Path) -> None:
    _, truth = small_set
    again = json.loads(generate(tmp_path, 3, 4).read_text(encoding="utf-8"))
    # the first files of a smaller set with the same seed are not the same plan, so compare a rerun of n=3
    again2 = json.loads(generate(tmp_path / "b", 3, 4).read_text(encoding="utf-8"))
    assert again == again2
    assert (tmp_path / again["files"][0]["file"]).read_bytes() == (tmp_path / "b" / again2["files"][0]["file"]).read_bytes()
