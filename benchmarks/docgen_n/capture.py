"""Family N's captures and marks, written for this family with numpy/OpenCV: highlighter strokes,
sticky notes, show-through of the reverse side, folded-in corners (page marks); the 0.5× ultra-wide
lens close up, a WeChat thumbnail upscaled by the app, white-balance casts with colour noise, a page
lying on another document, a card on the scanner glass at an angle with its shadow, heavy JPEG
blocking, a flatbed scan saved by old scanner software (photo captures)."""

from __future__ import annotations

import math
import random

import cv2
import numpy as np


# ------------------------------------------------------------------------------------ helpers
def _u8(a: np.ndarray) -> np.ndarray:
    return np.clip(a, 0, 255).astype(np.uint8)


def _jpeg(img: np.ndarray, q: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img[:, :, ::-1], [cv2.IMWRITE_JPEG_QUALITY, int(q)])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)[:, :, ::-1]


def _overlap(a, b) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def _boxes_px(boxes: dict, ppm: float) -> dict[str, list[tuple[int, int, int, int]]]:
    return {k: [(int(x * ppm), int(y * ppm), int(w * ppm), int(h * ppm)) for x, y, w, h in v] for k, v in boxes.items()}


def _desk(h: int, w: int, rng: random.Random) -> np.ndarray:
    """A desk: a flat colour with low-frequency shading and fine grain (grey laminate, light oak,
    dark counter, green cutting mat)."""
    base = np.array(rng.choice([(150, 150, 146), (188, 150, 108), (62, 58, 56), (60, 110, 80), (205, 200, 190)]), float)
    nr = np.random.default_rng(rng.randrange(2 ** 31))
    low = cv2.resize(nr.normal(0, 1, (6, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    grain = nr.normal(0, 5, (h, w)).astype(np.float32)
    return _u8(base[None, None, :] * (1 + 0.07 * low[..., None]) + grain[..., None])


def _warp_onto(bg: np.ndarray, page: np.ndarray, dst: np.ndarray, shadow: float = 0.35) -> np.ndarray:
    """Paste `page` into `bg` at the quadrilateral `dst` (4×2, clockwise from top-left), with a soft shadow."""
    h, w = page.shape[:2]
    H, W = bg.shape[:2]
    alpha = page[:, :, 3] if page.shape[2] == 4 else np.full((h, w), 255, np.uint8)   # a folded corner is cut away
    page = page[:, :, :3]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_AREA if w > W else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(alpha, m, (W, H)).astype(np.float32) / 255
    out = bg.astype(np.float32)
    if shadow:
        sm = cv2.GaussianBlur(mask, (0, 0), max(2, W / 250))
        sm = np.roll(sm, (int(W / 300) + 1, int(W / 300) + 1), (0, 1))
        out *= (1 - shadow * sm)[..., None]
    out = out * (1 - mask[..., None]) + warped.astype(np.float32) * mask[..., None]
    return _u8(out)


def _quad(w: float, h: float, W: int, H: int, rng: random.Random, fill: float, tilt: float) -> np.ndarray:
    """A page quadrilateral covering about `fill` of the frame, rotated and keystoned a little."""
    s = fill * min(W / w, H / h)
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    a = math.radians(rng.uniform(-tilt, tilt))
    pts = []
    for px, py in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)):
        x, y = px * s, py * s
        pts.append((cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)))
    q = np.array(pts)
    k = rng.uniform(-0.04, 0.04) * s * w                  # keystone: top edge narrower or wider
    q[0, 0] += k
    q[1, 0] -= k
    return q


def _sensor(img: np.ndarray, rng: random.Random, noise: float = 3.0, blur: float = 0.6) -> np.ndarray:
    nr = np.random.default_rng(rng.randrange(2 ** 31))
    f = img.astype(np.float32)
    if blur:
        f = cv2.GaussianBlur(f, (0, 0), blur)
    h, w = f.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    f *= (1 - 0.12 * r2)[..., None]
    f += nr.normal(0, noise, f.shape).astype(np.float32)
    return _u8(f)


