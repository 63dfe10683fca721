"""Drawing primitives for family-B pages: fonts with fallbacks, a page canvas that records where
every character of every ground-truth field was drawn (so glare over a field can be judged),
justified labels, character-level wrapping, seals, QR codes, emblems and paper textures.
"""

from __future__ import annotations

import math
import random
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "fonts" / "LXGWWenKai-Regular.ttf"
# role -> candidates (path, face index); the shipped font is always the last resort
FONT_CANDIDATES: dict[str, list[tuple[str, int]]] = {
    "song": [("/usr/share/fonts/truetype/arphic/uming.ttc", 0)],          # fonts-arphic-uming
    "songb": [("/usr/share/fonts/truetype/arphic/uming.ttc", 0)],         # the same, drawn with a stroke
    "hei": [("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),        # fonts-wqy-microhei
            ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0)],          # fonts-wqy-zenhei
    "zenhei": [("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0)],
    "kai": [(str(SHIPPED), 0)],
    "mono": [("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0)],
    "monob": [("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 0)],
    "sans": [("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0)],
    "sansb": [("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0)],
}


@lru_cache(maxsize=256)
def font(role: str, size: int) -> ImageFont.FreeTypeFont:
    for path, index in FONT_CANDIDATES.get(role, []) + [(str(SHIPPED), 0)]:
        if Path(path).exists():
            try:
                f = ImageFont.truetype(path, size, index=index)
                f.zc_stroke = 1 if role == "songb" and size >= 22 else 0  # type: ignore[attr-defined]
                return f
            except OSError:
                continue
    raise RuntimeError("no CJK font: install fonts-arphic-uming / fonts-wqy-zenhei or keep resources/fonts")


def cjk_role(role: str) -> str:
    """Latin-only fonts cannot draw CJK; used by callers that mix."""
    return role if role not in ("mono", "monob", "sans", "sansb") else "hei"


Box = tuple[float, float, float, float]


class Page:
    """An RGB page plus the boxes of every character drawn for a ground-truth field."""

    def __init__(self, w: int, h: int, paper: tuple[int, int, int] = (250, 249, 244)) -> None:
        self.img = Image.new("RGB", (w, h), paper)
        self.draw = ImageDraw.Draw(self.img)
        self.w, self.h = w, h
        self.char_boxes: dict[str, list[Box]] = {}

    # -- text -------------------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, f: ImageFont.FreeTypeFont, fill=(20, 20, 20),
             field: str | None = None, tracking: float = 0.0) -> float:
        """Draw `s` with its top-left at (x, y) (y is the em-box top); returns the end x."""
        cx = x
        stroke = getattr(f, "zc_stroke", 0)
        for ch in s:
            self.draw.text((cx, y), ch, font=f, fill=fill, stroke_width=stroke, stroke_fill=fill)
            adv = f.getlength(ch)
            if field and not ch.isspace():
                self.char_boxes.setdefault(field, []).append((cx, y, cx + adv, y + f.size))
            cx += adv + tracking
        return cx

    def spaced(self, x: float, y: float, s: str, f: ImageFont.FreeTypeFont, width: float, fill=(20, 20, 20)) -> None:
        """A label justified across `width`: first character at x, last one ending at x+width."""
        if len(s) == 1:
            self.draw.text((x, y), s, font=f, fill=fill)
            return
        advs = [f.getlength(c) for c in s]
        gap = (width - sum(advs)) / (len(s) - 1)
        cx = x
        for ch, a in zip(s, advs, strict=False):
            self.draw.text((cx, y), ch, font=f, fill=fill)
            cx += a + gap

    def wrap(self, x: float, y: float, s: str, f: ImageFont.FreeTypeFont, width: float, line_h: float,
             field: str | None = None, fill=(20, 20, 20), first_width: float | None = None,
             first_x: float | None = None) -> float:
        """Character-level wrap (breaks anywhere, also inside a house number); continuation rows
        start at x (the value column), not under the label. Returns the y below the last row."""
        rows = split_rows(s, f, width, first_width)
        for i, row in enumerate(rows):
            self.text(first_x if (i == 0 and first_x is not None) else x, y, row, f, fill, field)
            y += line_h
        return y

    # -- marks ------------------------------------------------------------------------------
    def seal(self, cx: float, cy: float, r: float, text: str, rnd: random.Random, *, bottom: str = "",
             color=(215, 30, 35), alpha: float = 0.8, oval: bool = False) -> None:
        """A round red seal (star in the middle, name on the arc), multiplied onto the page."""
        size = int(r * 2 + 8)
        layer = Image.new("L", (size, size), 0)
        d = ImageDraw.Draw(layer)
        c = size / 2
        ry = r * (0.72 if oval else 1.0)
        d.ellipse((c - r, c - ry, c + r, c + ry), outline=255, width=max(3, int(r * 0.06)))
        if not oval:
            star_r = r * 0.28
            pts = []
            for k in range(10):
                rr = star_r if k % 2 == 0 else star_r * 0.4
                a = -math.pi / 2 + k * math.pi / 5
                pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
            d.polygon(pts, fill=255)
        fsize = max(10, int(r * 0.24))
        f = font("song", fsize)
        n = len(text)
        span = math.radians(min(250, 22 * n))
        for k, ch in enumerate(text):
            a = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
            rr = (r if not oval else ry) * 0.74
            px, py = c + rr * math.cos(a), c + rr * math.sin(a)
            glyph = Image.new("L", (fsize * 2, fsize * 2), 0)
            ImageDraw.Draw(glyph).text((fsize * 0.5, fsize * 0.4), ch, font=f, fill=255)
            glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            layer.paste(255, (int(px - fsize), int(py - fsize)), glyph)
        if bottom:
            fb = font("song", max(9, int(r * 0.17)))
            tw = fb.getlength(bottom)
            d.text((c - tw / 2, c + r * 0.38), bottom, font=fb, fill=255)
        arr = np.asarray(layer, dtype=np.float32) / 255.0
        # ink is uneven: a seal is never a perfect print
        rng = np.random.default_rng(rnd.randint(0, 2**31))
        arr *= np.clip(rng.normal(0.9, 0.15, arr.shape), 0.3, 1.0) * alpha
        layer = layer.rotate(0)
        self._multiply(arr, color, int(cx - size / 2), int(cy - size / 2))

    def rect_stamp(self, x: float, y: float, lines: list[str], rnd: random.Random, color=(200, 30, 40),
                   angle: float = 0.0, size: int = 30) -> None:
        f = font("hei", size)
        w = int(max(f.getlength(t) for t in lines) + size)
        h = int(len(lines) * size * 1.3 + size * 0.6)
        layer = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(layer)
        d.rectangle((2, 2, w - 3, h - 3), outline=255, width=4)
        for i, t in enumerate(lines):
            d.text(((w - f.getlength(t)) / 2, size * 0.3 + i * size * 1.3), t, font=f, fill=255)
        layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
        arr = np.asarray(layer, dtype=np.float32) / 255.0
        rng = np.random.default_rng(rnd.randint(0, 2**31))
        arr *= np.clip(rng.normal(0.85, 0.2, arr.shape), 0.2, 1.0)
        self._multiply(arr, color, int(x), int(y))

    def handwriting(self, x: float, y: float, s: str, size: int, rnd: random.Random,
                    color=(30, 40, 110), angle: float = 0.0) -> None:
        f = font("kai", size)
        w, h = int(f.getlength(s) + size * 2), int(size * 2.2)
        layer = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(layer)
        cx = size * 0.5
        for ch in s:
            d.text((cx, size * 0.4 + rnd.uniform(-size * 0.12, size * 0.12)), ch, font=f, fill=255)
            cx += f.getlength(ch) * rnd.uniform(0.85, 1.1)
        layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
        self._multiply(np.asarray(layer, dtype=np.float32) / 255.0 * 0.9, color, int(x), int(y))

    def signature(self, x: float, y: float, w: float, h: float, rnd: random.Random, color=(25, 30, 90)) -> None:
        pts = []
        for k in range(40):
            t = k / 39
            pts.append((x + t * w + rnd.uniform(-4, 4), y + h / 2 + math.sin(t * rnd.uniform(8, 16)) * h / 2 * rnd.uniform(0.4, 1)))
        self.draw.line(pts, fill=color, width=3, joint="curve")

    def _multiply(self, alpha: np.ndarray, color, x: int, y: int) -> None:
        page = np.asarray(self.img, dtype=np.float32)
        h, w = alpha.shape
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.w, x + w), min(self.h, y + h)
        if x1 <= x0 or y1 <= y0:
            return
        a = alpha[y0 - y:y1 - y, x0 - x:x1 - x][..., None]
        ink = np.array(color, dtype=np.float32) / 255.0
        region = page[y0:y1, x0:x1]
        page[y0:y1, x0:x1] = region * (1 - a + a * ink)
        self.img = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8))
        self.draw = ImageDraw.Draw(self.img)

    def qr(self, x: int, y: int, size: int, data: str) -> None:
        import qrcode

        q = qrcode.QRCode(border=1, box_size=4)
        q.add_data(data)
        q.make(fit=True)
        img = q.make_image(fill_color="black", back_color="white").convert("RGB").resize((size, size), Image.NEAREST)
        self.img.paste(img, (x, y))

    def emblem(self, cx: float, cy: float, r: float, rnd: random.Random) -> None:
        """A stand-in for the national emblem: red disc, gold ring, five stars, gate silhouette."""
        d = self.draw
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(200, 40, 35), outline=(220, 170, 50), width=max(2, int(r / 8)))
        for _k, (dx, dy, s) in enumerate([(0, -0.45, 0.22), (-0.38, -0.3, 0.1), (-0.22, -0.55, 0.1),
                                         (0.22, -0.55, 0.1), (0.38, -0.3, 0.1)]):
            _star(d, cx + dx * r, cy + dy * r, s * r, (240, 200, 60))
        d.rectangle((cx - 0.45 * r, cy + 0.05 * r, cx + 0.45 * r, cy + 0.35 * r), fill=(235, 190, 60))
        d.rectangle((cx - 0.3 * r, cy + 0.12 * r, cx + 0.3 * r, cy + 0.3 * r), fill=(200, 40, 35))

    def photo(self, x: int, y: int, w: int, h: int, rnd: random.Random, sex: str = "男",
              bg=(235, 238, 242)) -> None:
        """A portrait stand-in clipped to its box: plain background, head and shoulders."""
        sub = Image.new("RGB", (w, h), bg)
        d = ImageDraw.Draw(sub)
        skin = (rnd.randint(200, 235), rnd.randint(170, 200), rnd.randint(140, 170))
        hair = (rnd.randint(10, 40),) * 3
        d.ellipse((w * 0.08, h * 0.74, w * 0.92, h * 1.35), fill=(rnd.randint(40, 90),) * 3)
        d.rectangle((w * 0.42, h * 0.62, w * 0.58, h * 0.8), fill=skin)
        if sex == "女":
            d.ellipse((w * 0.22, h * 0.12, w * 0.78, h * 0.5), fill=hair)
            d.rectangle((w * 0.22, h * 0.3, w * 0.78, h * 0.72), fill=hair)
        else:
            d.ellipse((w * 0.26, h * 0.12, w * 0.74, h * 0.4), fill=hair)
        d.ellipse((w * 0.29, h * 0.2, w * 0.71, h * 0.68), fill=skin)
        self.img.paste(sub, (x, y))

    def card_edge(self, r: int, color=(150, 160, 170)) -> None:
        """The card's outline (a copy or scan shows it even when the background washes out)."""
        self.draw.rounded_rectangle((1, 1, self.w - 2, self.h - 2), radius=r, outline=color, width=2)


def _star(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill) -> None:
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.4
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=fill)


NO_ROW_START = set("，。；、）：,.;:)")


def split_rows(s: str, f: ImageFont.FreeTypeFont, width: float, first_width: float | None = None) -> list[str]:
    rows: list[str] = []
    cur = ""
    limit = first_width if first_width is not None else width
    for ch in s:
        if cur and f.getlength(cur + ch) > limit and ch not in NO_ROW_START:
            rows.append(cur)
            cur = ""
            limit = width
        cur += ch
    if cur:
        rows.append(cur)
    return rows


def guilloche_border(page: Page, margin: int, width: int, color, rnd: random.Random) -> None:
    """The patterned frame of a licence: interleaved sine bands between two rules."""
    d = page.draw
    w, h = page.w, page.h
    d.rectangle((margin, margin, w - margin, h - margin), outline=color, width=3)
    d.rectangle((margin + width, margin + width, w - margin - width, h - margin - width), outline=color, width=2)
    phase = rnd.uniform(0, math.pi)
    for k in range(3):
        for side in range(4):
            pts = []
            length = (w if side < 2 else h) - 2 * margin
            for t in range(0, int(length), 6):
                off = width / 2 + math.sin(t / 11 + phase + k * 2.1) * width * 0.35
                if side == 0:
                    pts.append((margin + t, margin + off))
                elif side == 1:
                    pts.append((margin + t, h - margin - off))
                elif side == 2:
                    pts.append((margin + off, margin + t))
                else:
                    pts.append((w - margin - off, margin + t))
            d.line(pts, fill=color, width=1)


def paper_pattern(page: Page, rnd: random.Random, tint=(238, 232, 220), strength: float = 6.0) -> None:
    """Faint background texture of security paper: fine waves and fibres."""
    rng = np.random.default_rng(rnd.randint(0, 2**31))
    arr = np.asarray(page.img, dtype=np.float32)
    yy, xx = np.mgrid[0:page.h, 0:page.w].astype(np.float32)
    wave = np.sin(xx / rnd.uniform(9, 16) + np.sin(yy / rnd.uniform(25, 40)) * 2.5) * strength
    tint_v = (np.array(tint, np.float32) - np.array([250, 249, 244], np.float32)) * 0.6
    arr = arr + wave[..., None] * 0.5 + tint_v + rng.normal(0, 1.2, arr.shape[:2])[..., None]
    page.img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    page.draw = ImageDraw.Draw(page.img)
