"""Family ZK's phone camera: a scene built in numpy (the page on a textured desk at an angle through a
homography, curls and folds as mesh warps with their shading, window/lamp light falloff, cast shadows,
thumbs, sleeve glare, defocus and shake), seen through a real lens from the Lensfun database
(lensfunpy: the lens profile's distortion, transverse chromatic aberration per colour plane and
vignetting, applied in the forward direction), sampled by a Bayer sensor (colour-demosaicing's CFA
layout; shot noise and read noise at the exposure the light gives, 10-bit quantisation), demosaiced
as the phone's ISP does (Malvar 2004, Menon 2007 or bilinear), then white balance, colour, tone curve,
sharpening; the caller encodes. Also knows where each page point lands, so a value's ink that the
frame, a thumb or a glare hides is reported."""

from __future__ import annotations

import functools
import math

import colour
import colour_demosaicing as CD
import lensfunpy
import numpy as np
from scipy.ndimage import uniform_filter1d

# (maker, model as in Lensfun, ISP demosaic, CFA layout, JPEG quality, sharpening)
# (maker, model as in Lensfun, ISP demosaic, CFA layout, JPEG quality, sharpening, frame as saved
# after the workstation's downscale (landscape; a portrait shot is the phone turned), focal factor)
PHONES = [
    ("Apple", "iPhone XS", "Menon2007", "RGGB", 90, 0.5, (1632, 1224), 1.0),
    ("Huawei", "CLT-L29", "Malvar2004", "RGGB", 88, 0.8, (1600, 1200), 1.0),
    ("Huawei", "VOG-L29", "Malvar2004", "BGGR", 90, 0.7, (1728, 1296), 1.2),
    ("Huawei", "WAS-LX1A", "bilinear", "GRBG", 82, 1.2, (1600, 1200), 1.0),
    ("Honor", "DLI-L22", "bilinear", "GBRG", 80, 1.3, (1600, 1200), 1.0),
    ("LG Mobile", "LG-H815", "Malvar2004", "BGGR", 86, 0.9, (1664, 1248), 1.0),
    ("Nokia", "Lumia 1520", "bilinear", "RGGB", 84, 1.0, (1600, 1200), 1.0),
    ("Samsung", "SM-G935F", "Malvar2004", "GRBG", 88, 0.9, (1632, 1224), 1.0),
    ("Samsung", "SM-G9500", "Malvar2004", "GRBG", 89, 0.8, (1664, 1248), 1.0),
    ("Nokia", "Lumia 1020", "Malvar2004", "RGGB", 87, 0.6, (1728, 1296), 1.0),
]
# a 高拍仪's 5 MP frame through a small-sensor zoom lens set a little long
DOC_CAMERA = ("Canon", "Canon Powershot G9 X", "bilinear", "RGGB", 85, 1.0, (2592, 1944), 1.8)

SRGB_TO_LIN = ((np.arange(256) / 255.0) ** 2.2).astype(np.float32)


@functools.lru_cache(maxsize=1)
def _db() -> lensfunpy.Database:
    return lensfunpy.Database()


def _lens(maker: str, model: str):  # noqa: ANN202
    db = _db()
    cam = db.find_cameras(maker, model, loose_search=False)[0]
    lens = db.find_lenses(cam)[0]
    return cam, lens


