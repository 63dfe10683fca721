"""Certified copies (复印件 with 与原件一致, a signature and a date by hand, a diagonal 仅供…使用，他用无效
watermark across the sheet): the document is the card or licence copied on the page, the watermark,
the stamp and the handwriting are not its words. Each case draws its own copy with system fonts."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from tests.prefill.fonts import HAND, cjk_font
from tests.prefill.test_id_front_cases import PERSON, assert_no_wrong, card

A4 = (1654, 2339)  # an A4 sheet at 200 dpi


def watermark(sheet: Image.Image, text: str, *, angle: float = 35.0, fill: tuple[int, int, int] = (165, 165, 165),
              size: int = 46) -> None:
    """`text` repeated in rows across the whole sheet, turned by `angle` degrees (anticlockwise), in
    a copier's grey: drawn over whatever the sheet holds, as a stamp of ink on top of it."""
    w, h = sheet.size
    layer = Image.new("L", (2 * w, 2 * h), 0)
    d = ImageDraw.Draw(layer)
    font = cjk_font(size)
    step = int(d.textlength(text + "　", font=font))
    for row, y in enumerate(range(0, 2 * h, 7 * size)):
        for x in range(-(row % 2) * step // 2, 2 * w, step):
            d.text((x, y), text, font=font, fill=255)
    layer = layer.rotate(angle, resample=Image.BICUBIC).crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    ink = Image.new("RGB", (w, h), fill)
    sheet.paste(ink, (0, 0), layer.point(lambda v: int(v * 0.85)))


def certify(sheet: Image.Image, x: int, y: int) -> None:
    """The clerk's red 与原件一致 box, a name and a date written by hand under it."""
    d = ImageDraw.Draw(sheet)
    font = cjk_font(64)
    d.rectangle((x, y, x + 330, y + 100), outline=(200, 40, 40), width=6)
    d.text((x + 22, y + 14), "与原件一致", font=font, fill=(200, 40, 40))
    hand = cjk_font(70, HAND)
    d.text((x + 20, y + 140), "王立新", font=hand, fill=(40, 50, 120))
    d.text((x + 20, y + 240), "2026.1.3", font=hand, fill=(40, 50, 120))


def card_copy(tmp_path: Path, mark: str) -> Path:
    """An ID card front copied at its real size (85.6 mm at 200 dpi) in grey near the top of an A4
    sheet, certified, watermarked over the whole sheet; the copy is stored as the scanner gives it."""
    flat = cv2.cvtColor(card(["上海市浦东新区秀浦路100号"]), cv2.COLOR_BGR2GRAY)
    grey = cv2.convertScaleAbs(flat, alpha=0.8, beta=20)  # a copier's grey background, grey print
    small = cv2.resize(grey, (674, 425), interpolation=cv2.INTER_AREA)
    sheet = Image.new("RGB", A4, (250, 250, 250))
    sheet.paste(Image.fromarray(small).convert("RGB"), (420, 380))
    certify(sheet, 900, 1150)
    watermark(sheet, mark)
    path = tmp_path / "copy.jpg"
    cv2.imwrite(str(path), cv2.cvtColor(np.array(sheet), cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 88])
    return path


def test_watermarked_copy_of_an_id_card_reads_the_card_not_the_watermark(engine, tmp_path) -> None:
    # the watermark's slanted lines cross the card's rows: their upright boxes covered the labels'
    # rows, so values went to no label (name, birth date, address and number were blank)
    from app.services.prefill import ocr_files

    results, failures = ocr_files([card_copy(tmp_path, "仅供窗口审核使用，他用无效")])
    assert not failures and results[0]["kind"] == "id_card_front"
    fields = results[0]["fields"]
    truth = {**PERSON, "address": "上海市浦东新区秀浦路100号"}
    assert_no_wrong(fields, truth)
    for key in ("name", "birth_date", "address", "id_number"):
        assert fields[key]["value"], (key, fields[key])
