"""Session 35 (wrongs): a character torn with its one-stroke look-alike is not pre-filled.

A thin horizontal is the stroke print loses first: a Song face's hairline at small sizes falls
between a rasteriser's sample rows, a thresholding scanner app or a fax drops it, and what is left
is another character — 三 becomes 一, 大 becomes 人, 天 becomes 大, 来 becomes 米. ZX's first sight
pre-filled nine such values (`红星路一段` of 红星路三段 on two scanner-app PDFs at 0.79/0.82 against
三, `建设人道` at 0.84 against 大, `悦米` at 0.91 against 来, `大禾` at 0.88 against 天 …): valid
readings no vocabulary tells from the print, with the recogniser's runner-up the character with the
stroke. Where that runner-up has more than 1/`extract.HAIRLINE_ODDS` of the first choice's
probability, the value is blank (`doubtful_character`). Rows built as the recogniser returns them
(a drawn page does not make it torn on a chosen character), through the real line building and
extraction; each blank case was pre-filled on main.
"""

from __future__ import annotations

from app.prefill import extract
from tests.prefill.test_licence_rows import ROW2, ROW3, licence, line, read, scope_rows

ADDRESS = "四川省成都市武侯区红星路一段2889号10层A31室"


def _at(text: str, at: str, prob: float, alt: str, alt_prob: float) -> dict[int, tuple[float, str, float]]:
    return {text.index(at): (prob, alt, alt_prob)}


def _with_address(chars: dict) -> list:
    return [line(ADDRESS, 226, 744, 226 + 20 * len(ADDRESS), 764, chars=chars) if ln.text == ADDRESS else ln
            for ln in licence(scope_rows(), address=ADDRESS)]


def test_an_address_whose_three_may_have_lost_two_strokes_is_not_prefilled() -> None:
    got = read(_with_address(_at(ADDRESS, "一", 0.79, "三", 0.15)))["address"]
    assert got["value"] == "" and got["reason"] == "doubtful_character", got


def test_the_same_address_read_sure_of_its_one_is_read() -> None:
    got = read(_with_address(_at(ADDRESS, "一", 0.995, "三", 0.004)))["address"]
    assert got["value"] == ADDRESS, got


def test_the_rule_switched_off_prefills_it_as_main_did(monkeypatch) -> None:
    monkeypatch.setattr(extract, "HAIRLINE_ODDS", 0.0)
    assert read(_with_address(_at(ADDRESS, "一", 0.79, "三", 0.15)))["address"]["value"] == ADDRESS


def test_a_runner_up_that_is_no_one_stroke_look_alike_is_judged_as_before() -> None:
    # (一 at 0.79 against 乙: the character floor WEAK_CHAR judges it, as on main)
    got = read(_with_address(_at(ADDRESS, "一", 0.79, "乙", 0.15)))["address"]
    assert got["value"] == ADDRESS, got


def test_an_entity_name_torn_between_mi_and_lai_is_not_prefilled() -> None:
    name = "郑州悦米建筑装饰工程有限公司"
    rows = [line(name, 188, 405, 188 + 18 * len(name), 429, chars=_at(name, "米", 0.91, "来", 0.09))
            if ln.text == name else ln for ln in licence(scope_rows(), name=name)]
    got = read(rows)["name"]
    assert got["value"] == "" and got["reason"] == "doubtful_character", got


ROW1 = "一般项目:日用品销售;组织文化艺术交流活动策划;摄影扩印服务;广告设"


def test_a_scope_item_torn_between_ri_and_mu_is_not_prefilled() -> None:
    got = read(licence(scope_rows(ROW1, d1=_at(ROW1, "日", 0.90, "目", 0.10))))["business_scope"]
    assert got["value"] == "" and got["reason"] == "doubtful_character", got


def test_the_registrars_sentence_vouches_for_its_own_characters() -> None:
    # (`项日外` of the closing sentence is settled to 项目外 by the scope's grammar: no doubt)
    row3 = ROW3.replace("项目外", "项日外")
    got = read(licence(scope_rows(ROW1, ROW2, row3, d3=_at(row3, "日", 0.90, "目", 0.10))))["business_scope"]
    assert got["value"] == ROW1 + ROW2 + ROW3, got


def test_a_date_and_a_type_of_the_closed_table_are_not_judged_so() -> None:
    # (ZX: `2004年01月06日` with 日 0.94 against 口 and `(自然人投资或控股)` with 自 0.61 against 白 were
    # right and blanked by the rule's first form: a date's 年月日 is no part of its value, and the
    # closed table of types settles its characters — only names and addresses are free text)
    kind, date = "有限责任公司(自然人投资或控股)", "2011年09月01日"
    chars = {kind: _at(kind, "自", 0.61, "白", 0.24), date: {len(date) - 1: (0.94, "口", 0.05)}}
    rows = [line(ln.text, *ln.bbox, chars=chars[ln.text]) if ln.text in chars else ln
            for ln in licence(scope_rows(), kind=kind)]
    got = read(rows)
    assert got["entity_type"]["value"] == kind, got["entity_type"]
    assert got["established_date"]["value"] == "2011-09-01", got["established_date"]


def test_a_character_read_with_the_stroke_is_read() -> None:
    # (ZX zx_029 `泺源大街` read 大 at 0.90 with 人 the runner-up, right: print does not grow a stroke)
    addr = "山东省济南市市中区泺源大街1479号"
    rows = [line(addr, 226, 744, 226 + 20 * len(addr), 764, chars=_at(addr, "大", 0.90, "人", 0.09)) if ln.text == addr
            else ln for ln in licence(scope_rows(), address=addr)]
    assert read(rows)["address"]["value"] == addr
