"""Family ZD's faces: CJK and digit faces pinned by file for ConTeXt (`\\definefont[..][file:…]`), with
their cmaps read by fontTools so a run is only set in a face that has every character of it (ConTeXt
would otherwise drop the glyph or fall back to Latin Modern without a word). Every run drawn is kept in
DRAWN for the tests; the ConTeXt log and `pdffonts` are checked after each run (generate.py)."""

from __future__ import annotations

import functools
from pathlib import Path

FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/"
# key: (file, sub-font name inside a .ttc or "", style, the PostScript name pdffonts shows (a prefix))
FACES: dict[str, tuple[str, str, str, str]] = {
    "FandolSong": (FANDOL + "FandolSong-Regular.otf", "", "song", "FandolSong-Regular"),
    "FandolSongBold": (FANDOL + "FandolSong-Bold.otf", "", "song", "FandolSong-Bold"),
    "ARPLUMing": ("/usr/share/fonts/truetype/arphic/uming.ttc", "", "song", "UMingCN"),
    "ARPLSungtiL": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", "", "song", "BousungEG-Light-GB"),
    "NotoSerifSC": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "song", "NotoSerifCJKsc-Regular"),
    "NotoSerifSCBold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", "NotoSerifCJKsc-Bold", "song", "NotoSerifCJKsc-Bold"),
    "BabelStone": ("/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf", "", "song", "BabelStoneHan"),
    "FandolHei": (FANDOL + "FandolHei-Regular.otf", "", "hei", "FandolHei-Regular"),
    "FandolHeiBold": (FANDOL + "FandolHei-Bold.otf", "", "hei", "FandolHei-Bold"),
    "WQYMicroHei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "", "hei", "WenQuanYiMicroHei"),
    "NotoSansSC": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "hei", "NotoSansCJKsc-Regular"),
    "NotoSansSCBold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold", "hei", "NotoSansCJKsc-Bold"),
    "DroidFallback": ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "", "hei", "DroidSansFallback"),
    "FandolKai": (FANDOL + "FandolKai-Regular.otf", "", "kai", "FandolKai-Regular"),
    "ARPLUKai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", "", "kai", "UKaiCN"),
    "LXGWWenKai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", "", "kai", "LXGWWenKai-Regular"),
    "FandolFang": (FANDOL + "FandolFang-Regular.otf", "", "fang", "FandolFang-Regular"),
    "DejaVuMono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "", "mono", "DejaVuSansMono"),
    "LiberationMono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf", "", "mono", "LiberationMono"),
    "NimbusMono": ("/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf", "", "mono", "NimbusMonoPS-Regular"),
}
STYLE = {s: [k for k, v in FACES.items() if v[2] == s and not k.endswith("Bold")] for s in ("song", "hei", "kai", "fang", "mono")}
# a .ttc sub-font is named as ConTeXt 2021.03 finds it (the full name of a Regular, the PostScript name of a Bold;
# the AR PL .ttc files by none: their first face is the CN one); for a name it does not find it picks no face
# and fails deep in font-otc.lua (prepare_ligature on a nil table). fontTools finds faces by PostScript name.
DRAWN: list[tuple[str, str]] = []  # (face key, text) of every run set on a page


def missing_files() -> list[str]:
    return [v[0] for v in FACES.values() if not Path(v[0]).exists()]


@functools.cache
def cmap(key: str) -> frozenset[int]:
    from fontTools.ttLib import TTCollection, TTFont

    path, sub, _, _ = FACES[key]
    if path.endswith(".ttc"):
        fonts = TTCollection(path, lazy=True).fonts
        font = next(f for f in fonts if str(f["name"].getDebugName(6)).startswith(FACES[key][3]))
    else:
        font = TTFont(path, lazy=True, fontNumber=0)
    return frozenset(font.getBestCmap())


def covers(key: str, text: str) -> bool:
    cm = cmap(key)
    return all(ord(c) in cm for c in text if not c.isspace())


def spec(key: str) -> str:
    path, sub, _, _ = FACES[key]
    return f"file:{path}({sub})" if sub else f"file:{path}"


def cs(key: str) -> str:
    """The ConTeXt font switch defined for `key` (letters only: a control sequence name)."""
    return "ZD" + "".join(c for c in key if c.isalpha())


def preamble() -> str:
    """\\definefont lines for every face at a unit size; runs scale with \\switchtobodyfont-free `at`."""
    out = []
    for key in FACES:
        out.append(f"\\definefont[{cs(key)}][{spec(key)}*zdcjk at 10pt]")
    return "\n".join(out)
