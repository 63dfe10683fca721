"""The truth contract every document family's generator writes (benchmarks/docgen_b/FIELDS.md): the
field keys of each kind, which of them are dates, and the check characters every family's numbers must
pass (written from the standards, independent of any generator's values module). One copy, for the
generators' tests."""

import re

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

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100 code characters


def id_ok(s: str) -> bool:
    """GB 11643: an 18-character ID number whose last character is its check character."""
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    c = (1 - 2 * int(s[:17], 13)) % 11
    return s[17] == ("X" if c == 10 else str(c))


def uscc_ok(s: str) -> bool:
    """GB 32100: an 18-character unified social credit code whose last character is its check."""
    if len(s) != 18 or any(ch not in USCC for ch in s):
        return False
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s[:17]))
    return s[17] == USCC[(31 - total % 31) % 31]


def check_file(folder, f: dict) -> None:  # noqa: ANN001 - a pathlib.Path
    """One generated file's truth entry against the contract: the file is there, its kind's keys
    exactly, `value`/`unreadable` per field, dates as YYYY-MM-DD (or `长期`/""), valid ID numbers with
    their birth date, valid USCCs, JY + 14 digits on food licences, and the groups the family benches
    print by (capture, variant, marks, faces, formats)."""
    assert (folder / f["file"]).stat().st_size > 1000
    assert set(f["fields"]) == KEYS[f["kind"]], f
    for key, t in f["fields"].items():
        assert set(t) == {"value", "unreadable"}
        v = t["value"]
        if key in DATE_KEYS and v not in ("", "长期"):
            assert len(v) == 10 and v[4] == v[7] == "-", (key, v)
    fl = f["fields"]
    if f["kind"] == "id_card_front":
        assert id_ok(fl["id_number"]["value"])
        assert fl["birth_date"]["value"].replace("-", "") == fl["id_number"]["value"][6:14]
    if "credit_code" in fl:
        assert uscc_ok(fl["credit_code"]["value"])
    if f["kind"] == "food_business_license":
        v = fl["license_no"]["value"]
        assert v.startswith("JY") and len(v) == 16 and v[2:].isdigit()
    for key in ("capture", "variant", "marks", "faces", "formats"):
        assert key in f


def check_reproduced(G, plan: list, folder, truth: dict, again_dir, i: int = 3) -> None:  # noqa: ANN001
    """A generator is deterministic for a seed: file `i` of the 6-file set (seed 31) made again on its
    own (`G.make_one(i, plan[i], 31, again_dir)`) has the same truth entry and the same bytes, and
    `params_hash` names the set (n and seed). `plan`: the generator's kind plan for (6, 31)."""
    import hashlib

    again = G.make_one(i, plan[i], 31, again_dir)
    assert again == truth["files"][i]
    a = hashlib.sha256((folder / again["file"]).read_bytes()).hexdigest()
    b = hashlib.sha256((again_dir / again["file"]).read_bytes()).hexdigest()
    assert a == b
    assert G.params_hash(6, 31) == truth["params_hash"] != G.params_hash(7, 31)
