"""The faces family L pins, by file: Writer sees only these (a private fontconfig with one folder
of links), so it cannot fall back silently to another face; every drawn string is checked against
the face's cmap before a page is written. The Fandol faces ship with texlive-lang-chinese and are
not visible to fontconfig otherwise."""

from __future__ import annotations

import functools
import os
from pathlib import Path

FANDOL = Path("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol")
FACES = {
    "FandolFang": FANDOL / "FandolFang-Regular.otf",      # 仿宋: values as licences print them
    "FandolHei": FANDOL / "FandolHei-Regular.otf",        # 黑体: labels, ID card
    "FandolSong": FANDOL / "FandolSong-Regular.otf",      # 宋体: values, titles
    "AR PL SungtiL GB": Path("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"),  # 宋体 of Word-template prints
}


def missing_faces() -> list[str]:
    return [str(p) for p in FACES.values() if not p.exists()]


@functools.cache
def cmap(face: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont
    with TTFont(str(FACES[face]), lazy=True) as f:
        return frozenset(f.getBestCmap())


def uncovered(face: str, text: str) -> str:
    """Characters of `text` the face has no glyph for (whitespace aside)."""
    cm = cmap(face)
    return "".join(sorted({c for c in text if not c.isspace() and ord(c) not in cm}))


def fontconfig_env(work: Path) -> dict[str, str]:
    """Environment for soffice: a fonts.conf listing only a folder of links to the pinned files."""
    d = work / "fonts"
    d.mkdir(parents=True, exist_ok=True)
    for p in FACES.values():
        link = d / p.name
        if not link.exists():
            link.symlink_to(p)
    conf = work / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f"<dir>{d}</dir><cachedir>{work / 'fc-cache'}</cachedir></fontconfig>", encoding="utf-8")
    env = dict(os.environ)
    env["FONTCONFIG_FILE"] = str(conf)
    env.pop("FONTCONFIG_PATH", None)
    return env
