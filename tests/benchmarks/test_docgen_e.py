"""Family E (held out, written blind): the generator is deterministic for a seed, writes one file
per truth entry, and its truth is valid — kinds and keys exactly as in docgen_b/FIELDS.md, ID
numbers per GB 11643 with a county code in force in the birth year, credit codes per GB 32100,
ISO dates, `unreadable` only with a geometric reason. No OCR is run."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re

from stdnum.cn import ric, uscc

from benchmarks.docgen_e import generate, params_hash
from benchmarks.docgen_e import values as V
from benchmarks.docgen_e.generate import plan
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS


def _digest(d) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir())}


def test_same_seed_same_set_and_valid_truth(tmp_path):
    n = 4
    a = generate(tmp_path / "a", n=n, seed=11, workers=1)
    b = generate(tmp_path / "b", n=n, seed=11, workers=1)
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert a["params_hash"] == params_hash(n, 11) != params_hash(n, 12)
    assert len(a["files"]) == n
    for f in a["files"]:
        path = tmp_path / "a" / f["file"]
        assert path.stat().st_size > 2000
        head = path.read_bytes()[:8]
        assert head.startswith((b"\xff\xd8", b"\x89PNG", b"%PDF")), f["file"]
        assert set(f["fields"]) == KEYS[f["kind"]], f
        for key, t in f["fields"].items():
            assert isinstance(t["value"], str)
            assert t["unreadable"] is False or t.get("hidden_by") in ("frame", "glare", "finger")
            if key in DATE_KEYS and t["value"] not in ("", "长期"):
                dt.date.fromisoformat(t["value"])


def _check_truth(kind: str, fields: dict[str, str]) -> None:
    assert set(fields) == KEYS[kind]
    if kind == "id_card_front":
        num = fields["id_number"]
        assert ric.is_valid(num), num                    # checksum, date, county in force at birth
        assert num[6:14] == fields["birth_date"].replace("-", "")
        assert (int(num[16]) % 2 == 1) == (fields["sex"] == "男")
        assert not fields["nation"].endswith("族")
    if kind in ("business_license", "food_business_license"):
        assert uscc.is_valid(fields["credit_code"]), fields["credit_code"]
        assert all(c not in fields["credit_code"] for c in "IOZSV")
    if kind == "business_license":
        if fields["entity_type"] == "个体工商户":
            assert fields["registered_capital"] == "" and fields["valid_to"] == ""
            assert fields["credit_code"][:2] == "92"
        assert "（依法须经批准的项目，经相关部门批准后方可开展经营活动" in fields["business_scope"] \
            or "凭营业执照依法自主开展经营活动" in fields["business_scope"]
    if kind == "food_business_license":
        assert re.fullmatch(r"JY\d{14}", fields["license_no"])
    if kind == "public_health_license":
        assert re.search(r"卫公(证)?字.\d{4}.第[\d-]+号$", fields["license_no"])
        assert fields["valid_from"] < fields["valid_to"]
    if kind == "id_card_back" and fields["valid_to"] != "长期":
        assert fields["valid_from"][4:] == fields["valid_to"][4:] or fields["valid_from"].endswith("02-29")


def test_layout_truth_is_valid_for_every_kind():
    """Many draws of each layout (drawn at a low density, so quickly): every value is valid."""
    import random

    from benchmarks.docgen_e.generate import _layout
    for kind in KEYS:
        layout = _layout(kind)
        for i in range(12 if kind != "other" else 4):
            _, fields, variant = layout(random.Random(f"t-{kind}-{i}"), 2.0)
            if kind == "other":
                assert fields == {}
                continue
            _check_truth(kind, fields)


def test_plan_shares_and_ids_are_valid():
    kinds = plan(150, 4242)
    assert len(kinds) == 150
    ids = sum(k.startswith("id_") for k in kinds)
    lic = kinds.count("business_license")
    assert 45 <= ids <= 60 and 55 <= lic <= 65 and 10 <= kinds.count("other") <= 20
    rng = __import__("random").Random(3)
    for _ in range(200):
        c = V.current_county(rng)
        assert uscc.is_valid(V.credit_code(rng, c))
        birth = V.random_date(rng, dt.date(1950, 1, 1), dt.date(2008, 1, 1))
        assert ric.is_valid(V.id_number(rng, V.birth_county(rng, birth.year), birth, rng.choice("男女")))


def test_unreadable_comes_from_geometry_only():
    """A value character outside the picture or half under a saturated glare core hides its field;
    one fully inside and unglared does not."""
    import numpy as np

    from benchmarks.docgen_e.capture import _char_quads, _hidden
    from benchmarks.docgen_e.render import Page

    pg = Page(50, 20, 4.0)
    pg.boxes = {"inside": [(10, 10, 20, 20)], "cut": [(10, 10, 20, 20), (190, 10, 205, 20)],
                "glared": [(40, 40, 50, 50)]}
    quads = _char_quads(pg, np.eye(3))
    glare = np.zeros((80, 200), np.float32)
    glare[40:48, 38:52] = 1.0                    # 8 of the 11 rows of the character's box
    hidden = _hidden(quads, 200, 80, {"glare": (glare, 0.5)})
    assert hidden == {"cut": "frame", "glared": "glare"}
