"""CLI helpers for the security commands: who is operating, authenticated by password."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from app.config import env_value

if TYPE_CHECKING:  # imported lazily: `zongchuang --help` must not load the store and catalog
    from app.services.context import ServiceContext
    from app.storage import Actor


def password_input(prompt: str = "密码 / password", *, confirm: bool = False) -> str:
    """A user's password: `--password-fd N`, ``ZONGCHUANG_PASSWORD`` (automation) or a hidden prompt."""
    ctx = click.get_current_context(silent=True)
    obj = ctx.find_root().obj if ctx is not None else None
    if isinstance(obj, dict) and obj.get("password_fd") is not None:
        from app.cli._common import read_password

        if "password" not in obj:
            obj["password"] = read_password(obj["password_fd"])
        return obj["password"]
    value = env_value("ZONGCHUANG_PASSWORD") or None
    if value is not None:
        return value
    return click.prompt(prompt, hide_input=True, confirmation_prompt=confirm)


def new_password_input(prompt: str) -> str:
    """A new password: ``ZONGCHUANG_NEW_PASSWORD`` (automation) or a hidden prompt, typed twice."""
    value = env_value("ZONGCHUANG_NEW_PASSWORD") or None
    if value is not None:
        return value
    return click.prompt(prompt, hide_input=True, confirmation_prompt=True)


def operator(sctx: ServiceContext, as_user: str | None, permission: str) -> Actor:
    """The operator: `--as USER` (password from `--password-fd`, the prompt or
    ZONGCHUANG_PASSWORD) or the `zongchuang login` session; the permission is checked against
    the role in the user store. Audited like any login."""
    from app.cli._common import read_password
    from app.security.cli_login import require_login

    password = None
    if as_user:
        root = click.get_current_context().find_root()
        obj = root.obj if isinstance(root.obj, dict) else {}
        password = obj.get("password")
        if password is None:
            password = read_password(obj.get("password_fd"))
            obj["password"] = password
    return require_login(sctx, permission, as_user=as_user, password=password)


def _remember_fd(ctx: click.Context, _param: click.Parameter, value: int | None) -> None:
    if value is not None:
        root = ctx.find_root()
        root.ensure_object(dict)
        root.obj["password_fd"] = value


def as_option(f):
    """`--as USER` (given to the command) and `--password-fd N`."""
    f = click.option("--password-fd", type=int, default=None, metavar="N", expose_value=False, callback=_remember_fd,
                     help="从文件描述符 N 读取密码 / read the password from fd N.")(f)
    return click.option("--as", "as_user", default=None, metavar="USER",
                        help="操作人（需登录；默认用 zongchuang login 的会话）/ operator (default: the login session).")(f)
