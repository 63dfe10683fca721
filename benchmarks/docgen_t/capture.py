"""Family T's captures, all in OpenCV (warpPerspective, remap, GaussianBlur, filter2D motion kernels,
imencode at JPEG quality, noise, casts, moiré): what a 综合受理 window really receives. Each capture takes
the drawn page (RGB) and the page-space boxes of the values, and returns the captured image plus the keys
it really hides (a glare core or the frame cutting a value off) — only those are `unreadable`."""

from __future__ import annotations

import cv2
import numpy as np

Box = tuple[float, float, float, float]
Boxes = dict[str, list[Box]]          # per value key: the box of each drawn run (a line, a date part)


def hidden_by(mask: np.ndarray, boxes: Boxes) -> set[str]:
    """Keys with a run of which `mask` (True = hidden) covers at least about a third of a character
    (0.3·h² pixels, h the run's height): a sliver over the edge of a line hides nothing."""
    h, w = mask.shape
    out = set()
    heights = [b[3] - b[1] for runs in boxes.values() for b in runs]
    line = float(np.median(heights)) if heights else 1.0     # a Tk-wrapped item spans several lines
    for k, runs in boxes.items():
        for x0, y0, x1, y1 in runs:
            sub = mask[int(max(0, y0)):int(min(h, y1)), int(max(0, x0)):int(min(w, x1))]
            lost = (y1 - y0) * (x1 - x0) - sub.size + int(sub.sum())   # outside the page counts as hidden
            if lost >= 0.3 * min(y1 - y0, line) ** 2:
                out.add(k)
                break
    return out


def _u8(a: np.ndarray) -> np.ndarray:
    return np.clip(a, 0, 255).astype(np.uint8)


def jpeg(img: np.ndarray, q: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, int(q)])
    assert ok
    return cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


def resize_long(img: np.ndarray, long_side: int) -> np.ndarray:
    h, w = img.shape[:2]
    f = long_side / max(h, w)
    return cv2.resize(img, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)


