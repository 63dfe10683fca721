"""Session 32 (zrpdf): a 法定代表人 spread as wide as its five characters need is no label that swallowed its value's start.

A 营业执照 正本 sets its labels spread (分散对齐): 名　称, 类　型 and 经营范围 over four characters' width, and
法 定 代 表 人 over its five, its value printed right after it — a character or so right of where the other values
start. `layout._starts_late` calls a value late when its label's box reaches far past the column's labels with no
more characters than they have (a glared value's first characters read into the label's box); the column's
labels it measured against included the 统一社会信用代码 heading printed at the column's x over its code — eight
characters, so 法定代表人's five were "no more" and every such licence's representative was blanked (`wrapped_row_incomplete`).
ZR (PDFKit e-licences, scans, 高拍仪 frames): legal rep 52 % exact, 12 of 50 licences blanked this way.
`layout.LATE_LABELS_VALUED`: the label is measured only against the column's labels that head values on their own
rows. Drawn here as what an e-licence export is, a vector PDF (reportlab, the bundled 霞鹜文楷 face), read through
`ocr_files` (pdfium renders it at 200 dpi); main (the rule off) leaves the representative blank.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from tests.prefill.pages import read_file

CODE = "91110108MA01KD2U91"
LEFT = [("名称", "北京华瑞乐科技有限公司"), ("类型", "有限责任公司(自然人投资或控股)"), ("法定代表人", "孟嘉"),
        ("经营范围", "计算机系统服务;广告制作;服装服饰批发。")]
RIGHT = [("注册资本", "人民币伍拾万元整"), ("成立日期", "2011年06月11日"), ("营业期限", "2011年06月11日至2061年06月11日"),
         ("住所", "北京市海淀区中关村大街1038号")]


def _spread(c, label: str, x: float, y: float, width: float, size: float) -> float:
    """`label` spread over `width` (its first character at x, its last ending at x + width); its right end."""
    if len(label) == 1:
        c.drawString(x, y, label)
        return x + size
    step = (width - size) / (len(label) - 1)
    for i, ch in enumerate(label):
        c.drawString(x + i * step, y, ch)
    return x + width


def _elicence(path: Path) -> Path:
    """A landscape 正本 as a vector PDF: the code's heading and the code top left, the title, two columns of
    spread labels (six characters' width; 法定代表人 nine, its value after it)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = path.parent / "face.ttf"
    font.write_bytes(resources.files("resources").joinpath("fonts/LXGWWenKai-Regular.ttf").read_bytes())
    if "ZrpdfFace" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ZrpdfFace", str(font)))
    w, h = 842.0, 595.0
    c = canvas.Canvas(str(path), pagesize=(w, h))
    c.setFont("ZrpdfFace", 10)
    c.drawString(60, h - 110, "统一社会信用代码")
    c.drawString(60, h - 126, CODE)
    c.setFont("ZrpdfFace", 40)
    c.drawString(w / 2 - 80, h - 120, "营业执照")
    size = 14.0
    for col, rows in ((60.0, LEFT), (440.0, RIGHT)):
        for i, (label, value) in enumerate(rows):
            y = h - 180 - 40 * i
            c.setFont("ZrpdfFace", size)
            # (a short label spread over six characters' width, as wide as the code's heading or wider;
            # 法定代表人 over nine; values a character after the column's labels, a longer label's after it)
            end = _spread(c, label, col, y, (9 if len(label) > 4 else 6) * size, size)
            c.drawString(max(col + 7 * size, end + 0.6 * size), y, value)
    c.setFont("ZrpdfFace", 12)
    c.drawString(600, 90, "登记机关")
    c.drawString(620, 70, "2023年02月20日")
    c.showPage()
    c.save()
    return path


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return _elicence(tmp_path / "elicence.pdf")


def test_a_spread_five_character_label_keeps_its_value(engine, pdf, monkeypatch) -> None:
    from app.prefill import layout

    on = read_file(pdf)
    monkeypatch.setattr(layout, "LATE_LABELS_VALUED", False)
    off = read_file(pdf)
    assert on["kind"] == off["kind"] == "business_license"
    assert off["fields"]["legal_representative"]["value"] == ""  # (main: blanked as a value read late)
    assert off["fields"]["legal_representative"]["reason"] == "wrapped_row_incomplete"
    assert on["fields"]["legal_representative"]["value"] == "孟嘉"
    for key in ("name", "credit_code", "established_date"):  # (the rest as main reads it)
        assert on["fields"][key]["value"] == off["fields"][key]["value"] != ""
