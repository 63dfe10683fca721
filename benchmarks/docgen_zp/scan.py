"""Family ZP's scanner side as Halide pipelines (PyPI `halide`, JIT-compiled once per process on the
host, no parallel schedule: one thread, byte-identical for a seed): flatbed and feeder scans, copiers
and copies of copies, 1-bit faxes, scanner-app enhancement, area downscaling for chat forwards. numpy
and Pillow only move bytes and write the file formats.

Pipelines (each a Func over an 8-bit grey plane; colour goes plane by plane):
- `warp`: an affine resample (skew, scale, anisotropic fax lines, feeder stretch) with bilinear taps, a
  [1 2 1] optics blur mixed in, a tone map (gain, black/white points, gamma) and noise from hashed
  coordinates, plus feeder streaks (a column's hashed offset);
- `copier`: a copier's sigmoid tone (lost greys, filled strokes), toner speckle and a drum shadow band;
- `binarise`: a fax modem's threshold with a hashed ordered dither (error-diffusion-like texture);
- `enhance`: a scanner app's background normalisation (box mean over a wide window, two passes) and
  contrast stretch;
- `area`: an area-averaging downscale by an integer factor (chat forwards)."""

from __future__ import annotations

import numpy as np

_P: dict = {}


def _hash(x, y, seed):  # noqa: ANN001, ANN202 - Halide Exprs
    import halide as hl
    h = hl.cast(hl.UInt(32), x) * hl.u32(0x8DA6B343) ^ hl.cast(hl.UInt(32), y) * hl.u32(0xD8163841) ^ hl.cast(hl.UInt(32), seed) * hl.u32(0xCB1AB31F)
    h = h ^ (h >> 15)
    h = h * hl.u32(0x2C1B3C6D)
    h = h ^ (h >> 12)
    h = h * hl.u32(0x297A2D39)
    h = h ^ (h >> 15)
    return hl.cast(hl.Float(32), h & hl.u32(0xFFFFFF)) / 16777216.0


