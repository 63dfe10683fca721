"""Helper functions that catalog rules may call from CEL, and the date/region conventions.

CEL (the `cel` package) has no date type we can hand Python dates through, so every date in the
case context is a UTC-midnight timestamp; `date('2026-03-01')` builds one in a rule. Helpers
never raise on odd text (a wrong ID number is `false`, not an error) but do raise on values
of the wrong kind, which the engine turns into a `manual` finding for that rule.

Addresses are free text. `locate_address` reads the leading 省/市/区县 names (full names, and
the short forms 湖北 / 武汉 for provinces and prefecture cities) from the GB/T 2260 table in
`app.validators.regions` and returns the deepest code it recognised. An address that names no
region at all is *unplaced*; jurisdiction rules treat it as inside the center's region (the
clerk sees the address anyway) and only an address that names another region is outside.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from app.validators.creditcode import validate_uscc
from app.validators.dates import LONG_TERM, age_on, parse_date
from app.validators.dates import add_years as _add_years
from app.validators.idnumber import validate_id_number
from app.validators.phone import validate_mobile
from app.validators.regions import _table
from app.validators.regions import region_name as _region_name
from app.validators.regions import region_within as _region_within
from app.validators.text import to_halfwidth

UTC = dt.UTC
FAR_FUTURE = dt.date(9999, 12, 31)  # what 长期 becomes as a date


def ts(day: dt.date) -> dt.datetime:
    """A date as the timestamp CEL compares (UTC midnight)."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=UTC)


def as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if "".join(value.split()) == LONG_TERM:
            return FAR_FUTURE
        d = parse_date(value)
        if d is not None:
            return d
    raise TypeError(f"not a date: {value!r}")


def to_ts_or_none(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    if "".join(str(text).split()) == LONG_TERM:
        return ts(FAR_FUTURE)
    d = parse_date(str(text))
    return ts(d) if d else None


_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
                           "·": "", "•": "", "・": ""})


def norm(text: Any) -> str:
    """Names and codes compared as people mean them: full-width folded, no spaces, (）unified."""
    if text is None:
        return ""
    return "".join(to_halfwidth(str(text)).translate(_BRACKETS).split()).upper()


def norm_eq(a: Any, b: Any) -> bool:
    return norm(a) == norm(b)


def contains_any(text: Any, words: list) -> bool:
    t = norm(text)
    return any(norm(w) and norm(w) in t for w in words)


def gb11643(text: Any) -> bool:
    return bool(text) and validate_id_number(str(text)).ok


def uscc_valid(text: Any) -> bool:
    return bool(text) and validate_uscc(str(text)).ok


def uscc_kind(text: Any) -> str:
    """The registration department + category (first two characters), e.g. 92 个体工商户."""
    return norm(text)[:2]


def mobile_valid(text: Any) -> bool:
    return bool(text) and validate_mobile(str(text)).ok


def id_birth(text: Any) -> dt.datetime:
    check = validate_id_number(str(text or ""))
    birth = check.facts.get("birth_date")
    if not check.ok or birth is None:
        raise ValueError(f"invalid ID number, no birth date: {text!r}")
    return ts(birth)


def id_sex(text: Any) -> str:
    check = validate_id_number(str(text or ""))
    return str(check.facts.get("sex", "")) if check.ok else ""


def age_at(birth_or_id: Any, on: Any) -> int:
    birth = id_birth(birth_or_id) if isinstance(birth_or_id, str) else birth_or_id
    return age_on(as_date(birth), as_date(on))


def days_between(a: Any, b: Any) -> int:
    """Calendar days from a to b (positive when b is later)."""
    return (as_date(b) - as_date(a)).days


def add_days(day: Any, n: int) -> dt.datetime:
    return ts(as_date(day) + dt.timedelta(days=int(n)))


def add_years(day: Any, n: int) -> dt.datetime:
    return ts(_add_years(as_date(day), int(n)))


def date(text: Any) -> dt.datetime:
    return ts(as_date(text))


def text_len(text: Any) -> int:
    """Characters (code points); CEL's size() on strings counts bytes in this binding."""
    return len(str(text or ""))


def same_set(a: Any, b: Any) -> bool:
    """Two option lists equal ignoring order; text is split on 、,，;； (OCR gives text)."""
    import re

    def items(v: Any) -> set[str]:
        parts = v if isinstance(v, list) else re.split(r"[、,，;；\s]+", str(v or ""))
        return {norm(p) for p in parts if norm(p)}

    return items(a) == items(b)


def region_city(code: Any) -> str:
    """The prefecture-level code of a region (420107 → 420100)."""
    c = str(code or "")
    return c[:4] + "00" if len(c) == 6 else c


def region_within(code: Any, region: Any) -> bool:
    return bool(code) and bool(region) and _region_within(str(code), str(region))


def region_label(code: Any) -> str:
    return _region_name(str(code or "")) or ""


# ---- licence numbers and lists of people ---------------------------------------------------

