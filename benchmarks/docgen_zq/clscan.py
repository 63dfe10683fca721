"""Family ZQ's scanner/copier/fax/chat side and the phones' finishing, as OpenCL kernels run through
PyOpenCL on PoCL (Debian's pocl-opencl-icd, the CPU driver): projective resampling with lens
distortion and supersampling, separable Gaussian optics, tone/colour/vignette with hashed-coordinate
sensor and toner noise, unsharp masking, thresholds, ordered dither and a rotated halftone screen, an
LCD subpixel mosaic for screens. numpy only moves the bytes."""

from __future__ import annotations

import functools
import math

import numpy as np

SRC = r"""
inline uint hsh(uint x, uint y, uint s) {
    uint h = x * 374761393u + y * 668265263u + s * 2246822519u;
    h = (h ^ (h >> 13)) * 1274126177u;
    return h ^ (h >> 16);
}
inline float urand(uint x, uint y, uint s) { return (hsh(x, y, s) & 0xffffff) / 16777216.0f; }
inline float grand(uint x, uint y, uint s) {
    /* Irwin-Hall: three uniforms from one hash, unit variance */
    uint h = hsh(x, y, s);
    return ((h & 1023) + ((h >> 10) & 1023) + ((h >> 20) & 1023) - 1534.5f) * (2.0f / 1023.0f);
}

inline float3 fetch(__global const float *src, int w, int h, float x, float y, float3 border) {
    if (x < 0 || y < 0 || x > w - 1 || y > h - 1) return border;
    int x0 = (int)floor(x), y0 = (int)floor(y);
    int x1 = min(x0 + 1, w - 1), y1 = min(y0 + 1, h - 1);
    float fx = x - x0, fy = y - y0;
    __global const float *a = src + 3 * (y0 * w + x0), *b = src + 3 * (y0 * w + x1);
    __global const float *c = src + 3 * (y1 * w + x0), *d = src + 3 * (y1 * w + x1);
    float3 A = (float3)(a[0], a[1], a[2]), B = (float3)(b[0], b[1], b[2]);
    float3 C = (float3)(c[0], c[1], c[2]), D = (float3)(d[0], d[1], d[2]);
    return mix(mix(A, B, fx), mix(C, D, fx), fy);
}

/* output pixel -> source pixel through the inverse homography m, with radial distortion k1 about the
   output centre, ss x ss supersamples per pixel (an area filter when shrinking). */
__kernel void warp(__global const float *src, int sw, int sh, __global float *dst, int dw, int dh,
                   float16 m, float k1, int ss, float3 border) {
    int x = get_global_id(0), y = get_global_id(1);
    if (x >= dw || y >= dh) return;
    float3 acc = (float3)(0.0f);
    float cx = 0.5f * dw, cy = 0.5f * dh, nr = 1.0f / (cx * cx + cy * cy);
    for (int j = 0; j < ss; j++) for (int i = 0; i < ss; i++) {
        float px = x + (i + 0.5f) / ss, py = y + (j + 0.5f) / ss;
        float dx = px - cx, dy = py - cy, r2 = (dx * dx + dy * dy) * nr, f = 1.0f + k1 * r2;
        px = cx + dx * f; py = cy + dy * f;
        float X = m.s0 * px + m.s1 * py + m.s2, Y = m.s3 * px + m.s4 * py + m.s5, Z = m.s6 * px + m.s7 * py + m.s8;
        acc += fetch(src, sw, sh, X / Z - 0.5f, Y / Z - 0.5f, border);
    }
    acc /= (float)(ss * ss);
    int o = 3 * (y * dw + x);
    dst[o] = acc.x; dst[o + 1] = acc.y; dst[o + 2] = acc.z;
}

__kernel void blur1d(__global const float *src, __global float *dst, int w, int h,
                     __global const float *k, int r, int horiz) {
    int x = get_global_id(0), y = get_global_id(1);
    if (x >= w || y >= h) return;
    float3 acc = (float3)(0.0f);
    for (int i = -r; i <= r; i++) {
        int xx = horiz ? clamp(x + i, 0, w - 1) : x, yy = horiz ? y : clamp(y + i, 0, h - 1);
        __global const float *p = src + 3 * (yy * w + xx);
        acc += k[i + r] * (float3)(p[0], p[1], p[2]);
    }
    int o = 3 * (y * w + x);
    dst[o] = acc.x; dst[o + 1] = acc.y; dst[o + 2] = acc.z;
}

/* gain, colour matrix, gamma, contrast, vignette, saturation, shot/read noise and toner specks */
__kernel void tone(__global float *img, int w, int h, float16 cm, float gamma, float contrast,
                   float vign, float sat, float shot, float read, float specks, uint seed, float lift) {
    int x = get_global_id(0), y = get_global_id(1);
    if (x >= w || y >= h) return;
    int o = 3 * (y * w + x);
    float3 c = (float3)(img[o], img[o + 1], img[o + 2]);
    c = (float3)(cm.s0 * c.x + cm.s1 * c.y + cm.s2 * c.z, cm.s3 * c.x + cm.s4 * c.y + cm.s5 * c.z,
                 cm.s6 * c.x + cm.s7 * c.y + cm.s8 * c.z);
    float dx = (x - 0.5f * w) / (0.5f * w), dy = (y - 0.5f * h) / (0.5f * h);
    c *= 1.0f - vign * (dx * dx + dy * dy) * 0.5f;
    float l = dot(c, (float3)(0.299f, 0.587f, 0.114f));
    c = mix((float3)(l), c, sat);
    float n = grand(x, y, seed) * sqrt(fmax(l, 0.0f)) * shot + grand(x, y, seed + 7u) * read;
    c += (float3)(n) + (float3)(grand(x, y, seed + 11u), grand(x, y, seed + 13u), grand(x, y, seed + 17u)) * read * 0.5f;
    c = native_powr(clamp(c, 1e-6f, 1.0f), (float3)(1.0f / gamma));
    c = clamp((c - 0.5f) * contrast + 0.5f + lift, 0.0f, 1.0f);
    if (specks > 0.0f && urand(x / 2, y / 2, seed + 23u) < specks) c *= 0.15f;
    img[o] = c.x; img[o + 1] = c.y; img[o + 2] = c.z;
}

__kernel void unsharp(__global float *img, __global const float *blur, int w, int h, float amount) {
    int x = get_global_id(0), y = get_global_id(1);
    if (x >= w || y >= h) return;
    int o = 3 * (y * w + x);
    for (int k = 0; k < 3; k++) img[o + k] = clamp(img[o + k] + amount * (img[o + k] - blur[o + k]), 0.0f, 1.0f);
}

/* 1-bit: mode 0 threshold with hashed jitter, 1 Bayer 8x8 ordered dither, 2 rotated halftone dots */
__kernel void binar(__global float *img, int w, int h, int mode, float thr, float jitter, float cell,
                    float angle, uint seed) {
    int x = get_global_id(0), y = get_global_id(1);
    if (x >= w || y >= h) return;
    int o = 3 * (y * w + x);
    float l = dot((float3)(img[o], img[o + 1], img[o + 2]), (float3)(0.299f, 0.587f, 0.114f));
    float t = thr;
    if (mode == 1) {
        int bx = x & 7, by = y & 7, v = 0;
        int xc = bx ^ by;
        for (int b = 0; b < 3; b++) v |= (((xc >> b) & 1) << (5 - 2 * b)) | (((by >> b) & 1) << (4 - 2 * b));
        t = (v + 0.5f) / 64.0f;
    } else if (mode == 2) {
        float ca = cos(angle), sa = sin(angle);
        float u = (ca * x + sa * y) / cell, v = (-sa * x + ca * y) / cell;
        float fu = u - floor(u) - 0.5f, fv = v - floor(v) - 0.5f;
        t = 1.0f - 2.0f * (fu * fu + fv * fv);
        t = clamp(t, 0.02f, 0.98f);
    }
    t += jitter * (urand(x, y, seed) - 0.5f);
    float b = l > t ? 1.0f : 0.0f;
    img[o] = b; img[o + 1] = b; img[o + 2] = b;
}

/* an LCD: each source pixel becomes an RGB stripe triplet with a dark gap (for the screen photos) */
__kernel void lcd(__global const float *src, int sw, int sh, __global float *dst, int k) {
    int x = get_global_id(0), y = get_global_id(1);
    int dw = sw * k, dh = sh * k;
    if (x >= dw || y >= dh) return;
    __global const float *p = src + 3 * ((y / k) * sw + x / k);
    int sub = (x % k) * 3 / k;
    float gap = (y % k == k - 1) ? 0.35f : 1.0f;
    int o = 3 * (y * dw + x);
    dst[o] = gap * (sub == 0 ? p[0] : 0.45f * p[0]); dst[o + 1] = gap * (sub == 1 ? p[1] : 0.45f * p[1]);
    dst[o + 2] = gap * (sub == 2 ? p[2] : 0.45f * p[2]);
}
"""


