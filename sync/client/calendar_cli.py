"""`zongchuang calendar import FILE|--from-platform` and `calendar status`: the yearly
国务院办公厅 holiday notice, loaded in one step by IT. It lives in the sync layer because
`--from-platform` fetches the notice from the platform's master data (app never imports sync)."""

from __future__ import annotations

import click

from app.cli._common import actor_for, context_from, echo_json, login_options


@click.group("calendar")
def calendar_group() -> None:
    """法定节假日安排 / statutory holiday calendar."""


@calendar_group.command("import")
@login_options
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("--from-platform", "from_platform", is_flag=True, help="从中心平台主数据导入 / from the platform's master data.")
@click.option("--platform", "platform_url", default=None, help="平台地址 / platform URL.")
@click.option("--token", "credential", default=None, envvar="ZONGCHUANG_PLATFORM_TOKEN",
              help="工作站凭据 / workstation credential.")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@click.pass_context
def import_cmd(ctx: click.Context, file: str | None, from_platform: bool, platform_url: str | None,
               credential: str | None, as_json: bool) -> None:
    """导入国务院办公厅节假日安排通知（文本或 YAML），暂定的承诺办结日期随即重算 / import the State
    Council's holiday notice (text or YAML); provisional due dates are recounted."""
    from app.errors import InputError
    from app.services import calendar as svc

    if bool(file) == from_platform:
        raise InputError("请给出通知文件，或用 --from-platform（二选一）", "give the notice FILE or --from-platform (one of them)")
    sctx = context_from(ctx)
    try:
        actor = actor_for(sctx)
        if from_platform:
            result = _from_platform(sctx, platform_url, credential, actor)
        else:
            result = svc.import_notice(sctx, file, actor=actor)
    finally:
        sctx.close()
    if as_json:
        echo_json(result)
        return
    years = "、".join(map(str, result["years"])) or "无新数据"
    click.echo(f"已导入 {years} 年节假日安排 / imported: {years}")
    for c in result["recounted"]:
        click.echo(f"  {c['acceptance_number']}: 承诺办结日期 {c['from']}（暂定）→ {c['to']}；可补打受理回执")
    if result["recounted"]:
        click.echo(f"重算 {len(result['recounted'])} 件 / {len(result['recounted'])} due dates recounted "
                   "(zongchuang print receipt --case 受理编号)")


def _from_platform(sctx, platform_url: str | None, credential: str | None, actor) -> dict:
    from app.calendar.notice import read_notice_file
    from app.services import calendar as svc
    from sync.client import master
    from sync.client.session import close_sync, open_sync

    runner = open_sync(sctx, platform_url, credential=credential)
    try:
        changed = master.pull(runner.client, sctx.data_dir)
    finally:
        close_sync(runner)
    path = sctx.data_dir / svc.OVERRIDES
    years = read_notice_file(path.read_text(encoding="utf-8")) if path.exists() else {}
    if "calendar_overrides" not in changed:
        recounted = svc.recount_provisional(sctx, actor=svc.system_actor(actor), by=actor.user) if years else []
        return {"years": [], "file": str(path), "recounted": recounted, "unchanged": True}
    return svc.import_years(sctx, years, actor=actor, source="platform")


@calendar_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@click.pass_context
def status_cmd(ctx: click.Context, as_json: bool) -> None:
    """本年和明年的节假日数据是否已导入 / whether this and next year's holidays are loaded."""
    import datetime as dt

    from app.services.calendar import next_year_warning

    sctx = context_from(ctx)
    try:
        year = dt.date.today().year
        covered = {str(y): sctx.calendar.covers(y) for y in (year, year + 1)}
        warning = next_year_warning(sctx.calendar)
    finally:
        sctx.close()
    if as_json:
        echo_json({"covered": covered, "warning": warning})
        return
    for y, ok in covered.items():
        click.echo(f"{y}: {'已导入 / loaded' if ok else '未导入（暂定计算）/ not loaded (provisional)'}")
    if warning:
        click.echo(warning)


def register(cli: click.Group) -> None:
    cli.add_command(calendar_group)