LICENCE_SHAPES = {
    # 鄂卫公证字〔2023〕第420107000123号, 沪卫公字（2023）第310115000123号 (《公共场所卫生管理条例实施细则》
    # 第二十二条 and the national 卫生许可证 template: province + 卫…字 + bracketed year + 第…号; some
    # issuers print no 字 and number within a district after its code: 浙卫公（2025）第330106-88407号,
    # 桂卫公字（2026）第0782-29882号, or print the district's code before 第: 桂卫公（2026）450103第7840号 —
    # the shapes the OCR pre-fill reads (app/prefill/extract.py _HEALTH_NO), so a pre-filled number
    # is never flagged as malformed)
    "public_health": re.compile(r"^\(?[\u4e00-\u9fff]{1,4}\)?卫[\u4e00-\u9fff]{0,3}字?\([0-9]{4}\)([0-9]{6})?第?[0-9A-Z\-]{1,18}号$"),
    # 新出发鄂青字第2023017号, 新出发京零字第东220046号 (出版物经营许可证: 新出发 + place + 字 + 第…号)
    "publication": re.compile(r"^新出发[^第号]{1,12}第[0-9A-Z\u4e00-\u9fff\-]{1,15}号$"),
}


def licence_no_ok(text: Any, kind: str) -> bool:
    """Does a licence number have the printed shape of its kind (see LICENCE_SHAPES)?"""
    shape = LICENCE_SHAPES.get(str(kind))
    if shape is None:
        raise ValueError(f"unknown licence kind: {kind!r}")
    return bool(shape.match(norm(text)))


_ID18 = re.compile(r"[1-9]\d{16}[\dXx]")
_PAREN = re.compile(r"（[^（）]*）|\([^()]*\)|【[^【】]*】|\[[^\[\]]*\]")
_ENTRIES = re.compile(r"[；;\n]+")
_PARTS = re.compile(r"[、，,]+")
_TOKENS = re.compile(r"[\s：:/]+")
_HAN_RUN = re.compile(r"^[\u4e00-\u9fff·]+")
NOT_A_NAME = frozenset(["本人", "户主", "配偶", "妻", "夫", "妻子", "丈夫", "子", "女", "男", "儿子", "女儿", "子女", "长子", "次子", "三子", "长女", "次女", "三女", "父", "母", "父亲", "母亲", "父母", "孙子", "孙女", "外孙", "外孙女", "祖父", "祖母", "外祖父", "外祖母", "兄", "弟", "姐", "妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄弟", "姐妹", "儿媳", "女婿", "公公", "婆婆", "岳父", "岳母", "继子", "继女", "养子", "养女", "其他", "成员", "家庭成员", "共同生活家庭成员", "姓名", "关系", "身份证号", "身份证号码", "与申请人关系", "退休", "无业", "务农", "学生", "在读", "在校", "残疾", "待业", "失业", "务工", "个体", "灵活就业", "在职", "汉", "汉族", "已故", "无"])


def _is_name(token: str) -> bool:
    run = _HAN_RUN.match(token.strip())
    word = run.group(0) if run else ""
    return len(word) >= 2 and word not in NOT_A_NAME and not re.fullmatch(r"共\S*人", word)


def people(text: Any) -> list[str]:
    """The people a 家庭成员 list names. Entries separated by ；/; or lines are one person each
    (赵敏（本人，4201…）；刘军（配偶）); a single line is split on 、，, (孙红梅 本人, 王建华 配偶,
    赵敏、刘军) or, failing that, on spaces, and a part counts when it starts with a name — two or
    more Chinese characters that are not a relation or status word (本人, 配偶, 子女, 退休 …).
    Bracketed notes are ignored; a list of bare ID numbers counts its distinct numbers."""
    s = _PAREN.sub(" ", str(text or "")).strip()
    ids = list(dict.fromkeys(m.group(0).upper() for m in _ID18.finditer(str(text or ""))))
    entries = [e.strip() for e in _ENTRIES.split(s) if e.strip()]
    if len(entries) >= 2:
        names = [e for e in entries if any(_is_name(t) for t in _TOKENS.split(e)) or _ID18.search(e)]
    elif entries:
        parts = [p.strip() for p in _PARTS.split(entries[0]) if p.strip()]
        if len(parts) < 2:
            parts = [t for t in _TOKENS.split(entries[0]) if t]
        names = [p for p in parts if any(_is_name(t) for t in _TOKENS.split(p) if t)]
    else:
        names = []
    return names if len(names) >= len(ids) else ids


def count_people(text: Any) -> int:
    return len(people(text))


def lists_person(text: Any, name: Any) -> bool:
    """Does a list of people name this person (or 本人)?"""
    s = norm(text)
    return "本人" in s or (bool(norm(name)) and norm(name) in s)


# ---- addresses -------------------------------------------------------------------------------

