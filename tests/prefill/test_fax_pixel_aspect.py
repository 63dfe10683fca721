"""A fax in standard mode (ITU-T T.4: 204 × 98 dpi) kept by a fax server as a TIFF: its pixels are
twice as high as wide, and its resolution tags say so. Read as square pixels the page is squashed to
half its height and its print too flat for the OCR (held-out family ZM, session 28: its four standard
faxes read 29.6 % of their fields, one licence as `other`). `hardware.scanner.files` stretches such a
page to square pixels (`_square_pixels`); drawn here with Pillow, encoded as a real G3 TIFF, read
through `load_file` and `ocr_files` (the function behind `zongchuang ocr --json`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.services.prefill import ocr_files
from hardware.scanner import files
from tests.prefill.test_city_of_province import ROWS, _licence

BASE_DPI = 280  # the drawing taken at this resolution: its 40 px print 3.6 mm high, a licence's size


def _fax(tmp_path: Path, dpi: tuple[int, int]) -> Path:
    """The drawn 营业执照 sent as a fax at `dpi`: 1-bit, its rows and columns sampled at the fax's
    resolution, saved as a G3 TIFF with those tags. The drawing is taken as 280 dpi (its 40 px print
    3.6 mm high, a licence's size): 29 px wide and, squashed, 14 px high in the fax."""
    page = Image.open(_licence(tmp_path, ROWS)).convert("L")
    w, h = page.size
    size = (round(w * dpi[0] / BASE_DPI), round(h * dpi[1] / BASE_DPI))
    fax = page.resize(size, Image.Resampling.BOX).point(lambda v: 255 if v > 150 else 0).convert("1")
    path = tmp_path / f"fax_{dpi[1]}.tif"
    fax.save(path, compression="group3", dpi=dpi)
    return path


def test_a_standard_fax_is_loaded_with_square_pixels(tmp_path) -> None:
    path = _fax(tmp_path, (204, 98))
    raw = Image.open(path)
    assert raw.size[1] < raw.size[0]  # (an A4 portrait page, half its height in pixels)
    page = files.load_file(path)[0].image
    h, w = page.shape[:2]
    assert w == raw.size[0] and h == pytest.approx(raw.size[1] * 204 / 98, abs=1)
    assert set(np.unique(page)) <= {0, 255}  # (rows repeated, as a fax machine prints: still 1-bit)


def test_a_fine_fax_and_a_square_tiff_are_left_as_they_are(tmp_path) -> None:
    for dpi in ((204, 196), (200, 200)):
        path = _fax(tmp_path, dpi)
        assert files.load_file(path)[0].image.shape[:2] == Image.open(path).size[::-1]


def test_a_standard_fax_is_read_whole(engine, tmp_path) -> None:
    # (a clean drawing reads on main too, squashed — the recogniser bears a 2:1 squash of sharp print;
    # ZM's faxes, thresholded and speckled, did not: 8 → 12 of 27 fields, one kind found, end to end)
    results, failures = ocr_files([_fax(tmp_path, (204, 98))])
    assert not failures and results[0]["kind"] == "business_license"
    fields = results[0]["fields"]
    assert fields["name"]["value"] == "太原百川医疗器械有限公司"
    assert fields["address"]["value"] == "山西省太原市小店区丰收西路1233号"
