"""Auto-capture judges the page, not the desk: a sharp page with little text is not 图像模糊 and
a white page on a dark desk is no glare — while a blurred sparse page still is blurred."""

from __future__ import annotations

import cv2
import pytest

from app.imaging.document import StillnessDetector, assess_quality
from app.training import samples


@pytest.mark.parametrize("kind", list(samples.DESK))
def test_every_training_sample_auto_captures_once(kind):
    d = StillnessDetector(frames=3)
    fired = [d.update(samples.photo(kind)) for _ in range(5)]
    assert fired == [False, False, True, False, False], (kind, d.last_quality.reasons)


def test_sparse_page_blur_is_judged_on_its_own_content():
    page = samples.flat("name_change_notice")
    assert "blurred" not in assess_quality(page, None, page).reasons
    soft = cv2.GaussianBlur(page, (0, 0), 4)
    assert "blurred" in assess_quality(soft, None, soft).reasons
