"""Extraction on generated document photos through the real RapidOCR engine (few, shared engine)."""

from __future__ import annotations

import os
import random

import pytest

from app.prefill.engine import (
    RAPID_MODELS,
    OcrUnavailable,
    PaddleOcrEngine,
    RapidOcrEngine,
    rapidocr_model_dir,
)
from app.prefill.reader import read_page
from app.validators.text import to_halfwidth
from benchmarks.docgen import random_business
from tests.prefill.conftest import sample


def norm(v: str) -> str:
    return "".join(to_halfwidth(v).split())


def check(read, truth: dict[str, str], min_filled: float) -> None:
    got = read.extraction.public_fields()
    assert set(got) >= set(truth)
    filled = 0
    for key, want in truth.items():
        value = got[key]["value"]
        if value:
            assert value == norm(want), (key, value, want)  # never a wrong pre-fill
            filled += 1
            assert len(got[key]["box"]) == 4 and 0 <= got[key]["confidence"] <= 1
    assert filled >= min_filled * len([v for v in truth.values() if v]), got


def test_models_ship_in_the_wheel_and_telemetry_is_off() -> None:
    d = rapidocr_model_dir()
    assert all((d / name).is_file() for name in RAPID_MODELS.values())
    assert os.environ.get("ORT_DISABLE_TELEMETRY") == "1"


def test_missing_models_are_an_error_not_a_download(tmp_path) -> None:
    with pytest.raises(OcrUnavailable) as exc:
        RapidOcrEngine(model_dir=tmp_path).load()
    assert "模型" in exc.value.message_zh


def test_paddle_without_install_or_models_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(OcrUnavailable) as exc:
        PaddleOcrEngine(det_dir=tmp_path / "det", rec_dir=tmp_path / "rec").load()
    assert "PaddleOCR" in exc.value.message_zh


def test_id_front_upside_down(engine) -> None:
    s = sample("id_card_front", 21, rotation=180)
    read = read_page(s.image, engine)
    assert read.kind == "id_card_front" and read.rotation == 180
    check(read, s.truth, 0.8)


def test_id_back_quarter_turn(engine) -> None:
    s = sample("id_card_back", 22, rotation=90)
    read = read_page(s.image, engine)
    assert read.kind == "id_card_back" and read.rotation in (90, 270)
    check(read, s.truth, 0.66)


def test_individual_business_licence_with_seal(engine) -> None:
    truth = random_business(random.Random(5), individual=True)  # 经营者 / 经营场所, no capital
    s = sample("business_license", 23, truth=truth)
    read = read_page(s.image, engine)
    assert read.kind == "business_license"
    check(read, s.truth, 0.75)
    assert read.extraction.public_fields()["registered_capital"]["value"] == ""  # 个体工商户: none printed


def test_public_health_licence(engine) -> None:
    s = sample("public_health_license", 24)
    read = read_page(s.image, engine)
    assert read.kind == "public_health_license"
    check(read, s.truth, 0.75)


def test_blank_and_unrelated_pages_are_other(engine) -> None:
    import numpy as np

    assert read_page(np.full((800, 1100, 3), 235, np.uint8), engine).kind == "other"
