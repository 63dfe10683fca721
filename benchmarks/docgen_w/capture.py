"""Family W's captures, all made by ffmpeg's filters on the page image as a one-frame input: what a
综合受理 window receives — flatbed and feeder scans, photocopies and copies of copies, fine/standard fax,
phone photos on a desk at an angle, 高拍仪 frames, scanner-app output, chat-forwarded photos
screenshotted in the viewer, e-licence screens photographed, low light, motion, plastic sleeves; then
encoded by ffmpeg's own encoders (mjpeg at a quality, png, tiff, webp; 1-bit monob) or saved as PDF by
Pillow. Occluders (glare cores, the frame's edge) are decided in page coordinates, so the fields they
hide are known and marked unreadable."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import numpy as np

from benchmarks.docgen_w import values as V

pick = V.pick
Box = tuple[int, int, int, int]


def ff(inputs: list[str], graph: str, out: Path, enc: list[str] | None = None, complex_: bool = False) -> Path:
    """One ffmpeg run, argument list (no shell), one output frame; raises on failure."""
    cmd = ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-threads", "1", "-filter_threads", "1"]
    if complex_:
        cmd += ["-filter_complex_threads", "1"]
    for i in inputs:
        if i.startswith("lavfi:"):
            cmd += ["-f", "lavfi", "-i", i[6:]]
        else:
            cmd += ["-i", i]
    cmd += (["-filter_complex", graph + ",setsar=1"] if complex_ else ["-vf", graph + ",setsar=1"])
    cmd += ["-frames:v", "1", "-update", "1"] + (enc or ["-c:v", "png"]) + [str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    if r.returncode != 0 or not out.exists():
        raise RuntimeError(f"ffmpeg failed ({r.returncode}): {r.stderr[-800:]}\n{' '.join(cmd)}")
    return out


def size_of(png: Path) -> tuple[int, int]:
    with open(png, "rb") as fh:
        head = fh.read(24)
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def _hit(boxes: dict[str, list[Box]], inside) -> set[str]:  # noqa: ANN001 - predicate on a point
    """Keys whose value box has a corner (or its centre) for which `inside` is false."""
    out = set()
    for k, bs in boxes.items():
        for a, b, c, d in bs:
            pts = [(a, b), (c, b), (a, d), (c, d), ((a + c) / 2, (b + d) / 2)]
            if not all(inside(x, y) for x, y in pts):
                out.add(k)
    return out


def _covered(boxes: dict[str, list[Box]], covered) -> set[str]:  # noqa: ANN001
    """Keys with any sampled point of a value box for which `covered` is true (a glare core, a note)."""
    out = set()
    for k, bs in boxes.items():
        for a, b, c, d in bs:
            for i in range(7):
                for j in range(3):
                    if covered(a + (c - a) * i / 6, b + (d - b) * j / 2):
                        out.add(k)
    return out


# ----------------------------------------------------------------------------- page-space stages
def glare(rng: np.random.Generator, src: Path, tmp: Path, boxes: dict[str, list[Box]], strong: bool) -> tuple[Path, set[str]]:
    """A lamp's or window's reflection: a bright soft ellipse screened over the page; where it saturates
    (≥ 0.92 of white) the print is gone."""
    w, h = size_of(src)
    cx, cy = float(rng.uniform(0.15, 0.85)) * w, float(rng.uniform(0.2, 0.8)) * h
    rx, ry = float(rng.uniform(0.08, 0.2)) * w, float(rng.uniform(0.05, 0.14)) * h
    peak = float(rng.uniform(1.05, 1.5)) if strong else float(rng.uniform(0.5, 0.85))
    sw, sh = max(8, w // 8), max(8, h // 8)
    expr = f"min(255,255*{peak:.3f}*exp(-((X*{w / sw:.4f}-{cx:.1f})/{rx:.1f})^2-((Y*{h / sh:.4f}-{cy:.1f})/{ry:.1f})^2))"
    out = tmp / "glare.png"
    ff([str(src), f"lavfi:color=c=black:s={sw}x{sh}"],
       f"[1:v]format=gray,geq=lum='{expr}',scale={w}x{h}:flags=bicubic,setsar=1,format=gbrp[m];[0:v]format=gbrp,setsar=1[p];"
       f"[p][m]blend=all_mode=screen,format=rgb24", out, complex_=True)
    lim = math.log(peak / 0.92) if peak > 0.92 else -1.0
    hidden = _covered(boxes, lambda x, y: ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= lim)
    return out, hidden


def shadow_fold(rng: np.random.Generator, src: Path, tmp: Path, fold: bool, shadow: bool) -> Path:
    """Folds (a crease across the page where it was folded in half or thirds) and a soft shadow (a hand,
    the phone) multiplied over one side."""
    w, h = size_of(src)
    chain = "format=rgb24"
    if fold:
        horizontal = rng.random() < 0.5
        parts = [0.5] if rng.random() < 0.5 else [1 / 3, 2 / 3]
        for f in parts:
            if horizontal:
                y = int(h * f + rng.uniform(-0.02, 0.02) * h)
                chain += f",drawbox=x=0:y={y}:w=iw:h={max(1, h // 500)}:color=0x707070@0.55:t=fill"
                chain += f",drawbox=x=0:y={y + max(1, h // 500)}:w=iw:h={max(2, h // 250)}:color=white@0.5:t=fill"
            else:
                x = int(w * f + rng.uniform(-0.02, 0.02) * w)
                chain += f",drawbox=x={x}:y=0:w={max(1, w // 500)}:h=ih:color=0x707070@0.55:t=fill"
                chain += f",drawbox=x={x + max(1, w // 500)}:y=0:w={max(2, w // 250)}:h=ih:color=white@0.5:t=fill"
    out = tmp / "sf.png"
    if shadow:
        sw, sh = max(8, w // 10), max(8, h // 10)
        side = pick(rng, ["X", "Y", "(W-X)", "(H-Y)"])
        span = {"X": sw, "Y": sh, "(W-X)": sw, "(H-Y)": sh}[side]
        depth = float(rng.uniform(0.25, 0.5))
        expr = f"255*(1-{depth:.3f}*exp(-{side}/{span * float(rng.uniform(0.12, 0.35)):.2f}))"
        ff([str(src), f"lavfi:color=c=white:s={sw}x{sh}"],
           f"[0:v]{chain},format=gbrp,setsar=1[p];[1:v]format=gray,geq=lum='{expr}',scale={w}x{h}:flags=bicubic,setsar=1,format=gbrp[m];"
           f"[p][m]blend=all_mode=multiply,format=rgb24", out, complex_=True)
    else:
        ff([str(src)], chain, out)
    return out


# ----------------------------------------------------------------------------- backgrounds
def desk(rng: np.random.Generator, w: int, h: int) -> str:
    """A lavfi source for a desk / counter: wood grain, grey laminate, dark glass, a 高拍仪 mat."""
    kind = pick(rng, ["wood", "wood", "laminate", "glass", "cloth"])
    seed = int(rng.integers(1, 10**6))
    if kind == "wood":
        c = pick(rng, ["0x8a6a4a", "0x6e4f36", "0xa5835e", "0x5b3d2a"])
        return f"color=c={c}:s={max(4, w // 60)}x{h},noise=alls=45:allf=u:all_seed={seed},scale={w}x{h}:flags=bicubic,gblur=sigma=1.2"
    if kind == "laminate":
        c = pick(rng, ["0xb9b6ad", "0xd4d0c4", "0x9da3a8"])
        return f"color=c={c}:s={w}x{h},noise=alls=10:allf=u:all_seed={seed},gblur=sigma=1.5"
    if kind == "glass":
        return f"color=c={pick(rng, ['0x2b2f33', '0x1e2326', '0x3a3f3a'])}:s={w}x{h},noise=alls=6:allf=u:all_seed={seed}"
    return f"color=c={pick(rng, ['0x2e4a6b', '0x3d5c3a', '0x555555'])}:s={max(4, w // 3)}x{max(4, h // 3)},noise=alls=25:allf=u:all_seed={seed},scale={w}x{h}:flags=neighbor,gblur=sigma=1"


# ----------------------------------------------------------------------------- photo geometry
def photo(rng: np.random.Generator, src: Path, tmp: Path, boxes: dict[str, list[Box]], frame_long: int,
          margin: float, tilt: float, bg: str | None = None, cut: bool = False) -> tuple[Path, set[str]]:
    """The page on a desk seen by a camera: padded onto the background, a source quadrilateral taken to
    the whole frame by `perspective` (the camera's tilt), scaled to the frame. Value boxes outside the
    quadrilateral are cut off."""
    w, h = size_of(src)
    mx, my = int(w * margin), int(h * margin)
    W, H = w + 2 * mx, h + 2 * my
    bgsrc = bg or desk(rng, W, H)
    quad = []
    for cxn, cyn in ((0, 0), (1, 0), (0, 1), (1, 1)):
        jx = min(float(rng.uniform(0, tilt)) * W, 0.85 * mx)  # the camera frames the whole page …
        jy = min(float(rng.uniform(0, tilt)) * H, 0.85 * my)
        quad.append((cxn * W + (jx if cxn == 0 else -jx), cyn * H + (jy if cyn == 0 else -jy)))
    if cut:  # … unless one side of the frame reaches into the page
        side = int(rng.integers(4))
        d = float(rng.uniform(0.05, 0.14))
        q = [list(p) for p in quad]
        if side == 0:
            q[0][0] = q[2][0] = mx + d * w
        elif side == 1:
            q[1][0] = q[3][0] = W - mx - d * w
        elif side == 2:
            q[0][1] = q[1][1] = my + d * h
        else:
            q[2][1] = q[3][1] = H - my - d * h
        quad = [tuple(p) for p in q]
    scale = frame_long / max(W, H)
    ow, oh = int(W * scale) // 2 * 2, int(H * scale) // 2 * 2
    p = "".join(f":x{i}={x:.1f}:y{i}={y:.1f}" for i, (x, y) in enumerate(quad))
    out = tmp / "photo.png"
    ff([str(src), f"lavfi:{bgsrc}"],
       f"[0:v]format=rgb24,setsar=1[pg];[1:v]format=rgb24,setsar=1[bg];[bg][pg]overlay=x={mx}:y={my},"
       f"perspective=sense=source:interpolation=cubic{p},scale={ow}x{oh}:flags=bicubic,format=rgb24", out, complex_=True)

    def inside(x: float, y: float) -> bool:
        X, Y = x + mx, y + my
        tl, tr, bl, br = quad
        poly = [tl, tr, br, bl]
        s = 0
        for i in range(4):
            (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % 4]
            cr = (x2 - x1) * (Y - y1) - (y2 - y1) * (X - x1)
            s += 1 if cr >= 0 else -1
        return abs(s) == 4
    return out, _hit(boxes, inside)


def optics(rng: np.random.Generator, src: Path, tmp: Path, blur: float, noise: int, bright: float, contrast: float,
           gamma: float = 1.0, vignette: bool = True, lens: float = 0.0, cast: bool = False, motion: int = 0,
           sat: float = 1.0) -> Path:
    """The camera's optics and sensor: lens distortion, vignetting, blur (focus or motion), exposure,
    white balance, sensor noise."""
    f = ["format=rgb24"]
    if lens:
        f.append(f"lenscorrection=k1={lens:.3f}:k2={lens / 4:.3f}")
    if blur > 0:
        f.append(f"gblur=sigma={blur:.2f}")
    if motion:
        if rng.random() < 0.5:
            f.append(f"avgblur=sizeX={motion}:sizeY=1")
        else:
            k = "0 0 0 0 0 0 0 0 1 0 0 0 0 0 0 0 1 0 0 0 0 0 0 0 1"  # a diagonal smear
            f.append(f"convolution=0m='{k}':1m='{k}':2m='{k}':0rdiv=1/3:1rdiv=1/3:2rdiv=1/3")
    if cast:
        rr, bb = float(rng.uniform(0.92, 1.08)), float(rng.uniform(0.85, 1.05))
        f.append(f"colorchannelmixer=rr={rr:.3f}:gg=1:bb={bb:.3f}")
    f.append(f"eq=brightness={bright:.3f}:contrast={contrast:.3f}:gamma={gamma:.3f}:saturation={sat:.3f}")
    if vignette:
        f.append(f"vignette=angle={float(rng.uniform(0.3, 0.7)):.3f}")
    if noise:
        f.append(f"noise=alls={noise}:allf=t:all_seed={int(rng.integers(1, 10**6))}")
    out = tmp / "optics.png"
    ff([str(src)], ",".join(f), out)
    return out


# ----------------------------------------------------------------------------- scanners and copiers
def scan(rng: np.random.Generator, src: Path, tmp: Path, gray: bool, factor: float, skew: float, feeder: bool = False) -> Path:
    w, h = size_of(src)
    ow, oh = int(w * factor) // 2 * 2, int(h * factor) // 2 * 2
    f = [f"scale={ow}x{oh}:flags={pick(rng, ['area', 'bicubic', 'lanczos'])}",
         f"rotate={math.radians(skew):.5f}:ow=rotw({math.radians(skew):.5f}):oh=roth({math.radians(skew):.5f}):c=white"]
    if feeder:
        f.append("convolution=0m='0 1 0 0 2 0 0 1 0':1m='0 1 0 0 2 0 0 1 0':2m='0 1 0 0 2 0 0 1 0':0rdiv=1/4:1rdiv=1/4:2rdiv=1/4")
        x = int(rng.uniform(0.1, 0.9) * ow)
        f.append(f"drawbox=x={x}:y=0:w=1:h=ih:color=0x909090@0.5:t=fill")
    f.append(f"eq=contrast={float(rng.uniform(1.0, 1.15)):.3f}:brightness={float(rng.uniform(0.0, 0.04)):.3f}")
    f.append(f"noise=alls={int(rng.integers(2, 7))}:allf=u:all_seed={int(rng.integers(1, 10**6))}")
    f.append("format=gray" if gray else "format=rgb24")
    out = tmp / "scan.png"
    ff([str(src)], ",".join(f), out)
    return out


def photocopy(rng: np.random.Generator, src: Path, tmp: Path, generations: int) -> Path:
    """A grey photocopier: contrast pushed, toner speckle, a little blur, a skew; again for a copy of a copy."""
    cur = src
    light = rng.random() < 0.15  # a copier short of toner
    for g in range(generations):
        sk = math.radians(float(rng.uniform(-1.2, 1.2)))
        if light:
            curve = f"0/{float(rng.uniform(0.08, 0.18)):.3f} 0.5/0.62 0.85/0.95 1/1"
        else:
            curve = f"0/0 0.45/{float(rng.uniform(0.3, 0.42)):.3f} 0.8/{float(rng.uniform(0.88, 0.95)):.3f} 1/1"
        f = ["format=gray", f"rotate={sk:.5f}:c=white", f"curves=all='{curve}'",
             f"gblur=sigma={float(rng.uniform(0.3, 0.7)):.2f}",
             f"noise=alls={int(rng.integers(5, 13))}:allf=u:all_seed={int(rng.integers(1, 10**6))}",
             f"eq=contrast={float(rng.uniform(1.0, 1.2)):.3f}:brightness={float(rng.uniform(-0.02, 0.03)):.3f}"]
        out = tmp / f"copy{g}.png"
        ff([str(cur)], ",".join(f), out)
        cur = out
    return cur


def fax(rng: np.random.Generator, src: Path, tmp: Path, fine: bool) -> Path:
    """ITU T.4 fax: 8 dots/mm across, 7.7 (fine) or 3.85 (standard) lines/mm down, 1 bit, shown square."""
    w, h = size_of(src)
    ow = 1728 if w < h else 2048
    oh = int(h * ow / w)
    lines = oh if fine else oh // 2
    out = tmp / "fax.png"
    ff([str(src)], f"format=gray,scale={ow}x{lines}:flags=area,eq=contrast={float(rng.uniform(1.2, 1.6)):.2f},"
       f"scale={ow}x{oh}:flags=neighbor,format=monob", out)
    return out


# ----------------------------------------------------------------------------- screens
def phone_frame(rng: np.random.Generator, src: Path, tmp: Path, ui_png: Path, area: tuple[int, int, int, int]) -> Path:
    """A picture placed into a phone screen (a chat viewer or the e-licence app) rendered by Inkscape:
    `area` is the screen region (x, y, w, h) the picture is fitted into."""
    x, y, aw, ah = area
    w, h = size_of(src)
    s = min(aw / w, ah / h)
    pw, ph = int(w * s) // 2 * 2, int(h * s) // 2 * 2
    out = tmp / "screen.png"
    ff([str(ui_png), str(src)],
       f"[1:v]scale={pw}x{ph}:flags={pick(rng, ['bilinear', 'bicubic', 'area'])},format=rgb24,setsar=1[pic];[0:v]format=rgb24,setsar=1[ui];"
       f"[ui][pic]overlay=x={x + (aw - pw) // 2}:y={y + (ah - ph) // 2},format=rgb24", out, complex_=True)
    return out


def moire(rng: np.random.Generator, src: Path, tmp: Path) -> Path:
    """A screen photographed: the pixel grid beating with the sensor's, as faint bands multiplied over
    the screen (a pattern made at quarter size by `geq`, scaled up, `blend` multiply)."""
    w, h = size_of(src)
    sw, sh = max(8, w // 4), max(8, h // 4)
    fx, fy = float(rng.uniform(0.08, 0.3)), float(rng.uniform(0.08, 0.3))
    amp = float(rng.uniform(0.03, 0.07))
    out = tmp / "moire.png"
    ff([str(src), f"lavfi:color=c=white:s={sw}x{sh}"],
       f"[1:v]format=gray,geq=lum='255*(1-{amp:.3f}*(1+sin(X*{fx:.4f}+Y*{fy:.4f})))',scale={w}x{h}:flags=bicubic,setsar=1,format=gbrp[m];"
       f"[0:v]format=gbrp,setsar=1[p];[p][m]blend=all_mode=multiply,format=rgb24", out, complex_=True)
    return out


def recompress(rng: np.random.Generator, src: Path, tmp: Path, long_side: int, q: int) -> Path:
    """A chat app's forward: resized to its long side and JPEG-compressed, read back."""
    w, h = size_of(src)
    s = min(1.0, long_side / max(w, h))
    j = tmp / "chat.jpg"
    ff([str(src)], f"scale={int(w * s) // 2 * 2}x{int(h * s) // 2 * 2}:flags=bicubic", j, ["-c:v", "mjpeg", "-q:v", str(q), "-pix_fmt", "yuvj420p"])
    out = tmp / "chat.png"
    ff([str(j)], "format=rgb24", out)
    return out


# ----------------------------------------------------------------------------- encoders
def encode(rng: np.random.Generator, src: Path, out_stem: Path, fmt: str, gray: bool, mono: bool, q: int) -> Path:
    """The file the window receives, by ffmpeg's encoders (PDF by Pillow from ffmpeg's PNG)."""
    pf = "monob" if mono else "gray" if gray else "rgb24"
    if fmt == "jpg":
        out = out_stem.with_suffix(".jpg")
        ff([str(src)], "format=gray" if (gray or mono) else "format=rgb24", out,
           ["-c:v", "mjpeg", "-q:v", str(q), "-pix_fmt", "gray" if (gray or mono) else "yuvj420p"])
    elif fmt == "png":
        out = out_stem.with_suffix(".png")
        ff([str(src)], f"format={pf}", out, ["-c:v", "png", "-pix_fmt", pf])
    elif fmt == "tif":
        out = out_stem.with_suffix(".tif")
        algo = "packbits" if mono else pick(rng, ["deflate", "lzw", "packbits"])
        ff([str(src)], f"format={pf}", out, ["-c:v", "tiff", "-compression_algo", algo, "-pix_fmt", pf])
    elif fmt == "webp":
        out = out_stem.with_suffix(".webp")
        ff([str(src)], "format=rgb24", out, ["-c:v", "libwebp", "-quality", str(max(40, 100 - q * 6)), "-lossless", "0"])
    else:  # pdf: ffmpeg makes the page's JPEG or PNG, Pillow wraps it in a PDF
        from PIL import Image

        inner = out_stem.with_suffix(".pdfsrc.png" if mono else ".pdfsrc.jpg")
        if mono:
            ff([str(src)], "format=monob", inner, ["-c:v", "png", "-pix_fmt", "monob"])
        else:
            ff([str(src)], "format=gray" if gray else "format=rgb24", inner,
               ["-c:v", "mjpeg", "-q:v", str(q), "-pix_fmt", "gray" if gray else "yuvj420p"])
        out = out_stem.with_suffix(".pdf")
        with Image.open(inner) as im:
            im.save(out, "PDF", resolution=float(pick(rng, [150, 200, 300])))
        inner.unlink()
    return out
