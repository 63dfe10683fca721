"""Pictures family ZC's generator draws itself with Pillow's ImageDraw (shapes only, no filters): the
guilloche border, the national emblem stand-in, QR-like blocks, registrar's and company seals, the
ID photo, and the marks composited onto captures (仅供…使用 watermarks, 复印件与原件一致 notes,
signatures, sticky notes, glare and fold masks). Effects on them are GEGL's (capture.py)."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

SEAL_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
HAND_FONT = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
RED = (214, 32, 38)


def png(im: Image.Image) -> bytes:
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False, compress_level=3)
    return b.getvalue()


def guilloche(w: int, h: int, rng: random.Random, colour=(196, 160, 120)) -> Image.Image:
    """A frame of interlaced sine bands, as on the 2019 licence border, with a clear centre."""
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    band = max(14, min(w, h) // 22)
    ph = rng.random() * 6
    for k in range(5):
        amp = band * (0.25 + 0.12 * k)
        pts_t, pts_b, pts_l, pts_r = [], [], [], []
        for x in range(0, w, 3):
            y = band / 2 + amp * math.sin(x / (9 + k * 2) + ph + k)
            pts_t.append((x, y))
            pts_b.append((x, h - y))
        for y in range(0, h, 3):
            x = band / 2 + amp * math.sin(y / (9 + k * 2) + ph + k)
            pts_l.append((x, y))
            pts_r.append((w - x, y))
        for pts in (pts_t, pts_b, pts_l, pts_r):
            d.line(pts, fill=colour + (200,), width=1)
    d.rectangle([band + 4, band + 4, w - band - 5, h - band - 5], outline=colour + (255,), width=2)
    return im


def star(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill, rot: float = -90) -> None:
    pts = []
    for i in range(10):
        a = math.radians(rot + i * 36)
        rr = r if i % 2 == 0 else r * 0.38
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=fill)


def emblem(size: int) -> Image.Image:
    """A stand-in for the national emblem: red disc, golden stars, gate and wheel strokes."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    s = size
    gold = (232, 188, 40, 255)
    d.ellipse([s * .04, s * .04, s * .96, s * .96], fill=gold)
    d.ellipse([s * .12, s * .12, s * .88, s * .88], fill=RED + (255,))
    star(d, s * .38, s * .33, s * .11, gold)
    for _i, a in enumerate((-40, -15, 15, 40)):
        star(d, s * .55 + s * .1 * math.cos(math.radians(a)), s * .33 + s * .1 * math.sin(math.radians(a)), s * .035, gold)
    d.rectangle([s * .28, s * .52, s * .72, s * .56], fill=gold)
    d.polygon([(s * .3, s * .52), (s * .5, s * .44), (s * .7, s * .52)], fill=gold)
    for x in (.34, .42, .5, .58, .66):
        d.rectangle([s * x - s * .012, s * .56, s * x + s * .012, s * .68], fill=gold)
    d.rectangle([s * .25, s * .68, s * .75, s * .71], fill=gold)
    return im


def qr(modules: int, px: int, rng: random.Random) -> Image.Image:
    n = modules
    im = Image.new("RGB", (n * px + 8 * px, n * px + 8 * px), "white")
    d = ImageDraw.Draw(im)
    o = 4 * px
    for y in range(n):
        for x in range(n):
            if rng.random() < 0.5:
                d.rectangle([o + x * px, o + y * px, o + x * px + px - 1, o + y * px + px - 1], fill="black")
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        d.rectangle([o + fx * px, o + fy * px, o + (fx + 7) * px - 1, o + (fy + 7) * px - 1], fill="white")
        d.rectangle([o + fx * px, o + fy * px, o + (fx + 7) * px - 1, o + (fy + 7) * px - 1], outline="black", width=px)
        d.rectangle([o + (fx + 2) * px, o + (fy + 2) * px, o + (fx + 5) * px - 1, o + (fy + 5) * px - 1], fill="black")
    return im


