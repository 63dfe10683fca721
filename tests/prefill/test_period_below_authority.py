"""A card back whose validity period the detector boxed not at all (ZD's zd0070, a copy of a copy:
the period's thin digits faded to specks while the authority above survived): 签发机关 read, the
dates `label_not_found`. The row under the authority, where the card prints the period, is read by
the recogniser alone (`reader.reread_period_below`); a reading is kept only when its period is a
legal term of 5, 10 or 20 years (`长期` has no such check)."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from app.prefill.reader import reread_period_below
from tests.prefill.fonts import cjk_font


def _back(period: str, shade: int = 150) -> np.ndarray:
    """The lower half of a card back: the authority in dark print, the period under it in faint
    speckled print (a copy of a copy), the labels lost."""
    page = Image.new("RGB", (900, 200), (255, 255, 255))
    d = ImageDraw.Draw(page)
    d.text((200, 30), "成都市公安局", font=cjk_font(32), fill=(30, 30, 30))
    d.text((200, 82), period, font=cjk_font(30), fill=(shade, shade, shade))
    img = cv2.cvtColor(np.array(page), cv2.COLOR_RGB2BGR)
    rng = np.random.default_rng(5)
    specks = rng.random(img.shape[:2]) < 0.01
    img[specks] = 120
    return img


def _authority() -> list[Line]:
    return [Line("成都市公安局", 0.99, 200, 32, 392, 66, 0)]


def test_a_period_row_under_the_authority_is_read(engine) -> None:
    got = reread_period_below(_authority(), _back("2005.10.15-2015.10.15"), engine, "成都市公安局")
    assert got is not None and len(got) == 2
    assert "2015" in got[1].text and got[1].y1 > 66


def test_a_period_that_is_no_legal_term_is_not_taken(engine) -> None:
    # a card is valid 5, 10 or 20 years: a reading of any other length is a misread
    assert reread_period_below(_authority(), _back("2005.10.15-2016.10.15"), engine, "成都市公安局") is None


def test_a_long_term_has_no_check_and_is_not_taken(engine) -> None:
    assert reread_period_below(_authority(), _back("2005.10.15-长期"), engine, "成都市公安局") is None
