"""`zongchuang case export|import|prereview|decide`: added onto the foundation's `case` group.

Modules register in alphabetical order, so `case` (app/cli/case.py) exists when this runs.
"""

from __future__ import annotations

from pathlib import Path

import click

from app.cli._common import actor_for, context_from, echo_json, login_options


@click.command("export")
@click.argument("ident")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="写入文件（默认输出到屏幕）/ write to this file (default: stdout).")
@click.option("--with-files", is_flag=True,
              help="同时把材料页面复制到 <文件名>.files/（须 --unmasked）/ also copy the pages (needs --unmasked).")
@click.option("--unmasked", is_flag=True,
              help="不脱敏导出（须有导出权限，记入审计）/ export personal data unmasked (export permission; audited).")
@login_options
@click.pass_context
def export_cmd(ctx: click.Context, ident: str, out: Path | None, with_files: bool, unmasked: bool) -> None:
    """导出办件交换文件（zongchuang-case/1；默认脱敏）/ export a case as interchange JSON (masked by default)."""
    from app.services.prereview import write_export

    sctx = context_from(ctx)
    try:
        who = actor_for(sctx, "pi.export" if unmasked else "case.view")
        text = write_export(sctx, ident, out, with_files=with_files, actor=who, unmasked=unmasked)
    finally:
        sctx.close()
    if out is None:
        click.echo(text)
    else:
        click.echo(f"已导出 / exported: {out}")


@click.command("import")
@click.argument("case_file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@login_options
@click.pass_context
def import_cmd(ctx: click.Context, case_file: Path, as_json: bool) -> None:
    """导入办件交换文件，新建草稿办件 / import an interchange file as a new draft case."""
    from app.services.prereview import read_import

    sctx = context_from(ctx)
    try:
        ref = read_import(sctx, case_file, actor=actor_for(sctx, "case.create"))
    finally:
        sctx.close()
    if as_json:
        echo_json({"uuid": ref.uuid, "acceptance_number": ref.acceptance_number})
    else:
        click.echo(f"{ref.uuid}\t{ref.acceptance_number}")


@click.command("prereview")
@click.argument("ident")
@login_options
@click.pass_context
def case_prereview_cmd(ctx: click.Context, ident: str) -> None:
    """预审已保存的办件（结果保存在办件上）/ pre-review a stored case; prints the result JSON."""
    from app.services.bundles import is_bundle_number, prereview_bundle
    from app.services.prereview import prereview_case

    sctx = context_from(ctx)
    try:
        if is_bundle_number(sctx, ident):  # 一件事: one pre-review across all members
            echo_json(prereview_bundle(sctx, ident, actor=actor_for(sctx, "case.edit")))
            return
        echo_json(prereview_case(sctx, ident, actor=actor_for(sctx, "case.edit")))
    finally:
        sctx.close()


@click.command("decide")
@click.argument("ident")
@click.argument("decision", type=click.Choice(["accept", "accept_with_tolerance", "refuse", "manual"]))
@click.option("--reason", default="", help="理由 / reason.")
@login_options
@click.pass_context
def decide_cmd(ctx: click.Context, ident: str, decision: str, reason: str) -> None:
    """按预审结果作出受理决定 / take the decision the pre-review allows."""
    from app.services import prereview as svc

    fn = {"accept": svc.accept_case, "accept_with_tolerance": svc.accept_with_tolerance,
          "refuse": svc.refuse_case, "manual": svc.route_manual}[decision]
    from app.services.bundles import accept_bundle, is_bundle_number

    sctx = context_from(ctx)
    try:
        if is_bundle_number(sctx, ident):
            if decision not in ("accept", "accept_with_tolerance"):
                raise click.UsageError("一件事按成员预审结果综合受理（accept）；不予受理请按成员分编号办理 / "
                                       "a bundle is accepted as a whole; refuse members by sub-number")
            taken = accept_bundle(sctx, ident, actor=actor_for(sctx, "case.transition"), **({"reason": reason} if reason else {}))
            for number, d in taken["members"].items():
                click.echo(f"{number}\t{d}")
            click.echo(f"一件事 {taken['acceptance_number']}: {taken['decision']}")
            return
        record = fn(sctx, ident, actor=actor_for(sctx, "case.transition"), **({"reason": reason} if reason else {}))
    finally:
        sctx.close()
    click.echo(f"{decision}: due {record.get('due_date')}")


def register(cli: click.Group) -> None:
    group = cli.commands.get("case")
    if not isinstance(group, click.Group):  # pragma: no cover - the foundation's group is missing
        return
    for cmd in (export_cmd, import_cmd, case_prereview_cmd, decide_cmd):
        group.add_command(cmd)
