"""The truth contract every document family's generator writes (benchmarks/docgen_b/FIELDS.md): the
field keys of each kind, and which of them are dates. One copy, for the generators' tests."""

KEYS = {
    "id_card_front": {"name", "sex", "nation", "birth_date", "address", "id_number"},
    "id_card_back": {"issuing_authority", "valid_from", "valid_to"},
    "business_license": {"name", "credit_code", "entity_type", "legal_representative", "registered_capital",
                         "established_date", "address", "business_scope", "valid_to"},
    "public_health_license": {"license_no", "name", "legal_representative", "address", "license_items",
                              "valid_from", "valid_to"},
    "food_business_license": {"license_no", "name", "credit_code", "legal_representative", "address",
                              "premises_address", "business_form", "business_items", "valid_to"},
    "other": set(),
}
DATE_KEYS = {"birth_date", "established_date", "valid_from", "valid_to"}
