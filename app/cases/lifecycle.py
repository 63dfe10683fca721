"""The case lifecycle: states, the transitions allowed between them, and who may make them.

draft → pre_reviewed → accepted | accepted_tolerance (容缺) | refused → queued → synced →
in_approval → approved | rejected | correction_requested (补正) → delivered (出件); voided
(作废) from the early states by a supervisor; queued → draft (平台退回修改) when the platform refused
the submission at intake. Every transition goes through `check_transition`;
the service records it with an audit row in the same transaction.
"""

from __future__ import annotations

from enum import StrEnum

from app.errors import InvalidTransition, PermissionDenied


class CaseState(StrEnum):
    DRAFT = "draft"
    PRE_REVIEWED = "pre_reviewed"
    ACCEPTED = "accepted"
    ACCEPTED_TOLERANCE = "accepted_tolerance"
    REFUSED = "refused"
    QUEUED = "queued"
    SYNCED = "synced"
    IN_APPROVAL = "in_approval"
    APPROVED = "approved"
    REJECTED = "rejected"
    CORRECTION_REQUESTED = "correction_requested"
    DELIVERED = "delivered"
    VOIDED = "voided"


LABELS_ZH: dict[CaseState, str] = {
    CaseState.DRAFT: "草稿",
    CaseState.PRE_REVIEWED: "已预审",
    CaseState.ACCEPTED: "已受理",
    CaseState.ACCEPTED_TOLERANCE: "容缺受理",
    CaseState.REFUSED: "不予受理",
    CaseState.QUEUED: "待上报",
    CaseState.SYNCED: "已上报",
    CaseState.IN_APPROVAL: "审批中",
    CaseState.APPROVED: "准予（待出件）",
    CaseState.REJECTED: "不予许可",
    CaseState.CORRECTION_REQUESTED: "需补正",
    CaseState.DELIVERED: "已出件",
    CaseState.VOIDED: "已作废",
}

S = CaseState
TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    S.DRAFT: frozenset({S.PRE_REVIEWED, S.VOIDED}),
    S.PRE_REVIEWED: frozenset({S.DRAFT, S.PRE_REVIEWED, S.ACCEPTED, S.ACCEPTED_TOLERANCE, S.REFUSED, S.VOIDED}),
    S.ACCEPTED: frozenset({S.QUEUED, S.VOIDED}),
    S.ACCEPTED_TOLERANCE: frozenset({S.QUEUED, S.VOIDED}),
    S.REFUSED: frozenset({S.QUEUED, S.VOIDED}),
    # QUEUED → DRAFT: the platform refused the submission at intake (or a file is missing):
    # back to editing; the service allows it only when nothing of the case is still to send
    S.QUEUED: frozenset({S.SYNCED, S.VOIDED, S.DRAFT}),
    # RESEND from the platform puts a synced case back in the queue
    S.SYNCED: frozenset({S.IN_APPROVAL, S.APPROVED, S.REJECTED, S.CORRECTION_REQUESTED, S.QUEUED}),
    S.IN_APPROVAL: frozenset({S.APPROVED, S.REJECTED, S.CORRECTION_REQUESTED, S.QUEUED}),
    S.CORRECTION_REQUESTED: frozenset({S.QUEUED, S.IN_APPROVAL, S.APPROVED, S.REJECTED}),
    S.APPROVED: frozenset({S.DELIVERED}),
    S.REJECTED: frozenset(),
    S.DELIVERED: frozenset(),
    S.VOIDED: frozenset(),
}

# Transitions that need more than a clerk (separation of duties).
SUPERVISOR_ONLY: frozenset[CaseState] = frozenset({S.VOIDED})
ROLES_ABOVE_CLERK = frozenset({"supervisor", "system"})
# Roles that never move a case (separation of duties, see app.security.roles).
NO_TRANSITION_ROLES = frozenset({"auditor", "it_admin", "helper"})

EDITABLE: frozenset[CaseState] = frozenset({S.DRAFT, S.PRE_REVIEWED})
FINAL: frozenset[CaseState] = frozenset({S.REJECTED, S.DELIVERED, S.VOIDED})


def label(state: str) -> str:
    try:
        return LABELS_ZH[CaseState(state)]
    except ValueError:
        return state


def check_transition(current: str, target: str, role: str = "clerk") -> None:
    """Raise `InvalidTransition` (or `PermissionDenied`) unless current → target is allowed."""
    try:
        cur, tgt = CaseState(current), CaseState(target)
    except ValueError:
        raise InvalidTransition(f"未知的办件状态：{current} → {target}", f"unknown case state: {current} → {target}") from None
    if tgt not in TRANSITIONS[cur]:
        raise InvalidTransition(
            f"办件当前为“{LABELS_ZH[cur]}”，不能变为“{LABELS_ZH[tgt]}”",
            f"a case in state '{cur}' cannot move to '{tgt}'",
        )
    if role in NO_TRANSITION_ROLES:
        raise PermissionDenied(f"当前角色（{role}）不能变更办件状态", f"role '{role}' may not change a case's state")
    if tgt in SUPERVISOR_ONLY and role not in ROLES_ABOVE_CLERK:
        raise PermissionDenied(f"“{LABELS_ZH[tgt]}”须由审核岗（supervisor）操作",
                               f"only a supervisor may move a case to '{tgt}'")
