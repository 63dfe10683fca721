"""Family ZI's scanner-side captures in SimpleITK: flatbed and feeder scans (Euler/affine resampling
for skew, BSpline warps for wavy paper, recursive-Gaussian optics, its own seeded noise filters),
photocopies and copies of copies (sigmoid contrast, toner speckle), 1-bit faxes (204×98 dpi resampling,
ordered-dither thresholding), scanner-app output (intensity windowing that whitens the paper), chat-app
screenshots (a downscaled image inside a chat frame drawn by Skia). numpy only moves the bytes."""

from __future__ import annotations

import math

import numpy as np
import SimpleITK as sitk
import skia


def to_img(a: np.ndarray) -> sitk.Image:
    return sitk.GetImageFromArray(a.astype(np.float32), isVector=a.ndim == 3)


def to_arr(img: sitk.Image) -> np.ndarray:
    img = sitk.Cast(sitk.Clamp(img, sitk.sitkFloat32, 0.0, 255.0) if img.GetNumberOfComponentsPerPixel() == 1 else img, img.GetPixelID())
    a = sitk.GetArrayFromImage(img)
    return np.clip(a, 0, 255).round().astype(np.uint8)


def grey(a: np.ndarray) -> sitk.Image:
    """Luminance of an RGB array as a float SimpleITK image."""
    img = to_img(a)
    ch = [sitk.VectorIndexSelectionCast(img, i, sitk.sitkFloat32) for i in range(3)]
    return ch[0] * 0.299 + ch[1] * 0.587 + ch[2] * 0.114


def per_channel(img: sitk.Image, fn) -> sitk.Image:
    if img.GetNumberOfComponentsPerPixel() == 1:
        return fn(img)
    return sitk.Compose([fn(sitk.VectorIndexSelectionCast(img, i, sitk.sitkFloat32)) for i in range(img.GetNumberOfComponentsPerPixel())])


def place_on_bed(img: sitk.Image, out_w: int, out_h: int, angle_deg: float, dx: float, dy: float, bed: float,
                 scale: float = 1.0, warp: float = 0.0, seed: int = 0) -> sitk.Image:
    """Resample the page onto a scanner bed of out_w×out_h px: rotation about the page centre, shift,
    optional BSpline waviness; outside the page is the bed's grey."""
    w, h = img.GetSize()
    tr = sitk.Euler2DTransform()
    tr.SetCenter((w / 2, h / 2))
    tr.SetAngle(math.radians(angle_deg))
    tr.SetTranslation((w / 2 - out_w / 2 * scale + dx, h / 2 - out_h / 2 * scale + dy))
    ref = sitk.Image(out_w, out_h, sitk.sitkFloat32)
    ref.SetSpacing((scale, scale))
    comp = sitk.CompositeTransform(2)
    comp.AddTransform(tr)
    if warp:
        bs = sitk.BSplineTransformInitializer(img, [4, 4], 3)
        rng = np.random.default_rng(seed)
        bs.SetParameters(tuple(float(v) for v in rng.normal(0, warp, len(bs.GetParameters()))))
        comp.AddTransform(bs)
    ref.SetOrigin((0, 0))
    return per_channel(img, lambda ch: sitk.Resample(ch, ref, comp, sitk.sitkLinear, bed, sitk.sitkFloat32))


