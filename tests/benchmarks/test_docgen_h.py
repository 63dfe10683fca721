"""Family H's generator (benchmarks/docgen_h): files exist and open, the truth follows the shared
contract, a seed gives the same set, and every truth value is what the renderer drew on the page.
The product's OCR is not run here (H is held out)."""

from __future__ import annotations

import json
import random
import re

import pytest
from PIL import Image

pytest.importorskip("skia")  # the dev extra's skia-python draws H's pages

from benchmarks import docgen_h  # noqa: E402
from benchmarks.docgen_h import docs, values  # noqa: E402
from benchmarks.docgen_h.generate import BOX_FIELDS, plan, summary  # noqa: E402
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok  # noqa: E402


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    d = tmp_path_factory.mktemp("h")
    return d, docgen_h.generate(d, 6, 8383)


def test_files_exist_and_truth_is_valid(small_set):
    d, truth = small_set
    assert json.loads((d / "truth.json").read_text(encoding="utf-8")) == truth
    assert truth["family"] == "H" and truth["n"] == 6 and truth["seed"] == 8383
    assert truth["params_hash"] == docgen_h.params_hash(6, 8383) != docgen_h.params_hash(7, 8383)
    assert len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} >= {"id_card_front", "id_card_back", "business_license"}
    for f in truth["files"]:
        p = d / f["file"]
        assert p.exists() and p.stat().st_size > 1000
        if p.suffix != ".pdf":
            with Image.open(p) as im:
                assert max(im.size) <= 4000 and min(im.size) >= 600
        assert set(f["fields"]) == KEYS[f["kind"]]
        for k, v in f["fields"].items():
            assert set(v) == {"value", "unreadable"}
            if k in DATE_KEYS and v["value"] not in ("", "长期"):
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v["value"]), (k, v)
    s = summary(truth)
    assert sum(s["kinds"].values()) == 6


def test_deterministic_for_a_seed(small_set, tmp_path):
    _, truth = small_set
    again = docgen_h.generate(tmp_path, 6, 8383)
    assert again == truth
    first = truth["files"][0]["file"]
    assert (tmp_path / first).read_bytes() == (small_set[0] / first).read_bytes()


def test_plan_mix_for_150():
    p = plan(150, 8383)
    kinds = {k: sum(1 for x, _ in p if x == k) for k, _ in p}
    assert kinds == {"id_card_front": 25, "id_card_back": 20, "business_license": 50,
                     "public_health_license": 15, "food_business_license": 20, "other": 20}
    assert all(c not in ("held", "overlap") for k, c in p if not k.startswith("id_card"))
    assert {c for k, c in p if k.startswith("id_card")} >= {"held", "overlap", "sleeve", "halftone"}


def _iso(printed: str) -> str:
    """2021.12.13 / 2021年12月13日 / 2021-12-13 / 长期 as the truth writes it."""
    if printed == "长期":
        return printed
    y, m, d = (int(x) for x in re.findall(r"\d+", printed))
    return f"{y:04d}-{m:02d}-{d:02d}"


@pytest.mark.parametrize("kind", sorted(docs.MAKERS))
def test_every_value_is_drawn_and_checks(kind):
    """Eight pages of each kind, rendered only (no capture): each non-blank truth value equals the
    rows the renderer drew for it (dates: the ISO form of what was drawn), the fonts had every glyph,
    and numbers carry valid check characters."""
    for i in range(8):
        rng = random.Random(f"t-{kind}-{i}")
        pg, fields, meta = docs.MAKERS[kind](rng)
        assert not pg.missing_glyphs, pg.missing_glyphs
        assert set(fields) == KEYS[kind]
        for k, v in fields.items():
            if not v["value"]:
                continue
            assert k in pg.drawn, (kind, k)
            drawn = "".join(pg.drawn[k])
            assert (drawn if k not in DATE_KEYS else _iso(drawn)) == v["value"], (k, pg.drawn[k], v)
        if kind == "id_card_front":
            n = fields["id_number"]["value"]
            assert id_ok(n)
            assert n[6:14] == fields["birth_date"]["value"].replace("-", "")
            assert (int(n[16]) % 2 == 1) == (fields["sex"]["value"] == "男")
        if kind in ("business_license", "food_business_license"):
            assert uscc_ok(fields["credit_code"]["value"])
        if kind == "business_license":
            assert meta["variant"].split("-")[0] in ("zheng", "fu", "eprint")
        if kind == "food_business_license":
            assert re.fullmatch(r"JY\d{14}", fields["license_no"]["value"])


def test_id_validity_follows_the_age_rule():
    import datetime as dt
    assert values.id_validity(dt.date(2000, 1, 1), dt.date(2010, 1, 1)).year == 2015
    assert values.id_validity(dt.date(1990, 1, 1), dt.date(2010, 1, 1)).year == 2020
    assert values.id_validity(dt.date(1975, 1, 1), dt.date(2010, 1, 1)).year == 2030
    assert values.id_validity(dt.date(1950, 1, 1), dt.date(2010, 1, 1)) == "长期"


def test_capital_in_upper_case_figures():
    assert values.capital_words(500) == "伍佰万元整"
    assert values.capital_words(1005) == "壹仟零伍万元整"
    assert values.capital_words(15800) == "壹亿伍仟捌佰万元整"


def test_hidden_fields_are_under_the_thumb():
    """A thumb over a value marks that field hidden, and the thumb's pixels really cover its box."""
    import numpy as np

    from benchmarks.docgen_h.capture import fingers
    seen = 0
    for i in range(25):
        rng = random.Random(f"held-{i}")
        pg, fields, _ = docs.id_front(rng)
        page = pg.rgb()
        img, hidden = fingers(page, rng, {k: b for k, b in pg.boxes.items() if k in fields})
        for k in hidden:
            x0, y0, x1, y1 = (int(max(0, c)) for c in pg.boxes[k])
            assert (np.abs(img[y0:y1, x0:x1].astype(int) - page[y0:y1, x0:x1]).sum(axis=2) > 30).mean() > 0.05, k
        seen += len(hidden)
    assert seen >= 1
    assert set(BOX_FIELDS) >= {"valid", "est", "term"}
