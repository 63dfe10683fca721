"""A copied ID card under a copy's usage watermark (`仅供…使用，他用无效`, grey, large, at an angle).

A 身份证复印件 handed in for one purpose carries such a watermark over the whole sheet, card
included (Z's certified copies on A4 and scanner-app scans). Where the watermark's lines cross a
card row, the detector sees one region at the watermark's angle and boxes neither: the name, the
民族 or an address row go unread (`label_not_found`, `wrapped_row_incomplete`) though plainly
legible. A card side with a field not read undoubted, on whose page the detector left a slanted
box out, is read again with the detector looking at the page without the ink lighter than the
print (`contrast.print_only`), as a licence is (`reader.WATERMARK_CARDS`); only its blank or
doubtful fields are taken from that reading. Drawn here: a card front on an A4 sheet under the
watermark, and that a clean card is not read again."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from tests.prefill.fonts import SERIF, cjk_font

FRONT = {"name": "杜萍", "sex": "男", "nation": "哈萨克", "birth_date": "1959-11-22",
         "address": "安徽省合肥市蜀山区潜山路733号世纪新城5号楼5单元2104室", "id_number": "340104195911220015"}


def _sheet(watermark: str = "", grey: int = 190, at: tuple[int, int] = (580, 320)) -> np.ndarray:
    """An A4 sheet (150 dpi) with a card front copied at its real size, the watermark (when given)
    repeated at 35° over the whole sheet in `grey`."""
    img = Image.new("L", (1240, 1754), 246)
    d = ImageDraw.Draw(img)
    x0, y0 = 330, 560
    d.rounded_rectangle((x0, y0, x0 + 506, y0 + 319), 24, fill=238, outline=215)
    lab, val = cjk_font(15, SERIF), cjk_font(21, SERIF)
    d.text((x0 + 28, y0 + 40), "姓  名", font=lab, fill=90)
    d.text((x0 + 95, y0 + 36), "杜萍", font=val, fill=20)
    d.text((x0 + 28, y0 + 80), "性  别", font=lab, fill=90)
    d.text((x0 + 95, y0 + 76), "男", font=val, fill=20)
    d.text((x0 + 170, y0 + 80), "民  族", font=lab, fill=90)
    d.text((x0 + 230, y0 + 76), "哈萨克", font=val, fill=20)
    d.text((x0 + 28, y0 + 120), "出  生", font=lab, fill=90)
    d.text((x0 + 95, y0 + 116), "1959  年  11  月  22  日", font=val, fill=20)
    d.text((x0 + 28, y0 + 160), "住  址", font=lab, fill=90)
    for i, row in enumerate(("安徽省合肥市蜀山区潜山", "路733号世纪新城5号楼5", "单元2104室")):
        d.text((x0 + 95, y0 + 156 + 30 * i), row, font=val, fill=20)
    d.text((x0 + 28, y0 + 268), "公民身份号码", font=lab, fill=90)
    d.text((x0 + 180, y0 + 262), "340104195911220015", font=cjk_font(24, SERIF), fill=20)
    d.ellipse((x0 + 370, y0 + 60, x0 + 460, y0 + 160), fill=205)
    d.rectangle((x0 + 350, y0 + 160, x0 + 480, y0 + 230), fill=195)
    if watermark:
        layer = Image.new("L", (2400, 2400), 0)
        w = ImageDraw.Draw(layer)
        for i in range(14):
            w.text((40 + (i % 3) * 400, 80 + 170 * i), watermark, font=cjk_font(72, SERIF), fill=255)
        layer = layer.rotate(35, resample=Image.BICUBIC)
        mask = layer.crop((at[0], at[1], at[0] + 1240, at[1] + 1754))
        over = Image.new("L", img.size, 255)
        over.paste(Image.new("L", img.size, grey), (0, 0), mask)
        img = Image.fromarray(np.minimum(np.asarray(img), np.asarray(over)))  # (toner: the darker ink shows)
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_GRAY2BGR)


def _sure(got: reader.PageRead) -> dict[str, str]:
    return {k: f.value for k, f in got.extraction.fields.items() if f.value and not f.flagged}


def test_card_rows_under_a_watermark_are_read_with_the_detector_looking_past_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = _sheet("仅供社保登记使用，他用无效")
    monkeypatch.setattr(reader, "WATERMARK_CARDS", False)
    before = _sure(reader.read_page(page))
    monkeypatch.setattr(reader, "WATERMARK_CARDS", True)
    got = reader.read_page(page)
    after = _sure(got)
    lost = {k for k, v in FRONT.items() if before.get(k) != v}
    assert got.kind == "id_card_front" and lost  # the watermark cost values
    assert any(after.get(k) == FRONT[k] for k in lost)
    assert all(after.get(k) == v for k, v in before.items())  # nothing read before is changed
    assert all(after[k] == FRONT[k] for k in after)  # and nothing read wrong


def test_a_clean_card_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = reader.print_only

    def counted(image: np.ndarray, *more: object) -> tuple[np.ndarray, float]:
        calls.append(1)
        return original(image, *more)  # type: ignore[arg-type]

    monkeypatch.setattr(reader, "WATERMARK_CARDS", True)
    monkeypatch.setattr(reader, "print_only", counted)
    got = reader.read_page(_sheet())
    assert got.kind == "id_card_front" and not calls
