"""The log redaction patterns."""

from __future__ import annotations

from app.security.redaction import redact


def test_redacts_identifiers():
    text = redact("id 370202198707153910 phone 15987654321 code 91420107MA4K2XQ15P old 370202870715391")
    assert "370202198707153910" not in text and "370202********3910" in text
    assert "15987654321" not in text and "159****4321" in text
    assert "91420107MA4K2XQ15P" not in text and "370202870715391" not in text


def test_redacts_names_and_addresses_in_known_fields():
    text = redact("name=欧阳翠花 姓名：张三 {'contact_name': '李四', 'address': '青岛市市南区香港中路九十九号'}")
    for leaked in ("欧阳翠花", "张三", "李四", "香港中路九十九号"):
        assert leaked not in text
    assert "欧***" in text


def test_leaves_ordinary_text():
    text = "受理编号 420107-01-20261122-0001 已上报，用时 1234 ms"
    assert redact(text) == text
