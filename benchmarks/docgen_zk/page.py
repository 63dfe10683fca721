"""A document page drawn by matplotlib: one Figure sized in millimetres at the dpi the capture needs,
an Agg canvas (no pyplot state), one axes in page millimetres (y down). Every run is a `Text` artist
with `FontProperties(fname=…)`; runs are measured with the Agg renderer; a CJK line breaker wraps long
values; labels are spread over the label column; seals, guilloches, emblems, QR-like blocks, card
waves and photos are patches, paths and images. `raster()` gives the RGB pixels and each field's ink
boxes (from the artists' window extents); `pdf()` writes the same page through the PDF backend."""

from __future__ import annotations

import io
import math

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Circle, Ellipse, FancyBboxPatch, PathPatch, Polygon, Rectangle
from matplotlib.path import Path as MPath
from matplotlib.textpath import TextPath
from matplotlib.transforms import Affine2D

from . import faces

matplotlib.rcParams["pdf.fonttype"] = 42
matplotlib.rcParams["svg.hashsalt"] = "zk"

PT_PER_MM = 72 / 25.4
NO_START = set("，。、；：？！）》」』】〕,.;:?!)%·～")  # may not begin a line (hung on the previous one)
NO_END = set("（《「『【〔(")  # may not end a line


class Page:
    def __init__(self, w_mm: float, h_mm: float, dpi: float, bg=(1.0, 1.0, 1.0)) -> None:  # noqa: ANN001
        self.w, self.h, self.dpi = w_mm, h_mm, dpi
        self.fig = Figure(figsize=(w_mm / 25.4, h_mm / 25.4), dpi=dpi, facecolor=bg)
        self.canvas = FigureCanvasAgg(self.fig)
        ax = self.fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, w_mm)
        ax.set_ylim(h_mm, 0)
        ax.set_axis_off()
        ax.set_facecolor(bg)
        self.ax = ax
        self.renderer = self.canvas.get_renderer()
        self.fields: dict[str, list] = {}
        self.used_faces: set[str] = set()
        self._z = 3.0

    # ---- text ---------------------------------------------------------------------------------
    def _fp(self, face: str, size_mm: float) -> FontProperties:
        fp = faces.prop(face).copy()
        fp.set_size(size_mm * PT_PER_MM)
        return fp

    def width(self, s: str, face: str, size_mm: float) -> float:
        """Advance width of `s` in mm, measured by the Agg renderer."""
        if not s:
            return 0.0
        w, _, _ = self.renderer.get_text_width_height_descent(s, self._fp(face, size_mm), ismath=False)
        return w / self.dpi * 25.4

    def text(self, x: float, y: float, s: str, face: str, size_mm: float, color="#111111", ha: str = "left",  # noqa: ANN001
             va: str = "baseline", key: str | None = None, rotation: float = 0.0, alpha: float = 1.0, z: float | None = None):  # noqa: ANN201
        if not s:
            return None
        faces.check(face, s)
        self.used_faces.add(face)
        t = self.ax.text(x, y, s, fontproperties=self._fp(face, size_mm), color=color, ha=ha, va=va,
                         rotation=rotation, alpha=alpha, zorder=z if z is not None else self._z,
                         rotation_mode="anchor", parse_math=False)
        if key:
            self.fields.setdefault(key, []).append(t)
        return t

    def spread(self, x0: float, x1: float, y: float, s: str, face: str, size_mm: float, color="#111111") -> None:  # noqa: ANN001
        """A label spread over its column (名　　称): first character at x0, last one ending at x1."""
        s = s.replace("　", "").replace(" ", "")
        if len(s) == 1:
            self.text(x0, y, s, face, size_mm, color)
            return
        ws = [self.width(c, face, size_mm) for c in s]
        gap = (x1 - x0 - sum(ws)) / (len(s) - 1)
        x = x0
        for c, w in zip(s, ws, strict=True):
            self.text(x, y, c, face, size_mm, color)
            x += w + gap

    def wrap(self, s: str, width_mm: float, face: str, size_mm: float, first_width: float | None = None) -> list[str]:
        """CJK line breaking: greedy by measured width, Latin/digit runs kept whole, closing punctuation
        hung on the line before, opening punctuation never left at a line's end."""
        tokens: list[str] = []
        for ch in s:
            if tokens and (ch.isascii() and ch.isalnum() or ch in ".-/") and tokens[-1][-1:].isascii() and tokens[-1][-1:].isalnum():
                tokens[-1] += ch
            else:
                tokens.append(ch)
        lines: list[str] = []
        cur, cur_w = "", 0.0
        limit = first_width if first_width is not None else width_mm
        widths = {t: self.width(t, face, size_mm) for t in set(tokens)}  # CJK runs have no kerning: advances add up
        for tok in tokens:
            tw = widths[tok]
            if cur and tok[0] not in NO_START and cur_w + tw > limit:
                if cur[-1] in NO_END:
                    lines.append(cur[:-1])
                    cur = cur[-1] + tok
                    cur_w = widths.get(cur[0], 0.0) + tw
                else:
                    lines.append(cur)
                    cur, cur_w = tok, tw
                limit = width_mm
            else:
                cur += tok
                cur_w += tw
        if cur:
            lines.append(cur)
        return lines

    def block(self, x: float, y: float, s: str, width_mm: float, face: str, size_mm: float, lead: float,  # noqa: ANN001
              key: str | None = None, color="#111111", max_lines: int = 99) -> float:
        """A wrapped value; returns the baseline of its last line."""
        lines = self.wrap(s, width_mm, face, size_mm)
        if len(lines) > max_lines:  # shrink until it fits, like a clerk's template does
            return self.block(x, y, s, width_mm, face, size_mm * 0.9, lead * 0.9, key, color, max_lines)
        for i, ln in enumerate(lines):
            self.text(x, y + i * lead, ln, face, size_mm, color, key=key)
        return y + (len(lines) - 1) * lead

    # ---- graphics -----------------------------------------------------------------------------
    def rect(self, x: float, y: float, w: float, h: float, ec="k", fc="none", lw_mm: float = 0.3, z: float = 1, alpha: float = 1.0) -> None:  # noqa: ANN001
        self.ax.add_patch(Rectangle((x, y), w, h, ec=ec, fc=fc, lw=lw_mm * PT_PER_MM, zorder=z, alpha=alpha))

    def line(self, xs, ys, color="k", lw_mm: float = 0.2, z: float = 1, alpha: float = 1.0) -> None:  # noqa: ANN001
        self.ax.plot(xs, ys, color=color, lw=lw_mm * PT_PER_MM, zorder=z, alpha=alpha, solid_capstyle="butt")

    def image(self, arr: np.ndarray, x: float, y: float, w: float, h: float, z: float = 0.5, interp: str = "bilinear",
              radius: float = 0.0) -> None:
        im = self.ax.imshow(arr, extent=(x, x + w, y + h, y), zorder=z, interpolation=interp, aspect="auto")
        if radius > 0:  # a card's rounded corners
            clip = FancyBboxPatch((x + radius, y + radius), w - 2 * radius, h - 2 * radius, boxstyle=f"round,pad={radius}",
                                  transform=self.ax.transData, fc="none", ec="none")
            self.ax.add_patch(clip)
            im.set_clip_path(clip)
        self.ax.set_xlim(0, self.w)
        self.ax.set_ylim(self.h, 0)

    def guilloche_frame(self, x: float, y: float, w: float, h: float, band: float, color: str, rng: np.random.Generator, n: int = 5) -> None:
        """Interlaced sine bands along the four edges of a frame (the certificate border)."""
        per = 2 * (w + h)
        t = np.linspace(0, 1, 2400)
        s = t * per
        px = np.where(s < w, x + s, np.where(s < w + h, x + w, np.where(s < 2 * w + h, x + w - (s - w - h), x)))
        py = np.where(s < w, y, np.where(s < w + h, y + (s - w), np.where(s < 2 * w + h, y + h, y + h - (s - 2 * w - h))))
        nx = np.where(s < w, 0, np.where(s < w + h, -1, np.where(s < 2 * w + h, 0, 1)))
        ny = np.where(s < w, 1, np.where(s < w + h, 0, np.where(s < 2 * w + h, -1, 0)))
        k = float(rng.uniform(0.9, 1.6))
        for i in range(n):
            ph = 2 * np.pi * i / n
            off = band / 2 * (1 + np.sin(s / k + ph) * np.cos(s / (3.1 * k) + 0.7 * ph))
            self.line(px + nx * off, py + ny * off, color=color, lw_mm=0.12, z=0.8, alpha=0.8)

    def rosette(self, cx: float, cy: float, r: float, color: str, rng: np.random.Generator, alpha: float = 0.35) -> None:
        t = np.linspace(0, 2 * np.pi, 1500)
        a, b = int(rng.integers(5, 13)), float(rng.uniform(0.2, 0.45))
        for j in range(6):
            rr = r * (1 - 0.12 * j) * (1 - b + b * np.cos(a * t + j * 0.4))
            self.line(cx + rr * np.cos(t), cy + rr * np.sin(t), color=color, lw_mm=0.1, z=0.7, alpha=alpha)

    def star(self, cx: float, cy: float, r: float, color: str, rot: float = 0.0, z: float = 6, alpha: float = 1.0) -> None:
        pts = []
        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.382
            a = -math.pi / 2 + rot + i * math.pi / 5
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.ax.add_patch(Polygon(pts, closed=True, fc=color, ec="none", zorder=z, alpha=alpha))

    def emblem(self, cx: float, cy: float, r: float) -> None:
        """The national emblem, simplified: red field, gold gear ring, Tiananmen gate, five stars."""
        gold, red = "#d9a514", "#d21f1f"
        self.ax.add_patch(Circle((cx, cy), r, fc=gold, ec="none", zorder=5))
        self.ax.add_patch(Circle((cx, cy), r * 0.82, fc=red, ec="none", zorder=5))
        for i in range(18):  # wheat-ear ticks around the ring
            a = 2 * math.pi * i / 18
            self.line([cx + r * 0.84 * math.cos(a), cx + r * 0.98 * math.cos(a)],
                      [cy + r * 0.84 * math.sin(a), cy + r * 0.98 * math.sin(a)], color="#a87808", lw_mm=r * 0.05, z=5.5)
        self.star(cx, cy - r * 0.42, r * 0.26, gold)
        for i, a in enumerate((-0.9, -0.3, 0.3, 0.9)):
            self.star(cx + r * 0.46 * math.sin(a), cy - r * 0.42 - r * 0.34 * math.cos(a), r * 0.09, gold, rot=-a * (1 if i else 1))
        self.ax.add_patch(Rectangle((cx - r * 0.42, cy + r * 0.02), r * 0.84, r * 0.3, fc=gold, ec="none", zorder=6))
        self.ax.add_patch(Rectangle((cx - r * 0.5, cy + r * 0.32), r * 1.0, r * 0.1, fc=gold, ec="none", zorder=6))
        for i in range(5):
            self.ax.add_patch(Rectangle((cx - r * 0.34 + i * r * 0.16, cy + r * 0.1), r * 0.06, r * 0.18, fc=red, ec="none", zorder=6.5))
        self.ax.add_patch(Polygon([(cx - r * 0.5, cy + r * 0.02), (cx + r * 0.5, cy + r * 0.02), (cx, cy - r * 0.1)], fc=gold, ec="none", zorder=6))

    def seal(self, cx: float, cy: float, r: float, text: str, face: str, rng: np.random.Generator, bottom: str = "",
             color: str = "#d3272d", alpha: float = 0.82, ellipse: bool = False) -> None:
        """A round seal: ring, centre star, the name set character by character along the arc
        (TextPath moved by an Affine2D per glyph), an optional horizontal line below the star."""
        faces.check(face, text + bottom)
        self.used_faces.add(face)
        ring = Ellipse((cx, cy), 2 * r * (1.25 if ellipse else 1), 2 * r, fc="none", ec=color, lw=r * 0.07 * PT_PER_MM, zorder=9, alpha=alpha)
        self.ax.add_patch(ring)
        self.star(cx, cy, r * 0.3, color, z=9, alpha=alpha)
        fp = faces.prop(face)
        n = len(text)
        span = min(math.radians(250), math.radians(23) * n)
        ch_size = min(r * 0.36, r * span / max(n, 1) * 0.9)
        rt = r * 0.78
        for i, ch in enumerate(text):
            ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n  # screen angle, 0 = right, y down
            tp = TextPath((0, 0), ch, size=ch_size, prop=fp)
            bb = tp.get_extents()
            tr = (Affine2D().translate(-(bb.x0 + bb.x1) / 2, -(bb.y0 + bb.y1) / 2).scale(1, -1)
                  .rotate(ang + math.pi / 2).translate(cx + rt * math.cos(ang) * (1.25 if ellipse else 1), cy + rt * math.sin(ang)))
            self.ax.add_patch(PathPatch(tr.transform_path(tp), fc=color, ec="none", zorder=9, alpha=alpha))
        if bottom:
            size = r * 0.22
            tp = TextPath((0, 0), bottom, size=size, prop=fp)
            bb = tp.get_extents()
            tr = Affine2D().translate(-(bb.x0 + bb.x1) / 2, -(bb.y0 + bb.y1) / 2).scale(1, -1).translate(cx, cy + r * 0.55)
            self.ax.add_patch(PathPatch(tr.transform_path(tp), fc=color, ec="none", zorder=9, alpha=alpha))
        # uneven ink: a few pale specks over the seal
        for _ in range(int(rng.integers(4, 12))):
            a, d = rng.uniform(0, 2 * math.pi), rng.uniform(0, r)
            self.ax.add_patch(Circle((cx + d * math.cos(a), cy + d * math.sin(a)), r * rng.uniform(0.02, 0.08),
                                     fc="white", ec="none", alpha=0.35, zorder=9.5))

    def qr(self, x: float, y: float, size: float, rng: np.random.Generator) -> None:
        n = 29
        m = rng.random((n, n)) < 0.5
        for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
            m[oy:oy + 7, ox:ox + 7] = False
            m[oy:oy + 7, ox] = m[oy:oy + 7, ox + 6] = True
            m[oy, ox:ox + 7] = m[oy + 6, ox:ox + 7] = True
            m[oy + 2:oy + 5, ox + 2:ox + 5] = True
        img = np.where(m, 0.05, 1.0)
        self.image(np.dstack([img] * 3), x, y, size, size, z=2, interp="nearest")

    def path(self, verts, color="k", lw_mm: float = 0.3, z: float = 8, alpha: float = 1.0) -> None:  # noqa: ANN001
        self.ax.add_patch(PathPatch(MPath(verts), fc="none", ec=color, lw=lw_mm * PT_PER_MM, zorder=z, alpha=alpha,
                                    capstyle="round", joinstyle="round"))

    # ---- output -------------------------------------------------------------------------------
    def raster(self) -> tuple[np.ndarray, dict[str, list[tuple[float, float, float, float]]]]:
        """RGB uint8 pixels and each field's ink boxes as fractions of the page (x0, y0, x1, y1, y down)."""
        self.canvas.draw()
        buf = np.asarray(self.canvas.buffer_rgba())[..., :3].copy()
        H, W = buf.shape[:2]
        boxes = {}
        for key, arts in self.fields.items():
            bl = []
            for a in arts:
                bb = a.get_window_extent(self.renderer)
                bl.append((bb.x0 / W, 1 - bb.y1 / H, bb.x1 / W, 1 - bb.y0 / H))
            boxes[key] = bl
        return buf, boxes

    def pdf(self) -> bytes:
        import logging

        from matplotlib.backends.backend_pdf import FigureCanvasPdf
        logging.getLogger("fontTools").setLevel(logging.ERROR)  # AR PL faces' 'mort' table is dropped when subsetting
        FigureCanvasPdf(self.fig)
        out = io.BytesIO()
        self.fig.savefig(out, format="pdf", metadata={"CreationDate": None, "Producer": "zongchuang family ZK", "Creator": None})
        FigureCanvasAgg(self.fig)
        return out.getvalue()
