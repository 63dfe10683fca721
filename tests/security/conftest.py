"""Fixtures for the security tests: planted personal data and a raw-byte grep of a folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.storage import Actor

# Argon2id at 8 MiB/1 pass instead of 64 MiB/3 in these tests (many logins on 2 shared cores);
# the parameters travel inside each hash, so the code path is the same.
os.environ.setdefault("ZONGCHUANG_ARGON2_MEMORY_KIB", "8192")
os.environ.setdefault("ZONGCHUANG_ARGON2_TIME", "1")

# Distinctive values that appear nowhere else in the repository or the catalog.
PLANTED_ID = "370202198707153910"
PLANTED_ID2 = "110108198503124418"
PLANTED_NAME = "欧阳翠花"
PLANTED_PHONE = "15987654321"
PLANTED_ADDRESS = "青岛市市南区香港中路九十九号"
PLANTED = (PLANTED_ID, PLANTED_ID2, PLANTED_NAME, PLANTED_PHONE, PLANTED_ADDRESS)
ITEM = "010170001000-02"


def needles(values: tuple[str, ...] = PLANTED) -> dict[str, list[bytes]]:
    """Each value in the encodings a leak could take (UTF-8, UTF-16, JSON \\u escapes)."""
    out: dict[str, list[bytes]] = {}
    for v in values:
        forms = {v.encode("utf-8"), v.encode("utf-16-le"), v.encode("unicode_escape"),
                 v.encode("ascii", "backslashreplace").replace(b"\\u", b"\\u")}
        out[v] = sorted(forms)
    return out


def grep_tree(root: Path, values: tuple[str, ...] = PLANTED) -> dict[str, list[str]]:
    """{value: [files containing it in plaintext]} over every file under `root`."""
    hits: dict[str, list[str]] = {}
    forms = needles(values)
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file()):
        data = path.read_bytes()
        for value, encodings in forms.items():
            if any(e in data for e in encodings):
                hits.setdefault(value, []).append(str(path.relative_to(root)))
    return hits


@pytest.fixture
def admin() -> Actor:
    return Actor(user="itadmin", role="it_admin", terminal="420107-01")


@pytest.fixture
def auditor() -> Actor:
    return Actor(user="aud01", role="auditor", terminal="420107-01")


@pytest.fixture
def helper() -> Actor:
    return Actor(user="helper01", role="helper", terminal="remote")


def plant_case(ctx, actor: Actor) -> tuple[str, bytes]:
    """A person applicant case with planted values in applicant, fields, card read and a page."""
    from app.services import cases as svc

    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=actor)
    svc.set_applicant(ctx, ref.uuid, {"kind": "person", "name": PLANTED_NAME, "id_number": PLANTED_ID,
                                      "phone": PLANTED_PHONE, "address": PLANTED_ADDRESS}, actor=actor)
    svc.record_card_read(ctx, ref.uuid, {"name": PLANTED_NAME, "id_number": PLANTED_ID, "address": PLANTED_ADDRESS,
                                         "sex": "女", "nation": "汉", "birth_date": "19870715"}, actor=actor)
    svc.set_fields(ctx, ref.uuid, {"legal_rep_name": svc.FieldInput(PLANTED_NAME, "id_card"),
                                   "legal_rep_id_number": svc.FieldInput(PLANTED_ID2, "id_card")}, actor=actor)
    page = (f"居民身份证 姓名 {PLANTED_NAME} 公民身份号码 {PLANTED_ID} 电话 {PLANTED_PHONE}\n" * 50).encode()
    svc.add_material_file(ctx, ref.uuid, "M02", page, actor=actor, media_type="text/plain")
    return ref.uuid, page
