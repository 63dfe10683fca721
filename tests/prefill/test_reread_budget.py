"""Whole-page re-reads a page pays for (session 27, budget lane). Each of `read_page`'s re-reads is a
detector pass and a reading (2–4 s CPU on a licence); a page that reads badly qualified for several
of them one after the other. Drawn with Pillow, read through the real code (`read_page`, the real
edge finder, the real judges of a short, faded or 1-bit reading): nothing of ours is replaced, only
the rules' own constants are set to show what each does.

The pages: a 公共场所卫生许可证 photographed on a dark desk (its edges found: the page is read from
its crop) whose form was filled in only as far as its holder's rows — its address, items and term
left blank — so the crop's reading reads fewer than half its fields (`reader._crop_read_short`) and
the page qualifies for being read whole again (`look_crop_short`).

- A 1-bit capture of that photo (a scanner app's black-and-white mode) is not read whole again
  (`reader.CROP_REREAD_BILEVEL`): that re-read is for a photo's corners lost in a vignette; a
  binarised page's quad leaves no print outside it (`_bilevel_inner`), so the whole image holds
  nothing the crop lacks. On ZH 4 of 5 crop re-reads were on 1-bit pages, none filled.
- A washed-out print of it (light grey ink: a light copy) qualifies for two re-reads — stretched
  (`look_faded`/`look_washed`) and read whole (`look_crop_short`) — and takes only `REREAD_BUDGET`
  of them, the first in `read_page`'s order.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from tests.prefill.fonts import SERIF, cjk_font

# only the holder's rows filled in: 3 of the permit's 7 fields printed (number, name, representative)
_ROWS = (("单位名称：", "闵行区鑫达美发店"), ("法定代表人：", "徐鹏"))


def _permit(paper: int, ink: int) -> np.ndarray:
    """The permit (grey, 1240×1754): title, number, the holder's two rows."""
    page = Image.new("L", (1240, 1754), paper)
    d = ImageDraw.Draw(page)
    d.text((620, 330), "公共场所卫生许可证", fill=ink, font=cjk_font(72, SERIF), anchor="mm")
    f = cjk_font(34, SERIF)
    d.text((620, 430), "沪卫公字（2021）第310112803874号", fill=ink, font=f, anchor="mm")
    for i, (label, value) in enumerate(_ROWS):
        d.text((150, 540 + 66 * i), label, fill=ink, font=f)
        d.text((420, 540 + 66 * i), value, fill=ink, font=f)
    return np.asarray(page)


def _photo(page: np.ndarray, desk: int, vignette: bool) -> np.ndarray:
    """The page on a dark desk (grey 1500×2000), `vignette`: its corners darker (a lamp's fall-off)."""
    w, h = 1500, 2000
    photo = np.full((h, w), desk, np.float32)
    photo[120:120 + page.shape[0], 130:130 + page.shape[1]] = page
    if vignette:
        yy, xx = np.mgrid[0:h, 0:w]
        r = np.hypot((xx - w / 2) / (w * 0.62), (yy - h / 2) / (h * 0.62))
        photo *= np.clip(1.15 - 0.6 * r ** 2, 0.25, 1.0)
    return cv2.GaussianBlur(photo, (0, 0), 1.0).clip(0, 255).astype(np.uint8)  # (the lens's softness)


def _one_bit() -> np.ndarray:
    """The permit under a lamp, saved in black and white (the desk black, the paper white)."""
    grey = _photo(_permit(244, 20), desk=40, vignette=True)
    return cv2.cvtColor(np.where(grey > 110, 255, 0).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def _washed() -> np.ndarray:
    """A light copy of the permit (its ink at 150 on paper at 240) on a dark desk."""
    return cv2.cvtColor(_photo(_permit(240, 150), desk=60, vignette=False), cv2.COLOR_GRAY2BGR)


def _read(image: np.ndarray, engine) -> reader.PageRead:  # noqa: ANN001
    got = reader.read_page(image, engine)
    assert got.kind == "public_health_license"
    assert got.extraction.fields["legal_representative"].value == "徐鹏"  # (the crop's reading stands)
    return got


def test_a_one_bit_page_read_short_from_its_crop_is_not_read_whole_again(
        monkeypatch: pytest.MonkeyPatch, engine) -> None:  # noqa: ANN001
    assert _read(_one_bit(), engine).clock.counts.get("look_crop_short", 0.0) == 0
    monkeypatch.setattr(reader, "CROP_REREAD_BILEVEL", True)  # as before: it qualified, and was read whole
    assert _read(_one_bit(), engine).clock.counts.get("look_crop_short", 0.0) == 1


def test_a_page_that_qualifies_for_more_rereads_than_the_budget_takes_only_the_budget(
        monkeypatch: pytest.MonkeyPatch, engine) -> None:  # noqa: ANN001
    """The light copy is read again stretched, then whole; with a budget of one, only stretched."""
    def looks(counts: dict[str, float]) -> tuple[float, float]:
        return counts.get("look_faded", 0.0) + counts.get("look_washed", 0.0), counts.get("look_crop_short", 0.0)

    counts = _read(_washed(), engine).clock.counts
    assert looks(counts) == (1, 1) and counts["rereads"] == 2  # (the default budget, 2: it takes both)
    monkeypatch.setattr(reader, "REREAD_BUDGET", 1)
    counts = _read(_washed(), engine).clock.counts
    assert looks(counts) == (1, 0) and counts["rereads"] == 1
