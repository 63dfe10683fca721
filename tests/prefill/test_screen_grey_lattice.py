"""A monitor photographed close whose camera blends each panel pixel's red, green and blue sub-pixels
into one grey but still resolves the dark lines between the panel's pixel rows: a grey lattice over
the paper and the print, with no colour changing from pixel to pixel (`screen.is_screen_photo` False).

ZW's photographed screens (Godot renders of a licence or a card on a monitor's LCD grid): 7 of its 13
measure a panel lattice (`screen.lattice_period` 2.9–6.7 camera pixels) at a colour pattern of 0.7–2.8,
under `SCREEN_PATTERN`'s 3.0. Read through their grey — not as a screen — the detector boxed the title
and a few labels between the lattice's fringes: four licences (zw_060, zw_097, zw_121, zw_147) read as
no kind. A page whose photo resolves a panel lattice is a screen's whatever its colour
(`reader.GREY_LATTICE`) and is read through `screen.demoire`.

Drawn here: test_screen_title_kind's licence (12 px rows) shown 1.2× on a monitor in its black bezel,
a dark line under every panel pixel row (6 camera pixels apart, the panel turned 2°), lens blur, noise,
JPEG. On main (GREY_LATTICE off): `other`, nothing read.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.imaging.screen import is_screen_photo, lattice_period
from app.prefill import reader
from app.prefill.reader import choose_page, read_page
from tests.prefill.test_screen_title_kind import _page

PRINTED = {"name": "苏州顺昌汽车服务有限公司", "credit_code": "91320506MA1MX2KR41",
           "entity_type": "有限责任公司(自然人投资或控股)", "legal_representative": "张涛",
           "registered_capital": "伍拾万元整", "established_date": "2016-03-12",
           "address": "江苏省苏州市吴中区长桥街道东吴北路118号"}


def _on_monitor(page: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """`page` (BGR) shown `scale`× in a black bezel on a grey desk (float32), and the panel's lit area
    (a boolean mask, inside the bezel)."""
    ph, pw = page.shape[:2]
    shown = cv2.resize(page, (int(pw * scale), int(ph * scale)), interpolation=cv2.INTER_CUBIC)
    shown = cv2.copyMakeBorder(shown, 30, 30, 30, 30, cv2.BORDER_CONSTANT, value=(10, 10, 10))
    sh, sw = shown.shape[:2]
    photo = np.full((sh + 160, sw + 160, 3), 95.0, np.float32)
    photo[80:80 + sh, 80:80 + sw] = shown
    panel = np.zeros(photo.shape[:2], bool)
    panel[110:80 + sh - 30, 110:80 + sw - 30] = True
    return photo, panel


def on_monitor_grey(page: np.ndarray, pitch: float = 6.0, angle: float = 0.035, scale: float = 1.2,
                    row_gap: float = 0.25, dark: float = 0.25, seed: int = 11) -> np.ndarray:
    """A photo (BGR) of `page` (BGR) shown `scale`× on a monitor in a black bezel, on a grey desk: the
    panel's pixel rows `pitch` camera pixels apart, the lowest `row_gap` of each row dark (`dark` of the
    light shown), the panel turned `angle` rad against the camera; lens blur, noise."""
    rng = np.random.default_rng(seed)
    photo, panel = _on_monitor(page, scale)
    h, w = photo.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    v = (-xx * np.sin(angle) + yy * np.cos(angle)) / pitch
    gap = (v - np.floor(v)) < row_gap
    photo = np.where((panel & gap)[..., None], photo * dark, photo)
    photo = cv2.GaussianBlur(photo, (0, 0), 0.7)
    return np.clip(photo + rng.normal(0, 3, photo.shape), 0, 255).astype(np.uint8)


def _jpeg(img: np.ndarray) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 88])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def test_grey_lattice_is_measured_though_no_colour_changes() -> None:
    page = choose_page(on_monitor_grey(_page("营 业 执 照"))).image
    assert not is_screen_photo(page)  # (no sub-pixel colour: not a screen by its colour)
    assert lattice_period(page) > 0


def test_licence_on_a_grey_lattice_is_read_through_demoire(engine) -> None:  # noqa: ANN001
    got = read_page(_jpeg(on_monitor_grey(_page("营 业 执 照"))), engine)
    assert got.kind == "business_license"  # (on main, GREY_LATTICE off: `other`, nothing read)
    read = {k: v["value"] for k, v in got.extraction.public_fields().items() if v["value"]}
    assert len(read) >= 3 and all(PRINTED.get(k) == v for k, v in read.items())


def test_without_the_rule_the_grey_lattice_page_reads_as_no_kind(engine, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(reader, "GREY_LATTICE", False)
    assert read_page(_jpeg(on_monitor_grey(_page("营 业 执 照"))), engine).kind == "other"


def on_fine_grid(page: np.ndarray, pitch: float = 2.2, angle: float = 0.035, scale: float = 1.2, depth: float = 0.7,
                 seed: int = 11) -> np.ndarray:
    """A photo (BGR) of `page` shown `scale`× on a finer panel: its pixel rows `pitch` camera pixels apart
    (each row's light falling off to `1 - depth` between rows, as a lens blurs a fine grid), its red,
    green and blue sub-pixel columns a third of a panel pixel apart, barely resolved (a colour pattern
    under SCREEN_PATTERN's); the panel turned `angle` rad, in a black bezel on a grey desk; noise."""
    rng = np.random.default_rng(seed)
    photo, panel = _on_monitor(page, scale)
    h, w = photo.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u = (xx * np.cos(angle) + yy * np.sin(angle)) / pitch
    v = (-xx * np.sin(angle) + yy * np.cos(angle)) / pitch
    rows = 1 - depth * (0.5 + 0.5 * np.cos(2 * np.pi * v))
    for c in range(3):
        lit = rows * (0.55 + 0.45 * np.cos(2 * np.pi * (u - c / 3.0)))
        photo[..., c] = np.where(panel, photo[..., c] * lit * 1.3, photo[..., c])
    photo = cv2.GaussianBlur(np.clip(photo, 0, 255), (0, 0), 0.5)
    return np.clip(photo + rng.normal(0, 3, photo.shape), 0, 255).astype(np.uint8)


def test_a_lattice_finer_than_a_panel_pixel_of_25_px_is_read_through_demoire(engine) -> None:  # noqa: ANN001
    # (ZW zw_020: a colour lattice of 2.35 px, 3 of 9 fields through the brightest channel, 6 through `demoire`)
    img = _jpeg(on_fine_grid(_page("营 业 执 照")))
    page = choose_page(img).image
    assert lattice_period(page) == 0.0 < lattice_period(page, 4, reader.DEMOIRE_LATTICE)  # (2.1 px)
    got = read_page(img, engine)
    read = {k: v["value"] for k, v in got.extraction.public_fields().items() if v["value"]}
    assert got.kind == "business_license" and all(PRINTED.get(k, v) == v for k, v in read.items())
    # (on main, DEMOIRE_LATTICE 2.5: read through its grey, 张涛 and the scope lost)
    assert read.get("legal_representative") == "张涛" and read.get("business_scope", "").startswith("一般项目")
