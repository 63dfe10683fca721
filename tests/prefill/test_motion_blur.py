"""A page smeared by the camera's motion is found by its cepstrum and deconvolved before reading.

A straight smear of 6–10 px washes a licence's light labels into the paper (S's x0062: 0 of 8
fields read); a Wiener filter with the smear's streak brings them back. Drawn here: the smear is
found (length and direction) on a smeared page and not on the same page sharp, nor on a page
carrying an exact pixel period (a copier's dither, a scan enlarged by a whole factor), whose
cepstrum also has a deep point; the deconvolution sharpens the smeared strokes; and the reader
reads more of a smeared licence with it than without. A page left as a few discrete copies (a
phone's multi-frame capture of a moving hand) is undone by the filter's comb of copies, where a
streak's filter rang it into ghosts and read nothing (ZJ's shaken photos)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import app.prefill.reader as reader
from app.imaging.deblur import deblur, motion_blur, streak
from tests.prefill.pages import grey_licence


def _smeared(page: np.ndarray, length: float, angle: float, seed: int = 0) -> np.ndarray:
    out = cv2.filter2D(page.astype(np.float32), -1, streak(length, angle), borderType=cv2.BORDER_REFLECT)
    out += np.random.default_rng(seed).normal(0, 1.5, out.shape)
    return np.clip(out, 0, 255).astype(np.uint8)


def test_a_straight_smear_is_found_with_its_length_and_direction() -> None:
    page = grey_licence()
    got = motion_blur(_smeared(page, 8.0, np.radians(-23)))
    assert got is not None
    length, angle, count = got
    assert count == 0  # a streak, not copies
    assert abs(length - 8.0) <= 1.0
    assert min(abs(angle - np.radians(-23)), abs(angle - np.radians(157))) <= np.radians(10)
    assert motion_blur(page) is None  # the page sharp


def test_an_exact_pixel_period_is_no_smear() -> None:
    # a scan enlarged 4× by nearest neighbour, then a copier's ordered dither: periods along the axes
    page = cv2.resize(grey_licence()[::4, ::4], None, fx=4, fy=4, interpolation=cv2.INTER_NEAREST)
    dither = np.tile(np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]) * 3, (200, 275))
    assert motion_blur(np.clip(page.astype(np.int32) + dither - 20, 0, 255).astype(np.uint8)) is None


def test_deconvolution_sharpens_the_smeared_strokes() -> None:
    page = grey_licence()
    smeared = _smeared(page, 8.0, np.radians(-23))
    back = deblur(smeared, *motion_blur(smeared))  # type: ignore[misc]
    near = cv2.dilate((page < 200).astype(np.uint8), np.ones((9, 9), np.uint8)) > 0  # around the print
    err = lambda a: float(np.abs(a.astype(np.float32) - page)[near].mean())  # noqa: E731
    assert err(back) < 0.7 * err(smeared)
    colour = cv2.cvtColor(smeared, cv2.COLOR_GRAY2BGR)
    assert deblur(colour, 8.0, np.radians(-23)).shape == colour.shape


def _photo(page: np.ndarray) -> np.ndarray:
    """The page on a darker desk, as a phone would take it (BGR)."""
    desk = np.full((1000, 1400), 90, np.uint8)
    desk[100:900, 150:1250] = page
    return cv2.cvtColor(desk, cv2.COLOR_GRAY2BGR)


def _read(image: np.ndarray) -> dict[str, str]:
    got = reader.read_page(image)
    return {k: f.value for k, f in got.extraction.fields.items() if f.value and not f.flagged}


def test_a_smeared_licence_reads_more_deconvolved(monkeypatch: pytest.MonkeyPatch) -> None:
    photo = _smeared(cv2.cvtColor(_photo(grey_licence()), cv2.COLOR_BGR2GRAY), 9.0, np.radians(-23))
    photo = cv2.cvtColor(photo, cv2.COLOR_GRAY2BGR)
    monkeypatch.setattr(reader, "DEBLUR_SHARP", 0.0)
    before = _read(photo)
    monkeypatch.setattr(reader, "DEBLUR_SHARP", 25.0)
    after = _read(photo)
    assert len(after) > len(before) and len(after) >= 4  # (drawn: 0 fields smeared, 5 deconvolved)
    assert after.get("legal_representative") == "毛飞国"
    for key, value in before.items():  # nothing read before is lost or read otherwise
        assert after.get(key) == value


def _ghosted(page: np.ndarray, spacing: float, angle: float, copies: int = 3, seed: int = 0) -> np.ndarray:
    """The page as the mean of `copies` equal copies `spacing` px apart along `angle`, plus sensor noise:
    a multi-frame capture whose frames the hand moved between."""
    acc = np.zeros(page.shape, np.float32)
    for i in range(copies):
        t = (i - (copies - 1) / 2) * spacing
        shift = np.float32([[1, 0, t * np.cos(angle)], [0, 1, t * np.sin(angle)]])
        acc += cv2.warpAffine(page.astype(np.float32), shift, (page.shape[1], page.shape[0]),
                              flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    acc = acc / copies + np.random.default_rng(seed).normal(0, 1.5, acc.shape)
    return np.clip(acc, 0, 255).astype(np.uint8)


def test_copies_are_told_from_a_streak() -> None:
    page = grey_licence()
    got = motion_blur(_ghosted(page, 5.0, np.radians(-23)))
    assert got is not None and got[2] == 3  # three copies 5 px apart: a smear of 15 px left as copies
    assert abs(got[0] - 15.0) <= 1.5
    streaked = motion_blur(_smeared(page, 15.0, np.radians(-23)))  # a streak of the same length
    assert streaked is not None and streaked[2] == 0


def test_a_page_left_as_copies_reads_deconvolved_as_copies() -> None:
    photo = cv2.cvtColor(_ghosted(cv2.cvtColor(_photo(grey_licence()), cv2.COLOR_BGR2GRAY), 5.0, np.radians(-23)),
                         cv2.COLOR_GRAY2BGR)
    got = _read(photo)  # (drawn: 5 fields undone as copies; 0 with a streak's filter, as on main, and 0 without)
    assert len(got) >= 4 and got.get("legal_representative") == "毛飞国"
    assert got.get("name") == "杭州禾和美容院有限公司"

