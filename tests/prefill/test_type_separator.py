"""Session 28 (bizscope): a 市场主体类型 whose `、` was read torn against `，` is the table's type.

The type is settled by the closed table of types (`extract._known_type`, through `_by_grammar`): a doubtful
character is taken when exactly one of its two readings makes a known type. The table writes the words in
a type's bracket with `、`, and `，` read there is the same type — so both readings fit, and the grammar
called it undecided: ZK zk_0082 (a phone photo) read `股份有限公司(非上市、自然人投资或控股)` whole, its `、` at
0.50 against `，`, and left it blank (`doubtful character`). Readings that write one value are one choice
(`extract.GRAMMAR_SAME`). Drawn: a 营业执照 whose type's separator is a `、` over a lighter `，` (a smudged
mark the recogniser is torn on), read through `read_page` with the second recogniser off (it settles this
drawn page's doubt by agreeing; on a photo it often does not); main left the type blank."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.extract as extract
import app.prefill.reader as reader
from tests.prefill.fonts import SANS, cjk_font

TYPE = "股份有限公司(非上市、自然人投资或控股)"
ROWS = (("名称", "广州瑞丰教育咨询股份有限公司"), ("类型", TYPE), ("法定代表人", "叶平瑶"),
        ("注册资本", "人民币壹佰万元整"), ("成立日期", "2019年03月08日"), ("住所", "广东省广州市天河区体育西路191号"))


def _licence() -> np.ndarray:
    """A 营业执照 (A4, a grey scan: blur and paper grain) whose type's `、` is printed over a `，`."""
    img = Image.new("RGB", (1240, 1754), (250, 250, 246))
    d = ImageDraw.Draw(img)
    d.text((460, 160), "营业执照", font=cjk_font(80, SANS), fill=(0, 0, 0))
    d.text((150, 300), "统一社会信用代码 91440106MA5CXQ7R2U", font=cjk_font(30, SANS), fill=(20, 20, 20))
    f = cjk_font(36, SANS)
    for i, (label, value) in enumerate(ROWS):
        y = 420 + 70 * i
        d.text((150, y), label, font=f, fill=(20, 20, 20))
        head, sep, tail = value.partition("、")
        d.text((450, y), head, font=f, fill=(20, 20, 20))
        if sep:
            x = 450 + d.textlength(head, font=f)
            d.text((x, y), "，", font=f, fill=(100, 100, 100))
            d.text((x, y), "、", font=f, fill=(20, 20, 20))
            d.text((x + d.textlength("、", font=f), y), tail, font=f, fill=(20, 20, 20))
    d.text((800, 1300), "登记机关", font=f, fill=(20, 20, 20))
    grey = cv2.GaussianBlur(np.asarray(img), (5, 5), 1.2).astype(np.float32)
    grey += np.random.default_rng(7).normal(0, 8, grey.shape[:2])[..., None]
    return np.clip(grey, 0, 255).astype(np.uint8)[:, :, ::-1].copy()


def test_a_type_torn_between_its_two_separators_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "SECOND_REC", False)
    page = _licence()
    got = reader.read_page(page).extraction.fields["entity_type"]
    assert got.value == TYPE and not got.flagged, (got.value, got.note)
    monkeypatch.setattr(extract, "GRAMMAR_SAME", False)
    off = reader.read_page(page).extraction.fields["entity_type"]
    assert off.flagged and off.note == "doubtful character", (off.value, off.note)  # (main: blank)
