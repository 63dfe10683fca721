"""A page drawn with matplotlib's Agg: one axes in millimetres over the whole figure, each run placed
by `ax.text` with its own x/y (matplotlib's FreeType layout), horizontally condensed or faux-bold runs
as `TextPath` + `PathPatch` (the way a printer's driver squeezes a value), rules as `Line2D`,
boxes as `Rectangle`, seals as `PathPatch`. Faces are pinned to files: faces inside a TrueType
collection are written out once as single fonts (matplotlib opens index 0 of a collection), and every
drawn character is checked against the pinned face's cmap (Agg falls back silently otherwise)."""

from __future__ import annotations

import math
import os
from functools import cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
from fontTools.ttLib import TTCollection, TTFont  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Circle, Ellipse, PathPatch, Rectangle  # noqa: E402
from matplotlib.path import Path as MPath  # noqa: E402
from matplotlib.textpath import TextPath, text_to_path  # noqa: E402
from matplotlib.transforms import Affine2D  # noqa: E402

NOTO = "/usr/share/fonts/opentype/noto"
# face name -> (file, index in a collection or None)
FACES = {
    "serif_light": (f"{NOTO}/NotoSerifCJK-Light.ttc", "Noto Serif CJK SC Light"),
    "sans_medium": (f"{NOTO}/NotoSansCJK-Medium.ttc", "Noto Sans CJK SC Medium"),
    "kaiti_gb": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", None),
    "wenkai_mono": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", None),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", None),   # index 0 is Micro Hei
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", None),
}
PT = 25.4 / 72          # millimetres per point


def _font_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_n_fonts"
    base.mkdir(parents=True, exist_ok=True)
    return base


@cache
def face_file(face: str) -> str:
    """The single-font file of a face; a collection member is written out once (fontTools)."""
    src, member = FACES[face]
    if member is None:
        return src
    out = _font_dir() / (member.replace(" ", "") + ".otf")
    if not out.exists():
        coll = TTCollection(src)
        for f in coll.fonts:
            if f["name"].getDebugName(4) == member:
                tmp = out.with_suffix(".tmp")
                f.save(str(tmp))
                tmp.rename(out)
                break
        else:
            raise RuntimeError(f"{member} not in {src}")
    return str(out)


@cache
def cmap(face: str) -> frozenset[int]:
    return frozenset(TTFont(face_file(face), lazy=True, fontNumber=0).getBestCmap())


@cache
def prop(face: str) -> FontProperties:
    return FontProperties(fname=face_file(face))


@cache
def _advance(face: str, ch: str) -> float:
    """One character's advance in em (measured at 100 pt)."""
    p = prop(face).copy()
    p.set_size(100)
    w, _, _ = text_to_path.get_text_width_height_descent(ch, p, ismath=False)
    return w / 100


def missing(face: str, text: str) -> list[str]:
    cm = cmap(face)
    return [c for c in text if not c.isspace() and ord(c) not in cm]


