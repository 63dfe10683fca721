"""What the text detector looks at on a page it read little of (the recogniser keeps the page).

A photocopy or a copy of a copy is peppered with toner specks, one to a few pixels each, as dark
as the print. The detector reads a small row as text from the run of its strokes against the paper
around them; specks scattered between and beside the strokes break that run into noise, and the
detector's probability on a faded body row stays under its binarisation threshold (S's x0096: 6
boxes — the title, the credit code, the seal — and nothing of nine labelled rows). A 3×3 median takes
out a speck of a few pixels and keeps a stroke (a stroke is as long as several of its widths), so the
same page gives the detector its rows back (x0096: 17 boxes). The recogniser, though, reads the
page as it is: the median thins a faint Song face's hairlines, and a character read from the
despeckled crop lost its last stroke (`冷食类食品制` for 冷食类食品制售, read from a median page).
"""

from __future__ import annotations

import cv2
import numpy as np

DESPECKLE_KERNEL = 3  # the median's side: a speck of up to ~2×2 px goes, strokes stay


def despeckled(image: np.ndarray) -> np.ndarray:
    """The page as the detector should see it: specks out (a `DESPECKLE_KERNEL` median)."""
    return cv2.medianBlur(image, DESPECKLE_KERNEL)
