"""A licence printed in portrait inside an ornamental border (the guilloche rope of a 食品经营许可证
or 营业执照 around its print) is read the way up it is printed — once, not turned 90°, read, turned
back and read again (issue 15, latency; session 32, `reader.TURN_CHECK`). The morphology check
(`text_line_direction`) weighs the runs of ink along the page: the border runs further down a
portrait page's sides than across its head and foot and is heavier than the small print, so it
called such pages "vertical" (ZS: 12 of 20 upright 食品经营许可证). On main the page was turned,
read whole (a full detector pass, the classifier and the recogniser over every box), found to run
down the page and turned back: two full readings. Now the detector's small pass is asked first."""

from __future__ import annotations

import cv2
import numpy as np

from tests.prefill.fonts import cjk_font

ROWS = ["许可证编号 JY14403050123456", "经营者名称 深圳市南山区禾丰餐饮店", "统一社会信用代码 92440300MA5FTK2X3B",
        "法定代表人 王晓明", "住所 广东省深圳市南山区桃园路88号", "经营场所 广东省深圳市南山区桃园路88号",
        "主体业态 餐饮服务经营者", "经营项目 热食类食品制售", "有效期至 2029年06月30日"]


def _bordered_page() -> np.ndarray:
    """A portrait page at the reader's 1,400 px: a rope border of dense diagonal strokes inset
    from the paper's edge, the title, and rows of small print."""
    from PIL import Image, ImageDraw

    w, h = 990, 1400
    img = Image.new("RGB", (w, h), (250, 250, 247))
    draw = ImageDraw.Draw(img)
    ink = (40, 60, 120)
    band, inset, gap = 40, 30, 14  # (each side a band of its own: a corner ornament apart)
    sides = ((inset + band + gap, inset, w - inset - band - gap, inset + band),
             (inset + band + gap, h - inset - band, w - inset - band - gap, h - inset),
             (inset, inset, inset + band, h - inset), (w - inset - band, inset, w - inset, h - inset))
    for x0, y0, x1, y1 in sides:
        for t in range(0, max(x1 - x0, y1 - y0) - band, 7):  # the rope: strokes across the band, 7 px apart
            if x1 - x0 > y1 - y0:
                draw.line((x0 + t, y0, x0 + t + band, y1), fill=ink, width=3)
            else:
                draw.line((x0, y0 + t, x1, y0 + t + band), fill=ink, width=3)
    draw.text((330, 150), "食品经营许可证", font=cjk_font(48), fill=(20, 20, 20))
    for i, row in enumerate(ROWS):
        draw.text((110, 300 + i * 46), row, font=cjk_font(18), fill=(60, 60, 60))
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


def test_a_bordered_portrait_page_is_read_once_upright(engine, monkeypatch) -> None:  # noqa: ANN001
    """Through `read_page`: the morphology check calls the drawn page "vertical"; the page is read
    upright once (the small pass and one full pass: under 0.85 of the detector's pixels and 0.7 of
    the recogniser's crops of main's two full readings), its lines and fields as main's reading."""
    from app.imaging.document import text_line_direction
    from app.prefill import reader
    from app.prefill.reader import read_page

    page = _bordered_page()
    assert text_line_direction(page) == "vertical"  # (the border outweighs the print)

    def read(check: float | None):  # noqa: ANN202
        if check is not None:
            monkeypatch.setattr(reader, "TURN_CHECK", check, raising=False)
        got = read_page(page, engine, flatten=False)
        assert got.clock is not None
        return got, got.clock.counts

    now, counts = read(None)
    before, old = read(0.0)  # (main's way: turned, read, turned back, read again)
    assert now.rotation == before.rotation == 0
    assert counts["det_px"] < 0.85 * old["det_px"]  # (the small pass for a full one)
    assert counts["rec_crops"] < 0.7 * old["rec_crops"]
    assert [ln.text for ln in now.lines] == [ln.text for ln in before.lines]
    assert now.kind == before.kind
    assert now.extraction.public_fields() == before.extraction.public_fields()
    text = "".join(ln.text for ln in now.lines)
    assert "JY14403050123456" in text and "食品经营许可证" in text


def test_a_page_turned_by_90_degrees_is_still_turned(engine) -> None:  # noqa: ANN001
    """The detector's small pass overrules the check only where the text runs level: the same page
    lying on its side (its rows running down the image) is turned and read upright."""
    from app.imaging.document import rotate90
    from app.prefill.reader import read_page

    page = rotate90(_bordered_page(), 270)
    got = read_page(page, engine, flatten=False)
    assert got.clock is not None and not got.clock.counts.get("turn_checked")
    assert got.rotation in (90, 270)
    assert "JY14403050123456" in "".join(ln.text for ln in got.lines)