@functools.lru_cache(maxsize=12)
def lens_maps(maker: str, model: str, W: int, H: int, pattern: str, focal_k: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For a W×H frame through the phone's Lensfun profile: for every sensor site, the ideal (pinhole)
    image position its CFA colour sees (distortion and TCA, forward), that colour's vignetting, and
    the green plane's map (for locating page points)."""
    cam, lens = _lens(maker, model)
    mod = lensfunpy.Modifier(lens, cam.crop_factor, W, H)
    focal = min(lens.min_focal * focal_k, lens.max_focal or lens.min_focal)
    mod.initialize(focal, lens.min_aperture or 2.0, 0.4, pixel_format=np.float32, reverse=True)
    sub = mod.apply_subpixel_geometry_distortion()  # (H, W, 3, 2): per colour plane, where it looks
    if sub is None:
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        sub = np.repeat(np.stack([xx, yy], -1)[:, :, None, :], 3, axis=2)
    vig = np.ones((H, W, 3), np.float32)
    mod.apply_color_modification(vig)
    chan = cfa_channels(pattern, H, W)
    idx = chan[..., None, None]
    site = np.take_along_axis(sub, np.broadcast_to(idx, (H, W, 1, 2)), axis=2)[:, :, 0, :]
    vsite = np.take_along_axis(vig, chan[..., None], axis=2)[..., 0]
    return site.astype(np.float32), np.clip(vsite, 0.05, 1.5).astype(np.float32), sub[:, :, 1, :].copy()


@functools.lru_cache(maxsize=4)
def cfa_channels(pattern: str, H: int, W: int) -> np.ndarray:
    R, G, B = CD.masks_CFA_Bayer((H, W), pattern)
    return np.where(R, 0, np.where(G, 1, 2)).astype(np.intp)


def illuminant_rgb(cct: float) -> np.ndarray:
    """Linear sRGB of a light of correlated colour temperature `cct` (colour-science), green = 1."""
    xy = colour.temperature.CCT_to_xy_CIE_D(max(cct, 4000)) if cct >= 4000 else colour.CCT_to_xy(cct, method="Kang 2002")
    rgb = colour.XYZ_to_RGB(colour.xy_to_XYZ(xy), "sRGB", apply_cctf_encoding=False)
    rgb = np.clip(rgb, 0.05, None)
    return (rgb / rgb[1]).astype(np.float32)


# ---------------------------------------------------------------------------------------------------
# numpy helpers
# ---------------------------------------------------------------------------------------------------

def box_blur(a: np.ndarray, r: int, axis: int) -> np.ndarray:
    """A running mean of width 2r+1 along `axis`, edges repeated."""
    if r < 1:
        return a
    return uniform_filter1d(a.astype(np.float32, copy=False), 2 * r + 1, axis=axis, mode="nearest")


def gauss(a: np.ndarray, sigma: float) -> np.ndarray:
    """Two box passes per axis ≈ a Gaussian of `sigma` px."""
    if sigma < 0.35:
        return a
    r = max(1, int(round(math.sqrt(12 * sigma * sigma / 2 + 1) / 2 - 0.5)))
    for _ in range(2):
        a = box_blur(box_blur(a, r, 0), r, 1)
    return a


def motion(a: np.ndarray, length: float, angle: float) -> np.ndarray:
    """Shake: the average of the image shifted along a short path."""
    n = max(2, int(length))
    acc = np.zeros_like(a)
    for i in range(n):
        t = i / (n - 1) - 0.5
        dx, dy = int(round(t * length * math.cos(angle))), int(round(t * length * math.sin(angle)))
        acc += np.roll(np.roll(a, dy, axis=0), dx, axis=1)
    return acc / n


def sample(tex: np.ndarray, u: np.ndarray, v: np.ndarray, ch: np.ndarray | None = None) -> np.ndarray:
    """Bilinear lookup of a (h, w) or (h, w, 3) texture at float positions; with `ch`, one colour
    plane per position (the CFA's)."""
    h, w = tex.shape[:2]
    u = np.clip(u, 0, w - 1.001)
    v = np.clip(v, 0, h - 1.001)
    x0 = u.astype(np.intp)
    y0 = v.astype(np.intp)
    fx = (u - x0).astype(np.float32)
    fy = (v - y0).astype(np.float32)
    if ch is not None:
        flat = tex.reshape(-1)
        base = (y0 * w + x0) * 3 + ch
        a = flat[base]
        b = flat[base + 3]
        c = flat[base + 3 * w]
        d = flat[base + 3 * w + 3]
    else:
        a, b, c, d = tex[y0, x0], tex[y0, x0 + 1], tex[y0 + 1, x0], tex[y0 + 1, x0 + 1]
        if tex.ndim == 3:
            fx, fy = fx[..., None], fy[..., None]
    top = a + (b - a) * fx
    bot = c + (d - c) * fx
    return top + (bot - top) * fy


def homography(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    A = []
    for (x, y), (X, Y) in zip(src, dst, strict=True):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y, -X])
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y, -Y])
    _, _, vt = np.linalg.svd(np.asarray(A, float))
    Hm = vt[-1].reshape(3, 3)
    return Hm / Hm[2, 2]


