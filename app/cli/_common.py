"""Helpers shared by CLI modules: opening the service context, printing JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from app.services.context import ServiceContext


def context_from(ctx: click.Context, *, training: bool = False) -> ServiceContext:
    from app.services.context import open_context

    root = ctx.find_root()
    data_dir = (root.obj or {}).get("data_dir")
    return open_context(data_dir, training=training)


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if value is not None:
        root = ctx.find_root()
        root.ensure_object(dict)
        root.obj[param.name] = value


AS_OPTION = click.option("--as", "as_user", default=None, metavar="USER", expose_value=False, callback=_remember,
                         help="以该用户身份执行（提示输入密码）/ act as USER (password prompted or from --password-fd).")
PASSWORD_FD_OPTION = click.option("--password-fd", "password_fd", type=int, default=None, metavar="N",
                                  expose_value=False, callback=_remember,
                                  help="从文件描述符 N 读取 --as 用户的密码 / read the --as user's password from fd N.")


def login_options(f):
    """`--as USER` and `--password-fd N` on a command that acts as a person."""
    return AS_OPTION(PASSWORD_FD_OPTION(f))


def read_password(fd: int | None, prompt: str = "密码 / password") -> str:
    """A password from file descriptor `fd` (first line), else ``ZONGCHUANG_PASSWORD``, else a hidden prompt."""
    import os

    if fd is not None:
        chunks = []
        while True:
            block = os.read(fd, 4096)
            if not block:
                break
            chunks.append(block)
            if b"\n" in block or sum(map(len, chunks)) > 4096:
                break
        return b"".join(chunks).split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8")
    from app.config import env_value

    value = env_value("ZONGCHUANG_PASSWORD")
    if value:
        return value
    return click.prompt(prompt, hide_input=True)


def actor_for(sctx: ServiceContext, permission: str | None = None):
    """The person acting: `--as USER` (password prompted or from `--password-fd`) or the
    `zongchuang login` session; roles come from the user store only (app.security.cli_login)."""
    from app.security.cli_login import require_login

    click_ctx = click.get_current_context(silent=True)
    obj = (click_ctx.find_root().obj or {}) if click_ctx is not None else {}
    as_user = obj.get("as_user")
    password = None
    if as_user:
        if "password" not in obj:
            obj["password"] = read_password(obj.get("password_fd"), f"{as_user} 的密码 / password")
        password = obj["password"]
    return require_login(sctx, permission, as_user=as_user, password=password)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def parse_answers(pairs: tuple[str, ...]) -> dict[str, str]:
    from app.errors import InputError

    out: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"情形答案应写作 KEY=VALUE：{pair}", f"answers are written KEY=VALUE: {pair}")
        key, value = pair.split("=", 1)
        out[key.strip()] = value.strip()
    return out
