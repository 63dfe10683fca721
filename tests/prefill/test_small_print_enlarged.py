"""A page refused for its small print is read once more enlarged, and that reading is kept when it
reads more.

AA's 高拍仪 licences (a whole sheet in a 1,600 px frame, CImg's filtered strokes, print at a 9–10 px
pitch) were refused `small_print` with nothing read: the detector, on rows 8–10 px high, boxes two rows
as one or none, and the recogniser scales to its 48 px only the crops it was given. Enlarged 1.6× the
same photos read their credit code, type, term or representative sure (aa_034, aa_070). Simulated here:
the product's engine, but a row shorter than a legible one comes back garbled (as small print reads),
on a licence forwarded at a 10 px pitch; the reading enlarged is kept, its boxes in the photo's pixels,
and what it still leaves blank asks for the retake. Print that would need more than
SMALL_PRINT_MAX_SCALE (a chat picture's 6 px characters, test_retake) is left to the retake."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

import app.prefill.reader as reader
from tests.prefill.test_retake import _chat_picture, _licence

LEGIBLE = 22.0  # px: a row box shorter than this (in the image the engine is given) reads garbled


def _height(ln) -> float:  # noqa: ANN001
    q = np.asarray(ln.quad, np.float64)
    return float((np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])) / 2)


class _SmallRowsGarbled:
    """The product's engine; rows too short to read come back as runs of look-alikes."""

    def __init__(self, engine) -> None:  # noqa: ANN001
        self._engine = engine

    def read(self, image: np.ndarray, det_max_side: int | None = None, clock=None, **kw) -> list:  # noqa: ANN001, ANN003
        lines = self._engine.read(image, det_max_side, clock=clock, **kw)
        return [ln if _height(ln) >= LEGIBLE else
                replace(ln, text="口" * len(ln.text), score=0.3, chars=tuple((0.3, "日", 0.2) for _ in ln.text))
                for ln in lines]

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._engine, name)


def test_a_page_refused_for_small_print_is_read_enlarged(engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    photo = _chat_picture(_licence(), 0.33)  # ~10 px characters
    monkeypatch.setattr(reader, "SMALL_PRINT_PITCH_TO", 0.0)  # main: refused, nothing read
    first = reader.read_page(photo, _SmallRowsGarbled(engine))
    assert first.kind == "business_license" and first.retake == "small_print"
    assert 8.0 <= reader.print_pitch(first.lines) <= 12.0
    assert all(f.note == "retake" for f in first.extraction.fields.values() if f.flagged)
    assert not any(f.value and not f.flagged for f in first.extraction.fields.values())
    monkeypatch.setattr(reader, "SMALL_PRINT_PITCH_TO", 16.0)
    got = reader.read_page(photo, _SmallRowsGarbled(engine))
    assert got.clock.counts.get("small_print_enlarged_filled")
    fields = got.extraction.public_fields()
    assert fields["entity_type"]["value"] == "有限责任公司(自然人独资)"
    assert fields["business_scope"]["value"] == "美容服务;化妆品零售"
    # in the photo's pixels: the type's box lies on the forwarded page, inside the photo
    x1, y1, x2, y2 = fields["entity_type"]["box"]
    assert 0 <= x1 < x2 <= photo.shape[1] and 500 <= y1 < y2 <= 500 + 0.33 * 1000
    assert all(0 <= v <= max(photo.shape[:2]) for ln in got.lines for p in ln.quad for v in p)


def test_print_too_small_to_enlarge_enough_is_left_to_the_retake(engine) -> None:  # noqa: ANN001
    photo = _chat_picture(_licence(), 0.2)  # ~6 px: it would need 2.7×
    got = reader.read_page(photo, engine)
    assert got.retake == "small_print" and not got.clock.counts.get("small_print_enlarged")
