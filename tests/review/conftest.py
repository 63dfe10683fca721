"""Fixtures for pre-review tests: the corpus, a tiny catalog built from YAML text, a case builder."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from app.calendar.workdays import WorkdayCalendar, default_calendar
from app.catalog import load_catalog_texts

CORPUS = Path(__file__).resolve().parent / "corpus"

MANIFEST = """schema: zongchuang-catalog/1
version: "test-1"
region: "420107"
"""

MINI_ITEM = """item:
  code: "T-001"
  name: 测试许可（新办）
  main_item: 测试许可
  handling: 新办
  kind: 行政许可
  department: 测试局
  implementer: 测试局
  legal_basis: [{law: 测试条例, article: 第一条}]
  time_limit: {legal: 20, promised: %(promised)s}
  result: {name: 测试许可证}
  situations:
    - id: agent
      question: 是否委托？
      default: ["no"]
      options:
        - {value: "no", label: 否}
        - {value: "yes", label: 是, add_materials: [M90], require_fields: [agent_name]}
  materials:
    - {code: M01, name: 申请表, key: true}
    - {code: M02, name: 营业执照, key: true, doc_kinds: [business_license]}
    - {code: M03, name: 管理制度, tolerance: {supplement_days: %(supplement)s}}
    - {code: M04, name: 检测报告, commitment: {verification: 事后核查检测报告}}
    - {code: M05, name: 身份证明, doc_kinds: [id_card_front]}
    - {code: M90, name: 委托书, required: false}
  fields:
    - {key: unit_name, label: 单位名称, required: true}
    - {key: credit_code, label: 统一社会信用代码, required: true, validators: [uscc]}
    - {key: staff, label: 从业人数, type: int}
    - {key: valid_to, label: 有效期至, type: date}
    - {key: address, label: 经营场所}
    - {key: agent_name, label: 受托人姓名, when: {agent: ["yes"]}}
    - {key: rep_id, label: 负责人身份证号, validators: [cn_id]}
  rules:
%(rules)s
"""


def mini_catalog(rules: str = "    []", promised: int = 17, supplement: int = 5, name: str = "mini.yaml"):
    text = MINI_ITEM % {"rules": rules if rules.strip() else "    []", "promised": promised, "supplement": supplement}
    if rules.strip() in ("", "[]", "    []"):
        text = text.replace("  rules:\n    []\n", "")
    return load_catalog_texts([("catalog.yaml", MANIFEST), (name, text)])


@pytest.fixture
def calendar() -> WorkdayCalendar:
    return default_calendar()


@pytest.fixture
def corpus_entries() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]


def corpus_case(name: str) -> dict:
    return copy.deepcopy(json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))["case"])


def mini_case(**over) -> dict:
    doc = {"item_code": "T-001", "acceptance_date": "2026-11-20",
           "fields": {"unit_name": "测试单位", "credit_code": "91110000600037341L"},
           "materials": [{"code": c, "status": "received"} for c in ("M01", "M02", "M03", "M04", "M05")]}
    doc.update(over)
    return doc
