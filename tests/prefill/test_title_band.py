"""A licence whose large, letter-spaced title the whole page's detector missed (session 19, lane
ukinds: U u0110, a dim photo; u0133, a chat app's tall screenshot): the page's top band read
alone boxes it (`reader.reread_title`), so the page is the licence rather than `other`. Only a
page whose read holds two of a licence's own labels is read again (`reader.TITLE_EVIDENCE`)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import reader
from app.prefill.engine import StageClock, TextLine
from tests.prefill.fonts import SANS, cjk_font


def _page() -> np.ndarray:
    img = Image.new("RGB", (900, 1200), (236, 232, 222))
    d = ImageDraw.Draw(img)
    big, small = cjk_font(64, SANS), cjk_font(22, SANS)
    for i, ch in enumerate("营业执照"):
        d.text((230 + 120 * i, 120), ch, font=big, fill=(30, 30, 30))
    for i, (label, value) in enumerate((("名称", "众诚(深圳)教育咨询有限公司"), ("类型", "有限责任公司"))):
        d.text((80, 300 + 50 * i), label, font=small, fill=(40, 40, 40))
        d.text((220, 300 + 50 * i), value, font=small, fill=(40, 40, 40))
    return np.array(img)[:, :, ::-1].copy()


def _line(text: str, y: float) -> TextLine:
    quad = ((80.0, y), (400.0, y), (400.0, y + 26), (80.0, y + 26))
    return TextLine(text, 0.99, quad, False, tuple((0.999, "", 0.0) for _ in text), ())


def test_the_top_band_gives_the_title_back(engine) -> None:
    lines = [_line("统一社会信用代码", 250), _line("名称众诚(深圳)教育咨询有限公司", 300),
             _line("经营范围", 700), _line("凭营业执照依法自主开展经营活动", 900)]
    # (a scope naming 营业执照 in a sentence is no title: the band is still read)
    got = reader.reread_title(_page(), lines, engine, StageClock())
    assert got is not None and any("营业执照" in ln.text for ln in got[len(lines):])


def test_a_page_with_its_title_is_not_read_again(engine) -> None:
    lines = [_line("营业执照", 120), _line("名称众诚(深圳)教育咨询有限公司", 300)]
    assert reader.reread_title(_page(), lines, engine, StageClock()) is None


def test_a_page_without_a_licence_row_is_not_read_again(engine) -> None:
    # a receipt, a letter or a blank sheet: no licence label was read, so its top band costs no
    # second detector pass (the negatives of every family paid ~0.4 s for it)
    lines = [_line("收款收据", 120), _line("今收到众诚(深圳)教育咨询有限公司", 300)]
    assert reader.reread_title(_page(), lines, engine, StageClock()) is None
