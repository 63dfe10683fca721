"""A licence photographed from afar or at a steep angle, the whole desk in view: its large title
reads, its rows are too few pixels high to read. The page is that licence (every field blank, the
clerk told the print was too small: `retake` / `small_print`), not an unknown document — and a page
whose large print names no document (a letter) stays `other`.

Drawn here: the page laid out flat, then photographed onto a desk through a real perspective (a
phone held over the near edge, the far edge 25 % shorter), and read through `read_page`. On main
before this rule, such a page read as `other` (ZG zg0011, zg0033, zg0065: a 营业执照 正本 770 px wide in
a 1,280 px phone photo, `营业执照` read at 1.00, every row garbled)."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.reader import read_page
from tests.prefill.fonts import cjk_font

ROWS = [("名　　称", "苏州顺昌汽车服务有限公司"), ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", "张涛"), ("注册资本", "伍拾万元整"), ("成立日期", "2016年03月12日"),
        ("住　　所", "江苏省苏州市吴中区长桥街道东吴北路118号"),
        ("经营范围", "一般项目：机动车修理和维护；汽车零配件零售；洗车服务（除依法须经批准的项目外，"),
        ("", "凭营业执照依法自主开展经营活动）。")]


def _page(title: str) -> np.ndarray:
    """A landscape page (2,000 × 1,414 px, A3 at ~170 dpi): a 130 px title, 16 px rows (BGR)."""
    page = Image.new("RGB", (2000, 1414), (246, 244, 238))
    d = ImageDraw.Draw(page)
    d.text((690, 170), title, font=cjk_font(130), fill=(30, 30, 30))
    small = cjk_font(16)
    d.text((260, 250), "统一社会信用代码", font=small, fill=(40, 40, 40))
    d.text((260, 290), "91320506MA1MX2KR4Q", font=small, fill=(40, 40, 40))
    for i, (lab, val) in enumerate(ROWS):
        d.text((260, 520 + 62 * i), lab, font=small, fill=(40, 40, 40))
        d.text((440, 520 + 62 * i), val, font=small, fill=(40, 40, 40))
    return cv2.cvtColor(np.array(page), cv2.COLOR_RGB2BGR)


def _photographed(page: np.ndarray) -> np.ndarray:
    """The page on a brown desk in a 1,280 × 960 phone photo, seen at a steep angle: its far (top)
    edge 640 px long, its near one 840 px — its rows 5–7 px high there, its title 40–50 px."""
    h, w = page.shape[:2]
    corners = np.float32([[300, 250], [940, 230], [1090, 760], [250, 790]])
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), corners)
    photo = cv2.warpPerspective(page, m, (1280, 960), flags=cv2.INTER_AREA, borderValue=(50, 85, 130))
    rng = np.random.default_rng(11)
    photo = cv2.GaussianBlur(photo, (0, 0), 0.7)
    return np.clip(photo.astype(np.float32) + rng.normal(0, 2.0, photo.shape), 0, 255).astype(np.uint8)


def test_a_licence_whose_print_is_too_small_is_that_licence_with_its_fields_blank(engine) -> None:  # noqa: ANN001
    got = read_page(_photographed(_page("营 业 执 照")), engine)
    assert got.kind == "business_license"
    fields = got.extraction.public_fields()
    assert all(not f["value"] for f in fields.values())
    assert got.retake == "small_print"


def test_a_letter_in_small_print_stays_unknown(engine) -> None:  # noqa: ANN001
    # its large print names no document we read: no kind, whatever the size of its rows
    got = read_page(_photographed(_page("情 况 说 明")), engine)
    assert got.kind == "other"
