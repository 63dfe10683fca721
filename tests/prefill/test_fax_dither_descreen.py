"""A dithered 1-bit capture with fields left blank is read again through the average of its dots
(`reader.DITHER_DESCREEN`).

A fax or a copier that dithers draws grey print as scattered dots (error diffusion, an ordered screen): a
stroke's pixels alternate with paper, and the recogniser, trained on grey print, reads texture. ZZ's
dithered faxes read better where the reader had shrunk them by accident (a skewed page turned by the
deskew's interpolation held more grey than `is_bilevel` allows, so `_bilevel_scale` let it be shrunk: an
average of its dots) than where it read them at their own size: zz_100, a card back on A4 faxed at 98
lines, read none of its three fields; AA aa_068 its authority alone. A bilevel page whose ink is mostly
lone dots (`bilevel.lone_dots`) is now averaged (a Gaussian of σ 1 px) before its page is looked for.
A thresholded fax (strokes, not dots) and a grey page are read as before.

Drawn here: a card back on a fax's A4 bed at standard resolution (every other line sent, each printed
twice), its light print dithered by Pillow (Floyd–Steinberg) — on main 0 of 3 fields, its term with
the rule (the authority's weakest character there 0.70: left blank).
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.bilevel import is_dithered, lone_dots
from tests.prefill.fonts import SERIF, cjk_font


def _card_back(size: int = 18, ink: int = 140, label: int = 180, tint: int = 230) -> np.ndarray:
    """A card back's print on A4's upper part at 204 dpi: light print on a light tint, as a fax
    machine's scanner sees a card (grey, small)."""
    img = Image.new("L", (1720, 1170), 255)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((420, 200, 1300, 760), 30, fill=tint, outline=120)
    d.text((640, 280), "中华人民共和国", font=cjk_font(int(size * 1.4)), fill=ink)
    d.text((640, 370), "居民身份证", font=cjk_font(size * 2), fill=ink)
    d.text((520, 560), "签发机关", font=cjk_font(size), fill=label)
    d.text((700, 560), "深圳市公安局南山区分局", font=cjk_font(size, SERIF), fill=ink)
    d.text((520, 630), "有效期限", font=cjk_font(size), fill=label)
    d.text((700, 630), "2020.02.26-2040.02.26", font=cjk_font(size, SERIF), fill=ink)
    g = np.array(img)
    return np.repeat(g[::2], 2, axis=0)[: g.shape[0]]  # (standard resolution: each line printed twice)


def _dithered(gray: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(np.array(Image.fromarray(gray).convert("1").convert("L")), cv2.COLOR_GRAY2BGR)


def _thresholded(gray: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(np.where(gray < 200, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def test_dots_and_strokes_are_told_apart() -> None:
    gray = _card_back(size=30, ink=60, label=60, tint=255)
    assert lone_dots(_dithered(_card_back())[..., 0]) > 0.5 and is_dithered(_dithered(_card_back())[..., 0])
    assert lone_dots(_thresholded(gray)[..., 0]) < 0.1 and not is_dithered(_thresholded(gray)[..., 0])
    assert lone_dots(np.full((50, 50), 255, np.uint8)) == 0.0


def test_a_dithered_fax_of_a_card_back_is_read_through_its_dots_average(engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    page = _dithered(_card_back())
    monkeypatch.setattr(reader, "DITHER_DESCREEN", 0.0)  # main: the dots read as texture
    off = reader.read_page(page, engine).extraction.public_fields()
    assert not any(f["value"] for f in off.values())
    monkeypatch.setattr(reader, "DITHER_DESCREEN", 1.0)
    got = reader.read_page(page, engine)
    assert got.kind == "id_card_back"
    assert got.clock.counts.get("look_dither_kept")
    f = got.extraction.public_fields()
    assert (f["valid_from"]["value"], f["valid_to"]["value"]) == ("2020-02-26", "2040-02-26")
    assert f["issuing_authority"]["value"] in ("", "深圳市公安局南山区分局")  # (read there with a character at 0.70: blank)


def test_a_thresholded_fax_is_not_read_again_averaged(engine) -> None:  # noqa: ANN001
    got = reader.read_page(_thresholded(_card_back(size=30, ink=60, label=60, tint=255)), engine)
    assert not got.clock.counts.get("look_dither")


def test_a_weak_character_of_the_averaged_reading_fills_nothing() -> None:
    from app.prefill.extract import Extraction, FieldResult

    ex = Extraction("id_card_front", 1.0, {"address": FieldResult("河北省石家庄市长安区发谊路143弄34号", 0.98, None, weakest=0.898),
                                      "name": FieldResult("蒋海", 0.96, None, weakest=0.932)})
    reader.distrust_dithered(ex)
    assert ex.fields["address"].flagged and ex.fields["address"].note == reader.DITHER_NOTE
    assert not ex.fields["name"].flagged
