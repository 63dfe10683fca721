"""Cairo drawing primitives for family ZQ (cairocffi on libcairo2): text by fontconfig family name
through the toy font API with every string checked against its face's cmap first, spread labels
(名　　称), a CJK line breaker measured with text_extents (no line-start punctuation), seals with
characters rotated on an arc, guilloche, emblem, QR-like blocks, card waves, the ID photo. All
coordinates are millimetres; `Ink` records where each field's value ink lies."""

from __future__ import annotations

import math

import cairocffi as cairo

from benchmarks.docgen_zq import faces

NO_LINE_START = set("，。、；：？！）》」』】〕”’,.;:?!)%")


class Ink:
    """Boxes (mm, page coordinates) of each truth field's value ink."""

    def __init__(self):
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}

    def add(self, key, box):
        if key:
            self.boxes.setdefault(key, []).append(box)


def font_options(aa: str, hint: str):
    fo = cairo.FontOptions()
    fo.set_antialias({"gray": cairo.ANTIALIAS_GRAY, "none": cairo.ANTIALIAS_NONE,
                      "subpixel": cairo.ANTIALIAS_SUBPIXEL, "default": cairo.ANTIALIAS_DEFAULT}[aa])
    fo.set_hint_style({"none": cairo.HINT_STYLE_NONE, "slight": cairo.HINT_STYLE_SLIGHT,
                       "full": cairo.HINT_STYLE_FULL, "medium": cairo.HINT_STYLE_MEDIUM}[hint])
    fo.set_hint_metrics(cairo.HINT_METRICS_OFF)
    return fo


