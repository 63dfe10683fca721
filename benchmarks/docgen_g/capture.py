"""How family G's pages reach the product: capture paths drawn for G — a phone photo of a monitor
showing the scan (sub-pixel grid, moiré, screen glare), a picture forwarded through a chat app
(downscaled and JPEG-recompressed twice), a page curled on a desk (cylindrical warp with shading),
the shadow of the phone and hand across the page, dim evening light with sensor noise and phone
denoising, a photo taken too close (one edge out of the frame), a certified copy (grey photocopy stamped 与原件一致, signed, with a diagonal
仅供…使用 watermark) on a flatbed, and a page tilted on a patterned tablecloth.

Occlusions that make a value unreadable are applied in page coordinates before the capture, so
the generator knows exactly which field they cover."""

from __future__ import annotations

import math

import cv2
import numpy as np

from benchmarks.docgen_g import render as R

CAPTURES = ("screen_photo", "wechat_forward", "curled_page", "hand_shadow", "dim_evening", "certified_copy",
            "tablecloth", "cropped_photo")


def _jpeg(img: np.ndarray, q: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(q)])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def _u8(x: np.ndarray) -> np.ndarray:
    """float → uint8 with saturation (OpenCV, fast on big frames)."""
    return cv2.convertScaleAbs(x)


def _gain(img: np.ndarray, g_small: np.ndarray) -> np.ndarray:
    """Multiply a uint8 image by a smooth gain field given at low resolution (uint8 arithmetic,
    128 = 1.0)."""
    H, W = img.shape[:2]
    g = g_small.astype(np.float32)
    if g.ndim == 2:
        g = np.repeat(g[..., None], 3, 2)
    g8 = cv2.resize(_u8(g * 128.0), (W, H), interpolation=cv2.INTER_LINEAR)
    return cv2.multiply(img, g8, scale=1 / 128.0)


def _desk(h: int, w: int, rng) -> np.ndarray:
    """Wood-grain or grey laminate desk (BGR uint8), drawn at 1/4 and scaled up."""
    hs, ws = h // 4, w // 4
    if rng.random() < 0.5:
        base = np.array(rng.choice([[60, 95, 140], [80, 120, 165], [45, 70, 105]]), np.float32)
        y = np.arange(hs, dtype=np.float32)[:, None] * 4
        x = np.arange(ws, dtype=np.float32)[None, :] * 4
        grain = 0.85 + 0.15 * np.sin(y * 0.05 + 3 * np.sin(x * 0.004 + rng.uniform(0, 6)) + rng.uniform(0, 6))
        img = base[None, None, :] * grain[..., None]
    else:
        img = np.full((hs, ws, 3), rng.uniform(150, 200), np.float32) * np.array([1.0, 1.0, 0.97], np.float32)
    img = img + cv2.GaussianBlur(rng.normal(0, 5, (hs, ws)).astype(np.float32), (0, 0), 1)[..., None]
    return cv2.resize(_u8(img), (w, h), interpolation=cv2.INTER_LINEAR)


