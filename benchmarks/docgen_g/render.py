"""Family G's own raster path: glyphs rasterised one by one with FreeType (freetype-py) and placed by
this module's layout code onto a numpy page, ink composited multiplicatively like toner on paper.

Written for family G so that its pictures come from neither Pillow's text layout nor Qt's: glyph
bitmaps (anti-aliased or 1-bit "laser" rendering), per-character justification across a label
column, wrapping anywhere (also inside a house number) and ring text for seals are all done here.
Every text draw is logged (`Page.log`) so the generator's test can check that each truth value is
exactly what was drawn.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

import cv2
import freetype
import numpy as np

_FONT_FILES = {
    # key: candidates (path, face index); the first that exists is used
    "droid": [("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0)],
    "sung": [("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0)],
    "serif": [("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2)],
    "serif_bold": [("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2)],
    "mono": [("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 7)],
    "mono_bold": [("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 7)],
    "sharp": [("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 2)],
    "latin": [("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
              ("/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf", 0)],
    "hand": [("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
             ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0)],
}
_LAST_RESORT = [("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
                ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2)]


def font_files() -> dict[str, tuple[str, int]]:
    """The font file each face key resolves to on this machine (part of the params hash)."""
    out = {}
    for key, cands in _FONT_FILES.items():
        for path, idx in cands + _LAST_RESORT:
            if os.path.exists(path):
                out[key] = (path, idx)
                break
    if "droid" not in out:
        raise RuntimeError("family G needs CJK fonts (fonts-droid-fallback or fonts-wqy-zenhei)")
    return out


_faces: dict[tuple[str, int], freetype.Face] = {}
_glyphs: dict[tuple, tuple[np.ndarray, int, int, float]] = {}


def _face(key: str) -> freetype.Face:
    path, idx = font_files()[key]
    f = _faces.get((path, idx))
    if f is None:
        f = freetype.Face(path, index=idx)
        _faces[(path, idx)] = f
    return f


def glyph(key: str, px: int, ch: str, mono: bool = False, bold: int = 0) -> tuple[np.ndarray, int, int, float]:
    """(coverage 0..1 float32, left, top, advance) of one character; falls back to Droid Sans
    Fallback when the face lacks the character, so what is logged is what is drawn."""
    ck = (key, px, ch, mono, bold)
    g = _glyphs.get(ck)
    if g is not None:
        return g
    face = _face(key)
    if face.get_char_index(ord(ch)) == 0:
        # like a phone's font stack: Droid Sans Fallback has no Latin or digits
        nxt = {"droid": "latin", "latin": "mono"}.get(key, "droid")
        if nxt != key and key != "mono":
            g = glyph(nxt, px, ch, mono, bold)
            _glyphs[ck] = g
            return g
    face.set_pixel_sizes(0, px)
    flags = freetype.FT_LOAD_RENDER | (freetype.FT_LOAD_TARGET_MONO if mono else freetype.FT_LOAD_TARGET_LIGHT)
    face.load_char(ch, flags)
    gs = face.glyph
    bm = gs.bitmap
    rows, width, pitch = bm.rows, bm.width, bm.pitch
    if rows and width:
        buf = np.array(bm.buffer, dtype=np.uint8).reshape(rows, abs(pitch))
        if mono:
            arr = np.unpackbits(buf, axis=1)[:, :width].astype(np.float32)
        else:
            arr = buf[:, :width].astype(np.float32) / 255.0
    else:
        arr = np.zeros((1, 1), np.float32)
    left, top = gs.bitmap_left, gs.bitmap_top
    if bold:
        arr = np.pad(arr, bold)
        arr = cv2.dilate(arr, np.ones((bold + 1, bold + 1), np.uint8))
        left -= bold
        top += bold
    g = (arr, left, top, gs.advance.x / 64.0 + (bold if bold else 0))
    _glyphs[ck] = g
    return g


def advance(key: str, px: int, s: str, spacing: float = 0.0) -> float:
    return sum(glyph(key, px, c)[3] + spacing for c in s) - (spacing if s else 0)


@dataclass
class Page:
    """A page (or card) of given size in pixels, RGB uint8. Ink of each colour is collected on a
    one-channel coverage layer and multiplied onto the paper when the page is read (multiply
    blends commute, so the order of inks does not matter; opaque paint flushes first)."""
    w: int
    h: int
    paper: tuple[float, float, float] = (1.0, 1.0, 1.0)
    log: list[tuple[str, str, tuple[int, int, int, int]]] = field(default_factory=list)  # (tag, text, bbox)

    def __post_init__(self) -> None:
        self._img = np.empty((self.h, self.w, 3), np.uint8)
        self._img[:] = [int(round(c * 255)) for c in self.paper]
        self._layers: dict[tuple[float, float, float], np.ndarray] = {}

    @property
    def img(self) -> np.ndarray:
        """The RGB uint8 pixels, all pending ink applied."""
        self.flush()
        return self._img

    def flush(self) -> None:
        for col, m in self._layers.items():
            x, y, w, h = cv2.boundingRect(m)
            if w and h:
                a = m[y:y + h, x:x + w]
                f = cv2.merge([cv2.convertScaleAbs(a, alpha=-(1.0 - c), beta=255.0) for c in col])
                sub = self._img[y:y + h, x:x + w]
                cv2.multiply(sub, f, dst=sub, scale=1 / 255.0)
        self._layers = {}

    def ink(self, cov: np.ndarray, x: int, y: int, color: tuple[float, float, float], alpha: float = 1.0) -> None:
        """Coverage `cov` (h×w, float 0..1) at top-left (x, y) in `color`, multiplied onto the page."""
        key = tuple(float(c) for c in color)
        m = self._layers.get(key)
        if m is None:
            m = self._layers[key] = np.zeros((self.h, self.w), np.uint8)
        h, w = cov.shape
        x0, y0, x1, y1 = max(0, x), max(0, y), min(self.w, x + w), min(self.h, y + h)
        if x0 >= x1 or y0 >= y1:
            return
        sub = m[y0:y1, x0:x1]
        c8 = cv2.convertScaleAbs(np.ascontiguousarray(cov[y0 - y:y1 - y, x0 - x:x1 - x]), alpha=255.0 * alpha)
        np.maximum(sub, c8, out=sub)

    _text_ink = ink

    def paint(self, m: np.ndarray, x: int, y: int, color) -> None:
        """Opaque paint with coverage m (float 0..1) at (x, y): printed colour over colour, glare."""
        img = self.img
        h, w = m.shape
        sub = img[y:y + h, x:x + w].astype(np.float32)
        a = m[: sub.shape[0], : sub.shape[1], None]
        img[y:y + h, x:x + w] = np.clip(sub * (1 - a) + np.asarray(color, np.float32) * 255 * a, 0, 255).astype(np.uint8)

    def text(self, x: float, base: float, s: str, key: str, px: int, color=(0.08, 0.08, 0.1), *,
             spacing: float = 0.0, width: float | None = None, tag: str = "", mono: bool = False,
             bold: int = 0, alpha: float = 1.0, jitter: float = 0.0, rng=None) -> tuple[int, int, int, int]:
        """Draw `s` with its baseline at `base`; `width` justifies the characters across that width
        (the national forms' `名　　称`). Returns and logs the bbox."""
        if not s:
            return (int(x), int(base), int(x), int(base))
        if width is not None and len(s) > 1:
            natural = sum(glyph(key, px, c, mono, bold)[3] for c in s)
            spacing = (width - natural) / (len(s) - 1)
        cx = x
        xs0, ys0, xs1, ys1 = 1e9, 1e9, -1e9, -1e9
        for c in s:
            arr, left, top, adv = glyph(key, px, c, mono, bold)
            dy = 0.0
            if jitter and rng is not None:
                dy = rng.normal(0, jitter)
            gx, gy = int(round(cx + left)), int(round(base - top + dy))
            self._text_ink(arr, gx, gy, color, alpha)
            xs0, ys0 = min(xs0, gx), min(ys0, gy)
            xs1, ys1 = max(xs1, gx + arr.shape[1]), max(ys1, gy + arr.shape[0])
            cx += adv + spacing
        bbox = (int(xs0), int(min(ys0, base - px * 0.85)), int(max(xs1, cx)), int(max(ys1, base + px * 0.15)))
        self.log.append((tag, s, bbox))
        return bbox

    def rotated_text(self, cx: float, cy: float, s: str, key: str, px: int, angle_deg: float, color,
                     alpha: float = 1.0) -> None:
        """One character centred at (cx, cy), rotated (ring text of seals)."""
        for c in s:
            arr, _l, _t, _a = glyph(key, px, c, False, 1)
            h, w = arr.shape
            d = int(math.hypot(h, w)) + 4
            pad = np.zeros((d, d), np.float32)
            oy, ox = (d - h) // 2, (d - w) // 2
            pad[oy:oy + h, ox:ox + w] = arr
            m = cv2.getRotationMatrix2D((d / 2, d / 2), -angle_deg, 1.0)
            rot = cv2.warpAffine(pad, m, (d, d), flags=cv2.INTER_LINEAR)
            self.ink(rot, int(cx - d / 2), int(cy - d / 2), color, alpha)

    # -- vector bits -------------------------------------------------------------------------
    def _layer(self) -> np.ndarray:
        return np.zeros((self.h, self.w), np.float32)

    def stroke(self, draw, color, alpha: float = 1.0, blur: float = 0.0) -> None:
        """`draw(layer)` paints coverage 1.0 with cv2 primitives on a mask, composited in `color`."""
        m = self._layer()
        draw(m)
        if blur:
            m = cv2.GaussianBlur(m, (0, 0), blur)
        x, y, w, h = cv2.boundingRect((m > 0).astype(np.uint8))
        if w and h:
            self._text_ink(m[y:y + h, x:x + w], x, y, color, alpha)

    def line(self, x0, y0, x1, y1, color=(0.2, 0.2, 0.2), t: int = 2) -> None:
        self.stroke(lambda m: cv2.line(m, (int(x0), int(y0)), (int(x1), int(y1)), 1.0, t, cv2.LINE_AA), color)

    def rect(self, x0, y0, x1, y1, color=(0.2, 0.2, 0.2), t: int = 2) -> None:
        self.stroke(lambda m: cv2.rectangle(m, (int(x0), int(y0)), (int(x1), int(y1)), 1.0, t, cv2.LINE_AA), color)

    def fill(self, x0, y0, x1, y1, color) -> None:
        """Multiply a rectangle by `color` (components may exceed 1 to lighten)."""
        sub = self.img[int(y0):int(y1), int(x0):int(x1)]
        cv2.multiply(sub, tuple(float(c) for c in color) + (0.0,), dst=sub)

    def uint8(self) -> np.ndarray:
        return self.img


def wrap(s: str, key: str, px: int, max_w: float, rng=None, first_w: float | None = None) -> list[str]:
    """Rows of `s` that fit `max_w` (the first row `first_w`), broken at any character like the
    registrars' printers do — also in the middle of a house number."""
    rows: list[str] = []
    cur, w = "", 0.0
    limit = first_w if first_w is not None else max_w
    for c in s:
        a = glyph(key, px, c)[3]
        if cur and w + a > limit:
            rows.append(cur)
            cur, w, limit = "", 0.0, max_w
        cur += c
        w += a
    if cur:
        rows.append(cur)
    return rows


def seal(page: Page, cx: float, cy: float, r: float, ring: str, bottom: str = "", rng=None,
         color=(0.86, 0.12, 0.14), alpha: float = 0.78, key: str = "serif_bold") -> tuple[int, int, int, int]:
    """A round red official seal: ring, star, the authority's name along the upper arc and an
    optional line under the star; ink uneven as stamped."""
    rng = rng or np.random.default_rng(0)
    m = np.zeros((page.h, page.w), np.float32)
    cv2.circle(m, (int(cx), int(cy)), int(r), 1.0, max(3, int(r * 0.055)), cv2.LINE_AA)
    star = []
    for k in range(10):
        rr = r * (0.26 if k % 2 == 0 else 0.105)
        a = -math.pi / 2 + k * math.pi / 5
        star.append((int(cx + rr * math.cos(a)), int(cy + rr * math.sin(a))))
    cv2.fillPoly(m, [np.array(star, np.int32)], 1.0, cv2.LINE_AA)
    tex = rng.uniform(0.55, 1.0, (page.h // 8 + 1, page.w // 8 + 1)).astype(np.float32)
    tex = cv2.resize(tex, (page.w, page.h), interpolation=cv2.INTER_LINEAR)
    x0, y0 = max(0, int(cx - r - 8)), max(0, int(cy - r - 8))
    x1, y1 = min(page.w, int(cx + r + 8)), min(page.h, int(cy + r + 8))
    page.ink(m[y0:y1, x0:x1] * tex[y0:y1, x0:x1], x0, y0, color, alpha)
    n = len(ring)
    span = min(250.0, 18.0 * n + 40)
    cpx = int(r * 0.27)
    for i, c in enumerate(ring):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        rr = r * 0.74
        page.rotated_text(cx + rr * math.cos(a), cy + rr * math.sin(a), c, key, cpx, ang + 90, color, alpha * 0.95)
    if bottom:
        bpx = int(r * 0.17)
        wdt = advance(key, bpx, bottom)
        page.text(cx - wdt / 2, cy + r * 0.58, bottom, key, bpx, color, alpha=alpha * 0.9, bold=1, tag="seal")
    return (int(cx - r), int(cy - r), int(cx + r), int(cy + r))


def emblem(page: Page, cx: float, cy: float, r: float) -> None:
    """A stylised national emblem (gold on red disc, five stars, gate), small as printed."""
    red, gold = (0.80, 0.10, 0.10), (0.93, 0.75, 0.25)
    page.stroke(lambda m: cv2.circle(m, (int(cx), int(cy)), int(r), 1.0, -1, cv2.LINE_AA), red)

    def gold_parts(m: np.ndarray) -> None:
        for k, (dx, dy, rr) in enumerate([(0, -0.45, 0.2), (-0.38, -0.55, 0.08), (-0.22, -0.72, 0.08),
                                          (0.22, -0.72, 0.08), (0.38, -0.55, 0.08)]):
            pts = []
            for j in range(10):
                q = rr * r * (1 if j % 2 == 0 else 0.4)
                a = -math.pi / 2 + j * math.pi / 5 + k * 0.1
                pts.append((int(cx + dx * r + q * math.cos(a)), int(cy + dy * r + q * math.sin(a))))
            cv2.fillPoly(m, [np.array(pts, np.int32)], 1.0, cv2.LINE_AA)
        cv2.rectangle(m, (int(cx - 0.5 * r), int(cy - 0.05 * r)), (int(cx + 0.5 * r), int(cy + 0.35 * r)), 1.0, -1)
        cv2.rectangle(m, (int(cx - 0.6 * r), int(cy + 0.35 * r)), (int(cx + 0.6 * r), int(cy + 0.45 * r)), 1.0, -1)
        cv2.ellipse(m, (int(cx), int(cy)), (int(0.9 * r), int(0.9 * r)), 0, 20, 160, 1.0, max(2, int(r * 0.08)))
    m = np.zeros((page.h, page.w), np.float32)
    gold_parts(m)
    x0, y0, x1, y1 = int(cx - r), int(cy - r), int(cx + r) + 1, int(cy + r) + 1
    page.paint(m[y0:y1, x0:x1], x0, y0, gold)


def qr(page: Page, x: int, y: int, size: int, data: str) -> None:
    import qrcode
    q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    q.add_data(data)
    q.make(fit=True)
    mat = np.array(q.get_matrix(), np.float32)
    cov = cv2.resize(mat, (size, size), interpolation=cv2.INTER_NEAREST)
    page.ink(cov, x, y, (0.05, 0.05, 0.05))


def guilloche(page: Page, x0: int, y0: int, x1: int, y1: int, rng, colors) -> None:
    """The ID card's fine security background: families of interleaved sine curves."""
    def draw(m: np.ndarray) -> None:
        xs = np.arange(x0, x1, 3, dtype=np.float32)
        for k in range(0, y1 - y0, 9):
            ph = rng.uniform(0, 6.28)
            f1, a1 = rng.uniform(0.006, 0.02), rng.uniform(4, 14)
            ys = y0 + k + a1 * np.sin(xs * f1 + ph) + 3 * np.sin(xs * 0.07 + k)
            pts = np.stack([xs, ys], 1).astype(np.int32)
            cv2.polylines(m, [pts], False, 1.0, 1, cv2.LINE_AA)
    for col in colors:
        page.stroke(draw, col, alpha=0.55)
