"""A card copied small onto an A4 sheet and faxed (AC ac_094, an ID front under a usage watermark): the
fax dithered the card's tint and the detector boxed nothing on it. On main the page's two re-reads
(`reader.REREAD_BUDGET`) went to the page's other guess (the whole frame: as blind) and to the
despeckled page (a fax's noise specks make it `speckled`; a median leaves the dither's texture), so
the blind read (`BILEVEL_BLIND_SIGMA`: the detector looking at the page blurred), the one re-read made
for such a page, was never made and the card read as `other`. With `reader.BLIND_FIRST` a 1-bit page
whose detector boxed (almost) nothing is read blind first. The blind detector is simulated as in
test_fax_blind_detector.py (it boxes nothing unless shown a softened view); the sheet is a card-sized
threshold fax of a front pasted on a white A4 with a fax's specks over the paper."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import app.prefill.reader as reader
from tests.prefill.test_fax_birth_row import NUMBER, _threshold_fax_front
from tests.prefill.test_fax_blind_detector import _BlindOnTexture


def _card_faxed_on_a4() -> np.ndarray:
    sheet = np.full((2339, 1654, 3), 255, np.uint8)
    card = _threshold_fax_front()
    sheet[260:260 + card.shape[0], 300:300 + card.shape[1]] = card
    rng = np.random.default_rng(7)
    for _ in range(2500):  # a fax line's noise: isolated 2×2 dots over the paper under the card
        y, x = int(rng.integers(900, 1060)), int(rng.integers(0, 1650))
        sheet[y:y + 2, x:x + 2] = 0
    # the sender's page mark at the foot, far off the card: the whole frame is the page's other guess
    cv2.putText(sheet, "P.1", (1450, 2250), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 0, 0), 2)
    return sheet


def test_a_card_faxed_on_a4_is_read_blind_before_the_other_guesses(engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    sheet = _card_faxed_on_a4()
    monkeypatch.setattr(reader, "BLIND_FIRST", False)  # main: the budget spent on the other guesses, `other`
    late = _BlindOnTexture(engine)
    got = reader.read_page(sheet, late)
    assert got.kind == "other" and got.clock.counts.get("look_alt_page") and got.clock.counts.get("look_despeckle")
    assert not late.softened
    monkeypatch.setattr(reader, "BLIND_FIRST", True)
    blind = _BlindOnTexture(engine)
    got = reader.read_page(sheet, blind)
    assert blind.softened and got.clock.counts.get("look_bilevel_blind_kept")
    assert got.kind == "id_card_front"
    assert got.extraction.public_fields()["id_number"]["value"] == NUMBER