def _fit(img: np.ndarray, long_side: int) -> np.ndarray:
    h, w = img.shape[:2]
    s = long_side / max(h, w)
    return cv2.resize(img, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC)


# ------------------------------------------------------------------------------------ marks on the page
def highlighter(page: np.ndarray, boxes: dict, ppm: float, rng: random.Random, keys: list[str]) -> np.ndarray:
    """Translucent yellow or pink marker strokes over the rows of a few values (multiply blend; the
    text stays readable, as it does under a real marker)."""
    col = np.array(rng.choice([(255, 236, 70), (255, 150, 205), (150, 240, 140)]), np.float32) / 255
    f = page.astype(np.float32)
    layer = np.ones(page.shape[:2], np.float32)
    px = _boxes_px(boxes, ppm)
    for k in keys:
        for x, y, w, h in px.get(k, []):
            pad = int(h * 0.25)
            pts = np.array([[x - pad, y - pad + rng.randint(-2, 2)], [x + w + pad, y - pad + rng.randint(-3, 3)],
                            [x + w + pad, y + h + pad + rng.randint(-3, 3)], [x - pad, y + h + pad]], np.int32)
            cv2.fillPoly(layer, [pts], 0.0)
    layer = cv2.GaussianBlur(layer, (0, 0), 1.2)
    tint = layer[..., None] + (1 - layer[..., None]) * col[None, None, :]
    return _u8(f * tint)


def _free_corner(shape, boxes_px: dict, size: tuple[int, int], rng: random.Random, margin: int) -> tuple[int, int] | None:
    H, W = shape[:2]
    sw, sh = size
    corners = [(margin, margin), (W - sw - margin, margin), (margin, H - sh - margin), (W - sw - margin, H - sh - margin)]
    rng.shuffle(corners)
    allb = [b for v in boxes_px.values() for b in v]
    for x, y in corners:
        if not any(_overlap((x, y, sw, sh), b) for b in allb):
            return x, y
    return None


def sticky_note(page: np.ndarray, boxes: dict, ppm: float, rng: random.Random, over: str | None, write
                ) -> tuple[np.ndarray, list[str]] | None:
    """A sticky note with a clerk's hand-written reminder: a square in a corner clear of every value,
    or (over=key) a note stuck over that value's rows. Returns the page and the keys the note covers
    (all of them become unreadable in the truth), or None when no clear corner exists. `write(note)`
    draws the hand-writing."""
    px = _boxes_px(boxes, ppm)
    if over:
        rows = px[over]
        x0, y0 = min(b[0] for b in rows), min(b[1] for b in rows)
        x1, y1 = max(b[0] + b[2] for b in rows), max(b[1] + b[3] for b in rows)
        m = int(ppm * 1.8)
        x, y, sw, sh = x0 - m, y0 - m, x1 - x0 + 2 * m + rng.randint(0, m), max(y1 - y0 + 2 * m, int(ppm * 9))
    else:
        sw = sh = int(ppm * rng.uniform(30, 40))
        pos = _free_corner(page.shape, px, (sw, sh), rng, int(ppm * 2))
        if pos is None:
            return None
        x, y = pos
    H, W = page.shape[:2]
    x, y = max(0, min(W - sw, x)), max(0, min(H - sh, y))
    covered = [k for k, bs in px.items() if any(_overlap((x, y, sw, sh), b) for b in bs)]
    if not over and covered:
        return None
    note = np.zeros((sh, sw, 3), np.uint8)
    note[:] = rng.choice([(250, 236, 120), (255, 200, 215), (190, 235, 250), (200, 245, 170)])
    note = write(note)
    f = page.astype(np.float32)
    shade = np.zeros((H, W), np.float32)
    shade[y + 4:y + sh + 4, x + 4:x + sw + 4] = 1
    shade = cv2.GaussianBlur(shade, (0, 0), 4)
    f *= (1 - 0.25 * shade)[..., None]
    f[y:y + sh, x:x + sw] = note
    return _u8(f), covered


