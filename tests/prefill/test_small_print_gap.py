"""Session 32 (zrpdf): a QR code's small caption beside a value's row is no gap in the value (zrwrong's test_small_print_beside_value: nor does it continue it).

A 2019-template 营业执照 副本 prints its QR code top right with a caption of three lines of small type
(扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。), its first line level with the 类型 row.
`layout.value_after` took any box past a wide gap on a value's row, where no label heads a column, as the value
going on past unread print (`Value.hole`: glare, a fold) and blanked the value (`wrapped_row_incomplete`): ZR's
副本 scans, copies and 高拍仪 frames lost their 类型 that way (zr_0068, zr_0099, zr_0144). `layout.SMALL_PRINT_GAP`: a box
there below 0.8 of the value's height, over another such box (a block of smaller print), ends the value without
marking a gap. Drawn as a vector PDF (reportlab, the bundled 霞鹜文楷 face) read through `ocr_files`; main (the
rule off) leaves 类型 blank. A value whose row goes on past a gap in its own size still counts as holed.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from tests.prefill.pages import COPY_CODE as CODE
from tests.prefill.pages import COPY_ROWS as ROWS
from tests.prefill.pages import draw_copy_head, draw_spread_label

CAPTION = ("扫描二维码登录“国家企业信用", "信息公示系统”了解更多登记、", "备案、许可、监管信息。")


def _copy(path: Path, *, tail: str = "") -> Path:
    """A portrait 副本 as a vector PDF: the code, the title, spread labels with their values; the QR code
    top right and its caption's three lines of small print, the first level with the 类型 row. `tail`:
    text in the value's own size printed past a gap on the 类型 row instead."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = path.parent / "face.ttf"
    font.write_bytes(resources.files("resources").joinpath("fonts/LXGWWenKai-Regular.ttf").read_bytes())
    if "ZrpdfFace" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ZrpdfFace", str(font)))
    w, h = 595.0, 842.0
    c = canvas.Canvas(str(path), pagesize=(w, h))
    draw_copy_head(c, "ZrpdfFace", CODE, w, h)
    size = 12.0
    for i, (label, value) in enumerate(ROWS):
        y = h - 220 - 30 * i
        draw_spread_label(c, "ZrpdfFace", label, 60, y, size)
        c.drawString(60 + 5 * size, y, value)
        if label == "类型":
            if tail:
                c.drawString(60 + 5 * size + 14 * size, y, tail)
            else:  # the QR code (a block of modules) and its caption to its left, level with this row
                for r in range(21):
                    for q in range(21):
                        if (r * 7 + q * 13 + r * q) % 3 == 0 or min(r, q) < 2:
                            c.rect(480 + 3 * q, y + 30 - 3 * r, 3, 3, stroke=0, fill=1)
                c.setFont("ZrpdfFace", 7.5)
                for k, text in enumerate(CAPTION):
                    c.drawString(360, y + 1 - 9 * k, text)
    c.setFont("ZrpdfFace", 11)
    c.drawString(400, 140, "登记机关")
    c.drawString(420, 120, "2016年03月09日")
    c.showPage()
    c.save()
    return path


def _both(path: Path, monkeypatch) -> tuple[dict, dict]:
    from app.prefill import layout
    from tests.prefill.pages import read_file

    on = read_file(path)
    monkeypatch.setattr(layout, "SMALL_PRINT_GAP", 0.0)
    monkeypatch.setattr(layout, "SMALL_PRINT", 0.0)  # (zrwrong's rule skips the same caption on the row: main had neither)
    off = read_file(path)
    assert on["kind"] == off["kind"] == "business_license"
    return on["fields"], off["fields"]


def test_a_qr_captions_small_print_beside_the_row_is_no_gap(engine, tmp_path, monkeypatch) -> None:
    on, off = _both(_copy(tmp_path / "copy.pdf"), monkeypatch)
    assert off["entity_type"]["value"] == ""  # (main: the caption's first line taken for the value going on)
    assert off["entity_type"]["reason"] == "wrapped_row_incomplete"
    assert on["entity_type"]["value"] == "个体工商户"
    assert on["legal_representative"]["value"] == off["legal_representative"]["value"] == "丁兰涵"


def test_print_of_the_values_size_past_a_gap_still_holes_it(engine, tmp_path, monkeypatch) -> None:
    # the row going on in the value's own size, a wide stretch of paper between: a part was not read
    on, off = _both(_copy(tmp_path / "holed.pdf", tail="合伙企业"), monkeypatch)
    assert on["entity_type"]["value"] == off["entity_type"]["value"] == ""
