"""Family O's generator (benchmarks/docgen_o, held out, written blind in session 16): truth keys per
kind, check characters, determinism for a seed, every drawn run covered by its face's cmap (checked
here with fontTools on the face files themselves), and a small set generated (its speed: benchmarks/bench_docgen_speed.py)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

if not Path("/usr/bin/convert").exists():
    pytest.skip("ImageMagick (apt imagemagick) is not installed", allow_module_level=True)

from benchmarks import docgen_o  # noqa: E402
from benchmarks.docgen_o import faces as F  # noqa: E402
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok  # noqa: E402

N = 4


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    d = tmp_path_factory.mktemp("o")
    F.RUNS.clear()
    truth = docgen_o.generate(d / "a", N, 99)
    return d, truth, list(F.RUNS)


def test_truth_keys_and_checks(small):
    d, truth, _ = small
    assert truth["family"] == "O" and len(truth["files"]) == N
    assert truth["params_hash"] == docgen_o.params_hash(N, 99)
    for f in truth["files"]:
        assert (d / "a" / f["file"]).exists()
        assert set(f["fields"]) == KEYS[f["kind"]], f
        for key, v in f["fields"].items():
            val = v["value"]
            if key in DATE_KEYS and val not in ("", "长期"):
                dt.date.fromisoformat(val)
            if key == "id_number":
                assert id_ok(val), val
            if key == "credit_code":
                assert uscc_ok(val), val
        if f["kind"] == "food_business_license":
            assert f["fields"]["license_no"]["value"].startswith("JY") and len(f["fields"]["license_no"]["value"]) == 16


def test_values_pass_their_standards():
    import random

    from benchmarks.docgen_o import values as V
    rng = random.Random(5)
    for _ in range(300):
        assert uscc_ok(V.uscc(rng, "310115", rng.choice(["91", "92"])))
        b = V.date_between(rng, dt.date(1940, 1, 1), dt.date(2016, 1, 1))
        assert id_ok(V.id_number(rng, "110105", b, rng.random() < 0.5))
        start, end = V.id_validity(rng, b)
        age = start.year - b.year - ((start.month, start.day) < (b.month, b.day))
        want = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else None
        assert (end is None) == (want is None) and (want is None or end == start.replace(year=start.year + want))
    assert V.org_check("D2143569") == "X"          # GB 11714's worked example


def test_every_run_in_its_face(small):
    _, _, runs = small
    assert runs
    from fontTools.ttLib import TTCollection, TTFont
    cmaps = {}
    for face, text in set(runs):
        if face not in cmaps:
            p = F.FACES[face]
            font = TTCollection(p).fonts[0] if p.endswith(".ttc") else TTFont(p)
            cmaps[face] = set(font.getBestCmap())
        missing = [c for c in text if not c.isspace() and ord(c) not in cmaps[face]]
        assert not missing, (face, text, missing)


def test_deterministic(small, tmp_path):
    d, truth, _ = small
    again = docgen_o.generate(tmp_path / "b", 1, 99)          # a smaller set is a prefix of a larger one
    assert json.dumps(again["files"], sort_keys=True) == json.dumps(truth["files"][:1], sort_keys=True)
    from PIL import Image
    for f in again["files"]:
        if not f["file"].endswith(".pdf"):
            with Image.open(tmp_path / "b" / f["file"]) as a, Image.open(d / "a" / f["file"]) as b:
                assert a.tobytes() == b.tobytes(), f["file"]


def test_summary(small):
    _, truth, _ = small
    s = docgen_o.summary(truth)
    assert s["files"] == N and sum(s["kinds"].values()) == N
