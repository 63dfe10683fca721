"""A page as a hand-written PostScript program, and Ghostscript running batches of them.

Coordinates in Python are millimetres from the top-left corner; each command converts to PostScript
points with y up. Text is placed by the generator itself: `show` for a run, per-character `moveto
show` for labels justified across their column (`名　　称`), `ashow` for letter-spaced titles, and its
own line breaking (no line starts with closing punctuation). Every value drawn for a truth field keeps
its box, so a capture that covers or cuts it can mark the field unreadable."""

from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from benchmarks.docgen_y import faces as F

MM = 72 / 25.4
NO_LINE_START = set("，。；、：）》」』”’！？%")
GS_TIMEOUT = 300


class Page:
    """One document page: its size in mm, its PostScript body, the faces it used and field boxes."""

    def __init__(self, w_mm: float, h_mm: float, bg: tuple[float, float, float] = (1, 1, 1)) -> None:
        self.w, self.h = w_mm, h_mm
        self.body: list[str] = []
        self.used: set[str] = set()
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self.rect(0, 0, w_mm, h_mm, fill=bg)

    # --- geometry ---------------------------------------------------------------------------
    def P(self, x: float, y: float) -> str:  # noqa: N802 - a point
        return f"{x * MM:.2f} {(self.h - y) * MM:.2f}"

    def color(self, c: tuple[float, float, float] | float) -> str:
        if isinstance(c, (int, float)):
            return f"{c:.3f} setgray"
        return f"{c[0]:.3f} {c[1]:.3f} {c[2]:.3f} setrgbcolor"

    def rect(self, x: float, y: float, w: float, h: float, fill=None, stroke=None, lw: float = 0.3) -> None:  # noqa: ANN001
        path = f"newpath {self.P(x, y + h)} moveto {w * MM:.2f} 0 rlineto 0 {h * MM:.2f} rlineto {-w * MM:.2f} 0 rlineto closepath"
        if fill is not None:
            self.body.append(f"{self.color(fill)} {path} fill")
        if stroke is not None:
            self.body.append(f"{self.color(stroke)} {lw * MM:.2f} setlinewidth {path} stroke")

    def line(self, x0: float, y0: float, x1: float, y1: float, c=0.0, lw: float = 0.3) -> None:  # noqa: ANN001
        self.body.append(f"{self.color(c)} {lw * MM:.2f} setlinewidth newpath {self.P(x0, y0)} moveto {self.P(x1, y1)} lineto stroke")

    def polyline(self, pts: np.ndarray, c=0.0, lw: float = 0.2, close: bool = False, fill: bool = False) -> None:  # noqa: ANN001
        cmds = [f"{self.P(pts[0][0], pts[0][1])} moveto"] + [f"{self.P(x, y)} lineto" for x, y in pts[1:]]
        end = (" closepath" if close or fill else "") + (" fill" if fill else " stroke")
        self.body.append(f"{self.color(c)} {lw * MM:.2f} setlinewidth 1 setlinejoin newpath " + " ".join(cmds) + end)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill=None, stroke=None, lw: float = 0.5) -> None:  # noqa: ANN001
        path = f"gsave {self.P(cx, cy)} translate {rx / ry:.4f} 1 scale newpath 0 0 {ry * MM:.2f} 0 360 arc"
        if fill is not None:
            self.body.append(f"{self.color(fill)} {path} fill grestore")
        if stroke is not None:
            self.body.append(f"{self.color(stroke)} {lw * MM * ry / rx:.2f} setlinewidth {path} stroke grestore")

    # --- text -------------------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, face: str, size: float, c=0.0, key: str | None = None,  # noqa: ANN001
             spacing: float = 0.0, anchor: str = "l") -> float:
        """Draw run `s` with its baseline at y (mm), size in mm; returns its width in mm."""
        if not s:
            return 0.0
        face = F.resolve(face, s)
        self.used.add(face)
        w = F.width(face, s) * size + spacing * (len(s) - 1)
        if anchor == "c":
            x -= w / 2
        elif anchor == "r":
            x -= w
        op = f"{spacing * MM:.2f} 0 {F.encode(face, s)} ashow" if spacing else f"{F.encode(face, s)} show"
        self.body.append(f"{self.color(c)} {F.setfont(face, size * MM)} {self.P(x, y)} moveto {op}")
        if key:
            self.boxes.setdefault(key, []).append((x, y - size * 0.9, x + w, y + size * 0.15))
        return w

    def justified(self, x: float, y: float, s: str, span: float, face: str, size: float, c=0.0) -> None:  # noqa: ANN001
        """A label spread across `span` mm, first character at x, last ending at x + span, one
        `moveto show` per character (the `名　　称` of licences)."""
        chars = [ch for ch in s if not ch.isspace() and ch != "\u3000"]
        face = F.resolve(face, "".join(chars))
        self.used.add(face)
        if len(chars) == 1:
            self.text(x, y, chars[0], face, size, c)
            return
        ws = [F.width(face, ch) * size for ch in chars]
        gap = (span - sum(ws)) / (len(chars) - 1)
        parts = [self.color(c), F.setfont(face, size * MM)]
        cx = x
        for ch, w in zip(chars, ws, strict=False):
            parts.append(f"{self.P(cx, y)} moveto {F.encode(face, ch)} show")
            cx += w + gap
        self.body.append(" ".join(parts))

    def wrap(self, s: str, face: str, size: float, first: float, rest: float | None = None) -> list[str]:
        """Break `s` into lines no wider than `first` mm (then `rest`), never starting a line with
        closing punctuation (it stays at the end of the line before, as typesetters do)."""
        face = F.resolve(face, s)
        rest = first if rest is None else rest
        lines: list[str] = []
        cur, limit = "", first
        for ch in s:
            if cur and F.width(face, cur + ch) * size > limit and ch not in NO_LINE_START:
                lines.append(cur)
                cur, limit = "", rest
            cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x: float, y: float, s: str, face: str, size: float, width: float, lead: float,  # noqa: ANN001
             c=0.0, key: str | None = None, first_width: float | None = None, first_x: float | None = None) -> float:
        """Wrapped text; returns the y of the last baseline."""
        lines = self.wrap(s, face, size, first_width or width, width)
        for i, ln in enumerate(lines):
            self.text(first_x if (i == 0 and first_x is not None) else x, y + i * lead, ln, face, size, c, key)
        return y + (len(lines) - 1) * lead

    def arc_text(self, cx: float, cy: float, r: float, s: str, face: str, size: float, start: float, end: float, c) -> None:  # noqa: ANN001
        """Characters along a circle, upright towards the centre (a seal's legend): `rotate` per character."""
        face = F.resolve(face, s)
        self.used.add(face)
        n = len(s)
        parts = [self.color(c), F.setfont(face, size * MM)]
        for i, ch in enumerate(s):
            a = start + (end - start) * (i / (n - 1) if n > 1 else 0.5)
            w = F.width(face, ch) * size
            parts.append(f"gsave {self.P(cx, cy)} translate {-a:.2f} rotate {-w / 2 * MM:.2f} {(r - size) * MM:.2f} moveto "
                         f"{F.encode(face, ch)} show grestore")
        self.body.append(" ".join(parts))

    # --- furniture --------------------------------------------------------------------------
    def seal(self, cx: float, cy: float, r: float, legend: str, face: str, bottom: str = "", c=(0.86, 0.12, 0.12),
             rot: float = 0.0) -> None:
        """A round red seal: double ring, star, legend along the top arc (rotate per character)."""
        self.body.append(f"gsave {self.P(cx, cy)} translate {rot:.1f} rotate {-cx * MM:.2f} {-(self.h - cy) * MM:.2f} translate")
        self.ellipse(cx, cy, r, r, stroke=c, lw=r * 0.07)
        star = []
        for k in range(10):
            rr = r * (0.22 if k % 2 == 0 else 0.09)
            a = math.pi / 2 + k * math.pi / 5
            star.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
        self.polyline(np.array(star), c=c, fill=True)
        span = min(250.0, 20.0 * len(legend) + 30)
        self.arc_text(cx, cy, r * 0.93, legend, face, r * 0.26, -span / 2, span / 2, c)
        if bottom:
            self.text(cx, cy + r * 0.55, bottom, face, r * 0.2, c, anchor="c")
        self.body.append("grestore")

    def guilloche(self, x: float, y: float, w: float, h: float, rng: np.random.Generator, c, n: int = 3) -> None:  # noqa: ANN001
        """A rosette-like border: sine-modulated lines running round a rectangle band."""
        t = np.linspace(0, 1, 900)
        per = 2 * (w + h)
        s = t * per
        bx = np.where(s < w, s, np.where(s < w + h, w, np.where(s < 2 * w + h, w - (s - w - h), 0)))
        by = np.where(s < w, 0, np.where(s < w + h, s - w, np.where(s < 2 * w + h, h, h - (s - 2 * w - h))))
        freq = int(rng.integers(90, 160))
        for k in range(n):
            amp = 1.6 + 0.5 * k
            off = amp * np.sin(2 * math.pi * freq * t + k * 2.1)
            inward_x = np.where(s < w, 0, np.where(s < w + h, -1, np.where(s < 2 * w + h, 0, 1)))
            inward_y = np.where(s < w, 1, np.where(s < w + h, 0, np.where(s < 2 * w + h, -1, 0)))
            pts = np.stack([x + bx + inward_x * (2.5 + off), y + by + inward_y * (2.5 + off)], axis=1)
            self.polyline(pts, c=c, lw=0.12, close=True)

    def qr(self, x: float, y: float, size: float, rng: np.random.Generator, n: int = 29) -> None:
        """A QR-like block: three finder squares and random modules."""
        m = rng.random((n, n)) < 0.5
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            m[fy:fy + 7, fx:fx + 7] = False
            m[fy:fy + 7, fx] = m[fy:fy + 7, fx + 6] = True
            m[fy, fx:fx + 7] = m[fy + 6, fx:fx + 7] = True
            m[fy + 2:fy + 5, fx + 2:fx + 5] = True
        u = size / n
        cmds = []
        for r in range(n):
            for q in range(n):
                if m[r, q]:
                    cmds.append(f"{self.P(x + q * u, y + (r + 1) * u)} {u * MM:.2f} {u * MM:.2f} rectfill")
        self.body.append("0 setgray " + " ".join(cmds))

    def photo(self, x: float, y: float, w: float, h: float, rng: np.random.Generator) -> None:
        """An ID photo: light background, a head and shoulders in greys."""
        bgc = 0.93 + 0.05 * rng.random()
        self.body.append(f"gsave newpath {self.P(x, y + h)} moveto {w * MM:.2f} 0 rlineto 0 {h * MM:.2f} rlineto "
                         f"{-w * MM:.2f} 0 rlineto closepath clip")
        self.rect(x, y, w, h, fill=(bgc, bgc, min(1.0, bgc + 0.03)))
        skin = 0.55 + 0.2 * rng.random()
        self.ellipse(x + w * 0.5, y + h * 0.95, w * 0.48, h * 0.3, fill=0.15 + 0.2 * rng.random())
        self.ellipse(x + w * 0.5, y + h * 0.42, w * 0.24, h * 0.28, fill=(skin, skin * 0.85, skin * 0.75))
        self.ellipse(x + w * 0.5, y + h * 0.24, w * 0.27, h * 0.14, fill=0.08)
        self.body.append("grestore")

    def handwriting(self, x: float, y: float, w: float, rng: np.random.Generator, c=(0.1, 0.1, 0.45)) -> None:  # noqa: ANN001
        """A signature scrawl: a smooth random pen path."""
        t = np.linspace(0, 1, 120)
        k = rng.random(4) * 3 + 2
        xs = x + w * t + 1.2 * np.sin(2 * math.pi * k[0] * t)
        ys = y - 2.5 * np.sin(2 * math.pi * k[1] * t + k[2]) * np.exp(-t * k[3] / 3)
        self.polyline(np.stack([xs, ys], axis=1), c=c, lw=0.45)

    def program(self) -> str:
        """The whole page as a PostScript program (one page, wrapped in save/restore)."""
        return (f"save\n<< /PageSize [{self.w * MM:.2f} {self.h * MM:.2f}] >> setpagedevice\n"
                + F.prolog(self.used) + "\n" + "\n".join(self.body) + "\nshowpage\nrestore\n")


