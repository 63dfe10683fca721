"""A page as an ImageMagick MVG drawing script: every run placed by its own x/y from the faces'
advance widths (fontTools), spread labels one character at a time, seals with characters rotated
along the ring, guilloche lines as polylines. Rendered by `convert mvg:- out.png` (policy here
forbids `-draw @file`, so the script goes in on stdin)."""

from __future__ import annotations

import math
import subprocess

from benchmarks.docgen_o import faces as F

CONVERT = "/usr/bin/convert"


def q(s: str) -> str:
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


class Page:
    def __init__(self, w: int, h: int, bg: str = "#FFFFFF"):
        self.w, self.h = w, h
        self.ops: list[str] = [f"viewbox 0 0 {w} {h}", f"fill '{bg}'", f"rectangle 0,0 {w},{h}"]
        self.boxes: dict[str, tuple[float, float, float, float]] = {}
        self.faces_used: set[str] = set()

    # drawing primitives
    def raw(self, *ops: str) -> None:
        self.ops.extend(ops)

    def rect(self, x0, y0, x1, y1, fill="none", stroke="#000000", sw=1.0) -> None:
        self.ops += ["push graphic-context", f"fill '{fill}'", f"stroke '{stroke}'", f"stroke-width {sw}",
                     f"rectangle {x0:.1f},{y0:.1f} {x1:.1f},{y1:.1f}", "pop graphic-context"]

    def line(self, x0, y0, x1, y1, stroke="#000000", sw=1.0) -> None:
        self.ops += ["push graphic-context", f"stroke '{stroke}'", f"stroke-width {sw}",
                     f"line {x0:.1f},{y0:.1f} {x1:.1f},{y1:.1f}", "pop graphic-context"]

    def ellipse(self, cx, cy, rx, ry, fill="none", stroke="none", sw=1.0) -> None:
        self.ops += ["push graphic-context", f"fill '{fill}'", f"stroke '{stroke}'", f"stroke-width {sw}",
                     f"ellipse {cx:.1f},{cy:.1f} {rx:.1f},{ry:.1f} 0,360", "pop graphic-context"]

    def polyline(self, pts, stroke="#000000", sw=1.0, fill="none") -> None:
        self.ops += ["push graphic-context", f"fill '{fill}'", f"stroke '{stroke}'", f"stroke-width {sw}",
                     ("polygon " if fill != "none" else "polyline ") + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts),
                     "pop graphic-context"]

    # text
    def text(self, x: float, y: float, s: str, face: str, size: float, fill: str = "#000000",
             spacing: float = 0.0, key: str | None = None, stroke: float = 0.0, angle: float = 0.0) -> float:
        """Draw `s` with its baseline at y from x; returns the advance. Runs are split over the face's
        chain by cmap first, so every piece is drawn in a face that has it."""
        x0 = x
        ops = ["push graphic-context", f"fill '{fill}'", f"font-size {size:.1f}"]
        if stroke:
            ops += [f"stroke '{fill}'", f"stroke-width {stroke:.2f}"]
        else:
            ops += ["stroke none"]
        if angle:
            ops += [f"translate {x:.1f},{y:.1f}", f"rotate {angle:.2f}"]
            ox, oy = 0.0, 0.0
        else:
            ox, oy = x, y
        cx = ox
        for fc, seg in F.split(face, s):
            self.faces_used.add(fc)
            ops.append(f"font {q(F.FACES[fc])}")
            if spacing or seg.strip() != seg or " " in seg:
                for ch in seg:
                    if not ch.isspace():
                        F.RUNS.append((fc, ch))
                        ops.append(f"text {cx:.1f},{oy:.1f} {q(ch)}")
                    cx += F.advance(fc, ch, size) + spacing
            else:
                F.RUNS.append((fc, seg))
                ops.append(f"text {cx:.1f},{oy:.1f} {q(seg)}")
                cx += sum(F.advance(fc, ch, size) for ch in seg)
        ops.append("pop graphic-context")
        self.ops += ops
        adv = cx - ox
        if key:
            self._box(key, x0, y - size * 0.92, x0 + adv, y + size * 0.2)
        return adv

    def _box(self, key, x0, y0, x1, y1) -> None:
        if key in self.boxes:
            a = self.boxes[key]
            self.boxes[key] = (min(a[0], x0), min(a[1], y0), max(a[2], x1), max(a[3], y1))
        else:
            self.boxes[key] = (x0, y0, x1, y1)

    def spread(self, x: float, y: float, s: str, face: str, size: float, total: float, fill="#000000") -> None:
        """A label spread over `total` pixels one character at a time (名　　称)."""
        chars = [c for c in s if not c.isspace()]
        if len(chars) == 1:
            self.text(x, y, chars[0], face, size, fill)
            return
        ws = [F.width(face, c, size) for c in chars]
        gap = (total - sum(ws)) / (len(chars) - 1)
        cx = x
        for c, w in zip(chars, ws, strict=False):
            self.text(cx, y, c, face, size, fill)
            cx += w + gap

    def wrap_lines(self, s: str, face: str, size: float, maxw: float, first: float | None = None,
                   spacing: float = 0.0) -> list[str]:
        lines, cur, cw = [], "", 0.0
        limit = first if first is not None else maxw
        for ch in s:
            w = F.width(face, ch, size) + spacing
            if cur and cw + w > limit:
                lines.append(cur)
                cur, cw, limit = "", 0.0, maxw
            cur += ch
            cw += w
        if cur:
            lines.append(cur)
        return lines

    def para(self, x: float, y: float, s: str, face: str, size: float, maxw: float, lh: float,
             key: str | None = None, fill="#000000", spacing: float = 0.0, max_lines: int | None = None) -> float:
        """Wrapped text from baseline y; returns the baseline after the last line."""
        lines = self.wrap_lines(s, face, size, maxw, spacing=spacing)
        if max_lines and len(lines) > max_lines:
            raise OverflowError(f"{len(lines)} lines > {max_lines}")
        for ln in lines:
            self.text(x, y, ln, face, size, fill, spacing=spacing, key=key)
            y += lh
        return y

    def seal(self, cx: float, cy: float, r: float, ring: str, centre: str = "", face: str = "uming",
             color: str = "#D0161BBB", sw: float | None = None) -> None:
        """A round official seal: ring, star, the authority's name along the top arc."""
        sw = sw or r * 0.05
        self.ellipse(cx, cy, r, r, stroke=color, sw=sw)
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r * (0.28 if i % 2 == 0 else 0.11)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.polyline(pts, stroke="none", fill=color)
        chars = [c for c in ring if not c.isspace()]
        n = len(chars)
        span = min(250.0, 18.0 * n)
        size = min(r * 0.3, 2 * math.pi * r * 0.72 * span / 360 / max(n, 1))
        for i, ch in enumerate(chars):
            ang = -90 - span / 2 + span * (i + 0.5) / n
            a = math.radians(ang)
            rr = r * 0.78
            x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
            w = F.width(face, ch, size)
            self.text(x - w / 2 * math.cos(a + math.pi / 2), y - w / 2 * math.sin(a + math.pi / 2), ch, face, size,
                      fill=color, angle=ang + 90)
        if centre:
            w = F.width(face, centre, r * 0.18)
            self.text(cx - w / 2, cy + r * 0.55, centre, face, r * 0.18, fill=color)

    def render(self, out: str) -> None:
        script = "\n".join(self.ops) + "\n"
        subprocess.run([CONVERT, "mvg:-", out], input=script.encode("utf-8"), check=True,
                       capture_output=True)
