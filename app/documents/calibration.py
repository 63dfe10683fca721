"""The 套打 calibration test page: a millimetre grid with labelled 10 mm lines, crosshairs at
known positions and the printer's current offset. The clerk prints it on plain paper, lays it
over a pre-printed form (or measures where the crosshair landed) and enters the offset in mm."""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.data import zh_date
from app.documents.fonts import FONT, register_font


def draw_calibration(c: Canvas, *, printer: str, offset_mm: tuple[float, float], today: dt.date,
                     page=A4, apply_offset: bool = False) -> None:
    """The grid page. Printed raw (default) the clerk measures the printer's own error; with
    `apply_offset` it verifies a stored offset (the crosshairs should then sit at 20 mm)."""
    register_font()
    w, h = page
    c.saveState()
    if apply_offset:
        c.translate(offset_mm[0] * mm, -offset_mm[1] * mm)
    c.setLineWidth(0.1)
    c.setStrokeColor(colors.Color(0.75, 0.75, 0.75))
    for x in range(0, int(w / mm) + 1):
        if x % 10:
            c.line(x * mm, 0, x * mm, h)
    for y in range(0, int(h / mm) + 1):
        if y % 10:
            c.line(0, h - y * mm, w, h - y * mm)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.4)
    c.setFont(FONT, 6)
    for x in range(0, int(w / mm) + 1, 10):
        c.line(x * mm, 0, x * mm, h)
        c.drawString(x * mm + 0.6 * mm, h - 8 * mm, str(x))
    for y in range(0, int(h / mm) + 1, 10):
        c.line(0, h - y * mm, w, h - y * mm)
        c.drawString(2 * mm, h - y * mm - 2.5 * mm, str(y))
    c.setStrokeColor(colors.Color(0.8, 0, 0))
    c.setLineWidth(0.5)
    for cx, cy in ((20, 20), (w / mm - 20, 20), (20, h / mm - 20), (w / mm - 20, h / mm - 20), (w / mm / 2, h / mm / 2)):
        c.line((cx - 6) * mm, h - cy * mm, (cx + 6) * mm, h - cy * mm)
        c.line(cx * mm, h - (cy - 6) * mm, cx * mm, h - (cy + 6) * mm)
        c.circle(cx * mm, h - cy * mm, 3 * mm)
    c.restoreState()
    c.setFillColor(colors.white)
    c.rect(30 * mm, h / 2 - 50 * mm, w - 60 * mm, 36 * mm, stroke=1, fill=1)
    c.setFillColor(colors.black)
    c.setFont(FONT, 14)
    c.drawCentredString(w / 2, h / 2 - 22 * mm, "套打校准页（毫米网格）")
    c.setFont(FONT, 9)
    state = "已按此偏移打印（核对页）" if apply_offset else "未加偏移（测量页）"
    c.drawCentredString(w / 2, h / 2 - 29 * mm,
                        f"打印机：{printer or '（未指定）'}　已存偏移：右 {offset_mm[0]:+.1f} mm，下 {offset_mm[1]:+.1f} mm，"
                        f"{state}　{zh_date(today)}")
    if apply_offset:
        c.drawCentredString(w / 2, h / 2 - 35 * mm, "左上角十字中心应距纸左边、上边各 20 mm；仍有偏差请重新测量。")
    else:
        c.drawCentredString(w / 2, h / 2 - 35 * mm, "量出左上角十字中心到纸左边 X mm、到纸上边 Y mm（应为 20），然后运行：")
        c.drawCentredString(w / 2, h / 2 - 41 * mm, "zongchuang printer calibrate 打印机 --right (20−X) --down (20−Y)")
