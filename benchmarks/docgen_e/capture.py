"""How a family E page reaches the workstation: a phone photo on a desk, the same photo after a
chat app shrank it, a flatbed scan, a photocopy that was then scanned, a fax. Each capture also
decides, from its own geometry, which value characters the picture no longer shows (out of the
frame, under a saturated glare core, under a thumb), so `unreadable` never comes from an OCR run.
"""

from __future__ import annotations

import io
import random
import time
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageDraw

from benchmarks.docgen_e.render import Page, font

GLARE_SATURATED = 0.85     # screen-blend reflection at which dark ink is lifted to within ~10 % of white


@dataclass
class Shot:
    data: bytes
    ext: str
    hidden: dict[str, str] = field(default_factory=dict)      # field key -> frame | glare | finger
    detail: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------- helpers

def _nrng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 62))


def _smooth_noise(nr: np.random.Generator, h: int, w: int, cells: int) -> np.ndarray:
    small = nr.random((max(2, cells * h // max(h, w)), max(2, cells * w // max(h, w)))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _soft(mask: np.ndarray, sigma: float) -> np.ndarray:
    """A wide Gaussian blur done at a reduced size (a soft shadow edge needs no full-size kernel)."""
    f = max(1.0, sigma / 3.0)
    if f <= 1.5:
        return cv2.GaussianBlur(mask, (0, 0), sigma)
    h, w = mask.shape[:2]
    small = cv2.resize(mask, (max(2, int(w / f)), max(2, int(h / f))), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), sigma / f)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def _encode(img: np.ndarray, ext: str, quality: int = 90, dpi: float | None = None, bilevel: bool = False) -> bytes:
    pil = Image.fromarray(img)
    if bilevel:
        pil = pil.convert("L").point(lambda v: 255 if v > 127 else 0).convert("1")
    buf = io.BytesIO()
    if ext == "jpg":
        pil.convert("RGB" if pil.mode != "L" else "L").save(buf, "JPEG", quality=quality)
    elif ext == "png":
        pil.save(buf, "PNG", optimize=False, compress_level=3)
    else:
        fixed = time.gmtime(1796029200)          # reproducible bytes: a fixed date, not the wall clock
        pil.save(buf, "PDF", resolution=dpi or 150.0, creationDate=fixed, modDate=fixed)
    return buf.getvalue()


def _char_quads(page: Page, H: np.ndarray) -> dict[str, np.ndarray]:
    """key -> (n, 4, 2) transformed corners of each value character."""
    out = {}
    for key, boxes in page.boxes.items():
        b = np.asarray(boxes, dtype=np.float32)
        pts = np.stack([b[:, [0, 1]], b[:, [2, 1]], b[:, [2, 3]], b[:, [0, 3]]], axis=1).reshape(-1, 1, 2)
        out[key] = cv2.perspectiveTransform(pts, H).reshape(-1, 4, 2)
    return out


def _hidden(quads: dict[str, np.ndarray], w: int, h: int, masks: dict[str, tuple[np.ndarray, float]]) -> dict[str, str]:
    """A field is hidden when one of its characters leaves the frame, or when a mask (glare core,
    thumb) covers at least the given share of the character's box."""
    out: dict[str, str] = {}
    for key, q in quads.items():
        for cq in q:
            if (cq[:, 0] < 0).any() or (cq[:, 1] < 0).any() or (cq[:, 0] > w - 1).any() or (cq[:, 1] > h - 1).any():
                out[key] = "frame"
                break
            x0, y0 = np.floor(cq.min(0)).astype(int)
            x1, y1 = np.ceil(cq.max(0)).astype(int)
            for why, (m, share) in masks.items():
                if m[y0:y1 + 1, x0:x1 + 1].mean() >= share:
                    out[key] = why
                    break
            if key in out:
                break
    return out


# ---------------------------------------------------------------------------- desks

def desk(nr: np.random.Generator, rng: random.Random, H: int, W: int) -> tuple[np.ndarray, str]:
    """A desk surface (float32 RGB), drawn at half size and enlarged (it is out of focus anyway)."""
    h, w = H // 2, W // 2
    kind = rng.choice(("wood", "wood", "grey", "dark", "granite", "cloth", "keyboard"))
    if kind == "wood":
        base = np.array(rng.choice(((150, 105, 70), (182, 140, 96), (120, 80, 52), (205, 170, 128))), np.float32)
        n = cv2.resize(nr.random((h // 40 + 2, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
        yy = np.arange(h, dtype=np.float32)[:, None]
        grain = 0.5 + 0.5 * np.sin(yy / rng.uniform(5, 14) + n * rng.uniform(8, 20))
        if rng.random() < 0.5:
            grain = grain.T[:h, :w] if grain.shape[::-1] == (h, w) else np.rot90(cv2.resize(grain, (h, w)))
        img = base * (0.82 + 0.25 * grain[..., None])
    elif kind == "grey":
        img = np.full((h, w, 3), rng.choice(((170, 172, 170), (198, 196, 190), (140, 146, 150))), np.float32)
    elif kind == "dark":
        img = np.full((h, w, 3), rng.choice(((38, 40, 44), (30, 36, 58), (55, 50, 48))), np.float32)
    elif kind == "granite":
        img = np.full((h, w, 3), (196, 188, 176), np.float32) + (nr.random((h, w, 1)) < 0.08) * -60
        img = cv2.GaussianBlur(img, (0, 0), 1.2)  # speckle softened
    elif kind == "cloth":
        img = np.full((h, w, 3), rng.choice(((70, 90, 130), (150, 60, 60), (90, 110, 80))), np.float32)
        yy, xx = np.mgrid[0:h, 0:w]
        img *= (0.9 + 0.1 * ((yy // 3 + xx // 3) % 2))[..., None]
    else:   # a keyboard along one side of a grey desk
        img = np.full((h, w, 3), (176, 176, 172), np.float32)
        kh = int(h * rng.uniform(0.15, 0.3))
        img[h - kh:] = (40, 40, 42)
        for x in range(0, w, max(8, w // 24)):
            for y in range(h - kh + 6, h, max(8, w // 24)):
                img[y:y + max(4, w // 32), x + 3:x + max(6, w // 28)] = (65, 65, 68)
    img = img * (0.92 + 0.16 * _smooth_noise(nr, h, w, 6))[..., None]
    return cv2.resize(img.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR), kind


# ---------------------------------------------------------------------------- phone photo

def phone_geometry(rng: random.Random, page_w_mm: float, page_h_mm: float, chat: bool) -> dict:
    landscape_page = page_w_mm > page_h_mm
    L = rng.randint(1000, 1280) if chat else rng.choice((1600, 2000, 2400, 2400, 2592, 3000))
    work = int(L * 1.6) if chat else L                  # the camera picture a chat app shrinks
    land = landscape_page if rng.random() < 0.8 else not landscape_page
    W, H = (work, int(work * 0.75)) if land else (int(work * 0.75), work)
    card = page_w_mm < 100
    f = rng.uniform(0.55, 0.9) if card else rng.uniform(0.68, 0.96)
    out_of_frame = rng.random() < 0.08
    if out_of_frame:
        f = rng.uniform(0.95, 1.15)
    fit = min(W / page_w_mm, H / page_h_mm)
    ppm_photo = fit * f
    return {"L": L, "W": W, "H": H, "f": f, "ppm_photo": ppm_photo, "chat": chat, "out": out_of_frame,
            "render_ppm": min(16.0, max(3.0, ppm_photo * 1.25)) if not card else min(18.0, ppm_photo * 1.25)}


def phone(page: Page, rng: random.Random, geo: dict, glossy: bool, kind: str) -> Shot:
    nr = _nrng(rng)
    W, H = geo["W"], geo["H"]
    ph, pw = page.img.height, page.img.width
    k = geo["ppm_photo"] / page.ppm
    w, h = pw * k, ph * k
    theta = np.radians(float(np.clip(rng.gauss(0, 8), -20, 20)))
    cx = W / 2 + rng.uniform(-0.5, 0.5) * max(0, W - w) * 0.8
    cy = H / 2 + rng.uniform(-0.5, 0.5) * max(0, H - h) * 0.8
    if geo["out"]:
        cx += rng.choice((-1, 1)) * W * rng.uniform(0.03, 0.1)
        cy += rng.choice((-1, 1)) * H * rng.uniform(0.03, 0.1)
    rect = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32)
    # keystone: the edge further from the camera is shorter
    t = rng.uniform(0.0, 0.14)
    edge = rng.randrange(4)
    a, b = edge, (edge + 1) % 4
    mid = (rect[a] + rect[b]) / 2
    rect[a] = rect[a] + (mid - rect[a]) * t
    rect[b] = rect[b] + (mid - rect[b]) * t
    rect *= 1 + rng.uniform(-0.02, 0.02)
    rot = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]], np.float32)
    dst = rect @ rot.T + np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    Hm = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    pg = np.asarray(page.img)
    warped = cv2.warpPerspective(pg, Hm, (W, H), flags=cv2.INTER_AREA if k < 0.8 else cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=0).astype(np.float32)
    mask = np.zeros((H, W), np.float32)
    if getattr(page, "alpha", None) is not None:            # a curled sheet: its own outline
        mask = cv2.warpPerspective(np.asarray(page.alpha, np.float32) / 255, Hm, (W, H), flags=cv2.INTER_LINEAR)
    else:
        cv2.fillConvexPoly(mask, dst.astype(np.int32), 1.0, lineType=cv2.LINE_AA)
    bg, desk_kind = desk(nr, rng, H, W)
    # the page's shadow on the desk
    sh = _soft(mask, max(2, W / 200))
    shift = (int(rng.uniform(-0.01, 0.02) * W), int(rng.uniform(0.0, 0.02) * H))
    sh = np.roll(np.roll(sh, shift[0], 1), shift[1], 0)
    bg *= (1 - 0.45 * sh)[..., None]
    img = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # lighting (uneven, vignetting, colour cast, a hand or phone shadow) and glare, all smooth:
    # computed at a quarter size and enlarged
    sw, shh = max(8, W // 4), max(8, H // 4)
    light = 0.78 + 0.3 * _smooth_noise(nr, shh, sw, 3)
    yy, xx = np.mgrid[0:shh, 0:sw].astype(np.float32)
    r2 = ((xx - sw / 2) / sw) ** 2 + ((yy - shh / 2) / shh) ** 2
    light *= 1 - rng.uniform(0.1, 0.35) * r2 * 2
    detail = {"desk": desk_kind, "rot": round(float(np.degrees(theta)), 1), "keystone": round(t, 3), "f": round(geo["f"], 2)}
    if rng.random() < 0.4:
        poly = np.array([[rng.uniform(-0.2, 1.2) * sw, rng.uniform(-0.2, 1.2) * shh] for _ in range(4)], np.int32)
        sm = np.zeros((shh, sw), np.float32)
        cv2.fillPoly(sm, [cv2.convexHull(poly)], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), sw / 40)
        light *= 1 - rng.uniform(0.2, 0.45) * sm
        detail["shadow"] = True
    cast = np.array(rng.choice(((1.0, 0.97, 0.88), (0.93, 0.98, 1.04), (1.0, 1.0, 1.0), (1.02, 0.99, 0.93))), np.float32)
    img *= cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)[..., None] * cast
    masks: dict[str, tuple[np.ndarray, float]] = {}
    # glare (screen blend): a laminated card always shines a little; sleeves and glass sometimes
    if glossy and rng.random() < (0.55 if kind.startswith("id_") else 0.35):
        gx, gy = rng.uniform(0.15, 0.85) * sw, rng.uniform(0.15, 0.85) * shh
        sx, sy = rng.uniform(0.03, 0.12) * sw, rng.uniform(0.02, 0.07) * shh
        ang = rng.uniform(0, np.pi)
        dx, dy = xx - gx, yy - gy
        u = (dx * np.cos(ang) + dy * np.sin(ang)) / sx
        v = (-dx * np.sin(ang) + dy * np.cos(ang)) / sy
        peak = rng.uniform(0.45, 1.08)
        g = np.clip(peak * np.exp(-(u * u + v * v) / 2), 0, 1)
        g = cv2.resize(g, (W, H), interpolation=cv2.INTER_LINEAR) * mask
        img = 255 - (255 - img) * (1 - g[..., None])
        masks["glare"] = ((g >= GLARE_SATURATED).astype(np.float32), 0.5)
        detail["glare"] = round(peak, 2)
    # a thumb holding the card at one edge
    if kind.startswith("id_") and rng.random() < 0.3:
        e = rng.randrange(4)
        corners = dst
        p0, p1 = corners[e], corners[(e + 1) % 4]
        tpos = p0 + (p1 - p0) * rng.uniform(0.15, 0.85)
        tm = np.zeros((H, W), np.float32)
        ax = (int(w * rng.uniform(0.07, 0.1)), int(w * rng.uniform(0.11, 0.16)))
        cv2.ellipse(tm, (int(tpos[0]), int(tpos[1])), ax, float(np.degrees(theta)) + (90 if e % 2 == 0 else 0),
                    0, 360, 1.0, -1, cv2.LINE_AA)
        tone = np.array(rng.choice(((214, 170, 150), (196, 150, 120), (230, 190, 170))), np.float32)
        shade = 0.85 + 0.2 * _smooth_noise(nr, H, W, 5)
        tmb = cv2.GaussianBlur(tm, (0, 0), 2.0)
        img = img * (1 - tmb[..., None]) + (tone * shade[..., None]) * tmb[..., None]
        masks["finger"] = (tm, 0.3)
        detail["thumb"] = True
    # optics and sensor
    sigma = rng.uniform(0.3, 1.1) * (W / 2000)
    img = cv2.GaussianBlur(img, (0, 0), max(0.3, sigma))
    if rng.random() < 0.12:
        n = rng.randrange(3, 9)
        kern = np.zeros((n, n), np.float32)
        kern[n // 2, :] = 1.0 / n
        M = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), rng.uniform(0, 180), 1)
        kern = cv2.warpAffine(kern, M, (n, n))
        img = cv2.filter2D(img, -1, kern / max(1e-6, kern.sum()))
        detail["shake"] = n
    img += nr.normal(0, rng.uniform(1.5, 5.0), img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    hidden = _hidden(_char_quads(page, Hm), W, H, masks)
    if geo["chat"]:
        img = cv2.resize(img, (int(W * geo["L"] / max(W, H)), int(H * geo["L"] / max(W, H))), interpolation=cv2.INTER_AREA)
        q = rng.randint(40, 68)
        detail.update(size=f"{img.shape[1]}x{img.shape[0]}", q=q)
        return Shot(_encode(img, "jpg", q), "jpg", hidden, detail)
    q = rng.randint(72, 93)
    detail.update(size=f"{W}x{H}", q=q)
    return Shot(_encode(img, "jpg", q), "jpg", hidden, detail)


# ---------------------------------------------------------------------------- flatbed, copier, fax

def photocopy_degrade(page: Page, rng: random.Random) -> dict:
    """The copier's look applied to the page itself (before anyone stamps or writes on the copy)."""
    nr = _nrng(rng)
    g = np.asarray(page.img.convert("L"), dtype=np.float32)
    h, w = g.shape
    bgl = rng.uniform(200, 238)
    binar = rng.random() < 0.4
    gamma = rng.uniform(1.0, 1.3) if binar else rng.uniform(1.2, 1.7)
    out = (g / 255) ** gamma * bgl
    out *= 0.9 + 0.12 * _smooth_noise(nr, h, w, 4)
    if binar:
        out = cv2.GaussianBlur(out, (0, 0), 0.5)
        thr = bgl * rng.uniform(0.45, 0.62)
        out = np.where(out > thr, rng.uniform(225, 250), rng.uniform(10, 40))
    speck = nr.random((h, w)) < rng.uniform(0.0004, 0.002)
    out[speck] = rng.uniform(0, 60)
    if rng.random() < 0.25:               # a drum streak
        x = rng.randrange(w)
        out[:, x:x + max(1, int(page.ppm * 0.3))] *= 0.55
    edge = int(page.ppm * rng.uniform(0, 6))
    if edge:
        out[:edge] *= 0.35
        out[:, :edge] *= 0.5
    page.img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).convert("RGB")
    page.draw = ImageDraw.Draw(page.img)
    return {"binarised": binar, "gamma": round(gamma, 2)}


def flatbed(page: Page, rng: random.Random, dpi: float, ext: str, detail: dict | None = None,
            grey: bool = False) -> Shot:
    """A flatbed scan of the (possibly photocopied) sheet: skew, lamp falloff, lid shadow, JPEG/PNG/PDF."""
    nr = _nrng(rng)
    src = np.asarray(page.img).astype(np.float32)
    ph, pw = src.shape[:2]
    pad = int(page.ppm * rng.uniform(2, 8))
    W, H = pw + 2 * pad, ph + 2 * pad
    ang = rng.uniform(-1.8, 1.8)
    M = cv2.getRotationMatrix2D((W / 2, H / 2), ang, 1.0)
    M[:, 2] += (pad + rng.uniform(-pad * 0.5, pad * 0.5), pad + rng.uniform(-pad * 0.5, pad * 0.5))
    bed = rng.uniform(232, 250)
    img = cv2.warpAffine(src, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(bed, bed, bed))
    if rng.random() < 0.15:              # lid not closed: dark margin on one side
        side = rng.randrange(4)
        d = int(page.ppm * rng.uniform(3, 10))
        sl = [np.s_[:d, :], np.s_[-d:, :], np.s_[:, :d], np.s_[:, -d:]][side]
        img[sl] *= 0.25
    lamp = np.linspace(rng.uniform(0.94, 1.0), rng.uniform(0.96, 1.02), W, dtype=np.float32)[None, :, None]
    img *= lamp
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.3, 0.7))
    img += nr.normal(0, 1.5, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if grey:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    Hm = np.vstack([M, [0, 0, 1]]).astype(np.float64)
    hidden = _hidden(_char_quads(page, Hm), W, H, {})
    q = rng.randint(75, 95)
    det = dict(detail or {})
    det.update(dpi=round(dpi), skew=round(ang, 2), fmt=ext)
    return Shot(_encode(img, ext, q, dpi), ext, hidden, det)


def fax(page: Page, rng: random.Random, dpi: float) -> Shot:
    """A fax page: the sender's scanner thresholds at twice the line density, the page is sent at
    ~100–120 dpi (2×2 blocks keep any black, as a fax keeps thin strokes), a transmit header line on
    top, dropped scan lines, noise. `page` is drawn at 2×dpi."""
    nr = _nrng(rng)
    g = np.asarray(page.img.convert("L"), dtype=np.float32)
    head = Image.new("L", (g.shape[1], int(page.ppm * 6)), 255)
    f = font("mono", int(page.ppm * 2.8))
    ImageDraw.Draw(head).text((page.ppm * 4, page.ppm * 1.5),
                              f"2026-11-{rng.randint(2, 29):02d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}  "
                              f"FROM:0{rng.randint(10, 999)}-{rng.randint(2000000, 89999999)}   P.{rng.randint(1, 3):03d}/{rng.randint(3, 5):03d}",
                              font=f, fill=0)
    g = np.vstack([np.asarray(head, np.float32), g])
    g = cv2.GaussianBlur(g, (0, 0), 0.6)
    thr = rng.uniform(150, 190)
    hi = (g > thr).astype(np.uint8)
    h2, w2 = hi.shape[0] // 2 * 2, hi.shape[1] // 2 * 2
    b = hi[:h2, :w2].reshape(h2 // 2, 2, w2 // 2, 2).min(axis=(1, 3)) * 255
    b = b.astype(np.uint8)
    noise = nr.random(b.shape) < 0.0015
    b[noise] = 255 - b[noise]
    for _ in range(rng.randrange(0, 4)):
        y = rng.randrange(b.shape[0])
        b[y:y + 1] = 255 if rng.random() < 0.6 else b[y:y + 1]
    ang = rng.uniform(-1.2, 1.2)
    H_, W_ = b.shape
    R = cv2.getRotationMatrix2D((W_ / 2, H_ / 2), ang, 1.0)
    b = cv2.warpAffine(b, R, (W_, H_), flags=cv2.INTER_NEAREST, borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    T = np.array([[0.5, 0, 0], [0, 0.5, head.height / 2], [0, 0, 1]], np.float64)
    Hm = np.vstack([R, [0, 0, 1]]).astype(np.float64) @ T
    hidden = _hidden(_char_quads(page, Hm), W_, H_, {})
    ext = "png" if rng.random() < 0.7 else "pdf"
    return Shot(_encode(b, ext, dpi=dpi, bilevel=True), ext, hidden, {"dpi": round(dpi), "skew": round(ang, 2), "fmt": ext})


# ---------------------------------------------------------------------------- paper curl, scanner apps

def bend(page: Page, rng: random.Random, amount: float) -> float:
    """Curl the sheet: rows bow like a smile (a licence that was rolled or folded lies unevenly),
    with shading across the curl. Moves the recorded character boxes with the paper. Returns the
    bow in mm."""
    img = np.asarray(page.img)
    h, w = img.shape[:2]
    a = amount * h * rng.choice((-1, 1))
    pad = int(abs(a)) + 2
    xs = np.arange(w, dtype=np.float32)
    dy = a * ((xs - w / 2) / (w / 2)) ** 2                      # output y = source y + dy(x)
    map_x = np.tile(xs, (h + 2 * pad, 1))
    map_y = (np.arange(h + 2 * pad, dtype=np.float32)[:, None] - pad) - dy[None, :]
    out = cv2.remap(img, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    valid = cv2.remap(np.full((h, w), 255, np.uint8), map_x, map_y, cv2.INTER_NEAREST, borderValue=0)
    shade = 1 - rng.uniform(0.04, 0.14) * np.abs((xs - w / 2) / (w / 2)) ** 1.5
    out = (out.astype(np.float32) * shade[None, :, None]).clip(0, 255).astype(np.uint8)
    out[valid == 0] = 0
    page.img = Image.fromarray(out)
    page.draw = ImageDraw.Draw(page.img)
    page.alpha = Image.fromarray(valid)          # type: ignore[attr-defined]  # the sheet's outline
    page.h_mm = (h + 2 * pad) / page.ppm
    for key, boxes in page.boxes.items():
        page.boxes[key] = [(b[0], b[1] + pad + a * (((b[0] + b[2]) / 2 - w / 2) / (w / 2)) ** 2,
                            b[2], b[3] + pad + a * (((b[0] + b[2]) / 2 - w / 2) / (w / 2)) ** 2) for b in boxes]
    return a / page.ppm


def scanner_app(page: Page, rng: random.Random, kind: str) -> Shot:
    """A phone 'scanner' app: the page found and flattened (not quite: a little curl and skew
    left, maybe a sliver of desk at one edge), illumination evened out, then one of the app's
    filters — enhanced colour, grey, or black-and-white (adaptive threshold) — JPEG or PDF."""
    nr = _nrng(rng)
    src = np.asarray(page.img).astype(np.float32)
    h, w = src.shape[:2]
    # the light it was photographed under, partly left after flattening
    light = 0.8 + 0.25 * _smooth_noise(nr, h, w, 3)
    if rng.random() < 0.4:
        poly = np.array([[rng.uniform(-0.2, 1.2) * w, rng.uniform(-0.2, 1.2) * h] for _ in range(4)], np.int32)
        sm = np.zeros((h, w), np.float32)
        cv2.fillPoly(sm, [cv2.convexHull(poly)], 1.0)
        light *= 1 - rng.uniform(0.15, 0.35) * _soft(sm, w / 30)
    img = src * light[..., None]
    ang = rng.uniform(-0.8, 0.8)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    img = cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    detail: dict = {"skew": round(ang, 2)}
    if rng.random() < 0.3:                      # edge detection a little off: desk along one side
        d = int(min(w, h) * rng.uniform(0.005, 0.02))
        side = rng.randrange(4)
        sl = [np.s_[:d, :], np.s_[-d:, :], np.s_[:, :d], np.s_[:, -d:]][side]
        img[sl] = rng.choice(((60, 45, 35), (40, 40, 44), (150, 110, 70)))
        detail["sliver"] = True
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.4, 0.9))
    img += nr.normal(0, 2.5, img.shape).astype(np.float32)
    # the app's illumination flattening and filter
    bgest = _soft(cv2.dilate(img, np.ones((7, 7), np.uint8)), max(4, w / 60))
    flat = np.clip(img / np.maximum(bgest, 1) * 245, 0, 255)
    mode = rng.choices(("colour", "grey", "bw"), weights=(45, 25, 30))[0]
    if mode == "colour":
        out = np.clip((flat - 128) * rng.uniform(1.1, 1.35) + 140, 0, 255).astype(np.uint8)
    elif mode == "grey":
        out = np.clip((cv2.cvtColor(flat.astype(np.uint8), cv2.COLOR_RGB2GRAY).astype(np.float32) - 128) * 1.25 + 140, 0, 255).astype(np.uint8)
    else:
        grey = cv2.cvtColor(flat.astype(np.uint8), cv2.COLOR_RGB2GRAY)
        block = int(max(15, (w // 60) | 1))
        out = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, rng.uniform(8, 16))
    detail["filter"] = mode
    Hm = np.vstack([M, [0, 0, 1]]).astype(np.float64)
    hidden = _hidden(_char_quads(page, Hm), w, h, {})
    ext = rng.choices(("jpg", "pdf"), weights=(7, 3))[0]
    q = rng.randint(60, 85)
    detail.update(size=f"{w}x{h}", fmt=ext, q=q)
    return Shot(_encode(out, ext, q, dpi=page.ppm * 25.4), ext, hidden, detail)
