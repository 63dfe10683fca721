"""`zongchuang platform elicense import|list|revoke|log|verify-log` — load a real 电子证照
export (CSV/JSON) into the reference platform's library and manage it."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli._common import echo_json
from app.config import env_value


def _library(ctx: click.Context, platform_dir: str | None, db: str | None):
    from sync.platform.elicense_api import library_for
    from sync.platform.service import Platform, PlatformSettings

    if platform_dir:
        base = Path(platform_dir)
    elif env_value("ZONGCHUANG_PLATFORM_HOME"):
        base = Path(env_value("ZONGCHUANG_PLATFORM_HOME"))
    else:
        from app.paths import data_dir

        base = data_dir((ctx.find_root().obj or {}).get("data_dir")) / "platform"
    platform = Platform(PlatformSettings(data_dir=base, db_url=db))
    return platform, library_for(platform)


DIR_OPT = click.option("--platform-dir", default=None, type=click.Path(file_okay=False),
                       help="平台数据目录 / platform data folder.")
DB_OPT = click.option("--db", default=None, envvar="ZONGCHUANG_PLATFORM_DB", help="数据库 URL / database URL.")


@click.group("elicense")
def elicense_group() -> None:
    """电子证照库 / the e-licence library of the reference platform."""


@elicense_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@DB_OPT
@DIR_OPT
@click.pass_context
def import_cmd(ctx: click.Context, path: str, db: str | None, platform_dir: str | None) -> None:
    """导入证照导出文件（CSV 或 JSON）/ import an export (CSV or JSON; JSON may carry shared records)."""
    platform, lib = _library(ctx, platform_dir, db)
    try:
        added = lib.import_file(Path(path))
    finally:
        platform.close()
    click.echo(f"已导入 {len(added)} 个电子证照 / imported {len(added)} licences")


@elicense_group.command("list")
@click.option("--holder", default=None, help="持证主体代码 / holder id.")
@click.option("--type", "type_name", default=None, help="证照类型 / licence type.")
@click.option("--json", "as_json", is_flag=True)
@DB_OPT
@DIR_OPT
@click.pass_context
def list_cmd(ctx: click.Context, holder: str | None, type_name: str | None, as_json: bool, db: str | None,
             platform_dir: str | None) -> None:
    """列出证照 / list licences."""
    platform, lib = _library(ctx, platform_dir, db)
    try:
        rows = lib.list(holder=holder, type_name=type_name)
    finally:
        platform.close()
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        click.echo(f"{r['id']}\t{r['type_name']}\t{r['number']}\t{r['holder_name']}\t{r['status']}")


@elicense_group.command("revoke")
@click.argument("ident")
@click.option("--reason", default="", help="吊销/注销原因 / reason.")
@DB_OPT
@DIR_OPT
@click.pass_context
def revoke_cmd(ctx: click.Context, ident: str, reason: str, db: str | None, platform_dir: str | None) -> None:
    """吊销或注销一个证照（证照标识或编号）/ revoke a licence (identifier or number)."""
    platform, lib = _library(ctx, platform_dir, db)
    try:
        lic = lib.revoke(ident, reason)
    finally:
        platform.close()
    click.echo(f"已吊销 / revoked {lic['id']} {lic['number']}")


@elicense_group.command("log")
@click.option("--holder", default=None)
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--verify", "check", is_flag=True, help="校验访问日志链 / verify the hash chain.")
@DB_OPT
@DIR_OPT
@click.pass_context
def log_cmd(ctx: click.Context, holder: str | None, limit: int, check: bool, db: str | None,
            platform_dir: str | None) -> None:
    """调取与核验的访问日志（全程留痕）/ the access log of every lookup."""
    platform, lib = _library(ctx, platform_dir, db)
    try:
        if check:
            res = lib.verify_log()
            echo_json(res)
            if not res["ok"]:
                ctx.exit(3)
            return
        echo_json(lib.access_log(holder=holder, limit=limit))
    finally:
        platform.close()


def register(cli: click.Group) -> None:
    platform = cli.commands.get("platform")
    if isinstance(platform, click.Group):
        platform.add_command(elicense_group)
