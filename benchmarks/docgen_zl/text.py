"""Family ZL's own text engine: HarfBuzz (uharfbuzz) shapes each run into glyph ids, advances and
offsets; FreeType (freetype-py) rasterises every glyph from the face's file at the capture's dpi with
a chosen hinting / antialias mode (light, mono, LCD-filtered, unhinted), and the glyphs are composited
into a linear-light numpy canvas (gamma 2.2). A glyph id 0 raises: no character is ever drawn as
.notdef or by a fallback face. Also the CJK line breaker (no punctuation at a line start, no opening
bracket at a line end, digit/Latin runs kept whole) and labels spread over a label column."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache, lru_cache

import freetype
import numpy as np
import uharfbuzz as hb

FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/"
NOTO = "/usr/share/fonts/opentype/noto/"
TT = "/usr/share/fonts/truetype/"
# key -> (file, index in the collection)
FACES = {
    "uming": (TT + "arphic/uming.ttc", 0),
    "ukai": (TT + "arphic/ukai.ttc", 0),
    "gbsn": (TT + "arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "gkai": (TT + "arphic-gkai00mp/gkai00mp.ttf", 0),
    "fsong": (FANDOL + "FandolSong-Regular.otf", 0),
    "fsongb": (FANDOL + "FandolSong-Bold.otf", 0),
    "fhei": (FANDOL + "FandolHei-Regular.otf", 0),
    "fheib": (FANDOL + "FandolHei-Bold.otf", 0),
    "fkai": (FANDOL + "FandolKai-Regular.otf", 0),
    "ffang": (FANDOL + "FandolFang-Regular.otf", 0),
    "nserif": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "nserifb": (NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "nsans": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "nsansb": (NOTO + "NotoSansCJK-Bold.ttc", 2),
    "zenhei": (TT + "wqy/wqy-zenhei.ttc", 0),
    "microhei": (TT + "wqy/wqy-microhei.ttc", 0),
    "wenkai": (TT + "lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "droid": (TT + "droid/DroidSansFallbackFull.ttf", 0),
    "mono": (TT + "liberation2/LiberationMono-Regular.ttf", 0),
    "dvmono": (TT + "dejavu/DejaVuSansMono.ttf", 0),
    "dvsans": (TT + "dejavu/DejaVuSans.ttf", 0),
}
SONG = ["fsong", "uming", "nserif", "gbsn"]
HEI = ["fhei", "nsans", "zenhei", "microhei", "droid"]
KAI = ["ukai", "wenkai", "fkai", "gkai"]
MODES = ("light", "mono", "lcd", "unhinted")
NO_START = set("，。、；：？！）》」』】〕”’·…%,.;:!?)]}-—")
NO_END = set("（《「『【〔“‘([{")
DRAWN: list[tuple[str, str]] = []  # (face key, text) of every run drawn, for the tests


class MissingGlyph(ValueError):
    pass


@cache
def ft_face(key: str) -> freetype.Face:
    path, idx = FACES[key]
    return freetype.Face(path, idx)


@cache
def hb_font(key: str) -> hb.Font:
    path, idx = FACES[key]
    face = hb.Face(hb.Blob.from_file_path(path), idx)
    return hb.Font(face)


@cache
def upem(key: str) -> int:
    return ft_face(key).units_per_EM


def covers(key: str, text: str) -> bool:
    f = ft_face(key)
    return all(ch.isspace() or f.get_char_index(ord(ch)) for ch in text)


def first_covering(keys: list[str], text: str) -> str:
    for k in keys:
        if covers(k, text):
            return k
    raise MissingGlyph(f"no face of {keys} covers {text!r}")


@lru_cache(maxsize=8192)
def shape(key: str, text: str) -> tuple[tuple[int, float, float, float, int], ...]:
    """Glyph ids with advance / x-offset / y-offset in em units and the cluster (character index)."""
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb_font(key), buf, {"kern": True, "liga": False})
    u = float(upem(key))
    out = []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        if info.codepoint == 0 and not text[info.cluster].isspace():
            raise MissingGlyph(f"{key} has no glyph for {text[info.cluster]!r} in {text!r}")
        out.append((info.codepoint, pos.x_advance / u, pos.x_offset / u, pos.y_offset / u, info.cluster))
    return tuple(out)


def width_em(key: str, text: str) -> float:
    return sum(g[1] for g in shape(key, text))


_FLAGS = {
    "light": (freetype.FT_LOAD_TARGET_LIGHT, freetype.FT_RENDER_MODE_LIGHT),
    "mono": (freetype.FT_LOAD_TARGET_MONO, freetype.FT_RENDER_MODE_MONO),
    "lcd": (freetype.FT_LOAD_TARGET_LCD, freetype.FT_RENDER_MODE_LCD),
    "unhinted": (freetype.FT_LOAD_NO_HINTING, freetype.FT_RENDER_MODE_NORMAL),
}
_LCD_SET = [False]


@lru_cache(maxsize=60000)
def glyph(key: str, gid: int, px: float, mode: str, angle_q: int = 0):
    """(coverage float32 HxW or HxWx3 for LCD, left, top) of one glyph at `px` pixels per em,
    rotated by angle_q/100 degrees (FreeType transforms the outline)."""
    f = ft_face(key)
    if mode == "lcd" and not _LCD_SET[0]:
        try:
            from freetype import raw
            raw.FT_Library_SetLcdFilter(freetype.get_handle(), freetype.FT_LCD_FILTER_DEFAULT)
        except Exception:  # a FreeType built without subpixel rendering still renders LCD bitmaps
            pass
        _LCD_SET[0] = True
    f.set_char_size(int(round(px * 64)), 0, 72, 72)
    if angle_q:
        a = math.radians(angle_q / 100.0)
        m = freetype.Matrix(int(math.cos(a) * 0x10000), int(-math.sin(a) * 0x10000),
                            int(math.sin(a) * 0x10000), int(math.cos(a) * 0x10000))
        f.set_transform(m, freetype.Vector(0, 0))
    else:
        f.set_transform(freetype.Matrix(0x10000, 0, 0, 0x10000), freetype.Vector(0, 0))
    load, render = _FLAGS[mode]
    if angle_q:
        load, render = freetype.FT_LOAD_NO_HINTING, freetype.FT_RENDER_MODE_NORMAL
    f.load_glyph(gid, load | freetype.FT_LOAD_DEFAULT)
    f.glyph.render(render)
    bm = f.glyph.bitmap
    rows, width, pitch = bm.rows, bm.width, bm.pitch
    left, top = f.glyph.bitmap_left, f.glyph.bitmap_top
    if rows == 0 or width == 0:
        return None, left, top
    raw_buf = np.ctypeslib.as_array(bm._FT_Bitmap.buffer, shape=(rows * abs(pitch),))
    buf = raw_buf.copy().reshape(rows, abs(pitch))
    if bm.pixel_mode == freetype.FT_PIXEL_MODE_MONO:
        cov = np.unpackbits(buf, axis=1)[:, :width].astype(np.float32)
    elif bm.pixel_mode == freetype.FT_PIXEL_MODE_LCD:
        cov = buf[:, :width].reshape(rows, width // 3, 3).astype(np.float32) / 255.0
    else:
        cov = buf[:, :width].astype(np.float32) / 255.0
    return cov, left, top


_LIN = ((np.arange(256, dtype=np.float32) / 255.0) ** 2.2).astype(np.float32)
_SRGB = (((np.arange(4096, dtype=np.float32) + 0.5) / 4096.0) ** (1 / 2.2) * 255.0 + 0.5).astype(np.uint8)


def to_lin(rgb) -> np.ndarray:
    """sRGB-ish 8-bit values to linear light (gamma 2.2), through a table."""
    return _LIN[np.asarray(rgb, dtype=np.uint8)]


def to_srgb(lin: np.ndarray) -> np.ndarray:
    """Linear light back to 8-bit (gamma 1/2.2), through a 12-bit table."""
    q = np.clip(lin * 4096.0, 0, 4095).astype(np.int16)
    return _SRGB[q]


@dataclass
class Run:
    key: str
    size_mm: float
    color: tuple[int, int, int]
    glyphs: list[tuple[int, float, float]]  # gid, x mm, baseline y mm
    text: str


@dataclass
class Canvas:
    """A page in mm drawn at `dpi`. Three layers in linear light (gamma 2.2): the art (a Pillow RGB
    image aggdraw draws on), the text (premultiplied ink + coverage) and a multiply layer for seals,
    watermarks and pen marks; `finish()` composites them. Also the text runs (for the PDF writer) and
    the ink boxes of every field value (mm, one per character)."""
    w_mm: float
    h_mm: float
    dpi: float
    mode: str = "light"
    paper: tuple[int, int, int] = (252, 252, 250)
    runs: list[Run] = field(default_factory=list)
    boxes: dict[str, list[tuple[float, float, float, float]]] = field(default_factory=dict)
    draw_text: bool = True
    layer: str = "text"

    def __post_init__(self):
        from PIL import Image

        self.W, self.H = int(round(self.w_mm * self.k)), int(round(self.h_mm * self.k))
        self.art = Image.new("RGB", (self.W, self.H), self.paper)
        self.ink = np.zeros((self.H, self.W, 3), np.float32)
        self.alpha = np.zeros((self.H, self.W, 1), np.float32)
        self.absorb = np.zeros((self.H, self.W, 3), np.float32)  # 1 - the multiply layer's transmission
        # which 64-px band of rows holds ink, and from which column to which (the rest stays 8-bit)
        self.dirty = np.zeros((self.H // 64 + 1, 2), np.int64)
        self.dirty[:, 0] = self.W

    @property
    def k(self) -> float:
        return self.dpi / 25.4

    def px(self, mm: float) -> float:
        return mm * self.k

    def finish(self, text: bool = True) -> np.ndarray:
        """The page as 8-bit sRGB: the art, the text over it and the multiply layer, composited in
        linear light where anything was drawn (the bands of rows the glyphs and marks touched)."""
        out = np.array(self.art)
        for band, (c0, c1) in enumerate(self.dirty):
            if c0 >= c1:
                continue
            r0, r1 = band * 64, min(band * 64 + 64, self.H)
            lin = to_lin(out[r0:r1, c0:c1])
            if text:
                lin = lin * (1 - self.alpha[r0:r1, c0:c1]) + self.ink[r0:r1, c0:c1]
            lin *= 1 - self.absorb[r0:r1, c0:c1]
            out[r0:r1, c0:c1] = to_srgb(lin)
        return out

    def text(self, key: str, size_mm: float, x: float, y: float, s: str, color=(20, 20, 20),
             track_mm: float = 0.0, field_key: str | None = None, opacity: float = 1.0) -> float:
        """Draw `s` with its baseline at (x, y) mm; returns the x where the run ends."""
        if not s:
            return x
        DRAWN.append((key, s))
        glyphs = shape(key, s)
        run = Run(key, size_mm, color, [], s)
        pen = x
        boxes = []
        for gid, adv, xo, yo, cl in glyphs:
            gx, gy = pen + xo * size_mm, y - yo * size_mm
            run.glyphs.append((gid, gx, gy))
            if not s[cl].isspace():
                boxes.append((gx, y - 0.88 * size_mm, gx + adv * size_mm, y + 0.12 * size_mm))
            self._blit(key, gid, size_mm, gx, gy, color, opacity)
            pen += adv * size_mm + track_mm
        if self.layer == "text":
            self.runs.append(run)
        if field_key:
            self.boxes.setdefault(field_key, []).extend(boxes)
        return pen - track_mm

    def _blit(self, key, gid, size_mm, gx, gy, color, opacity=1.0):
        px = self.px(size_mm)
        cov, left, top = glyph(key, gid, round(px * 4) / 4, self.mode)
        if cov is None:
            return
        ox = int(round(self.px(gx))) + left
        oy = int(round(self.px(gy))) - top
        self.composite(cov, ox, oy, color, opacity)

    def composite(self, cov, ox, oy, color, opacity=1.0):
        H, W = self.H, self.W
        h, w = cov.shape[:2]
        x0, y0, x1, y1 = max(ox, 0), max(oy, 0), min(ox + w, W), min(oy + h, H)
        if x0 >= x1 or y0 >= y1:
            return
        c = cov[y0 - oy:y1 - oy, x0 - ox:x1 - ox] * opacity
        b0, b1 = y0 // 64, (y1 - 1) // 64 + 1
        self.dirty[b0:b1, 0] = np.minimum(self.dirty[b0:b1, 0], x0)
        self.dirty[b0:b1, 1] = np.maximum(self.dirty[b0:b1, 1], x1)
        if c.ndim == 2:
            c = c[:, :, None]
        ink = to_lin(color)
        if self.layer == "text":
            if c.shape[2] == 3:  # LCD coverage per subpixel: colour fringes as on a screen
                a = c.mean(axis=2, keepdims=True)
            else:
                a = c
            self.ink[y0:y1, x0:x1] = self.ink[y0:y1, x0:x1] * (1 - c) + c * ink
            self.alpha[y0:y1, x0:x1] = self.alpha[y0:y1, x0:x1] * (1 - a) + a
        else:
            t = 1 - self.absorb[y0:y1, x0:x1]
            t *= 1 - c * (1 - ink)
            self.absorb[y0:y1, x0:x1] = 1 - t

    def char_rotated(self, key: str, size_mm: float, cx: float, cy: float, ch: str, angle_deg: float,
                     color=(200, 30, 30), opacity=0.85):
        """One character centred at (cx, cy) mm, turned by angle_deg (counter-clockwise) — the seal's
        arc text and watermarks: FreeType rotates the outline before it is rasterised."""
        DRAWN.append((key, ch))
        gid, adv, _, _, _ = shape(key, ch)[0]
        px = round(self.px(size_mm) * 4) / 4
        cov, left, top = glyph(key, gid, px, "unhinted", int(round(angle_deg * 100)))
        if cov is None:
            return
        a = math.radians(angle_deg)
        dx, dy = adv * px / 2, 0.38 * px
        rx, ry = dx * math.cos(a) - dy * math.sin(a), dx * math.sin(a) + dy * math.cos(a)
        ox = int(round(self.px(cx) - rx)) + left
        oy = int(round(self.px(cy) + ry)) - top
        self.composite(cov, ox, oy, color, opacity)


def spread(cv: Canvas, key: str, size_mm: float, x0: float, x1: float, y: float, s: str, **kw) -> None:
    """A label spread over the label column (名　　称): first character at x0, last ending at x1."""
    if len(s) == 1:
        cv.text(key, size_mm, x0, y, s, **kw)
        return
    ws = [width_em(key, ch) * size_mm for ch in s]
    gap = (x1 - x0 - sum(ws)) / (len(s) - 1)
    x = x0
    for ch, w in zip(s, ws, strict=True):
        cv.text(key, size_mm, x, y, ch, **kw)
        x += w + gap


def vertical(cv: Canvas, key: str, size_mm: float, x: float, y: float, s: str, lead: float = 1.15, **kw) -> None:
    """A vertical run, one character under the other (centred on x)."""
    for i, ch in enumerate(s):
        w = width_em(key, ch) * size_mm
        cv.text(key, size_mm, x - w / 2, y + i * size_mm * lead, ch, **kw)


def _tokens(s: str) -> list[str]:
    out: list[str] = []
    for ch in s:
        if out and (ch.isascii() and ch.isalnum()) and out[-1][-1].isascii() and out[-1][-1].isalnum():
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wrap(key: str, size_mm: float, s: str, width_mm: float, first_width_mm: float | None = None) -> list[str]:
    """The CJK line breaker: fills each line, never starts one with closing punctuation (the
    character is pulled back onto the line before), never ends one with an opening bracket, and
    keeps digit / Latin runs whole."""
    toks = _tokens(s)
    lines: list[str] = []
    cur = ""
    limit = first_width_mm if first_width_mm is not None else width_mm
    for t in toks:
        if cur and width_em(key, cur + t) * size_mm > limit:
            if t in NO_START:  # hang it on this line
                cur += t
                continue
            carry = ""
            while cur and cur[-1] in NO_END:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur = carry + t
            limit = width_mm
        else:
            cur += t
    if cur:
        lines.append(cur)
    return lines
