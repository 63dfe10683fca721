"""`zongchuang prereview CASE.json [--json]`: pre-review an interchange file without a store.

The catalog is the one this workstation uses (a platform-delivered catalog in the data folder,
else the packaged one), or `--catalog DIR`; the region is the document's `center.region`, else
`--region`, else the workstation's. Bad input (missing file, malformed JSON, unknown item or
情形, a date outside holiday-calendar coverage) is a bilingual error and a non-zero exit.
"""

from __future__ import annotations

from pathlib import Path

import click

from app.cli._common import echo_json

SEVERITY_ZH = {"block": "必须补正", "容缺": "可容缺", "warn": "请核对", "info": "提示"}


def _catalog_for(base: Path, load_catalog):
    """The catalog a workstation in `base` works with: one delivered by the platform's master-data
    feed wins, else the packaged one (as app.bootstrap.open_context chooses)."""
    import app.review.compiler  # noqa: F401  (compiles every rule at load)
    from app.catalog import default_catalog

    delivered = base / "master" / "catalog"
    return load_catalog(delivered) if (delivered / "catalog.yaml").exists() else default_catalog()


def review_file(path: Path, *, data_dir: str | None, catalog_dir: Path | None, region: str | None,
                strict: bool, today: str | None):
    import datetime as dt

    from app.bootstrap import catalog_for as _catalog_for
    from app.calendar.workdays import default_calendar
    from app.catalog import load_catalog
    from app.config import load_workstation
    from app.errors import InputError
    from app.paths import data_dir as resolve
    from app.services.prereview import load_document, prereview_document

    base = resolve(data_dir)
    catalog = load_catalog(catalog_dir) if catalog_dir else _catalog_for(base, load_catalog)
    workstation = load_workstation(base if base.exists() else None)
    calendar = default_calendar(base / "master" / "calendar_overrides.yaml")
    doc = load_document(path)
    if strict:
        item = catalog.get(doc.item_code)
        unknown = [k for k in doc.fields if item.field(k) is None]
        if unknown:
            raise InputError(f"事项 {item.code} 没有字段：{'、'.join(unknown)}", f"item {item.code} has no fields: {', '.join(unknown)}")
    day = None
    if today:
        try:
            day = dt.date.fromisoformat(today)
        except ValueError:
            raise InputError(f"--today 应为 YYYY-MM-DD：{today}", f"--today must be YYYY-MM-DD: {today}") from None
    return prereview_document(catalog, doc, calendar=calendar, region=region or workstation.region, today=day,
                              strict_calendar=True)


@click.command("prereview")
@click.argument("case_file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@click.option("--catalog", "catalog_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="使用指定的目录文件夹 / use this catalog folder.")
@click.option("--region", default=None, help="中心辖区区划代码（文件未写明时）/ the center's region code.")
@click.option("--today", default=None, help="受理日期（文件未写明时，默认今天）/ acceptance date if the file has none.")
@click.option("--strict", is_flag=True, help="未知字段视为错误 / unknown field keys are an error (default: a finding).")
@click.pass_context
def prereview_cmd(ctx: click.Context, case_file: Path, as_json: bool, catalog_dir: Path | None, region: str | None,
                  today: str | None, strict: bool) -> None:
    """智能预审一个办件交换文件 / pre-review a case interchange file (zongchuang-case/1)."""
    data_dir = (ctx.find_root().obj or {}).get("data_dir")
    result = review_file(case_file, data_dir=data_dir, catalog_dir=catalog_dir, region=region, strict=strict,
                         today=today)
    data = result.to_dict()
    if as_json:
        echo_json(data)
        return
    click.echo(f"{data['item_name']}（{data['item_code']}）  结论：{data['decision_label']}  "
               f"承诺办结日期：{data['due_date'] or '—'}  目录 {data['catalog_version']}/{data['catalog_hash'][:12]}")
    if data["supplement_deadline"]:
        click.echo(f"容缺材料补齐期限：{data['supplement_deadline']}")
    for i, f in enumerate(data["findings"], 1):
        where = " ".join(x for x in (f["field"] and f"字段 {f['field']}", f["material"] and f"材料 {f['material']}") if x)
        tag = "不予受理" if f.get("refuse") else SEVERITY_ZH.get(f["severity"], f["severity"])
        if f.get("manual"):
            tag += "·转人工"
        click.echo(f"{i:>2}. [{tag}] {f['message']}  ({f['rule']}{'; ' + where if where else ''})")
        if f["basis"]:
            click.echo(f"      依据：{f['basis']}")
        if f["hint"]:
            click.echo(f"      建议：{f['hint']}")


def register(cli: click.Group) -> None:
    cli.add_command(prereview_cmd)
