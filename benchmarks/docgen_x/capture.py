"""Family X's captures, all done by GraphicsMagick's `gm` (argument lists, no shell, a timeout): what a
综合受理 window receives — flatbed and feeder scans, 高拍仪 frames, phone photos at an angle on a desk,
photocopies and copies of copies, fax-like 1-bit pages, scanner-app output, chat-app screenshots,
e-licences on a phone screen, low light, plastic sleeves — and the marks paper collects.

GraphicsMagick 1.3.40's `-seed` is listed in its help but refused by `convert`, and its `+noise`,
`-spread` and `plasma:` draw from a time-seeded generator. For byte-identical sets the grain therefore
comes from a seeded byte stream (`random.Random.randbytes`) that gm reads as a raw `gray:` image and
shapes itself (resize, blur, motion-blur, -operator, composite Overlay): gm does every pixel operation."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

TIMEOUT = 120
GM_FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"  # gm's -draw text (status bars, fax headers)


def gm(*args: str | Path, cwd: Path | None = None) -> None:
    """One `gm` call; raises with its stderr when it fails."""
    cmd = ["gm", *[str(a) for a in args]]
    if cmd[-1].startswith("miff:"):  # intermediates: gm's own uncompressed format at 8 bits (PNG's zlib cost 10x the work)
        cmd[-1:-1] = ["-depth", "8"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd)
    if p.returncode != 0:
        raise RuntimeError(f"gm failed ({p.returncode}): {p.stderr[-600:]}\n{' '.join(cmd)[:300]}")


def size(path: Path) -> tuple[int, int]:
    out = subprocess.run(["gm", "identify", "-format", "%w %h", str(path)], capture_output=True, text=True,
                         timeout=TIMEOUT, check=True).stdout.split()
    return int(out[0]), int(out[1])


def grain(r: random.Random, w: int, h: int, out: Path, amp: float, cell: float = 1.0, motion: str | None = None) -> Path:
    """A mid-grey grain image of w x h: seeded bytes read by gm, scaled by `cell`, squeezed to ±amp %."""
    gw, gh = max(8, int(w / cell)), max(8, int(h / cell))
    raw = out.with_suffix(".raw")
    raw.write_bytes(r.randbytes(gw * gh))
    args = ["convert", "-size", f"{gw}x{gh}", "-depth", "8", f"gray:{raw}"]
    if cell != 1.0:
        args += ["-filter", "Cubic", "-resize", f"{w}x{h}!"]
    if motion:
        args += ["-motion-blur", motion]
    args += ["-operator", "Gray", "Multiply", f"{amp / 50:.3f}", "-operator", "Gray", "Add", f"{50 - amp:.2f}%", f"miff:{out}"]
    gm(*args)
    raw.unlink()
    return out


def ink(rgb: str, alpha: float) -> str:
    """A gm colour with `alpha` coverage: gm's fourth byte is transparency (00 = opaque), not alpha."""
    return f"#{rgb}{255 - max(0, min(255, int(alpha * 255))):02x}"


def overlay(base: Path, top: Path, out: Path, op: str = "Over", geometry: str = "+0+0", dissolve: int | None = None) -> None:
    args = ["composite", "-compose", op, "-geometry", geometry]
    if dissolve is not None:
        args += ["-dissolve", str(dissolve)]
    gm(*args, top, base, f"miff:{out}")


def affine_phone(r: random.Random, src: Path, out: Path, strength: float, target: int) -> list[tuple[float, float]]:
    """The page scaled to its size in the frame (`target` px on its long side), then sheared and tilted as
    a hand-held phone sees it (an affine approximation of the keystone). Returns the page's corners in
    the output image."""
    import math

    rot = r.uniform(-9, 9) * strength
    sx = 1 + r.uniform(-0.06, 0.06) * strength
    sh = r.uniform(-0.12, 0.12) * strength
    sv = r.uniform(-0.05, 0.05) * strength
    w, h = size(src)
    k = min(1.0, target / max(w, h))
    w, h = w * k, h * k
    gm("convert", src, "+matte", "-filter", "Lanczos", "-resize", f"{target}x{target}>", "-matte", "-background", "none",
       "-affine", f"{sx:.4f},{sv:.4f},{sh:.4f},1,0,0", "-transform", "-rotate", f"{rot:.2f}", f"miff:{out}")
    ca, sa = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    pts = []
    for x, y in ((0, 0), (w, 0), (w, h), (0, h)):
        ax, ay = sx * x + sh * y, sv * x + y
        pts.append((ax * ca - ay * sa, ax * sa + ay * ca))
    mx, my = min(p[0] for p in pts), min(p[1] for p in pts)
    return [(x - mx, y - my) for x, y in pts]


