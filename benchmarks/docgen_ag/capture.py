"""Family AG's captures as numba kernels of its own (compiled once per source hash into the family's cache,
inside the worker process): projective camera warps with lens distortion over desk / mat / bezel grounds, glare,
thumbs, sleeve sheen, screen subpixels, defocus and motion blur, sensor noise, flatbed optics, photocopier toner,
fax resampling with error diffusion, scanner-app 'enhance' curves, chat re-encodes. All randomness comes from
the job's parameters and seeds, so a file is the same bytes every time."""

from __future__ import annotations

import math

import numpy as np
from numba import njit


@njit(cache=True)
def warp(src, hinv, out_h, out_w, ground, k1):
    """Inverse-map every output pixel through `hinv` (image -> page pixels) with radial distortion k1,
    bilinear sampling; outside the page the ground shows through."""
    H, W = src.shape[0], src.shape[1]
    out = ground.copy()
    cx, cy = out_w / 2.0, out_h / 2.0
    rn = 1.0 / (cx * cx + cy * cy)
    for y in range(out_h):
        for x in range(out_w):
            dx, dy = x - cx, y - cy
            f = 1.0 + k1 * (dx * dx + dy * dy) * rn
            ux, uy = cx + dx * f, cy + dy * f
            zx = hinv[0, 0] * ux + hinv[0, 1] * uy + hinv[0, 2]
            zy = hinv[1, 0] * ux + hinv[1, 1] * uy + hinv[1, 2]
            zw = hinv[2, 0] * ux + hinv[2, 1] * uy + hinv[2, 2]
            sx, sy = zx / zw, zy / zw
            if sx < 0.0 or sy < 0.0 or sx > W - 1.001 or sy > H - 1.001:
                continue
            x0, y0 = int(sx), int(sy)
            fx, fy = sx - x0, sy - y0
            # soft page edge: a one-pixel blend with the ground
            e = min(min(sx, sy), min(W - 1.001 - sx, H - 1.001 - sy))
            a = 1.0 if e > 1.0 else e
            for c in range(3):
                v = (src[y0, x0, c] * (1 - fx) * (1 - fy) + src[y0, x0 + 1, c] * fx * (1 - fy)
                     + src[y0 + 1, x0, c] * (1 - fx) * fy + src[y0 + 1, x0 + 1, c] * fx * fy)
                out[y, x, c] = a * v + (1 - a) * out[y, x, c]
    return out


@njit(cache=True)
def gauss(img, sx, sy):
    """Separable Gaussian blur (sigmas in pixels), edges clamped."""
    H, W, C = img.shape
    tmp = np.empty_like(img)
    out = np.empty_like(img)
    rx = max(1, int(3 * sx + 0.5))
    ry = max(1, int(3 * sy + 0.5))
    kx = np.empty(2 * rx + 1, np.float32)
    ky = np.empty(2 * ry + 1, np.float32)
    for i in range(-rx, rx + 1):
        kx[i + rx] = math.exp(-0.5 * (i / max(sx, 1e-3)) ** 2)
    for i in range(-ry, ry + 1):
        ky[i + ry] = math.exp(-0.5 * (i / max(sy, 1e-3)) ** 2)
    kx /= kx.sum()
    ky /= ky.sum()
    for y in range(H):
        for x in range(W):
            for c in range(C):
                s = 0.0
                for i in range(-rx, rx + 1):
                    xx = min(max(x + i, 0), W - 1)
                    s += img[y, xx, c] * kx[i + rx]
                tmp[y, x, c] = s
    for y in range(H):
        for x in range(W):
            for c in range(C):
                s = 0.0
                for i in range(-ry, ry + 1):
                    yy = min(max(y + i, 0), H - 1)
                    s += tmp[yy, x, c] * ky[i + ry]
                out[y, x, c] = s
    return out


@njit(cache=True)
def motion(img, dx, dy, n):
    """Average of n samples along a shake vector (dx, dy) pixels."""
    H, W, C = img.shape
    out = np.zeros_like(img)
    for k in range(n):
        t = k / max(n - 1, 1) - 0.5
        ox, oy = int(round(t * dx)), int(round(t * dy))
        for y in range(H):
            yy = min(max(y + oy, 0), H - 1)
            for x in range(W):
                xx = min(max(x + ox, 0), W - 1)
                for c in range(C):
                    out[y, x, c] += img[yy, xx, c] / n
    return out


@njit(cache=True)
def glare(img, cx, cy, r, strength, tint):
    """A specular highlight washing the page out toward white (page pixels)."""
    H, W = img.shape[0], img.shape[1]
    for y in range(max(0, int(cy - 3 * r)), min(H, int(cy + 3 * r))):
        for x in range(max(0, int(cx - 3 * r)), min(W, int(cx + 3 * r))):
            d2 = ((x - cx) ** 2 + (y - cy) ** 2) / (r * r)
            a = min(1.0, strength * math.exp(-d2))
            for c in range(3):
                img[y, x, c] = img[y, x, c] * (1 - a) + a * tint[c]


