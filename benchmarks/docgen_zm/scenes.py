"""Phone, 高拍仪 and screen shots of family ZM: each builds a pyrender scene spec (photo.py), renders it,
develops it through the raw pipeline (raw.py) and returns the image with the geometry that places each
field's ink; scanner-app output, chat forwards and chat screenshots are made from those photos."""

from __future__ import annotations

import base64
import io
import math
from functools import cache

import numpy as np
from PIL import Image

from benchmarks.docgen_zm import photo, raw, render
from benchmarks.docgen_zm.lept import Pix
from benchmarks.docgen_zm.svg import Page

DESKS = [
    ("wood", "#8a5a32", "#5e3a1c", "0.004 0.09"),
    ("oak", "#b88a5a", "#8c6238", "0.003 0.06"),
    ("laminate", "#d9d4c8", "#b9b2a2", "0.02 0.02"),
    ("counter", "#e9ecef", "#c8ccd2", "0.05 0.05"),
    ("deskmat", "#2b2f36", "#14161a", "0.03 0.03"),
    ("glass-black", "#1c1c1e", "#050506", "0.01 0.01"),
]


@cache
def desk_texture(i: int) -> np.ndarray:
    """A desk surface drawn by resvg: feTurbulence grain over a gradient."""
    name, c0, c1, freq = DESKS[i]
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="512" height="384"><defs>'
           f'<filter id="n" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="{freq}" numOctaves="3" seed="{i + 3}"/>'
           f'<feColorMatrix values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 0.55 0"/></filter>'
           f'<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="{c0}"/><stop offset="1" stop-color="{c1}"/></linearGradient></defs>'
           f'<rect width="512" height="384" fill="url(#g)"/><rect width="512" height="384" fill="{c1}" filter="url(#n)"/></svg>')
    return render.raster_svg(svg)[..., :3].copy()


def _glare_map(rng, gw=256, gh=256) -> np.ndarray:
    """A window's reflection on the sleeve: a soft bright ellipse (or streak) in [0,1]."""
    ys, xs = np.mgrid[0:gh, 0:gw] / np.array([gh, gw])[:, None, None]
    cx, cy = float(rng.uniform(0.2, 0.8)), float(rng.uniform(0.2, 0.8))
    a = math.radians(float(rng.uniform(0, 180)))
    dx, dy = xs - cx, ys - cy
    u = dx * math.cos(a) + dy * math.sin(a)
    v = -dx * math.sin(a) + dy * math.cos(a)
    rx, ry = float(rng.uniform(0.12, 0.35)), float(rng.uniform(0.04, 0.12))
    d = (u / rx) ** 2 + (v / ry) ** 2
    return np.clip(1.15 * np.exp(-d * 1.2), 0, 1)


def _lights(rng, low: bool, kind: str) -> tuple[list, tuple]:
    k = 0.35 if low else 1.0
    lights = []
    if kind in ("window", "mixed"):
        a = float(rng.uniform(0, 2 * math.pi))
        lights.append(("dir", (0.92, 0.96, 1.0), 2.4 * k, (math.cos(a) * 1.2, math.sin(a) * 1.2, 1.6), (0, 0, 0)))
    if kind in ("lamp", "mixed"):
        p = (float(rng.uniform(-0.3, 0.3)), float(rng.uniform(-0.1, 0.35)), float(rng.uniform(0.4, 0.6)))
        lights.append(("spot", (1.0, 0.86, 0.66), 1.7 * k * (p[2] ** 2) * 4, p, (0, 0, 0)))
    if kind == "room" or not lights:
        lights.append(("point", (1.0, 0.93, 0.82), 1.2 * k, (float(rng.uniform(-0.6, 0.6)), float(rng.uniform(-0.6, 0.6)), 1.5), (0, 0, 0)))
    illum = {"window": (0.95, 1.0, 1.08), "lamp": (1.12, 1.0, 0.72), "mixed": (1.04, 1.0, 0.88), "room": (1.08, 1.0, 0.8)}[kind]
    return lights, illum


def page_size_m(pg: Page) -> tuple[float, float]:
    return pg.w / 1000, pg.h / 1000


