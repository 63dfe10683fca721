"""Family Y's captures: what a 综合受理 window receives, made with netpbm tools called with argument lists
(no shell), images passed between them as PNM/PAM bytes through Python, each call with a timeout.

pamperspective places a page at an angle: it maps a quadrilateral of its input to the output rectangle,
so giving it a quadrilateral *around* the page (inside a desk-coloured border added by pnmpad) shows
the page as a tilted quadrilateral on the desk. Blur: pamgauss kernels through pnmconvol (and a line
kernel for motion); noise: pamaddnoise; exposure: pnmgamma, pambrighten, pnmnorm; 1-bit: pamthreshold,
pamditherbw; resampling: pamscale; overlays (glare, shadows, folds, sleeves, a screen's moiré, a
phone's chat viewer): pamcomp with masks from pgmramp, pamgauss and ppmmake. Encoders: pnmtojpeg,
pnmtopng, pamtotiff; WEBP and the PDF of a scan through Pillow's encoders only (netpbm has no WEBP
writer; no Pillow filter touches the pixels). numpy is used only to read image sizes and the
glare mask's geometry back, never for an effect."""

from __future__ import annotations

import io
import math
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

TIMEOUT = 120


def run(argv: list[str], data: bytes | None = None) -> bytes:
    r = subprocess.run(argv, input=data, capture_output=True, timeout=TIMEOUT)
    if r.returncode:
        raise RuntimeError(f"{argv[0]} failed: {r.stderr.decode('latin-1')[:600]}")
    return r.stdout


def size(pnm: bytes) -> tuple[int, int]:
    """Width and height from a PNM/PAM header."""
    if pnm[:2] == b"P7":
        hdr = pnm[: pnm.index(b"ENDHDR")].split(b"\n")
        d = {k: v for k, _, v in (ln.partition(b" ") for ln in hdr[1:])}
        return int(d[b"WIDTH"]), int(d[b"HEIGHT"])
    toks: list[bytes] = []
    i = 2
    while len(toks) < 2:
        while pnm[i:i + 1].isspace():
            i += 1
        if pnm[i:i + 1] == b"#":
            i = pnm.index(b"\n", i)
            continue
        j = i
        while not pnm[j:j + 1].isspace():
            j += 1
        toks.append(pnm[i:j])
        i = j
    return int(toks[0]), int(toks[1])


