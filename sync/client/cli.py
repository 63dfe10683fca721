"""`zongchuang sync status|run|login|retry|export` — the workstation's queue to the platform."""

from __future__ import annotations

import click

from app.cli._common import actor_for, context_from, echo_json, login_options


@click.group("sync")
def sync_group() -> None:
    """与中心平台同步 / sync with the central platform."""


@sync_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@click.option("--detail", is_flag=True, help="列出未完成的办件及最近错误 / list unfinished rows and their last error.")
@click.pass_context
def status_cmd(ctx: click.Context, as_json: bool, detail: bool) -> None:
    """上报队列各状态数量 / queue counts per state (pending, sending, done, rejected, blocked)."""
    from app.services.sync import sync_counts, sync_queue

    sctx = context_from(ctx)
    try:
        counts = sync_counts(sctx)
        rows = sync_queue(sctx, states=("pending", "sending", "rejected", "blocked")) if detail else []
    finally:
        sctx.close()
    if as_json:
        out: dict = dict(counts)
        if detail:
            out["rows"] = [{"case_uuid": r.case_uuid, "acceptance_number": r.acceptance_number, "state": r.state,
                            "attempts": r.attempts, "last_error": r.last_error,
                            "next_attempt_at": r.next_attempt_at.isoformat() if r.next_attempt_at else None}
                           for r in rows]
        echo_json(out)
        return
    click.echo("  ".join(f"{k} {v}" for k, v in counts.items()))
    for r in rows:
        click.echo(f"{r.acceptance_number}\t{r.state}\t{r.attempts}\t{r.last_error}")


@sync_group.command("run")
@click.option("--platform", "platform_url", default=None, help="平台地址 / platform URL (http(s)://host:port).")
@click.option("--once", "mode", flag_value="once", help="只运行一轮 / a single pass.")
@click.option("--until-empty", "mode", flag_value="until-empty", default=True,
              help="直到队列为空（默认）/ until nothing is left to send (default).")
@click.option("--timeout", type=float, default=None, help="最长运行秒数 / give up after S seconds.")
@click.option("--token", "credential", default=None, envvar="ZONGCHUANG_PLATFORM_TOKEN",
              help="工作站凭据（默认取密钥环）/ workstation credential (default: keyring).")
@click.option("--ca", "ca_file", default=None, type=click.Path(exists=True, dir_okay=False),
              help="信任的 CA 证书 / CA certificate to trust (TLS).")
@click.option("--backoff-cap", type=float, default=300.0, show_default=True, help="重试最长间隔秒 / max retry delay.")
@click.option("--quiet", "-q", is_flag=True, help="不显示进度 / no progress lines.")
@click.pass_context
def run_cmd(ctx: click.Context, platform_url: str | None, mode: str, timeout: float | None, credential: str | None,
            ca_file: str | None, backoff_cap: float, quiet: bool) -> None:
    """上报队列中的办件并取回审批结果 / send queued cases and pull results back."""
    from app.errors import ZongchuangError
    from app.services.sync import sync_counts
    from sync.client.runner import RunnerSettings
    from sync.client.session import close_sync, open_sync

    shown = {"key": None}

    def progress(p) -> None:
        if quiet:
            return
        tenth = int(10 * p.bytes_sent / p.bytes_total) if p.bytes_total else 0
        key = (p.phase, p.cases_done, p.cases_failed, tenth, p.message)
        if key != shown["key"]:
            shown["key"] = key
            click.echo(f"[{p.phase}] 办件 {p.cases_done}/{p.cases_total}  "
                       f"{p.bytes_sent / 1e6:.1f}/{p.bytes_total / 1e6:.1f} MB  {p.message}".rstrip(), err=True)

    sctx = context_from(ctx)
    try:
        runner = open_sync(sctx, platform_url, credential=credential, ca_file=ca_file,
                           settings=RunnerSettings(backoff_cap=backoff_cap), on_progress=progress)
        try:
            if mode == "once":
                report = runner.run_once()
            else:
                try:
                    report = runner.run(until_empty=True, timeout=timeout)
                except TimeoutError as exc:
                    counts = sync_counts(sctx)
                    raise ZongchuangError(f"超时：仍有 {exc.args[0]} 条未上报（{counts}）",
                                          f"timed out with {exc.args[0]} rows left ({counts})",
                                          hint_zh="网络恢复后会自动继续；可再次运行 sync run",
                                          hint_en="it continues when the link returns; run `sync run` again") from None
        finally:
            close_sync(runner)
        counts = sync_counts(sctx)
    finally:
        sctx.close()
    click.echo(f"已上报 {report.sent}（其中重放 {report.replayed}），拒收 {report.rejected}，阻塞 {report.blocked}，"
               f"结果回传 {report.status_applied} / sent {report.sent} (replayed {report.replayed}), rejected "
               f"{report.rejected}, blocked {report.blocked}, results applied {report.status_applied}")
    if report.offline:
        click.echo(f"平台不可达：{report.offline}", err=True)
    click.echo("  ".join(f"{k} {v}" for k, v in counts.items()))


@sync_group.command("login")
@click.option("--platform", "platform_url", required=True, help="平台地址 / platform URL.")
@click.option("--credential", prompt="工作站凭据 / workstation credential", hide_input=True,
              help="平台登记时发放的凭据 / the credential issued at registration.")
def login_cmd(platform_url: str, credential: str) -> None:
    """把工作站凭据存入系统密钥环 / store the workstation credential in the OS keyring."""
    from sync.client.credentials import store_credential

    store_credential(platform_url, credential)
    click.echo("凭据已保存到系统密钥环 / credential stored in the keyring")


@sync_group.command("retry")
@click.argument("case", required=False)
@click.option("--rejected", is_flag=True, help="也重试被拒收的 / also retry rejected rows.")
@login_options
@click.pass_context
def retry_cmd(ctx: click.Context, case: str | None, rejected: bool) -> None:
    """把阻塞（或拒收）的办件放回队列 / put blocked (or rejected) rows back in the queue."""
    from app.services.sync import retry_rows

    sctx = context_from(ctx)
    try:
        n = retry_rows(sctx, states=("blocked", "rejected") if rejected else ("blocked",), case=case,
                       actor=actor_for(sctx))
    finally:
        sctx.close()
    click.echo(f"已放回队列 {n} 条 / {n} rows re-queued")


@sync_group.command("export")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False),
              help="加密包路径（如 U 盘）/ package path, e.g. on removable media.")
@click.option("--passphrase", prompt=True, hide_input=True, confirmation_prompt=True, envvar="ZONGCHUANG_EXPORT_PASSPHRASE",
              help="加密口令 / passphrase (give it to the center separately).")
@click.pass_context
def export_cmd(ctx: click.Context, out_path: str, passphrase: str) -> None:
    """长时间断网：把待上报队列导出为加密包，带到中心导入 / export the queue to an encrypted package."""
    from pathlib import Path

    from sync.client.package import export_queue

    sctx = context_from(ctx)
    try:
        info = export_queue(sctx, Path(out_path), passphrase)
    finally:
        sctx.close()
    click.echo(f"已导出 {info['cases']} 件、{info['blobs']} 个文件（{info['bytes'] / 1e6:.1f} MB）到 {out_path} / exported")


def register(cli: click.Group) -> None:
    cli.add_command(sync_group)
