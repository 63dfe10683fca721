"""The engine: built-in checks, rule semantics, decisions, due dates, deadlines, helpers."""

from __future__ import annotations

import datetime as dt

import pytest

from app.calendar.workdays import WorkdayCalendar
from app.cases.interchange import parse_case_document
from app.catalog import default_catalog
from app.errors import CalendarNotCovered, InputError, NotFoundError
from app.review import functions as fn
from app.review import prereview
from tests.review.conftest import corpus_case, mini_case, mini_catalog


def run(cat, data, calendar, **kw):
    return prereview(cat, parse_case_document(data), calendar=calendar, **kw)


def rules_of(result):
    return [f.rule for f in result.findings]


def test_clean_case_is_accepted_with_due_date_and_catalog_stamp(calendar):
    cat = default_catalog()
    result = run(cat, corpus_case("ph_new-clean"), calendar)
    assert result.decision == "accept" and result.findings == []
    assert result.due_date == calendar.add_workdays(dt.date(2026, 11, 20), 17)
    data = result.to_dict()
    assert data["catalog_version"] == cat.version and data["catalog_hash"] == cat.content_hash
    assert data["supplement_deadline"] is None and data["documents"][:1] == ["受理回执"]


def test_all_findings_at_once_each_naming_its_place(calendar):
    result = run(default_catalog(), corpus_case("ph_new-clean") | {"materials": []}, calendar)
    missing = [f for f in result.findings if f.rule == "MAT-MISSING"]
    assert len(missing) >= 5  # every required material, not the first one only
    assert "M01" not in {f.material for f in missing}  # the 申请表 is generated from the form
    for f in result.findings:
        assert f.field or f.material or f.situation
        assert (f.material_name and f.material_name in f.message) or (f.field_label and f.field_label in f.message)


def test_message_names_field_label_and_interpolates_values(calendar):
    cat = mini_catalog('    - {id: R-STAFF, check: "fields.staff >= 3", field: staff, material: M02, '
                       'message: "人数 {fields.staff} 太少"}')
    result = run(cat, mini_case(fields={"unit_name": "x", "credit_code": "91110000600037341L", "staff": 2}), calendar)
    f = next(f for f in result.findings if f.rule == "R-STAFF")
    assert "人数 2 太少" in f.message and "从业人数" in f.message and "营业执照" in f.message
    assert f.field == "staff" and f.material == "M02"


def test_rule_reading_an_absent_value_is_not_applicable(calendar):
    cat = mini_catalog('    - {id: R-OCR, check: "norm_eq(ocr.M02.name, fields.unit_name)", field: unit_name, message: x}')
    assert "R-OCR" not in rules_of(run(cat, mini_case(), calendar))
    data = mini_case()
    data["materials"][1]["ocr"] = {"name": {"value": "别的单位", "confidence": 0.9}}
    assert "R-OCR" in rules_of(run(cat, data, calendar))
    data["materials"][1]["ocr"] = {"name": "测 试 单 位"}  # full-width/space differences are not a mismatch
    assert "R-OCR" not in rules_of(run(cat, data, calendar))


def test_rule_that_raises_at_run_time_is_a_manual_finding_not_a_crash(calendar):
    cat = mini_catalog('    - {id: R-BOOM, check: "id_birth(fields.rep_id) < acceptance_date", field: rep_id, message: x}')
    data = mini_case(fields={"unit_name": "x", "credit_code": "91110000600037341L", "rep_id": "12345"})
    result = run(cat, data, calendar)
    boom = next(f for f in result.findings if f.rule == "R-BOOM")
    assert boom.manual and boom.source == "error" and "无法执行" in boom.message
    assert result.decision == "refuse"  # the invalid ID number itself blocks
    data["fields"]["rep_id"] = None
    cat2 = mini_catalog('    - {id: R-BOOM, check: "date(fields.unit_name) < acceptance_date", field: unit_name, message: x}')
    result2 = run(cat2, mini_case(), calendar)
    assert result2.decision == "manual" and any(f.rule == "R-BOOM" and f.manual for f in result2.findings)


