"""`zongchuang due --from DATE --days N`: the promised due date in working days."""

from __future__ import annotations

import click


@click.command("due")
@click.option("--from", "start", required=True, metavar="YYYY-MM-DD", help="受理日期 / acceptance date.")
@click.option("--days", required=True, type=int, help="工作日数 / working days.")
def due_cmd(start: str, days: int) -> None:
    """计算承诺办结日期（受理当日不计）/ due date, acceptance day not counted."""
    from app.services.calendar import compute_due

    click.echo(compute_due(start, days).isoformat())


def register(cli: click.Group) -> None:
    cli.add_command(due_cmd)
