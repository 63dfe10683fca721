"""A monitor photographed close: the camera resolves the panel's own pixels.

ZP's `screen` photos (an ID card or a licence shown on an LCD, photographed from ~40 cm): every panel
pixel spans 3.3–4.9 camera pixels, its red, green and blue stripes side by side and the dark gaps
between pixels drawn as a lattice over the whole page. The brightest channel (`screen.descreen`) keeps
that lattice — a gap is dark in all three channels — and its fringes: the detector found one row or
none on zp_0040 (an ID back), the 30 px title included, and the page was `other`. Read again through
the channel mean low-passed over one panel pixel (`screen.delattice` at `screen.lattice_period`), the
title, 签发机关 and the authority read at 1.00 (`reader.LATTICE_REREAD`).

Drawn here: an ID back (its labels and values grey, its blacks lifted by the room's light in the
glass) on a monitor inside its black bezel, sampled by the camera at 3.6 px a panel pixel (the card
560 panel pixels wide), the panel turned 2° against the camera, a little lens blur, noise and JPEG —
read through `zongchuang ocr` (`app.services.prefill.ocr_files`). On main: `other`; now the ID back
(its rows still blank in the drawing: nothing wrong is read). Paper and a dim photo's grain show no
such lattice (`lattice_period` 0).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from app.imaging.screen import LATTICE_MIN_PERIOD, lattice_period
from app.prefill.reader import choose_page
from tests.prefill.pages import read_jpeg
from tests.prefill.test_screen_photos import _dim_grainy_photo, grey_back


def on_monitor_close(page_rgb: np.ndarray, pitch: float = 3.6, angle: float = 0.035, panel_w: int = 560,
                     seed: int = 7, stripe: float = 0.2, row_lit: float = 0.65, fill: float = 0.5) -> np.ndarray:
    """A photo (BGR) of `page_rgb` shown `panel_w` panel pixels wide on a monitor (a 24 px black
    bezel around it), the camera close enough that one panel pixel spans `pitch` of its pixels: each
    panel pixel's red, green and blue stripes lit side by side, a dark gap after each stripe and under
    each pixel row (`stripe`, `row_lit`: the lit share of a panel pixel's width and height), the panel
    turned `angle` rad against the camera, each camera pixel integrating `fill` of its pitch; lens blur,
    noise, on a grey desk."""
    rng = np.random.default_rng(seed)
    ph, pw = page_rgb.shape[:2]
    shown = cv2.resize(page_rgb, (panel_w, int(panel_w * ph / pw)), interpolation=cv2.INTER_AREA)
    panel = cv2.copyMakeBorder(shown, 24, 24, 24, 24, cv2.BORDER_CONSTANT, value=(10, 10, 10))
    sh, sw = panel.shape[:2]
    H, W = int(sh * pitch) + 160, int(sw * pitch) + 160  # the photo: the monitor on a grey desk
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    x, y = xx - 80, yy - 80
    u = (x * np.cos(angle) + y * np.sin(angle)) / pitch  # panel coordinates (panel pixels)
    v = (-x * np.sin(angle) + y * np.cos(angle)) / pitch
    inside = (u >= 0) & (u < sw) & (v >= 0) & (v < sh)
    iu, iv = np.clip(u.astype(int), 0, sw - 1), np.clip(v.astype(int), 0, sh - 1)
    lit = panel[iv, iu].astype(np.float32)
    half = 0.5 * fill / pitch  # (a camera pixel's half width, in panel pixels: it integrates what falls on it)

    def covered(t: np.ndarray, start: float, width: float) -> np.ndarray:
        """Share of [t - half, t + half] lit by a stripe at [k + start, k + start + width) of every pixel k."""
        def lit_to(x: np.ndarray) -> np.ndarray:
            return np.floor(x - start) * width + np.clip(x - start - np.floor(x - start), 0.0, width)
        return (lit_to(t + half) - lit_to(t - half)) / (2 * half)

    rows = covered(v, 0.0, row_lit)  # each pixel row lit over `row_lit` of its height, a dark line under it
    photo = np.full((H, W, 3), 95.0, np.float32)
    for c in range(3):  # R, G, B stripes a third of a panel pixel apart, `stripe` of it wide each
        lit_c = 3.0 * covered(u, c / 3.0, stripe) * rows
        photo[..., c] = np.where(inside, lit[..., c] * lit_c * 1.15, photo[..., c])
    photo = cv2.GaussianBlur(np.clip(photo, 0, 255), (0, 0), 0.6)
    photo = np.clip(photo + rng.normal(0, 3, photo.shape), 0, 255).astype(np.uint8)
    return cv2.cvtColor(photo, cv2.COLOR_RGB2BGR)


GLARE_LIFT = 0.45  # share of the way to the paper's white the room's light reflected in the glass lifts the print


def _back() -> np.ndarray:
    return grey_back("乌鲁木齐市公安局天山区分局", "2016.08.10-2036.08.10")


def _back_under_glare() -> np.ndarray:
    """The card back as a glossy monitor shows it under office lights: its blacks lifted toward white."""
    page = _back().astype(np.float32)
    return (page * (1.0 - GLARE_LIFT) + 246.0 * GLARE_LIFT).astype(np.uint8)


def test_card_back_on_a_monitor_photographed_close_is_read(tmp_path: Path) -> None:
    result = read_jpeg(tmp_path, on_monitor_close(_back_under_glare()), quality=88, name="monitor.jpg")
    assert result["kind"] == "id_card_back"  # (on main, LATTICE_REREAD off: `other`, no box but a fringe's)
    want = {"issuing_authority": "乌鲁木齐市公安局天山区分局", "valid_from": "2016-08-10", "valid_to": "2036-08-10"}
    assert all(result["fields"][k]["value"] in ("", v) for k, v in want.items())  # nothing read wrong


def test_lattice_is_measured_only_where_the_panels_pixels_are_resolved() -> None:
    assert lattice_period(choose_page(on_monitor_close(_back())).image) >= LATTICE_MIN_PERIOD
    page = cv2.cvtColor(_back(), cv2.COLOR_RGB2BGR)
    assert lattice_period(page) == 0.0  # paper
    assert lattice_period(_dim_grainy_photo(_back(), 18.0)) == 0.0  # a dim photo's colour grain
