"""What a 综合受理 window receives, made from Scribus's page image with Pillow only: flatbed and feeder
scans, phone photos at an angle on a desk, 高拍仪 frames, photocopies and copies of copies, 1-bit fax-like
scans, scanner-app output, chat-app screenshots of a photo, an e-licence on a phone screen photographed,
printed e-licences, low light with motion blur; marks drawn on the page before the capture (仅供…使用
watermarks, 复印件与原件一致 + signature, company stamps, folds, glare, sticky notes, fingers, cut-off
edges). Marks that really hide a value (glare, a note, a finger, the frame's edge) name the fields they
hide; only those are `unreadable` in the truth."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

from benchmarks.docgen_za import faces as F

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page pixels


def _font(face: str, px: int) -> ImageFont.FreeTypeFont:
    path, idx = F.font_file(face)
    return ImageFont.truetype(path, max(px, 6), index=idx)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        piv = max(range(c, n), key=lambda i: abs(m[i][c]))
        m[c], m[piv] = m[piv], m[c]
        for i in range(n):
            if i != c:
                f = m[i][c] / m[c][c]
                for j in range(c, n + 1):
                    m[i][j] -= f * m[c][j]
    return [m[i][n] / m[i][i] for i in range(n)]


def _coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """PERSPECTIVE coefficients mapping output points `dst` to input points `src`."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=False):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def _hits(boxes: dict[str, list[Box]], region: Box, frac: float = 0.1) -> set[str]:
    """Fields with at least `frac` of one of their ink boxes inside `region`."""
    x0, y0, x1, y1 = region
    out = set()
    for k, bl in boxes.items():
        for b in bl:
            ix = min(b[2], x1) - max(b[0], x0)
            iy = min(b[3], y1) - max(b[1], y0)
            if ix > 0 and iy > 0 and ix * iy >= frac * max((b[2] - b[0]) * (b[3] - b[1]), 1):
                out.add(k)
    return out


