"""Working-day use cases."""

from __future__ import annotations

import datetime as dt

from app.calendar.workdays import WorkdayCalendar, default_calendar
from app.errors import InputError
from app.validators.dates import parse_date


def compute_due(start: str | dt.date, days: int, calendar: WorkdayCalendar | None = None) -> dt.date:
    if isinstance(start, str):
        parsed = parse_date(start)
        if parsed is None:
            raise InputError(f"日期 {start} 无效，应为 YYYY-MM-DD 格式的真实日期",
                             f"'{start}' is not a valid date (YYYY-MM-DD)")
        start = parsed
    return (calendar or default_calendar()).add_workdays(start, days)
