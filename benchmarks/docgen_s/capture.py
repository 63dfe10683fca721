"""What a 综合受理 window receives, written with numpy and scikit-image (warps, optics, noise,
exposure): flatbed and feeder scans, phone photos on a desk, 高拍仪 frames, photocopies and copies of
copies, 1-bit fax-like scans, scanner-app output, chat-app screenshots of photos, e-licence screens
photographed, low light and motion blur. Each capture maps the page by one homography, so the value
boxes the browser reported are mapped the same way; a value is `unreadable` only when the frame edge
cuts it or glare saturates it here."""

from __future__ import annotations

import numpy as np
from scipy import ndimage
from skimage import exposure, filters, transform, util

F = np.float32


def _desk(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """A desk or counter top: wood grain, grey laminate or dark glass, with low-frequency light."""
    kind = rng.integers(3)
    base = [np.array([0.55, 0.40, 0.27]), np.array([0.72, 0.72, 0.70]), np.array([0.16, 0.17, 0.19])][int(kind)]
    yy = np.linspace(0, 1, h, dtype=F)[:, None]
    xx = np.linspace(0, 1, w, dtype=F)[None, :]
    grain = (np.sin((xx * 40 + np.sin(yy * 7) * 2) * (6 if kind == 0 else 1)) * (0.06 if kind == 0 else 0.01)).astype(F)
    small = rng.normal(0, 0.03, (max(2, h // 16), max(2, w // 16))).astype(F)
    noise = transform.resize(small, (h, w), order=1).astype(F)
    light = (0.85 + 0.3 * (1 - (xx - rng.uniform(0.2, 0.8)) ** 2 - (yy - rng.uniform(0.2, 0.8)) ** 2)).astype(F)
    img = (base[None, None, :].astype(F) * (light + grain + noise)[..., None])
    return np.clip(img, 0, 1).astype(F)


def _warp(rgba: np.ndarray, M: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    tf = transform.ProjectiveTransform(matrix=np.linalg.inv(M))
    return transform.warp(rgba, tf, output_shape=shape, order=1, mode="constant", cval=0, preserve_range=True).astype(F)


def _quad_M(w: int, h: int, dst: np.ndarray) -> np.ndarray:
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], float)
    A = []
    for (x, y), (u, v) in zip(src, dst, strict=True):  # the 8-unknown DLT for four exact correspondences
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    A = np.array(A)
    sol = np.linalg.solve(A[:, :8], A[:, 8])
    return np.append(sol, 1.0).reshape(3, 3)


def _map_boxes(boxes: list[dict], M: np.ndarray) -> list[dict]:
    out = []
    for b in boxes:
        rects = []
        for x0, y0, x1, y1 in b["rects"]:
            pts = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], float) @ M.T
            pts = pts[:, :2] / pts[:, 2:3]
            rects.append(pts)
        out.append({"key": b["key"], "quads": rects})
    return out


def _hidden_keys(mapped: list[dict], shape: tuple[int, int], mask: np.ndarray | None) -> set[str]:
    """Keys whose value is cut by the frame (>15 % of a box's sample points outside) or washed out
    (>35 % of its points under saturated glare)."""
    h, w = shape
    hidden = set()
    for b in mapped:
        pts = []
        for q in b["quads"]:
            for u in np.linspace(0.05, 0.95, 9):
                for v in np.linspace(0.2, 0.8, 3):
                    top = q[0] + (q[1] - q[0]) * u
                    bot = q[3] + (q[2] - q[3]) * u
                    pts.append(top + (bot - top) * v)
        if not pts:
            continue
        p = np.array(pts)
        inside = (p[:, 0] >= 2) & (p[:, 0] < w - 2) & (p[:, 1] >= 2) & (p[:, 1] < h - 2)
        if inside.mean() < 0.85:
            hidden.add(b["key"])
            continue
        if mask is not None:
            pi = p[inside].astype(int)
            if (mask[pi[:, 1], pi[:, 0]] > 0.5).mean() > 0.35:
                hidden.add(b["key"])
    return hidden


def _glare(img: np.ndarray, rng: np.random.Generator, strength: float) -> tuple[np.ndarray, np.ndarray]:
    h, w = img.shape[:2]
    cy, cx = rng.uniform(0.15, 0.85) * h, rng.uniform(0.15, 0.85) * w
    ry, rx = rng.uniform(0.05, 0.14) * h, rng.uniform(0.06, 0.2) * w
    yy, xx = np.ogrid[:h, :w]
    d = ((yy - cy) / ry) ** 2 + ((xx - cx) / rx) ** 2
    g = (np.exp(-d * 1.2) * strength).astype(F)
    out = img + g[..., None] * (1.05 - img)
    sat = (g > 0.8).astype(F)
    return np.clip(out, 0, 1), sat


def _noise(img: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    return np.clip(img + rng.normal(0, sigma, img.shape).astype(F), 0, 1)


def _vignette(img: np.ndarray, amount: float) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.ogrid[-1:1:complex(0, h), -1:1:complex(0, w)]
    v = (1 - amount * (xx ** 2 + yy ** 2) / 2).astype(F)
    return img * v[..., None]


def _motion(img: np.ndarray, length: int, angle: float) -> np.ndarray:
    k = np.zeros((length, length), F)
    k[length // 2, :] = 1
    k = ndimage.rotate(k, angle, reshape=False, order=1)
    k /= k.sum()
    return np.stack([ndimage.convolve(img[..., c], k, mode="nearest") for c in range(3)], -1)


def _gray(img: np.ndarray) -> np.ndarray:
    g = img[..., 0] * 0.299 + img[..., 1] * 0.587 + img[..., 2] * 0.114
    return np.repeat(g[..., None], 3, -1).astype(F)


def _fold(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = img.shape[:2]
    vertical = rng.random() < 0.5
    pos = rng.uniform(0.3, 0.7) * (w if vertical else h)
    ax = np.arange(w if vertical else h, dtype=F)
    prof = 1 - 0.18 * np.exp(-((ax - pos) / 3.5) ** 2) + 0.06 * np.tanh((ax - pos) / 40)
    prof = prof[None, :, None] if vertical else prof[:, None, None]
    return np.clip(img * prof, 0, 1)


def _shadow(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The phone's or the clerk's shadow: a soft dark region from one side."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(F)
    a = rng.uniform(0, 2 * np.pi)
    d = (np.cos(a) * xx / w + np.sin(a) * yy / h)
    t = rng.uniform(0.3, 0.7)
    s = 1 - rng.uniform(0.25, 0.45) / (1 + np.exp(-(d - t) * 25))
    return img * s[..., None].astype(F)


def _sleeve(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A plastic sleeve: slight haze, a diagonal sheen band."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(F)
    band = np.exp(-(((xx / w) - (yy / h) * rng.uniform(0.3, 0.9) - rng.uniform(0, 0.6)) / 0.04) ** 2) * 0.35
    return np.clip(img * 0.94 + 0.05 + band[..., None], 0, 1)


def apply(page: np.ndarray, alpha: np.ndarray | None, boxes: list[dict], capture: str, rng: np.random.Generator,
          effects: list[str], card: bool) -> tuple[np.ndarray, set[str], bool]:
    """Capture `page` (float32 RGB 0..1, with `alpha` for cards) as `capture`; returns the image,
    the keys hidden by the capture, and whether it is 1-bit."""
    if capture == "screen_photo":  # the e-licence on a phone: the page inside the screen's black bezel
        page, alpha, boxes = _bezel(page, boxes)
    h, w = page.shape[:2]
    a = alpha if alpha is not None else np.ones((h, w), F)
    rgba = np.dstack([page, a]).astype(F)
    glare_mask = None
    bilevel = False

    if capture in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax", "scanner_app", "printed_scan"):
        # a scanner bed: A4 at the capture's dpi, the document placed with a small skew
        if card:
            ow, oh = int(w * 2.2), int(w * 2.2 * 1.414)
            s = 1.0
            x0, y0 = rng.uniform(0.1, 0.45) * ow, rng.uniform(0.08, 0.5) * oh
        else:
            s = float(rng.uniform(0.8, 1.0))
            ow, oh = int(w * s * rng.uniform(1.02, 1.08)), int(h * s * rng.uniform(1.02, 1.08))
            x0, y0 = rng.uniform(0, ow - w * s), rng.uniform(0, oh - h * s)
        ang = np.deg2rad(rng.uniform(-1.2, 1.2) if capture != "adf" else rng.uniform(-2.8, 2.8))
        R = np.array([[np.cos(ang), -np.sin(ang), 0], [np.sin(ang), np.cos(ang), 0], [0, 0, 1]])
        S = np.diag([s, s * (rng.uniform(1.0, 1.03) if capture == "adf" else 1.0), 1])
        T = np.array([[1, 0, x0], [0, 1, y0], [0, 0, 1]])
        C = np.array([[1, 0, -w / 2], [0, 1, -h / 2], [0, 0, 1]])
        Ci = np.array([[1, 0, w * s / 2], [0, 1, h * s / 2], [0, 0, 1]])
        M = T @ Ci @ R @ S @ C
        bg = np.full((oh, ow, 3), 0.97, F) if capture != "scanner_app" else np.full((oh, ow, 3), 1.0, F)
    elif capture == "screenshot":  # the phone's own screenshot: the rendered pixels as they are
        oh, ow = h, w
        M = np.eye(3)
        bg = np.ones((oh, ow, 3), F)
    else:
        # a camera: the page as a quadrilateral in a 4:3 / 16:9 frame
        ow, oh = (1600, 1200) if rng.random() < 0.6 else (1920, 1080) if not card else (1600, 1200)
        if capture in ("phone_desk", "low_light", "motion", "chat_screenshot") and rng.random() < 0.5:
            ow, oh = oh, ow
        fill = rng.uniform(0.62, 0.9) if capture not in ("gaopaiyi", "screen_photo") else rng.uniform(0.75, 0.95)
        if card:
            fill = rng.uniform(0.45, 0.8)
        sc = min(ow / w, oh / h) * fill
        cw, ch = w * sc, h * sc
        cx, cy = ow / 2 + rng.uniform(-0.08, 0.08) * ow, oh / 2 + rng.uniform(-0.08, 0.08) * oh
        tilt = 0.0 if capture == "gaopaiyi" else rng.uniform(0.02, 0.12)
        rot = np.deg2rad(rng.uniform(-8, 8) if capture != "gaopaiyi" else rng.uniform(-3, 3))
        corners = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
        side = rng.integers(4)
        if tilt:  # the far edge shorter: the phone held at an angle
            shrink = np.ones(4)
            far = [(0, 1), (1, 2), (2, 3), (3, 0)][int(side)]
            shrink[list(far)] = 1 - tilt
            centre = corners.mean(0)
            corners = centre + (corners - centre) * shrink[:, None]
        jitter = rng.normal(0, 0.008 * max(cw, ch), (4, 2))
        Rm = np.array([[np.cos(rot), -np.sin(rot)], [np.sin(rot), np.cos(rot)]])
        dst = corners @ Rm.T + np.array([cx, cy]) + jitter
        if "cut" in effects:  # the frame cuts one side of the page
            shift = np.array([[1, 0], [-1, 0], [0, 1], [0, -1]][int(rng.integers(4))], float)
            dst += shift * rng.uniform(0.12, 0.22) * np.array([cw, ch])
        M = _quad_M(w, h, dst)
        bg = _desk(oh, ow, rng) if capture != "gaopaiyi" else np.full((oh, ow, 3), rng.uniform(0.25, 0.5), F)

    warped = _warp(rgba, M, (oh, ow))
    al = warped[..., 3:4]
    if (card or capture == "screen_photo") and capture not in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax", "scanner_app", "printed_scan"):
        # the card's edge casts a thin shadow on the desk
        sh = ndimage.gaussian_filter(al[..., 0], 6)
        bg = bg * (1 - 0.35 * np.roll(np.roll(sh, 5, 0), 4, 1))[..., None]
    img = warped[..., :3] + bg * (1 - al)
    img = np.clip(img, 0, 1).astype(F)

    if "fold" in effects:
        img = _fold(img, rng)
    if "sleeve" in effects:
        img = _sleeve(img, rng)
    if "shadow" in effects:
        img = _shadow(img, rng)
    if "glare" in effects:
        img, glare_mask = _glare(img, rng, float(rng.uniform(0.9, 1.4)))

    if capture == "flatbed":
        img = filters.gaussian(img, sigma=rng.uniform(0.3, 0.8), channel_axis=-1)
        img = _noise(img, rng, 0.01)
    elif capture == "adf":
        img = filters.gaussian(img, sigma=rng.uniform(0.5, 1.0), channel_axis=-1)
        x = int(rng.integers(0, img.shape[1]))
        img[:, x:x + 2] *= 0.75
        if rng.random() < 0.5:
            img = _gray(img)
        img = _noise(img, rng, 0.015)
    elif capture in ("photocopy", "copy_of_copy"):
        for _ in range(1 if capture == "photocopy" else 2):
            img = _gray(img)
            img = exposure.adjust_sigmoid(img, cutoff=rng.uniform(0.45, 0.6), gain=rng.uniform(8, 13))
            img = filters.gaussian(img, sigma=rng.uniform(0.6, 1.1), channel_axis=-1)
            speck = (rng.random(img.shape[:2]) < 0.0015).astype(F)
            img = np.clip(img - ndimage.maximum_filter(speck, 2)[..., None] * 0.7, 0, 1)
            img = _vignette(img, rng.uniform(0.1, 0.3))
            if capture == "copy_of_copy":
                small = transform.rescale(img, 0.8, channel_axis=-1, order=1, anti_aliasing=True)
                img = transform.resize(small, img.shape, order=1).astype(F)
    elif capture == "fax":
        scale = rng.uniform(0.5, 0.7)
        g = _gray(img)[..., 0]
        g = transform.rescale(g, scale, order=1, anti_aliasing=True)
        g = g + rng.normal(0, 0.04, g.shape)
        thr = filters.threshold_otsu(g) if rng.random() < 0.5 else filters.threshold_local(g, 51, offset=0.04)
        b = (g > thr).astype(F)
        img = np.repeat(b[..., None], 3, -1)
        bilevel = True
    elif capture == "scanner_app":
        g = img
        # flatten the lighting by the local paper white (a max filter on a quarter-size copy), then sharpen
        small = transform.rescale(_gray(g)[..., 0], 0.25, order=1, anti_aliasing=False)
        bgest = transform.resize(ndimage.maximum_filter(small, size=9), g.shape[:2], order=1).astype(F)
        g = np.clip(g / np.maximum(bgest[..., None], 0.3), 0, 1)
        g = np.clip(g + 1.2 * (g - filters.gaussian(g, sigma=2, channel_axis=-1)), 0, 1).astype(F)
        img = exposure.adjust_gamma(np.clip(g, 0, 1), rng.uniform(1.1, 1.5)).astype(F)
    elif capture == "printed_scan":
        img = _gray(img) if rng.random() < 0.6 else img
        img = filters.gaussian(img, sigma=0.9, channel_axis=-1)
        img = _noise(img, rng, 0.02)
    elif capture in ("phone_desk", "gaopaiyi", "chat_screenshot"):
        img = filters.gaussian(img, sigma=rng.uniform(0.6, 1.4), channel_axis=-1)
        img = _vignette(img, rng.uniform(0.15, 0.4))
        tint = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.9, 1.05)], F)
        img = img * tint
        if capture == "gaopaiyi":
            img = exposure.adjust_gamma(np.clip(img, 0, 1), rng.uniform(0.7, 0.9))
        img = _noise(img, rng, rng.uniform(0.01, 0.03))
    elif capture == "low_light":
        img = filters.gaussian(img, sigma=rng.uniform(0.8, 1.5), channel_axis=-1)
        img = exposure.adjust_gamma(np.clip(img, 0, 1), rng.uniform(1.6, 2.2)) * rng.uniform(0.5, 0.7)
        img = img * np.array([1.05, 0.98, 0.85], F)
        img = _noise(img, rng, rng.uniform(0.03, 0.05))
    elif capture == "motion":
        img = _motion(img, int(rng.integers(5, 11)), float(rng.uniform(0, 180)))
        img = _noise(img, rng, 0.015)
    elif capture == "screen_photo":
        yy, xx = np.mgrid[0:oh, 0:ow].astype(F)
        f1, f2 = rng.uniform(0.6, 1.2), rng.uniform(0.5, 1.1)
        moire = 1 - 0.07 * (np.sin(xx * f1 + yy * 0.13) * np.sin(yy * f2 - xx * 0.07)) ** 2
        img = img * moire[..., None]
        img = img * np.array([0.92, 0.97, 1.06], F)
        img = filters.gaussian(img, sigma=rng.uniform(0.7, 1.2), channel_axis=-1)
        img = _noise(img, rng, 0.02)

    if capture == "chat_screenshot":
        img = _chat_frame(np.clip(img, 0, 1), rng)
    if "lowres" in effects:
        small = transform.rescale(img, rng.uniform(0.45, 0.6), channel_axis=-1, order=1, anti_aliasing=True)
        img = small.astype(F)
    hidden = _hidden_keys(_map_boxes(boxes, M), (oh, ow), glare_mask)  # before any reframing: same content
    return np.clip(img, 0, 1), hidden, bilevel


def _bezel(page: np.ndarray, boxes: list[dict]) -> tuple[np.ndarray, np.ndarray, list[dict]]:
    """Put the page on a phone's screen: a black glass border, rounded corners (alpha), the value
    boxes shifted with the page."""
    h, w = page.shape[:2]
    m = int(0.06 * max(h, w))
    out = np.full((h + 2 * m, w + 2 * m, 3), 0.03, F)
    out[m:m + h, m:m + w] = page
    H, W = out.shape[:2]
    yy, xx = np.ogrid[:H, :W]
    r = m * 1.6
    cy = np.clip(yy, r, H - r)
    cx = np.clip(xx, r, W - r)
    alpha = (((yy - cy) ** 2 + (xx - cx) ** 2) <= r * r).astype(F)
    moved = [{"key": b["key"], "rects": [[x0 + m, y0 + m, x1 + m, y1 + m] for x0, y0, x1, y1 in b["rects"]]} for b in boxes]
    return out, alpha, moved


def _chat_frame(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The photo shown in a chat app's image viewer on a 1080-wide phone, screenshotted: black
    letterbox, a status bar, the photo downscaled to the screen."""
    sw, sh = 1080, 2340 if rng.random() < 0.7 else 1920
    h, w = img.shape[:2]
    s = min(sw / w, (sh - 300) / h)
    small = transform.resize(img, (int(h * s), int(w * s)), order=1, anti_aliasing=True).astype(F)
    out = np.zeros((sh, sw, 3), F)
    y0 = (sh - small.shape[0]) // 2
    x0 = (sw - small.shape[1]) // 2
    out[y0:y0 + small.shape[0], x0:x0 + small.shape[1]] = small
    out[:70] = 0.08
    out[sh - 160:] = 0.05
    return out


def to_uint8(img: np.ndarray) -> np.ndarray:
    return util.img_as_ubyte(np.clip(img, 0, 1))
