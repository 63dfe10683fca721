"""The pre-fill's shortcuts (issue 15, latency) skip work, never readings: blank label strips are
not recognised, and a width twin (（ vs ( ) stays a doubt for second_look."""

from __future__ import annotations

import cv2
import numpy as np

from app.prefill.engine import TextLine
from app.prefill.reader import _char_doubt, has_ink


def test_blank_paper_has_no_ink_and_a_stroke_has() -> None:
    rng = np.random.default_rng(3)
    paper = np.clip(rng.normal(225, 4, (30, 120, 3)), 0, 255).astype(np.uint8)
    paper[:, :60] -= 12  # uneven light is not ink
    assert not has_ink(paper)
    written = paper.copy()
    cv2.line(written, (20, 8), (40, 8), (60, 60, 60), 2)
    cv2.line(written, (30, 4), (30, 25), (60, 60, 60), 2)
    assert has_ink(written)


def test_a_width_twin_stays_a_doubt() -> None:
    quad = ((0.0, 0.0), (90.0, 0.0), (90.0, 20.0), (0.0, 20.0))
    twin = TextLine("（副本）", 0.95, quad, chars=((0.55, "(", 0.44), (0.99, "", 0.0), (0.99, "", 0.0),
                                                  (0.98, "", 0.0)))
    assert _char_doubt(twin) == 0.55
