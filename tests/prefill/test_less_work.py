"""The pre-fill's shortcuts (issue 15, latency) skip work, never readings: blank label strips are
not recognised; measured and off by default: width twins (（ vs ( ) not re-read, recogniser
batches packed by width."""

from __future__ import annotations

import cv2
import numpy as np

from app.prefill import engine as eng_mod
from app.prefill import reader
from app.prefill.engine import REC_FLOOR_RATIO, REC_MARGIN, TextLine, _batches, _padded
from app.prefill.reader import _char_doubt, has_ink
from app.validators.text import to_halfwidth
from benchmarks.docgen import PhotoOptions, make_sample


def _cost(ratios: list[float], cuts: list[tuple[int, int]]) -> float:
    return sum((b - a) * _padded(max(ratios[a:b])) for a, b in cuts)


def test_packed_batches_cover_every_crop_and_pad_less_than_fixed_batches() -> None:
    ratios = sorted([2.1, 2.4, 3.5, 3.6, 4.3, 4.4, 6.2, 8.0, 8.9, 10.4, 1.0, 1.2, 1.3, 14.5, 23.8, 15.6])
    cuts = _batches(ratios, 6)
    assert [a for a, _ in cuts] == [0] + [b for _, b in cuts[:-1]] and cuts[-1][1] == len(ratios)
    assert all(0 < b - a <= 6 for a, b in cuts)
    fixed = [(s, min(len(ratios), s + 6)) for s in range(0, len(ratios), 6)]
    assert _cost(ratios, cuts) < _cost(ratios, fixed)
    for a, b in cuts:  # every crop keeps at least its own margin of blank (or rapidocr's floor)
        pad = _padded(max(ratios[a:b]))
        assert all(pad >= min(REC_FLOOR_RATIO, r + REC_MARGIN) - 1e-9 for r in ratios[a:b])


def test_packed_and_fixed_batches_read_the_same_crops(engine) -> None:
    page = make_sample("id_card_front", 31, PhotoOptions(perspective=0.0, tilt_deg=0.0, noise=0.0)).image
    lines = engine.read(page)
    assert len(lines) >= 6
    crops = []
    for ln in lines:
        x1, y1, x2, y2 = (int(v) for v in ln.bbox)
        crops.append(np.ascontiguousarray(page[max(0, y1):y2, max(0, x1):x2]))
    fixed = engine.recognize(crops)
    was, eng_mod.REC_PACK = eng_mod.REC_PACK, True
    try:
        packed = engine.recognize(crops)
    finally:
        eng_mod.REC_PACK = was
    same = sum(p[0] == f[0] for p, f in zip(packed, fixed, strict=True))
    assert same >= len(crops) - 1, [(p[0], f[0]) for p, f in zip(packed, fixed, strict=True)]


def test_blank_paper_has_no_ink_and_a_stroke_has() -> None:
    rng = np.random.default_rng(3)
    paper = np.clip(rng.normal(225, 4, (30, 120, 3)), 0, 255).astype(np.uint8)
    paper[:, :60] -= 12  # uneven light is not ink
    assert not has_ink(paper)
    written = paper.copy()
    cv2.line(written, (20, 8), (40, 8), (60, 60, 60), 2)
    cv2.line(written, (30, 4), (30, 25), (60, 60, 60), 2)
    assert has_ink(written)


def test_a_width_twin_is_no_doubt_but_a_real_doubt_stays() -> None:
    quad = ((0.0, 0.0), (90.0, 0.0), (90.0, 20.0), (0.0, 20.0))
    twin = TextLine("（副本）", 0.95, quad, chars=((0.55, "(", 0.44), (0.99, "", 0.0), (0.99, "", 0.0),
                                                  (0.98, "", 0.0)))
    real = TextLine("名称", 0.9, quad, chars=((0.55, "各", 0.44), (0.99, "", 0.0)))
    assert to_halfwidth("（") == "("
    was, reader.FOLD_TWINS = reader.FOLD_TWINS, True
    try:
        assert _char_doubt(twin) >= 0.98
        assert _char_doubt(real) < 0.6
    finally:
        reader.FOLD_TWINS = was
    assert _char_doubt(twin) == (0.98 if was else 0.55)
