"""Family R's captures, in numpy + scipy.ndimage + scikit-image (no OpenCV, no Pillow filters): what a
综合受理 window receives from a flatbed, a feeder, a 高拍仪, a phone on the counter, a photocopier (once or
twice), a fax line, a scanner app, a chat app's viewer, a phone showing the e-licence. Images are float
arrays in [0, 1], H×W×3 (a fax is H×W)."""

from __future__ import annotations

import numpy as np
from scipy import ndimage as ndi
from skimage import exposure, filters, transform


def smooth_field(rng: np.random.Generator, h: int, w: int, lo: float, hi: float, cells: int = 4) -> np.ndarray:
    """A low-frequency lighting field between lo and hi."""
    coarse = rng.uniform(lo, hi, (cells, cells))
    return transform.resize(coarse, (h, w), order=3, mode="edge", anti_aliasing=False).clip(min(lo, hi) * 0.9, 1.2)


def desk(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """A counter top: wood grain, grey laminate or the dark counter glass."""
    kind = rng.integers(0, 3)
    n = rng.normal(0, 1, (h // 4 + 1, w // 4 + 1))
    if kind == 0:
        g = ndi.gaussian_filter(n, (0.6, 18))
        base = np.array([0.55, 0.38, 0.22]) * rng.uniform(0.8, 1.1)
        amp = 0.08
    elif kind == 1:
        g = ndi.gaussian_filter(n, 2)
        base = np.array([0.72, 0.72, 0.7]) * rng.uniform(0.85, 1.05)
        amp = 0.03
    else:
        g = ndi.gaussian_filter(n, 6)
        base = np.array([0.16, 0.19, 0.2]) * rng.uniform(0.8, 1.3)
        amp = 0.04
    g = transform.resize(g / (g.std() + 1e-6), (h, w), order=1)
    return (base[None, None, :] * (1 + amp * g[..., None])).clip(0, 1)


def place(page: np.ndarray, out_h: int, out_w: int, dst: np.ndarray, bg: np.ndarray) -> np.ndarray:
    """Warp the page onto the corners dst (tl, tr, br, bl as x, y) of an out_h×out_w frame over bg."""
    h, w = page.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], float)
    t = transform.ProjectiveTransform.from_estimate(src, dst)
    rgba = np.dstack([page, np.ones((h, w))])
    out = transform.warp(rgba, t.inverse, output_shape=(out_h, out_w), order=1, cval=0.0)
    a = out[..., 3:4]
    return out[..., :3] * a + bg * (1 - a)


def corners(rng: np.random.Generator, h: int, w: int, out_h: int, out_w: int, fill: float, tilt: float) -> np.ndarray:
    """Page corners in a frame: the page fills about `fill` of it, each corner pulled by up to `tilt`."""
    sc = fill * min(out_w / w, out_h / h)
    pw, ph = w * sc, h * sc
    cx = out_w / 2 + rng.uniform(-0.04, 0.04) * out_w
    cy = out_h / 2 + rng.uniform(-0.04, 0.04) * out_h
    ang = np.deg2rad(rng.uniform(-4, 4))
    base = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
    pts = base @ rot.T + [cx, cy]
    pts += rng.uniform(-tilt, tilt, (4, 2)) * [pw, ph]
    # a keystone: the far edge shorter, as the phone is held over the near edge
    k = rng.uniform(0, tilt)
    pts[0, 0] += k * pw
    pts[1, 0] -= k * pw
    return pts


def noise(rng: np.random.Generator, img: np.ndarray, sigma: float) -> np.ndarray:
    return (img + rng.normal(0, sigma, img.shape)).clip(0, 1)


def blur(img: np.ndarray, s: float) -> np.ndarray:
    if s <= 0:
        return img
    return ndi.gaussian_filter(img, (s, s, 0) if img.ndim == 3 else s)


def motion(img: np.ndarray, length: int, axis: int) -> np.ndarray:
    return ndi.uniform_filter1d(img, max(1, length), axis=axis)


def grey(img: np.ndarray) -> np.ndarray:
    return img @ np.array([0.299, 0.587, 0.114])


def to3(g: np.ndarray) -> np.ndarray:
    return np.repeat(g[..., None], 3, axis=2)


def resize_to(img: np.ndarray, scale: float) -> np.ndarray:
    if abs(scale - 1) < 1e-3:
        return img
    return transform.rescale(img, scale, order=1, anti_aliasing=scale < 1, channel_axis=2 if img.ndim == 3 else None)


def card_on_a4(rng: np.random.Generator, card: np.ndarray) -> np.ndarray:
    """A card laid on the flatbed or the copier: an A4 sheet at 200 dpi with the card at its real size
    (85.6 mm ≈ 674 px) near the top, as a 身份证复印件 comes to the window."""
    sheet = np.ones((2339, 1654, 3)) * rng.uniform(0.95, 1.0)
    c = resize_to(card, 674 / card.shape[1])
    h, w = c.shape[:2]
    y = int(rng.integers(150, 700))
    x = int(rng.integers(120, 1654 - w - 120))
    sheet[y:y + h, x:x + w] = c
    return sheet


# ------------------------------------------------------------------------- the captures
def flatbed(rng, page):
    sc = rng.uniform(1.0, 1.25)
    img = resize_to(page, sc)
    h, w = img.shape[:2]
    ang = rng.uniform(-1.5, 1.5)
    img = ndi.rotate(img, ang, axes=(1, 0), reshape=True, order=1, cval=1.0)
    pad = int(rng.integers(10, 60))
    img = np.pad(img, ((pad, pad), (pad, pad), (0, 0)), constant_values=rng.uniform(0.93, 1.0))
    img = blur(img, rng.uniform(0.3, 0.8))
    img = img * smooth_field(rng, *img.shape[:2], 0.95, 1.02)[..., None]
    return noise(rng, img, 0.012)


def adf(rng, page):
    img = flatbed(rng, page)
    h, w = img.shape[:2]
    img = transform.resize(img, (int(h * rng.uniform(1.0, 1.04)), w), order=1)   # the feeder's uneven pace
    for _ in range(int(rng.integers(1, 4))):                                         # dust on the glass: streaks
        x = int(rng.integers(0, w))
        img[:, x:x + int(rng.integers(1, 3))] *= rng.uniform(0.5, 0.85)
    if rng.random() < 0.5:
        img = to3(grey(img))
    return img.clip(0, 1)


def phone(rng, page, *, tilt=0.05, dark=False, cut_box=None):
    h, w = page.shape[:2]
    land = w > h
    out_w, out_h = (1600, 1200) if land else (1200, 1600)
    if rng.random() < 0.3:
        out_w, out_h = int(out_w * 1.25), int(out_h * 1.25)
    bg = desk(rng, out_h, out_w)
    dst = corners(rng, h, w, out_h, out_w, rng.uniform(0.72, 0.92), tilt)
    if cut_box is not None:   # the phone held too high: the frame's lower edge runs above the value
        t = transform.ProjectiveTransform.from_estimate(np.array([[0, 0], [w, 0], [w, h], [0, h]], float), dst)
        x0, y0, x1, y1 = cut_box
        top = t(np.array([[x0, y0 - 6], [x1, y0 - 6]], float))[:, 1].min()
        dst[:, 1] += out_h - top + 4
    img = place(page, out_h, out_w, dst, bg)
    light = smooth_field(rng, out_h, out_w, 0.65 if not dark else 0.3, 1.05 if not dark else 0.6)
    img = img * light[..., None] * np.array([1.0, rng.uniform(0.96, 1.02), rng.uniform(0.88, 1.0)])[None, None, :]
    img = blur(img, rng.uniform(0.5, 1.4))
    if rng.random() < 0.1:   # the hand moved as the shutter fired
        img = motion(img, int(rng.integers(3, 8)), int(rng.integers(0, 2)))
    img = noise(rng, img, 0.02 if not dark else 0.05)
    return img


def gaopaiyi(rng, page):
    h, w = page.shape[:2]
    out_w, out_h = (1920, 1440) if w > h else (1440, 1920)
    mat = np.ones((out_h, out_w, 3)) * np.array([0.22, 0.23, 0.26]) * rng.uniform(0.7, 1.4)
    dst = corners(rng, h, w, out_h, out_w, rng.uniform(0.7, 0.88), 0.008)
    img = place(page, out_h, out_w, dst, mat)
    img = exposure.adjust_gamma(img.clip(0, 1), rng.uniform(0.7, 1.4))           # hunting its exposure
    yy, xx = np.mgrid[0:out_h, 0:out_w]
    vig = 1 - 0.25 * (((xx - out_w / 2) / out_w) ** 2 + ((yy - out_h / 2) / out_h) ** 2) * 4
    img = img * vig[..., None]
    return noise(rng, blur(img, rng.uniform(0.4, 1.0)), 0.015)


def photocopy(rng, page, times=1):
    g = grey(page)
    for t in range(times):
        lo, hi = rng.uniform(0.15, 0.35), rng.uniform(0.75, 0.9)
        g = exposure.rescale_intensity(g, in_range=(lo, hi), out_range=(0, 1))
        g = ndi.gaussian_filter(g, rng.uniform(0.4, 0.9))
        speck = rng.random(g.shape) < 0.0015
        g[speck] *= 0.2
        h, w = g.shape
        edge = np.ones_like(g)
        bw = int(rng.integers(5, 30))
        edge[:, :bw] *= rng.uniform(0.2, 0.7)
        edge[:bw, :] *= rng.uniform(0.4, 0.9)
        g = g * edge
        if t + 1 < times:
            g = transform.rescale(g, rng.uniform(0.95, 1.0), order=1)
            g = ndi.shift(g, (rng.uniform(-8, 8), rng.uniform(-8, 8)), order=1, cval=1.0)
            g = ndi.rotate(g, rng.uniform(-1, 1), reshape=False, order=1, cval=1.0)
    return to3(noise(rng, g.clip(0, 1), 0.02))


def fax(rng, page):
    g = grey(page)
    g = transform.rescale(g, rng.uniform(0.5, 0.7), order=1, anti_aliasing=True)
    g = ndi.rotate(g, rng.uniform(-1.2, 1.2), reshape=True, order=1, cval=1.0)
    g = g + rng.normal(0, 0.06, g.shape)
    th = rng.uniform(0.45, 0.62)
    b = (g > th).astype(float)
    drop = rng.random(b.shape[0]) < 0.01                                             # lost lines on the phone line
    b[drop] = 1.0
    return b


def scanapp(rng, page):
    h, w = page.shape[:2]
    img = place(page, h, w, corners(rng, h, w, h, w, 0.99, 0.01), np.ones(3))
    img = exposure.rescale_intensity(img, in_range=(rng.uniform(0.1, 0.3), rng.uniform(0.8, 0.9)), out_range=(0, 1))
    img = filters.unsharp_mask(img, radius=rng.uniform(1, 3), amount=rng.uniform(0.6, 1.5), channel_axis=2)
    if rng.random() < 0.5:
        img = to3(grey(img))
    return img.clip(0, 1)


def chat(rng, page):
    """A phone photo forwarded through a chat app and screenshotted in its viewer (black surround)."""
    photo = phone(rng, page)
    sw, sh = 1080, int(rng.choice([1920, 2340, 2400]))
    ph, pw = photo.shape[:2]
    fit = min(sw / pw, (sh - 400) / ph)
    small = resize_to(photo, fit * rng.uniform(0.5, 0.8))          # the app's downscale on the way
    shown = transform.resize(small, (int(ph * fit), int(pw * fit)), order=1)
    screen = np.zeros((sh, sw, 3))
    y0, x0 = (sh - shown.shape[0]) // 2, (sw - shown.shape[1]) // 2
    screen[y0:y0 + shown.shape[0], x0:x0 + shown.shape[1]] = shown
    screen[:90] = 0.08                                                  # the status bar and the viewer's buttons
    screen[30:60, 40:140] = 0.85
    screen[30:60, sw - 160:sw - 40] = 0.85
    screen[sh - 120:sh - 60, sw // 2 - 60:sw // 2 + 60] = 0.6
    return screen.clip(0, 1)


def screenshot(rng, page):
    """The phone's own screenshot of an app page: a status bar on top, the page scaled to the screen."""
    sc = rng.uniform(0.75, 1.0)
    img = resize_to(page, sc)
    bar = np.ones((int(80 * sc), img.shape[1], 3)) * np.array([0.77, 0.09, 0.12])
    bar[int(25 * sc):int(55 * sc), int(30 * sc):int(120 * sc)] = 1.0
    bar[int(25 * sc):int(55 * sc), -int(150 * sc):-int(30 * sc)] = 1.0
    return np.concatenate([bar, img], axis=0).clip(0, 1)


def screen_photo(rng, page):
    """The e-licence shown on a phone, photographed: RGB subpixels, bright backlight, moiré, angle."""
    h, w = page.shape[:2]
    s = 900 / max(h, w)
    disp = resize_to(page, s)
    dh, dw = disp.shape[:2]
    big = transform.resize(disp, (dh * 3, dw * 3), order=0)
    mask = np.zeros((1, 3, 3))
    mask[0, 0, 0] = mask[0, 1, 1] = mask[0, 2, 2] = 1.0
    tiled = np.tile(mask, (dh * 3, dw, 1))
    big = big * (0.35 + 0.65 * tiled)
    big = np.pad(big, ((60, 60), (40, 40), (0, 0)), constant_values=0.03)
    img = phone(rng, big, tilt=0.04)
    return exposure.adjust_gamma(img.clip(0, 1), rng.uniform(0.8, 1.0))


def lowlight(rng, page):
    img = phone(rng, page, dark=True)
    if rng.random() < 0.6:
        img = motion(img, int(rng.integers(4, 12)), int(rng.integers(0, 2)))
    return img


CAPTURES = {"flatbed": flatbed, "adf": adf, "phone": phone, "gaopaiyi": gaopaiyi, "photocopy": photocopy,
            "copy2": lambda rng, p: photocopy(rng, p, times=2), "fax": fax, "scanapp": scanapp, "chat": chat,
            "screen": screen_photo, "lowlight": lowlight, "screenshot": screenshot}


# ------------------------------------------------------------------------- marks applied on the page
def glare(rng, img, box):
    """A light reflected off the sleeve or the card: a blown-out patch covering the box entirely."""
    h, w = img.shape[:2]
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rx, ry = (x1 - x0) / 2 * 1.25 + 12, (y1 - y0) / 2 * 1.5 + 12
    yy, xx = np.mgrid[0:h, 0:w]
    d = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    a = np.clip(1.6 - d, 0, 1)[..., None] ** 0.7
    return img * (1 - a) + a * np.array([1.0, 1.0, 0.98])


def thumb(rng, img, box):
    """The applicant's thumb holding the card down over a value."""
    h, w = img.shape[:2]
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2 + (y1 - y0) * 0.3
    rx, ry = (x1 - x0) / 2 * 1.3 + 14, max((y1 - y0) / 2 * 1.8 + 30, 64)
    yy, xx = np.mgrid[0:h, 0:w]
    d = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    skin = np.array([0.85, 0.64, 0.52]) * rng.uniform(0.85, 1.05)
    shade = (1 - 0.25 * np.clip(d, 0, 1))[..., None]
    a = (d < 1)[..., None].astype(float)
    a = ndi.gaussian_filter(a, (2, 2, 0))
    return img * (1 - a) + a * skin * shade


def covers(img_shape, box, kind: str) -> bool:
    x0, y0, x1, y1 = box
    return x1 - x0 > 2 and y1 - y0 > 2 and x0 >= 0 and y0 >= 0 and x1 <= img_shape[1] and y1 <= img_shape[0]


def fold(rng, img):
    h, w = img.shape[:2]
    vertical = rng.random() < 0.5
    n = w if vertical else h
    pos = int(n * rng.uniform(0.3, 0.7))
    prof = np.ones(n)
    xs = np.arange(n)
    prof -= 0.18 * np.exp(-((xs - pos) / 3.0) ** 2)
    prof += 0.06 * np.exp(-((xs - pos - 8) / 10.0) ** 2)
    return (img * (prof[None, :, None] if vertical else prof[:, None, None])).clip(0, 1)


def shadow(rng, img):
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    ang = rng.uniform(0, 2 * np.pi)
    t = (np.cos(ang) * (xx / w - 0.5) + np.sin(ang) * (yy / h - 0.5))
    edge = rng.uniform(-0.3, 0.1)
    a = 1 / (1 + np.exp(-(t - edge) * 30))
    return img * (1 - rng.uniform(0.25, 0.45) * a)[..., None]


def sleeve(rng, img):
    """A plastic sleeve: lower contrast, a faint sheen band."""
    h, w = img.shape[:2]
    img = 0.9 * img + 0.08
    yy, xx = np.mgrid[0:h, 0:w]
    band = np.exp(-(((xx + yy * rng.uniform(-0.8, 0.8)) / w - rng.uniform(0.2, 0.8)) / 0.08) ** 2)
    return (img + 0.12 * band[..., None]).clip(0, 1)
