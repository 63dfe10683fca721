"""公民身份号码 (GB 11643-1999): MOD 11-2 check digit, birth date, sex, region.

Rules we apply, and why:
- the check digit and the birth date are hard errors: a number that fails them is mistyped;
- the province prefix must be one that exists (or 9 for the 2023 foreign permanent residence
  card, 81/82/83 for 港澳台 residence permits);
- an unknown 6-digit region code is only a warning: the code is the county at the time of
  issue and retired codes stay valid forever (e.g. 110112 通州区 on a 1980 birth).
"""

from __future__ import annotations

import datetime as dt
import re

from app.validators.regions import region_name
from app.validators.result import Check, Issue
from app.validators.text import compact

WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))  # 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
CHECK_CHARS = "10X98765432"
PROVINCES = frozenset(
    {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
     "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
     "65", "71", "81", "82", "83"}
)
_SHAPE18 = re.compile(r"^\d{17}[\dX]$")
_SHAPE15 = re.compile(r"^\d{15}$")


def check_digit(first17: str) -> str:
    """The 18th character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def upgrade_15(number15: str) -> str:
    """Turn an old 15-digit number into its 18-digit form (insert 19, add check digit)."""
    body = number15[:6] + "19" + number15[6:]
    return body + check_digit(body)


def _parse_birth(digits: str) -> dt.date | None:
    try:
        return dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def validate_id_number(value: str, *, today: dt.date | None = None) -> Check:
    """Check a citizen ID number; facts carry `birth_date`, `sex` (男/女), `region_code`."""
    raw = compact(value or "")
    errors: list[Issue] = []
    warnings: list[Issue] = []
    if _SHAPE15.match(raw):
        warnings.append(Issue("id.upgraded15", "15 位旧号码，已按规则升位为 18 位", "old 15-digit number upgraded to 18 digits"))
        raw = upgrade_15(raw)
    if not _SHAPE18.match(raw):
        errors.append(Issue("id.shape", "身份证号码应为 18 位（前 17 位为数字，末位为数字或 X）",
                            "an ID number has 18 characters: 17 digits and a digit or X"))
        return Check.build(value, None, errors, warnings)
    expected = check_digit(raw[:17])
    if raw[17] != expected:
        # not "the last digit should be X": the slip is usually elsewhere (a digit mistyped or two
        # swapped), and "fixing" the check digit would make a wrong number pass
        errors.append(Issue("id.checksum", "身份证号码校验位不符（有数字填错、漏填或前后颠倒），请对照居民身份证逐位核对",
                            f"ID number check digit does not match (a digit mistyped or swapped; check digit for "
                            f"these 17 digits would be {expected}): compare the whole number with the card"))
    birth = _parse_birth(raw[6:14])
    today = today or dt.date.today()
    if birth is None:
        errors.append(Issue("id.birth", "身份证号码中的出生日期不存在", "the birth date inside the ID number does not exist"))
    elif birth > today or birth.year < 1880:
        errors.append(Issue("id.birth_range", "身份证号码中的出生日期不合理", "the birth date inside the ID number is out of range"))
    foreign = raw[0] == "9"
    if not foreign and raw[:2] not in PROVINCES:
        errors.append(Issue("id.province", f"身份证号码前两位 {raw[:2]} 不是有效的省级代码",
                            f"'{raw[:2]}' is not a province code"))
    elif not foreign and raw[:2] not in {"71", "81", "82", "83"} and region_name(raw[:6]) is None:
        warnings.append(Issue("id.region_unknown", f"地址码 {raw[:6]} 未收录，请人工核对",
                              f"region code {raw[:6]} is not in our table; please check by eye"))
    sex = "男" if int(raw[16]) % 2 == 1 else "女"
    return Check.build(value, raw, errors, warnings, birth_date=birth, sex=sex, region_code=raw[:6],
                       foreign_permanent=foreign)

