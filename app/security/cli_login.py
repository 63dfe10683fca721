"""Who acts on the command line: a person who logged in, never an environment variable.

`zongchuang login USER` checks the password (same lockout and audit as the workstation) and
writes a short-lived session: a random token in `<data dir>/cli-session` (0600), whose hash,
user and expiry live in the encrypted store (`security_state`). A command resolves its actor
from that session — the user's *role is read from the user store* at every use, so a changed
role or a disabled account counts at once — and each use slides the expiry by the idle-lock
time (`[security] idle_lock_minutes`), never past `MAX_SESSION` after the login. Editing the
file gains nothing: a token is only good while its hash is in the database, and `logout`
removes both. `--as USER` (password prompted or read from `--password-fd N`) logs in for one
command without a session.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import stat
from pathlib import Path
from typing import Any

from app.errors import PermissionDenied
from app.security.audit import record
from app.security.roles import require_permission
from app.security.settings import load_settings
from app.security.tables import SecurityStateRow, UserRow
from app.security.users import LoginResult, authenticate
from app.storage import Actor
from app.storage.tables import utcnow

SESSION_FILE = "cli-session"
STATE_KEY = "cli_session"
MAX_SESSION = dt.timedelta(hours=8)


def _store(ctx: Any) -> Any:
    return ctx.store if hasattr(ctx, "store") else ctx


def _terminal(ctx: Any) -> str:
    ws = getattr(ctx, "workstation", None)
    return f"{ws.center_code}-{ws.window_no}" if ws is not None else ""


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def session_path(data_dir: Path) -> Path:
    return Path(data_dir) / SESSION_FILE


def login(ctx: Any, username: str, password: str) -> LoginResult:
    """Authenticate and start the command-line session of this data directory."""
    store = _store(ctx)
    result = authenticate(ctx, username, password, terminal=_terminal(ctx))
    token = secrets.token_urlsafe(32)
    now = utcnow()
    idle = dt.timedelta(minutes=load_settings(store.data_dir).idle_lock_minutes)
    value = {"token": _digest(token), "user": result.actor.user, "started": now.isoformat(),
             "expires": (now + idle).isoformat()}
    with store.unit_of_work(result.actor) as uow:
        row = uow.session.get(SecurityStateRow, STATE_KEY)
        if row is None:
            uow.session.add(SecurityStateRow(key=STATE_KEY, value=value, updated_at=now))
        else:
            row.value = value
        uow.audit("auth.cli_session", target=result.actor.user, detail={"minutes": idle.total_seconds() / 60})
    _write_private(session_path(store.data_dir), json.dumps({"user": result.actor.user, "token": token}))
    return result


def logout(ctx: Any) -> bool:
    """End the session (database record and file); True when there was one."""
    store = _store(ctx)
    path = session_path(store.data_dir)
    had = path.exists()
    path.unlink(missing_ok=True)
    actor = Actor(user="system", role="system", terminal=_terminal(ctx))
    with store.unit_of_work(actor) as uow:
        row = uow.session.get(SecurityStateRow, STATE_KEY)
        if row is not None:
            user = (row.value or {}).get("user", "")
            uow.session.delete(row)
            uow.audit("auth.logout", target=user, detail={"cli": True})
            had = True
    return had


def current(ctx: Any) -> Actor | None:
    """The logged-in person of this data directory's command-line session, or None."""
    store = _store(ctx)
    path = session_path(store.data_dir)
    try:
        st = path.lstat()
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size > 4096:
        return None
    if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o077):
        return None  # someone else's file, or readable by others: not a session
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        token = str(doc["token"])
        token.encode("ascii")
    except (OSError, ValueError, KeyError, TypeError, UnicodeError):
        return None
    now = utcnow()
    with store.unit_of_work(Actor(user="system", role="system", terminal=_terminal(ctx))) as uow:
        row = uow.session.get(SecurityStateRow, STATE_KEY)
        value = dict(row.value or {}) if row is not None else {}
        if not value or not hmac.compare_digest(str(value.get("token", "")), _digest(token)):
            return None
        try:
            started = dt.datetime.fromisoformat(value["started"])
            expires = dt.datetime.fromisoformat(value["expires"])
        except (KeyError, ValueError):
            return None
        if now >= expires or now - started >= MAX_SESSION:
            uow.session.delete(row)
            return None
        user = uow.session.get(UserRow, value.get("user", ""))
        if user is None or user.disabled or (user.locked_until is not None and user.locked_until > now):
            return None
        idle = dt.timedelta(minutes=load_settings(store.data_dir).idle_lock_minutes)
        value["expires"] = min(now + idle, started + MAX_SESSION).isoformat()
        row.value = value
        return Actor(user=user.username, role=user.role, terminal=_terminal(ctx))


def require_login(ctx: Any, permission: str | None = None, *, as_user: str | None = None,
                  password: str | None = None) -> Actor:
    """The acting person: `as_user` with `password` (one command), else the session. Raises
    `PermissionDenied` (bilingual) when nobody logged in or the role lacks `permission`."""
    if as_user:
        if password is None:
            raise PermissionDenied("请输入 --as 用户的密码", "the password of the --as user is needed")
        actor = authenticate(ctx, as_user, password, terminal=_terminal(ctx)).actor
    else:
        found = current(ctx)
        if found is None:
            raise PermissionDenied("此命令需要登录：请先执行 zongchuang login 用户名，或加 --as 用户名",
                                   "this command needs a login: run `zongchuang login USER` first, or pass --as USER")
        actor = found
    if permission:
        try:
            require_permission(actor, permission)
        except PermissionDenied:
            record(ctx, actor, "auth.denied", detail={"permission": permission}, ok=False)
            raise
    return actor


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
