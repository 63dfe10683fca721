"""`zongchuang platform serve|register|decide|publish|import|show|openapi` — the reference
central platform (sync/platform): run it, register workstations, simulate the back office."""

from __future__ import annotations

import json
from pathlib import Path

import click

from app.cli._common import echo_json
from app.config import env_value


def _platform_dir(ctx: click.Context, explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    if env_value("ZONGCHUANG_PLATFORM_HOME"):
        return Path(env_value("ZONGCHUANG_PLATFORM_HOME"))
    from app.paths import data_dir

    root = ctx.find_root()
    return data_dir((root.obj or {}).get("data_dir")) / "platform"


def _open(ctx: click.Context, platform_dir: str | None, db: str | None):
    from sync.platform.service import Platform, PlatformSettings

    return Platform(PlatformSettings(data_dir=_platform_dir(ctx, platform_dir), db_url=db))


DIR_OPT = click.option("--platform-dir", default=None, type=click.Path(file_okay=False),
                       help="平台数据目录（blob 文件、默认 SQLite）/ platform data folder (blobs, default SQLite).")
DB_OPT = click.option("--db", default=None, envvar="ZONGCHUANG_PLATFORM_DB",
                      help="数据库 URL（默认 SQLite；支持 postgresql://）/ database URL (default SQLite; postgresql:// works).")


@click.group("platform")
def platform_group() -> None:
    """参考中心平台 / the reference central platform."""


@platform_group.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8443, show_default=True, type=int, help="端口（0 为任选）/ port (0 picks one).")
@DB_OPT
@DIR_OPT
@click.option("--tls-cert", type=click.Path(exists=True, dir_okay=False), default=None, help="TLS 证书 / certificate (PEM).")
@click.option("--tls-key", type=click.Path(exists=True, dir_okay=False), default=None, help="TLS 私钥 / private key (PEM).")
@click.option("--session-ttl", type=int, default=3600, show_default=True, help="访问令牌有效秒数 / access-token lifetime.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="工作进程数（Linux；建议与 CPU 核数相同）/ worker processes (POSIX; about one per core).")
@click.option("--rate-limit", type=click.FloatRange(min=0), default=100.0, show_default=True,
              help="每个工作站每秒请求数上限（0 不限）/ requests per second per workstation (0: no limit).")
@click.option("--rate-burst", type=click.IntRange(min=1), default=3000, show_default=True,
              help="每个工作站可突发的请求数 / requests a workstation may burst.")
@click.pass_context
def serve_cmd(ctx: click.Context, host: str, port: int, db: str | None, platform_dir: str | None,
              tls_cert: str | None, tls_key: str | None, session_ttl: int, workers: int, rate_limit: float,
              rate_burst: int) -> None:
    """运行平台（HTTP，或提供证书时 HTTPS）/ run the platform (HTTPS when given a certificate)."""
    import datetime as dt

    from app.errors import InputError
    from sync.platform.server import TLS, serve
    from sync.platform.service import PlatformSettings

    if bool(tls_cert) != bool(tls_key):
        raise InputError("--tls-cert 与 --tls-key 须同时提供", "--tls-cert and --tls-key go together")
    tls = TLS(Path(tls_cert), Path(tls_key)) if tls_cert and tls_key else None
    settings = PlatformSettings(data_dir=_platform_dir(ctx, platform_dir), db_url=db,
                                session_ttl=dt.timedelta(seconds=session_ttl), rate_limit=rate_limit,
                                rate_burst=rate_burst)
    if host not in {"127.0.0.1", "localhost", "::1"} and tls is None:
        click.echo("警告：未启用 TLS，凭据与办件将明文传输 / warning: no TLS on a non-loopback address", err=True)
    serve(settings, host, port, tls, workers=workers)


@platform_group.command("register")
@click.argument("workstation")
@click.option("--center", required=True, help="中心行政区划代码 / center code (6 digits).")
@click.option("--credential", default=None, help="指定凭据（默认随机生成）/ use this credential (default: random).")
@DB_OPT
@DIR_OPT
@click.pass_context
def register_cmd(ctx: click.Context, workstation: str, center: str, credential: str | None, db: str | None,
                 platform_dir: str | None) -> None:
    """登记工作站并发放凭据（只显示一次）/ register a workstation; prints its credential once."""
    platform = _open(ctx, platform_dir, db)
    try:
        click.echo(platform.register_workstation(workstation, center, credential))
    finally:
        platform.close()


@platform_group.command("decide")
@click.argument("case")
@click.option("--status", "status", required=True,
              type=click.Choice(["approved", "补正", "correction", "rejected", "resend"]),
              help="审批结果 / back-office outcome.")
@click.option("--reason", "reasons", multiple=True, help="原因（可多次）/ reason (repeatable).")
@click.option("--certificate", default=None, help="证照数据 JSON（准予时；默认自动生成）/ certificate data JSON.")
@DB_OPT
@DIR_OPT
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@click.pass_context
def decide_cmd(ctx: click.Context, case: str, status: str, reasons: tuple[str, ...], certificate: str | None,
               db: str | None, platform_dir: str | None, as_json: bool) -> None:
    """模拟后台审批（准予附证照数据 / 补正 / 不予许可 / 重报）/ simulate the back office."""
    from app.errors import InputError

    cert = None
    if certificate:
        try:
            cert = json.loads(certificate)
        except ValueError as exc:
            raise InputError(f"证照数据不是 JSON：{exc}", f"the certificate data is not JSON: {exc}") from None
    platform = _open(ctx, platform_dir, db)
    try:
        event = platform.decide(case, status, reasons=list(reasons) or None, certificate=cert)
    finally:
        platform.close()
    if as_json:
        echo_json(event)
    else:
        click.echo(f"{event['case_uuid']} → {event['status']}（游标 {event['cursor']}）")


@platform_group.command("show")
@click.argument("case")
@DB_OPT
@DIR_OPT
@click.pass_context
def show_cmd(ctx: click.Context, case: str, db: str | None, platform_dir: str | None) -> None:
    """平台上的办件状态 / a case as the platform holds it (JSON)."""
    from app.errors import NotFoundError

    platform = _open(ctx, platform_dir, db)
    try:
        info = platform.case_info(case)
    finally:
        platform.close()
    if info is None:
        raise NotFoundError(f"平台上没有办件 {case}", f"the platform has no case {case}")
    echo_json(info)


@platform_group.command("publish")
@click.option("--catalog", "catalog_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="事项目录文件夹 / catalog folder.")
@click.option("--calendar", "calendar_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="节假日调整文件 / calendar overrides YAML.")
@DB_OPT
@DIR_OPT
@click.pass_context
def publish_cmd(ctx: click.Context, catalog_dir: str | None, calendar_file: str | None, db: str | None,
                platform_dir: str | None) -> None:
    """发布主数据（事项目录、节假日调整）/ publish master data to workstations."""
    platform = _open(ctx, platform_dir, db)
    try:
        echo_json(platform.publish_master(catalog_dir=Path(catalog_dir) if catalog_dir else None,
                                          calendar_file=Path(calendar_file) if calendar_file else None))
    finally:
        platform.close()


@platform_group.command("import")
@click.argument("package", type=click.Path(exists=True, dir_okay=False))
@click.option("--passphrase", prompt=True, hide_input=True, envvar="ZONGCHUANG_EXPORT_PASSPHRASE")
@DB_OPT
@DIR_OPT
@click.pass_context
def import_cmd(ctx: click.Context, package: str, passphrase: str, db: str | None, platform_dir: str | None) -> None:
    """在中心导入工作站导出的加密队列包 / import a workstation's encrypted queue package."""
    from sync.platform.package import import_package

    platform = _open(ctx, platform_dir, db)
    try:
        result = import_package(platform, Path(package), passphrase)
    finally:
        platform.close()
    echo_json(result)


@platform_group.command("openapi")
def openapi_cmd() -> None:
    """输出 OpenAPI 文档 / print the OpenAPI document."""
    from sync.platform.openapi import openapi_document

    click.echo(openapi_document(), nl=False)


def register(cli: click.Group) -> None:
    cli.add_command(platform_group)


@platform_group.group("cobrowse-grant")
def grant_group() -> None:
    """跨中心远程协助授权（明确授权、可撤回、到期失效、全程留痕）/ explicit cross-center co-browse grants."""


@grant_group.command("add")
@click.option("--helper", required=True, help="协助方工作站编号或中心代码 / helper workstation id or center code.")
@click.option("--window", required=True, help="被协助窗口的工作站编号或中心代码 / window workstation id or center code.")
@click.option("--hours", type=float, default=4.0, show_default=True, help="有效小时数（≤ 168）/ hours it lasts (≤ 168).")
@click.option("--reason", required=True, help="事由 / why.")
@click.option("--by", "granted_by", required=True, help="授权人 / who grants it.")
@DB_OPT
@DIR_OPT
@click.pass_context
def grant_add_cmd(ctx: click.Context, helper: str, window: str, hours: float, reason: str, granted_by: str,
                  db: str | None, platform_dir: str | None) -> None:
    """授权一个协助方请求协助某窗口 / let a helper ask a window of another center for co-browse."""
    from sync.platform import grants

    platform = _open(ctx, platform_dir, db)
    try:
        echo_json(grants.grant(platform, helper=helper, window=window, hours=hours, reason=reason,
                               granted_by=granted_by))
    finally:
        platform.close()


@grant_group.command("revoke")
@click.argument("grant_id")
@click.option("--by", "revoked_by", required=True, help="撤回人 / who revokes it.")
@DB_OPT
@DIR_OPT
@click.pass_context
def grant_revoke_cmd(ctx: click.Context, grant_id: str, revoked_by: str, db: str | None,
                     platform_dir: str | None) -> None:
    """立即撤回授权 / revoke a grant at once."""
    from sync.platform import grants

    platform = _open(ctx, platform_dir, db)
    try:
        echo_json(grants.revoke(platform, grant_id, revoked_by=revoked_by))
    finally:
        platform.close()


@grant_group.command("list")
@click.option("--log", "show_log", is_flag=True, help="显示授权、撤回与使用记录 / show grants, revocations and uses.")
@DB_OPT
@DIR_OPT
@click.pass_context
def grant_list_cmd(ctx: click.Context, show_log: bool, db: str | None, platform_dir: str | None) -> None:
    """授权及其记录（JSON）/ grants and, with --log, their hash-linked record (JSON)."""
    from sync.platform import grants

    platform = _open(ctx, platform_dir, db)
    try:
        out: dict = {"grants": grants.list_grants(platform)}
        if show_log:
            out["log"] = grants.events(platform)
            out["log_intact"] = grants.verify_events(platform)
        echo_json(out)
    finally:
        platform.close()
