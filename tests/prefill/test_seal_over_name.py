"""A company's red seal stamped over a licence copy's rows: the recogniser's red view lifts the seal.

A 营业执照 copy handed in is stamped with the company's seal (加盖公章), often right over the 经营者 or
法定代表人 row. The recogniser reads a stamped page through its red channel (`reader.ocr_view`), where
red ink is light — but a seal's 印泥 is not quite as light as the paper there: an opaque paste
keeps ~80–90 % of the paper's red (ZR's desk photos: 193 on 221), and the print under it shows
through darker. The solid star and the ring stood 20–40 levels under the paper in the red view, and
the recogniser lost the character under the star (ZR zr_0065 `毛娟` read `毛`, `个体工商户` read
`个体工商` beside the ring). `reader.seal_lifted`: a pixel red against the paper's own colour is
seal ink; divided by the share of red the ink keeps (`SEAL_INK_RED`, capped at the paper around
it) the seal alone becomes paper, and black print under it keeps its contrast."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill import reader
from tests.prefill.fonts import SANS, cjk_font

ROWS = (("名称", "南岗区博远小吃店"), ("类型", "个体工商户"), ("经营者", "毛娟"), ("组成形式", "个人经营"),
        ("注册日期", "2026年05月17日"), ("经营场所", "黑龙江省哈尔滨市南岗区王岗镇新立村7组5号"))
SEAL = np.array([40, 45, 205], np.float32)  # the paste's colour (BGR)
ALPHA = 0.7  # … and how much of what lies under it it covers
SIZE, STAR, BLUR, NOISE = 22, 45, 1.3, 5.0  # a phone photo's print, its star over the name, soft and grainy


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        a = -np.pi / 2 + i * np.pi / 5
        rr = r if i % 2 == 0 else r * 0.38
        pts.append((cx + rr * np.cos(a), cy + rr * np.sin(a)))
    return pts


def _copy(seal: bool = True) -> np.ndarray:
    """A sole trader's 营业执照 副本 copy, the shop's seal stamped with its star over the 经营者's name."""
    img = Image.new("RGB", (1240, 1754), (246, 244, 238))
    d = ImageDraw.Draw(img)
    d.text((440, 150), "营业执照", font=cjk_font(84, SANS), fill=(0, 0, 0))
    d.text((150, 300), "统一社会信用代码", font=cjk_font(26, SANS), fill=(20, 20, 20))
    d.text((150, 335), "92230103D56AAQ4PKU", font=cjk_font(30, SANS), fill=(20, 20, 20))
    f = cjk_font(SIZE, SANS)
    name_at = (0, 0)
    for i, (label, value) in enumerate(ROWS):
        y = 440 + 2 * SIZE * i
        d.text((150, y), label, font=f, fill=(20, 20, 20))
        d.text((150 + 6 * SIZE, y), value, font=f, fill=(20, 20, 20))
        if label == "经营者":
            name_at = (150 + 6 * SIZE + 1.5 * SIZE, y + SIZE * 0.6)  # the name's second character
    d.text((820, 1450), "登记机关", font=f, fill=(20, 20, 20))
    page = np.asarray(img)[:, :, ::-1].astype(np.float32)
    if seal:
        mask = Image.new("L", img.size, 0)
        m = ImageDraw.Draw(mask)
        cx, cy = name_at[0] - 10, name_at[1]
        m.ellipse((cx - 150, cy - 150, cx + 150, cy + 150), outline=255, width=9)
        m.polygon(_star(cx + 10, cy, STAR), fill=255)
        for k, ch in enumerate("哈尔滨市南岗区博远小吃店"):  # the seal's words along its rim
            a = np.pi * (-0.9 + 0.8 * k / 11)
            m.text((cx + 118 * np.cos(a) - 12, cy + 118 * np.sin(a) - 12), ch, font=cjk_font(24, SANS), fill=255)
        a = np.asarray(mask, np.float32)[..., None] / 255.0 * ALPHA
        page = page * (1 - a) + SEAL * a
    page = cv2.GaussianBlur(page, (0, 0), BLUR)
    page += np.random.default_rng(7).normal(0, NOISE, page.shape)
    page = np.clip(page, 0, 255).astype(np.uint8)
    return cv2.imdecode(cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, 80])[1], cv2.IMREAD_COLOR)


def test_the_rows_under_the_seal_are_read() -> None:
    got = reader.read_page(_copy())
    assert got.kind == "business_license"
    rep, typ = got.extraction.fields["legal_representative"], got.extraction.fields["entity_type"]
    assert rep.value == "毛娟" and not rep.flagged, (rep.value, rep.note)
    assert typ.value == "个体工商户" and not typ.flagged, (typ.value, typ.note)


def test_with_the_seal_as_read_they_were_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "SEAL_LIFT", False)  # (main: the red channel as it is)
    fields = reader.read_page(_copy()).extraction.fields
    assert all(fields[k].flagged or not fields[k].value for k in ("legal_representative", "entity_type")), fields


@pytest.mark.parametrize("lift", [True, False])
def test_the_seal_alone_is_paper_and_print_under_it_stays_dark(monkeypatch: pytest.MonkeyPatch, lift: bool) -> None:
    monkeypatch.setattr(reader, "SEAL_LIFT", lift)
    sealed, plain = _copy(), _copy(seal=False)
    view, bare = reader.ocr_view(sealed)[..., 0].astype(int), plain[..., 2].astype(int)
    seal = (plain[..., 1].astype(int) - sealed[..., 1] > 80) & (cv2.cvtColor(plain, cv2.COLOR_BGR2GRAY) > 200)
    under = (plain[..., 1].astype(int) - sealed[..., 1] < 60) & (cv2.cvtColor(plain, cv2.COLOR_BGR2GRAY) < 90) \
        & (sealed[..., 2].astype(int) - sealed[..., 1] > 40)  # print with the paste over it
    gap = float(np.median(bare[seal] - view[seal]))
    assert (gap < 10) if lift else (gap > 25), gap  # the seal on bare paper: as light as the paper
    assert float(np.median(view[under])) < 170  # the print under it: still print