def _tablecloth(h: int, w: int, rng) -> np.ndarray:
    """Gingham or printed floral tablecloth."""
    cell = int(rng.uniform(24, 48))
    y = (np.arange(h)[:, None] // cell) % 2
    x = (np.arange(w)[None, :] // cell) % 2
    col = np.array(rng.choice([[60, 60, 200], [170, 90, 40], [60, 140, 60], [40, 40, 40]]), np.float32)
    white = np.array([235, 235, 235], np.float32)
    mix = ((x + y) / 2.0).astype(np.float32)
    lut = np.stack([white, (white + col) / 2, white * 0.5 + col * 0.5 * 0.8]).astype(np.uint8)
    img = lut[(mix * 2).astype(np.int32)].copy()
    if rng.random() < 0.5:                               # little printed flowers
        for _ in range(int(h * w / 12000)):
            cx, cy = int(rng.uniform(0, w)), int(rng.uniform(0, h))
            c = tuple(int(t) for t in rng.choice([[40, 40, 210], [30, 170, 230], [160, 60, 160]]))
            for k in range(5):
                a = k * 2 * math.pi / 5
                cv2.circle(img, (int(cx + 6 * math.cos(a)), int(cy + 6 * math.sin(a))), 4, c, -1, cv2.LINE_AA)
    return img


def _place(page: np.ndarray, bg: np.ndarray, rng, fill: float, max_rot: float, persp: float) -> tuple[np.ndarray, np.ndarray]:
    """Warp the page onto the background with rotation and perspective; returns (image, homography)."""
    H, W = bg.shape[:2]
    h, w = page.shape[:2]
    s = fill * min(W / w, H / h)
    pre = np.eye(3)
    if s < 0.7:                                           # pre-shrink: cheaper and no aliasing
        w0, h0 = w, h
        page = cv2.resize(page, (int(w * s / 0.9), int(h * s / 0.9)), interpolation=cv2.INTER_AREA)
        s, h, w = 0.9, page.shape[0], page.shape[1]
        pre = np.diag([w / w0, h / h0, 1.0])
    rot = math.radians(rng.uniform(-max_rot, max_rot))
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    corners = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32) * s
    c, si = math.cos(rot), math.sin(rot)
    corners = corners @ np.array([[c, si], [-si, c]], np.float32)
    k = rng.uniform(0, persp)                             # perspective: the far edge shrinks
    side = int(rng.integers(4))
    for i in range(4):
        if i in (side, (side + 1) % 4):
            corners[i] *= 1 - k
    # keep the whole page in the frame
    span = corners.max(0) - corners.min(0)
    f = min(1.0, 0.97 * W / span[0], 0.97 * H / span[1])
    corners *= f
    corners += np.array([cx, cy], np.float32) - (corners.max(0) + corners.min(0)) / 2
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    M = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    out = bg.copy()
    cv2.warpPerspective(page, M, (W, H), dst=out, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
    return out, M @ pre


def _photo_size(page: np.ndarray, rng, card: bool) -> tuple[int, int]:
    h, w = page.shape[:2]
    long_side = int(rng.choice([2400, 2592, 2800])) if not card else int(rng.choice([1920, 2160, 2400]))
    if w >= h:
        return int(long_side * 0.75), long_side
    return long_side, int(long_side * 0.75)


def _lighting(img: np.ndarray, rng, strength: float = 0.18) -> np.ndarray:
    gx = np.linspace(-1, 1, 64, dtype=np.float32)[None, :]
    gy = np.linspace(-1, 1, 48, dtype=np.float32)[:, None]
    a, b = rng.uniform(-1, 1, 2)
    g = 1 - strength * (0.5 + 0.5 * (a * gx + b * gy)) - 0.08 * (gx ** 2 + gy ** 2)
    return _gain(img, g)


def _sensor(img: np.ndarray, rng, sigma: float) -> np.ndarray:
    """Sensor noise in uint8 arithmetic (highlights clip, as on a sensor)."""
    off = int(3 * sigma + 1)
    noise = np.empty(img.shape, np.uint8)
    cv2.setRNGSeed(int(rng.integers(1 << 30)))
    cv2.randn(noise, off, sigma)
    return cv2.subtract(cv2.add(img, noise), (off, off, off, 0))


def _cap_long(img: np.ndarray, limit: int = 4000) -> np.ndarray:
    h, w = img.shape[:2]
    if max(h, w) <= limit:
        return img
    s = limit / max(h, w)
    return cv2.resize(img, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)


# -- the paths -------------------------------------------------------------------------------
def screen_photo(page: np.ndarray, rng, card: bool) -> tuple[np.ndarray, list[str]]:
    """The scan opened full-screen on a monitor (landscape pages, cards) or a phone (portrait
    pages), photographed with another phone: the sub-pixel stripes and the black matrix are
    evaluated at each photo pixel through the homography, so they alias into moiré as a camera
    does; a window's reflection lies across the glass."""
    h, w = page.shape[:2]
    phone = h > w or (card and rng.random() < 0.4)
    sw, sh = (1080, 2340) if phone else (1600, 900)
    screen = np.full((sh, sw, 3), 30, np.uint8)            # dark viewer
    s = min(sw * 0.98 / w, (sh * 0.9) / h)
    small = cv2.resize(page, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    y0, x0 = (sh - small.shape[0]) // 2, (sw - small.shape[1]) // 2
    screen[y0:y0 + small.shape[0], x0:x0 + small.shape[1]] = small
    cv2.rectangle(screen, (0, 0), (sw, int(sh * 0.03)), (70, 70, 70), -1)
    screen = cv2.convertScaleAbs(screen, alpha=float(rng.uniform(0.95, 1.1)), beta=float(rng.uniform(-5, 10)))
    H, W = (1944, 2592) if not phone else (2592, 1944)
    bg = (_desk(H // 2, W // 2, rng) // 2).astype(np.uint8)
    bg = cv2.resize(bg, (W, H))
    out, M = _place(screen, bg, rng, fill=rng.uniform(0.88, 0.96), max_rot=6, persp=0.08)
    # screen coordinates at every photo pixel
    Minv = np.linalg.inv(M)
    # the grid is sampled at half the photo's resolution (the camera's demosaicing blurs at least
    # that much), which keeps the aliasing and costs a quarter
    H2, W2 = H // 2, W // 2
    ys, xs = np.mgrid[0:H2, 0:W2].astype(np.float32) * 2 + 0.5
    den = Minv[2, 0] * xs + Minv[2, 1] * ys + Minv[2, 2]
    u = ((Minv[0, 0] * xs + Minv[0, 1] * ys + Minv[0, 2]) / den).astype(np.float32)
    v = ((Minv[1, 0] * xs + Minv[1, 1] * ys + Minv[1, 2]) / den).astype(np.float32)
    inside = ((u >= 0) & (u < sw) & (v >= 0) & (v < sh)).astype(np.float32)
    tw = np.float32(2 * np.pi)
    rows = 0.82 + 0.18 * np.cos(tw * v)
    gain = np.stack([(1 - inside) + inside * (0.62 + 0.38 * np.cos(tw * (u - c / 3.0))) * rows * 1.45
                     for c in (2, 1, 0)], 2)                # B, G, R stripes
    out = _gain(out, gain)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.8))
    gx = np.linspace(0, 1, 64, dtype=np.float32)[None, :]
    gy = np.linspace(0, 1, 48, dtype=np.float32)[:, None]
    band = np.exp(-(((gx + gy * rng.uniform(-0.6, 0.6)) - rng.uniform(0.2, 0.8)) ** 2) / 0.02)
    add = cv2.resize(_u8(np.repeat((band * rng.uniform(22, 45))[..., None], 3, 2)), (W, H))
    out = cv2.add(out, add)
    out = _sensor(out, rng, 3)
    return _jpeg(out, int(rng.integers(82, 92))), ["phone_screen" if phone else "monitor"]


def wechat_forward(page: np.ndarray, rng, card: bool) -> tuple[np.ndarray, list[str]]:
    """A phone photo sent through a chat app and forwarded again: 1280 px, JPEG twice."""
    H, W = _photo_size(page, rng, card)
    out, _ = _place(page, _desk(H, W, rng), rng, fill=rng.uniform(0.84, 0.95) if not card else rng.uniform(0.6, 0.8),
                    max_rot=7, persp=0.07)
    out = _sensor(_lighting(out, rng), rng, 2.5)
    for q, side in ((int(rng.integers(72, 82)), 1280), (int(rng.integers(65, 76)), int(rng.choice([1280, 1200])))):
        h, w = out.shape[:2]
        sc = side / max(h, w)
        if sc < 1:
            out = cv2.resize(out, (int(w * sc), int(h * sc)), interpolation=cv2.INTER_AREA)
        out = _jpeg(out, q)
    return out, ["recompressed_twice"]


def curled_page(page: np.ndarray, rng, card: bool) -> tuple[np.ndarray, list[str]]:
    """The page lies curled (a copy that was rolled or folded): rows bend, the lifted side is shaded."""
    h, w = page.shape[:2]
    sc = 0.6                                               # warp at a working size
    hs, ws = int(h * sc), int(w * sc)
    small = cv2.resize(page, (ws, hs), interpolation=cv2.INTER_AREA)
    horizontal = rng.random() < 0.6
    amp = rng.uniform(0.025, 0.05) * (hs if horizontal else ws)
    xs = np.arange(ws, dtype=np.float32)[None, :].repeat(hs, 0)
    ys = np.arange(hs, dtype=np.float32)[:, None].repeat(ws, 1)
    sign = 1 if rng.random() < 0.5 else -1
    if horizontal:
        t = xs / ws
        map_x, map_y = xs, ys - sign * amp * np.sin(np.pi * t) ** 2
        shade = 1 - 0.18 * np.clip((t - 0.35) / 0.65, 0, 1) ** 2
    else:
        t = ys / hs
        map_x, map_y = xs - sign * amp * np.sin(np.pi * t) ** 2 * (xs / ws - 0.5) * 2, ys
        shade = 1 - 0.16 * np.clip((0.65 - t) / 0.65, 0, 1) ** 2
    warped = cv2.remap(small, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    warped = _gain(warped, shade[::4, ::4])
    H, W = _photo_size(page, rng, card)
    out, _ = _place(warped, _desk(H, W, rng), rng, fill=rng.uniform(0.82, 0.93), max_rot=5, persp=0.09)
    out = _sensor(_lighting(out, rng), rng, 3)
    return _jpeg(out, int(rng.integers(80, 90))), ["curl"]


def hand_shadow(page: np.ndarray, rng, card: bool) -> tuple[np.ndarray, list[str]]:
    """The phone and the arm holding it cast a soft shadow over part of the page."""
    H, W = _photo_size(page, rng, card)
    out, _ = _place(page, _desk(H, W, rng), rng, fill=rng.uniform(0.82, 0.93) if not card else rng.uniform(0.55, 0.75),
                    max_rot=8, persp=0.1)
    hs, ws = H // 8, W // 8
    m = np.zeros((hs, ws), np.float32)
    cx, depth = rng.uniform(0.3, 0.7), rng.uniform(0.35, 0.55)
    poly = np.array([(cx - 0.22, 0), (cx + 0.2, 0), (cx + 0.12, depth), (cx - 0.18, depth * 0.9)], np.float32)
    k = int(rng.integers(4))                              # from which edge
    if k == 1:
        poly = poly[:, ::-1]
    elif k == 2:
        poly[:, 1] = 1 - poly[:, 1]
    elif k == 3:
        poly = poly[:, ::-1]
        poly[:, 0] = 1 - poly[:, 0]
    cv2.fillPoly(m, [(poly * [ws, hs]).astype(np.int32)], 1.0)
    m = cv2.GaussianBlur(m, (0, 0), min(hs, ws) * 0.025)
    out = _gain(out, 1 - rng.uniform(0.42, 0.58) * m)
    out = _sensor(out, rng, 3)
    return _jpeg(out, int(rng.integers(80, 92))), ["shadow"]


def dim_evening(page: np.ndarray, rng, card: bool) -> tuple[np.ndarray, list[str]]:
    """Evening under a warm lamp: under-exposed, gained up, sensor noise, the phone's denoising."""
    H, W = _photo_size(page, rng, card)
    out, _ = _place(page, _desk(H, W, rng), rng, fill=rng.uniform(0.82, 0.93) if not card else rng.uniform(0.55, 0.78),
                    max_rot=10, persp=0.1)
    exposure = rng.uniform(0.28, 0.4)
    dark = cv2.multiply(out, (0.7 * exposure, 0.92 * exposure, 1.12 * exposure, 0))   # 8-bit: shadows posterise
    dark = _sensor(dark, rng, 2.5)
    img = cv2.convertScaleAbs(dark, alpha=float(rng.uniform(0.75, 0.9) / exposure))
    img = _lighting(img, rng, 0.3)
    img = cv2.GaussianBlur(img, (0, 0), 0.8)             # the phone's noise reduction
    return _jpeg(img, int(rng.integers(78, 88))), ["low_light"]


def certified_copy(page: np.ndarray, rng, card: bool, seal: tuple | None = None) -> tuple[np.ndarray, list[str]]:
    """Grey photocopy (a card copied onto A4), stamped 与原件一致 and signed, with a diagonal
    仅供…使用 watermark, scanned on a flatbed. `seal` = (cx, cy, r, name) in page pixels: the
    holder's own red seal stamped on the copy, partly over a value (still legible under the red)."""
    marks = ["stamp_yuanjian", "watermark"]
    grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    grey = cv2.convertScaleAbs(grey, alpha=1.25, beta=-50)
    if card:
        canvas = R.Page(1654, 2339)                        # 200 dpi A4
        ch, cw = grey.shape
        s = 680 / cw
        small = cv2.resize(grey, (int(cw * s), int(ch * s)), interpolation=cv2.INTER_AREA)
        y0, x0 = int(2339 * rng.uniform(0.1, 0.2)), int((1654 - small.shape[1]) / 2 + rng.uniform(-80, 80))
        canvas.img[y0:y0 + small.shape[0], x0:x0 + small.shape[1]] = small[..., None]
    else:
        sc = 0.75                                          # ~200 dpi for an A4/A3 page
        grey = cv2.resize(grey, (int(grey.shape[1] * sc), int(grey.shape[0] * sc)), interpolation=cv2.INTER_AREA)
        canvas = R.Page(grey.shape[1], grey.shape[0])
        canvas.img[:] = grey[..., None]
    Wp, Hp = canvas.w, canvas.h
    if seal is not None and not card:
        cx, cy, r, name = seal
        R.seal(canvas, cx * 0.75, cy * 0.75, r * 0.75, name, rng=rng, alpha=0.7)
        marks.append("company_seal_over_value")
    purpose = str(rng.choice(["仅供办理公共场所卫生许可使用，他用无效", "仅供办理食品经营许可使用，复印无效",
                              "此复印件仅供银行开户使用", "仅供窗口审核使用，他用无效"]))
    wpx = int(min(Wp, Hp) * 0.015)                       # drawn at half size, scaled 2× when turned
    wm = R.Page(Wp, Hp)
    for j, row in enumerate(range(0, Hp, int(wpx * 6))):
        wm.text((j % 2) * wpx * 6, row, (purpose + "　　") * 3, "droid", wpx, (0.0, 0.0, 0.0))
    cov = (255 - wm.img[..., 0]).astype(np.float32) / 255.0
    M = cv2.getRotationMatrix2D((Wp / 2, Hp / 2), rng.uniform(25, 40), 2.0)
    cov = cv2.warpAffine(cov, M, (Wp, Hp))
    wcol = (0.55, 0.55, 0.55) if rng.random() < 0.5 else (0.9, 0.45, 0.45)
    canvas.ink(cov, 0, 0, wcol, alpha=0.25)
    sx, sy = int(Wp * rng.uniform(0.55, 0.68)), int(Hp * (0.5 if card else rng.uniform(0.83, 0.88)))
    spx = int(min(Wp, Hp) * 0.032)
    sw_ = R.advance("serif_bold", spx, "与原件一致", spx * 0.2)
    canvas.stroke(lambda m: cv2.rectangle(m, (sx - spx // 2, sy - int(spx * 1.4)), (int(sx + sw_ + spx // 2), sy + spx // 2),
                                          1.0, 4), (0.85, 0.15, 0.2), alpha=0.85)
    canvas.text(sx, sy, "与原件一致", "serif_bold", spx, (0.85, 0.15, 0.2), spacing=spx * 0.2, alpha=0.85)
    hp = int(spx * 1.1)
    name = str(rng.choice(["王立新", "陈静", "刘海燕", "赵明", "李娜"]))
    canvas.text(sx, sy + hp * 2.0, name, "hand", hp, (0.1, 0.15, 0.45), jitter=hp * 0.05, rng=rng)
    canvas.text(sx, sy + hp * 3.4, f"2026.{int(rng.integers(1, 12))}.{int(rng.integers(1, 28))}", "hand",
                int(hp * 0.8), (0.1, 0.15, 0.45), jitter=hp * 0.04, rng=rng)
    img = canvas.uint8()[..., ::-1].copy()
    ns = int(img.shape[0] * img.shape[1] * 0.0004)        # toner specks
    img[rng.integers(0, img.shape[0], ns), rng.integers(0, img.shape[1], ns)] = 40
    h, w = img.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-2, 2), 1.0)
    img = cv2.warpAffine(img, M, (w, h), borderValue=(250, 250, 250))
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    return _jpeg(img, int(rng.integers(85, 93))), marks


def tablecloth(page: np.ndarray, rng, card: bool) -> tuple[np.ndarray, list[str]]:
    """The page (or card) lying tilted up to ±15° with perspective on a patterned tablecloth."""
    H, W = _photo_size(page, rng, card)
    out, _ = _place(page, _tablecloth(H, W, rng), rng, fill=rng.uniform(0.75, 0.88) if not card else rng.uniform(0.5, 0.7),
                    max_rot=15, persp=0.14)
    out = _sensor(_lighting(out, rng, 0.22), rng, 3)
    return _jpeg(out, int(rng.integers(80, 92))), ["tilt_15"]


def cropped_photo(page: np.ndarray, rng, card: bool, boxes: dict | None = None) -> tuple[np.ndarray, list[str], set[str]]:
    """Photographed too close: one edge of the page (or card) runs out of the frame. Returns the
    fields whose value boxes are not wholly inside the picture (they are unreadable)."""
    H, W = _photo_size(page, rng, card)
    h, w = page.shape[:2]
    edge = 2 if card and rng.random() < 0.4 else int(rng.integers(4))   # 0 top, 1 right, 2 bottom, 3 left
    s = min(W / w, H / h) * rng.uniform(0.98, 1.04)
    rot = math.radians(rng.uniform(-3, 3))
    c, si = math.cos(rot), math.sin(rot)
    corners = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32) * s
    corners = corners @ np.array([[c, si], [-si, c]], np.float32)
    k = rng.uniform(0, 0.05)
    for i in (edge, (edge + 1) % 4):                      # the near edge (cut) is the larger one
        corners[i] *= 1 + k
    corners += np.array([W / 2, H / 2], np.float32)
    over = rng.uniform(0.04, 0.14)
    lo, hi = corners.min(0), corners.max(0)
    if edge == 0:
        corners[:, 1] += -lo[1] - over * h * s
        corners[:, 0] += W / 2 - (lo[0] + hi[0]) / 2
    elif edge == 2:
        corners[:, 1] += (H - hi[1]) + over * h * s
        corners[:, 0] += W / 2 - (lo[0] + hi[0]) / 2
    elif edge == 1:
        corners[:, 0] += (W - hi[0]) + over * w * s
        corners[:, 1] += H / 2 - (lo[1] + hi[1]) / 2
    else:
        corners[:, 0] += -lo[0] - over * w * s
        corners[:, 1] += H / 2 - (lo[1] + hi[1]) / 2
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    M = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    out = _desk(H, W, rng)
    cv2.warpPerspective(page, M, (W, H), dst=out, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_TRANSPARENT)
    out = _sensor(_lighting(out, rng), rng, 2.5)
    cut: set[str] = set()
    for key, bs in (boxes or {}).items():
        for x0, y0, x1, y1 in bs:
            pts = cv2.perspectiveTransform(np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], np.float32), M)[0]
            if (pts[:, 0] < 1).any() or (pts[:, 0] > W - 2).any() or (pts[:, 1] < 1).any() or (pts[:, 1] > H - 2).any():
                cut.add(key)
    return _jpeg(out, int(rng.integers(82, 92))), ["cut_by_frame"], cut