def set_face(ctx, face: str, size: float, bold: bool = False):
    ctx.select_font_face(face, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
    ctx.set_font_size(size)


def width(ctx, face, size, s, bold=False) -> float:
    set_face(ctx, face, size, bold)
    return ctx.text_extents(s)[4]


def text(ctx, face, size, x, y, s, rgb=(0, 0, 0), ink: Ink | None = None, key: str | None = None,
         bold=False, anchor="left"):
    """Draw `s` with its baseline at y; returns the advance width."""
    if not s:
        return 0.0
    faces.check(face, s)
    set_face(ctx, face, size, bold)
    ext = ctx.text_extents(s)
    w = ext[4]
    if anchor == "center":
        x -= w / 2
    elif anchor == "right":
        x -= w
    ctx.set_source_rgb(*rgb)
    ctx.move_to(x, y)
    ctx.show_text(s)
    if ink is not None:
        ink.add(key, (x + ext[0], y + ext[1], x + ext[0] + ext[2], y + ext[1] + ext[3]))
    return w


def spread(ctx, face, size, x, y, label, w, rgb=(0, 0, 0), bold=False):
    """A label spread over width w (名　　称): first character at x, last ending at x + w."""
    chars = list(label)
    if len(chars) == 1:
        return text(ctx, face, size, x, y, label, rgb, bold=bold)
    ws = [width(ctx, face, size, c, bold) for c in chars]
    gap = (w - sum(ws)) / (len(chars) - 1)
    xx = x
    for c, cw in zip(chars, ws, strict=False):
        text(ctx, face, size, xx, y, c, rgb, bold=bold)
        xx += cw + max(gap, 0)
    return w


def break_lines(ctx, face, size, s, w) -> list[str]:
    """Greedy CJK breaking by measured advance; a punctuation mark never starts a line (it is pulled
    back to the line before)."""
    set_face(ctx, face, size)
    lines, cur = [], ""
    for ch in s:
        if cur and ctx.text_extents(cur + ch)[4] > w:
            if ch in NO_LINE_START:
                # pull the last character down with it instead of starting a line with punctuation
                lines.append(cur[:-1])
                cur = cur[-1] + ch
            else:
                lines.append(cur)
                cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(ctx, face, size, x, y, s, w, lead, rgb=(0, 0, 0), ink=None, key=None, max_lines=99):
    lines = break_lines(ctx, face, size, s, w)[:max_lines]
    for i, ln in enumerate(lines):
        text(ctx, face, size, x, y + i * lead, ln, rgb, ink, key)
    return len(lines)


def star(ctx, cx, cy, r, rot=-math.pi / 2):
    for i in range(10):
        a = rot + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.382
        (ctx.move_to if i == 0 else ctx.line_to)(cx + rr * math.cos(a), cy + rr * math.sin(a))
    ctx.close_path()


def seal(ctx, face, cx, cy, r, top: str, bottom: str = "", rgb=(0.85, 0.1, 0.12), alpha=0.8, rng=None):
    """A round official seal: ring, star, the unit's name rotated along the upper arc, a line below."""
    ctx.save()
    ctx.set_source_rgba(*rgb, alpha)
    ctx.set_line_width(r * 0.06)
    ctx.arc(cx, cy, r * 0.96, 0, 2 * math.pi)
    ctx.stroke()
    star(ctx, cx, cy, r * 0.28)
    ctx.fill()
    n = len(top)
    span = min(math.radians(250), math.radians(22) * n)
    size = r * 0.26
    faces.check(face, top)
    set_face(ctx, face, size, True)
    for i, ch in enumerate(top):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        ctx.save()
        ctx.translate(cx + r * 0.72 * math.cos(a), cy + r * 0.72 * math.sin(a))
        ctx.rotate(a + math.pi / 2)
        w = ctx.text_extents(ch)[4]
        ctx.move_to(-w / 2, size * 0.4)
        ctx.show_text(ch)
        ctx.restore()
    if bottom:
        faces.check(face, bottom)
        set_face(ctx, face, size * 0.85, True)
        w = ctx.text_extents(bottom)[4]
        ctx.move_to(cx - w / 2, cy + r * 0.62)
        ctx.show_text(bottom)
    if rng is not None:  # uneven stamping: paper grain lets some ink through
        ctx.set_operator(cairo.OPERATOR_DEST_OUT)
        for _ in range(40):
            ctx.arc(cx + (rng.random() - 0.5) * 2 * r, cy + (rng.random() - 0.5) * 2 * r, r * 0.05 * rng.random(), 0, 6.3)
            ctx.set_source_rgba(0, 0, 0, 0.5 * rng.random())
            ctx.fill()
    ctx.restore()


def guilloche(ctx, x, y, w, h, rgb, lw=0.12, loops=70, amp=2.2):
    """A border band of interlaced sine curves around a rectangle."""
    ctx.save()
    ctx.set_line_width(lw)
    ctx.set_source_rgb(*rgb)
    for k in range(3):
        ph = k * 2.1
        for side in range(4):
            pts = []
            steps = 400
            for i in range(steps + 1):
                t = i / steps
                off = amp * (1 + math.sin(2 * math.pi * loops * t + ph)) / 2 + amp * 0.2 * math.sin(2 * math.pi * 7 * t + ph)
                if side == 0:
                    pts.append((x + w * t, y + off))
                elif side == 1:
                    pts.append((x + w - off, y + h * t))
                elif side == 2:
                    pts.append((x + w * (1 - t), y + h - off))
                else:
                    pts.append((x + off, y + h * (1 - t)))
            ctx.move_to(*pts[0])
            for p in pts[1:]:
                ctx.line_to(*p)
            ctx.stroke()
    ctx.restore()


def emblem(ctx, cx, cy, r):
    """The national emblem's shape language: red disc, gold ring, five stars, gate and wheat arcs."""
    ctx.save()
    g = cairo.RadialGradient(cx, cy - r * 0.3, r * 0.1, cx, cy, r)
    g.add_color_stop_rgb(0, 0.95, 0.2, 0.15)
    g.add_color_stop_rgb(1, 0.7, 0.05, 0.05)
    ctx.set_source(g)
    ctx.arc(cx, cy, r, 0, 2 * math.pi)
    ctx.fill()
    ctx.set_source_rgb(0.95, 0.78, 0.2)
    ctx.set_line_width(r * 0.1)
    for s in (-1, 1):  # wheat ears
        for i in range(9):
            a = math.pi / 2 + s * (0.3 + i * 0.28)
            ctx.save()
            ctx.translate(cx + r * 0.88 * math.cos(a), cy + r * 0.88 * math.sin(a))
            ctx.rotate(a)
            ctx.scale(r * 0.12, r * 0.06)
            ctx.arc(0, 0, 1, 0, 2 * math.pi)
            ctx.restore()
            ctx.fill()
    star(ctx, cx, cy - r * 0.42, r * 0.22)
    ctx.fill()
    for i in range(4):
        a = -math.pi / 2 + (i - 1.5) * 0.45
        star(ctx, cx + r * 0.55 * math.cos(a) * 1.1, cy - r * 0.42 + r * 0.28 * math.sin(a) + r * 0.2, r * 0.08)
        ctx.fill()
    ctx.rectangle(cx - r * 0.45, cy + r * 0.05, r * 0.9, r * 0.1)
    ctx.rectangle(cx - r * 0.35, cy + r * 0.18, r * 0.7, r * 0.28)
    ctx.fill()
    ctx.set_source_rgb(0.7, 0.05, 0.05)
    ctx.rectangle(cx - r * 0.08, cy + r * 0.25, r * 0.16, r * 0.21)
    ctx.fill()
    ctx.restore()


def qr_block(ctx, x, y, size, rng, n=25):
    m = size / n
    ctx.save()
    ctx.set_source_rgb(1, 1, 1)
    ctx.rectangle(x - m, y - m, size + 2 * m, size + 2 * m)
    ctx.fill()
    ctx.set_source_rgb(0, 0, 0)
    bits = rng.random((n, n)) < 0.5
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        bits[fy:fy + 7, fx:fx + 7] = False
        bits[fy + 8:fy + 8, fx:fx + 8] = False
    for j in range(n):
        for i in range(n):
            if bits[j, i] and not ((i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8)):
                ctx.rectangle(x + i * m, y + j * m, m * 1.02, m * 1.02)
    ctx.fill()
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        ctx.rectangle(x + fx * m, y + fy * m, 7 * m, 7 * m)
        ctx.fill()
        ctx.set_source_rgb(1, 1, 1)
        ctx.rectangle(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m)
        ctx.fill()
        ctx.set_source_rgb(0, 0, 0)
        ctx.rectangle(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m)
        ctx.fill()
    ctx.restore()


def waves(ctx, x, y, w, h, rgb, n=28, amp=1.4, lw=0.08, phase=0.0):
    ctx.save()
    ctx.set_source_rgba(*rgb, 0.55)
    ctx.set_line_width(lw)
    for k in range(n):
        yy = y + h * k / n
        ctx.move_to(x, yy)
        for i in range(1, 121):
            t = i / 120
            ctx.line_to(x + w * t, yy + amp * math.sin(2 * math.pi * (2.5 * t + k * 0.07) + phase))
        ctx.stroke()
    ctx.restore()


def portrait(ctx, x, y, w, h, rng):
    """The ID photo: a pale backdrop, shoulders and a head as paths with gradients."""
    ctx.save()
    ctx.rectangle(x, y, w, h)
    ctx.clip()
    ctx.set_source_rgb(0.93, 0.95, 0.97)
    ctx.paint()
    cx = x + w / 2 + (rng.random() - 0.5) * w * 0.06
    skin = (0.93 - 0.1 * rng.random(), 0.78 - 0.1 * rng.random(), 0.66 - 0.08 * rng.random())
    dark = 0.08 + 0.15 * rng.random()
    ctx.set_source_rgb(dark, dark * 0.9, dark * 0.9 + 0.05)
    ctx.move_to(x, y + h)
    ctx.curve_to(x + w * 0.05, y + h * 0.72, cx - w * 0.3, y + h * 0.7, cx, y + h * 0.68)
    ctx.curve_to(cx + w * 0.3, y + h * 0.7, x + w * 0.95, y + h * 0.72, x + w, y + h)
    ctx.close_path()
    ctx.fill()
    ctx.set_source_rgb(*skin)
    ctx.rectangle(cx - w * 0.09, y + h * 0.5, w * 0.18, h * 0.2)
    ctx.fill()
    g = cairo.RadialGradient(cx - w * 0.05, y + h * 0.33, w * 0.03, cx, y + h * 0.38, w * 0.3)
    g.add_color_stop_rgb(0, min(1, skin[0] + 0.05), min(1, skin[1] + 0.05), min(1, skin[2] + 0.05))
    g.add_color_stop_rgb(1, skin[0] - 0.15, skin[1] - 0.15, skin[2] - 0.15)
    ctx.set_source(g)
    ctx.save()
    ctx.translate(cx, y + h * 0.38)
    ctx.scale(w * 0.22, h * 0.2)
    ctx.arc(0, 0, 1, 0, 2 * math.pi)
    ctx.restore()
    ctx.fill()
    hair = 0.05 + 0.1 * rng.random()
    ctx.set_source_rgb(hair, hair, hair)
    ctx.save()
    ctx.translate(cx, y + h * 0.3)
    ctx.scale(w * 0.235, h * 0.15)
    ctx.arc(0, 0, 1, math.pi, 2 * math.pi)
    ctx.restore()
    ctx.fill()
    ctx.restore()
