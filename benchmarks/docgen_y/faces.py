"""Family Y's faces, handed to Ghostscript as CIDFonts (Identity ordering, CID = TrueType glyph id).

Ghostscript 10 reads `cidfmap` from its library search path, so the generator writes its own cidfmap
into a private folder passed first with `-I` (this Ghostscript has no working `-sCIDFMAP`). Each face
is a TrueType file (or a TTC subfont) mapped by path; a composite font `/<key>-Identity-H` is built from
it with `composefont`, and the generator encodes every string itself as 2-byte glyph ids from the
face's own cmap (fontTools). So a character the face lacks raises here, before Ghostscript could
draw a .notdef box or substitute; a face missing from disk makes `findresource` fail and gs exit
non-zero (`render` raises with its stderr); `check_faces` also renders each face beside another and
fails when two faces draw the same pixels (a silent substitution would). Latin faces are
Ghostscript's own URW base 35 (Nimbus Mono PS for ID numbers, Nimbus Sans for screens)."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from fontTools.ttLib import TTFont

# key -> (file, subfont index, family name the file must carry, style)
FACES: dict[str, tuple[str, int, str, str]] = {
    "SungtiL": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "AR PL SungtiL GB", "song"),
    "UMing": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "AR PL UMing CN", "song"),
    "BabelStone": ("/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf", 0, "BabelStone Han", "song"),
    "KaitiM": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, "AR PL KaitiM GB", "kai"),
    "UKai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "AR PL UKai CN", "kai"),
    "ZenHei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei", "hei"),
    "MicroHei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "WenQuanYi Micro Hei", "hei"),
    "DroidFallback": ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0, "Droid Sans Fallback", "hei"),
    "WenKai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "LXGW WenKai", "hand"),
}
LATIN = {"NimbusMonoPS-Bold", "NimbusMonoPS-Regular", "NimbusSans-Regular", "NimbusSans-Bold", "NimbusRoman-Regular"}
FALLBACK = "ZenHei"  # a run whose face lacks one of its characters is drawn in this face (and listed)
DRAWN: list[tuple[str, str]] = []  # (face, text) of every run encoded, for the tests


@functools.cache
def _font(key: str) -> tuple[dict[int, int], list[int], int]:
    """The face's cmap as code point -> glyph id, advances per glyph id, units per em."""
    path, idx, family, _ = FACES[key]
    f = TTFont(path, fontNumber=idx, lazy=True)
    name = f["name"].getDebugName(1)
    if name != family:
        raise RuntimeError(f"{path}#{idx} is {name!r}, not {family!r}")
    order = {g: i for i, g in enumerate(f.getGlyphOrder())}
    cmap = {cp: order[g] for cp, g in f.getBestCmap().items()}
    hmtx = f["hmtx"].metrics
    adv = [0] * len(order)
    for g, i in order.items():
        adv[i] = hmtx[g][0] if g in hmtx else 0
    return cmap, adv, f["head"].unitsPerEm


def covers(key: str, text: str) -> bool:
    cmap = _font(key)[0]
    return all(ord(c) in cmap for c in text)


def cmap(key: str) -> set[int]:
    return set(_font(key)[0])


def resolve(key: str, text: str) -> str:
    """The face a run is really drawn in: its own, or FALLBACK when it lacks a character."""
    if key in LATIN or covers(key, text):
        return key
    if covers(FALLBACK, text):
        return FALLBACK
    missing = [c for c in text if ord(c) not in _font(FALLBACK)[0]]
    raise ValueError(f"no face covers {missing!r} in {text!r}")


def encode(key: str, text: str) -> str:
    """A PostScript string drawing `text` in composite font `key`: 2-byte glyph ids in hex, or a plain
    string for the Latin base-35 faces."""
    DRAWN.append((key, text))
    if key in LATIN:
        if not text.isascii():
            raise ValueError(f"{key} cannot draw {text!r}")
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    cm = _font(key)[0]
    try:
        return "<" + "".join(f"{cm[ord(c)]:04x}" for c in text) + ">"
    except KeyError as exc:
        raise ValueError(f"{FACES[key][2]} has no glyph for {chr(exc.args[0])!r} in {text!r}") from None


_LATIN_W = {"NimbusMonoPS-Bold": 0.6, "NimbusMonoPS-Regular": 0.6}


def width(key: str, text: str) -> float:
    """Advance of `text` in em units (1.0 = the font size)."""
    if key in LATIN:
        if key in _LATIN_W:
            return _LATIN_W[key] * len(text)
        return sum(0.556 if c.isdigit() else 0.278 if c in " .:-/" else 0.6 for c in text)
    cm, adv, upm = _font(key)
    return sum(adv[cm[ord(c)]] for c in text if ord(c) in cm) / upm


@functools.lru_cache(maxsize=1)
def cidfmap_dir() -> str:
    """A private folder holding the cidfmap naming every face by path (passed to gs with -I)."""
    d = Path(tempfile.mkdtemp(prefix="famy_gs_"))
    lines = [f"/Y{key} << /FileType /TrueType /Path ({path}) /SubfontID {idx} /CSI [(Identity) 0] >> ;"
             for key, (path, idx, _, _) in FACES.items()]
    (d / "cidfmap").write_text("\n".join(lines) + "\n", encoding="ascii")
    return str(d)


def prolog(keys: set[str]) -> str:
    """PostScript defining `/<key>-Identity-H` for each CJK face a page uses."""
    out = []
    for key in sorted(keys):
        if key in LATIN:
            continue
        out.append(f"/{key}-Identity-H /Identity-H [/Y{key} /CIDFont findresource] composefont pop")
    return "\n".join(out)


def setfont(key: str, size_pt: float) -> str:
    name = key if key in LATIN else f"{key}-Identity-H"
    return f"/{name} findfont {size_pt:.2f} scalefont setfont"
