"""Leptonica (liblept5) through ctypes: the scaling, thresholding, dithering, morphology, blur, tone and
sharpening that scanner/copier firmware and Tesseract-era tools apply. Images move in and out as PNM
bytes (Pillow encodes/decodes them); every operation on the pixels is Leptonica's."""

from __future__ import annotations

import ctypes as C
import io
from functools import cache

import numpy as np
from PIL import Image

IFF_PNM = 11
L_ROTATE_AREA_MAP = 1
L_BRING_IN_WHITE = 1


@cache
def lib() -> C.CDLL:
    L = C.CDLL("liblept.so.5")
    P = C.c_void_p
    sig = {
        "pixReadMem": (P, [C.c_char_p, C.c_size_t]),
        "pixWriteMem": (C.c_int, [C.POINTER(C.POINTER(C.c_ubyte)), C.POINTER(C.c_size_t), P, C.c_int]),
        "pixDestroy": (None, [C.POINTER(P)]),
        "lept_free": (None, [P]),
        "pixScale": (P, [P, C.c_float, C.c_float]),
        "pixConvertRGBToGray": (P, [P, C.c_float, C.c_float, C.c_float]),
        "pixConvertTo8": (P, [P, C.c_int]),
        "pixConvertTo32": (P, [P]),
        "pixSauvolaBinarize": (C.c_int, [P, C.c_int, C.c_float, C.c_int, P, P, P, C.POINTER(P)]),
        "pixOtsuAdaptiveThreshold": (C.c_int, [P, C.c_int, C.c_int, C.c_int, C.c_int, C.c_float, P, C.POINTER(P)]),
        "pixDitherToBinary": (P, [P]),
        "pixThresholdToBinary": (P, [P, C.c_int]),
        "pixBlockconv": (P, [P, C.c_int, C.c_int]),
        "pixErodeGray": (P, [P, C.c_int, C.c_int]),
        "pixDilateGray": (P, [P, C.c_int, C.c_int]),
        "pixErodeBrick": (P, [P, P, C.c_int, C.c_int]),
        "pixDilateBrick": (P, [P, P, C.c_int, C.c_int]),
        "pixUnsharpMasking": (P, [P, C.c_int, C.c_float]),
        "pixRotate": (P, [P, C.c_float, C.c_int, C.c_int, C.c_int, C.c_int]),
        "pixGammaTRC": (P, [P, P, C.c_float, C.c_int, C.c_int]),
        "pixContrastTRC": (P, [P, P, C.c_float]),
        "pixBackgroundNormSimple": (P, [P, P, P]),
        "pixConvert1To8": (P, [P, P, C.c_ubyte, C.c_ubyte]),
        "ptaCreate": (P, [C.c_int]),
        "ptaAddPt": (C.c_int, [P, C.c_float, C.c_float]),
        "ptaDestroy": (None, [C.POINTER(P)]),
        "pixProjectivePta": (P, [P, P, P, C.c_int]),
        "pixScaleToGray2": (P, [P]),
    }
    for name, (res, args) in sig.items():
        fn = getattr(L, name)
        fn.restype, fn.argtypes = res, args
    L.setMsgSeverity(6)
    return L


class Pix:
    """An owned Leptonica PIX."""

    def __init__(self, ptr):
        if not ptr:
            raise RuntimeError("leptonica returned no image")
        self.ptr = C.c_void_p(ptr)

    def __del__(self):
        if getattr(self, "ptr", None):
            lib().pixDestroy(C.byref(self.ptr))

    @classmethod
    def from_array(cls, a: np.ndarray) -> Pix:
        buf = io.BytesIO()
        Image.fromarray(a).save(buf, "PPM")
        data = buf.getvalue()
        return cls(lib().pixReadMem(data, len(data)))

    def array(self) -> np.ndarray:
        L = lib()
        p = C.POINTER(C.c_ubyte)()
        n = C.c_size_t()
        if L.pixWriteMem(C.byref(p), C.byref(n), self.ptr, IFF_PNM):
            raise RuntimeError("pixWriteMem failed")
        data = C.string_at(p, n.value)
        L.lept_free(p)
        im = Image.open(io.BytesIO(data))
        return np.asarray(im.convert("L") if im.mode == "1" else im)

    # -- operations (each returns a new Pix)
    def scale(self, sx: float, sy: float | None = None) -> Pix:
        return Pix(lib().pixScale(self.ptr, sx, sx if sy is None else sy))

    def gray(self) -> Pix:
        return Pix(lib().pixConvertTo8(self.ptr, 0))

    def rgb(self) -> Pix:
        return Pix(lib().pixConvertTo32(self.ptr))

    def sauvola(self, whsize: int = 12, factor: float = 0.34) -> Pix:
        out = C.c_void_p()
        lib().pixSauvolaBinarize(self.ptr, whsize, factor, 1, None, None, None, C.byref(out))
        return Pix(out.value)

    def otsu(self, tile: int = 300) -> Pix:
        out = C.c_void_p()
        lib().pixOtsuAdaptiveThreshold(self.ptr, tile, tile, 2, 2, 0.1, None, C.byref(out))
        return Pix(out.value)

    def threshold(self, t: int) -> Pix:
        return Pix(lib().pixThresholdToBinary(self.ptr, t))

    def dither(self) -> Pix:
        return Pix(lib().pixDitherToBinary(self.ptr))

    def blur(self, r: int) -> Pix:
        return Pix(lib().pixBlockconv(self.ptr, r, r)) if r > 0 else self

    def erode_gray(self, h: int, v: int) -> Pix:
        return Pix(lib().pixErodeGray(self.ptr, h, v))

    def dilate_gray(self, h: int, v: int) -> Pix:
        return Pix(lib().pixDilateGray(self.ptr, h, v))

    def erode_bin(self, h: int, v: int) -> Pix:
        return Pix(lib().pixErodeBrick(None, self.ptr, h, v))

    def dilate_bin(self, h: int, v: int) -> Pix:
        return Pix(lib().pixDilateBrick(None, self.ptr, h, v))

    def sharpen(self, half: int, fract: float) -> Pix:
        return Pix(lib().pixUnsharpMasking(self.ptr, half, fract))

    def rotate(self, rad: float) -> Pix:
        return Pix(lib().pixRotate(self.ptr, rad, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0))

    def gamma(self, g: float, lo: int = 0, hi: int = 255) -> Pix:
        return Pix(lib().pixGammaTRC(None, self.ptr, g, lo, hi))

    def contrast(self, f: float) -> Pix:
        return Pix(lib().pixContrastTRC(None, self.ptr, f))

    def background_norm(self) -> Pix:
        return Pix(lib().pixBackgroundNormSimple(self.ptr, None, None))

    def to8(self) -> Pix:
        return Pix(lib().pixConvert1To8(None, self.ptr, 255, 0))

    def projective(self, src_pts, dst_pts) -> Pix:
        """Warp so that points `src_pts` (in this image) land on `dst_pts` (in the result)."""
        L = lib()
        ps, pd = C.c_void_p(L.ptaCreate(4)), C.c_void_p(L.ptaCreate(4))
        for (x, y) in src_pts:
            L.ptaAddPt(ps, float(x), float(y))
        for (x, y) in dst_pts:
            L.ptaAddPt(pd, float(x), float(y))
        out = Pix(L.pixProjectivePta(self.ptr, pd, ps, 1))
        L.ptaDestroy(C.byref(ps))
        L.ptaDestroy(C.byref(pd))
        return out
