"""A licence photographed in dim light whose page corners sink into the vignette's dark (session 24,
zcphone lane: family ZC's phone captures zc0047, zc0057). The edges found are not the page's: the
quad runs through the label column, so every row is read with its label's head lost (`称:`, `表人:`)
and the permit was pre-filled with its number only, though every row is legible in the photo. A
licence read from a detected quad with fewer than half its fields read sure is read whole too
(`reader.CROP_REREAD`), and only fields the crop left blank are taken from it, each read sure
character by character (`reader.CROP_REREAD_FLOOR`). Drawn with Pillow, read through the real code.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.document import Quality
from app.prefill.extract import Extraction, FieldResult
from tests.prefill.fonts import SERIF, cjk_font

ROWS = [("单位名称：", "闵行区鑫达美发店"), ("法定代表人：", "徐鹏"), ("地　　址：", "上海市闵行区莘庄路701号"),
        ("许可项目：", "游泳场（馆）"), ("有效期限：", "自2021年8月9日至2025年8月8日")]


def _permit() -> Image.Image:
    """A 公共场所卫生许可证: title, number, five label rows (labels at x=150, values at x=420)."""
    page = Image.new("RGB", (1240, 1754), (246, 246, 242))
    d = ImageDraw.Draw(page)
    d.rectangle((40, 40, 1200, 1714), outline=(150, 150, 150), width=6)
    d.text((620, 330), "公共场所卫生许可证", fill=(20, 20, 20), font=cjk_font(72, SERIF), anchor="mm")
    f = cjk_font(34, SERIF)
    d.text((620, 430), "沪卫公字（2021）第310112803874号", fill=(20, 20, 20), font=f, anchor="mm")
    y = 540
    for label, value in ROWS:
        d.text((150, y), label, fill=(20, 20, 20), font=f)
        d.text((420, y), value, fill=(20, 20, 20), font=f)
        y += 66
    return page


def _photo() -> np.ndarray:
    """The permit on a dark desk, its corners toward a vignette's dark (BGR)."""
    w, h = 1500, 2000
    photo = np.full((h, w, 3), 40, np.uint8)
    page = np.array(_permit())[:, :, ::-1]
    photo[120:120 + page.shape[0], 130:130 + page.shape[1]] = page
    yy, xx = np.mgrid[0:h, 0:w]
    r = np.hypot((xx - w / 2) / (w * 0.62), (yy - h / 2) / (h * 0.62))
    dim = np.clip(1.15 - 0.6 * r ** 2, 0.25, 1.0)
    return (photo * dim[..., None]).clip(0, 255).astype(np.uint8)


# the quad a vignette left the edge finder with: the page's top, right and bottom edges, and a left
# edge through the label column (x = 130 + 240 on the photo: the labels' heads lie left of it)
_INNER_QUAD = np.array([[370, 120], [1370, 120], [1370, 1874], [370, 1874]], np.float32)


def _read(monkeypatch: pytest.MonkeyPatch, engine) -> dict[str, str]:  # noqa: ANN001
    monkeypatch.setattr(reader, "find_document_quad", lambda *a, **k: _INNER_QUAD.copy())
    got = reader.read_page(_photo(), engine)
    assert got.kind == "public_health_license"
    return {k: (f.value if not f.flagged else "") for k, f in got.extraction.fields.items()}


def test_a_permit_cropped_through_its_labels_is_read_whole_too(monkeypatch: pytest.MonkeyPatch, engine) -> None:  # noqa: ANN001
    f = _read(monkeypatch, engine)
    assert f["name"] == "闵行区鑫达美发店"
    assert f["legal_representative"] == "徐鹏"
    assert f["address"] == "上海市闵行区莘庄路701号"
    assert f["valid_from"] == "2021-08-09" and f["valid_to"] == "2025-08-08"
    monkeypatch.setattr(reader, "CROP_REREAD", 0.0)  # as before: the crop's reading alone
    before = _read(monkeypatch, engine)
    assert sum(1 for v in before.values() if v) < sum(1 for v in f.values() if v)
    assert before["legal_representative"] == ""


def _field(value: str, weakest: float = 1.0, flagged: bool = False) -> FieldResult:
    return FieldResult(value, 0.99 if value else 0.0, [0.0, 0.0, 10.0, 10.0] if value else None, flagged,
                       "" if value else "not found", weakest)


def test_a_field_of_the_second_reading_is_taken_only_when_read_sure_to_its_weakest_character() -> None:
    first = Extraction("business_license", fields={"name": _field(""), "address": _field(""), "valid_to": _field("2030-01-01")})
    second = Extraction("business_license", fields={"name": _field("杭州某某有限公司", 0.99),
                                             "address": _field("广西社族自治区南宁市", 0.75),
                                             "valid_to": _field("2030-01-01")})
    assert reader.fill_blank_fields(first, second, np.eye(3), floor=reader.CROP_REREAD_FLOOR)
    assert first.fields["name"].value == "杭州某某有限公司"
    assert first.fields["address"].value == ""  # (its weakest character 0.75: left blank)
    # and a second reading that reads a field the first read sure otherwise gives nothing
    third = Extraction("business_license", fields={"name": _field(""), "valid_to": _field("2031-01-01")})
    other = Extraction("business_license", fields={"name": _field("杭州某某有限公司"), "valid_to": _field("2030-01-01")})
    assert not reader.fill_blank_fields(third, other, np.eye(3), floor=reader.CROP_REREAD_FLOOR)


def test_a_short_reading_whose_values_the_blur_rules_distrust_is_not_read_whole() -> None:
    blurred = Quality(False, ("blurred",), {"sharpness": 8.0, "glare": 0.0})
    short = {"name": _field(""), "address": _field(""), "legal_representative": _field(""),
             "valid_to": _field("2030-01-01")}
    assert reader._crop_read_short(Extraction("business_license", fields=dict(short)), blurred)
    # a value read smeared (its weakest character 0.6): the print is damaged, not the crop
    smeared = {**short, "credit_code": _field("91330106MA2B3C4D5E", 0.6)}
    assert not reader._crop_read_short(Extraction("business_license", fields=smeared), blurred)
    assert reader._crop_read_short(Extraction("business_license", fields=dict(smeared)), None)
    # ID sides are read again by their own rules
    assert not reader._crop_read_short(Extraction("id_card_front", fields=dict(short)), None)
