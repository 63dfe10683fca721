"""Local accounts: Argon2id password hashes, password policy, lockout after repeated failures,
and login (offline against the local hash; online through the platform when it is reachable).

等保 level 3: unique user ids, complex passwords changed regularly (policy below), 5 failed
attempts → 30-minute lock (configurable), every login and failure audited.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from app.config import env_value
from app.errors import InputError, NotFoundError, PermissionDenied, ZongchuangError
from app.security.roles import LOGIN_ROLES, Role, require_permission
from app.security.settings import SecuritySettings, load_settings
from app.security.tables import UserRow
from app.storage import Actor, Store
from app.storage.tables import utcnow

_hashers: dict[tuple[int, int], PasswordHasher] = {}


def _ph() -> PasswordHasher:
    """Argon2id, t=3, m=64 MiB, p=4 (argon2-cffi defaults, RFC 9106 low-memory profile).
    ``ZONGCHUANG_ARGON2_MEMORY_KIB``/``_TIME`` lower it (the test suite); parameters live in each
    hash, so stored hashes verify whatever the current setting."""

    params = (int(env_value("ZONGCHUANG_ARGON2_MEMORY_KIB", "65536")), int(env_value("ZONGCHUANG_ARGON2_TIME", "3")))
    if params not in _hashers:
        _hashers[params] = PasswordHasher(memory_cost=params[0], time_cost=params[1])
    return _hashers[params]


_DUMMY_HASHES: dict[int, str] = {}


def _dummy() -> str:
    ph = _ph()
    return _DUMMY_HASHES.setdefault(id(ph), ph.hash("zongchuang-dummy-password"))
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,64}$")


class AuthenticationFailed(ZongchuangError):
    exit_code = 10


class AccountLocked(AuthenticationFailed):
    def __init__(self, until: dt.datetime):
        local = until.astimezone().strftime("%H:%M")
        super().__init__(f"账号已锁定，请于 {local} 后重试或联系系统管理员解锁",
                         f"the account is locked until {local}; retry later or ask IT to unlock it")
        self.until = until


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    display_name: str
    must_change_password: bool
    online: bool


@dataclass(frozen=True)
class PlatformIdentity:
    username: str
    role: str
    display_name: str = ""


class PlatformUnreachable(Exception):
    """The platform cannot be asked right now (offline, timeout, TLS failure): log in offline."""


class PlatformAuthenticator(Protocol):
    """What the sync layer provides for online login (`set_platform_authenticator`)."""

    def authenticate(self, username: str, password: str) -> PlatformIdentity | None:
        """The identity when the platform accepts the credentials, None when it rejects them;
        raise `PlatformUnreachable` when it cannot be asked."""


_platform: PlatformAuthenticator | None = None


def set_platform_authenticator(auth: PlatformAuthenticator | None) -> None:
    """Install the online login path (the sync engineer's client); None = offline only."""
    global _platform
    _platform = auth


def _store(ctx: Any) -> Store:
    return ctx.store if hasattr(ctx, "store") else ctx


def hash_password(password: str) -> str:
    return _ph().hash(password)


_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "@": "a", "$": "s", "!": "i"})


