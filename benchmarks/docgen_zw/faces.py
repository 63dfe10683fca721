"""The faces family ZW draws with, pinned by file (TrueType only: TCPDF's addTTFfont converts .ttf files),
and the cmap check every text run goes through before it reaches TCPDF or GD: a run whose characters are
not all in its face falls back, whole, to the next face that has them all (no tofu)."""

from __future__ import annotations

import functools
from pathlib import Path

FACES = {
    "song": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",      # AR PL SungtiL GB (宋)
    "kai": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",       # AR PL KaitiM GB (楷)
    "hei": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",    # Droid Sans Fallback (黑)
    "hand": "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",  # LXGW WenKai (pen writing)
    "mono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",  # ID-number digits
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",              # Latin captions
}
FALLBACK = ["song", "hei", "kai", "hand"]


def missing_faces() -> list[str]:
    return [k for k, p in FACES.items() if not Path(p).exists()]


@functools.cache
def cmap(face: str) -> frozenset:
    from fontTools.ttLib import TTFont

    f = TTFont(FACES[face], lazy=True, fontNumber=0)
    cps = frozenset(f.getBestCmap().keys())
    f.close()
    return cps


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(ord(ch) in cm for ch in text if not ch.isspace())


def run(text: str, face: str) -> list:
    """[text, face] with `face` swapped for the first fallback that has every character."""
    if covers(face, text):
        return [text, face]
    for f in FALLBACK:
        if covers(f, text):
            return [text, f]
    raise ValueError(f"no face covers {text!r}")
