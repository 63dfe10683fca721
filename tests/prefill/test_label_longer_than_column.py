"""A label longer than its column: a 营业执照 正本 whose 法定代表人 runs past the justified labels.

A licence's label column justifies its short labels across a fixed width (`名　　称`, `类　　型`,
`经营范围`), and a five-character 法定代表人 printed at its characters' own pitch reaches past that
width, its value following it. The reader blanks a value that starts clearly right of where the
column's other values start when its label's box reaches past the other labels (`layout._starts_late`:
glare over a value's head swallowed into the label's box, family B's `住　所` + 河北). Here the label's
box is no wider than the five characters read in it: nothing was swallowed, and the name is read
(ZR zr_0040, zr_0044: `杨英鑫`, `黎斌飞` read right at 0.97+ and blanked `gap in the value's row`).
A two-character label whose box reaches as far holds more than its characters: still blanked."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.layout as layout
from app.prefill import reader
from tests.prefill.fonts import SANS, cjk_font

SIZE = 34
PITCH = 1.6  # a long label's characters letter-spaced, as a form sets its labels
LEFT = (("名称", "上海信达青文化传媒有限公司"), ("类型", "有限责任公司(自然人独资)"), ("法定代表人", "杨英鑫"),
        ("经营范围", "计算机系统服务；企业管理咨询。"))
RIGHT = (("注册资本", "人民币壹仟万元整"), ("成立日期", "2009年10月25日"), ("营业期限", "2009年10月25日至2029年10月25日"),
         ("住所", "上海市徐汇区田林路400号"))


def _label(d: ImageDraw.ImageDraw, x: int, y: int, text: str, f, width: int) -> int:
    """`text` justified across `width` (a label longer than that letter-spaced at PITCH); its right end."""
    step = (width - SIZE) / (len(text) - 1) if len(text) * SIZE < width else PITCH * SIZE
    for i, ch in enumerate(text):
        d.text((x + round(i * step), y), ch, font=f, fill=(20, 20, 20))
    return x + round((len(text) - 1) * step) + SIZE


def _licence(long_name_label: str = "法定代表人") -> np.ndarray:
    img = Image.new("RGB", (2000, 1414), (248, 247, 242))
    d = ImageDraw.Draw(img)
    d.text((800, 120), "营业执照", font=cjk_font(90, SANS), fill=(0, 0, 0))
    d.text((150, 240), "统一社会信用代码", font=cjk_font(18, SANS), fill=(20, 20, 20))
    d.text((150, 265), "91310104X7X1KMMEY6", font=cjk_font(30, SANS), fill=(20, 20, 20))
    f = cjk_font(SIZE, SANS)
    col = 4 * SIZE
    for i, (label, value) in enumerate(LEFT):
        y = 380 + 95 * i
        label = long_name_label if label == "法定代表人" else label
        end = _label(d, 150, y, label, f, col)
        d.text((max(150 + col + 14, end + 14), y), value, font=f, fill=(20, 20, 20))
    for i, (label, value) in enumerate(RIGHT):
        y = 380 + 95 * i
        _label(d, 1000, y, label, f, col)
        d.text((1000 + col + 14, y), value, font=f, fill=(20, 20, 20))
    return np.asarray(img)[:, :, ::-1].copy()


def test_a_label_longer_than_its_column_swallowed_nothing() -> None:
    got = reader.read_page(_licence())
    rep = got.extraction.fields["legal_representative"]
    assert got.kind == "business_license"
    assert rep.value == "杨英鑫" and not rep.flagged, (rep.value, rep.note)


def test_without_the_character_count_the_name_was_blanked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layout, "LABEL_ADVANCE", 0.0)  # (main: any label box past the column swallowed)
    rep = reader.read_page(_licence()).extraction.fields["legal_representative"]
    assert rep.flagged and rep.note == "gap in the value's row", (rep.value, rep.note)
