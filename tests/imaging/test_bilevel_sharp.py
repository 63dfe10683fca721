"""A binarised page is not blurred. A 1-bit scan stored lossless (PNG, TIFF) is flat white paper
and flat black ink but for the ink's edges; the quality gate measured sharpness over the page's
strongest-edged share of pixels (its ink share, up to 10 %), and where the edges were fewer than
that share the cut-off fell on 0 and the page's sharpness was 0: "blurred". An ID card on a
black-and-white scanned A4 page (family Q's bw_scan: 2 of its 3 card fronts) then had its
姓名, 民族 and 住址 distrusted as if the photo were out of focus. Drawn here: a card front in bold
print on a white A4 page, thresholded to pure black and white, saved as PNG and read."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.imaging.document import assess_quality
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import read_file

ROWS = (("姓名", "孙建", 60), ("性别", "男", 130), ("出生", "1986年6月10日", 200),
        ("住址", "河南省郑州市金水区北关", 270), ("", "街道长江路32号", 330))


def _card_on_a4() -> np.ndarray:
    """An ID card front (bold values, small labels) on a 200 dpi A4 page, black and white only."""
    card = Image.new("L", (860, 540), 255)
    d = ImageDraw.Draw(card)
    lab, val = cjk_font(24), cjk_font(34, SERIF)
    for label, value, y in ROWS:
        if label:
            d.text((50, y + 6), label, font=lab, fill=0)
        d.text((150, y), value, font=val, fill=0, stroke_width=1, stroke_fill=0)
    d.text((330, 136), "民族", font=lab, fill=0)
    d.text((430, 130), "汉", font=val, fill=0, stroke_width=1, stroke_fill=0)
    d.text((50, 460), "公民身份号码", font=lab, fill=0)
    d.text((260, 450), "410105198606102816", font=cjk_font(40), fill=0)
    d.ellipse((600, 90, 800, 330), fill=0)  # the photo, black in 1 bit
    page = Image.new("L", (1654, 2339), 255)
    page.paste(card, (300, 500))
    return np.where(np.asarray(page) < 128, 0, 255).astype(np.uint8)


def test_a_binarised_page_is_sharp() -> None:
    page = _card_on_a4()
    crop = cv2.cvtColor(page[480:1060, 280:1180], cv2.COLOR_GRAY2BGR)
    q = assess_quality(crop, None, crop)
    assert "blurred" not in q.reasons, q.metrics
    # a blank page has no edge at all: still nothing to call sharp
    blank = np.full((600, 900, 3), 255, np.uint8)
    assert assess_quality(blank, None, blank).metrics["sharpness"] == 0.0


def test_a_card_on_a_black_and_white_scan_is_read(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    cv2.imwrite(str(path), _card_on_a4())
    got = read_file(path)
    assert got["kind"] == "id_card_front"
    fields = got["fields"]
    assert not any(f["reason"] == "blurred" for f in fields.values()), fields
    assert fields["nation"]["value"] == "汉"
    assert fields["name"]["value"] == "孙建"
