"""Sync use cases on the workstation side: what the queue looks like (counts, per-case state
and last error) and applying what the platform said, each in one unit of work.

`sync.client` moves bytes; the case changes it causes happen here, through the case
lifecycle, so the audit trail and the outbox stay in the same transaction as the change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import aliased, defer

from app.cases.lifecycle import CaseState, label
from app.errors import InputError
from app.services.cases import _load, _transition, enqueue_submission
from app.services.context import ServiceContext
from app.storage import Actor
from app.storage.tables import CaseRow, OutboxRow, SyncStateRow, utcnow

SYNC_ACTOR = Actor(user="sync", role="system", terminal="")
OUTBOX_STATES = ("pending", "sending", "done", "rejected", "blocked")

# platform status → local case state
STATUS_TO_STATE: dict[str, CaseState] = {
    "in_approval": CaseState.IN_APPROVAL,
    "approved": CaseState.APPROVED,
    "补正": CaseState.CORRECTION_REQUESTED,
    "correction": CaseState.CORRECTION_REQUESTED,
    "rejected": CaseState.REJECTED,
    "resend": CaseState.QUEUED,
}


@dataclass(frozen=True)
class QueueEntry:
    """One outbox row as the UI shows it."""

    id: int
    case_uuid: str | None
    acceptance_number: str
    kind: str
    state: str
    attempts: int
    last_error: str
    next_attempt_at: dt.datetime | None
    case_state: str
    case_state_label: str


def sync_counts(ctx: ServiceContext, kind: str = "submission") -> dict[str, int]:
    """Case submissions per state: pending, sending, done, rejected, blocked (all keys present).
    Audit-trail batches (kind "audit", queued by app.security) travel the same outbox; ask for
    them with `kind="audit"`."""
    with ctx.store.read() as s:
        rows = s.execute(select(OutboxRow.state, func.count()).where(OutboxRow.kind == kind)
                         .group_by(OutboxRow.state)).all()
    counts = dict.fromkeys(OUTBOX_STATES, 0)
    for state, n in rows:
        counts[state] = counts.get(state, 0) + n
    return counts


def _current():
    """Rows that still matter for sending: not a case's older submission (a newer one exists)
    and not a case that went back to editing (平台退回修改); audit rows always."""
    newer = aliased(OutboxRow)
    superseded = exists().where(newer.case_uuid == OutboxRow.case_uuid, newer.kind == OutboxRow.kind,
                                newer.id > OutboxRow.id)
    return or_(OutboxRow.case_uuid.is_(None),
               and_(~superseded, CaseRow.state == CaseState.QUEUED.value))


def sync_queue(ctx: ServiceContext, *, states: Iterable[str] | None = None, limit: int = 500,
               current_only: bool = False) -> list[QueueEntry]:
    """Outbox rows with their case's state and the last error, oldest first (`current_only`:
    what the clerk still has to act on, without refused submissions already dealt with)."""
    with ctx.store.read() as s:
        stmt = (select(OutboxRow, CaseRow.acceptance_number, CaseRow.state)
                .join(CaseRow, CaseRow.uuid == OutboxRow.case_uuid, isouter=True)
                .order_by(OutboxRow.id).limit(limit))
        if states:
            stmt = stmt.where(OutboxRow.state.in_(list(states)))
        if current_only:
            stmt = stmt.where(_current())
        return [QueueEntry(o.id, o.case_uuid, number or "", o.kind, o.state, o.attempts, o.last_error,
                           o.next_attempt_at, cstate or "", label(cstate) if cstate else "")
                for o, number, cstate in s.execute(stmt).all()]


def retry_rows(ctx: ServiceContext, *, states: Iterable[str] = ("blocked", "rejected"), case: str | None = None,
               actor: Actor) -> int:
    """Put blocked (or rejected) rows back in the queue, e.g. after the missing file was re-scanned."""
    with ctx.store.unit_of_work(actor) as uow:
        # never a submission that was superseded or whose case went back to editing
        current = select(OutboxRow.id).join(CaseRow, CaseRow.uuid == OutboxRow.case_uuid, isouter=True).where(
            _current())
        stmt = update(OutboxRow).where(OutboxRow.state.in_(list(states)), OutboxRow.id.in_(current))
        if case:
            stmt = stmt.where(OutboxRow.case_uuid == _load(uow.session, case).uuid)
        n = uow.session.execute(stmt.values(state="pending", next_attempt_at=utcnow(), lease_until=None,
                                            lease_owner=None, attempts=0)).rowcount or 0
        uow.audit("sync.retry", case_uuid=None, detail={"rows": n, "states": list(states), "case": case})
    ctx.publish("sync.queue", retried=n)
    return n


def record_submitted(ctx: ServiceContext, row_id: int, response: Mapping[str, Any], *, replayed: bool = False,
                     actor: Actor = SYNC_ACTOR) -> None:
    """The platform accepted a submission: the outbox row is done and the case is `synced`,
    in one transaction (a crash before this commits only means the send is replayed)."""
    record_submitted_many(ctx, [(row_id, response, replayed)], actor=actor)


def record_submitted_many(ctx: ServiceContext, items: list[tuple[int, Mapping[str, Any], bool]], *,
                          actor: Actor = SYNC_ACTOR) -> None:
    """Several acknowledgements in one transaction (the sender batches them to save commits)."""
    done: list[str | None] = []
    with ctx.store.unit_of_work(actor) as uow:
        # two queries for the whole batch instead of two per row; the rows' payloads (the
        # frozen documents) are not needed here
        ids = [row_id for row_id, _, _ in items]
        rows = {r.id: r for r in uow.session.execute(
            select(OutboxRow).options(defer(OutboxRow.payload)).where(OutboxRow.id.in_(ids))).scalars()}
        uuids = sorted({r.case_uuid for r in rows.values() if r.case_uuid})
        cases = {c.uuid: c for c in uow.session.execute(select(CaseRow).where(CaseRow.uuid.in_(uuids))).scalars()
                 } if uuids else {}
        for row_id, response, replayed in items:
            row = rows.get(row_id)
            if row is None or row.state == "done":
                continue
            row.state, row.response, row.last_error = "done", dict(response), ""
            row.lease_until, row.lease_owner = None, None
            case = cases.get(row.case_uuid) if row.case_uuid else None
            if case is not None:
                if case.state == CaseState.QUEUED:
                    _transition(uow, case, CaseState.SYNCED, f"已上报平台 {response.get('platform_ref', '')}".strip())
                extra = dict(case.extra or {})
                extra["platform"] = {"ref": response.get("platform_ref"), "submission": response.get("submission"),
                                     "received_at": response.get("received_at"), "replayed": replayed}
                case.extra = extra
            if row.kind == "submission":
                uow.audit("sync.submitted", case_uuid=row.case_uuid, target=row.idempotency_key,
                          detail={"platform_ref": response.get("platform_ref"), "replayed": replayed})
            done.append(row.case_uuid)
    for uuid in done:
        ctx.publish("sync.case", uuid=uuid, state="done")


def record_outcome(ctx: ServiceContext, row_id: int, state: str, reason: str, *, actor: Actor = SYNC_ACTOR,
                   response: Mapping[str, Any] | None = None) -> None:
    """A submission the platform refused (`rejected`) or we cannot send (`blocked`), with why."""
    if state not in {"rejected", "blocked"}:
        raise InputError(f"未知的上报结果 {state}", f"unknown outcome {state}")
    with ctx.store.unit_of_work(actor) as uow:
        row = uow.session.get(OutboxRow, row_id)
        if row is None:
            return
        row.state, row.last_error, row.lease_until, row.lease_owner = state, reason, None, None
        if response is not None:
            row.response = dict(response)
        uow.audit(f"sync.{state}", case_uuid=row.case_uuid, target=row.idempotency_key, detail={"reason": reason},
                  ok=False)
    ctx.publish("sync.case", uuid=row.case_uuid, state=state, error=reason)


def get_state(ctx: ServiceContext, key: str, default: str = "") -> str:
    with ctx.store.read() as s:
        row = s.get(SyncStateRow, key)
        return row.value if row is not None else default


def set_state(ctx: ServiceContext, key: str, value: str, *, actor: Actor = SYNC_ACTOR) -> None:
    with ctx.store.unit_of_work(actor) as uow:
        row = uow.session.get(SyncStateRow, key)
        if row is None:
            uow.session.add(SyncStateRow(key=key, value=value, updated_at=utcnow()))
        else:
            row.value = value


STATUS_CURSOR = "status_cursor"


def apply_status_events(ctx: ServiceContext, events: list[Mapping[str, Any]], cursor: str, *,
                        actor: Actor = SYNC_ACTOR) -> list[dict[str, Any]]:
    """Apply a page of the platform's status feed and move the cursor in the same transaction,
    so every event is applied exactly once even across crashes. Returns what changed."""
    applied: list[dict[str, Any]] = []
    with ctx.store.unit_of_work(actor) as uow:
        for ev in events:
            change = _apply_one(uow, ev)
            if change:
                applied.append(change)
        state = uow.session.get(SyncStateRow, STATUS_CURSOR)
        if state is None:
            uow.session.add(SyncStateRow(key=STATUS_CURSOR, value=str(cursor), updated_at=utcnow()))
        else:
            state.value = str(cursor)
    for change in applied:
        ctx.publish("case.state", uuid=change["uuid"], state=change["to"])
    return applied


def _apply_one(uow, ev: Mapping[str, Any]) -> dict[str, Any] | None:
    status = str(ev.get("status", ""))
    target = STATUS_TO_STATE.get(status)
    case = uow.session.get(CaseRow, str(ev.get("case_uuid", "")))
    if target is None or case is None:
        return None
    current = CaseState(case.state)
    if current == CaseState.QUEUED and target != CaseState.QUEUED:
        # the platform has it but our ack was lost: the pending outbox row will be replayed;
        # record the platform's view now so the result is not missed.
        _transition(uow, case, CaseState.SYNCED, "平台状态表明已收到")
        current = CaseState.SYNCED
    if target == current and target != CaseState.QUEUED:
        return None
    from app.cases.lifecycle import TRANSITIONS

    if target not in TRANSITIONS[current]:
        uow.audit("sync.status_ignored", case_uuid=case.uuid, target=case.acceptance_number,
                  detail={"status": status, "state": str(current)}, ok=False)
        return None
    reasons = list(ev.get("reasons") or [])
    if status != "in_approval":
        certificate = ev.get("certificate") or {}
        # flat certificate keys (license_no, issued_on, valid_from, valid_to) are what the
        # documents module prints at 出件; the whole block stays under "certificate" too
        case.result = {**certificate, "status": status, "reasons": reasons, "certificate": certificate or None,
                       "at": ev.get("at"), "cursor": ev.get("cursor")}
    _transition(uow, case, target, "；".join(reasons) or f"平台：{status}")
    if target == CaseState.QUEUED:
        enqueue_submission(uow, case)
    return {"uuid": case.uuid, "acceptance_number": case.acceptance_number, "from": str(current),
            "to": str(target), "status": status}


# --- what the sync screen shows ---------------------------------------------------

LAST_PASS = "last_pass"


def record_pass(ctx: ServiceContext, *, online: bool, message: str = "", blocked: str = "") -> None:
    """Remember how the last pass went (shown by the UI without touching the network)."""
    import json

    set_state(ctx, LAST_PASS, json.dumps({"at": utcnow().isoformat(), "online": online, "message": message,
                                          "blocked": blocked}, ensure_ascii=False))


def last_pass(ctx: ServiceContext) -> dict[str, Any]:
    import json

    try:
        return json.loads(get_state(ctx, LAST_PASS, "{}") or "{}")
    except ValueError:
        return {}


# --- the queue's state: why sending stopped, persisted for any process to show ---------------

QUEUE_STATE = "queue_state"
CLOCK_REF = "clock_ref"

# state → (label zh, label en, what the clerk / IT does)
QUEUE_STATES: dict[str, tuple[str, str, str]] = {
    "idle": ("正常", "ok", ""),
    "running": ("正在上报", "sending", ""),
    "waiting_network": ("等待网络", "waiting for the network",
                        "网络恢复后会自动继续，无需操作 / it continues by itself when the network is back"),
    "platform_failing": ("平台故障", "the platform is failing",
                         "网络正常，但平台出错；已通知的请等待平台恢复，恢复后自动继续 / the network is fine but the "
                         "platform answers with errors; sending resumes when it recovers"),
    "stopped_credentials": ("已停止：工作站凭据被拒绝", "stopped: credential refused",
                            "请联系管理员重新登记工作站（zongchuang sync login）/ ask IT to re-register the "
                            "workstation (zongchuang sync login)"),
    "stopped_clock": ("已停止：时钟不一致", "stopped: clocks disagree", ""),
    "stopped_version": ("已停止：客户端版本过低", "stopped: client too old", "请升级综窗 / upgrade zongchuang"),
    "interrupted": ("上报进程已中断", "the sender stopped",
                    "下次同步时自动继续 / it continues at the next sync"),
}
STOPPED = frozenset({"stopped_credentials", "stopped_clock", "stopped_version"})
UNHEALTHY = frozenset({"waiting_network", "platform_failing", "interrupted"}) | STOPPED


def record_queue_state(ctx: ServiceContext, state: str, *, message: str = "", error: str = "",
                       http_status: int | None = None, owner: str = "", clock: Mapping[str, Any] | None = None,
                       extra_states: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Persist the sender's state (one small row), so `sync status` in another process and the
    sync screen say why sending stopped. `since` is kept while the state stays the same."""
    import json

    if state not in QUEUE_STATES:
        raise InputError(f"未知的队列状态 {state}", f"unknown queue state {state}")
    now = utcnow()
    previous = queue_state_record(ctx)
    since = previous.get("since") if previous.get("state") == state and previous.get("since") else now.isoformat()
    record: dict[str, Any] = {"state": state, "at": now.isoformat(), "since": since, "message": message,
                              "last_error": error or (previous.get("last_error", "") if state == "running" else ""),
                              "http_status": http_status, "owner": owner}
    if clock:
        record["clock"] = dict(clock)
    values = {QUEUE_STATE: json.dumps(record, ensure_ascii=False), **(extra_states or {})}
    with ctx.store.unit_of_work(SYNC_ACTOR) as uow:
        for key, value in values.items():
            row = uow.session.get(SyncStateRow, key)
            if row is None:
                uow.session.add(SyncStateRow(key=key, value=value, updated_at=now))
            else:
                row.value, row.updated_at = value, now
    ctx.publish("sync.state", state=state, message=message)
    return record


