"""Family ZY's page descriptions: each document as a list of commands for the Free Pascal page writer
(pascal/zy_pages.pas on fcl-pdf). Positions are millimetres from the page's top-left; the Pascal side
measures text with the faces' own advance widths, spreads labels, breaks and shrinks long values, sets seal
text on arcs and jitters handwriting. Every run of text goes through faces.pick (cmap check, fallback)."""

from __future__ import annotations

import math
import random

from . import faces as FA

RED = (205, 30, 35)
SEAL = (215, 35, 40)
GOLD = (196, 150, 60)
INK_BLUE = (30, 50, 140)
BLACK = (20, 20, 20)


SHEET: list = []  # (ox, oy) while a card is being laid out on an A4 sheet (copies and flatbed scans of ID cards)


class Page:
    def __init__(self, w: float, h: float):
        self.ox = self.oy = 0.0
        self.card = None
        if SHEET and w < 100:
            self.ox, self.oy = SHEET[0]
            self.card = (self.ox, self.oy, w, h)
            w, h = 210.0, 297.0
        self.w, self.h = w, h
        self.mark_at = 0
        self.ops: list[str] = []
        self.used: set[int] = set()
        self.tags: dict[str, str] = {}  # field key -> tag of its drawn value

    def _f(self, face: int, text: str) -> int:
        i = FA.pick(face, text)
        self.used.add(i)
        return i

    def _add(self, *parts) -> None:
        out = []
        for p in parts:
            if isinstance(p, float):
                out.append(f"{p:.2f}")
            else:
                out.append(str(p).replace("\t", " ").replace("\n", " "))
        self.ops.append("\t".join(out))

    def col(self, c) -> None:
        self._add("COL", *[int(v) for v in c])

    def t(self, face, size, x, y, text, tag="-", deg=0.0):
        self._add("T", tag, self._f(face, text), int(size), float(x) + self.ox, float(y) + self.oy, float(deg), text)

    def c(self, face, size, x, y, w, text, tag="-"):
        self._add("C", tag, self._f(face, text), int(size), float(x) + self.ox, float(y) + self.oy, float(w), text)

    def sp(self, face, size, x, y, w, text, tag="-"):
        self._add("SP", tag, self._f(face, text), int(size), float(x) + self.ox, float(y) + self.oy, float(w), text)

    def wrap(self, face, size, x, y, w, lh, maxl, text, tag="-"):
        self._add("W", tag, self._f(face, text), int(size), float(x) + self.ox, float(y) + self.oy, float(w), float(lh), int(maxl), text)

    def hand(self, face, size, x, y, seed, text, tag="-"):
        self._add("HT", tag, self._f(face, text), int(size), float(x) + self.ox, float(y) + self.oy, int(seed) & 0x7FFFFFFF, text)

    def arc(self, face, size, cx, cy, r, a0, a1, text):
        self._add("ARC", self._f(face, text), int(size), float(cx) + self.ox, float(cy) + self.oy, float(r), float(a0), float(a1), text)

    def line(self, x1, y1, x2, y2, lw=0.3):
        self._add("L", float(x1) + self.ox, float(y1) + self.oy, float(x2) + self.ox, float(y2) + self.oy, float(lw))

    def rect(self, x, y, w, h, lw=0.3, fill=False, stroke=True):
        self._add("R", float(x) + self.ox, float(y) + self.oy, float(w), float(h), float(lw), int(fill), int(stroke))

    def ellipse(self, cx, cy, rx, ry, lw=0.3, fill=False, stroke=True):
        self._add("E", float(cx) + self.ox, float(cy) + self.oy, float(rx), float(ry), float(lw), int(fill), int(stroke))

    def star(self, cx, cy, r, rot=0.0):
        self._add("STAR", float(cx) + self.ox, float(cy) + self.oy, float(r), float(rot))

    def poly(self, pts, lw=0.3, closed=False, fill=False):
        flat = [float(v) for p in pts for v in (p[0] + self.ox, p[1] + self.oy)]
        self._add("PL", float(lw), int(closed), int(fill), *flat)

    def wave(self, x, y, w, h, n, amp, per, lw=0.15):
        self._add("WAVE", float(x) + self.ox, float(y) + self.oy, float(w), float(h), int(n), float(amp), float(per), float(lw))

    # ---- composite marks -------------------------------------------------------------------------
    def emblem(self, cx, cy, r):
        """The national emblem, drawn in outline: gold ring of ears, red disc, the big star and four small
        ones, the gate with its steps and the gear at the foot."""
        self.col(GOLD)
        self.ellipse(cx, cy, r, r, 0.2, fill=True)
        self.col(RED)
        self.ellipse(cx, cy, r * 0.78, r * 0.78, 0.2, fill=True)
        self.col((250, 210, 60))
        self.star(cx, cy - r * 0.42, r * 0.2)
        for a in (-62, -30, 30, 62):
            ra = math.radians(a)
            self.star(cx + r * 0.44 * math.sin(ra), cy - r * 0.42 + r * 0.1 + r * 0.3 * (1 - math.cos(ra)), r * 0.07, rot=-a)
        self.rect(cx - r * 0.45, cy + r * 0.05, r * 0.9, r * 0.12, 0.1, fill=True)
        self.poly([(cx - r * 0.38, cy + r * 0.05), (cx, cy - r * 0.12), (cx + r * 0.38, cy + r * 0.05)], 0.1, True, True)
        self.rect(cx - r * 0.55, cy + r * 0.3, r * 1.1, r * 0.1, 0.1, fill=True)
        self.col(GOLD)
        for k in range(18):
            a = math.radians(200 + k * 8)
            self.ellipse(cx + r * 0.9 * math.cos(a), cy + r * 0.9 * math.sin(a) * -1 + 0, r * 0.07, r * 0.12, 0.1, fill=True)
        self.ellipse(cx, cy + r * 0.85, r * 0.16, r * 0.16, 0.2, fill=True)

    def seal(self, cx, cy, r, text, foot="", face=FA.SONG, color=SEAL):
        self.col(color)
        self.ellipse(cx, cy, r, r, max(0.6, r * 0.045))
        self.star(cx, cy, r * 0.28)
        size = max(7, min(16, int(r * 2.2 * math.pi * 0.62 / max(len(text), 1) / 0.3528)))
        span = min(250.0, 30.0 + len(text) * 19.0)
        self.arc(face, size, cx, cy, r * 0.66, -span / 2, span / 2, text)
        if foot:
            self.c(face, max(6, size - 3), cx - r, cy + r * 0.62, 2 * r, foot)

    def qr(self, x, y, size, data):
        import qrcode

        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(data)
        q.make(fit=True)
        m = q.get_matrix()
        n = len(m)
        mod = size / n
        self.col((0, 0, 0))
        for j, row in enumerate(m):
            i = 0
            while i < n:
                if row[i]:
                    k = i
                    while k < n and row[k]:
                        k += 1
                    self.rect(x + i * mod, y + j * mod, (k - i) * mod + 0.02, mod + 0.02, 0.01, fill=True, stroke=False)
                    i = k
                else:
                    i += 1

    def watermark(self, text, r: random.Random, color=(185, 185, 185)):
        self.col(color)
        size = int(max(18, min(self.w, self.h) / 7))
        deg = r.uniform(18, 35)
        for k in range(2 if self.w < 120 else 3):
            x = self.w * (0.08 + 0.22 * k) + r.uniform(-4, 4)
            y = self.h * (0.55 + 0.18 * k) + r.uniform(-4, 4)
            self.t(FA.HEI, size * (0.5 if self.w < 120 else 1), x, min(y, self.h - 4), text, deg=deg)

    def copy_note(self, r: random.Random, signer: str, x: float, y: float, size=12):
        ink = r.choice([INK_BLUE, (25, 25, 30), (150, 20, 30)])
        self.col(ink)
        self.hand(FA.KAI, size, x, y, r.getrandbits(31), "复印件与原件一致")
        self.hand(FA.KAI, size + 2, x + size * 0.35 * 2, y + size * 0.45, r.getrandbits(31), signer)
        self.hand(FA.KAI, size - 2, x + size * 0.35 * 4.5, y + size * 0.8, r.getrandbits(31),
                  f"{r.randint(2024, 2026)}.{r.randint(1, 12)}.{r.randint(1, 28)}")
        # the flourish under the signature
        pts = [(x + size * 0.7 + i * 1.5, y + size * 0.52 + math.sin(i * 1.7) * 0.8) for i in range(10)]
        self.poly(pts, 0.35)


def label_row(p: Page, face, lsize, vsize, lx, lw, vx, y, label, value, tag, vw=None, lh=None, maxl=1, lcol=BLACK, vcol=BLACK):
    p.col(lcol)
    p.sp(face, lsize, lx, y, lw, label)
    p.col(vcol)
    if value == "":
        return
    if vw is None or maxl == 1 and vw is None:
        p.t(face, vsize, vx, y, value, tag=tag)
    else:
        p.wrap(face, vsize, vx, y, vw, lh or vsize * 0.3528 * 1.55, maxl, value, tag=tag)