def show_through(page: np.ndarray, back: np.ndarray, rng: random.Random) -> np.ndarray:
    """Thin paper: the reverse side's print seen through the sheet, mirrored, blurred and faint."""
    b = cv2.resize(back, (page.shape[1], page.shape[0]))[:, ::-1].astype(np.float32) / 255
    b = cv2.GaussianBlur(b, (0, 0), 1.6)
    k = rng.uniform(0.10, 0.18)
    return _u8(page.astype(np.float32) * (1 - k * (1 - b)))


def folded_corner(page: np.ndarray, boxes: dict, ppm: float, rng: random.Random) -> np.ndarray | None:
    """A corner folded in: the corner triangle is cut away (alpha 0, whatever lies below shows) and the
    flap, the paper's plain back, lies on the page with a crease shadow. Its size stays inside the
    margin so no value is hidden. Returns an RGBA page, or None when no corner is clear."""
    px = _boxes_px(boxes, ppm)
    leg = int(ppm * rng.uniform(18, 32))
    H, W = page.shape[:2]
    allb = [b for v in px.values() for b in v]
    options = [(0, 0, 1, 1), (W, 0, -1, 1), (0, H, 1, -1), (W, H, -1, -1)]
    rng.shuffle(options)
    for cx, cy, sx, sy in options:
        box = (min(cx, cx + sx * leg), min(cy, cy + sy * leg), leg, leg)
        if any(_overlap(box, b) for b in allb):
            continue
        a, b_, c = (cx, cy), (cx + sx * leg, cy), (cx, cy + sy * leg)
        alpha = np.full((H, W), 255, np.uint8)
        cv2.fillPoly(alpha, [np.array([a, b_, c], np.int32)], 0)
        # the flap: the cut triangle mirrored over the crease b_-c
        tip = (cx + sx * leg, cy + sy * leg)
        flap = np.zeros((H, W), np.float32)
        cv2.fillPoly(flap, [np.array([b_, c, tip], np.int32)], 1.0)
        out = page.astype(np.float32)
        shade = cv2.GaussianBlur(flap, (0, 0), max(2.0, ppm * 0.8))
        out *= (1 - 0.28 * np.roll(shade, (sy * 3, sx * 3), (0, 1)))[..., None]
        back = np.array([232, 230, 222], np.float32)
        grad = np.linspace(0.93, 1.0, W, dtype=np.float32)[None, :, None]
        out = out * (1 - flap[..., None]) + back * grad * flap[..., None]
        return np.dstack([_u8(out), alpha])
    return None


# ------------------------------------------------------------------------------------ photo captures
def phone_desk(page: np.ndarray, rng: random.Random, long_side: int = 2000, fill: float = 0.86, bg=None) -> np.ndarray:
    h, w = page.shape[:2]
    W, H = (long_side, int(long_side * 0.75)) if w > h else (int(long_side * 0.75), long_side)
    back = _desk(H, W, rng) if bg is None else bg
    q = _quad(w, h, W, H, rng, fill, 6)
    img = _warp_onto(back, page, q)
    return _sensor(img, rng)


def on_document(page: np.ndarray, other: np.ndarray, rng: random.Random, long_side: int = 2000) -> np.ndarray:
    """The page lies on another printed document whose text shows around its edges."""
    h, w = page.shape[:2]
    W, H = (long_side, int(long_side * 0.75)) if w > h else (int(long_side * 0.75), long_side)
    desk = _desk(H, W, rng)
    o = other if (other.shape[1] > other.shape[0]) == (w > h) else np.rot90(other).copy()
    q_other = _quad(o.shape[1], o.shape[0], W, H, rng, 1.05, 4)
    scene = _warp_onto(desk, o, q_other, shadow=0.2)
    q = _quad(w, h, W, H, rng, 0.8, 7)
    q += np.array([rng.uniform(-0.05, 0.05) * W, rng.uniform(-0.05, 0.05) * H])
    return _sensor(_warp_onto(scene, page, q, shadow=0.3), rng)


