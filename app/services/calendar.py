"""Working-day use cases: due dates (final or provisional), importing the 国务院办公厅 holiday
notice, recounting provisional due dates when it arrives, and warning IT before a year runs out."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from app.calendar.workdays import WorkdayCalendar, default_calendar
from app.errors import InputError
from app.validators.dates import parse_date

OVERRIDES = Path("master") / "calendar_overrides.yaml"


def _day(start: str | dt.date) -> dt.date:
    if isinstance(start, str):
        parsed = parse_date(start)
        if parsed is None:
            raise InputError(f"日期 {start} 无效，应为 YYYY-MM-DD 格式的真实日期",
                             f"'{start}' is not a valid date (YYYY-MM-DD)")
        return parsed
    return start


def compute_due(start: str | dt.date, days: int, calendar: WorkdayCalendar | None = None) -> dt.date:
    return (calendar or default_calendar()).add_workdays(_day(start), days)


def compute_due_provisional(start: str | dt.date, days: int,
                            calendar: WorkdayCalendar | None = None) -> tuple[dt.date, list[int]]:
    """The due date and the years counted provisionally (暂定) because their notice is not loaded."""
    return (calendar or default_calendar()).add_workdays_provisional(_day(start), days)


def next_year_warning(calendar: WorkdayCalendar, today: dt.date | None = None) -> str | None:
    """From October on, a warning when next year's holidays are not loaded (due dates that run
    past New Year would be provisional)."""
    today = today or dt.date.today()
    nxt = today.year + 1
    if today.month < 10 or calendar.covers(nxt):
        return None
    return (f"{nxt} 年法定节假日安排尚未导入：跨年的承诺办结日期将按《全国年节及纪念日放假办法》暂定计算。"
            f"国务院办公厅通知发布后请导入：zongchuang calendar import 通知.txt（或 --from-platform）/ "
            f"the {nxt} holiday notice is not loaded: due dates past New Year are provisional until it is imported")


def import_years(ctx, years: dict[int, dict[str, Any]], *, actor, source: str = "file") -> dict[str, Any]:
    """Install holiday years (from a notice or the platform) into the data folder's override
    file, reload the context's calendar and recount every provisional due date they settle."""
    from app.calendar.notice import dump_years
    from app.storage.attachments import fsync_dir

    path = ctx.data_dir / OVERRIDES
    path.parent.mkdir(parents=True, exist_ok=True)
    existing: dict[int, dict[str, Any]] = {}
    if path.exists():
        from app.calendar.notice import read_notice_file

        existing = read_notice_file(path.read_text(encoding="utf-8"))
    merged = {**existing, **years}
    text = dump_years(merged)
    WorkdayCalendar.from_yaml_text(text)  # a broken file is never installed
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)
    ctx.calendar = default_calendar(path)
    with ctx.store.unit_of_work(actor) as uow:
        uow.audit("calendar.import", detail={"years": sorted(years), "source": source,
                                             "sources": {str(y): s.get("source", "") for y, s in years.items()}})
    # the recount is the system's consequence of the import (IT may not change cases itself)
    recounted = recount_provisional(ctx, actor=system_actor(actor), by=actor.user)
    return {"years": sorted(years), "file": str(path), "recounted": recounted}


def system_actor(actor):
    from app.storage import Actor

    return Actor(user="system", role="system", terminal=getattr(actor, "terminal", ""))


def import_notice(ctx, file: Path | str, *, actor) -> dict[str, Any]:
    """`zongchuang calendar import FILE`: the notice's text (or override YAML) into the calendar."""
    from app.calendar.notice import read_notice_file
    from app.errors import NotFoundError

    p = Path(file)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise NotFoundError(f"文件不存在：{p}", f"file not found: {p}") from None
    except UnicodeDecodeError:
        raise InputError(f"{p} 不是 UTF-8 文本", f"{p} is not UTF-8 text") from None
    return import_years(ctx, read_notice_file(text), actor=actor, source=str(p))


def calendar_arrived(ctx, *, actor, source: str = "platform") -> list[dict[str, Any]]:
    """The platform's master data delivered a new holiday file (already checked and swapped in
    by `sync.client.master`): reload it, audit, and recount provisional due dates."""
    path = ctx.data_dir / OVERRIDES
    ctx.calendar = default_calendar(path)
    with ctx.store.unit_of_work(actor) as uow:
        uow.audit("calendar.import", detail={"source": source})
    return recount_provisional(ctx, actor=actor, by=source)


def recount_provisional(ctx, *, actor, by: str = "") -> list[dict[str, Any]]:
    """Cases whose due date was provisional (暂定) for a year now loaded get it recounted from the
    notice: the case's due date and stored result change, audited (`case.due_recounted`), and
    subscribers are told (`case.due_recounted`) so the receipt can be reprinted on request."""
    from sqlalchemy import select

    from app.storage.tables import CaseRow

    changed: list[dict[str, Any]] = []
    with ctx.store.read() as s:
        candidates = [u for u, d in s.execute(select(CaseRow.uuid, CaseRow.decision)).all()
                      if isinstance(d, dict) and d.get("due_provisional")]
    for uuid in candidates:
        with ctx.store.unit_of_work(actor) as uow:
            row = uow.session.get(CaseRow, uuid)
            record = dict(row.decision or {})
            years = [int(y) for y in record.get("due_provisional") or []]
            if not years or not all(ctx.calendar.covers(y) for y in years):
                continue
            start = dt.date.fromisoformat(record["acceptance_date"])
            promised = ctx.catalog.get(row.item_code).time_limit.promised
            old = record.get("due_date")
            new = ctx.calendar.add_workdays(start, promised).isoformat()
            record.update(due_date=new, due_provisional=[],
                          due_recounted={"from": old, "to": new, "years": years, "at": uow.now().isoformat()})
            row.decision = record
            row.due_date = dt.date.fromisoformat(new)
            uow.audit("case.due_recounted", case_uuid=row.uuid, target=row.acceptance_number,
                      detail={"from": old, "to": new, "years": years, "by": by})
            changed.append({"uuid": row.uuid, "acceptance_number": row.acceptance_number, "from": old, "to": new})
    for c in changed:
        ctx.publish("case.due_recounted", **c)
    return changed
