"""Facts of every person on a form (GB 11643): a birth date after the acceptance date, and a 出生日期 or
性别 that contradicts the same person's 公民身份号码, block with the field named — through the CLI."""

from __future__ import annotations

import copy

import pytest

from tests.review.test_guardian_at_window import NEWBORN_INSURANCE, _prereview


def _facts(result: dict) -> list[tuple[str, str]]:
    return [(f["field"], f["severity"]) for f in result["findings"] if f.get("rule") == "PERSON-FACTS"]


def test_a_consistent_newborn_has_no_person_fact_finding(tmp_path):
    assert _facts(_prereview(tmp_path, NEWBORN_INSURANCE)) == []


@pytest.mark.parametrize(("key", "value"), [("insured_birth_date", "2026-10-06"), ("insured_sex", "女"),
                                            ("insured_birth_date", "2026-11-05")])
def test_a_contradicting_or_future_fact_blocks_on_its_field(tmp_path, key, value):
    doc = copy.deepcopy(NEWBORN_INSURANCE)
    doc["fields"][key] = value
    if value == "2026-11-05":  # born after the acceptance date: the ID number says so too
        doc["fields"]["insured_id_number"] = doc["applicant"]["id_number"] = "420107202611050135"
    assert _facts(_prereview(tmp_path, doc)) == [(key, "block")]
