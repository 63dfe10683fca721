"""A licence forwarded through a chat app so small that only its title reads: the detector boxes its red
seal's five-pointed star alone and the recogniser names it a character, in a box larger than the title's.
The star is a mark, not print: the page is still the titled licence (`kinds.title_only`), every field
blank and the clerk asked for a retake (`reader._small_print_title`), not `other`. A line of words
printed larger than the title still outweighs it.

The lines are AA aa_055's (a 食品经营许可证 in a 1,080 × 810 chat forward, the page 766 px wide; boxes in
the page's pixels): on main `title_only` gave None — the seal's `6` (55 px) over the title (37 px)."""

from __future__ import annotations

from app.prefill.layout import Line
from app.prefill.reader import read_page  # noqa: F401  (registers the kinds through extract)


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _garbled() -> list[Line]:
    # the rows as read at ~9 px a character: strings of wrong characters, one two rows tall
    return [_line("0944年", 160, 40, 240, 70), _line("应要本务店明天展饮管理服份有限公司", 290, 55, 470, 85),
            _line("考分代明（4世证节", 155, 75, 275, 103), _line("918501960GNCA207", 285, 90, 390, 112),
            _line("法定代表人（出要人）", 155, 108, 258, 132), _line("种车", 285, 118, 315, 140),
            _line("有强理者尔自油注集年本系事天山左解注南席180号1", 280, 150, 535, 178),
            _line("现营场州", 150, 195, 222, 215), _line("维舰源分品（合分篇冷法会品）键售要物代配方礼物", 270, 290, 515, 318),
            _line("复印件与原件一致", 200, 385, 310, 407)]


def test_a_seals_star_read_as_a_character_does_not_outweigh_the_title() -> None:
    from app.prefill import kinds

    title = _line("食品经营许可证", 360, 0, 650, 37)
    star = _line("6", 615, 390, 685, 445)  # the seal's star, boxed alone
    assert kinds.title_only([title, *_garbled(), star]) == "food_business_license"
    assert kinds.title_only([title, *_garbled()]) == "food_business_license"


def test_the_rule_off_keeps_the_star_as_print(monkeypatch) -> None:  # noqa: ANN001
    from app.prefill import kinds

    monkeypatch.setattr(kinds, "TITLE_OVER_MARKS", False)
    title = _line("食品经营许可证", 360, 0, 650, 37)
    assert kinds.title_only([title, *_garbled(), _line("6", 615, 390, 685, 445)]) is None


def test_words_printed_larger_than_the_title_still_outweigh_it() -> None:
    from app.prefill import kinds

    title = _line("食品经营许可证", 360, 0, 650, 37)
    assert kinds.title_only([title, *_garbled(), _line("荣誉证书", 300, 100, 700, 160)]) is None
    assert kinds.title_only([title, *_garbled(), _line("优秀", 300, 200, 420, 260)]) is None
