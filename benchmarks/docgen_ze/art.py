"""The pictures a sheet carries as PNG objects (emblem, registrar's seal, QR-like block, guilloche
frame, ID photo) and the marks a window's copy collects (company seal, 复印件与原件一致 + signature,
仅供…使用 watermark, a pen tick), drawn as shapes with Pillow. No filters: only lines, polygons,
ellipses and text, composited over the page raster."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

from benchmarks.docgen_ze import sheet as S


def png(im: Image.Image) -> bytes:
    b = io.BytesIO()
    im.save(b, "PNG", compress_level=1)
    return b.getvalue()


def font(face: str, px: int) -> ImageFont.FreeTypeFont:
    entries = [e for e in S.face_files()[face] if e[0].endswith((".ttf", ".otf", ".ttc", ".otc"))]
    reg = [e for e in entries if e[3] in ("Regular", "Book", "Medium")] or entries
    file, idx, _, _ = reg[0]
    return ImageFont.truetype(file, px, index=idx)


def seal(r: random.Random, ring: str, center: str = "", size: int = 420, color=(214, 30, 36), alpha: int = 200,
         face: str = "Noto Sans CJK SC") -> Image.Image:
    """A round official seal: double ring, the organ's name along the arc, a star, the centre line."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    col = (*color, alpha)
    w = max(size // 40, 3)
    d.ellipse((w, w, size - w, size - w), outline=col, width=w * 2)
    _star(d, c, c, size * 0.16, col)
    n = len(ring)
    fpx = int(size * 0.105)
    f = font(face, fpx)
    span = min(250.0, 17.0 * n + 40)
    for i, ch in enumerate(ring):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        g = Image.new("RGBA", (fpx + 8, fpx + 8), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((4, 2), ch, font=f, fill=col)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        rad = size * 0.36
        x, y = c + rad * math.cos(ang), c + rad * math.sin(ang)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if center:
        f2 = font(face, int(size * 0.08))
        tw = d.textlength(center, font=f2)
        d.text((c - tw / 2, c + size * 0.2), center, font=f2, fill=col)
    # uneven ink: a few specks left unprinted
    for _ in range(r.randint(30, 90)):
        x, y = r.uniform(0, size), r.uniform(0, size)
        rr = r.uniform(1, size / 80)
        d.ellipse((x - rr, y - rr, x + rr, y + rr), fill=(0, 0, 0, 0))
    return im


def _star(d: ImageDraw.ImageDraw, cx: float, cy: float, rad: float, col) -> None:
    pts = []
    for k in range(10):
        rr = rad if k % 2 == 0 else rad * 0.4
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)


def emblem(size: int = 300) -> Image.Image:
    """A stylised national emblem: red disc, gold stars, gate and ring of grain."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    gold, red = (222, 172, 40, 255), (200, 24, 30, 255)
    d.ellipse((0, 0, size - 1, size - 1), fill=gold)
    d.ellipse((size * 0.1, size * 0.1, size * 0.9, size * 0.9), fill=red)
    _star(d, size * 0.5, size * 0.3, size * 0.12, gold)
    for k in range(4):
        a = math.radians(200 + 40 * k)
        _star(d, size * 0.5 + size * 0.24 * math.cos(a) * -1, size * 0.34 + size * 0.14 * math.sin(a), size * 0.045, gold)
    d.rectangle((size * 0.28, size * 0.52, size * 0.72, size * 0.6), fill=gold)
    d.rectangle((size * 0.32, size * 0.6, size * 0.68, size * 0.72), fill=gold)
    d.rectangle((size * 0.2, size * 0.74, size * 0.8, size * 0.78), fill=gold)
    return im


def qr(r: random.Random, modules: int = 29, px: int = 8) -> Image.Image:
    n = modules
    im = Image.new("RGBA", (n * px + 8 * px, n * px + 8 * px), (255, 255, 255, 255))
    d = ImageDraw.Draw(im)
    o = 4 * px

    def box(x: int, y: int, s: int, fill) -> None:
        d.rectangle((o + x * px, o + y * px, o + (x + s) * px - 1, o + (y + s) * px - 1), fill=fill)
    for y in range(n):
        for x in range(n):
            if r.random() < 0.5:
                box(x, y, 1, (0, 0, 0, 255))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        box(fx - 1 if fx else fx, fy - 1 if fy else fy, 8, (255, 255, 255, 255))
        box(fx, fy, 7, (0, 0, 0, 255))
        box(fx + 1, fy + 1, 5, (255, 255, 255, 255))
        box(fx + 2, fy + 2, 3, (0, 0, 0, 255))
    return im


def guilloche_frame(r: random.Random, w: int, h: int, band: int, color=(190, 150, 70)) -> Image.Image:
    """The licence's border: interleaved sine ribbons in a band round a transparent centre."""
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    per = r.uniform(18, 30)
    path = [(band / 2, band / 2), (w - band / 2, band / 2), (w - band / 2, h - band / 2), (band / 2, h - band / 2), (band / 2, band / 2)]
    for k in range(4):
        ph = k * math.pi / 2
        amp = band * (0.22 + 0.06 * k)
        col = (*color, 230 if k < 2 else 160)
        for (x0, y0), (x1, y1) in zip(path, path[1:], strict=False):
            ln = math.hypot(x1 - x0, y1 - y0)
            nx, ny = -(y1 - y0) / ln, (x1 - x0) / ln
            pts = []
            steps = int(ln / 2)
            for i in range(steps + 1):
                t = i / steps
                s = math.sin(t * ln / per * 2 * math.pi + ph) * amp
                pts.append((x0 + (x1 - x0) * t + nx * s, y0 + (y1 - y0) * t + ny * s))
            d.line(pts, fill=col, width=2)
    d.rectangle((band, band, w - band, h - band), outline=(*color, 255), width=3)
    d.rectangle((band * 0.15, band * 0.15, w - band * 0.15, h - band * 0.15), outline=(*color, 255), width=2)
    return im


def photo(r: random.Random, w: int = 260, h: int = 320, female: bool = False) -> Image.Image:
    """An ID photo: plain light background, head and shoulders in a few tones."""
    bg = r.choice([(250, 250, 252), (236, 240, 246), (255, 255, 255)])
    im = Image.new("RGBA", (w, h), (*bg, 255))
    d = ImageDraw.Draw(im)
    skin = r.choice([(232, 196, 170), (220, 180, 150), (240, 208, 186), (200, 160, 128)])
    hair = r.choice([(20, 20, 24), (40, 30, 26), (60, 50, 40)])
    cloth = r.choice([(30, 30, 40), (240, 240, 240), (60, 70, 110), (120, 30, 40)])
    d.ellipse((w * 0.08, h * 0.72, w * 0.92, h * 1.3), fill=cloth)
    d.rectangle((w * 0.42, h * 0.55, w * 0.58, h * 0.78), fill=skin)
    d.ellipse((w * 0.26, h * 0.12, w * 0.74, h * 0.66), fill=hair)
    d.ellipse((w * 0.3, h * 0.2, w * 0.7, h * 0.68), fill=skin)
    if female:
        d.rectangle((w * 0.24, h * 0.3, w * 0.32, h * 0.8), fill=hair)
        d.rectangle((w * 0.68, h * 0.3, w * 0.76, h * 0.8), fill=hair)
    else:
        d.chord((w * 0.28, h * 0.1, w * 0.72, h * 0.42), 180, 360, fill=hair)
    d.ellipse((w * 0.38, h * 0.4, w * 0.44, h * 0.44), fill=(30, 30, 30))
    d.ellipse((w * 0.56, h * 0.4, w * 0.62, h * 0.44), fill=(30, 30, 30))
    d.arc((w * 0.42, h * 0.52, w * 0.58, h * 0.6), 20, 160, fill=(150, 80, 80), width=3)
    return im


def handwriting(r: random.Random, text: str, px: int, face: str = "AR PL UKai CN", color=(20, 30, 120)) -> Image.Image:
    """Pen writing: a Kai face, each character a little turned and off the line."""
    f = font(face, px)
    im = Image.new("RGBA", (int(px * (len(text) + 1) * 1.05), int(px * 1.8)), (0, 0, 0, 0))
    x = px * 0.2
    for ch in text:
        g = Image.new("RGBA", (px + 10, px + 14), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((5, 2), ch, font=f, fill=(*color, 235))
        g = g.rotate(r.uniform(-7, 7), resample=Image.BICUBIC, expand=True)
        im.alpha_composite(g, (int(x), int(px * 0.25 + r.uniform(-px * 0.1, px * 0.1))))
        x += px * r.uniform(0.88, 1.05)
    return im


def signature(r: random.Random, w: int, h: int, color=(20, 30, 120)) -> Image.Image:
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    x, y = w * 0.05, h * 0.6
    pts = []
    while x < w * 0.95:
        pts.append((x, y + math.sin(x / w * r.uniform(8, 16)) * h * 0.3 + r.uniform(-h * 0.1, h * 0.1)))
        x += r.uniform(3, 9)
    d.line(pts, fill=(*color, 240), width=max(2, h // 25), joint="curve")
    return im


def watermark(r: random.Random, w: int, h: int, text: str, px: int, face: str) -> Image.Image:
    """仅供…使用, repeated diagonally over the page in a light ink."""
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    f = font(face, px)
    col = r.choice([(120, 120, 120, 95), (200, 40, 40, 80), (40, 80, 200, 80)])
    tile = Image.new("RGBA", (int(px * (len(text) + 2)), int(px * 1.6)), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((px, px * 0.2), text, font=f, fill=col)
    tile = tile.rotate(r.choice([25, 30, 35, -25]), resample=Image.BICUBIC, expand=True)
    step_y = int(tile.height * r.uniform(0.8, 1.2))
    for y in range(-tile.height // 2, h, max(step_y, 40)):
        for x in range(-tile.width // 2 + (y // 3) % 97, w, int(tile.width * 0.9)):
            im.alpha_composite(tile, (max(x, 0), max(y, 0)))
    return im
