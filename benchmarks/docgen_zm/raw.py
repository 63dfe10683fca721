"""A phone's raw pipeline for family ZM: the rendered scene mosaicked to a Bayer CFA at the exposure
the light gives (shot noise from the electron count, read noise, a 12-bit ADC), written as a DNG with
pidng and developed by LibRaw through rawpy — its AHD/DCB/DHT/AAHD/VNG/PPG/linear demosaics, white
balance and highlight modes standing in for different phones' ISPs — then toned and sharpened by
Leptonica and encoded like a phone."""

from __future__ import annotations

import os
import tempfile

import numpy as np

from benchmarks.docgen_zm.lept import Pix

# XYZ(D65) → linear sRGB: the DNG's ColorMatrix1, so the sensor's RGB is linear sRGB
XYZ_TO_SRGB = [[3.2406, -1.5372, -0.4986], [-0.9689, 1.8758, 0.0415], [0.0557, -0.2040, 1.0570]]
BLACK, WHITE = 64, 4095


def _dng(cfa: np.ndarray, neutral, path: str) -> None:
    from pidng.core import RAW2DNG, DNGTags, Tag
    from pidng.defs import (
        CalibrationIlluminant,
        CFAPattern,
        DNGVersion,
        Orientation,
        PhotometricInterpretation,
    )

    h, w = cfa.shape
    t = DNGTags()
    t.set(Tag.ImageWidth, w)
    t.set(Tag.ImageLength, h)
    t.set(Tag.TileWidth, w)
    t.set(Tag.TileLength, h)
    t.set(Tag.Orientation, Orientation.Horizontal)
    t.set(Tag.PhotometricInterpretation, PhotometricInterpretation.Color_Filter_Array)
    t.set(Tag.SamplesPerPixel, 1)
    t.set(Tag.BitsPerSample, 16)
    t.set(Tag.CFARepeatPatternDim, [2, 2])
    t.set(Tag.CFAPattern, CFAPattern.RGGB)
    t.set(Tag.BlackLevel, BLACK)
    t.set(Tag.WhiteLevel, WHITE)
    t.set(Tag.ColorMatrix1, [[round(v * 10000), 10000] for row in XYZ_TO_SRGB for v in row])
    t.set(Tag.CalibrationIlluminant1, CalibrationIlluminant.D65)
    t.set(Tag.AsShotNeutral, [[round(v * 10000), 10000] for v in neutral])
    t.set(Tag.BaselineExposure, [[0, 100]])
    t.set(Tag.Make, "ZM")
    t.set(Tag.Model, "Phone")
    t.set(Tag.DNGVersion, DNGVersion.V1_4)
    t.set(Tag.DNGBackwardVersion, DNGVersion.V1_2)
    r = RAW2DNG()
    r.options(t, path="", compress=False)
    r.convert(cfa, filename=path[:-4])


