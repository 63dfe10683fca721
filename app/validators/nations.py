"""民族 (GB/T 3304-1991): the 56 nations with their codes, accepting free text too.

ID cards carry values outside the table (穿青人, 革家人, "乌克兰(入籍)"), so a name we do not
know is kept as written with code None — a warning, never an error.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from app.validators.result import Check, Issue
from app.validators.text import to_halfwidth


@dataclass(frozen=True)
class Nation:
    code: str
    name: str
    roman: str


@lru_cache(maxsize=1)
def nations() -> tuple[Nation, ...]:
    text = resources.files("resources.standards").joinpath("gbt3304_nations.csv").read_text(encoding="utf-8")
    return tuple(Nation(r["code"], r["name"], r["roman"]) for r in csv.DictReader(io.StringIO(text)))


def nation_by_code(code: str) -> Nation | None:
    code = code.strip().zfill(2)
    return next((n for n in nations() if n.code == code), None)


def normalize_nation(text: str) -> tuple[str, str | None]:
    """Return (name without 族, code or None) for what was written or read."""
    name = "".join(to_halfwidth(text or "").split())
    if name.isdigit():
        nation = nation_by_code(name)
        return (nation.name, nation.code) if nation else (name, None)
    if name.endswith("族") and len(name) > 1:
        name = name[:-1]
    for n in nations():
        if n.name == name:
            return n.name, n.code
    return name, None


def validate_nation(value: str) -> Check:
    name, code = normalize_nation(value)
    if not name:
        return Check.build(value, None, [Issue("nation.empty", "民族不能为空", "nation is empty")], [])
    warnings = [] if code else [Issue("nation.free_text", f"“{name}”不在 56 个民族代码表中，已按原文保留",
                                      f"'{name}' is not one of the 56 coded nations; kept as written")]
    return Check.build(value, name, [], warnings, code=code)
