"""Page preparation done with less CPU must measure exactly what it measured before: the median of
a grey page read off its histogram (`median_u8`: the quad's Canny thresholds, the quality gate's ink
and glare reference), and the screen-photo test's tile measures with their channel maximum and mean
taken elementwise (`screen._chroma_top`, `_channel_mean`) and each tile prepared once for both of its
measures (`is_screen_photo`). Drawn on generated pages, against numpy's own reductions."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.imaging import screen
from app.imaging.document import assess_quality, median_u8


def _page(seed: int, h: int = 700, w: int = 990) -> np.ndarray:
    """A photographed page: paper lit from one side, rows of print, a red seal, noise, clipped glare."""
    rng = np.random.default_rng(seed)
    ramp = np.linspace(190, 245, w, dtype=np.float32)[None, :].repeat(h, 0)
    img = np.dstack([ramp - 6, ramp - 2, ramp]).astype(np.float32)
    for y in range(60, h - 40, 34):
        cv2.putText(img, "4403 2019 LICENCE ROW", (30, y), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (30, 30, 40), 2)
    cv2.circle(img, (w - 180, h - 160), 90, (40, 40, 210), 5)
    cv2.circle(img, (int(w * 0.3), int(h * 0.4)), 40, (255, 255, 255), -1)  # a glare spot
    img += rng.normal(0, 4, img.shape).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8)


def _screen(page: np.ndarray) -> np.ndarray:
    """The page shown on a display and photographed: each pixel lit through one of R, G, B sub-pixels."""
    out = page.astype(np.float32) * 0.55
    x = np.arange(page.shape[1])
    for c in range(3):
        out[:, x % 3 == c, c] += 100
    return np.clip(out, 0, 255).astype(np.uint8)


@pytest.mark.parametrize("seed", range(6))
def test_the_histogram_median_is_numpys(seed: int) -> None:
    rng = np.random.default_rng(seed)
    gray = cv2.cvtColor(_page(seed), cv2.COLOR_BGR2GRAY)
    for a in (gray, gray[:, :-1], gray[1:, 1:], gray[:333, :1], np.full((3, 4), 7, np.uint8),
              rng.integers(0, 256, int(rng.integers(1, 5000))).astype(np.uint8)):
        assert median_u8(a) == np.median(a)  # odd and even counts, one value, all values


def test_the_quality_gate_measures_the_same() -> None:
    """`assess_quality` with the histogram median: the same ink share, sharpness and glare as with
    numpy's median (the glare is judged against the fitted light, which takes the median too)."""
    page = _page(1)
    q = assess_quality(page, None, page)
    gray = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    small = cv2.resize(gray, (1000 * gray.shape[1] // max(gray.shape), 1000 * gray.shape[0] // max(gray.shape)),
                       interpolation=cv2.INTER_AREA) if max(gray.shape) > 1000 else gray
    ink = cv2.dilate((small < np.median(small) - 40).astype(np.uint8), np.ones((3, 3), np.uint8))
    assert q.metrics["ink"] == float(ink.mean())
    assert q.metrics["glare"] > 0  # (the spot is found: the light was fitted)


@pytest.mark.parametrize("seed", range(4))
def test_tile_measures_are_numpys(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for tile in (_page(seed)[200:296, 300:396], _screen(_page(seed))[100:196, 500:596],
                 rng.integers(0, 256, (96, 96, 3)).astype(np.uint8)):
        chroma, top = screen._chroma_top(tile)
        f = tile.astype(np.float32)
        assert np.array_equal(top, f.max(axis=2))
        a = np.abs(chroma - cv2.GaussianBlur(chroma, (0, 0), 2.0))
        assert np.array_equal(screen._channel_mean(a), a.mean(axis=2))


def test_a_screen_photo_is_told_as_before() -> None:
    for img, want in ((_page(2), False), (_screen(_page(2)), True)):
        both = screen.screen_pattern(img) >= screen.SCREEN_PATTERN or screen.band_pattern(img) >= screen.BAND_PATTERN
        assert screen.is_screen_photo(img) == both == want


@pytest.mark.parametrize("share", [50.0, 20.0])
def test_the_paper_colour_is_numpys_median(share: float) -> None:
    """`_paper_of` (the paper colour inside a found frame, per Lab channel) as np.median over the
    float32 copy gave it: the same float32 values."""
    from app.imaging.document import STEP, _paper_of

    rng = np.random.default_rng(int(share))
    lab = cv2.cvtColor(_page(3), cv2.COLOR_BGR2LAB)
    for inner in (rng.random(lab.shape[:2]) > 0.4, np.ones(lab.shape[:2], bool)):
        inside = lab[::STEP, ::STEP][inner[::STEP, ::STEP]].astype(np.float32)
        light = inside[:, 0]
        want = np.median(inside[light >= np.percentile(light, 100.0 - share)], axis=0)
        got = _paper_of(lab, inner, share)
        assert got.dtype == want.dtype and np.array_equal(got, want)
