"""A page as the D drawer's command list: text runs placed with fontTools metrics (so wrapping and
centring are known here), vector shapes, and the boxes of every field's printed value (for glare and
thumb occluders). The same list becomes an e-licence PDF in pdfout.py."""

from __future__ import annotations

import functools
import os
import subprocess
from pathlib import Path

from fontTools.ttLib import TTFont

# face key -> (family as fontconfig names it, style); resolved to (file, index) by fc-list
FACES = {
    "serif": ("Noto Serif CJK SC", "Regular"),
    "serif_bold": ("Noto Serif CJK SC", "Bold"),
    "sans": ("Noto Sans CJK SC", "Regular"),
    "sans_bold": ("Noto Sans CJK SC", "Bold"),
    "song": ("AR PL SungtiL GB", "Regular"),
    "ming": ("AR PL UMing CN", "Light"),
    "kai": ("AR PL KaitiM GB", "Regular"),
    "ukai": ("AR PL UKai CN", "Book"),
    "hand": ("LXGW WenKai", "Regular"),
    "zenhei": ("WenQuanYi Zen Hei", "Regular"),
    "mono": ("DejaVu Sans Mono", "Book"),
    "latin": ("Liberation Sans", "Regular"),
}
FACE_IDS = {k: i for i, k in enumerate(FACES)}


@functools.cache
def face_files() -> dict[str, tuple[str, int]]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp"), "LC_ALL": "C.UTF-8"}
    out = subprocess.run(["fc-list", "-f", "%{file}|%{index}|%{family}|%{style}\n"], capture_output=True, text=True,
                         env=env, check=True).stdout
    found: dict[str, tuple[str, int]] = {}
    rows = [ln.split("|") for ln in out.splitlines() if ln.count("|") == 3]
    for key, (fam, style) in FACES.items():
        for path, idx, fams, styles in sorted(rows):
            if fam in fams.split(",") and style in styles.split(","):
                found[key] = (path, int(idx))
                break
    return found


def missing_faces() -> list[str]:
    have = face_files()
    return [f"{FACES[k][0]} {FACES[k][1]}" for k in FACES if k not in have]


@functools.cache
def metrics(face: str) -> tuple[dict[int, int], int]:
    path, idx = face_files()[face]
    f = TTFont(path, fontNumber=idx, lazy=True)
    cmap = f.getBestCmap()
    hmtx = f["hmtx"].metrics
    upem = f["head"].unitsPerEm
    adv = {cp: hmtx[g][0] for cp, g in cmap.items()}
    f.close()
    return adv, upem


def covers(face: str, text: str) -> bool:
    adv, _ = metrics(face)
    return all(ord(c) in adv for c in text)


