"""CLI helpers for the security commands: who is operating, authenticated by password."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from app.config import env_value

if TYPE_CHECKING:  # imported lazily: `zongchuang --help` must not load the store and catalog
    from app.services.context import ServiceContext
    from app.storage import Actor


def password_input(prompt: str = "密码 / password", *, confirm: bool = False) -> str:
    """A user's password: ``ZONGCHUANG_PASSWORD`` (automation) or a hidden prompt."""
    value = env_value("ZONGCHUANG_PASSWORD")
    if value is not None:
        return value
    return click.prompt(prompt, hide_input=True, confirmation_prompt=confirm)


def new_password_input(prompt: str) -> str:
    """A new password: ``ZONGCHUANG_NEW_PASSWORD`` (automation) or a hidden prompt, typed twice."""
    value = env_value("ZONGCHUANG_NEW_PASSWORD")
    if value is not None:
        return value
    return click.prompt(prompt, hide_input=True, confirmation_prompt=True)


def operator(sctx: ServiceContext, as_user: str | None, permission: str) -> Actor:
    """Log the operator in (`--as USER`) and check the permission; audited like any login."""
    from app.errors import PermissionDenied
    from app.security.roles import require_permission
    from app.security.users import authenticate

    if not as_user:
        raise PermissionDenied("此命令需要登录：请用 --as 用户名（密码从提示或 ZONGCHUANG_PASSWORD 读取）",
                               "this command needs a login: pass --as USER (password from the prompt or ZONGCHUANG_PASSWORD)")
    ws = sctx.workstation
    result = authenticate(sctx, as_user, password_input(), terminal=f"{ws.center_code}-{ws.window_no}")
    return require_permission(result.actor, permission)


as_option = click.option("--as", "as_user", default=None, metavar="USER", help="操作人（需登录）/ operator (logs in).")
