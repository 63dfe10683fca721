"""A page as a float32 RGB numpy array; text blocks from Pango composited onto it; rules, boxes,
seals (the ring text warped onto its arc with numpy), QR-like codes, guilloche borders. Each field's
value box is recorded so occluders can mark a field unreadable."""

from __future__ import annotations

import numpy as np

from benchmarks.docgen_q import faces as F

INK = (0.08, 0.08, 0.1)
RED = (0.82, 0.12, 0.12)


class Page:
    def __init__(self, w: int, h: int, paper=(0.98, 0.975, 0.96)):
        self.w, self.h = w, h
        self.img = np.empty((h, w, 3), np.float32)
        self.img[:] = paper
        self.boxes: dict[str, list[tuple[int, int, int, int]]] = {}
        self.faces: set[str] = set()
        self.occ = np.zeros((h, w), np.float32)        # how much of each pixel an occluder hides

    def ink(self, mask: np.ndarray, x: int, y: int, color=INK, opacity: float = 1.0, multiply: bool = False):
        h, w = mask.shape
        x0, y0, x1, y1 = max(0, x), max(0, y), min(self.w, x + w), min(self.h, y + h)
        if x0 >= x1 or y0 >= y1:
            return
        m = mask[y0 - y:y1 - y, x0 - x:x1 - x, None] * opacity
        reg = self.img[y0:y1, x0:x1]
        c = np.asarray(color, np.float32)
        if multiply:
            reg *= (1 - m) + m * c
        else:
            reg *= 1 - m
            reg += m * c

    def text(self, x, y, spans, color=INK, field: str | None = None, anchor: str = "lt", opacity=1.0, **kw):
        spans = [s if len(s) > 3 else (*s, {}) for s in spans]
        for s in spans:
            self.faces.add(s[1])
        m = F.render(spans, **kw)
        h, w = m.shape
        x, y = int(x - (w if "r" in anchor else w // 2 if "c" in anchor else 0)), int(y - (h if "b" in anchor else h // 2 if "m" in anchor else 0))
        self.ink(m, x, y, color, opacity)
        ys, xs = np.nonzero(m > 0.3)
        box = (x + int(xs.min()), y + int(ys.min()), x + int(xs.max()) + 1, y + int(ys.max()) + 1) if len(xs) else (x, y, x + w, y + h)
        if field:
            self.boxes.setdefault(field, []).append(box)
        return box

    def rect(self, x0, y0, x1, y1, color=INK, t: int = 2, fill=None):
        x0, y0, x1, y1 = (int(v) for v in (x0, y0, x1, y1))
        if fill is not None:
            self.img[max(0, y0):y1, max(0, x0):x1] = fill
        if t:
            for a, b, c, d in ((x0, y0, x1, y0 + t), (x0, y1 - t, x1, y1), (x0, y0, x0 + t, y1), (x1 - t, y0, x1, y1)):
                self.img[max(0, b):d, max(0, a):c] = color

    def hline(self, x0, x1, y, color=INK, t=2):
        self.img[int(y):int(y) + t, int(x0):int(x1)] = color

    def vline(self, x, y0, y1, color=INK, t=2):
        self.img[int(y0):int(y1), int(x):int(x) + t] = color

    def guilloche(self, margin: int, color, rng, band: int = 28):
        """A border band of interleaved sine lines (the security border of a licence)."""
        yy, xx = np.mgrid[0:self.h, 0:self.w].astype(np.float32)
        d = np.minimum.reduce([xx - margin, yy - margin, self.w - margin - xx, self.h - margin - yy])
        inband = (d >= 0) & (d < band)
        s = xx + yy
        f1, f2 = rng.uniform(0.03, 0.06), rng.uniform(0.03, 0.06)
        v = np.abs(np.sin(s * f1) * band / 2.3 + band / 2 - d) < 1.4
        v |= np.abs(np.sin((xx - yy) * f2 + 1.3) * band / 2.3 + band / 2 - d) < 1.4
        m = (inband & v).astype(np.float32)
        self.ink(m, 0, 0, color, 0.8)
        self.rect(margin - 6, margin - 6, self.w - margin + 6, self.h - margin + 6, color, 3)
        self.rect(margin + band + 4, margin + band + 4, self.w - margin - band - 4, self.h - margin - band - 4, color, 2)

    def qr(self, x, y, size, rng):
        n = 25
        cells = rng.random((n, n)) < 0.5
        for cx, cy in ((0, 0), (n - 7, 0), (0, n - 7)):
            cells[cy:cy + 7, cx:cx + 7] = False
            cells[cy:cy + 7, cx] = cells[cy:cy + 7, cx + 6] = True
            cells[cy, cx:cx + 7] = cells[cy + 6, cx:cx + 7] = True
            cells[cy + 2:cy + 5, cx + 2:cx + 5] = True
        m = np.kron(cells, np.ones((size // n, size // n))).astype(np.float32)
        self.ink(m, int(x), int(y), (0, 0, 0))

    def emblem(self, cx, cy, r, color=RED):
        yy, xx = np.mgrid[-r:r + 1, -r:r + 1].astype(np.float32)
        d = np.hypot(xx, yy)
        ring = ((d < r) & (d > r * 0.86)) | (d < r * 0.55) & (np.abs(np.arctan2(yy, xx) * 5 % (2 * np.pi) - np.pi) < 0.8)
        m = ring.astype(np.float32)
        m += ((np.abs(xx) < r * 0.6) & (yy > r * 0.55) & (yy < r * 0.7))
        self.ink(np.clip(m, 0, 1), int(cx - r), int(cy - r), color)

    def seal(self, cx, cy, r, ring_text: str, face: str, rng, center: str = "", color=RED, opacity=0.85, occlude=False):
        """A round seal: ring, star, the ring text bent onto its arc (numpy polar remap), a centre line."""
        size = r * 0.22
        line = F.render([(ring_text, face, size, {"letter_spacing": size * 0.25})])
        self.faces.add(face)
        lh, lw = line.shape
        yy, xx = np.mgrid[-r:r + 1, -r:r + 1].astype(np.float32)
        d = np.hypot(xx, yy)
        ang = np.arctan2(xx, -yy)                         # 0 at the top, clockwise positive
        span = np.deg2rad(min(250, 22 * len(ring_text)))
        r_out, r_in = r * 0.86, r * 0.86 - lh
        u = (ang + span / 2) / span * (lw - 1)
        v = (r_out - d) / max(1, r_out - r_in) * (lh - 1)
        ok = (u >= 0) & (u <= lw - 1) & (v >= 0) & (v <= lh - 1)
        m = np.zeros_like(d)
        m[ok] = line[v[ok].astype(int), u[ok].astype(int)]
        m = np.maximum(m, ((d < r) & (d > r * 0.93)).astype(np.float32))
        star_r = r * 0.22
        a = np.arctan2(yy, xx)
        k = np.cos(np.pi / 5) / np.cos((a + np.pi / 2) % (2 * np.pi / 5) - np.pi / 5)
        m = np.maximum(m, (d < star_r * (0.45 + 0.55 * (k - k.min()) / (np.ptp(k) + 1e-6))).astype(np.float32) * (d < star_r))
        wear = np.clip(rng.random(m.shape) * 1.6, 0, 1).astype(np.float32)
        self.ink(m * wear, int(cx - r), int(cy - r), color, opacity, multiply=True)
        if center:
            cm = F.render([(center, face, r * 0.16)])
            self.ink(cm, int(cx - cm.shape[1] / 2), int(cy + r * 0.45), color, opacity, multiply=True)
        if occlude:
            self.occ[max(0, cy - r):cy + r + 1, max(0, cx - r):cx + r + 1] = np.maximum(
                self.occ[max(0, cy - r):cy + r + 1, max(0, cx - r):cx + r + 1], 0)

    def unreadable(self, field: str, thresh: float = 0.5, frac: float = 0.02) -> bool:
        for x0, y0, x1, y1 in self.boxes.get(field, []):
            reg = self.occ[y0:y1, x0:x1]
            if reg.size and (reg > thresh).mean() > frac:
                return True
        return False
