"""A 经营范围's wrapped row ending at its column's edge, with print beyond it (session 22, scopey).

A licence's scope fills a column: every row it wraps from ends at the same right edge. A watermark's
word, a seal or the next column's print right beyond that edge is no row going on, yet
`distrust_cut_rows(wrapped=True)` took ink there for a cut row and blanked a scope read whole (Y
y0024, a watermark past the column). A wrapped row ending where at least two more of the scope's
wrapped rows end is whole; a row whose box stops short of that edge is still looked at.
Rows drawn with Pillow; lines as the recogniser boxes them."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult
from app.prefill.layout import Line
from app.prefill.reader import distrust_cut_rows
from tests.prefill.fonts import cjk_font

X0, SIZE, STEP = 60, 26, 44
ROWS = ("一般项目：谷物种植；蔬菜种植；水果", "种植；农产品的生产、销售、加工、运", "输、贮藏及其他相关服务。（除依法须",
        "经批准的项目外，凭营业执照依法自主", "开展经营活动）")  # (as printed: full-width marks, one cell each)


def _scope(cut: int | None = None) -> tuple[np.ndarray, list[Line], Extraction]:
    """The scope in five rows of one column, a watermark's word right beyond the first row's end;
    the detector's box of row `cut` stops two characters before its print ends."""
    img = Image.new("RGB", (900, 40 + STEP * len(ROWS) + 40), (240, 238, 232))
    d = ImageDraw.Draw(img)
    font = cjk_font(SIZE)
    lines, value = [], ""
    for r, text in enumerate(ROWS):
        y = 30 + STEP * r
        d.text((X0, y), text, font=font, fill=(30, 30, 30))
        read = text[:-2] if r == cut else text
        end = X0 + d.textlength(read, font=font)
        lines.append(Line(read, 0.99, X0, y - 3, end, y + SIZE + 5, r))
        value += read
    edge = X0 + d.textlength(ROWS[0], font=font)
    d.text((edge + 10, 28), "复印无效", font=cjk_font(SIZE), fill=(70, 70, 70))  # (the watermark)
    page = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    box = [X0, 27, max(ln.x2 for ln in lines), lines[-1].y2]
    return page, lines, Extraction("business_license", 1.0, {"business_scope": FieldResult(value, 0.99, box)})


def test_a_scope_row_ending_at_its_columns_edge_is_whole_whatever_lies_beyond(monkeypatch) -> None:  # noqa: ANN001
    page, lines, ex = _scope()
    distrust_cut_rows(ex, lines, page, wrapped=True)
    assert not ex.fields["business_scope"].flagged, ex.fields["business_scope"].note
    monkeypatch.setattr(reader, "CUT_COLUMN_EDGE", False)  # as before: the watermark read as the row going on
    page, lines, ex = _scope()
    distrust_cut_rows(ex, lines, page, wrapped=True)
    assert ex.fields["business_scope"].flagged


def test_a_scope_row_whose_box_stops_short_of_the_edge_is_still_looked_at() -> None:
    page, lines, ex = _scope(cut=3)
    distrust_cut_rows(ex, lines, page, wrapped=True)
    assert ex.fields["business_scope"].flagged
    assert ex.fields["business_scope"].public()["reason"] == "wrapped_row_incomplete"
