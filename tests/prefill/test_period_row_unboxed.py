"""A 卫生许可证's period row the detector boxed nothing of (session 23, lane zmarks): on Z's z0067 a
certified copy's handwritten `此件与原件核对无误` runs across the row's lower half, and neither the
row nor the note was boxed — `有效期` read, its dates `value_not_found`. The row right of the label
is read by the recogniser alone (`reader.reread_unboxed_period`); a reading is kept only when its
period is the permit's four years."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from app.prefill.reader import reread_unboxed_period
from tests.prefill.fonts import HAND, cjk_font


def _row(period: str) -> np.ndarray:
    """A permit's last table row: `有 效 期 限` in its cell, the period right of it, a note in a
    hand crossing the row's lower half."""
    page = Image.new("RGB", (1200, 160), (255, 255, 255))
    d = ImageDraw.Draw(page)
    d.text((40, 40), "有效期限", font=cjk_font(34), fill=(20, 20, 20))
    d.line((230, 20, 230, 140), fill=(60, 60, 60), width=2)
    d.text((250, 40), period, font=cjk_font(34), fill=(20, 20, 20))
    d.text((300, 70), "此件与原件核对无误", font=cjk_font(44, HAND), fill=(40, 50, 120))
    return cv2.cvtColor(np.array(page), cv2.COLOR_RGB2BGR)


def _label() -> list[Line]:
    return [Line("有效期限", 0.99, 40, 40, 190, 78, 0)]


def test_an_unboxed_period_row_is_read_from_its_label(engine) -> None:
    got = reread_unboxed_period(_label(), _row("自2021年04月20日至2025年04月19日"), engine)
    assert got is not None and len(got) == 2
    assert "2021年04月20日至2025年04月19日" in got[1].text


def test_a_period_that_is_not_four_years_is_not_taken(engine) -> None:
    # a permit is valid four years: a reading of any other length is a misread (or another document)
    assert reread_unboxed_period(_label(), _row("自2021年04月20日至2024年04月19日"), engine) is None


def test_a_row_already_boxed_is_not_read_again(engine) -> None:
    lines = [*_label(), Line("自2021年04月20日至2025年04月19日", 0.99, 250, 40, 800, 78, 1)]
    assert reread_unboxed_period(lines, _row("自2021年04月20日至2025年04月19日"), engine) is None