def scan(page: np.ndarray, rng, colour: bool, feeder: bool) -> np.ndarray:
    img = to_img(page) if colour else grey(page)
    w, h = img.GetSize()
    m = int(w * 0.03)
    bed = float(rng.uniform(215, 240)) if not feeder else float(rng.uniform(20, 60))
    out = place_on_bed(img, w + 2 * m, h + 2 * m, float(rng.normal(0, 0.8 if not feeder else 1.6)),
                       float(rng.uniform(-m * 0.5, m * 0.5)), float(rng.uniform(-m * 0.5, m * 0.5)), bed,
                       warp=float(rng.uniform(0, 1.5)) if not feeder else 0.0, seed=int(rng.integers(1 << 30)))
    s = int(rng.integers(1 << 30))
    out = per_channel(out, lambda ch: sitk.AdditiveGaussianNoise(sitk.SmoothingRecursiveGaussian(ch, float(rng.uniform(0.5, 1.0))),
                                                                  float(rng.uniform(2, 5)), 0.0, s))
    if feeder:  # a dirty feeder glass: vertical streaks
        row = sitk.AdditiveGaussianNoise(sitk.Image(out.GetSize()[0], 1, sitk.sitkFloat32), 1.0, 0.0, s + 1)
        row = sitk.Threshold(sitk.Abs(row), 2.6, 99.0, 0.0) * -40.0
        streak = sitk.Expand(row, [1, out.GetSize()[1]])
        streak.CopyInformation(out if out.GetNumberOfComponentsPerPixel() == 1 else sitk.VectorIndexSelectionCast(out, 0))
        out = per_channel(out, lambda ch: ch + streak)
    return to_arr(per_channel(out, lambda ch: sitk.IntensityWindowing(ch, float(rng.uniform(0, 20)), float(rng.uniform(225, 250)), 0.0, 255.0)))


def photocopy(page: np.ndarray, rng, generations: int = 1) -> np.ndarray:
    img = grey(page)
    for g in range(generations):
        w, h = img.GetSize()
        img = place_on_bed(img, w, h, float(rng.normal(0, 0.7)), float(rng.uniform(-6, 6)), float(rng.uniform(-6, 6)),
                           float(rng.uniform(235, 250)), scale=float(rng.uniform(0.99, 1.01)))
        img = sitk.SmoothingRecursiveGaussian(img, float(rng.uniform(0.6, 1.1)))
        # toner: steep contrast around a threshold, grey fill drops out, darks clump
        img = sitk.Sigmoid(img, alpha=float(rng.uniform(14, 24)), beta=float(rng.uniform(175, 205)), outputMaximum=255.0, outputMinimum=0.0)
        s = int(rng.integers(1 << 30))
        img = sitk.SaltAndPepperNoise(sitk.Cast(img, sitk.sitkFloat32), float(rng.uniform(0.0005, 0.002)) * (g + 1), s)
        img = sitk.Clamp(img, sitk.sitkFloat32, 0.0, 255.0)  # its salt and pepper are the float type's extremes
        img = sitk.AdditiveGaussianNoise(img, float(rng.uniform(3, 7)), 0.0, s + 1)
    return to_arr(img)


BAYER = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], np.float32)


