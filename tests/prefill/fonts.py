"""System CJK faces for the pre-fill tests that draw their own pages with Pillow: one place that
knows where Debian puts them, and skips a test (rather than failing it) on a machine without any."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import ImageFont

NOTO = "/usr/share/fonts/opentype/noto/"
SANS = (NOTO + "NotoSansCJK-Regular.ttc", NOTO + "NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
SERIF = (NOTO + "NotoSerifCJK-Regular.ttc", NOTO + "NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
HAND = ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", "/usr/share/fonts/truetype/arphic/ukai.ttc")


def cjk_font(size: int, paths: tuple[str, ...] = SANS) -> ImageFont.FreeTypeFont:
    """The first of `paths` installed, at `size` px."""
    for path in paths:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    pytest.skip("no CJK system font (fc-list :lang=zh)")
