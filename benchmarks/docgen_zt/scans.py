"""Family ZT's flatbed scans, photocopies and copies of copies, faxes, scanner-app output, chat forwards and
screenshots: albumentations pipelines (Affine, Perspective, GaussianBlur, Downscale, GaussNoise,
RandomToneCurve, Morphological, SaltAndPepper, Illumination, CLAHE, Sharpen, ImageCompression …) composed
per capture, seeded per file, plus our own steps where albumentations has none (lid shadows, copier edge
bands, fax binarisation on 204×98/204×196 grids with a transmit header, scanner-app whitening, chat UI).
Nothing here moves ink out of the frame: Affine/Perspective run with fit_output."""

from __future__ import annotations

import random

import albumentations as A
import cv2
import numpy as np

BAYER4 = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], np.float32) / 16.0


def _compose(ts, seed):
    return A.Compose(ts, seed=seed)


def _gray3(img):
    g = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    return np.repeat(g[..., None], 3, -1)


def flatbed(img, r: random.Random, seed: int):
    lid = r.choice([(250, 250, 250), (232, 232, 230), (40, 40, 42)])
    ts = [A.Affine(rotate=(-1.6, 1.6), fit_output=True, border_mode=cv2.BORDER_CONSTANT, fill=lid, p=1.0),
          A.GaussianBlur(sigma_limit=(0.3, 0.8), blur_limit=0, p=0.8),
          A.RandomBrightnessContrast(brightness_limit=(0.0, 0.08), contrast_limit=(-0.05, 0.15), p=1.0),
          A.GaussNoise(std_range=(0.005, 0.02), p=1.0)]
    if r.random() < 0.35:
        ts.insert(0, A.ToGray(num_output_channels=3, p=1.0))
    out = _compose(ts, seed)(image=img)["image"]
    # the lid's shadow along one edge
    h, w = out.shape[:2]
    k = r.randint(8, 30)
    ramp = np.linspace(0.65, 1.0, k, dtype=np.float32)
    edge = r.choice("lrtb")
    o = out.astype(np.float32)
    if edge == "l":
        o[:, :k] *= ramp[None, :, None]
    elif edge == "r":
        o[:, -k:] *= ramp[::-1][None, :, None]
    elif edge == "t":
        o[:k] *= ramp[:, None, None]
    else:
        o[-k:] *= ramp[::-1][:, None, None]
    return np.clip(o, 0, 255).astype(np.uint8)


