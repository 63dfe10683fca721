"""Family-B generator and the shared OCR scoring: ground truth that is valid and deterministic,
and scoring rules that count blanks, wrong values, unreadable fields and misclassified pages."""

from __future__ import annotations

import json
import random

import pytest

from benchmarks.docgen_b import KINDS, data, generate, kind_sequence
from benchmarks.ocr_scoring import normalise, score


def test_check_characters_are_valid() -> None:
    rnd = random.Random(3)
    for _ in range(200):
        p = data.person(rnd)
        assert data.id_check(p.id_number[:17]) == p.id_number[17]
        assert int(p.id_number[16]) % 2 == (1 if p.sex == "男" else 0)
        num = data.luhn_complete("622202", rnd.choice([16, 19]), rnd)
        assert data.luhn_ok(num)
    assert data.id_check("11010519491231002") == "X"          # GB 11643 example
    assert not data.luhn_ok("6222021234567890124")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("b")
    kinds = ("id_card_front", "id_card_back", "business_license", "other")
    return out, json.loads(generate(out, 6, seed=11, kinds=kinds).read_text(encoding="utf-8"))


def test_generate_writes_files_and_truth(generated) -> None:
    out, truth = generated
    assert truth["family"] == "B" and len(truth["files"]) == 6
    for e in truth["files"]:
        assert (out / e["file"]).stat().st_size > 1000
        if e["kind"] == "id_card_front":
            assert set(e["fields"]) == {"name", "sex", "nation", "birth_date", "address", "id_number"}
            idn = e["fields"]["id_number"]["value"]
            assert e["fields"]["birth_date"]["value"].replace("-", "") == idn[6:14]
        if e["kind"] == "other":
            assert e["fields"] == {}


def test_generate_is_deterministic(tmp_path, generated) -> None:
    _, first = generated
    again = json.loads(generate(tmp_path, 6, seed=11, kinds=("id_card_front", "id_card_back",
                                                             "business_license", "other")).read_text(encoding="utf-8"))
    assert again["files"] == first["files"]


def test_every_kind_in_the_cycle() -> None:
    seq = kind_sequence(len(KINDS) * 3)
    assert set(seq) == set(KINDS)


def test_normalise_only_what_a_clerk_calls_equal() -> None:
    assert normalise("有限责任公司（自然人独资）") == normalise("有限责任公司(自然人独资)")
    assert normalise("沪卫公字〔2023〕第1号") == normalise("沪卫公字（2023）第1号")
    assert normalise("张 三") == "张三"
    assert normalise("20号楼1404室") != normalise("20号楼144室")
    assert normalise("长期") != normalise("")


def test_score_counts_wrong_blank_unreadable_and_misclassified() -> None:
    truth = {"family": "T", "files": [
        {"file": "a.jpg", "kind": "id_card_back", "fields": {
            "issuing_authority": {"value": "上海市公安局浦东分局", "unreadable": False},
            "valid_from": {"value": "2020-01-01", "unreadable": True},
            "valid_to": {"value": "2030-01-01", "unreadable": False}}},
        {"file": "b.jpg", "kind": "other", "fields": {}},
        {"file": "c.jpg", "kind": "bank_card", "fields": {"card_number": {"value": "6222021234567890", "unreadable": False}}},
    ]}
    results = [
        {"file": "/x/a.jpg", "kind": "id_card_back", "elapsed_ms": 300, "fields": {
            "issuing_authority": {"value": "上海市公安局浦东分局"}, "valid_from": {"value": ""},
            "valid_to": {"value": "2030-01-02"}}},
        {"file": "/x/b.jpg", "kind": "other", "elapsed_ms": 100, "fields": {}},
        {"file": "/x/c.jpg", "kind": "id_card_front", "elapsed_ms": 100, "fields": {"name": {"value": "张三"}}},
    ]
    sc = score(truth, results)
    assert sc.kind_ok == 2
    back = sc.per_field[("id_card_back", "valid_from")]
    assert back.exact == 1 and back.blank == 1                       # unreadable + blank = correct
    assert sc.per_field[("id_card_back", "valid_to")].wrong == 1
    assert sc.misclassified_fields == {"bank_card": 1}
    t = sc.totals()
    assert t["fields"] == 4 and t["field_exact"] == pytest.approx(2 / 4)
    assert t["wrong_prefill"] == pytest.approx(2 / 4)                # one wrong value + one on a misread page


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "other"])
def test_every_field_is_drawn_inside_the_document(kind) -> None:
    """A truth value is only fair if all of it is on the paper (a card's rounded corners included)."""
    from benchmarks.docgen_b import BUILDERS

    for i in range(6):
        doc = BUILDERS[kind](random.Random(f"inside/{kind}/{i}"))
        margin = 0.045 * doc.page.w if doc.card else 0
        for key, value in doc.truth.items():
            boxes = doc.page.char_boxes.get(key, [])
            assert boxes or not value, f"{kind}.{key} not drawn"
            for x0, y0, x1, y1 in boxes:
                corner = doc.card and y1 > doc.page.h - margin
                assert 0 <= x0 and x1 <= doc.page.w - (margin if corner else 0), f"{kind}.{key} off the right edge"
                assert 0 <= y0 and y1 <= doc.page.h, f"{kind}.{key} off the bottom"
