"""`zongchuang security init|status|rotate-key|purge`: keys, encryption status, retention."""

from __future__ import annotations

import os
from pathlib import Path

import click

from app.cli._common import actor_for, context_from, echo_json, login_options
from app.cli._security_common import as_option, new_password_input, operator


@click.group("security")
def security_group() -> None:
    """安全：密钥、加密、保留期限 / security: keys, encryption, retention."""


def _data_dir(ctx: click.Context) -> Path:
    from app.paths import data_dir

    return data_dir((ctx.find_root().obj or {}).get("data_dir"))


@security_group.command("init")
@click.option("--passphrase-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="无密钥环的机器：密钥口令文件（不存在则生成随机口令，权限 0600）/ passphrase file for headless machines.")
@click.option("--admin", default=None, metavar="USER", help="创建首个系统管理员 / create the first it_admin.")
@click.pass_context
def init_cmd(ctx: click.Context, passphrase_file: Path | None, admin: str | None) -> None:
    """安装时由运维执行：生成数据密钥并说明其保管位置 / run by IT at install: create the data key."""
    from app.security import keys

    if passphrase_file is not None:
        if not passphrase_file.exists():
            passphrase_file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(passphrase_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(keys.new_passphrase() + "\n")
            click.echo(f"已生成密钥口令文件 {passphrase_file}（0600）；请备份到安全处 / passphrase file created; back it up safely")
        os.environ["ZONGCHUANG_KEY_PASSPHRASE_FILE"] = str(passphrase_file)
    sctx = context_from(ctx)
    try:
        if admin:
            from app.security.users import add_user, count_users
            from app.storage import Actor

            if count_users(sctx) == 0:
                add_user(sctx, Actor(user="system", role="system"), admin, "it_admin",
                         new_password_input(f"{admin} 的密码 / password"), must_change=False)
                click.echo(f"已创建系统管理员 {admin} / it_admin created")
        info = keys.describe(sctx.data_dir)
    finally:
        sctx.close()
    _print_status(sctx.data_dir, info)
    if passphrase_file is not None and info["store"] == "passphrase" and str(passphrase_file) != str(keys.SYSTEM_PASSPHRASE_FILE):
        click.echo(f"注意：运行时须设置 ZONGCHUANG_KEY_PASSPHRASE_FILE={passphrase_file} / set this variable for the service")


def _print_status(data_dir: Path, info: dict) -> None:
    where = {"keyring": "系统密钥环 / OS keyring", "passphrase": "口令包裹 / passphrase-wrapped"}.get(info["store"], info["store"])
    click.echo(f"数据目录 / data dir: {data_dir}")
    click.echo(f"数据密钥 / data key: {info['key_id']} — {where}" + ("（另有口令包裹的托管副本 / escrow copy）"
                                                                      if info["store"] == "keyring" and info["escrow"] else ""))


@security_group.command("status")
@click.option("--json", "as_json", is_flag=True)
@login_options
@click.pass_context
def status_cmd(ctx: click.Context, as_json: bool) -> None:
    """加密与密钥状态 / encryption and key status."""
    from app.security import dbcrypt, keys
    from app.security.audit import verify_chain
    from app.security.settings import load_settings

    sctx = context_from(ctx)
    try:
        actor_for(sctx)
        info = keys.describe(sctx.data_dir)
        settings = load_settings(sctx.data_dir)
        report = verify_chain(sctx.store)
        db_plain = dbcrypt.is_plaintext(sctx.data_dir / "zongchuang.db")
    finally:
        sctx.close()
    doc = {**info, "database_encrypted": not db_plain, "attachment_cipher": settings.attachment_cipher,
           "audit_hmac": settings.audit_hmac, "audit_ok": report.ok, "audit_rows": report.checked,
           "idle_lock_minutes": settings.idle_lock_minutes, "retention_days": settings.retention_days}
    if as_json:
        echo_json(doc)
        return
    _print_status(sctx.data_dir, info)
    click.echo(f"数据库 / database: {'SQLCipher 已加密 / encrypted' if not db_plain else '明文 / PLAINTEXT'}")
    click.echo(f"附件 / attachments: {settings.attachment_cipher}; 审计 / audit: {settings.audit_hmac}, "
               f"{report.checked} 条, {'完整 / intact' if report.ok else '有问题 / PROBLEMS'}")


@security_group.command("rotate-key")
@login_options
@click.pass_context
def rotate_cmd(ctx: click.Context) -> None:
    """轮换数据库与附件密钥（系统管理员；请先关闭工作站）/ rotate the database and attachment keys (it_admin)."""
    from app.security.audit import record
    from app.security.rotation import rotate_keys

    sctx = context_from(ctx)
    try:
        who = actor_for(sctx, "security.keys")  # checked before anything is touched
    finally:
        sctx.close()
    data_dir = _data_dir(ctx)
    report = rotate_keys(data_dir)
    sctx = context_from(ctx)
    try:
        record(sctx, who, "security.rotate_key",
               detail={"files_version": report.files_version, "files": report.files_reencrypted})
    finally:
        sctx.close()
    click.echo(f"密钥已轮换：数据库{'已' if report.database else '未'}重新加密，附件 {report.files_reencrypted} 个重新加密"
               f"（密钥版本 {report.files_version}）/ keys rotated")


@security_group.command("purge")
@click.option("--dry-run", is_flag=True, help="只列出将清除的办件 / list only.")
@click.option("--days", type=int, default=None, help="保留天数（默认取配置）/ retention days (default: config).")
@click.option("--json", "as_json", is_flag=True)
@as_option
@click.pass_context
def purge_cmd(ctx: click.Context, dry_run: bool, days: int | None, as_json: bool, as_user: str | None) -> None:
    """清除已上报且已办结办件的本地个人信息 / purge local personal data of synced, closed cases."""
    from app.security.retention import purge
    from app.storage import Actor

    sctx = context_from(ctx)
    try:
        actor = operator(sctx, as_user, "retention.purge") if as_user or not dry_run else Actor("dry-run", "system")
        report = purge(sctx, actor, days=days, dry_run=dry_run)
    finally:
        sctx.close()
    if as_json:
        echo_json(report.as_dict())
        return
    verb = "将清除 / would purge" if dry_run else "已清除 / purged"
    click.echo(f"{verb}: {len(report.cases)} 件办件, {report.files} 个附件文件（早于 {report.cutoff[:10]}）")
    for number in report.cases:
        click.echo(f"  {number}")


def register(cli: click.Group) -> None:
    cli.add_command(security_group)