def test_when_guard_and_severities(calendar):
    rules = "\n".join([
        '    - {id: R-W, when: "agent", check: "false", field: unit_name, message: 只在委托时}',
        '    - {id: R-WARN, check: "false", field: unit_name, severity: warn, message: 提醒}',
        '    - {id: R-INFO, check: "false", field: unit_name, severity: info, message: 说明}',
    ])
    result = run(mini_catalog(rules), mini_case(), calendar)
    assert "R-W" not in rules_of(result) and {"R-WARN", "R-INFO"} <= set(rules_of(result))
    assert result.decision == "accept"  # warn and info do not stop acceptance


def test_decision_paths(calendar):
    cat = mini_catalog('    - {id: R-REF, check: "fields.unit_name != \'不予\'", field: unit_name, refuse: true, message: 不予受理}\n'
                       '    - {id: R-MAN, check: "fields.unit_name != \'人工\'", field: unit_name, manual: true, severity: warn, message: 人工}')
    assert run(cat, mini_case(), calendar).decision == "accept"
    r = run(cat, mini_case(fields={"unit_name": "不予", "credit_code": "91110000600037341L"}), calendar)
    assert (r.decision, r.refuse_kind, r.documents) == ("refuse", "inadmissible", ["不予受理通知书"])
    r = run(cat, mini_case(fields={"unit_name": "人工", "credit_code": "91110000600037341L"}), calendar)
    assert r.decision == "manual"
    r = run(cat, mini_case(fields={"unit_name": "人工"}), calendar)  # a block beats manual
    assert (r.decision, r.refuse_kind) == ("refuse", "correction")
    data = mini_case()
    data["materials"] = [m for m in data["materials"] if m["code"] != "M03"]
    r = run(cat, data, calendar)
    assert r.decision == "accept_with_tolerance" and r.tolerated[0].code == "M03"


def test_tolerance_deadline_counts_working_days_and_never_passes_due_date(calendar):
    data = mini_case()
    data["materials"][2]["status"] = "tolerated"
    r = run(mini_catalog(promised=17, supplement=5), data, calendar)
    assert r.supplement_deadline == calendar.add_workdays(dt.date(2026, 11, 20), 5)
    r = run(mini_catalog(promised=3, supplement=10), data, calendar)
    assert r.supplement_deadline == r.due_date == calendar.add_workdays(dt.date(2026, 11, 20), 3)


def test_tolerated_where_not_allowed_and_commitment_rules(calendar):
    data = mini_case()
    data["materials"][1]["status"] = "tolerated"  # 营业执照 is not 容缺-able
    data["materials"][3]["status"] = "committed"  # 检测报告 may be replaced by commitment
    r = run(mini_catalog(), data, calendar)
    assert ("MAT-NOT-TOLERABLE", "M02") in [(f.rule, f.material) for f in r.findings]
    committed = next(f for f in r.findings if f.rule == "MAT-COMMITTED")
    assert committed.severity == "info" and "事后核查" in committed.message
    data["materials"][1]["status"] = "received"
    r = run(mini_catalog(), data, calendar)
    assert r.decision == "accept" and r.committed[0].code == "M04" and "告知承诺书" in r.documents
    data["materials"][4]["status"] = "committed"  # 身份证明 has no commitment
    assert "MAT-NO-COMMITMENT" in rules_of(run(mini_catalog(), data, calendar))


def test_field_types_and_validators(calendar):
    fields = {"unit_name": "x", "credit_code": "91110000600037341X", "staff": "十", "valid_to": "2026-02-30",
              "rep_id": "11010519491231002X"}
    r = run(mini_catalog(), mini_case(fields=fields), calendar)
    bad = {(f.rule, f.field) for f in r.findings}
    assert {("FLD-FORMAT", "credit_code"), ("FLD-FORMAT", "staff"), ("FLD-FORMAT", "valid_to")} <= bad
    assert not any(f.field == "rep_id" for f in r.findings)