def _build() -> None:
    import halide as hl
    x, y = hl.Var("x"), hl.Var("y")
    P = {}
    # ---- warp ---------------------------------------------------------------------------------
    inp = hl.ImageParam(hl.UInt(8), 2, "warp_in")
    prm = {n: hl.Param(hl.Float(32), n, 0.0) for n in
           ["a", "b", "c", "d", "e", "f", "blur", "gain", "black", "gamma", "noise", "streak", "bg"]}
    seed = hl.Param(hl.Int(32), "seed", 0)
    src = hl.BoundaryConditions.constant_exterior(inp, hl.u8(255))
    fs = hl.Func("fs")
    fs[x, y] = hl.cast(hl.Float(32), src[x, y])
    bx = hl.Func("bx")
    bx[x, y] = (fs[x - 1, y] + 2 * fs[x, y] + fs[x + 1, y]) * 0.25
    by = hl.Func("by")
    by[x, y] = (bx[x, y - 1] + 2 * bx[x, y] + bx[x, y + 1]) * 0.25
    sm = hl.Func("sm")
    sm[x, y] = fs[x, y] * (1 - prm["blur"]) + by[x, y] * prm["blur"]
    sx = prm["a"] * hl.cast(hl.Float(32), x) + prm["b"] * hl.cast(hl.Float(32), y) + prm["c"]
    sy = prm["d"] * hl.cast(hl.Float(32), x) + prm["e"] * hl.cast(hl.Float(32), y) + prm["f"]
    ix, iy = hl.cast(hl.Int(32), hl.floor(sx)), hl.cast(hl.Int(32), hl.floor(sy))
    fx, fy = sx - hl.floor(sx), sy - hl.floor(sy)
    v = hl.lerp(hl.lerp(sm[ix, iy], sm[ix + 1, iy], fx), hl.lerp(sm[ix, iy + 1], sm[ix + 1, iy + 1], fx), fy)
    inside = (sx >= -1) & (sx <= hl.cast(hl.Float(32), inp.width())) & (sy >= -1) & (sy <= hl.cast(hl.Float(32), inp.height()))
    v = hl.select(inside, v, prm["bg"])
    t = hl.clamp((v / 255.0 - prm["black"]) / (1.0 - prm["black"]), 0.0, 1.0)
    t = hl.pow(t, prm["gamma"]) * prm["gain"]
    n = (_hash(x, y, seed) + _hash(y + 7, x + 3, seed + 1) - 1.0) * prm["noise"]
    st = (_hash(x, 0, seed + 5) - 0.5) * prm["streak"] * hl.select(_hash(x, 1, seed + 9) > hl.f32(0.985), hl.f32(6.0), hl.f32(1.0))
    warp = hl.Func("warp")
    warp[x, y] = hl.cast(hl.UInt(8), hl.clamp(t * 255.0 + n * 255.0 + st * 255.0, 0.0, 255.0))
    bx.compute_root()
    by.compute_root()
    warp.vectorize(x, 8)
    P["warp"] = (hl.Pipeline(warp), inp, prm, seed)
    # ---- copier ---------------------------------------------------------------------------------
    cin = hl.ImageParam(hl.UInt(8), 2, "copy_in")
    cp = {n: hl.Param(hl.Float(32), "c_" + n, 0.0) for n in ["mid", "slope", "speck", "band", "band_y", "band_w", "fill"]}
    cseed = hl.Param(hl.Int(32), "c_seed", 0)
    cs = hl.BoundaryConditions.repeat_edge(cin)
    cf = hl.Func("cf")
    cf[x, y] = hl.cast(hl.Float(32), cs[x, y]) / 255.0
    mn = hl.Func("mn")  # fill: strokes spread (a darker copy), min over a 3×3 window mixed in
    mn[x, y] = hl.min(hl.min(hl.min(cf[x - 1, y], cf[x + 1, y]), hl.min(cf[x, y - 1], cf[x, y + 1])), cf[x, y])
    base = cf[x, y] * (1 - cp["fill"]) + mn[x, y] * cp["fill"]
    sig = 1.0 / (1.0 + hl.exp(-(base - cp["mid"]) * cp["slope"]))
    band = cp["band"] * hl.exp(-((hl.cast(hl.Float(32), y) - cp["band_y"]) / cp["band_w"]) ** 2)
    speck = hl.select(_hash(x, y, cseed) < cp["speck"], hl.f32(0.55), hl.f32(0.0)) + hl.select(_hash(x / 3, y / 3, cseed + 3) < cp["speck"] * hl.f32(0.2), hl.f32(0.3), hl.f32(0.0))
    cop = hl.Func("cop")
    cop[x, y] = hl.cast(hl.UInt(8), hl.clamp((sig - band - speck) * 255.0, 0.0, 255.0))
    cf.compute_root()
    cop.vectorize(x, 8)
    P["copier"] = (hl.Pipeline(cop), cin, cp, cseed)
    # ---- binarise (fax) --------------------------------------------------------------------------
    bin_ = hl.ImageParam(hl.UInt(8), 2, "bin_in")
    bp = {n: hl.Param(hl.Float(32), "b_" + n, 0.0) for n in ["thr", "dither"]}
    bseed = hl.Param(hl.Int(32), "b_seed", 0)
    bayer = (hl.cast(hl.Float(32), ((x & 1) * 2 + (y & 1) * 3) % 4) + _hash(x, y, bseed)) / 5.0 - 0.5
    bf = hl.Func("bf")
    bf[x, y] = hl.select(hl.cast(hl.Float(32), bin_[x, y]) / 255.0 > bp["thr"] + bayer * bp["dither"], hl.u8(255), hl.u8(0))
    bf.vectorize(x, 8)
    P["binarise"] = (hl.Pipeline(bf), bin_, bp, bseed)
    # ---- enhance (scanner app) -------------------------------------------------------------------
    ein = hl.ImageParam(hl.UInt(8), 2, "enh_in")
    ep = {n: hl.Param(hl.Float(32), "e_" + n, 0.0) for n in ["k", "lift"]}
    es = hl.BoundaryConditions.repeat_edge(ein)
    R = 24
    r = hl.RDom([(-R, 2 * R + 1)])
    mx = hl.Func("mx")
    mx[x, y] = hl.sum(hl.cast(hl.Float(32), es[x + r.x, y])) / (2 * R + 1)
    my = hl.Func("my")
    my[x, y] = hl.sum(mx[x, y + r.x]) / (2 * R + 1)
    vv = hl.cast(hl.Float(32), es[x, y])
    bgm = hl.max(my[x, y], 60.0)
    en = hl.Func("en")
    en[x, y] = hl.cast(hl.UInt(8), hl.clamp(255.0 - (bgm - vv) / bgm * 255.0 * ep["k"] + ep["lift"], 0.0, 255.0))
    mx.compute_root()
    P["enhance"] = (hl.Pipeline(en), ein, ep, None)
    # ---- area downscale ---------------------------------------------------------------------------
    ain = hl.ImageParam(hl.UInt(8), 2, "area_in")
    fac = hl.Param(hl.Int(32), "fac", 2)
    ar = hl.RDom([(0, 8), (0, 8)])
    asrc = hl.BoundaryConditions.repeat_edge(ain)
    inside = (ar.x < fac) & (ar.y < fac)
    af = hl.Func("af")
    af[x, y] = hl.cast(hl.UInt(8), hl.clamp(hl.sum(hl.select(inside, hl.cast(hl.Float(32), asrc[x * fac + ar.x, y * fac + ar.y]), 0.0)) / hl.cast(hl.Float(32), fac * fac) + 0.5, 0.0, 255.0))
    P["area"] = (hl.Pipeline(af), ain, {}, fac)
    for k in P:
        P[k][0].compile_jit()
    _P.update(P)


