"""Explicit cross-center co-browse grants: the one way a helper outside a window's center (and
outside the centers above it) may ask that window for a co-browse session.

A grant is data on the platform, not a setting: who may help (a helper workstation id or a
center code), whom (a window's workstation id or a center code), why, who granted it, and until
when (at most 7 days). It can be revoked at once. Every grant, revocation and use (a help
request the relay let through because of it) is written to `cobrowse_grant_events`, each row
hash-linked to the one before (like the 电子证照 access log), so the record of who could reach
whose windows cannot be edited unnoticed. The window's clerk still has to accept each session;
the grant only lets the request reach the window.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
from typing import Any

from sqlalchemy import or_, select

from app.errors import InputError, NotFoundError
from sync.platform.models import CobrowseGrantEventRow, CobrowseGrantRow, utcnow

MAX_HOURS = 24 * 7
_PARTY = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$")
GENESIS = "0" * 64


def _party(value: str, what: str) -> str:
    v = (value or "").strip()
    if not _PARTY.fullmatch(v):
        raise InputError(f"{what}应为工作站编号或 6 位中心代码：{value!r}",
                         f"{what} must be a workstation id or a 6-digit center code: {value!r}")
    return v


def _chain(prev: str, row: dict[str, Any]) -> str:
    return hashlib.sha256(prev.encode() + json.dumps(row, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _event(s: Any, action: str, grant_id: str, actor: str, detail: dict[str, Any]) -> None:
    last = s.execute(select(CobrowseGrantEventRow).order_by(CobrowseGrantEventRow.id.desc()).limit(1)
                     .with_for_update()).scalar_one_or_none()
    prev = last.hash if last is not None else GENESIS
    at = utcnow().replace(microsecond=0)
    body = {"at": at.isoformat(), "action": action, "grant": grant_id, "actor": actor, "detail": detail}
    s.add(CobrowseGrantEventRow(at=at, action=action, grant_id=grant_id, actor=actor[:64], detail=detail,
                                prev_hash=prev, hash=_chain(prev, body)))


def grant(platform: Any, *, helper: str, window: str, hours: float, reason: str, granted_by: str) -> dict[str, Any]:
    """Let `helper` (workstation id or center code) ask `window` (workstation id or center code)."""
    helper, window = _party(helper, "协助方 / helper "), _party(window, "窗口 / window ")
    if not reason.strip():
        raise InputError("授权须写明事由", "a grant needs a reason")
    if not granted_by.strip():
        raise InputError("须写明授权人", "a grant needs the name of who grants it")
    if not 0 < hours <= MAX_HOURS:
        raise InputError(f"有效期须在 0 至 {MAX_HOURS} 小时之间", f"hours must be in (0, {MAX_HOURS}]")
    now = utcnow()
    row = CobrowseGrantRow(id=secrets.token_hex(8), helper=helper, window=window, reason=reason.strip()[:500],
                           granted_by=granted_by.strip()[:64], created_at=now,
                           expires_at=now + dt.timedelta(hours=hours))
    with platform.sessions.begin() as s:
        s.add(row)
        _event(s, "grant", row.id, row.granted_by, {"helper": helper, "window": window, "reason": row.reason,
                                                    "expires_at": row.expires_at.isoformat()})
    return _json(row)


def revoke(platform: Any, grant_id: str, *, revoked_by: str) -> dict[str, Any]:
    with platform.sessions.begin() as s:
        row = s.get(CobrowseGrantRow, grant_id)
        if row is None:
            raise NotFoundError(f"没有协助授权 {grant_id}", f"no co-browse grant {grant_id}")
        if row.revoked_at is None:
            row.revoked_at = utcnow()
            _event(s, "revoke", row.id, revoked_by, {})
        return _json(row)


def find(platform: Any, helper_ws: str, helper_center: str, window: str, window_center: str) -> str | None:
    """The id of a live grant that lets this helper ask this window (None: there is none).
    A use is recorded by `record_use` when the request goes through."""
    now = utcnow()
    with platform.reads() as s:
        row = s.execute(select(CobrowseGrantRow).where(
            CobrowseGrantRow.helper.in_([helper_ws, helper_center]),
            or_(CobrowseGrantRow.window == window, CobrowseGrantRow.window == (window_center or window)),
            CobrowseGrantRow.revoked_at.is_(None), CobrowseGrantRow.expires_at > now)
            .order_by(CobrowseGrantRow.expires_at.desc()).limit(1)).scalar_one_or_none()
        return row.id if row is not None else None


def record_use(platform: Any, grant_id: str, helper_ws: str, window: str, session_id: str) -> None:
    with platform.sessions.begin() as s:
        _event(s, "use", grant_id, helper_ws, {"window": window, "session": session_id})


def list_grants(platform: Any, *, live_only: bool = False) -> list[dict[str, Any]]:
    with platform.reads() as s:
        stmt = select(CobrowseGrantRow).order_by(CobrowseGrantRow.created_at)
        rows = [_json(r) for r in s.execute(stmt).scalars()]
    return [r for r in rows if r["live"]] if live_only else rows


def events(platform: Any) -> list[dict[str, Any]]:
    with platform.reads() as s:
        return [{"id": r.id, "at": r.at.isoformat(), "action": r.action, "grant": r.grant_id, "actor": r.actor,
                 "detail": r.detail, "hash": r.hash}
                for r in s.execute(select(CobrowseGrantEventRow).order_by(CobrowseGrantEventRow.id)).scalars()]


def verify_events(platform: Any) -> bool:
    prev = GENESIS
    with platform.reads() as s:
        for r in s.execute(select(CobrowseGrantEventRow).order_by(CobrowseGrantEventRow.id)).scalars():
            body = {"at": r.at.replace(microsecond=0).isoformat(), "action": r.action, "grant": r.grant_id,
                    "actor": r.actor, "detail": r.detail}
            if r.prev_hash != prev or _chain(prev, body) != r.hash:
                return False
            prev = r.hash
    return True


def _json(r: CobrowseGrantRow) -> dict[str, Any]:
    live = r.revoked_at is None and r.expires_at > utcnow()
    return {"id": r.id, "helper": r.helper, "window": r.window, "reason": r.reason, "granted_by": r.granted_by,
            "created_at": r.created_at.isoformat(), "expires_at": r.expires_at.isoformat(),
            "revoked_at": r.revoked_at.isoformat() if r.revoked_at else None, "live": live}