def width(face: str, size: float, text: str, track: float = 0.0, xscale: float = 1.0) -> float:
    adv, upem = metrics(face)
    return sum(adv.get(ord(c), upem // 2) for c in text) * size / upem * xscale + track * len(text)


def fmt(v: float) -> str:
    return f"{v:.2f}"


class Page:
    def __init__(self, w: int, h: int, bg: tuple[float, float, float] = (1, 1, 1)) -> None:
        self.w, self.h, self.bg = w, h, bg
        self.ops: list[tuple] = []
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self.faces: set[str] = set()

    def text(self, face: str, size: float, x: float, y: float, s: str, color=(0, 0, 0), alpha: float = 1.0,
             angle: float = 0.0, track: float = 0.0, xscale: float = 1.0, field: str | None = None, align: str = "l") -> float:
        """Draw `s` with its baseline at y; align l/c/r about x. Returns the advance width."""
        if not s:
            return 0.0
        if not covers(face, s):
            face = next(f for f in ("sans", "serif", "zenhei") if covers(f, s))
        w = width(face, size, s, track, xscale)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        self.faces.add(face)
        self.ops.append(("T", face, size, x, y, color, alpha, angle, track, xscale, s))
        if field:
            self.boxes.setdefault(field, []).append((x, y - size * 0.92, x + w, y + size * 0.2))
        return w

    def wrap(self, face: str, size: float, s: str, maxw: float, track: float = 0.0) -> list[str]:
        lines, cur = [], ""
        for ch in s:
            if width(face, size, cur + ch, track) > maxw and cur:
                # keep closing punctuation with its line
                if ch in "，。；、）)：":
                    cur += ch
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, face: str, size: float, x: float, y: float, s: str, maxw: float, lead: float, field: str | None = None,
             color=(0, 0, 0), track: float = 0.0) -> float:
        """Wrapped text from baseline y; returns the baseline after the last line."""
        for ln in self.wrap(face, size, s, maxw, track):
            self.text(face, size, x, y, ln, color=color, field=field, track=track)
            y += lead
        return y

    def label(self, face: str, size: float, x: float, y: float, s: str, span_chars: int, color=(0, 0, 0)) -> None:
        """A label spread to the width of `span_chars` characters (名　　称)."""
        if len(s) >= span_chars or len(s) < 2:
            self.text(face, size, x, y, s, color=color)
            return
        total = span_chars * size
        w = width(face, size, s)
        track = (total - w) / (len(s) - 1)
        self.text(face, size, x, y, s, color=color, track=track)

    def rect(self, x, y, w, h, color=(0, 0, 0), alpha=1.0):
        self.ops.append(("R", x, y, w, h, color, alpha))

    def frame(self, x, y, w, h, lw, color=(0, 0, 0), alpha=1.0):
        self.line(x, y, x + w, y, lw, color, alpha)
        self.line(x + w, y, x + w, y + h, lw, color, alpha)
        self.line(x + w, y + h, x, y + h, lw, color, alpha)
        self.line(x, y + h, x, y, lw, color, alpha)

    def line(self, x0, y0, x1, y1, lw, color=(0, 0, 0), alpha=1.0):
        self.ops.append(("L", x0, y0, x1, y1, lw, color, alpha))

    def ring(self, cx, cy, r, lw, color=(0, 0, 0), alpha=1.0):
        self.ops.append(("C", cx, cy, r, lw, color, alpha))

    def ellipse(self, cx, cy, rx, ry, color=(0, 0, 0), alpha=1.0):
        self.ops.append(("E", cx, cy, rx, ry, color, alpha))

    def poly(self, pts, color=(0, 0, 0), alpha=1.0):
        self.ops.append(("Q", tuple(pts), color, alpha))

    def stroke(self, pts, lw, color=(0, 0, 0), alpha=1.0):
        self.ops.append(("Y", tuple(pts), lw, color, alpha))

    def mode(self, m: int) -> None:
        self.ops.append(("M", m))

    def commands(self) -> list[str]:
        """The D drawer's command lines for this page."""
        c = [f"P\t{self.w}\t{self.h}\t{self.bg[0]}\t{self.bg[1]}\t{self.bg[2]}"]
        for op in self.ops:
            k = op[0]
            if k == "T":
                _, face, size, x, y, col, a, ang, tr, xs, s = op
                c.append("\t".join(["T", str(FACE_IDS[face]), fmt(size), fmt(x), fmt(y), *map(fmt, col), fmt(a), fmt(ang), fmt(tr), fmt(xs), s]))
            elif k == "R":
                _, x, y, w, h, col, a = op
                c.append("\t".join(["R", *map(fmt, (x, y, w, h)), *map(fmt, col), fmt(a)]))
            elif k == "L":
                _, x0, y0, x1, y1, lw, col, a = op
                c.append("\t".join(["L", *map(fmt, (x0, y0, x1, y1, lw)), *map(fmt, col), fmt(a)]))
            elif k == "C":
                _, cx, cy, r, lw, col, a = op
                c.append("\t".join(["C", *map(fmt, (cx, cy, r, lw)), *map(fmt, col), fmt(a)]))
            elif k == "E":
                _, cx, cy, rx, ry, col, a = op
                c.append("\t".join(["E", *map(fmt, (cx, cy, rx, ry)), *map(fmt, col), fmt(a)]))
            elif k == "Q":
                _, pts, col, a = op
                c.append("\t".join(["Q", str(len(pts)), *(fmt(v) for p in pts for v in p), *map(fmt, col), fmt(a)]))
            elif k == "Y":
                _, pts, lw, col, a = op
                c.append("\t".join(["Y", str(len(pts)), *(fmt(v) for p in pts for v in p), fmt(lw), *map(fmt, col), fmt(a)]))
            elif k == "M":
                c.append(f"M\t{op[1]}")
        return c


def font_commands() -> list[str]:
    files = face_files()
    return [f"F\t{FACE_IDS[k]}\t{files[k][1]}\t{files[k][0]}" for k in FACES if k in files]


def here() -> Path:
    return Path(__file__).resolve().parent