def seal(text: str, size: int, rng: random.Random, centre: str = "", colour=RED, alpha: int = 210) -> Image.Image:
    """A round red seal: ring, star, the organ's name along the upper arc, an optional line below."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = colour + (alpha,)
    r = size / 2 - 3
    d.ellipse([3, 3, size - 3, size - 3], outline=c, width=max(3, size // 32))
    star(d, size / 2, size / 2, size * 0.15, c)
    n = len(text)
    fs = max(10, int(size * 0.13))
    font = ImageFont.truetype(SEAL_FONT, fs)
    span = min(250, 22 * n)
    for i, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rr = r - fs * 0.95
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs / 2, fs / 2), ch, font=font, fill=c)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(size / 2 + rr * math.cos(a) - fs), int(size / 2 + rr * math.sin(a) - fs)))
    if centre:
        f2 = ImageFont.truetype(SEAL_FONT, max(9, int(size * 0.09)))
        w = d.textlength(centre, font=f2)
        d.text(((size - w) / 2, size * 0.7), centre, font=f2, fill=c)
    # worn ink: a few clear specks drawn as shapes
    for _ in range(rng.randint(10, 40)):
        x, y = rng.uniform(0, size), rng.uniform(0, size)
        rad = rng.uniform(1, size / 60)
        d.ellipse([x - rad, y - rad, x + rad, y + rad], fill=(0, 0, 0, 0))
    return im


def photo(w: int, h: int, rng: random.Random) -> Image.Image:
    bg = rng.choice([(250, 250, 250), (225, 235, 248), (240, 240, 236)])
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice([(236, 200, 170), (222, 184, 150), (205, 165, 130)])
    hair = rng.choice([(30, 25, 22), (45, 35, 30), (60, 50, 45)])
    d.ellipse([w * .18, h * .78, w * .82, h * 1.3], fill=rng.choice([(40, 40, 60), (70, 70, 80), (230, 230, 235)]))
    d.rectangle([w * .42, h * .62, w * .58, h * .82], fill=skin)
    d.ellipse([w * .27, h * .12, w * .73, h * .7], fill=skin)
    d.chord([w * .25, h * .06, w * .75, h * .5], 180, 360, fill=hair)
    for ex in (.4, .6):
        d.ellipse([w * ex - w * .03, h * .38, w * ex + w * .03, h * .42], fill=(40, 30, 30))
    d.line([(w * .44, h * .55), (w * .56, h * .55)], fill=(160, 80, 80), width=max(1, w // 60))
    return im


def text_layer(w: int, h: int, lines: list[str], fs: int, colour, angle: float, tile: bool, font: str = SEAL_FONT) -> Image.Image:
    """Watermark or note text on a transparent layer, rotated, tiled over the page when `tile`."""
    f = ImageFont.truetype(font, fs)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    one = Image.new("RGBA", (int(fs * 1.2 * max(len(x) for x in lines)) + 20, int(fs * 1.4 * len(lines)) + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(one)
    for i, t in enumerate(lines):
        d.text((10, 10 + i * fs * 1.35), t, font=f, fill=colour)
    one = one.rotate(angle, expand=True, resample=Image.BICUBIC)
    if tile:
        for y in range(0, h, int(one.height * 1.1) + 1):
            for x in range(0, w, int(one.width * 1.05) + 1):
                im.alpha_composite(one.crop((0, 0, min(one.width, w - x), min(one.height, h - y))), (x, y))
    else:
        im.alpha_composite(one, (max(0, (w - one.width) // 2), max(0, (h - one.height) // 2)))
    return im


def certify_note(w: int, h: int, rng: random.Random, holder: str) -> Image.Image:
    """复印件与原件一致 handwritten or stamped near a corner, with a signature and date."""
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    fs = max(18, w // 28)
    f = ImageFont.truetype(HAND_FONT, fs)
    ink = rng.choice([(20, 30, 120, 230), (25, 25, 25, 230), (180, 20, 30, 220)])
    x0, y0 = int(w * rng.uniform(0.45, 0.6)), int(h * rng.uniform(0.8, 0.86))
    if rng.random() < 0.5:
        d.rectangle([x0 - 8, y0 - 8, x0 + fs * 8, y0 + fs * 1.4], outline=ink, width=3)
    d.text((x0, y0), "复印件与原件一致", font=f, fill=ink)
    d.text((x0 + fs, y0 + fs * 1.5), holder + "  " + rng.choice(["2026.5.", "2026年5月"]) + str(rng.randint(1, 28)), font=f, fill=ink)
    signature(d, x0 + fs * 5, y0 + int(fs * 3.2), fs * 3, rng, ink)
    return im


def signature(d: ImageDraw.ImageDraw, x: int, y: int, w: int, rng: random.Random, ink) -> None:
    pts = []
    for i in range(40):
        t = i / 39
        pts.append((x + w * t + rng.uniform(-3, 3), y + math.sin(t * rng.uniform(8, 14)) * w * 0.12 + rng.uniform(-2, 2)))
    d.line(pts, fill=ink, width=3, joint="curve")


def company_stamp(w: int, h: int, rng: random.Random, org: str) -> Image.Image:
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    s = seal(org[:16] or "专用章", int(min(w, h) * rng.uniform(0.22, 0.3)), rng, rng.choice(["", "合同专用章", "行政审批专用章"]), alpha=150)
    im.alpha_composite(s, (int(w * rng.uniform(0.35, 0.6)), int(h * rng.uniform(0.45, 0.7))))
    return im


def glare(w: int, h: int, rng: random.Random, strength: float) -> Image.Image:
    """A soft white patch (a sleeve's or a lamp's reflection): concentric ellipses, blurred by GEGL."""
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    cx, cy = w * rng.uniform(0.2, 0.8), h * rng.uniform(0.15, 0.85)
    rx, ry = w * rng.uniform(0.08, 0.2), h * rng.uniform(0.05, 0.14)
    for i in range(12, 0, -1):
        a = int(255 * strength * (1 - i / 13))
        d.ellipse([cx - rx * i / 6, cy - ry * i / 6, cx + rx * i / 6, cy + ry * i / 6], fill=(255, 255, 255, a))
    return im


def fold(w: int, h: int, rng: random.Random, vertical: bool) -> Image.Image:
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    p = rng.uniform(0.4, 0.6)
    for k in range(10):
        a = int(60 * (1 - k / 10))
        if vertical:
            x = w * p
            d.line([(x + k, 0), (x + k, h)], fill=(60, 50, 40, a), width=1)
            d.line([(x - k, 0), (x - k, h)], fill=(255, 255, 255, a // 2), width=1)
        else:
            y = h * p
            d.line([(0, y + k), (w, y + k)], fill=(60, 50, 40, a), width=1)
            d.line([(0, y - k), (w, y - k)], fill=(255, 255, 255, a // 2), width=1)
    return im


def desk(w: int, h: int, rng: random.Random) -> Image.Image:
    """A counter top: wood planks, grey laminate or a dark glass, drawn as bands."""
    base = rng.choice([(150, 112, 78), (118, 86, 60), (170, 170, 168), (60, 62, 66), (210, 205, 195)])
    im = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(im)
    if rng.random() < 0.6:
        for y in range(0, h, rng.randint(3, 7)):
            dv = rng.randint(-10, 10)
            d.line([(0, y), (w, y + rng.randint(-20, 20))], fill=tuple(max(0, min(255, c + dv)) for c in base), width=2)
    return im


def chat_frame(w: int, h: int, rng: random.Random) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A phone chat app's image viewer: black bars, status bar and a caption bar; the box the photo fills."""
    im = Image.new("RGB", (w, h), (0, 0, 0))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(SEAL_FONT, max(14, w // 30))
    d.text((w * 0.05, h * 0.01), f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", font=f, fill="white")
    d.text((w * 0.75, h * 0.01), f"{rng.randint(20, 99)}%", font=f, fill="white")
    d.text((w * 0.05, h * 0.93), rng.choice(["原图", "查看原图(1.2M)", "编辑  发送"]), font=f, fill=(230, 230, 230))
    return im, (0, int(h * 0.12), w, int(h * 0.88))


def hand_shadow(w: int, h: int, rng: random.Random) -> Image.Image:
    """The phone's and the hand's shadow falling over a corner of the page (blurred by GEGL)."""
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    a = int(rng.uniform(50, 110))
    x0 = rng.choice([0, w * 0.6])
    d.polygon([(x0, 0), (x0 + w * 0.4, 0), (x0 + w * rng.uniform(0.1, 0.3), h * rng.uniform(0.3, 0.6)), (x0, h * 0.5)], fill=(0, 0, 0, a))
    return im
