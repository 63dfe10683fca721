"""A field the page prints none of does not make a blank-filling re-read fire.

A 个体工商户's business licence prints no 注册资本 and no 营业期限: the reader knows it (its type
read, no such label on the page) and notes those fields `none printed` — empty is their true value.
The re-reads that look for blank fields again (a 1-bit page softened, a watermark taken out of the
detector's view, a washed-out page stretched) cost a second detector pass and reading each (~1.5–2 s
CPU on a licence); counting such fields as unread sent licences read whole into them for nothing
(Y y0008, y0115: a fax read whole but for the two). Drawn here: a sole trader's licence scanned in
black and white, every printed row read, is read once; with a printed row left out it is read again."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.bilevel import soften_for_reread
from tests.prefill.fonts import SANS, cjk_font

ROWS = (("统一社会信用代码", "92440106YA4181789D"), ("名称", "顺昌餐馆"), ("类型", "个体工商户"),
        ("经营者", "薛子杰"), ("经营场所", "广东省广州市天河区中山大道41号"), ("注册日期", "2022年07月22日"),
        ("经营范围", "餐饮服务；食品销售。"))


def _sole_trader(rows: tuple[tuple[str, str], ...] = ROWS) -> np.ndarray:
    """A 个体工商户's 营业执照 on an A4 page, scanned in black and white (1-bit)."""
    img = Image.new("L", (1240, 1754), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((60, 60, 1180, 1694), outline=0, width=10)
    d.text((460, 160), "营业执照", font=cjk_font(80, SANS), fill=0)
    f = cjk_font(36, SANS)
    for i, (label, value) in enumerate(rows):
        d.text((150, 420 + 70 * i), label, font=f, fill=0)
        d.text((500, 420 + 70 * i), value, font=f, fill=0)
    g = cv2.GaussianBlur(np.asarray(img, np.float32) / 255, (0, 0), 0.8)
    return cv2.cvtColor(np.where(g > 0.7, 255, 0).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def test_a_licence_read_whole_but_for_fields_it_prints_none_of_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float] = []

    def counted(image: np.ndarray, sigma: float) -> np.ndarray:
        calls.append(sigma)
        return soften_for_reread(image, sigma)

    monkeypatch.setattr(reader, "soften_for_reread", counted)
    got = reader.read_page(_sole_trader())
    fields = got.extraction.fields
    assert got.kind == "business_license"
    assert fields["registered_capital"].note == "none printed" and fields["valid_to"].note == "none printed"
    assert all(f.value and not f.flagged for k, f in fields.items() if k not in ("registered_capital", "valid_to")), \
        {k: (f.value, f.note) for k, f in fields.items()}
    assert not calls  # read once
    monkeypatch.setattr(reader, "REREAD_SETTLED", False)
    reader.read_page(_sole_trader())
    assert calls == [reader.BILEVEL_REREAD]  # (as before: the two empty fields counted as unread)


def test_a_field_left_to_find_still_sends_it_to_the_re_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float] = []

    def counted(image: np.ndarray, sigma: float) -> np.ndarray:
        calls.append(sigma)
        return soften_for_reread(image, sigma)

    monkeypatch.setattr(reader, "soften_for_reread", counted)
    got = reader.read_page(_sole_trader(tuple(r for r in ROWS if r[0] != "注册日期")))
    assert got.kind == "business_license" and not got.extraction.fields["established_date"].value
    assert calls == [reader.BILEVEL_REREAD]
