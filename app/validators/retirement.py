"""Statutory retirement age (法定退休年龄) by birth month, sex and category.

全国人民代表大会常务委员会《关于实施渐进式延迟法定退休年龄的决定》(2024-09-13) and its
《国务院关于渐进式延迟法定退休年龄的办法》, in force 2025-01-01:

- 男职工: 60 → 63, one month later for every 4 months of birth (born 1965-01..04: 60岁1个月, …,
  born 1976-09 and later: 63);
- 原法定退休年龄为五十五周岁的女职工 (管理和专业技术岗位): 55 → 58, one month per 4 months
  (born 1970-01..04: 55岁1个月, …, born 1981-09 and later: 58);
- 原法定退休年龄为五十周岁的女职工: 50 → 55, one month per 2 months (born 1975-01..02: 50岁1个月,
  …, born 1984-11 and later: 55).

Those whose original retirement month falls before 2025-01 keep the original age. The decision's
annexed tables list, per birth month, the new age and the retirement month; `statutory()`
reproduces them (tests/validators/test_retirement.py checks rows of each table). Retirement
happens in the month the age is reached (the tables give months), so the day of birth does
not matter.

Around the statutory age the办法 allows 弹性提前退休 up to 3 years earlier but never below the
original age (第二条), and earlier retirement remains lawful only under the older special rules
(国发〔1978〕104号: 特殊工种 男 55 / 女 45; 因病或非因工致残完全丧失劳动能力 男 50 / 女 45) — the
`floor`, below which nobody can have retired.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

START = 2025 * 12  # 2025-01 as a month index (year * 12 + month - 1)
FLEXIBLE_MONTHS = 36  # 弹性提前/延迟退休: at most three years

BASIS = "全国人民代表大会常务委员会《关于实施渐进式延迟法定退休年龄的决定》（2024年9月13日）及《国务院关于渐进式延迟法定退休年龄的办法》"
BASIS_SPECIAL = "《国务院关于工人退休、退职的暂行办法》《国务院关于安置老弱病残干部的暂行办法》（国发〔1978〕104号）"


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    original: int  # original statutory age in years
    target: int  # final age in years
    step: int  # months of birth per month of delay
    floor: int  # youngest lawful (special-rule) retirement age in years


CATEGORIES: dict[str, Category] = {
    "male": Category("male", "男职工", 60, 63, 4, 50),
    "female_55": Category("female_55", "原法定退休年龄为五十五周岁的女职工", 55, 58, 4, 45),
    "female_50": Category("female_50", "原法定退休年龄为五十周岁的女职工", 50, 55, 2, 45),
}


def category_for(sex: str, post: str = "worker") -> Category:
    """The category of a person: 男 → male; 女 → female_55 for 管理和专业技术岗位 (post 'cadre'),
    else female_50 (post 'worker')."""
    if str(sex).strip() in ("男", "1", "M", "male"):
        return CATEGORIES["male"]
    return CATEGORIES["female_55" if post in ("cadre", "female_55") else "female_50"]


def _index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _month(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def age_text(months: int) -> str:
    years, rest = divmod(months, 12)
    return f"{years}周岁" if rest == 0 else f"{years}岁{rest}个月"


@dataclass(frozen=True)
class Retirement:
    """One person's statutory retirement: age, month, and the lawful range around it."""

    category: Category
    birth: dt.date
    delay: int  # months added by the decision
    months: int  # statutory age in months
    month: dt.date  # first day of the statutory retirement month
    earliest: dt.date  # first day of the earliest 弹性提前退休 month (never below the original age)
    latest: dt.date  # first day of the latest 弹性延迟退休 month
    floor: dt.date  # first day of the month the special-rule floor age is reached

    @property
    def age_text(self) -> str:
        return age_text(self.months)

    @property
    def rule(self) -> str:
        """Which rule gave this age, in words a clerk can read out."""
        b = f"{self.birth.year}年{self.birth.month}月出生的{self.category.label}"
        m = f"{self.month.year}年{self.month.month}月"
        if self.delay == 0:
            return f"{b}，原法定退休年龄{self.category.original}周岁未延迟，{m}退休"
        return (f"{b}，按渐进式延迟法定退休年龄决定延迟{self.delay}个月，法定退休年龄{self.age_text}，"
                f"{m}退休")

    def reached(self, on: dt.date) -> bool:
        return _index(on) >= _index(self.month)


def statutory(birth: dt.date, category: Category | str) -> Retirement:
    cat = CATEGORIES[category] if isinstance(category, str) else category
    b = _index(birth)
    original = b + cat.original * 12
    cap = (cat.target - cat.original) * 12
    delay = 0 if original < START else min(cap, (original - START) // cat.step + 1)
    months = cat.original * 12 + delay
    earliest = max(cat.original * 12, months - FLEXIBLE_MONTHS)
    return Retirement(cat, birth, delay, months, _month(b + months), _month(b + earliest),
                      _month(b + months + FLEXIBLE_MONTHS), _month(b + cat.floor * 12))


@dataclass(frozen=True)
class Assessment:
    """Can someone born on `birth` have retired by `on`? status: past / this_month / flexible /
    special / impossible."""

    status: str
    retirement: Retirement
    message: str
    basis: str


def assess_retired(birth: dt.date, sex: str, on: dt.date, post: str = "worker") -> Assessment:
    """A claim to have retired, judged against the statutory age.

    past: the statutory retirement month is over; this_month: it is reached this month (on the
    line: a person checks that the retirement has been approved); flexible: within 弹性提前退休
    (lawful with an approval); special: only 特殊工种 or 病退 allow it; impossible: younger than
    any lawful retirement age. Only `past` needs nobody, only `impossible` is refused.
    """
    r = statutory(birth, category_for(sex, post))
    at = _index(on)
    m = f"{r.month.year}年{r.month.month}月"
    e = f"{r.earliest.year}年{r.earliest.month}月"
    if at > _index(r.month):
        return Assessment("past", r, f"已达到法定退休年龄（{r.rule}）", BASIS)
    if at == _index(r.month):
        return Assessment("this_month", r, f"本月（{m}）才达到法定退休年龄（{r.rule}）", BASIS)
    if at >= _index(r.earliest):
        return Assessment("flexible", r, f"尚未达到法定退休年龄（{r.rule}），只能是弹性提前退休（最早{e}）", BASIS)
    floor_age = r.category.floor
    if at >= _index(r.floor):
        return Assessment("special", r, f"尚未达到法定退休年龄（{r.rule}），也早于弹性提前退休的最早时间（{e}），"
                          f"只有特殊工种或因病提前退休（最低{floor_age}周岁）才可能已退休", f"{BASIS}；{BASIS_SPECIAL}")
    return Assessment("impossible", r, f"未达到任何可以退休的年龄：{r.rule}，即使特殊工种或因病提前退休也须年满"
                      f"{floor_age}周岁", f"{BASIS}；{BASIS_SPECIAL}")