def apply_h(Hm: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    d = Hm[2, 0] * x + Hm[2, 1] * y + Hm[2, 2]
    return (Hm[0, 0] * x + Hm[0, 1] * y + Hm[0, 2]) / d, (Hm[1, 0] * x + Hm[1, 1] * y + Hm[1, 2]) / d


def _interp_matrix(n: int, cells: int) -> np.ndarray:
    """(n, cells+2) linear interpolation weights from a coarse lattice to n samples."""
    pos = np.linspace(0, cells, n, dtype=np.float32)
    i0 = np.minimum(pos.astype(np.intp), cells)
    f = pos - i0
    m = np.zeros((n, cells + 2), np.float32)
    m[np.arange(n), i0] = 1 - f
    m[np.arange(n), i0 + 1] += f
    return m


def value_noise(rng: np.random.Generator, H: int, W: int, cells: int) -> np.ndarray:
    """Smooth noise: a random lattice interpolated bilinearly (two small matrix products)."""
    g = rng.random((cells + 2, cells + 2)).astype(np.float32)
    return _interp_matrix(H, cells) @ g @ _interp_matrix(W, cells).T


# ---------------------------------------------------------------------------------------------------
# the shot
# ---------------------------------------------------------------------------------------------------

DESKS = ["wood", "laminate_white", "laminate_grey", "glass_black", "fabric_blue", "counter_granite", "pad_black"]


def desk(rng: np.random.Generator, kind: str, x: np.ndarray, y: np.ndarray, H: int, W: int) -> tuple[np.ndarray, np.ndarray]:
    """Desk luminance (at the sites) and its linear RGB tint."""
    n1 = value_noise(rng, H, W, 6)
    if kind == "wood":
        tint = np.array([0.55, 0.36, 0.2], np.float32) * rng.uniform(0.7, 1.1)
        ang = rng.uniform(-0.3, 0.3)
        t = x * math.cos(ang) + y * math.sin(ang)
        n2 = value_noise(rng, H, W, 40)
        lum = 0.8 + 0.08 * np.sin(t / rng.uniform(5, 12) + 9 * n1 + 2 * n2) + 0.05 * np.sin(t / 1.7 + 14 * n1) + 0.08 * (n2 - 0.5)
    elif kind.startswith("laminate"):
        tint = np.array([0.8, 0.8, 0.78] if kind.endswith("white") else [0.35, 0.36, 0.38], np.float32)
        lum = 0.92 + 0.08 * n1
    elif kind == "glass_black" or kind == "pad_black":
        tint = np.array([0.03, 0.035, 0.04], np.float32)
        lum = 0.8 + 0.4 * n1
    elif kind == "fabric_blue":
        tint = np.array([0.12, 0.2, 0.38], np.float32)
        lum = 0.85 + 0.1 * np.sin(x * 1.9) * np.sin(y * 1.9) + 0.1 * n1
    else:
        tint = np.array([0.45, 0.42, 0.4], np.float32)
        speck = value_noise(rng, H, W, max(W // 6, 8))
        lum = 0.7 + 0.5 * (speck > 0.75) + 0.1 * n1
    return lum.astype(np.float32), tint


def shoot(page: np.ndarray, rng: np.random.Generator, opts: dict) -> tuple[np.ndarray, dict]:
    """One phone (or 高拍仪) frame of `page` (RGB uint8). Returns the 8-bit RGB frame and a `locate`
    record (hidden-mask, maps) the caller asks where page points landed and whether they are hidden."""
    maker, model, isp, pattern, _, sharpen, (W, H), focal_k = opts["phone"]
    turned = bool(opts.get("portrait"))
    if turned:  # the phone held upright: the page is seen turned by 90° on the landscape sensor
        page = np.ascontiguousarray(np.rot90(page, 1))
    ph, pw = page.shape[:2]
    site, vig, gmap = lens_maps(maker, model, W, H, pattern, focal_k)
    chan = cfa_channels(pattern, H, W)
    xs, ys = site[..., 0], site[..., 1]

    # page placement: corners of the page in the ideal image
    fill = opts.get("fill", 0.8)
    s = fill * min(W / pw, H / ph)
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.06, 0.06) * H
    rot = math.radians(opts.get("rotate", 0.0))
    tilt = opts.get("tilt", 0.05)
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]]) * s
    R = np.array([[math.cos(rot), -math.sin(rot)], [math.sin(rot), math.cos(rot)]])
    dst = corners @ R.T + [cx, cy]
    # perspective: one side farther from the camera
    ax = rng.uniform(-1, 1, 2)
    ax /= np.linalg.norm(ax) + 1e-9
    for i in range(4):
        k = 1 - tilt * float(np.dot((dst[i] - [cx, cy]) / (s * max(pw, ph) / 2), ax))
        dst[i] = [cx, cy] + (dst[i] - [cx, cy]) * k
    dst += rng.normal(0, tilt * 0.15 * s * max(pw, ph) / 4, (4, 2))
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], float)
    Hm = homography(src, dst)
    Hinv = np.linalg.inv(Hm)

    u, v = apply_h(Hinv.astype(np.float32), xs, ys)
    shade = np.ones_like(u)
    warp = {}
    if opts.get("curl"):
        side = int(rng.integers(4))
        amp = rng.uniform(0.02, 0.05)
        width = rng.uniform(0.15, 0.3)
        tt = [u / pw, 1 - u / pw, v / ph, 1 - v / ph][side]
        prof = np.clip(1 - tt / width, 0, 1) ** 2
        d = amp * prof
        if side < 2:
            u = u + (d * pw if side == 0 else -d * pw)
        else:
            v = v + (d * ph if side == 2 else -d * ph)
        shade *= 1 - 0.35 * prof * rng.uniform(0.3, 1)
        warp["curl"] = (side, amp, width)
    if opts.get("fold"):
        horiz = rng.random() < 0.6
        pos = rng.uniform(0.35, 0.65)
        t = (v / ph if horiz else u / pw) - pos
        shade *= np.where(t > 0, rng.uniform(0.82, 0.95), 1.0) * (1 - 0.25 * np.exp(-(t * 120) ** 2)) * (1 + 0.12 * np.exp(-((t - 0.01) * 90) ** 2))
        bump = 0.004 * np.tanh(t * 60)
        if horiz:
            v = v + bump * ph
        else:
            u = u + bump * pw
        warp["fold"] = (horiz, pos)

    lin = SRGB_TO_LIN[page]
    blur_px = opts.get("defocus", 0.0) / max(s, 1e-6)
    if opts.get("screen"):
        lin = gauss(lin, 0.35 / max(s, 1e-6))
    elif blur_px > 0.4:
        lin = gauss(lin, blur_px)
    if opts.get("shake", 0) > 0:
        lin = motion(lin, opts["shake"] / s, rng.uniform(0, math.pi))
    pv = sample(lin, u, v, chan)
    if opts.get("screen"):  # RGB stripe subpixels and the dark grid between pixels, averaged over each
        fu = np.float32(1.0 / max(s, 1e-6))  # site's footprint on the screen: moiré bands at the sensor
        acc = np.zeros_like(pv)
        for du, dv in ((-0.3, -0.3), (0.3, -0.3), (-0.3, 0.3), (0.3, 0.3), (0.0, 0.0)):
            uu, vv = u + du * fu, v + dv * fu
            spx = np.floor((uu - np.floor(uu)) * 3).astype(np.intp)
            acc += ((spx == chan) * np.float32(2.6) + np.float32(0.06)) * np.where((vv - np.floor(vv)) > 0.82, np.float32(0.35), np.float32(1.0))
        pv = pv * acc * np.float32(0.2)

    margin = 1.0 / max(s, 1e-6)
    cov = np.clip(np.minimum(np.minimum(u, pw - u), np.minimum(v, ph - v)) / margin + 0.5, 0, 1)
    rc = opts.get("corner", 0.0) * pw  # rounded corners (an ID card's), as a fraction of the page width
    if rc > 0:
        d = np.hypot(u - np.clip(u, rc, pw - rc), v - np.clip(v, rc, ph - rc))
        cov = np.minimum(cov, np.clip((rc - d) / margin + 0.5, 0, 1))
    dl, tint = desk(rng, opts.get("desk", "wood"), xs, ys, H, W)
    desk_v = dl * tint[chan]
    scene = pv * shade * cov + desk_v * (1 - cov)

    # light: window gradient or lamp falloff, colour temperature, shadows
    gx, gy = xs * np.float32(1 / W) - np.float32(0.5), ys * np.float32(1 / H) - np.float32(0.5)
    if opts.get("light") == "lamp":
        lx, ly = rng.uniform(-0.6, 0.6, 2)
        light = 1.0 / (1 + 2.2 * ((gx - lx) ** 2 + (gy - ly) ** 2))
    else:
        a = rng.uniform(0, 2 * math.pi)
        light = 1 + rng.uniform(0.1, 0.35) * (gx * math.cos(a) + gy * math.sin(a))
    for _ in range(opts.get("shadows", 0)):
        a = rng.uniform(0, 2 * math.pi)
        off = rng.uniform(0.1, 0.35)
        dist = (gx * math.cos(a) + gy * math.sin(a)) - off
        soft = rng.uniform(0.02, 0.08)
        light = light * (1 - rng.uniform(0.35, 0.6) * (1 / (1 + np.exp(-dist / soft))))
    illum = illuminant_rgb(opts.get("cct", 5600))
    radiance = scene * light * illum[chan]

    hidden = np.zeros((H, W), bool)
    if opts.get("thumb"):
        # a thumb over the page's edge near a corner, skin lit by the same light
        k = int(rng.integers(4))
        edge_pts = [dst[k], dst[(k + 1) % 4]]
        t = rng.uniform(0.15, 0.85)
        px, py = edge_pts[0] * (1 - t) + edge_pts[1] * t
        inward = np.array([cx, cy]) - [px, py]
        inward /= np.linalg.norm(inward)
        tl = opts["thumb"] * min(W, H)
        tx, ty = px + inward[0] * tl * 0.25, py + inward[1] * tl * 0.25
        ang = math.atan2(inward[1], inward[0])
        dx, dy = xs - tx, ys - ty
        along = dx * math.cos(ang) + dy * math.sin(ang)
        across = -dx * math.sin(ang) + dy * math.cos(ang)
        m = (along / (tl * 0.55)) ** 2 + (across / (tl * 0.28)) ** 2
        alpha = np.clip((1 - m) * 6, 0, 1) * (along < tl * 0.45)
        skin = np.array([0.62, 0.36, 0.26], np.float32)[chan] * (0.8 + 0.25 * np.clip(1 - m, 0, 1))
        radiance = radiance * (1 - alpha) + skin * light * illum[chan] * alpha
        hidden |= alpha > 0.5
    if opts.get("glare"):
        for _ in range(opts["glare"]):
            gxc, gyc = dst.mean(0) + rng.uniform(-0.3, 0.3, 2) * [W, H] * fill
            ang = rng.uniform(0, math.pi)
            la, lb = rng.uniform(0.08, 0.22) * W, rng.uniform(0.02, 0.06) * W
            dx, dy = xs - gxc, ys - gyc
            al = dx * math.cos(ang) + dy * math.sin(ang)
            ac = -dx * math.sin(ang) + dy * math.cos(ang)
            g = rng.uniform(1.2, 3.0) * np.exp(-((al / la) ** 2 + (ac / lb) ** 2))
            radiance = radiance + g * illum[chan]
            hidden |= (0.05 + g) > 0.8
    if opts.get("sleeve"):
        radiance = radiance * 0.93 + 0.05

    vsite = 1 - opts.get("vignette", 0.5) * (1 - vig)
    radiance = radiance * vsite

    # sensor: exposure from the light, shot and read noise, 10-bit ADC
    full_well = 6000.0
    expo = opts.get("exposure", 1.0)
    e = np.clip(radiance * expo * full_well * 0.78, 0, None)
    e = e + np.sqrt(e) * rng.standard_normal(e.shape, dtype=np.float32) + opts.get("read_noise", 3.0) * rng.standard_normal(e.shape, dtype=np.float32)
    gain = 1.0 / max(expo, 1e-3)
    raw = np.clip(np.round(e * gain / full_well * 1023) / 1023, 0, 1).astype(np.float32)

    demo = {"Malvar2004": CD.demosaicing_CFA_Bayer_Malvar2004, "Menon2007": CD.demosaicing_CFA_Bayer_Menon2007,
            "bilinear": CD.demosaicing_CFA_Bayer_bilinear}[isp]
    rgb = demo(raw, pattern).astype(np.float32)

    # ISP: grey-world-ish white balance that leaves part of the cast, tone curve, sharpening
    awb = 1.0 / illum
    awb = 1 + (awb - 1) * opts.get("awb", 0.85)
    rgb *= awb
    rgb = rgb / max(float(np.percentile(rgb[::7, ::7, 1], 99.2)), 0.2) * opts.get("brightness", 0.97)
    if opts.get("denoise", 0) > 0:
        rgb = rgb * (1 - opts["denoise"]) + gauss(rgb, 0.9) * opts["denoise"]
    rgb = np.clip(rgb, 0, 1) ** (1 / 2.2)
    rgb = rgb + 0.12 * (rgb - 0.5) * (1 - np.abs(2 * rgb - 1))  # a little S
    if sharpen > 0:  # on luma, as phone ISPs do
        y = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
        rgb = rgb + (sharpen * (y - gauss(y, 1.2)))[..., None]
    out = (np.clip(rgb, 0, 1) * 255 + 0.5).astype(np.uint8)
    if turned:
        out = np.ascontiguousarray(np.rot90(out, -1))
    loc = {"H": Hm, "gmap": gmap, "hidden": hidden, "W": W, "HH": H, "warp": warp, "page": (pw, ph), "turned": turned}
    return out, loc


