"""`zongchuang print DOC --case ID (--out FILE.pdf | --printer NAME [--copies N])`,
`zongchuang print --list [--case ID]` and `zongchuang printer list|calibrate|test-page|default`."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import click

from app.cli._common import actor_for, context_from, echo_json, login_options

DOC_HELP = ("文书名称（中文）或英文别名 / document name or ASCII alias: 受理回执 receipt; 材料接收凭证 material-receipt; "
            "一次性告知书 notice; 补正告知书 correction-notice; 容缺受理通知书 tolerance-notice; "
            "容缺受理承诺书 tolerance-pledge; 告知承诺书 commitment; 不予受理通知书 refusal; "
            "事项证照 certificate (如 公共场所卫生许可证 health-license).")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    from app.errors import InputError

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"日期应为 YYYY-MM-DD：{value}", f"dates are YYYY-MM-DD: {value}") from None


@click.command("print", epilog=DOC_HELP)
@click.argument("doc", required=False)
@click.option("--case", "case_id", help="受理编号或 uuid / acceptance number or uuid.")
@click.option("--out", "out", type=click.Path(dir_okay=False), help="输出 PDF 文件 / write the PDF here.")
@click.option("--printer", help="打印机名称 / printer name (see `zongchuang printer list`).")
@click.option("--copies", type=click.IntRange(1, 99), help="份数 / copies (default: the document's, usually 1).")
@click.option("--backend", type=click.Choice(["cups", "windows", "qt"]), help="打印方式 / print backend (qt: QtPdf + QPrinter).")
@click.option("--date", "date_", metavar="YYYY-MM-DD", help="文书落款日期（默认今天）/ date printed on it (default today).")
@click.option("--preprinted", is_flag=True, help="证照套打：只打印可变内容 / certificate on pre-printed paper.")
@click.option("--list", "list_", is_flag=True, help="列出文书（带 --case 时显示能否打印）/ list documents.")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
@login_options
@click.pass_context
def print_cmd(ctx: click.Context, doc: str | None, case_id: str | None, out: str | None, printer: str | None,
              copies: int | None, backend: str | None, date_: str | None, preprinted: bool, list_: bool,
              as_json: bool) -> None:
    """生成或打印办件文书 / render or print a case's document.

    \b
    zongchuang print receipt --case 420107-01-20261122-0007 --out 回执.pdf
    zongchuang print 一次性告知书 --case 420107-01-20261122-0007 --printer VPDF --copies 2
    zongchuang print --list --case 420107-01-20261122-0007
    """
    from app.errors import InputError

    if list_:
        _list(ctx, case_id, as_json)
        return
    if not doc or not case_id:
        raise InputError("请给出文书名称和 --case（或用 --list 查看）", "give DOC and --case (or use --list)")
    if bool(out) == bool(printer):
        raise InputError("请在 --out（生成 PDF）和 --printer（打印）中选择一个",
                         "choose exactly one of --out (write a PDF) and --printer (print)")
    from app.services import bundles, printing

    sctx = context_from(ctx)
    try:
        actor = actor_for(sctx, "pi.print")
        if bundles.is_bundle_number(sctx, case_id):  # 一件事: one receipt / one notice for all members
            if not out:
                raise InputError("一件事文书请用 --out 生成 PDF 后打印", "bundle documents: use --out to write the PDF")
            pdf = bundles.render_bundle_document(sctx, case_id, doc, actor=actor, issued_on=_date(date_))
            path = Path(out)
            path.write_bytes(pdf)
            result = {"document": doc, "file": str(path), "sha256": hashlib.sha256(pdf).hexdigest(), "reprint": False}
        elif out:
            rendered = printing.render_document(sctx, case_id, doc, actor=actor, issued_on=_date(date_),
                                                preprinted=preprinted)
            path = rendered.write(out)
            result = {"document": rendered.name, "file": str(path), "sha256": rendered.sha256, "reprint": rendered.reprint}
        else:
            outcome = printing.print_document(sctx, case_id, doc, actor=actor, printer=printer, copies=copies,
                                              backend=backend, issued_on=_date(date_), preprinted=preprinted)
            result = {"document": outcome.document, "printer": outcome.printer, "copies": outcome.copies,
                      "job": outcome.job_id, "reprint": outcome.reprint, "sha256": outcome.sha256}
    finally:
        sctx.close()
    if as_json:
        echo_json(result)
    elif out:
        click.echo(f"已生成《{result['document']}》{'（补打）' if result['reprint'] else ''}：{result['file']}")
    else:
        click.echo(f"已发送《{result['document']}》{'（补打）' if result['reprint'] else ''}到 {result['printer']}，"
                   f"{result['copies']} 份，任务 {result['job'] or '-'}")


def _list(ctx: click.Context, case_id: str | None, as_json: bool) -> None:
    from app.documents.registry import CALIBRATION, CERTIFICATE_ALIASES, DOCUMENTS

    if not case_id:
        rows = [{"name": d.name, "aliases": list(d.aliases), "title_en": d.title_en, "copies": d.copies} for d in DOCUMENTS]
        rows.append({"name": "（事项证照，如 公共场所卫生许可证）", "aliases": list(CERTIFICATE_ALIASES[:1]) + ["health-license"],
                     "title_en": "the item's certificate (result.certificate)", "copies": 1})
        rows.append({"name": CALIBRATION.name, "aliases": list(CALIBRATION.aliases), "title_en": CALIBRATION.title_en,
                     "copies": 1})
        if as_json:
            echo_json(rows)
            return
        for r in rows:
            click.echo(f"{r['name']}\t{', '.join(r['aliases'])}\t{r['title_en']}")
        return
    from app.services import printing

    sctx = context_from(ctx)
    try:
        choices = printing.list_documents(sctx, case_id)
    finally:
        sctx.close()
    if as_json:
        echo_json([c.__dict__ for c in choices])
        return
    for c in choices:
        mark = "可打印" if c.available else "不可打印"
        extra = f"（已打印 {c.printed} 次，再打为补打）" if c.printed else ""
        reason = f"：{c.reason_zh}" if c.reason_zh else ""
        click.echo(f"{c.name}\t{c.alias}\t{mark}{extra}{reason}")


@click.group("printer")
def printer_group() -> None:
    """打印机：列表、套打校准、测试页 / printers: list, 套打 calibration, test page."""


@printer_group.command("list")
@click.option("--json", "as_json", is_flag=True)
def printer_list(as_json: bool) -> None:
    """列出系统打印机 / list the printers the spoolers know."""
    from app.services.printing import list_printers

    printers = list_printers()
    if as_json:
        echo_json(printers)
        return
    if not printers:
        click.echo("没有找到打印机 / no printers found")
    for p in printers:
        click.echo(f"{p['name']}\t{p['backend']}\t{p['state']}{'（默认）' if p['is_default'] else ''}\t{p['device_uri']}")


@printer_group.command("calibrate")
@click.argument("printer")
@click.option("--right", "right_mm", type=float, required=True, help="向右偏移毫米（负数向左）/ mm to the right.")
@click.option("--down", "down_mm", type=float, required=True, help="向下偏移毫米（负数向上）/ mm down.")
@login_options
@click.pass_context
def printer_calibrate(ctx: click.Context, printer: str, right_mm: float, down_mm: float) -> None:
    """保存套打偏移 / store the 套打 offset of PRINTER (mm)."""
    from app.services.printing import set_calibration

    sctx = context_from(ctx)
    try:
        set_calibration(sctx, printer, right_mm, down_mm, actor=actor_for(sctx))
    finally:
        sctx.close()
    click.echo(f"已保存 {printer} 的套打偏移：右 {right_mm:+.1f} mm，下 {down_mm:+.1f} mm")


@printer_group.command("test-page")
@click.argument("printer")
@click.option("--out", type=click.Path(dir_okay=False), help="只生成 PDF / only write the PDF.")
@click.option("--verify", is_flag=True, help="按已存偏移打印以核对 / print with the stored offset to verify it.")
@login_options
@click.pass_context
def printer_test_page(ctx: click.Context, printer: str, out: str | None, verify: bool) -> None:
    """打印套打校准页（毫米网格）/ print the calibration grid page.

    \b
    1. zongchuang printer test-page P         测量：十字中心到纸左边 X、上边 Y（mm）
    2. zongchuang printer calibrate P --right (20-X) --down (20-Y)
    3. zongchuang printer test-page P --verify   核对：十字中心应在 20 mm 处
    """
    from pathlib import Path

    from app.services import printing

    sctx = context_from(ctx)
    try:
        if out:
            Path(out).write_bytes(printing.calibration_page(sctx, printer, apply_offset=verify))
            click.echo(f"已生成校准页：{out}")
        else:
            job = printing.print_calibration_page(sctx, printer, actor=actor_for(sctx), apply_offset=verify)
            click.echo(f"校准页已发送到 {printer}，任务 {job or '-'}")
    finally:
        sctx.close()


@printer_group.command("default")
@click.argument("printer")
@click.option("--backend", type=click.Choice(["cups", "windows", "qt"]))
@click.option("--seal-image", type=click.Path(dir_okay=False), help="印章图片 PNG / seal image (PNG).")
@click.pass_context
def printer_default(ctx: click.Context, printer: str, backend: str | None, seal_image: str | None) -> None:
    """设置默认打印机（及打印方式、印章图片）/ set the default printer."""
    from app.services.printing import set_defaults

    sctx = context_from(ctx)
    try:
        s = set_defaults(sctx, printer=printer, backend=backend, seal_image=seal_image)
    finally:
        sctx.close()
    click.echo(f"默认打印机：{s.default_printer}；打印方式：{s.backend or '系统默认'}")


def register(cli: click.Group) -> None:
    cli.add_command(print_cmd)
    cli.add_command(printer_group)