def ultrawide(page: np.ndarray, rng: random.Random, long_side: int = 2400) -> np.ndarray:
    """0.5× ultra-wide lens held close: the page fills the frame and bends at the edges (barrel). The
    scene is laid out larger than the frame so the lens pulls real desk, not a mirror, into the corners."""
    h, w = page.shape[:2]
    W, H = (long_side, int(long_side * 0.75)) if w > h else (int(long_side * 0.75), long_side)
    k = rng.uniform(0.16, 0.26)
    grow = 1 + k * (1 + (H / W) ** 2) + 0.02
    BW, BH = int(W * grow) + 2, int(H * grow) + 2
    q = _quad(w, h, W, H, rng, 0.97, 3) + np.array([(BW - W) / 2, (BH - H) / 2])
    img = _warp_onto(_desk(BH, BW, rng), page, q)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    nx, ny = (xx - W / 2) / (W / 2), (yy - H / 2) / (W / 2)
    r2 = nx * nx + ny * ny
    f = 1 + k * r2
    mapx = (nx * f) * (W / 2) + BW / 2
    mapy = (ny * f) * (W / 2) + BH / 2
    out = cv2.remap(img, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # the ultra-wide module is soft in the corners
    soft = cv2.GaussianBlur(out, (0, 0), 1.6)
    wgt = np.clip((np.sqrt(r2) - 0.6) / 0.6, 0, 1)[..., None]
    out = _u8(out * (1 - wgt) + soft * wgt)
    return _sensor(out, rng, noise=4)


def wechat_thumb(page: np.ndarray, rng: random.Random, thumb: int = 360, shown: int = 1080) -> np.ndarray:
    """A photo forwarded in WeChat and saved from the chat's preview: ~360 px, recompressed, then
    upscaled by the app's viewer."""
    img = phone_desk(page, rng, long_side=1600, fill=0.9)
    small = _jpeg(_fit(img, thumb), rng.randint(60, 75))
    return _fit(small, shown)


def wb_cast(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """A strong white-balance error (blue or green cast) with blotchy colour noise of a cheap sensor."""
    img = phone_desk(page, rng).astype(np.float32)
    gains = rng.choice([(0.74, 0.93, 1.18), (0.82, 1.12, 0.80), (0.78, 1.02, 1.25)])
    img *= np.array(gains, np.float32)[None, None, :]
    H, W = img.shape[:2]
    nr = np.random.default_rng(rng.randrange(2 ** 31))
    chroma = cv2.resize(nr.normal(0, 9, (H // 4, W // 4, 3)).astype(np.float32), (W, H))
    img += chroma - chroma.mean(axis=2, keepdims=True)
    return _u8(img)


def glass_angle(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """An ID card laid on the flatbed glass at an angle: white lid, the card's drop shadow, scanner
    sharpness (no perspective)."""
    h, w = page.shape[:2]
    W, H = int(w * 1.7), int(h * 2.0)
    bg = np.full((H, W, 3), rng.randint(236, 250), np.uint8)
    a = math.radians(rng.choice([-1, 1]) * rng.uniform(7, 24))
    cx, cy = W / 2 + rng.uniform(-0.1, 0.1) * W, H / 2 + rng.uniform(-0.1, 0.1) * H
    pts = [(cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a))
           for x, y in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2))]
    img = _warp_onto(bg, page, np.array(pts), shadow=0.55)
    nr = np.random.default_rng(rng.randrange(2 ** 31))
    return _u8(img.astype(np.float32) + nr.normal(0, 1.5, img.shape))


def flat_scan(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """A flatbed scan at 200 dpi of the whole bed area, page slightly skewed."""
    h, w = page.shape[:2]
    W, H = int(w * 1.05), int(h * 1.04)
    bg = np.full((H, W, 3), 246, np.uint8)
    a = math.radians(rng.uniform(-1.5, 1.5))
    cx, cy = W / 2, H / 2
    pts = [(cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a))
           for x, y in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2))]
    img = _warp_onto(bg, page, np.array(pts), shadow=0.1)
    return _sensor(img, rng, noise=2, blur=0.5)


def jpeg_heavy(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """A phone photo re-saved at quality 15–25: 8×8 blocking and ringing, still readable."""
    return _jpeg(phone_desk(page, rng, long_side=2200, fill=0.9), rng.randint(15, 25))