PATHS = {"screen_photo": screen_photo, "wechat_forward": wechat_forward, "curled_page": curled_page,
         "hand_shadow": hand_shadow, "dim_evening": dim_evening, "certified_copy": certified_copy,
         "tablecloth": tablecloth, "cropped_photo": cropped_photo}


def glare_over(page: R.Page, box: tuple[int, int, int, int], rng) -> tuple[int, int, int, int]:
    """A specular highlight (laminate or glossy print) that wipes out the value in `box`; returns
    the box it whitens fully."""
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ax, ay = (x1 - x0) / 2 + 20, (y1 - y0) / 2 + 16
    X0, Y0 = max(0, int(cx - ax * 2.2)), max(0, int(cy - ay * 3.2))
    X1, Y1 = min(page.w, int(cx + ax * 2.2)), min(page.h, int(cy + ay * 3.2))
    m = np.zeros((Y1 - Y0, X1 - X0), np.float32)
    c = (int(cx - X0), int(cy - Y0))
    cv2.ellipse(m, c, (int(ax * 1.8), int(ay * 2.6)), 0, 0, 360, 0.8, -1)
    m = cv2.GaussianBlur(m, (0, 0), max(6.0, ay * 0.5))
    core = np.zeros_like(m)
    cv2.ellipse(core, c, (int(ax * 1.45), int(ay * 1.75)), 0, 0, 360, 1.0, -1)
    m = np.maximum(m, cv2.GaussianBlur(core, (0, 0), 3)) * 0.985
    page.paint(m, X0, Y0, (1.0, 1.0, 1.0))
    return (int(cx - ax * 1.3), int(cy - ay * 1.5), int(cx + ax * 1.3), int(cy + ay * 1.5))
