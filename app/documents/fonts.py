"""The embedded CJK font: LXGW WenKai (OFL) from `resources/fonts`, registered with reportlab.

Only TrueType (glyf) fonts can be embedded by reportlab; its built-in `STSong-Light` is never
used because it is not embedded and prints empty boxes on machines without a CJK font.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import as_file, files

from resources.fonts import FONT_FILE

FONT = "ZCWenKai"


@lru_cache(maxsize=1)
def register_font() -> str:
    """Register the shipped font once per process; returns its reportlab name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with as_file(files("resources.fonts") / FONT_FILE) as path:
        pdfmetrics.registerFont(TTFont(FONT, str(path)))  # reads the file into memory
    return FONT
