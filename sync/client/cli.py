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
    """队列状态（为何停止、最近错误、下次尝试）和各状态数量 / the queue's state (why it stopped, last
    error, next try) and counts per state (pending, sending, done, rejected, blocked) of case
    submissions and audit batches."""
    from app.services.sync import queue_counts, queue_state, sync_queue

    sctx = context_from(ctx)
    try:
        both = queue_counts(sctx)
        state = queue_state(sctx)
        rows = sync_queue(sctx, states=("pending", "sending", "rejected", "blocked")) if detail else []
    finally:
        sctx.close()
    counts = both["cases"]
    cases_rows = [r for r in rows if r.kind != "audit"]
    audit_rows = [r for r in rows if r.kind == "audit"]
    if as_json:
        out: dict = dict(counts)  # top-level counts: case submissions (as before)
        out.update(audit=both["audit"], outstanding=both["outstanding"], queue=state)
        if detail:
            out["rows"] = [{"case_uuid": r.case_uuid, "acceptance_number": r.acceptance_number, "state": r.state,
                            "attempts": r.attempts, "last_error": r.last_error,
                            "next_attempt_at": r.next_attempt_at.isoformat() if r.next_attempt_at else None}
                           for r in cases_rows]
            out["audit_rows"] = _audit_summary(audit_rows)
        echo_json(out)
        return
    for line in _state_lines(state):
        click.echo(line)
    click.echo("办件 / cases:  " + "  ".join(f"{k} {v}" for k, v in counts.items()))
    click.echo("审计批次 / audit batches:  " + "  ".join(f"{k} {v}" for k, v in both["audit"].items()))
    click.echo(f"待发送合计 / outstanding: {both['outstanding']}（sync run --until-empty 等待它们全部发完 / "
               "what --until-empty waits for)")
    for r in cases_rows:
        nxt = r.next_attempt_at.astimezone().strftime("%H:%M:%S") if r.next_attempt_at and r.state == "pending" else ""
        click.echo(f"{r.acceptance_number or r.case_uuid}\t{r.state}\t{r.attempts}\t{nxt}\t{r.last_error}".rstrip())
    summary = _audit_summary(audit_rows)
    if summary["rows"]:
        states = "，".join(f"{k} {v}" for k, v in summary["states"].items())
        click.echo(f"审计批次 / audit batches\t{summary['rows']} 批（{states}）\t尝试 {summary['attempts']}"
                   f"\t{summary['last_error']}".rstrip())


def _audit_summary(rows: list) -> dict:
    """Audit batches in one entry: there can be hundreds and they have no case to show."""
    states: dict[str, int] = {}
    for r in rows:
        states[r.state] = states.get(r.state, 0) + 1
    errors = [r.last_error for r in rows if r.last_error]
    return {"rows": len(rows), "states": states, "attempts": sum(r.attempts for r in rows),
            "last_error": errors[-1] if errors else ""}


def _state_lines(state: dict) -> list[str]:
    """The queue's state for people: what it is, why, when it tries again, what to do."""
    lines = [f"队列状态 / queue: {state['label']}（{state['state']}）/ {state['label_en']}"]
    clock = state.get("clock") if state["state"] == "stopped_clock" else None
    if clock:
        import datetime as dt

        def shown(value: str) -> str:
            return dt.datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")

        lines.append(f"  本机时间 / this machine: {shown(clock['local_time'])}    平台时间 / platform: "
                     f"{shown(clock['platform_time'])}    相差 / apart: {abs(clock['skew_seconds']) / 60:.1f} 分钟")
        lines.append(f"  {clock.get('advice', '')} / {clock.get('advice_en', '')}")
    if state.get("last_error"):
        code = f"（HTTP {state['http_status']}）" if state.get("http_status") else ""
        lines.append(f"  最近错误 / last error{code}: {state['last_error']}")
    if state.get("next_try"):
        import datetime as dt

        lines.append("  下次尝试 / next try: "
                     + dt.datetime.fromisoformat(state["next_try"]).astimezone().strftime("%Y-%m-%d %H:%M:%S"))
    if state.get("action"):
        lines.append(f"  处理 / what to do: {state['action']}")
    return lines


@sync_group.command("run", epilog="退出码 / exit codes: 0 完成 / done · 1 超时 / --timeout ran out · 8 无凭据 / no "
                   "credential · 9 已停止（凭据被拒、时钟不一致、版本过低）/ stopped until someone acts · 20 (--once) "
                   "平台不可达 / platform unreachable · 21 (--once) 平台出错（5xx、存储已满）/ platform failing")
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
                _once_failed(report)
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


def _once_failed(report) -> None:
    """`--once` says with its own exit code that the pass did not reach the platform (20) or
    that the platform failed (21); the rows stay queued either way."""
    from sync.client.runner import PlatformFailing, PlatformUnreachable

    if report.state == "waiting_network":
        raise PlatformUnreachable(f"平台不可达，办件保存在本机，网络恢复后会自动继续：{report.error}",
                                  f"the platform cannot be reached; the queue waits: {report.error}")
    if report.state == "platform_failing":
        raise PlatformFailing(f"平台出错，网络正常；平台恢复后自动继续：{report.error}",
                              f"the platform answers with errors; the queue waits: {report.error}")


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
@click.option("--now", "now", is_flag=True, help="结束所有等待中的重试间隔，立即重试 / end every backoff wait.")
@login_options
@click.pass_context
def retry_cmd(ctx: click.Context, case: str | None, rejected: bool, now: bool) -> None:
    """把阻塞（或拒收）的办件放回队列；--now 让等待重试的立即重试 / put blocked (or rejected) rows
    back in the queue; --now makes every row waiting out a backoff due at once."""
    from app.services.sync import end_waits, retry_rows

    sctx = context_from(ctx)
    try:
        n = retry_rows(sctx, states=("blocked", "rejected") if rejected else ("blocked",), case=case,
                       actor=actor_for(sctx))
        waited = end_waits(sctx, actor=actor_for(sctx), reason="立即重试") if now else 0
    finally:
        sctx.close()
    click.echo(f"已放回队列 {n} 条 / {n} rows re-queued")
    if now:
        click.echo(f"立即重试 {waited} 条（不再等待重试间隔）/ {waited} rows due now")


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