def render(programs: list[str], dpis: list[int], device: str = "ppmraw", alpha: int = 4) -> list[bytes]:
    """Rasterise page programs in one Ghostscript run (resolution per page via /HWResolution);
    returns the PNM bytes of each page. Raises with gs's own message on any error or substitution."""
    tmp = Path(tempfile.mkdtemp(prefix="famy_ps_"))
    try:
        src = ["%!PS-Adobe-3.0\n"]
        for prog, dpi in zip(programs, dpis, strict=False):
            src.append(f"<< /HWResolution [{dpi} {dpi}] >> setpagedevice\n" + prog)
        (tmp / "doc.ps").write_text("".join(src), encoding="ascii")
        args = ["gs", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dQUIET", f"-I{F.cidfmap_dir()}", f"-sDEVICE={device}",
                f"-dTextAlphaBits={alpha}", f"-dGraphicsAlphaBits={alpha}", f"-sOutputFile={tmp}/p%04d.pnm",
                str(tmp / "doc.ps")]
        r = subprocess.run(args, capture_output=True, timeout=GS_TIMEOUT)
        err = (r.stdout + r.stderr).decode("latin-1")
        if r.returncode or "ubstitut" in err or "an't find" in err or "Error" in err:
            raise RuntimeError(f"ghostscript failed ({r.returncode}): {err[:2000]}")
        return [(tmp / f"p{i + 1:04d}.pnm").read_bytes() for i in range(len(programs))]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def to_pdf(program: str, out: Path) -> None:
    """A page that stays a PDF (a downloaded e-licence, a printer's PDF): Ghostscript's pdfwrite,
    fonts embedded as subsets."""
    with tempfile.TemporaryDirectory(prefix="famy_pdf_") as tmp:
        (Path(tmp) / "doc.ps").write_text("%!PS-Adobe-3.0\n" + program, encoding="ascii")
        r = subprocess.run(["gs", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dQUIET", f"-I{F.cidfmap_dir()}",
                            "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={out}",
                            "-dOmitInfoDate", "-dOmitID", "-dOmitXMP", str(Path(tmp) / "doc.ps")],
                           capture_output=True, timeout=GS_TIMEOUT)
        err = (r.stdout + r.stderr).decode("latin-1")
        if r.returncode or "ubstitut" in err or "Error" in err:
            raise RuntimeError(f"ghostscript pdfwrite failed ({r.returncode}): {err[:2000]}")
