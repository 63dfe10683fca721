"""An ID front's sex and nation boxed as one line with the 民族 label between them not read at all
(issue 15, session 35): ZW zw_103, a front on a photographed monitor whose small grey labels the moiré
hides, read its sex row as `男汉` — the sex, then the nation five row heights to its right — and left
the nation blank (`not a coded nation`). The nation is taken when it stands `extract.NATION_PAST_LABEL`
(2.5) row heights right of the sex, the room the unread label takes on the card (the recogniser's own
character positions); a sex and a nation side by side, or a sex the checked number does not hold, are
not read so. Lines as in test_nation_sex_row, with their characters' places."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.test_nation_sex_row import _card


def _row(text: str, x1: float, x2: float, xs: tuple[float, ...]) -> TextLine:
    return TextLine(text, 0.99, ((x1, 96), (x2, 96), (x2, 115), (x1, 115)), chars=tuple((0.99, "", 0.0) for _ in text),
                    xs=xs)


def test_sex_and_nation_with_the_label_unread_between_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # 男 at x ≈ 110, 汉 at x ≈ 220: 110 px apart on a 19 px row (5.8 heights) — the label's room
    row = [_row("男汉", 100, 230, (0.077, 0.923))]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].value == "汉" and not got["nation"].flagged, got["nation"]
    monkeypatch.setattr(ex, "NATION_PAST_LABEL", 0)  # (as on main: blank)
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].flagged and got["nation"].note == "not a coded nation", got["nation"]


def test_side_by_side_or_another_sex_is_no_nation() -> None:
    # the two characters next to each other: no room for a label between them
    row = [_row("男汉", 100, 140, (0.25, 0.75))]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].flagged, got["nation"]
    # the number holds 男: a row starting 女 is not its sex row
    row = [_row("女汉", 100, 230, (0.077, 0.923))]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].flagged, got["nation"]
    # no character places from the recogniser: not read so
    row = [_row("男汉", 100, 230, ())]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].flagged, got["nation"]
