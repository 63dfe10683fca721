"""Family ZX's page model: documents laid out here in millimetres and sent to node as pixel drawing
operations (pureimage rasteriser) or point operations (pdf-lib). Every run of text is split by the faces
that have its characters in their cmaps (the very files node draws with), so nothing is drawn as tofu;
each field's character centres are kept so a capture can say honestly which fields it destroyed."""

from __future__ import annotations

import math

from benchmarks.docgen_zx import runtime as R

NO_LINE_START = set("，。、；：）》」』’”％,.;:)%")


PDF_MODE = {"on": False}  # set by the generator while an e-licence PDF is laid out (runtime.PDF_FACES)


class Doc:
    def __init__(self, w_mm: float, h_mm: float, bg: str = "#ffffff") -> None:
        self.pdf = PDF_MODE["on"]
        self.w, self.h, self.bg = w_mm, h_mm, bg
        self.ops: list[list] = []  # in mm; scaled when sent
        self.fields: dict[str, list[tuple[float, float]]] = {}  # field -> character centres (mm)
        self.faces: set[str] = set()

    # ---- primitives (mm) -------------------------------------------------------------------------
    def rect(self, x, y, w, h, c):  # noqa: ANN001
        self.ops.append(["rect", x, y, w, h, c])

    def frame(self, x, y, w, h, lw, c):  # noqa: ANN001
        self.ops.append(["frame", x, y, w, h, lw, c])

    def line(self, x1, y1, x2, y2, lw, c):  # noqa: ANN001
        self.ops.append(["line", x1, y1, x2, y2, lw, c])

    def polyline(self, pts, lw, c):  # noqa: ANN001
        self.ops.append(["polyline", [list(p) for p in pts], lw, c])

    def poly(self, rings, c):  # noqa: ANN001
        self.ops.append(["poly", [[list(p) for p in r] for r in rings], c])

    def ring(self, cx, cy, r, lw, c):  # noqa: ANN001
        self.ops.append(["ring", cx, cy, r, lw, c])

    def disc(self, cx, cy, r, c):  # noqa: ANN001
        self.ops.append(["disc", cx, cy, r, c])

    def modules(self, x, y, cell, rows, c="#111111"):  # noqa: ANN001
        self.ops.append(["modules", x, y, cell, rows, c])

    # ---- text ------------------------------------------------------------------------------------
    def _runs(self, s: str, face: str) -> list[tuple[str, str]]:
        runs: list[tuple[str, str]] = []
        chain = [face, *R.FALLBACK]
        if self.pdf:
            face = R.PDF_FACES.get(face, face)
            chain = [face, *R.PDF_FALLBACK]
        for ch in s:
            if ch == " ":
                f = face
            else:
                f = next((k for k in chain if R.has(k, ch)), None)
                if f is None:
                    raise ValueError(f"no face has {ch!r} (U+{ord(ch):04X})")
            if runs and runs[-1][0] == f:
                runs[-1] = (f, runs[-1][1] + ch)
            else:
                runs.append((f, ch))
        return runs

    def width(self, s: str, size: float, face: str, track: float = 0.0, sx: float = 1.0) -> float:
        return sum(R.width(f, t, size) for f, t in self._runs(s, face)) * sx + track * len(s)

    def text(self, x: float, y: float, s: str, size: float, face: str = "serif", c: str = "#1a1a1a",
             field: str | None = None, track: float = 0.0, sx: float = 1.0, rot: float = 0.0,
             jitter: int | None = None, jamp: float = 0.0, jrot: float = 0.0, align: str = "l") -> float:
        """A run at baseline y; returns its width. `field`: its characters' centres are recorded."""
        wd = self.width(s, size, face, track, sx)
        if align == "c":
            x -= wd / 2
        elif align == "r":
            x -= wd
        pen = x
        cr, sr = math.cos(math.radians(rot)), math.sin(math.radians(rot))
        for f, t in self._runs(s, face):
            self.faces.add(f)
            o: dict = {}
            if track:
                o["track"] = track
            if sx != 1.0:
                o["sx"] = sx
            if rot:
                o["rot"] = rot
            if jitter is not None:
                o.update(jitter=jitter, jamp=jamp, jrot=jrot)
            dx = pen - x
            self.ops.append(["text", f, size, x + dx * cr, y + dx * sr, t, c, o])
            if field is not None:
                p = dx
                for ch in t:
                    cw = R.width(f, ch, size) * sx
                    if ch.strip():
                        u = p + cw / 2
                        self.fields.setdefault(field, []).append((x + u * cr + size * 0.35 * sr, y + u * sr - size * 0.35 * cr))
                    p += cw + track
            pen += R.width(f, t, size) * sx + track * len(t)
        if field is not None and not s:
            self.fields.setdefault(field, [])
        return wd

    def wrap(self, s: str, width: float, size: float, face: str, first: float | None = None) -> list[str]:
        lines, cur, lim = [], "", first if first is not None else width
        for ch in s:
            if cur and self.width(cur + ch, size, face) > lim and ch not in NO_LINE_START:
                lines.append(cur)
                cur, lim = "", width
            cur += ch
        if cur or not lines:
            lines.append(cur)
        return lines

    def para(self, x: float, y: float, s: str, width: float, size: float, face: str = "serif", lh: float = 1.45,
             c: str = "#1a1a1a", field: str | None = None, max_lines: int = 0) -> float:
        """Wrapped text from baseline y; returns the baseline after the last line."""
        lines = self.wrap(s, width, size, face)
        if max_lines and len(lines) > max_lines:  # squeeze instead of losing text
            size *= 0.86
            lines = self.wrap(s, width, size, face)
        for ln in lines:
            self.text(x, y, ln, size, face, c, field=field)
            y += size * lh
        return y

    def spread(self, x: float, y: float, label: str, width: float, size: float, face: str = "sans",
               c: str = "#1a1a1a") -> None:
        """A label justified across `width` (名　　称), as real licences print them."""
        chars = [ch for ch in label if ch.strip()]
        if len(chars) <= 1 or len(label) > 6:
            self.text(x, y, label, size, face, c)
            return
        cw = [self.width(ch, size, face) for ch in chars]
        gap = (width - sum(cw)) / (len(chars) - 1)
        p = x
        for ch, w in zip(chars, cw, strict=True):
            self.text(p, y, ch, size, face, c)
            p += w + gap

    def glyphs(self, face: str, size: float, c: str, items: list) -> None:
        if self.pdf:
            face = R.PDF_FACES.get(face, face)
        for it in items:
            if not R.has(face, it[0]):
                raise ValueError(f"seal face lacks {it[0]!r}")
        self.faces.add(face)
        self.ops.append(["glyphs", face, size, c, [list(i) for i in items]])

    # ---- to node ---------------------------------------------------------------------------------
    def scaled(self, k: float) -> list[list]:
        out = []
        for op in self.ops:
            t = op[0]
            if t in ("rect", "frame", "line", "ring", "disc"):
                out.append([t, *[v * k if isinstance(v, (int, float)) else v for v in op[1:]]])
            elif t == "polyline":
                out.append([t, [[a * k, b * k] for a, b in op[1]], op[2] * k, op[3]])
            elif t == "poly":
                out.append([t, [[[a * k, b * k] for a, b in r] for r in op[1]], op[2]])
            elif t == "modules":
                out.append([t, op[1] * k, op[2] * k, op[3] * k, op[4], op[5]])
            elif t == "text":
                o = dict(op[7])
                if "track" in o:
                    o["track"] *= k
                if "jamp" in o:
                    o["jamp"] *= k
                out.append([t, op[1], op[2] * k, op[3] * k, op[4] * k, op[5], op[6], o])
            elif t == "glyphs":
                out.append([t, op[1], op[2] * k, op[3], [[ch, x * k, y * k, r] for ch, x, y, r in op[4]]])
        return out


