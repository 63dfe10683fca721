"""Pre-review never crashes: arbitrary field text, OCR values, statuses and card reads on every
catalog item give a result (or one of our bilingual errors), and every finding names a place."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.calendar.workdays import default_calendar
from app.cases.interchange import parse_case_document
from app.catalog import default_catalog
from app.errors import ZongchuangError
from app.review import prereview

CATALOG = default_catalog()
CALENDAR = default_calendar()
ITEMS = sorted(CATALOG.items)
TEXT = st.one_of(st.text(max_size=12), st.sampled_from(["", "长期", "2026-02-30", "2026-11-20", "1e309", "NaN", "-5",
                                                        "是", "否", "11010519491231002X", "武汉市江岸区中山大道1号",
                                                        "91110000600037341L", "住宿,游泳", "０１２"]))


@st.composite
def documents(draw):
    item = CATALOG.items[draw(st.sampled_from(ITEMS))]
    answers = {}
    for s in item.situations:
        if draw(st.booleans()):
            opts = [o.value for o in s.options]
            answers[s.id] = draw(st.lists(st.sampled_from(opts), min_size=1, max_size=2 if s.multi else 1, unique=True))
    fields = {f.key: draw(TEXT) for f in item.fields if draw(st.booleans())}
    materials = [{"code": m.code, "status": draw(st.sampled_from(["pending", "received", "tolerated", "committed",
                                                                  "exempted"])),
                  "ocr": {k: draw(TEXT) for k in ("name", "credit_code", "legal_representative", "id_number",
                                                  "valid_to", "address", "license_items", "card_number")
                          if draw(st.booleans())},
                  "quality": draw(st.sampled_from([None, {"ok": False, "reasons": ["blurred"]}, {"ok": True}]))}
                 for m in item.materials if draw(st.booleans())]
    card = draw(st.one_of(st.none(), st.fixed_dictionaries(
        {"name": TEXT, "id_number": TEXT, "birth_date": TEXT, "valid_from": TEXT, "valid_to": TEXT})))
    return {"item_code": item.code, "acceptance_date": "2026-11-20", "answers": answers, "fields": fields,
            "materials": materials, "card_read": card,
            "prior_cases": draw(st.sampled_from([[], [{"item_code": item.code, "state": "delivered", "accepted": "x"}]])),
            "consents": draw(st.sampled_from([[], [{"scope": "history"}]]))}


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_prereview_never_crashes(data):
    try:
        result = prereview(CATALOG, parse_case_document(data), calendar=CALENDAR)
    except ZongchuangError:
        return
    out = result.to_dict()
    assert out["decision"] in ("accept", "accept_with_tolerance", "refuse", "manual")
    for f in out["findings"]:
        assert f["field"] or f["material"] or f["situation"] or f["rule"] in ("SYS-CALENDAR", "SYS-CALENDAR-PROVISIONAL"), f
        assert f["message"]
