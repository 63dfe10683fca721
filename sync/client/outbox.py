"""Leasing outbox rows: which row goes next, who holds it, and what happens on a crash.

A row is claimed (`pending` → `sending`) with a lease naming its owner (host:pid:nonce) in
one write transaction, so two senders (the UI's background sync and a `sync run`) never
send the same row at once. Per-case ordering: only the oldest unfinished row of a case is
eligible; among due rows, those already tried (an interrupted upload has bytes on the platform)
go before never-tried ones. A crash leaves `sending` rows behind; at start-up they go back to `pending` when
their lease has run out or their owner process is gone, and the send is simply repeated —
the platform's Idempotency-Key makes the repeat harmless.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.orm import aliased, selectinload

from app.services.cases import to_document
from app.services.context import ServiceContext
from app.services.sync import SYNC_ACTOR
from app.storage.tables import CaseRow, OutboxRow, utcnow

UNFINISHED = ("pending", "sending", "blocked")


def _case_for_document(session, uuid: str) -> CaseRow:
    """The case with what its interchange document needs (lighter than the full detail)."""
    row = session.get(CaseRow, uuid, options=(selectinload(CaseRow.fields), selectinload(CaseRow.materials),
                                              selectinload(CaseRow.attachments)))
    if row is None:
        from app.errors import NotFoundError

        raise NotFoundError(f"找不到办件 {uuid}", f"no case {uuid}")
    return row


def make_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def _owner_alive(owner: str | None) -> bool:
    """False only when the owner is a process on this host that no longer exists."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    if host != socket.gethostname():
        return True  # another machine's lease: wait for it to expire
    try:
        pid = int(rest.split(":", 1)[0])
    except ValueError:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Claimed:
    id: int
    case_uuid: str | None
    kind: str
    idempotency_key: str
    attempts: int
    document: dict[str, Any] | None
    error: str = ""  # the case cannot be sent as it is (e.g. voided)


def recover(ctx: ServiceContext, owner: str) -> int:
    """Start-up recovery: `sending` rows whose lease ran out or whose owner died → `pending`."""
    now = utcnow()
    with ctx.store.unit_of_work(SYNC_ACTOR) as uow:
        rows = uow.session.execute(select(OutboxRow).where(OutboxRow.state == "sending")).scalars().all()
        n = 0
        for row in rows:
            if row.lease_owner == owner:
                continue
            if row.lease_until is None or row.lease_until <= now or not _owner_alive(row.lease_owner):
                row.state, row.lease_owner, row.lease_until = "pending", None, None
                row.next_attempt_at = now
                # counted as an attempt: it may have bytes on the platform, so it resumes first
                row.attempts = (row.attempts or 0) + 1
                row.last_error = INTERRUPTED
                n += 1
        if n:
            uow.audit("sync.recovered", detail={"rows": n})
    return n


KINDS = ("submission", "audit")
INTERRUPTED = "发送中断（程序退出），将优先续传 / interrupted (the sender stopped); resumes first"


def claim_batch(ctx: ServiceContext, owner: str, lease: dt.timedelta, limit: int, *,
                kinds: tuple[str, ...] = KINDS, exclude: set[int] | frozenset[int] = frozenset()) -> list[Claimed]:
    """Lease up to `limit` due rows in one transaction (oldest first; only the oldest unfinished
    row of a case is eligible, so a case's rows go in order), freezing the document each will
    carry so every retry of its key sends byte-identical content."""
    now = utcnow()
    earlier = aliased(OutboxRow)
    blocker = exists().where(and_(earlier.case_uuid == OutboxRow.case_uuid, earlier.id < OutboxRow.id,
                                  earlier.state.in_(UNFINISHED)))
    stmt = (select(OutboxRow)
            .where(OutboxRow.kind.in_(kinds),
                   or_(and_(OutboxRow.state == "pending",
                            or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now)),
                       and_(OutboxRow.state == "sending", OutboxRow.lease_until <= now)),
                   ~blocker)
            # rows already tried (interrupted uploads: their bytes are on the platform) before
            # never-tried ones, so a crash or a cut link never pushes the nearly-done case to the back
            .order_by((OutboxRow.attempts > 0).desc(), OutboxRow.next_attempt_at, OutboxRow.id).limit(limit))
    if exclude:
        stmt = stmt.where(OutboxRow.id.notin_(sorted(exclude)))
    claimed: list[Claimed] = []
    with ctx.store.unit_of_work(SYNC_ACTOR) as uow:
        rows = uow.session.execute(stmt).scalars().all()
        uuids = sorted({r.case_uuid for r in rows if r.case_uuid and r.kind == "submission"})
        states = dict(uow.session.execute(select(CaseRow.uuid, CaseRow.state).where(CaseRow.uuid.in_(uuids))).all()
                      ) if uuids else {}
        for row in rows:
            row.state, row.lease_owner, row.lease_until = "sending", owner, now + lease
            error, document = "", None
            if row.kind == "audit":
                document = dict(row.payload or {})
            elif row.case_uuid and row.kind == "submission":
                if states.get(row.case_uuid) == "voided":
                    error = "办件已作废，不再上报 / the case was voided; it is not sent"
                else:
                    document = _frozen_document(uow.session, row)
            claimed.append(Claimed(row.id, row.case_uuid, row.kind, row.idempotency_key, row.attempts, document,
                                   error))
    return claimed


