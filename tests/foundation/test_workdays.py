"""Promised due dates: the N-th working day after acceptance, holidays and make-up days."""

from __future__ import annotations

import datetime as dt

import pytest

from app.calendar.workdays import WorkdayCalendar, default_calendar, due_date
from app.errors import CalendarNotCovered, InputError
from app.services.calendar import compute_due

D = dt.date


@pytest.mark.parametrize(("start", "days", "expected"), [
    (D(2026, 2, 13), 5, D(2026, 2, 27)),   # spans 春节 with make-up workdays 2/14 and 2/28
    (D(2026, 9, 30), 3, D(2026, 10, 10)),  # 国庆, 10/10 is a make-up workday
    (D(2026, 11, 20), 1, D(2026, 11, 23)),  # Friday + 1 → Monday
    (D(2026, 11, 21), 1, D(2026, 11, 23)),  # accepted on a Saturday: next workday is day 1 (find_workday trap)
    (D(2026, 11, 23), 0, D(2026, 11, 23)),  # 即办件
])
def test_vectors(start, days, expected):
    assert due_date(start, days) == expected


def test_acceptance_day_is_not_counted():
    cal = default_calendar()
    assert cal.is_workday(D(2026, 11, 23))
    assert cal.add_workdays(D(2026, 11, 23), 1) == D(2026, 11, 24)


def test_uncovered_year_is_refused_not_guessed():
    with pytest.raises(CalendarNotCovered) as e:
        due_date(D(2026, 12, 28), 10)
    assert "2027" in e.value.message_zh
    with pytest.raises(CalendarNotCovered):
        default_calendar().is_workday(D(2035, 3, 1))


def test_override_file_covers_a_year():
    cal = WorkdayCalendar.from_yaml_text("""
years:
  2035:
    holidays: [2035-01-01, 2035-01-02]
    workdays: [2035-01-06]
""")
    assert cal.covers(2035)
    assert not cal.is_workday(D(2035, 1, 1))
    assert cal.is_workday(D(2035, 1, 6))  # a Saturday made a workday
    # the start day itself is never looked up, so a 2034 start needs only 2035 data
    assert cal.add_workdays(D(2034, 12, 31), 2) == D(2035, 1, 4)

def test_datafeed_override_in_data_dir(tmp_path):
    (tmp_path / "cal.yaml").write_text("years:\n  2027:\n    holidays: [2027-01-01]\n    workdays: []\n", encoding="utf-8")
    cal = default_calendar(tmp_path / "cal.yaml")
    assert cal.add_workdays(D(2026, 12, 31), 1) == D(2027, 1, 4)


def test_bad_inputs():
    with pytest.raises(InputError):
        compute_due("2026-13-01", 3)
    with pytest.raises(InputError):
        compute_due("2026-02-13", -1)