def phone(pg: Page, rng, kind: str, workdir: str, texture: np.ndarray | None = None) -> tuple[np.ndarray, dict]:
    """A phone photo: kind in desk, lowlight, sleeve, thumb, curl, fold, shake, defocus, gaopaiyi, screen."""
    W, H = page_size_m(pg)
    portrait = H > W
    gaopaiyi = kind == "gaopaiyi"
    if gaopaiyi:
        px = (1944, 2592) if portrait else (2592, 1944)
    else:
        long_side = 1600  # a phone's 12 MP photo as the workstation keeps it
        px = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    screen = kind == "screen"
    if texture is None:
        tex_w = min(2600, max(px))
        texture = render.raster(pg, tex_w if pg.w >= pg.h else int(tex_w * pg.w / pg.h))
    low = kind == "lowlight"
    lk = "room" if low else str(rng.choice(["window", "lamp", "mixed", "room"]))
    lights, illum = _lights(rng, low, lk)
    yfov = float(rng.uniform(50, 62))
    tilt = 0.0 if gaopaiyi else float(rng.uniform(4, 35 if kind != "screen" else 20))
    fill = float(rng.uniform(0.78, 0.95))
    if rng.random() < 0.08:  # framed too tight: an edge of the page falls outside the photo
        fill = float(rng.uniform(0.95, 1.08))
    ext = max(W / (px[0] / px[1]), H) if True else H
    dist = ext / 2 / (fill * math.tan(math.radians(yfov) / 2))
    if screen:
        dist = max(dist, 0.35)
    az = float(rng.uniform(-0.6, 0.6)) - math.pi / 2  # the photographer stands at the bottom edge, roughly
    t = math.radians(tilt)
    off = np.array([float(rng.normal(0, W * 0.03)), float(rng.normal(0, H * 0.03)), 0.0])
    eye = off + np.array([math.cos(az) * math.sin(t) * dist, math.sin(az) * math.sin(t) * dist, math.cos(t) * dist])
    roll = math.radians(float(rng.normal(0, 3 if not gaopaiyi else 1.5)))
    spec = {"px": px, "page_m": (W, H), "lights": lights, "yfov": yfov, "eye": tuple(eye), "target": tuple(off),
            "up": (math.sin(roll), math.cos(roll), 0.0), "ambient": (0.05, 0.05, 0.05) if low else (0.16, 0.16, 0.16),
            "desk_m": 1.6 if not gaopaiyi else 0.8}
    if kind == "curl":
        spec["curl"] = float(rng.uniform(0.01, 0.03)) * max(W, H) / 0.3
        spec["bend"] = float(rng.uniform(0, 0.01))
    if kind == "fold":
        spec["fold"] = float(rng.choice([-1, 1])) * float(rng.uniform(0.006, 0.02))
    if kind in ("desk", "lowlight") and rng.random() < 0.4:
        spec["bend"] = float(rng.uniform(0.002, 0.012))
    if kind == "sleeve":
        spec["sleeve"] = True
        spec["glare_map"] = _glare_map(rng)
    if kind == "thumb":
        spec["thumb"] = True
        spec["skin"] = tuple(int(c) for c in [(224, 180, 150), (200, 150, 115), (235, 196, 170)][int(rng.integers(3))])
        side = int(rng.integers(4))
        out = float(rng.uniform(0.003, 0.01))  # how far the thumb's middle sits outside the edge it holds
        sx = [0.0, W / 2 + out, 0.0, -W / 2 - out][side] + float(rng.uniform(-0.3, 0.3)) * (W if side % 2 == 0 else 0)
        sy = [-H / 2 - out, 0.0, H / 2 + out, 0.0][side] + float(rng.uniform(-0.3, 0.3)) * (H if side % 2 == 1 else 0)
        spec["thumb_pos"] = (sx, sy, 0.012)
        spec["thumb_angle"] = [90, 0, 90, 0][side] + float(rng.uniform(-25, 25))
    if kind in ("desk", "mixed") and rng.random() < 0.35:
        spec["shadows"] = True
    if kind in ("shake", "defocus"):
        n = 3
        if kind == "shake":
            d = np.array([float(rng.normal()), float(rng.normal()), 0.0])
            d = d / np.linalg.norm(d) * float(rng.uniform(0.0006, 0.0016)) * dist / 0.4
            spec["jitter"] = [tuple(d * (i / (n - 1) - 0.5)) for i in range(n)]
        else:
            spec["defocus"] = True
            r = float(rng.uniform(0.0015, 0.0035)) * dist / 0.4
            spec["jitter"] = [(r * math.cos(2 * math.pi * i / n), r * math.sin(2 * math.pi * i / n), 0.0) for i in range(n)]
    if gaopaiyi:
        spec["lights"] = [("point", (1.0, 1.0, 1.0), 0.8, (0.0, 0.05, 0.45), (0, 0, 0)),
                          ("dir", (1.0, 1.0, 1.0), 1.6, (0.1, -0.2, 1.0), (0, 0, 0))]
        illum = (1.0, 1.0, 1.02)
    if screen:
        spec["screen"] = True
        spec["ambient"] = (0.02, 0.02, 0.02)
    desk = desk_texture(int(rng.integers(len(DESKS))) if not gaopaiyi else 5 - int(rng.integers(2)) * 2)
    img, geo = photo.render(spec, texture, desk, rng)
    isp = raw.phone_isp(rng, low, illum)
    if gaopaiyi:
        isp["demosaic"] = str(rng.choice(["PPG", "LINEAR", "AHD"]))
        isp["sharpen"] = float(rng.uniform(0.4, 0.9))
    out = raw.develop(img, rng, isp, workdir)
    geo["isp"] = {k: v for k, v in isp.items() if k in ("demosaic", "highlight")}
    return out, geo


