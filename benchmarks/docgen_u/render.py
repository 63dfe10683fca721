"""Family U's pages drawn with pygame-ce: SDL_ttf (`pygame.font`) and FreeType (`pygame.freetype`)
rasterise every string from a face loaded by file; layout (justified label columns, wrapping by measured
widths, glyphs along a seal's arc) is done here by hand. Every drawn string is checked against its
face's cmap first, so a missing glyph fails loudly instead of drawing a box."""

from __future__ import annotations

import math
import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pygame.freetype  # noqa: E402
import pygame.gfxdraw  # noqa: E402
from fontTools.ttLib import TTFont  # noqa: E402

pygame.font.init()
pygame.freetype.init()

NOTO = "/usr/share/fonts/opentype/noto/"
# key: (file, index in a collection, engine allowed: "ttf" needs index 0)
FACES = {
    "song_gb": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "song_noto": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "song_noto_bold": (NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "song_babel": ("/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf", 0),
    "song_uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai_gb": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "kai_lxgw": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "hei_wqy": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "hei_zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "hei_noto": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "hei_noto_bold": (NOTO + "NotoSansCJK-Bold.ttc", 2),
    "mono_dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
    "mono_nimbus": ("/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf", 0),
    "sans_dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
}
_CMAP: dict[str, set[int]] = {}
_FONTS: dict[tuple, object] = {}
DRAWN: list[tuple[str, str]] = []  # (face key, text) of every string drawn, for the tests


def cmap(key: str) -> set[int]:
    if key not in _CMAP:
        path, idx = FACES[key]
        f = TTFont(path, fontNumber=idx, lazy=True)
        _CMAP[key] = set(f.getBestCmap())
        f.close()
    return _CMAP[key]


def check(key: str, text: str) -> None:
    """Fail loudly when `text` has a character the face cannot draw."""
    miss = [c for c in text if not c.isspace() and ord(c) not in cmap(key)]
    if miss:
        raise ValueError(f"face {key} ({FACES[key][0]}) lacks {miss!r} in {text!r}")
    DRAWN.append((key, text))


class Pen:
    """One face at one size through one rasteriser: `ttf` (SDL_ttf, pygame.font) or `ft`
    (pygame.freetype), with antialiasing, synthetic bold/oblique and an optional rotation."""

    def __init__(self, key: str, size: int, engine: str = "ft", aa: bool = True, bold: bool = False,
                 oblique: bool = False, color=(20, 20, 20)):
        path, idx = FACES[key]
        if idx != 0:
            engine = "ft"  # SDL_ttf opens the first face of a collection only
        self.key, self.size, self.engine, self.aa, self.color = key, size, engine, aa, color
        ck = (key, size, engine, bold, oblique)
        if ck not in _FONTS:
            if engine == "ttf":
                f = pygame.font.Font(path, size)
                f.bold, f.italic = bold, oblique
            else:
                f = pygame.freetype.Font(path, size, font_index=idx)
                f.style = (pygame.freetype.STYLE_STRONG if bold else 0) | (pygame.freetype.STYLE_OBLIQUE if oblique else 0)
                f.pad = False
            _FONTS[ck] = f
        self.font = _FONTS[ck]

    def surf(self, text: str, rotation: int = 0) -> pygame.Surface:
        check(self.key, text)
        if self.engine == "ttf":
            s = self.font.render(text, self.aa, self.color)
            return pygame.transform.rotate(s, rotation) if rotation else s
        self.font.antialiased = self.aa
        s, _ = self.font.render(text, self.color, rotation=rotation)
        return s

    def width(self, text: str) -> int:
        if self.engine == "ttf":
            return self.font.size(text)[0]
        return self.font.get_rect(text).width if text.strip() else int(self.size * 0.5 * len(text))

    def advance(self, ch: str) -> int:
        if self.engine == "ttf":
            return self.font.size(ch)[0]
        m = self.font.get_metrics(ch)
        return int(round(m[0][4])) if m and m[0] else self.size

    def draw(self, dst: pygame.Surface, text: str, x: float, y: float, rotation: int = 0) -> pygame.Rect:
        """Draw with the top of the em box at y; returns the inked rectangle."""
        s = self.surf(text, rotation)
        if self.engine == "ft" and not rotation:
            r = self.font.get_rect(text)
            pos = (int(x), int(y + self.font.get_sized_ascender() - r.top))
        else:
            pos = (int(x), int(y))
        return dst.blit(s, pos)

    def spaced(self, dst: pygame.Surface, text: str, x: float, y: float, width: float) -> pygame.Rect:
        """Justify `text` across `width` character by character (the label column of a licence)."""
        if len(text) == 1:
            return self.draw(dst, text, x, y)
        adv = [self.advance(c) for c in text]
        gap = (width - sum(adv)) / (len(text) - 1)
        rect, cx = None, x
        for c, a in zip(text, adv, strict=False):
            r = self.draw(dst, c, cx, y)
            rect = r if rect is None else rect.union(r)
            cx += a + gap
        return rect

    def wrap(self, text: str, width: float, first: float | None = None) -> list[str]:
        """Break `text` into rows by measured advances (first row may be narrower)."""
        rows, cur, w = [], "", 0.0
        lim = first if first is not None else width
        for c in text:
            a = self.advance(c)
            if cur and w + a > lim and c not in "，。；、）：":
                rows.append(cur)
                cur, w, lim = "", 0.0, width
            cur += c
            w += a
        if cur:
            rows.append(cur)
        return rows

    def para(self, dst, text: str, x: float, y: float, width: float, lead: float, first_x: float | None = None) -> tuple[list, float]:
        """Wrapped paragraph; returns (row rectangles, y after the last row)."""
        rects = []
        fx = x if first_x is None else first_x
        rows = self.wrap(text, width, first=width - (fx - x))
        for i, row in enumerate(rows):
            rects.append(self.draw(dst, row, fx if i == 0 else x, y))
            y += lead
        return rects, y


def seal(dst: pygame.Surface, cx: int, cy: int, r: int, text: str, bottom: str, key: str, color=(205, 30, 35), alpha: int = 200, star: bool = True, engine: str = "ft") -> None:
    """A registrar's round red seal: double ring, the name's glyphs rotated along the upper arc, a star."""
    s = pygame.Surface((2 * r + 8, 2 * r + 8), pygame.SRCALPHA)
    c = (r + 4, r + 4)
    for k in range(max(2, r // 28)):
        pygame.gfxdraw.aacircle(s, c[0], c[1], r - k, color)
    pygame.draw.circle(s, color, c, r, max(3, r // 24))
    size = max(10, int(r * 0.27))
    pen = Pen(key, size, engine, color=color)
    n = len(text)
    span = min(250.0, 22.0 * n + 20)
    for i, ch in enumerate(text):
        ang = -span / 2 + span * (i + 0.5) / n  # degrees from the top, clockwise
        g = pen.surf(ch, rotation=int(-ang))
        rad = math.radians(ang - 90)
        gx = c[0] + (r - size * 0.95) * math.cos(rad) - g.get_width() / 2
        gy = c[1] + (r - size * 0.95) * math.sin(rad) - g.get_height() / 2
        s.blit(g, (gx, gy))
    if star:
        pts = []
        for k in range(10):
            rr = r * (0.28 if k % 2 == 0 else 0.11)
            a = math.radians(-90 + 36 * k)
            pts.append((c[0] + rr * math.cos(a), c[1] + rr * math.sin(a)))
        pygame.draw.polygon(s, color, pts)
    if bottom:
        p2 = Pen(key, max(9, int(r * 0.16)), engine, color=color)
        g = p2.surf(bottom)
        s.blit(g, (c[0] - g.get_width() / 2, c[1] + r * 0.45))
    s.set_alpha(alpha)
    dst.blit(s, (cx - r - 4, cy - r - 4))


def qr_block(dst: pygame.Surface, x: int, y: int, size: int, rng) -> None:
    """A QR-like block: three finder squares and random modules (not a decodable code)."""
    n = 29
    m = size / n
    pygame.draw.rect(dst, (255, 255, 255), (x - m, y - m, size + 2 * m, size + 2 * m))
    cells = rng.random((n, n)) < 0.5
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        cells[fy:fy + 7, fx:fx + 7] = False
        cells[fy:fy + 7, fx] = cells[fy:fy + 7, fx + 6] = True
        cells[fy, fx:fx + 7] = cells[fy + 6, fx:fx + 7] = True
        cells[fy + 2:fy + 5, fx + 2:fx + 5] = True
    for j in range(n):
        for i in range(n):
            if cells[j, i]:
                pygame.draw.rect(dst, (10, 10, 10), (x + i * m, y + j * m, math.ceil(m), math.ceil(m)))


def guilloche(dst: pygame.Surface, rect: pygame.Rect, color, rng, band: int = 26) -> None:
    """A guilloche frame: interleaved sine ribbons drawn with gfxdraw, around `rect`."""
    x0, y0, w, h = rect
    ph = rng.random() * 6.28
    for k in range(5):
        amp, per = band * 0.4, 30 + 7 * k
        for side in range(4):
            pts = []
            L = w if side % 2 == 0 else h
            for t in range(0, L, 3):
                o = amp * math.sin(t / per * 6.28 + ph + k)
                if side == 0:
                    pts.append((x0 + t, y0 + band / 2 + o))
                elif side == 2:
                    pts.append((x0 + t, y0 + h - band / 2 + o))
                elif side == 1:
                    pts.append((x0 + w - band / 2 + o, y0 + t))
                else:
                    pts.append((x0 + band / 2 + o, y0 + t))
            if len(pts) > 1:
                pygame.draw.aalines(dst, color, False, pts)
    pygame.draw.rect(dst, color, rect, 2)
    pygame.draw.rect(dst, color, (x0 + band, y0 + band, w - 2 * band, h - 2 * band), 1)


def to_array(s: pygame.Surface):
    """HxWx3 uint8 numpy array of a surface."""
    return pygame.surfarray.array3d(s).swapaxes(0, 1).copy()
