"""A page that reads a field or two from print too small to read asks for a retake too (issue 15, session 35).

ZX's licences forwarded through a chat app (720 × 960, print ~10 px high at a 11.2–12.6 px pitch,
JPEG'd twice) read their credit code or a date — a check digit or a date's shape holds it — and left
7–8 of their 9 fields blank as `doubtful_character` / `label_not_found`: the retake the reader gives
a page that reads nothing (`small_print`) never fired, and the clerk was told to type the rest from a
picture no one can read. Such a page now says `small_print` too; the fields it read keep their
values, the blank ones say `retake`. So does a photographed monitor whose panel lattice was
measured (ZW zw_106, zw_147: the credit code read, nothing else), as `screen`. Drawn here: the
session-24 licence shrunk into a chat picture just large enough for a few fields to read (no retake
with the rule off, as on main), and the guards — a page that reads more than a third of its fields,
print large enough, a cold white or a blur alone, a page of no kind."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.imaging.document import Quality
from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult
from app.prefill.reader import read_page, retake_cause
from tests.prefill.pages import recognised
from tests.prefill.test_retake import _chat_picture, _licence

KEYS = ("name", "credit_code", "entity_type", "legal_representative", "registered_capital",
        "established_date", "address", "business_scope", "valid_to")


def _reading(read: int, printed: int = 9) -> Extraction:
    """A licence's extraction with `read` fields read sure, the rest of `printed` blank and flagged,
    the others printed nowhere (blank, not flagged)."""
    fields = {}
    for i, key in enumerate(KEYS):
        if i < read:
            fields[key] = FieldResult("91330106MA2B3C4D5E", 0.99, [0, 0, 1, 1])
        elif i < printed:
            fields[key] = FieldResult("", 0.3, None, flagged=True, note="doubtful character")
        else:
            fields[key] = FieldResult("", 0.0, None, note="none printed")
    return Extraction("business_license", 1.0, fields)


def _rows(pitch: float) -> list:
    """Body rows of ten characters at `pitch` px apart, padded as the detector pads (height ≈ pitch)."""
    h = pitch * 0.9
    return [recognised("浙江省杭州市西湖区育", 100, 100 + 30 * i, 100 + 9 * pitch + h, 100 + 30 * i + h)
            for i in range(6)]


def test_a_page_reading_few_fields_of_small_print_asks_for_a_retake() -> None:
    chat = _rows(12.0)  # ZX's chat forwards: 11.2–12.6 px (over RETAKE_PITCH's 11)
    assert 11.5 < reader.print_pitch(chat) < 12.5
    assert retake_cause(_reading(1), chat, Quality(True), False) == "small_print"
    assert retake_cause(_reading(3), chat, Quality(True), False) == "small_print"  # (a third)
    # more than a third read: the page is readable, its blanks keep their own reasons
    assert retake_cause(_reading(4), chat, Quality(True), False) == ""
    # a third of what the page prints: fields it prints none of do not count
    assert retake_cause(_reading(2, printed=6), chat, Quality(True), False) == "small_print"
    assert retake_cause(_reading(3, printed=6), chat, Quality(True), False) == ""
    # print large enough to read: a page losing its fields to something else (a fold, a watermark)
    assert retake_cause(_reading(1), _rows(16.0), Quality(True), False) == ""
    # a monitor whose panel lattice was measured (`lattice_period`): the moiré garbles rows into
    # fewer characters than printed, so the pitch measures large — the screen is the cause (ZW zw_147)
    assert retake_cause(_reading(1), _rows(16.0), Quality(True), True, grid=True) == "screen"
    assert retake_cause(_reading(4), _rows(16.0), Quality(True), True, grid=True) == ""
    # a colour pattern or a cold white alone (no lattice), or the gate's blur, on a page that reads fields: not trusted
    assert retake_cause(_reading(1), _rows(16.0), Quality(False, ("blurred",)), True) == ""
    # a page of no kind is left alone
    assert retake_cause(Extraction("other", 0.0, {}), chat, Quality(True), False) == ""


def test_the_rule_off_is_mains_silence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "RETAKE_FEW", 0)
    assert retake_cause(_reading(1), _rows(12.0), Quality(True), False) == ""
    assert retake_cause(_reading(1), _rows(16.0), Quality(True), True, grid=True) == ""
    assert retake_cause(_reading(0), _rows(8.0), Quality(True), False) == "small_print"  # (as before)


def _forwarded() -> np.ndarray:
    """The licence in a chat picture at 0.32: ~9 px characters, a few rows still read."""
    img = _chat_picture(_licence(), 0.32)
    return cv2.imdecode(cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 70])[1], cv2.IMREAD_COLOR)


def test_a_drawn_chat_forward_keeps_what_it_read_and_asks_for_the_rest(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    image = _forwarded()
    # (the retake rule alone: the enlarged re-read of a small-print page, session 37, is off here — on,
    # it also fills this page's address, right, and keeps the rest: test_small_print_enlarged)
    monkeypatch.setattr(reader, "SMALL_PRINT_PITCH_TO", 0.0)
    read = read_page(image, engine)
    assert read.kind == "business_license"
    fields = read.extraction.public_fields()
    got = {k: f["value"] for k, f in fields.items() if f["value"]}
    assert 1 <= len(got) <= 3  # (a few fields read; most of the page blank)
    assert read.retake == "small_print"
    assert all(f["reason"] == "retake" for f in fields.values() if not f["value"])
    assert got.get("established_date", "2016-04-18") == "2016-04-18"  # (what it read is the print's)
    # the rule off, as on main: the same values, no retake, the blanks' own reasons
    monkeypatch.setattr(reader, "RETAKE_FEW", 0)
    again = read_page(image, engine)
    assert again.retake == ""
    assert {k: f["value"] for k, f in again.extraction.public_fields().items() if f["value"]} == got
    assert all(f["reason"] != "retake" for f in again.extraction.public_fields().values())
