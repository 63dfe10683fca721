"""A fax whose detector boxes nothing (W zw_040, a faxed ID front): the fax's error diffusion turned the
sheet's tint into a worm pattern of dots over the whole page, and the detector, looking at texture
everywhere, boxed no line — the page was `other` with every field blank, its card plainly legible.
A 1-bit page read as no kind with fewer than `reader.BILEVEL_BLIND_LINES` lines is read once more with
the detector looking at it blurred (`BILEVEL_BLIND_SIGMA`: the dots an even grey, the print standing
out) and the recogniser at the page as it is; that reading is kept when it boxes more, and the kind
is read from its words as on any page (here `kinds.labelless_kind`: the fax's threshold took the
card's grey labels). The blind detector is simulated: an engine whose detector finds nothing on the
page as it is and reads normally where it is given a softened view."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import app.prefill.reader as reader
from tests.prefill.test_fax_birth_row import NUMBER, _threshold_fax_front


class _BlindOnTexture:
    """The product's engine, but its detector boxes nothing unless it is shown a softened view."""

    def __init__(self, engine) -> None:  # noqa: ANN001
        self._engine = engine
        self.softened = 0

    def read(self, image: np.ndarray, det_max_side: int | None = None, clock=None,  # noqa: ANN001
             det_image: np.ndarray | None = None, **kw) -> list:  # noqa: ANN003
        if det_image is None:
            return []
        self.softened += 1
        return self._engine.read(image, det_max_side, clock=clock, det_image=det_image, **kw)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._engine, name)


def test_a_fax_whose_detector_boxed_nothing_is_read_again_softened(engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    page = _threshold_fax_front()
    monkeypatch.setattr(reader, "BILEVEL_BLIND_SIGMA", 0.0)  # main: nothing boxed, `other`
    assert reader.read_page(page, _BlindOnTexture(engine)).kind == "other"
    monkeypatch.setattr(reader, "BILEVEL_BLIND_SIGMA", 1.6)
    blind = _BlindOnTexture(engine)
    got = reader.read_page(page, blind)
    assert blind.softened and got.clock.counts.get("look_bilevel_blind_kept")
    assert got.kind == "id_card_front"
    assert got.extraction.public_fields()["id_number"]["value"] == NUMBER


def test_a_grey_page_is_not_read_again(engine) -> None:  # noqa: ANN001
    # (not 1-bit — a photo's grey paper, soft strokes and grain: a grey page's blind detector is no dither's doing)
    soft = cv2.GaussianBlur(_threshold_fax_front(), (0, 0), 1.2).astype(np.float32) * 0.6 + 40  # (paper at 193)
    noise = np.random.default_rng(3).normal(0.0, 4.0, soft.shape[:2])[..., None]
    grey = np.clip(soft + noise, 0, 255).astype(np.uint8)
    got = reader.read_page(grey, _BlindOnTexture(engine))
    assert not got.clock.counts.get("look_bilevel_blind")
