"""A page photographed at a steep angle is flattened to its real aspect (issue 15, family H's
keystone captures: a seated clerk's phone, the far edge 25–40 % shorter than the near one).

The aspect was measured by averaging opposite sides, and snapped to an ID card's or A4's only within
10 %: such a photo measured an A4 licence at 1.12 or 1.72, and it was flattened squashed ("unknown"
format), the rows of a wrapped address run together. A quad whose opposite sides differ that much is
snapped to the nearest real aspect within a reach that grows with the difference.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.imaging.document import ASPECTS, process_document
from tests.prefill.fonts import SERIF, cjk_font


def a4_page(w: int = 1240, h: int = 1754) -> np.ndarray:
    img = Image.new("RGB", (w, h), (246, 245, 240))
    d = ImageDraw.Draw(img)
    d.text((w // 2 - 240, 160), "营 业 执 照", font=cjk_font(110, SERIF), fill=(20, 20, 20))
    font = cjk_font(34, SERIF)
    for i in range(14):
        d.text((130, 420 + 80 * i), "住　　所　广东省广州市天河区新华街265号阳光新城22号楼", font=font, fill=(25, 25, 25))
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


def tilted_shot(page: np.ndarray, corners: np.ndarray, size: tuple[int, int] = (2250, 3000),
                grain: bool = True) -> np.ndarray:
    """The page warped onto a brown desk so its corners land on `corners` (tl, tr, br, bl)."""
    w, h = size
    desk = np.zeros((h, w, 3), np.uint8)
    desk[:] = (60, 90, 130)
    if grain:
        desk[::7, :] = (50, 75, 110)
    ph, pw = page.shape[:2]
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]]), np.float32(corners))
    return cv2.warpPerspective(page, m, (w, h), dst=desk, borderMode=cv2.BORDER_TRANSPARENT)


def camera_corners(tilt_deg: float, w_mm: float = 210.0, h_mm: float = 297.0, f: float = 2600.0,
                   distance: float = 480.0, size: tuple[int, int] = (2250, 3000)) -> np.ndarray:
    """Where a pinhole camera (focal length f px, centred) sees the corners of a page tilted away from
    it by tilt_deg about its horizontal axis: the far (top) edge shorter, the page's height shortened."""
    t = np.radians(tilt_deg)
    pts = []
    for x, y in ((-w_mm / 2, -h_mm / 2), (w_mm / 2, -h_mm / 2), (w_mm / 2, h_mm / 2), (-w_mm / 2, h_mm / 2)):
        X, Y, Z = x, y * np.cos(t), distance + (-y) * np.sin(t)
        pts.append((size[0] / 2 + f * X / Z, size[1] / 2 + f * Y / Z))
    return np.float32(pts)


@pytest.mark.parametrize("corners", [
    # the far (right) edge 36 % shorter: averaged, the page measured 1.17 high per wide
    np.float32([[300, 700], [1700, 1060], [1700, 2340], [300, 2700]]),
    # a camera looking at a page tilted 30° away from it: the far edge shorter and the height shortened
    # (steeper than about 40°, a centred camera sees an A4 page shorter than wide: no snapping tells
    # that from a landscape page — the camera's focal length would)
    camera_corners(30.0),
], ids=["pinched", "camera"])
def test_a_steeply_photographed_a4_page_is_flattened_as_a4(corners: np.ndarray) -> None:
    shot = tilted_shot(a4_page(), corners)
    got = process_document(shot)
    assert got.quad is not None
    assert got.doc_format == "a4", got.doc_format
    h, w = got.image.shape[:2]
    assert abs(h / w - ASPECTS["a4"]) < 0.02, (h, w)


def test_a_page_seen_square_on_keeps_its_own_aspect() -> None:
    # a page that is neither a card nor A4 (a square notice), photographed straight: no snapping
    page = cv2.resize(a4_page(), (1240, 1240), interpolation=cv2.INTER_AREA)
    shot = tilted_shot(page, np.float32([[400, 700], [1800, 700], [1800, 2100], [400, 2100]]))
    got = process_document(shot)
    assert got.doc_format == "unknown"
    h, w = got.image.shape[:2]
    assert abs(h / w - 1.0) < 0.03


def id_card(w: int = 856, h: int = 540) -> np.ndarray:
    img = Image.new("RGB", (w, h), (236, 240, 244))
    d = ImageDraw.Draw(img)
    label, value = cjk_font(30, SERIF), cjk_font(36, SERIF)
    for i, (k, v) in enumerate([("姓名", "王艳华"), ("性别", "女　民族　汉"), ("出生", "1957年5月31日"),
                                ("住址", "重庆市渝北区体育西路451号"), ("", "创新产业园25号楼5单元")]):
        d.text((50, 40 + 72 * i), k, font=label, fill=(40, 90, 160))
        d.text((160, 36 + 72 * i), v, font=value, fill=(20, 20, 20))
    d.text((50, 440), "公民身份号码　500112195705315443", font=value, fill=(20, 20, 20))
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


def test_a_steeply_photographed_id_card_is_flattened_as_a_card() -> None:
    # the far (top) edge 38 % shorter: averaged, the card measures 1.29 wide per high, nearer A4's
    # 1.414 than a card's 1.585; its rows (7 % of its height) are a card's, not a page's
    corners = np.float32([[690, 1000], [1560, 1000], [1830, 1838], [420, 1838]])
    shot = tilted_shot(id_card(), corners, size=(2400, 2800), grain=False)
    got = process_document(shot)
    assert got.quad is not None
    assert got.doc_format == "id_card", got.doc_format
    h, w = got.image.shape[:2]
    assert abs(w / h - ASPECTS["id_card"]) < 0.03, (h, w)