def queue_state_record(ctx: ServiceContext) -> dict[str, Any]:
    import json

    try:
        value = json.loads(get_state(ctx, QUEUE_STATE, "{}") or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _owner_alive(owner: str) -> bool:
    """False only for a sender process on this host that no longer exists."""
    import os
    import socket

    host, _, rest = owner.partition(":")
    if not owner or host != socket.gethostname():
        return bool(owner)
    try:
        os.kill(int(rest.split(":", 1)[0]), 0)
    except (ValueError, ProcessLookupError):
        return False
    except OSError:
        return True
    return True


def end_waits(ctx: ServiceContext, *, actor: Actor = SYNC_ACTOR, reason: str = "") -> int:
    """Every pending row is due now (the platform is healthy again, or the clerk pressed
    立即重试): no row sits out a backoff wait the cause of which is gone."""
    now = utcnow()
    with ctx.store.unit_of_work(actor) as uow:
        n = uow.session.execute(update(OutboxRow).where(OutboxRow.state == "pending", OutboxRow.next_attempt_at > now)
                                .values(next_attempt_at=now)).rowcount or 0
        if n:
            uow.audit("sync.retry_now", detail={"rows": n, "reason": reason})
    if n:
        ctx.publish("sync.queue", retried=n)
    return n


def queue_state(ctx: ServiceContext) -> dict[str, Any]:
    """The queue's state for people: state, label, what to do, last error, next try, and for a
    clock stop both clocks and which one is likely wrong."""
    rec = queue_state_record(ctx)
    state = rec.get("state") or "idle"
    if state == "running" and not _owner_alive(str(rec.get("owner") or "")):
        state = "interrupted"
    zh, en, action = QUEUE_STATES.get(state, (state, state, ""))
    with ctx.store.read() as s:
        nxt = s.execute(select(func.min(OutboxRow.next_attempt_at)).where(OutboxRow.state == "pending")).scalar_one()
    if nxt is not None and nxt.tzinfo is None:
        nxt = nxt.replace(tzinfo=dt.UTC)
    next_try = None if state in STOPPED else (max(nxt, utcnow()).isoformat() if nxt is not None else None)
    out: dict[str, Any] = {"state": state, "label": zh, "label_en": en, "action": action,
                           "message": rec.get("message", ""), "last_error": rec.get("last_error", ""),
                           "http_status": rec.get("http_status"), "since": rec.get("since"), "at": rec.get("at"),
                           "next_try": next_try}
    if rec.get("clock"):
        out["clock"] = rec["clock"]
    return out


def queue_counts(ctx: ServiceContext) -> dict[str, Any]:
    """Counts of case submissions and audit batches, and what `sync run --until-empty` still
    waits for (every pending or sending row, of both kinds)."""
    cases, audit = sync_counts(ctx), sync_counts(ctx, "audit")
    outstanding = sum(c["pending"] + c["sending"] for c in (cases, audit))
    return {"cases": cases, "audit": audit, "outstanding": outstanding}


def sync_status(ctx: ServiceContext) -> dict[str, Any]:
    """Counts, rows needing attention with their reason, and how the last pass went."""
    counts = sync_counts(ctx)
    attention = sync_queue(ctx, states=("rejected", "blocked", "pending"), current_only=True)
    errors = [{"id": r.id, "case_uuid": r.case_uuid, "acceptance_number": r.acceptance_number, "kind": r.kind,
               "state": r.state, "attempts": r.attempts, "error": r.last_error,
               "next_attempt_at": r.next_attempt_at.isoformat() if r.next_attempt_at else None}
              for r in attention if r.state != "pending" or r.last_error]
    lp = last_pass(ctx)
    both = queue_counts(ctx)
    return {"online": bool(lp.get("online")), "pending": counts["pending"] + counts["sending"], "counts": counts,
            "audit": both["audit"], "outstanding": both["outstanding"], "queue": queue_state(ctx),
            "errors": errors, "last_sync": lp.get("at"), "message": lp.get("message", ""),
            "blocked_reason": lp.get("blocked", "")}


# -- what the window's sync screen shows and does ----------------------------------------------------

def window_status(ctx: ServiceContext) -> dict[str, Any]:
    """{pending, done, errors: [{id, case_uuid, acceptance_number, kind, attempts, error, state}]}:
    blocked/rejected cases, then pending ones whose last attempt failed."""
    counts = sync_counts(ctx)

    def entry(e: QueueEntry, error: str) -> dict[str, Any]:
        return {"id": e.id, "case_uuid": e.case_uuid, "acceptance_number": e.acceptance_number, "kind": e.kind,
                "attempts": e.attempts, "error": error, "state": e.state}

    errors = [entry(e, e.last_error or e.state) for e in sync_queue(ctx, states=("blocked", "rejected"), current_only=True)]
    failing = [entry(e, e.last_error) for e in sync_queue(ctx, states=("pending",)) if e.last_error]
    return {"pending": counts.get("pending", 0) + counts.get("sending", 0), "done": counts.get("done", 0),
            "errors": errors + failing}


def return_rejected(ctx: ServiceContext, case_uuid: str, error: str, *, actor: Actor) -> None:
    """平台退回修改: a case the platform refused goes back to draft for the clerk to correct."""
    from app.services.cases import return_for_correction

    return_for_correction(ctx, case_uuid, actor=actor, reason=f"平台拒收，退回修改：{error}".rstrip("："))
