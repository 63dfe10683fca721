"""ReportLab drawing helpers for family P: faces pinned by file path and checked against their
cmap (fontTools) before every run, spread labels, wrapping, seals, emblems, QR-like codes, borders."""

from __future__ import annotations

import math
import random
from functools import cache

from fontTools.ttLib import TTFont as FTFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# name -> (file, index in collection, style). TrueType outlines only: ReportLab embeds glyf fonts.
FACES = {
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "song"),
    "sungtil": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "song"),
    "babelstone": ("/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf", 0, "song"),
    "kaitim": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, "kai"),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "kai"),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "kai"),
    "wenkai_light": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0, "pen"),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "hei"),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "hei"),
    "droid": ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0, "hei_cjk_only"),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0, "display"),
    "dejavu_mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0, "mono"),
    "dejavu_mono_bold": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 0, "mono"),
    "dejavu_cond": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf", 0, "latin"),
}
STYLE = {"song": ["uming", "sungtil", "babelstone"], "kai": ["kaitim", "ukai", "wenkai"],
         "hei": ["zenhei", "microhei"], "pen": ["wenkai_light", "wenkai", "ukai"]}

RUNS: list[tuple[str, str]] = []          # (face, text) of every run drawn in this process (tests read it)


@cache
def cmap(face: str) -> frozenset[int]:
    path, idx, _ = FACES[face]
    f = FTFont(path, fontNumber=idx, lazy=True)
    return frozenset(f.getBestCmap())


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(ord(ch) in cm for ch in text if not ch.isspace())


@cache
def register(face: str) -> str:
    path, idx, _ = FACES[face]
    pdfmetrics.registerFont(TTFont(face, path, subfontIndex=idx))
    return face


def pick(r: random.Random, style: str, texts: list[str], prefer: list[str] | None = None) -> str:
    """A face of `style` that covers every character of `texts` (random among those that do)."""
    cands = list(prefer or STYLE[style])
    r.shuffle(cands)
    joined = "".join(texts)
    for f in cands:
        if covers(f, joined):
            return f
    for f in FACES:                                  # last resort: any CJK face that covers it
        if FACES[f][2] in ("song", "hei", "kai") and covers(f, joined):
            return f
    raise ValueError(f"no face covers {joined!r}")


def width(text: str, face: str, size: float, space: float = 0.0) -> float:
    return pdfmetrics.stringWidth(text, register(face), size) + space * len(text)


def text(c, x: float, y: float, s: str, face: str, size: float, color=(0, 0, 0), space: float = 0.0,
         anchor: str = "l", alpha: float = 1.0, hscale: float = 100.0) -> float:
    """Draw one run (checked against the face's cmap first); returns its width."""
    if not s:
        return 0.0
    if not covers(face, s):
        raise ValueError(f"face {face} lacks characters of {s!r}")
    register(face)
    RUNS.append((face, s))
    w = (pdfmetrics.stringWidth(s, face, size) + space * len(s)) * hscale / 100.0
    if anchor == "c":
        x -= w / 2
    elif anchor == "r":
        x -= w
    c.saveState()
    c.setFillColorRGB(*color)
    if alpha < 1:
        c.setFillAlpha(alpha)
    t = c.beginText(x, y)
    t.setFont(face, size)
    t.setCharSpace(space)
    t.setHorizScale(hscale)
    t.textOut(s)
    c.drawText(t)
    c.restoreState()
    return w


def spread(c, x: float, y: float, label: str, face: str, size: float, span: float, color=(0, 0, 0)) -> None:
    """A label whose characters are spread evenly over `span` points (名　　称), one run per character."""
    chars = [ch for ch in label if not ch.isspace()]
    if len(chars) == 1:
        text(c, x, y, chars[0], face, size, color)
        return
    step = (span - size) / (len(chars) - 1)
    for i, ch in enumerate(chars):
        text(c, x + i * step, y, ch, face, size, color)


def wrap(s: str, face: str, size: float, maxw: float, space: float = 0.0) -> list[str]:
    lines, cur = [], ""
    for ch in s:
        if cur and width(cur + ch, face, size, space) > maxw:
            if ch in "，。；、：）》”】" and len(cur) > 1:       # no line starts with closing punctuation
                lines.append(cur[:-1])
                cur = cur[-1] + ch
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def star(c, cx: float, cy: float, r: float, color, rot: float = 90.0) -> None:
    p = c.beginPath()
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = math.radians(rot + i * 36)
        (p.moveTo if i == 0 else p.lineTo)(cx + rr * math.cos(a), cy + rr * math.sin(a))
    p.close()
    c.setFillColorRGB(*color)
    c.drawPath(p, stroke=0, fill=1)


