"""Marks drawn on the libharu page after the document: a 仅供…使用 watermark, a 复印件与原件一致 note with a
signature and date, a company seal stamped over text. They never hide a value (the ink stays readable
through them); only the captures decide `unreadable`."""

from __future__ import annotations

import math

from benchmarks.docgen_zp import values as V
from benchmarks.docgen_zp.canvas import Canvas

PURPOSES = ["办理公共场所卫生许可", "办理食品经营许可", "银行开户", "办理营业执照变更", "社保登记", "本次业务办理"]


def watermark(c: Canvas, rng, face: str) -> None:  # noqa: ANN001
    text = f"仅供{V.pick(rng, PURPOSES)}使用"
    size = max(c.w, c.h) / 14 * 2.83
    ang = float(rng.uniform(20, 40))
    c.save()
    c.alpha(float(rng.uniform(0.18, 0.32)))
    col = (0.55, 0.55, 0.6) if rng.random() < 0.6 else (0.3, 0.45, 0.85)
    step_x, step_y = c.w * 0.55, c.h * 0.32
    y = c.h * 0.12
    while y < c.h * 1.1:
        x = -c.w * 0.1 + (y * 0.3) % step_x * 0.5
        while x < c.w:
            c.rotated(x, y, text, face, size, ang, col)
            x += step_x
        y += step_y
    c.restore()


def copy_note(c: Canvas, rng, face: str, sig_face: str) -> None:  # noqa: ANN001
    """复印件与原件一致 + a signature (a handwritten name in a Kai face with a scribble) and the date, in
    blue-black pen, in an empty corner."""
    s = max(c.w, c.h) / 297
    x = c.w * float(rng.uniform(0.06, 0.18))
    y = c.h - 24 * s if rng.random() < 0.6 else 22 * s
    col = (0.1, 0.15, 0.45) if rng.random() < 0.7 else (0.05, 0.05, 0.05)
    c.save()
    c.alpha(0.9, multiply=True)
    c.text(x, y, "复印件与原件一致", face, 14 * s, col)
    nm = V.person_name(rng)
    c.rotated(x + 4 * s, y + 9 * s, nm, sig_face, 16 * s, float(rng.uniform(-8, 8)), col)
    c.stroke_color(col)
    c.line_width(0.35 * s)
    pts = []
    x0 = x + 4 * s
    for k in range(40):
        t = k / 39
        pts.append((x0 + 30 * s * t, y + 11 * s + 2.5 * s * math.sin(t * 13 + float(rng.uniform(0, 1))) * (1 - t)))
    c.polyline(pts)
    d = V.date_between(rng, V.TODAY.replace(year=V.TODAY.year - 1), V.TODAY)
    c.text(x + 40 * s, y + 9 * s, f"{d.year}.{d.month}.{d.day}", sig_face, 11 * s, col)
    c.restore()


def company_seal(c: Canvas, rng, name: str, face: str, boxes: dict) -> None:  # noqa: ANN001
    """A company seal stamped over the lower part of the page's text (over a value's run)."""
    keys = [k for k in boxes if k not in ("business_scope",)]
    if keys:
        b = boxes[V.pick(rng, sorted(keys))][-1]
        cx, cy = b[2] + min(c.w, c.h) * 0.1, (b[1] + b[3]) / 2 + float(rng.uniform(-4, 4))
    else:
        cx, cy = c.w * 0.6, c.h * 0.6
    r = min(c.w, c.h) * 0.11
    c.seal(cx, cy, r, name, "", rng, face=face, alpha=0.7)
