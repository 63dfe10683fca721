"""Session 37 (aefields): ink only in the top band of the cell after a scope's closing bracket is no `。`.

AE ae_0073 (a hand-held photo of a business licence) and ae_0002 (a photocopy): each 经营范围 read whole,
ending `…依法自主开展经营活动)` with no stop printed. The rows stand close, and the row above's strokes
reach 3–4 pixels down into the top of the last row's box, right in the cell after the bracket:
`reader.stop_unread` counted them as a `。` not read and the scope was left blank (main). A full stop sits
low in its cell (or centred), never in its top band (`reader.STOP_TOP`); a `。` there is still found.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.prefill import reader

ROW = (0.0, 0.0, 180.0, 32.0)
ROOM = (184.0, 0.0, 197.0, 32.0)


def _page() -> np.ndarray:
    gray = np.full((40, 220), 252, np.uint8)
    for x in range(4, 176, 18):  # (the row's characters)
        gray[6:28, x:x + 3] = 60
        gray[15:18, x:x + 14] = 60
    return gray


def test_the_row_aboves_strokes_in_the_cells_top_band_are_no_stop(monkeypatch) -> None:
    gray = _page()
    gray[0:4, 186:189] = 100  # (a stroke of the row above reaching down into this row's box)
    assert not reader.stop_unread(gray, ROOM, ROW)
    monkeypatch.setattr(reader, "STOP_TOP", 0.0)
    assert reader.stop_unread(gray, ROOM, ROW)  # (main: a stop not read — the scope left blank)


def test_a_stop_low_in_the_cell_is_still_found() -> None:
    gray = _page()
    cv2.circle(gray, (188, 25), 3, 70, 1)
    assert reader.stop_unread(gray, ROOM, ROW)
