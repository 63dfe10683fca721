"""`zongchuang case new|show|list|set|transition`."""

from __future__ import annotations

import click

from app.cli._common import actor_for, context_from, echo_json, login_options, parse_answers


@click.group("case")
def case_group() -> None:
    """办件 / cases."""


@case_group.command("new")
@click.option("--item", "item_code", required=True, help="事项编码 / item code (see `catalog list`).")
@click.option("--answer", "-a", "answers", multiple=True, metavar="KEY=VALUE", help="情形答案 / 情形 answer.")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@login_options
@click.pass_context
def new_cmd(ctx: click.Context, item_code: str, answers: tuple[str, ...], as_json: bool) -> None:
    """新建办件，输出 uuid 和受理编号 / create a case; prints its uuid and acceptance number."""
    from app.services.cases import create_case

    sctx = context_from(ctx)
    try:
        ref = create_case(sctx, item_code, parse_answers(answers), actor=actor_for(sctx, "case.create"))
    finally:
        sctx.close()
    if as_json:
        echo_json({"uuid": ref.uuid, "acceptance_number": ref.acceptance_number})
    else:
        click.echo(f"{ref.uuid}\t{ref.acceptance_number}")


@case_group.command("show")
@click.argument("ident")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@login_options
@click.pass_context
def show_cmd(ctx: click.Context, ident: str, as_json: bool) -> None:
    """显示办件（受理编号或 uuid）/ show a case by acceptance number or uuid."""
    from app.security.masking import mask_case_detail
    from app.services.cases import case_detail

    sctx = context_from(ctx)
    try:
        who = actor_for(sctx, "pi.export" if as_json else "case.view")
        detail = case_detail(sctx, ident)
        if as_json:  # the full record leaves the screen: an audited export (refused for e.g. it_admin)
            from app.security.audit import audit_export

            audit_export(sctx, who, case_uuid=detail["uuid"], what="case show --json",
                         destination="stdout", fields=["applicant", "card_read", "fields"])
    finally:
        sctx.close()
    if as_json:
        echo_json(detail)
        return
    shown = mask_case_detail(detail)
    click.echo(f"受理编号 {shown['acceptance_number']}  {shown['item_name']}  [{shown['state_label']}]")
    click.echo(f"uuid {shown['uuid']}  目录版本 {shown['catalog']['version']}")
    applicant = shown["applicant"]
    click.echo(f"申请人 {applicant.get('name') or '—'}  {applicant.get('id_number') or applicant.get('credit_code') or ''}")
    for m in shown["materials"]:
        click.echo(f"  材料 {m['code']} {m['status']} 页数 {m['pages']}")
    for key, f in shown["fields"].items():
        click.echo(f"  字段 {key} = {f['value']}  ({f['source']})")


@case_group.command("list")
@click.option("--state", default=None, help="按状态筛选 / filter by state.")
@click.option("--query", "-q", default=None, help="受理编号、事项或申请人 / number, item or applicant.")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@login_options
@click.pass_context
def list_cmd(ctx: click.Context, state: str | None, query: str | None, as_json: bool) -> None:
    """列出办件（新的在前）/ list cases, newest first."""
    from app.security.masking import mask_id_number, mask_name
    from app.services.cases import list_cases

    sctx = context_from(ctx)
    try:
        actor_for(sctx, "case.view")
        rows = list_cases(sctx, state=state, query=query)
    finally:
        sctx.close()
    if as_json:
        echo_json([{"uuid": r.uuid, "acceptance_number": r.acceptance_number, "item_code": r.item_code,
                    "item_name": r.item_name, "state": r.state, "applicant_name": mask_name(r.applicant_name),
                    "created_at": r.created_at.isoformat(), "due_date": r.due_date} for r in rows])
        return
    for r in rows:
        click.echo(f"{r.acceptance_number}\t{r.state_label}\t{r.item_name}\t{mask_name(r.applicant_name)}\t"
                   f"{mask_id_number(r.applicant_id_number)}\t{r.uuid}")


@case_group.command("set")
@click.argument("ident")
@click.option("--field", "-f", "fields", multiple=True, metavar="KEY=VALUE", help="表单字段 / form field.")
@click.option("--answer", "-a", "answers", multiple=True, metavar="KEY=VALUE", help="情形答案 / 情形 answer.")
@login_options
@click.pass_context
def set_cmd(ctx: click.Context, ident: str, fields: tuple[str, ...], answers: tuple[str, ...]) -> None:
    """填写字段或修改情形（来源记为窗口人员）/ set fields or answers (source: clerk)."""
    from app.services.cases import set_answers, set_fields

    sctx = context_from(ctx)
    try:
        who = actor_for(sctx, "case.edit")
        if answers:
            set_answers(sctx, ident, parse_answers(answers), actor=who)
        if fields:
            set_fields(sctx, ident, parse_answers(fields), actor=who)
    finally:
        sctx.close()
    click.echo("已保存 / saved")


@case_group.command("transition")
@click.argument("ident")
@click.argument("state")
@click.option("--reason", default="", help="原因 / reason.")
@login_options
@click.pass_context
def transition_cmd(ctx: click.Context, ident: str, state: str, reason: str) -> None:
    """按生命周期变更办件状态 / move a case along its lifecycle."""
    from app.services.cases import transition

    sctx = context_from(ctx)
    try:
        transition(sctx, ident, state, actor=actor_for(sctx, "case.void" if state == "voided" else "case.transition"),
                   reason=reason)
    finally:
        sctx.close()
    click.echo(f"→ {state}")


@case_group.command("return")
@click.argument("ident")
@click.option("--reason", default="", help="原因 / reason.")
@login_options
@click.pass_context
def return_cmd(ctx: click.Context, ident: str, reason: str) -> None:
    """平台拒收的办件退回草稿以便修改后重新受理 / a case the platform refused goes back to draft."""
    from app.services.cases import return_for_correction

    sctx = context_from(ctx)
    try:
        return_for_correction(sctx, ident, actor=actor_for(sctx, "case.transition"), reason=reason)
    finally:
        sctx.close()
    click.echo("→ draft（请修改后重新预审、受理 / correct it, pre-review and accept it again）")


def register(cli: click.Group) -> None:
    cli.add_command(case_group)