def locate(loc: dict, pts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Page pixel points → frame pixel positions (through curl/fold, homography and the lens, by a
    fixed-point inverse of the lens map) and whether each is hidden (out of frame, thumb, glare)."""
    pw, ph = loc["page"]
    p = pts.astype(np.float64).copy()
    if loc.get("turned"):  # page point (x, y) of the upright page is (y, pw_turned - x) on the turned one
        p = np.column_stack([p[:, 1], ph - 1 - p[:, 0]])
    if "curl" in loc["warp"]:
        side, amp, width = loc["warp"]["curl"]
        tt = [p[:, 0] / pw, 1 - p[:, 0] / pw, p[:, 1] / ph, 1 - p[:, 1] / ph][side]
        d = amp * np.clip(1 - tt / width, 0, 1) ** 2
        if side == 0:
            p[:, 0] -= d * pw
        elif side == 1:
            p[:, 0] += d * pw
        elif side == 2:
            p[:, 1] -= d * ph
        else:
            p[:, 1] += d * ph
    ix, iy = apply_h(loc["H"], p[:, 0], p[:, 1])
    ideal = np.column_stack([ix, iy])
    o = ideal.copy()
    g = loc["gmap"]
    W, H = loc["W"], loc["HH"]
    for _ in range(4):
        xi = np.clip(np.round(o[:, 0]), 0, W - 1).astype(int)
        yi = np.clip(np.round(o[:, 1]), 0, H - 1).astype(int)
        o = o + (ideal - g[yi, xi])
    inside = (o[:, 0] >= 2) & (o[:, 0] < W - 2) & (o[:, 1] >= 2) & (o[:, 1] < H - 2)
    xi = np.clip(np.round(o[:, 0]), 0, W - 1).astype(int)
    yi = np.clip(np.round(o[:, 1]), 0, H - 1).astype(int)
    hid = ~inside | loc["hidden"][yi, xi]
    return o, hid