def fax(page: np.ndarray, rng, page_mm: tuple[float, float], fine: bool) -> np.ndarray:
    """Resample to 204×98 dpi (standard) or 204×196 (fine), ordered-dither to 1 bit, back to square pixels."""
    img = grey(page)
    w, h = img.GetSize()
    ox, oy = page_mm[0] / 25.4 * 204, page_mm[1] / 25.4 * (196 if fine else 98)
    ref = sitk.Image(int(ox), int(oy), sitk.sitkFloat32)
    ref.SetSpacing((w / ox, h / oy))
    img = sitk.SmoothingRecursiveGaussian(img, [w / ox * 0.4, h / oy * 0.4])
    img = sitk.Resample(img, ref, sitk.Euler2DTransform(), sitk.sitkLinear, 255.0, sitk.sitkFloat32)
    img.SetSpacing((1, 1))
    tile = np.tile(BAYER, (int(oy) // 4 + 1, int(ox) // 4 + 1))[: int(oy), : int(ox)]
    thr = sitk.GetImageFromArray((tile + 0.5) / 16 * float(rng.uniform(90, 150)) + float(rng.uniform(40, 70)))
    s = int(rng.integers(1 << 30))
    img = sitk.AdditiveGaussianNoise(img, 12.0, 0.0, s)
    bits = sitk.Greater(img, thr)  # 1 = white
    if not fine:  # stretch back to square pixels, line by line
        up = sitk.Image(int(ox), int(oy) * 2, sitk.sitkUInt8)
        up.SetSpacing((1, 0.5))
        bits = sitk.Resample(bits, up, sitk.Transform(), sitk.sitkNearestNeighbor, 1)
    return sitk.GetArrayFromImage(bits).astype(bool)


def scanner_app(page: np.ndarray, rng) -> np.ndarray:
    """A phone scanner app's 'document' output: mild BSpline warp left from its dewarp, whitened paper."""
    img = to_img(page)
    w, h = img.GetSize()
    out = place_on_bed(img, w, h, float(rng.normal(0, 0.4)), 0, 0, 255.0, warp=float(rng.uniform(1, 3)),
                       seed=int(rng.integers(1 << 30)))
    lo, hi = float(rng.uniform(30, 70)), float(rng.uniform(175, 215))
    out = per_channel(out, lambda ch: sitk.IntensityWindowing(sitk.SmoothingRecursiveGaussian(ch, 0.6), lo, hi, 0.0, 255.0))
    if rng.random() < 0.5:
        g = sitk.VectorIndexSelectionCast(out, 0) * 0.299 + sitk.VectorIndexSelectionCast(out, 1) * 0.587 + sitk.VectorIndexSelectionCast(out, 2) * 0.114
        return to_arr(g)
    return to_arr(out)


def shrink(a: np.ndarray, width: int) -> np.ndarray:
    img = to_img(a)
    w, h = img.GetSize()
    f = w / width
    ref = sitk.Image(width, int(h / f), sitk.sitkFloat32)
    ref.SetSpacing((f, f))
    return to_arr(per_channel(img, lambda ch: sitk.Resample(sitk.SmoothingRecursiveGaussian(ch, f * 0.45), ref, sitk.Transform(),
                                                          sitk.sitkLinear, 255.0, sitk.sitkFloat32)))


def chat_screenshot(photo: np.ndarray, rng, font_face) -> np.ndarray:
    """A chat app's full-screen image viewer or a chat bubble holding `photo`, as a phone screenshot."""
    W, H = 1080, 2340
    img = shrink(photo, int(W * (0.98 if rng.random() < 0.5 else 0.66)))
    ih, iw = img.shape[:2]
    if ih > H - 420:
        img = shrink(photo, int(iw * (H - 420) / ih))
        ih, iw = img.shape[:2]
    surf = skia.Surface(W, H)
    c = surf.getCanvas()
    dark = rng.random() < 0.5
    c.clear(skia.ColorSetARGB(255, 17, 17, 17) if dark else skia.ColorSetARGB(255, 237, 237, 237))
    bar = skia.Paint(Color=skia.ColorSetARGB(255, 40, 40, 40) if dark else skia.ColorSetARGB(255, 247, 247, 247))
    c.drawRect(skia.Rect.MakeXYWH(0, 0, W, 200), bar)
    c.drawRect(skia.Rect.MakeXYWH(0, H - 170, W, 170), bar)
    txt = skia.Paint(AntiAlias=True, Color=skia.ColorWHITE if dark else skia.ColorBLACK)
    c.drawString(f"{int(rng.integers(8, 23))}:{int(rng.integers(0, 60)):02d}", 60, 70, font_face(40), txt)
    c.drawString(rng.choice(["业务办理群(8)", "张经理", "窗口材料", "文件传输助手"]), 380, 160, font_face(46), txt)
    x, y = (W - iw) // 2, 200 + (H - 370 - ih) // 2
    if iw < W * 0.8:  # a bubble on the left with an avatar
        x, y = 170, 300
        c.drawRoundRect(skia.Rect.MakeXYWH(30, y, 110, 110), 12, 12, skia.Paint(Color=skia.ColorSetARGB(255, 90, 140, 200)))
    rgb = np.ascontiguousarray(np.dstack([img] * 3) if img.ndim == 2 else img)
    rgba = np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])
    c.drawImage(skia.Image.fromarray(np.ascontiguousarray(rgba), colorType=skia.kRGBA_8888_ColorType), x, y)
    return np.ascontiguousarray(surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType)[:, :, :3])
