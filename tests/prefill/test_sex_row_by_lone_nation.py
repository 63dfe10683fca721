"""A label-less ID front whose sex was not read at all (issue 15, session 35, lane zzfax): ZZ zz_109, a
faxed card on an A4 page, its grey labels gone to dots and a seal's ring running through the sex `男`,
read its nation `壮` alone on the sex row and nothing in the values' column there: the sex row was not
found by its place (`extract._labelless_rows` wants a line in the values' column right above the birth
row), so the name `范宏` above it was never taken (`label_not_found`) nor the nation beside it.
The row is the sex row when the one line right above the birth row is a whole coded nation standing
`NATION_PAST_LABEL` row heights or more right of the values' column (where the card prints 民族 after
the sex and its label) and nothing starts in the values' column there (`extract.SEX_ROW_BY_LONE_NATION`).
A nation box in the values' column, a non-nation, or two such boxes place nothing."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    return TextLine(text, 0.98, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=tuple((0.99, "", 0.0) for _ in text))


def _card(sex_row: list[TextLine]) -> list[TextLine]:
    # no row label read (a fax's grey labels: remnant dots read as `:` and `11`)
    return [_line(":", 47, 62, 60, 79), _line("丁超文", 99, 59, 152, 80), *sex_row,
            _line("1959年10月15日", 99, 131, 217, 151), _line("11", 47, 134, 60, 150),
            _line("江苏省南京市玄武区沙河西路1121弄8", 98, 166, 349, 187), _line("0号2705室", 97, 187, 171, 209),
            _line("320102195910153790", 165, 283, 393, 305)]


def test_the_sex_row_known_by_its_nation_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    row = [_line("壮", 200, 97, 218, 115)]  # 101 px right of the values' column on a 20 px birth row
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["name"].value == "丁超文" and not got["name"].flagged, got["name"]
    assert got["nation"].value == "壮" and not got["nation"].flagged, got["nation"]
    assert got["sex"].value == "男"
    monkeypatch.setattr(ex, "SEX_ROW_BY_LONE_NATION", False)  # (as on main: both blank)
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert not got["name"].value and not got["nation"].value, (got["name"], got["nation"])


def test_no_lone_nation_places_nothing() -> None:
    # a box that is no nation
    got = extract(to_lines(_card([_line("壮丽", 200, 97, 236, 115)])), "id_card_front", 1.0).fields
    assert not got["name"].value, got["name"]
    # the nation close to the values' column: no room for the sex and the 民族 label before it
    got = extract(to_lines(_card([_line("壮", 120, 97, 138, 115)])), "id_card_front", 1.0).fields
    assert not got["name"].value, got["name"]
    # two such boxes
    got = extract(to_lines(_card([_line("壮", 200, 97, 218, 115), _line("汉", 260, 97, 278, 115)])),
                  "id_card_front", 1.0).fields
    assert not got["name"].value, got["name"]
