"""Family ZY's CJK faces, chosen by file path. fcl-pdf embeds TrueType (glyf) faces and its subsetter must
produce a face poppler can read: tried here on every installed glyf face, these four passed (WenQuanYi Zen
Hei, AR PL UMing/UKai, LXGW WenKai and Smiley Sans gave subsets poppler rejects; Droid Sans Fallback lost
its Latin). A face inside a .ttc is extracted once with fontTools into a cached .ttf. Every run of text is
checked against its face's cmap (the same face file fcl-pdf embeds) and falls back to the next face that
has all its characters."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

FACES = [  # (label, file, index in a collection or None)
    ("wqy-microhei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("gbsn00lp", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None),
    ("gkai00mp", "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", None),
    ("babelstone-han", "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf", None),
]
HEI, SONG, KAI, BABEL = range(4)


def cache_root() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_zy"


def missing() -> list[str]:
    return [f for _, f, _ in FACES if not Path(f).exists()]


@cache
def face_file(i: int) -> str:
    """The .ttf fcl-pdf embeds for face i (a collection member extracted into the cache once)."""
    label, path, idx = FACES[i]
    if idx is None:
        return path
    st = os.stat(path)
    out = cache_root() / "faces" / f"{label}-{idx}-{st.st_size}.ttf"
    if not out.exists():
        from fontTools.ttLib import TTCollection

        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(f".{os.getpid()}.tmp")
        TTCollection(path).fonts[idx].save(str(tmp))
        tmp.rename(out)
    return str(out)


@cache
def cmap(i: int) -> frozenset:
    from fontTools.ttLib import TTFont

    f = TTFont(face_file(i), lazy=True)
    return frozenset(f.getBestCmap())


def covers(i: int, text: str) -> bool:
    cm = cmap(i)
    return all(ord(c) in cm for c in text if c not in "\t\n")


def pick(pref: int, text: str) -> int:
    """The preferred face if its cmap has every character of `text`, else the first face that does."""
    for i in [pref] + [j for j in range(len(FACES)) if j != pref]:
        if covers(i, text):
            return i
    raise ValueError(f"no face has every character of {text!r}")