def _noise(img: Image.Image, sigma: float) -> Image.Image:
    """Sensor grain: Gaussian noise drawn at half resolution (grain is not per pixel on a phone either)."""
    n = Image.effect_noise((img.width // 2 + 1, img.height // 2 + 1), sigma).resize(img.size, Image.BILINEAR)
    if img.mode == "L":
        return ImageChops.add(img, n, 1.0, -128)
    return ImageChops.add(img, Image.merge("RGB", (n, n, n)), 1.0, -128)


def _desk(size: tuple[int, int], r: random.Random) -> Image.Image:
    base = r.choice([(150, 112, 78), (186, 160, 128), (90, 92, 98), (214, 214, 208), (60, 50, 44), (170, 180, 186)])
    d = Image.new("RGB", size, base)
    dr = ImageDraw.Draw(d)
    if r.random() < 0.6:  # wood grain / laminate streaks
        for _ in range(60):
            y = r.randint(0, size[1])
            c = tuple(max(0, min(255, v + r.randint(-18, 18))) for v in base)
            dr.line([(0, y), (size[0], y + r.randint(-40, 40))], fill=c, width=r.randint(2, 9))
    return _noise(d.filter(ImageFilter.GaussianBlur(3)), 10)


def _light(img: Image.Image, r: random.Random, strength: float) -> Image.Image:
    """Uneven light: a rotated linear gradient and a vignette, multiplied in."""
    w, h = img.size
    g = Image.linear_gradient("L").rotate(r.uniform(0, 360), resample=Image.BILINEAR, expand=False).resize((w, h))
    g = g.point(lambda v: int(255 - strength * 255 * (v / 255)))
    v = Image.radial_gradient("L").resize((w, h)).point(lambda x: int(255 - strength * 0.8 * x))
    m = ImageChops.multiply(g, v)
    mm = Image.merge("RGB", (m, m, m)) if img.mode == "RGB" else m
    return ImageChops.multiply(img, mm)


def _motion(img: Image.Image, px: int, ang: float) -> Image.Image:
    if px < 2:
        return img
    out = img
    dx, dy = math.cos(math.radians(ang)), math.sin(math.radians(ang))
    for k in range(1, px + 1):
        sh = ImageChops.offset(img, int(round(dx * k)), int(round(dy * k)))
        out = Image.blend(out, sh, 1.0 / (k + 1))
    return out


# ---------------------------------------------------------------- marks drawn on the page

def mark_watermark(pg: Image.Image, r: random.Random) -> str:
    use = r.choice(["仅供办理营业执照变更登记使用", "仅供办理食品经营许可使用", "仅供银行开户使用，他用无效", "仅供本次业务办理使用",
                    "此复印件仅供政务服务中心备案使用"])
    w, h = pg.size
    layer = Image.new("L", (w * 2, h * 2), 0)
    dr = ImageDraw.Draw(layer)
    f = _font(r.choice(F.SANS[:3] + F.KAI[:1]), int(min(w, h) / r.uniform(16, 24)))
    step = int(min(w, h) / 3.2)
    for y in range(0, h * 2, step):
        for x in range(-(y // 3) % step - step, w * 2, int(f.getlength(use) + step * 0.4)):
            dr.text((x, y), use, fill=255, font=f)
    layer = layer.rotate(r.uniform(20, 40), resample=Image.BILINEAR).crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    layer = layer.point(lambda v: int(v * r.uniform(0.25, 0.45)))
    col = Image.new("RGB", (w, h), r.choice([(120, 120, 120), (200, 60, 60), (60, 90, 180)]))
    pg.paste(col, (0, 0), layer)
    return "watermark"


def mark_handwriting(pg: Image.Image, r: random.Random, text: str, xy: tuple[int, int], px: int) -> None:
    dr = ImageDraw.Draw(pg)
    f = _font(r.choice(F.KAI), px)
    x, y = xy
    col = r.choice([(20, 30, 110), (15, 15, 15), (30, 30, 60)])
    for ch in text:
        dr.text((x + r.randint(-2, 2), y + r.randint(-3, 3)), ch, fill=col, font=f)
        x += int(f.getlength(ch) * r.uniform(0.88, 1.05))


def mark_copy_note(pg: Image.Image, r: random.Random) -> str:
    """复印件与原件一致 + a signature and date, written along the bottom margin (or over blank space)."""
    w, h = pg.size
    px = max(14, int(min(w, h) / 28))
    y = int(h - px * r.uniform(2.2, 3.2))
    x = int(w * r.uniform(0.05, 0.35))
    mark_handwriting(pg, r, r.choice(["复印件与原件一致", "与原件一致", "此复印件与原件相符"]), (x, y - px), px)
    dr = ImageDraw.Draw(pg)
    sx = x + int(px * 8.5)
    pts = [(sx + i * px * 0.35, y - px * 0.4 + math.sin(i * 1.7) * px * 0.45 + r.uniform(-4, 4)) for i in range(12)]
    dr.line(pts, fill=(20, 30, 110), width=max(2, px // 10), joint="curve")
    return "copy_note"


def mark_stamp(pg: Image.Image, r: random.Random, text: str) -> str:
    """A company's round red stamp pressed over the copy (translucent, as ink is)."""
    w, h = pg.size
    R = int(min(w, h) * r.uniform(0.09, 0.13))
    st = Image.new("L", (2 * R + 4, 2 * R + 4), 0)
    dr = ImageDraw.Draw(st)
    dr.ellipse((2, 2, 2 * R + 2, 2 * R + 2), outline=255, width=max(3, R // 14))
    f = _font("Noto Sans CJK SC Bold", max(8, int(R * 0.26)))
    n = len(text)
    span = min(250, 20 * n)
    for k, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + span * (k + 0.5) / n)
        g = Image.new("L", (int(R * 0.34), int(R * 0.34)), 0)
        ImageDraw.Draw(g).text((0, 0), ch, fill=255, font=f)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BILINEAR, expand=True)
        cx, cy = R + 2 + R * 0.72 * math.cos(a), R + 2 + R * 0.72 * math.sin(a)
        st.paste(255, (int(cx - g.width / 2), int(cy - g.height / 2)), g)
    dr.polygon([(R + 2 + R * 0.22 * (1 if i % 2 == 0 else 0.38) * math.cos(math.radians(-90 + 36 * i)),
                 R + 2 + R * 0.22 * (1 if i % 2 == 0 else 0.38) * math.sin(math.radians(-90 + 36 * i))) for i in range(10)], fill=255)
    st = st.rotate(r.uniform(-25, 25), resample=Image.BILINEAR)
    st = st.point(lambda v: int(v * r.uniform(0.6, 0.8)))
    st = ImageChops.multiply(st, Image.effect_noise(st.size, 60).point(lambda v: 255 if v > 90 else 140))
    x = int(w * r.uniform(0.45, 0.8) - R)
    y = int(h * r.uniform(0.55, 0.85) - R)
    pg.paste(Image.new("RGB", st.size, (205, 35, 45)), (x, y), st)
    return "stamp"


def mark_fold(pg: Image.Image, r: random.Random) -> str:
    w, h = pg.size
    dr = ImageDraw.Draw(pg)
    if r.random() < 0.5:
        y = int(h * r.uniform(0.3, 0.7))
        dr.line([(0, y), (w, y + r.randint(-10, 10))], fill=(170, 170, 170), width=max(2, h // 600))
        dr.line([(0, y + 3), (w, y + 3)], fill=(245, 245, 245), width=max(1, h // 900))
    else:
        x = int(w * r.uniform(0.3, 0.7))
        dr.line([(x, 0), (x + r.randint(-10, 10), h)], fill=(170, 170, 170), width=max(2, w // 600))
    return "fold"


def mark_glare(pg: Image.Image, r: random.Random, boxes: dict[str, list[Box]]) -> tuple[str, set[str]]:
    """A lamp's reflection on a glossy card or plastic sleeve: an opaque white core over one value (hidden)
    and a soft halo around it (readable)."""
    keys = [k for k in boxes if boxes[k]]
    k = r.choice(keys)
    b = r.choice(boxes[k])
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    rx = max((b[2] - b[0]) * r.uniform(0.35, 0.6), 30)
    ry = max((b[3] - b[1]) * 0.9, 24)
    w, h = pg.size
    core = (cx - rx, cy - ry, cx + rx, cy + ry)
    m = Image.new("L", (w, h), 0)
    dr = ImageDraw.Draw(m)
    dr.ellipse((cx - rx * 1.9, cy - ry * 2.2, cx + rx * 1.9, cy + ry * 2.2), fill=110)
    m = m.filter(ImageFilter.GaussianBlur(max(rx, ry) * 0.5))
    dr = ImageDraw.Draw(m)
    dr.ellipse(core, fill=255)
    m = ImageChops.lighter(m, Image.new("L", (w, h), 0))
    pg.paste(Image.new("RGB", (w, h), (252, 252, 250)), (0, 0), m)
    return "glare", _hits(boxes, core)


def mark_cover(pg: Image.Image, r: random.Random, boxes: dict[str, list[Box]]) -> tuple[str, set[str]]:
    """A sticky note or the applicant's thumb over one value."""
    k = r.choice([k for k in boxes if boxes[k]])
    b = boxes[k][0]
    w, h = pg.size
    if r.random() < 0.5:
        nw, nh = int(max(b[2] - b[0], 60) * r.uniform(0.6, 1.0)), int(max((b[3] - b[1]) * 1.6, 50))
        x, y = int(b[0] + r.uniform(-0.1, 0.2) * (b[2] - b[0])), int(b[1] - nh * 0.2)
        note = Image.new("RGB", (nw, nh), r.choice([(250, 236, 120), (250, 190, 200), (170, 230, 250)]))
        mark_handwriting(note, r, r.choice(["待补", "核对", "已收", "原件"]), (nw // 8, nh // 4), max(10, nh // 3))
        sh = Image.new("L", (nw + 12, nh + 12), 0)
        ImageDraw.Draw(sh).rectangle((6, 6, nw + 6, nh + 6), fill=90)
        pg.paste((0, 0, 0), (x + 4, y + 6), sh.filter(ImageFilter.GaussianBlur(5)))
        pg.paste(note, (x, y))
        region = (x, y, x + nw, y + nh)
        name = "sticky_note"
    else:
        fw, fh = int(max(min(w, h) * 0.09, (b[3] - b[1]) * 2.2)), int(max(min(w, h) * 0.16, (b[3] - b[1]) * 3.2))
        x, y = int(b[0] + r.uniform(0.0, 0.5) * max(b[2] - b[0] - fw, 1)), int(b[1] - fh * 0.25)
        th = Image.new("L", (fw, fh), 0)
        ImageDraw.Draw(th).rounded_rectangle((0, 0, fw - 1, fh * 2), radius=fw // 2, fill=255)
        skin = Image.new("RGB", (fw, fh), r.choice([(226, 188, 160), (200, 160, 130), (238, 205, 180)]))
        skin = ImageChops.multiply(skin, Image.linear_gradient("L").resize((fw, fh)).point(lambda v: 255 - v // 4).convert("RGB"))
        pg.paste(skin, (x, y), th.filter(ImageFilter.GaussianBlur(2)))
        region = (x + fw * 0.1, y + fw * 0.2, x + fw * 0.9, y + fh)
        name = "finger"
    return name, _hits(boxes, region)


def cut_edge(pg: Image.Image, r: random.Random, boxes: dict[str, list[Box]]) -> tuple[Image.Image, set[str]]:
    """The frame misses an edge of the document: the part beyond is gone, and so are the values in it."""
    w, h = pg.size
    side = r.choice(["left", "right", "bottom", "top"])
    f = r.uniform(0.06, 0.16)
    if side == "left":
        reg, crop = (0, 0, w * f, h), (int(w * f), 0, w, h)
    elif side == "right":
        reg, crop = (w * (1 - f), 0, w, h), (0, 0, int(w * (1 - f)), h)
    elif side == "top":
        reg, crop = (0, 0, w, h * f), (0, int(h * f), w, h)
    else:
        reg, crop = (0, h * (1 - f), w, h), (0, 0, w, int(h * (1 - f)))
    return pg.crop(crop), _hits(boxes, reg, 0.0)


# ---------------------------------------------------------------- captures

def _place_on(canvas: Image.Image, pg: Image.Image, quad: list[tuple[float, float]]) -> Image.Image:
    w, h = pg.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    c = _coeffs(quad, src)
    rgba = pg.convert("RGBA")
    warped = rgba.transform(canvas.size, Image.PERSPECTIVE, c, resample=Image.BILINEAR, fillcolor=(0, 0, 0, 0))
    out = canvas.copy()
    out.paste(warped, (0, 0), warped)
    return out


def _shadow(canvas: Image.Image, quad, r: random.Random) -> Image.Image:
    m = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(m).polygon([(x + 10, y + 14) for x, y in quad], fill=120)
    m = m.filter(ImageFilter.GaussianBlur(14))
    return Image.composite(Image.new("RGB", canvas.size, (20, 20, 20)), canvas, m)


def photo(pg: Image.Image, r: random.Random, long_side: int, tilt: float, bg: Image.Image | None = None) -> Image.Image:
    """The document on a desk, photographed at an angle: perspective, shadow, light, noise, slight blur."""
    w, h = pg.size
    W = long_side
    H = int(long_side * 3 / 4)
    if h > w:
        W, H = H, W
    canvas = bg.resize((W, H)) if bg is not None else _desk((W, H), r)
    s = min(W / w, H / h) * r.uniform(0.7, 0.9)
    dw, dh = w * s, h * s
    cx, cy = W / 2 + r.uniform(-0.05, 0.05) * W, H / 2 + r.uniform(-0.05, 0.05) * H
    rot = math.radians(r.uniform(-8, 8))
    pts = []
    for (px, py) in ((-dw / 2, -dh / 2), (dw / 2, -dh / 2), (dw / 2, dh / 2), (-dw / 2, dh / 2)):
        x = cx + px * math.cos(rot) - py * math.sin(rot)
        y = cy + px * math.sin(rot) + py * math.cos(rot)
        pts.append([x, y])
    # keystone: the far edge (top) shorter
    k = tilt * dw
    pts[0][0] += k * r.uniform(0.4, 0.6)
    pts[1][0] -= k * r.uniform(0.4, 0.6)
    for p_ in pts:
        p_[0] += r.uniform(-0.015, 0.015) * W
        p_[1] += r.uniform(-0.015, 0.015) * H
    quad = [tuple(p_) for p_ in pts]
    canvas = _shadow(canvas, quad, r)
    out = _place_on(canvas, pg, quad)
    out = _light(out, r, r.uniform(0.08, 0.3))
    out = out.filter(ImageFilter.GaussianBlur(r.uniform(0.4, 1.1)))
    out = _noise(out, r.uniform(4, 10))
    return out.filter(ImageFilter.UnsharpMask(radius=2, percent=r.randint(40, 110), threshold=2))


def _scan_bed(pg: Image.Image, r: random.Random, card: bool) -> Image.Image:
    """On the glass: a card lies on an A4 bed (the scan keeps the white lid around it)."""
    if not card:
        return pg
    w, h = pg.size
    W, H = int(w * r.uniform(1.5, 2.4)), int(h * r.uniform(2.0, 3.2))
    bed = Image.new("RGB", (W, H), (246, 246, 244))
    x, y = int((W - w) * r.uniform(0.1, 0.5)), int((H - h) * r.uniform(0.05, 0.4))
    bed.paste(pg, (x, y))
    ImageDraw.Draw(bed).rounded_rectangle((x, y, x + w - 1, y + h - 1), radius=w // 28, outline=(150, 150, 150),
                                          width=max(2, w // 400))  # the card's edge shows on the glass
    return bed


def capture(pg: Image.Image, kind: str, cap: str, r: random.Random, note: bool = False) -> Image.Image:
    """`note`: a 复印件与原件一致 note is written on the copy (beside a card, on the A4 sheet it was copied on)."""
    card = kind.startswith("id_card")
    w, h = pg.size
    if note:
        if card:
            pg = _scan_bed(pg, r, True)
            card = False
        mark_copy_note(pg, r)
    if cap == "flatbed_scan":
        im = _scan_bed(pg, r, card).rotate(r.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True, fillcolor=(248, 248, 246))
        s = r.uniform(0.75, 1.0) if not card else r.uniform(0.4, 0.6)
        im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
        im = ImageEnhance.Color(im).enhance(r.uniform(0.8, 1.05))
        return _noise(im.filter(ImageFilter.GaussianBlur(0.5)), 3)
    if cap == "adf_scan":
        im = _scan_bed(pg, r, card).convert("L").rotate(r.uniform(-3, 3), resample=Image.BICUBIC, expand=True, fillcolor=235)
        s = r.uniform(0.6, 0.8) if not card else 0.4
        im = im.resize((int(im.width * s), int(im.height * s)), Image.BILINEAR)
        dr = ImageDraw.Draw(im)
        for _ in range(r.randint(1, 3)):  # a dirty feeder glass draws a line down the page
            x = r.randint(0, im.width - 1)
            dr.line([(x, 0), (x, im.height)], fill=r.choice([90, 140, 200]), width=r.randint(1, 2))
        return ImageOps.autocontrast(_noise(im, 4), cutoff=1)
    if cap in ("phone_photo", "low_light"):
        im = photo(pg, r, r.choice([2000, 2400, 2800]) if not card else r.choice([1600, 2000]), r.uniform(0.02, 0.16))
        if cap == "low_light":
            im = ImageEnhance.Brightness(im).enhance(r.uniform(0.35, 0.55))
            im = _motion(im, r.randint(3, 7), r.uniform(0, 180))
            im = _noise(im, r.uniform(10, 16))
            im = ImageEnhance.Color(im).enhance(0.8)
        return im
    if cap == "gaopaiyi":
        base = Image.new("RGB", (8, 6), r.choice([(30, 30, 32), (225, 225, 222), (40, 60, 50)]))
        im = photo(pg, r, r.choice([2592, 2048]) if not card else 1600, 0.0, bg=_noise(base.resize((2592, 1944)), 6))
        return ImageEnhance.Brightness(im).enhance(r.uniform(0.95, 1.25))
    if cap in ("photocopy", "copy_of_copy"):
        im = _scan_bed(pg, r, card).convert("L")
        for _ in range(2 if cap == "copy_of_copy" else 1):
            im = ImageEnhance.Contrast(im).enhance(r.uniform(1.4, 1.9))
            im = ImageEnhance.Brightness(im).enhance(r.uniform(1.02, 1.12))
            im = im.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=250)
            sp = Image.effect_noise((im.width // 2, im.height // 2), 35).point(lambda v: 0 if v > 252 else 255).resize(im.size)  # toner specks
            im = ImageChops.darker(im, sp.filter(ImageFilter.MinFilter(3)))
            im = im.filter(ImageFilter.GaussianBlur(0.7))
            dark = Image.radial_gradient("L").resize(im.size).point(lambda v: 255 - max(0, v - 170))
            im = ImageChops.multiply(im, dark)
        s = r.uniform(0.65, 0.85) if not card else 0.5
        return im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
    if cap == "fax":
        im = _scan_bed(pg, r, card).convert("L")
        s = r.uniform(0.42, 0.55) if not card else 0.33
        im = im.resize((int(im.width * s), int(im.height * s * r.choice([1.0, 0.5]))), Image.BILINEAR)
        im = im.resize((im.width, int(im.width * pg.height / pg.width * (1 if not card else 1))), Image.NEAREST) if im.height < im.width * pg.height / pg.width * 0.7 else im
        im = im.rotate(r.uniform(-1, 1), resample=Image.BILINEAR, fillcolor=255)
        if r.random() < 0.5:
            return im.convert("1")  # Floyd–Steinberg dither
        return im.point(lambda v: 255 if v > r.randint(120, 170) else 0).convert("1", dither=Image.Dither.NONE)
    if cap == "scanner_app":
        im = photo(pg, r, 2600 if not card else 1800, r.uniform(0.0, 0.05))
        # the app finds the page and flattens it, then "enhances": a crop, autocontrast and sharpening
        W, H = im.size
        im = im.crop((int(W * 0.08), int(H * 0.08), int(W * 0.92), int(H * 0.92)))
        im = ImageOps.autocontrast(im.convert("L" if r.random() < 0.5 else "RGB"), cutoff=2)
        return im.filter(ImageFilter.UnsharpMask(radius=2, percent=150, threshold=3))
    if cap == "chat_screenshot":
        ph = photo(pg, r, 2400 if not card else 1800, r.uniform(0.02, 0.1))
        buf = io.BytesIO()
        ph.save(buf, "JPEG", quality=r.randint(45, 70))
        ph = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
        SW, SH = 1080, 2340
        scr = Image.new("RGB", (SW, SH), (0, 0, 0))
        s = SW / ph.width
        ph = ph.resize((SW, int(ph.height * s)), Image.BILINEAR)
        scr.paste(ph, (0, (SH - ph.height) // 2))
        dr = ImageDraw.Draw(scr)
        f = _font("Droid Sans Fallback Regular", 40)
        dr.text((40, 20), f"{r.randint(8, 20)}:{r.randint(10, 59)}", fill=(255, 255, 255), font=f)
        dr.text((SW - 180, 20), f"{r.randint(20, 99)}%", fill=(255, 255, 255), font=f)
        dr.text((40, SH - 120), r.choice(["原图", "查看原图(2.1M)", "保存"]), fill=(230, 230, 230), font=f)
        return scr
    if cap == "screen_photo":
        # the e-licence shown on the applicant's phone, photographed by the clerk's camera
        sw = 1080
        shown = pg.resize((sw, int(pg.height * sw / pg.width)), Image.LANCZOS)
        SH = max(int(sw * 2.1), shown.height + 400)
        scr = Image.new("RGB", (sw, SH), (245, 245, 245))
        scr.paste(shown, (0, (SH - shown.height) // 2))
        dr = ImageDraw.Draw(scr)
        dr.rectangle((0, 0, sw, 150), fill=(200, 40, 40))
        dr.text((40, 60), r.choice(["电子营业执照", "亮照亮证", "电子证照"]), fill=(255, 255, 255), font=_font("Noto Sans CJK SC Regular", 50))
        grid = Image.new("L", scr.size, 255)
        gd = ImageDraw.Draw(grid)
        for x in range(0, sw, 3):
            gd.line([(x, 0), (x, SH)], fill=228)
        scr = ImageChops.multiply(scr, Image.merge("RGB", (grid, grid, grid)))
        bez = Image.new("RGB", (sw + 80, SH + 160), (15, 15, 18))
        bez.paste(scr, (40, 80))
        im = photo(bez, r, 2600, r.uniform(0.02, 0.1))
        return ImageEnhance.Brightness(im).enhance(r.uniform(0.9, 1.1))
    if cap == "printed_elicence":
        im = ImageEnhance.Contrast(pg.convert("L" if r.random() < 0.5 else "RGB")).enhance(0.85)
        im = im.filter(ImageFilter.GaussianBlur(0.6)).rotate(r.uniform(-1, 1), resample=Image.BICUBIC, fillcolor=250 if im.mode == "L" else (250, 250, 250))
        return _noise(im, 5)
    raise ValueError(cap)


CAPTURES = {
    "card": [("phone_photo", 30), ("gaopaiyi", 16), ("flatbed_scan", 10), ("photocopy", 14), ("copy_of_copy", 4),
             ("chat_screenshot", 8), ("scanner_app", 6), ("low_light", 6), ("fax", 3), ("adf_scan", 3)],
    "page": [("phone_photo", 20), ("gaopaiyi", 12), ("flatbed_scan", 14), ("adf_scan", 7), ("photocopy", 10),
             ("copy_of_copy", 4), ("fax", 5), ("scanner_app", 8), ("chat_screenshot", 8), ("screen_photo", 4),
             ("printed_elicence", 4), ("low_light", 4)],
}
PHOTOS = {"phone_photo", "gaopaiyi", "chat_screenshot", "low_light", "screen_photo", "scanner_app"}
