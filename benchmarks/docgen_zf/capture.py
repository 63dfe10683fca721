"""Family ZF's captures: Augraphy pipelines (ink phase, paper phase, post phase) for what printers,
copiers, scanners and faxes do, plus what a phone adds (a perspective onto a desk, lens barrel, shake,
defocus, low light, thumbs, a sleeve's glare) with OpenCV moving the bytes where Augraphy has no such
geometric step. The scored values' ink (the label map from the Typst ink page) rides along every
geometric step — as Augraphy's own `mask` through its pipelines, through the same homography and lens
map in OpenCV — and a value is `unreadable` only where its ink left the frame, lies under a thumb, or
was washed out by glare in the image itself (measured at its ink pixels)."""

from __future__ import annotations

import os
import random
import tempfile
from dataclasses import dataclass, field

os.environ.setdefault("NUMBA_NUM_THREADS", "1")  # Augraphy's parallel numba kernels: one core, like the rest

import cv2  # noqa: E402
import numpy as np  # noqa: E402

cv2.setNumThreads(1)

CAPTURES = {
    # name: (weight, formats it is saved in)
    "phone_desk": (16, ("jpeg", "jpeg", "webp")),
    "phone_lowlight": (6, ("jpeg",)),
    "phone_hand": (8, ("jpeg",)),
    "sleeve_glare": (7, ("jpeg",)),
    "folded": (6, ("jpeg", "png")),
    "gaopaiyi": (8, ("jpeg", "png")),
    "flatbed": (9, ("png", "tiff", "pdf")),
    "adf_scan": (5, ("tiff", "pdf")),
    "photocopy": (7, ("jpeg", "pdf")),
    "copy_of_copy": (4, ("png", "jpeg")),
    "fax": (5, ("tiff",)),
    "scanner_app": (6, ("jpeg", "pdf")),
    "chat_screenshot": (5, ("png", "jpeg", "webp")),
    "screen_photo": (4, ("jpeg",)),
    "e_pdf": (4, ("pdf",)),
}


@dataclass
class Shot:
    image: np.ndarray                     # RGB uint8 or L uint8
    hidden: dict[int, bool] = field(default_factory=dict)   # key index (1-based) -> value hidden
    notes: list[str] = field(default_factory=list)          # what the capture put on it (thumb, glare …)
    dpi: int = 150


def _seed(rng: np.random.Generator) -> int:
    s = int(rng.integers(1, 2**31 - 1))
    random.seed(s)
    np.random.seed(s)
    cv2.setRNGSeed(s)
    return s


def augraphy_run(rng, image: np.ndarray, ink=(), paper=(), post=(), mask: np.ndarray | None = None):
    """One Augraphy pipeline over `image` (RGB), seeded from rng (Python's, numpy's and OpenCV's global
    generators, which Augraphy draws from); returns (image, mask) with the mask moved like the image."""
    import augraphy as A
    s = _seed(rng)
    pipe = A.AugraphyPipeline(ink_phase=list(ink), paper_phase=list(paper), post_phase=list(post), random_seed=s,
                              mask=mask)
    bgr = np.ascontiguousarray(image[..., ::-1]) if image.ndim == 3 else image
    # the pipeline writes each input into ./augraphy_cache/ (for its bleed-through effects): keep that in a
    # scratch folder, never in the caller's working directory, and start each run from an empty cache
    here = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="zf_augraphy_") as scratch:
        os.chdir(scratch)
        try:
            data = pipe.augment(bgr)
        finally:
            os.chdir(here)
    out = data["output"]
    if out.ndim == 3:
        out = np.ascontiguousarray(out[..., ::-1])
    m = data.get("mask")
    if m is not None and m.shape[:2] != out.shape[:2]:
        m = cv2.resize(m, (out.shape[1], out.shape[0]), interpolation=cv2.INTER_NEAREST)
    return out, (m if m is not None else mask)


