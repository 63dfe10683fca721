"""Session 35 (wrongs): a scope character whose runner-up makes a standard word its reading does not.

ZY zy_0147 pre-filled `…;王金产品零售;…` for 五金产品零售: 王 read at 0.98 with 五 the runner-up at
0.01 — a sure-looking misread inside an item, which makes another plausible item. The registrars'
standard wording (`extract.SCOPE_WORDS`) already settles a doubtful character whose reading makes a
standard word and whose runner-up makes none; the other way round — the reading in no standard word,
the runner-up (at `SCOPE_WORD_MISSED` or more) making one there — the scope is not pre-filled
(`doubtful_character`). Rows built as the recogniser returns them; the blank case was pre-filled on main.
"""

from __future__ import annotations

from tests.prefill.test_licence_rows import licence, read, scope_rows


def _row(item: str) -> str:
    return f"一般项目:{item};组织文化艺术交流活动策划;摄影扩印服务;广告设"


def _scope(row1: str, chars: dict) -> dict:
    return read(licence(scope_rows(row1, d1=chars)))["business_scope"]


def test_a_character_whose_runner_up_makes_a_standard_word_is_not_prefilled() -> None:
    row1 = _row("王金产品零售")
    got = _scope(row1, {row1.index("王"): (0.98, "五", 0.01)})
    assert got["value"] == "" and got["reason"] == "doubtful_character", got


def test_the_word_read_with_the_other_as_runner_up_is_read() -> None:
    row1 = _row("五金产品零售")
    got = _scope(row1, {row1.index("五"): (0.98, "王", 0.01)})
    assert got["value"].startswith(row1), got


def test_a_runner_up_without_weight_is_no_doubt() -> None:
    row1 = _row("王金产品零售")
    got = _scope(row1, {row1.index("王"): (0.998, "五", 0.001)})
    assert got["value"].startswith(row1), got
