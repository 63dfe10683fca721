"""Family I's captures, applied with numpy/OpenCV to the page Typst rendered: what a real window
meets that families A–H did not draw — a wide-angle 高拍仪 lens (barrel distortion) with its arm's
shadow, LED-flicker banding, a photo through the counter glass with the room reflected in it, a
hand's motion blur, yellowed paper with faded toner, laminated copies with glare, a receipt slip
and a paper clip on the page, a low-resolution e-mail attachment. Every effect keeps the printed
values readable to a person (strengths are bounded; covers go only on margins)."""

from __future__ import annotations

import random

import cv2
import numpy as np


def _u8(a: np.ndarray) -> np.ndarray:
    return np.clip(a, 0, 255).astype(np.uint8)


def surface(h: int, w: int, rng: random.Random) -> np.ndarray:
    """A counter or desk top: wood grain, grey laminate, or a green cutting mat."""
    nr = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "laminate", "mat", "steel"])
    if kind == "wood":
        y = np.arange(h)[:, None].astype(np.float32)
        x = np.arange(w)[None, :].astype(np.float32)
        grain = np.sin(y / rng.uniform(6, 14) + 3 * np.sin(x / rng.uniform(90, 200))) * 12
        base = np.array([rng.randint(120, 170), rng.randint(85, 115), rng.randint(50, 75)], np.float32)
        img = base[None, None, :] + grain[..., None]
    elif kind == "laminate":
        g = rng.randint(150, 205)
        img = np.full((h, w, 3), g, np.float32) + nr.normal(0, 4, (h, w, 1))
    elif kind == "mat":
        img = np.full((h, w, 3), (rng.randint(40, 60), rng.randint(100, 130), rng.randint(80, 100)), np.float32)
        for k in range(0, max(h, w), 40):
            img[k:k + 2, :, :] += 35
            img[:, k:k + 2, :] += 35
    else:
        img = np.full((h, w, 3), rng.randint(120, 160), np.float32) + nr.normal(0, 2, (h, w, 1))
        img += np.linspace(-20, 20, w, dtype=np.float32)[None, :, None]
    return _u8(img)


def on_surface(page: np.ndarray, rng: random.Random, fill: float = 0.8, tilt: float = 0.05,
               out_long: int = 1800) -> np.ndarray:
    """The page laid on a surface and photographed from above at a slight angle."""
    ph, pw = page.shape[:2]
    scale = out_long * fill / max(ph, pw)
    W = int(out_long if pw >= ph else out_long * 0.75)
    H = int(out_long * 0.75 if pw >= ph else out_long)
    bg = surface(H, W, rng)
    tw, th = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    j = lambda: rng.uniform(-tilt, tilt) * max(tw, th)  # noqa: E731
    dst = np.float32([[cx - tw / 2 + j(), cy - th / 2 + j()], [cx + tw / 2 + j(), cy - th / 2 + j()],
                      [cx + tw / 2 + j(), cy + th / 2 + j()], [cx - tw / 2 + j(), cy + th / 2 + j()]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), m, (W, H))
    # a soft drop shadow under the sheet
    sh = cv2.GaussianBlur(cv2.warpAffine(mask, np.float32([[1, 0, 6], [0, 1, 8]]), (W, H)), (0, 0), 9)
    bgf = bg.astype(np.float32) * (1 - 0.35 * sh[..., None] / 255.0)
    a = mask[..., None].astype(np.float32) / 255.0
    return _u8(warped * a + bgf * (1 - a))


def lighting(img: np.ndarray, rng: random.Random, strength: float = 0.18) -> np.ndarray:
    """Uneven light: brighter towards one corner, as under a desk lamp or window."""
    h, w = img.shape[:2]
    gx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    gy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    ax, ay = rng.uniform(-1, 1), rng.uniform(-1, 1)
    field = 1 + strength * (ax * gx + ay * gy) / 2
    return _u8(img.astype(np.float32) * field[..., None])


