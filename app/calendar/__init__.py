"""Working days: statutory holidays, make-up workdays and promised due dates."""

from app.calendar.workdays import WorkdayCalendar, default_calendar, due_date

__all__ = ["WorkdayCalendar", "default_calendar", "due_date"]
