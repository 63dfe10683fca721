"""darktable develops family ZG's frames headless: each frame is a TIFF with an XMP sidecar whose history
holds the modules of its look (exposure, colour correction for white balance casts, haze removal, blurs for
shake and defocus, lowpass, sharpen, grain, vignette, monochrome, rgb curve contrast, Floyd–Steinberg
dither for faxes). One `darktable-cli` run develops a whole batch (its start costs more than a frame),
with a private config dir and an in-memory library. Module parameters are the C structs of darktable 4.2
packed little-endian (layouts as its built-in presets store them)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

BLEND = "gz14eJxjYIAACQYYOOHEgAZY0QVwggZ7CB6pfNoAAE8gGQg="  # darktable 4.2's default blend parameters
RGBCURVE_HIGH = (  # darktable 4.2's built-in rgbcurve preset "contrast - high (linear)", as its presets table stores it
    "00000000000000000ad7a33d0ad7233d7b142e3eae47e13d0000003f0000003fe17a543f0ad7633f1f856b3f90c2753f"
    "0000803f0000803f00000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000ad7a33d0ad7a33d9a99993e9a99993e0000003f0000003f"
    "3333333f3333333f1f856b3f1f856b3f0000803f0000803f000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000ad7a33d0ad7a33d"
    "9a99993e9a99993e0000003f0000003f3333333f3333333f1f856b3f1f856b3f0000803f0000803f0000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "070000000700000007000000000000000000000000000000000000000100000001000000")


def _hx(fmt: str, *vals) -> str:
    return struct.pack("<" + fmt, *vals).hex()


def exposure(ev: float, black: float = 0.0):
    return ("exposure", 6, _hx("iffffi", 0, black, ev, 50.0, -4.0, 0))


def colorcorrection(hia: float, hib: float, loa: float, lob: float, sat: float = 1.0):
    return ("colorcorrection", 1, _hx("fffff", hia, hib, loa, lob, sat))


def grain(iso: float, strength: float):
    return ("grain", 2, _hx("ifff", 0, iso / 53.3, strength, 0.0))


def blurs_motion(radius: int, angle: float, curvature: float = 0.0):
    return ("blurs", 1, _hx("iiiffffff", 1, max(4, radius), 5, 1.0, 1.0, 0.0, angle, curvature, 0.0))


def blurs_lens(radius: int):
    return ("blurs", 1, _hx("iiiffffff", 0, max(4, radius), 6, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0))


def lowpass(radius: float, contrast: float = 1.0, brightness: float = 0.0, saturation: float = 1.0):
    return ("lowpass", 4, _hx("iffffii", 0, radius, contrast, brightness, saturation, 0, 1))


def sharpen(radius: float, amount: float, threshold: float = 0.5):
    return ("sharpen", 1, _hx("fff", radius, amount, threshold))


def vignette(scale: float, falloff: float, brightness: float, saturation: float = 0.0):
    return ("vignette", 4, _hx("ffffffiffii", scale, falloff, brightness, saturation, 0.0, 0.0, 1, 1.0, 1.0, 0, 1))


def hazeremoval(strength: float, distance: float):
    return ("hazeremoval", 1, _hx("ff", strength, distance))


def monochrome():
    return ("monochrome", 2, _hx("ffff", 0.0, 0.0, 2.0, 0.0))


def dither_1bit():
    return ("dither", 1, _hx("iiffffff", 1, 0, 0.0, 0.0, 0.0, 1.0, 1.0, -200.0))


def contrast_high():
    return ("rgbcurve", 1, RGBCURVE_HIGH)


def xmp(ops: list[tuple[str, int, str]]) -> str:
    lis = "".join(
        f'<rdf:li darktable:num="{n}" darktable:operation="{op}" darktable:enabled="1" darktable:modversion="{ver}" '
        f'darktable:params="{params}" darktable:multi_name="" darktable:multi_priority="0" darktable:blendop_version="11" '
        f'darktable:blendop_params="{BLEND}"/>' for n, (op, ver, params) in enumerate(ops))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 4.4.0-Exiv2">'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
            'xmlns:darktable="http://darktable.sf.net/" darktable:xmp_version="5" darktable:raw_params="0" '
            f'darktable:auto_presets_applied="1" darktable:history_end="{len(ops)}" darktable:iop_order_version="2">'
            f'<darktable:masks_history><rdf:Seq/></darktable:masks_history><darktable:history><rdf:Seq>{lis}'
            '</rdf:Seq></darktable:history></rdf:Description></rdf:RDF></x:xmpmeta>\n')


_CONF: Path | None = None


def _confdir() -> Path:
    global _CONF
    if _CONF is None:
        _CONF = Path(tempfile.mkdtemp(prefix="zg_darktable_"))
    return _CONF


def _run(inputs: list[Path], out_dir: Path) -> None:
    cmd = ["darktable-cli"]
    for p in inputs:
        cmd += ["--import", str(p)]
    cmd += [str(out_dir) + "/", "--out-ext", "tif", "--apply-custom-presets", "false",
            "--core", "--library", ":memory:", "--configdir", str(_confdir()), "--conf", "opencl=FALSE",
            "--conf", "plugins/imageio/format/tiff/bpp=8", "--conf", "plugins/imageio/format/tiff/compress=0"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    if r.returncode != 0:
        raise RuntimeError(f"darktable-cli failed ({r.returncode}): {r.stderr[-600:]} {r.stdout[-600:]}")


def develop(jobs: list[tuple[np.ndarray, list, str]], work: Path) -> list[np.ndarray]:
    """Develop every (frame, ops, name) with its own XMP in one darktable-cli run; returns the frames."""
    if not jobs:
        return []
    src = work / "dt_in"
    dst = work / "dt_out"
    src.mkdir(parents=True, exist_ok=True)
    dst.mkdir(parents=True, exist_ok=True)
    paths = []
    for img, ops, name in jobs:
        p = src / f"{name}.tif"
        Image.fromarray(img).save(p)
        (src / f"{name}.tif.xmp").write_text(xmp(ops) if ops else xmp([exposure(0.0)]))
        paths.append(p)
    _run(paths, dst)
    out = []
    for _, _, name in jobs:
        f = dst / f"{name}.tif"
        out.append(np.asarray(Image.open(f).convert("RGB")))
    shutil.rmtree(src, ignore_errors=True)
    shutil.rmtree(dst, ignore_errors=True)
    return out
