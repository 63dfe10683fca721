"""A copy of a copy that faded one part of its print and kept another dark: the detector boxes the
dark part alone. W zw_108 (a 营业执照 副本) kept its values at ~120 grey and faded its labels to ~184,
broken; zw_129 (a 食品经营许可证) kept its 黑体 labels black and faded its small Song values to ~180,
their thin strokes broken by lost toner — every value row unboxed, 8 of 9 fields blank. The
faded-body re-read (`reader.FADED_BODY`) measures the print in the detector's boxes
(`contrast.body_ink`): the boxes hold the dark part, so it never fired. `contrast.unboxed_ink`
measures the print the detector left unboxed — runs of characters outside every box, found as ink
density with the specks taken out — and a licence with such runs at `reader.UNBOXED_FADED` or
lighter is read again stretched from them (`faded_stretched`), taking only the fields the first
reading left blank. Drawn here: a licence with black labels and its values at grey 205, half their
stroke pixels lost, on 248 paper with the copier's blur and the paper's grain."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.contrast import unboxed_ink
from tests.prefill.fonts import SANS, SERIF, cjk_font
from tests.prefill.pages import assert_second_reading_only_fills

ROWS = (("名　　称", "苏州隆鑫建筑工程有限公司"), ("类　　型", "有限责任公司（自然人独资）"),
        ("法定代表人", "闫建国"), ("注册资本", "壹佰万元整"), ("成立日期", "2008年08月24日"),
        ("住　　所", "苏州市昆山市文化路170号"))
WANT = {"name": "苏州隆鑫建筑工程有限公司", "credit_code": "91320583757211635Y", "entity_type": "有限责任公司(自然人独资)",
        "legal_representative": "闫建国", "registered_capital": "壹佰万元整", "established_date": "2008-08-24",
        "address": "苏州市昆山市文化路170号"}


def _licence(value: int = 205, keep: float = 0.5) -> np.ndarray:
    """A copy of a licence: title and labels black, values `value` grey with only `keep` of their
    stroke pixels left, softened by the copier's optics (σ 0.8), the paper's grain σ 6."""
    rng = np.random.default_rng(5)
    base = Image.new("L", (1240, 1754), 248)
    d = ImageDraw.Draw(base)
    d.text((420, 160), "营业执照", font=cjk_font(96, SANS), fill=0)
    d.text((150, 380), "统一社会信用代码", font=cjk_font(26, SANS), fill=20)
    for i, (name, _) in enumerate(ROWS):
        d.text((150, 560 + 64 * i), name, font=cjk_font(28, SANS), fill=20)
    values = Image.new("L", (1240, 1754), 0)
    v = ImageDraw.Draw(values)
    v.text((150, 420), "91320583757211635Y", font=cjk_font(34, SERIF), fill=255)
    for i, (_, text) in enumerate(ROWS):
        v.text((340, 560 + 64 * i), text, font=cjk_font(28, SERIF), fill=255)
    grey = np.asarray(base).astype(np.float32)
    ink = np.asarray(values).astype(np.float32) / 255.0 * (rng.random(grey.shape) < keep)
    grey = grey * (1.0 - ink) + value * ink
    grey = cv2.GaussianBlur(grey, (0, 0), 0.8) + rng.normal(0.0, 6.0, grey.shape)
    return cv2.cvtColor(np.clip(grey, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def _sure(got: reader.PageRead) -> dict[str, str]:
    return {k: f.value for k, f in got.extraction.fields.items() if f.value and not f.flagged}


LABEL_BOXES = [(420.0, 160.0, 810.0, 260.0), (150.0, 380.0, 360.0, 408.0)] + \
    [(150.0, 560.0 + 64 * i, 300.0, 590.0 + 64 * i) for i in range(len(ROWS))]
VALUE_BOXES = [(150.0, 420.0, 500.0, 456.0)] + [(340.0, 560.0 + 64 * i, 720.0, 592.0 + 64 * i) for i in range(len(ROWS))]


def test_the_print_left_unboxed_is_measured() -> None:
    page = _licence()
    ink = unboxed_ink(page, LABEL_BOXES)  # the values' rows: no box over them
    assert ink is not None and ink >= reader.UNBOXED_FADED
    assert unboxed_ink(page, LABEL_BOXES + VALUE_BOXES) is None  # all of its print boxed
    assert unboxed_ink(page, LABEL_BOXES[:3]) is None  # too few rows read to judge a row's height
    specks = np.full((1754, 1240, 3), 248, np.uint8)
    rng = np.random.default_rng(1)
    ys, xs = rng.integers(0, 1754, 3000), rng.integers(0, 1240, 3000)
    specks[ys, xs] = 40  # a copy's toner specks alone make no run of print
    assert unboxed_ink(specks, LABEL_BOXES) is None


def test_a_copy_with_its_values_faded_and_unboxed_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _licence()
    monkeypatch.setattr(reader, "UNBOXED_FADED", 0.0)  # main: its boxed rows (the labels) are dark
    before = _sure(reader.read_page(page))
    monkeypatch.setattr(reader, "UNBOXED_FADED", 150.0)
    got = reader.read_page(page)
    assert got.clock.counts.get("look_faded")
    assert_second_reading_only_fills(before, _sure(got), WANT)
