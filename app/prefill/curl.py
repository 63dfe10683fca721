"""A curled page's rows laid level: the angle of the text rows measured from the detector's own
boxes, as it changes down the page, and the page (pixels and line geometry) remapped so every row
runs level.

Why: a page that lifts from the desk at an edge, photographed from above at a slant, shows its rows
fanning — the top rows run at 10°, the middle ones at 6°, the foot at −4° (ZJ zj_0032, a curled
卫生许可证). `line_skew` turns a page by one angle only when its lines agree within 1.5°, so such a
page stays as photographed, and a value printed level with its label sits a row's height lower than
the label's upright box at the other end of the row (单位名称 at y 450, its value's box centre at
486): the value is paired with no label or with the next row's. A rotation cannot level every row
at once; a shear that changes with the height on the page can: each row keeps its own centre and is
turned about it by its own angle, read off a smooth curve fitted through the lines' angles."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from app.prefill.engine import TextLine

CURL_LINES = 6  # lines long enough to give their angle needed before the rows' curve is fitted
CURL_RANGE = 3.0  # degrees between the fitted angles of the page's highest and lowest text rows: a
# curled page's rows fan by this much or more (zj_0032 14°, ZM's curls 4–6° after `line_skew`), a flat
# page's detector boxes by ~1° (`line_skew` already levels any one angle they share)
CURL_FAN_MAX = 20.0  # degrees: a wider fan is no curl laid on a desk (zj_0032's is 14°, ZM's curls 3–10°) but
# a fold's two planes seen nearly edge-on (ZL zl_0054, zl_0103: 31–34°, each row wholly on one plane), where
# one smooth curve through both planes moved a right address off its label (zl_0103) — left as photographed
CURL_RESIDUAL = 0.75  # degrees: the lines' median distance from the fitted curve — rows that fan
# smoothly (zj_0032: 0.4°); angles scattered without a trend (crumpled paper, a fold's two planes, a
# seal's arcs) are left as they are
CURL_OUTLIER = 2.0  # degrees off the first fit: a line that is not a row of the page (a watermark, a
# seal's ring, a QR code's caption) and is left out of the second fit
CURL_KEEP = 2 / 3  # … and at least this share of the lines must stay rows of the curve
CURL_FOLD = 0.5  # the remap's vertical stretch may not fall under this anywhere on the page (a curve so
# steep it would fold rows over each other is no page's)


def _angle(line: TextLine) -> tuple[float, float, float] | None:
    """(centre x, centre y, angle in degrees) of a line long enough to have its own angle (as
    `line_skew` takes them: four characters, three times longer than high), else None."""
    if len(line.text) < 4 or len(line.quad) < 4:
        return None
    (x0, y0), (x1, y1), (x3, y3) = line.quad[0], line.quad[1], line.quad[-1]
    if np.hypot(x1 - x0, y1 - y0) < 3 * max(1.0, np.hypot(x3 - x0, y3 - y0)):
        return None
    deg = float(np.degrees(np.arctan2(y1 - y0, x1 - x0)))
    deg = deg - 180 if deg > 90 else deg + 180 if deg <= -90 else deg
    if abs(deg) > 45:
        return None  # (upright text, or a line running down the page: no row's angle)
    xs = [p[0] for p in line.quad]
    ys = [p[1] for p in line.quad]
    return float(np.mean(xs)), float(np.mean(ys)), deg


@dataclass(frozen=True)
class RowCurl:
    """The rows' slope as a quadratic of the height at which a row crosses `xc`, held constant
    above the highest and below the lowest measured row (no curve is known past the text)."""

    coef: tuple[float, float, float]  # np.polyval coefficients of tan(angle) over (y - y0) / scale
    y0: float
    scale: float
    xc: float
    lo: float
    hi: float

    def slope(self, y: np.ndarray) -> np.ndarray:
        t = (np.clip(y, self.lo, self.hi) - self.y0) / self.scale
        return np.polyval(self.coef, t)

    def level(self, pts: np.ndarray) -> np.ndarray:
        """Points (N×2) of the photographed page → where they lie once every row runs level: the
        height at which their row crosses `xc` (solved by fixed-point steps: the slope changes
        slowly with the height)."""
        x, y = pts[:, 0], pts[:, 1]
        a = y.copy()
        for _ in range(8):
            a = y - self.slope(a) * (x - self.xc)
        return np.stack([x, a], axis=1)

    def remap(self, page: np.ndarray) -> np.ndarray:
        """The page's pixels moved as `level` moves points (each output row read along its curve)."""
        h, w = page.shape[:2]
        xs = np.arange(w, dtype=np.float32)
        ys = np.arange(h, dtype=np.float32)
        s = self.slope(ys.astype(np.float64)).astype(np.float32)
        map_x = np.broadcast_to(xs[None, :], (h, w)).astype(np.float32)
        map_y = (ys[:, None] + s[:, None] * (xs[None, :] - np.float32(self.xc))).astype(np.float32)
        return cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)

    def homography(self, shape: tuple[int, ...]) -> np.ndarray:
        """The projective map nearest to `level` over the page (for the callers that map a page
        point back to the photo: a photo edge, a region to read again — a few pixels off is fine)."""
        h, w = shape[:2]
        gx, gy = np.meshgrid(np.linspace(0, w - 1, 9), np.linspace(0, h - 1, 9))
        src = np.stack([gx.ravel(), gy.ravel()], axis=1)
        dst = self.level(src)
        m, _ = cv2.findHomography(src.astype(np.float32), dst.astype(np.float32), 0)
        return m if m is not None else np.eye(3)

    def lines(self, lines: list[TextLine]) -> list[TextLine]:
        out = []
        for ln in lines:
            pts = self.level(np.array(ln.quad, np.float64).reshape(-1, 2))
            out.append(TextLine(ln.text, ln.score, tuple((float(x), float(y)) for x, y in pts), ln.flipped,
                                ln.chars, ln.xs))
        return out


