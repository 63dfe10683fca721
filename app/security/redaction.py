"""Keeping personal data out of logs: patterns for ID numbers, phones, credit codes and names in
known fields, a logging filter and a formatter that apply them (also to tracebacks).

Redaction is the safety net; code should not log personal data in the first place.
"""

from __future__ import annotations

import logging
import re

from app.security.masking import mask_id_number, mask_name, mask_phone

_ID18 = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx])(?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3})(?![0-9A-Za-z])")
_USCC = re.compile(r"(?<![0-9A-Za-z])([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Za-z])")
_PHONE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d{9})(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)(0\d{2,3}-?\d{7,8})(?!\d)")
_NAME_KEYS = r"(?:name|姓名|applicant_name|contact_name|legal_rep_name|holder|申请人|联系人|法定代表人)"
_NAME = re.compile(r"(" + _NAME_KEYS + r"""['"]?\s*[:=：]\s*['"]?)([\u4e00-\u9fff·]{2,6}|[A-Za-z][A-Za-z .'-]{1,40}?)(?=['",;\s}]|$)""")
_ADDRESS = re.compile(r"((?:address|住址|地址)['\"]?\s*[:=：]\s*['\"]?)([^'\",;}\n]{4,})")
_TOKEN = re.compile(r"((?:access_token|token|credential|password)=)[^&\s\"']+", re.I)
_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}")


def redact(text: str) -> str:
    """`text` with ID numbers, credit codes, phones and names/addresses in known fields masked."""
    if not text:
        return text
    text = _TOKEN.sub(r"\1***", text)  # secrets in URLs (?access_token=…) and headers
    text = _BEARER.sub(r"\1***", text)
    text = _ID18.sub(lambda m: mask_id_number(m.group(1)), text)
    text = _USCC.sub(lambda m: m.group(1)[:4] + "*" * 10 + m.group(1)[-4:], text)
    text = _ID15.sub(lambda m: mask_id_number(m.group(1)), text)
    text = _PHONE.sub(lambda m: mask_phone(m.group(1)), text)
    text = _LANDLINE.sub(lambda m: m.group(1)[:4] + "****" + m.group(1)[-2:], text)
    text = _NAME.sub(lambda m: m.group(1) + mask_name(m.group(2)), text)
    text = _ADDRESS.sub(lambda m: m.group(1) + m.group(2)[:3] + "***", text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (with its args merged) through `redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        return True


class RedactingFormatter(logging.Formatter):
    """Also redacts what the filter cannot see: tracebacks and stack info."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
