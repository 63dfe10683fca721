"""Family ZB's pages, laid out by MuPDF's own HTML/CSS engine (`pymupdf.Story`) into a PDF written by
MuPDF's `DocumentWriter`: each block is an absolutely sized box (a Story placed into its rectangle),
tables for the licence bodies, wrapped 住址/住所/经营范围, labels justified across the label column with
ideographic spaces or one table cell per character (MuPDF ignores `letter-spacing` and
`text-align-last`, checked when this was written). Fonts come from `@font-face` rules on CJK font files
packed in a `pymupdf.Archive`; since MuPDF substitutes a missing face silently, every page's embedded
fonts are compared with the faces it asked for and a substitution raises. Vector extras (guilloche,
seals with one rotated glyph per character, QR-like blocks, the ID photo) are drawn with PyMuPDF's
Shape / insert_text API."""

from __future__ import annotations

import functools
import math
import os
import subprocess
from dataclasses import dataclass, field

import numpy as np
import pymupdf

MM = 72 / 25.4

# role -> (CSS family, font file). Every file is checked against fontconfig's own answer at start.
FACE_FILES = {
    "AR PL SungtiL GB": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "AR PL KaitiM GB": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
    "LXGW WenKai": "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "LXGW WenKai Bold": "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf",
    "WenQuanYi Micro Hei": "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "Nimbus Mono PS": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf",
    "DejaVu Sans Mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
}
CJK_FACES = ("AR PL SungtiL GB", "AR PL KaitiM GB", "LXGW WenKai", "WenQuanYi Micro Hei")
TITLE_FACES = ("AR PL SungtiL GB", "LXGW WenKai Bold", "WenQuanYi Micro Hei", "AR PL KaitiM GB")
MONO_FACES = ("Nimbus Mono PS", "DejaVu Sans Mono")


def pdf_font_name(face: str) -> str:
    """One PDF resource name per face: PyMuPDF reuses the font first registered under a name on a page,
    so two faces under one name would silently draw the second in the first."""
    return f"zf{list(FACE_FILES).index(face)}"


def css_name(face: str) -> str:
    return "z" + "".join(ch for ch in face.lower() if ch.isalnum())


@functools.cache
def font(face: str) -> pymupdf.Font:
    path = FACE_FILES[face]
    if not os.path.exists(path):
        raise RuntimeError(f"family ZB: face {face!r} missing ({path}); install the fonts-* packages")
    return pymupdf.Font(fontfile=path)


@functools.cache
def check_installed() -> None:
    """Every face file is the one fontconfig knows by that family (a renamed or missing package fails here)."""
    for face, path in FACE_FILES.items():
        out = subprocess.run(["fc-query", "-f", "%{family}\n", path], capture_output=True, text=True, timeout=30).stdout
        if face.removesuffix(" Bold") not in out:
            raise RuntimeError(f"family ZB: {path} is not {face!r} per fc-query: {out!r}")


def covers(face: str, text: str) -> bool:
    f = font(face)
    return all(ch in " \n\t" or f.has_glyph(ord(ch)) for ch in text)


@functools.cache
def archive() -> pymupdf.Archive:
    arch = pymupdf.Archive()
    for d in sorted({os.path.dirname(p) for p in FACE_FILES.values()}):
        arch.add(d)
    return arch


def font_css() -> str:
    return "".join(f"@font-face{{font-family:{css_name(f)};src:url({os.path.basename(p)});}}" for f, p in FACE_FILES.items())


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def spaced_label(lbl: str, width_chars: int, mode: str) -> str:
    """A label justified across `width_chars` character cells: with ideographic spaces (名　　称) or
    one table cell per character (what a form designer's justified text becomes), or left as is."""
    if mode == "plain" or len(lbl) >= 4 or len(lbl) == 1:
        return esc(lbl)
    if mode == "ideo":
        return ("\u3000\u3000" if len(lbl) == 2 else " ").join(lbl)
    cells = "".join(f'<td style="text-align:{"left" if i == 0 else "right" if i == len(lbl) - 1 else "center"};'
                    f'padding:0;border:none">{esc(c)}</td>' for i, c in enumerate(lbl))
    return f'<table style="width:100%;border-collapse:collapse"><tr>{cells}</tr></table>'


