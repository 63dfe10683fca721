"""`zongchuang catalog list|show|validate`."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli._common import echo_json


@click.group("catalog")
def catalog_group() -> None:
    """事项目录 / the service-item catalog."""


@catalog_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
def list_cmd(as_json: bool) -> None:
    """列出事项（每行一项，编码在前）/ list items, one a line, code first."""
    from app.services import catalog as svc

    items = svc.list_items()
    bundles = svc.list_bundles()
    if as_json:
        echo_json(items + bundles)
        return
    for it in items:
        click.echo(f"{it['code']}\t{it['name']}\t{it['kind']}\t承诺{it['promised_days']}个工作日")
    for b in bundles:
        click.echo(f"{b['code']}\t{b['name']}\t一件事\t牵头 {b['lead_department']}，{len(b['members'])} 个成员事项")


@catalog_group.command("show")
@click.argument("code")
@click.option("--answer", "-a", "answers", multiple=True, metavar="KEY=VALUE",
              help="情形答案，显示对应的材料清单 / 情形 answers; shows the resulting checklist.")
def show_cmd(code: str, answers: tuple[str, ...]) -> None:
    """显示一个事项（JSON）/ show one item as JSON."""
    from app.cli._common import parse_answers
    from app.services import catalog as svc

    echo_json(svc.show_item(code, parse_answers(answers)))


@catalog_group.command("validate")
@click.argument("folder", type=click.Path(path_type=Path))
def validate_cmd(folder: Path) -> None:
    """校验一个目录文件夹 / check a catalog folder."""
    from app.services import catalog as svc

    report = svc.validate_folder(folder)
    click.echo(f"目录有效 / catalog OK: {report['items']} 个事项 / items, {report['bundles']} 个一件事 / bundles, 版本 / version {report['version']}, "
               f"hash {report['hash'][:12]}")


def register(cli: click.Group) -> None:
    cli.add_command(catalog_group)
