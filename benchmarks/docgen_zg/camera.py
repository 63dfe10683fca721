"""The camera and the scanner of family ZG, as Hugin's panorama tools model them: `nona` remaps the page
(and, below it, the desk it lies on) through a PTO script — field of view, yaw/pitch/roll of the page's
plane, lens distortion a/b/c, shear g/t, radial vignetting Va–Vd, exposure Eev and an EMoR camera response
Ra–Re. A second, tiny remap of a coordinate-coded copy of the page (nearest-neighbour) says which page
cells reach the frame, so `unreadable` is computed from where a value's ink lands."""

from __future__ import annotations

import math
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

# nona dithers its photometric output with rand() from several threads: one thread keeps a seed's bytes
_ENV = {**os.environ, "OMP_NUM_THREADS": "1"}


@dataclass
class Shot:
    out_w: int
    out_h: int
    v_out: float = 68.0          # horizontal field of view of the frame (degrees)
    fill: float = 0.75           # page width / frame width when seen square-on
    pitch: float = 0.0           # tilt of the page plane (degrees)
    yaw: float = 0.0
    roll: float = 0.0
    ox: float = 0.0              # page centre offset in the frame, fraction of frame width/height
    oy: float = 0.0
    abc: tuple[float, float, float] = (0.0, 0.0, 0.0)
    shear: tuple[float, float] = (0.0, 0.0)
    vig: tuple[float, float, float] = (0.0, 0.0, 0.0)  # Vb Vc Vd (Va=1): >0 darkens the corners
    eev: float = 0.0             # exposure of the scene relative to the frame (EV)
    emor: tuple[float, float, float, float, float] = (0.0, 0.0, 0.0, 0.0, 0.0)
    desk_k: tuple[float, float] = (2.6, 2.6)  # desk extent in page widths/heights
    extra: dict = field(default_factory=dict)


def _iline(w, h, v, s: Shot, d, e, abc, photometric: bool, name: str) -> str:
    a, b, c = abc
    vb, vc, vd = s.vig if photometric else (0.0, 0.0, 0.0)
    ra, rb, rc, rd, re_ = s.emor if photometric else (0.0,) * 5
    eev = s.eev if photometric else 0.0
    return (f'i w{w} h{h} f0 v{v:.5f} y0 p{s.pitch:.4f} r{s.roll:.4f} a{a:.5f} b{b:.5f} c{c:.5f} d{d:.3f} e{e:.3f} '
            f'g{s.shear[0]:.5f} t{s.shear[1]:.5f} Eev{eev:.4f} Er1 Eb1 Ra{ra:.4f} Rb{rb:.4f} Rc{rc:.4f} Rd{rd:.4f} Re{re_:.4f} '
            f'Va1 Vb{vb:.4f} Vc{vc:.4f} Vd{vd:.4f} Vx0 Vy0 Vm5 n"{name}"')


def _geometry(s: Shot, pw: int, ph: int):
    """Field of view and lens shift of the page image so that it fills `fill` of the frame, tilted, with
    its centre at (ox, oy) of the frame."""
    f_out = s.out_w / (2 * math.tan(math.radians(s.v_out) / 2))
    f_page = pw * f_out / (s.fill * s.out_w)
    v_page = math.degrees(2 * math.atan(pw / (2 * f_page)))
    # shift the optical centre so that the tilted plane's centre lies on the view axis, then offset it
    e = -f_page * math.tan(math.radians(s.pitch)) - s.oy * s.out_h * f_page / f_out
    d = -f_page * math.tan(math.radians(s.yaw)) - s.ox * s.out_w * f_page / f_out
    # the shift is in the image's own axes, which the roll turns: turn it back (a phone held sideways or
    # upside down would otherwise push the page out of the frame)
    r = math.radians(s.roll)
    return f_page, v_page, d * math.cos(r) + e * math.sin(r), -d * math.sin(r) + e * math.cos(r)


def remap(work: Path, tag: str, page: np.ndarray, s: Shot) -> tuple[np.ndarray, np.ndarray]:
    """The page through the shot's geometry, lens and photometry (nona): the frame's colours (black off
    the page) and the page's coverage (0..1) per frame pixel. The desk is laid under it afterwards."""
    ph, pw = page.shape[:2]
    f_page, v_page, d, e = _geometry(s, pw, ph)
    Image.fromarray(page).save(work / f"{tag}_page.tif")
    lines = [f'p f0 w{s.out_w} h{s.out_h} v{s.v_out:.4f} E0 R0 n"TIFF c:NONE"', "m i0",
             _iline(pw, ph, v_page, s, d, e, s.abc, True, f"{tag}_page.tif")]
    (work / f"{tag}.pto").write_text("\n".join(lines) + "\n")
    subprocess.run(["nona", "-m", "TIFF", "-o", str(work / f"{tag}_out"), str(work / f"{tag}.pto")],
                   check=True, capture_output=True, timeout=300, cwd=work, env=_ENV)
    out = np.asarray(Image.open(work / f"{tag}_out.tif"))
    for f in (f"{tag}_page.tif", f"{tag}_out.tif", f"{tag}.pto"):
        (work / f).unlink(missing_ok=True)
    if out.ndim == 3 and out.shape[2] == 4:
        return out[..., :3], out[..., 3].astype(np.float32) / 255
    return out[..., :3], np.ones(out.shape[:2], np.float32)


