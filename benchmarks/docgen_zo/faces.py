"""The CJK faces family ZO typesets with, mapped to system font files by a dvipdfmx map this module
writes: each face is an upTeX JFM (a copy of ctex's upstsl-h metrics under the face's own name) whose
glyphs come from the file below. Every string is checked against the file's cmap with fontTools before
it reaches TeX (TeX and dvipdfmx would drop a missing glyph silently): a missing glyph raises."""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

NOTO = "/usr/share/fonts/opentype/noto/"
FACES = {  # name -> (file, ttc index)
    "notoserif": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "notoserifb": (NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "notosans": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "notosansb": (NOTO + "NotoSansCJK-Bold.ttc", 2),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "wqyhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None),
    "fandolsong": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolSong-Regular.otf", None),
    "fandolhei": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolHei-Regular.otf", None),
    "fandolfang": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf", None),
    "fandolkai": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolKai-Regular.otf", None),
}
SERIF = ["notoserif", "uming", "fandolsong"]
SANS = ["notosans", "wqyhei", "fandolhei"]
KAI = ["ukai", "wenkai", "fandolkai"]
DRAWN: list[tuple[str, str]] = []  # (face, text) of every CJK run typeset, for the tests


class MissingGlyph(ValueError):
    pass


@functools.cache
def cmap(face: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont
    path, idx = FACES[face]
    f = TTFont(path, fontNumber=idx or 0, lazy=True)
    return frozenset(f.getBestCmap())


def check(face: str, text: str) -> str:
    """`text` unchanged if `face`'s file has a glyph for every non-ASCII character, else MissingGlyph."""
    missing = [c for c in text if ord(c) > 0x7F and not c.isspace() and ord(c) not in cmap(face)]
    if missing:
        raise MissingGlyph(f"{face} lacks {''.join(missing)!r} in {text!r}")
    DRAWN.append((face, text))
    return text


def jfm_name(face: str) -> str:
    return f"zo{face}-h"


def install(texdir: Path) -> Path:
    """A private font folder for one TeX run: a JFM per face and the dvipdfmx map naming its file."""
    texdir.mkdir(parents=True, exist_ok=True)
    src = subprocess.run(["kpsewhich", "upstsl-h.tfm"], capture_output=True, text=True, check=True).stdout.strip()
    lines = []
    for face, (path, idx) in FACES.items():
        shutil.copyfile(src, texdir / f"{jfm_name(face)}.tfm")
        link = texdir / Path(path).name
        if not link.exists():
            link.symlink_to(path)
        lines.append(f"{jfm_name(face)} unicode {f':{idx}:' if idx is not None else ''}{link.name}")
    mp = texdir / "zo-faces.map"
    mp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return mp


def nfss() -> str:
    """upLaTeX font declarations: JY2 family `face` for each face."""
    out = []
    for face in FACES:
        out.append(f"\\DeclareFontFamily{{JY2}}{{{face}}}{{}}\\DeclareFontShape{{JY2}}{{{face}}}{{m}}{{n}}{{<->s*{jfm_name(face)}}}{{}}")
    return "\n".join(out)
