"""Roles, what each may do, and the check services call (`require_role`, `require_permission`).

Separation of duties (等保 三权分立 in a window's terms): a clerk accepts but cannot void or
approve 容缺 exceptions; a supervisor can; the IT admin runs devices, settings, users and keys
but never sees case personal data; the auditor reads the audit trail and edits nothing; a
remote helper (co-browse) sees masked data unless the applicant consented per field.
"""

from __future__ import annotations

from enum import StrEnum

from app.errors import PermissionDenied
from app.storage import Actor


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    IT_ADMIN = "it_admin"
    HELPER = "helper"
    AUDITOR = "auditor"
    SYSTEM = "system"  # the workstation itself (sync applying platform results); never a login


LABELS_ZH = {Role.CLERK: "受理员", Role.SUPERVISOR: "审核岗", Role.IT_ADMIN: "系统管理员", Role.HELPER: "远程协助",
             Role.AUDITOR: "审计员", Role.SYSTEM: "系统"}
LOGIN_ROLES = frozenset({Role.CLERK, Role.SUPERVISOR, Role.IT_ADMIN, Role.HELPER, Role.AUDITOR})

_C, _S, _I, _H, _A, _Y = Role.CLERK, Role.SUPERVISOR, Role.IT_ADMIN, Role.HELPER, Role.AUDITOR, Role.SYSTEM
PERMISSIONS: dict[str, frozenset[str]] = {
    "case.view": frozenset({_C, _S, _H, _Y}),           # masked views
    "case.create": frozenset({_C, _S}),
    "case.edit": frozenset({_C, _S, _H, _Y}),           # helper: suggestions in co-browse
    "case.transition": frozenset({_C, _S, _Y}),
    "case.void": frozenset({_S, _Y}),
    "case.tolerance_approve": frozenset({_S}),          # 容缺 approval
    "case.reprint": frozenset({_S}),
    "pi.view": frozenset({_C, _S, _Y}),                 # unmasked personal data (helper: with consent)
    "pi.print": frozenset({_C, _S}),
    "pi.export": frozenset({_C, _S, _Y}),
    "consent.record": frozenset({_C, _S}),
    "device.configure": frozenset({_I}),
    "settings.edit": frozenset({_I}),
    "user.manage": frozenset({_I}),
    "security.keys": frozenset({_I}),
    "retention.purge": frozenset({_I, _Y}),
    "audit.read": frozenset({_A}),
    "audit.verify": frozenset({_A, _I}),
}

# Roles that may never change case data (enforced on every audited write, see audit.py).
CASE_READ_ONLY_ROLES = frozenset({Role.AUDITOR, Role.IT_ADMIN})


def can(actor: Actor | str, permission: str) -> bool:
    role = actor.role if isinstance(actor, Actor) else actor
    return role in PERMISSIONS.get(permission, frozenset())


def require_permission(actor: Actor, permission: str) -> Actor:
    """Return `actor` if its role holds `permission`, else raise `PermissionDenied` (bilingual)."""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission}")
    if not can(actor, permission):
        allowed = "、".join(LABELS_ZH.get(Role(r), r) for r in sorted(PERMISSIONS[permission]) if r != Role.SYSTEM)
        raise PermissionDenied(f"当前角色（{_label(actor.role)}）无权执行此操作（{permission}），需要：{allowed}",
                               f"role '{actor.role}' may not do '{permission}'")
    return actor


def require_role(actor: Actor, *roles: str) -> Actor:
    """Return `actor` if its role is one of `roles`, else raise `PermissionDenied`."""
    if actor.role not in roles:
        allowed = "、".join(_label(r) for r in roles)
        raise PermissionDenied(f"当前角色（{_label(actor.role)}）无权执行此操作，需要：{allowed}",
                               f"role '{actor.role}' is not one of: {', '.join(roles)}")
    return actor


def _label(role: str) -> str:
    try:
        return LABELS_ZH[Role(role)]
    except ValueError:
        return role
