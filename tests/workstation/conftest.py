"""Fixtures for the clerk's page and decision use cases: one OCR engine per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def engine():
    from app.prefill.engine import get_engine

    eng = get_engine()
    eng.warm_up()
    return eng