@functools.cache
def _cl():
    import pyopencl as cl
    plats = [p for p in cl.get_platforms() if "Portable Computing Language" in p.name]
    if not plats:
        raise RuntimeError("PoCL (pocl-opencl-icd) is not registered with the OpenCL ICD loader")
    dev = plats[0].get_devices()[:1]
    ctx = cl.Context(dev)
    q = cl.CommandQueue(ctx)
    return cl, ctx, q, cl.Program(ctx, SRC).build()


@functools.cache
def _kernel(name):
    import pyopencl as cl
    return cl.Kernel(_cl()[3], name)


class Img:
    """A float32 HxWx3 image living in an OpenCL buffer."""

    def __init__(self, arr: np.ndarray | None = None, shape=None):
        cl, ctx, q, _ = _cl()
        if arr is not None:
            arr = np.ascontiguousarray(arr, np.float32)
            self.h, self.w = arr.shape[:2]
            self.buf = cl.Buffer(ctx, cl.mem_flags.READ_WRITE | cl.mem_flags.COPY_HOST_PTR, hostbuf=arr)
        else:
            self.h, self.w = shape
            self.buf = cl.Buffer(ctx, cl.mem_flags.READ_WRITE, size=self.h * self.w * 12)

    def get(self) -> np.ndarray:
        cl, _, q, _ = _cl()
        out = np.empty((self.h, self.w, 3), np.float32)
        cl.enqueue_copy(q, out, self.buf)
        return out

    def u8(self) -> np.ndarray:
        return (np.clip(self.get(), 0, 1) * 255 + 0.5).astype(np.uint8)


