"""Promised due dates counted in working days (行政许可法 第八十二条).

The due date is the N-th working day *after* the acceptance day: the acceptance day itself is
not counted (民法典 第二百零一条). Holidays and make-up workdays come from `chinesecalendar`
and, for years it does not cover, from an override file (the 国务院办公厅 notice, imported with
`zongchuang calendar import` or delivered by the platform); a year known to neither is refused
rather than guessed — except through `add_workdays_provisional`, which counts the year right
after known data from the statutory rules and says the result is provisional (暂定). (`chinese_calendar.find_workday` is off by one when the start day is not
a workday, so the count is an explicit loop.)
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ruamel.yaml import YAML

from app.errors import CalendarNotCovered, InputError


class WorkdayCalendar:
    """Answers `is_workday` for covered years; raises `CalendarNotCovered` otherwise."""

    def __init__(self, overrides: dict[int, dict] | None = None):
        self._overrides: dict[int, tuple[frozenset[dt.date], frozenset[dt.date]]] = {}
        for year, spec in (overrides or {}).items():
            self._overrides[int(year)] = (
                frozenset(_as_date(d) for d in spec.get("holidays", []) or []),
                frozenset(_as_date(d) for d in spec.get("workdays", []) or []),
            )

    @classmethod
    def from_yaml_text(cls, text: str) -> WorkdayCalendar:
        from app.catalog.yaml_guard import check_yaml_text

        check_yaml_text("calendar_overrides.yaml", text)  # alias expansion and depth bounded first
        data = YAML(typ="safe").load(text) or {}
        years = data.get("years") or {}
        if not isinstance(years, dict):
            raise InputError("节假日覆盖文件格式错误：years 应为年份到节假日的映射",
                             "calendar override file: 'years' must map years to holidays")
        return cls(years)

    def covers(self, year: int) -> bool:
        if year in self._overrides:
            return True
        try:
            import chinese_calendar

            chinese_calendar.is_workday(dt.date(year, 6, 1))
            return True
        except NotImplementedError:
            return False

    def is_workday(self, day: dt.date) -> bool:
        if day.year in self._overrides:
            holidays, workdays = self._overrides[day.year]
            if day in workdays:
                return True
            if day in holidays:
                return False
            return day.weekday() < 5
        import chinese_calendar

        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            raise CalendarNotCovered(
                f"{day.year} 年的法定节假日安排尚未收录，无法计算工作日",
                f"no statutory holiday data for {day.year}; cannot count working days",
                hint_zh="请同步平台的节假日数据，或由管理员按国务院办公厅通知补充节假日覆盖文件",
                hint_en="sync master data from the platform, or add the year to the override file "
                        "from the State Council notice",
            ) from None

    def can_estimate(self, year: int) -> bool:
        """A year next to known data (the year before is covered) may be counted provisionally
        from the statutory rules (`app.calendar.statutory`) until its notice is loaded."""
        return not self.covers(year) and self.covers(year - 1)

    def is_workday_provisional(self, day: dt.date) -> tuple[bool, bool]:
        """(working day?, provisional?) — a year that can be estimated is counted from the
        statutory holidays (暂定) instead of being refused; other uncovered years still raise."""
        if self.covers(day.year) or not self.can_estimate(day.year):
            return self.is_workday(day), False
        from app.calendar.statutory import provisional_holidays

        return day.weekday() < 5 and day not in provisional_holidays(day.year), True

    def add_workdays_provisional(self, start: dt.date, n: int) -> tuple[dt.date, list[int]]:
        """`add_workdays`, counting a not-yet-published year provisionally; returns the day and
        the years that were estimated (empty: the date is final)."""
        if n < 0:
            raise InputError("工作日数不能为负数", "the number of working days must not be negative")
        day, counted, estimated = start, 0, set()
        while counted < n:
            day += dt.timedelta(days=1)
            working, provisional = self.is_workday_provisional(day)
            if provisional:
                estimated.add(day.year)
            if working:
                counted += 1
        return day, sorted(estimated)

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after `start` (start not counted); n == 0 gives `start`."""
        if n < 0:
            raise InputError("工作日数不能为负数", "the number of working days must not be negative")
        day, counted = start, 0
        while counted < n:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                counted += 1
        return day


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@lru_cache(maxsize=1)
def _packaged_overrides() -> str:
    return resources.files("resources.calendar").joinpath("overrides.yaml").read_text(encoding="utf-8")


def default_calendar(extra_override: Path | None = None) -> WorkdayCalendar:
    """The shipped calendar, plus the master-data override file in the data dir when given."""
    cal = WorkdayCalendar.from_yaml_text(_packaged_overrides())
    if extra_override is not None and extra_override.exists():
        from app.catalog.yaml_guard import read_yaml_file

        extra = WorkdayCalendar.from_yaml_text(read_yaml_file(extra_override))
        cal._overrides.update(extra._overrides)
    return cal


def due_date(accepted: dt.date, working_days: int, calendar: WorkdayCalendar | None = None) -> dt.date:
    return (calendar or default_calendar()).add_workdays(accepted, working_days)
