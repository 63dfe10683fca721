"""Family-P generator (ReportLab PDFs rasterised by poppler, captured with OpenCV): truth keys per the
contract, valid check characters, ID validity by age, determinism for a seed, every drawn run covered by
its face's cmap, and a small set generated (its speed: benchmarks/bench_docgen_speed.py)."""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

import benchmarks.docgen_p as P
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok

G = sys.modules["benchmarks.docgen_p.generate"]
D = sys.modules["benchmarks.docgen_p.docs"]
R = sys.modules["benchmarks.docgen_p.render"]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    out = tmp_path_factory.mktemp("p")
    R.RUNS.clear()
    truth = P.generate(out, 4, seed=7373)
    return out, truth, list(R.RUNS)


def _check_entry(e: dict) -> None:
    assert set(e["fields"]) == KEYS[e["kind"]], e["file"]
    for k, f in e["fields"].items():
        assert isinstance(f["value"], str) and f["unreadable"] is False
        if k in DATE_KEYS and f["value"] not in ("", "长期"):
            dt.date.fromisoformat(f["value"])
    fl = {k: f["value"] for k, f in e["fields"].items()}
    if e["kind"] == "id_card_front":
        assert id_ok(fl["id_number"])
        assert fl["birth_date"].replace("-", "") == fl["id_number"][6:14]
        assert (int(fl["id_number"][16]) % 2 == 1) == (fl["sex"] == "男")
    if e["kind"] in ("business_license", "food_business_license"):
        assert uscc_ok(fl["credit_code"])
    if e["kind"] == "food_business_license":
        assert fl["license_no"].startswith("JY") and len(fl["license_no"]) == 16 and fl["license_no"][2:].isdigit()


def test_small_set_is_valid(small) -> None:
    out, truth, _ = small
    assert truth["family"] == "P" and len(truth["files"]) == 4
    assert truth["params_hash"] == P.params_hash(4, 7373)
    for e in truth["files"]:
        assert (out / e["file"]).stat().st_size > 2000
        assert e["formats"] == [Path(e["file"]).suffix[1:]]
        _check_entry(e)
    assert set(P.summary(truth)["kinds"]) <= set(KEYS)


def test_every_run_is_covered_by_its_face(small) -> None:
    runs = small[2]
    assert runs
    cmaps: dict[str, set[int]] = {}
    for face, text in runs:
        if face not in cmaps:
            path, idx, _ = R.FACES[face]
            cmaps[face] = set(TTFont(path, fontNumber=idx, lazy=True).getBestCmap())
        missing = [ch for ch in text if not ch.isspace() and ord(ch) not in cmaps[face]]
        assert not missing, (face, text, missing)


def test_deterministic_for_a_seed(small, tmp_path) -> None:
    _, truth, _ = small
    kinds = [e["kind"] for e in truth["files"]]
    for i in (0,):
        again = G.make_file(i, kinds[i], 7373, tmp_path, tmp_path, None if kinds[i] != "other" else truth["files"][i]["variant"])
        assert again == truth["files"][i]
    assert P.params_hash(6, 7373) != P.params_hash(6, 7374)


def test_values_check_characters_and_id_validity_rule() -> None:
    r = random.Random(5)
    for _ in range(300):
        v = D.id_values(r)
        assert id_ok(v["id_number"])
        b, iss, to = v["birth"], v["issued"], v["valid_to"]
        age = iss.year - b.year - ((iss.month, iss.day) < (b.month, b.day))
        if age >= 46:
            assert to == "长期"
        else:
            years = 5 if age < 16 else 10 if age <= 25 else 20
            assert (to.year - iss.year, to.month) == (years, iss.month)
        for etype in ("company", "branch", "partnership", "individual"):
            lv = D.licence_values(r, etype)
            _check_entry({"file": "-", "kind": "business_license",
                          "fields": {k: {"value": x, "unreadable": False} for k, x in D.licence_truth(lv).items()}})
            assert (lv["capital"] == "") == (etype != "company")
            assert (lv["valid_to"] == "") == (etype == "individual")
        fv = D.food_values(r, r.random() < 0.5)
        _check_entry({"file": "-", "kind": "food_business_license",
                      "fields": {k: {"value": x, "unreadable": False} for k, x in D.food_truth(fv).items()}})
    assert D.V.id_check("11010519491231002") == "X"
    assert D.V.cn_upper_wan(120) == "壹佰贰拾万" and D.V.cn_upper_wan(1050) == "壹仟零伍拾万"


def test_the_150_file_mix() -> None:
    assert Counter(G.kinds_for(150)) == {"id_card_front": 25, "id_card_back": 20, "business_license": 50,
                                         "public_health_license": 15, "food_business_license": 20, "other": 20}
