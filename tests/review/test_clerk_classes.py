"""What a senior clerk catches (issue 16), each class through the CLI the held-out checks call
(`zongchuang prereview FILE --json` in a subprocess) and through the service (`prereview_document`
on the catalog, and `prereview_case` on a stored case for a few).

A class is a corpus application with one realistic change; the test states the finding (rule,
severity, place), words the message must contain, words it must not, and the decision.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from app.cases.interchange import parse_case_document
from app.catalog import default_catalog
from app.services import prereview as svc
from tests.review.conftest import corpus_case
from tests.review.corpus_build import FLEX60, RETIRING, ZHANG, ZHOU, ocr_id, ocr_lic, pid

RAW_KEY_WORDS = ("business_license", "id_card_front", "id_card_back", "public_health_license", "_id_number",
                 "credit_code", "elicense.", "M0", "M1", "M9")


@dataclass
class Klass:
    name: str
    base: str
    change: Callable[[dict], object]
    rule: str | None
    severity: str | None
    decision: str
    place: dict = field(default_factory=dict)  # field / material the finding names
    words: tuple[str, ...] = ()
    not_rules: tuple[str, ...] = ()


def _retire(c: dict, who: dict) -> None:
    c["answers"]["ground"] = ["retire"]
    c["materials"] = [m for m in c["materials"] if m["code"] not in ("M10", "M11")]
    c["materials"].append({"code": "M13", "status": "received", "pages": 1})
    c["fields"].update(applicant_name=who["name"], applicant_id_number=who["id_number"], amount="86000.50")
    c["applicant"].update(name=who["name"], id_number=who["id_number"])
    c["card_read"] = who
    c["materials"][1]["ocr"] = ocr_id(who)
    c["materials"][2]["ocr"]["name"]["value"] = who["name"]


def _fe_person(c: dict, who: dict, sex: str) -> None:
    c["card_read"] = who
    c["fields"].update(applicant_name=who["name"], applicant_id_number=who["id_number"], applicant_sex=sex,
                       residence_address=who["address"])
    c["applicant"].update(name=who["name"], id_number=who["id_number"])
    c["materials"][1]["ocr"] = ocr_id(who)


def _material(c: dict, code: str) -> dict:
    return next(m for m in c["materials"] if m["code"] == code)


LICENCE_AS_ID = {"name": "青山区李娜便利店", "credit_code": "92420107MA4L3YB2XX", "legal_representative": "李娜"}

CLASSES = [
    Klass("licence-filed-as-id", "ib-clean",
          lambda c: _material(c, "M02").update(doc_kind="business_license", ocr=ocr_lic(LICENCE_AS_ID)),
          "MAT-WRONG-KIND", "block", "refuse", {"material": "M02"}, ("经营者身份证明", "居民身份证", "营业执照")),
    Klass("id-filed-as-licence", "pb-clean",
          lambda c: _material(c, "M02").update(doc_kind="id_card_front", ocr=ocr_id(ZHANG)),
          "MAT-WRONG-KIND", "block", "refuse", {"material": "M02"}, ("营业执照", "居民身份证（人像面）"),
          not_rules=("PB-LIC-NAME", "PB-LIC-USCC", "PB-LIC-REP")),
    Klass("retire-at-38", "hf-clean", lambda c: _retire(c, ZHOU), "HF-RETIRE-AGE", "block", "refuse",
          {"field": "applicant_id_number"}, ("1988年9月出生的男职工", "63周岁", "特殊工种")),
    Klass("retire-flexible", "hf-clean", lambda c: _retire(c, FLEX60), None, None, "accept",
          not_rules=("HF-RETIRE-AGE", "HF-RETIRE-SPECIAL")),
    Klass("retire-special-56", "hf-clean",
          lambda c: _retire(c, {**ZHOU, "id_number": pid("420107", "19700501", "013"), "birth_date": "1970-05-01"}),
          "HF-RETIRE-SPECIAL", "warn", "manual", {"field": "applicant_id_number"},
          ("61岁5个月", "弹性提前退休", "特殊工种")),
    Klass("employment-in-retirement-month", "fe-clean", lambda c: _fe_person(c, RETIRING, "男"),
          "FE-AGE-RETIRE-NEAR", "warn", "manual", {"field": "applicant_id_number"}, ("60岁5个月", "2026年11月")),
]
BY_NAME = {k.name: k for k in CLASSES}


def build(k: Klass) -> dict:
    doc = copy.deepcopy(corpus_case(k.base))
    k.change(doc)
    return doc


def check(k: Klass, out: dict) -> None:
    findings = out["findings"]
    assert out["decision"] == k.decision, (k.name, out["decision"], [(f["rule"], f["message"]) for f in findings])
    for rule in k.not_rules:
        assert not any(f["rule"] == rule for f in findings), (k.name, rule)
    if k.rule is None:
        return
    hits = [f for f in findings if f["rule"] == k.rule]
    assert hits, (k.name, [(f["rule"], f["message"]) for f in findings])
    f = hits[0]
    assert f["severity"] == k.severity
    for key, value in k.place.items():
        assert f[key] == value
    for w in k.words:
        assert w in f["message"], (k.name, w, f["message"])
    assert f["basis"], k.name
    for w in RAW_KEY_WORDS:
        assert w not in f["message"], (k.name, w, f["message"])


@pytest.fixture(scope="module")
def cli_results(tmp_path_factory) -> dict[str, dict]:
    """Every class through `zongchuang prereview FILE --json`, two processes at a time."""
    folder = tmp_path_factory.mktemp("classes")
    env = {**os.environ, "ZONGCHUANG_HOME": str(folder / "home")}
    for var in ("ZONGCHUANG_CENTER", "ZONGCHUANG_WINDOW", "ZONGCHUANG_REGION"):
        env.pop(var, None)
    out: dict[str, dict] = {}
    pending = list(CLASSES)
    while pending:
        batch, pending = pending[:2], pending[2:]
        procs = []
        for k in batch:
            path = folder / f"{k.name}.json"
            path.write_text(json.dumps(build(k), ensure_ascii=False), encoding="utf-8")
            procs.append((k, subprocess.Popen([sys.executable, "-m", "app.cli.main", "prereview", str(path), "--json"],
                                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)))
        for k, p in procs:
            stdout, stderr = p.communicate(timeout=180)
            assert p.returncode == 0, (k.name, stderr)
            out[k.name] = json.loads(stdout)
    return out


@pytest.mark.parametrize("name", [k.name for k in CLASSES])
def test_class_through_cli(name, cli_results):
    check(BY_NAME[name], cli_results[name])


@pytest.mark.parametrize("name", [k.name for k in CLASSES])
def test_class_through_service(name):
    k = BY_NAME[name]
    result = svc.prereview_document(default_catalog(), parse_case_document(build(k)))
    check(k, result.to_dict())


@pytest.mark.parametrize("name", ["licence-filed-as-id", "retire-at-38"])
def test_class_on_a_stored_case(name, ctx, clerk):
    import datetime as dt

    k = BY_NAME[name]
    uuid = svc.import_case(ctx, parse_case_document(build(k)), actor=clerk).uuid
    check(k, svc.prereview_case(ctx, uuid, actor=clerk, today=dt.date(2026, 11, 20)))
