"""Reading the 国务院办公厅 holiday notice (《国务院办公厅关于YYYY年部分节假日安排的通知》).

IT gets the notice as text (copied from the government website, or the platform's master data)
and loads it with `zongchuang calendar import FILE`. Each numbered clause names a festival, the
days off ("2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天") and the
make-up working days ("2月14日（周六）、2月28日（周六）上班"). The result is the override-file
structure `app.calendar.workdays` reads (`holidays`, `workdays`, `source`). A file that is
already that YAML structure is taken as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from io import StringIO
from typing import Any

from ruamel.yaml import YAML

from app.errors import InputError

FESTIVALS = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
_TITLE = re.compile(r"(\d{4})\s*年\s*(?:部分)?节假日安排")
_CLAUSE = re.compile(r"(?:^|\n)\s*[一二三四五六七八九十]+、\s*(元旦|春节|清明节|清明|劳动节|五一|端午节|端午|中秋节|中秋|国庆节|国庆)"
                     r"\s*[：:]\s*(.+?)(?=\n\s*[一二三四五六七八九十]+、|\n\s*\n|$)", re.S)
_PAREN = re.compile(r"[（(][^）)]*[）)]")
_DAY = r"(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日"
_RANGE = re.compile(_DAY + r"(?:\s*(?:至|—|-|～|~)\s*" + _DAY + r")?\s*放假")
_WORK = re.compile(_DAY)
_NAMES = {"清明": "清明节", "五一": "劳动节", "端午": "端午节", "中秋": "中秋节", "国庆": "国庆节"}


def _date(year: int, y: str | None, m: str | None, d: str, month: int | None) -> dt.date:
    return dt.date(int(y) if y else year, int(m) if m else (month or 0), int(d))


def parse_notice(text: str, year: int | None = None) -> tuple[int, dict[str, Any]]:
    """(year, {"source", "holidays", "workdays"}) from the notice's text; InputError naming
    what is missing when the text is not a complete notice."""
    found = _TITLE.search(text)
    if year is None:
        if not found:
            raise InputError("没有找到通知的年份（应含“YYYY年部分节假日安排”）",
                             "the notice's year was not found (expected “YYYY年部分节假日安排”)")
        year = int(found.group(1))
    holidays: set[dt.date] = set()
    workdays: set[dt.date] = set()
    seen: list[str] = []
    for match in _CLAUSE.finditer(_PAREN.sub("", text)):  # （周六）（农历腊月二十八、周日）: no dates of ours
        name = _NAMES.get(match.group(1), match.group(1))
        body = match.group(2)
        days = _RANGE.search(body)
        if days is None:
            raise InputError(f"{name}：没有找到放假日期", f"{name}: no days off found in the notice")
        try:
            first = _date(year, days.group(1), days.group(2), days.group(3), None)
            last = first if days.group(6) is None else _date(
                int(days.group(4)) if days.group(4) else first.year, None, days.group(5) or str(first.month),
                days.group(6), None)
        except ValueError as exc:
            raise InputError(f"{name}：日期无效（{exc}）", f"{name}: invalid date ({exc})") from None
        if last < first or (last - first).days > 15:
            raise InputError(f"{name}：放假日期范围不合理（{first}～{last}）", f"{name}: implausible range {first}–{last}")
        holidays.update(first + dt.timedelta(days=i) for i in range((last - first).days + 1))
        for sentence in re.split(r"[。；;]", body[days.end():]):
            if "上班" in sentence:
                month = None
                for y, m, d in _WORK.findall(sentence):
                    month = int(m) if m else month
                    workdays.add(_date(year, y, m, d, month))
        seen.append(name)
    missing = [f for f in FESTIVALS if f not in seen]
    if missing:
        raise InputError(f"通知不完整，缺少：{'、'.join(missing)}（请复制通知全文）",
                         f"the notice is incomplete; missing: {', '.join(missing)} (copy the whole text)")
    title = f"国务院办公厅关于{year}年部分节假日安排的通知"
    return year, {"source": title, "holidays": sorted(holidays), "workdays": sorted(workdays)}


def read_notice_file(text: str) -> dict[int, dict[str, Any]]:
    """{year: spec} from an import file: the notice's text, or override-file YAML (`years:`)."""
    stripped = text.lstrip("\ufeff").lstrip()
    if stripped.startswith(("years:", "#")) or re.match(r"^years\s*:", stripped, re.M):
        from app.catalog.yaml_guard import check_yaml_text

        check_yaml_text("calendar", stripped)  # alias expansion and depth bounded before construction
        data = YAML(typ="safe").load(stripped) or {}
        years = data.get("years") if isinstance(data, dict) else None
        if years is None:
            years = {}
        if not isinstance(years, dict):
            raise InputError("节假日文件格式错误：years 应为年份到节假日的映射",
                             "calendar file: 'years' must map years to holidays")
        return {int(y): dict(spec or {}) for y, spec in years.items()}
    year, spec = parse_notice(stripped)
    return {year: spec}


def dump_years(years: dict[int, dict[str, Any]]) -> str:
    """The override-file YAML for these years (dates as ISO strings, years in order)."""
    out = {"years": {int(y): {"source": spec.get("source", ""),
                              "holidays": [str(d) for d in spec.get("holidays") or []],
                              "workdays": [str(d) for d in spec.get("workdays") or []]}
                     for y, spec in sorted(years.items())}}
    buf = StringIO()
    yaml = YAML()
    yaml.default_flow_style = None
    yaml.dump(out, buf)
    return "# 国务院办公厅节假日安排（zongchuang calendar import / 平台主数据）\n" + buf.getvalue()
