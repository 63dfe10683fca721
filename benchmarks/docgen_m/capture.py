"""Family M's captures, written for M with numpy/OpenCV: how a page reaches the window that A–L did
not draw — a phone screen held up to the 高拍仪, pages rotated with no EXIF tag, an A3 scan with the
licence turned on it, copies on coloured paper, a copy of a copy, a night photo smeared by the phone's
denoiser, over-sharpening halos, a pen or a finger over one value, a clipboard, a plastic folder, the
counter's acrylic partition reflecting the room, an ID card scanned with the lid open, wooden and
patterned desks. (Chat-app screenshots are drawn as SVG around the photo, in generate.py.)

Every function takes and returns RGB uint8 arrays and its own numpy Generator, so a file is a pure
function of the seed."""

from __future__ import annotations

import cv2
import numpy as np

Box = tuple[float, float, float, float]


def _noise(img: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    return np.clip(img.astype(np.float32) + rng.normal(0, sigma, img.shape), 0, 255).astype(np.uint8)


def wood(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    warp = cv2.GaussianBlur(rng.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32), (0, 0), 6)
    warp = cv2.resize(warp, (w, h)) * 90
    rings = np.sin((y + warp + 0.002 * x * x / max(1, w) * 40) / rng.uniform(9, 16)) * 0.5 + 0.5
    base = np.array(rng.choice([(150, 98, 58), (120, 78, 45), (182, 134, 88)]), np.float32)
    img = base[None, None, :] * (0.78 + 0.3 * rings[..., None])
    return _noise(np.clip(img, 0, 255).astype(np.uint8), rng, 4)


def pattern_cloth(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """A tablecloth/desk mat: diagonal checks in two colours with a small motif."""
    y, x = np.mgrid[0:h, 0:w]
    p = rng.integers(40, 80)
    chk = (((x + y) // p + (x - y) // p) % 2).astype(np.float32)
    c1 = np.array(rng.choice([(200, 60, 60), (40, 90, 150), (60, 130, 80)]), np.float32)
    c2 = np.array((235, 228, 210), np.float32)
    img = c1 * chk[..., None] + c2 * (1 - chk[..., None])
    dots = ((x % p - p // 2) ** 2 + (y % p - p // 2) ** 2) < (p // 8) ** 2
    img[dots] = (250, 200, 60)
    return _noise(img.astype(np.uint8), rng, 5)


def place(doc: np.ndarray, bg: np.ndarray, rng: np.random.Generator, fill: float = 0.8,
          tilt: float = 0.05, rot90: int = 0) -> np.ndarray:
    """The page photographed on `bg`: a random perspective quad covering about `fill` of the frame."""
    H, W = bg.shape[:2]
    h, w = doc.shape[:2]
    s = min(W * fill / w, H * fill / h)
    dw, dh = w * s, h * s
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    ang = rng.uniform(-6, 6)
    c, si = np.cos(np.radians(ang)), np.sin(np.radians(ang))
    pts = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        px, py = dx * dw / 2 * (1 + rng.uniform(-tilt, tilt)), dy * dh / 2 * (1 + rng.uniform(-tilt, tilt))
        pts.append((cx + px * c - py * si, cy + px * si + py * c))
    src = np.float32([(0, 0), (w, 0), (w, h), (0, h)])
    M = cv2.getPerspectiveTransform(src, np.float32(pts))
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    m = cv2.GaussianBlur(mask, (3, 3), 0).astype(np.float32)[..., None] / 255
    # a soft shadow under the page
    sh = cv2.GaussianBlur(mask, (0, 0), 12).astype(np.float32)[..., None] / 255
    out = bg.astype(np.float32) * (1 - 0.35 * np.roll(sh, (8, 10), (0, 1)))
    out = out * (1 - m) + warped.astype(np.float32) * m
    return np.clip(out, 0, 255).astype(np.uint8)


def light(img: np.ndarray, rng: np.random.Generator, strength: float = 0.25) -> np.ndarray:
    H, W = img.shape[:2]
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(0, W), rng.uniform(0, H)
    d = np.sqrt((x - gx) ** 2 + (y - gy) ** 2) / max(H, W)
    g = 1 - strength * d
    return np.clip(img.astype(np.float32) * g[..., None], 0, 255).astype(np.uint8)


def phone_photo(doc: np.ndarray, rng: np.random.Generator, bg: np.ndarray | None = None, size=(2400, 1800)) -> np.ndarray:
    W, H = size if doc.shape[1] >= doc.shape[0] else (size[1], size[0])
    if bg is None:
        tone = rng.integers(90, 170)
        bg = _noise(np.full((H, W, 3), (tone, tone - 8, tone - 16), np.uint8), rng, 6)
    img = place(doc, bg, rng, rng.uniform(0.78, 0.9))
    img = light(img, rng, rng.uniform(0.1, 0.3))
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 1.0))
    return _noise(img, rng, 3)


# ---- occluders ------------------------------------------------------------------------------------
def cover_box(box: Box, rng: np.random.Generator, shape) -> Box:
    """The part of a value an occluder hides: its middle, the whole height (no character can be read)."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    a = x0 + w * rng.uniform(0.25, 0.4)
    b = x0 + w * rng.uniform(0.6, 0.8)
    return a, y0 - 6, b, y1 + 6


def pen(img: np.ndarray, box: Box, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A ballpoint pen lying along one value's first row (body, highlight, a soft shadow). Returns the
    picture and the pen's opaque mask (what it hides)."""
    a, y0, b, y1 = cover_box(box, rng, img.shape)
    H, W = img.shape[:2]
    thick = float(np.clip(y1 - y0, 30, 62))
    cx, cy = (a + b) / 2, y0 + thick / 2
    ang = rng.uniform(-9, 9)
    length = W * rng.uniform(0.38, 0.5)
    col = tuple(int(c) for c in rng.choice([(20, 40, 120), (15, 15, 18), (160, 20, 30), (30, 110, 60)]))
    out = img.copy()
    shadow = ((cx + 10, cy + 14), (length, thick), ang)
    sh = out.copy()
    cv2.fillPoly(sh, [cv2.boxPoints(shadow).astype(np.int32)], (70, 70, 70))
    out = cv2.addWeighted(out, 0.7, sh, 0.3, 0)
    rect = ((cx, cy), (length, thick), ang)
    mask = np.zeros((H, W), np.uint8)
    cv2.fillPoly(mask, [cv2.boxPoints(rect).astype(np.int32)], 255)
    out[mask > 0] = col
    hl = ((cx, cy - thick * 0.2), (length * 0.97, thick * 0.16), ang)
    cv2.fillPoly(out, [cv2.boxPoints(hl).astype(np.int32)], tuple(min(255, c + 100) for c in col))
    tip = cv2.boxPoints(((cx - length / 2 - thick * 0.4, cy), (thick * 0.8, thick * 0.5), ang)).astype(np.int32)
    cv2.fillPoly(out, [tip], (190, 190, 195))
    cv2.fillPoly(mask, [tip], 255)
    return out, mask


def finger(img: np.ndarray, box: Box, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A thumb from the nearest edge over one value: a skin-toned rounded shape with shading. Returns
    the picture and the thumb's mask."""
    a, y0, b, y1 = cover_box(box, rng, img.shape)
    H, W = img.shape[:2]
    out = img.copy().astype(np.float32)
    mask = np.zeros((H, W), np.uint8)
    cx, cy = int((a + b) / 2), int((y0 + y1) / 2)
    r = int(max((b - a) / 2, (y1 - y0) / 2) * 1.1)
    from_bottom = cy > H / 2
    edge_y = H + r if from_bottom else -r
    cv2.ellipse(mask, (cx, cy), (r, int(r * 1.2)), 0, 0, 360, 255, -1)
    cv2.rectangle(mask, (cx - r, min(cy, edge_y)), (cx + r, max(cy, edge_y)), 255, -1)
    m = cv2.GaussianBlur(mask, (0, 0), 3).astype(np.float32)[..., None] / 255
    skin = np.array(rng.choice([(224, 172, 140), (198, 140, 105), (236, 190, 160)]), np.float32)
    x = np.arange(W, dtype=np.float32)
    shade = (1 - 0.35 * np.abs((x - cx) / max(r, 1)).clip(0, 1) ** 2)[None, :, None]
    out = out * (1 - m) + skin * shade * m
    return np.clip(out, 0, 255).astype(np.uint8), mask


def covered(mask: np.ndarray, boxes: dict[str, Box]) -> set[str]:
    """Fields whose box the occluder's opaque mask touches (any hidden character makes the value
    unreadable to a person, so the truth marks it `unreadable`)."""
    out = set()
    for k, (x0, y0, x1, y1) in boxes.items():
        sub = mask[max(0, int(y0)):int(y1) + 1, max(0, int(x0)):int(x1) + 1]
        if sub.size and (sub > 0).mean() > 0.01:
            out.add(k)
    return out


def changed(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """A mask of where a drawn object (a clip) changed the page."""
    return ((np.abs(before.astype(np.int16) - after.astype(np.int16)).max(axis=2) > 40) * 255).astype(np.uint8)
# ---- page-level effects ---------------------------------------------------------------------------
def paper_copy(doc: np.ndarray, rng: np.random.Generator, tint=(255, 255, 255), generations: int = 1) -> np.ndarray:
    """A photocopy (optionally of a photocopy): grey, contrast pushed, toner spreads (strokes thicken,
    small counters fill), speckle; printed on paper of colour `tint`."""
    g = cv2.cvtColor(doc, cv2.COLOR_RGB2GRAY).astype(np.float32)
    for _ in range(generations):
        g = cv2.erode(g, np.ones((2, 2), np.uint8))          # dark grows first: toner spread
        g = cv2.GaussianBlur(g, (0, 0), 0.8)
        g = np.clip((g - 45) * 1.5, 0, 255)                   # contrast pushed; thin strokes survive
        h, w = g.shape
        M = np.float32([[1, rng.uniform(-0.004, 0.004), rng.uniform(-4, 4)],
                        [rng.uniform(-0.004, 0.004), 1, rng.uniform(-4, 4)]])
        g = cv2.warpAffine(g, M, (w, h), borderValue=255)
        sp = rng.random(g.shape) < 0.0015
        g[sp] = rng.uniform(0, 120, int(sp.sum()))
    g = cv2.GaussianBlur(g, (0, 0), 0.6) / 255.0
    paper = np.array(tint, np.float32) * rng.uniform(0.95, 1.0)
    ink = np.array((30, 30, 34), np.float32)
    out = ink + (paper - ink) * g[..., None]
    return _noise(np.clip(out, 0, 255).astype(np.uint8), rng, 4)


def scan_rotated(doc: np.ndarray, rng: np.random.Generator, k: int) -> np.ndarray:
    """A flatbed scan saved turned by k×90° with no EXIF orientation tag."""
    h, w = doc.shape[:2]
    pad = 40
    canvas = np.full((h + 2 * pad, w + 2 * pad, 3), 246, np.uint8)
    canvas[pad:pad + h, pad:pad + w] = doc
    M = cv2.getRotationMatrix2D((canvas.shape[1] / 2, canvas.shape[0] / 2), rng.uniform(-1.2, 1.2), 1.0)
    canvas = cv2.warpAffine(canvas, M, (canvas.shape[1], canvas.shape[0]), borderValue=(246, 246, 246))
    canvas = _noise(canvas, rng, 2.5)
    return np.ascontiguousarray(np.rot90(canvas, k))


def a3_scan(doc: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """An A3 flatbed scan (200 dpi scaled to ~150): a landscape 正本 turned onto the portrait A3 bed, a
    portrait 副本 on one half of a landscape A3 bed, the rest lid-white."""
    h, w = doc.shape[:2]
    if w > h:
        doc = np.ascontiguousarray(np.rot90(doc, int(rng.choice((1, 3)))))
        h, w = doc.shape[:2]
        W, H = int(w * 1.12), int(w * 1.12 * 1.414)
    else:
        H = int(h * 1.08)
        W = int(H * 1.414)
    canvas = np.full((H, W, 3), 250, np.uint8)
    y0, x0 = int(rng.uniform(0.01, 0.04) * H), int(rng.uniform(0.01, 0.04) * W)
    canvas[y0:y0 + h, x0:x0 + w] = doc[:H - y0, :W - x0]
    M = cv2.getRotationMatrix2D((W / 2, H / 2), rng.uniform(-1.5, 1.5), 1.0)
    canvas = cv2.warpAffine(canvas, M, (W, H), borderValue=(250, 250, 250))
    return _noise(canvas, rng, 2)


def lid_open_scan(doc: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """An ID card on a flatbed with the lid up: the glass reads black around the card (with room light
    fall-off and sensor noise), the card slightly skewed, at 200 dpi on an A4 bed."""
    W, H = 1654, 2339
    s = 0.67 * rng.uniform(0.95, 1.05)
    card = cv2.resize(doc, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
    bg = np.full((H, W, 3), 8, np.uint8)
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    bg = np.clip(bg + 30 * np.exp(-((x - W * rng.uniform(0, 1)) ** 2 + (y - H) ** 2) / (2 * (H * 0.5) ** 2))[..., None], 0, 255).astype(np.uint8)
    bg = _noise(bg, rng, 5)
    h, w = card.shape[:2]
    x0, y0 = int(rng.uniform(30, 200)), int(rng.uniform(30, 300))
    roi = np.zeros((H, W), np.uint8)
    cv2.rectangle(roi, (x0, y0), (x0 + w, y0 + h), 255, -1)
    full = bg.copy()
    full[y0:y0 + h, x0:x0 + w] = card
    M = cv2.getRotationMatrix2D((x0 + w / 2, y0 + h / 2), rng.uniform(-3, 3), 1.0)
    full = cv2.warpAffine(full, M, (W, H), borderValue=(8, 8, 8))
    m = cv2.warpAffine(roi, M, (W, H)).astype(np.float32)[..., None] / 255
    out = bg * (1 - m) + full * m
    return np.clip(out, 0, 255).astype(np.uint8)


def night_denoise(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A night photo under warm light: dim, orange, noisy, then the phone's heavy denoiser smears
    texture into flat patches (watercolour) and sharpens edges back."""
    f = img.astype(np.float32) / 255
    f = f * rng.uniform(0.55, 0.7)
    f = f * np.array((1.15, 0.92, 0.62), np.float32)
    f = np.clip(f + rng.normal(0, 0.05, f.shape), 0, 1)
    u = (f * 255).astype(np.uint8)
    for _ in range(3):
        u = cv2.bilateralFilter(u, 9, 45, 7)
    u = cv2.medianBlur(u, 3)
    bl = cv2.GaussianBlur(u, (0, 0), 2)
    u = cv2.addWeighted(u, 1.6, bl, -0.6, 0)
    return np.clip(u.astype(np.float32) * 1.3, 0, 255).astype(np.uint8)


def oversharpen(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A camera's strong unsharp mask: bright and dark halos beside every stroke."""
    bl = cv2.GaussianBlur(img, (0, 0), rng.uniform(2.0, 3.5))
    amt = rng.uniform(1.8, 2.8)
    return cv2.addWeighted(img, 1 + amt, bl, -amt, 0)


def clipboard(doc: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """The page on a brown hardboard clipboard; the metal clip over the page's top margin. Returns the
    board and the page with the clip drawn (for the coverage check)."""
    h, w = doc.shape[:2]
    bh, bw = int(h * 1.12), int(w * 1.1)
    board = np.full((bh, bw, 3), rng.choice([(120, 82, 50), (95, 70, 48)]), np.uint8)
    board = _noise(board, rng, 7)
    board = cv2.GaussianBlur(board, (0, 0), 1.2)
    x0, y0 = (bw - w) // 2, int(bh * 0.07)
    board[y0:y0 + h, x0:x0 + w] = doc
    cw, ch = int(w * 0.36), int(h * 0.035)
    cx0, cy0 = (bw - cw) // 2, y0 - ch // 2
    grad = np.linspace(215, 120, ch)[:, None, None] * np.ones((1, cw, 3))
    board[cy0:cy0 + ch, cx0:cx0 + cw] = grad.astype(np.uint8)
    cv2.rectangle(board, (cx0, cy0), (cx0 + cw, cy0 + ch), (70, 70, 70), 3)
    return board, board[y0:y0 + h, x0:x0 + w].copy()


def plastic_folder(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A clear plastic folder: faint haze, a cool tint and long specular streaks."""
    H, W = img.shape[:2]
    f = img.astype(np.float32)
    f = f * 0.9 + np.array((200, 210, 225), np.float32) * 0.1
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0.3, 1.2)
    t = x * np.cos(ang) + y * np.sin(ang)
    for _ in range(int(rng.integers(2, 4))):
        c = rng.uniform(0.2, 0.8) * (W + H)
        wdt = rng.uniform(10, 35)
        f += 55 * np.exp(-((t - c) ** 2) / (2 * wdt ** 2))[..., None]
    return np.clip(f, 0, 255).astype(np.uint8)


def acrylic(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Through the counter's acrylic partition: the room reflected (ceiling lights, a window, a person
    behind the camera), a faint second-surface ghost of the page, a small loss of contrast."""
    H, W = img.shape[:2]
    room = np.zeros((H, W, 3), np.float32)
    for _ in range(int(rng.integers(2, 5))):
        x, y = rng.uniform(0, W), rng.uniform(0, H * 0.5)
        cv2.rectangle(room, (int(x), int(y)), (int(x + W * 0.18), int(y + H * 0.03)), (255, 255, 245), -1)
    wx = rng.uniform(0, W * 0.6)
    cv2.rectangle(room, (int(wx), int(H * 0.1)), (int(wx + W * 0.35), int(H * 0.6)), (170, 190, 210), -1)
    cv2.ellipse(room, (int(W * rng.uniform(0.3, 0.7)), int(H * 0.55)), (int(W * 0.12), int(H * 0.4)), 0, 0, 360,
                (-60, -60, -60), -1)
    room = cv2.GaussianBlur(room, (0, 0), max(H, W) / 60)
    f = img.astype(np.float32) * 0.9 + 12
    ghost = np.roll(img, (int(rng.integers(6, 14)), int(rng.integers(6, 14))), (0, 1)).astype(np.float32)
    f = f * 0.93 + ghost * 0.07
    f += room * rng.uniform(0.18, 0.28)
    return np.clip(f, 0, 255).astype(np.uint8)


def phone_screen(doc: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A photo of the document shown on a phone's screen, held under the 高拍仪: the page fitted to the
    screen, the screen's RGB sub-pixel grid (moiré after resampling), bezel, glare, perspective."""
    h, w = doc.shape[:2]
    land = w > h
    sw, sh = (2340, 1080) if land else (1080, 2340)
    s = min(sw / w, sh / h)
    page = cv2.resize(doc, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    screen = np.full((sh, sw, 3), 0, np.uint8)
    y0, x0 = (sh - page.shape[0]) // 2, (sw - page.shape[1]) // 2
    screen[y0:y0 + page.shape[0], x0:x0 + page.shape[1]] = page
    # sub-pixel stripes (each pixel three columns R, G, B), resampled without filtering so the grid
    # beats against the camera's sampling (moiré)
    big = np.repeat(screen, 3, axis=1)
    mask = np.full((1, sw * 3, 3), 185, np.uint8)
    for c in range(3):
        mask[0, c::3, c] = 255
    big = cv2.multiply(big, np.ascontiguousarray(np.broadcast_to(mask, big.shape)), scale=1 / 255 * 1.15)
    small = cv2.resize(big, (int(sw * 0.97), int(sh * 0.97)), interpolation=cv2.INTER_LINEAR)
    bez = 50
    phone_small = np.full((small.shape[0] + 2 * bez, small.shape[1] + 2 * bez, 3), 18, np.uint8)
    phone_small[bez:bez + small.shape[0], bez:bez + small.shape[1]] = small
    out_w, out_h = (2592, 1944) if land else (1944, 2592)
    bg = wood(out_h // 2, out_w // 2, rng) if rng.random() < 0.5 else pattern_cloth(out_h // 2, out_w // 2, rng)
    bg = cv2.resize(bg, (out_w, out_h))
    img = place(phone_small, bg, rng, rng.uniform(0.9, 0.96), tilt=0.03)
    H, W = img.shape[:2]
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    glare = 40 * np.exp(-((x - gx) ** 2 + (y - gy) ** 2) / (2 * (0.18 * W) ** 2))
    img = np.clip(img.astype(np.float32) + glare[..., None], 0, 255).astype(np.uint8)
    return _noise(cv2.GaussianBlur(img, (0, 0), 0.7), rng, 3)
