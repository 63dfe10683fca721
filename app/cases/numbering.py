"""Acceptance numbers (受理编号), unique with no network and never reused.

Shape: `<center 6>-<window 2>-<YYYYMMDD>-<sequence ≥4>`, e.g. `420107-01-20261122-0007`.
The sequence row is bumped in the same transaction that inserts the case, and SQLite commits
it durably (WAL + synchronous=FULL) before a receipt can be printed; a crash before commit
rolls back both, so no printed number is ever handed out twice.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.tables import AcceptanceSequenceRow

PATTERN = re.compile(r"^(\d{6})-(\d{2})-(\d{8})-(\d{4,})$")


def next_acceptance_number(session: Session, center_code: str, window_no: str, day: dt.date) -> str:
    key = day.strftime("%Y%m%d")
    row = session.execute(
        select(AcceptanceSequenceRow).where(
            AcceptanceSequenceRow.center_code == center_code,
            AcceptanceSequenceRow.window_no == window_no,
            AcceptanceSequenceRow.day == key,
        )
    ).scalar_one_or_none()
    if row is None:
        row = AcceptanceSequenceRow(center_code=center_code, window_no=window_no, day=key, last=0)
        session.add(row)
    row.last += 1
    session.flush()
    return f"{center_code}-{window_no}-{key}-{row.last:04d}"