def test_unknown_field_key_is_a_manual_finding(calendar):
    data = mini_case()
    data["fields"]["unit_nmae"] = "x"
    r = run(mini_catalog(), data, calendar)
    f = next(f for f in r.findings if f.rule == "FLD-UNKNOWN")
    assert f.field == "unit_nmae" and f.manual and r.decision == "manual"


def test_card_checks(calendar):
    data = mini_case(card_read={"name": "张三", "id_number": "11010519491231002X", "birth_date": "1949-12-31",
                                "valid_from": "2010-01-01", "valid_to": "2020-01-01"})
    r = run(mini_catalog(), data, calendar)
    expired = next(f for f in r.findings if f.rule == "CARD-EXPIRED")
    assert expired.material == "M05" and expired.severity == "block"


def test_calendar_not_covered(calendar):
    data = mini_case(acceptance_date="2031-03-02")
    r = run(mini_catalog(), data, calendar)
    assert r.due_date is None and r.decision == "manual" and "SYS-CALENDAR" in rules_of(r)
    with pytest.raises(CalendarNotCovered):
        run(mini_catalog(), data, calendar, strict_calendar=True)


def test_bad_input_errors(calendar):
    with pytest.raises(NotFoundError):
        run(default_catalog(), mini_case(item_code="NO-SUCH"), calendar)
    with pytest.raises(InputError):
        run(mini_catalog(), mini_case(answers={"agnet": "no"}), calendar)
    with pytest.raises(InputError):
        parse_case_document({"item_code": "T-001", "materials": "M01"})


def test_override_calendar_used_for_due_date():
    cal = WorkdayCalendar({2031: {"holidays": ["2031-03-03"], "workdays": []}})
    r = run(mini_catalog(promised=1), mini_case(acceptance_date="2031-02-28"), cal)
    assert r.due_date == dt.date(2031, 3, 4)  # Friday + 1 working day, skipping the weekend and the holiday


@pytest.mark.parametrize("address, inside", [
    ("武汉市青山区和平大道1号", True), ("湖北省武汉市青山区工人村街", True), ("青山区冶金大道8号", True),
    ("和平大道809号", True), ("武汉市和平大道1号", True), ("湖北武汉江岸区中山大道", False),
    ("北京市朝阳区建国路", False), ("包头市青山区钢铁大街", False), ("湖北省宜昌市西陵区", False),
    ("北京路8号", True), ("南京路10号", True), ("湖北武汉和平大道", True), ("东西湖区金银湖路", False),
])
def test_address_within_region(address, inside):
    assert fn.address_within(address, "420107") is inside


def test_helpers():
    assert fn.norm_eq("ＡＢＣ（有限公司）", "abc (有限公司)")
    assert fn.same_set(["住宿", "游泳"], "游泳、住宿") and not fn.same_set(["住宿"], "住宿,游泳")
    assert fn.age_at("11010519491231002X", fn.date("2026-11-20")) == 76
    assert fn.id_sex("11010519491231002X") == "女"
    assert fn.days_between(fn.date("2026-11-20"), fn.date("2026-12-20")) == 30
    assert fn.text_len("中文") == 2 and fn.region_city("420107") == "420100"
    assert fn.contains_any("青山区某某有限公司", ["公司"]) and not fn.contains_any("某某店", ["公司"])
    assert fn.uscc_valid("91110000600037341L") and not fn.uscc_valid("91110000600037341X")


def test_applicant_block_must_agree_with_form(calendar):
    data = mini_case(applicant={"kind": "organisation", "name": "测试单位", "credit_code": "91110000600037341L"})
    assert "APPLICANT-FORM" not in rules_of(run(mini_catalog(), data, calendar))
    data["applicant"]["credit_code"] = "91420107MA4K2XQ15P"
    f = next(f for f in run(mini_catalog(), data, calendar).findings if f.rule == "APPLICANT-FORM")
    assert f.field == "credit_code" and f.severity == "block"