def _run(name: str, img: np.ndarray, w: int, h: int, params: dict, seed: int | None = None) -> np.ndarray:
    import halide as hl
    if not _P:
        _build()
    pipe, inp, prm, sp = _P[name]
    a = np.require(img, np.uint8, ['C', 'W'])
    inp.set(hl.Buffer(a))
    for k, v in params.items():
        prm[k].set(float(v))
    if sp is not None and seed is not None:
        sp.set(int(seed))
    return np.array(pipe.realize([int(w), int(h)]), copy=True)


def planes(img: np.ndarray, fn) -> np.ndarray:  # noqa: ANN001
    if img.ndim == 2:
        return fn(img, 0)
    return np.stack([fn(np.ascontiguousarray(img[:, :, c]), c) for c in range(img.shape[2])], axis=2)


def warp(img: np.ndarray, out_w: int, out_h: int, m: tuple, seed: int, blur: float = 0.5, gain: float = 1.0,
         black: float = 0.0, gamma: float = 1.0, noise: float = 0.01, streak: float = 0.0, bg: float = 255.0) -> np.ndarray:
    """out(x, y) = tone(sample(img, a x + b y + c, d x + e y + f)); m = (a, b, c, d, e, f)."""
    a, b, c, d, e, f = m
    return planes(img, lambda pl, ch: _run("warp", pl, out_w, out_h, dict(a=a, b=b, c=c, d=d, e=e, f=f, blur=blur, gain=gain, black=black,
                                                                          gamma=gamma, noise=noise, streak=streak, bg=bg), seed + ch * 101))


def copier(grey: np.ndarray, seed: int, mid: float, slope: float, speck: float, band: float, band_y: float, band_w: float, fill: float) -> np.ndarray:
    return _run("copier", grey, grey.shape[1], grey.shape[0], dict(mid=mid, slope=slope, speck=speck, band=band, band_y=band_y,
                                                                    band_w=max(band_w, 1.0), fill=fill), seed)


def binarise(grey: np.ndarray, seed: int, thr: float, dither: float) -> np.ndarray:
    return _run("binarise", grey, grey.shape[1], grey.shape[0], dict(thr=thr, dither=dither), seed)


def enhance(grey: np.ndarray, k: float, lift: float) -> np.ndarray:
    return _run("enhance", grey, grey.shape[1], grey.shape[0], dict(k=k, lift=lift))


def area(img: np.ndarray, fac: int) -> np.ndarray:
    fac = max(1, min(8, int(fac)))
    h, w = img.shape[0] // fac, img.shape[1] // fac
    return planes(img, lambda pl, ch: _run("area", pl, w, h, {}, fac))
