"""Kept importable for branches still in flight; the one masking module is `app.security.masking`
(every screen, the CLI, documents and logs use it). Nothing in the tree imports this name any more."""

from app.security.masking import (  # noqa: F401
    MASKERS,
    PI_FIELD_KINDS,
    mask_address,
    mask_all,
    mask_applicant_name,
    mask_case_detail,
    mask_id_number,
    mask_name,
    mask_phone,
    mask_value,
    pi_kind,
)
