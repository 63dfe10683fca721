"""Voiding a case that was opened by mistake (wrong item, applicant left, duplicate), from the
Today queue.

Why a module of its own: voiding is separated from the clerk's duties (`case.void` is a
supervisor's permission, `app.security.roles`), yet the draft sits on the clerk's screen. So the
clerk asks, with a reason, and a supervisor confirms at the same window with their own password
(checked offline, with the lockout rules of a login). Only a case without a decision
(草稿 / 已预审) is voided this way: a decided case concerns the applicant and goes through the
supervisor's own tools. Both people and the reason are in the audit trail and on the case's
event.
"""

from __future__ import annotations

from typing import Any

from app.cases.lifecycle import EDITABLE, label
from app.errors import InputError, InvalidTransition, PermissionDenied
from app.services import cases as case_svc
from app.services.context import ServiceContext
from app.storage import Actor

MIN_REASON = 2


def void_draft(ctx: ServiceContext, ident: str, reason: str, *, actor: Actor, supervisor: str,
               password: str) -> dict[str, Any]:
    """Void an undecided case: `actor` (the clerk) asks with `reason`; `supervisor` confirms
    with `password`. Returns {uuid, acceptance_number, state, reason, approved_by}."""
    reason = " ".join((reason or "").split())
    if len(reason) < MIN_REASON:
        raise InputError("请填写作废原因（例如：事项选错、申请人离开、重复建件）",
                         "give the reason for voiding (e.g. wrong item, applicant left, duplicate)")
    detail = case_svc.case_detail(ctx, ident)
    if detail["state"] not in EDITABLE:
        raise InvalidTransition(f"办件已是“{label(detail['state'])}”，已作出决定的办件不能在今日办件中作废，请由审核岗处理",
                                f"a case in state '{detail['state']}' has a decision; a supervisor voids it with their tools")
    from app.security.roles import PERMISSIONS
    from app.security.users import verify_user_password

    who = (supervisor or "").strip()
    if not who:
        raise InputError("作废须由审核岗复核：请输入审核岗工号和密码", "voiding needs a supervisor: enter their user name and password")
    approver = verify_user_password(ctx, who, password, terminal=actor.terminal).actor
    if approver.role not in PERMISSIONS["case.void"]:
        raise PermissionDenied(f"{approver.user} 不是审核岗，不能复核作废", f"{approver.user} is not a supervisor and cannot confirm voiding")
    with ctx.store.unit_of_work(actor) as uow:
        uow.audit("case.void_request", case_uuid=detail["uuid"], target=detail["acceptance_number"],
                  detail={"reason": reason, "approved_by": approver.user, "state": detail["state"]})
    case_svc.transition(ctx, detail["uuid"], "voided", actor=approver,
                        reason=f"{reason}（受理员 {actor.user} 申请，审核岗 {approver.user} 复核）")
    return {"uuid": detail["uuid"], "acceptance_number": detail["acceptance_number"], "state": "voided",
            "reason": reason, "approved_by": approver.user}
