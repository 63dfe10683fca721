"""Dates as people write them, and ID-card validity periods (居民身份证法 第五条).

Validity by age at the start date: under 16 → 5 years; 16–25 → 10; 26–45 → 20; 46+ → 长期.
"""

from __future__ import annotations

import datetime as dt
import re

from app.validators.result import Check, Issue
from app.validators.text import to_halfwidth

LONG_TERM = "长期"
_DATE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(text: str) -> dt.date | None:
    """Parse 2026-02-13, 2026.2.13, 2026年2月13日 or 20260213; None when not a real date."""
    raw = "".join(to_halfwidth(text or "").split())
    m = _DATE.match(raw) or _COMPACT.match(raw)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def validate_date(value: str) -> Check:
    d = parse_date(value)
    if d is None:
        return Check.build(value, None, [Issue("date.shape", "日期格式应为 YYYY-MM-DD，且须为真实日期",
                                               "a date is written YYYY-MM-DD and must exist")], [])
    return Check.build(value, d.isoformat(), [], [], date=d)


def validate_date_or_long(value: str) -> Check:
    if "".join((value or "").split()) == LONG_TERM:
        return Check.build(value, LONG_TERM, [], [], long_term=True)
    return validate_date(value)


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def age_on(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def expected_validity_years(birth: dt.date, valid_from: dt.date) -> int | None:
    """Years of validity the law gives for this age at issue; None means 长期."""
    age = age_on(birth, valid_from)
    if age < 16:
        return 5
    if age <= 25:
        return 10
    if age <= 45:
        return 20
    return None


def check_id_validity(birth: dt.date, valid_from: dt.date, valid_to: dt.date | str,
                      today: dt.date | None = None) -> Check:
    """Check a card's validity period against the holder's age and today's date.

    A period that does not match the age rule is a warning (cards issued under older rules
    exist); an expired card is an error.
    """
    today = today or dt.date.today()
    errors: list[Issue] = []
    warnings: list[Issue] = []
    years = expected_validity_years(birth, valid_from)
    text = f"{valid_from.isoformat()} 至 {valid_to if isinstance(valid_to, str) else valid_to.isoformat()}"
    if valid_to == LONG_TERM:
        if years is not None:
            warnings.append(Issue("validity.long_age", f"有效期 {text} 为长期，但签发时未满 46 周岁",
                                  "a long-term card was issued before age 46"))
    elif isinstance(valid_to, dt.date):
        if valid_to < today:
            errors.append(Issue("validity.expired", f"证件已于 {valid_to.isoformat()} 过期",
                                f"the card expired on {valid_to.isoformat()}"))
        if years is None or add_years(valid_from, years) != valid_to:
            want = "长期" if years is None else f"{years} 年"
            warnings.append(Issue("validity.term", f"有效期 {text} 与签发时年龄应有的期限（{want}）不符",
                                  f"validity period does not match the age at issue (expected {want})"))
    return Check.build(text, text, errors, warnings)
