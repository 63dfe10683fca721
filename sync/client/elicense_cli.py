"""`zongchuang case elicense|elicense-revoke|tasks` — the window's e-licence commands: record the
applicant's consent, fetch and check the licences and shared records the case's materials can
be exempted by, take them, revoke the consent, list the clerk's tasks (failed re-checks)."""

from __future__ import annotations

import click

from app.cli._common import actor_for, context_from, echo_json

PLATFORM = click.option("--platform", "platform_url", default=None, help="平台地址 / platform URL.")
TOKEN = click.option("--token", "credential", default=None, envvar="ZONGCHUANG_PLATFORM_TOKEN",
                     help="工作站凭据（默认取密钥环）/ workstation credential (default: keyring).")


@click.command("elicense")
@click.argument("ident")
@click.option("--consent", "evidence", default=None,
              help="记录申请人授权（一次一授权），值为授权依据，如“申请人签字确认” / record the applicant's consent; "
                   "the value says on what evidence.")
@click.option("--purpose", default=None, help="使用目的（默认：办理事项与受理编号）/ purpose (default: item + number).")
@click.option("--take/--no-take", default=True, show_default=True,
              help="核验通过的证照直接免提交并填表 / take what verified (exempt + fill).")
@PLATFORM
@TOKEN
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@click.pass_context
def elicense_cmd(ctx: click.Context, ident: str, evidence: str | None, purpose: str | None, take: bool,
                 platform_url: str | None, credential: str | None, as_json: bool) -> None:
    """调取电子证照及共享数据（须申请人授权）/ fetch e-licences and shared records (needs consent)."""
    from app.services import elicense as svc
    from sync.client.elicense import open_gateway

    sctx = context_from(ctx)
    try:
        actor = actor_for(sctx)
        if evidence is not None:
            svc.grant_consent(sctx, ident, actor=actor, purpose=purpose, evidence=evidence or "窗口口头确认")
        gateway = open_gateway(sctx, platform_url, credential=credential)
        try:
            res = svc.lookup(sctx, ident, gateway, actor=actor)
            taken = svc.take(sctx, ident, actor=actor, gateway=gateway) if take and not res.offline else None
        finally:
            gateway.client.close()
    finally:
        sctx.close()
    if as_json:
        echo_json({**res.to_dict(), "taken": taken.to_dict() if taken else None})
        return
    if res.offline:
        click.echo(res.message)
    for o in res.offers:
        lic = o.licence or {}
        click.echo(f"{o.material}\t{o.ref}\t{svc.STATE_ZH.get(o.state, o.state)}\t{lic.get('number', '')}"
                   + (f"\t{'；'.join(o.reasons)}" if o.reasons else ""))
    if taken:
        click.echo(f"免提交 / exempted: {', '.join(taken.exempted) or '-'}；填写字段 / filled: {', '.join(taken.filled) or '-'}")
        for d in taken.discrepancies:
            click.echo(f"不一致 / mismatch: {d['label']}: 表单“{d['form']}” ≠ 电子证照“{d['licence']}”")


@click.command("elicense-revoke")
@click.argument("ident")
@PLATFORM
@TOKEN
@click.pass_context
def revoke_cmd(ctx: click.Context, ident: str, platform_url: str | None, credential: str | None) -> None:
    """申请人撤回电子证照调取授权 / the applicant withdraws the e-licence consent."""
    from app.errors import ZongchuangError
    from app.services import elicense as svc
    from sync.client.elicense import open_gateway

    sctx = context_from(ctx)
    try:
        gateway = None
        try:
            gateway = open_gateway(sctx, platform_url, credential=credential)
        except ZongchuangError:
            pass  # no platform configured: the local record is revoked; the platform's expires
        try:
            n = svc.revoke_consent(sctx, ident, actor=actor_for(sctx), gateway=gateway)
        finally:
            if gateway is not None:
                gateway.client.close()
    finally:
        sctx.close()
    click.echo(f"已撤回 {n} 项授权 / revoked {n} consent(s)")


@click.command("tasks")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def tasks_cmd(ctx: click.Context, as_json: bool) -> None:
    """待办（如联网核验未通过的电子证照）/ open tasks (e.g. a failed e-licence re-check)."""
    from app.services import elicense as svc

    sctx = context_from(ctx)
    try:
        tasks = svc.open_tasks(sctx)
    finally:
        sctx.close()
    if as_json:
        echo_json(tasks)
        return
    for t in tasks:
        click.echo(f"{t['acceptance_number']}\t{t['kind']}\t{t['message']}\t{t['id']}")


def register(cli: click.Group) -> None:
    case = cli.commands.get("case")
    if isinstance(case, click.Group):
        for cmd in (elicense_cmd, revoke_cmd, tasks_cmd):
            case.add_command(cmd)
