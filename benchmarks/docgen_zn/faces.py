"""The CJK faces family ZN's R scripts register by file with systemfonts::register_font, and the cmap
check every drawn string passes first (fontTools): a glyph missing from its face raises."""

from __future__ import annotations

import functools
from pathlib import Path

from fontTools.ttLib import TTFont

N = "/usr/share/fonts/opentype/noto/"
FACES = {  # R family name -> (file, index in a collection)
    "zn_ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "zn_kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "zn_zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "zn_notosans": (N + "NotoSansCJK-Regular.ttc", 2),
    "zn_notosans_b": (N + "NotoSansCJK-Bold.ttc", 2),
    "zn_notoserif": (N + "NotoSerifCJK-Regular.ttc", 2),
    "zn_notoserif_b": (N + "NotoSerifCJK-Bold.ttc", 2),
    "zn_wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "zn_fsong": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolSong-Regular.otf", 0),
    "zn_fhei": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolHei-Regular.otf", 0),
    "zn_fkai": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolKai-Regular.otf", 0),
    "zn_ffang": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf", 0),
    "zn_ocrb": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
}
# the fontconfig family (and R fontface) each face is drawn with on the cairo_pdf device (e-licences);
# the Fandol faces are not in fontconfig, so an e-licence draws those runs with the nearest installed face
PDF_FACES = {
    "zn_ming": ("AR PL UMing CN", 1), "zn_kai": ("AR PL UKai CN", 1), "zn_zenhei": ("WenQuanYi Zen Hei", 1),
    "zn_notosans": ("Noto Sans CJK SC", 1), "zn_notosans_b": ("Noto Sans CJK SC", 2),
    "zn_notoserif": ("Noto Serif CJK SC", 1), "zn_notoserif_b": ("Noto Serif CJK SC", 2),
    "zn_wenkai": ("LXGW WenKai", 1), "zn_fsong": ("Noto Serif CJK SC", 1), "zn_fhei": ("Noto Sans CJK SC", 1),
    "zn_fkai": ("AR PL UKai CN", 1), "zn_ffang": ("LXGW WenKai", 1), "zn_ocrb": ("DejaVu Sans Mono", 1),
}
PDF_FILE = {"AR PL UMing CN": "zn_ming", "AR PL UKai CN": "zn_kai", "WenQuanYi Zen Hei": "zn_zenhei",
            "Noto Sans CJK SC": "zn_notosans", "Noto Serif CJK SC": "zn_notoserif", "LXGW WenKai": "zn_wenkai",
            "DejaVu Sans Mono": "zn_ocrb"}


def pdf_face(face: str) -> str:
    """The registered face whose file fontconfig gives cairo_pdf for `face` (for the cmap check)."""
    return PDF_FILE[PDF_FACES[face][0]]


SERIF = ["zn_ming", "zn_notoserif", "zn_fsong"]
SANS = ["zn_zenhei", "zn_notosans", "zn_fhei"]
KAI = ["zn_kai", "zn_wenkai", "zn_fkai", "zn_ffang"]


def available() -> dict:
    return {k: v for k, v in FACES.items() if Path(v[0]).exists()}


@functools.cache
def cmap(face: str) -> frozenset:
    path, idx = FACES[face]
    f = TTFont(path, fontNumber=idx, lazy=True)
    return frozenset(f.getBestCmap())


class MissingGlyph(ValueError):
    pass


def check(face: str, text: str) -> None:
    """Raise MissingGlyph when `face` has no glyph for a character of `text`."""
    cm = cmap(face)
    miss = [c for c in text if not c.isspace() and ord(c) not in cm]
    if miss:
        raise MissingGlyph(f"{face} lacks {''.join(miss)!r} in {text!r}")


def r_register() -> str:
    """R lines registering every face by its file."""
    return "\n".join(f'register_font("{k}", plain=list("{p}", {i}))' for k, (p, i) in available().items())
