"""统一社会信用代码 (GB 32100-2015) and 组织机构代码 (GB 11714-1997).

The check character decides validity. Any character of the 31-letter alphabet is accepted in
the registration-department and category positions (codes such as A, N, Y exist in the wild),
with a warning for values we do not know.
"""

from __future__ import annotations

import re

from app.validators.regions import region_name
from app.validators.result import Check, Issue
from app.validators.text import compact

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I O Z S V
USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
_USCC_SHAPE = re.compile(rf"^[{ALPHABET}]{{18}}$")
DEPARTMENTS = {
    "1": "机构编制", "2": "外交", "3": "司法行政", "4": "文化", "5": "民政", "6": "旅游",
    "7": "宗教", "8": "工会", "9": "市场监管（工商）", "A": "中央军委改革和编制办公室",
    "N": "农业", "Y": "其他",
}
CATEGORIES_UNDER_9 = {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"}

ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_SHAPE = re.compile(r"^[0-9A-Z]{8}-?[0-9X]$")


def uscc_check_char(first17: str) -> str:
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def org_code_check_char(body8: str) -> str:
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ORG_WEIGHTS, strict=True))
    c9 = 11 - total % 11
    return {10: "X", 11: "0"}.get(c9, str(c9))


def validate_uscc(value: str) -> Check:
    """Check a unified social credit code; facts carry department, category and region."""
    raw = compact(value or "")
    errors: list[Issue] = []
    warnings: list[Issue] = []
    if len(raw) != 18 or not _USCC_SHAPE.match(raw):
        bad = sorted({c for c in raw if c not in ALPHABET})
        detail = f"（含不允许的字符 {''.join(bad)}）" if bad else ""
        errors.append(Issue("uscc.shape", f"统一社会信用代码应为 18 位，字母不含 I、O、Z、S、V{detail}",
                            "a unified social credit code has 18 characters without I, O, Z, S, V"))
        return Check.build(value, None, errors, warnings)
    expected = uscc_check_char(raw[:17])
    if raw[17] != expected:
        errors.append(Issue("uscc.checksum", "统一社会信用代码校验位不符（有字符填错或前后颠倒），请对照营业执照逐位核对",
                            f"credit code check character does not match (check character for these 17 would be "
                            f"{expected}): compare the whole code with the licence"))
    if raw[0] not in DEPARTMENTS:
        warnings.append(Issue("uscc.department", f"登记管理部门代码 {raw[0]} 不常见，请核对",
                              f"registration department '{raw[0]}' is unusual; please check"))
    if raw[2:8].isdigit() and region_name(raw[2:8]) is None:
        warnings.append(Issue("uscc.region", f"代码中的行政区划 {raw[2:8]} 未收录，请核对",
                              f"region {raw[2:8]} in the code is not in our table"))
    body = raw[8:16]
    if body.isalnum() and all(c.isdigit() or c.isupper() for c in body) and org_code_check_char(body) != raw[16]:
        warnings.append(Issue("uscc.orgcode", "代码中的组织机构代码校验位不符，请核对",
                              "the organisation code inside the credit code has a wrong check character"))
    category = CATEGORIES_UNDER_9.get(raw[1]) if raw[0] == "9" else None
    return Check.build(value, raw, errors, warnings, department=DEPARTMENTS.get(raw[0]),
                       category=category, region_code=raw[2:8])


def validate_org_code(value: str) -> Check:
    raw = compact(value or "")
    if not _ORG_SHAPE.match(raw):
        return Check.build(value, None, [Issue("org.shape", "组织机构代码应为 8 位本体代码加 1 位校验码",
                                               "an organisation code has 8 characters and a check character")], [])
    raw = raw.replace("-", "")
    expected = org_code_check_char(raw[:8])
    if raw[8] != expected:
        return Check.build(value, None, [Issue("org.checksum", f"组织机构代码校验码错误（应为 {expected}）",
                                               f"organisation code check character is wrong (should be {expected})")], [])
    return Check.build(value, f"{raw[:8]}-{raw[8]}", [], [])
