"""Kept importable for existing callers; the masking functions live in `app.security.masking`."""

from app.security.masking import (  # noqa: F401
    MASKERS,
    PI_FIELD_KINDS,
    mask_address,
    mask_all,
    mask_case_detail,
    mask_id_number,
    mask_name,
    mask_phone,
    mask_value,
    pi_kind,
)