@njit(cache=True)
def band(img, ax, ay, bx, by, width, strength):
    """A long sheen band (plastic sleeve / screen reflection) between points a and b, soft-edged."""
    H, W = img.shape[0], img.shape[1]
    lx, ly = bx - ax, by - ay
    ln = math.sqrt(lx * lx + ly * ly) + 1e-6
    nx, ny = -ly / ln, lx / ln
    for y in range(H):
        for x in range(W):
            d = abs((x - ax) * nx + (y - ay) * ny) / width
            if d < 3.0:
                a = strength * math.exp(-d * d)
                for c in range(3):
                    img[y, x, c] = img[y, x, c] * (1 - a) + a


@njit(cache=True)
def thumb(img, cx, cy, rx, ry, ang, r, g, b, seed):
    """An opaque thumb: a shaded skin ellipse with a nail, in page pixels."""
    np.random.seed(seed)
    H, W = img.shape[0], img.shape[1]
    ca, sa = math.cos(ang), math.sin(ang)
    rr = max(rx, ry)
    for y in range(max(0, int(cy - rr - 2)), min(H, int(cy + rr + 2))):
        for x in range(max(0, int(cx - rr - 2)), min(W, int(cx + rr + 2))):
            u = ((x - cx) * ca + (y - cy) * sa) / rx
            v = (-(x - cx) * sa + (y - cy) * ca) / ry
            d = u * u + v * v
            if d < 1.0:
                shade = 0.78 + 0.22 * (1 - d) - 0.12 * v
                nail = (u - 0.55) ** 2 / 0.08 + v * v / 0.25 < 1.0
                a = min(1.0, (1.0 - d) * 25.0)
                base = (r * shade, g * shade, b * shade)
                if nail:
                    base = (min(1.0, base[0] * 1.12), min(1.0, base[1] * 1.08), min(1.0, base[2] * 1.1))
                for c in range(3):
                    img[y, x, c] = img[y, x, c] * (1 - a) + a * base[c]


