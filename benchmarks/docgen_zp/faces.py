"""Family ZP's faces, pinned by file (and index in a .ttc): TrueType-outline CJK faces from the Debian
fonts-* packages that libharu can embed. Every string is checked against its face's cmap (fontTools)
before it is drawn: a missing glyph raises instead of printing a blank box."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont

FACES = {
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),  # AR PL SungtiL GB (fonts-arphic-gbsn00lp)
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),  # AR PL UMing (fonts-arphic-uming)
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),  # AR PL KaitiM GB (fonts-arphic-gkai00mp)
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),  # AR PL UKai (fonts-arphic-ukai)
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),  # WenQuanYi Zen Hei (fonts-wqy-zenhei)
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),  # LXGW WenKai (fonts-lxgw-wenkai)
    "wenkai_bold": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 0),  # ID numbers (fonts-dejavu-core)
    "sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
}
DRAWN: list[tuple[str, str]] = []  # (face, text) of every run drawn, for the tests


class MissingGlyph(ValueError):
    pass


@cache
def cmap(face: str) -> frozenset[int]:
    path, index = FACES[face]
    if not Path(path).exists():
        raise FileNotFoundError(path)
    font = TTCollection(path, lazy=True).fonts[index] if path.endswith(".ttc") else TTFont(path, lazy=True)
    return frozenset(font.getBestCmap())


def check(face: str, text: str) -> None:
    cm = cmap(face)
    missing = [c for c in text if not c.isspace() and ord(c) not in cm]
    if missing:
        raise MissingGlyph(f"{face} has no glyph for {''.join(missing)!r} in {text!r}")
    DRAWN.append((face, text))


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(c.isspace() or ord(c) in cm for c in text)
