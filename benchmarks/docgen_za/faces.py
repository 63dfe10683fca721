"""Family ZA's faces: the Scribus font name of each, the fontconfig pattern that names the same file (for
its cmap and for Pillow's hand-drawn marks), and the coverage check. Scribus draws a missing glyph as an
empty box (and silently substitutes an unknown face), so every run is checked against the face's cmap
here and the face is checked inside Scribus (scribus_job.py)."""

from __future__ import annotations

import functools
import subprocess

# Scribus name -> fontconfig pattern
FACES = {
    "Noto Serif CJK SC Regular": "Noto Serif CJK SC:style=Regular",
    "Noto Serif CJK SC Light": "Noto Serif CJK SC:style=Light",
    "Noto Serif CJK SC Bold": "Noto Serif CJK SC:style=Bold",
    "AR PL UMing CN Light": "AR PL UMing CN:style=Light",
    "AR PL SungtiL GB Regular": "AR PL SungtiL GB:style=Regular",
    "BabelStone Han Regular": "BabelStone Han:style=Regular",
    "Noto Sans CJK SC Regular": "Noto Sans CJK SC:style=Regular",
    "Noto Sans CJK SC Medium": "Noto Sans CJK SC:style=Medium",
    "Noto Sans CJK SC Bold": "Noto Sans CJK SC:style=Bold",
    "WenQuanYi Micro Hei Regular": "WenQuanYi Micro Hei:style=Regular",
    "WenQuanYi Zen Hei Regular": "WenQuanYi Zen Hei:style=Regular",
    "Droid Sans Fallback Regular": "Droid Sans Fallback:style=Regular",
    "AR PL KaitiM GB Regular": "AR PL KaitiM GB:style=Regular",
    "AR PL UKai CN Book": "AR PL UKai CN:style=Book",
    "LXGW WenKai Regular": "LXGW WenKai:style=Regular",
    "Nimbus Mono PS Regular": "Nimbus Mono PS:style=Regular",
    "Liberation Mono Regular": "Liberation Mono:style=Regular",
    "DejaVu Sans Mono Book": "DejaVu Sans Mono:style=Book",
    "Noto Sans Mono CJK SC Regular": "Noto Sans Mono CJK SC:style=Regular",
    "Liberation Sans Regular": "Liberation Sans:style=Regular",
}
SERIF = ["Noto Serif CJK SC Regular", "AR PL UMing CN Light", "AR PL SungtiL GB Regular", "Noto Serif CJK SC Light",
         "BabelStone Han Regular"]
SANS = ["Noto Sans CJK SC Regular", "WenQuanYi Micro Hei Regular", "WenQuanYi Zen Hei Regular", "Noto Sans CJK SC Medium",
        "Droid Sans Fallback Regular"]
BOLD = ["Noto Serif CJK SC Bold", "Noto Sans CJK SC Bold"]
KAI = ["AR PL KaitiM GB Regular", "AR PL UKai CN Book", "LXGW WenKai Regular"]
MONO = ["Nimbus Mono PS Regular", "Liberation Mono Regular", "DejaVu Sans Mono Book", "Noto Sans Mono CJK SC Regular"]
FALLBACK = {"serif": SERIF, "sans": SANS, "bold": BOLD, "kai": KAI, "mono": MONO + SANS}


@functools.cache
def font_file(face: str) -> tuple[str, int]:
    """The file and collection index fontconfig resolves the face's pattern to; raises if fontconfig
    answers with another family (the face is not installed)."""
    pat = FACES[face]
    out = subprocess.run(["fc-match", "-f", "%{file}\t%{index}\t%{family}\t%{style}", pat], capture_output=True,
                         text=True, timeout=30, check=True).stdout
    path, idx, fam, style = out.split("\t")
    want_fam, want_style = pat.split(":style=")
    if want_fam not in fam.split(",") or want_style not in style.split(","):
        raise RuntimeError(f"face {face!r} not installed (fontconfig gives {fam} {style})")
    return path, int(idx)


@functools.cache
def cmap(face: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    path, idx = font_file(face)
    f = TTFont(path, fontNumber=idx, lazy=True) if path.endswith((".ttc", ".otc")) else TTFont(path, lazy=True)
    return frozenset(f.getBestCmap())


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(ord(c) in cm for c in text if not c.isspace())


def pick(face: str, text: str, role: str) -> str:
    """`face` when it has every glyph of `text`, else the first face of its role that has."""
    if covers(face, text):
        return face
    for f in FALLBACK[role]:
        if covers(f, text):
            return f
    raise RuntimeError(f"no {role} face covers {text!r}")