def _common_passwords() -> frozenset[str]:
    """The shipped list (resources/security/common_passwords.txt), lower-case and de-l33ted."""
    global _COMMON
    if _COMMON is None:
        from importlib import resources

        text = resources.files("resources.security").joinpath("common_passwords.txt").read_text(encoding="utf-8")
        words = [w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")]
        _COMMON = frozenset(words) | frozenset(w.translate(_LEET) for w in words)
    return _COMMON


_COMMON: frozenset[str] | None = None


def is_common_password(password: str) -> bool:
    lowered = password.lower()
    common = _common_passwords()
    return lowered in common or lowered.translate(_LEET) in common


def check_password_policy(password: str, username: str, settings: SecuritySettings | None = None,
                          history: list[str] | None = None) -> None:
    """Raise `InputError` listing every rule the password breaks."""
    s = settings or SecuritySettings()
    problems_zh: list[str] = []
    problems_en: list[str] = []
    if is_common_password(password):
        problems_zh.append("不能是常见密码（如 Password1、Admin@123）")
        problems_en.append("must not be a common password (such as Password1, Admin@123)")
    if len(password) < s.password_min_length:
        problems_zh.append(f"至少 {s.password_min_length} 位")
        problems_en.append(f"at least {s.password_min_length} characters")
    classes = sum(bool(re.search(p, password)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]"))
    if classes < 3:
        problems_zh.append("须包含大写字母、小写字母、数字、符号中的至少三类")
        problems_en.append("at least three of: upper case, lower case, digits, symbols")
    if username and username.lower() in password.lower():
        problems_zh.append("不能包含用户名")
        problems_en.append("must not contain the user name")
    for old in (history or [])[: s.password_history]:
        try:
            if _ph().verify(old, password):
                problems_zh.append(f"不能与最近 {s.password_history} 次使用过的密码相同")
                problems_en.append(f"must differ from the last {s.password_history} passwords")
                break
        except (VerificationError, InvalidHashError):
            continue
    if problems_zh:
        raise InputError("密码不符合要求：" + "；".join(problems_zh), "the password is too weak: " + "; ".join(problems_en))


def _check_username(username: str) -> None:
    if not _USERNAME.match(username):
        raise InputError("用户名只能由 2–64 位字母、数字、下划线、点或连字符组成",
                         "a user name is 2–64 letters, digits, underscores, dots or hyphens")


def _check_role(role: str) -> None:
    if role not in LOGIN_ROLES:
        raise InputError(f"未知角色 {role}（可选：{'、'.join(sorted(LOGIN_ROLES))}）",
                         f"unknown role {role} ({', '.join(sorted(LOGIN_ROLES))})")


def count_users(ctx: Any) -> int:
    with _store(ctx).read() as s:
        return len(s.execute(select(UserRow.username)).all())


def add_user(ctx: Any, actor: Actor, username: str, role: str, password: str, *, display_name: str = "",
             must_change: bool = True) -> None:
    """Create an account (IT admin; the very first account may be created by `system`)."""
    store = _store(ctx)
    _check_username(username)
    _check_role(role)
    if not (actor.role == Role.SYSTEM and count_users(store) == 0):
        require_permission(actor, "user.manage")
    settings = load_settings(store.data_dir)
    check_password_policy(password, username, settings)
    with store.unit_of_work(actor) as uow:
        if uow.session.get(UserRow, username) is not None:
            raise InputError(f"用户 {username} 已存在", f"user {username} already exists")
        now = utcnow()
        uow.session.add(UserRow(username=username, display_name=display_name, role=role,
                                password_hash=hash_password(password), password_history=[], password_changed_at=now,
                                must_change=must_change, failed_attempts=0, disabled=False, source="local",
                                created_at=now))
        uow.audit("user.add", target=username, detail={"role": role})


def list_users(ctx: Any) -> list[dict[str, Any]]:
    with _store(ctx).read() as s:
        rows = s.execute(select(UserRow).order_by(UserRow.username)).scalars().all()
        now = utcnow()
        return [{"username": r.username, "display_name": r.display_name, "role": r.role, "disabled": r.disabled,
                 "locked": bool(r.locked_until and r.locked_until > now),
                 "locked_until": r.locked_until.isoformat() if r.locked_until and r.locked_until > now else None,
                 "failed_attempts": r.failed_attempts, "must_change": r.must_change, "source": r.source,
                 "last_login_at": r.last_login_at.isoformat() if r.last_login_at else None} for r in rows]


def _get(session: Any, username: str) -> UserRow:
    row = session.get(UserRow, username)
    if row is None:
        raise NotFoundError(f"没有用户 {username}", f"no user {username}")
    return row


def set_password(ctx: Any, actor: Actor, username: str, new_password: str, *, old_password: str | None = None,
                 must_change: bool | None = None) -> None:
    """Change one's own password (old one required) or reset another's (IT admin; the user must
    change it at next login)."""
    store = _store(ctx)
    own = actor.user == username
    if not own:
        require_permission(actor, "user.manage")
    settings = load_settings(store.data_dir)
    with store.unit_of_work(actor) as uow:
        row = _get(uow.session, username)
        if own and (old_password is None or not _verify(row.password_hash, old_password)):
            raise AuthenticationFailed("原密码不正确", "the current password is wrong")
        check_password_policy(new_password, username, settings, [row.password_hash, *(row.password_history or [])])
        row.password_history = [row.password_hash, *(row.password_history or [])][: settings.password_history]
        row.password_hash = hash_password(new_password)
        row.password_changed_at = utcnow()
        row.must_change = (not own) if must_change is None else must_change
        uow.audit("user.password", target=username, detail={"reset": not own})


def set_locked(ctx: Any, actor: Actor, username: str, locked: bool, *, minutes: float | None = None) -> None:
    """Lock (disable) or unlock an account (IT admin). Unlock also clears a lockout."""
    require_permission(actor, "user.manage")
    with _store(ctx).unit_of_work(actor) as uow:
        row = _get(uow.session, username)
        if locked:
            if minutes:
                row.locked_until = utcnow() + dt.timedelta(minutes=minutes)
            else:
                row.disabled = True
        else:
            row.disabled, row.locked_until, row.failed_attempts = False, None, 0
        uow.audit("user.lock" if locked else "user.unlock", target=username)


def set_role(ctx: Any, actor: Actor, username: str, role: str) -> None:
    require_permission(actor, "user.manage")
    _check_role(role)
    with _store(ctx).unit_of_work(actor) as uow:
        row = _get(uow.session, username)
        old, row.role = row.role, role
        uow.audit("user.role", target=username, detail={"from": old, "to": role})


def _verify(hashed: str, password: str) -> bool:
    try:
        return _ph().verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(ctx: Any, username: str, password: str, *, terminal: str = "", now: dt.datetime | None = None,
                 platform: PlatformAuthenticator | None = None) -> LoginResult:
    """Log in: online through the platform when it answers, else offline against the local hash.

    Wrong credentials count towards the lockout; the error never says whether the user exists."""
    store = _store(ctx)
    settings = load_settings(store.data_dir)
    now = now or utcnow()
    platform = platform if platform is not None else _platform
    who = Actor(user=username or "?", role="", terminal=terminal)
    online_identity: PlatformIdentity | None = None
    online = False
    if platform is not None:
        try:
            online_identity = platform.authenticate(username, password)
            online = True
        except PlatformUnreachable:
            online = False
    with store.unit_of_work(who) as uow:
        row = uow.session.get(UserRow, username)
        if online_identity is not None:  # the platform vouches: create or refresh the local cache
            _check_role(online_identity.role)
            if row is None:
                row = UserRow(username=username, display_name=online_identity.display_name, role=online_identity.role,
                              password_hash=hash_password(password), password_history=[], password_changed_at=now,
                              must_change=False, failed_attempts=0, disabled=False, source="platform", created_at=now)
                uow.session.add(row)
            elif not _verify(row.password_hash, password):
                row.password_hash = hash_password(password)
            row.role = online_identity.role
            row.display_name = online_identity.display_name or row.display_name
        if row is None:
            _verify(_dummy(), password)  # same time as a real check
            uow.audit("auth.login", target=username, detail={"reason": "bad_credentials", "online": online}, ok=False)
            failure: ZongchuangError = AuthenticationFailed("用户名或密码错误", "wrong user name or password")
        elif row.disabled:
            uow.audit("auth.login", target=username, detail={"reason": "disabled"}, ok=False)
            failure = AuthenticationFailed("账号已停用，请联系系统管理员", "the account is disabled; contact IT")
        elif row.locked_until is not None and row.locked_until > now:
            uow.audit("auth.login", target=username, detail={"reason": "locked"}, ok=False)
            failure = AccountLocked(row.locked_until)
        else:
            if row.locked_until is not None:  # an expired lock starts a fresh count
                row.locked_until, row.failed_attempts = None, 0
            accepted = online_identity is not None or (not online or platform is None) and _verify(row.password_hash, password)
            if online and online_identity is None:
                accepted = False  # the platform said no: a password changed centrally wins
            if accepted:
                row.failed_attempts = 0
                row.last_login_at = now
                expired = now - row.password_changed_at > dt.timedelta(days=settings.password_max_age_days)
                result = LoginResult(Actor(user=row.username, role=row.role, terminal=terminal), row.display_name,
                                     bool(row.must_change or (expired and row.source == "local")), online)
                uow.actor = result.actor
                uow.audit("auth.login", target=username, detail={"online": online})
                return result
            row.failed_attempts += 1
            detail: dict[str, Any] = {"reason": "bad_credentials", "attempt": row.failed_attempts, "online": online}
            if row.failed_attempts >= settings.lockout_attempts:
                row.locked_until = now + dt.timedelta(minutes=settings.lockout_minutes)
                row.failed_attempts = 0
                uow.audit("auth.login", target=username, detail=detail, ok=False)
                uow.audit("auth.lockout", target=username, detail={"minutes": settings.lockout_minutes}, ok=False)
                failure = AccountLocked(row.locked_until)
            else:
                uow.audit("auth.login", target=username, detail=detail, ok=False)
                # the same words as for an unknown user name: a failure never says who exists
                failure = AuthenticationFailed("用户名或密码错误", "wrong user name or password")
    raise failure


def verify_user_password(ctx: Any, username: str, password: str, *, terminal: str = "",
                         now: dt.datetime | None = None) -> LoginResult:
    """Re-check a password (unlocking an idle-locked session): same lockout rules, offline only."""
    return authenticate(ctx, username, password, terminal=terminal, now=now, platform=_OfflineOnly())


class _OfflineOnly:
    def authenticate(self, username: str, password: str) -> PlatformIdentity | None:
        raise PlatformUnreachable()


__all__ = ["AccountLocked", "AuthenticationFailed", "LoginResult", "PermissionDenied", "PlatformAuthenticator",
           "PlatformIdentity", "PlatformUnreachable", "add_user", "authenticate", "check_password_policy",
           "count_users", "list_users", "set_locked", "set_password", "set_platform_authenticator", "set_role",
           "verify_user_password"]
