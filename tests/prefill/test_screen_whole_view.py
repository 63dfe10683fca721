"""Work a screen's reading does not need (issue 15, latency): the whole photo a screen's page was found in is
put through the page's view (`screen.demoire`, `screen.descreen`) only when a reading asks for the photo's
pixels (`reader.WHOLE_VIEW_LAZY`).

AE's photographed monitors: `demoire` of the 1600×1200 photo cost 2–3 times the page's (ae_0114: 899 vs 346 ms
CPU under load) and was made before every screen's reading, though most are read from their page alone. Now the
photo is put through the view when a second page guess, a re-read of the whole photo or of a region of it asks
for it — and then it is the same image as before. Counted here in calls, not timed.
"""

from __future__ import annotations

import numpy as np

from tests.prefill.test_screen_lattice import _back, on_monitor_close


def _fields(read) -> dict[str, str]:  # noqa: ANN001 - a PageRead
    return {k: v["value"] for k, v in read.extraction.public_fields().items()}


def _spied(monkeypatch) -> list[tuple[int, ...]]:  # noqa: ANN001
    """The shapes `read_page` puts through `demoire`, in call order."""
    from app.prefill import reader

    seen: list[tuple[int, ...]] = []
    real = reader.demoire

    def spy(image: np.ndarray) -> np.ndarray:
        seen.append(image.shape[:2])
        return real(image)

    monkeypatch.setattr(reader, "demoire", spy)
    return seen


def test_a_screens_page_read_from_itself_puts_only_the_page_through_demoire(engine, monkeypatch) -> None:  # noqa: ANN001
    from app.prefill import reader

    photo = on_monitor_close(_back())
    seen = _spied(monkeypatch)
    lazy = reader.read_page(photo, engine)
    assert lazy.kind == "id_card_back"
    assert not lazy.clock.counts.get("whole_view")
    assert len(seen) == 1 and seen[0] != photo.shape[:2]  # (the page alone: smaller than the photo)
    seen.clear()
    monkeypatch.setattr(reader, "WHOLE_VIEW_LAZY", False)  # (as before: the photo through demoire up front too)
    before = reader.read_page(photo, engine)
    assert photo.shape[:2] in seen and len(seen) == 2
    assert _fields(before) == _fields(lazy) and before.kind == lazy.kind and before.retake == lazy.retake


def test_a_reading_of_the_whole_photo_gets_it_through_the_view(engine, monkeypatch) -> None:  # noqa: ANN001
    from app.imaging.screen import demoire
    from app.prefill import reader

    photo = on_monitor_close(_back())
    given: list[np.ndarray] = []
    real = reader._read_again

    def spy(image, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        given.append(image)
        return real(image, *a, **k)

    monkeypatch.setattr(reader, "_read_again", spy)
    monkeypatch.setattr(reader, "_labels_missed", lambda ex: True)  # (a crop that cut the page: the photo read whole)
    got = reader.read_page(photo, engine)
    assert given, "the whole photo was not read again"
    want = demoire(photo)
    assert all(np.array_equal(g, want) for g in given)  # (the photo as the page is read: made once, the same each time)
    assert got.clock.counts.get("whole_view") == 1.0
