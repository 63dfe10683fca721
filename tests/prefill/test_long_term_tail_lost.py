"""An ID back's period read with the 期 of 长期 lost (issue 15, session 35, lane zzfax): ZZ zz_100, a faxed
card back on an A4 page (1-bit, its background pattern dithered over the rows), read `2020.02.26-长` at
1.00 and its labels not at all: the period was no period (8 digits and no 长期) and both dates stayed
blank. 长期 is the one end a card prints that starts with 长, so a row ending `<date>-长` reads as
`<date>-长期` (`extract.LONG_TERM_TAIL_LOST`); a 长 not right after the dash, or the start date's
digits short, is still no period."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.test_id_back_cases import _line


def _back(period: str, label: str = "") -> list:
    return [_line("中华人民共和国", 340, 90, 800, 140), _line("居民身份证", 320, 190, 860, 270),
            _line("签发机关深圳市公安局南山区分局", 160, 456, 700, 494), _line(label + period, 160, 536, 560, 574)]


@pytest.mark.parametrize("label", ["", "有效期限"])
def test_a_long_term_read_without_its_last_character(label: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fields = extract(to_lines(_back("2020.02.26-长", label)), "id_card_back").fields
    assert (fields["valid_from"].value, fields["valid_to"].value) == ("2020-02-26", "长期"), fields
    monkeypatch.setattr(ex, "LONG_TERM_TAIL_LOST", False)  # (as on main: no period)
    fields = extract(to_lines(_back("2020.02.26-长", label)), "id_card_back").fields
    assert fields["valid_to"].value != "长期", fields["valid_to"]


@pytest.mark.parametrize("period", ["2020.02.2-长", "2020.02.26长", "2020.02.26-长春"])
def test_no_period_otherwise(period: str) -> None:
    fields = extract(to_lines(_back(period)), "id_card_back").fields
    assert fields["valid_to"].value != "长期" and fields["valid_from"].value != "2020-02-26", fields
