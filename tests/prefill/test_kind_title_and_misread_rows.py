"""Pages read as `other` with their title read whole and little else (session 33, lane zuwrong, ZU).

- zu_0141, a fax of an ID card back: `居民身份证` at 1.00 and the period `2013 01 042033 01 04` (the dots
  lost at 204×98 dpi; the layout's line `2013010420330104`), 签发机关 and 有效期限 dithered away. The
  period is the back's evidence when its two dates stand undotted too (`kinds.ID_PERIOD_UNDOTTED`): two
  dates the card's 5, 10 or 20 years apart to the day are no other print.
- zu_0063 (a 营业执照) and zu_0030 (a 食品经营许可证), phone photos: the title at 1.00 standing alone as
  the page's largest print, every label read with a character wrong (`统一社会信用底码`, `经管场所`,
  `登记机美`; `日常策督管理机构`, `主缘业态`). `kinds.misread_labels_kind`: the title alone and three of
  the kind's labels starting lines, whole or one character off, make the page that kind. A letter
  naming the licence, a page with the title and one such label, stay `other`.
"""

from __future__ import annotations

from app.prefill import (
    extract,  # noqa: F401  (registers the catalog's kinds)
    kinds,
)
from app.prefill.layout import Line


def _lines(rows: list[tuple[str, float, float, float]]) -> list[Line]:
    """(text, x, y, height) → lines, a character as wide as its line is high."""
    return [Line(t, 0.95, x, y, x + h * len(t), y + h, i) for i, (t, x, y, h) in enumerate(rows)]


def test_an_id_back_period_read_without_its_dots_is_the_backs_evidence() -> None:
    page = _lines([("居民身份证", 300, 200, 40), ("南宁币公安局占秀分局", 320, 330, 14),
                   ("2013010420330104", 320, 360, 14)])
    assert kinds.classify(page)[0] == "id_card_back"  # (main: `other`, the title alone)


def test_sixteen_digits_that_are_no_period_are_no_evidence() -> None:
    for digits in ("2013010420310104", "6222021234567890", "2013010420330105"):
        page = _lines([("居民身份证", 300, 200, 40), ("南宁市公安局青秀分局", 320, 330, 14), (digits, 320, 360, 14)])
        assert kinds.classify(page)[0] == "other", digits


_LICENCE = [("统一社会信用底码", 60, 120, 12), ("92310115T28WABW54T", 60, 136, 12), ("营业执照", 400, 140, 48),
            ("名", 120, 260, 14), ("称", 200, 260, 14), ("湖东纠区博远烟酒房", 280, 260, 14),
            ("个件工商户", 280, 290, 14), ("注始日期", 700, 260, 14), ("2021年-02月68日", 800, 260, 14),
            ("经管场所", 700, 320, 14), ("3.海市信东始区五:路1473号", 800, 320, 14), ("登记机美", 700, 480, 14)]


def test_a_licence_whose_labels_read_one_character_off_is_one() -> None:
    page = _lines(_LICENCE)
    assert kinds.classify(page)[0] == "other"  # (classify alone: the title is one piece of evidence)
    assert kinds.misread_labels_kind(page) == "business_license"  # (main: no such rule, `other`)


def test_a_food_licence_whose_labels_read_one_character_off_is_one() -> None:
    page = _lines([("食品经营许可证", 300, 100, 50), ("日常策督管理机构", 60, 400, 14), ("天河区市场监督管理局", 200, 400, 14),
                   ("日常监警管理人员", 60, 430, 14), ("签发人", 60, 500, 14), ("有效期至", 600, 300, 14),
                   ("2027年07月11日", 700, 300, 14), ("主缘业态", 600, 340, 14)])
    assert kinds.misread_labels_kind(page) == "food_business_license"


def test_a_title_with_fewer_labels_or_none_stays_other() -> None:
    few = _lines([r for r in _LICENCE if r[0] not in ("经管场所", "登记机美")])
    assert kinds.misread_labels_kind(few) is None
    letter = _lines([("关于补办营业执照的说明", 200, 80, 40), ("营业执照", 300, 140, 20), ("统一社会信用代码遗失", 60, 300, 14),
                     ("经营场所已变更", 60, 330, 14), ("登记机关要求补办", 60, 360, 14)])
    assert kinds.misread_labels_kind(letter) is None  # (a larger line than the title: another document's)