class Page:
    """A W×H mm page; `runs` keeps (key, text, face) of every drawn run, `boxes` the mm box of each
    keyed value row (for marks placed over or around values)."""

    def __init__(self, w: float, h: float, px_per_mm: float, bg: str = "#ffffff"):
        self.w, self.h, self.ppm = w, h, px_per_mm
        self.fig = Figure(figsize=(w / 25.4, h / 25.4), dpi=px_per_mm * 25.4, facecolor=bg)
        FigureCanvasAgg(self.fig)
        self.ax = self.fig.add_axes((0, 0, 1, 1))
        self.ax.set_xlim(0, w)
        self.ax.set_ylim(h, 0)
        self.ax.axis("off")
        self.runs: list[tuple[str | None, str, str]] = []
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self.faces: set[str] = set()

    # -- text ---------------------------------------------------------------------------------
    def width(self, s: str, face: str, pt: float, squeeze: float = 1.0) -> float:
        """The advance of s in mm: the sum of its characters' advances (CJK faces kern little),
        each measured once by matplotlib's FreeType layout; wrapping measures a row per character."""
        return sum(_advance(face, ch) for ch in s) * pt * PT * squeeze

    def _check(self, face: str, s: str) -> None:
        miss = missing(face, s)
        if miss:
            raise ValueError(f"face {face} lacks {''.join(miss)!r} in {s!r}")
        self.faces.add(face)

    def text(self, x: float, y: float, s: str, face: str, pt: float, color: str = "#111111", key: str | None = None,
             ha: str = "left", squeeze: float = 1.0, bold: float = 0.0, rot: float = 0.0, alpha: float = 1.0) -> float:
        """Draw one run with its baseline at y (mm); return its width in mm. squeeze < 1 or bold > 0
        draws it as a path (condensed / faux bold), otherwise as an Agg text run."""
        if not s:
            return 0.0
        self._check(face, s)
        w = self.width(s, face, pt, squeeze)
        x0 = x - w if ha == "right" else x - w / 2 if ha == "center" else x
        if squeeze == 1.0 and not bold:
            self.ax.text(x0, y, s, fontproperties=prop(face), fontsize=pt, color=color, va="baseline",
                         ha="left", rotation=rot, rotation_mode="anchor", alpha=alpha)
        else:
            path = TextPath((0, 0), s, size=pt * PT, prop=prop(face))
            tr = Affine2D().scale(squeeze, -1).rotate_deg(-rot).translate(x0, y)
            self.ax.add_patch(PathPatch(tr.transform_path(path), facecolor=color, edgecolor=color if bold else "none",
                                        linewidth=bold, alpha=alpha))
        self.runs.append((key, s, face))
        if key:
            self.boxes.setdefault(key, []).append((x0, y - pt * PT * 0.88, w, pt * PT * 1.1))
        return w

    def wrap(self, s: str, face: str, pt: float, width: float, squeeze: float = 1.0) -> list[str]:
        rows, cur = [], ""
        for ch in s:
            if cur and self.width(cur + ch, face, pt, squeeze) > width:
                # keep closing punctuation on the row it closes
                if ch in "；，、。）)":
                    cur += ch
                    rows.append(cur)
                    cur = ""
                    continue
                if cur.endswith(("（", "(")):        # an opening bracket starts the next row
                    rows.append(cur[:-1])
                    cur = cur[-1] + ch
                    continue
                rows.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            rows.append(cur)
        return rows

    def block(self, x: float, y: float, s: str, face: str, pt: float, width: float, lead: float, key: str | None = None,
              squeeze: float = 1.0, bold: float = 0.0, color: str = "#111111") -> float:
        """Wrap s into rows inside width; return the y below the last row."""
        for row in self.wrap(s, face, pt, width, squeeze):
            self.text(x, y, row, face, pt, color, key=key, squeeze=squeeze, bold=bold)
            y += lead
        return y

    def spread(self, x: float, y: float, s: str, face: str, pt: float, width: float, color: str = "#111111") -> None:
        """A label spread over a fixed width one character at a time (名　　称)."""
        if len(s) == 1:
            self.text(x, y, s, face, pt, color)
            return
        cw = pt * PT
        step = (width - cw) / (len(s) - 1)
        for i, ch in enumerate(s):
            self.text(x + i * step, y, ch, face, pt, color)
        self.runs.append((None, s, face))

    # -- shapes -------------------------------------------------------------------------------
    def line(self, x0, y0, x1, y1, lw=0.6, color="#222222", ls="-"):
        self.ax.add_line(Line2D([x0, x1], [y0, y1], linewidth=lw, color=color, linestyle=ls))

    def rect(self, x, y, w, h, lw=0.6, edge="#222222", face="none", alpha=1.0):
        self.ax.add_patch(Rectangle((x, y), w, h, linewidth=lw, edgecolor=edge, facecolor=face, alpha=alpha))

    def circle(self, cx, cy, r, lw=0.6, edge="#222222", face="none", alpha=1.0):
        self.ax.add_patch(Circle((cx, cy), r, linewidth=lw, edgecolor=edge, facecolor=face, alpha=alpha))

    def ellipse(self, cx, cy, w, h, face):
        self.ax.add_patch(Ellipse((cx, cy), w, h, facecolor=face, edgecolor="none"))

    def star(self, cx, cy, r, color):
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r if i % 2 == 0 else r * 0.38
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        verts = pts + [pts[0]]
        codes = [MPath.MOVETO] + [MPath.LINETO] * 9 + [MPath.CLOSEPOLY]
        self.ax.add_patch(PathPatch(MPath(verts, codes), facecolor=color, edgecolor="none"))

    def seal(self, cx, cy, r, name: str, face: str, color="#d0262b", sub: str = ""):
        """A round official seal: ring, star, the authority's name along the upper arc (one rotated
        run per character), an optional line under the star."""
        self.ax.add_patch(PathPatch(MPath.circle((cx, cy), r), facecolor="none", edgecolor=color, linewidth=r * 0.35,
                                    alpha=0.85))
        self.star(cx, cy, r * 0.3, color)
        n = len(name)
        span = min(250.0, 22.0 * n)
        step = math.radians(span / n) * r * 0.72
        pt = min(r * 0.3, step * 0.92) / PT
        self._check(face, name)
        for i, ch in enumerate(name):
            a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
            rr = r * 0.72
            x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
            path = TextPath((0, 0), ch, size=pt * PT, prop=prop(face))
            rot = math.degrees(a) + 90
            tr = Affine2D().translate(-pt * PT / 2, -pt * PT * 0.4).scale(1, -1).rotate_deg(rot).translate(x, y)
            self.ax.add_patch(PathPatch(tr.transform_path(path), facecolor=color, edgecolor="none", alpha=0.85))
        if sub:
            self.text(cx, cy + r * 0.62, sub, face, pt * 0.8, color, ha="center", alpha=0.85)

    def guilloche(self, x, y, w, h, color, n=18, lw=0.25, seed=0):
        """Fine wave lines of a security background."""
        t = np.linspace(0, 1, 400)
        for i in range(n):
            yy = y + h * (i + 0.5) / n + h / n * 0.6 * np.sin(2 * math.pi * (3 + i % 4) * t + i * 0.7 + seed)
            self.ax.add_line(Line2D(x + w * t, yy, linewidth=lw, color=color, alpha=0.5))

    def render(self) -> np.ndarray:
        """The page as an RGB uint8 array (Agg)."""
        self.fig.canvas.draw()
        buf = np.asarray(self.fig.canvas.buffer_rgba())[:, :, :3].copy()
        self.fig.clear()
        return buf

    def to_px(self, box):
        x, y, w, h = box
        return int(x * self.ppm), int(y * self.ppm), int(w * self.ppm), int(h * self.ppm)
