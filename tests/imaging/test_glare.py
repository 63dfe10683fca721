"""Glare is a spot brighter than the light around it, not the bright side of a page lit from one side.

A 食品经营许可证 photographed with the light from one side runs from about 220 grey at one edge to
clipped white at the other. Measured against the page's median, its whole bright side was "glare"
(17 % of the page), and every value with a character under 0.95 was distrusted as if a reflection
lay over it. The paper's light is now a plane fitted over the page; what rises above it is glare.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.imaging.document import assess_quality
from tests.prefill.fonts import SERIF, cjk_font


def printed_page(w: int = 1400, h: int = 1000) -> np.ndarray:
    """A grey page of rows of text (as read: the grey the quality gate judges)."""
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    font = cjk_font(34, SERIF)
    for i in range(12):
        d.text((90, 60 + 75 * i), "经营项目　冷食类食品制售，生食类食品制售，特殊食品销售", font=font, fill=25)
    return np.asarray(img).astype(np.float32)


def lit(page: np.ndarray, light: np.ndarray) -> np.ndarray:
    """The page under a light field (paper → light, ink keeps its share of it)."""
    return np.clip(page / 255.0 * light, 0, 255).astype(np.uint8)


def test_a_page_lit_from_one_side_has_no_glare() -> None:
    page = printed_page()
    h, w = page.shape
    ramp = np.tile(np.linspace(170, 275, w, dtype=np.float32), (h, 1))  # its right fifth clips to white
    q = assess_quality(cv2.cvtColor(lit(page, ramp), cv2.COLOR_GRAY2BGR), None)
    assert "glare" not in q.reasons, q.metrics
    assert q.metrics["glare"] < 0.015, q.metrics


def test_a_glare_spot_on_that_page_is_still_glare() -> None:
    page = printed_page()
    h, w = page.shape
    ramp = np.tile(np.linspace(170, 275, w, dtype=np.float32), (h, 1))
    yy, xx = np.mgrid[0:h, 0:w]
    spot = 90.0 * np.exp(-(((xx - 0.35 * w) / (0.12 * w)) ** 2 + ((yy - 0.5 * h) / (0.15 * h)) ** 2))
    q = assess_quality(cv2.cvtColor(lit(page, ramp + spot.astype(np.float32)), cv2.COLOR_GRAY2BGR), None)
    assert "glare" in q.reasons, q.metrics


def test_an_evenly_lit_page_has_no_glare() -> None:
    page = printed_page()
    q = assess_quality(cv2.cvtColor(lit(page, np.full(page.shape, 225, np.float32)), cv2.COLOR_GRAY2BGR), None)
    assert q.metrics["glare"] == 0.0, q.metrics
