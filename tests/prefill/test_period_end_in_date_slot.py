"""An ID card back whose 长期 is printed in the second date's slot (`2011.02.13-     长期`): the space after
the period's hyphen is printed, not a character lost (issue 15; `layout.PERIOD_SEPARATOR`).

Held-out family ZY (session 34) prints every long-term card so — its three 长期 backs, a clean flatbed among
them, came back with both dates blank (`lost character`: the recogniser sets the hyphen right after the last
digit, and the step from it to 长 looked like a character's worth of paper). A character lost there leaves
neither a date nor 长期 after the hyphen, which the period's own check catches."""

from __future__ import annotations

import re

import cv2

from tests.prefill.pages import card_back, read_jpeg


def _read(tmp_path, period: str) -> dict:  # noqa: ANN001
    img = cv2.cvtColor(card_back("白城市公安局洮北区分局", period), cv2.COLOR_RGB2BGR)
    result = read_jpeg(tmp_path, img, quality=90, name="back.jpg")
    assert result["kind"] == "id_card_back"
    return {k: (v["value"], v["reason"]) for k, v in result["fields"].items()}


def test_long_term_in_the_second_dates_slot_reads(engine, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from app.prefill import layout

    period = "2011.02.13-" + " " * 5 + "长期"  # (four to five spaces: one box, the step from the hyphen wide)
    fields = _read(tmp_path, period)
    assert fields["valid_from"] == ("2011-02-13", "")
    assert fields["valid_to"] == ("长期", "")
    # (as main read it: without the rule the hyphen's gap is a lost character and both dates are blank)
    monkeypatch.setattr(layout, "PERIOD_SEPARATOR", re.compile(r"(?!)(.)"))
    before = _read(tmp_path, period)
    assert before["valid_from"][0] == "" and before["valid_to"][0] == ""


def test_a_gap_inside_the_end_date_is_still_a_lost_character() -> None:
    from app.prefill.layout import Piece

    # (only the steps beside the hyphen are exempt: a gap inside the end date — a dot or digits lost —
    # still is a character not read)
    text = "2011.02.13-2031.0213"
    xs, x = [], 20.0
    for i in range(len(text)):
        xs.append(x)
        x += 18.0 + (40.0 if i == 16 else 0.0)  # (paper for two characters between `2031.02` and `13`)
    piece = Piece(text, 0.99, (0.0, 0.0, x, 32.0), xs=tuple(xs), chars=tuple((0.99, "", 0.0) for _ in text))
    assert piece.lost_character
    spaced = list(xs[:11]) + [v + 60.0 for v in xs[11:]]  # (the same date with paper after the hyphen instead)
    spaced[17:] = [v - 40.0 for v in spaced[17:]]
    assert not Piece(text, 0.99, (0.0, 0.0, x + 20, 32.0), xs=tuple(spaced),
                     chars=tuple((0.99, "", 0.0) for _ in text)).lost_character
