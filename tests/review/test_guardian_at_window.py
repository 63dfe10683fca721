"""A parent at the window for a newborn is the child's 法定代理人 (民法典 第二十三条), not someone
standing in for the applicant: when the card read is the guardian the form names, pre-review must not
ask for the applicant "本人到场". A card of anyone else still blocks. Through the CLI the window's
held-out checks call (`zongchuang prereview FILE --json`)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

import pytest

CHILD = {"kind": "person", "name": "王沐辰", "id_number": "420107202610050130"}
FATHER_CARD = {"name": "王磊", "sex": "男", "nation": "汉", "birth_date": "1988-02-27",
               "address": "武汉市青山区钢都花园12栋3单元502室", "id_number": "420107198802270155",
               "issuing_authority": "武汉市公安局青山分局", "valid_from": "2019-05-10", "valid_to": "2039-05-10",
               "source": "chip"}
NEWBORN_INSURANCE = {
    "format": "zongchuang-case/1", "item_code": "110480002000-01", "acceptance_date": "2026-10-20", "answers": {},
    "applicant": CHILD,
    "fields": {"insured_name": "王沐辰", "insured_sex": "男", "insured_birth_date": "2026-10-05",
               "insured_id_number": "420107202610050130", "guardian_name": "王磊",
               "guardian_id_number": "420107198802270155", "contact_phone": "15071234567",
               "residence_address": "武汉市青山区钢都花园12栋3单元502室"},
    "card_read": FATHER_CARD,
    "center": {"code": "420107", "window": "01", "region": "420107", "name": "青山区政务服务中心"},
}


def _prereview(tmp_path, doc: dict) -> dict:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "ZONGCHUANG_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-m", "app.cli.main", "prereview", str(path), "--json"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.stdout, out.stderr
    return json.loads(out.stdout)


def _card_findings(result: dict) -> list[dict]:
    return [f for f in result["findings"] if f.get("rule") == "APPLICANT-CARD" or "本人到场" in f.get("message", "")]


def test_the_named_guardian_at_the_window_is_not_someone_else(tmp_path):
    result = _prereview(tmp_path, NEWBORN_INSURANCE)
    assert _card_findings(result) == []


@pytest.mark.parametrize("who", ["stranger", "guardian_named_differently"])
def test_a_card_the_form_does_not_name_still_blocks(tmp_path, who):
    doc = copy.deepcopy(NEWBORN_INSURANCE)
    if who == "stranger":
        doc["card_read"] = {**FATHER_CARD, "name": "李四", "id_number": "42010719900307001X"}
    else:
        doc["fields"]["guardian_id_number"] = "420107199003070023"
        doc["fields"]["guardian_name"] = "徐丽"
    result = _prereview(tmp_path, doc)
    blocks = [f for f in _card_findings(result) if f["severity"] == "block"]
    assert blocks, result["findings"]


MOTHER_CARD = {**FATHER_CARD, "name": "徐丽", "sex": "女", "birth_date": "1990-05-14", "id_number": "420107199005140264"}
BIRTH_REGISTRATION = {
    "format": "zongchuang-case/1", "item_code": "070010001000-01", "acceptance_date": "2026-10-20",
    "answers": {"follow": ["mother"], "married": ["yes"]},
    "applicant": {"kind": "person", "name": "徐丽", "id_number": "420107199005140264"},
    "fields": {"child_name": "王沐辰", "child_sex": "男", "child_birth_date": "2026-10-05", "child_nation": "汉",
               "birth_place": "湖北省武汉市青山区", "birth_cert_no": "R420987654", "father_name": "王磊",
               "father_id_number": "420107198802270155", "mother_name": "徐丽",
               "mother_id_number": "420107199005140264", "household_head": "徐丽",
               "household_address": "武汉市青山区钢都花园12栋3单元502室", "declarant_phone": "15071234567"},
    "card_read": MOTHER_CARD,
    "center": NEWBORN_INSURANCE["center"],
}


def _applicant_form(result: dict) -> list[dict]:
    return [f for f in result["findings"] if f.get("rule") == "APPLICANT-FORM"]


def test_the_mother_may_declare_a_birth(tmp_path):
    """户口登记条例 第七条: the birth is declared by the household head, a relative or a guardian — the
    mother's ID is hers, not a mismatch with 父亲公民身份号码."""
    assert _applicant_form(_prereview(tmp_path, BIRTH_REGISTRATION)) == []


def test_an_applicant_who_is_neither_parent_is_still_named(tmp_path):
    doc = copy.deepcopy(BIRTH_REGISTRATION)
    doc["applicant"]["id_number"] = "42010719900307001X"
    found = _applicant_form(_prereview(tmp_path, doc))
    assert [f["field"] for f in found] == ["mother_id_number"], found  # named by her name, 徐丽
