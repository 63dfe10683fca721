"""`zongchuang user add|list|passwd|lock|unlock|role|login`: local accounts (IT admin)."""

from __future__ import annotations

import click

from app.cli._common import context_from, echo_json
from app.cli._security_common import as_option, new_password_input, operator, password_input


@click.group("user")
def user_group() -> None:
    """用户与角色 / users and roles (clerk, supervisor, it_admin, helper, auditor)."""


@user_group.command("add")
@click.argument("username")
@click.option("--role", required=True, type=click.Choice(["clerk", "supervisor", "it_admin", "helper", "auditor"]))
@click.option("--name", "display_name", default="", help="显示名 / display name.")
@as_option
@click.pass_context
def add_cmd(ctx: click.Context, username: str, role: str, display_name: str, as_user: str | None) -> None:
    """新建用户；首个用户须为系统管理员且无需 --as / add a user (the first one: an it_admin, no --as)."""
    from app.errors import InputError
    from app.security.users import add_user, count_users
    from app.storage import Actor

    sctx = context_from(ctx)
    try:
        if count_users(sctx) == 0 and not as_user:
            if role != "it_admin":
                raise InputError("第一个用户必须是系统管理员（--role it_admin）", "the first user must be an it_admin")
            actor = Actor(user="system", role="system")
        else:
            actor = operator(sctx, as_user, "user.manage")
        password = new_password_input(f"{username} 的初始密码 / initial password")
        add_user(sctx, actor, username, role, password, display_name=display_name, must_change=actor.role != "system")
    finally:
        sctx.close()
    click.echo(f"已添加用户 {username}（{role}）/ user added")


@user_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def list_cmd(ctx: click.Context, as_json: bool) -> None:
    """列出用户（不含密码）/ list users (no secrets)."""
    from app.security.users import list_users

    sctx = context_from(ctx)
    try:
        rows = list_users(sctx)
    finally:
        sctx.close()
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        state = "停用" if r["disabled"] else ("锁定至 " + r["locked_until"] if r["locked"] else "正常")
        click.echo(f"{r['username']:<16} {r['role']:<11} {state}  {r['display_name']}")


@user_group.command("passwd")
@click.argument("username")
@as_option
@click.pass_context
def passwd_cmd(ctx: click.Context, username: str, as_user: str | None) -> None:
    """修改自己的密码，或由管理员重置他人密码 / change your password, or reset another's (IT admin)."""
    from app.security.users import authenticate, set_password

    sctx = context_from(ctx)
    try:
        new = new_password_input("新密码 / new password")
        if as_user and as_user != username:
            actor = operator(sctx, as_user, "user.manage")
            set_password(sctx, actor, username, new)
        else:
            old = password_input("原密码 / current password")
            ws = sctx.workstation
            actor = authenticate(sctx, username, old, terminal=f"{ws.center_code}-{ws.window_no}").actor
            set_password(sctx, actor, username, new, old_password=old)
    finally:
        sctx.close()
    click.echo("密码已更新 / password changed")


def _lock(ctx: click.Context, username: str, as_user: str | None, locked: bool) -> None:
    from app.security.users import set_locked

    sctx = context_from(ctx)
    try:
        actor = operator(sctx, as_user, "user.manage")
        set_locked(sctx, actor, username, locked)
    finally:
        sctx.close()
    click.echo(f"{username} 已{'停用' if locked else '解锁'} / {'locked' if locked else 'unlocked'}")


@user_group.command("lock")
@click.argument("username")
@as_option
@click.pass_context
def lock_cmd(ctx: click.Context, username: str, as_user: str | None) -> None:
    """停用账号 / disable an account."""
    _lock(ctx, username, as_user, True)


@user_group.command("unlock")
@click.argument("username")
@as_option
@click.pass_context
def unlock_cmd(ctx: click.Context, username: str, as_user: str | None) -> None:
    """解锁账号（含连续失败锁定）/ unlock an account (also clears a lockout)."""
    _lock(ctx, username, as_user, False)


@user_group.command("role")
@click.argument("username")
@click.argument("role", type=click.Choice(["clerk", "supervisor", "it_admin", "helper", "auditor"]))
@as_option
@click.pass_context
def role_cmd(ctx: click.Context, username: str, role: str, as_user: str | None) -> None:
    """变更角色 / change a user's role."""
    from app.security.users import set_role

    sctx = context_from(ctx)
    try:
        set_role(sctx, operator(sctx, as_user, "user.manage"), username, role)
    finally:
        sctx.close()
    click.echo(f"{username} → {role}")


@user_group.command("login")
@click.argument("username")
@click.pass_context
def login_cmd(ctx: click.Context, username: str) -> None:
    """检查登录（离线口令校验，失败计入锁定）/ check a login (offline; failures count)."""
    from app.security.users import authenticate

    sctx = context_from(ctx)
    try:
        ws = sctx.workstation
        result = authenticate(sctx, username, password_input(), terminal=f"{ws.center_code}-{ws.window_no}")
    finally:
        sctx.close()
    click.echo(f"登录成功 / login ok: {result.actor.user} ({result.actor.role})"
               + ("，须修改密码 / must change the password" if result.must_change_password else ""))


def register(cli: click.Group) -> None:
    cli.add_command(user_group)
