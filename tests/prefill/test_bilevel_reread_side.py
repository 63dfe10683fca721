"""A 1-bit page's softened second reading is detected at the size the page's own rows ask for.

`read_page` reads the blank fields of a 1-bit page (a fax) again in a softened copy (`BILEVEL_REREAD`).
The detector's input size follows the height of the page's text rows (`_det_side`, from `text_scale`).
Softening leaves the rows as high as they were, but it joins what the threshold left as dots: a fax's
dotted scan-line streaks run across the whole sheet, and softened they measure as page-wide rows a few
pixels high — the longest "rows" on the page, so the median row came out a streak's height and the
copy was detected at the page's full size (AJ aj_005, a faxed ID back: 2,292 px for the first pass's
1,024, ~3.3 s CPU of a 5.5 s page). With `BILEVEL_REREAD_SIDE` the copy is detected at the side
measured on the page it was softened from. Drawn here: a 1-bit 卫生许可证 with a 许可证号 row missing
(so the second reading runs) and dotted streaks in its top and bottom margins."""

from __future__ import annotations

import numpy as np
import pytest

import app.prefill.reader as reader
from tests.prefill.test_bilevel_reread import _licence


def _streaked() -> np.ndarray:
    page = _licence(bilevel=True)
    rng = np.random.default_rng(3)
    for top in (20, 1712):  # three dotted scan lines 4 px apart in each margin, 70 % of their pixels black
        for y in (top, top + 4, top + 8):
            page[y][rng.random(page.shape[1]) < 0.7] = 0
    return page


def _read(monkeypatch: pytest.MonkeyPatch, on: bool) -> reader.PageRead:
    monkeypatch.setattr(reader, "BILEVEL_REREAD_SIDE", on)
    return reader.read_page(_streaked())


def test_softened_copy_detected_at_the_pages_side(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _streaked()
    soft = reader.soften_for_reread(page, reader.BILEVEL_REREAD)
    assert reader._det_side(page) == 1024 and reader._det_side(soft) is None  # the streaks, softened, measure as rows
    on = _read(monkeypatch, True)
    assert on.kind == "public_health_license" and on.clock is not None
    assert on.clock.counts.get("look_bilevel") == 1  # (no 许可证号 row: a field unread, the copy read)
    # both passes at the page's 1,024 px long side (~0.75 Mpx each), not the copy at its 1,754 px (in windows, ~1.5 Mpx)
    assert on.clock.counts["det_px"] < 1.7e6
    assert on.extraction.fields["legal_representative"].value == "毛飞国"
    off = _read(monkeypatch, False)  # main's path: the copy at the page's full size, the same fields
    assert off.clock is not None and off.clock.counts.get("look_bilevel") == 1 \
        and off.clock.counts["det_px"] > 1.3 * on.clock.counts["det_px"]
    assert {k: f.value for k, f in on.extraction.fields.items()} == {k: f.value for k, f in off.extraction.fields.items()}
