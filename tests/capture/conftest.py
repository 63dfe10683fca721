"""Capture fixtures: generated document photos and an image-sequence "camera" on disk."""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest

from benchmarks.docgen import PhotoOptions, photograph_with_corners, render_flat


def photo(kind: str, seed: int = 1, **opts: object) -> tuple[np.ndarray, np.ndarray]:
    """A photo of a generated document and the true corners of the document in it."""
    _, flat = render_flat(kind, seed)
    base = dict(out_long_side=1600, perspective=0.02, tilt_deg=3.0, noise=2.0, jpeg_quality=85, fill=0.7)
    base.update(opts)
    return photograph_with_corners(flat, random.Random(seed), PhotoOptions(**base))


@pytest.fixture
def licence_photo() -> tuple[np.ndarray, np.ndarray]:
    return photo("business_license", 3)


@pytest.fixture
def frames_dir(tmp_path: Path) -> Path:
    """An image sequence: a hand moves a card in, it rests for 8 frames, then the sequence ends."""
    d = tmp_path / "frames"
    d.mkdir()
    _, flat = render_flat("id_card_front", 7)
    i = 0
    for shift in (-0.25, -0.12, 0.0):  # moving in
        img, _ = photograph_with_corners(flat, random.Random(11), PhotoOptions(
            out_long_side=1280, perspective=0.0, tilt_deg=0.0, noise=1.0, fill=0.55))
        m = np.float32([[1, 0, shift * img.shape[1]], [0, 1, 0]])
        moved = cv2.warpAffine(img, m, (img.shape[1], img.shape[0]), borderValue=(70, 70, 75))
        cv2.imwrite(str(d / f"{i:03d}.jpg"), moved)
        i += 1
    for k in range(8):  # resting, with sensor noise only
        img, _ = photograph_with_corners(flat, random.Random(11), PhotoOptions(
            out_long_side=1280, perspective=0.0, tilt_deg=0.0, noise=1.0 + k * 0.1, fill=0.55))
        cv2.imwrite(str(d / f"{i:03d}.jpg"), img)
        i += 1
    return d
