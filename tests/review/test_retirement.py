"""Statutory retirement age against rows of the tables annexed to the 2024-09-13 decision
(附件1 男职工, 附件2 原五十五周岁女职工, 附件3 原五十周岁女职工): birth month → age, retirement month."""

from __future__ import annotations

import datetime as dt

import pytest

from app.validators.retirement import assess_retired, category_for, statutory

# (category, birth year-month, age years, age months, retirement year-month, delay months)
TABLE = [
    ("male", (1964, 12), 60, 0, (2024, 12), 0),
    ("male", (1965, 1), 60, 1, (2025, 2), 1),
    ("male", (1965, 4), 60, 1, (2025, 5), 1),
    ("male", (1965, 5), 60, 2, (2025, 7), 2),
    ("male", (1965, 12), 60, 3, (2026, 3), 3),
    ("male", (1966, 1), 60, 4, (2026, 5), 4),
    ("male", (1970, 5), 61, 5, (2031, 10), 17),
    ("male", (1976, 8), 62, 11, (2039, 7), 35),
    ("male", (1976, 9), 63, 0, (2039, 9), 36),
    ("male", (1990, 6), 63, 0, (2053, 6), 36),
    ("female_55", (1969, 12), 55, 0, (2024, 12), 0),
    ("female_55", (1970, 1), 55, 1, (2025, 2), 1),
    ("female_55", (1970, 5), 55, 2, (2025, 7), 2),
    ("female_55", (1975, 3), 56, 4, (2031, 7), 16),
    ("female_55", (1981, 9), 58, 0, (2039, 9), 36),
    ("female_55", (1985, 2), 58, 0, (2043, 2), 36),
    ("female_50", (1974, 12), 50, 0, (2024, 12), 0),
    ("female_50", (1975, 1), 50, 1, (2025, 2), 1),
    ("female_50", (1975, 2), 50, 1, (2025, 3), 1),
    ("female_50", (1975, 3), 50, 2, (2025, 5), 2),
    ("female_50", (1980, 1), 52, 7, (2032, 8), 31),
    ("female_50", (1984, 10), 54, 11, (2039, 9), 59),
    ("female_50", (1984, 11), 55, 0, (2039, 11), 60),
    ("female_50", (1995, 7), 55, 0, (2050, 7), 60),
]


@pytest.mark.parametrize(("cat", "born", "years", "months", "retire", "delay"), TABLE)
def test_table_rows(cat, born, years, months, retire, delay):
    r = statutory(dt.date(born[0], born[1], 15), cat)
    assert (r.months // 12, r.months % 12) == (years, months)
    assert (r.month.year, r.month.month) == retire
    assert r.delay == delay


def test_category_by_sex_and_post():
    assert category_for("男").key == "male"
    assert category_for("男", "cadre").key == "male"
    assert category_for("女").key == "female_50"
    assert category_for("女", "cadre").key == "female_55"


def test_rule_text_names_the_rule():
    r = statutory(dt.date(1966, 9, 3), "male")
    assert "1966年9月出生的男职工" in r.rule and "延迟6个月" in r.rule and "60岁6个月" in r.rule
    assert "2027年3月" in r.rule
    assert "未延迟" in statutory(dt.date(1960, 1, 1), "male").rule


def test_flexible_window_never_below_original_age():
    r = statutory(dt.date(1980, 1, 1), "male")  # 63 → earliest 60
    assert (r.earliest.year, r.earliest.month) == (2040, 1)
    r = statutory(dt.date(1966, 9, 1), "male")  # 60岁6个月 → earliest 60, not 57岁6个月
    assert (r.earliest.year, r.earliest.month) == (2026, 9)
    assert (r.latest.year, r.latest.month) == (2030, 3)


@pytest.mark.parametrize(("birth", "sex", "on", "status"), [
    ("1993-05-01", "男", "2026-11-20", "impossible"),   # a "retirement" at 33
    ("1980-05-01", "女", "2026-11-20", "special"),      # 46: only 特殊工种/病退
    ("1970-05-01", "男", "2026-11-20", "special"),      # 56
    ("1966-09-01", "男", "2026-11-20", "flexible"),     # 60岁2个月, statutory 60岁6个月
    ("1965-06-01", "男", "2026-11-20", "past"),         # 61
    ("1966-01-31", "男", "2026-05-01", "this_month"),   # the retirement month itself: on the line
    ("1966-01-31", "男", "2026-06-01", "past"),
    ("1966-01-31", "男", "2026-04-30", "flexible"),
    ("1976-03-01", "女", "2026-11-20", "this_month"),   # worker: 50岁8个月 → 2026-11
    ("1981-01-01", "女", "2026-11-20", "special"),      # 45: only the special rules
    ("1985-01-01", "女", "2026-11-20", "impossible"),   # 41
])
def test_assess(birth, sex, on, status):
    a = assess_retired(dt.date.fromisoformat(birth), sex, dt.date.fromisoformat(on))
    assert a.status == status
    assert a.retirement.rule in a.message
