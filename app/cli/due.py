"""`zongchuang due --from DATE --days N`: the promised due date in working days."""

from __future__ import annotations

import click


@click.command("due")
@click.option("--from", "start", required=True, metavar="YYYY-MM-DD", help="受理日期 / acceptance date.")
@click.option("--days", required=True, type=int, help="工作日数 / working days.")
@click.pass_context
def due_cmd(ctx: click.Context, start: str, days: int) -> None:
    """计算承诺办结日期（受理当日不计）/ due date, acceptance day not counted. A year whose
    国务院办公厅 notice is not loaded yet is counted from the statutory holidays: the date is
    printed with 暂定 (provisional)."""
    from app.calendar.workdays import default_calendar
    from app.services.calendar import compute_due_provisional

    data_dir = (ctx.find_root().obj or {}).get("data_dir")
    calendar = default_calendar(_overrides_file(data_dir))
    due, estimated = compute_due_provisional(start, days, calendar)
    if not estimated:
        click.echo(due.isoformat())
        return
    years = "、".join(map(str, estimated))
    click.echo(f"{due.isoformat()} 暂定（{years} 年节假日安排尚未导入，按《全国年节及纪念日放假办法》推算；"
               f"导入国务院办公厅通知后以重算为准：zongchuang calendar import）/ provisional")


def _overrides_file(data_dir: str | None):
    """The data folder's imported/delivered holiday notices (without opening the store)."""
    from app.paths import data_dir as resolve_data_dir

    try:
        return resolve_data_dir(data_dir) / "master" / "calendar_overrides.yaml"
    except Exception:  # no usable data folder: the packaged calendar alone
        return None


def register(cli: click.Group) -> None:
    cli.add_command(due_cmd)
