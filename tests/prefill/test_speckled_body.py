"""A photocopy peppered with toner specks, read as a 营业执照 from its title and credit code alone.

The specks, as dark as the print and scattered between and beside the strokes of its small grey
body rows, kept the detector's probability on those rows under its threshold: the title and the
credit code were boxed, no labelled row was (S's photocopies and copies of copies). Such a page —
a known kind with most of its labels not found, and speckled — is read again with the detector
looking at the page despeckled (a 3×3 median, `app.imaging.contrast.despeckled`), the recogniser
still reading the page as it is. Drawn here: the licence, its specks, and that a clean page is read
once."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.contrast import despeckled
from tests.prefill.fonts import SERIF, cjk_font


def _licence(specks: int, ink: int = 120, seed: int = 3) -> np.ndarray:
    """A licence page, its labels and values in a small grey face, with `specks` 2×2 toner specks."""
    img = Image.new("L", (1240, 1754), 245)
    d = ImageDraw.Draw(img)
    d.text((420, 160), "营业执照", font=cjk_font(96, SERIF), fill=0)
    d.text((150, 380), "统一社会信用代码", font=cjk_font(26, SERIF), fill=ink)
    d.text((150, 420), "91320583757211635Y", font=cjk_font(34, SERIF), fill=10)
    rows = (("名　　称", "苏州隆鑫建筑工程有限公司"), ("类　　型", "有限责任公司（自然人独资）"),
            ("法定代表人", "闫建国"), ("注册资本", "壹佰万元整"), ("成立日期", "2008年08月24日"),
            ("住　　所", "苏州市昆山市文化路170号"))
    f = cjk_font(24, SERIF)
    for i, (label, value) in enumerate(rows):
        d.text((150, 560 + 56 * i), label, font=f, fill=ink)
        d.text((330, 560 + 56 * i), value, font=f, fill=ink)
    page = np.asarray(img).copy()
    rng = np.random.default_rng(seed)
    ys, xs = rng.integers(0, page.shape[0] - 1, specks), rng.integers(0, page.shape[1] - 1, specks)
    for dy in (0, 1):
        for dx in (0, 1):
            page[ys + dy, xs + dx] = 30
    return cv2.cvtColor(page, cv2.COLOR_GRAY2BGR)


def _sure(got: reader.PageRead) -> dict[str, str]:
    return {k: f.value for k, f in got.extraction.fields.items() if f.value and not f.flagged}


def test_a_speckled_copys_body_is_found_with_the_detector_looking_despeckled(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _licence(15000)
    monkeypatch.setattr(reader, "SPECK_REREAD", False)
    before = reader.read_page(page)
    assert before.kind == "business_license"
    assert "name" not in _sure(before) and "address" not in _sure(before)  # the body unboxed
    monkeypatch.setattr(reader, "SPECK_REREAD", True)
    after = _sure(reader.read_page(page))
    # (the recogniser reads the speckled crops: a speck in a character keeps its doubt, 名称 here)
    assert after["entity_type"] == "有限责任公司(自然人独资)"
    assert after["established_date"] == "2008-08-24"
    assert after["address"] == "苏州市昆山市文化路170号"
    assert after["credit_code"] == "91320583757211635Y"


def test_a_clean_copy_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def counted(image: np.ndarray) -> np.ndarray:
        calls.append(1)
        return despeckled(image)

    monkeypatch.setattr(reader, "despeckled", counted)
    got = reader.read_page(_licence(0))
    assert _sure(got)["name"] == "苏州隆鑫建筑工程有限公司" and not calls


def test_despeckling_keeps_strokes_and_drops_specks() -> None:
    page = _licence(15000)
    clean = despeckled(page)
    assert reader.speckled(page)
    row = cv2.cvtColor(clean[560:600, 150:630], cv2.COLOR_BGR2GRAY)
    assert (row < 180).mean() > 0.05  # the row's grey strokes are still there
