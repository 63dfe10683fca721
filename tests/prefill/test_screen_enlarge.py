"""A photographed screen's page that asks for a retake is read once more at `reader.DEMOIRE_ENLARGE` times its size.

After `demoire` a screen's print is 10–13 px high and soft (a panel pixel is 2–4 camera pixels; the lattice's
fringes go with part of each stroke). AD's monitors (session 37, lane screens3): read at the page's own size the
detector boxed rows in pieces and the recogniser dropped faint strokes — ad_002 (an 营业执照 on a monitor) read its
credit code and term alone and asked for a retake; read at 1.5× its size, its type, legal representative, capital
and date as printed. The second reading is kept only when it pre-fills more fields.

Here a recording engine that reads nothing stands in for the models (the page asks for a retake): on main
the page is read once, at the flattened page's own size; now a second time, enlarged. A page of paper is read
once, at its own size.
"""

from __future__ import annotations

import numpy as np

from app.prefill import reader as R


class _Recorder:
    """An engine that boxes nothing and records the size of every page it is given."""

    def __init__(self) -> None:
        self.sides: list[int] = []

    def read(self, image: np.ndarray, det_side: int | None = None, **_: object) -> list:
        self.sides.append(max(image.shape[:2]))
        return []

    def __getattr__(self, name: str):  # noqa: ANN204 - any other model call reads nothing
        return lambda *a, **k: []


def test_screen_page_asking_a_retake_is_read_again_enlarged(monkeypatch) -> None:  # noqa: ANN001
    from tests.prefill.test_screen_photos import on_screen
    from tests.prefill.test_screen_title_kind import _page

    # (a page that reads nothing asks for a retake for its screen; the cause is `retake_cause`'s, not tested here)
    monkeypatch.setattr(R, "retake_cause", lambda *a, **k: "screen")

    photo = on_screen(_page("营 业 执 照"), pitch=3.5)
    rec = _Recorder()
    got = R.read_page(photo, rec)  # type: ignore[arg-type]
    assert got.retake
    flat = max(R.choose_page(photo).image.shape[:2])
    want = min(flat * R.DEMOIRE_ENLARGE, R.WIDE_LONG_SIDE)
    # (main: no page given larger than the flattened page)
    assert any(abs(side - want) <= 3 for side in rec.sides), (flat, rec.sides)
    assert got.clock is not None and got.clock.counts.get("look_enlarged") == 1


def test_enlarge_is_bounded_by_the_wide_pages_side() -> None:
    from app.imaging.document import ProcessedPage
    from app.prefill.engine import StageClock

    for long_, want in ((1000, 1000 * R.DEMOIRE_ENLARGE), (2000, R.WIDE_LONG_SIDE)):
        page = np.full((long_ * 3 // 4, long_, 3), 240, np.uint8)
        rec = _Recorder()
        R._ocr_processed(ProcessedPage(page, None, "a4", None), rec, StageClock(),  # type: ignore[arg-type]
                         enlarge=R.DEMOIRE_ENLARGE)
        assert abs(rec.sides[0] - want) <= 2


def test_paper_page_is_read_at_its_own_size() -> None:
    from tests.prefill.test_screen_title_kind import _page

    rec = _Recorder()
    R.read_page(_page("营 业 执 照"), rec)  # type: ignore[arg-type]
    assert rec.sides and max(rec.sides) <= 1002