@dataclass
class Page:
    """One page: boxes placed by MuPDF's Story engine, then vector extras; `faces` are the faces asked for."""

    w_mm: float
    h_mm: float
    boxes: list = field(default_factory=list)
    faces: set = field(default_factory=set)
    texts: list = field(default_factory=list)
    under: list = field(default_factory=list)  # callables(page) drawn below the text
    over: list = field(default_factory=list)  # callables(page) drawn above it

    def box(self, x: float, y: float, w: float, h: float, html: str, face: str, size: float, css: str = "",
            text: str = "") -> None:
        """An absolutely sized box at (x, y) mm, `html` set in `face` at `size` pt."""
        self.faces.add(face)
        self.texts.append((face, text or html))
        self.boxes.append((pymupdf.Rect(x * MM, y * MM, (x + w) * MM, (y + h) * MM), html,
                           f"body{{font-family:{css_name(face)};font-size:{size}pt;margin:0;line-height:1.25}}p{{margin:0}}{css}"))

    def render(self) -> pymupdf.Document:
        import io

        buf = io.BytesIO()
        w = pymupdf.DocumentWriter(buf, "")  # uncompressed: deflating whole CJK fonts costs seconds; subset first
        dev = w.begin_page(pymupdf.Rect(0, 0, self.w_mm * MM, self.h_mm * MM))
        for rect, html, css in self.boxes:
            st = pymupdf.Story(html, user_css=font_css() + css, archive=archive())
            more, _ = st.place(rect)
            st.draw(dev)
        w.end_page()
        w.close()
        doc = pymupdf.open("pdf", buf.getvalue())
        page = doc[0]
        for fn in reversed(self.under):  # each commit goes beneath the previous ones
            fn(page, False)
        for fn in self.over:
            fn(page, True)
        verify_faces(page, self.faces)
        doc.subset_fonts()
        return pymupdf.open("pdf", doc.tobytes(garbage=3, deflate=True))


def verify_faces(page: pymupdf.Page, asked: set) -> None:
    """MuPDF falls back silently when a face lacks a glyph or a file does not load: fail loudly when the
    page embeds any font but the faces it asked for, or misses one it asked for."""
    want = {font(f).name for f in asked}
    got = {f[3].split("+")[-1] for f in page.get_fonts(full=False)}
    extra = got - want
    if extra:
        raise RuntimeError(f"family ZB: MuPDF substituted {sorted(extra)} (asked {sorted(want)})")
    missing = want - got
    if missing:
        raise RuntimeError(f"family ZB: faces asked for but not embedded: {sorted(missing)}")


# ---------------------------------------------------------------- vector extras (Shape / insert_text)

def guilloche(x0: float, y0: float, x1: float, y1: float, color: tuple, rng: np.random.Generator, loops: int = 3,
              width: float = 0.35):
    """Rosette-and-wave guilloche drawn as polylines (mm box); returns a drawing callable."""
    k1, k2 = int(rng.integers(24, 48)), int(rng.integers(2, 5))
    amp = float(rng.uniform(0.03, 0.07))

    def draw(page: pymupdf.Page, overlay: bool) -> None:
        sh = page.new_shape()
        cx, cy = (x0 + x1) / 2 * MM, (y0 + y1) / 2 * MM
        rx, ry = (x1 - x0) / 2 * MM, (y1 - y0) / 2 * MM
        t = np.linspace(0, 2 * np.pi, 420)
        for j in range(loops):
            ph = j * 2 * np.pi / loops / k1
            r = (1 - 0.16 * j) * (1 - amp + amp * np.cos(k1 * t + ph) * np.cos(k2 * t + j))
            pts = [pymupdf.Point(cx + rx * r[i] * np.cos(t[i]), cy + ry * r[i] * np.sin(t[i])) for i in range(len(t))]
            sh.draw_polyline(pts)
        sh.finish(color=color, width=width, closePath=True)
        sh.commit(overlay=overlay)
    return draw


