"""A card side cut to its title strip is read whole next, not despeckled first (issue 15, latency:
`reader.SPECK_AFTER_WHOLE`).

AE's scanner-app and fax card backs (ae_0011, ae_0148: a strip of ~200×640 px, the title alone, taken
as the page) read as a card back with every label missed. Before the whole photo was read
(`look_labels_missed`), the same strip was read once more with its detector's view despeckled
(`SPECK_REREAD`): the strip's short side lifted to the detector's 544 px floor, a 1,728 px input,
~0.5 s of CPU for a reading of a strip that holds no row — it filled nothing on any of AE's three such
backs. Drawn here: a card back filling the frame (its wide blank band under the title ends the
printed-matter box there, as `test_id_back_cases` draws it) with toner specks over the title band.
Counted in model calls, not timed.
"""

from __future__ import annotations

import numpy as np
import pytest

import app.prefill.reader as reader
from tests.prefill.test_id_back_cases import back

WANT = {"issuing_authority": "南京市公安局鼓楼分局", "valid_from": "2022-02-23", "valid_to": "2032-02-23"}


def _speckled_back() -> np.ndarray:
    img = back("南京市公安局鼓楼分局", "2022.02.23-2032.02.23")
    rng = np.random.default_rng(5)
    ys, xs = rng.integers(45, 300, 400), rng.integers(45, 815, 400)  # (2×2 specks over the title band only)
    for dy in (0, 1):
        for dx in (0, 1):
            img[ys + dy, xs + dx] = 90
    return img


def _sure(read: reader.PageRead) -> dict[str, str]:
    return {k: f.value for k, f in read.extraction.fields.items() if f.value and not f.flagged}


def test_a_title_strip_of_a_card_is_not_read_despeckled_before_the_whole_photo(engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    img = _speckled_back()
    page = reader.choose_page(img)
    assert page.region is not None and reader.speckled(page.image)  # (the strip: a guessed crop, speckled)
    monkeypatch.setattr(reader, "SPECK_AFTER_WHOLE", False)
    before = reader.read_page(img, engine)
    assert before.clock.counts.get("look_speck") and before.clock.counts.get("look_labels_missed_kept")
    monkeypatch.setattr(reader, "SPECK_AFTER_WHOLE", True)
    after = reader.read_page(img, engine)
    assert not after.clock.counts.get("look_speck")
    assert after.clock.counts.get("look_labels_missed_kept")
    assert after.clock.counts["det_calls"] < before.clock.counts["det_calls"]
    assert after.kind == before.kind == "id_card_back"
    assert _sure(after) == _sure(before) == WANT
