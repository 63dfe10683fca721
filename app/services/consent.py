"""Consent records (PIPL 第13/14/29条): the applicant's consent to reuse their earlier data
(一人一档: purpose, items, expiry, revocable) and to show a remote helper one unmasked field in
one co-browse session. Every grant, revocation and use is audited.

The person is identified by a keyed HMAC of their ID number / credit code (`subject_ref`), so
consents can be matched across cases without another copy of the number; what is shown is the
masked form.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.errors import InputError, NotFoundError
from app.security import keys
from app.security.crypto import derive, mac
from app.security.masking import mask_id_number
from app.security.roles import require_permission
from app.security.tables import ConsentRow
from app.services.context import ServiceContext
from app.storage import Actor
from app.storage.tables import CaseRow, utcnow

HISTORY = "history_reuse"
COBROWSE = "cobrowse_unmask"


def subject_ref(ctx: ServiceContext, identifier: str) -> str:
    key = derive(keys.load_keys(ctx.data_dir).vault, "consent-subject")
    return mac("hmac-sha256", key, identifier.strip().upper().encode())


def _applicant_identifier(ctx: ServiceContext, case_uuid: str) -> str:
    with ctx.store.read() as s:
        row = s.get(CaseRow, case_uuid)
        if row is None:
            raise NotFoundError(f"找不到办件 {case_uuid}", f"no case {case_uuid}")
        app = row.applicant or {}
        ident = app.get("id_number") or app.get("credit_code") or app.get("contact_id_number") or ""
    if not ident:
        raise InputError("办件尚无申请人证件号码，无法记录同意", "the case has no applicant ID number yet; consent cannot be recorded")
    return ident


def _as_dict(row: ConsentRow, now: dt.datetime | None = None) -> dict[str, Any]:
    now = now or utcnow()
    active = row.revoked_at is None and (row.expires_at is None or row.expires_at > now)
    return {"uuid": row.uuid, "kind": row.kind, "subject": row.subject_masked, "purpose": row.purpose,
            "items": list(row.items or []), "case_uuid": row.case_uuid, "session_id": row.session_id,
            "evidence": row.evidence, "granted_by": row.granted_by, "granted_at": row.granted_at.isoformat(),
            "expires_at": row.expires_at.isoformat() if row.expires_at else None,
            "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None, "active": active}


def grant_history_consent(ctx: ServiceContext, case_uuid: str, *, actor: Actor, purpose: str, items: Sequence[str],
                          days: int = 365, evidence: str = "") -> dict[str, Any]:
    """Record the applicant's consent to reuse their earlier data for `purpose`, limited to
    `items` (field keys, or "*" for all fields of the item), valid for `days`."""
    require_permission(actor, "consent.record")
    if not purpose.strip():
        raise InputError("请写明使用目的", "state the purpose of the reuse")
    if not items:
        raise InputError("请列出同意调用的信息项", "list the items the consent covers")
    if days < 1:
        raise InputError("有效期至少 1 天", "the consent must last at least one day")
    ident = _applicant_identifier(ctx, case_uuid)
    now = utcnow()
    row = ConsentRow(uuid=str(uuidlib.uuid4()), kind=HISTORY, subject_ref=subject_ref(ctx, ident),
                     subject_masked=mask_id_number(ident), purpose=purpose.strip(), items=list(items),
                     case_uuid=case_uuid, evidence=evidence, granted_by=actor.user, granted_at=now,
                     expires_at=now + dt.timedelta(days=days), revoked_by="")
    with ctx.store.unit_of_work(actor) as uow:
        uow.session.add(row)
        uow.audit("consent.grant", case_uuid=case_uuid, target=row.uuid,
                  detail={"kind": HISTORY, "purpose": row.purpose, "items": list(items), "days": days})
    return _as_dict(row)


def history_consent_for(ctx: ServiceContext, case_uuid: str, item: str | None = None,
                        now: dt.datetime | None = None) -> dict[str, Any] | None:
    """The applicant's active history-reuse consent (covering `item` when given), or None."""
    try:
        ref = subject_ref(ctx, _applicant_identifier(ctx, case_uuid))
    except InputError:
        return None
    now = now or utcnow()
    with ctx.store.read() as s:
        rows = s.execute(select(ConsentRow).where(ConsentRow.kind == HISTORY, ConsentRow.subject_ref == ref,
                                                  ConsentRow.revoked_at.is_(None))
                         .order_by(ConsentRow.granted_at.desc())).scalars().all()
        for row in rows:
            if row.expires_at is not None and row.expires_at <= now:
                continue
            if item is None or "*" in (row.items or []) or item in (row.items or []):
                return _as_dict(row, now)
    return None


