"""The faces family V embeds into its PDFs with fpdf2's `add_font`, pinned by file (and collection
index for .ttc files), and a cmap check before every run is drawn: fpdf2 can fall back or drop a
glyph quietly, so a run a face does not cover raises instead (`Missing`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

N = "/usr/share/fonts/opentype/noto/"
T = "/usr/share/fonts/truetype/"
FACES: dict[str, tuple[str, int]] = {
    "noto_serif": (N + "NotoSerifCJK-Regular.ttc", 2),
    "noto_serif_bold": (N + "NotoSerifCJK-Bold.ttc", 2),
    "noto_sans": (N + "NotoSansCJK-Regular.ttc", 2),
    "noto_sans_medium": (N + "NotoSansCJK-Medium.ttc", 2),
    "noto_sans_bold": (N + "NotoSansCJK-Bold.ttc", 2),
    "arpl_sung": (T + "arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "arpl_kai": (T + "arphic-gkai00mp/gkai00mp.ttf", 0),
    "uming": (T + "arphic/uming.ttc", 0),
    "ukai": (T + "arphic/ukai.ttc", 0),
    "wenkai": (T + "lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wqy_microhei": (T + "wqy/wqy-microhei.ttc", 0),
    "wqy_zenhei": (T + "wqy/wqy-zenhei.ttc", 0),
    "droid": (T + "droid/DroidSansFallbackFull.ttf", 0),
    "dejavu_mono": (T + "dejavu/DejaVuSansMono.ttf", 0),
    "liberation_mono": (T + "liberation/LiberationMono-Regular.ttf", 0),
    "nimbus_mono": ("/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf", 0),
    "liberation_sans": (T + "liberation/LiberationSans-Regular.ttf", 0),
}
SONG = ("noto_serif", "arpl_sung", "uming")
HEI = ("noto_sans", "noto_sans_medium", "wqy_microhei", "wqy_zenhei", "droid")
KAI = ("arpl_kai", "ukai", "wenkai")
MONO = ("dejavu_mono", "liberation_mono", "nimbus_mono", "noto_sans")

DRAWN: list[tuple[str, str]] = []  # (face, run) for the tests: every run drawn, checked against its cmap


class Missing(Exception):
    """A run contains a character its pinned face has no glyph for."""


HERE = Path(__file__).resolve().parent


@cache
def charset() -> str:
    """Every character family V can draw: printable ASCII and the characters of its own sources
    (all drawn text is assembled from literals there)."""
    chars = {chr(c) for c in range(32, 127)}
    for src in sorted(HERE.glob("*.py")):
        chars |= {c for c in src.read_text(encoding="utf-8") if ord(c) > 126}
    return "".join(sorted(chars))


@cache
def path(key: str) -> str:
    """The face cut down to `charset()` with fontTools' subsetter, once per charset and face, into
    the cache: fpdf2 then parses a few hundred glyphs instead of a 20 MB collection for every page
    (the PDF embeds a subset either way). Glyph outlines, metrics and cmap are the face's own."""
    import hashlib
    import os

    from fontTools import subset
    from fontTools.ttLib import TTFont

    src, idx = FACES[key]
    tag = hashlib.sha256(f"{src}:{idx}:{charset()}".encode()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_v_faces"
    out = base / f"{key}-{tag}.{'otf' if src.endswith(('.otf', '.ttc')) and 'noto' in src.lower() or src.endswith('.otf') else 'ttf'}"
    if not out.exists():
        base.mkdir(parents=True, exist_ok=True)
        font = TTFont(src, fontNumber=idx) if src.endswith(".ttc") else TTFont(src)
        cm = font.getBestCmap()
        opts = subset.Options()
        opts.name_IDs = ["*"]
        opts.notdef_outline = True
        opts.layout_features = ["*"]
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=[ord(c) for c in charset() if ord(c) in cm])
        sub.subset(font)
        tmp = out.with_suffix(".part")
        font.save(str(tmp))
        tmp.rename(out)
    return str(out)


@cache
def cmap(key: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(path(key), lazy=True).getBestCmap())


def covers(key: str, text: str) -> bool:
    cm = cmap(key)
    return all(c.isspace() or ord(c) in cm for c in text)


def check(key: str, text: str) -> None:
    missing = [c for c in text if not c.isspace() and ord(c) not in cmap(key)]
    if missing:
        raise Missing(f"{key} ({FACES[key][0]}) has no glyph for {''.join(missing)!r} in {text!r}")
    DRAWN.append((key, text))


def pick(r, pool: tuple[str, ...], texts: list[str]) -> str:  # noqa: ANN001 - random.Random
    """A face from `pool` that covers every text; raises when none does."""
    texts = [*texts, "0123456789.-:ABCDX"]  # every face we draw values with must have the figures too
    ok = [k for k in pool if all(covers(k, t) for t in texts)]
    if not ok:
        raise Missing(f"no face of {pool} covers {texts}")
    return r.choice(ok)


def exists(key: str) -> bool:
    return Path(FACES[key][0]).exists()
