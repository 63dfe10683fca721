"""Family R's generator (benchmarks/docgen_r): truth keys per the contract, valid check characters,
determinism for a seed, every face pinned by file (Render.java refuses a string its face lacks a glyph
for, so a set that generates is a set whose every drawn run is covered), and a small set generated
(its speed: benchmarks/bench_docgen_speed.py). Skipped when java/javac or one of the faces is not installed."""

import hashlib
import importlib
import json
import shutil

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(shutil.which("javac") is None or shutil.which("java") is None,
                                reason="java/javac (default-jdk-headless) missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_r.generate")
    if not G.available():
        pytest.skip("a family-R face is missing")
    d = tmp_path_factory.mktemp("famr")
    truth = G.generate(d, 6, 31)
    return d, truth


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "R" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    assert json.loads((d / "truth.json").read_text(encoding="utf-8")) == truth
    for f in truth["files"]:
        check_file(d, f)


def test_every_check_character_valid_over_many_values():
    import datetime as dt

    import numpy as np

    from benchmarks.docgen_r import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        b = V.date_between(rng, dt.date(1950, 1, 1), V.TODAY)
        assert id_ok(V.id_number(p[3], b, bool(rng.random() < 0.5), rng))
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3]))


def test_id_back_validity_follows_age_rules():
    import datetime as dt

    import numpy as np

    from benchmarks.docgen_r import layouts as L
    rng = np.random.default_rng(7)
    for _ in range(200):
        a, b = L.id_validity(rng)
        if b != "长期":
            years = dt.date.fromisoformat(b).year - dt.date.fromisoformat(a).year
            assert years in (5, 10, 20)


def test_faces_pinned_by_file():
    from benchmarks.docgen_r import faces
    assert not faces.missing()
    for _key, (path, _idx, name) in faces.FACES.items():
        assert path.startswith("/") and name    # Render.java checks the face name at that index


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_r.generate")
    kinds = G.kinds_for(6, 31)
    i = 3
    again = G.make_files([i], kinds, 31, tmp_path)[0]
    assert again == truth["files"][i]
    a = hashlib.sha256((d / again["file"]).read_bytes()).hexdigest()
    b = hashlib.sha256((tmp_path / again["file"]).read_bytes()).hexdigest()
    assert a == b
    assert G.params_hash(6, 31) == truth["params_hash"] != G.params_hash(7, 31)