def renew(ctx: ServiceContext, row_id: int, owner: str, lease: dt.timedelta) -> bool:
    with ctx.store.unit_of_work(SYNC_ACTOR) as uow:
        n = uow.session.execute(update(OutboxRow).where(OutboxRow.id == row_id, OutboxRow.lease_owner == owner,
                                                        OutboxRow.state == "sending")
                                .values(lease_until=utcnow() + lease)).rowcount
    return bool(n)


def reschedule(ctx: ServiceContext, row_id: int, owner: str, delay: float, error: str) -> None:
    """A temporary failure: back to `pending`, due again after `delay` seconds."""
    with ctx.store.unit_of_work(SYNC_ACTOR) as uow:
        uow.session.execute(update(OutboxRow).where(OutboxRow.id == row_id, OutboxRow.lease_owner == owner)
                            .values(state="pending", lease_owner=None, lease_until=None, last_error=error[:2000],
                                    attempts=OutboxRow.attempts + 1,
                                    next_attempt_at=utcnow() + dt.timedelta(seconds=max(0.0, delay))))


def release(ctx: ServiceContext, row_id: int, owner: str) -> None:
    """Give a row back untouched (e.g. sending was paused before it started)."""
    with ctx.store.unit_of_work(SYNC_ACTOR) as uow:
        uow.session.execute(update(OutboxRow).where(OutboxRow.id == row_id, OutboxRow.lease_owner == owner,
                                                    OutboxRow.state == "sending")
                            .values(state="pending", lease_owner=None, lease_until=None))


def outstanding(ctx: ServiceContext) -> tuple[int, dt.datetime | None]:
    """How many rows are still to send (pending/sending) and when the next one is due."""
    from sqlalchemy import func

    with ctx.store.read() as s:
        n = s.execute(select(func.count()).select_from(OutboxRow)
                      .where(OutboxRow.state.in_(("pending", "sending")))).scalar_one()
        nxt = s.execute(select(func.min(OutboxRow.next_attempt_at)).where(OutboxRow.state == "pending")).scalar_one()
        lease = s.execute(select(func.min(OutboxRow.lease_until)).where(OutboxRow.state == "sending")).scalar_one()
    if nxt is not None and nxt.tzinfo is None:
        nxt = nxt.replace(tzinfo=dt.UTC)
    if lease is not None and lease.tzinfo is None:
        lease = lease.replace(tzinfo=dt.UTC)
    due = min([t for t in (nxt, lease) if t is not None], default=None)
    return n, due


def backlog_bytes(ctx: ServiceContext) -> tuple[int, int]:
    """(cases, bytes of their attachments) still to send — for the progress bar."""
    from sqlalchemy import func

    from app.storage.tables import AttachmentRow

    with ctx.store.read() as s:
        uuids = select(OutboxRow.case_uuid).where(OutboxRow.state.in_(("pending", "sending")))
        cases = s.execute(select(func.count(func.distinct(OutboxRow.case_uuid)))
                          .where(OutboxRow.state.in_(("pending", "sending")))).scalar_one()
        size = s.execute(select(func.coalesce(func.sum(AttachmentRow.size), 0))
                         .where(AttachmentRow.case_uuid.in_(uuids))).scalar_one()
    return int(cases), int(size)


def _frozen_document(session, row: OutboxRow) -> dict[str, Any]:
    """The document a submission row carries. Rows are written with it (`enqueue_submission`);
    a row queued by an older version gets it frozen in now, once."""
    payload = dict(row.payload or {})
    if payload.get("document") is None:
        payload["document"] = to_document(_case_for_document(session, row.case_uuid)).model_dump(
            mode="json", by_alias=True)
        row.payload = payload
    return payload["document"]


def freeze_document(ctx: ServiceContext, row_id: int) -> dict[str, Any] | None:
    """The document a row carries (see `_frozen_document`), for the removable-media export."""
    with ctx.store.unit_of_work(SYNC_ACTOR) as uow:
        row = uow.session.get(OutboxRow, row_id)
        if row is None or not row.case_uuid:
            return None
        return _frozen_document(uow.session, row)