def noise(img: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    n = rng.standard_normal(img.shape[:2], dtype=np.float32)[..., None] * sigma
    n = n + rng.standard_normal(img.shape, dtype=np.float32) * (sigma * 0.5)
    return _u8(img.astype(np.float32) + n)


def motion(img: np.ndarray, length: int, angle: float) -> np.ndarray:
    """Hand shake: a line kernel through filter2D."""
    k = np.zeros((length, length), np.float32)
    k[length // 2, :] = 1
    m = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1)
    k = cv2.warpAffine(k, m, (length, length))
    return cv2.filter2D(img, -1, k / max(k.sum(), 1e-6))


def low_field(h: int, w: int, rng: np.random.Generator, scale: int = 8) -> np.ndarray:
    """Smooth random field in 0..1 (lighting, paper tone)."""
    f = rng.random((scale, scale)).astype(np.float32)
    f = cv2.resize(f, (64, 64), interpolation=cv2.INTER_CUBIC)
    f = cv2.GaussianBlur(f, (0, 0), 64 / 12)           # blurred small, then scaled up: cheap and smooth
    f = cv2.resize(f, (w, h), interpolation=cv2.INTER_LINEAR)
    return (f - f.min()) / max(1e-6, f.max() - f.min())


def big_blur(img: np.ndarray, sigma: float) -> np.ndarray:
    """A wide Gaussian blur done at low resolution (a full-size kernel of hundreds of pixels is slow)."""
    h, w = img.shape[:2]
    f = max(1.0, sigma / 4)
    small = cv2.resize(img, (max(1, int(w / f)), max(1, int(h / f))), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), sigma / f)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def desk(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """A counter top: wood grain, grey laminate or the 高拍仪's mat."""
    kind = rng.integers(3)
    if kind == 0:
        base = np.array([150, 105, 70], np.float32) * rng.uniform(0.8, 1.15)
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(y / rng.uniform(6, 15) + 3 * np.sin(x / rng.uniform(150, 400))) * 14
        img = base[None, None, :] + grain[..., None] + 5 * rng.standard_normal((h, w, 1), dtype=np.float32)
    elif kind == 1:
        img = np.full((h, w, 3), rng.uniform(150, 200), np.float32) + 6 * rng.standard_normal((h, w, 1), dtype=np.float32)
    else:
        img = np.zeros((h, w, 3), np.float32) + np.array([40, 95, 60], np.float32) * rng.uniform(0.7, 1.2)
        img += 4 * rng.standard_normal((h, w, 1), dtype=np.float32)
    return _u8(img)


def quad_into(page: np.ndarray, bg: np.ndarray, rng: np.random.Generator, fill: float, tilt: float) -> np.ndarray:
    """The page placed into the frame `bg` with a perspective (tilt 0..1) covering about `fill` of it."""
    H, W = bg.shape[:2]
    h, w = page.shape[:2]
    f = fill * min(W / w, H / h)
    cw, ch = w * f, h * f
    cx, cy = W / 2 + rng.uniform(-0.5, 0.5) * (W - cw) * 0.8, H / 2 + rng.uniform(-0.5, 0.5) * (H - ch) * 0.8
    a = np.radians(rng.uniform(-8, 8) * tilt + rng.uniform(-2, 2))
    corners = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]], np.float32)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]], np.float32)
    dst = corners @ rot.T + [cx, cy]
    k = tilt * 0.09
    top_shrink = rng.uniform(-k, k) * cw
    side_shrink = rng.uniform(-k, k) * ch
    dst[0, 0] += top_shrink
    dst[1, 0] -= top_shrink
    dst[1, 1] += side_shrink
    dst[2, 1] -= side_shrink
    dst += rng.normal(0, tilt * 0.01 * cw, dst.shape).astype(np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    out = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_TRANSPARENT, dst=bg.copy())
    # a soft contact shadow along one edge of the sheet
    mask = np.zeros((H, W), np.float32)
    cv2.fillConvexPoly(mask, (dst + rng.uniform(4, 14, 2)).astype(np.int32), 1.0)
    mask = cv2.GaussianBlur(mask, (0, 0), 6)
    inside = np.zeros((H, W), np.float32)
    cv2.fillConvexPoly(inside, dst.astype(np.int32), 1.0)
    shade = 1 - 0.35 * mask * (1 - inside)
    return _u8(out * shade[..., None])


def lighting(img: np.ndarray, rng: np.random.Generator, lo: float, hi: float) -> np.ndarray:
    f = low_field(*img.shape[:2], rng)
    g = lo + (hi - lo) * f
    return _u8(img.astype(np.float32) * g[..., None])


