"""Font faces for family-C documents: the Debian CJK fonts the machine and CI carry.

Family C prefers faces other than the ones family B names (Noto Serif/Sans CJK, AR PL SungtiL GB,
AR PL UKai, WenQuanYi Zen Hei, LXGW WenKai); a style falls back to any face present, so the set
still generates where a package is missing (the file count and truth stay the same, only glyph
shapes differ). Packages: build/setup/debian-packages.txt.
"""

from __future__ import annotations

import functools
import random
from pathlib import Path

from PIL import ImageFont

ROOT = Path(__file__).resolve().parents[2]
# style -> (path, face index) candidates, best first
CANDIDATES: dict[str, tuple[tuple[str, int], ...]] = {
    "song": (("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
             ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
             ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)),
    "song_bold": (("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
                  ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
                  ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0)),
    "hei": (("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
            ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
            ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0)),
    "hei_bold": (("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
                 ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0)),
    "kai": (("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
            (str(ROOT / "resources/fonts/LXGWWenKai-Regular.ttf"), 0)),
    "hand": ((str(ROOT / "resources/fonts/LXGWWenKai-Regular.ttf"), 0),
             ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0)),
    "mono": (("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
             ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 7)),
    "latin": (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
              ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2)),
}
FALLBACK = (str(ROOT / "resources/fonts/LXGWWenKai-Regular.ttf"), 0)


@functools.cache
def available(style: str) -> tuple[tuple[str, int], ...]:
    found = tuple(c for c in CANDIDATES[style] if Path(c[0]).exists())
    return found or (FALLBACK,)


@functools.lru_cache(maxsize=512)
def _load(path: str, index: int, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=index)


def face(style: str, size: int, pick: int = 0) -> ImageFont.FreeTypeFont:
    faces = available(style)
    path, index = faces[pick % len(faces)]
    return _load(path, index, max(6, int(size)))


def pick_faces(r: random.Random) -> dict[str, int]:
    """One document's choice of face per style (index into the available candidates)."""
    return {s: r.randrange(len(available(s))) for s in CANDIDATES}
