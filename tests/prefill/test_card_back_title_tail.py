"""An ID card back whose big title row lost its head (session 37, lane kinds3; ZZ zz_080).

A card back prints 中华人民共和国 over a larger 居民身份证. A copy of a copy with a company's seal over
the card keeps the first row whole and the second only as its tail (`份证`); 签发机关 lies under the
seal and the period's end is cut. The stacked tail is the card back's title (`kinds.CARD_BACK_TAIL`):
on main the page scored 中华人民共和国 alone and read as `other`. No 户口簿 cover, 不动产权证书 or form
stacks a tail of 身份证 under 中华人民共和国.
"""

from __future__ import annotations

import pytest

from app.prefill.extract import classify
from app.prefill.layout import Line


def _page(second: str, period: str = "2018.01.03-2036.0", second_h: float = 66.0) -> list[Line]:
    """zz_080's reading (its alternative page crop): the two title rows and the period's cut row."""
    return [Line("中华人民共和国", 1.0, 297, 151, 576, 201, 0),
            Line(second, 0.99, 481, 232, 481 + 64 * len(second), 232 + second_h, 1),
            Line(period, 0.99, 299, 432, 504, 471, 2)]


def test_a_stacked_tail_of_the_card_title_makes_a_card_back() -> None:
    assert classify(_page("份证"))[0] == "id_card_back"
    assert classify(_page("身份证", period=""))[0] == "id_card_back"


def test_the_rule_off_reads_other(monkeypatch: pytest.MonkeyPatch) -> None:
    # main's reading of zz_080: 中华人民共和国 scores 1, the tail nothing
    monkeypatch.setattr("app.prefill.kinds.CARD_BACK_TAIL", False)
    assert classify(_page("份证"))[0] == "other"


@pytest.mark.parametrize("second", ["居民户口簿", "口簿", "证书", "不动产权证书", "证", "结婚证",
                                    "居民身份证申领登记表", "身份证复印件"])
def test_other_stacked_titles_stay_other(second: str) -> None:
    # a 户口簿's cover, a 不动产权证书, a marriage certificate, a form about the card, a bare 证
    assert classify(_page(second, period=""))[0] != "id_card_back"


def test_a_smaller_line_or_a_far_one_is_no_title_row() -> None:
    # the card's second row is printed larger than 中华人民共和国; a small line of text is no such row
    assert classify(_page("份证", period="", second_h=30.0))[0] == "other"
    far = _page("份证", period="")
    far[1] = Line("份证", 0.99, 481, 700, 609, 766, 1)
    assert classify(far)[0] == "other"


def _text_line(text: str, x1: float, y1: float, x2: float, y2: float):
    from app.prefill.engine import TextLine

    chars = tuple((0.99, "", 0.0) for _ in text)
    xs = tuple(x1 + (x2 - x1) * (i + 0.5) / len(text) for i in range(len(text)))
    return TextLine(text, 0.97, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=chars, xs=xs)


@pytest.mark.parametrize(("period", "want"), [
    ("2018.01.03-2038.", "2018-01-03"),  # zz_080's final reading: the end cut after its year, 20 years on
    ("2018.01.03-2038.0", "2018-01-03"),
    ("2018.01.03-2036.0", ""),  # the end's year misread (8 read 6): no legal term, the start unvouched
    ("2018.01.03-2031.", ""),
])
def test_a_period_cut_after_its_year_gives_its_start(period: str, want: str) -> None:
    # zz_080: 签发机关 and 有效期限 under the seal, the period's row the one line with a whole start
    # and its end cut after the year. On main `2038.` after the dash was no cut end: both blank
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_text_line("中华人民共和国", 297, 151, 576, 201), _text_line("份证", 481, 232, 609, 298),
             _text_line(period, 299, 432, 504, 471)]
    fields = extract(to_lines(lines), "id_card_back").fields
    assert fields["valid_from"].public()["value"] == want
    assert fields["valid_to"].public()["value"] == ""
    labelled = [*lines[:2], _text_line("有效期限" + period, 160, 432, 504, 471)]
    assert extract(to_lines(labelled), "id_card_back").fields["valid_from"].public()["value"] == want


def test_the_cut_after_year_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    monkeypatch.setattr("app.prefill.extract.PERIOD_CUT_AFTER_YEAR", False)
    lines = [_text_line("中华人民共和国", 297, 151, 576, 201), _text_line("2018.01.03-2038.", 299, 432, 504, 471)]
    assert extract(to_lines(lines), "id_card_back").fields["valid_from"].public()["value"] == ""
