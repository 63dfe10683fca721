"""Family ZJ's faces: the system CJK font files registered with Qt by path
(`QFontDatabase.addApplicationFont`), one QGuiApplication for the process (offscreen platform), and a
glyph check that raises when a string has a character its face lacks (Qt's font merging is switched
off on every QFont we draw with, so nothing falls back silently)."""

from __future__ import annotations

import os
from functools import cache, lru_cache
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont  # noqa: E402

# key -> (file, family name inside the file, weight)
FILES = {
    "song": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"),
    "song_bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC"),
    "hei": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"),
    "hei_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing CN"),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", "AR PL UKai CN"),
    "wqy": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", "LXGW WenKai"),
    "fsong": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolSong-Regular.otf", "FandolSong"),
    "fhei": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolHei-Regular.otf", "FandolHei"),
    "ffang": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf", "FandolFang"),
    "fkai": ("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolKai-Regular.otf", "FandolKai"),
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "DejaVu Sans Mono"),
    "ocrb": ("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf", "Liberation Mono"),
}
# the faces a template may pick for its printed values, by role
BODY = ["song", "fsong", "uming", "hei", "fhei", "ffang", "wqy"]
LABEL = ["hei", "fhei", "song_bold", "hei_bold", "wqy"]
TITLE = ["song_bold", "hei_bold", "fhei"]
HAND = ["ukai", "fkai", "wenkai"]
DRAWN: list[tuple[str, str]] = []  # (face key, text) of every run drawn, for the test


class MissingGlyph(ValueError):
    pass


_APP = None
# PySide6 6.12 on CPython 3.11 drops one reference to None for every call of a void method
# (QPainterPath.lineTo, QPainter.drawRect, … — measured with sys.getrefcount(None)); after a few
# thousand calls None is deallocated and the interpreter aborts. We raise None's reference count
# (its ob_refcnt, never given back, as an immortal object's would be) before every page, so the
# over-release never reaches zero (a list of references would be freed at exit and abort then).


def keep_none_alive(floor: int = 50_000_000) -> None:
    import ctypes
    import sys
    if sys.getrefcount(None) < floor:
        ctypes.c_ssize_t.from_address(id(None)).value += 2 * floor


def app() -> QGuiApplication:
    global _APP
    keep_none_alive()
    if _APP is None:
        _APP = QGuiApplication.instance() or QGuiApplication(["docgen_zj"])
    return _APP


@cache
def family(key: str) -> str:
    """Register the face's file with Qt (once) and return the family name Qt gave it."""
    app()
    path, want = FILES[key]
    if not Path(path).exists():
        raise FileNotFoundError(path)
    fid = QFontDatabase.addApplicationFont(path)
    if fid < 0:
        raise RuntimeError(f"Qt could not load {path}")
    fams = QFontDatabase.applicationFontFamilies(fid)
    for f in fams:
        if f == want:
            return f
    raise RuntimeError(f"{path}: {want} not among {fams}")


def font(key: str, px: float, bold: bool = False) -> QFont:
    f = QFont(family(key))
    f.setPixelSize(max(1, round(px)))
    f.setStyleStrategy(QFont.StyleStrategy(QFont.StyleStrategy.NoFontMerging | QFont.StyleStrategy.PreferAntialias))
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if bold or key.endswith("_bold"):
        f.setWeight(QFont.Weight.Bold)
    return f


@cache
def raw(key: str) -> QRawFont:
    """The raw font Qt really draws `key` with (merging off): it must be the registered family."""
    r = QRawFont.fromFont(font(key, 32))
    if not r.isValid() or r.familyName() != family(key):
        raise RuntimeError(f"{key}: Qt resolved {r.familyName()!r}, not {family(key)!r}")
    return r


@lru_cache(maxsize=4096)
def _covers(key: str, ch: str) -> bool:
    return raw(key).supportsCharacter(ord(ch))


def covers(key: str, text: str) -> bool:
    return all(ch.isspace() or _covers(key, ch) for ch in text)


def check(key: str, text: str) -> None:
    """Raise MissingGlyph unless every character of `text` is in the face's own cmap."""
    missing = [ch for ch in text if not ch.isspace() and not _covers(key, ch)]
    if missing:
        raise MissingGlyph(f"{key} lacks {''.join(missing)!r} in {text!r}")
    DRAWN.append((key, text))


def first_covering(keys: list[str], text: str) -> str:
    for k in keys:
        if covers(k, text):
            return k
    raise MissingGlyph(f"no face among {keys} covers {text!r}")