def sensor(img: np.ndarray, rng: random.Random, sigma: float = 3.0) -> np.ndarray:
    nr = np.random.default_rng(rng.randrange(1 << 30))
    return _u8(img.astype(np.float32) + nr.normal(0, sigma, img.shape).astype(np.float32))


def barrel(img: np.ndarray, rng: random.Random, k: float | None = None) -> np.ndarray:
    """The wide-angle lens of a 高拍仪: straight edges bow outwards towards the frame's border."""
    h, w = img.shape[:2]
    k = k if k is not None else rng.uniform(0.10, 0.2)
    half_diag = float(np.hypot(w, h)) / 2
    yy, xx = np.indices((h, w), dtype=np.float32)
    x = (xx - w / 2) / half_diag
    y = (yy - h / 2) / half_diag
    f = (1 + k * (x * x + y * y)) / (1 + k)     # the output at radius r shows the scene at r·f: edges bow outwards
    mapx = (x * f * half_diag + w / 2).astype(np.float32)
    mapy = (y * f * half_diag + h / 2).astype(np.float32)
    return cv2.remap(img, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def arm_shadow(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """The 高拍仪 arm's soft shadow: a broad darker band entering from one edge, never black."""
    h, w = img.shape[:2]
    mask = np.zeros((h, w), np.float32)
    x0 = rng.uniform(0.1, 0.9) * w
    pts = np.int32([[x0 - 0.05 * w, -10], [x0 + 0.05 * w, -10], [x0 + rng.uniform(-0.1, 0.1) * w, h * rng.uniform(0.3, 0.55)],
                    [x0 + rng.uniform(-0.15, 0.0) * w, h * rng.uniform(0.3, 0.55)]])
    cv2.fillConvexPoly(mask, pts, 1.0)
    mask = cv2.GaussianBlur(mask, (0, 0), w * 0.03)
    return _u8(img.astype(np.float32) * (1 - rng.uniform(0.18, 0.3) * mask[..., None]))


def led_banding(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """Rolling-shutter banding under flickering LED panels: soft horizontal light/dark stripes."""
    h = img.shape[0]
    period = rng.uniform(0.06, 0.16) * h
    amp = rng.uniform(0.07, 0.13)
    phase = rng.uniform(0, 6.28)
    y = np.arange(h, dtype=np.float32)
    band = 1 + amp * np.sin(2 * np.pi * y / period + phase)
    tint = np.array([1.0, 1.0 - amp * 0.3, 1.0 - amp * 0.6], np.float32)  # the dark phase shifts to magenta/green
    out = img.astype(np.float32) * band[:, None, None]
    out = out * (1 + (band[:, None, None] - 1) * (tint[None, None, :] - 1) * 3)
    return _u8(out)


def glass_reflection(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A photo through the counter's glass: the room (ceiling lights, a window, a person's shape)
    reflected faintly over the page, plus a weak ghost of the page from the second glass face."""
    h, w = img.shape[:2]
    room = np.zeros((h, w, 3), np.float32)
    for _ in range(rng.randint(2, 4)):  # ceiling light tubes
        y = rng.uniform(0, h)
        cv2.line(room, (int(rng.uniform(-0.2, 0.5) * w), int(y)), (int(rng.uniform(0.5, 1.2) * w), int(y + rng.uniform(-80, 80))),
                 (255, 255, 250), int(rng.uniform(10, 24)))
    x0, y0 = int(rng.uniform(0.1, 0.6) * w), int(rng.uniform(0.1, 0.6) * h)
    cv2.rectangle(room, (x0, y0), (x0 + int(0.3 * w), y0 + int(0.25 * h)), (200, 215, 230), -1)  # a window
    cx = int(rng.uniform(0.2, 0.8) * w)
    cv2.ellipse(room, (cx, int(0.75 * h)), (int(0.12 * w), int(0.3 * h)), 0, 0, 360, (90, 80, 70), -1)   # a person
    room = cv2.GaussianBlur(room, (0, 0), rng.uniform(12, 25))
    alpha = rng.uniform(0.12, 0.22)
    out = img.astype(np.float32) * (1 - alpha) + room * alpha + 255 * alpha * 0.25
    ghost = np.roll(img.astype(np.float32), (rng.randint(4, 9), rng.randint(4, 9)), axis=(0, 1))
    out = out * 0.93 + ghost * 0.07
    return _u8(out)


def motion_blur(img: np.ndarray, rng: random.Random, text_px: float = 20.0) -> np.ndarray:
    """A short linear blur from the hand moving during the exposure, in any direction, at most about
    a fifth of the printed values' glyph height (`text_px`) so a person still reads them."""
    n = int(np.clip(round(text_px * rng.uniform(0.12, 0.2)), 3, 9)) | 1
    k = np.zeros((n, n), np.float32)
    k[n // 2, :] = 1.0
    rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), rng.uniform(0, 180), 1.0)
    k = cv2.warpAffine(k, rot, (n, n))
    k /= k.sum()
    return cv2.filter2D(img, -1, k)


def aged(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """Yellowed paper and faded toner: the page tinted towards old newsprint, black lifted to grey,
    a few foxing spots in the margins."""
    f = page.astype(np.float32) / 255.0
    fade = rng.uniform(0.25, 0.4)
    f = fade + (1 - fade) * f                      # toner faded: black → grey
    tint = np.array([1.0, rng.uniform(0.9, 0.95), rng.uniform(0.72, 0.82)], np.float32)
    out = f * tint[None, None, :] * 255
    nr = np.random.default_rng(rng.randrange(1 << 30))
    h, w = page.shape[:2]
    for _ in range(rng.randint(3, 8)):
        cx = int(rng.choice((rng.uniform(0, 0.06), rng.uniform(0.94, 1))) * w)
        cy = int(rng.uniform(0, 1) * h)
        cv2.circle(out, (cx, cy), int(rng.uniform(3, 12)), (150, 120, 70), -1)
    out += nr.normal(0, 2.5, out.shape).astype(np.float32)
    return _u8(out)


def photocopy(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """A grey photocopy: grey levels, a little toner dust, slightly heavier strokes."""
    g = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY).astype(np.float32)
    g = (g - 128) * rng.uniform(1.1, 1.4) + 140
    g = cv2.erode(_u8(g), np.ones((2, 2), np.uint8)) if rng.random() < 0.5 else _u8(g)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    dust = nr.random(g.shape) < 0.0006
    g = g.copy()
    g[dust] = 40
    return cv2.cvtColor(g, cv2.COLOR_GRAY2RGB)


def laminate_glare(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A laminated copy: a glossy sheen over all, one soft specular streak (translucent, so the print
    under it is still legible), and the lamination's clear border."""
    h, w = img.shape[:2]
    out = img.astype(np.float32) * 0.96 + 8
    mask = np.zeros((h, w), np.float32)
    cx, cy = int(rng.uniform(0.2, 0.8) * w), int(rng.uniform(0.2, 0.8) * h)
    cv2.ellipse(mask, (cx, cy), (int(rng.uniform(0.15, 0.3) * w), int(rng.uniform(0.03, 0.07) * h)),
                rng.uniform(-40, 40), 0, 360, 1.0, -1)
    mask = cv2.GaussianBlur(mask, (0, 0), w * 0.03)
    a = rng.uniform(0.35, 0.5) * mask[..., None]
    out = out * (1 - a) + 255 * a
    return _u8(out)


def laminate_border(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """The clear plastic margin around a laminated page (slightly bluish, with a sealed edge)."""
    h, w = page.shape[:2]
    m = int(0.035 * max(h, w))
    out = np.full((h + 2 * m, w + 2 * m, 3), (236, 240, 242), np.uint8)
    out[m:m + h, m:m + w] = page
    cv2.rectangle(out, (2, 2), (out.shape[1] - 3, out.shape[0] - 3), (205, 212, 218), 2)
    return out


def paper_clip(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """A metal paper clip over the top margin (or a staple in the top-left corner)."""
    h, w = page.shape[:2]
    out = page.copy()
    u = max(h, w) / 100.0
    if rng.random() < 0.5:
        x = int(rng.uniform(0.3, 0.7) * w)
        col = (150, 155, 160)
        for k, (ww, hh) in enumerate(((2.2, 9.0), (1.5, 7.0))):
            cv2.ellipse(out, (x, int(hh * u / 2)), (int(ww * u), int(hh * u / 2)), 0, 0, 360, col, max(2, int(0.35 * u)))
            col = (120, 125, 130)
            if k == 0:
                cv2.line(out, (x - int(ww * u), int(0.2 * u)), (x - int(ww * u), int(hh * u / 2)), (185, 190, 195), 1)
    else:
        y = int(3 * u)
        cv2.line(out, (int(2 * u), y + int(2 * u)), (int(5 * u), y - int(1 * u)), (95, 95, 100), max(2, int(0.4 * u)))
    return out


def receipt_slip(page: np.ndarray, rng: random.Random, corner: str) -> np.ndarray:
    """A receipt slip (取号单 / 收费收据) lying over one corner of the page's margin."""
    h, w = page.shape[:2]
    out = page.copy()
    sw, sh = int(0.16 * w), int(0.09 * h)
    slip = np.full((sh, sw, 3), (246, 244, 238), np.uint8)
    for k in range(5):
        y = int(sh * (0.18 + 0.16 * k))
        cv2.line(slip, (int(0.08 * sw), y), (int(rng.uniform(0.5, 0.92) * sw), y), (120, 120, 125), max(1, sh // 40))
    ang = rng.uniform(-12, 12)
    m = cv2.getRotationMatrix2D((sw / 2, sh / 2), ang, 1.0)
    slip_r = cv2.warpAffine(slip, m, (sw, sh), borderValue=(0, 0, 0))
    msk = cv2.warpAffine(np.full((sh, sw), 255, np.uint8), m, (sw, sh))
    x0 = int(-0.02 * w) if "left" in corner else w - sw + int(0.02 * w)
    y0 = int(-0.02 * h) if "top" in corner else h - sh + int(0.02 * h)
    xs, ys = max(0, x0), max(0, y0)
    xe, ye = min(w, x0 + sw), min(h, y0 + sh)
    a = msk[ys - y0:ye - y0, xs - x0:xe - x0, None].astype(np.float32) / 255
    out[ys:ye, xs:xe] = _u8(slip_r[ys - y0:ye - y0, xs - x0:xe - x0] * a + out[ys:ye, xs:xe] * (1 - a))
    return out


def pen_marks(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """A clerk's ballpoint ticks and a loose circle in the left and right margins."""
    h, w = page.shape[:2]
    out = page.copy()
    ink = rng.choice([(25, 45, 150), (20, 20, 25), (170, 30, 30)])
    u = max(h, w) / 100.0
    for _ in range(rng.randint(2, 4)):
        x = int(rng.uniform(0.015, 0.05) * w)
        y = int(rng.uniform(0.25, 0.75) * h)
        pts = np.int32([[x, y], [x + int(0.8 * u), y + int(1.0 * u)], [x + int(2.6 * u), y - int(1.6 * u)]])
        cv2.polylines(out, [pts], False, ink, max(2, int(0.3 * u)), cv2.LINE_AA)
    cx, cy = int(rng.uniform(0.9, 0.95) * w), int(rng.uniform(0.3, 0.7) * h)
    cv2.ellipse(out, (cx, cy), (int(2.5 * u), int(1.8 * u)), rng.uniform(0, 40), 20, 350, ink, max(2, int(0.25 * u)), cv2.LINE_AA)
    return out


def low_res(img: np.ndarray, long_side: int = 800) -> np.ndarray:
    h, w = img.shape[:2]
    s = long_side / max(h, w)
    return cv2.resize(img, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)


def jpeg_roundtrip(img: np.ndarray, q: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, q])
    return cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
