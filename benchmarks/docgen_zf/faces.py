"""Family ZF's faces: which system CJK faces Typst may use for each role, one shared Typst compiler that
knows only the font folders named here (no system scan, so nothing else can stand in), and the checks
that keep every drawn run in a face that has its glyphs (Typst would silently borrow a glyph from
another face otherwise) and every family name resolving (Typst warns `unknown font family`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

FONT_DIRS = [
    "/usr/share/fonts/opentype/noto",                            # Noto Serif / Sans CJK SC
    "/usr/share/fonts/truetype/arphic",                          # AR PL UMing, AR PL UKai
    "/usr/share/fonts/truetype/wqy",                             # WenQuanYi Micro Hei, Zen Hei
    "/usr/share/fonts/truetype/lxgw-wenkai",                     # LXGW WenKai
    "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol",  # FandolSong / Hei / Kai / Fang R
]

SONG = ["Noto Serif CJK SC", "AR PL UMing", "FandolSong"]          # 宋: titles, values
HEI = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "FandolHei", "WenQuanYi Zen Hei"]   # 黑: labels, cards
KAI = ["AR PL UKai", "LXGW WenKai", "FandolKai"]                  # 楷: pen notes, signatures
FANG = ["FandolFang R"]                                            # 仿宋: licence values
DIGITS = ["DejaVu Sans Mono", "Noto Sans Mono CJK SC"]            # ID numbers
ALL = SONG + HEI + KAI + FANG + DIGITS

# the font name each family embeds in Typst's PDF (pdffonts shows it: tests/benchmarks/test_docgen_zf.py)
PS_NAMES = {"Noto Serif CJK SC": "NotoSerifCJKsc", "AR PL UMing": "UMingCN", "FandolSong": "FandolSong",
            "Noto Sans CJK SC": "NotoSansCJKsc", "WenQuanYi Micro Hei": "WenQuanYiMicroHei", "FandolHei": "FandolHei",
            "WenQuanYi Zen Hei": "WenQuanYiZenHei", "AR PL UKai": "UKaiCN", "LXGW WenKai": "LXGWWenKai",
            "FandolKai": "FandolKai", "FandolFang R": "FandolFang", "DejaVu Sans Mono": "DejaVuSansMono",
            "Noto Sans Mono CJK SC": "NotoSansMonoCJKsc"}

DRAWN: list[tuple[str, str]] = []   # (face, text) of every run typeset since the list was cleared


@cache
def compiler():
    import typst
    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=FONT_DIRS)
    missing = [f for f in ALL if f not in fonts.families()]
    if missing:
        raise RuntimeError(f"Typst does not find the faces {missing} in {FONT_DIRS}")
    return typst.Compiler(font_paths=fonts)


@cache
def _font_files() -> dict[str, tuple[str, int]]:
    import typst
    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=FONT_DIRS)
    out: dict[str, tuple[str, int]] = {}
    for fi in fonts.fonts():
        if fi.family in ALL and fi.family not in out and fi.weight == 400 and fi.style == "normal":
            out[fi.family] = (fi.path or "", fi.index)
    for fi in fonts.fonts():  # a family with no regular weight
        if fi.family in ALL and fi.family not in out:
            out[fi.family] = (fi.path or "", fi.index)
    return out


@cache
def cmap(face: str) -> frozenset[int]:
    """The code points the face Typst uses for `face` maps (its regular variant)."""
    from fontTools.ttLib import TTFont
    path, index = _font_files()[face]
    if not path:  # Typst's embedded DejaVu Sans Mono
        return frozenset(range(0x20, 0x7F))
    f = TTFont(path, fontNumber=index, lazy=True) if Path(path).suffix.lower() in (".ttc", ".otc") else TTFont(path, lazy=True)
    return frozenset(f.getBestCmap())


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(ch.isspace() or ord(ch) in cm for ch in text)


def choose(rng, faces: list[str], texts: list[str]) -> str:
    """A face of `faces` (drawn by rng) that has every glyph of `texts`; the first that has them when the
    drawn one lacks some (never a face that would make Typst borrow glyphs)."""
    order = [faces[int(rng.integers(len(faces)))], *faces]
    joined = "".join(texts)
    for f in order:
        if covers(f, joined):
            return f
    for f in SONG + HEI:
        if covers(f, joined):
            return f
    raise ValueError(f"no face covers {joined!r}")


def check_warnings(warnings) -> None:
    bad = [w.message for w in warnings if "font" in w.message.lower()]
    if bad:
        raise RuntimeError(f"Typst font warnings (a face fell back): {bad}")
