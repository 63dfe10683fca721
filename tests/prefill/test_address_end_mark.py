"""An address read ending in a stop or a comma is not pre-filled.

ZY zy_0014 (a 卫生许可证 copied twice; session 37 lane afphoto, read at a larger size than before) read its 地址
`…阳光新村2栋2单元2504室.` — a speck after 室 read as a stop — and pre-filled it, a wrong value. No address ends in a
stop or a comma (`extract.ADDRESS_END_MARKS`): such a reading is left blank (`format`). On main it was pre-filled.
"""

from __future__ import annotations

from app.prefill import extract as E
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    return TextLine(text, 0.98, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=tuple((0.99, "", 0.0) for _ in text))


def _address(addr: str) -> E.FieldResult:
    lines = [_line("卫生许可证", 335, 200, 665, 279), _line("单位名称", 112, 423, 206, 456),
             _line("乌鲁木齐新锐食品有限公司", 338, 427, 640, 453), _line("法定代表人(负责人)孟怡娜", 111, 479, 409, 509),
             _line("地址", 107, 529, 165, 565), _line(addr, 336, 534, 760, 561), _line("许可项目", 108, 585, 202, 616),
             _line("住宿", 334, 583, 400, 619), _line("有效期限", 110, 638, 205, 671),
             _line("自2023年07月10日至2027年07月09日", 340, 642, 730, 668)]
    return extract(to_lines(lines), "public_health_license", 1.0).fields["address"]


def test_an_address_ending_in_a_stop_is_not_prefilled() -> None:
    got = _address("新疆乌鲁木齐市天山区迎宾大道1461号2单元2504室.")
    assert got.flagged and got.note == "mark after the address", (got.value, got.note)


def test_the_same_address_without_the_mark_is_prefilled() -> None:
    got = _address("新疆乌鲁木齐市天山区迎宾大道1461号2单元2504室")
    assert not got.flagged and got.value.endswith("2504室"), (got.value, got.note)


def test_rule_off(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(E, "ADDRESS_END_MARKS", "")
    got = _address("新疆乌鲁木齐市天山区迎宾大道1461号2单元2504室.")
    assert got.note != "mark after the address"