def visible_cells(work: Path, tag: str, pw: int, ph: int, s: Shot, cover: np.ndarray | None = None,
                  cells: int = 200) -> np.ndarray:
    """Which page cells the frame shows: a coordinate-coded page (R = column, G = row) remapped with the
    shot's geometry and lens by nona's nearest-neighbour interpolator, at half the frame size.
    Frame pixels under `cover` ≥ 0.5 (a thumb, a glare's white core: frame-sized, 0..1) show nothing."""
    nx = min(cells, 255)
    ny = max(2, min(255, round(nx * ph / pw)))
    xs, ys = np.meshgrid(np.arange(nx, dtype=np.uint8), np.arange(ny, dtype=np.uint8))
    code = np.dstack([xs, ys, np.full_like(xs, 255)])
    Image.fromarray(code).save(work / f"{tag}_code.tif")
    f_page, v_page, d, e = _geometry(s, pw, ph)
    q = 2
    small = Shot(**{**s.__dict__, "out_w": max(8, s.out_w // q), "out_h": max(8, s.out_h // q)})
    k = nx / pw
    line = _iline(nx, ny, v_page, small, d * k, e * k, s.abc, False, f"{tag}_code.tif")
    (work / f"{tag}_code.pto").write_text(
        f'p f0 w{small.out_w} h{small.out_h} v{s.v_out:.4f} E0 R0 n"TIFF c:NONE"\nm i6\n{line}\n')
    subprocess.run(["nona", "-m", "TIFF", "-o", str(work / f"{tag}_codeout"), str(work / f"{tag}_code.pto")],
                   check=True, capture_output=True, timeout=120, cwd=work, env=_ENV)
    out = np.asarray(Image.open(work / f"{tag}_codeout.tif"))
    for f in (f"{tag}_code.tif", f"{tag}_codeout.tif", f"{tag}_code.pto"):
        (work / f).unlink(missing_ok=True)
    seen = np.zeros((ny, nx), bool)
    m = (out[..., 3] > 127) & (out[..., 2] > 127)
    if cover is not None:
        cq = cover[q // 2::q, q // 2::q][:m.shape[0], :m.shape[1]]
        m[:cq.shape[0], :cq.shape[1]] &= cq < 0.5
    seen[out[..., 1][m], out[..., 0][m]] = True
    # a magnified page leaves no gaps; a minified one may skip cells between samples: close them
    grown = seen.copy()
    grown[1:, :] |= seen[:-1, :]
    grown[:-1, :] |= seen[1:, :]
    grown[:, 1:] |= seen[:, :-1]
    grown[:, :-1] |= seen[:, 1:]
    inner = seen | (grown & _interior(seen))
    return inner


def _interior(seen: np.ndarray) -> np.ndarray:
    """Cells between seen cells on both sides along a row or column (holes from minification)."""
    rows = np.maximum.accumulate(seen, axis=1) & np.maximum.accumulate(seen[:, ::-1], axis=1)[:, ::-1]
    cols = np.maximum.accumulate(seen, axis=0) & np.maximum.accumulate(seen[::-1, :], axis=0)[::-1, :]
    return rows | cols


def hidden_fields(cells: dict[str, list[tuple[float, float, float, float]]], px_per_css: float, pw: int, ph: int,
                  seen: np.ndarray, to_canvas: tuple[float, float, float] = (1.0, 0.0, 0.0)) -> dict[str, float]:
    """Per truth key, the share of its characters hidden (≥ 40 % of five sample points of the character
    fall on cells the frame does not show, see visible_cells). `pw`, `ph`:
    the canvas the camera saw (the page, or the sheet / screen it was put on: page pixel p lands at
    p * k + (tx, ty) with `to_canvas` = (k, tx, ty))."""
    ny, nx = seen.shape
    out: dict[str, float] = {}
    for key, rects in cells.items():
        hid = 0
        for (x, y, w, h) in rects:
            pts = [(x + w * fx, y + h * fy) for fx, fy in ((0.5, 0.5), (0.25, 0.3), (0.75, 0.3), (0.25, 0.7), (0.75, 0.7))]
            bad = 0
            for (cx, cy) in pts:
                k, tx, ty = to_canvas
                px, py = cx * px_per_css * k + tx, cy * px_per_css * k + ty
                ix, iy = int(px / pw * nx), int(py / ph * ny)
                if not (0 <= ix < nx and 0 <= iy < ny) or not seen[iy, ix]:
                    bad += 1
            hid += bad >= 2
        out[key] = hid / max(1, len(rects))
    return out