def wave_border(w_mm: float, h_mm: float, inset: float, color: tuple, rng: np.random.Generator):
    """The guilloche frame of a licence: interleaved sine bands along the four sides."""
    f1, f2 = float(rng.uniform(1.5, 3.0)), float(rng.uniform(0.4, 0.9))

    def draw(page: pymupdf.Page, overlay: bool) -> None:
        sh = page.new_shape()
        for band in range(4):
            off = inset + band * 1.2
            for side in range(4):
                n = 260
                s = np.linspace(0, 1, n)
                wob = 0.9 * np.sin(2 * np.pi * f1 * s * (w_mm if side % 2 == 0 else h_mm) / 10 + band) * np.cos(f2 * s * 20)
                if side == 0:
                    xs, ys = off + s * (w_mm - 2 * off), off + wob
                elif side == 1:
                    xs, ys = w_mm - off - wob, off + s * (h_mm - 2 * off)
                elif side == 2:
                    xs, ys = off + s * (w_mm - 2 * off), h_mm - off - wob
                else:
                    xs, ys = off + wob, off + s * (h_mm - 2 * off)
                sh.draw_polyline([pymupdf.Point(xs[i] * MM, ys[i] * MM) for i in range(n)])
        sh.finish(color=color, width=0.4)
        sh.draw_rect(pymupdf.Rect((inset + 6) * MM, (inset + 6) * MM, (w_mm - inset - 6) * MM, (h_mm - inset - 6) * MM))
        sh.finish(color=color, width=0.8)
        sh.commit(overlay=overlay)
    return draw


def seal(cx: float, cy: float, r: float, text: str, face: str, color: tuple = (0.85, 0.1, 0.12), star: bool = True,
         bottom: str = "", opacity: float = 0.8, oval: bool = False):
    """A round (or oval) seal, the organ's name around the rim with one rotated glyph each (insert_text
    with a rotation morph), a star in the middle and an optional line under it."""

    def draw(page: pymupdf.Page, overlay: bool) -> None:
        X, Y, R = cx * MM, cy * MM, r * MM
        sh = page.new_shape()
        ry = R * (0.72 if oval else 1.0)
        sh.draw_oval(pymupdf.Rect(X - R, Y - ry, X + R, Y + ry))
        sh.finish(color=color, width=R * 0.06, stroke_opacity=opacity)
        if star:
            pts = []
            for k in range(10):
                a = -math.pi / 2 + k * math.pi / 5
                rr = R * (0.3 if k % 2 == 0 else 0.12)
                pts.append(pymupdf.Point(X + rr * math.cos(a), Y + rr * math.sin(a)))
            sh.draw_polyline(pts)
            sh.finish(color=color, fill=color, closePath=True, fill_opacity=opacity, stroke_opacity=opacity)
        n = len(text)
        span = min(250.0, 22.0 * n)
        fs = min(R * 0.3, 0.9 * 0.64 * R * math.radians(span) / max(n, 1))
        fname = pdf_font_name(face)
        for i, ch in enumerate(text):
            ang = -90 - span / 2 + span * (i + 0.5) / n  # degrees, 0 = right, clockwise on the page
            a = math.radians(ang)
            rr = R * 0.8 - fs * 0.55
            px, py = X + rr * math.cos(a), Y + rr * math.sin(a) * (0.72 if oval else 1)
            m = pymupdf.Matrix(-(ang + 90))  # the glyph upright, its foot towards the centre
            sh.insert_text(pymupdf.Point(px - fs / 2, py + fs * 0.4), ch, fontsize=fs, fontname=fname,
                           fontfile=FACE_FILES[face], color=color, fill_opacity=opacity, morph=(pymupdf.Point(px, py), m))
        if bottom:
            fs2 = R * 0.2
            wdt = font(face).text_length(bottom, fontsize=fs2)
            sh.insert_text(pymupdf.Point(X - wdt / 2, Y + R * 0.55), bottom, fontsize=fs2, fontname=fname,
                           fontfile=FACE_FILES[face], color=color, fill_opacity=opacity)
        sh.commit(overlay=overlay)
    return draw


def qr_block(x: float, y: float, size: float, payload: str):
    """A QR-like block: three finder squares and a module field seeded by the payload."""
    import hashlib

    rng = np.random.default_rng(int.from_bytes(hashlib.sha256(payload.encode()).digest()[:8], "little"))
    n = 29
    cells = rng.random((n, n)) < 0.5

    def draw(page: pymupdf.Page, overlay: bool) -> None:
        m = size / n * MM
        sh = page.new_shape()
        for (fx, fy) in ((0, 0), (n - 7, 0), (0, n - 7)):
            cells[fy:fy + 8 if fy == 0 else n, fx:fx + 8 if fx == 0 else n] = False
            sh.draw_rect(pymupdf.Rect(x * MM + fx * m, y * MM + fy * m, x * MM + (fx + 7) * m, y * MM + (fy + 7) * m))
            sh.draw_rect(pymupdf.Rect(x * MM + (fx + 2) * m, y * MM + (fy + 2) * m, x * MM + (fx + 5) * m, y * MM + (fy + 5) * m))
        sh.finish(color=(0, 0, 0), fill=None, width=m)
        for j in range(n):
            for i in range(n):
                if cells[j, i]:
                    sh.draw_rect(pymupdf.Rect(x * MM + i * m, y * MM + j * m, x * MM + (i + 1) * m, y * MM + (j + 1) * m))
        sh.finish(color=None, fill=(0, 0, 0), width=0)
        for (fx, fy) in ((0, 0), (n - 7, 0), (0, n - 7)):
            sh.draw_rect(pymupdf.Rect(x * MM + (fx + 2) * m, y * MM + (fy + 2) * m, x * MM + (fx + 5) * m, y * MM + (fy + 5) * m))
        sh.finish(color=None, fill=(0, 0, 0), width=0)
        sh.commit(overlay=overlay)
    return draw


