"""Family Z's faces: font files installed by Debian packages, each loaded into Gecko by `@font-face`
under a private family name (`ZF-…`) that no system font carries, so a face that fails to load cannot
be replaced unnoticed by fontconfig: `firefox.Browser.shot` raises unless `document.fonts` reports every
named face `loaded`, and every run of text is checked against its face's cmap before it is written
(a missing glyph would otherwise be drawn from a fallback font, silently)."""

from __future__ import annotations

import functools
from pathlib import Path

TEX = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/"
FACES = {
    "FandolSong": TEX + "FandolSong-Regular.otf",
    "FandolSongBold": TEX + "FandolSong-Bold.otf",
    "FandolHei": TEX + "FandolHei-Regular.otf",
    "FandolHeiBold": TEX + "FandolHei-Bold.otf",
    "FandolFang": TEX + "FandolFang-Regular.otf",
    "FandolKai": TEX + "FandolKai-Regular.otf",
    "SungtiL": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "KaitiM": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
    "WenKai": "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "DroidFallback": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "NimbusMono": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
}
CJK_TEXT = ["FandolSong", "FandolFang", "FandolKai", "SungtiL", "KaitiM", "WenKai", "FandolHei", "DroidFallback"]
CJK_LABEL = ["FandolHei", "FandolHeiBold", "FandolSong", "SungtiL", "DroidFallback"]
CJK_TITLE = ["FandolSongBold", "FandolHeiBold", "FandolSong", "SungtiL"]
DIGIT = ["DejaVuMono", "LiberationMono", "NimbusMono"]
WIDE = "DroidFallback"  # the widest CJK coverage: where a chosen face lacks a glyph

DRAWN: list[tuple[str, str]] = []  # (face, text) of every run written, for the tests


def family(face: str) -> str:
    return "ZF-" + face


@functools.cache
def cmap(face: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(FACES[face], lazy=True) as f:
        return frozenset(f.getBestCmap())


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(c.isspace() or ord(c) in cm for c in text)


def fit(face: str, text: str) -> str:
    """`face` if it draws every character of `text`, else the widest face (and that must)."""
    if not covers(face, text):
        face = WIDE if covers(WIDE, text) else "FandolHei"
    if not covers(face, text):
        raise ValueError(f"no face of family Z draws {text!r}")
    DRAWN.append((face, text))
    return face


def font_face_css(used: set[str]) -> str:
    out = []
    for face in sorted(used):
        p = Path(FACES[face])
        if not p.exists():
            raise FileNotFoundError(f"face {face}: {p} is not installed")
        out.append(f'@font-face{{font-family:"{family(face)}";src:url("{p.as_uri()}");}}')
    return "\n".join(out)


def files() -> dict[str, str]:
    return dict(FACES)


def probe_html() -> tuple[str, int, int]:
    """One page with a specimen row per face and, under each, the same text in a family no font
    carries (Gecko's fallback): `check_probe` compares the two rows' pixels."""
    rows = []
    for k, face in enumerate(FACES):
        text = "营业执照名称住所12" if covers(face, "营业执照") else "0123456789X"
        for j, fam in enumerate((family(face), "ZF-NoSuchFace")):
            y = (2 * k + j) * 60
            rows.append(f'<div style="position:absolute;left:4px;top:{y}px;height:60px;font-family:\'{fam}\';'
                        f'font-size:40px;line-height:60px;white-space:nowrap">{text}</div>')
    css = font_face_css(set(FACES))
    h = 120 * len(FACES)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}html,body{{margin:0;'
            f'overflow:hidden;background:#fff}}</style></head><body>{"".join(rows)}</body></html>', 640, h)


def check_probe(png: bytes) -> list[str]:
    """The faces whose specimen row drew the same pixels as the fallback row (silently replaced)."""
    import io

    import numpy as np
    from PIL import Image

    a = np.asarray(Image.open(io.BytesIO(png)).convert("L"), dtype=np.int16)
    same = []
    for k, face in enumerate(FACES):
        r0 = a[2 * k * 60:(2 * k + 1) * 60]
        r1 = a[(2 * k + 1) * 60:(2 * k + 2) * 60]
        if np.abs(r0 - r1).mean() < 1.0:
            same.append(face)
    return same
