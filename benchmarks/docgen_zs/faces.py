"""The faces family ZS draws with, pinned by file (TrueType outlines PDFBox embeds as Type0 subsets), and
the glyph check every drawn string passes first: a character missing from its face's cmap raises (no
silent fallback anywhere)."""

from __future__ import annotations

from functools import cache

from fontTools.ttLib import TTCollection, TTFont

T = "/usr/share/fonts/truetype/"
# key -> (file, PostScript name inside a collection or "")
FACES: dict[str, tuple[str, str]] = {
    "song": (T + "arphic/uming.ttc", "UMingCN"),           # AR PL UMing: 明体/宋 body text
    "songgb": (T + "arphic-gbsn00lp/gbsn00lp.ttf", ""),   # AR PL SungtiL GB: 简报宋 (GB 2312 only)
    "kai": (T + "arphic/ukai.ttc", "UKaiCN"),             # AR PL UKai: 楷 (seals' inner text, notes)
    "kaigb": (T + "arphic-gkai00mp/gkai00mp.ttf", ""),    # AR PL KaitiM GB (GB 2312 only)
    "wenkai": (T + "lxgw-wenkai/LXGWWenKai-Regular.ttf", ""),  # 霞鹜文楷: handwriting-like notes
    "microhei": (T + "wqy/wqy-microhei.ttc", "WenQuanYiMicroHei"),  # 文泉驿微米黑
    "zenhei": (T + "wqy/wqy-zenhei.ttc", "WenQuanYiZenHei"),        # 文泉驿正黑: titles
    "mono": (T + "dejavu/DejaVuSansMono.ttf", ""),        # ID number digits
    "sans": (T + "liberation2/LiberationSans-Regular.ttf", ""),
    "serif": (T + "liberation2/LiberationSerif-Regular.ttf", ""),
    "sansb": (T + "dejavu/DejaVuSans-Bold.ttf", ""),
}
DRAWN: list[tuple[str, str]] = []  # (face key, text) of every run checked, for the tests


@cache
def cmap(key: str) -> frozenset[int]:
    path, ps = FACES[key]
    if path.endswith(".ttc"):
        for f in TTCollection(path, lazy=True).fonts:
            if f["name"].getDebugName(6) == ps:
                return frozenset(f.getBestCmap())
        raise KeyError(f"{ps} not in {path}")
    return frozenset(TTFont(path, lazy=True).getBestCmap())


def check(key: str, text: str) -> str:
    """`text` if every character of it is in face `key`'s cmap; raises otherwise."""
    cm = cmap(key)
    missing = [c for c in text if not c.isspace() and ord(c) not in cm]
    if missing:
        raise ValueError(f"face {key} ({FACES[key][0]}) has no glyph for {''.join(missing)!r} in {text!r}")
    DRAWN.append((key, text))
    return text


def covers(key: str, text: str) -> bool:
    cm = cmap(key)
    return all(c.isspace() or ord(c) in cm for c in text)