class Img:
    """A PNM image in memory and the page geometry it came from (pixels per mm), so overlays placed
    in page millimetres land where the drawn fields are."""

    def __init__(self, pnm: bytes, ppm_mm: float) -> None:
        self.pnm, self.k = pnm, ppm_mm

    @property
    def wh(self) -> tuple[int, int]:
        return size(self.pnm)

    def do(self, *argv: str) -> Img:
        self.pnm = run(list(argv), self.pnm)
        return self

    # --- geometry -----------------------------------------------------------------------------
    def cut(self, left: int, top: int, right: int, bottom: int) -> Img:
        w, h = self.wh
        return self.do("pamcut", "-left", str(left), "-top", str(top), "-width", str(w - left - right), "-height", str(h - top - bottom))

    def pad(self, px: int, color: str) -> Img:
        """A border of `color` round the image: the image pamcomp'd onto a ppmmake canvas (this
        netpbm's pnmpad pads black or white only)."""
        w, h = self.wh
        canvas = run(["ppmmake", color, str(w + 2 * px), str(h + 2 * px)])
        if self.pnm[:2] in (b"P5", b"P2"):
            canvas = run(["ppmtopgm"], canvas)
        page, self.pnm = self.pnm, canvas
        return self._comp(page, 1.0, None, px, px)

    def perspective(self, rng: np.random.Generator, strength: float, desk: str, out_w: int) -> Img:
        """The page seen at an angle on a desk: a quadrilateral around the page in a desk-coloured
        border, mapped by pamperspective to the output frame.

        This netpbm's pamperspective (11.01) segfaults on some quadrilaterals (always the same ones,
        e.g. a lower edge sloping one way) and with --interpolation=linear on others. So sampling is
        nearest-neighbour (the optics' blur that follows every photo capture smooths the steps), and
        a quadrilateral it crashes on is tried upside down (pamflip -tb before and after), then
        drawn anew from the same generator: deterministic for a seed. After 12 tries the photo falls
        back to pnmshear + pnmrotate (affine, no perspective)."""
        w, h = self.wh
        m = int(max(w, h) * 0.4)
        self.pad(m, desk)
        W, H = self.wh  # noqa: N806
        src = self.pnm
        for _ in range(12):
            pts, ratio = self._quad(rng, strength, w, h, m, W, H)
            out_h = int(out_w * ratio)
            args = [f"--width={out_w}", f"--height={out_h}"]
            r = subprocess.run(["pamperspective", *args, *[f"{v:.1f}" for v in pts]], input=src,
                               capture_output=True, timeout=TIMEOUT)
            if r.returncode == 0:
                self.pnm = r.stdout
                return self
            flipped = run(["pamflip", "-tb"], src)
            fl = [pts[4], H - 1 - pts[5], pts[6], H - 1 - pts[7], pts[0], H - 1 - pts[1], pts[2], H - 1 - pts[3]]
            r = subprocess.run(["pamperspective", *args, *[f"{v:.1f}" for v in fl]], input=flipped,
                               capture_output=True, timeout=TIMEOUT)
            if r.returncode == 0:
                self.pnm = run(["pamflip", "-tb"], r.stdout)
                return self
        self.do("pnmshear", f"{float(rng.normal(0, 4)):.2f}").rotate(float(rng.normal(0, 3)), "black")
        return self.scale_to_width(out_w)

    @staticmethod
    def _quad(rng: np.random.Generator, strength: float, w: int, h: int, m: int, W: int, H: int) -> tuple[list[float], float]:  # noqa: N803
        base = float(rng.uniform(0.03, 0.06 + strength))

        def jit() -> float:
            return (base + float(rng.uniform(0, 0.03))) * min(w, h)
        # the far (top) edge of the page is seen narrower: push the quad's top corners further out
        near = float(rng.uniform(0, strength)) * w
        ulx, uly = m - jit() - near, m - jit()
        urx, ury = m + w + jit() + near, m - jit()
        llx, lly = m - jit(), m + h + jit()
        lrx, lry = m + w + jit(), m + h + jit()
        rot = float(rng.normal(0, 0.03 + strength * 0.2))
        cx, cy = m + w / 2, m + h / 2
        pts: list[float] = []
        for x, y in ((ulx, uly), (urx, ury), (llx, lly), (lrx, lry)):
            dx, dy = x - cx, y - cy
            pts += [cx + dx * math.cos(rot) - dy * math.sin(rot), cy + dx * math.sin(rot) + dy * math.cos(rot)]
        pts = [min(max(v, 1.0), (W if i % 2 == 0 else H) - 2.0) for i, v in enumerate(pts)]
        return pts, (lly + lry - uly - ury) / max(1.0, urx + lrx - ulx - llx)

    def rotate(self, deg: float, bg: str = "white") -> Img:
        if abs(deg) < 0.05:
            return self
        return self.do("pnmrotate", "-background", bg, f"{deg:.2f}")

    def scale(self, f: float, filt: str = "") -> Img:
        args = ["pamscale", f"{f:.4f}"] + (["-filter", filt] if filt else [])
        return self.do(*args)

    def scale_to_width(self, w: int) -> Img:
        return self.do("pamscale", "-width", str(w))

    # --- optics and sensor --------------------------------------------------------------------
    def blur(self, sigma: float) -> Img:
        """Defocus: a pamgauss kernel image through pnmconvol (weights as they are, normalised)."""
        if sigma < 0.3:
            return self
        n = int(sigma * 2.5) * 2 + 1
        with tempfile.TemporaryDirectory(prefix="famy_k_") as tmp:
            k = Path(tmp) / "k.pam"
            k.write_bytes(run(["pamgauss", str(n), str(n), "-sigma", f"{sigma:.2f}", "-tupletype", "GRAYSCALE", "-maxval", "255"]))
            return self.do("pnmconvol", "-nooffset", "-normalize", str(k))

    def motion(self, length: int, angle: float) -> Img:
        """Motion blur: a line kernel of `length` pixels at `angle` degrees through pnmconvol."""
        n = max(3, length | 1)
        m = np.zeros((n, n))
        c = n // 2
        for t in np.linspace(-c, c, n * 3):
            # weights vary along the stroke (the hand slows): this pnmconvol's "simple mean" shortcut,
            # taken for a uniform one-row or one-column kernel, fails with an end-of-file error
            m[int(round(c + t * math.sin(math.radians(angle)))), int(round(c + t * math.cos(math.radians(angle))))] = 1.0 + 0.5 * t / c
        rows = [",".join(f"{v:g}" for v in row) for row in m]
        with tempfile.TemporaryDirectory(prefix="famy_mo_") as tmp:
            src = Path(tmp) / "in.pnm"
            src.write_bytes(self.pnm)
            self.pnm = run(["pnmconvol", "-matrix=" + ";".join(rows), "-normalize", str(src)])
        return self

    def noise(self, amount: float, kind: str = "grain", seed: int = 1) -> Img:
        """Sensor grain or toner specks from pgmnoise. This netpbm's pamaddnoise (11.01) saturates half
        the samples whatever its sigma, so grain is pgmnoise blended in by pamcomp at `amount` opacity
        (a slight loss of contrast, as real sensor noise has), and specks are pgmnoise thresholded by
        pamthreshold to a sparse dot pattern, laid on with pamarith -minimum."""
        w, h = self.wh
        n = run(["pgmnoise", "-randomseed", str(seed), str(w), str(h)])
        if kind == "grain":
            if self.pnm[:2] == b"P6":
                n = run(["pgmtoppm", "rgb:ff/ff/ff"], n)
            return self._comp(n, min(max(amount, 0.0), 0.5))
        dots = run(["pamthreshold", "-simple", "-threshold", f"{1 - amount:.4f}"], n)
        dots = run(["pnmdepth", "255"], run(["pnminvert"], run(["pamtopnm", "-assume"], dots)))
        if self.pnm[:2] == b"P6":
            dots = run(["pgmtoppm", "rgb:ff/ff/ff"], dots)
        return self._arith("-minimum", dots)

    def gamma(self, g: float) -> Img:
        return self.do("pnmgamma", f"{g:.2f}")

    def bright(self, pct: int) -> Img:
        return self.do("pambrighten", "-value", str(pct))

    def norm(self, bpct: float = 2.0, wpct: float = 1.0) -> Img:
        return self.do("pnmnorm", "-bpercent", f"{bpct:.1f}", "-wpercent", f"{wpct:.1f}", "-quiet")

    def gray(self) -> Img:
        return self.do("ppmtopgm")

    def tint(self, r: float, g: float, b: float) -> Img:
        """A colour cast (warm lamp, bluish screen): pamarith -multiply by a flat colour."""
        w, h = self.wh
        flat = run(["ppmmake", f"rgb:{int(r * 255):02x}/{int(g * 255):02x}/{int(b * 255):02x}", str(w), str(h)])
        if self.pnm[:2] in (b"P5", b"P2"):
            flat = run(["ppmtopgm"], flat)
        return self._arith("-multiply", flat)

    def _arith(self, op: str, other: bytes) -> Img:
        with tempfile.TemporaryDirectory(prefix="famy_ar_") as tmp:
            a, o = Path(tmp) / "a.pnm", Path(tmp) / "o.pnm"
            a.write_bytes(self.pnm)
            o.write_bytes(other)
            self.pnm = run(["pamarith", op, str(a), str(o)])
        return self

    # --- overlays -----------------------------------------------------------------------------
    def _comp(self, overlay: bytes, opacity: float = 1.0, mask: bytes | None = None, x: int = 0, y: int = 0) -> Img:
        """pamcomp `overlay` over the image at (x, y), through an optional alpha mask."""
        with tempfile.TemporaryDirectory(prefix="famy_cap_") as tmp:
            ov = Path(tmp) / "ov.pnm"
            ov.write_bytes(overlay)
            args = ["pamcomp", f"-opacity={opacity:.3f}", f"-xoff={x}", f"-yoff={y}"]
            if mask is not None:
                mp = Path(tmp) / "mask.pgm"
                mp.write_bytes(mask)
                args.append(f"-alpha={mp}")
            return self.do(*args, str(ov))

    def glare(self, cx: float, cy: float, radius: float, strength: float = 1.0) -> Img:
        """A bright reflection centred at (cx, cy) pixels: a white layer through a radial mask, fully
        opaque over its core (the text under the core is gone)."""
        w, h = self.wh
        d = int(radius * 2) | 1
        mask = run(["pamgauss", str(d), str(d), "-sigma", f"{radius / 2.2:.1f}", "-maximize", "-tupletype", "GRAYSCALE"])
        mask = run(["pamfunc", "-multiplier", f"{1.8 * strength:.2f}"], mask)
        mask = run(["pamtopnm", "-assume"], mask)
        white = run(["ppmmake", "rgb:ff/ff/fa", str(d), str(d)])
        if self.pnm[:2] in (b"P5", b"P2"):
            white = run(["ppmtopgm"], white)
        return self._comp(white, 1.0, mask, int(cx - d / 2), int(cy - d / 2))

    def shadow(self, rng: np.random.Generator, depth: float) -> Img:
        """A soft shadow (a hand, a phone) across part of the frame: black through a ramp mask."""
        w, h = self.wh
        mask = run(["pgmramp", V_RAMPS[int(rng.integers(len(V_RAMPS)))], str(w), str(h)])
        black = run(["ppmmake", "rgb:10/10/18", str(w), str(h)])
        if self.pnm[:2] in (b"P5", b"P2"):
            black = run(["ppmtopgm"], black)
        if rng.random() < 0.5:
            mask = run(["pamflip", "-lr"], mask)
        mask = run(["pnminvert"], mask) if rng.random() < 0.5 else mask
        return self._comp(black, depth, mask)

    def fold(self, rng: np.random.Generator, vertical: bool) -> Img:
        """A crease: a thin darker line with a lighter one beside it, across the page."""
        w, h = self.wh
        t = max(2, int(min(w, h) / 400))
        if vertical:
            x = int(w * rng.uniform(0.3, 0.7))
            dark = run(["ppmmake", "rgb:50/50/50", str(t), str(h)])
            light = run(["ppmmake", "rgb:ff/ff/ff", str(t * 3), str(h)])
            if self.pnm[:2] in (b"P5", b"P2"):
                dark, light = run(["ppmtopgm"], dark), run(["ppmtopgm"], light)
            self._comp(light, 0.35, None, x + t, 0)
            return self._comp(dark, 0.4, None, x, 0)
        y = int(h * rng.uniform(0.3, 0.7))
        dark = run(["ppmmake", "rgb:50/50/50", str(w), str(t)])
        light = run(["ppmmake", "rgb:ff/ff/ff", str(w), str(t * 3)])
        if self.pnm[:2] in (b"P5", b"P2"):
            dark, light = run(["ppmtopgm"], dark), run(["ppmtopgm"], light)
        self._comp(light, 0.35, None, 0, y + t)
        return self._comp(dark, 0.4, None, 0, y)

    def moire(self, opacity: float) -> Img:
        """A screen photographed: pbmmake's 50 % checkerboard resampled off-grid beats into bands."""
        w, h = self.wh
        pat = run(["pbmmake", "-gray", str(int(w * 1.37)), str(int(h * 1.37))])
        pat = run(["pamscale", "-width", str(w), "-height", str(h)], pat)
        pat = run(["pamtopnm", "-assume"], pat) if pat[:2] == b"P7" else pat
        if self.pnm[:2] == b"P6":
            pat = run(["pgmtoppm", "rgb:ff/ff/ff"], pat)
        return self._comp(pat, opacity)

    def sleeve(self, rng: np.random.Generator) -> Img:
        """A plastic sleeve: a milky layer over everything, stronger across a diagonal band."""
        w, h = self.wh
        white = run(["ppmmake", "rgb:f0/f0/f4", str(w), str(h)])
        if self.pnm[:2] in (b"P5", b"P2"):
            white = run(["ppmtopgm"], white)
        mask = run(["pgmramp", "-diagonal", str(w), str(h)])
        if rng.random() < 0.5:
            mask = run(["pamflip", "-lr"], mask)
        self._comp(white, 0.12)
        return self._comp(white, 0.25, mask)

    # --- encoders -----------------------------------------------------------------------------
    def jpeg(self, q: int) -> bytes:
        return run(["pnmtojpeg", f"-quality={q}", "-optimize"], self.pnm)

    def png(self) -> bytes:
        return run(["pnmtopng", "-compression", "3"], self.pnm)

    def tiff(self, g4: bool = False) -> bytes:
        if g4:
            return run(["pamtotiff", "-g4"], self.pnm)
        return run(["pamtotiff", "-lzw"], self.pnm)

    def webp(self, q: int) -> bytes:
        from PIL import Image
        buf = io.BytesIO()
        Image.open(io.BytesIO(run(["pnmtopng", "-compression", "1"], self.pnm))).save(buf, "WEBP", quality=q, method=4)
        return buf.getvalue()

    def pdf(self, q: int, dpi: float) -> bytes:
        """A scan kept as a PDF (scanner apps, MFP scan-to-PDF): the JPEG from pnmtojpeg wrapped by Pillow."""
        from PIL import Image
        buf = io.BytesIO()
        stamp = time.gmtime(1795080600)  # a fixed date (2026-11-20): the same bytes for a seed
        Image.open(io.BytesIO(self.jpeg(q))).save(buf, "PDF", resolution=dpi, creationDate=stamp, modDate=stamp)
        return buf.getvalue()


V_RAMPS = ["-lr", "-tb", "-diagonal", "-ellipse"]
