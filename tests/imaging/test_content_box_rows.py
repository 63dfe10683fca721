"""The box around a scanned page's print keeps every block near the page's print, not only those
near its largest block: a 公共场所卫生许可证 without rules has its seal and signature as the largest
block at the bottom, rows of label and value above it, and its title and number (湘卫公字〔2024〕第…号)
above those — far from the seal, near the rows. Looked at in order of size, the title came before
the rows had grown the box and was dropped, and the number was never read (family L: 3 of 15 卫生
licences, scans and faxes). Drawn from scratch on a white A4 scan."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.imaging.document import content_box
from tests.prefill.fonts import cjk_font

TITLE_TOP = 380


def _scan(page_number: bool = False) -> np.ndarray:
    w, h = 1746, 2431
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.text((520, TITLE_TOP), "公共场所卫生许可证", font=cjk_font(80), fill=(0, 0, 0))
    d.text((1000, 510), "湘卫公字〔2024〕第430104004052号", font=cjk_font(28), fill=(0, 0, 0))
    for i, (label, value) in enumerate((("单位名称", "岳麓区旭日书城"), ("法定代表人", "钟国"),
                                        ("地址", "湖南省长沙市岳麓区人民南路43号"), ("许可项目", "书店"),
                                        ("有效期限", "自2024年03月20日至2028年03月19日"))):
        d.text((240, 620 + i * 125), label, font=cjk_font(34), fill=(0, 0, 0))
        d.text((520, 620 + i * 125), value, font=cjk_font(34), fill=(0, 0, 0))
    d.text((840, 1500), "发证机关（盖章）：岳麓区卫生健康委员会", font=cjk_font(34), fill=(0, 0, 0))
    d.ellipse((1040, 1560, 1400, 1920), outline=(0, 0, 0), width=14)  # the seal
    d.regular_polygon((1220, 1740, 70), 5, fill=(0, 0, 0))
    if page_number:
        d.text((860, 2380), "1", font=cjk_font(30), fill=(0, 0, 0))
    return np.asarray(im)[:, :, ::-1].copy()


def test_the_title_and_number_above_the_rows_are_in_the_box() -> None:
    box = content_box(_scan())
    assert box is not None
    assert box[1] < TITLE_TOP  # the title (and the number under it) are inside
    assert box[3] >= 1920  # the seal too


def test_a_far_page_number_stays_out() -> None:
    box = content_box(_scan(page_number=True))
    assert box is not None
    assert box[3] < 2380
