"""Family L's captures, written for this family with numpy/OpenCV: how a clerk receives a page
(scanner TIFFs, LZW or 1-bit CCITT G4 fax, a multi-page TIFF whose wanted page is second, a WebP
from a phone chat, a cheap webcam frame with noise reduction smearing and white-balance drift, a
2-up copy) and what goes wrong in front of the lens (a ring binder's clear pocket, portrait-mode
blur falling off at one side, rolling-shutter skew, a window lighting one side, an ID card in a
wallet's clear window, a laser printer low on toner). Every value stays readable to a person."""

from __future__ import annotations

import io
import math
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

ID_CAPTURES = ["webp_chat", "webcam", "portrait_blur", "rolling_shutter", "window_light", "wallet_window", "scan_tiff"]
DOC_CAPTURES = ["scan_tiff", "fax_g4", "multipage_tiff", "webp_chat", "webcam", "binder_pocket", "portrait_blur",
                "rolling_shutter", "window_light", "toner_low", "two_up"]


def _desk(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """A desk or counter top: a base colour, a light fall-off and a soft grain (drawn small, scaled up)."""
    base = rng.choice([(70, 95, 130), (150, 150, 145), (40, 55, 75), (120, 160, 190), (200, 200, 205)])
    sh, sw = h // 8 + 1, w // 8 + 1
    img = np.empty((sh, sw, 3), np.float32)
    img[:] = base
    img *= 1 + 0.12 * np.linspace(-1, 1, sh, dtype=np.float32)[:, None, None] * rng.choice([-1, 1])
    img += cv2.GaussianBlur(rng.normal(0, 6, (sh, sw)).astype(np.float32), (0, 0), 1)[..., None]
    return cv2.resize(np.clip(img, 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)


def _place(doc: np.ndarray, rng: np.random.Generator, W: int, H: int, fill: float, bg: np.ndarray | None = None,
           tilt: float = 0.03) -> np.ndarray:
    """The page seen by a camera: a perspective quad filling `fill` of the frame, on a desk."""
    h, w = doc.shape[:2]
    s = fill * min(W / w, H / h)
    cx, cy = W / 2 + rng.uniform(-0.02, 0.02) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    a = math.radians(rng.uniform(-4, 4))
    pts = []
    for x, y in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)):
        x, y = x * s, y * s
        pts.append((cx + x * math.cos(a) - y * math.sin(a) + rng.uniform(-tilt, tilt) * w * s,
                    cy + x * math.sin(a) + y * math.cos(a) + rng.uniform(-tilt, tilt) * h * s))
    m = cv2.getPerspectiveTransform(np.float32([(0, 0), (w, 0), (w, h), (0, h)]), np.float32(pts))
    out = _desk(rng, H, W) if bg is None else bg.copy()
    warped = cv2.warpPerspective(doc, m, (W, H), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (W, H))
    small = cv2.resize(mask, (W // 4, H // 4), interpolation=cv2.INTER_AREA)
    shadow = cv2.resize(cv2.GaussianBlur(small, (0, 0), 3), (W, H)).astype(np.float32) / 255
    out = cv2.blendLinear(out, np.zeros_like(out), 1 - 0.35 * shadow, 0.35 * shadow)
    k = mask.astype(np.float32) / 255
    return cv2.blendLinear(warped, out, k, 1 - k)


def _sensor(img: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    """Sensor noise; cv2's generator seeded from rng, so a seed gives the same file."""
    cv2.setRNGSeed(int(rng.integers(1 << 30)))
    n = np.empty(img.shape, np.int16)
    cv2.randn(n, 0, sigma)
    return cv2.add(img.astype(np.int16), n, dtype=cv2.CV_8U) if img.dtype == np.uint8 else np.clip(img + n, 0, 255).astype(np.uint8)


def _jpeg(img: np.ndarray, q: int) -> bytes:
    return cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])[1].tobytes()


def _scan(doc: np.ndarray, rng: np.random.Generator, dpi_scale: float, noise: float = 2.5) -> np.ndarray:
    """A flatbed scan: slight rotation, a grey lid margin, a little blur and noise (none for the
    TIFF paths: a scanner's own output is clean, and noise would defeat LZW)."""
    img = cv2.resize(doc, None, fx=dpi_scale, fy=dpi_scale, interpolation=cv2.INTER_AREA) if dpi_scale != 1 else doc
    h, w = img.shape[:2]
    pad = int(0.02 * max(h, w))
    img = cv2.copyMakeBorder(img, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(236, 236, 234))
    m = cv2.getRotationMatrix2D((img.shape[1] / 2, img.shape[0] / 2), rng.uniform(-1.4, 1.4), 1)
    img = cv2.warpAffine(img, m, (img.shape[1], img.shape[0]), borderValue=(236, 236, 234))
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    return _sensor(img, rng, noise) if noise else img


def _tiff(pages: list[np.ndarray], compression: str, bilevel: bool = False) -> bytes:
    ims = []
    for p in pages:
        if bilevel:
            ims.append(Image.fromarray(p).convert("1", dither=Image.Dither.NONE))
        elif p.ndim == 2:
            ims.append(Image.fromarray(p))
        else:
            ims.append(Image.fromarray(cv2.cvtColor(p, cv2.COLOR_BGR2RGB)))
    buf = io.BytesIO()
    ims[0].save(buf, "TIFF", compression=compression, dpi=(300, 300), save_all=len(ims) > 1, append_images=ims[1:])
    return buf.getvalue()


def apply(doc: np.ndarray, kind: str, capture: str, rng: np.random.Generator, landscape: bool) -> tuple[bytes, str, list[str], list[str]]:
    """Returns (file bytes, extension, formats, capture marks) for the rendered page `doc` (BGR)."""
    is_id = kind.startswith("id_card")
    marks: list[str] = []
    if capture == "scan_tiff":
        if is_id:       # the card alone on the scanner bed at 300 dpi (rendered at 600)
            card = cv2.resize(doc, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
            bed = np.full((1240, 1750, 3), 246, np.uint8)
            y, x = int(rng.integers(60, 400)), int(rng.integers(60, 600))
            bed[y:y + card.shape[0], x:x + card.shape[1]] = card
            img = _scan(bed, rng, 1.0, 0)
        else:
            img = _scan(doc, rng, 1.5, 0)      # rendered at 200 dpi, scanned at 300
        grey = rng.random() < 0.5
        if grey:
            img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
        return _tiff([img], "tiff_lzw"), "tif", ["tiff", "lzw", "grey" if grey else "colour"], marks
    if capture == "fax_g4":
        g = cv2.cvtColor(_scan(doc, rng, 1.0), cv2.COLOR_BGR2GRAY)
        g = cv2.GaussianBlur(g, (0, 0), 0.5)
        bw = np.where(g < 150, 0, 255).astype(np.uint8)
        return _tiff([bw], "group4", bilevel=True), "tif", ["tiff", "ccitt_g4", "1bit"], marks
    if capture == "multipage_tiff":
        page = cv2.cvtColor(_scan(doc, rng, 1.5, 0), cv2.COLOR_BGR2GRAY)
        cover = np.full_like(page, 244)
        cv2.putText(cover, "SCAN BATCH  " + str(int(rng.integers(1000, 9999))), (150, 250), cv2.FONT_HERSHEY_SIMPLEX, 3,
                    40, 6, cv2.LINE_AA)
        marks.append("wanted_page_second")
        return _tiff([cover, page], "tiff_lzw"), "tif", ["tiff", "lzw", "multipage", "grey"], marks
    if capture == "two_up":
        # the page reduced to 50 % onto one half of an A4 sheet (a landscape page on a portrait sheet,
        # a portrait page on a landscape sheet), the other half left blank, copied and scanned at 300 dpi
        half = cv2.resize(doc, None, fx=0.75, fy=0.75, interpolation=cv2.INTER_AREA)   # 200 dpi x 1.5 x 0.5
        hh, ww = half.shape[:2]
        if landscape:
            sheet = np.full((3508, 2480, 3), 250, np.uint8)
            y0 = 150 if rng.random() < 0.5 else 3508 // 2 + 100
            x0 = (2480 - ww) // 2
        else:
            sheet = np.full((2480, 3508, 3), 250, np.uint8)
            y0 = (2480 - hh) // 2
            x0 = 120 if rng.random() < 0.5 else 3508 // 2 + 60
        sheet[y0:y0 + hh, x0:x0 + ww] = half
        img = cv2.cvtColor(_scan(sheet, rng, 1.0), cv2.COLOR_BGR2GRAY)
        marks.append("half_scale")
        return _jpeg(img, 88), "jpg", ["jpeg", "grey"], marks
    if capture == "toner_low":
        page = doc.astype(np.float32)
        w = page.shape[1]
        x0, bw = int(rng.uniform(0.1, 0.75) * w), int(rng.uniform(0.08, 0.16) * w)
        f = np.ones(w, np.float32)
        ramp = np.clip(np.minimum(np.arange(w) - x0, x0 + bw - np.arange(w)) / (0.02 * w), 0, 1)
        f -= ramp * rng.uniform(0.4, 0.52)
        page = 255 - (255 - page) * f[None, :, None]
        img = _scan(page.astype(np.uint8), rng, 1.5)
        marks.append("faded_stripe")
        return cv2.imencode(".png", img)[1].tobytes(), "png", ["png"], marks

    # camera captures: a scene, then the effect
    if is_id:
        W, H = (2400, 1800)
        fill = rng.uniform(0.55, 0.8)
    else:
        W, H = (3000, 2250) if landscape else (2250, 3000)
        fill = rng.uniform(0.8, 0.9)
    if capture == "wallet_window":
        bg = np.empty((H, W, 3), np.uint8)
        bg[:] = rng.choice([(30, 45, 80), (25, 25, 30), (40, 70, 120)])
        bg = _sensor(bg, rng, 6)
        scene = _place(doc, rng, W, H, fill, bg=bg, tilt=0.02)
        # the clear window: haze, a slight yellow, a streak of reflection, the stitched leather border
        scene = (scene.astype(np.float32) * 0.86 + np.array([18, 26, 30])).clip(0, 255)
        xs = np.arange(W)[None, :]
        ys = np.arange(H)[:, None]
        streak = np.exp(-((xs - ys * 0.6 - rng.uniform(0.2, 0.7) * W) / (0.05 * W)) ** 2) * 45
        scene = (scene + streak[..., None]).clip(0, 255).astype(np.uint8)
        m = int(0.05 * W)
        leather = tuple(int(v) for v in rng.choice([(30, 45, 80), (25, 25, 30), (40, 70, 120)]))
        cv2.rectangle(scene, (0, 0), (W, H), leather, 2 * m)
        cv2.rectangle(scene, (m + 12, m + 12), (W - m - 12, H - m - 12), (150, 170, 190), 3, lineType=cv2.LINE_AA)
        img = _sensor(scene, rng, 3)
        marks.append("clear_window")
        return _jpeg(img, 85), "jpg", ["jpeg"], marks
    scene = _place(doc, rng, W, H, fill)
    if capture == "webp_chat":
        s = 1280 / max(W, H) if is_id else 1600 / max(W, H)
        img = cv2.resize(_sensor(scene, rng, 3), None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
        q = int(rng.integers(62, 82))
        return cv2.imencode(".webp", img, [cv2.IMWRITE_WEBP_QUALITY, q])[1].tobytes(), "webp", ["webp"], marks
    if capture == "webcam":
        size = (640, 480) if is_id and rng.random() < 0.5 else (1280, 720)
        fr = _place(doc, rng, size[0] * 2, size[1] * 2, 0.88 if is_id else 0.92, tilt=0.02)
        fr = cv2.resize(fr, size, interpolation=cv2.INTER_AREA)
        fr = _sensor(fr, rng, 7)
        fr = cv2.bilateralFilter(fr, 5, 40, 3)                 # the driver's noise reduction smears fine strokes
        gain = np.array([1 + rng.uniform(-0.12, 0.12), 1.0, 1 + rng.uniform(-0.12, 0.12)], np.float32)
        ramp = np.linspace(0.9, 1.1, size[0], dtype=np.float32)[None, :, None]
        fr = np.clip(fr * gain * (1 + (ramp - 1) * np.array([1, 0, -1])), 0, 255).astype(np.uint8)
        marks.append(f"{size[0]}x{size[1]}")
        return _jpeg(fr, 78), "jpg", ["jpeg"], marks
    if capture == "binder_pocket":
        img = (scene.astype(np.float32) * 0.88 + 22)
        xs = np.arange(W)[None, :].astype(np.float32)
        ys = np.arange(H)[:, None].astype(np.float32)
        for _ in range(2):
            c = rng.uniform(0.1, 0.9) * W
            band = np.exp(-((xs + ys * rng.uniform(-0.4, 0.4) - c) / (rng.uniform(0.03, 0.07) * W)) ** 2)
            img = img + band[..., None] * rng.uniform(35, 60)
        img = img.clip(0, 255).astype(np.uint8)
        strip = int(0.05 * W)
        side = slice(0, strip)
        img[:, side] = (img[:, side] * 0.8 + 40).astype(np.uint8)
        for k in range(3 if H > W else 2):
            cy = int(H * (0.25 + 0.5 * k / (2 if H > W else 1)))
            cv2.circle(img, (strip // 2, cy), strip // 4, (60, 60, 60), -1, cv2.LINE_AA)
        cv2.line(img, (strip, 0), (strip, H), (200, 200, 200), 3, cv2.LINE_AA)
        marks.append("clear_pocket")
        return _jpeg(_sensor(img, rng, 3), 86), "jpg", ["jpeg"], marks
    if capture == "portrait_blur":
        blurred = cv2.GaussianBlur(scene, (0, 0), 2.2 if is_id else 1.6)
        ramp = np.clip((np.arange(W) / W - rng.uniform(0.55, 0.7)) / 0.3, 0, 1)
        if rng.random() < 0.5:
            ramp = ramp[::-1]
        k = ramp[None, :, None]
        img = (blurred * k + scene * (1 - k)).astype(np.uint8)
        marks.append("depth_falloff")
        return _jpeg(_sensor(img, rng, 3), 88), "jpg", ["jpeg"], marks
    if capture == "rolling_shutter":
        shear = rng.uniform(0.03, 0.06) * rng.choice([-1, 1])
        ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
        wob = 3 * np.sin(ys / H * 2 * math.pi * rng.uniform(2, 4))
        img = cv2.remap(scene, (xs + shear * (ys - H / 2) + wob).astype(np.float32), ys, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
        marks.append("row_skew")
        return _jpeg(_sensor(img, rng, 3), 88), "jpg", ["jpeg"], marks
    if capture == "window_light":
        g = np.linspace(1.15, rng.uniform(0.42, 0.52), W, dtype=np.float32)
        if rng.random() < 0.5:
            g = g[::-1]
        warm = np.array([0.94, 1.0, 1.06], np.float32)
        gain = (g[:, None] * warm[None, :] ** ((g[:, None] - 0.8) * 2)).astype(np.float32)   # per column, per channel
        img = cv2.multiply(scene, np.broadcast_to(gain[None], scene.shape).astype(np.float32), dtype=cv2.CV_8U)
        img = _sensor(img, rng, 4)
        marks.append("side_gradient")
        return _jpeg(img, 86), "jpg", ["jpeg"], marks
    raise ValueError(capture)


def write(path: Path, data: bytes) -> None:
    path.write_bytes(data)