def photo(r: random.Random, page: Path, out: Path, tmp: Path, *, strength: float = 1.0, fill: float = 0.8,
          dark: bool = False, pad: str | None = None, sleeve: bool = False, long_side: int = 2000) -> None:
    """A phone or 高拍仪 photo of `page`: tilted onto a desk with its shadow, light falling off across the
    frame, a hand's shadow, defocus, sometimes motion, grain."""
    tilted = tmp / "tilt.miff"
    corners = affine_phone(r, page, tilted, strength, int(long_side * fill))
    tw, th = size(tilted)
    cw, ch = int(tw / fill), int(th / fill)
    ox, oy = int((cw - tw) * r.uniform(0.25, 0.75)), int((ch - th) * r.uniform(0.25, 0.75))
    q = 4  # the desk and the page's shadow are made at a quarter size and scaled up (out of focus anyway)
    bg = tmp / "desk.miff"
    kind = "pad" if pad else r.choice(["wood", "wood", "laminate", "mat", "cloth", "glass"])
    c = {"wood": ("#a27a52", "#6e4b2c"), "laminate": ("#c9c6bd", "#9d998f"), "mat": ("#2f5f4a", "#24493a"),
         "cloth": ("#3b3f4a", "#272a33"), "glass": ("#6f7c80", "#4a5458"), "pad": (pad, pad)}[kind]
    sw, shh = max(16, cw // q), max(16, ch // q)
    g = grain(r, sw, shh, tmp / "deskgrain.miff", 14 if kind == "wood" else 5, motion="0x8+0" if kind == "wood" else None)
    gm("convert", "-size", f"{sw}x{shh}", f"gradient:{c[0]}-{c[1]}", f"miff:{bg}")
    overlay(bg, g, bg, "Overlay")
    dx, dy = r.uniform(4, 16), r.uniform(6, 20)
    poly = " ".join(f"{(ox + x + dx) / q:.1f},{(oy + y + dy) / q:.1f}" for x, y in corners)
    gm("convert", bg, "-fill", ink("000000", r.uniform(0.3, 0.55)), "-draw", f"polygon {poly}", "-blur", "0x2.5",
       "-filter", "Triangle", "-resize", f"{cw}x{ch}!", f"miff:{bg}")
    overlay(bg, tilted, bg, geometry=f"+{ox}+{oy}")
    args = ["convert", bg]
    # light falling off from one side: 64 abutting translucent strips (no antialiasing, so no seams)
    lo = r.uniform(0.1, 0.3) if not dark else r.uniform(0.25, 0.45)
    side = r.randrange(4)
    nb = 64
    span = cw if side < 2 else ch
    edges = [round(span * i / nb) for i in range(nb + 1)]
    args += ["+antialias"]
    for i in range(nb):
        a = lo * (i + 1) / nb
        e0, e1 = (edges[i], edges[i + 1] - 1) if side in (0, 2) else (span - edges[i + 1], span - edges[i] - 1)
        rect = f"{e0},0 {e1},{ch}" if side < 2 else f"0,{e0} {cw},{e1}"
        args += ["-fill", ink("000000", a), "-draw", f"rectangle {rect}"]
    args += ["-antialias"]
    if r.random() < 0.45:  # a hand's or the phone's shadow across part of the frame
        x0 = r.randint(0, cw)
        pts = f"{x0},0 {x0 + r.randint(200, 700)},0 {x0 + r.randint(-300, 600)},{ch} {x0 - r.randint(100, 500)},{ch}"
        args += ["-fill", ink("000000", r.uniform(0.08, 0.22)), "-draw", f"polygon {pts}"]
    if sleeve:  # a plastic sleeve: milky haze (its glossy streak is the caller's glare)
        args += ["-modulate", f"{r.randint(104, 112)},{r.randint(70, 90)}", "-level", f"{r.randint(8, 18)}%,1.0,100%"]
    if dark:
        args += ["-gamma", f"{r.uniform(0.7, 0.9):.2f}", "-modulate", f"{r.randint(65, 85)},{r.randint(60, 90)}"]
    else:
        args += ["-modulate", f"{r.randint(92, 108)},{r.randint(85, 110)}", "-gamma", f"{r.uniform(0.9, 1.15):.2f}"]
    blur = r.uniform(0.3, 1.4) * (1.5 if dark else 1.0)
    args += ["-resize", f"{long_side}x{long_side}>", "-blur", f"0x{blur:.2f}"]
    if r.random() < (0.35 if dark else 0.1):
        args += ["-motion-blur", f"0x{r.uniform(1.2, 3):.1f}+{r.randint(0, 179)}"]
    args += [f"miff:{out}"]
    gm(*args)
    w, h = size(out)
    overlay(out, grain(r, w, h, tmp / "grain.miff", r.uniform(3, 7) * (1.6 if dark else 1)), out, "Overlay")


def scan(r: random.Random, page: Path, out: Path, tmp: Path, *, feeder: bool = False, dpi_scale: float = 1.0) -> None:
    """A flatbed or feeder scan: small skew on the platen's white (or the feeder's grey), even light,
    a little blur, a streak from dust on the feeder's glass."""
    rot = r.uniform(-1.2, 1.2) if not feeder else r.uniform(-3.5, 3.5)
    w, h = size(page)
    args = ["convert", page, "-filter", "Lanczos", "-resize", f"{int(w * dpi_scale)}x{int(h * dpi_scale)}!",
            "-background", "#f4f4f2" if not feeder else "#b8b8b8", "-rotate", f"{rot:.2f}",
            "-bordercolor", "#f7f7f5" if not feeder else "#9a9a9a", "-border", f"{r.randint(10, 60)}x{r.randint(10, 60)}",
            "-blur", f"0x{r.uniform(0.3, 0.9):.2f}",
            "-level", f"{r.randint(0, 6)}%,{r.uniform(0.95, 1.1):.2f},{r.randint(92, 100)}%"]
    if feeder and r.random() < 0.7:
        x = r.randint(50, max(60, int(w * dpi_scale) - 50))
        args += ["-stroke", r.choice(["#555555", "#dddddd", "#333333"]), "-strokewidth", str(r.randint(1, 3)),
                 "-draw", f"line {x},0 {x + r.randint(-2, 2)},{int(h * dpi_scale) + 400}"]
    args += [f"miff:{out}"]
    gm(*args)
    ww, hh = size(out)
    overlay(out, grain(r, ww, hh, tmp / "sgrain.miff", r.uniform(1.5, 3.5)), out, "Overlay")


def photocopy(r: random.Random, src: Path, out: Path, tmp: Path, generation: int = 1) -> None:
    """A grey office photocopy: contrast pushed, halftone-ish grain, toner specks, dark lid edges."""
    cur = src
    for gen in range(generation):
        w, h = size(cur)
        args = ["convert", cur, "-type", "Grayscale", "-contrast",
                "-level", f"{r.randint(4, 14)}%,{r.uniform(0.85, 1.1):.2f},{r.randint(82, 95)}%",
                "-blur", f"0x{r.uniform(0.5, 1.1) + 0.3 * gen:.2f}"]
        specks = [f"circle {x},{y} {x + rad:.1f},{y}" for x, y, rad in
                  ((r.randint(0, w), r.randint(0, h), r.uniform(0.6, 2.2)) for _ in range(r.randint(20, 120)))]
        args += ["-fill", "#202020"]
        for k in range(0, len(specks), 16):  # gm caps one option's length
            args += ["-draw", " ".join(specks[k:k + 16])]
        if r.random() < 0.7:  # the lid's dark margin where the paper did not cover the glass
            edge = r.randint(6, 40)
            side = r.choice(["0,0 {w},{e}", "0,{h2} {w},{h}", "0,0 {e},{h}", "{w2},0 {w},{h}"]).format(
                w=w, h=h, e=edge, h2=h - edge, w2=w - edge)
            args += ["-fill", "#2a2a2a", "-draw", f"rectangle {side}"]
        nxt = out if gen == generation - 1 else tmp / f"copy{gen}.miff"
        args += [f"miff:{nxt}"]
        gm(*args)
        overlay(nxt, grain(r, w, h, tmp / "cgrain.miff", r.uniform(6, 12)), nxt, "Overlay")
        cur = nxt


def fax(r: random.Random, src: Path, out: Path, tmp: Path) -> None:
    """A 1-bit fax-like page: 1728 px wide, standard (half vertical) or fine resolution, thresholded or
    dithered, with a sender line across the top."""
    w, h = size(src)
    fw = 1728
    fh = int(h * fw / w)
    fine = r.random() < 0.5
    args = ["convert", src, "-type", "Grayscale", "-filter", "Box", "-resize", f"{fw}x{fh if fine else fh // 2}!",
            "-filter", "Point", "-resize", f"{fw}x{fh}!"]
    if r.random() < 0.5:
        args += ["-threshold", f"{r.randint(48, 66)}%"]
    else:
        args += ["-monochrome"]
    hdr = f"{r.randint(2024, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}  FROM: 0{r.randint(10, 999)}-{r.randint(1000000, 99999999)}   P.0{r.randint(1, 3)}"
    args += ["-fill", "black", "-font", GM_FONT_FILE, "-pointsize", "22", "-draw", f"text 30,28 '{hdr}'",
             "-type", "Bilevel", f"miff:{out}"]
    gm(*args)


def scanner_app(r: random.Random, page: Path, out: Path, tmp: Path) -> None:
    """A phone scanner app's output: the photo flattened to the page, whitened, sharpened, sometimes grey."""
    tilted = tmp / "app.miff"
    gm("convert", page, "-background", "white", "-rotate", f"{r.uniform(-1.5, 1.5):.2f}",
       "-affine", f"1,0,{r.uniform(-0.02, 0.02):.3f},1,0,0", "-transform", f"miff:{tilted}")
    args = ["convert", tilted, "-blur", f"0x{r.uniform(0.6, 1.2):.2f}", "-sharpen", f"0x{r.uniform(0.8, 1.5):.1f}",
            "-level", f"{r.randint(10, 25)}%,{r.uniform(0.8, 1.0):.2f},{r.randint(70, 85)}%", "-modulate", f"100,{r.randint(60, 120)}"]
    if r.random() < 0.35:
        args += ["-type", "Grayscale"]
    args += [f"miff:{out}"]
    gm(*args)


def phone_chrome(r: random.Random, content: Path, out: Path, tmp: Path, *, viewer: bool) -> None:
    """The image as a chat app's viewer (black, status bar) or as an e-licence app screen shows it,
    at a phone's 1080 px width."""
    W, H = 1080, r.choice([2340, 2400, 1920])
    chrome = 420
    if not viewer and size(content)[0] > size(content)[1]:
        # a landscape licence is looked at with the phone turned: full width, a thinner app bar
        W, H, chrome = H, W, 240
    fitted = tmp / "fit.miff"
    gm("convert", content, "-resize", f"{W}x{H - chrome}>", f"miff:{fitted}")
    cw, ch = size(fitted)
    top = 230 if chrome == 240 else (H - ch) // 2  # below the app bar (100–220) when turned
    bgc = "#000000" if viewer else "#f2f3f5"
    fg = "#ffffff" if viewer else "#111111"
    clock = f"{r.randint(8, 18)}:{r.randint(0, 59):02d}"
    args = ["convert", "-size", f"{W}x{H}", f"xc:{bgc}", "-draw", f"image Over {(W - cw) // 2},{top} 0,0 '{fitted}'",
            "-font", GM_FONT_FILE, "-fill", fg, "-pointsize", "38", "-draw", f"text 60,70 '{clock}'",
            "-draw", f"text {W - 200},70 '{r.randint(20, 99)}%'"]
    if not viewer:
        args += ["-fill", "#1e6fd9", "-draw", f"rectangle 0,100 {W},220", "-fill", "#ffffff", "-pointsize", "46",
                 "-draw", f"text {W // 2 - 150},180 '{r.choice(['电子营业执照', '证照详情', '电子证照'])}'"]
    else:
        args += ["-pointsize", "34", "-draw", f"text 60,{H - 80} '{r.choice(['查看原图', '原图 2.1M', ''])}'"]
    args += [f"miff:{out}"]
    gm(*args)


def screen_photo(r: random.Random, screen: Path, out: Path, tmp: Path) -> None:
    """A phone screen (an e-licence) photographed by the window's camera: a dark bezel, moiré lines, glare."""
    sw, sh = size(screen)
    framed = tmp / "bezel.miff"
    b = r.randint(30, 60)
    gm("convert", screen, "-bordercolor", "#101010", "-border", f"{b}x{b * 2}", f"miff:{framed}")
    fw, fh = size(framed)
    moire = tmp / "moire.miff"
    gm("convert", "-size", f"{fw}x{fh}", "xc:#808080", "-stroke", "#6a6a6a", "-strokewidth", "1",
       *sum([["-draw", f"line 0,{y} {fw},{y + r.randint(-40, 40)}"] for y in range(0, fh, r.randint(3, 6))], []),
       f"miff:{moire}")
    overlay(framed, moire, framed, "Overlay", dissolve=r.randint(25, 55))
    # a window camera's full frame: at 1,800 px a landscape licence on a phone came out too small to read
    photo(r, framed, out, tmp, strength=0.7, fill=r.uniform(0.6, 0.8), long_side=2600)


def glare(x0: float, y0: float, x1: float, y1: float, strength: float) -> list[str]:
    """-draw arguments for a specular highlight: a bright core inside softer rings (ellipse at the box)."""
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    out: list[str] = []
    for k, a in ((1.6, 0.18), (1.3, 0.3), (1.0, strength)):
        out += ["-fill", ink("ffffff", a), "-draw", f"ellipse {cx:.0f},{cy:.0f} {rx * k:.0f},{ry * k:.0f} 0,360"]
    return out


def fold(r: random.Random, w: int, h: int) -> list[str]:
    """-draw arguments for a fold: a dark crease beside a light ridge, across the page."""
    if r.random() < 0.5:
        y = int(h * r.uniform(0.3, 0.7))
        d = r.randint(-20, 20)
        return ["-stroke", ink("000000", 0.3), "-strokewidth", "3", "-draw", f"line 0,{y} {w},{y + d}",
                "-stroke", ink("ffffff", 0.35), "-strokewidth", "3", "-draw", f"line 0,{y + 4} {w},{y + d + 4}", "-stroke", "none"]
    x = int(w * r.uniform(0.3, 0.7))
    d = r.randint(-20, 20)
    return ["-stroke", ink("000000", 0.3), "-strokewidth", "3", "-draw", f"line {x},0 {x + d},{h}",
            "-stroke", ink("ffffff", 0.35), "-strokewidth", "3", "-draw", f"line {x + 4},0 {x + d + 4},{h}", "-stroke", "none"]


def save(r: random.Random, src: Path, out: Path, fmt: str, quality: int) -> None:
    """Write the final file in its format with gm's own writers (JPEG quality, TIFF compression, PDF page),
    from inside its folder: gm's TIFF writer records the path it was given as DocumentName."""
    src = Path(src).resolve()
    if fmt == "jpg":
        gm("convert", src, "-strip", "-quality", str(quality), "-sampling-factor", "2x2", f"jpeg:{out.name}", cwd=out.parent)
    elif fmt == "png":
        gm("convert", src, "-strip", f"png:{out.name}", cwd=out.parent)
    elif fmt == "webp":
        gm("convert", src, "-strip", "-quality", str(quality), f"webp:{out.name}", cwd=out.parent)
    elif fmt == "tiff":
        gm("convert", src, "-strip", "-compress", r.choice(["LZW", "JPEG"]), f"tiff:{out.name}", cwd=out.parent)
    elif fmt == "tiff_g4":
        gm("convert", src, "-strip", "-type", "Bilevel", "-compress", "Group4", f"tiff:{out.name}", cwd=out.parent)
    elif fmt == "pdf":  # the page as large as the A4 sheet it came from (a scanner's or an app's DPI)
        dpi = max(72, round(min(size(src)) / 8.27))
        gm("convert", src, "-strip", "-compress", "JPEG", "-quality", str(quality), "-units", "PixelsPerInch",
           "-density", f"{dpi}x{dpi}", f"pdf:{out.name}", cwd=out.parent)
    else:
        raise ValueError(fmt)