def develop(scene: np.ndarray, rng, isp: dict, workdir: str) -> np.ndarray:
    """`scene`: float RGB in [0,1] (display-referred, as rendered). Returns the phone's 8-bit RGB."""
    import rawpy

    h, w = scene.shape[:2]
    h, w = h - h % 2, w - w % 2
    s32 = scene.astype(np.float32)
    cfa = np.empty((h, w), np.float32)  # RGGB: each photosite keeps one channel of the scene
    cfa[0::2, 0::2] = s32[0:h:2, 0:w:2, 0]
    cfa[0::2, 1::2] = s32[0:h:2, 1:w:2, 1]
    cfa[1::2, 0::2] = s32[1:h:2, 0:w:2, 1]
    cfa[1::2, 1::2] = s32[1:h:2, 1:w:2, 2]
    np.clip(cfa, 0, 1, out=cfa)
    cfa **= 2.2  # display-referred render → linear light
    illum = np.asarray(isp["illum"], np.float32)
    cfa[0::2, 0::2] *= illum[0]
    cfa[0::2, 1::2] *= illum[1]
    cfa[1::2, 0::2] *= illum[1]
    cfa[1::2, 1::2] *= illum[2]
    ae = isp.get("target", 0.55) / max(float(np.percentile(cfa[0::4, 1::4], 92)), 1e-3)
    cfa *= min(ae, 60.0)
    np.clip(cfa, 0, 1.2, out=cfa)
    full_e = isp["full_well_e"]  # electrons at full scale at this ISO: fewer in low light
    scale = (WHITE - BLACK) / full_e
    # shot noise (variance = electrons) and read noise (DN) drawn together as one Gaussian per photosite
    e = cfa * full_e
    sd = np.sqrt(e * scale * scale + isp["read_noise_dn"] ** 2)
    dn = BLACK + e * scale + sd * rng.standard_normal(e.shape, dtype=np.float32)
    raw = np.clip(np.rint(dn), 0, WHITE).astype(np.uint16)
    g = illum[1]
    err = np.asarray(isp.get("wb_error", (1.0, 1.0, 1.0)))
    neutral = [illum[0] / g * err[0], 1.0, illum[2] / g * err[2]]
    fd, path = tempfile.mkstemp(suffix=".dng", dir=workdir)
    os.close(fd)
    try:
        _dng(raw, neutral, path)
        with rawpy.imread(path) as r:
            rgb = r.postprocess(demosaic_algorithm=getattr(rawpy.DemosaicAlgorithm, isp["demosaic"]),
                                use_camera_wb=True, output_bps=8, no_auto_bright=isp.get("no_auto_bright", True),
                                bright=isp.get("bright", 1.0),
                                highlight_mode=getattr(rawpy.HighlightMode, isp.get("highlight", "Clip")),
                                gamma=isp.get("gamma", (2.222, 4.5)), output_color=rawpy.ColorSpace.sRGB,
                                median_filter_passes=isp.get("median", 0), user_flip=0)
    finally:
        os.unlink(path)
    pix = Pix.from_array(rgb)
    if abs(isp.get("tone_gamma", 1.0) - 1.0) > 0.03 or isp.get("tone_lo", 0) > 4:
        pix = pix.gamma(isp["tone_gamma"], isp.get("tone_lo", 0), isp.get("tone_hi", 255))
    if isp.get("contrast", 0) > 0.15:
        pix = pix.contrast(isp["contrast"])
    if isp.get("sharpen", 0) > 0:
        pix = pix.sharpen(isp.get("sharpen_half", 2), isp["sharpen"])
    if isp.get("scale", 1.0) != 1.0:
        pix = pix.scale(isp["scale"])
    return pix.array()


def phone_isp(rng, low_light: bool, illum) -> dict:
    """One phone's ISP: demosaic (LibRaw's own), highlight mode, tone and sharpening, sensor noise."""
    alg = str(rng.choice(["AHD", "DCB", "PPG", "LINEAR", "VNG", "DHT", "AAHD"], p=[0.22, 0.1, 0.3, 0.22, 0.06, 0.05, 0.05]))
    return {
        "illum": illum, "demosaic": alg,
        "highlight": str(rng.choice(["Clip", "Blend", "Ignore"])),
        "full_well_e": float(rng.uniform(90, 260)) if low_light else float(rng.uniform(1500, 6000)),
        "read_noise_dn": float(rng.uniform(2.0, 6.0)) if low_light else float(rng.uniform(0.8, 2.5)),
        "target": float(rng.uniform(0.35, 0.5)) if low_light else float(rng.uniform(0.5, 0.72)),
        "wb_error": (float(rng.uniform(0.93, 1.07)), 1.0, float(rng.uniform(0.93, 1.07))),
        "gamma": (2.222, 4.5) if rng.random() < 0.6 else (2.4, 12.92),
        "median": 1 if low_light and rng.random() < 0.5 else 0,
        "tone_gamma": float(rng.uniform(0.8, 1.05)), "tone_lo": int(rng.integers(0, 18)), "tone_hi": int(rng.integers(225, 256)),
        "contrast": float(rng.uniform(0.0, 0.5)),
        "sharpen": float(rng.uniform(0.2, 0.7)), "sharpen_half": int(rng.integers(1, 4)),
    }
