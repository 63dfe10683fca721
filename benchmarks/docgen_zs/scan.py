"""Family ZS's scanner-side captures as SimpleITK pipelines: flatbed and feeder scans (Resample with an
affine skew and a BSpline transform for the paper's waviness, SmoothingRecursiveGaussian for the optics,
additive/shot noise), photocopies and copies of copies (IntensityWindowing, Sigmoid, speckle and
salt-and-pepper toner), faxes at 204×98 and 204×196 dpi (anisotropic Resample, BinaryThreshold or our
own error diffusion — ITK has none), scanner-app output and chat-app downscales. numpy only moves the
pixels in and out; everything is seeded and runs on one thread."""

from __future__ import annotations

import numpy as np
import SimpleITK as sitk

sitk.ProcessObject.SetGlobalDefaultNumberOfThreads(1)


def _img(a: np.ndarray) -> sitk.Image:
    return sitk.GetImageFromArray(a.astype(np.float32), isVector=False)


def _arr(im: sitk.Image) -> np.ndarray:
    return sitk.GetArrayFromImage(im)


def _channels(rgb: np.ndarray):
    return [_img(rgb[..., c]) for c in range(rgb.shape[2])]


def _merge(chs) -> np.ndarray:
    return np.stack([_arr(c) for c in chs], -1)


def gray(rgb: np.ndarray) -> np.ndarray:
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114


def place_on_bed(page: np.ndarray, bed_hw: tuple[int, int], at: tuple[int, int], fill=247.0) -> np.ndarray:
    """The page (or a card) lying on a scanner bed / sheet of bed_hw pixels at `at` (top, left)."""
    H, W = bed_hw
    out = np.full((H, W, 3), fill, np.float32)
    h, w = page.shape[:2]
    t, l_ = at
    out[t:t + h, l_:l_ + w] = page[: H - t, : W - l_]
    return out


