"""Family F draws its pages with Qt's text engine (QImage + QPainter + QFont: letter spacing,
horizontal stretch, synthetic bold), not Pillow and not a PDF step, so glyph rasterisation, kerning
and fallback differ from the other families. A page has three layers: the pre-printed form (base),
the values printed onto it (so they can be faded, dot-matrix printed or shifted off the labels'
baseline like a misfed form), and ink added afterwards (seals, stamps, handwriting), multiplied
onto the paper like real ink. Every value drawn is recorded (its rows and boxes) so the truth can
be checked against what the page shows."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

_APP: QGuiApplication | None = None
# PySide6 6.x on Python 3.11 (None not immortal yet) returns None from some QPainter calls without a
# reference; after tens of thousands of calls Python aborts ("deallocating None"). Holding extra
# references keeps a whole 150-file set safe; the QR code is also drawn in one call, not per module.
_NONE_GUARD = [None] * 4_000_000
_FAMILIES: dict[str, list[str]] = {}
ROOT = Path(__file__).resolve().parents[2]

# face roles -> installed families tried in order (build/setup/debian-packages.txt installs them)
WANT = {
    "song": ["AR PL SungtiL GB", "AR PL UMing CN", "Noto Serif CJK SC"],
    "kai": ["AR PL KaitiM GB", "LXGW WenKai", "AR PL UKai CN"],
    "hei": ["WenQuanYi Zen Hei", "Noto Sans CJK SC", "WenQuanYi Micro Hei"],
    "fancy": ["Smiley Sans", "WenQuanYi Zen Hei"],
    "mono": ["DejaVu Sans Mono", "WenQuanYi Zen Hei Mono", "Noto Sans Mono CJK SC"],
    "latin": ["DejaVu Sans", "DejaVu Serif"],
}


def app() -> QGuiApplication:
    global _APP
    inst = QGuiApplication.instance()
    if inst is None:        # a QApplication, so widget code sharing the process (pytest-qt) can use it too
        _APP = QApplication([])
        inst = _APP
    if not _FAMILIES:
        fb = ROOT / "resources" / "fonts" / "LXGWWenKai-Regular.ttf"
        if fb.exists():
            QFontDatabase.addApplicationFont(str(fb))
        have = set(QFontDatabase.families())
        for role, names in WANT.items():
            got = [n for n in names if n in have]
            _FAMILIES[role] = got or ["LXGW WenKai"]
    return inst  # type: ignore[return-value]


def faces(role: str) -> list[str]:
    app()
    return _FAMILIES[role]


@dataclass(frozen=True)
class Style:
    family: str
    px: float
    spacing: float = 0.0      # absolute letter spacing in px
    stretch: int = 100        # horizontal stretch, percent
    bold: bool = False
    color: tuple[int, int, int] = (20, 20, 20)

    def font(self) -> QFont:
        f = QFont(self.family)
        f.setPixelSize(max(6, int(round(self.px))))
        f.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, self.spacing)
        if self.stretch != 100:
            f.setStretch(self.stretch)
        f.setBold(self.bold)
        f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return f

    def with_(self, **kw) -> Style:
        return replace(self, **kw)


def advance(s: str, st: Style) -> float:
    return QFontMetricsF(st.font()).horizontalAdvance(s)


NO_ROW_START = set("，。、；：）》」』”’！？%,.;:)")


def wrap(s: str, st: Style, width: float) -> list[str]:
    """Greedy wrap by character (Chinese typesetting breaks anywhere, even inside a house number),
    keeping closing punctuation off the start of a row."""
    fm = QFontMetricsF(st.font())
    rows: list[str] = []
    cur = ""
    for ch in s:
        if cur and fm.horizontalAdvance(cur + ch) > width and ch not in NO_ROW_START:
            rows.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        rows.append(cur)
    return rows


class Canvas:
    """A page being drawn: base (pre-printed), vals (values), ink (seals, stamps, handwriting)."""

    def __init__(self, w: int, h: int, paper: tuple[int, int, int] = (251, 250, 245)) -> None:
        app()
        self.w, self.h = w, h
        self.base = QImage(w, h, QImage.Format.Format_RGB32)
        self.base.fill(QColor(*paper))
        self.vals = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        self.vals.fill(Qt.GlobalColor.transparent)
        self.ink = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        self.ink.fill(Qt.GlobalColor.transparent)
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self.drawn: dict[str, list[str]] = {}
        self.texts: list[str] = []
        self.mask: np.ndarray | None = None      # alpha of the object (rounded card corners), None = whole
        self._p: dict[str, QPainter] = {}

    def p(self, layer: str = "base") -> QPainter:
        if layer not in self._p:
            img = {"base": self.base, "vals": self.vals, "ink": self.ink}[layer]
            pa = QPainter(img)
            pa.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pa.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self._p[layer] = pa
        return self._p[layer]

    def end(self) -> None:
        for pa in self._p.values():
            pa.end()
        self._p.clear()

    # text ---------------------------------------------------------------------------------------
    def text(self, x: float, base: float, s: str, st: Style, layer: str = "base", key: str | None = None,
             rot: float = 0.0) -> float:
        pa = self.p(layer)
        pa.setFont(st.font())
        pa.setPen(QColor(*st.color))
        if rot:
            pa.save()
            pa.translate(x, base)
            pa.rotate(rot)
            pa.drawText(QPointF(0, 0), s)
            pa.restore()
        else:
            pa.drawText(QPointF(x, base), s)
        w = advance(s, st)
        self.texts.append(s)
        if key:
            fm = QFontMetricsF(st.font())
            self.boxes.setdefault(key, []).append((x, base - fm.ascent(), x + w, base + fm.descent()))
            self.drawn.setdefault(key, []).append(s)
        return w

    def centered(self, cx: float, base: float, s: str, st: Style, layer: str = "base", key: str | None = None) -> None:
        self.text(cx - advance(s, st) / 2, base, s, st, layer, key)

    def justified(self, x: float, base: float, label: str, st: Style, width: float) -> None:
        """A label spread evenly over `width`, the way the national templates set 名　　称 under 法定代表人."""
        chars = [c for c in label if not c.isspace()]
        if len(chars) < 2:
            self.text(x, base, label, st)
            return
        ws = [advance(c, st.with_(spacing=0)) for c in chars]
        gap = max(0.0, (width - sum(ws)) / (len(chars) - 1))
        cx = x
        pa = self.p("base")
        pa.setFont(st.with_(spacing=0).font())
        pa.setPen(QColor(*st.color))
        for c, w in zip(chars, ws, strict=True):
            pa.drawText(QPointF(cx, base), c)
            cx += w + gap
        self.texts.append(label)

    def block(self, key: str | None, x: float, base: float, value: str, st: Style, width: float, line_h: float,
              layer: str = "vals", first_width: float | None = None, max_rows: int = 40) -> float:
        """A value wrapped inside `width` from x; continuation rows start under the value (not the
        label). Returns the baseline after the last row."""
        rows = wrap(value, st, first_width or width)
        if first_width and len(rows) > 1:
            rows = [rows[0], *wrap(value[len(rows[0]):], st, width)]
        for row in rows[:max_rows]:
            self.text(x, base, row, st, layer, key)
            base += line_h
        return base

    # shapes -------------------------------------------------------------------------------------
    def rect(self, x: float, y: float, w: float, h: float, color=(40, 40, 40), width: float = 2.0, layer: str = "base",
             fill: tuple[int, ...] | None = None) -> None:
        pa = self.p(layer)
        pa.setPen(QPen(QColor(*color), width) if width else Qt.PenStyle.NoPen)
        pa.setBrush(QBrush(QColor(*fill)) if fill else Qt.BrushStyle.NoBrush)
        pa.drawRect(QRectF(x, y, w, h))

    def line(self, x0: float, y0: float, x1: float, y1: float, color=(40, 40, 40), width: float = 2.0,
             layer: str = "base", dash: bool = False) -> None:
        pa = self.p(layer)
        pen = QPen(QColor(*color), width)
        if dash:
            pen.setStyle(Qt.PenStyle.DashLine)
        pa.setPen(pen)
        pa.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    def guilloche(self, x: float, y: float, w: float, h: float, color=(196, 170, 120), band: float = 40, seed: int = 0) -> None:
        """A decorative border of interleaved sine ribbons, like the licence frames."""
        pa = self.p("base")
        for k in range(3):
            pa.setPen(QPen(QColor(*color, 200), 1.4))
            ph = k * 2.1 + seed
            for side in range(4):
                pts = []
                length = w if side % 2 == 0 else h
                n = int(length / 6)
                for i in range(n + 1):
                    t = i / n * length
                    off = band / 2 + band * 0.42 * math.sin(t / 23.0 + ph) * math.cos(t / 71.0 + ph)
                    if side == 0:
                        pts.append(QPointF(x + t, y + off))
                    elif side == 1:
                        pts.append(QPointF(x + w - off, y + t))
                    elif side == 2:
                        pts.append(QPointF(x + w - t, y + h - off))
                    else:
                        pts.append(QPointF(x + off, y + h - t))
                pa.drawPolyline(QPolygonF(pts))
        pa.setPen(QPen(QColor(*color), 3))
        pa.drawRect(QRectF(x, y, w, h))
        pa.drawRect(QRectF(x + band, y + band, w - 2 * band, h - 2 * band))

    def star(self, cx: float, cy: float, r: float, color, layer: str = "base", rot: float = -90) -> None:
        pts = []
        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.382
            a = math.radians(rot + i * 36)
            pts.append(QPointF(cx + rr * math.cos(a), cy + rr * math.sin(a)))
        pa = self.p(layer)
        pa.setPen(Qt.PenStyle.NoPen)
        pa.setBrush(QBrush(QColor(*color)))
        pa.drawPolygon(QPolygonF(pts))

    def emblem(self, cx: float, cy: float, r: float, layer: str = "base") -> None:
        """A simplified national emblem: red disc, gold ring, five stars, a gate and a wheel."""
        pa = self.p(layer)
        gold, red = (222, 176, 40), (206, 28, 30)
        pa.setPen(QPen(QColor(*gold), r * 0.08))
        pa.setBrush(QBrush(QColor(*red)))
        pa.drawEllipse(QPointF(cx, cy), r, r)
        self.star(cx - r * 0.35, cy - r * 0.45, r * 0.2, gold, layer)
        for i, a in enumerate((-30, -10, 10, 30)):
            self.star(cx - r * 0.05 + r * 0.2 * i, cy - r * 0.62 + abs(a) * r * 0.006, r * 0.07, gold, layer)
        pa.setPen(Qt.PenStyle.NoPen)
        pa.setBrush(QBrush(QColor(*gold)))
        pa.drawRect(QRectF(cx - r * 0.45, cy - r * 0.05, r * 0.9, r * 0.12))
        pa.drawRect(QRectF(cx - r * 0.4, cy + r * 0.1, r * 0.8, r * 0.3))
        pa.setBrush(QBrush(QColor(*red)))
        for i in range(5):
            pa.drawRect(QRectF(cx - r * 0.33 + i * r * 0.15, cy + r * 0.17, r * 0.07, r * 0.23))
        pa.setPen(QPen(QColor(*gold), r * 0.05))
        pa.setBrush(Qt.BrushStyle.NoBrush)
        pa.drawEllipse(QPointF(cx, cy + r * 0.72), r * 0.16, r * 0.16)

    def seal(self, cx: float, cy: float, r: float, ring_text: str, center: str = "", color=(214, 40, 40),
             face: str | None = None, alpha: int = 210, rot: float = 0.0, oval: bool = False) -> None:
        """A round official seal on the ink layer: ring, star, the name around the top, and an
        optional horizontal line (登记专用章 / 合同专用章) under the star."""
        pa = self.p("ink")
        col = QColor(*color, alpha)
        pa.save()
        pa.translate(cx, cy)
        pa.rotate(rot)
        pa.setPen(QPen(col, r * 0.055))
        pa.setBrush(Qt.BrushStyle.NoBrush)
        if oval:
            pa.drawEllipse(QPointF(0, 0), r * 1.25, r * 0.85)
        else:
            pa.drawEllipse(QPointF(0, 0), r, r)
        fam = face or faces("song")[0]
        n = len(ring_text)
        span = min(250.0, 18.0 * n + 30)
        fpx = r * 0.24 if n <= 14 else r * 0.2
        f = Style(fam, fpx, bold=True).font()
        pa.setFont(f)
        pa.setPen(col)
        fm = QFontMetricsF(f)
        for i, ch in enumerate(ring_text):
            a = -90 - span / 2 + span * (i + 0.5) / n
            pa.save()
            pa.rotate(a + 90)
            pa.drawText(QPointF(-fm.horizontalAdvance(ch) / 2, -r * 0.68), ch)
            pa.restore()
        pa.restore()
        self.star(cx, cy, r * 0.28, (color[0], color[1], color[2], alpha), "ink", rot=-90 + rot)
        if center:
            st = Style(fam, r * 0.19, bold=True, color=color)
            pa.save()
            pa.translate(cx, cy)
            pa.rotate(rot)
            pa.setFont(st.font())
            pa.setPen(col)
            pa.drawText(QPointF(-advance(center, st) / 2, r * 0.6), center)
            pa.restore()

    def qr(self, x: float, y: float, size: float, data: str, layer: str = "base") -> None:
        import qrcode

        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(data)
        q.make(fit=True)
        m = np.array(q.get_matrix(), bool)
        n = m.shape[0]
        qi = np.where(m, 15, 255).astype(np.uint8)
        qi = np.ascontiguousarray(np.repeat(qi[..., None], 4, axis=2))
        qi[..., 3] = 255
        img = QImage(qi.data, n, n, n * 4, QImage.Format.Format_RGB32).copy()
        pa = self.p(layer)
        pa.save()
        pa.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        pa.drawImage(QRectF(x, y, size, size), img)     # one call: PySide6 leaks a None reference per call
        pa.restore()

    def photo(self, x: float, y: float, w: float, h: float, tone: int = 0) -> None:
        """The holder's portrait: a silhouette on a pale background (no real face)."""
        pa = self.p("base")
        skin = [(226, 196, 170), (214, 180, 150), (200, 164, 134)][tone % 3]
        pa.setPen(Qt.PenStyle.NoPen)
        pa.setBrush(QBrush(QColor(236, 238, 242)))
        pa.drawRect(QRectF(x, y, w, h))
        pa.setBrush(QBrush(QColor(40, 44, 54)))
        path = QPainterPath()
        path.addEllipse(QRectF(x + w * 0.08, y + h * 0.78, w * 0.84, h * 0.5))
        pa.drawPath(path)
        pa.setBrush(QBrush(QColor(*skin)))
        pa.drawEllipse(QRectF(x + w * 0.28, y + h * 0.2, w * 0.44, h * 0.52))
        pa.setBrush(QBrush(QColor(30, 28, 28)))
        pa.drawChord(QRectF(x + w * 0.26, y + h * 0.14, w * 0.48, h * 0.34), 0, 180 * 16)

    # raster -------------------------------------------------------------------------------------
    def render(self, values_fx: str = "", rng: np.random.Generator | None = None) -> np.ndarray:
        """The finished page as an RGB uint8 array. values_fx: '', 'faded' (uneven light toner),
        'dotmatrix' (values as 24-pin dots, slightly lighter ribbon). Layers are composed by Qt
        (values over the form, ink multiplied onto both)."""
        import cv2

        self.end()
        vals_img = self.vals
        if values_fx:
            rng = rng or np.random.default_rng(0)
            v = _np(self.vals)                       # RGBA premultiplied
            a = v[..., 3].astype(np.float32) / 255.0
            h, w = a.shape
            if values_fx == "faded":
                sh, sw = max(2, h // 16), max(2, w // 16)
                yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
                a0, a1 = rng.uniform(0.5, 0.7), rng.uniform(0.8, 0.95)
                g = a0 + (a1 - a0) * (0.5 + 0.5 * np.sin(xx / sw * rng.uniform(2, 5) + rng.uniform(0, 6)) * np.cos(yy / sh * 3))
                g = cv2.resize(g, (w, h), interpolation=cv2.INTER_LINEAR)
                speck = np.where(rng.random((h, w), dtype=np.float32) > 0.06, 1.0, 0.65).astype(np.float32)
                f = g * speck
                a2 = a * f
                rgb = v[..., :3].astype(np.float32) * f[..., None]
            else:
                m = cv2.dilate((a > 0.35).astype(np.uint8), np.ones((2, 2), np.uint8))
                dot = np.zeros((3, 3), np.float32)
                dot[1, :] = 1
                dot[:, 1] = 1
                dots = np.tile(dot, (h // 3 + 1, w // 3 + 1))[:h, :w]
                a2 = np.clip(cv2.GaussianBlur(m.astype(np.float32) * dots, (3, 3), 0.6) * 1.3, 0, 0.88)
                rgb = a2[..., None] * np.array([38, 38, 60], np.float32)
            out = np.empty((h, w, 4), np.uint8)
            out[..., 0] = np.clip(rgb[..., 2], 0, 255)
            out[..., 1] = np.clip(rgb[..., 1], 0, 255)
            out[..., 2] = np.clip(rgb[..., 0], 0, 255)
            out[..., 3] = np.clip(a2 * 255, 0, 255)
            self._keep = out
            vals_img = QImage(out.data, w, h, w * 4, QImage.Format.Format_ARGB32_Premultiplied)
        page = self.base.copy()
        pa = QPainter(page)
        pa.drawImage(0, 0, vals_img)
        pa.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        pa.drawImage(0, 0, self.ink)
        pa.end()
        return _np(page)[..., :3].copy()


def _np(img: QImage) -> np.ndarray:
    img = img.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied) if img.format() != QImage.Format.Format_ARGB32_Premultiplied and img.format() != QImage.Format.Format_RGB32 else img
    h, w, bpl = img.height(), img.width(), img.bytesPerLine()
    buf = np.frombuffer(img.constBits(), np.uint8, count=h * bpl).reshape(h, bpl)[:, : w * 4].reshape(h, w, 4)
    return buf[..., [2, 1, 0, 3]]          # BGRA (little endian) -> RGBA (a copy, by fancy indexing)
