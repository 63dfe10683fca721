"""Login, lockout, idle lock, password policy and separation of duties."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InputError, PermissionDenied
from app.security import users
from app.security.audit import audit_pi_view, list_audit
from app.security.roles import require_permission, require_role
from app.security.session import SessionLocked, login
from app.services import cases as svc
from app.services import consent
from app.storage import Actor
from app.storage.tables import utcnow
from tests.security.conftest import ITEM

SYSTEM = Actor("system", "system")
PW = "Window#2026"


@pytest.fixture
def accounts(ctx):
    users.add_user(ctx, SYSTEM, "itadmin", "it_admin", "Admin#2026x", must_change=False)
    admin = Actor("itadmin", "it_admin")
    for name, role in (("clerk01", "clerk"), ("super01", "supervisor"), ("aud01", "auditor"), ("helper01", "helper")):
        users.add_user(ctx, admin, name, role, PW, must_change=False)
    return admin


def test_login_offline_and_audit(ctx, accounts):
    result = users.authenticate(ctx, "clerk01", PW, terminal="420107-01")
    assert result.actor == Actor("clerk01", "clerk", "420107-01") and not result.online
    rows = list_audit(ctx.store, action="auth.login")
    assert rows[0]["ok"] and rows[0]["target"] == "clerk01"
    with pytest.raises(users.AuthenticationFailed):
        users.authenticate(ctx, "nobody", PW)
    assert not list_audit(ctx.store, action="auth.login")[0]["ok"]


def test_five_failures_lock_for_thirty_minutes(ctx, accounts):
    now = utcnow()
    for i in range(4):
        with pytest.raises(users.AuthenticationFailed) as err:
            users.authenticate(ctx, "clerk01", "wrong", now=now + dt.timedelta(seconds=i))
        assert not isinstance(err.value, users.AccountLocked)
    with pytest.raises(users.AccountLocked):
        users.authenticate(ctx, "clerk01", "wrong", now=now + dt.timedelta(seconds=5))
    with pytest.raises(users.AccountLocked):  # even the right password, within 30 minutes
        users.authenticate(ctx, "clerk01", PW, now=now + dt.timedelta(minutes=29))
    assert users.authenticate(ctx, "clerk01", PW, now=now + dt.timedelta(minutes=31)).actor.user == "clerk01"
    assert list_audit(ctx.store, action="auth.lockout")


def test_admin_unlocks(ctx, accounts):
    for _ in range(5):
        with pytest.raises(users.AuthenticationFailed):
            users.authenticate(ctx, "clerk01", "wrong")
    with pytest.raises(users.AccountLocked):
        users.authenticate(ctx, "clerk01", PW)
    with pytest.raises(PermissionDenied):
        users.set_locked(ctx, Actor("super01", "supervisor"), "clerk01", False)
    users.set_locked(ctx, accounts, "clerk01", False)
    assert users.authenticate(ctx, "clerk01", PW).actor.role == "clerk"


def test_password_policy(ctx, accounts):
    for weak in ("short1!", "alllowercase", "clerk01Abc!", "12345678901"):
        with pytest.raises(InputError):
            users.check_password_policy(weak, "clerk01")
    users.check_password_policy("Window#2027", "clerk01")
    me = Actor("clerk01", "clerk")
    with pytest.raises(InputError, match="最近"):
        users.set_password(ctx, me, "clerk01", PW, old_password=PW)
    users.set_password(ctx, me, "clerk01", "Window#2027", old_password=PW)
    with pytest.raises(InputError):  # back to an old one
        users.set_password(ctx, me, "clerk01", PW, old_password="Window#2027")
    with pytest.raises(users.AuthenticationFailed):
        users.authenticate(ctx, "clerk01", PW)


def test_idle_lock_and_unlock(ctx, accounts):
    clock = [1000.0]
    session = login(ctx, "clerk01", PW, clock=lambda: clock[0])
    assert session.idle_seconds == 600  # default 10 minutes
    clock[0] += 599
    session.touch()
    clock[0] += 599
    assert session.actor.user == "clerk01"  # activity restarted the timer
    clock[0] += 601
    assert session.check()
    with pytest.raises(SessionLocked):
        _ = session.actor
    with pytest.raises(users.AuthenticationFailed):
        session.unlock("wrong")
    session.unlock(PW)
    assert session.actor.role == "clerk"
    session.logout()
    with pytest.raises(SessionLocked):
        _ = session.actor
    actions = [r["action"] for r in list_audit(ctx.store, actor="clerk01")]
    assert {"auth.session_lock", "auth.session_unlock", "auth.logout"} <= set(actions)


def test_idle_minutes_configurable(ctx, accounts, data_dir):
    (data_dir / "config.toml").write_text("[security]\nidle_lock_minutes = 3\n", encoding="utf-8")
    assert login(ctx, "clerk01", PW).idle_seconds == 180


def test_clerk_cannot_void_supervisor_can(ctx, clerk, supervisor):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    with pytest.raises(PermissionDenied):
        svc.transition(ctx, ref.uuid, "voided", actor=clerk)
    svc.transition(ctx, ref.uuid, "voided", actor=supervisor, reason="撤回")


def test_auditor_and_it_admin_cannot_edit_or_move_cases(ctx, clerk, auditor, admin):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    for actor in (auditor, admin):
        with pytest.raises(PermissionDenied):
            svc.set_fields(ctx, ref.uuid, {"unit_name": "改名"}, actor=actor)
        with pytest.raises(PermissionDenied):
            svc.transition(ctx, ref.uuid, "pre_reviewed", actor=actor)
        with pytest.raises(PermissionDenied):
            svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=actor)
    assert svc.case_document(ctx, ref.uuid).fields == {}


def test_pi_view_rules(ctx, clerk, admin, auditor, helper):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    audit_pi_view(ctx, clerk, case_uuid=ref.uuid, fields=["applicant.id_number"], purpose="核对身份")
    for actor in (admin, auditor, helper):
        with pytest.raises(PermissionDenied):
            audit_pi_view(ctx, actor, case_uuid=ref.uuid, fields=["applicant.id_number"], session_id="cb1")
    consent.grant_cobrowse_unmask(ctx, "cb1", "applicant.phone", actor=clerk, case_uuid=ref.uuid)
    audit_pi_view(ctx, helper, case_uuid=ref.uuid, fields=["applicant.phone"], session_id="cb1")
    with pytest.raises(PermissionDenied):  # consent is per field and per session
        audit_pi_view(ctx, helper, case_uuid=ref.uuid, fields=["applicant.phone"], session_id="cb2")
    rows = list_audit(ctx.store, action="pi.view", case_uuid=ref.uuid)
    assert [r["ok"] for r in reversed(rows)] == [True, False, False, False, True, False]
    assert all("15987654321" not in str(r["detail"]) for r in rows)


def test_require_helpers(clerk, supervisor, auditor):
    assert require_role(supervisor, "supervisor") is supervisor
    with pytest.raises(PermissionDenied):
        require_role(clerk, "supervisor")
    with pytest.raises(PermissionDenied):
        require_permission(clerk, "case.tolerance_approve")
    with pytest.raises(PermissionDenied):
        require_permission(auditor, "case.edit")
    require_permission(auditor, "audit.read")


class FakePlatform:
    """An online identity provider stand-in for the platform's login endpoint."""

    def __init__(self, reachable=True, accept=True):
        self.reachable, self.accept = reachable, accept

    def authenticate(self, username, password):
        if not self.reachable:
            raise users.PlatformUnreachable()
        return users.PlatformIdentity(username, "supervisor", "王科长") if self.accept and password == "Central#2026" else None


def test_online_login_caches_credentials_for_offline(ctx, accounts):
    result = users.authenticate(ctx, "wang", "Central#2026", platform=FakePlatform())
    assert result.online and result.actor.role == "supervisor"
    offline = users.authenticate(ctx, "wang", "Central#2026", platform=FakePlatform(reachable=False))
    assert not offline.online and offline.actor.role == "supervisor"
    with pytest.raises(users.AuthenticationFailed):  # the platform says no: it wins over the cache
        users.authenticate(ctx, "clerk01", PW, platform=FakePlatform(accept=False))
