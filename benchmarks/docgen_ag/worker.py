"""Family AG's one worker process per generate call: reads jobs (one JSON line each) from stdin, draws the page
with raster.py, runs the capture steps (capture.py's numba kernels) and encodes the file; answers one line per
job. Started by generate.py with an explicit environment (NUMBA_CACHE_DIR in the family's cache folder)."""

from __future__ import annotations

import io
import json
import sys

import numpy as np
from PIL import Image

from benchmarks.docgen_ag import capture as C
from benchmarks.docgen_ag.raster import render


def run_steps(img: np.ndarray, steps: list, dpi: float) -> np.ndarray:
    for st in steps:
        name, a = st[0], st[1:]
        if name == "overlay":  # a layer drawn on the paper at this point (same page geometry)
            lay = render(a[0], dpi)
            if lay.shape[:2] == img.shape[:2]:
                img = (img * lay).astype(np.float32)
            else:
                hh, ww = min(lay.shape[0], img.shape[0]), min(lay.shape[1], img.shape[1])
                img[:hh, :ww] *= lay[:hh, :ww]
        elif name == "glare":
            C.glare(img, a[0], a[1], a[2], a[3], np.asarray(a[4], np.float64))
        elif name == "band":
            C.band(img, *a)
        elif name == "thumb":
            C.thumb(img, *a)
        elif name == "haze":
            img = (img * (1 - a[0]) + a[0] * np.asarray(a[1], np.float32)).astype(np.float32)
        elif name == "subpixels":
            C.subpixels(img, int(a[0]), float(a[1]))
        elif name == "rot90":
            img = np.ascontiguousarray(np.rot90(img, int(a[0])))
        elif name == "pad":  # (top, right, bottom, left) pixels of paper colour a[4]
            t, r, b, lft, col = a
            out = np.empty((img.shape[0] + t + b, img.shape[1] + lft + r, 3), np.float32)
            out[:] = np.asarray(col, np.float32)
            out[t:t + img.shape[0], lft:lft + img.shape[1]] = img
            img = out
        elif name == "warp":
            hinv, oh, ow, gk, gseed, grgb, k1 = a
            g = C.ground(int(oh), int(ow), int(gk), int(gseed), *grgb)
            img = C.warp(img, np.asarray(hinv, np.float64).reshape(3, 3), int(oh), int(ow), g, float(k1))
        elif name == "lighting":
            C.lighting(img, *a)
        elif name == "gauss":
            img = C.gauss(img, float(a[0]), float(a[1]))
        elif name == "motion":
            img = C.motion(img, float(a[0]), float(a[1]), int(a[2]))
        elif name == "sensor":
            C.sensor(img, int(a[0]), float(a[1]), float(a[2]))
        elif name == "toner":
            C.toner(img, *a)
        elif name == "resample":
            img = C.resample(img, int(a[0]), int(a[1]))
        elif name == "enhance":
            img = C.enhance(img, *a)
        elif name == "bilevel":
            img = C.bilevel(img, float(a[0]), bool(a[1]), int(a[2]), float(a[3]))
        elif name == "rowdouble":
            img = np.repeat(img, 2, axis=0)
        elif name == "jpeg_cycle":  # a chat app's re-encode: decode what it sent
            buf = io.BytesIO()
            Image.fromarray(_u8(img)).save(buf, "JPEG", quality=int(a[0]), subsampling=2)
            img = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"), np.float32) / 255.0
        else:
            raise ValueError(name)
    return img


def _u8(img: np.ndarray) -> np.ndarray:
    if img.dtype == np.uint8:
        return img
    return (np.clip(img, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)


def save(img: np.ndarray, path: str, fmt: dict) -> None:
    a = _u8(img)
    kind = fmt["format"]
    if kind == "tiff-g4":
        Image.fromarray(a).convert("1").save(path, "TIFF", compression="group4", dpi=tuple(fmt["dpi"]))
        return
    im = Image.fromarray(a)
    if fmt.get("gray") and im.mode == "RGB":
        im = im.convert("L")
    if kind == "png":
        im.save(path, "PNG", dpi=tuple(fmt.get("dpi", (72, 72))), optimize=False, compress_level=3)
    elif kind == "jpeg":
        im.save(path, "JPEG", quality=int(fmt["quality"]), dpi=tuple(fmt.get("dpi", (72, 72))), subsampling=2 if fmt["quality"] < 90 else 0)
    elif kind == "pdf-raster":  # a scanner app's PDF export: the JPEG page wrapped in a PDF
        import pikepdf

        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=int(fmt["quality"]))
        pdf = pikepdf.new()
        w_pt, h_pt = im.width * 72 / fmt["dpi"][0], im.height * 72 / fmt["dpi"][1]
        xo = pikepdf.Stream(pdf, buf.getvalue())
        xo.Type, xo.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        xo.Width, xo.Height, xo.BitsPerComponent = im.width, im.height, 8
        xo.ColorSpace = pikepdf.Name.DeviceGray if im.mode == "L" else pikepdf.Name.DeviceRGB
        xo.Filter = pikepdf.Name.DCTDecode
        content = pikepdf.Stream(pdf, f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode())
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, round(w_pt, 2), round(h_pt, 2)],
                                  Contents=pdf.make_indirect(content),
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=pdf.make_indirect(xo))))
        pdf.pages.append(pikepdf.Page(page))
        pdf.docinfo["/Producer"] = "docgen_ag scanner-app export"
        pdf.save(path, deterministic_id=True)
    else:
        raise ValueError(kind)


def run_job(job: dict) -> None:
    img = render(job["doc"], job["dpi"])
    img = run_steps(img, job["steps"], job["dpi"])
    save(img, job["out"], job["save"])


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            run_job(json.loads(line))
            sys.stdout.write("ok\n")
        except Exception as exc:  # report to the parent, which raises
            sys.stdout.write("err " + json.dumps(f"{type(exc).__name__}: {exc}") + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