def seal(c, r: random.Random, cx: float, cy: float, rad: float, org: str, face: str, alpha: float = 0.8,
         bottom: str = "") -> None:
    """A round red seal: ring, star, the organisation's name along the upper arc, one run per character."""
    red = (0.85 + r.random() * 0.1, 0.08 + r.random() * 0.1, 0.1 + r.random() * 0.08)
    c.saveState()
    c.translate(cx, cy)
    c.rotate(r.uniform(-25, 25))
    c.setStrokeColorRGB(*red)
    c.setFillAlpha(alpha)
    c.setStrokeAlpha(alpha)
    c.setLineWidth(rad * 0.06)
    c.circle(0, 0, rad * 0.95, stroke=1, fill=0)
    star(c, 0, 0, rad * 0.28, red)
    n = len(org)
    arc = min(250.0, 16.0 * n)
    size = rad * 0.22
    for i, ch in enumerate(org):
        a = 90 + arc / 2 - (arc * i / max(1, n - 1))
        c.saveState()
        c.rotate(a - 90)
        text(c, 0, rad * 0.62, ch, face, size, red, anchor="c", alpha=alpha)
        c.restoreState()
    if bottom:
        text(c, 0, -rad * 0.55, bottom, face, size * 0.8, red, anchor="c", alpha=alpha)
    c.restoreState()


def emblem(c, cx: float, cy: float, rad: float, mono: bool = False) -> None:
    """A simplified national emblem: red disc, gold ring, five gold stars, a gate band."""
    red = (0.35, 0.35, 0.35) if mono else (0.82, 0.1, 0.1)
    gold = (0.6, 0.6, 0.6) if mono else (0.95, 0.78, 0.2)
    c.saveState()
    c.setFillColorRGB(*gold)
    c.circle(cx, cy, rad, stroke=0, fill=1)
    c.setFillColorRGB(*red)
    c.circle(cx, cy, rad * 0.82, stroke=0, fill=1)
    star(c, cx, cy + rad * 0.35, rad * 0.22, gold)
    for i in range(4):
        a = math.radians(150 - i * 40)
        star(c, cx + rad * 0.55 * math.cos(a), cy + rad * 0.1 + rad * 0.45 * math.sin(a), rad * 0.08, gold)
    c.setFillColorRGB(*gold)
    c.rect(cx - rad * 0.45, cy - rad * 0.45, rad * 0.9, rad * 0.22, stroke=0, fill=1)
    c.restoreState()


def qr(c, r: random.Random, x: float, y: float, size: float, n: int = 25) -> None:
    """A QR-like code: finder patterns in three corners and random modules."""
    m = size / n
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    for i in range(n):
        for j in range(n):
            in_finder = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
            if not in_finder and r.random() < 0.5:
                c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)
    for fx, fy in ((0, 0), (0, n - 7), (n - 7, 0)):
        c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, stroke=0, fill=1)
    c.restoreState()


def guilloche_frame(c, r: random.Random, W: float, H: float, margin: float, color, band: float = 14.0) -> None:
    """The licence frame: a band of interlaced sine waves between two rules."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.2)
    c.rect(margin, margin, W - 2 * margin, H - 2 * margin)
    c.rect(margin + band, margin + band, W - 2 * (margin + band), H - 2 * (margin + band))
    c.setLineWidth(0.35)
    ph = r.uniform(0, 6)
    for k in range(3):
        for side in range(4):
            p = c.beginPath()
            length = (W if side % 2 == 0 else H) - 2 * margin
            steps = int(length / 2)
            for s in range(steps + 1):
                t = s / steps * length
                off = band / 2 + band * 0.4 * math.sin(t / 6.0 + ph + k * 2.1)
                if side == 0:
                    pt = (margin + t, margin + off)
                elif side == 1:
                    pt = (W - margin - off, margin + t)
                elif side == 2:
                    pt = (margin + t, H - margin - off)
                else:
                    pt = (margin + off, margin + t)
                (p.moveTo if s == 0 else p.lineTo)(*pt)
            c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def waves(c, r: random.Random, W: float, H: float, color, n: int = 30, alpha: float = 0.5, lw: float = 0.3) -> None:
    """Pale security background lines (ID cards, licences)."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setStrokeAlpha(alpha)
    c.setLineWidth(lw)
    ph = r.uniform(0, 6)
    for k in range(n):
        p = c.beginPath()
        y0 = H * k / n
        for s in range(0, int(W) + 4, 3):
            y = y0 + H / n * 1.5 * math.sin(s / (W / 9) + ph + k * 0.4)
            (p.moveTo if s == 0 else p.lineTo)(s, y)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def scribble(c, r: random.Random, x: float, y: float, w: float, h: float, color=(0.05, 0.1, 0.45), lw: float = 1.1) -> None:
    """A pen signature: a few connected Bezier loops."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(lw)
    c.setLineCap(1)
    p = c.beginPath()
    px, py = x, y + h * r.uniform(0.2, 0.6)
    p.moveTo(px, py)
    for _ in range(r.randint(3, 6)):
        nx = px + w / 5 * r.uniform(0.5, 1.3)
        p.curveTo(px + r.uniform(-5, 15), y + h * r.random() * 1.4, nx - r.uniform(0, 15), y - h * r.random() * 0.4,
                  nx, y + h * r.random())
        px = nx
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
