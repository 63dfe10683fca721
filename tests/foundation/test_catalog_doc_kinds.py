"""Capture files a page into the material slot whose catalog `doc_kinds` take its OCR kind: a
material that is a 户口簿, 结婚证, 银行卡 or 不动产权证书 must list that kind, or its pages read as
that kind are never filed there (a slot without `doc_kinds` takes only `other`)."""

from __future__ import annotations

from app.catalog import load_catalog
from app.services.pages import accepts

KINDS_BY_NAME = {"户口簿": "household_register", "结婚证": "marriage_certificate", "银行卡": "bank_card",
                 "不动产权证": "real_estate_certificate"}


def test_materials_naming_a_readable_document_take_its_kind() -> None:
    checked = 0
    for item in load_catalog().items.values():
        for m in item.materials:
            for word, kind in KINDS_BY_NAME.items():
                if word in m.name:
                    checked += 1
                    assert accepts(m.doc_kinds, kind), (item.name, m.code, m.name, m.doc_kinds)
                    assert accepts(m.doc_kinds, "other"), (item.name, m.code)  # another page of it (户主页)
    assert checked >= 4
