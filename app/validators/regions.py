"""GB/T 2260 administrative division codes, with history.

The table is python-stdnum's `cn/loc.dat` (historical codes with year ranges, kept current by
its maintainers); we read its data only — its validator is too strict for ID numbers, which keep
the county code of the day they were issued.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_LINE_PROVINCE = re.compile(r'^(\d{2}) province="([^"]*)"')
_LINE_COUNTY = re.compile(r'^\s+(\d{4}) county="([^"]*)"')
_YEARS = re.compile(r"\[[^\]]*\]")


@lru_cache(maxsize=1)
def _names_by_code() -> dict[str, list[str]]:
    """Every name each code has borne, oldest first (a province one name; a county its renamings,
    year ranges dropped) — the one reading of the table both views below take."""
    text = resources.files("stdnum.cn").joinpath("loc.dat").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    province = ""
    for line in text.splitlines():
        if m := _LINE_PROVINCE.match(line):
            province = m.group(1)
            out.setdefault(province + "0000", []).append(m.group(2))
        elif (m := _LINE_COUNTY.match(line)) and province:
            out.setdefault(province + m.group(1), []).extend(_YEARS.sub("", n) for n in m.group(2).split(","))
    return out


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Each code's latest name."""
    return {code: names[-1] for code, names in _names_by_code().items()}


def region_names() -> frozenset[str]:
    """Every place name in the table (provinces, cities, counties; latest names), e.g. for OCR to
    tell a real place from a misread one (武侯区 vs 武候区)."""
    return frozenset(_table().values())


@lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """The province-level names, in full (广西壮族自治区, 北京市) and as commonly shortened (广西, 北京):
    a resident's address starts with one."""
    full = {name for code, name in _table().items() if code.endswith("0000")}
    short = {re.sub(r"(维吾尔|壮族|回族)?(自治区|特别行政区|省|市)$", "", n) for n in full}
    return frozenset(full | {n for n in short if len(n) >= 2})


def region_name(code: str) -> str | None:
    """The (latest) name of a 6-digit code, or None when the code never existed in the table."""
    return _table().get(code)


def region_within(code: str, region: str) -> bool:
    """True when `code` lies inside `region` (a 2-, 4- or 6-digit prefix such as 4403 or 440305)."""
    prefix = region.rstrip("0") if len(region) == 6 else region
    if len(prefix) % 2:
        prefix += "0"
    return code.startswith(prefix)


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, tuple[str, ...]]:
    """The codes whose latest name is each name (`_table` turned round)."""
    out: dict[str, list[str]] = {}
    for code, name in _table().items():
        out.setdefault(name, []).append(code)
    return {name: tuple(codes) for name, codes in out.items()}


@lru_cache(maxsize=1)
def _counties_under() -> dict[str, frozenset[str]]:
    """The county-level names (latest; no 市辖区) under each 2-digit province and 4-digit city prefix."""
    out: dict[str, set[str]] = {}
    for code, name in _table().items():
        if not code.endswith("00") and name != "市辖区":
            out.setdefault(code[:2], set()).add(name)
            out.setdefault(code[:4], set()).add(name)
    return {prefix: frozenset(names) for prefix, names in out.items()}


@lru_cache(maxsize=512)
def counties_of(city: str) -> frozenset[str]:
    """The county-level names under a prefecture-level city of that name (成都市 → 武侯区, 锦江区 …);
    empty when no city bears the name. An authority's branch (成都市公安局武侯区分局) is named after
    one of them.

    (Looked up in two indexes built once: a scan of the whole table per name cost 5–8 ms of CPU at
    low load, 25 under load, and an address is asked under each of its tails — `extract._near_county`
    asks 州市 before 郑州市 — so every ID front or licence naming a new city paid 15–50 ms.)"""
    codes = _codes_by_name().get(city, ())
    prefixes = {code[:4] for code in codes if code.endswith("00") and not code.endswith("0000")}
    # (a municipality, 北京市 or 重庆市, is a province: its districts lie under all of its codes)
    prefixes |= {code[:2] for code in codes if code.endswith("0000")}
    under = _counties_under()
    return frozenset().union(*(under.get(p, frozenset()) for p in prefixes))


@lru_cache(maxsize=1)
def _names_ever() -> dict[str, frozenset[str]]:
    """Every name a code has borne (襄樊市 and 襄阳市 alike), by code: a document printed before a
    renaming still names the place as it was."""
    return {code: frozenset(names) for code, names in _names_by_code().items()}


def code_ever(code: str) -> bool:
    """Whether a 6-digit code is one the table has ever held (an abolished county's too): a number
    that embeds its issuer's division code (a 食品经营许可证's `JY`+1+6+…) names a real one."""
    return code in _names_ever()


@lru_cache(maxsize=1)
def _places_ever() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(province name of any era → its 2-digit prefixes, prefix → every non-province name under it
    of any era but 市辖区): `places_of_province`'s two lookups, built in one pass over the table."""
    provinces: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    for code, ns in _names_ever().items():
        if code.endswith("0000"):
            for n in ns:
                provinces.setdefault(n, set()).add(code[:2])
        else:
            places.setdefault(code[:2], set()).update(n for n in ns if n != "市辖区")
    return ({n: frozenset(p) for n, p in provinces.items()}, {p: frozenset(n) for p, n in places.items()})


@lru_cache(maxsize=64)
def places_of_province(province: str) -> frozenset[str]:
    """Every city and county name (any era) under a province-level name in full (山西省 → 太原市,
    小店区, 古交市 …); empty when no province bears the name. A county-level city that answers to its
    province directly (湖北省仙桃市, 河南省济源市) is one of them. (Two lookups: `_places_ever`.)"""
    provinces, places = _places_ever()
    return frozenset().union(*(places.get(p, frozenset()) for p in provinces.get(province, ())))


def names_ever(code: str) -> frozenset[str]:
    """Every name a 6-digit code has borne (empty when the table never held it): 430521 → 邵东县 (and
    the county's later name under its new code is another code's)."""
    return _names_ever().get(code, frozenset())
