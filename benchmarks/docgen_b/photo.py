"""Capture conditions for family B: a flat page becomes a phone photo on a desk (any rotation,
perspective, scale, blur, uneven light, glare, JPEG), a low-resolution phone photo, a flatbed
scan (clean, grey) or a photocopy (high contrast, toner noise).

Glare is applied on the page before it is photographed; a field any of whose characters lies
under the saturated core of a glare spot is reported `unreadable` (blank is then correct).
"""

from __future__ import annotations

import math
import random

import cv2
import numpy as np
from PIL import Image

CONDITIONS = ("phone", "phone", "phone", "phone_glare", "lowres", "scanner", "photocopy")
UNREADABLE_ALPHA = 0.8


def glare(page: np.ndarray, char_boxes: dict[str, list[tuple[float, float, float, float]]],
          rnd: random.Random, *, on_field: bool) -> tuple[np.ndarray, set[str]]:
    """A specular spot (saturated core, soft falloff). Returns the page and the fields it hides."""
    h, w = page.shape[:2]
    if on_field and char_boxes:
        key = rnd.choice(sorted(char_boxes))
        bx = rnd.choice(char_boxes[key])
        cx, cy = (bx[0] + bx[2]) / 2, (bx[1] + bx[3]) / 2
    else:
        cx, cy = rnd.uniform(0.15, 0.85) * w, rnd.uniform(0.15, 0.85) * h
    diag = math.hypot(w, h)
    sx, sy = diag * rnd.uniform(0.025, 0.07), diag * rnd.uniform(0.015, 0.05)
    ang = rnd.uniform(0, math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = xx - cx, yy - cy
    u = (dx * math.cos(ang) + dy * math.sin(ang)) / sx
    v = (-dx * math.sin(ang) + dy * math.cos(ang)) / sy
    alpha = np.clip(1.5 * np.exp(-(u * u + v * v) / 2), 0, 1)
    out = page.astype(np.float32) * (1 - alpha[..., None]) + np.array([255, 254, 250], np.float32) * alpha[..., None]
    hidden: set[str] = set()
    for key, boxes in char_boxes.items():
        for x0, y0, x1, y1 in boxes:
            patch = alpha[max(0, int(y0)):int(y1) + 1, max(0, int(x0)):int(x1) + 1]
            if patch.size and float(patch.mean()) > UNREADABLE_ALPHA:
                hidden.add(key)
                break
    return np.clip(out, 0, 255).astype(np.uint8), hidden


def desk(w: int, h: int, rnd: random.Random) -> np.ndarray:
    """Desk backgrounds: wood grain, grey laminate, dark cloth, a white counter."""
    rng = np.random.default_rng(rnd.randint(0, 2**31))
    kind = rnd.choice(["wood", "wood", "laminate", "cloth", "counter"])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([rnd.randint(90, 150), rnd.randint(60, 100), rnd.randint(30, 60)], np.float32)[::-1]
        # grain: stretched noise (long fibres) plus a few slow rings, never a regular stripe
        fib = cv2.resize(rng.normal(0, 1, (max(2, h // 6), max(2, w // 160))).astype(np.float32), (w, h),
                         interpolation=cv2.INTER_CUBIC)
        slow = cv2.resize(rng.normal(0, 1, (6, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
        grain = fib * 9 + np.sin(yy / rnd.uniform(20, 60) + slow * 3) * 6
        if rnd.random() < 0.5:
            grain = grain.T if grain.shape[0] == grain.shape[1] else cv2.resize(grain.T.copy(), (w, h))
        img = base + grain[..., None] + rng.normal(0, 4, (h, w, 1))
    elif kind == "laminate":
        img = np.full((h, w, 3), rnd.randint(120, 190), np.float32) + rng.normal(0, 5, (h, w, 1))
    elif kind == "cloth":
        base = np.array([rnd.randint(20, 70), rnd.randint(30, 80), rnd.randint(40, 100)], np.float32)
        weave = (np.sin(xx / 2.1) * np.sin(yy / 2.3)) * 8
        img = base + weave[..., None] + rng.normal(0, 4, (h, w, 1))
    else:
        img = np.full((h, w, 3), rnd.randint(200, 230), np.float32) + rng.normal(0, 3, (h, w, 1))
    return np.clip(img, 0, 255).astype(np.uint8)


def _rounded_mask(w: int, h: int, r: int) -> np.ndarray:
    m = np.zeros((h, w), np.uint8)
    cv2.rectangle(m, (r, 0), (w - r, h), 255, -1)
    cv2.rectangle(m, (0, r), (w, h - r), 255, -1)
    for cx, cy in ((r, r), (w - r, r), (r, h - r), (w - r, h - r)):
        cv2.circle(m, (cx, cy), r, 255, -1)
    return m


def phone(page: np.ndarray, rnd: random.Random, *, card: bool, lowres: bool = False) -> tuple[np.ndarray, dict]:
    """Page (BGR) photographed on a desk."""
    ph, pw = page.shape[:2]
    long_side = rnd.choice([1600, 2048, 2592, 3024]) if not lowres else rnd.choice([1280, 1600])
    portrait_frame = rnd.random() < 0.4
    W, H = (long_side, int(long_side * 3 / 4)) if not portrait_frame else (int(long_side * 3 / 4), long_side)
    bg = desk(W, H, rnd)
    # rotation: mostly near a right angle, sometimes anything
    r = rnd.random()
    if r < 0.15:
        angle = rnd.uniform(0, 360)
    else:
        angle = rnd.choice([0, 0, 0, 90, 180, 270]) + rnd.uniform(-9, 9)
    # size in frame (fraction of the frame's short side the page's long side covers when upright)
    # a card small in a low-resolution frame would be illegible, not just hard: keep it large there
    frac = (rnd.uniform(0.55, 0.8) if lowres else rnd.uniform(0.35, 0.7)) if card else 1.0
    a = math.radians(angle)
    # rotated page extent must fit: scale to the frame
    ext_w = abs(pw * math.cos(a)) + abs(ph * math.sin(a))
    ext_h = abs(pw * math.sin(a)) + abs(ph * math.cos(a))
    s = min(W * 0.94 / ext_w, H * 0.94 / ext_h)
    if card:
        s = min(s, frac * min(W, H) / max(pw, ph))
    else:
        s *= rnd.uniform(0.8, 1.0) if not lowres else rnd.uniform(0.92, 1.0)
    cx = W / 2 + rnd.uniform(-1, 1) * max(0.0, (W * 0.94 - ext_w * s) / 2)
    cy = H / 2 + rnd.uniform(-1, 1) * max(0.0, (H * 0.94 - ext_h * s) / 2)
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]], np.float32) * s
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], np.float32)
    dst = corners @ rot.T + np.array([cx, cy], np.float32)
    # perspective: the camera is not straight above the desk
    k = rnd.uniform(0.0, 0.07) * max(pw, ph) * s
    tilt = rnd.choice([0, 1, 2, 3])
    dst[tilt] += np.array([rnd.uniform(-k, k), rnd.uniform(-k, k)], np.float32)
    dst[(tilt + 1) % 4] += np.array([rnd.uniform(-k, k), rnd.uniform(-k, k)], np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR)
    mask = _rounded_mask(pw, ph, int(0.045 * pw)) if card else np.full((ph, pw), 255, np.uint8)
    mwarp = cv2.warpPerspective(mask, M, (W, H)).astype(np.float32) / 255.0
    # soft shadow under the document
    shadow = cv2.GaussianBlur(np.roll(np.roll(mwarp, int(8 + W * 0.004), 0), int(6 + W * 0.003), 1), (0, 0), W * 0.006)
    img = bg.astype(np.float32) * (1 - 0.45 * shadow[..., None])
    img = img * (1 - mwarp[..., None]) + warped.astype(np.float32) * mwarp[..., None]
    # uneven light: a broad gradient and a vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rnd.uniform(-1, 1), rnd.uniform(-1, 1)
    light = 1 + rnd.uniform(0.05, 0.28) * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    vig = 1 - rnd.uniform(0.05, 0.25) * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    if rnd.random() < 0.3:  # a hand or phone shadow across part of the page
        sx0 = rnd.uniform(0, W)
        band = np.clip((xx - sx0) / (W * 0.05), 0, 1) * rnd.uniform(0.15, 0.35)
        light = light * (1 - band)
    tint = np.array([rnd.uniform(0.92, 1.05), 1.0, rnd.uniform(0.92, 1.06)], np.float32)  # BGR white balance
    img = img * (light * vig)[..., None] * tint
    img = np.clip(img, 0, 255).astype(np.uint8)
    blur = "none"
    r = rnd.random()
    if r < 0.35:
        sig = rnd.uniform(0.6, 1.6 if not lowres else 1.0)
        img = cv2.GaussianBlur(img, (0, 0), sig)
        blur = f"gauss{sig:.1f}"
    elif r < 0.5:
        n = rnd.randint(3, 7)
        kern = np.zeros((n, n), np.float32)
        kern[n // 2, :] = 1 / n
        kern = cv2.warpAffine(kern, cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), rnd.uniform(0, 180), 1), (n, n))
        kern /= max(kern.sum(), 1e-6)
        img = cv2.filter2D(img, -1, kern)
        blur = f"motion{n}"
    rng = np.random.default_rng(rnd.randint(0, 2**31))
    img = np.clip(img.astype(np.float32) + rng.normal(0, rnd.uniform(1.5, 5), img.shape), 0, 255).astype(np.uint8)
    if lowres:
        target = rnd.choice([1024, 1152, 1280]) if not card else rnd.choice([800, 960, 1024])
        f = target / max(W, H)
        img = cv2.resize(img, (int(W * f), int(H * f)), interpolation=cv2.INTER_AREA)
    return img, {"angle": round(angle, 1), "size": [img.shape[1], img.shape[0]], "blur": blur, "scale": round(s, 3)}


def scanner(page: np.ndarray, rnd: random.Random, *, card: bool) -> tuple[np.ndarray, dict]:
    """Flatbed scan at ~200 dpi: white or light-grey lid, tiny skew, slightly grey and soft."""
    A4 = (1654, 2339)  # 200 dpi portrait
    ph, pw = page.shape[:2]
    if card:
        W, H = A4
        lid = rnd.randint(238, 255)
        canvas = np.full((H, W, 3), lid, np.uint8)
        f = (85.6 / 25.4 * 200) / pw          # the card at its real size
        small = cv2.resize(page, (int(pw * f), int(ph * f)), interpolation=cv2.INTER_AREA)
        x, y = rnd.randint(60, 400), rnd.randint(60, 500)
        m = _rounded_mask(small.shape[1], small.shape[0], int(0.045 * small.shape[1]))[..., None] > 0
        region = canvas[y:y + small.shape[0], x:x + small.shape[1]]
        canvas[y:y + small.shape[0], x:x + small.shape[1]] = np.where(m, small, region)
    else:
        landscape = pw > ph
        W, H = (A4[1], A4[0]) if landscape else A4
        f = min(W / pw, H / ph) * rnd.uniform(0.95, 1.0)
        small = cv2.resize(page, (int(pw * f), int(ph * f)), interpolation=cv2.INTER_AREA)
        canvas = np.full((H, W, 3), rnd.randint(235, 255), np.uint8)
        x, y = (W - small.shape[1]) // 2, (H - small.shape[0]) // 2
        canvas[y:y + small.shape[0], x:x + small.shape[1]] = small
    angle = rnd.uniform(-1.5, 1.5)
    M = cv2.getRotationMatrix2D((W / 2, H / 2), angle, 1.0)
    canvas = cv2.warpAffine(canvas, M, (W, H), borderValue=(250, 250, 250))
    if rnd.random() < 0.5:  # scanners often deliver grey
        g = cv2.cvtColor(canvas, cv2.COLOR_BGR2GRAY)
        canvas = cv2.cvtColor(g, cv2.COLOR_GRAY2BGR)
    canvas = cv2.GaussianBlur(canvas, (0, 0), rnd.uniform(0.3, 0.8))
    canvas = np.clip(canvas.astype(np.float32) * rnd.uniform(0.9, 1.0) + rnd.uniform(0, 12), 0, 255).astype(np.uint8)
    return canvas, {"angle": round(angle, 2), "size": [W, H]}


def photocopy(page: np.ndarray, rnd: random.Random, *, card: bool) -> tuple[np.ndarray, dict]:
    """A photocopy, scanned: grey, high contrast, toner speckles, a dark edge, some skew."""
    img, meta = scanner(page, rnd, card=card)
    g = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY).astype(np.float32)
    contrast = rnd.uniform(1.4, 2.2)
    mid = rnd.uniform(150, 190)
    g = (g - mid) * contrast + mid + rnd.uniform(10, 40)
    rng = np.random.default_rng(rnd.randint(0, 2**31))
    g += rng.normal(0, rnd.uniform(4, 10), g.shape)
    specks = rng.random(g.shape) < rnd.uniform(0.0005, 0.003)
    g[specks] = rng.uniform(0, 90, int(specks.sum()))
    h, w = g.shape
    edge = rnd.randint(0, 40)
    if edge:
        side = rnd.choice(["l", "r", "t", "b"])
        shade = rnd.uniform(30, 90)
        if side == "l":
            g[:, :edge] = shade
        elif side == "r":
            g[:, w - edge:] = shade
        elif side == "t":
            g[:edge] = shade
        else:
            g[h - edge:] = shade
    g = np.clip(g, 0, 255).astype(np.uint8)
    meta.update({"contrast": round(contrast, 2)})
    return cv2.cvtColor(g, cv2.COLOR_GRAY2BGR), meta


