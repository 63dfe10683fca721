"""GB/T 3304 nation codes and GB/T 2261.1 sex codes as the chip stores them.

The nation table is data shared with the app (`resources/standards/gbt3304_nations.csv`), read
here through importlib.resources rather than copied.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

SEX = {"0": "未知", "1": "男", "2": "女", "9": "未说明"}


@lru_cache(maxsize=1)
def nation_table() -> dict[str, str]:
    text = resources.files("resources.standards").joinpath("gbt3304_nations.csv").read_text(encoding="utf-8")
    return {row["code"]: row["name"] for row in csv.DictReader(io.StringIO(text))}


def nation_name(code: str) -> str:
    """Name for a 2-digit code (``01`` → 汉); an unknown code is returned as read."""
    c = code.strip()
    if c.isdigit():
        return nation_table().get(c.zfill(2), c)
    return c.removesuffix("族") if len(c) > 1 else c


def sex_name(code: str) -> str:
    c = code.strip()
    if c in SEX:
        return SEX[c]
    return {"M": "男", "F": "女", "男性": "男", "女性": "女"}.get(c.upper() if c.isascii() else c, c)
