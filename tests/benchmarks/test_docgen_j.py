"""Family J's generator (benchmarks/docgen_j): the truth is what was drawn, numbers carry valid check
characters, every glyph is in its pinned Fandol face, and a seed gives the same set."""

from __future__ import annotations

import html
import importlib
import json
import random
import re

import pytest

pytest.importorskip("weasyprint")
from benchmarks.docgen_j import docs as D  # noqa: E402
from benchmarks.docgen_j import render as R  # noqa: E402
from benchmarks.docgen_j import values as V  # noqa: E402
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok  # noqa: E402

G = importlib.import_module("benchmarks.docgen_j.generate")  # the package's `generate` names the function

pytestmark = pytest.mark.skipif(not D.FANDOL.exists(), reason="Fandol faces (texlive-lang-chinese) not installed")


def _built(seed: int) -> list[tuple[str, dict]]:
    rng = random.Random(seed)
    out = []
    for kind, spec in [("id_card_front", {"capture": "copy_overprint"}), ("id_card_back", {"capture": "thumb"}),
                       ("public_health_license", {}), ("food_business_license", {}),
                       *[("business_license", {"entity": e, "form": f}) for e in ("company", "branch", "partnership", "individual")
                         for f in ("original", "copy")], ("other", {"sub": "proxy"})]:
        out.append((kind, G.build(kind, {"capture": "tungsten", **spec}, rng)))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_value_is_in_the_html_and_every_glyph_in_its_face(seed):
    for kind, d in _built(seed):
        page = d["page"]
        assert R.missing_glyphs(page) == []
        text = html.unescape(re.sub(r"<[^>]+>", "", page.render().split("<body>", 1)[1]))
        assert set(d["fields"]) == KEYS[kind]
        for key, value in d["fields"].items():
            if key in DATE_KEYS and value and value != "长期":
                y, m, dd = value.split("-")
                assert (f"{y}年{m}月{dd}日" in text or f"{y}.{m}.{dd}" in text
                        or f"{int(y)}年{int(m)}月{int(dd)}日" in text), (kind, key, value)
            else:
                assert value in text, (kind, key, value)


def test_check_characters_and_validity_rule():
    rng = random.Random(7)
    for _ in range(300):
        p = V.person(rng, minority=rng.random() < 0.5)
        assert id_ok(p["id_number"])
        assert int(p["id_number"][16]) % 2 == (1 if p["sex"] == "男" else 0)
        assert uscc_ok(V.uscc(rng, p["region"][0], rng.choice(["91", "92", "12"])))
        if p["valid_to"] != "长期":
            years = int(p["valid_to"][:4]) - int(p["valid_from"][:4])
            assert years in (5, 10, 20) and p["valid_to"][4:] == p["valid_from"][4:]
    assert uscc_ok("91110000600037341L") and not uscc_ok("91110000600037341M")


def test_value_boxes_come_from_the_layout():
    rng = random.Random(4)
    d = D.business_license(rng, "copy", "company")
    doc = R.layout(d["page"])
    boxes = R.field_boxes(doc)
    assert {"name", "credit_code", "business_scope", "address", "valid_to"} <= set(boxes)
    x0, y0, x1, y1 = boxes["business_scope"]
    assert x1 > x0 and y1 - y0 > 30          # the scope wraps over several lines
    assert boxes["name"][1] < boxes["address"][1]


def test_small_set_is_deterministic_and_truth_complete(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCGEN_J_WORKERS", "1")
    a = G.generate(tmp_path / "a", 3, 11)
    b = G.generate(tmp_path / "b", 3, 11)
    assert json.dumps(a["files"], ensure_ascii=False) == json.dumps(b["files"], ensure_ascii=False)
    assert a["params_hash"] == G.params_hash(3, 11) != G.params_hash(3, 12)
    for f in a["files"]:
        assert (tmp_path / "a" / f["file"]).read_bytes() == (tmp_path / "b" / f["file"]).read_bytes()
        assert set(f["fields"]) == KEYS[f["kind"]]
        assert {"capture", "variant", "marks", "formats", "faces"} <= set(f)
        for v in f["fields"].values():
            assert not (v["unreadable"] and v["value"] == "")
    assert json.loads((tmp_path / "a" / "truth.json").read_text(encoding="utf-8"))["files"] == a["files"]


def test_plan_has_the_contract_mix():
    specs = G.plan(150, 1717)
    kinds = {k: sum(s["kind"] == k for s in specs) for k in G.MIX}
    assert kinds == G.MIX


def test_cut_edge_marks_values_outside_the_frame_unreadable():
    import numpy as np
    rng = random.Random(5)
    d = D.health_license(rng)
    page, boxes, _ = R.draw(d["page"], 60)
    cut_any = False
    for s in range(6):
        _, vis, marks = G.shoot(page, boxes, "cut_edge", False, np.random.default_rng(s))
        assert marks and marks[0].startswith("cut_")
        cut_any |= not all(vis.values())
    assert cut_any
    _, vis, _ = G.shoot(page, boxes, "tungsten", False, np.random.default_rng(0))
    assert all(vis.values())