def photocopy(img, r: random.Random, seed: int, generations: int = 1):
    """A grey photocopy (twice for a copy of a copy): geometry and optics in albumentations, then the
    copier's hard tone (levels: grey ground to white, strokes to black) in numpy, toner noise, the
    lid's grey edge band and a drum streak."""
    out = _gray3(img)
    for g in range(generations):
        ts = [A.Affine(rotate=(-1.2, 1.2), translate_percent=(-0.01, 0.01), fit_output=True,
                       border_mode=cv2.BORDER_CONSTANT, fill=(255, 255, 255), p=1.0),
              A.Downscale(scale_range=(0.6, 0.85), p=1.0),
              A.GaussianBlur(sigma_limit=(0.4, 0.8), blur_limit=0, p=1.0),
              A.Morphological(scale=(2, 2), operation="erosion", p=0.3)]   # toner spread (dark grows)
        out = _compose(ts, seed * 7 + g)(image=out)["image"]
        o = out.astype(np.float32)
        lo, hi = r.uniform(50, 95), r.uniform(195, 228)
        o = np.clip((o - lo) / (hi - lo), 0, 1) ** r.uniform(0.8, 1.2) * 255
        o = o * r.uniform(0.9, 0.97) + r.uniform(0, 10)   # grey ground (toner fog)
        h, w = o.shape[:2]
        b = r.randint(4, 18)
        o[:, :b] *= r.uniform(0.35, 0.7)
        o[-max(b // 2, 1):, :] *= r.uniform(0.5, 0.85)
        x = r.randint(0, w - 3)
        o[:, x:x + 2] *= r.uniform(0.8, 0.95)
        out = np.clip(o, 0, 255).astype(np.uint8)
        out = _compose([A.GaussNoise(std_range=(0.015, 0.04), p=1.0),
                        A.SaltAndPepper(amount=(0.0005, 0.002), salt_vs_pepper=(0.1, 0.3), p=0.8)], seed * 11 + g)(image=out)["image"]
    return out


def fax(img, r: random.Random, seed: int, fine: bool, header: str):
    """A Group 3 fax: grey, resampled to 204 dpi across and 98 (standard) or 196 (fine) lines, binarised
    by threshold or ordered dither, line noise, the sender's header line; returned at 204×196 px/inch
    grid (standard-mode rows doubled, as fax-to-mail gateways deliver them)."""
    g = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    h, w = g.shape
    scale_x = 204 / 200
    nh = int(h * (196 if fine else 98) / 200)
    nw = int(w * scale_x)
    ts = [A.Affine(rotate=(-0.8, 0.8), fit_output=True, border_mode=cv2.BORDER_CONSTANT, fill=255, p=1.0),
          A.GaussianBlur(sigma_limit=(0.3, 0.6), blur_limit=0, p=1.0),
          A.GaussNoise(std_range=(0.02, 0.06), p=1.0)]
    g = _compose(ts, seed)(image=g)["image"]
    g = cv2.resize(g, (nw, nh), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
    if r.random() < 0.5:
        th = r.uniform(0.5, 0.62)
        b = g > th
    else:
        tile = np.tile(BAYER4, (nh // 4 + 1, nw // 4 + 1))[:nh, :nw]
        b = g > (0.3 + 0.4 * tile)
    b = b.astype(np.uint8) * 255
    b = _compose([A.PixelDropout(dropout_prob=0.002, drop_value=0, p=1.0)], seed + 1)(image=b)["image"]
    for _ in range(r.randint(0, 3)):  # transmission streaks: a few rows lost or smeared
        y = r.randint(0, nh - 2)
        b[y] = b[max(y - 1, 0)] if r.random() < 0.6 else 255
    top = np.full((22, nw), 255, np.uint8)
    cv2.putText(top, header, (10, 16), cv2.FONT_HERSHEY_PLAIN, 1.0, 0, 1, cv2.LINE_8)
    b = np.vstack([top, b])
    if not fine:
        b = np.repeat(b, 2, 0)
    return b


def scanner_app(img, r: random.Random, seed: int):
    """Scanner-app output: a slightly keystoned page, shading, then the app's whitening (divide by the
    blurred background), CLAHE and sharpening; some apps save grey."""
    ts = [A.Perspective(scale=(0.01, 0.03), fit_output=True, border_mode=cv2.BORDER_REPLICATE, p=1.0),
          A.Illumination(mode="linear", intensity_range=(0.04, 0.12), p=1.0),
          A.GaussNoise(std_range=(0.01, 0.03), p=1.0),
          A.GaussianBlur(sigma_limit=(0.4, 0.9), blur_limit=0, p=1.0)]
    out = _compose(ts, seed)(image=img)["image"].astype(np.float32)
    bg = cv2.GaussianBlur(out, (0, 0), 25)
    out = np.clip(out / np.maximum(bg, 1) * 245, 0, 255).astype(np.uint8)
    post = [A.CLAHE(clip_limit=(1.5, 2.5), p=0.6), A.Sharpen(alpha=(0.2, 0.4), lightness=(0.9, 1.0), p=1.0)]
    if r.random() < 0.4:
        post.append(A.ToGray(num_output_channels=3, p=1.0))
    return _compose(post, seed + 3)(image=out)["image"]


def chat(img, r: random.Random, seed: int, screenshot: bool):
    """A picture forwarded through a chat app: scaled to 1280 on its long side, recompressed (twice for a
    forward of a forward); as a screenshot: inside the phone's chat screen with bars and a bubble."""
    h, w = img.shape[:2]
    s = r.choice([1280, 1280, 1080, 1600]) / max(h, w)
    if s < 1:
        img = cv2.resize(img, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    ts = [A.ImageCompression(quality_range=(55, 80), compression_type="jpeg", p=1.0)]
    if r.random() < 0.5:
        ts.append(A.ImageCompression(quality_range=(50, 75), compression_type="jpeg", p=1.0))
    img = _compose(ts, seed)(image=img)["image"]
    if not screenshot:
        return img
    W, H = 1080, 2340
    scr = np.full((H, W, 3), r.choice([237, 245]), np.uint8)
    scr[:110] = (246, 246, 246)
    scr[110:250] = (237, 237, 237)
    cv2.putText(scr, f"{r.randint(8, 21)}:{r.randint(0, 59):02d}", (40, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.6, (20, 20, 20), 3)
    cv2.putText(scr, "<", (30, 200), cv2.FONT_HERSHEY_SIMPLEX, 2.2, (20, 20, 20), 4)
    scr[H - 200:] = (246, 246, 246)
    ih, iw = img.shape[:2]
    k = min((W - 260) / iw, (H - 560) / ih)
    im2 = cv2.resize(img, (int(iw * k), int(ih * k)), interpolation=cv2.INTER_AREA)
    y0, x0 = 300, W - 150 - im2.shape[1] if r.random() < 0.5 else 150
    scr[y0:y0 + im2.shape[0], x0:x0 + im2.shape[1]] = im2
    cv2.rectangle(scr, (x0 - 1, y0 - 1), (x0 + im2.shape[1], y0 + im2.shape[0]), (210, 210, 210), 2)
    av = (30, y0) if x0 < W / 2 else (W - 130, y0)
    cv2.rectangle(scr, av, (av[0] + 100, av[1] + 100), tuple(r.randint(60, 200) for _ in range(3)), -1)
    return scr
