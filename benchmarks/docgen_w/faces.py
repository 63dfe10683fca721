"""Family W's faces, addressed by fontconfig family name as an SVG's `font-family` is (Inkscape resolves
it through Pango/fontconfig). A face that does not resolve to its own family, or lacks a glyph of a run
drawn in it, would be replaced silently by a fallback: `check_face` fails loudly on the first, and
`covering` picks, per run, a face of the same role whose cmap has every character (recorded in DRAWN
so the tests can prove every drawn run is covered by the face it names)."""

from __future__ import annotations

import functools
import subprocess

SONG = ["AR PL SungtiL GB", "Noto Serif CJK SC", "AR PL UMing CN", "BabelStone Han"]
KAI = ["AR PL KaitiM GB", "AR PL UKai CN", "LXGW WenKai"]
HEI = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Droid Sans Fallback"]
TITLE = ["Noto Serif CJK SC", "Noto Sans CJK SC", "Smiley Sans"]
MONO = ["DejaVu Sans Mono", "Nimbus Mono PS", "Noto Sans Mono CJK SC"]
HAND = ["LXGW WenKai", "AR PL UKai CN", "AR PL KaitiM GB"]
FACES = sorted(set(SONG + KAI + HEI + TITLE + MONO + HAND))

DRAWN: list[tuple[str, str]] = []  # (face, text) of every run drawn, for the tests


@functools.cache
def face_file(face: str) -> str:
    """The file fontconfig resolves `face` to; raises when it resolves to another family (a fallback)."""
    out = subprocess.run(["fc-match", "-f", "%{family}|%{file}", face], capture_output=True, text=True,
                         timeout=30, check=True).stdout
    fams, _, path = out.rpartition("|")
    if face not in [f.strip() for f in fams.split(",")]:
        raise RuntimeError(f"face {face!r} is not installed: fontconfig falls back to {fams!r} ({path})")
    return path


def check_face(face: str) -> str:
    return face_file(face)


@functools.cache
def cmap(face: str) -> frozenset[int]:
    """Code points of the face's file (first face of a collection that carries the family)."""
    from fontTools.ttLib import TTCollection, TTFont

    path = face_file(face)
    if path.endswith(".ttc"):
        fonts = TTCollection(path).fonts
        for f in fonts:
            names = {r.toUnicode() for r in f["name"].names if r.nameID in (1, 16)}
            if face in names:
                return frozenset(f.getBestCmap())
        return frozenset(fonts[0].getBestCmap())
    if path.endswith((".t1", ".pfb")):
        return frozenset(range(32, 127))
    return frozenset(TTFont(path, lazy=True).getBestCmap())


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(ord(c) in cm for c in text if not c.isspace())


def covering(face: str, role: list[str], text: str) -> str:
    """`face` when it has every character of `text`, else the first face of its role that has."""
    for f in [face, *role, "Noto Sans CJK SC"]:
        if covers(f, text):
            DRAWN.append((f, text))
            return f
    raise RuntimeError(f"no face covers {text!r}")
