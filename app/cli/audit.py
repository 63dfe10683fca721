"""`zongchuang audit verify|list|enqueue`: the sealed audit trail."""

from __future__ import annotations

import click

from app.cli._common import context_from, echo_json
from app.cli._security_common import as_option, operator


@click.group("audit")
def audit_group() -> None:
    """审计日志 / the audit trail."""


@audit_group.command("verify")
@click.option("--json", "as_json", is_flag=True)
@as_option
@click.pass_context
def verify_cmd(ctx: click.Context, as_json: bool, as_user: str | None) -> None:
    """校验审计链（篡改、删除、调序）；有问题时退出码 12 / verify the chain; exit 12 on tampering."""
    from app.errors import ZongchuangError
    from app.security.audit import verify_chain

    sctx = context_from(ctx)
    try:
        operator(sctx, as_user, "audit.verify")
        report = verify_chain(sctx.store)
    finally:
        sctx.close()
    if as_json:
        echo_json(report.as_dict())
    else:
        click.echo(f"已校验 {report.checked} 条封签记录（{report.algorithm or '—'}）/ {report.checked} sealed rows checked"
                   + (f"；早于封签的旧记录 {report.legacy_unsealed} 条" if report.legacy_unsealed else ""))
        for p in report.problems:
            click.echo(f"  ✗ {p.message_zh} / {p.message_en}")
    if not report.ok:
        class AuditTampered(ZongchuangError):
            exit_code = 12

        raise AuditTampered(f"审计日志校验失败：{len(report.problems)} 处问题", f"audit verification failed: {len(report.problems)} problem(s)",
                            hint_zh="请保留现场并报告安全管理员；平台保存有审计副本", hint_en="preserve the machine and report it; the platform holds a copy")
    if not as_json:
        click.echo("审计链完整 / the audit chain is intact")


@audit_group.command("list")
@click.option("--case", "case_uuid", default=None, help="办件 uuid / case uuid.")
@click.option("--actor", default=None)
@click.option("--action", default=None, help="动作前缀，如 pi. / action prefix.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@as_option
@click.pass_context
def list_cmd(ctx: click.Context, case_uuid: str | None, actor: str | None, action: str | None, limit: int,
             as_json: bool, as_user: str | None) -> None:
    """列出审计记录（审计员）/ list audit rows (auditor)."""
    from app.security.audit import list_audit, record

    sctx = context_from(ctx)
    try:
        who = operator(sctx, as_user, "audit.read")
        rows = list_audit(sctx.store, case_uuid=case_uuid, actor=actor, action=action, limit=limit)
        record(sctx, who, "audit.read", detail={"case": case_uuid, "actor": actor, "action": action, "rows": len(rows)})
    finally:
        sctx.close()
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        mark = "✓" if r["ok"] else "✗"
        click.echo(f"{r['id']:>6} {r['at'][:19]} {mark} {r['actor']:<12} {r['role']:<10} {r['action']:<22} {r['target']}")


@audit_group.command("enqueue")
@click.pass_context
def enqueue_cmd(ctx: click.Context) -> None:
    """把未上报的审计记录放入上报队列 / queue unsent audit rows for the platform."""
    from app.security.audit import enqueue_pending_audit

    sctx = context_from(ctx)
    try:
        n = enqueue_pending_audit(sctx.store)
    finally:
        sctx.close()
    click.echo(f"已排队 {n} 条 / {n} queued")


def register(cli: click.Group) -> None:
    cli.add_command(audit_group)
