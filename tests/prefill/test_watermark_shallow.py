"""A usage watermark laid at a shallow angle, and one lighter than the print but darker than its rows' cores.

ZY's copies carry `仅供办理…使用` at 12–35°, 2–3 times as tall as the rows. Under 20° the detector's boxes of
the watermark were no `_unslanted` boxes: `det_slanted` stayed 0 and the watermark re-read never ran
(zy_0146, zy_0012, zy_0088, zy_0116, zy_0126). A box 10–20° off level, much taller than the page's level
boxes and several heights long, is a watermark's line too (`engine._tilted_tall`); a curled page's row bent
to 14° keeps its row's height and is not one.

On a licence photographed on a desk (zy_0144) the title is bold black and the rows a thin Song face whose
stroke cores are lighter than the fixed share of the way from the page's ink to its paper
(`contrast.print_only`): the re-read's view lost the rows with the watermark. The watermark's own ink, in
the boxes the detector saw it in, sets how light print may be (`overlay`)."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging import contrast
from app.imaging.contrast import print_only
from app.prefill import engine
from tests.prefill import test_watermark_over_values as over_values
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.test_watermark_over_values import _sure


def _quad(cx: float, cy: float, w: float, h: float, deg: float) -> np.ndarray:
    """A detector quad (top-left, top-right, bottom-right, bottom-left) of a w×h box turned by deg (image y down)."""
    t = np.radians(deg)
    ux, uy = np.array([np.cos(t), np.sin(t)]), np.array([-np.sin(t), np.cos(t)])
    c = np.array([cx, cy])
    return np.array([c - ux * w / 2 - uy * h / 2, c + ux * w / 2 - uy * h / 2,
                     c + ux * w / 2 + uy * h / 2, c - ux * w / 2 + uy * h / 2], np.float32)


def _rows() -> list[np.ndarray]:
    return [_quad(400, 200 + 40 * i, 300, 26, 0.5) for i in range(6)]


def test_a_tall_line_at_a_shallow_angle_is_a_watermarks() -> None:
    quads = np.array([*_rows(), _quad(600, 400, 520, 72, -17.9), _quad(500, 300, 380, 70, 16.0)])
    assert engine._unslanted(quads) is None  # (under 20°: not one before)
    assert engine._tilted_tall(quads) == [6, 7]


def test_a_curled_rows_box_or_a_short_or_steep_one_is_not() -> None:
    quads = np.array([*_rows(),
                      _quad(600, 420, 400, 28, -14.0),  # a row bent by a curl: its row's height
                      _quad(600, 500, 150, 70, -17.0),  # tall but short (two characters)
                      _quad(600, 560, 500, 70, -8.0),  # tall and long but near level
                      _quad(600, 640, 500, 70, -30.0)])  # steep: `_unslanted`'s
    assert engine._tilted_tall(quads) == []
    assert engine._tilted_tall(np.array(_rows()[:2] + [_quad(600, 400, 520, 72, -17.9)])) == []  # (no level rows to judge by)


def _licence(angle: float) -> np.ndarray:
    """The licence of test_watermark_over_values under its watermark (grey 170, 84 px: three rows tall) at `angle`."""
    return over_values._licence("仅供银行开户使用，他用无效", angle=angle)


def test_values_under_a_watermark_at_16_degrees_are_read_again(monkeypatch) -> None:
    page = _licence(16.0)
    monkeypatch.setattr(engine, "OVERLAY_TILT", 0.0)
    before = reader.read_page(page)
    monkeypatch.setattr(engine, "OVERLAY_TILT", 10.0)
    after = reader.read_page(page)
    assert not before.clock.counts.get("det_slanted") and not before.clock.counts.get("watermark_reread")
    assert after.clock.counts.get("det_slanted", 0) >= 1 and after.clock.counts.get("watermark_reread") == 1
    want = {"name": "苏州隆鑫建筑工程有限公司", "entity_type": "有限责任公司(自然人独资)",
            "established_date": "2008-08-24", "address": "苏州市昆山市文化路170号"}
    got, had = _sure(after), _sure(before)
    assert all(had.get(k) != v for k, v in want.items())  # the watermark cost them
    assert all(got.get(k) == v for k, v in want.items())
    assert all(got.get(k) == v for k, v in had.items())  # nothing read before is changed


def _photo(watermark: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A licence as a desk photo shows it: bold black title, thin rows with cores at ~135 grey, a watermark at
    ~185 over them (at 25°). Returns the page, the print's ink (drawn alone) and the watermark's line boxes."""
    img = Image.new("L", (1400, 1000), 232)
    d = ImageDraw.Draw(img)
    d.text((480, 80), "营业执照", font=cjk_font(110, SERIF), fill=0)
    d.text((120, 250), "91220104L7DQUXPD5A", font=cjk_font(40, SERIF), fill=10)
    f = cjk_font(28, SERIF)
    rows = ("名称　白城恒泰酒店管理有限公司", "类型　有限责任公司（自然人投资或控股）", "法定代表人　武芳",
            "成立日期　2009年11月29日", "住所　上海市浦东新区张杨路749号12幢27层30室")
    for i, text in enumerate(rows):
        d.text((120, 380 + 70 * i), text, font=f, fill=135)
    plain = np.asarray(img).copy()
    boxes = np.zeros(plain.shape, np.uint8)
    if watermark:
        layer = Image.new("L", (2000, 2000), 0)
        w = ImageDraw.Draw(layer)
        for i in range(4):
            w.text((300 + 150 * i, 700 + 260 * i), "仅供办理营业执照变更使用", font=cjk_font(64, SERIF), fill=255)
        layer = layer.rotate(25, resample=Image.BICUBIC).crop((300, 500, 1700, 1500))
        img.paste(Image.new("L", img.size, 185), (0, 0), layer)
        mark = np.asarray(layer) > 40
        # (the detector's boxes of the watermark's lines: its words, closed over their gaps)
        boxes = cv2.morphologyEx(mark.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((41, 41), np.uint8))
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_GRAY2BGR), plain < 200, boxes > 0


def test_print_lighter_than_the_page_ink_but_darker_than_the_watermark_stays() -> None:
    page, print_ink, boxes = _photo()
    row_ink = print_ink.copy()
    row_ink[:330] = False  # (the rows, not the title and the code)
    alone = cv2.cvtColor(print_only(page)[0], cv2.COLOR_BGR2GRAY)
    assert float((alone[row_ink] < 200).mean()) < 0.5  # the page's ink alone: the rows went with the watermark
    seen = cv2.cvtColor(print_only(page, boxes)[0], cv2.COLOR_BGR2GRAY)
    assert float((seen[row_ink] < 200).mean()) > 0.9  # the rows' strokes stay
    mark_ink = (cv2.cvtColor(page, cv2.COLOR_BGR2GRAY) < 195) & ~cv2.dilate(print_ink.astype(np.uint8), np.ones((9, 9))).astype(bool)
    assert float((seen[mark_ink] < 195).mean()) < 0.1  # the watermark's are paper (but its faintest edges)


def test_without_the_watermarks_boxes_or_with_too_little_ink_in_them_nothing_changes(monkeypatch) -> None:
    page, _, boxes = _photo()
    alone = print_only(page)
    assert np.array_equal(print_only(page, None)[0], alone[0])
    assert np.array_equal(print_only(page, np.zeros_like(boxes))[0], alone[0])
    monkeypatch.setattr(contrast, "OVERLAY_DARKEST", 0.0)
    assert np.array_equal(print_only(page, boxes)[0], alone[0])
