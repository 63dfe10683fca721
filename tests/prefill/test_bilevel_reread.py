"""A 1-bit page's blank fields are looked for again in a softened copy of the page.

The threshold of a black-and-white scan breaks a light face's thin strokes into dots and fills a
bold face's counters; a softened copy (the grey the scanner saw, roughly) reads some of those rows
right — but read whole, it also reads other rows worse (measured: softening every 1-bit page lost
as many fields on faxes as it gained on scans). So the reader takes from the softened reading only
the fields the 1-bit reading left blank or doubted, and only when both readings agree on every
field both read surely (a second reading that reads a field otherwise is not trusted with the
blanks). Drawn here: the merge on two readings, the softening on broken strokes, and the page-level
rule that only a bilevel page with a field unread is read a second time."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.bilevel import soften_for_reread
from app.prefill.extract import Extraction, FieldResult
from tests.prefill.fonts import SERIF, cjk_font


def _field(value: str, flagged: bool = False, note: str = "", box: list[float] | None = None) -> FieldResult:
    return FieldResult(value, 0.99 if value else 0.0, box or ([10.0, 10.0, 50.0, 30.0] if value else None),
                       flagged=flagged, note=note)


def _first() -> Extraction:
    return Extraction("public_health_license", 1.0, {
        "name": _field("杭州禾和美容院有限公司"),
        "address": _field("", True, "not found"),
        "license_items": _field("美容、书店", True, "doubtful character"),
    })


def test_blank_and_doubted_fields_are_taken_from_the_second_reading() -> None:
    first = _first()
    second = Extraction("public_health_license", 1.0, {
        "name": _field("杭州禾和美容院有限公司"),
        "address": _field("广州市天河区黄河路733号", box=[100.0, 200.0, 400.0, 230.0]),
        "license_items": _field("美发、书店"),
    })
    half = np.diag([0.5, 0.5, 1.0])  # the second page at twice the first's scale
    assert reader.fill_blank_fields(first, second, half)
    assert first.fields["address"].value == "广州市天河区黄河路733号"
    assert first.fields["address"].box == [50.0, 100.0, 200.0, 115.0]
    assert first.fields["license_items"].value == "美发、书店" and not first.fields["license_items"].flagged
    assert first.fields["name"].value == "杭州禾和美容院有限公司"


def test_a_second_reading_that_reads_a_field_otherwise_is_not_trusted() -> None:
    first = _first()
    second = Extraction("public_health_license", 1.0, {
        "name": _field("杭州禾和美容店有限公司"),  # read otherwise than the first reading
        "address": _field("广州市天河区黄河路733号"),
    })
    assert not reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["address"].value == "" and first.fields["license_items"].flagged
    # nor one of another kind; and a field the second reading doubts is not taken either
    other = Extraction("food_business_license", 1.0, {"address": _field("广州市天河区黄河路733号")})
    assert not reader.fill_blank_fields(first, other, np.eye(3))
    doubted = Extraction("public_health_license", 1.0, {"address": _field("广州市天河区黄河路733号", True, "doubtful character")})
    assert not reader.fill_blank_fields(first, doubted, np.eye(3))


def _thin_row(level: float) -> np.ndarray:
    """A row of a light face, blurred as a scanner's optics do and thresholded at `level`."""
    img = Image.new("L", (700, 90), 255)
    ImageDraw.Draw(img).text((20, 20), "经营者名称许可项目", font=cjk_font(40, SERIF), fill=110)
    g = cv2.GaussianBlur(np.asarray(img, np.float32) / 255, (0, 0), 1.0)
    return np.where(g > level, 255, 0).astype(np.uint8)


def test_softening_joins_strokes_the_threshold_broke() -> None:
    row = _thin_row(0.62)
    pieces = cv2.connectedComponents((row < 128).astype(np.uint8), connectivity=8)[0]
    soft = soften_for_reread(row, 1.2)
    joined = cv2.connectedComponents((soft < 200).astype(np.uint8), connectivity=8)[0]
    assert joined < pieces  # the dots of a broken stroke run together again as one faint stroke
    assert soften_for_reread(row, 0) is row


def _licence(bilevel: bool) -> np.ndarray:
    """A 卫生许可证 in a light face on a ruled A4 page; `bilevel`: scanned in black and white."""
    img = Image.new("L", (1240, 1754), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((60, 60, 1180, 1694), outline=0, width=14)
    d.text((440, 150), "卫生许可证", font=cjk_font(72, SERIF), fill=0)
    f = cjk_font(28, SERIF)
    rows = (("单位名称：", "杭州禾和美容院有限公司"), ("法定代表人：", "毛飞国"),
            ("地址：", "浙江省杭州市西湖区育才路47号"), ("有效期限：", "2021年05月13日至2025年05月12日"))
    for i, (label, value) in enumerate(rows):
        d.text((150, 400 + 62 * i), label, font=f, fill=80)
        d.text((324, 400 + 62 * i), value, font=f, fill=0)
    g = cv2.GaussianBlur(np.asarray(img, np.float32) / 255, (0, 0), 1.0)
    # (grey: the scan of off-white paper, its paper ~200 and its ink ~20)
    page = np.where(g > 0.7, 255, 0).astype(np.uint8) if bilevel else (g * 180 + 20).astype(np.uint8)
    return cv2.cvtColor(page, cv2.COLOR_GRAY2BGR)


def test_only_a_bilevel_page_with_a_field_unread_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float] = []

    def counted(image: np.ndarray, sigma: float) -> np.ndarray:
        calls.append(sigma)
        return soften_for_reread(image, sigma)

    monkeypatch.setattr(reader, "soften_for_reread", counted)
    got = reader.read_page(_licence(bilevel=False))
    assert got.kind == "public_health_license" and not calls  # a grey page: read once
    got = reader.read_page(_licence(bilevel=True))
    assert got.kind == "public_health_license"
    assert got.extraction.fields["license_no"].value == ""  # (no 许可证号 row: a field unread)
    assert calls == [reader.BILEVEL_REREAD]
    assert got.extraction.fields["legal_representative"].value == "毛飞国"
    monkeypatch.setattr(reader, "BILEVEL_REREAD", 0.0)
    calls.clear()
    reader.read_page(_licence(bilevel=True))
    assert not calls
