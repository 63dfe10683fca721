"""Logging in at the window: the login screen's text, the training account, and the login itself
(offline against the local hash; the lockout and audit live in `app.security`).

A workstation never signs anyone in without checking a password: the security module is
mandatory (the composition root refuses to start without it), so there is no fallback here.
"""

from __future__ import annotations

from app.errors import InputError
from app.services.context import ServiceContext
from app.storage import Actor

TRAINING_USER = ("train", "Window-2026!")  # created only in a training database that has no users


def login_mode_text(ctx: ServiceContext) -> str:
    from app.security import users

    if ctx.training:
        return f"培训模式：工号 {TRAINING_USER[0]}，密码 {TRAINING_USER[1]}"
    if users.count_users(ctx) == 0:
        return "本机尚无用户：请信息技术人员建立账号"
    return "本地凭据登录（离线可用；平台可达时在线核验）"


def login(ctx: ServiceContext, user: str, password: str, *, terminal: str):
    """Check the password and start a security session (idle lock). A fresh training database
    first gets the training account shown on the login screen."""
    from app.security import session as sec_session
    from app.security import users

    user = (user or "").strip()
    if not user:
        raise InputError("请输入工号", "enter your user name")
    if ctx.training and users.count_users(ctx) == 0:
        users.add_user(ctx, Actor(user="system", role="system", terminal=terminal), TRAINING_USER[0], "clerk",
                       TRAINING_USER[1], display_name="培训", must_change=False)
    return sec_session.login(ctx, user, password, terminal=terminal)
