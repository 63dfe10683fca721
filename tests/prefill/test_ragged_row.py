"""A text row that wavers along its length (a page held in the hand, waved or curling at a corner) is read.

The detector's post-processing (DB) scores a region by the mean probability inside its straight min-area box
(`box_score_fast`). A row that wavers by less than half its height has no parabola to speak of (`bent_rows`
left it out: "a straight or ragged region that scored poorly"), yet its straight box is about twice its height
and half empty: AF af_0075, a 卫生许可证 held in the hand, lost its whole 许可项目 row at 0.50 against the 0.5
threshold while the region's own outline scored 0.91 (`box_score_slow`). Such a region — long like a row, its
outline scoring `engine.RAGGED_ROW_SCORE` (0.85 measured) or more — is cut along its fitted centre line like a
bent row. The rule landed off (0, main's path) until the whole prefill folder has run with it on: these cases set it.

The cases run the real DB post-processor of the engine's detector over drawn probability maps: a row region
with an S-shaped waver (its parabola fit stays almost straight, so it is no `bent` row), the same region scored
weakly (noise), and a short blot.
"""

from __future__ import annotations

import numpy as np
import pytest

from app.prefill import engine as E


def _map(amplitude: float, prob: float, length: int = 480, thick: int = 11) -> np.ndarray:
    """A 1×1×H×W probability map holding one row region: `thick` px high, `length` long, its centre
    wavering by ±`amplitude` px over one full period (an S: no parabola), at probability `prob`."""
    pred = np.zeros((1, 1, 240, 640), np.float32)
    x0 = 60
    for x in range(x0, x0 + length):
        cy = 120 + amplitude * np.sin(2 * np.pi * (x - x0) / length)
        pred[0, 0, int(round(cy - thick / 2)):int(round(cy + thick / 2)), x] = prob
    return pred


ON = 0.85  # the measured setting


@pytest.fixture(scope="module")
def post(engine):  # noqa: ANN001, ANN201 - the engine's own DB post-processor
    _det, pp = engine._detector(E.DET_MODEL)
    return pp


def test_wavering_row_fails_the_straight_box_but_is_a_row(post, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(E, "RAGGED_ROW_SCORE", ON)
    pred = _map(8.0, 0.95)
    boxes, _ = post(pred, (240, 640))
    assert len(boxes) == 0  # (the straight box is half empty: DB drops the row)
    rows = E.bent_rows(post, pred, (240, 640))
    assert len(rows) == 1
    row = rows[0]
    assert row.x1 - row.x0 > 400 and row.height < 30, (row.x0, row.x1, row.height)


def test_rule_off_leaves_the_wavering_row_out(post, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(E, "RAGGED_ROW_SCORE", 0.0)
    assert E.bent_rows(post, _map(8.0, 0.95), (240, 640)) == []


def test_weak_region_and_short_blot_stay_out(post, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(E, "RAGGED_ROW_SCORE", ON)
    # a region the detector is unsure of (a guilloche band, a watermark's texture) scores low on its own outline too
    assert E.bent_rows(post, _map(8.0, 0.6), (240, 640)) == []
    # and a blot is not long like a row (BENT_ELONGATION)
    assert E.bent_rows(post, _map(8.0, 0.95, length=120), (240, 640)) == []
