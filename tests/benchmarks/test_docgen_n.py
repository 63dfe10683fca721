"""Family N's generator (benchmarks/docgen_n): the truth holds what was drawn, every drawn glyph is
in its pinned face, the check characters are valid, the set is deterministic and a small set generates (its speed: benchmarks/bench_docgen_speed.py)."""

from __future__ import annotations

import datetime as dt
import json
import random
import re

import pytest

pytest.importorskip("matplotlib")

from benchmarks.docgen_n import values as V  # noqa: E402
from benchmarks.docgen_n.generate import MIX, draw_document, generate, kinds_for, params_hash  # noqa: E402
from benchmarks.docgen_n.page import missing  # noqa: E402
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok  # noqa: E402

KINDS = ["id_card_front", "id_card_back", "business_license", "public_health_license", "food_business_license", "other"]


def _rows(page, key: str) -> str:
    return "".join(s for k, s, _ in page.runs if k == key)


def _cn(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


@pytest.mark.parametrize("kind", KINDS)
def test_truth_is_what_was_drawn(kind):
    for s in range(12):
        page, fields, variant = draw_document(kind, random.Random(f"t-{kind}-{s}"))
        assert set(fields) == KEYS[kind]
        for key, t in fields.items():
            v, drawn = t["value"], _rows(page, key)
            if kind == "id_card_front" and key == "birth_date":
                d = dt.date.fromisoformat(v)
                assert drawn == f"{d.year}{d.month}{d.day}"
            elif kind == "id_card_back" and key in ("valid_from", "valid_to"):
                frm, to = _rows(page, "valid").split("-")
                assert (frm.replace(".", "-") if key == "valid_from" else (to if to == "长期" else to.replace(".", "-"))) == v
            elif kind == "business_license" and key == "valid_to":
                if v:
                    assert drawn.endswith("至" + ("长期" if v == "长期" else _cn(v)))
                else:
                    assert drawn == ""
            elif key in DATE_KEYS:
                assert drawn == _cn(v), (key, drawn, v)
            elif kind == "business_license" and key == "name" and variant.endswith("individual_noname"):
                assert v == "" and page.printed["name"] in ("***", "＊＊＊", "")
            else:
                assert drawn == v, (variant, key, drawn, v)


@pytest.mark.parametrize("kind", KINDS)
def test_every_glyph_is_in_its_face(kind):
    for s in range(6):
        page, _, _ = draw_document(kind, random.Random(f"g-{kind}-{s}"))
        for _, text, face in page.runs:
            assert missing(face, text) == [], (face, text)


def test_check_characters_and_validity_rule():
    rng = random.Random(3)
    assert V.id_check("11010519491231002") == "X"            # the GB 11643 worked example
    for _ in range(300):
        region = rng.choice(V.REGIONS)
        assert id_ok(V.id_number(region[0], dt.date(1990, 2, 28), rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(region[0], rng.choice("123"), rng))
    birth = dt.date(1980, 6, 1)
    assert V.id_term(birth, dt.date(1995, 5, 31)) == 5
    assert V.id_term(birth, dt.date(1996, 6, 1)) == 10
    assert V.id_term(birth, dt.date(2006, 6, 1)) == 20
    assert V.id_term(birth, dt.date(2026, 6, 1)) == "长期"


def test_small_set_is_valid_and_deterministic(tmp_path):
    truth = generate(tmp_path / "a", 6, 11, workers=1)
    again = generate(tmp_path / "b", 6, 11, workers=1)
    assert json.dumps(truth, ensure_ascii=False) == json.dumps(again, ensure_ascii=False)
    assert json.loads((tmp_path / "a" / "truth.json").read_text(encoding="utf-8"))["files"] == truth["files"]
    for f in truth["files"]:
        a, b = (tmp_path / "a" / f["file"]).read_bytes(), (tmp_path / "b" / f["file"]).read_bytes()
        assert a == b and len(a) > 10_000
        assert set(f["fields"]) == KEYS[f["kind"]]
        assert f["capture"] and f["variant"] and f["formats"] and f["faces"] is not None
        for key, t in f["fields"].items():
            if key in DATE_KEYS and t["value"] not in ("", "长期"):
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", t["value"])
            if key == "id_number":
                assert id_ok(t["value"])
            if key == "credit_code":
                assert uscc_ok(t["value"])
    assert truth["params_hash"] == params_hash(6, 11) != params_hash(6, 12)


def test_the_150_file_mix():
    kinds = kinds_for(150, 5353)
    assert {k: kinds.count(k) for k in set(kinds)} == dict(MIX)