# ---- ornaments ---------------------------------------------------------------------------------------
def star(cx: float, cy: float, r: float, rot: float = -90.0) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        a = math.radians(rot + i * 36)
        rr = r if i % 2 == 0 else r * 0.38
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def seal(d: Doc, cx: float, cy: float, r: float, arc: str, bottom: str = "", c: str = "#d02a2acc",
         face: str = "serif_b") -> None:
    """A round official seal: ring, star, the unit's name on the upper arc, a line at the bottom."""
    d.ring(cx, cy, r, r * 0.07, c)
    d.poly([star(cx, cy, r * 0.3)], c)
    n = len(arc)
    span = min(240.0, 21.0 * n)
    size = min(r * 0.27, r * 0.72 * 2 * math.pi * span / 360 / max(n, 1) * 0.82)
    items = []
    for i, ch in enumerate(arc):
        a = -90 - span / 2 + span * (i + 0.5) / n
        rr = r * 0.72
        items.append([ch, cx + rr * math.cos(math.radians(a)), cy + rr * math.sin(math.radians(a)), a + 90])
    d.glyphs(face, size, c, items)
    if bottom:
        d.text(cx, cy + r * 0.62, bottom, r * 0.2, face, c, align="c")


def emblem(d: Doc, cx: float, cy: float, r: float) -> None:
    """The national emblem drawn simply: red field, golden ring, five stars over Tiananmen's gate."""
    d.disc(cx, cy, r, "#c8102e")
    d.ring(cx, cy, r * 0.93, r * 0.08, "#f2c230")
    d.poly([star(cx, cy - r * 0.42, r * 0.24)], "#f2c230")
    for k, a in enumerate((-150, -120, -60, -30)):
        rad = math.radians(a)
        d.poly([star(cx + r * 0.52 * math.cos(rad), cy - r * 0.42 + r * 0.3 * math.sin(rad) + r * 0.14, r * 0.09,
                     rot=a + 90 + 18 * (k - 1.5))], "#f2c230")
    d.rect(cx - r * 0.45, cy + r * 0.05, r * 0.9, r * 0.1, "#f2c230")
    d.rect(cx - r * 0.35, cy + r * 0.18, r * 0.7, r * 0.28, "#f2c230")
    for i in range(5):
        d.rect(cx - r * 0.28 + i * r * 0.13, cy + r * 0.26, r * 0.06, r * 0.2, "#c8102e")
    d.rect(cx - r * 0.5, cy + r * 0.5, r, r * 0.06, "#f2c230")


