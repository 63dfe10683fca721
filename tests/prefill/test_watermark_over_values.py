"""A copy's usage watermark (`仅供…使用，他用无效`, grey, large, at an angle) over a licence's values.

Where the watermark's lines cross a row of values, the detector sees one region at the watermark's
angle and boxes neither: plainly legible values were not read (T t0011: name, date unboxed under
`仅供银行开户使用，他用无效`). A licence with blank fields on whose page the detector saw a
watermark's slanted lines is read again with the detector looking at the page without the ink that
is lighter than the print and nowhere near a print stroke's core (`contrast.print_only`); only its
blank fields are taken from that reading. Drawn here: the licence and its watermark, and that a
clean page is not read again."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.contrast import print_only
from tests.prefill.fonts import SERIF, cjk_font

ROWS = (("名　　称", "苏州隆鑫建筑工程有限公司"), ("类　　型", "有限责任公司（自然人独资）"),
        ("法定代表人", "闫建国"), ("注册资本", "壹佰万元整"), ("成立日期", "2008年08月24日"),
        ("住　　所", "苏州市昆山市文化路170号"))


def _licence(watermark: str = "", grey: int = 170, angle: float = 35) -> np.ndarray:
    """A licence page, its watermark (when given) repeated at `angle` (35°) over the whole sheet in `grey`."""
    img = Image.new("L", (1240, 1754), 248)
    if watermark:
        layer = Image.new("L", (2400, 2400), 0)
        w = ImageDraw.Draw(layer)
        for i in range(12):
            w.text((40 + (i % 3) * 400, 100 + 200 * i), watermark, font=cjk_font(84, SERIF), fill=255)
        layer = layer.rotate(angle, resample=Image.BICUBIC)
        mask = layer.crop((580, 320, 580 + 1240, 320 + 1754))
        img.paste(Image.new("L", img.size, grey), (0, 0), mask)
    d = ImageDraw.Draw(img)
    d.text((420, 160), "营业执照", font=cjk_font(96, SERIF), fill=0)
    d.text((150, 380), "统一社会信用代码", font=cjk_font(26, SERIF), fill=40)
    d.text((150, 420), "91320583757211635Y", font=cjk_font(34, SERIF), fill=10)
    f = cjk_font(28, SERIF)
    for i, (label, value) in enumerate(ROWS):
        d.text((150, 560 + 64 * i), label, font=f, fill=40)
        d.text((340, 560 + 64 * i), value, font=f, fill=40)
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_GRAY2BGR)


def _sure(got: reader.PageRead) -> dict[str, str]:
    return {k: f.value for k, f in got.extraction.fields.items() if f.value and not f.flagged}


def test_the_watermark_is_taken_out_of_the_detectors_view_and_the_print_kept() -> None:
    page = _licence("仅供银行开户使用，他用无效")
    seen, share = print_only(page)
    assert share > 0.3  # most of the sheet's ink is the watermark's
    gray = cv2.cvtColor(seen, cv2.COLOR_BGR2GRAY)
    plain = cv2.cvtColor(_licence(), cv2.COLOR_BGR2GRAY)
    print_ink = plain < 200
    assert float((gray[print_ink] < 200).mean()) > 0.9  # the print's strokes stay
    assert float(((gray < 200) & ~print_ink).mean()) < 0.002  # the watermark's are paper
    assert print_only(_licence())[1] < 0.05  # a clean page loses next to nothing


def test_values_under_a_watermark_are_read_with_the_detector_looking_past_it(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _licence("仅供银行开户使用，他用无效")
    monkeypatch.setattr(reader, "WATERMARK_REREAD", False)
    before = _sure(reader.read_page(page))
    monkeypatch.setattr(reader, "WATERMARK_REREAD", True)
    after = _sure(reader.read_page(page))
    want = {"name": "苏州隆鑫建筑工程有限公司", "entity_type": "有限责任公司(自然人独资)", "legal_representative": "闫建国",
            "established_date": "2008-08-24", "address": "苏州市昆山市文化路170号"}
    lost = {k for k, v in want.items() if before.get(k) != v}
    assert lost  # the watermark cost values
    assert all(after.get(k) == v for k, v in want.items() if k in lost)
    assert all(after.get(k) == v for k, v in before.items())  # nothing read before is changed


def test_a_clean_licence_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def counted(image: np.ndarray, *more: object) -> tuple[np.ndarray, float]:
        calls.append(1)
        return print_only(image, *more)  # type: ignore[arg-type]

    monkeypatch.setattr(reader, "print_only", counted)
    got = reader.read_page(_licence())
    assert _sure(got)["name"] == "苏州隆鑫建筑工程有限公司" and not calls


def test_the_second_reading_recognises_only_the_boxes_the_watermark_hid(monkeypatch: pytest.MonkeyPatch) -> None:
    """The re-read's detector finds most of the page's boxes again where they were, to a pixel or a
    few (the title, the labels, the rows the watermark did not cross): those are the crops of lines
    of the same page read already, and sure. Only the boxes it adds (and those of lines in doubt) are
    recognised; the fields are those of reading every box again."""
    page = _licence("仅供银行开户使用，他用无效")
    monkeypatch.setattr(reader, "WATERMARK_REUSE", False)
    every = reader.read_page(page)
    monkeypatch.setattr(reader, "WATERMARK_REUSE", True)
    reused = reader.read_page(page)
    assert every.clock.counts.get("watermark_reread") == reused.clock.counts.get("watermark_reread") == 1
    assert reused.clock.counts.get("rec_known", 0) >= 3  # (the title, the labels: found again as they were)
    assert reused.clock.counts["rec_crops"] < every.clock.counts["rec_crops"]
    assert _sure(reused) == _sure(every)
