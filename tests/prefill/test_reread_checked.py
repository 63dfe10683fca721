"""A value whose only doubt is the paper after it does not make a blank-filling re-read fire.

A 经营范围 that ends without its full stop on a row reaching its column's edge may go on in a row
the detector did not box (`may go on below`), and a wrapped value whose row stops short of the
column may have lost a character there (`paper not checked`): the reader settles both at the end of
`read_page` by looking at the paper (`confirm_row_end`), and where it finds paper the value is sure.
The re-reads that look for unread fields again (a 1-bit page softened, a watermark taken out of the
detector's view, a washed-out page stretched: a second detector pass and reading each, ~2.5–9 s CPU
on ZC's faxes and copies) counted such a value as unread and fired for it — and the second reading's
scope was that same scope (ZC zc0038, zc0149, ZB zb0141, L l0111). Drawn here: a sole trader's
licence scanned in black and white whose scope's last row fills the column, with paper below it, is
read once; with ink below that row (a further row the reading missed) it is read again."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.bilevel import soften_for_reread
from tests.prefill.fonts import SANS, cjk_font

SCOPE = ("餐饮服务；食品销售；日用百", "货零售；烟草制品零售；水果")
ROWS = (("统一社会信用代码", "92440106YA4181789D"), ("名称", "顺昌餐馆"), ("类型", "个体工商户"),
        ("经营者", "薛子杰"), ("经营场所", "广东省广州市天河区中山大道41号"), ("注册日期", "2022年07月22日"))


def _sole_trader(below: bool = False) -> np.ndarray:
    """A 个体工商户's 营业执照 on an A4 page, scanned in black and white (1-bit); `below`: a mark
    under the scope's last row where a further row would start."""
    img = Image.new("L", (1240, 1754), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((60, 60, 1180, 1694), outline=0, width=10)
    d.text((460, 160), "营业执照", font=cjk_font(80, SANS), fill=0)
    f = cjk_font(36, SANS)
    for i, (label, value) in enumerate(ROWS):
        d.text((150, 420 + 70 * i), label, font=f, fill=0)
        d.text((500, 420 + 70 * i), value, font=f, fill=0)
    y = 420 + 70 * len(ROWS)
    d.text((150, y), "经营范围", font=f, fill=0)
    for j, row in enumerate(SCOPE):
        d.text((500, y + 50 * j), row, font=f, fill=0)
    if below:
        d.rectangle((502, y + 50 * len(SCOPE) + 8, 560, y + 50 * len(SCOPE) + 34), fill=0)
    g = cv2.GaussianBlur(np.asarray(img, np.float32) / 255, (0, 0), 0.8)
    return cv2.cvtColor(np.where(g > 0.7, 255, 0).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def _count(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    calls: list[float] = []

    def counted(image: np.ndarray, sigma: float) -> np.ndarray:
        calls.append(sigma)
        return soften_for_reread(image, sigma)

    monkeypatch.setattr(reader, "soften_for_reread", counted)
    return calls


def test_a_scope_with_paper_below_its_full_last_row_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count(monkeypatch)
    seen: list[str] = []
    confirm = reader.confirm_row_end

    def noted(extraction, lines, page, **kw):  # noqa: ANN001, ANN003, ANN202 - the reader's own signature
        seen.append(extraction.fields["business_scope"].note)
        return confirm(extraction, lines, page, **kw)

    monkeypatch.setattr(reader, "confirm_row_end", noted)
    got = reader.read_page(_sole_trader())
    scope = got.extraction.fields["business_scope"]
    assert got.kind == "business_license"
    assert seen and seen[0] == reader.ROW_BELOW  # (the doubt the paper settles)
    assert scope.value == "".join(SCOPE).replace("；", ";") and not scope.flagged, (scope.value, scope.note)
    assert not calls  # read once
    monkeypatch.setattr(reader, "REREAD_CHECKED", False)
    again = reader.read_page(_sole_trader())
    assert calls == [reader.BILEVEL_REREAD]  # (as before: the scope counted as unread)
    assert again.extraction.fields["business_scope"].value == scope.value


def test_a_scope_with_ink_below_its_last_row_still_sends_it_to_the_re_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count(monkeypatch)
    got = reader.read_page(_sole_trader(below=True))
    assert got.kind == "business_license"
    assert got.extraction.fields["business_scope"].flagged
    assert calls == [reader.BILEVEL_REREAD]
