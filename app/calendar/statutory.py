"""Provisional holidays for a year whose 国务院办公厅 notice is not loaded yet.

《全国年节及纪念日放假办法》(as revised in 2024) fixes the statutory days off: 元旦 1 day (1 January),
春节 4 days (农历除夕 to 正月初三), 清明 1 day (the 清明 solar term), 劳动节 2 days (1–2 May), 端午
1 day (农历五月初五), 中秋 1 day (农历八月十五), 国庆 3 days (1–3 October); 第六条: a day off that
falls on a Saturday or Sunday is made up (补假) on a working day. The yearly notice then moves
days around (调休) — which cannot be known in advance — so a due date counted from these rules is
*provisional* (暂定): printed as such and recounted when the notice is imported.

The lunar dates come from `lunar-python` (a well-kept lunar calendar library); nothing here is
estimated beyond what the 办法 itself says.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

SOURCE = "暂定：按《全国年节及纪念日放假办法》（2024年修订）推算，待国务院办公厅当年节假日安排通知发布后重新计算"
SOURCE_EN = ("provisional: counted from the statutory holidays (2024 revision); recounted when the State "
             "Council's notice for the year is imported")


def _lunar(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def _qingming(year: int) -> dt.date:
    from lunar_python import Solar

    term = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(term.getYear(), term.getMonth(), term.getDay())


@lru_cache(maxsize=16)
def statutory_days(year: int) -> dict[str, tuple[dt.date, ...]]:
    """The festival → its statutory days off in `year` (before 补假)."""
    spring = _lunar(year, 1, 1)
    return {
        "元旦": (dt.date(year, 1, 1),),
        "春节": tuple(spring + dt.timedelta(days=d) for d in range(-1, 3)),  # 除夕, 初一 … 初三
        "清明节": (_qingming(year),),
        "劳动节": (dt.date(year, 5, 1), dt.date(year, 5, 2)),
        "端午节": (_lunar(year, 5, 5),),
        "中秋节": (_lunar(year, 8, 15),),
        "国庆节": (dt.date(year, 10, 1), dt.date(year, 10, 2), dt.date(year, 10, 3)),
    }


@lru_cache(maxsize=16)
def provisional_holidays(year: int) -> frozenset[dt.date]:
    """Days off in `year` by the 办法: the statutory days, plus for each one that falls on a
    weekend a make-up day on the first working day after its holiday (第六条)."""
    days = {d for festival in statutory_days(year).values() for d in festival}
    for festival in statutory_days(year).values():
        owed = sum(1 for d in festival if d.weekday() >= 5)
        day = max(festival)
        while owed:
            day += dt.timedelta(days=1)
            if day.weekday() < 5 and day not in days:
                days.add(day)
                owed -= 1
    return frozenset(d for d in days if d.year == year)

