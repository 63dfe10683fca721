"""Shapes of numbers printed on cards and certificates that are not identity numbers.

Why it exists: a form's 银行卡号 or 出生医学证明编号 with a digit dropped is caught at the window or
comes back weeks later as a failed payment or a refused 落户. Each check states its standard so
the finding can cite it.

- 银行卡号 (a debit card, 借记卡): 16–19 digits (JR/T 0008《银行卡发卡行标识代码及卡号》, ISO/IEC 7812);
  the Luhn check digit is not checked — some older domestic cards do not carry one. Not for a
  低保/补贴 发放账户, which may be a 存折 account with a longer or shorter number.
- 出生医学证明编号: one capital letter and nine digits (国家卫生健康委《出生医学证明》第六版 编号规则,
  as printed on every edition since 2005).
"""

from __future__ import annotations

import re

from app.validators.result import Check, Issue
from app.validators.text import compact

BANK_CARD_BASIS = "《银行卡发卡行标识代码及卡号》（JR/T 0008）"
BIRTH_CERT_BASIS = "《出生医学证明》编号规则（1 位字母 + 9 位数字）"

_CARD = re.compile(r"^\d{16,19}$")
_BIRTH_CERT = re.compile(r"^[A-Z]\d{9}$")


def validate_bank_card(value: str) -> Check:
    raw = compact(value or "").replace("-", "")
    if not _CARD.match(raw):
        return Check.build(value, None, [Issue("bank_card.shape", f"银行卡号应为 16–19 位数字（现为 {len(raw)} 位）",
                                               f"a bank card number has 16-19 digits (got {len(raw)})",
                                               BANK_CARD_BASIS)], [])
    return Check.build(value, raw, [], [])


def validate_birth_cert_no(value: str) -> Check:
    raw = compact(value or "").upper()
    if not _BIRTH_CERT.match(raw):
        return Check.build(value, None, [Issue("birth_cert.shape", "出生医学证明编号应为 1 位字母加 9 位数字（如 R420987654）",
                                               "a birth certificate number is one letter and nine digits",
                                               BIRTH_CERT_BASIS)], [])
    return Check.build(value, raw, [], [])
