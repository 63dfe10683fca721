"""A block printed on a page is not the page (issue 15, family H's colour copies).

A 营业执照 copy carries a QR code in its top corner: a square of black modules on the page's own
paper. Softened by a copier (or a halftone screen), its white modules turn grey, and its lighter half
— what used to stand for "its paper" — was 40 grey levels darker than the paper around it. The block
then did not look printed on the page, it was taken for the page, and the licence was read from a
215 px crop of its QR code (then, as no known kind, read a second time from its printed matter).
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.imaging.document import find_document_quad
from tests.prefill.fonts import SERIF, cjk_font

ROWS = ["名　　称　沈阳乐享投资管理有限公司", "类　　型　有限合伙企业", "执行事务合伙人　王建国",
        "成立日期　2015年03月12日", "主要经营场所　辽宁省沈阳市和平区南京北街112号",
        "经营范围　一般项目：企业管理咨询；信息咨询服务（不含许可类信息咨询服务）。"]


def qr_block(side: int, seed: int = 3) -> np.ndarray:
    """A QR-like square: three finder patterns and random modules, about half of them black."""
    n = 25
    rng = np.random.default_rng(seed)
    mod = rng.random((n, n)) < 0.55
    for r, c in ((0, 0), (0, n - 7), (n - 7, 0)):
        mod[r:r + 7, c:c + 7] = True
        mod[r + 1:r + 6, c + 1:c + 6] = False
        mod[r + 2:r + 5, c + 2:c + 5] = True
    img = np.where(mod, 0, 255).astype(np.uint8)
    return cv2.resize(img, (side, side), interpolation=cv2.INTER_NEAREST)


def licence_copy(w: int = 1622, h: int = 2288) -> np.ndarray:
    """A licence copied onto A4 and scanned edge to edge: rows of text, a QR code top right with
    small print left of it, everything softened as a copier does."""
    img = Image.new("RGB", (w, h), (250, 250, 250))
    d = ImageDraw.Draw(img)
    d.text((w // 2 - 300, 330), "营 业 执 照", font=cjk_font(110, SERIF), fill=(10, 10, 10))
    small = cjk_font(22, SERIF)
    for i, t in enumerate(["扫描二维码登录", "国家企业信用", "信息公示系统", "了解更多登记"]):
        d.text((w - 560, 120 + 30 * i), t, font=small, fill=(30, 30, 30))
    d.text((120, 160), "统一社会信用代码", font=cjk_font(30, SERIF), fill=(20, 20, 20))
    d.text((120, 200), "91210102MA0XK8Y21L", font=cjk_font(40, SERIF), fill=(20, 20, 20))
    font = cjk_font(34, SERIF)
    for i, t in enumerate(ROWS):
        d.text((120, 600 + 90 * i), t, font=font, fill=(20, 20, 20))
    page = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    qr = qr_block(250)
    page[110:360, w - 360:w - 110] = np.minimum(page[110:360, w - 360:w - 110], qr[..., None])
    return cv2.GaussianBlur(page, (0, 0), 2.5)  # a copier's softness: the white modules go grey


def test_a_qr_code_on_a_copied_licence_is_not_the_page() -> None:
    page = licence_copy()
    quad = find_document_quad(page)
    # no edge is seen on a scan filling the frame (the printed matter then gives the page), or the
    # page's own: never the QR code's 250 px square
    assert quad is None or cv2.contourArea(quad) > 0.5 * page.shape[0] * page.shape[1], quad


def test_a_small_dark_card_alone_on_a_white_bed_is_still_the_page() -> None:
    # the other side of the rule: a card mostly dark (a bank card) on a white scanner bed with no
    # print around it is the document, although it is mostly darker than the bed
    bed = np.full((1400, 1000, 3), 248, np.uint8)
    card = np.full((270, 428, 3), (70, 40, 30), np.uint8)
    cv2.putText(card, "6222 0212 3456 7890", (30, 170), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (230, 230, 230), 2)
    bed[500:770, 300:728] = card
    quad = find_document_quad(bed)
    assert quad is not None
    assert abs(quad[:, 0].min() - 300) < 12 and abs(quad[:, 1].min() - 500) < 12, quad
