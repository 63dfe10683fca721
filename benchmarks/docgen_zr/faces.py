"""Family ZR's faces, pinned by file (Debian fonts-noto-cjk, fonts-arphic-*, fonts-wqy-microhei,
fonts-lxgw-wenkai). Every string a page draws is checked against its face's cmap (fontTools) before it
is sent to PDFKit: a missing glyph raises, nothing falls back silently."""

from __future__ import annotations

from functools import cache

from fontTools.ttLib import TTCollection, TTFont

# key -> (file, index in a collection, PostScript name PDFKit selects it by)
FACES = {
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, "NotoSerifCJKsc-Regular"),
    "serif_bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, "NotoSerifCJKsc-Bold"),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, "NotoSansCJKsc-Regular"),
    "sans_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, "NotoSansCJKsc-Bold"),
    "mono": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 7, "NotoSansMonoCJKsc-Regular"),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "UMingCN"),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "UKaiCN"),
    "song_gb": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None, None),
    "kai_gb": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", None, None),
    "wqy": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "WenQuanYiMicroHei"),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None, None),
}
NAMES = {"serif": "Noto Serif CJK SC", "serif_bold": "Noto Serif CJK SC Bold", "sans": "Noto Sans CJK SC",
         "sans_bold": "Noto Sans CJK SC Bold", "mono": "Noto Sans Mono CJK SC", "ming": "AR PL UMing CN",
         "kai": "AR PL UKai CN", "song_gb": "AR PL SungtiL GB", "kai_gb": "AR PL KaitiM GB",
         "wqy": "WenQuanYi Micro Hei", "wenkai": "LXGW WenKai"}


class MissingGlyph(ValueError):
    pass


@cache
def cmap(key: str) -> frozenset[int]:
    path, idx, _ps = FACES[key]
    if idx is None:
        font = TTFont(path, lazy=True)
    else:
        font = TTCollection(path, lazy=True).fonts[idx]
    return frozenset(font.getBestCmap())


def covers(key: str, text: str) -> bool:
    cm = cmap(key)
    return all(ord(c) in cm for c in text if not c.isspace())


def check(key: str, text: str) -> None:
    missing = [c for c in text if not c.isspace() and ord(c) not in cmap(key)]
    if missing:
        raise MissingGlyph(f"face {key} ({FACES[key][0]}) has no glyph for {missing!r} in {text!r}")


def first_covering(keys: list[str], text: str) -> str:
    """The first face of `keys` that has every glyph of `text` (a layout's choice, made before drawing)."""
    for k in keys:
        if covers(k, text):
            return k
    raise MissingGlyph(f"none of {keys} covers {text!r}")


def pdfkit_fonts() -> dict:
    return {k: [p, ps] for k, (p, _i, ps) in FACES.items()}