@njit(cache=True)
def subpixels(img, pitch, gap):
    """An LCD's RGB stripes and dark gaps over the page, then a backlight lift."""
    H, W = img.shape[0], img.shape[1]
    for y in range(H):
        gy = 1.0 - gap * (1.0 if (y % pitch) == 0 else 0.0)
        for x in range(W):
            k = (x * 3 // pitch) % 3
            for c in range(3):
                m = 1.0 if c == k else 0.38
                img[y, x, c] = (0.06 + 0.94 * img[y, x, c]) * m * gy * 1.5


@njit(cache=True)
def lighting(img, gx, gy, vign, shadow_x, shadow_w, shadow_d, warm):
    """Illumination across the frame: a linear gradient, vignetting, a soft shadow edge, a colour cast."""
    H, W = img.shape[0], img.shape[1]
    for y in range(H):
        for x in range(W):
            u, v = x / W - 0.5, y / H - 0.5
            L = 1.0 + gx * u + gy * v - vign * (u * u + v * v) * 2.0
            if shadow_w > 0:
                t = (x - shadow_x) / shadow_w
                if t < 0:
                    L *= 1.0 - shadow_d
                elif t < 1:
                    L *= 1.0 - shadow_d * (1 - t)
            img[y, x, 0] *= L * (1.0 + warm)
            img[y, x, 1] *= L
            img[y, x, 2] *= L * (1.0 - warm)


@njit(cache=True)
def sensor(img, seed, sigma, gamma):
    """Noise stronger in the shadows (a xorshift generator, triangular-distributed: cheap and seeded), a shared
    luminance part and a smaller colour part, then a display gamma, clipped to [0, 1]."""
    H, W, C = img.shape
    st = np.uint64(seed * 2654435761 + 1)
    inv = 1.0 / 18446744073709551616.0
    for y in range(H):
        for x in range(W):
            st ^= st << np.uint64(13)
            st ^= st >> np.uint64(7)
            st ^= st << np.uint64(17)
            a = float(st) * inv
            st ^= st << np.uint64(13)
            st ^= st >> np.uint64(7)
            st ^= st << np.uint64(17)
            b = float(st) * inv
            n = (a + b - 1.0) * 2.45
            for c in range(C):
                v = img[y, x, c]
                k = (b if c == 1 else a if c == 0 else 1.0 - a) - 0.5
                v += sigma * (0.8 * n + 0.5 * k) * (1.3 - 0.5 * min(max(v, 0.0), 1.0))
                v = min(max(v, 0.0), 1.0)
                img[y, x, c] = v ** gamma if gamma != 1.0 else v


@njit(cache=True)
def toner(img, seed, contrast, mid, speckle, edge, streak_x):
    """A photocopier: grey, an S-curve around `mid`, toner speckle, dark margins, a drum streak."""
    np.random.seed(seed)
    H, W = img.shape[0], img.shape[1]
    for y in range(H):
        for x in range(W):
            g = 0.3 * img[y, x, 0] + 0.55 * img[y, x, 1] + 0.15 * img[y, x, 2]
            g = 1.0 / (1.0 + math.exp(-contrast * (g - mid)))
            m = min(min(x, W - 1 - x), min(y, H - 1 - y)) / (0.04 * W)
            if m < 1.0:
                g *= 1.0 - edge * (1.0 - m)
            if np.random.random() < speckle:
                g *= 0.25
            if streak_x > 0 and abs(x - streak_x) < 2:
                g *= 0.75
            for c in range(3):
                img[y, x, c] = g


@njit(cache=True)
def resample(img, oh, ow):
    """Area-average resampling to (oh, ow)."""
    H, W, C = img.shape
    out = np.zeros((oh, ow, C), np.float32)
    sy, sx = H / oh, W / ow
    for y in range(oh):
        y0, y1 = int(y * sy), max(int(y * sy) + 1, int((y + 1) * sy))
        for x in range(ow):
            x0, x1 = int(x * sx), max(int(x * sx) + 1, int((x + 1) * sx))
            n = 0
            for yy in range(y0, min(y1, H)):
                for xx in range(x0, min(x1, W)):
                    for c in range(C):
                        out[y, x, c] += img[yy, xx, c]
                    n += 1
            for c in range(C):
                out[y, x, c] /= max(n, 1)
    return out


@njit(cache=True)
def bilevel(img, thresh, diffuse, seed, dropout):
    """Fax bi-level coding: grey, threshold with optional Floyd–Steinberg diffusion, line dropouts."""
    np.random.seed(seed)
    H, W = img.shape[0], img.shape[1]
    g = np.empty((H, W), np.float32)
    for y in range(H):
        for x in range(W):
            g[y, x] = 0.3 * img[y, x, 0] + 0.55 * img[y, x, 1] + 0.15 * img[y, x, 2]
    out = np.empty((H, W), np.uint8)
    for y in range(H):
        drop = np.random.random() < dropout
        for x in range(W):
            v = g[y, x]
            o = 1.0 if v > thresh else 0.0
            out[y, x] = 255 if (o > 0.5 or drop) else 0
            if diffuse:
                e = v - o
                if x + 1 < W:
                    g[y, x + 1] += e * 7 / 16
                if y + 1 < H:
                    if x > 0:
                        g[y + 1, x - 1] += e * 3 / 16
                    g[y + 1, x] += e * 5 / 16
                    if x + 1 < W:
                        g[y + 1, x + 1] += e * 1 / 16
    return out


@njit(cache=True)
def enhance(img, black, white, sat, amount):
    """A scanner app's 'enhance': levels from black to white, desaturation, then an unsharp mask."""
    H, W = img.shape[0], img.shape[1]
    out = np.empty_like(img)
    for y in range(H):
        for x in range(W):
            m = (img[y, x, 0] + img[y, x, 1] + img[y, x, 2]) / 3.0
            for c in range(3):
                v = m + sat * (img[y, x, c] - m)
                v = (v - black) / (white - black)
                out[y, x, c] = min(max(v, 0.0), 1.0)
    if amount > 0:
        bl = gauss(out, 1.5, 1.5)
        for y in range(H):
            for x in range(W):
                for c in range(3):
                    out[y, x, c] = min(max(out[y, x, c] + amount * (out[y, x, c] - bl[y, x, c]), 0.0), 1.0)
    return out


@njit(cache=True)
def ground(h, w, kind, seed, r, g, b):
    """Backgrounds: 0 wood desk, 1 cutting mat with a grid (高拍仪 base), 2 plain with noise, 3 dark bezel."""
    np.random.seed(seed)
    out = np.empty((h, w, 3), np.float32)
    ph = np.random.random() * 6.28
    fr = 0.01 + 0.02 * np.random.random()
    for y in range(h):
        for x in range(w):
            if kind == 0:
                t = math.sin(fr * (y + 18 * math.sin(x * 0.004 + ph)) + ph) * 0.5 + 0.5
                f = 0.82 + 0.18 * t + 0.03 * np.random.random()
            elif kind == 1:
                f = 0.9 + 0.05 * np.random.random()
                if x % 47 == 0 or y % 47 == 0:
                    f *= 1.35
            elif kind == 2:
                f = 0.95 + 0.05 * np.random.random()
            else:
                f = 0.12 + 0.03 * np.random.random()
            out[y, x, 0] = min(r * f, 1.0)
            out[y, x, 1] = min(g * f, 1.0)
            out[y, x, 2] = min(b * f, 1.0)
    return out


def homography(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """The 3x3 projective map taking 4 points src to dst."""
    A = []
    for (x, y), (u, v) in zip(src, dst, strict=True):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.asarray(A, float))
    h = vt[-1].reshape(3, 3)
    return h / h[2, 2]


def apply_h(h: np.ndarray, pts) -> np.ndarray:
    p = np.c_[np.asarray(pts, float), np.ones(len(pts))] @ h.T
    return p[:, :2] / p[:, 2:]
