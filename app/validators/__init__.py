"""Domain validators (GB 11643, GB 32100, GB 11714, mobile numbers, dates, nations, regions, bank cards,
birth certificate numbers).

`VALIDATORS` maps the names used in catalog YAML (`validators: [cn_id]`) to functions taking
the text value and returning a `Check`.
"""

from __future__ import annotations

from collections.abc import Callable

from app.validators.creditcode import validate_org_code, validate_uscc
from app.validators.dates import validate_date, validate_date_or_long
from app.validators.idnumber import validate_id_number
from app.validators.nations import validate_nation
from app.validators.numbers import validate_bank_card, validate_birth_cert_no
from app.validators.phone import validate_mobile, validate_phone
from app.validators.result import Check, Issue

Validator = Callable[[str], Check]

VALIDATORS: dict[str, Validator] = {
    "cn_id": validate_id_number,
    "uscc": validate_uscc,
    "org_code": validate_org_code,
    "mobile": validate_mobile,
    "phone": validate_phone,
    "date": validate_date,
    "date_or_long": validate_date_or_long,
    "nation": validate_nation,
    "bank_card": validate_bank_card,
    "birth_cert_no": validate_birth_cert_no,
}

__all__ = ["VALIDATORS", "Check", "Issue", "Validator", "validate_id_number", "validate_uscc",
           "validate_org_code", "validate_mobile", "validate_phone", "validate_date",
           "validate_date_or_long", "validate_nation", "validate_bank_card", "validate_birth_cert_no"]
