"""A 卫生许可证's 许可项目 parted by centred dots as read is the list parted by 、.

AF af_0103 (a 卫生许可证 photographed off a monitor, session 37 lane afphoto): `游泳场（馆）、住宿、健身房` read
`游泳场(馆)·住宿·健身房` — the screen's soft 、, a short stroke at mid-height, read as a centred dot — and the list
was left blank as `unknown item` (`住宿·健身房` no kind of premises). Certificates part their items with 、 (or ，),
never a dot: a dot between items is a 、 (`extract.ITEM_DOTS`); every item must still be a known kind of premises.
On main the field is blank (`unknown item`).
"""

from __future__ import annotations

from app.prefill import extract as E
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    return TextLine(text, 0.98, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=tuple((0.99, "", 0.0) for _ in text))


def _page(items: str) -> list[TextLine]:
    return [_line("卫生许可证", 335, 200, 665, 279), _line("天卫公证字〔2023〕第3530号", 330, 300, 700, 330),
            _line("单位名称", 112, 423, 206, 456), _line("乌鲁木齐新锐食品有限公司", 338, 427, 640, 453),
            _line("法定代表人(负责人)孟怡娜", 111, 479, 409, 509), _line("地址", 107, 529, 165, 565),
            _line("湖北省武汉市武昌区龙阳路2550号", 336, 534, 674, 561), _line("许可项目", 108, 585, 202, 616),
            _line(items, 334, 583, 620, 619), _line("有效期限", 110, 638, 205, 671),
            _line("自2023年07月10日至2027年07月09日", 340, 642, 730, 668)]


def _items(items: str) -> E.FieldResult:
    return extract(to_lines(_page(items)), "public_health_license", 1.0).fields["license_items"]


def test_items_parted_by_centred_dots_are_the_list() -> None:
    got = _items("游泳场(馆)·住宿·健身房")
    assert got.value == "游泳场(馆)、住宿、健身房" and not got.flagged, (got.value, got.note)
    assert _items("商场(店)・公共浴室").value == "商场(店)、公共浴室"


def test_an_unknown_item_stays_blank_with_dots_too() -> None:
    got = _items("游泳场(馆)·住窗·健身房")
    assert got.flagged and got.note == "unknown item"


def test_rule_off_keeps_the_dot(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(E, "ITEM_DOTS", "")
    got = _items("游泳场(馆)·住宿·健身房")
    assert got.flagged and got.note == "unknown item"
