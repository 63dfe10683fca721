"""Family Q's generator (benchmarks/docgen_q): truth keys per the contract, valid check characters,
determinism for a seed, every drawn run covered by its pinned face's cmap, fc-match naming the pinned
file for every face, and a small set generated (its speed:
benchmarks/bench_docgen_speed.py). Skipped when pango-view is not installed."""

import importlib
import shutil

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(shutil.which("pango-view") is None, reason="pango-view (pango1.0-tools) missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_q import faces
    G = importlib.import_module("benchmarks.docgen_q.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famq")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "Q" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_every_check_character_valid_over_many_values():
    import numpy as np

    from benchmarks.docgen_q import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        assert id_ok(V.id_number(p[3], V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY), rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3]))


def test_runs_covered_by_their_faces_and_faces_pinned(small_set):
    from benchmarks.docgen_q import faces
    _, _, drawn = small_set
    assert drawn
    for key, text in drawn:
        missing = [c for c in text if not c.isspace() and ord(c) not in faces.cmap(key)]
        assert not missing, (key, text, missing)
    for key in faces.FACES:
        faces.check_face(key)            # raises unless fc-match names the pinned file


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_q.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)

