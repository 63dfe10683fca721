"""Hand-written SVG for family M: every run of text is a `<text>` with its own x/y (spread labels are
one `<text>` per character, since librsvg ignores `textLength`), rules are `<rect>`/`<path>`, and faces
are pinned by file through a private fontconfig (only M's files are visible to Pango, so a missing
glyph cannot fall back silently; `check` also verifies each run against its face's cmap).

Widths come from the face's own advance widths (fontTools hmtx), so wrapping and the boxes the
captures cover (a pen over one value) follow what librsvg draws."""

from __future__ import annotations

import functools
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

NOTO = "/usr/share/fonts/opentype/noto"
TT = "/usr/share/fonts/truetype"


@dataclass(frozen=True)
class Face:
    key: str
    path: str
    index: int          # face in a .ttc (Noto: 2 = SC)
    family: str
    weight: int


FACES = {f.key: f for f in (
    Face("serif-xlight", f"{NOTO}/NotoSerifCJK-ExtraLight.ttc", 2, "Noto Serif CJK SC", 200),
    Face("serif-black", f"{NOTO}/NotoSerifCJK-Black.ttc", 2, "Noto Serif CJK SC", 900),
    Face("sans-thin", f"{NOTO}/NotoSansCJK-Thin.ttc", 2, "Noto Sans CJK SC", 100),
    Face("sans-black", f"{NOTO}/NotoSansCJK-Black.ttc", 2, "Noto Sans CJK SC", 900),
    Face("kaiti", f"{TT}/arphic-gkai00mp/gkai00mp.ttf", 0, "AR PL KaitiM GB", 400),
    Face("microhei", f"{TT}/wqy/wqy-microhei.ttc", 0, "WenQuanYi Micro Hei", 400),
    Face("wenkai-mono", f"{TT}/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0, "LXGW WenKai Mono", 400),
    Face("smiley", f"{TT}/smiley-sans/SmileySans-Oblique.ttf", 0, "Smiley Sans", 400),
)}
FACE_NAMES = {"serif-xlight": "Noto Serif CJK SC ExtraLight", "serif-black": "Noto Serif CJK SC Black",
              "sans-thin": "Noto Sans CJK SC Thin", "sans-black": "Noto Sans CJK SC Black",
              "kaiti": "AR PL KaitiM GB", "microhei": "WenQuanYi Micro Hei",
              "wenkai-mono": "LXGW WenKai Mono", "smiley": "Smiley Sans Oblique"}


NO_ROW_START = set("。，、；：）》」』！？.,;:)")


@functools.cache
def _metrics(key: str) -> tuple[dict[int, int], float]:
    from fontTools.ttLib import TTFont
    f = FACES[key]
    font = TTFont(f.path, fontNumber=f.index, lazy=True)
    cmap = font.getBestCmap()
    hmtx = font["hmtx"].metrics
    upem = font["head"].unitsPerEm
    adv = {cp: hmtx[g][0] for cp, g in cmap.items()}
    return adv, float(upem)


def missing(key: str, text: str) -> set[str]:
    adv, _ = _metrics(key)
    return {ch for ch in text if ch not in " \n" and ord(ch) not in adv}


def width(key: str, text: str, size: float) -> float:
    adv, upem = _metrics(key)
    return sum(adv.get(ord(ch), upem) for ch in text) * size / upem


def wrap(key: str, text: str, size: float, maxw: float, scale: float = 1.0) -> list[str]:
    """Greedy rows by measured width, as a template's fixed text box breaks them."""
    rows, cur = [], ""
    for ch in text:
        if cur and width(key, cur + ch, size) * scale > maxw:
            rows.append(cur)
            cur = ""
        cur += ch
    if cur:
        rows.append(cur)
    # no row starts with closing punctuation (the typesetter's rule): pull it back onto the row above
    for i in range(1, len(rows)):
        while rows[i] and rows[i][0] in NO_ROW_START:
            rows[i - 1] += rows[i][0]
            rows[i] = rows[i][1:]
    return [r for r in rows if r]


@dataclass
class Svg:
    w: int
    h: int
    parts: list[str] = field(default_factory=list)
    runs: list[tuple[str, str]] = field(default_factory=list)      # (face key, text) for cmap checks
    boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)  # field -> x0,y0,x1,y1
    faces: set[str] = field(default_factory=set)
    defs: list[str] = field(default_factory=list)

    def add(self, s: str) -> None:
        self.parts.append(s)

    def rect(self, x, y, w, h, fill="none", stroke="#000", sw=1.0, extra="") -> None:
        self.add(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{fill}" '
                 f'stroke="{stroke}" stroke-width="{sw}" {extra}/>')

    def line(self, x0, y0, x1, y1, stroke="#000", sw=1.0) -> None:
        self.add(f'<path d="M{x0:.1f} {y0:.1f}L{x1:.1f} {y1:.1f}" stroke="{stroke}" stroke-width="{sw}"/>')

    def text(self, x: float, y: float, s: str, face: str, size: float, fill: str = "#111", *,
             condensed: float = 1.0, bold: bool = False, anchor: str = "start", key: str | None = None,
             rotate: float = 0.0) -> float:
        """One run at baseline (x, y); returns its drawn width. `condensed` scales the run horizontally
        (a printer's 90 % condensed setting), `bold` strokes it (faux bold)."""
        f = FACES[face]
        self.runs.append((face, s))
        self.faces.add(face)
        wd = width(face, s, size) * condensed
        x0 = x - wd if anchor == "end" else x - wd / 2 if anchor == "middle" else x
        stroke = f' stroke="{fill}" stroke-width="{size * 0.035:.2f}"' if bold else ""
        tr = ""
        if condensed != 1.0 or rotate:
            tr = f' transform="translate({x0:.1f} {y:.1f}) rotate({rotate:.1f}) scale({condensed} 1)"'
            xy = 'x="0" y="0"'
        else:
            xy = f'x="{x0:.1f}" y="{y:.1f}"'
        self.add(f'<text {xy}{tr} font-family="{f.family}" font-weight="{f.weight}" '
                 f'font-size="{size:.1f}" fill="{fill}"{stroke} xml:space="preserve">{escape(s)}</text>')
        if key:
            box = (x0, y - size * 0.9, x0 + wd, y + size * 0.2)
            if key in self.boxes:
                b = self.boxes[key]
                box = (min(b[0], box[0]), min(b[1], box[1]), max(b[2], box[2]), max(b[3], box[3]))
            self.boxes[key] = box
        return wd

    def spread(self, x: float, y: float, s: str, face: str, size: float, span: float, fill: str = "#111") -> None:
        """A distributed label (名　　称): each character its own `<text>` at an explicit x."""
        if len(s) == 1:
            self.text(x, y, s, face, size, fill)
            return
        step = (span - size) / (len(s) - 1)
        for i, ch in enumerate(s):
            self.text(x + i * step, y, ch, face, size, fill)

    def rows(self, x: float, y: float, rows: list[str], face: str, size: float, lead: float, key: str,
             fill: str = "#111", condensed: float = 1.0, bold: bool = False) -> float:
        for i, r in enumerate(rows):
            self.text(x, y + i * lead, r, face, size, fill, condensed=condensed, bold=bold, key=key)
        return y + len(rows) * lead

    def seal(self, cx: float, cy: float, r: float, ring_text: str, centre: str = "", colour="#d0202a") -> None:
        """A round red seal: the ring's characters placed one by one along the arc (no textPath)."""
        import math
        self.add(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" fill="none" stroke="{colour}" '
                 f'stroke-width="{r * 0.05:.1f}" opacity="0.82"/>')
        n = len(ring_text)
        span = 220.0
        size = r * 0.24
        for i, ch in enumerate(ring_text):
            a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
            px, py = cx + (r * 0.74) * math.cos(a), cy + (r * 0.74) * math.sin(a)
            deg = math.degrees(a) + 90
            self.runs.append(("smiley", ch))
            self.faces.add("smiley")
            self.add(f'<text x="0" y="0" transform="translate({px:.1f} {py:.1f}) rotate({deg:.1f})" '
                     f'font-family="Smiley Sans" font-size="{size:.1f}" fill="{colour}" opacity="0.82" '
                     f'text-anchor="middle" dominant-baseline="middle">{escape(ch)}</text>')
        pts = []
        for k in range(10):                  # the centre star as a polygon (no face has to hold ★)
            a = math.radians(-90 + 36 * k)
            rad = r * (0.26 if k % 2 == 0 else 0.1)
            pts.append(f"{cx + rad * math.cos(a):.1f},{cy + rad * math.sin(a):.1f}")
        self.add(f'<polygon points="{" ".join(pts)}" fill="{colour}" opacity="0.82"/>')
        if centre:
            self.runs.append(("smiley", centre))
            self.add(f'<text x="{cx:.1f}" y="{cy + r * 0.55:.1f}" font-family="Smiley Sans" font-size="{r * 0.2:.1f}" '
                     f'fill="{colour}" opacity="0.82" text-anchor="middle">{escape(centre)}</text>')

    def xml(self, background: str = "#fff") -> str:
        d = f"<defs>{''.join(self.defs)}</defs>" if self.defs else ""
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
                f'xmlns:xlink="http://www.w3.org/1999/xlink" width="{self.w}" height="{self.h}" '
                f'viewBox="0 0 {self.w} {self.h}">{d}<rect width="{self.w}" height="{self.h}" fill="{background}"/>'
                + "\n".join(self.parts) + "</svg>\n")

    def check(self) -> None:
        for face, s in self.runs:
            miss = missing(face, s)
            if miss:
                raise ValueError(f"{FACE_NAMES[face]} lacks {''.join(sorted(miss))!r} (in {s!r})")


def fontconfig(workdir: Path) -> Path:
    """A fontconfig that sees only M's pinned files (no system fonts: nothing to fall back to)."""
    fd = workdir / "fonts"
    fd.mkdir(parents=True, exist_ok=True)
    for f in FACES.values():
        link = fd / Path(f.path).name
        if not link.exists():
            os.symlink(f.path, link)
    conf = workdir / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f'<dir>{escape(str(fd))}</dir><cachedir>{escape(str(workdir / "fc-cache"))}</cachedir>'
                    '</fontconfig>\n', encoding="utf-8")
    return conf


def rasterise(svg_path: Path, png_path: Path, conf: Path) -> None:
    """librsvg (`rsvg-convert`; text laid out by Pango) with M's private fontconfig."""
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    subprocess.run(["rsvg-convert", "--format=png", "-o", str(png_path), str(svg_path)],
                   check=True, env=env, capture_output=True, timeout=120)
