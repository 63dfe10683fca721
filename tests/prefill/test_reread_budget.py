"""Whole-page re-reads a page pays for (session 27, budget lane). Each of `read_page`'s re-reads is a
detector pass and a reading (2–4 s CPU on a licence); a page that reads badly qualified for several
of them one after the other. Drawn with Pillow, read through the real code (`read_page`).

- A 1-bit capture (a fax, a scanner app's black-and-white mode) whose crop read short is not read
  whole again (`reader.CROP_REREAD_BILEVEL`): that re-read is for a photo's corners lost in a
  vignette; a binarised page's quad leaves no print outside it (`_bilevel_inner`), so the whole
  image holds nothing the crop lacks. On ZH 4 of 5 crop re-reads were on 1-bit pages, none filled.
"""

from __future__ import annotations

import numpy as np
import pytest

import app.prefill.reader as reader
from tests.prefill.test_bilevel_reread import _licence  # (the same drawn 卫生许可证, grey or 1-bit)

_BORDER = np.array([[60, 60], [1180, 60], [1180, 1694], [60, 1694]], np.float32)


def _crop_rereads(monkeypatch: pytest.MonkeyPatch, engine, bilevel: bool) -> float:  # noqa: ANN001
    """How many times the page, found by its ruled border and judged read short, is read whole."""
    monkeypatch.setattr(reader, "find_document_quad", lambda *a, **k: _BORDER.copy())
    monkeypatch.setattr(reader, "_crop_read_short", lambda *a, **k: True)
    got = reader.read_page(_licence(bilevel), engine)
    assert got.kind == "public_health_license"
    return got.clock.counts.get("look_crop_short", 0.0)


def test_a_one_bit_page_read_short_from_its_crop_is_not_read_whole_again(
        monkeypatch: pytest.MonkeyPatch, engine) -> None:  # noqa: ANN001
    assert _crop_rereads(monkeypatch, engine, bilevel=False) == 1  # a grey page: read whole too
    assert _crop_rereads(monkeypatch, engine, bilevel=True) == 0
    monkeypatch.setattr(reader, "CROP_REREAD_BILEVEL", True)  # as before
    assert _crop_rereads(monkeypatch, engine, bilevel=True) == 1


def test_a_page_that_qualifies_for_more_rereads_than_the_budget_takes_only_the_budget(
        monkeypatch: pytest.MonkeyPatch, engine) -> None:  # noqa: ANN001
    """A licence whose first reading asks for three re-reads — washed out, read short from its crop,
    a row cut off — is read whole again `REREAD_BUDGET` times, the first ones in `read_page`'s order."""
    monkeypatch.setattr(reader, "find_document_quad", lambda *a, **k: _BORDER.copy())
    monkeypatch.setattr(reader, "washed_out", lambda *a, **k: True)
    monkeypatch.setattr(reader, "_unsettled", lambda *a, **k: True)
    monkeypatch.setattr(reader, "_crop_read_short", lambda *a, **k: True)
    monkeypatch.setattr(reader, "_row_cut_off", lambda *a, **k: True)
    monkeypatch.setattr(reader, "REREAD_BUDGET", 2)
    got = reader.read_page(_licence(bilevel=False), engine)
    counts = got.clock.counts
    assert got.kind == "public_health_license"
    assert (counts.get("look_washed"), counts.get("look_crop_short"), counts.get("look_row_cut")) == (1, 1, None)
    assert counts["rereads"] == 2
    assert got.extraction.fields["legal_representative"].value == "毛飞国"  # (the first reading's fields stand)
    monkeypatch.setattr(reader, "REREAD_BUDGET", 99)  # no budget: all three
    counts = reader.read_page(_licence(bilevel=False), engine).clock.counts
    assert (counts.get("look_washed"), counts.get("look_crop_short"), counts.get("look_row_cut")) == (1, 1, 1)