def warp(chs, rng, angle_deg: float, shift_px: tuple[float, float], scale: tuple[float, float], wave_px: float,
         out_size: tuple[int, int], default: float):
    """Resample through an affine (skew, shift, scale) composed with a BSpline displacement field; the
    channels go through as one vector image, so the transform is evaluated once per pixel."""
    vec = sitk.Compose(chs) if len(chs) > 1 else chs[0]
    w, h = vec.GetSize()
    aff = sitk.AffineTransform(2)
    aff.SetCenter((w / 2, h / 2))
    a = np.radians(angle_deg)
    m = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]]) @ np.diag([1 / scale[0], 1 / scale[1]])
    aff.SetMatrix(m.ravel().tolist())
    aff.SetTranslation((-shift_px[0], -shift_px[1]))
    comp = sitk.CompositeTransform(2)
    comp.AddTransform(aff)
    if wave_px > 0:
        bs = sitk.BSplineTransformInitializer(chs[0], [3, 4], 3)
        n = len(bs.GetParameters())
        bs.SetParameters((rng.normal(0, wave_px, n)).tolist())
        comp.AddTransform(bs)
        # the composite sampled every 8 pixels into a displacement field (its BSpline is smooth at that
        # scale): one field lookup per pixel instead of sixteen spline weights
        step = 8.0
        field = sitk.TransformToDisplacementField(comp, sitk.sitkVectorFloat64,
                                                  [int(w // step) + 2, int(h // step) + 2], (0.0, 0.0), (step, step),
                                                  (1.0, 0.0, 0.0, 1.0))
        comp = sitk.DisplacementFieldTransform(field)
    res = sitk.ResampleImageFilter()
    res.SetSize([int(out_size[0]), int(out_size[1])])
    res.SetTransform(comp)
    res.SetInterpolator(sitk.sitkLinear)
    res.SetDefaultPixelValue(default)
    out = res.Execute(vec)
    if len(chs) > 1:
        return [sitk.VectorIndexSelectionCast(out, k, sitk.sitkFloat32) for k in range(len(chs))]
    return [out]


def resize(chs, out_w: int, out_h: int, smooth: bool = True):
    """Resample to out_w × out_h (anisotropic allowed: fax 204×98), smoothing before shrinking."""
    w, h = chs[0].GetSize()
    sx, sy = w / out_w, h / out_h
    out = []
    for c in chs:
        if smooth and max(sx, sy) > 1.2:
            c = sitk.SmoothingRecursiveGaussian(c, [max(sx * 0.42, 0.01), max(sy * 0.42, 0.01)])
        res = sitk.ResampleImageFilter()
        res.SetSize([out_w, out_h])
        res.SetOutputSpacing((sx, sy))
        res.SetOutputOrigin((sx / 2 - 0.5, sy / 2 - 0.5))
        res.SetInterpolator(sitk.sitkLinear)
        res.SetDefaultPixelValue(255)
        out.append(res.Execute(c))
    return out


def blur(chs, sigma: float):
    return [sitk.SmoothingRecursiveGaussian(c, sigma) for c in chs] if sigma > 0 else chs


def noise(chs, rng, std: float, kind: str = "additive"):
    out = []
    for c in chs:
        seed = int(rng.integers(1, 2**31 - 1))
        if kind == "additive":
            c = sitk.AdditiveGaussianNoise(c, std, 0.0, seed)
        elif kind == "shot":
            c = sitk.ShotNoise(c, std, seed)
        elif kind == "speckle":
            c = sitk.SpeckleNoise(c, std, seed)
        out.append(c)
    return out


def salt_pepper(c: sitk.Image, rng, prob: float) -> sitk.Image:
    return sitk.SaltAndPepperNoise(c, prob, int(rng.integers(1, 2**31 - 1)))


def to_u8(a: np.ndarray) -> np.ndarray:
    return np.clip(np.nan_to_num(a) + 0.5, 0, 255).astype(np.uint8)


def flatbed(page: np.ndarray, rng, feeder: bool = False) -> np.ndarray:
    """A flatbed (lid down, slight skew, glass flare) or feeder scan (more skew, streaks)."""
    chs = _channels(page.astype(np.float32))
    w, h = chs[0].GetSize()
    ang = rng.normal(0, 2.2 if feeder else 0.7)
    chs = warp(chs, rng, ang, (rng.normal(0, 6), rng.normal(0, 6)), (1.0, 1.0 + (rng.normal(0, 0.006) if feeder else 0)),
               0.9 if (not feeder and rng.random() < 0.5) else 0.0, (w, h), 250.0 if not feeder else 238.0)
    chs = blur(chs, float(rng.uniform(0.5, 0.9)))
    chs = [sitk.IntensityWindowing(c, float(rng.uniform(0, 18)), float(rng.uniform(232, 252)), 0.0, 255.0) for c in chs]
    chs = noise(chs, rng, float(rng.uniform(1.5, 4.0)))
    out = _merge(chs)
    if feeder:  # dust on the feeder glass: a thin vertical streak or two
        for _ in range(int(rng.integers(1, 3))):
            x = int(rng.integers(0, w - 2))
            out[:, x:x + int(rng.integers(1, 3))] *= float(rng.uniform(0.55, 0.85))
    return to_u8(out)


def photocopy(page: np.ndarray, rng, generations: int = 1) -> np.ndarray:
    """A photocopier: grey, contrast pushed through a sigmoid, toner speckle, darker margins; run again
    on its own output for copies of copies."""
    g = gray(page.astype(np.float32))
    im = _img(g)
    w, h = im.GetSize()
    for gen in range(generations):
        im = warp([im], rng, float(rng.normal(0, 0.9)), (rng.normal(0, 8), rng.normal(0, 8)),
                  (float(rng.uniform(0.97, 1.0)),) * 2, 0.6 if rng.random() < 0.4 else 0.0, (w, h), 255.0)[0]
        im = sitk.SmoothingRecursiveGaussian(im, float(rng.uniform(0.5, 1.1)))
        im = sitk.Sigmoid(im, alpha=float(rng.uniform(14, 24)), beta=float(rng.uniform(120, 165)),
                          outputMaximum=255.0, outputMinimum=0.0)
        im = sitk.ShotNoise(im, float(rng.uniform(15, 60)), int(rng.integers(1, 2**31 - 1)))
        a = _arr(im)
        # toner dust: salt-and-pepper thinned to a few dark specks
        sp = _arr(salt_pepper(_img(np.full_like(a, 128.0)), rng, float(rng.uniform(0.0005, 0.002))))
        a = np.where(sp < 1, a * 0.25, a)
        a = np.where(sp > 1000, np.maximum(a, 235.0), a)
        ex = np.minimum(np.arange(w), w - 1 - np.arange(w)).astype(np.float32)
        ey = np.minimum(np.arange(h), h - 1 - np.arange(h)).astype(np.float32)
        edge = np.minimum(ex[None, :], ey[:, None])
        a = a * (1 - 0.35 * np.exp(-edge / (0.02 * w)))  # the lid's dark margin
        im = _img(a)
        if gen + 1 < generations:
            im = sitk.IntensityWindowing(im, 30.0, 235.0, 0.0, 255.0)
    a = _arr(im)
    return to_u8(np.repeat(a[..., None], 3, 2))


def error_diffuse(g: np.ndarray, rng) -> np.ndarray:
    """Our own error diffusion, column by column (the scan order of a fax modem's line buffer turned
    sideways so numpy works a column at a time): each pixel's error goes 1/2 right, 1/4 up-right and
    1/4 down-right, with a touch of seeded threshold noise."""
    a = g.astype(np.float32).copy()
    h, w = a.shape
    out = np.zeros_like(a, dtype=bool)
    thr = 128 + rng.normal(0, 6, size=(h, w)).astype(np.float32)
    for x in range(w):
        col = a[:, x]
        o = col >= thr[:, x]
        out[:, x] = o
        if x + 1 < w:
            e = col - np.where(o, 255.0, 0.0)
            nxt = a[:, x + 1]
            nxt += e * 0.5
            nxt[:-1] += e[1:] * 0.25
            nxt[1:] += e[:-1] * 0.25
    return out


def fax(page: np.ndarray, rng, fine: bool, page_dpi: float) -> tuple[np.ndarray, tuple[int, int]]:
    """A received fax: 1728 pixels across at 204 dpi, 98 or 196 lines per inch, 1 bit: text by
    BinaryThreshold, grey areas (photos, seals) by error diffusion; line noise."""
    g = gray(page.astype(np.float32))
    im = _img(g)
    w, h = im.GetSize()
    ydpi = 196 if fine else 98
    out_w = int(round(w / page_dpi * 204))
    out_h = int(round(h / page_dpi * ydpi))
    im = resize([im], out_w, out_h)[0]
    im = warp([im], rng, float(rng.normal(0, 0.8)), (0, 0), (1.0, 1.0), 0.0, (out_w, out_h), 255.0)[0]
    im = sitk.AdditiveGaussianNoise(im, float(rng.uniform(4, 10)), 0.0, int(rng.integers(1, 2**31 - 1)))
    a = _arr(im)
    if rng.random() < 0.5:
        bw = _arr(sitk.BinaryThreshold(_img(a), 0.0, float(rng.uniform(135, 175)), 0, 1)).astype(bool)
        bw = ~bw  # 1 = white
    else:
        bw = error_diffuse(a, rng)
    # transmission errors: a few streaked lines
    for _ in range(int(rng.integers(0, 3))):
        y = int(rng.integers(0, out_h))
        bw[y, :] = rng.random(out_w) < 0.6
    # pad to 1728 pixels across, the fax line
    W = 1728
    if out_w < W:
        pad = np.ones((out_h, W), bool)
        left = (W - out_w) // 2
        pad[:, left:left + out_w] = bw
        bw = pad
    else:
        bw = bw[:, :W]
    return bw, (204, ydpi)


def scanner_app(page: np.ndarray, rng) -> np.ndarray:
    """A phone scanner app's output: the page flattened from a photo (a residual skew and BSpline
    waviness where its corner detection missed), uneven light divided out imperfectly, its
    'enhance' filter (contrast stretch, sharpening)."""
    chs = _channels(page.astype(np.float32))
    w, h = chs[0].GetSize()
    chs = warp(chs, rng, float(rng.normal(0, 0.6)), (rng.normal(0, 4), rng.normal(0, 4)),
               (float(rng.uniform(0.985, 1.015)), float(rng.uniform(0.985, 1.015))), 2.5, (w, h), 255.0)
    chs = blur(chs, float(rng.uniform(0.7, 1.3)))
    xx = np.arange(w, dtype=np.float32)[None, :]
    yy = np.arange(h, dtype=np.float32)[:, None]
    shade = 1 - 0.18 * ((xx / w - rng.random()) ** 2 + (yy / h - rng.random()) ** 2)
    chs = [_img(_arr(c) * shade) for c in chs]
    chs = [sitk.LaplacianSharpening(c) for c in chs]
    chs = [sitk.IntensityWindowing(c, float(rng.uniform(40, 80)), float(rng.uniform(195, 225)), 0.0, 255.0) for c in chs]
    chs = noise(chs, rng, 2.0)
    if rng.random() < 0.5:  # the app's black-and-white mode
        g = gray(_merge(chs))
        return to_u8(np.repeat(g[..., None], 3, 2))
    return to_u8(_merge(chs))


def downscale(rgb: np.ndarray, long_side: int) -> np.ndarray:
    h, w = rgb.shape[:2]
    k = long_side / max(h, w)
    if k >= 1:
        return rgb
    chs = resize(_channels(rgb.astype(np.float32)), int(round(w * k)), int(round(h * k)))
    return to_u8(_merge(chs))
