"""Faces of family O, pinned by file (index 0 of a collection: ImageMagick 6 always renders a .ttc's
first face, so only collections whose first face is a Chinese one are used). Every run is split over
its face chain by the faces' own cmaps (fontTools) before it is drawn, so nothing falls back silently
inside ImageMagick/FreeType; each drawn (face, text) run is logged in RUNS for the test."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont

FACES = {
    "uming": "/usr/share/fonts/truetype/arphic/uming.ttc",            # AR PL UMing CN (face 0), 明/宋
    "babelstone": "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf",  # BabelStone Han, 宋
    "droid": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # Droid Sans Fallback, 黑, no Latin
    "smiley": "/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf",  # 得意黑, condensed display
    "sungti": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",  # AR PL SungtiL GB, 宋
    "kaiti": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",   # AR PL KaitiM GB, 楷
    "wenkai": "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf",  # handwriting
    "zenhei": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",           # WenQuanYi Zen Hei (face 0), 黑
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavu_mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "dejavu_serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
}
# what a face falls back to, character by character, when its cmap lacks a character
CHAIN = {
    "droid": ("droid", "dejavu", "zenhei"),
    "smiley": ("smiley", "zenhei"),
    "dejavu_mono": ("dejavu_mono", "zenhei"),
    "dejavu": ("dejavu", "zenhei"),
    "dejavu_serif": ("dejavu_serif", "uming"),
    "kaiti": ("kaiti", "uming"),
    "wenkai": ("wenkai", "kaiti", "uming"),
    "sungti": ("sungti", "uming"),
    "babelstone": ("babelstone", "uming"),
}

RUNS: list[tuple[str, str]] = []   # (face key, text) of every run drawn in this process


@cache
def _font(key: str):
    path = FACES[key]
    if not Path(path).exists():
        raise FileNotFoundError(f"family O face {key} missing: {path} (build/setup/debian-packages.txt)")
    if path.endswith(".ttc"):
        return TTCollection(path, lazy=True).fonts[0]
    return TTFont(path, lazy=True)


@cache
def cmap(key: str) -> dict[int, str]:
    return dict(_font(key).getBestCmap())


@cache
def _metrics(key: str) -> tuple[dict, int]:
    f = _font(key)
    return f["hmtx"].metrics, f["head"].unitsPerEm


def covers(key: str, text: str) -> bool:
    cm = cmap(key)
    return all(ord(c) in cm or c.isspace() for c in text)


def advance(key: str, ch: str, size: float) -> float:
    if ch == " ":
        return size * 0.3
    if ch == "\u3000":
        return size
    cm = cmap(key)
    mt, upem = _metrics(key)
    g = cm.get(ord(ch))
    if g is None:
        return size
    return mt[g][0] * size / upem


def split(key: str, text: str) -> list[tuple[str, str]]:
    """The run as (face, segment) pieces: each character in the first face of the chain whose cmap has it."""
    chain = CHAIN.get(key, (key, "uming", "zenhei"))
    out: list[tuple[str, str]] = []
    for ch in text:
        if ch.isspace():
            face = out[-1][0] if out else chain[0]
        else:
            face = next((k for k in chain if ord(ch) in cmap(k)), None)
            if face is None:
                raise ValueError(f"no family-O face has {ch!r} (U+{ord(ch):04X})")
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + ch)
        else:
            out.append((face, ch))
    return out


def width(key: str, text: str, size: float, spacing: float = 0.0) -> float:
    return sum(advance(f, c, size) + spacing for f, seg in split(key, text) for c in seg)
