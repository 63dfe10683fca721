"""The font files family ZM loads into resvg's own font database (no system font lookup), each face's
cmap and horizontal advances read with fontTools, a CJK line breaker measuring with those advances, and
the guard that every drawn string's glyphs are in the face that draws it (resvg falls back silently, so
a missing glyph raises here instead)."""

from __future__ import annotations

from functools import cache

from fontTools.ttLib import TTCollection, TTFont

FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/"
# face key -> (file, preferred family-name fragment in a collection)
FACES = {
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing CN"),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", "AR PL UKai CN"),
    "sungti": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None),
    "kaitim": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", None),
    "fsong": (FANDOL + "FandolSong-Regular.otf", None),
    "fsongb": (FANDOL + "FandolSong-Bold.otf", None),
    "fhei": (FANDOL + "FandolHei-Regular.otf", None),
    "fheib": (FANDOL + "FandolHei-Bold.otf", None),
    "fkai": (FANDOL + "FandolKai-Regular.otf", None),
    "ffang": (FANDOL + "FandolFang-Regular.otf", None),
    "wqymicro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYi Micro Hei"),
    "wqyzen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
    "notoserif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"),
    "notoserifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC"),
    "notosans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"),
    "notosansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None),
    "wenkaimono": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", None),
    "dejavumono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", None),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", None),
}
SONG = ["uming", "fsong", "notoserif", "sungti"]
HEI = ["fhei", "wqymicro", "notosans", "wqyzen"]
KAI = ["ukai", "fkai", "wenkai", "kaitim"]

FC_ONLY = False  # True while laying out a page CairoSVG will draw: faces fontconfig can see (not Fandol)
DRAWN: list[tuple[str, str]] = []  # (face key, text) of every run drawn, for the tests


def _family(font: TTFont) -> str:
    name = font["name"]
    for nid in (16, 1):
        for rec in name.names:
            if rec.nameID == nid and rec.platformID == 3 and rec.langID == 0x409:
                return rec.toUnicode()
    return name.getDebugName(1)


@cache
def _font(key: str) -> TTFont:
    path, want = FACES[key]
    if path.endswith(".ttc"):
        for f in TTCollection(path, lazy=True).fonts:
            if want is None or _family(f) == want:
                return f
        raise LookupError(f"{want} not in {path}")
    return TTFont(path, lazy=True)


@cache
def family(key: str) -> str:
    """The family name resvg matches for this face (the font's own name table)."""
    return _family(_font(key))


@cache
def cmap(key: str) -> dict[int, str]:
    return _font(key).getBestCmap()


@cache
def _metrics(key: str) -> tuple[dict, int]:
    f = _font(key)
    return f["hmtx"].metrics, f["head"].unitsPerEm


def files() -> list[str]:
    return sorted({p for p, _ in FACES.values()})


def check(key: str, text: str) -> None:
    """Raise unless every visible character of `text` has a glyph in face `key`."""
    cm = cmap(key)
    missing = [c for c in text if not c.isspace() and ord(c) not in cm]
    if missing:
        raise KeyError(f"face {key} ({family(key)}) lacks {missing!r} in {text!r}")
    DRAWN.append((key, text))


def covers(key: str, text: str) -> bool:
    cm = cmap(key)
    return all(c.isspace() or ord(c) in cm for c in text)


def advance(key: str, text: str, size: float) -> float:
    """The width of `text` at `size` from the face's hmtx advances (no kerning: CJK has none)."""
    mt, upem = _metrics(key)
    cm = cmap(key)
    total = 0
    for c in text:
        g = cm.get(ord(c))
        total += mt[g][0] if g is not None else upem
    return total * size / upem


NO_START = set("，。；：、）》」』”’！？%）．,.;:!?)]")
NO_END = set("（《「『“‘([")


def wrap(key: str, text: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width` (CJK: any character boundary) keeping the usual
    rules: no line starts with closing punctuation, none ends with an opening one, and Latin/digit runs
    stay whole."""
    tokens: list[str] = []
    for c in text:
        if tokens and c.isascii() and c.isalnum() and tokens[-1][-1].isascii() and tokens[-1][-1].isalnum():
            tokens[-1] += c
        else:
            tokens.append(c)
    lines: list[str] = []
    cur = ""
    for t in tokens:
        if cur and advance(key, cur + t, size) > width and t not in NO_START:
            if cur[-1] in NO_END:
                lines.append(cur[:-1])
                cur = cur[-1] + t
                continue
            lines.append(cur)
            cur = t
        else:
            cur += t
    if cur:
        lines.append(cur)
    return lines
