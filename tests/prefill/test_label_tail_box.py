"""Session 37 (fields3): a label's last character read in a box of its own, with the label's colon, is
the label's — not the first characters of its value.

ZZ zz_037 (a 卫生许可证 forwarded by chat): the 地址 row prints its label letter-spaced (`地　　址：`) with a
watermark's `业` laid over the gap; the detector boxed `地业`, then `址:` alone, then the address. The label
was recovered as `地址` over the `地业` box, and `址:` became the value's first piece:
`址:四川省成都市锦江区人民路780号`, blanked as punctuation in an address. A colon closes a label; one or two
of the label's last characters followed by a colon and nothing else is the label's end read apart
(`layout.LABEL_TAIL_BOX`), and so is that end alone right where the label ends (main pre-filled `址四川省…`); the
value starts in the next box. Without the rule (main) the address is blank, or wrong.
"""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill import layout
from app.prefill.layout import Line

ADDRESS = "四川省成都市锦江区人民路780号"


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _health(tail: str) -> list[Line]:
    return [_line("卫生许可证", 233, 286, 670, 364), _line("川卫公字(2022)第510104265253号", 314, 388, 622, 418),
            _line("单位名称锦江瑞丰五金店", 124, 486, 407, 535), _line("法定代表人(负责人):郝胜", 130, 551, 414, 582),
            _line("地业", 122, 592, 205, 645), _line("地址", 113, 599, 203, 645), _line(tail, 200, 605, 244, 640),
            _line(ADDRESS, 253, 610, 556, 636), _line("许可项目:美容", 127, 662, 305, 697),
            _line("有效期限:自2022年2月1日至2026年1月31日", 128, 720, 564, 753)]


@pytest.mark.parametrize("tail", ["址:", "址："])
def test_the_labels_end_and_colon_in_a_box_of_their_own_are_the_labels(tail: str, monkeypatch) -> None:
    got = ex.extract(_health(tail), "public_health_license").public_fields()["address"]
    assert got["value"] == ADDRESS
    monkeypatch.setattr(layout, "LABEL_TAIL_BOX", False)
    assert ex.extract(_health(tail), "public_health_license").public_fields()["address"]["value"] == ""  # (main)


def test_the_labels_end_alone_where_the_label_ends_is_the_labels(monkeypatch) -> None:
    # (no colon: `址` alone right where the label ends; main pre-filled the wrong `址四川省…`)
    got = ex.extract(_health("址"), "public_health_license").public_fields()["address"]
    assert got["value"] == ADDRESS
    monkeypatch.setattr(layout, "LABEL_TAIL_BOX", False)
    assert ex.extract(_health("址"), "public_health_license").public_fields()["address"]["value"] == "址" + ADDRESS


def test_text_far_right_of_the_labels_end_is_no_value() -> None:
    # (the label's end read apart and nothing beside it: a box far right on the row — another column's
    # print — is not taken for the value, as it is not after a value's own box)
    lines = [ln for ln in _health("址:") if ln.text != ADDRESS] + [_line(ADDRESS, 253 + 12 * 46, 610, 556 + 12 * 46, 636)]
    got = ex.extract(lines, "public_health_license").public_fields()["address"]
    assert got["value"] != ADDRESS