def save(img: np.ndarray, path_stem: str, fmt: str, rnd: random.Random) -> str:
    """Write BGR `img` as jpg/png/pdf; returns the file name."""
    if fmt == "jpg":
        q = rnd.randint(55, 92)
        cv2.imwrite(path_stem + ".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
        return path_stem + ".jpg"
    if fmt == "png":
        cv2.imwrite(path_stem + ".png", img)
        return path_stem + ".png"
    pil = Image.fromarray(cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
    pil.save(path_stem + ".pdf", "PDF", resolution=200.0)
    return path_stem + ".pdf"


# ---- capture modes added for issue 15's held-out failures (opt-in: `generate(..., captures=...)`) ----
# physical long side (mm) of each kind's page, to place it on an A4 bed at its real size
PHYSICAL_MM = {"id_card_front": 85.6, "id_card_back": 85.6, "bank_card": 85.6, "household_register": 203.0,
               "marriage_certificate": 190.0}
A4_MM = (210.0, 297.0)
NEW_CAPTURES = ("flatbed", "copy_grey", "copy_bw", "screen", "phone_small")


def _on_bed(page: np.ndarray, rnd: random.Random, kind: str, dpi: int, bed: int,
            landscape_bed: bool | None = None) -> tuple[np.ndarray, list[float]]:
    """The page lying on an A4 glass of colour `bed` at `dpi`, at its real size (licences: up to
    the glass, often a little smaller, pushed into a corner), a faint shadow along its edges."""
    ph, pw = page.shape[:2]
    if landscape_bed is None:
        landscape_bed = pw > ph * 1.15 and rnd.random() < 0.6
    bw_mm, bh_mm = (A4_MM[1], A4_MM[0]) if landscape_bed else A4_MM
    W, H = int(bw_mm / 25.4 * dpi), int(bh_mm / 25.4 * dpi)
    long_mm = PHYSICAL_MM.get(kind)
    if long_mm is None:  # a licence: as large as the glass allows, or a reduced copy
        f = min(W / pw, H / ph) * rnd.uniform(0.7, 0.97)
    else:
        f = min(long_mm / 25.4 * dpi / max(pw, ph), min(W / pw, H / ph) * 0.97)
    small = cv2.resize(page, (max(8, int(pw * f)), max(8, int(ph * f))), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape[:2]
    canvas = np.full((H, W, 3), bed, np.uint8)
    rng = np.random.default_rng(rnd.randint(0, 2**31))
    canvas = np.clip(canvas.astype(np.float32) + rng.normal(0, 1.2, (H, W, 1)), 0, 255).astype(np.uint8)
    m = int(0.01 * dpi)
    corner = rnd.random() < 0.5
    x = m if corner else rnd.randint(m, max(m, W - sw - m))
    y = m if corner else rnd.randint(m, max(m, H - sh - m))
    x, y = min(x, max(0, W - sw)), min(y, max(0, H - sh))
    # a thin shadow where the lid does not press the paper flat (low contrast on a light bed)
    shade = rnd.randint(4, 25)
    cv2.rectangle(canvas, (x - 2, y - 2), (x + sw + 2, y + sh + 2), (bed - shade,) * 3, 3)
    canvas[y:y + sh, x:x + sw] = small[:H - y, :W - x]
    angle = rnd.uniform(-3, 3)
    M = cv2.getRotationMatrix2D((x + sw / 2, y + sh / 2), angle, 1.0)
    canvas = cv2.warpAffine(canvas, M, (W, H), borderValue=(bed, bed, bed))
    return canvas, [round(angle, 2), W, H]


def flatbed(page: np.ndarray, rnd: random.Random, kind: str) -> tuple[np.ndarray, dict]:
    """A flatbed scan of the whole A4 glass at 150/200/300 dpi: the document white on a white or
    light-grey bed, edges barely visible, slightly soft, colour or grey."""
    dpi = rnd.choice([150, 200, 300])
    bed = rnd.randint(232, 255)
    canvas, (angle, W, H) = _on_bed(page, rnd, kind, dpi, bed)
    if rnd.random() < 0.4:
        canvas = cv2.cvtColor(cv2.cvtColor(canvas, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    canvas = cv2.GaussianBlur(canvas, (0, 0), rnd.uniform(0.3, 0.9) * dpi / 200)
    canvas = np.clip(canvas.astype(np.float32) * rnd.uniform(0.95, 1.0) + rnd.uniform(0, 10), 0, 255).astype(np.uint8)
    return canvas, {"dpi": dpi, "bed": bed, "angle": angle, "size": [W, H]}


def copy_grey(page: np.ndarray, rnd: random.Random, kind: str, *, binary: bool = False) -> tuple[np.ndarray, dict]:
    """A photocopy on A4 (scanned or faxed): grey or binarised (1 bit), the document at 70–100 % on
    the sheet, the copier lid's dark frame around a smaller original sometimes."""
    dpi = rnd.choice([150, 200, 300])
    lid_open = rnd.random() < 0.3
    canvas, (angle, W, H) = _on_bed(page, rnd, kind, dpi, 60 if lid_open else rnd.randint(238, 255))
    g = cv2.cvtColor(canvas, cv2.COLOR_BGR2GRAY).astype(np.float32)
    rng = np.random.default_rng(rnd.randint(0, 2**31))
    g = (g - 170) * rnd.uniform(1.2, 1.8) + 170 + rnd.uniform(5, 30)
    g += rng.normal(0, rnd.uniform(2, 7), g.shape)
    g = cv2.GaussianBlur(np.clip(g, 0, 255).astype(np.uint8), (0, 0), 0.6 * dpi / 200)
    if binary:
        if rnd.random() < 0.5:
            _, g = cv2.threshold(g, rnd.randint(140, 190), 255, cv2.THRESH_BINARY)
        else:
            g = cv2.adaptiveThreshold(g, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY,
                                      int(dpi / 200 * 25) | 1, rnd.randint(8, 16))
        specks = rng.random(g.shape) < rnd.uniform(0.0002, 0.001)
        g[specks] = 0
    return cv2.cvtColor(g, cv2.COLOR_GRAY2BGR), {"dpi": dpi, "lid_open": lid_open, "angle": angle,
                                                 "binary": binary, "size": [W, H]}


def screen(page: np.ndarray, rnd: random.Random) -> tuple[np.ndarray, dict]:
    """A screenshot of the document shown in an image/PDF viewer: title bar, toolbar, a side panel
    of page thumbnails, the page scaled to the window on a grey or dark background (PNG)."""
    from PIL import ImageDraw

    from benchmarks.docgen_b.render import font

    W, H = rnd.choice([(1920, 1080), (1920, 1200), (2560, 1440), (2560, 1600), (1440, 2200), (1200, 1920),
                       (1366, 1000)])
    dark = rnd.random() < 0.5
    bg = (82, 86, 89) if dark else (rnd.randint(200, 235),) * 3
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    bar = int(H * rnd.uniform(0.03, 0.05))
    d.rectangle((0, 0, W, bar), fill=(50, 54, 57) if dark else (245, 245, 245))
    f = font("hei", max(12, int(bar * 0.45)))
    title = rnd.choice(["扫描件.pdf", "证照材料.png", "IMG_2041.JPG - 照片", "附件1.pdf — 预览", "材料 (1).jpg"])
    d.text((bar, bar * 0.25), title, font=f, fill=(230, 230, 230) if dark else (30, 30, 30))
    tool = int(bar * 0.9)
    d.rectangle((0, bar, W, bar + tool), fill=(60, 64, 67) if dark else (235, 235, 235))
    zoom = f"{rnd.randint(40, 120)}%"
    d.text((W - 6 * bar, bar + tool * 0.2), zoom, font=f, fill=(220, 220, 220) if dark else (40, 40, 40))
    side = int(W * rnd.uniform(0.1, 0.16)) if rnd.random() < 0.5 else 0
    ph, pw = page.shape[:2]
    rgb = Image.fromarray(cv2.cvtColor(page, cv2.COLOR_BGR2RGB))
    if side:
        d.rectangle((0, bar + tool, side, H), fill=(70, 74, 77) if dark else (225, 225, 225))
        tw = int(side * 0.7)
        th = int(tw * ph / pw)
        y = bar + tool + 20
        for i in range(rnd.randint(1, 3)):
            if y + th > H:
                break
            img.paste(rgb.resize((tw, th)), ((side - tw) // 2, y))
            if i == 0:
                d.rectangle(((side - tw) // 2 - 3, y - 3, (side + tw) // 2 + 3, y + th + 3),
                            outline=(66, 133, 244), width=3)
            y += th + 30
    area_w, area_h = W - side - 40, H - bar - tool - 40
    s = min(area_w / pw, area_h / ph) * rnd.uniform(0.85, 1.0)
    nw, nh = int(pw * s), int(ph * s)
    x = side + 20 + (area_w - nw) // 2
    y = bar + tool + 20 + (area_h - nh) // 2
    img.paste(rgb.resize((nw, nh), Image.LANCZOS), (x, y))
    out = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    return out, {"size": [W, H], "scale": round(s, 3), "dark": dark, "thumbs": bool(side)}


def phone_small(page: np.ndarray, rnd: random.Random, *, card: bool) -> tuple[np.ndarray, dict]:
    """A phone photo sent at 768×1024 (a messenger's downscale)."""
    img, meta = phone(page, rnd, card=card, lowres=card)  # (a card small in 768×1024 is illegible)
    h, w = img.shape[:2]
    f = 1024 / max(h, w)
    img = cv2.resize(img, (max(8, int(w * f)), max(8, int(h * f))), interpolation=cv2.INTER_AREA)
    meta["size"] = [img.shape[1], img.shape[0]]
    return img, meta
