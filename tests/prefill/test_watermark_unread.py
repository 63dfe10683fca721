"""A certified copy's diagonal watermark (`仅供…使用，他用无效` repeated over the whole sheet) is not
recognised at all: the reader drops its slanted lines after reading them (`reader.drop_slanted`), and
reading them was most of the recogniser's work on such copies (o0010: 707 characters read, 77 kept,
7.6 s of CPU). The detector's boxes that run diagonally across a page with level rows are left out
before the recogniser (`engine._unslanted`); a page photographed at an angle keeps all of them."""

from __future__ import annotations

import cv2
import numpy as np

from app.prefill import engine as E
from app.prefill.reader import _line_angle, drop_slanted
from tests.prefill.test_certified_copies import card_copy


def _slanted(lines) -> list:
    return [ln for ln in lines if (a := _line_angle(ln)) is not None and 20.0 <= abs(a) <= 70.0]


def test_a_watermark_across_a_copy_is_not_recognised(engine, tmp_path) -> None:
    sheet = cv2.imread(str(card_copy(tmp_path, "仅供窗口审核使用，他用无效")))
    view = cv2.resize(sheet, (990, 1400), interpolation=cv2.INTER_AREA)
    lines = engine.read(view)
    assert lines and not _slanted(lines)  # (the watermark's lines were read, then dropped)
    assert any("公民身份号码" in ln.text for ln in lines)
    # the same lines as reading everything and dropping the slanted ones afterwards
    E.SKIP_SLANTED = False
    try:
        every = engine.read(view)
    finally:
        E.SKIP_SLANTED = True
    assert _slanted(every)
    assert [ln.text for ln in drop_slanted(every)] == [ln.text for ln in lines]


def test_a_page_photographed_at_an_angle_keeps_every_box() -> None:
    # no row runs level: nothing is called slanted (the page is levelled after reading)
    def box(cx: float, cy: float, w: float, h: float, deg: float) -> np.ndarray:
        r = np.deg2rad(deg)
        c, s = np.cos(r), np.sin(r)
        pts = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]])
        return pts @ np.array([[c, s], [-s, c]]) + (cx, cy)

    tilted = np.array([box(300, 100 + 60 * i, 400, 30, 25.0) for i in range(6)], np.float32)
    assert E._unslanted(tilted) is None
    level = np.array([box(300, 100 + 60 * i, 400, 30, 0.0) for i in range(4)] + [box(500, 600, 300, 30, 35.0)],
                     np.float32)
    assert E._unslanted(level) == [0, 1, 2, 3]