def guilloche(d: Doc, x: float, y: float, w: float, h: float, c: str, seed: int, n: int = 6) -> None:
    for k in range(n):
        pts = []
        ph = seed * 0.37 + k * 1.1
        for i in range(121):
            t = i / 120
            pts.append((x + w * t, y + h * (0.5 + 0.42 * math.sin(2 * math.pi * (3 + k * 0.5) * t + ph)
                                          * math.cos(2 * math.pi * 0.7 * t + ph * 0.5))))
        d.polyline(pts, 0.18, c)


def border(d: Doc, m: float, c1: str, c2: str, seed: int) -> None:
    d.frame(m, m, d.w - 2 * m, d.h - 2 * m, 0.9, c1)
    d.frame(m + 2.2, m + 2.2, d.w - 2 * m - 4.4, d.h - 2 * m - 4.4, 0.3, c1)
    for i in range(int((d.w - 2 * m) / 6)):
        x = m + 1.1 + i * 6
        d.polyline([(x, m + 1.1), (x + 3, m + 0.4), (x + 6, m + 1.1)], 0.15, c2)
        d.polyline([(x, d.h - m - 1.1), (x + 3, d.h - m - 0.4), (x + 6, d.h - m - 1.1)], 0.15, c2)


def qr_rows(data: str) -> list[str]:
    import qrcode

    q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    q.add_data(data)
    q.make(fit=True)
    return ["".join("1" if v else "0" for v in row) for row in q.get_matrix()]


def portrait(d: Doc, x: float, y: float, w: float, h: float, shade: str) -> None:
    d.rect(x, y, w, h, "#e9eef2")
    cx = x + w / 2
    d.poly([[(cx + w * 0.22 * math.cos(t / 20 * math.pi), y + h * 0.38 + h * 0.22 * math.sin(t / 20 * math.pi))
             for t in range(40)]], shade)
    d.poly([[(x + w * 0.08, y + h), (x + w * 0.15, y + h * 0.72), (cx, y + h * 0.64), (x + w * 0.85, y + h * 0.72),
             (x + w * 0.92, y + h)]], "#2b2f3a")
    d.poly([[(cx + w * 0.24 * math.cos(t / 20 * math.pi), y + h * 0.3 + h * 0.17 * math.sin(t / 20 * math.pi))
             for t in range(20, 40)]], "#161616")
