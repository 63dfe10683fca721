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
turned about it by its own angle, read off a smooth curve fitted through the lines' angles.

Only a page whose rows bend is levelled (`row_bend`): a flat page photographed at a slant and stored
without its outline fans its rows as much (a homography's rows meet at one vanishing point) but each
row runs straight. Levelled as a curl, such pages lost right values (zm_0130, zm_0138: a digit doubted as
torn by a bend the page does not have) and gained two on one (zm_0028): a homography's fan is to be undone
as a homography, not as a curl."""

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
CURL_BEND = 1.5  # degrees: a row must turn by this much from the text's left end to its right end (`row_bend`)
# before the page counts as curled. A flat page photographed at a slant shows its rows fanning too (ZM zm_0138,
# a dim 营业执照 cut by the frame: 6.5° from the title to the foot) but each row straight — a homography maps
# straight rows to straight rows —, and levelling it lost a right address (zm_0138) and a right name (zm_0130).
# Measured on the lines of ZE, ZG, ZJ, ZL, ZM, ZN and ZO photos (every reading's call with 10+ lines): flat
# pages — 高拍仪 photos, chat forwards, flat desk photos, zm_0138 — turn by 0.0–0.8°; bent, curled and folded
# ones by 1.0–5.3° (zj_0010, a bent 副本 in a sleeve, whose levelling paired its values: 2.2°; ZM's curls
# 1.3–2.7°). A phone lens's barrel bends a flat page's rows too (ZG's tilted photos: zg0048 1.8°, zg0011 2.5°)
CURL_BEND_T = 2.0  # … and by this many standard errors of the fitted turn: a turn the lines' scatter could
# give is no bend (a guard; on the pages screened every turn over `CURL_BEND` was 2.2 or more of them)
CURL_BEND_LINES = 10  # lines needed to measure a turn along the rows as well as the fan down the page (four
# coefficients): zm_0130's six lines, two of them far right at the foot, fit a 5° turn with two to spare
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


def row_bend(x: np.ndarray, a: np.ndarray, deg: np.ndarray, y0: float, scale: float) -> float:
    """How much the rows turn from the text's left end to its right end (degrees, 0 when not measured
    or not told from the lines' scatter): the lines' slopes fitted on the height at which their row
    crosses the page's middle (a quadratic: the fan down the page) and on their position across the page
    (linear: the turn along a row). A flat page's rows, however they fan in perspective, are straight:
    a line's slope does not change along its row; a bowed or curled page's do."""
    if len(deg) < CURL_BEND_LINES:
        return 0.0
    width = float(np.ptp(x))
    if width <= 0:
        return 0.0
    t = (a - y0) / scale
    design = np.stack([np.ones_like(t), t, t * t, (x - float(np.median(x))) / width], axis=1)
    tans = np.tan(np.radians(deg))
    sol, *_ = np.linalg.lstsq(design, tans, rcond=None)
    sigma2 = float(np.sum((design @ sol - tans) ** 2)) / (len(deg) - design.shape[1])
    se = float(np.sqrt(max(sigma2 * float(np.linalg.pinv(design.T @ design)[3, 3]), 1e-12)))
    if abs(float(sol[3])) < CURL_BEND_T * se:
        return 0.0
    return float(np.degrees(np.arctan(sol[3])))


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
    if abs(row_bend(x, a, deg, y0, scale)) < CURL_BEND:
        return None  # rows that fan but run straight: a flat page in perspective, read as photographed
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


# A flat page photographed at a slant and found without its outline (its far corner off the frame, a
# light desk around it: the printed-matter box or the whole photo is read) shows its rows fanning in
# perspective — ZS zs_0010 from −20° at the head to +2° at the foot, ZR zr_0028 from 19° to 11° — each row
# straight. `line_skew` levels one shared angle only, `row_curl` bent rows only: such a page was read as
# photographed, each label's upright box a row off its value at the far end, and its fields came out
# `label_not_found`. Straight rows of one plane in perspective meet at one point (their vanishing point,
# off the page to the side): the projective map that sends that point to infinity along x lays every
# row level at once (`row_fan`), pixels and boxes alike.
FAN_LINES = 6  # lines long enough to give their angle (as `row_curl` takes them) needed before a fan is fitted
FAN_RANGE = 3.0  # degrees between the fitted angles of the page's steepest and flattest rows: less is one
# angle for `line_skew` (a flat page's detector boxes scatter by ~1°)
FAN_MAX = 30.0  # degrees: a wider fan is a fold's two planes seen edge-on or a crumpled page, no flat page
FAN_RESIDUAL = 0.75  # degrees: the rows' median distance from the lines through the fitted point (rows that
# scatter without one point — a curl's bent rows, two planes — are left to `row_curl` or as photographed)
FAN_OUTLIER = 2.0  # degrees off the first fit: a line that is no row (a watermark, a seal's arc) is left out
FAN_KEEP = 2 / 3  # … and at least this share of the lines must stay rows through the point
FAN_STRETCH = 3.0  # the map's scale at the page's far side to its near side at most (a point so near the page
# that it shrinks one side to a third of the other is no flat page's: zs_0010's is 1.9)
# half the rows (or more) within this many degrees of one angle agree on it: a page read level (or at one slant,
# `line_skew`'s) whose few other boxes' angles are the detector's noise on short lines, no fan (a drawn flat licence
# under a watermark: five rows at 0.0°, three short ones at −2.6, −2.2 and 3.4° fitted a 6° fan; 0: off)
FAN_AGREE = 0.375


def _row_line(line: TextLine) -> tuple[np.ndarray, float] | None:
    """(the homogeneous line through a line's box along its middle, its angle) for a line long enough
    to have its own angle (`_angle`), else None."""
    m = _angle(line)
    if m is None:
        return None
    q = np.array(line.quad[:4], np.float64)
    left, right = (q[0] + q[3]) / 2, (q[1] + q[2]) / 2
    return np.cross([left[0], left[1], 1.0], [right[0], right[1], 1.0]), m[2]


def _through(v: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """The angles (degrees, −90..90) of the lines from `centres` (N×2) to the homogeneous point `v`."""
    if abs(v[2]) < 1e-12:
        d = np.broadcast_to(v[:2], centres.shape)
    else:
        d = v[:2] / v[2] - centres
    deg = np.degrees(np.arctan2(d[:, 1], d[:, 0]))
    return (deg + 90.0) % 180.0 - 90.0


def _vanishing(lines: np.ndarray) -> np.ndarray:
    """The homogeneous point nearest to every line (rows 3-vectors, normalised so their normals are unit)."""
    _, _, vt = np.linalg.svd(lines)
    return vt[-1]


def row_fan(lines: list[TextLine], shape: tuple[int, ...]) -> tuple[np.ndarray, tuple[int, int]] | None:
    """(3×3 map page → levelled page, the levelled page's size (w, h)) for a page whose straight rows fan
    through one point (see above), or None when they agree (one angle), bend or scatter."""
    h, w = shape[:2]
    got = [(ln, r) for ln in lines if (r := _row_line(ln)) is not None]
    if len(got) < FAN_LINES:
        return None
    cx, cy, s = w / 2.0, h / 2.0, max(w, h) / 2.0
    norm = np.array([[1 / s, 0, -cx / s], [0, 1 / s, -cy / s], [0, 0, 1]])
    # lines map as l' = l · norm⁻¹
    inv = np.linalg.inv(norm)
    ls = np.array([r[0] @ inv for _, r in got])
    ls /= np.hypot(ls[:, 0], ls[:, 1])[:, None]
    deg = np.array([r[1] for _, r in got])
    if FAN_AGREE and float(np.median(np.abs(deg - np.median(deg)))) <= FAN_AGREE:
        return None
    centres = np.array([np.mean(np.array(ln.quad[:4], np.float64), axis=0) for ln, _ in got])
    centres = (centres - [cx, cy]) / s
    # (a long row gives its angle more surely than a short one: each line weighs by its length)
    ls = ls * np.array([np.hypot(*np.subtract(ln.quad[1], ln.quad[0])) / s for ln, _ in got])[:, None]
    keep = np.ones(len(got), bool)
    v = _vanishing(ls)
    for _ in range(2):
        off = np.abs((_through(v, centres) - deg + 90.0) % 180.0 - 90.0)
        keep = off <= FAN_OUTLIER
        if keep.sum() < max(FAN_LINES, FAN_KEEP * len(got)):
            return None
        v = _vanishing(ls[keep])
    fitted = _through(v, centres[keep])
    off = np.abs((fitted - deg[keep] + 90.0) % 180.0 - 90.0)
    if float(np.median(off)) > FAN_RESIDUAL:
        return None
    if not FAN_RANGE <= float(np.ptp(fitted)) <= FAN_MAX:
        return None
    vx, vy, vw = (float(c) for c in v)
    r2 = vx * vx + vy * vy
    if r2 < 1e-12:
        return None
    # P sends v to infinity along (vx, vy): every line through v becomes parallel to it; R turns that
    # direction level (never by more than 90°: the page is not turned over)
    p = np.array([[1, 0, 0], [0, 1, 0], [-vw * vx / r2, -vw * vy / r2, 1]])
    th = np.arctan2(vy, vx)
    th = (th + np.pi / 2) % np.pi - np.pi / 2
    rot = np.array([[np.cos(th), np.sin(th), 0], [-np.sin(th), np.cos(th), 0], [0, 0, 1]])
    hn = rot @ p
    corners = np.array([[-cx, -cy], [w - cx, -cy], [w - cx, h - cy], [-cx, h - cy]]) / s
    den = corners @ p[2, :2] + 1.0
    if den.min() <= 0 or den.max() / den.min() > FAN_STRETCH:
        return None  # (the point lies near the page: no flat page's rows meet so close)
    m = np.linalg.inv(norm) @ hn @ norm
    pts = cv2.perspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64).reshape(-1, 1, 2), m)
    pts = pts.reshape(-1, 2)
    x0, y0 = pts.min(axis=0)
    x1, y1 = pts.max(axis=0)
    k = min(1.0, max(w, h) / max(1.0, max(x1 - x0, y1 - y0)))  # (the page keeps its long side at most)
    m = np.array([[k, 0, -k * x0], [0, k, -k * y0], [0, 0, 1]]) @ m
    return m, (max(8, int(round((x1 - x0) * k))), max(8, int(round((y1 - y0) * k))))
