"""An ID front photographed off a screen keeps an address whose first row ends at the portrait (issue 15, session 35).

On a photographed screen `distrust_cut_rows` looks two row heights past every row of a value for print
the detector's box left out (moiré stops a box where the row goes on). An ID front's address wraps at
its column's end, and the portrait stands right there: its grey ground and the silhouette's slanted
shoulder are dark within those two heights, so ZY's screen fronts zy_0077 and zy_0133 had their whole,
right addresses blanked (`gap in the value's row`). On paper the kind is left out of the wrapped-row
check for that very reason (`CUT_WRAPPED_KINDS`, V v0086/v0136); on a screen the rows the address
wraps from are now looked at in the next character's cell only, as a wrapped row on paper is
(`reader.CUT_PORTRAIT_ROWS`): a character the moiré cut off still inks that cell. The address's last
row is judged over two heights as before, and a licence's rows are as before."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult
from app.prefill.layout import Line
from app.prefill.reader import distrust_cut_rows
from tests.prefill.fonts import cjk_font

ROW1, ROW2 = "北京市海淀区胜利路837号1幢2", "3层27室"


def _front(after_last: bool = False, cut: bool = False) -> tuple[np.ndarray, list[Line], list[float]]:
    """An ID front's address block (BGR) with the portrait right of its column — a grey ground and a
    dark silhouette whose shoulder slants into the two heights after the first row — and the lines
    read (label, two address rows) and the address's box. `after_last`: a moiré fringe as dense as
    print right after the last row (where a cut row would go on). `cut`: the first row's box stops two
    characters short of its print (the moiré stopped the detector there)."""
    img = Image.new("RGB", (880, 420), (232, 232, 230))
    d = ImageDraw.Draw(img)
    f = cjk_font(30)
    d.text((40, 150), "住址", font=f, fill=(60, 60, 60))
    d.text((140, 150), ROW1, font=f, fill=(25, 25, 25))
    d.text((140, 195), ROW2, font=f, fill=(25, 25, 25))
    x_end = 140 + d.textlength(ROW1, font=f)
    x_last = 140 + d.textlength(ROW2, font=f)
    px = int(x_end + 34)  # (the portrait's ground, about one height after the row's end)
    d.rectangle((px, 40, px + 250, 360), fill=(150, 150, 150))
    d.ellipse((px + 70, 70, px + 180, 200), fill=(80, 80, 80))
    d.polygon([(px + 40, 150), (px + 210, 150), (px + 245, 360), (px + 5, 360)], fill=(80, 80, 80))
    page = cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)
    if after_last:
        xs = np.arange(int(x_last) + 8, int(x_last) + 70)
        page[200:226, xs[(xs // 3) % 2 == 0]] = 50
    row1_end = x_end - 2 * 30 if cut else x_end + 2
    lines = [Line("住址", 0.99, 36, 144, 104, 186, 0), Line(ROW1, 0.99, 136, 144, row1_end, 186, 1),
             Line(ROW2, 0.99, 136, 189, x_last + 2, 231, 2)]
    return page, lines, [136.0, 144.0, x_end + 2, 231.0]


def _address(box: list[float], kind: str = "id_card_front") -> Extraction:
    key = "address"
    return Extraction(kind, 5.0, {key: FieldResult(ROW1 + ROW2, 0.99, list(box))})


def test_the_portrait_after_a_wrapped_address_row_is_no_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    page, lines, box = _front()
    ex = _address(box)
    distrust_cut_rows(ex, lines, page)  # (a screen's call: every row end looked at)
    assert not ex.fields["address"].flagged
    # the rule off, as on main: the portrait's ink read as the first row going on
    monkeypatch.setattr(reader, "CUT_PORTRAIT_ROWS", False)
    ex = _address(box)
    distrust_cut_rows(ex, lines, page)
    assert ex.fields["address"].flagged and ex.fields["address"].note == "gap in the value's row"


def test_the_last_row_and_a_licences_rows_are_still_judged() -> None:
    page, lines, box = _front(after_last=True)
    ex = _address(box)
    distrust_cut_rows(ex, lines, page)
    assert ex.fields["address"].flagged  # (print goes on after the address's last row)
    # a wrapped row whose box the moiré stopped short: its next character's cell is inked
    page, lines, box = _front(cut=True)
    ex = _address(box)
    distrust_cut_rows(ex, lines, page)
    assert ex.fields["address"].flagged
    # a licence's wrapped row on a screen: its column ends in margin or the next column, judged as before
    page, lines, box = _front()
    ex = _address(box, kind="business_license")
    distrust_cut_rows(ex, lines, page)
    assert ex.fields["address"].flagged
