"""The audit trail: sealed into an HMAC chain (HMAC-SM3 or HMAC-SHA-256), checked by
`zongchuang audit verify`, queued for the platform, and the audited reveal of personal data.

Each row's MAC covers the previous row's MAC and the row's content, so editing a row breaks its
own MAC, and deleting or reordering rows breaks the link of the next one. A MAC'd head record
(`security_state.audit_head`: count and last MAC) written in the same transaction catches rows cut
off the end. The key is the data directory's audit key (see keys.py); an attacker with the file
but not the key can neither decrypt it (SQLCipher) nor forge a chain.

Rows reach the platform through the outbox: `enqueue_pending_audit` packs every row not yet
queued into one outbox row of kind ``audit`` (payload ``{"rows": [...]}``, a watermark in
`security_state` makes it exactly-once). It runs when a store opens, when a session locks or
ends, and whenever the sync loop calls it before sending.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.errors import PermissionDenied
from app.security import keys
from app.security.crypto import mac, mac_alg_of, mac_equal
from app.security.roles import CASE_READ_ONLY_ROLES, can
from app.security.settings import load_settings
from app.security.tables import SecurityStateRow
from app.storage import Actor, Store
from app.storage.tables import AuditRow, OutboxRow, utcnow

HEAD_KEY = "audit_head"
OUTBOX_KEY = "audit_outbox"
_TAIL = "zc_audit_tail"


def _canonical(row: AuditRow, prev_hash: str | None) -> bytes:
    at = row.at.isoformat() if row.at is not None else ""
    doc = [prev_hash or "", at, row.actor, row.role or "", row.terminal or "", row.action, row.case_uuid,
           row.target or "", row.detail or {}, bool(row.ok)]
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str).encode()


def _head_mac(alg: str, key: bytes, count: int, last: str | None) -> str:
    return mac(alg, key, f"head:{count}:{last or ''}".encode())


def _read_head(session: Session) -> dict[str, Any] | None:
    with session.no_autoflush:
        row = session.get(SecurityStateRow, HEAD_KEY)
    return dict(row.value) if row is not None else None


@dataclass
class AuditSealer:
    """`Store.audit_sealers` entry: seals each row as `uow.audit` adds it."""

    store: Store
    algorithm: str

    def __call__(self, session: Session, row: AuditRow) -> None:
        if row.role in CASE_READ_ONLY_ROLES and (row.action or "").startswith("case."):
            raise PermissionDenied(f"角色 {row.role} 只读，不能修改办件（{row.action}）",
                                   f"role '{row.role}' is read-only for cases ({row.action})")
        key = keys.load_keys(self.store.data_dir).audit
        tail = session.info.get(_TAIL)
        if tail is None:
            head = _read_head(session)
            if head is not None:
                tail = (head.get("last"), int(head.get("count", 0)))
            else:
                with session.no_autoflush:
                    last = session.execute(select(AuditRow.hash).where(AuditRow.hash.is_not(None))
                                           .order_by(AuditRow.id.desc()).limit(1)).scalar()
                    count = len(session.execute(select(AuditRow.id).where(AuditRow.hash.is_not(None))).all())
                tail = (last, count)
        prev, count = tail
        if row.at is None:
            row.at = utcnow()
        row.prev_hash = prev
        row.hash = mac(self.algorithm, key, _canonical(row, prev))
        count += 1
        session.info[_TAIL] = (row.hash, count)
        value = {"last": row.hash, "count": count, "mac": _head_mac(self.algorithm, key, count, row.hash)}
        with session.no_autoflush:
            state = session.get(SecurityStateRow, HEAD_KEY)
        if state is None:  # several rows in the first unit of work of a store: the head is still pending
            state = next((o for o in session.new if isinstance(o, SecurityStateRow) and o.key == HEAD_KEY), None)
        if state is None:
            session.add(SecurityStateRow(key=HEAD_KEY, value=value, updated_at=utcnow()))
        else:
            state.value = value


def audit_payload(row: AuditRow) -> dict[str, Any]:
    return {"at": row.at.isoformat() if row.at else None, "actor": row.actor, "role": row.role,
            "terminal": row.terminal, "action": row.action, "case_uuid": row.case_uuid, "target": row.target,
            "detail": row.detail or {}, "ok": bool(row.ok), "prev_hash": row.prev_hash, "hash": row.hash}


def _reset(session: Session, *_args: Any) -> None:
    session.info.pop(_TAIL, None)


SYSTEM_ACTOR = Actor(user="system", role="system")


def enqueue_pending_audit(store: Store, *, limit: int = 500) -> int:
    """Queue audit rows not yet in the outbox as one ``audit`` outbox row; returns how many."""
    with store.unit_of_work(SYSTEM_ACTOR) as uow:
        s = uow.session
        state = s.get(SecurityStateRow, OUTBOX_KEY)
        upto = int(state.value.get("upto", 0)) if state is not None else 0
        rows = s.execute(select(AuditRow).where(AuditRow.id > upto).order_by(AuditRow.id).limit(limit)).scalars().all()
        if not rows:
            return 0
        last = rows[-1]
        tag = (last.hash or "").split(":", 1)[-1][:40] or f"{last.id}"
        s.add(OutboxRow(kind="audit", idempotency_key=f"audit:{rows[0].id}-{last.id}:{tag}",
                        payload={"rows": [{"id": r.id, **audit_payload(r)} for r in rows]},
                        state="pending", next_attempt_at=utcnow(), case_uuid=None))
        value = {"upto": last.id}
        if state is None:
            s.add(SecurityStateRow(key=OUTBOX_KEY, value=value, updated_at=utcnow()))
        else:
            state.value = value
        return len(rows)


event.listen(Session, "after_commit", _reset)
event.listen(Session, "after_soft_rollback", _reset)


def install_sealer(store: Store) -> None:
    settings = load_settings(store.data_dir)
    if not any(isinstance(s, AuditSealer) for s in store.audit_sealers):
        store.audit_sealers.append(AuditSealer(store, settings.audit_hmac))


# -- verification ------------------------------------------------------------------------------------

@dataclass
class Problem:
    id: int | None
    kind: str  # edited / broken_link / unsealed / truncated / head
    message_zh: str
    message_en: str


@dataclass
class VerifyReport:
    checked: int = 0
    legacy_unsealed: int = 0
    problems: list[Problem] = field(default_factory=list)
    algorithm: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "legacy_unsealed": self.legacy_unsealed,
                "algorithm": self.algorithm,
                "problems": [p.__dict__ for p in self.problems]}


def verify_chain(store: Store) -> VerifyReport:
    """Walk the audit rows in id order and report every row whose MAC or link is wrong."""
    key = keys.load_keys(store.data_dir).audit
    report = VerifyReport()
    prev: str | None = None
    started = False
    with store.read() as session:
        rows = session.execute(select(AuditRow).order_by(AuditRow.id)).scalars()
        for row in rows:
            if row.hash is None:
                if started:
                    report.problems.append(Problem(row.id, "unsealed", f"第 {row.id} 条审计记录没有封签（被插入）",
                                                   f"audit row {row.id} is not sealed (inserted)"))
                else:
                    report.legacy_unsealed += 1
                continue
            started = True
            report.checked += 1
            alg = mac_alg_of(row.hash)
            report.algorithm = report.algorithm or alg
            if not alg:
                report.problems.append(Problem(row.id, "edited", f"第 {row.id} 条审计记录的封签格式无效",
                                               f"audit row {row.id} has a malformed seal"))
            elif not mac_equal(mac(alg, key, _canonical(row, row.prev_hash)), row.hash):
                report.problems.append(Problem(row.id, "edited", f"第 {row.id} 条审计记录内容被改动",
                                               f"audit row {row.id} was altered"))
            if (row.prev_hash or None) != prev:
                report.problems.append(Problem(row.id, "broken_link",
                                               f"第 {row.id} 条审计记录之前的记录被删除、插入或调换了顺序",
                                               f"the records before audit row {row.id} were deleted, inserted or reordered"))
            prev = row.hash
        head = _read_head(session)
    if head is not None:
        alg = mac_alg_of(head.get("mac", ""))
        if not alg or not mac_equal(_head_mac(alg, key, int(head.get("count", 0)), head.get("last")), head.get("mac", "")):
            report.problems.append(Problem(None, "head", "审计链头记录被改动", "the audit chain head record was altered"))
        elif head.get("last") != prev or int(head.get("count", 0)) != report.checked:
            report.problems.append(Problem(None, "truncated",
                                           f"审计记录应有 {head.get('count')} 条封签记录，实际 {report.checked} 条（末尾记录被删除或改动）",
                                           f"the chain head expects {head.get('count')} sealed rows, found {report.checked} "
                                           "(rows removed from the end)"))
    elif report.checked:
        report.problems.append(Problem(None, "head", "审计链头记录缺失", "the audit chain head record is missing"))
    return report


# -- reading -----------------------------------------------------------------------------------------

def list_audit(store: Store, *, case_uuid: str | None = None, actor: str | None = None, action: str | None = None,
               limit: int = 200) -> list[dict[str, Any]]:
    with store.read() as session:
        stmt = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if case_uuid:
            stmt = stmt.where(AuditRow.case_uuid == case_uuid)
        if actor:
            stmt = stmt.where(AuditRow.actor == actor)
        if action:
            stmt = stmt.where(AuditRow.action.startswith(action))
        return [{"id": r.id, **audit_payload(r)} for r in session.execute(stmt).scalars()]


# -- audited access to personal data -------------------------------------------------------------------

def _store_of(ctx: Any) -> Store:
    return ctx.store if hasattr(ctx, "store") else ctx


def record(ctx: Any, actor: Actor, action: str, *, case_uuid: str | None = None, target: str = "",
           detail: dict[str, Any] | None = None, ok: bool = True) -> None:
    """An audit row in its own transaction (logins, refusals: things with no domain change)."""
    with _store_of(ctx).unit_of_work(actor) as uow:
        uow.audit(action, case_uuid=case_uuid, target=target, detail=detail or {}, ok=ok)


_PI_PERMISSION = {"pi.view": "pi.view", "pi.print": "pi.print", "pi.export": "pi.export"}


def audit_pi_view(ctx: Any, actor: Actor, *, case_uuid: str | None, fields: Sequence[str] | Iterable[str],
                  purpose: str = "", action: str = "pi.view", target: str = "", session_id: str | None = None,
                  detail: dict[str, Any] | None = None) -> None:
    """Check that `actor` may see/print/export these unmasked fields and write the audit row.

    Call it *before* showing, printing or exporting full values (`action` = ``pi.view`` |
    ``pi.print`` | ``pi.export``). A refused attempt is audited too (ok=False) and raises
    `PermissionDenied`. A helper needs the applicant's per-field co-browse consent
    (`app.services.consent.grant_cobrowse_unmask`) for `session_id`. Field *names* are recorded,
    never the values."""
    fields = list(fields)
    perm = _PI_PERMISSION.get(action)
    if perm is None:
        raise ValueError(f"unknown PI action {action}")
    allowed = can(actor, perm)
    missing: list[str] = []
    if not allowed and actor.role == "helper" and action == "pi.view" and session_id:
        from app.services.consent import cobrowse_unmask_allowed

        missing = [f for f in fields if not cobrowse_unmask_allowed(ctx, session_id, f, case_uuid=case_uuid)]
        allowed = not missing
    info = {"fields": fields, "purpose": purpose, **({"session": session_id} if session_id else {}), **(detail or {})}
    if not allowed:
        record(ctx, actor, action, case_uuid=case_uuid, target=target, detail={**info, "denied": True}, ok=False)
        raise PermissionDenied(f"角色 {actor.role} 无权查看或输出完整个人信息" + (f"（未获同意：{'、'.join(missing)}）" if missing else ""),
                               f"role '{actor.role}' may not see or output unmasked personal data"
                               + (f" (no consent for: {', '.join(missing)})" if missing else ""))
    record(ctx, actor, action, case_uuid=case_uuid, target=target, detail=info)


def audit_export(ctx: Any, actor: Actor, *, case_uuid: str | None, what: str, destination: str = "",
                 fields: Sequence[str] = (), masked: bool = False) -> None:
    """Audit an export (case JSON, PDF, platform package). Masked exports are recorded, not refused."""
    if masked:
        record(ctx, actor, "export.masked", case_uuid=case_uuid, target=what, detail={"destination": destination})
        return
    audit_pi_view(ctx, actor, case_uuid=case_uuid, fields=fields, action="pi.export", target=what,
                  detail={"destination": destination})
