"""`zongchuang login USER` / `zongchuang logout`: the command line's short-lived session, so
case, security, export and audit commands act as a person (app.security.cli_login)."""

from __future__ import annotations

import click

from app.cli._common import context_from, read_password


@click.command("login")
@click.argument("username")
@click.option("--password-fd", type=int, default=None, metavar="N",
              help="从文件描述符 N 读取密码（自动化）/ read the password from fd N (automation).")
@click.pass_context
def login_cmd(ctx: click.Context, username: str, password_fd: int | None) -> None:
    """登录命令行会话（空闲超时后须重新登录）/ start a command-line session (ends when idle)."""
    from app.security.cli_login import login

    password = read_password(password_fd)
    sctx = context_from(ctx)
    try:
        result = login(sctx, username, password)
    finally:
        sctx.close()
    click.echo(f"已登录 / logged in: {result.actor.user} ({result.actor.role})"
               + ("；须修改密码 / must change the password" if result.must_change_password else ""))


@click.command("logout")
@click.pass_context
def logout_cmd(ctx: click.Context) -> None:
    """结束命令行会话 / end the command-line session."""
    from app.security.cli_login import logout

    sctx = context_from(ctx)
    try:
        had = logout(sctx)
    finally:
        sctx.close()
    click.echo("已退出登录 / logged out" if had else "没有登录会话 / no session")


def register(cli: click.Group) -> None:
    cli.add_command(login_cmd)
    cli.add_command(logout_cmd)