def _gs(w, h):
    return (int(math.ceil(w / 8) * 8), int(math.ceil(h / 8) * 8)), (8, 8)


def f16(m) -> np.ndarray:
    out = np.zeros(16, np.float32)
    a = np.asarray(m, np.float32).ravel()
    out[:a.size] = a
    return out


def warp(src: Img, dw: int, dh: int, hinv, k1=0.0, ss=2, border=(1, 1, 1)) -> Img:
    """Resample: output pixel (x, y) reads the source at hinv·(x, y, 1)."""
    cl, ctx, q, prg = _cl()
    dst = Img(shape=(dh, dw))
    g, loc = _gs(dw, dh)
    b = np.array([*border, 0], np.float32)
    _kernel("warp")(q, g, loc, src.buf, np.int32(src.w), np.int32(src.h), dst.buf, np.int32(dw), np.int32(dh),
             f16(hinv), np.float32(k1), np.int32(ss), b)
    return dst


def blur(img: Img, sigma_x: float, sigma_y: float | None = None) -> Img:
    cl, ctx, q, prg = _cl()
    kern = _kernel("blur1d")
    sigma_y = sigma_x if sigma_y is None else sigma_y
    out = img
    for horiz, s in ((1, sigma_x), (0, sigma_y)):
        if s < 0.2:
            continue
        r = max(1, int(math.ceil(3 * s)))
        k = np.exp(-0.5 * (np.arange(-r, r + 1) / s) ** 2).astype(np.float32)
        k /= k.sum()
        kb = cl.Buffer(ctx, cl.mem_flags.READ_ONLY | cl.mem_flags.COPY_HOST_PTR, hostbuf=k)
        dst = Img(shape=(img.h, img.w))
        g, loc = _gs(img.w, img.h)
        kern(q, g, loc, out.buf, dst.buf, np.int32(img.w), np.int32(img.h), kb, np.int32(r), np.int32(horiz))
        out = dst
    return out


def tone(img: Img, seed: int, cm=np.eye(3), gamma=1.0, contrast=1.0, vign=0.0, sat=1.0, shot=0.0, read=0.0,
         specks=0.0, lift=0.0) -> Img:
    cl, ctx, q, prg = _cl()
    g, loc = _gs(img.w, img.h)
    _kernel("tone")(q, g, loc, img.buf, np.int32(img.w), np.int32(img.h), f16(cm), np.float32(gamma), np.float32(contrast),
             np.float32(vign), np.float32(sat), np.float32(shot), np.float32(read), np.float32(specks),
             np.uint32(seed & 0xffffffff), np.float32(lift))
    return img


def unsharp(img: Img, sigma: float, amount: float) -> Img:
    cl, ctx, q, prg = _cl()
    b = blur(img, sigma)
    g, loc = _gs(img.w, img.h)
    _kernel("unsharp")(q, g, loc, img.buf, b.buf, np.int32(img.w), np.int32(img.h), np.float32(amount))
    return img


def binarize(img: Img, mode: int, seed: int, thr=0.55, jitter=0.0, cell=4.0, angle=0.785) -> Img:
    cl, ctx, q, prg = _cl()
    g, loc = _gs(img.w, img.h)
    _kernel("binar")(q, g, loc, img.buf, np.int32(img.w), np.int32(img.h), np.int32(mode), np.float32(thr), np.float32(jitter),
              np.float32(cell), np.float32(angle), np.uint32(seed & 0xffffffff))
    return img


def lcd(img: Img, k: int = 3) -> Img:
    cl, ctx, q, prg = _cl()
    dst = Img(shape=(img.h * k, img.w * k))
    g, loc = _gs(dst.w, dst.h)
    _kernel("lcd")(q, g, loc, img.buf, np.int32(img.w), np.int32(img.h), dst.buf, np.int32(k))
    return dst


def homography(src_pts, dst_pts) -> np.ndarray:
    """3x3 H with H·src = dst (4 point pairs)."""
    A = []
    for (x, y), (u, v) in zip(src_pts, dst_pts, strict=False):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.array(A, float))
    H = vt[-1].reshape(3, 3)
    return H / H[2, 2]
