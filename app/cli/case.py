"""`zongchuang case new|show|list|set|transition`."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli._common import actor_for, context_from, echo_json, login_options, parse_answers


@click.group("case")
def case_group() -> None:
    """办件 / cases."""


@case_group.command("new")
@click.option("--item", "item_code", default=None, help="事项编码 / item code (see `catalog list`).")
@click.option("--bundle", "bundle_code", default=None, help="一件事编码 / 一件事 bundle code (see `catalog list`).")
@click.option("--answer", "-a", "answers", multiple=True, metavar="KEY=VALUE", help="情形答案 / 情形 answer.")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@login_options
@click.pass_context
def new_cmd(ctx: click.Context, item_code: str | None, bundle_code: str | None, answers: tuple[str, ...],
            as_json: bool) -> None:
    """新建办件，输出 uuid 和受理编号 / create a case; prints its uuid and acceptance number."""
    from app.services.cases import create_case

    if bool(item_code) == bool(bundle_code):
        raise click.UsageError("请给出 --item 或 --bundle 之一 / give one of --item or --bundle")
    sctx = context_from(ctx)
    try:
        if bundle_code:
            from app.services.bundles import create_bundle_case

            bref = create_bundle_case(sctx, bundle_code, parse_answers(answers), actor=actor_for(sctx, "case.create"))
        else:
            ref = create_case(sctx, item_code, parse_answers(answers), actor=actor_for(sctx, "case.create"))
    finally:
        sctx.close()
    if bundle_code:
        if as_json:
            echo_json({"bundle": bref.code, "acceptance_number": bref.acceptance_number,
                       "members": [{"uuid": m.uuid, "acceptance_number": m.acceptance_number} for m in bref.members]})
        else:
            click.echo(f"一件事 {bref.code}\t{bref.acceptance_number}")
            for m in bref.members:
                click.echo(f"  {m.uuid}\t{m.acceptance_number}")
        return
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
    from app.services.bundles import is_bundle_number
    from app.services.cases import case_detail

    sctx = context_from(ctx)
    try:
        who = actor_for(sctx, "pi.export" if as_json else "case.view")
        if is_bundle_number(sctx, ident):
            _show_bundle(sctx, who, ident, as_json)
            return
        detail = case_detail(sctx, ident)
        from app.services.bundles import bundle_of

        bundle = bundle_of(sctx, ident)
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
    if bundle:
        click.echo(f"属于一件事“{bundle['name']}” {bundle['number']}（zongchuang case show {bundle['number']}）")


def _show_bundle(sctx, who, ident: str, as_json: bool) -> None:
    """`case show` of a 一件事: the members with their departments and states, the merged form and checklist."""
    from app.security.masking import mask_all, mask_id_number, mask_name
    from app.services.bundles import bundle_form

    form = bundle_form(sctx, ident)
    if as_json:
        from app.security.audit import audit_export

        audit_export(sctx, who, case_uuid=None, what="case show --json (一件事)", destination="stdout",
                     fields=["applicant", "fields"])
        echo_json(form)
        return
    click.echo(f"一件事 {form['acceptance_number']}  {form['name']}（{form['code']}）  [{form['state_label']}]  "
               f"牵头部门 {form['lead_department']}")
    for m in form["members"]:
        click.echo(f"  成员 {m['acceptance_number']}  {m['item_name']}  {m['department']}  [{m['state_label']}]  "
                   f"— {m['reason']}")
    for m in form["not_applicable"]:
        click.echo(f"  不涉及 {m['item_name']} — {m['reason']}")
    masks = {"name": mask_name, "id": mask_id_number}
    for f in form["fields"]:
        value = f["value"]
        if value and f["mask"] in masks:
            value = masks[f["mask"]](value)
        elif value and f["sensitive"]:
            value = mask_all(value)
        feeds = "、".join(x["acceptance_number"][-2:] for x in f["feeds"])
        click.echo(f"  [{f['group']}] {f['label']} = {value or '—'}  ({f['source'] or '未填'}) → 成员 {feeds}")
    for m in form["materials"]:
        st = "；".join(f"{n[-2:]}:{v['material']} {v['status']}" for n, v in m["members"].items())
        extra = f"（由 {m['produced_by']} 核发后共享）" if m["produced_by"] else ""
        click.echo(f"  材料 {m['name']}{extra}  {st}")


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
    from app.services.bundles import is_bundle_number, set_bundle_fields
    from app.services.cases import set_answers, set_fields

    sctx = context_from(ctx)
    try:
        who = actor_for(sctx, "case.edit")
        if is_bundle_number(sctx, ident):
            if answers:
                raise click.UsageError("一件事的情形在新建时确定 / a bundle's 情形 are set when it is created")
            set_bundle_fields(sctx, ident, parse_answers(fields), actor=who)
            click.echo("已保存（一件事，各成员同步） / saved to every member")
            return
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


@case_group.command("attach")
@click.argument("ident")
@click.argument("material")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@login_options
@click.pass_context
def attach_cmd(ctx: click.Context, ident: str, material: str, files: tuple[Path, ...]) -> None:
    """收取材料页（一件事：材料键，一次收取附到所有需要的成员）/ attach pages of a material (a bundle's key: once for all)."""
    import mimetypes

    from app.services.bundles import add_bundle_material_file, is_bundle_number
    from app.services.cases import add_material_file

    sctx = context_from(ctx)
    try:
        who = actor_for(sctx, "case.edit")
        bundle = is_bundle_number(sctx, ident)
        for f in files:
            media = mimetypes.guess_type(f.name)[0] or "application/octet-stream"
            if bundle:
                attached = add_bundle_material_file(sctx, ident, material, f.read_bytes(), actor=who, media_type=media,
                                                    filename=f.name)
                click.echo(f"{f.name} → " + "、".join(f"{n}:{c}" for n, c in attached.items()))
            else:
                add_material_file(sctx, ident, material, f.read_bytes(), actor=who, media_type=media, filename=f.name)
                click.echo(f"{f.name} → {material}")
    finally:
        sctx.close()


@case_group.command("deliver")
@click.argument("ident")
@click.option("--partial", is_flag=True, help="部分出件（记录未办结的成员）/ hand over what is approved now (audited).")
@click.option("--certificates", "cert_dir", default=None, type=click.Path(path_type=Path),
              help="同时生成全部成员证照 PDF 到此文件夹 / also write every member's certificate PDF here.")
@login_options
@click.pass_context
def deliver_cmd(ctx: click.Context, ident: str, partial: bool, cert_dir: Path | None) -> None:
    """一件事综合出件：全部成员办结后一次出件 / 出件 of a 一件事 when all members are decided."""
    from app.services.bundles import bundle_certificates, deliver_bundle

    sctx = context_from(ctx)
    try:
        who = actor_for(sctx, "case.transition")
        if cert_dir is not None:
            cert_dir.mkdir(parents=True, exist_ok=True)
            for c in bundle_certificates(sctx, ident, actor=actor_for(sctx, "pi.print")):
                click.echo(f"证照 {c.acceptance_number} 《{c.name}》→ {c.write(cert_dir / c.filename)}")
        done = deliver_bundle(sctx, ident, actor=who, partial=partial)
    finally:
        sctx.close()
    click.echo(f"已出件 {'、'.join(done['delivered'])}"
               + (f"；未办结 {'、'.join(done['outstanding'])}（部分出件已记录）" if done["outstanding"] else ""))


def register(cli: click.Group) -> None:
    cli.add_command(case_group)