def revoke_consent(ctx: ServiceContext, consent_uuid: str, *, actor: Actor) -> None:
    """The applicant withdraws a consent (PIPL 第15条); later reuse is refused."""
    with ctx.store.unit_of_work(actor) as uow:
        row = uow.session.execute(select(ConsentRow).where(ConsentRow.uuid == consent_uuid)).scalar_one_or_none()
        if row is None:
            raise NotFoundError(f"找不到同意记录 {consent_uuid}", f"no consent {consent_uuid}")
        if row.revoked_at is None:
            row.revoked_at, row.revoked_by = utcnow(), actor.user
        uow.audit("consent.revoke", case_uuid=row.case_uuid, target=row.uuid, detail={"kind": row.kind})


def list_consents(ctx: ServiceContext, *, case_uuid: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    with ctx.store.read() as s:
        stmt = select(ConsentRow).order_by(ConsentRow.id.desc())
        if case_uuid:
            stmt = stmt.where(ConsentRow.case_uuid == case_uuid)
        if kind:
            stmt = stmt.where(ConsentRow.kind == kind)
        return [_as_dict(r) for r in s.execute(stmt).scalars()]


# -- co-browse unmasking ---------------------------------------------------------------------------------

def grant_cobrowse_unmask(ctx: ServiceContext, session_id: str, field: str, *, actor: Actor,
                          case_uuid: str | None = None, minutes: float = 30, evidence: str = "") -> dict[str, Any]:
    """The applicant agrees that the remote helper of co-browse session `session_id` may see
    `field` unmasked (granted by the clerk at the window, for this session only)."""
    require_permission(actor, "consent.record")
    now = utcnow()
    row = ConsentRow(uuid=str(uuidlib.uuid4()), kind=COBROWSE, subject_ref="", subject_masked="",
                     purpose="远程协助查看", items=[field], case_uuid=case_uuid, session_id=session_id,
                     evidence=evidence, granted_by=actor.user, granted_at=now,
                     expires_at=now + dt.timedelta(minutes=minutes), revoked_by="")
    with ctx.store.unit_of_work(actor) as uow:
        uow.session.add(row)
        uow.audit("consent.grant", case_uuid=case_uuid, target=row.uuid,
                  detail={"kind": COBROWSE, "session": session_id, "field": field, "minutes": minutes})
    return _as_dict(row)


def cobrowse_unmask_allowed(ctx: ServiceContext, session_id: str, field: str, *, case_uuid: str | None = None,
                            now: dt.datetime | None = None) -> bool:
    now = now or utcnow()
    with ctx.store.read() as s:
        stmt = select(ConsentRow).where(ConsentRow.kind == COBROWSE, ConsentRow.session_id == session_id,
                                        ConsentRow.revoked_at.is_(None))
        for row in s.execute(stmt).scalars():
            if field in (row.items or []) and (row.expires_at is None or row.expires_at > now) and \
                    (case_uuid is None or row.case_uuid in (None, case_uuid)):
                return True
    return False


def end_cobrowse_session(ctx: ServiceContext, session_id: str, *, actor: Actor) -> int:
    """Revoke every unmasking consent of a session when it ends; returns how many."""
    with ctx.store.unit_of_work(actor) as uow:
        rows = uow.session.execute(select(ConsentRow).where(ConsentRow.kind == COBROWSE, ConsentRow.session_id == session_id,
                                                            ConsentRow.revoked_at.is_(None))).scalars().all()
        for row in rows:
            row.revoked_at, row.revoked_by = utcnow(), actor.user
        if rows:
            uow.audit("consent.revoke", detail={"kind": COBROWSE, "session": session_id, "count": len(rows)})
        return len(rows)


def reuse_with_window_consent(ctx: ServiceContext, case_uuid: str, *, actor: Actor) -> list[str]:
    """The applicant agreed at the window to reuse their earlier data for this case: the consent
    (this case, one day) and the copy into the empty fields commit together; the keys filled."""
    from app.services import cases as case_svc

    with ctx.store.unit_of_work(actor):
        grant_history_consent(ctx, case_uuid, actor=actor, purpose="本次办件预填表单", items=["*"], days=1,
                              evidence="窗口当面口头同意")
        return case_svc.reuse_prior_fields(ctx, case_uuid, actor=actor, consent=True)
