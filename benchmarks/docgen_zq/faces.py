"""Faces family ZQ draws with: cairo's toy font API selects each by its fontconfig family name; the
file fontconfig resolves it to is pinned here and checked (fc-match), and every string is checked
against that file's cmap with fontTools before it is drawn — a missing glyph raises."""

from __future__ import annotations

import functools
import subprocess

from fontTools.ttLib import TTCollection, TTFont

# family name -> (file, index in a collection, weight) as Debian's fonts-* install them
FACES = {
    "Noto Sans CJK SC": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "Noto Serif CJK SC": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "WenQuanYi Zen Hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "WenQuanYi Micro Hei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "AR PL UMing CN": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "AR PL UKai CN": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "LXGW WenKai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "AR PL SungtiL GB": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "AR PL KaitiM GB": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "Droid Sans Fallback": ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    "DejaVu Sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    "Liberation Serif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 0),
}
SERIF_BODY = ["Noto Serif CJK SC", "AR PL UMing CN", "AR PL SungtiL GB"]
SANS_BODY = ["Noto Sans CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback"]
KAI = ["AR PL UKai CN", "LXGW WenKai", "AR PL KaitiM GB"]
DRAWN: list[tuple[str, str]] = []


class MissingGlyph(ValueError):
    pass


@functools.cache
def cmap(face: str) -> frozenset[int]:
    path, index = FACES[face]
    font = TTCollection(path, lazy=True).fonts[index] if path.endswith(".ttc") else TTFont(path, lazy=True)
    return frozenset(font.getBestCmap())


@functools.cache
def check_face(face: str) -> str:
    """fontconfig resolves the family name to the pinned file (no silent fallback)."""
    out = subprocess.run(["fc-match", "-f", "%{file}", face], capture_output=True, text=True, timeout=30).stdout
    if out != FACES[face][0]:
        raise RuntimeError(f"fontconfig resolves {face!r} to {out!r}, not {FACES[face][0]!r}")
    return out


def check(face: str, text: str) -> None:
    check_face(face)
    cm = cmap(face)
    missing = [c for c in text if not c.isspace() and ord(c) not in cm]
    if missing:
        raise MissingGlyph(f"{face} has no glyph for {''.join(missing)!r} in {text!r}")
    DRAWN.append((face, text))


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(c.isspace() or ord(c) in cm for c in text)