def screen_texture(pg: Page, rng) -> tuple[np.ndarray, tuple[float, float, float, float], tuple[float, float]]:
    """The page shown in a viewer on a 1920×1200 monitor, drawn as the panel's RGB sub-pixel grid
    (3×3 texels per pixel) — photographed, the grid beats with the sensor's into moiré."""
    sw, sh = 1280, 800
    a = render.raster(pg, int(sw * 0.92) if pg.w / pg.h > sw / sh else int(sh * 0.94 * pg.w / pg.h))
    canvas = np.full((sh, sw, 3), 52, np.uint8)
    y0, x0 = (sh - a.shape[0]) // 2, (sw - a.shape[1]) // 2
    canvas[y0:y0 + a.shape[0], x0:x0 + a.shape[1]] = a[: sh - y0, : sw - x0]
    big = np.repeat(np.repeat(canvas, 3, axis=0), 3, axis=1)
    mask = np.full((3, 3, 3), 0.74, np.float32)  # each pixel: R, G, B stripes and a darker row between pixels
    for c in range(3):
        mask[:, c, c] = 1.0
    mask[2] *= 0.82
    big = (big * np.tile(mask, (sh, sw, 1)) * 1.12).clip(0, 255).astype(np.uint8)
    box = (x0 / sw, y0 / sh, (x0 + a.shape[1]) / sw, (y0 + a.shape[0]) / sh)
    return big, box, (0.52, 0.325)


def scanner_app(img: np.ndarray, geo: dict, rng) -> np.ndarray:
    """A scanner app: the page's corners found (here: known), the perspective undone by Leptonica,
    the background flattened and contrast raised ("enhance" mode)."""
    corners = photo.project_page(geo, np.array([0.0, 1.0, 1.0, 0.0]), np.array([0.0, 0.0, 1.0, 1.0]))
    sh = geo["shape"]
    h, w = img.shape[:2]
    ow = int(min(w, h * sh.W / sh.H) * 0.98)
    oh = int(ow * sh.H / sh.W)
    if oh > h:
        oh = int(h * 0.98)
        ow = int(oh * sh.W / sh.H)
    dst = [(0, 0), (ow, 0), (ow, oh), (0, oh)]
    pix = Pix.from_array(img).projective(corners, dst)
    flat = pix.array()[:oh, :ow]
    p = Pix.from_array(np.ascontiguousarray(flat))
    if rng.random() < 0.5:
        p = p.gray()
    p = p.background_norm().contrast(float(rng.uniform(0.3, 0.7))).sharpen(2, 0.4)
    if rng.random() < 0.3:
        p = p.gray().sauvola(16, 0.3).to8()
    return p.array()


def chat_forward(img: np.ndarray, rng) -> np.ndarray:
    """A photo forwarded in a chat app: its long side cut to 1280 px."""
    s = 1280 / max(img.shape[:2])
    return Pix.from_array(img).scale(s).array() if s < 1 else img


def chat_screenshot(img: np.ndarray, rng, faces: set) -> np.ndarray:
    """A phone's screenshot of the photo opened full screen in a chat app (1080×2340), drawn by resvg."""
    from benchmarks.docgen_zm import fonts

    W, H = 1080, 2340
    h, w = img.shape[:2]
    dw = W
    dh = int(h * W / w)
    if dh > H - 400:
        dh = H - 400
        dw = int(w * dh / h)
    if w > W:  # the chat app shows its own 1080-wide rendition of the photo
        img = Pix.from_array(img).scale(W / w).array()
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=88)
    b64 = base64.b64encode(buf.getvalue()).decode()
    face = "wqymicro"
    for s in ("12:4", "图片", "原图", "保存", "编辑"):
        fonts.check(face, s)
    faces.add(face)
    t = f"{int(rng.integers(8, 19))}:{int(rng.integers(0, 60)):02d}"
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{W}" height="{H}">'
           f'<rect width="{W}" height="{H}" fill="#000"/>'
           f'<image x="{(W - dw) // 2}" y="{(H - dh) // 2}" width="{dw}" height="{dh}" xlink:href="data:image/jpeg;base64,{b64}"/>'
           f'<text x="40" y="60" font-family="{fonts.family(face)}" font-size="38" fill="#fff">{t}</text>'
           f'<rect x="930" y="30" width="80" height="36" rx="8" fill="none" stroke="#fff" stroke-width="3"/>'
           f'<rect x="936" y="36" width="{int(rng.integers(20, 68))}" height="24" fill="#fff"/>'
           f'<text x="60" y="{H - 90}" font-family="{fonts.family(face)}" font-size="40" fill="#ddd">编辑</text>'
           f'<rect x="440" y="{H - 140}" width="200" height="70" rx="10" fill="none" stroke="#ccc" stroke-width="3"/>'
           f'<text x="540" y="{H - 92}" font-family="{fonts.family(face)}" font-size="36" fill="#eee" text-anchor="middle">查看原图</text>'
           f'<text x="{W - 60}" y="{H - 90}" font-family="{fonts.family(face)}" font-size="40" fill="#ddd" text-anchor="end">保存</text></svg>')
    for s in ("查看原图",):
        fonts.check(face, s)
    import resvg_py

    png = resvg_py.svg_to_bytes(svg_string=svg, skip_system_fonts=True, font_files=[fonts.FACES[face][0]])
    return np.asarray(Image.open(io.BytesIO(bytes(png))).convert("RGB")), ((W - dw) / 2, (H - dh) / 2, dw / w)
