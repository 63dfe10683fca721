"""A sheet photographed soft all over is read once more through an unsharp mask, and that reading
fills only what the first left blank or in doubt; the checks of the paper beside a row still measure
the page as photographed.

AA's hand-held, desk and sleeve licences (CImg renders, `sharpness` 15–21, just over the gate's
"blurred" at 15) carry 12–15 px print whose strokes are grey ramps: the detector leaves rows unboxed
and the recogniser reads look-alikes (a credit code failing its check, `莫` for `集`). Session 35 read
the whole page sharpened (`SOFT_PAGE_*`, reverted): fields read right on the page as photographed were
lost (AA aa_067's name, aa_071's capital), and the mask's lifted faint ink beside a row misled the
row checks (family B's glare case). `reader.SOFT_REREAD` reads the sharpened copy (`reader.sharpened`)
as a second reading of a `soft_sheet` and fills from it (`fill_blank_fields`); the recogniser that
cannot read the soft row is simulated: the product's engine, with the row dropped unless the page
it is shown is sharp."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import app.prefill.reader as reader
from app.imaging.document import ProcessedPage, assess_quality
from tests.prefill.pages import GREY_ROWS, grey_licence

REP = dict(GREY_ROWS)["法定代表人"]


def _photo(sigma: float = 1.5) -> np.ndarray:
    """The licence soft (σ px), on a dark desk: its outline is found and snapped to A4."""
    photo = np.full((1100, 1400), 70, np.uint8)
    photo[150:950, 150:1250] = cv2.GaussianBlur(grey_licence(), (0, 0), sigma) if sigma else grey_licence()
    return cv2.cvtColor(photo, cv2.COLOR_GRAY2BGR)


def _edge(image: np.ndarray) -> float:
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return float(np.abs(cv2.Laplacian(gray, cv2.CV_32F)).mean())


class _SoftRowUnread:
    """The product's engine, but the legal representative's row is not read off a soft page."""

    def __init__(self, engine, soft_edge: float) -> None:  # noqa: ANN001
        self._engine = engine
        self._soft = soft_edge
        self.sharp_reads = 0

    def read(self, image: np.ndarray, det_max_side: int | None = None, clock=None, **kw) -> list:  # noqa: ANN001, ANN003
        lines = self._engine.read(image, det_max_side, clock=clock, **kw)
        if _edge(image) > 1.3 * self._soft:
            self.sharp_reads += 1
            return lines
        return [ln for ln in lines if REP not in ln.text]

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._engine, name)


def _soft_edge(photo: np.ndarray) -> float:
    page = reader.choose_page(photo, None)
    assert reader.soft_sheet(page)
    return _edge(page.image)


def test_a_soft_sheet_fills_a_row_it_left_unread_from_its_sharpened_reading(engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    photo = _photo()
    page = reader.choose_page(photo, None)
    assert page.doc_format == "a4" and 15.0 <= page.quality.metrics["sharpness"] < reader.SOFT_READ_SHARP
    assert "blurred" not in page.quality.reasons
    # (the faded-print re-read is kept out: this drawn page's grey labels call it, and its stretched copy
    # is as sharp to the simulated recogniser as the mask's)
    monkeypatch.setattr(reader, "WASHED_REREAD", 0.0)
    monkeypatch.setattr(reader, "SOFT_REREAD", False)  # main: the row unread, the field blank
    got = reader.read_page(photo, _SoftRowUnread(engine, _soft_edge(photo)))
    assert got.kind == "business_license"
    assert got.extraction.public_fields()["legal_representative"]["value"] == ""
    first = got.extraction.public_fields()
    monkeypatch.setattr(reader, "SOFT_REREAD", True)
    spy = _SoftRowUnread(engine, _soft_edge(photo))
    got = reader.read_page(photo, spy)
    assert spy.sharp_reads == 1 and got.clock.counts.get("look_soft") and got.clock.counts.get("soft_filled")
    fields = got.extraction.public_fields()
    assert fields["legal_representative"]["value"] == REP
    # every field the first reading had is kept as it was
    for key, f in first.items():
        if f["value"]:
            assert fields[key]["value"] == f["value"], key
    # and the page the checks measured (and the caller gets) is the one photographed, not the mask's
    assert _edge(got.page) < 1.3 * _soft_edge(photo)


def test_a_sharp_sheet_is_not_read_again(engine) -> None:  # noqa: ANN001
    photo = _photo(0.0)
    page = reader.choose_page(photo, None)
    assert page.quality.metrics["sharpness"] >= reader.SOFT_READ_SHARP and not reader.soft_sheet(page)
    got = reader.read_page(photo, engine)
    assert not got.clock.counts.get("look_soft")


def _processed(page: np.ndarray, doc_format: str = "a4") -> ProcessedPage:
    bgr = cv2.cvtColor(page, cv2.COLOR_GRAY2BGR)
    return ProcessedPage(image=bgr, quad=None, doc_format=doc_format, quality=assess_quality(bgr, None))


@pytest.mark.parametrize("case", ["card", "content", "blurred", "off"])
def test_which_pages_are_soft_sheets(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    soft = _processed(cv2.GaussianBlur(grey_licence(), (0, 0), 1.25))
    assert reader.soft_sheet(soft)
    if case in ("card", "content"):
        # a card's print is large for its page; a box cut around print is no outlined sheet
        processed = ProcessedPage(soft.image, None, "id_card" if case == "card" else "content", soft.quality)
    elif case == "blurred":
        processed = _processed(cv2.GaussianBlur(grey_licence(), (0, 0), 3.0))
        assert "blurred" in processed.quality.reasons  # (the blur rules and the retake have it)
    else:
        processed = soft
        monkeypatch.setattr(reader, "SOFT_READ", 0.0)
    assert not reader.soft_sheet(processed)


def test_the_mask_brings_strokes_back_nearer_the_print() -> None:
    drawn = grey_licence()
    soft = cv2.cvtColor(cv2.GaussianBlur(drawn, (0, 0), 1.25), cv2.COLOR_GRAY2BGR)
    sharp = reader.sharpened(soft)
    assert sharp.shape == soft.shape and _edge(sharp) > 1.3 * _edge(soft)
    near = cv2.dilate((drawn < 200).astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    err = lambda a: float(np.abs(cv2.cvtColor(a, cv2.COLOR_BGR2GRAY).astype(np.float32) - drawn)[near].mean())  # noqa: E731
    assert err(sharp) < err(soft)