def one(rng, effect, image: np.ndarray) -> np.ndarray:
    """A single Augraphy augmentation, seeded."""
    _seed(rng)
    bgr = np.ascontiguousarray(image[..., ::-1]) if image.ndim == 3 else image
    out = effect(bgr, force=True)
    if isinstance(out, tuple):
        out = out[0]
    if out.ndim == 3 and out.shape[2] == 4:
        out = out[..., :3]
    return np.ascontiguousarray(out[..., ::-1]) if out.ndim == 3 else out


# ------------------------------------------------------------------------------------------------------
# backgrounds
# ------------------------------------------------------------------------------------------------------
def _noise_field(rng, h: int, w: int, scale: int) -> np.ndarray:
    small = rng.random((max(2, h // scale), max(2, w // scale))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def desk(rng, h: int, w: int) -> np.ndarray:
    kind = int(rng.integers(5))
    if kind == 0:  # wood
        base = np.array([float(rng.uniform(120, 170)), float(rng.uniform(80, 115)), float(rng.uniform(45, 70))], np.float32)
        yy = np.arange(h, dtype=np.float32)[:, None]
        grain = np.sin(yy / float(rng.uniform(6, 14)) + 6 * _noise_field(rng, h, w, 180)) * 0.5 + 0.5
        img = base[None, None, :] * (0.82 + 0.25 * grain[..., None])
    elif kind == 1:  # grey office desk
        g = float(rng.uniform(140, 200))
        img = np.full((h, w, 3), g, np.float32) * (0.93 + 0.1 * _noise_field(rng, h, w, 40)[..., None])
    elif kind == 2:  # dark cloth / glass
        g = float(rng.uniform(30, 70))
        img = np.full((h, w, 3), g, np.float32) + 25 * _noise_field(rng, h, w, 8)[..., None]
    elif kind == 3:  # white laminate
        img = np.full((h, w, 3), float(rng.uniform(215, 240)), np.float32) * (0.96 + 0.05 * _noise_field(rng, h, w, 60)[..., None])
    else:  # the service counter's blue-grey
        img = np.array([105, 125, 150], np.float32)[None, None, :] * (0.9 + 0.2 * _noise_field(rng, h, w, 90)[..., None])
    return np.clip(img, 0, 255).astype(np.uint8)


# ------------------------------------------------------------------------------------------------------
# geometry: the page placed by a homography (and a lens) on a canvas; the labels follow
# ------------------------------------------------------------------------------------------------------
@dataclass
class Geo:
    H: np.ndarray
    out_w: int
    out_h: int
    k: float = 0.0        # barrel (k > 0) of the lens, on coordinates normalised by the half-diagonal


def photo_geo(rng, ph: int, pw: int, out_long: int, tilt: float, fill: float, cut: float = 0.0) -> Geo:
    """A phone's view: the page's corners moved by perspective (tilt), rotated, the page covering `fill`
    of the frame; `cut` > 0 lets a corner run out of the frame."""
    landscape = pw > ph if rng.random() < 0.8 else pw < ph
    ow, oh = (out_long, int(out_long * 0.75)) if landscape else (int(out_long * 0.75), out_long)
    sc = fill * min(ow / pw, oh / ph)
    cw, ch = pw * sc, ph * sc
    cx = ow / 2 + float(rng.uniform(-0.06, 0.06)) * ow
    cy = oh / 2 + float(rng.uniform(-0.06, 0.06)) * oh
    ang = np.deg2rad(float(rng.normal(0, 4)))
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    base = np.float32([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.sin(ang) * 0 + np.cos(ang)]], np.float32)
    pts = base @ rot.T
    # perspective: the far edge shrinks
    side = int(rng.integers(4))
    shrink = tilt * float(rng.uniform(0.5, 1.0))
    far = [(0, 1), (1, 2), (2, 3), (3, 0)][side]
    centre = pts.mean(axis=0)
    for i in far:
        pts[i] = centre + (pts[i] - centre) * (1 - shrink)
    pts += rng.normal(0, tilt * 0.02 * min(cw, ch), pts.shape).astype(np.float32)
    pts += np.float32([cx, cy])
    if cut > 0:
        j = int(rng.integers(4))
        d = pts[j] - np.float32([ow / 2, oh / 2])
        pts[j] += d * cut
    H = cv2.getPerspectiveTransform(src, pts.astype(np.float32))
    return Geo(H, ow, oh, float(rng.uniform(0.0, 0.06)))


def flat_geo(rng, ph: int, pw: int, canvas_w: int, canvas_h: int, scale: float, skew_deg: float, offset=(0.02, 0.02)) -> Geo:
    """A scanner's view: the page at `scale` on the bed, turned by a small angle, near the corner."""
    ang = np.deg2rad(float(rng.normal(0, skew_deg)))
    c, s_ = np.cos(ang), np.sin(ang)
    tx = canvas_w * float(rng.uniform(0, offset[0])) + (canvas_w - pw * scale) * 0.5 * float(rng.random() < 0.5)
    ty = canvas_h * float(rng.uniform(0, offset[1]))
    # rotate about the page centre, scale, then move to (tx, ty)
    cxp, cyp = pw / 2, ph / 2
    H = np.array([[c * scale, -s_ * scale, tx + cxp * scale - (c * cxp - s_ * cyp) * scale],
                  [s_ * scale, c * scale, ty + cyp * scale - (s_ * cxp + c * cyp) * scale], [0, 0, 1]], np.float64)
    return Geo(H, canvas_w, canvas_h, 0.0)


def warp(page: np.ndarray, alpha: np.ndarray | None, lab: np.ndarray, bg: np.ndarray, g: Geo):
    """The page (and its label map) through the homography and the lens onto the background."""
    size = (g.out_w, g.out_h)
    img = cv2.warpPerspective(page, g.H, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    a = np.ones(page.shape[:2], np.float32) if alpha is None else alpha.astype(np.float32) / 255.0
    aw = cv2.warpPerspective(a, g.H, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    lw = cv2.warpPerspective(lab, g.H, size, flags=cv2.INTER_NEAREST, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    out = (img.astype(np.float32) * aw[..., None] + bg.astype(np.float32) * (1 - aw[..., None]))
    out = np.clip(out, 0, 255).astype(np.uint8)
    if g.k:
        mx, my = _lens_maps(g)
        out = cv2.remap(out, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        lw = cv2.remap(lw, mx, my, cv2.INTER_NEAREST, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    return out, lw


def _lens_maps(g: Geo):
    h, w = g.out_h, g.out_w
    cx, cy = w / 2, h / 2
    rn = np.hypot(cx, cy)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = (xx - cx) / rn, (yy - cy) / rn
    f = 1 + g.k * (dx * dx + dy * dy)
    return (cx + dx * f * rn).astype(np.float32), (cy + dy * f * rn).astype(np.float32)


def project(points: np.ndarray, g: Geo) -> np.ndarray:
    """Page pixels (x, y) to where they land in the output (the lens inverted by fixed-point steps)."""
    if len(points) == 0:
        return points.astype(np.float32)
    p = cv2.perspectiveTransform(points.reshape(-1, 1, 2).astype(np.float64), g.H).reshape(-1, 2)
    if g.k:
        cx, cy = g.out_w / 2, g.out_h / 2
        rn = np.hypot(cx, cy)
        s = (p - [cx, cy]) / rn
        q = s.copy()
        for _ in range(6):
            q = s / (1 + g.k * (q ** 2).sum(axis=1, keepdims=True))
        p = q * rn + [cx, cy]
    return p


# ------------------------------------------------------------------------------------------------------
# occluders
# ------------------------------------------------------------------------------------------------------
def thumb(rng, img: np.ndarray, at: tuple[float, float], size: float, angle: float) -> np.ndarray:
    """A thumb (nail and shading) over the image at `at`; returns its opaque mask."""
    h, w = img.shape[:2]
    mask = np.zeros((h, w), np.uint8)
    cx, cy = int(at[0]), int(at[1])
    ax = (int(size * 0.55), int(size * 1.3))
    cv2.ellipse(mask, (cx, cy), ax, angle, 0, 360, 255, -1)
    soft = cv2.GaussianBlur(mask, (0, 0), size * 0.06).astype(np.float32) / 255
    skin = np.array([float(rng.uniform(185, 225)), float(rng.uniform(140, 170)), float(rng.uniform(115, 140))], np.float32)
    shade = np.clip(1.0 - 0.35 * cv2.GaussianBlur((mask > 0).astype(np.float32), (0, 0), size * 0.35), 0.6, 1.0)
    col = skin[None, None, :] * (0.75 + 0.25 * shade[..., None])
    nail = np.zeros((h, w), np.uint8)
    ang = np.deg2rad(angle)
    nx, ny = int(cx - np.sin(ang) * size * 0.85), int(cy + np.cos(ang) * size * 0.85)
    cv2.ellipse(nail, (nx, ny), (int(size * 0.33), int(size * 0.4)), angle, 0, 360, 255, -1)
    col = np.where(nail[..., None] > 0, col * 1.08 + 12, col)
    out = img.astype(np.float32) * (1 - soft[..., None]) + col * soft[..., None]
    img[:] = np.clip(out, 0, 255).astype(np.uint8)
    return soft > 0.5


def sleeve_glare(rng, img: np.ndarray) -> np.ndarray:
    """A clear sleeve's sheen (a faint veil) and a hard specular streak; returns the streak's strength 0..1."""
    h, w = img.shape[:2]
    veil = 0.08 + 0.1 * _noise_field(rng, h, w, 200)
    streak = np.zeros((h, w), np.float32)
    cx, cy = float(rng.uniform(0.2, 0.8)) * w, float(rng.uniform(0.2, 0.8)) * h
    L = float(rng.uniform(0.25, 0.6)) * max(w, h)
    ang = float(rng.uniform(0, 180))
    cv2.ellipse(streak, (int(cx), int(cy)), (int(L / 2), int(float(rng.uniform(0.015, 0.05)) * min(w, h))), ang, 0, 360, 1.0, -1)
    streak = cv2.GaussianBlur(streak, (0, 0), min(w, h) * 0.012)
    a = np.clip(veil + streak * 1.05, 0, 1)
    out = img.astype(np.float32) * (1 - a[..., None]) + 255 * a[..., None]
    img[:] = np.clip(out, 0, 255).astype(np.uint8)
    return a


# ------------------------------------------------------------------------------------------------------
# hidden values: from where each value's ink is
# ------------------------------------------------------------------------------------------------------
def hidden_keys(lab_page: np.ndarray, g: Geo | None, out_shape, cover: np.ndarray | None, washed: np.ndarray | None,
                tile: int) -> dict[int, bool]:
    """Per key of the page's label map: its ink pixels projected to the output; an ink pixel is lost when
    it lands outside the frame, under an opaque cover (thumb) or where the image washed it out (glare).
    A key is hidden when more than a fifth of its ink is lost, or any character-sized tile of it (on the
    page) lost more than half of its ink."""
    ys, xs = np.nonzero(lab_page)
    res: dict[int, bool] = {}
    if len(ys) == 0:
        return res
    kv = lab_page[ys, xs]
    pts = np.stack([xs, ys], axis=1).astype(np.float64)
    q = project(pts, g) if g is not None else pts
    h, w = out_shape[:2]
    qx, qy = np.round(q[:, 0]).astype(np.int64), np.round(q[:, 1]).astype(np.int64)
    inside = (qx >= 0) & (qx < w) & (qy >= 0) & (qy < h)
    bad = ~inside
    qi, qj = qy[inside], qx[inside]
    if cover is not None:
        bad[inside] |= cover[qi, qj]
    if washed is not None:
        bad[inside] |= washed[qi, qj]
    for k in np.unique(kv):
        sel = kv == k
        b = bad[sel]
        tile_bad = False
        if b.any():
            idx = (ys[sel] // tile) * 100000 + xs[sel] // tile
            _, inv = np.unique(idx, return_inverse=True)
            cnt = np.bincount(inv)
            badc = np.bincount(inv, weights=b.astype(np.float64))
            tile_bad = bool(((badc / cnt > 0.5) & (cnt >= 6)).any())
        res[int(k)] = bool(b.mean() > 0.2 or tile_bad)
    return res


# ------------------------------------------------------------------------------------------------------
# the capture kinds
# ------------------------------------------------------------------------------------------------------
def _luma(img: np.ndarray) -> np.ndarray:
    return img if img.ndim == 2 else cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)


def _washed(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Pixels whose contrast against white the step took away (three quarters or more, ending light)."""
    b = _luma(before).astype(np.float32)
    a = _luma(after).astype(np.float32)
    return ((a - b) > 0.75 * (255 - b)) & (a > 200) & (b < 235)


def _blur(rng, img: np.ndarray, kind: str) -> np.ndarray:
    if kind == "defocus":
        s = float(rng.uniform(0.6, 1.6))
        return cv2.GaussianBlur(img, (0, 0), s)
    if kind == "shake":
        n = int(rng.integers(5, 11))
        k = np.zeros((n, n), np.float32)
        ang = float(rng.uniform(0, 180))
        c = n // 2
        dx, dy = np.cos(np.deg2rad(ang)) * c, np.sin(np.deg2rad(ang)) * c
        cv2.line(k, (int(c - dx), int(c - dy)), (int(c + dx), int(c + dy)), 1.0, 1)
        k /= k.sum()
        return cv2.filter2D(img, -1, k)
    return cv2.GaussianBlur(img, (0, 0), 0.5)


def _print_aging(rng, rgb: np.ndarray, lab: np.ndarray, folding: bool = False):
    """Augraphy's ink and paper phases: how the printed sheet itself looks (a little bleed, paper grain),
    optionally a fold in the post phase; the label map rides as the pipeline's mask."""
    import augraphy as A
    ink = [A.InkBleed(intensity_range=(0.1, 0.25), kernel_size=(3, 3), severity=(0.2, 0.35), p=0.5)]
    paper = [A.BrightnessTexturize(texturize_range=(0.95, 0.99), deviation=0.02, p=0.6)]
    post = []
    if folding:
        post.append(A.Folding(fold_count=int(rng.integers(1, 3)), fold_noise=0.0, fold_angle_range=(-10, 10),
                              gradient_width=(0.1, 0.2), gradient_height=(0.008, 0.02), backdrop_color=(235, 235, 235), p=1))
    out, m = augraphy_run(rng, rgb, ink, paper, post, mask=lab)
    return out, m


def shoot(name: str, page: np.ndarray, lab: np.ndarray, rng: np.random.Generator, tile: int, card: bool,
          page_mm: float = 210.0) -> Shot:
    """Capture `name` of a rendered page (RGBA, `page_mm` wide on paper) whose scored ink is `lab`."""
    import augraphy as A
    rgb = np.ascontiguousarray(page[..., :3])
    alpha = page[..., 3] if card else None
    if card:  # the card's transparent corners: white for the pipelines, alpha kept for the desk
        rgb = np.where(page[..., 3:4] > 0, rgb, 255).astype(np.uint8)
    ph, pw = rgb.shape[:2]
    notes: list[str] = []
    if name in ("phone_desk", "phone_lowlight", "phone_hand", "sleeve_glare", "folded", "screen_photo"):
        if name == "screen_photo":
            # the page on a monitor: its pixel grid and moiré, then photographed
            scr = cv2.resize(rgb, (pw * 2 // 3, ph * 2 // 3), interpolation=cv2.INTER_AREA)
            lab_s = cv2.resize(lab, (scr.shape[1], scr.shape[0]), interpolation=cv2.INTER_NEAREST)
            lcd = one(rng, A.LCDScreenPattern(pattern_type="random", pattern_value_range=(12, 20), pattern_skip_distance_range=(3, 5), p=1), scr)
            a = float(rng.uniform(0.25, 0.45))
            scr = cv2.addWeighted(scr, 1 - a, lcd, a, 0)
            rgb, lab, alpha = scr, lab_s, None
            ph, pw = rgb.shape[:2]
            notes.append("screen")
        elif name == "folded" or (not card and rng.random() < 0.5):
            rgb, lab = _print_aging(rng, rgb, lab, folding=name == "folded")
        tilt = {"phone_desk": 0.22, "phone_lowlight": 0.18, "phone_hand": 0.12, "sleeve_glare": 0.15, "folded": 0.15,
                "screen_photo": 0.2}[name] * float(rng.uniform(0.3, 1.0))
        fill = float(rng.uniform(0.55, 0.8)) if card else float(rng.uniform(0.72, 0.93))
        if name == "screen_photo":
            fill = float(rng.uniform(0.85, 0.97))
        cut = float(rng.uniform(0.05, 0.25)) if (name == "phone_hand" and rng.random() < 0.35) else 0.0
        g = photo_geo(rng, ph, pw, int(rng.integers(1500, 2050)), tilt, fill, cut)
        bg = desk(rng, g.out_h, g.out_w) if name != "screen_photo" else np.full((g.out_h, g.out_w, 3), int(rng.integers(10, 35)), np.uint8)
        img, _ = warp(rgb, alpha, lab, bg, g)
        cover = np.zeros(img.shape[:2], bool)
        washed = np.zeros(img.shape[:2], bool)
        if name == "phone_hand":
            corners = cv2.perspectiveTransform(np.float32([[[0, 0]], [[pw, 0]], [[pw, ph]], [[0, ph]]]), g.H).reshape(4, 2)
            for _ in range(int(rng.integers(1, 3))):
                i = int(rng.integers(4))
                a, b = corners[i], corners[(i + 1) % 4]
                t = float(rng.uniform(0.2, 0.8))
                p = a + (b - a) * t
                centre = corners.mean(axis=0)
                inward = (centre - p) / max(1e-6, float(np.linalg.norm(centre - p)))
                size = float(rng.uniform(0.06, 0.1)) * max(img.shape[:2])
                at = p + inward * size * float(rng.uniform(0.1, 0.7))
                ang = float(np.degrees(np.arctan2(inward[1], inward[0]))) - 90
                cover |= thumb(rng, img, (float(at[0]), float(at[1])), size, ang)
            notes.append("thumb")
        if name == "sleeve_glare":
            before = img.copy()
            sleeve_glare(rng, img)
            if rng.random() < 0.5:
                img = one(rng, A.ReflectedLight(reflected_light_smoothness=0.8, reflected_light_internal_radius_range=(0.0, 0.05),
                                                reflected_light_external_radius_range=(0.08, 0.2), p=1), img)
            washed |= _washed(before, img)
            notes.append("glare")
        if name != "screen_photo" and rng.random() < 0.5:
            before = img
            img = one(rng, A.LightingGradient(max_brightness=int(rng.integers(220, 255)), min_brightness=int(rng.integers(40, 120)),
                                              mode="gaussian", transparency=float(rng.uniform(0.5, 0.8)), p=1), img)
            washed |= _washed(before, img)  # a light spot can burn out ink as glare does
        if rng.random() < 0.3 and name != "screen_photo":
            img = one(rng, A.ShadowCast(shadow_side=V_SIDES[int(rng.integers(4))], shadow_vertices_range=(2, 3),
                                        shadow_width_range=(0.3, 0.6), shadow_height_range=(0.3, 0.6), shadow_color=(0, 0, 0),
                                        shadow_opacity_range=(0.25, 0.45), shadow_iterations_range=(1, 1), shadow_blur_kernel_range=(101, 201), p=1), img)
            notes.append("shadow")
        if name == "phone_lowlight":
            img = np.clip((img.astype(np.float32) / 255) ** float(rng.uniform(1.4, 2.0)) * float(rng.uniform(0.55, 0.8)) * 255, 0, 255).astype(np.uint8)
            img = one(rng, A.LowLightNoise(num_photons_range=(60, 120), alpha_range=(0.75, 0.9), beta_range=(5, 15), gamma_range=(1.0, 1.2), p=1), img)
        img = _blur(rng, img, V_BLURS[int(rng.integers(len(V_BLURS)))])
        img = one(rng, A.SubtleNoise(subtle_range=int(rng.integers(3, 9)), p=1), img)
        return Shot(img, hidden_keys(lab, g, img.shape, cover, washed, tile), notes, 72)

    if name == "gaopaiyi":
        g = photo_geo(rng, ph, pw, int(rng.integers(1600, 2100)), 0.015, float(rng.uniform(0.78, 0.9)))
        g.k = float(rng.uniform(0.02, 0.05))
        bg = np.full((g.out_h, g.out_w, 3), int(rng.integers(200, 235)), np.uint8)
        img, _ = warp(rgb, alpha, lab, bg, g)
        img = one(rng, A.LightingGradient(max_brightness=255, min_brightness=int(rng.integers(150, 200)), mode="gaussian",
                                          transparency=0.75, p=1), img)
        img = one(rng, A.SubtleNoise(subtle_range=4, p=1), img)
        return Shot(img, hidden_keys(lab, g, img.shape, None, None, tile), notes, 96)

    if name in ("flatbed", "adf_scan", "photocopy", "copy_of_copy", "fax", "scanner_app"):
        dpi = int(V_DPI[name][int(rng.integers(len(V_DPI[name])))])
        scale = dpi * page_mm / 25.4 / pw  # scan pixels per render pixel, from the paper's width
        if card or name == "scanner_app":
            cw, chh = (int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)) if card else (int(pw * scale), int(ph * scale))
        else:
            cw, chh = int(pw * scale), int(ph * scale)
        if name == "scanner_app":
            g = flat_geo(rng, ph, pw, cw, chh, scale, 0.3, (0.0, 0.0))
        else:
            g = flat_geo(rng, ph, pw, cw + (0 if card else int(cw * 0.02)), chh + (0 if card else int(chh * 0.02)),
                         scale, 0.8 if name != "adf_scan" else 1.8, (0.35, 0.3) if card else (0.02, 0.02))
        bg = np.full((g.out_h, g.out_w, 3), 255 if name != "flatbed" else int(rng.integers(235, 256)), np.uint8)
        img, _ = warp(rgb, alpha, lab, bg, g)
        if name == "flatbed":
            img = one(rng, A.SubtleNoise(subtle_range=3, p=1), img)
        elif name == "adf_scan":
            if rng.random() < 0.6:
                img = one(rng, A.DirtyRollers(line_width_range=(4, 12), scanline_type=0, p=1), img)
            if rng.random() < 0.5:
                img = one(rng, A.LowInkPeriodicLines(count_range=(2, 4), period_range=(40, 80), use_consistent_lines=True, noise_probability=0.05, p=1), img)
            if rng.random() < 0.5:
                img = cv2.cvtColor(_luma(img), cv2.COLOR_GRAY2RGB)
        elif name in ("photocopy", "copy_of_copy"):
            img = cv2.cvtColor(_luma(img), cv2.COLOR_GRAY2RGB)
            img = _photocopy(rng, img)
            if name == "copy_of_copy":
                g2 = flat_geo(rng, img.shape[0], img.shape[1], img.shape[1], img.shape[0], 1.0, 0.7, (0.01, 0.01))
                img2, _ = warp(img, None, np.zeros(img.shape[:2], np.uint8), np.full_like(img, 255), g2)
                img = _photocopy(rng, img2)
                g = Geo(g2.H @ g.H, img.shape[1], img.shape[0], 0.0)
            img = _luma(img)
        elif name == "fax":
            img = one(rng, A.Faxify(scale_range=(1.0, 1.0), monochrome=1, monochrome_method="threshold_otsu", halftone=int(rng.random() < 0.4),
                                    invert=1, half_kernel_size=(1, 1), angle=(0, 360), sigma=(1, 3), p=1), img)
            img = _luma(img)
            img = np.where(img > 127, 255, 0).astype(np.uint8)
            _fax_header(rng, img)
        elif name == "scanner_app":
            # a phone scanner app's flattened, whitened page
            img = _luma(img) if rng.random() < 0.4 else img
            f = img.astype(np.float32)
            f = np.clip((f - 40) * 1.35, 0, 255)
            img = _blur(rng, f.astype(np.uint8), "light")
        return Shot(img, hidden_keys(lab, g, img.shape, None, None, tile), notes, dpi)

    if name == "chat_screenshot":
        inner = shoot("phone_desk", page, lab, rng, tile, card, page_mm)
        return _chat(rng, inner, lab)
    raise ValueError(name)


V_SIDES = ["top", "bottom", "left", "right"]
V_BLURS = ["defocus", "shake", "light", "light"]
V_DPI = {"flatbed": (150, 200, 200), "adf_scan": (150, 200), "photocopy": (150, 200), "copy_of_copy": (150,),
         "fax": (100, 150), "scanner_app": (150, 200)}


def _photocopy(rng, img: np.ndarray) -> np.ndarray:
    import augraphy as A
    img = one(rng, A.BadPhotoCopy(noise_type=int(rng.integers(1, 5)), noise_side="random", noise_iteration=(1, 1),
                                  noise_size=(1, 2), noise_value=(170, 225), noise_sparsity=(0.85, 0.95),
                                  noise_concentration=(0.01, 0.06), blur_noise=0, wave_pattern=0, edge_effect=1, p=1), img)
    if rng.random() < 0.5:
        img = one(rng, A.DirtyDrum(line_width_range=(1, 3), line_concentration=0.08, direction=int(rng.integers(0, 2)),
                                   noise_intensity=0.4, noise_value=(120, 200), ksize=(3, 3), sigmaX=0, p=1), img)
    f = img.astype(np.float32)
    f = np.clip((f - 30) * float(rng.uniform(1.1, 1.35)), 0, 255)
    return f.astype(np.uint8)


def _fax_header(rng, img: np.ndarray) -> None:
    h, w = img.shape[:2]
    img[: int(h * 0.025) + 14, :] = 255
    txt = f"2026-{int(rng.integers(1, 12)):02d}-{int(rng.integers(1, 28)):02d} {int(rng.integers(8, 18)):02d}:{int(rng.integers(0, 60)):02d}  FROM: 0{int(rng.integers(10, 99))}-{int(rng.integers(10**7, 10**8))}   P.01/01"
    cv2.putText(img, txt, (int(w * 0.04), int(h * 0.02) + 6), cv2.FONT_HERSHEY_SIMPLEX, max(0.4, w / 2400), 0, 1, cv2.LINE_8)


def _chat(rng, inner: Shot, lab: np.ndarray) -> Shot:
    """The phone photo as a chat app shows it: a 1080-wide screenshot, status bar, title, the picture
    scaled into the conversation (the picture's own hidden values stay hidden; scaling hides nothing)."""
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1080, 2340
    scr = Image.new("RGB", (W, H), (237, 237, 237))
    d = ImageDraw.Draw(scr)
    d.rectangle([0, 0, W, 200], fill=(247, 247, 247))
    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 44)
    small = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 34)
    d.text((60, 30), f"{int(rng.integers(8, 23))}:{int(rng.integers(0, 60)):02d}", fill=(20, 20, 20), font=small)
    d.text((W // 2 - 110, 115), V_CHAT[int(rng.integers(len(V_CHAT)))], fill=(20, 20, 20), font=font)
    im = inner.image if inner.image.ndim == 3 else cv2.cvtColor(inner.image, cv2.COLOR_GRAY2RGB)
    ih, iw = im.shape[:2]
    s = min(760 / iw, 1500 / ih)
    pic = Image.fromarray(cv2.resize(im, (int(iw * s), int(ih * s)), interpolation=cv2.INTER_AREA))
    x0 = W - 60 - pic.width - 120 if rng.random() < 0.5 else 180
    scr.paste(pic, (x0, 330))
    d.rectangle([0, H - 180, W, H], fill=(247, 247, 247))
    d.rounded_rectangle([150, H - 150, W - 200, H - 60], radius=14, fill=(255, 255, 255))
    return Shot(np.asarray(scr), inner.hidden, [*inner.notes, "chat"], 72)


V_CHAT = ["文件传输助手", "张经理", "办证-材料群", "老王", "窗口咨询", "妈妈"]
