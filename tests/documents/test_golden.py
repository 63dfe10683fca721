"""Rendered pages compared with committed golden images (tests/documents/golden/*.png).

Pages are rendered by pdftoppm at 75 dpi in grey; the comparison (conftest.image_difference)
looks for dark pixels with no ink within one pixel in the other image, tile by tile, so
antialiasing and rasteriser differences do not matter (a page rasterised at 300 dpi and
downsampled matches) but a changed name, a dropped table row or boxes instead of glyphs do. Regenerate after an intended layout change with ZC_UPDATE_GOLDENS=1 and look at
the new PNGs before committing them.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.documents import RenderOptions, render_pdf, resolve_document
from tests.documents.conftest import findings_block, fixed_data, image_difference, render_png

GOLDEN = Path(__file__).parent / "golden"
DPI = 75
TOLERANCE = 0.02  # worst tile: share of dark pixels with no ink nearby in the other image
OPTS = RenderOptions(issued_on=dt.date(2026, 11, 22))

CASES = {
    "receipt": lambda: fixed_data(),
    "notice": lambda: fixed_data(state="refused", decision={"decision": "refuse", "findings": findings_block()}),
    "tolerance-notice": lambda: fixed_data(),
    "refusal": lambda: fixed_data(state="refused", decision={"decision": "refuse", "findings": findings_block()}),
    "health-license": lambda: fixed_data(state="approved"),
}


def _page(name: str, tmp_path: Path, data=None) -> np.ndarray:
    data = data or CASES[name]()
    return render_png(render_pdf(resolve_document(name, data.item), data, OPTS), tmp_path, dpi=DPI)


@pytest.mark.parametrize("name", sorted(CASES))
def test_page_matches_golden(name, tmp_path):
    page = _page(name, tmp_path)
    golden = GOLDEN / f"{name}.png"
    if os.environ.get("ZC_UPDATE_GOLDENS") == "1":
        Image.fromarray(page).save(golden, optimize=True)
    assert golden.exists(), f"golden {golden} missing: run with ZC_UPDATE_GOLDENS=1 and review it"
    expected = np.asarray(Image.open(golden).convert("L"))
    diff = image_difference(page, expected)
    if diff > TOLERANCE:
        Image.fromarray(page).save(tmp_path / f"{name}-actual.png")
    assert diff <= TOLERANCE, f"{name}: {diff:.4%} of pixels differ (actual page in {tmp_path})"


def test_the_comparison_catches_a_real_change(tmp_path):
    """Guard: a different applicant name or a dropped material row is well beyond tolerance."""
    expected = np.asarray(Image.open(GOLDEN / "receipt.png").convert("L"))
    renamed = fixed_data(applicant=dict(fixed_data().applicant, name="武汉市青山区和平大酒店管理有限公司"))
    assert image_difference(_page("receipt", tmp_path, renamed), expected) > TOLERANCE
    fewer = fixed_data(materials=fixed_data().materials[:3])
    assert image_difference(_page("receipt", tmp_path, fewer), expected) > TOLERANCE
