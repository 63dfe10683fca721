"""Retention (PIPL 第19条, GB/T 35273 §6.1 存储时间最小化): personal data of cases that reached
the platform and are closed is purged locally after `retention_days` (default 180).

Closed = 已出件 / 不予许可 / 已作废. A case counts as synced when it reached `synced` (the
platform holds the record of truth); a case voided before it was ever queued never needs
sending. The case skeleton stays (number, item, state, dates: statistics and the audit trail
still resolve); applicant, card read, field values and attachment files go — files are
overwritten before removal unless another live case shares the same bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.cases.lifecycle import FINAL, CaseState
from app.security.roles import require_permission
from app.security.settings import load_settings
from app.storage import Actor
from app.storage.tables import AttachmentRow, CaseRow, OutboxRow, utcnow


@dataclass
class PurgeReport:
    cutoff: str
    cases: list[str] = field(default_factory=list)  # acceptance numbers
    files: int = 0
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"cutoff": self.cutoff, "cases": self.cases, "files": self.files, "dry_run": self.dry_run}


def _eligible(row: CaseRow, pending_cases: set[str]) -> bool:
    if row.state not in FINAL or (row.extra or {}).get("purged_at"):
        return False
    if row.uuid in pending_cases:
        return False
    synced = any(e.to_state == CaseState.SYNCED for e in row.events)
    never_queued = row.state == CaseState.VOIDED and not any(e.to_state == CaseState.QUEUED for e in row.events)
    return synced or never_queued


def purge(ctx: Any, actor: Actor, *, days: int | None = None, dry_run: bool = False,
          now: dt.datetime | None = None) -> PurgeReport:
    require_permission(actor, "retention.purge")
    settings = load_settings(ctx.store.data_dir)
    keep = days if days is not None else settings.retention_days
    cutoff = (now or utcnow()) - dt.timedelta(days=keep)
    report = PurgeReport(cutoff=cutoff.isoformat(), dry_run=dry_run)
    store = ctx.store
    with store.unit_of_work(actor) as uow:
        s = uow.session
        pending = set(s.execute(select(OutboxRow.case_uuid).where(OutboxRow.state.in_(("pending", "sending")),
                                                                  OutboxRow.case_uuid.is_not(None))).scalars())
        rows = s.execute(select(CaseRow).options(selectinload(CaseRow.events), selectinload(CaseRow.fields),
                                                 selectinload(CaseRow.attachments))
                         .where(CaseRow.updated_at < cutoff)).scalars().all()
        doomed = [r for r in rows if _eligible(r, pending)]
        digests: set[str] = set()
        for row in doomed:
            report.cases.append(row.acceptance_number)
            digests.update(a.sha256 for a in row.attachments)
        doomed_ids = {r.uuid for r in doomed}
        shared = set(s.execute(select(AttachmentRow.sha256).where(AttachmentRow.sha256.in_(digests),
                                                                  AttachmentRow.case_uuid.not_in(doomed_ids))).scalars())
        if dry_run:
            report.files = len(digests - shared)
            return report
        for row in doomed:
            kind = (row.applicant or {}).get("kind", "person")
            row.applicant = {"kind": kind}
            row.card_read = None
            for f in row.fields:
                f.value, f.box = None, None
            row.attachments.clear()
            row.extra = {**(row.extra or {}), "purged_at": utcnow().isoformat()}
            uow.audit("retention.purge", case_uuid=row.uuid, target=row.acceptance_number,
                      detail={"retention_days": keep})
        to_delete = sorted(digests - shared)
    for digest in to_delete:  # after the commit: a crash leaves orphan (encrypted) files, never lost links
        store.attachments.delete(digest)
    report.files = len(to_delete)
    return report