_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_SKIP_NAMES = {"市辖区", "市区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


@lru_cache(maxsize=1)
def _index() -> tuple[list[tuple[str, str, bool]], dict[str, list[tuple[str, str, bool]]],
                      dict[str, list[tuple[str, str, bool]]]]:
    """(provinces, cities by province, counties by province); each (name, code, is_short_form)."""
    provinces: list[tuple[str, str, bool]] = []
    cities: dict[str, list[tuple[str, str, bool]]] = {}
    counties: dict[str, list[tuple[str, str, bool]]] = {}
    for code, name in _table().items():
        if not name or name in _SKIP_NAMES:
            continue
        p = code[:2]
        if code.endswith("0000"):
            provinces.append((name, code, False))
            for suf in _PROVINCE_SUFFIXES:
                if name.endswith(suf) and len(name) - len(suf) >= 2:
                    provinces.append((name[: -len(suf)], code, True))
                    break
        elif code.endswith("00"):
            cities.setdefault(p, []).append((name, code, False))
            if name.endswith("市") and len(name) >= 3:
                cities[p].append((name[:-1], code, True))
        else:
            counties.setdefault(p, []).append((name, code, False))
    return provinces, cities, counties


def _starts(text: str, entries, prefix: str = "") -> list[tuple[str, str, bool]]:
    if not text:
        return []
    first = text[0]
    return [e for e in entries if e[0][0] == first and text.startswith(e[0]) and e[1].startswith(prefix)]


def locate_address(address: Any, prefer: str = "") -> str:
    """The deepest GB/T 2260 code named at the start of an address ('' when none).

    Short forms (湖北, 武汉) count only when a further region name follows them or (for a city)
    a province preceded it, so street names such as 北京路 or 南京路 are not read as regions.
    """
    s = "".join(to_halfwidth(str(address or "")).split())
    if not s:
        return ""
    provinces, cities, counties = _index()
    paths: list[tuple[int, int, str]] = []  # (characters consumed, parts, code)
    for prov in [None, *_starts(s, provinces)]:
        rest1 = s[len(prov[0]):] if prov else s
        pool = [prov[1][:2]] if prov else sorted(cities)
        city_opts = [None, *[e for p in pool for e in _starts(rest1, cities.get(p, []))]]
        for city in city_opts:
            rest2 = rest1[len(city[0]):] if city else rest1
            if city:
                county_pool = counties.get(city[1][:2], [])
                county_prefix = city[1][:4]
            elif prov:
                county_pool, county_prefix = counties.get(prov[1][:2], []), ""
            else:
                county_pool, county_prefix = [e for v in counties.values() for e in v], ""
            county_opts = [None, *_starts(rest2, county_pool, county_prefix)]
            for county in county_opts:
                after_prov = bool(city or county)
                if prov and prov[2] and not after_prov:
                    continue  # 北京路: a short province name must lead somewhere
                if city and city[2] and not prov and not county:
                    continue  # 南京路: a short city name needs a province before or a county after
                parts = [x for x in (prov, city, county) if x]
                if not parts:
                    continue
                code = parts[-1][1]
                used = sum(len(x[0]) for x in parts)
                paths.append((used, len(parts), code))
    if not paths:
        return ""
    within = (lambda c: c.startswith(_prefix(prefer)) or _prefix(prefer).startswith(_prefix(c))) if prefer else None
    paths.sort(key=lambda t: (-t[0], 0 if within is None or within(t[2]) else 1, -t[1]))
    return paths[0][2]


def _prefix(code: str) -> str:
    c = code
    while c.endswith("00") and len(c) > 2:
        c = c[:-2]
    return c


def address_placed(address: Any) -> bool:
    return bool(locate_address(address))


def address_within(address: Any, region: Any) -> bool:
    """False only when the address names a place outside `region` (unplaced counts as inside)."""
    region = str(region or "")
    code = locate_address(address, prefer=region)
    if not code or not region:
        return True
    a, r = _prefix(code), _prefix(region)
    return a.startswith(r) or r.startswith(a)


def address_region(address: Any) -> str:
    return locate_address(address)


@contextlib.contextmanager
def quiet_stderr():
    """The CEL binding prints a line to stderr when a helper raises; the engine reports it as a
    finding instead, so keep the console clean while rules run."""
    with contextlib.redirect_stderr(io.StringIO()):
        yield


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "norm": norm,
    "norm_eq": norm_eq,
    "contains_any": contains_any,
    "gb11643": gb11643,
    "uscc_valid": uscc_valid,
    "uscc_kind": uscc_kind,
    "mobile_valid": mobile_valid,
    "id_birth": id_birth,
    "id_sex": id_sex,
    "age_at": age_at,
    "days_between": days_between,
    "add_days": add_days,
    "add_years": add_years,
    "date": date,
    "len": text_len,
    "region_within": region_within,
    "region_city": region_city,
    "same_set": same_set,
    "region_name": region_label,
    "address_region": address_region,
    "address_within": address_within,
    "address_placed": address_placed,
    "licence_no_ok": licence_no_ok,
    "count_people": count_people,
    "lists_person": lists_person,
}
"""Every helper a rule may call, by its CEL name (documented in docs/prereview.md)."""

CEL_BUILTINS = frozenset({
    "size", "contains", "startsWith", "endsWith", "matches", "int", "uint", "double", "string", "bool",
    "bytes", "timestamp", "duration", "type", "dyn", "max", "min", "has", "getFullYear", "getMonth",
    "getDate", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getHours", "getMinutes", "getSeconds",
    "getMilliseconds",
})
