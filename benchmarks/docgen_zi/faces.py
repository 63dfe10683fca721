"""Family ZI's faces: system CJK font files opened by Skia (skia.Typeface.MakeFromFile, the collection
index found by family name), and the check every drawn string passes: no character may map to glyph 0."""

from __future__ import annotations

import functools

import skia

FILES = {
    "Noto Serif CJK SC": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", None),
    "Noto Serif CJK SC Bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC"),
    "Noto Sans CJK SC": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", None),
    "Noto Sans CJK SC Medium": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Medium.ttc", "Noto Sans CJK SC"),
    "Noto Sans CJK SC Bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
    "AR PL UMing CN": ("/usr/share/fonts/truetype/arphic/uming.ttc", None),
    "AR PL UKai CN": ("/usr/share/fonts/truetype/arphic/ukai.ttc", None),
    "WenQuanYi Zen Hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", None),
    "LXGW WenKai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None),
    "AR PL SungtiL GB": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None),
    "AR PL KaitiM GB": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", None),
    "DejaVu Sans Mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", None),
}
SERIF = ["Noto Serif CJK SC", "AR PL UMing CN", "AR PL SungtiL GB"]
SANS = ["Noto Sans CJK SC", "WenQuanYi Zen Hei", "Noto Sans CJK SC Medium"]
KAI = ["AR PL UKai CN", "LXGW WenKai", "AR PL KaitiM GB"]
USED: set[str] = set()
DRAWN: list[tuple[str, str]] = []  # (face, text) of every string drawn, for the test


class MissingGlyph(ValueError):
    pass


@functools.cache
def typeface(name: str) -> skia.Typeface:
    path, family = FILES[name]
    family = family or name
    for i in range(12):
        tf = skia.Typeface.MakeFromFile(path, i)
        if tf is None:
            break
        if tf.getFamilyName() == family:
            return tf
    raise FileNotFoundError(f"{name}: no face named {family} in {path}")


def font(name: str, size: float) -> skia.Font:
    f = skia.Font(typeface(name), size)
    f.setSubpixel(True)
    f.setEdging(skia.Font.Edging.kAntiAlias)
    f.setHinting(skia.FontHinting.kNone)
    f.setLinearMetrics(True)
    return f


def face_name(f: skia.Font) -> str:
    tf = f.getTypeface()
    for n in FILES:
        if typeface(n) is tf or typeface(n).uniqueID() == tf.uniqueID():
            return n
    return tf.getFamilyName()


def check(f: skia.Font, text: str) -> None:
    """Raise unless every non-space character of `text` has a glyph in `f`'s face."""
    glyphs = f.textToGlyphs(text)
    bad = [c for c, g in zip(text, glyphs, strict=False) if g == 0 and not c.isspace()]
    if len(glyphs) != len(text) or bad:
        raise MissingGlyph(f"{face_name(f)} lacks {bad!r} in {text!r}")
    name = face_name(f)
    USED.add(name)
    DRAWN.append((name, text))
