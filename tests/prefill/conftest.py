"""Pre-fill fixtures: one OCR engine per test session (the model load is ~1 s), generated photos."""

from __future__ import annotations

import pytest

from benchmarks.docgen import PhotoOptions, Sample, make_sample


@pytest.fixture(scope="session")
def engine():
    from app.prefill.engine import get_engine

    eng = get_engine()
    eng.warm_up()
    return eng


def sample(kind: str, seed: int, truth: dict[str, str] | None = None, **opts: object) -> Sample:
    """A moderately difficult photo (tilt, perspective, JPEG, noise; rotation when asked)."""
    base = dict(out_long_side=2000, perspective=0.02, tilt_deg=3.0, noise=3.0, jpeg_quality=75, fill=0.7)
    base.update(opts)
    return make_sample(kind, seed, PhotoOptions(**base), truth=truth)
