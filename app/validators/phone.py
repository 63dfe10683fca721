"""Mainland mobile numbers: a hard shape check and libphonenumber's range as a warning.

New number blocks appear every year, so the precise pattern only warns; `1[3-9]` + 9 digits is
the error line.
"""

from __future__ import annotations

import re

from app.validators.result import Check, Issue
from app.validators.text import compact

_HARD = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")


def _known_range(number: str) -> bool:
    try:
        import phonenumbers
    except ImportError:  # pragma: no cover - dependency is declared
        return True
    parsed = phonenumbers.parse(number, "CN")
    return phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _strip(value: str) -> str:
    raw = compact(value or "").replace("-", "")
    for prefix in ("+86", "0086"):
        if raw.startswith(prefix):
            raw = raw[len(prefix):]
    return raw


def validate_mobile(value: str) -> Check:
    raw = _strip(value)
    if not _HARD.match(raw):
        return Check.build(value, None, [Issue("phone.shape", "手机号码应为以 1 开头的 11 位数字",
                                               "a mobile number has 11 digits starting with 1")], [])
    warnings = [] if _known_range(raw) else [
        Issue("phone.range", "该号段未收录，请与申请人核对", "number block not known; please confirm with the applicant")]
    return Check.build(value, raw, [], warnings)


def validate_phone(value: str) -> Check:
    """A contact phone: a mobile number or a landline with area code."""
    raw = compact(value or "")
    if _LANDLINE.match(raw):
        return Check.build(value, raw, [], [])
    check = validate_mobile(value)
    if check.ok:
        return check
    return Check.build(value, None, [Issue("phone.any", "联系电话应为 11 位手机号或带区号的固定电话",
                                           "a phone is an 11-digit mobile number or a landline with area code")], [])
