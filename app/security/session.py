"""The signed-in session the services and the UI check: who is acting, and the idle lock.

`login(ctx, user, password)` returns a `SecuritySession`. The UI feeds it activity
(`touch()` on every key/mouse event, or a cheap timer) and polls `check()` (e.g. once a second);
when `idle_lock_minutes` (default 10) pass without activity the session locks: `actor` raises
`SessionLocked` until `unlock(password)` succeeds (same lockout rules as login). A locked or
ended session queues the audit trail for the platform. The clock is injectable for tests.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.errors import ZongchuangError
from app.security.audit import enqueue_pending_audit, record
from app.security.roles import require_permission, require_role
from app.security.settings import load_settings
from app.security.users import LoginResult, PlatformAuthenticator, authenticate, verify_user_password
from app.storage import Actor


class SessionLocked(ZongchuangError):
    exit_code = 11

    def __init__(self, reason: str = "idle"):
        super().__init__("屏幕已锁定，请输入密码解锁" if reason != "ended" else "已退出登录，请重新登录",
                         "the session is locked; enter your password to unlock" if reason != "ended"
                         else "the session has ended; log in again")
        self.reason = reason


@dataclass
class SecuritySession:
    ctx: Any
    login_result: LoginResult
    idle_seconds: float
    clock: Callable[[], float] = time.monotonic
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    locked: bool = False
    ended: bool = False
    lock_reason: str = ""
    last_activity: float = 0.0

    def __post_init__(self) -> None:
        self.last_activity = self.clock()

    # -- who is acting --------------------------------------------------------------------------
    @property
    def user(self) -> str:
        return self.login_result.actor.user

    @property
    def role(self) -> str:
        return self.login_result.actor.role

    @property
    def must_change_password(self) -> bool:
        return self.login_result.must_change_password

    @property
    def actor(self) -> Actor:
        """The actor for service calls; raises `SessionLocked` when locked or idle too long."""
        self.check()
        if self.ended:
            raise SessionLocked("ended")
        if self.locked:
            raise SessionLocked(self.lock_reason)
        return self.login_result.actor

    def require(self, permission: str) -> Actor:
        return require_permission(self.actor, permission)

    def require_role(self, *roles: str) -> Actor:
        return require_role(self.actor, *roles)

    # -- idle lock -------------------------------------------------------------------------------
    def touch(self) -> None:
        """User activity: restarts the idle timer (ignored while locked)."""
        if not self.locked and not self.ended and not self.check():
            self.last_activity = self.clock()

    def idle_for(self) -> float:
        return max(0.0, self.clock() - self.last_activity)

    def check(self) -> bool:
        """Lock when idle too long; returns True when the session is locked (or ended)."""
        if not self.locked and not self.ended and self.idle_for() >= self.idle_seconds:
            self.lock("idle")
        return self.locked or self.ended

    def lock(self, reason: str = "manual") -> None:
        if self.locked or self.ended:
            return
        self.locked, self.lock_reason = True, reason
        record(self.ctx, self.login_result.actor, "auth.session_lock", detail={"reason": reason, "session": self.id})
        _queue_audit(self.ctx)

    def unlock(self, password: str) -> None:
        """Unlock with the same user's password (failures count towards the account lockout)."""
        if self.ended:
            raise SessionLocked("ended")
        verify_user_password(self.ctx, self.user, password, terminal=self.login_result.actor.terminal)
        self.locked, self.lock_reason = False, ""
        self.last_activity = self.clock()
        record(self.ctx, self.login_result.actor, "auth.session_unlock", detail={"session": self.id})

    def logout(self) -> None:
        if self.ended:
            return
        self.ended = True
        record(self.ctx, self.login_result.actor, "auth.logout", detail={"session": self.id})
        _queue_audit(self.ctx)


def _store(ctx: Any) -> Any:
    return ctx.store if hasattr(ctx, "store") else ctx


def _queue_audit(ctx: Any) -> None:
    try:
        enqueue_pending_audit(_store(ctx))
    except ZongchuangError:
        pass  # a locked database must not stop the screen from locking; the next open catches up


def login(ctx: Any, username: str, password: str, *, terminal: str | None = None,
          platform: PlatformAuthenticator | None = None, clock: Callable[[], float] = time.monotonic,
          idle_minutes: float | None = None) -> SecuritySession:
    """Authenticate and start a session (idle lock from `[security] idle_lock_minutes`)."""
    if terminal is None:
        ws = getattr(ctx, "workstation", None)
        terminal = f"{ws.center_code}-{ws.window_no}" if ws is not None else ""
    result = authenticate(ctx, username, password, terminal=terminal, platform=platform)
    minutes = idle_minutes if idle_minutes is not None else load_settings(_store(ctx).data_dir).idle_lock_minutes
    return SecuritySession(ctx=ctx, login_result=result, idle_seconds=minutes * 60, clock=clock)
