"""A 身份证复印件 sheet — the card's front and back copied one above the other onto A4 — read at the
sheet's own ~1,400 px: the detector's full-size pass runs over each card's window, not over the
whole sheet (issue 15, latency; session 30; `engine.FOCUS_BLOCKS`, switched off for zn_0051 at the
end of session 30 and on again in session 31 — the first test reads with the default). On main the two cards' text spanned so much of the
sheet that it "filled" it, and the detector ran over all 1.4 M px of it for two cards' ~15 %."""

from __future__ import annotations

import cv2
import numpy as np

from tests.prefill.fonts import cjk_font

FRONT = ["姓名 王晓明", "性别 男  民族 汉", "出生 1987年3月14日", "住址 河南省郑州市金水区", "农业路东28号院3号楼",
         "公民身份号码 410105198703146518"]
BACK = ["中华人民共和国", "居民身份证", "", "签发机关 郑州市公安局金水分局", "有效期限 2016.05.20-2036.05.20"]


def _card(rows: list[str], size: int = 15, shape: tuple[int, int] = (257, 408)) -> np.ndarray:
    """A card's print as a copier leaves it: rows of text inside a thin grey outline."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (shape[1], shape[0]), (248, 248, 246))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, shape[1] - 1, shape[0] - 1), outline=(170, 170, 170))
    for i, row in enumerate(rows):
        draw.text((22, 22 + i * int(size * 1.9)), row, font=cjk_font(size), fill=(20, 20, 20))
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


def _copy_sheet() -> np.ndarray:
    """An A4 photocopy at 1,400 px: the front above, the back below, and the copier's dark band
    along the sheet's top edge (its lid's shadow)."""
    sheet = np.full((1400, 990, 3), 246, np.uint8)
    sheet[230:487, 290:698] = _card(FRONT)
    sheet[640:897, 290:698] = _card(BACK)
    sheet[:6] = 40
    return sheet


def test_a_two_sided_copy_sheet_is_detected_card_by_card(engine, monkeypatch) -> None:  # noqa: ANN001
    """Through `read_page`, the sheet read whole (as a copy whose edge marks keep the whole sheet
    the page: ZN's photocopies and ADF scans): two detector windows (one per card) instead of the
    whole sheet, well under the sheet's pixels, and the same lines read as the pass over the whole sheet."""
    from app.prefill import engine as eng_mod
    from app.prefill.reader import read_page

    sheet = _copy_sheet()

    def read(blocks: bool | None):  # noqa: ANN202
        if blocks is not None:
            monkeypatch.setattr(eng_mod, "FOCUS_BLOCKS", blocks, raising=False)
        got = read_page(sheet, engine, flatten=False)
        assert got.clock is not None
        return got, got.clock.counts

    read_b, counts = read(None)  # (the default: on since session 31)
    read_a, whole = read(False)
    assert whole.get("det_windows", 0) == 0  # (before: the text "filled" the sheet)
    assert counts.get("det_windows", 0) >= 2  # (two per full-size pass: a card each)
    assert counts["det_px"] < 0.75 * whole["det_px"]
    text = "".join(ln.text for ln in read_b.lines)
    assert "410105198703146518" in text and "金水分局" in text
    assert [ln.text for ln in read_b.lines] == [ln.text for ln in read_a.lines]


def test_blocks_of_text_far_apart_and_a_page_of_rows(monkeypatch) -> None:  # noqa: ANN001
    """`text_blocks`: two cards' rows a sheet's eighth apart are two blocks, a licence's rows
    spaced a line apart one; a licence's rows in many blocks, or one block and a stray row, are no
    sheet of documents apart (`documents_apart`); the drawn copy sheet's rows do not fill it."""
    from app.prefill import engine as eng_mod
    from app.prefill.engine import documents_apart, text_blocks, text_fills

    monkeypatch.setattr(eng_mod, "FOCUS_BLOCKS", True)

    cards = np.array([[290, 250 + 30 * i, 600, 265 + 30 * i] for i in range(5)]
                     + [[290, 660, 520, 675], [290, 700, 640, 715]], np.float64)
    blocks = text_blocks(cards, 1400)
    assert len(blocks) == 2 and blocks[0][3] == 385 and blocks[1][1] == 660
    assert documents_apart(cards, blocks)
    licence = np.array([[100, 200 + 40 * i, 900, 215 + 40 * i] for i in range(20)], np.float64)
    assert len(text_blocks(licence, 1400)) == 1
    scattered = np.array([[100, 100 + 120 * i, 900, 115 + 120 * i] for i in range(9)], np.float64)
    assert len(text_blocks(scattered, 1400)) == 9 and not documents_apart(scattered, text_blocks(scattered, 1400))
    stray = np.concatenate([cards[:5], [[300, 1200, 500, 1215]]])
    assert not documents_apart(stray, text_blocks(stray, 1400))
    assert not text_fills(_copy_sheet())
