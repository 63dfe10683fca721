"""A page over the recogniser's max side (rapidocr's max_side_len, 2000 px: a 1-bit fax kept at
its rows' 48 px, a long screenshot) is detected on a shrunk copy; its lines must be recognised from
crops cut where the detector found them. `map_boxes_to_original` scales the boxes in place, so
mapping them before cutting the crops cut every crop at the wrong place (X x0046, a clean fax of a
卫生许可证, read 4 broken lines and came out `other`)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from tests.prefill.fonts import cjk_font

ROWS = ("公共场所卫生许可证", "单位名称：宏图健身有限公司", "许可项目：游泳场所、影剧院、美发",
        "有效期限：自2025年08月30日至2029年08月29日")


def _tall_page() -> np.ndarray:
    """A white page 1,700 × 2,400 px (over 2,000 long side) with four rows spread down it."""
    page = Image.new("RGB", (1700, 2400), "white")
    draw = ImageDraw.Draw(page)
    for i, row in enumerate(ROWS):
        draw.text((150, 300 + i * 500), row, fill="black", font=cjk_font(64 if i == 0 else 40))
    return np.asarray(page)[:, :, ::-1].copy()


def test_rows_of_a_page_over_the_max_side_are_read_where_they_were_found(engine) -> None:  # noqa: ANN001
    lines = engine.read(_tall_page(), det_max_side=1024)
    texts = [ln.text for ln in lines]
    for row in ROWS:
        assert any(row.replace("：", "") in t.replace("：", "").replace(":", "") for t in texts), texts
