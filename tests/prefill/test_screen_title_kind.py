"""A licence shown on a display and photographed, its rows lost in the moiré, its large title read:
the page is that licence (every field blank, the clerk asked for a retake), not an unknown document.

ZK zk_0132 and zk_0137 (a 营业执照 and a 食品经营许可证 on a monitor, photographed at 1,600 px): the
title read at 1.00 and every row as digits and symbols (`8.0.8m 085500 52=502…`) — fewer characters
than printed, so the small-print measure (`print_pitch`, 19–25 px) did not call the print too small
and the page stayed `other` with no reason given. A page whose display grid was measured
(`is_screen_photo`) is now read by its title alone as a page with print too small is
(`reader._small_print_title`, SCREEN_TITLE_KIND); a page whose large print names no document stays
`other`.

Drawn here: a licence page (64 px title, 12 px rows) on a phone's screen through its sub-pixel grid
(`test_screen_photos.on_screen`, a 3.5 px pitch), read through `read_page`. On main: `other`."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill import reader
from app.prefill.reader import read_page
from tests.prefill.fonts import cjk_font
from tests.prefill.test_screen_photos import on_screen
from tests.prefill.test_small_print_title import ROWS  # (the same licence rows)


def _page(title: str) -> np.ndarray:
    """A 1,000 × 707 px landscape licence: a 64 px title, 12 px rows (BGR)."""
    img = Image.new("RGB", (1000, 707), (246, 244, 238))
    d = ImageDraw.Draw(img)
    d.text((340, 80), title, font=cjk_font(64), fill=(30, 30, 30))
    small = cjk_font(12)
    d.text((130, 120), "统一社会信用代码", font=small, fill=(40, 40, 40))
    d.text((130, 140), "91320506MA1MX2KR41", font=small, fill=(40, 40, 40))
    for i, (label, value) in enumerate(ROWS):
        d.text((130, 260 + 31 * i), label, font=small, fill=(40, 40, 40))
        d.text((220, 260 + 31 * i), value, font=small, fill=(40, 40, 40))
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def test_a_licence_on_a_screen_read_by_its_title_alone(engine, monkeypatch) -> None:  # noqa: ANN001
    # (read through the brightest channel: the grid's 3.5 px lattice is now read through `screen.demoire`
    # by default, which reads its rows — test_screen_demoire; the title-alone rule is for pages that
    # read so still, ZT zt0148)
    monkeypatch.setattr(reader, "DEMOIRE_READ", False)
    got = read_page(on_screen(_page("营 业 执 照"), pitch=3.5), engine)
    assert got.kind == "business_license"  # (on main: `other`, no reason given)
    assert all(not f["value"] for f in got.extraction.public_fields().values())
    assert got.retake  # (the capture's cause measured: the screen, or its dim light)


def test_a_letter_on_a_screen_stays_unknown(engine) -> None:  # noqa: ANN001
    assert read_page(on_screen(_page("情 况 说 明"), pitch=3.5), engine).kind == "other"