def emblem(cx: float, cy: float, r: float):
    """The national emblem, simplified: gold rim, red disc, five gold stars and a gate."""

    def draw(page: pymupdf.Page, overlay: bool) -> None:
        X, Y, R = cx * MM, cy * MM, r * MM
        sh = page.new_shape()
        sh.draw_circle(pymupdf.Point(X, Y), R)
        sh.finish(color=(0.85, 0.65, 0.1), fill=(0.8, 0.1, 0.1), width=R * 0.12)
        for dx, dy, s in ((0, -0.45, 0.22), (-0.35, -0.3, 0.09), (-0.2, -0.62, 0.09),
                                        (0.2, -0.62, 0.09), (0.35, -0.3, 0.09)):
            pts = []
            for j in range(10):
                a = -math.pi / 2 + j * math.pi / 5
                rr = R * s * (1 if j % 2 == 0 else 0.4)
                pts.append(pymupdf.Point(X + dx * R + rr * math.cos(a), Y + dy * R + rr * math.sin(a)))
            sh.draw_polyline(pts)
        sh.finish(color=(0.95, 0.75, 0.1), fill=(0.95, 0.75, 0.1), closePath=True)
        sh.draw_rect(pymupdf.Rect(X - R * 0.45, Y - R * 0.05, X + R * 0.45, Y + R * 0.35))
        sh.finish(color=(0.95, 0.75, 0.1), fill=(0.95, 0.75, 0.1))
        sh.commit(overlay=overlay)
    return draw


def portrait(x: float, y: float, w: float, h: float, rng: np.random.Generator):
    """The ID card photo: a head and shoulders in flat tones on the pale background."""
    skin = (float(rng.uniform(0.75, 0.9)), float(rng.uniform(0.6, 0.72)), float(rng.uniform(0.5, 0.6)))
    hair = float(rng.uniform(0.05, 0.2))
    cloth = tuple(float(c) for c in rng.uniform(0.05, 0.5, 3))

    def draw(page: pymupdf.Page, overlay: bool) -> None:
        sh = page.new_shape()
        X, Y, W, H = x * MM, y * MM, w * MM, h * MM
        sh.draw_oval(pymupdf.Rect(X + W * 0.05, Y + H * 0.68, X + W * 0.95, Y + H * 1.25))
        sh.finish(color=None, fill=cloth)
        sh.draw_oval(pymupdf.Rect(X + W * 0.27, Y + H * 0.12, X + W * 0.73, Y + H * 0.66))
        sh.finish(color=None, fill=(hair, hair, hair))
        sh.draw_oval(pymupdf.Rect(X + W * 0.3, Y + H * 0.2, X + W * 0.7, Y + H * 0.68))
        sh.finish(color=None, fill=skin)
        sh.commit(overlay=overlay)
    return draw


def sticky(rect: pymupdf.Rect, color: tuple = (1.0, 0.93, 0.45)):
    def draw(page: pymupdf.Page, overlay: bool) -> None:
        sh = page.new_shape()
        sh.draw_rect(rect)
        sh.finish(color=None, fill=color)
        sh.commit(overlay=True)
    return draw


def rasterise(doc: pymupdf.Document, dpi: int, aa: int = 8, grey: bool = False) -> np.ndarray:
    """The page as an RGB (or grey) array, rasterised by MuPDF at its anti-aliasing level `aa` (0–8)."""
    pymupdf.TOOLS.set_aa_level(aa)
    try:
        pix = doc[0].get_pixmap(dpi=dpi, alpha=False, colorspace=pymupdf.csGRAY if grey else pymupdf.csRGB)
    finally:
        pymupdf.TOOLS.set_aa_level(8)
    a = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)
    return a[:, :, 0].copy() if grey else a[:, :, :3].copy()
