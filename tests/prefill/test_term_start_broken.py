"""A 营业执照's 营业期限 start — the 成立日期 printed again — read as that date only with a mark inside its
digits taken out (`200.1年07月08日至长期` under `2001年07月08日`) leaves the 成立日期 blank (extract.
TERM_START_BROKEN): the mark is a piece of a digit a fax broke in two, and the 成立日期 broke alike where the
recogniser read only its stem (ZW zw_009, a fax: `2001-07-08` for 2004-07-08 pre-filled). A second reading of
the page that reads the same date again does not fill it back (reader.NOT_SAME_NOTES: the 1-bit page's
softened reading read `2001` in both rows). Rebuilt as OCR lines, run through the real extraction code."""

from __future__ import annotations

import numpy as np

from app.prefill import extract as ex
from app.prefill import reader
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    per = tuple((0.999, "", 0.0) for _ in text)
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, per, ())


def _licence(established: str, term: str) -> ex.Extraction:
    lines = [line("营业执照", 500, 100, 900, 180),
             line("统一社会信用代码", 100, 60, 300, 85), line("91110108MA01ABCD2X", 100, 90, 380, 115),
             line("名称", 100, 300, 180, 330), line("北京海纳餐饮管理有限公司", 260, 300, 660, 330),
             line("类型", 100, 350, 180, 380), line("有限责任公司(自然人独资)", 260, 350, 620, 380),
             line("法定代表人", 100, 400, 250, 430), line("邓枫菁", 260, 400, 350, 430),
             line("成立日期", 100, 450, 230, 480), line(established, 260, 450, 480, 480),
             line("营业期限", 100, 500, 230, 530), line(term, 260, 500, 560, 530)]
    return extract(to_lines(lines))


def test_a_term_start_broken_inside_its_digits_leaves_the_date_blank() -> None:
    got = _licence("2001年07月08日", "200.1年07月08日至长期")
    f = got.fields["established_date"]
    assert f.flagged and f.reason == "cross_check"
    assert got.public_fields()["legal_representative"]["value"] == "邓枫菁"


def test_a_whole_term_start_or_another_reading_leaves_the_date() -> None:
    assert _licence("2001年07月08日", "2001年07月08日至长期").public_fields()["established_date"]["value"] == "2001-07-08"
    # (a mark that does not make the date the 成立日期 is no broken digit of it)
    assert _licence("2001年07月08日", "201.5年03月08日至长期").public_fields()["established_date"]["value"] == "2001-07-08"


def test_off_as_before(monkeypatch) -> None:
    monkeypatch.setattr(ex, "TERM_START_BROKEN", False)
    assert _licence("2001年07月08日", "200.1年07月08日至长期").public_fields()["established_date"]["value"] == "2001-07-08"


def test_the_same_date_read_again_does_not_fill_it_back(monkeypatch) -> None:  # noqa: ANN001
    first = _licence("2001年07月08日", "200.1年07月08日至长期")
    second = _licence("2001年07月08日", "2001年07月08日至长期")
    reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["established_date"].flagged
    other = _licence("2004年07月08日", "2004年07月08日至长期")
    # (a reading of another date as many digits long disagrees on a digit: it does not fill —
    # reader.FILL_DIGITS_DISAGREE, ZZ zz_002 — and with that rule off it fills, as before)
    assert not reader.fill_blank_fields(first, other, np.eye(3))
    monkeypatch.setattr(reader, "FILL_DIGITS_DISAGREE", False)
    assert reader.fill_blank_fields(first, other, np.eye(3))
    assert first.fields["established_date"].value == "2004-07-08" and not first.fields["established_date"].flagged
