"""The shared OCR scorer on a page holding two documents (session 29: family ZN files every scanned,
copied or faxed ID card as a 身份证复印件 — both sides on one A4 sheet — and its truth names the side
the material is filed as). The CLI lists every document it read on such a page in `documents`, the
first one also as `kind`/`fields` (docs/capture-ocr.md, CLI contract); the order is the reader's.
The scorer takes the document of the truth's kind when one was read, else the first."""

from __future__ import annotations

from benchmarks import ocr_scoring as S

BACK = {"issuing_authority": "上海市公安局闵行分局", "valid_from": "2025-10-17", "valid_to": "2045-10-17"}
FRONT = {"name": "黎华丽", "id_number": "510107195704186134"}


def _truth() -> dict:
    return {"family": "T", "files": [{"file": "sheet.png", "kind": "id_card_back",
                                      "fields": {k: {"value": v, "unreadable": False} for k, v in BACK.items()}}]}


def _doc(kind: str, values: dict) -> dict:
    return {"kind": kind, "fields": {k: {"value": v} for k, v in values.items()}}


def test_a_sheet_read_front_first_is_scored_by_its_back() -> None:
    front, back = _doc("id_card_front", FRONT), _doc("id_card_back", BACK)
    got = [{"file": "/x/sheet.png", **front, "documents": [front, back], "elapsed_ms": 900}]
    sc = S.score(_truth(), got)
    assert sc.kind_ok == 1 and not sc.confusions and not sc.mistakes
    assert sum(st.exact for st in sc.per_field.values()) == 3


def test_a_sheet_whose_named_side_was_not_read_is_a_confusion() -> None:
    front = _doc("id_card_front", FRONT)
    for got in ([{"file": "sheet.png", **front, "elapsed_ms": 900}],  # one document
                [{"file": "sheet.png", **front, "documents": [front, _doc("other", {})], "elapsed_ms": 900}]):
        sc = S.score(_truth(), got)
        assert sc.kind_ok == 0 and sc.confusions == ["sheet.png id_card_back -> id_card_front"]
        assert sc.misclassified_fields == {"id_card_back": 2}


def test_a_wrong_value_in_the_named_side_counts_wrong() -> None:
    front, back = _doc("id_card_front", FRONT), _doc("id_card_back", {**BACK, "valid_to": "2045-10-11"})
    sc = S.score(_truth(), [{"file": "sheet.png", **front, "documents": [front, back], "elapsed_ms": 900}])
    assert len(sc.mistakes) == 1 and "valid_to" in sc.mistakes[0]