def hand_shadow(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    H, W = img.shape[:2]
    m = np.zeros((H, W), np.float32)
    x0 = rng.uniform(0, W)
    pts = np.array([[x0, 0], [x0 + rng.uniform(0.2, 0.5) * W, 0], [x0 + rng.uniform(0, 0.6) * W, H * rng.uniform(0.3, 0.7)],
                    [x0 - rng.uniform(0, 0.3) * W, H * rng.uniform(0.2, 0.6)]], np.int32)
    cv2.fillPoly(m, [pts], 1.0)
    m = big_blur(m, W / 25)
    return _u8(img * (1 - rng.uniform(0.2, 0.45) * m)[..., None])


def cast(img: np.ndarray, gains: tuple[float, float, float]) -> np.ndarray:
    return _u8(img.astype(np.float32) * np.array(gains, np.float32))


def glare(page: np.ndarray, rng: np.random.Generator, boxes: Boxes) -> tuple[np.ndarray, set[str]]:
    """A lamp's reflection on the laminate / plastic sleeve, in page space: a washed-out core hides the
    values it overlaps (they become unreadable), its halo only lowers contrast."""
    h, w = page.shape[:2]
    cx, cy = rng.uniform(0.15, 0.85) * w, rng.uniform(0.15, 0.85) * h
    ax, ay = rng.uniform(0.05, 0.16) * w, rng.uniform(0.04, 0.1) * h
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = ((xx - cx) / ax) ** 2 + ((yy - cy) / ay) ** 2
    a = np.exp(-d * 0.7)
    core = d < 1.0
    a = np.where(core, 1.0, a * 0.85)
    out = page.astype(np.float32) * (1 - a[..., None]) + 250 * a[..., None]
    hidden = hidden_by(core, boxes)
    return _u8(out), hidden


def cut_off(page: np.ndarray, rng: np.random.Generator, boxes: Boxes) -> tuple[np.ndarray, set[str]]:
    """The frame cuts an edge of the sheet: values reaching into the lost strip are hidden."""
    h, w = page.shape[:2]
    side = int(rng.integers(4))
    frac = rng.uniform(0.06, 0.2)
    lost = np.zeros((h, w), bool)
    if side == 0:
        lost[:int(h * frac)] = True
    elif side == 1:
        lost[int(h * (1 - frac)):] = True
    elif side == 2:
        lost[:, :int(w * frac)] = True
    else:
        lost[:, int(w * (1 - frac)):] = True
    hidden = hidden_by(lost, boxes)
    ys, xs = np.nonzero(~lost)
    page = page[ys.min():ys.max() + 1, xs.min():xs.max() + 1]
    return page, hidden


def fold(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A crease across the sheet: a light ridge, a dark valley and shading on one side."""
    h, w = page.shape[:2]
    horiz = rng.random() < 0.6
    pos = rng.uniform(0.3, 0.7) * (h if horiz else w)
    coord = (np.arange(h)[:, None] if horiz else np.arange(w)[None, :]).astype(np.float32)
    d = coord - pos
    prof = 1 - 0.18 * np.exp(-(d / 2.5) ** 2) + 0.06 * np.exp(-((d - 5) / 3) ** 2) - 0.06 * (d > 0) * np.exp(-d / (0.2 * (h if horiz else w)))
    return _u8(page.astype(np.float32) * np.broadcast_to(prof, (h, w))[..., None])


def grey(img: np.ndarray) -> np.ndarray:
    g = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    return cv2.cvtColor(g, cv2.COLOR_GRAY2RGB)


def rotate(img: np.ndarray, deg: float, border: int = 255) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(border, border, border))


def sharpen(img: np.ndarray, amt: float) -> np.ndarray:
    k = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], np.float32)
    k = (1 - amt) * np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], np.float32) + amt * k
    return cv2.filter2D(img, -1, k)


# ------------------------------------------------------------------ the captures
def flatbed(page: np.ndarray, rng: np.random.Generator, dpi_scale: float) -> np.ndarray:
    img = resize_long(page, int(max(page.shape[:2]) * dpi_scale))
    h, w = img.shape[:2]
    pad = int(0.03 * max(h, w))
    canvas = np.full((h + 2 * pad, w + 2 * pad, 3), int(rng.uniform(235, 252)), np.uint8)
    canvas[pad:pad + h, pad:pad + w] = img
    canvas = rotate(canvas, rng.uniform(-1.5, 1.5), int(canvas[0, 0, 0]))
    canvas = cv2.GaussianBlur(canvas, (0, 0), rng.uniform(0.4, 0.9))
    return noise(_u8((canvas.astype(np.float32) / 255) ** rng.uniform(0.8, 1.0) * 255), rng, 2)


def adf(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    img = resize_long(page, int(max(page.shape[:2]) * rng.uniform(0.6, 0.9)))
    h, w = img.shape[:2]
    img = cv2.resize(img, (w, int(h * rng.uniform(0.97, 1.03))))
    img = rotate(img, rng.uniform(-3, 3), 255)
    img = grey(img) if rng.random() < 0.6 else img
    f = img.astype(np.float32)
    for _ in range(int(rng.integers(1, 5))):           # dust on the glass: vertical streaks
        x = int(rng.integers(0, f.shape[1]))
        f[:, x:x + int(rng.integers(1, 3))] *= rng.uniform(0.55, 0.9)
    return noise(cv2.GaussianBlur(_u8(f), (0, 0), 0.7), rng, 2.5)


def photocopy(page: np.ndarray, rng: np.random.Generator, generations: int = 1) -> np.ndarray:
    img = resize_long(page, int(max(page.shape[:2]) * rng.uniform(0.6, 0.85)))
    for _ in range(generations):
        g = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255
        g = cv2.GaussianBlur(g, (0, 0), rng.uniform(0.4, 0.8))
        if rng.random() < 0.6:                          # toner gain: strokes spread
            g = cv2.erode(g, np.ones((2, 2), np.uint8))
        g = np.clip((g - rng.uniform(0.05, 0.15)) / rng.uniform(0.7, 0.85), 0, 1) ** rng.uniform(1.2, 2.0)
        spk = rng.random(g.shape) < rng.uniform(0.0005, 0.003)
        g[spk] *= 0.2
        h, w = g.shape
        edge = np.ones_like(g)
        band = int(w * rng.uniform(0.0, 0.04))
        if band:
            edge[:, :band] = 0.35
        g = g * edge * (0.85 + 0.15 * low_field(h, w, rng))
        img = cv2.cvtColor(_u8(g * 255), cv2.COLOR_GRAY2RGB)
        img = rotate(img, rng.uniform(-1.2, 1.2), 255)
    return noise(img, rng, 3)


def fax(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Fax-like 1-bit: about 200×100 dpi, thresholded, with line dropouts. Returned as 0/255 grey."""
    img = cv2.cvtColor(resize_long(page, int(max(page.shape[:2]) * rng.uniform(0.55, 0.8))), cv2.COLOR_RGB2GRAY)
    h, w = img.shape
    lo = cv2.resize(img, (w, h // 2), interpolation=cv2.INTER_AREA)
    img = cv2.resize(lo, (w, h), interpolation=cv2.INTER_NEAREST)
    img = cv2.GaussianBlur(img, (0, 0), 0.6).astype(np.float32) + 10 * rng.standard_normal(img.shape, dtype=np.float32)
    bw = np.where(img > rng.uniform(120, 170), 255, 0).astype(np.uint8)
    for _ in range(int(rng.integers(0, 4))):
        y = int(rng.integers(0, h))
        bw[y:y + 2] = 255
    return cv2.cvtColor(bw, cv2.COLOR_GRAY2RGB)


def phone_desk(page: np.ndarray, rng: np.random.Generator, small: bool, dark: bool = False) -> np.ndarray:
    W = int(rng.choice([1600, 2000, 2400, 3000])) if not small else int(rng.choice([1280, 1600, 2000]))
    H = W * 3 // 4
    if rng.random() < 0.35:
        W, H = H, W
    bg = desk(H, W, rng)
    out = quad_into(page, bg, rng, rng.uniform(0.55, 0.8) if small else rng.uniform(0.75, 0.95), rng.uniform(0.3, 1.0))
    out = lighting(out, rng, rng.uniform(0.55, 0.85), rng.uniform(0.95, 1.1))
    if rng.random() < 0.4:
        out = hand_shadow(out, rng)
    if dark:
        out = cast(_u8(out * rng.uniform(0.35, 0.55)), (1.1, 0.95, 0.75))
        out = noise(out, rng, 9)
    else:
        out = cast(out, tuple(rng.uniform(0.9, 1.08, 3)))
        out = noise(out, rng, 3.5)
    if dark or rng.random() < 0.2:
        out = motion(out, int(rng.integers(3, 9)), rng.uniform(0, 180))
    return sharpen(out, rng.uniform(0.0, 0.5))


def gaopaiyi(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A document camera: top-down onto its mat, barrel distortion, an exposure hunting high."""
    W, H = int(rng.choice([1600, 2048, 2592])), 0
    H = W * 3 // 4
    bg = desk(H, W, rng)
    out = quad_into(page, bg, rng, rng.uniform(0.6, 0.92), 0.05)
    k = rng.uniform(0.02, 0.08)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    nx, ny = (xx - W / 2) / (W / 2), (yy - H / 2) / (W / 2)
    r2 = nx * nx + ny * ny
    mapx = (nx * (1 + k * r2)) * W / 2 + W / 2
    mapy = (ny * (1 + k * r2)) * W / 2 + H / 2
    out = cv2.remap(out, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    out = _u8(out.astype(np.float32) * rng.uniform(1.0, 1.3) + rng.uniform(0, 25))
    out = cast(out, (rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.9, 1.1)))
    return noise(sharpen(out, rng.uniform(0.2, 0.7)), rng, 3)


def scanner_app(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A phone scanner app: the photo de-warped (a small residual skew), the background flattened by
    dividing by its blur, contrast pushed, sharpened."""
    img = rotate(resize_long(page, int(max(page.shape[:2]) * rng.uniform(0.55, 0.85))), rng.uniform(-1.2, 1.2), 255)
    light = low_field(*img.shape[:2], rng)
    img = _u8(img.astype(np.float32) * (0.7 + 0.3 * light)[..., None])
    bgd = big_blur(img, max(img.shape[:2]) / 30).astype(np.float32) + 1
    flat = np.clip(img.astype(np.float32) / bgd * 245, 0, 255)
    flat = np.clip((flat - 40) * 1.25, 0, 255)
    out = sharpen(_u8(flat), rng.uniform(0.4, 1.0))
    return grey(out) if rng.random() < 0.4 else out


def chat_screenshot(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A photo forwarded through a chat app, opened in its viewer and screenshotted: compressed on send,
    letterboxed on a 1080-wide phone screen with status and toolbar, saved again."""
    photo = phone_desk(page, rng, small=page.shape[1] < 1300)
    photo = jpeg(resize_long(photo, int(rng.choice([1280, 1600]))), int(rng.integers(55, 80)))
    SW, SH = 1080, int(rng.choice([2340, 2400, 1920]))
    scr = np.zeros((SH, SW, 3), np.uint8)
    ph = resize_long(photo, SW) if photo.shape[1] >= photo.shape[0] else cv2.resize(photo, (SW, int(photo.shape[0] * SW / photo.shape[1])))
    if ph.shape[0] > SH - 300:
        ph = cv2.resize(ph, (int(ph.shape[1] * (SH - 300) / ph.shape[0]), SH - 300), interpolation=cv2.INTER_AREA)
    y0, x0 = (SH - ph.shape[0]) // 2, (SW - ph.shape[1]) // 2
    scr[y0:y0 + ph.shape[0], x0:x0 + ph.shape[1]] = ph
    cv2.putText(scr, f"{int(rng.integers(8, 23))}:{int(rng.integers(0, 60)):02d}", (40, 60), cv2.FONT_HERSHEY_SIMPLEX, 1.3, (255, 255, 255), 2)
    cv2.rectangle(scr, (SW - 130, 30), (SW - 60, 62), (255, 255, 255), 2)
    cv2.rectangle(scr, (SW - 126, 34), (SW - 126 + int(rng.integers(10, 62)), 58), (255, 255, 255), -1)
    for i in range(4):
        cv2.circle(scr, (135 + i * 270, SH - 90), 26, (220, 220, 220), 2)
    return scr


def screen_photo(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """An e-licence shown on a phone or monitor, photographed: the screen's subpixel grid beating with the
    camera's sampling (moiré), a blue cast, the bezel, a reflection."""
    sw = int(rng.choice([900, 1080, 1280]))
    img = resize_long(page, sw)
    h, w = img.shape[:2]
    up = cv2.resize(img, (w * 3, h * 3), interpolation=cv2.INTER_NEAREST).astype(np.float32)
    grid = np.zeros((h * 3, w * 3, 3), np.float32) + 0.25
    for c in range(3):
        grid[:, c::3, c] = 1.0
    grid[2::3, :, :] *= 0.5
    up = up * grid * 1.5
    bez = int(0.06 * max(h, w) * 3)
    panel = np.zeros((h * 3 + 2 * bez, w * 3 + 2 * bez, 3), np.float32) + 18
    panel[bez:bez + h * 3, bez:bez + w * 3] = up
    W = int(rng.choice([1600, 2000, 2400]))
    H = W * 3 // 4 if w > h else W * 4 // 3
    bg = desk(H, W, rng)
    out = quad_into(_u8(panel), bg, rng, rng.uniform(0.75, 0.95), rng.uniform(0.2, 0.8))
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.2))
    out = cast(out, (0.9, 1.0, 1.12))
    out = lighting(out, rng, 0.8, 1.1)
    return noise(out, rng, 4)


def sticky_note(page: np.ndarray, rng: np.random.Generator, boxes: Boxes) -> tuple[np.ndarray, set[str]]:
    """A paper sticky note left on the document (or a finger-sized paper slip): opaque, with pen
    scribbles; values it overlaps are covered → unreadable."""
    h, w = page.shape[:2]
    nw, nh = int(rng.uniform(0.14, 0.28) * w), int(rng.uniform(0.08, 0.16) * h)
    x0, y0 = int(rng.uniform(0.05, 0.95) * (w - nw)), int(rng.uniform(0.1, 0.95) * (h - nh))
    out = page.copy()
    col = [(255, 240, 130), (255, 200, 220), (190, 230, 255)][int(rng.integers(3))]
    out[y0:y0 + nh, x0:x0 + nw] = col
    out[y0 + nh - max(2, nh // 30):y0 + nh, x0:x0 + nw] = (np.array(col) * 0.85).astype(np.uint8)
    for k in range(int(rng.integers(1, 4))):
        yy = y0 + int(nh * (0.3 + 0.22 * k))
        xs = np.linspace(x0 + nw * 0.1, x0 + nw * rng.uniform(0.5, 0.9), 12)
        pts = np.column_stack([xs, yy + rng.normal(0, nh * 0.04, xs.size)]).astype(np.int32)
        cv2.polylines(out, [pts], False, (30, 40, 110), max(2, nh // 40), cv2.LINE_AA)
    mask = np.zeros((h, w), bool)
    mask[y0:y0 + nh, x0:x0 + nw] = True
    hidden = hidden_by(mask, boxes)
    return out, hidden


def elicence_screenshot(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A screenshot of the licence shown in an e-licence / government-service app, forwarded as is:
    a 1080-wide phone screen, blue title bar, the licence image scaled to the screen width, a toolbar."""
    SW, SH = 1080, int(rng.choice([2340, 2400, 2160]))
    scr = np.full((SH, SW, 3), (242, 244, 248), np.uint8)
    bar = (31, 111, 209) if rng.random() < 0.6 else (200, 40, 40)
    scr[:220] = bar
    cv2.putText(scr, f"{int(rng.integers(8, 23))}:{int(rng.integers(0, 60)):02d}", (40, 60), cv2.FONT_HERSHEY_SIMPLEX, 1.3, (255, 255, 255), 2)
    cv2.arrowedLine(scr, (90, 150), (50, 150), (255, 255, 255), 4, tipLength=0.5)
    pw = SW - int(rng.choice([0, 40, 80]))
    img = cv2.resize(page, (pw, int(page.shape[0] * pw / page.shape[1])), interpolation=cv2.INTER_AREA)
    if img.shape[0] > SH - 420:
        img = cv2.resize(img, (int(img.shape[1] * (SH - 420) / img.shape[0]), SH - 420), interpolation=cv2.INTER_AREA)
    y0, x0 = 260, (SW - img.shape[1]) // 2
    scr[y0:y0 + img.shape[0], x0:x0 + img.shape[1]] = img
    for i in range(3):
        cv2.rectangle(scr, (60 + i * 340, SH - 150), (360 + i * 340, SH - 60), bar, 2)
    return scr
