"""Small helpers that write Typst markup: every value goes in as a string literal (so no value is
ever parsed as markup), faces are pinned by family name, and seals/emblems are drawn from Typst's
own shapes. Typst (https://typst.app) does the shaping, CJK line breaking and justification."""

from __future__ import annotations

import math

SONG = "BabelStone Han"        # 宋/明 face with mainland (GB) glyph forms: fonts-babelstone-han
KAI = "AR PL KaitiM GB"        # 楷 face: fonts-arphic-gkai00mp
FONT_FILES = {SONG: "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf",
              KAI: "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"}
HEI_STROKE = "0.28pt"          # labels set "bold" by stroking the 宋 outline (a 黑-like weight; no faux-bold in Typst)


def s(text: str) -> str:
    """A Typst string literal usable in markup and code: `#("…")` in markup, `("…")` in code."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def t(text: str, *, font: str = SONG, size: float = 10, fill: str = "black", bold: bool = False,
      tracking: str | None = None, extra: str = "") -> str:
    """A run of text in a pinned face; `bold` strokes the outline."""
    opts = [f"font: {s(font)}", f"size: {size:.2f}pt", f"fill: {fill}"]
    if bold:
        opts.append(f"stroke: {HEI_STROKE} + {fill}")
    if tracking:
        opts.append(f"tracking: {tracking}")
    if extra:
        opts.append(extra)
    return f"text({', '.join(opts)}, {s(text)})"


def place(x: float, y: float, body: str, *, anchor: str = "top + left") -> str:
    """Place `body` (Typst code) with its anchor at (x, y) mm from the page's top-left."""
    return f"#place({anchor}, dx: {x:.2f}mm, dy: {y:.2f}mm, {body})\n"


def boxed(width: float, body: str, *, leading: float = 0.45, justify: bool = False) -> str:
    return (f"box(width: {width:.2f}mm, {{ set par(leading: {leading:.2f}em, justify: {'true' if justify else 'false'}); "
            f"{body} }})")


def preamble(w: float, h: float, fill: str = 'rgb("#ffffff")', margin: str = "0pt") -> str:
    return (f'#set page(width: {w:.2f}mm, height: {h:.2f}mm, margin: {margin}, fill: {fill})\n'
            f'#set text(font: {s(SONG)}, lang: "zh", region: "cn", cjk-latin-spacing: none, fallback: false)\n')


def star(cx: float, cy: float, r: float, fill: str) -> str:
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.382
        pts.append(f"({cx + rr * math.cos(a):.2f}mm, {cy + rr * math.sin(a):.2f}mm)")
    return f"#place(top + left, polygon(fill: {fill}, {', '.join(pts)}))\n"


def seal(cx: float, cy: float, r: float, text: str, *, color: str = 'rgb(200, 30, 30, 170)', bottom: str = "") -> str:
    """A round official seal: ring, star, the authority's name along the upper arc (rotated glyphs
    placed one by one, as the engraved seal reads), optional bottom line; translucent like ink."""
    out = [f"#place(top + left, dx: {cx - r:.2f}mm, dy: {cy - r:.2f}mm, circle(radius: {r:.2f}mm, "
           f"stroke: {r * 0.07:.2f}mm + {color}, fill: none))\n"]
    out.append(star(cx, cy, r * 0.28, color))
    n = len(text)
    span = min(250.0, 22.0 * n)
    size_mm = min(r * 0.36, 2 * math.pi * r * 0.72 * span / 360 / max(n, 1))
    for i, ch in enumerate(text):
        a = math.radians(-span / 2 + span * (i + 0.5) / n)
        rr = r * 0.72
        x, y = cx + rr * math.sin(a), cy - rr * math.cos(a)
        out.append(f"#place(top + left, dx: {x - size_mm / 2:.2f}mm, dy: {y - size_mm / 2:.2f}mm, "
                   f"box(width: {size_mm:.2f}mm, height: {size_mm:.2f}mm, align(center + horizon, rotate({math.degrees(a):.1f}deg, "
                   f"text(font: {s(SONG)}, size: {size_mm * 2.6:.2f}pt, fill: {color}, stroke: 0.2pt + {color}, {s(ch)})))))\n")
    if bottom:
        out.append(place(cx - r * 0.6, cy + r * 0.38, f"box(width: {r * 1.2:.2f}mm, align(center, "
                         f"text(font: {s(SONG)}, size: {r * 0.55:.2f}pt, fill: {color}, {s(bottom)})))"))
    return "".join(out)


def emblem(cx: float, cy: float, r: float) -> str:
    """A stand-in for the national emblem: red disc, gold stars (printed at the head of licences)."""
    out = [f"#place(top + left, dx: {cx - r:.2f}mm, dy: {cy - r:.2f}mm, circle(radius: {r:.2f}mm, "
           f"fill: rgb(\"#c8281e\"), stroke: {r * 0.08:.2f}mm + rgb(\"#d9a400\")))\n",
           star(cx, cy - r * 0.25, r * 0.35, 'rgb("#f2c200")')]
    for k in range(4):
        a = math.radians(-60 + k * 40)
        out.append(star(cx + r * 0.62 * math.sin(a), cy - r * 0.25 - r * 0.45 * math.cos(a) + r * 0.35, r * 0.1, 'rgb("#f2c200")'))
    out.append(f"#place(top + left, dx: {cx - r * 0.55:.2f}mm, dy: {cy + r * 0.35:.2f}mm, rect(width: {r * 1.1:.2f}mm, "
               f"height: {r * 0.22:.2f}mm, fill: rgb(\"#f2c200\")))\n")
    return "".join(out)


def frame(w: float, h: float, inset: float, color: str, pattern: bool = True) -> str:
    """The decorative border licences print: a thick outer rule, a thin inner rule, and a band of
    small diamonds between them."""
    out = [f"#place(top + left, dx: {inset:.2f}mm, dy: {inset:.2f}mm, rect(width: {w - 2 * inset:.2f}mm, "
           f"height: {h - 2 * inset:.2f}mm, stroke: 1.6pt + {color}))\n",
           f"#place(top + left, dx: {inset + 4:.2f}mm, dy: {inset + 4:.2f}mm, rect(width: {w - 2 * inset - 8:.2f}mm, "
           f"height: {h - 2 * inset - 8:.2f}mm, stroke: 0.5pt + {color}))\n"]
    if pattern:
        step = 6.0
        x = inset + 4
        while x < w - inset - 4:
            for y in (inset + 2, h - inset - 2):
                out.append(f"#place(top + left, dx: {x - 0.9:.2f}mm, dy: {y - 0.9:.2f}mm, rotate(45deg, "
                           f"square(size: 1.3mm, fill: {color})))\n")
            x += step
        y = inset + 4 + step
        while y < h - inset - 4:
            for x in (inset + 2, w - inset - 2):
                out.append(f"#place(top + left, dx: {x - 0.9:.2f}mm, dy: {y - 0.9:.2f}mm, rotate(45deg, "
                           f"square(size: 1.3mm, fill: {color})))\n")
            y += step
    return "".join(out)
