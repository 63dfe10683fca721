"""Family ZK's faces: system CJK font files, each used through `FontProperties(fname=…)` (no
fontconfig lookup, no fallback), and a glyph check on every drawn string through matplotlib's own
`FT2Font.get_char_index`: a character the face lacks raises instead of drawing a box."""

from __future__ import annotations

import functools
from pathlib import Path

from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font

_TT = "/usr/share/fonts/truetype"
_NOTO = "/usr/share/fonts/opentype/noto"
_FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"

# key -> font file. Keys name what a face is used for on a document; TrueType ones can go into PDFs.
FACES = {
    "uming": f"{_TT}/arphic/uming.ttc",
    "ukai": f"{_TT}/arphic/ukai.ttc",
    "gbsn": f"{_TT}/arphic-gbsn00lp/gbsn00lp.ttf",
    "gkai": f"{_TT}/arphic-gkai00mp/gkai00mp.ttf",
    "zenhei": f"{_TT}/wqy/wqy-zenhei.ttc",
    "microhei": f"{_TT}/wqy/wqy-microhei.ttc",
    "wenkai": f"{_TT}/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "notosans": f"{_NOTO}/NotoSansCJK-Regular.ttc",
    "notosans_b": f"{_NOTO}/NotoSansCJK-Bold.ttc",
    "notoserif": f"{_NOTO}/NotoSerifCJK-Regular.ttc",
    "notoserif_b": f"{_NOTO}/NotoSerifCJK-Bold.ttc",
    "fandol_song": f"{_FANDOL}/FandolSong-Regular.otf",
    "fandol_song_b": f"{_FANDOL}/FandolSong-Bold.otf",
    "fandol_hei": f"{_FANDOL}/FandolHei-Regular.otf",
    "fandol_kai": f"{_FANDOL}/FandolKai-Regular.otf",
    "fandol_fang": f"{_FANDOL}/FandolFang-Regular.otf",
    "dejavu_mono": f"{_TT}/dejavu/DejaVuSansMono.ttf",
    "dejavu_sans": f"{_TT}/dejavu/DejaVuSans.ttf",
    "liberation_mono": f"{_TT}/liberation/LiberationMono-Regular.ttf",
}
TRUETYPE = {k for k, v in FACES.items() if not v.endswith(".otf") and not k.startswith("noto")}

# Faces a document's body can be set in (serif-like for certificates, sans for cards and forms).
SERIF = ["uming", "gbsn", "notoserif", "fandol_song", "fandol_fang"]
SANS = ["zenhei", "microhei", "notosans", "fandol_hei"]
KAI = ["ukai", "gkai", "wenkai", "fandol_kai"]
TITLE = ["notoserif_b", "fandol_song_b", "notosans_b", "uming"]
DIGITS = ["dejavu_mono", "liberation_mono", "notosans", "zenhei", "dejavu_sans"]

DRAWN: list[tuple[str, str]] = []  # (face key, text) of every run drawn, for the tests


def available() -> dict[str, str]:
    return {k: v for k, v in FACES.items() if Path(v).exists()}


@functools.cache
def font(key: str) -> FT2Font:
    return FT2Font(FACES[key])


@functools.cache
def prop(key: str) -> FontProperties:
    return FontProperties(fname=FACES[key])


def covers(key: str, text: str) -> bool:
    ft = font(key)
    return all(c.isspace() or ft.get_char_index(ord(c)) != 0 for c in text)


def check(key: str, text: str) -> None:
    """Raise unless face `key` has a glyph for every character of `text`."""
    ft = font(key)
    missing = [c for c in text if not c.isspace() and ft.get_char_index(ord(c)) == 0]
    if missing:
        raise ValueError(f"face {key} ({FACES[key]}) has no glyph for {missing!r} in {text!r}")
    DRAWN.append((key, text))


def first_covering(keys: list[str], text: str) -> str:
    for k in keys:
        if covers(k, text):
            return k
    raise ValueError(f"no face among {keys} covers {text!r}")