def _fit(ys: np.ndarray, tans: np.ndarray, y0: float, scale: float) -> np.ndarray:
    return np.polyfit((ys - y0) / scale, tans, 2)


def row_curl(lines: list[TextLine], shape: tuple[int, ...]) -> RowCurl | None:
    """The curve of a page whose rows fan smoothly down it (see the module), or None for a page
    whose rows agree (flat, or already levelled) or scatter without a trend."""
    measured = [m for m in (_angle(ln) for ln in lines) if m is not None]
    if len(measured) < CURL_LINES:
        return None
    x = np.array([m[0] for m in measured])
    y = np.array([m[1] for m in measured])
    deg = np.array([m[2] for m in measured])
    xc = float(np.median(x))
    y0, scale = float(np.median(y)), max(1.0, float(shape[0]) / 2)
    coef = _fit(y, np.tan(np.radians(deg)), y0, scale)
    keep = np.abs(np.degrees(np.arctan(np.polyval(coef, (y - y0) / scale))) - deg) <= CURL_OUTLIER
    if keep.sum() < max(CURL_LINES, CURL_KEEP * len(measured)):
        return None
    x, y, deg = x[keep], y[keep], deg[keep]
    coef = _fit(y, np.tan(np.radians(deg)), y0, scale)
    # (a line's centre lies off `xc`: the height at which its row crosses `xc` is what the curve is of)
    first = RowCurl(tuple(float(c) for c in coef), y0, scale, xc, float(y.min()), float(y.max()))
    a = first.level(np.stack([x, y], axis=1))[:, 1]
    coef = _fit(a, np.tan(np.radians(deg)), y0, scale)
    curl = RowCurl(tuple(float(c) for c in coef), y0, scale, xc, float(a.min()), float(a.max()))
    fitted = np.degrees(np.arctan(curl.slope(a)))
    if float(np.median(np.abs(fitted - deg))) > CURL_RESIDUAL:
        return None
    grid = np.linspace(curl.lo, curl.hi, 64)
    angles = np.degrees(np.arctan(curl.slope(grid)))
    if not CURL_RANGE <= float(angles.max() - angles.min()) <= CURL_FAN_MAX:
        return None
    # the remap's stretch 1 + slope'(y)·(x − xc) at the page's far edges
    d = np.gradient(curl.slope(grid), grid)
    reach = max(xc, float(shape[1]) - xc)
    if float(1 - np.abs(d).max() * reach) < CURL_FOLD:
        return None
    return curl
