"""Family T's generator (benchmarks/docgen_t): truth keys per the contract, valid check characters,
determinism for a seed, every drawn run in a face Tk really resolved and whose cmap covers it, and a
small set generated (its speed:
benchmarks/bench_docgen_speed.py). Skipped when Xvfb or tkinter is missing."""

import importlib
import resource
import shutil

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

tk = pytest.importorskip("tkinter")
pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb (xvfb) missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_t import render
    G = importlib.import_module("benchmarks.docgen_t.generate")
    render.DRAWN.clear()
    d = tmp_path_factory.mktemp("famt")
    t0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    truth = G.generate(d, 6, 31)
    t1 = resource.getrusage(resource.RUSAGE_CHILDREN)     # the renderer runs in a child process
    return d, truth, (t1.ru_utime + t1.ru_stime) - (t0.ru_utime + t0.ru_stime), list(render.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _, _ = small_set
    assert truth["family"] == "T" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["file"].startswith("t0")


def test_every_check_character_valid_over_many_values():
    import datetime as dt

    import numpy as np

    from benchmarks.docgen_t import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        b = V.date_between(rng, dt.date(1950, 1, 1), V.TODAY)
        assert id_ok(V.id_number(p[3], b, rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3]))
    assert V.capital_upper(500) == "伍佰万元整" and V.capital_upper(1200) == "壹仟贰佰万元整"
    assert V.capital_upper(1050) == "壹仟零伍拾万元整"


def test_runs_covered_by_their_faces(small_set):
    from benchmarks.docgen_t import render
    _, _, _, drawn = small_set
    assert drawn
    for face, text in drawn:
        assert face in render.FACES
        assert render.covered(face, text), (face, text)
    for face in render.FACES:
        render.face_file(face)          # raises unless fontconfig resolves the family to itself


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _, _ = small_set
    G = importlib.import_module("benchmarks.docgen_t.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)



def test_default_mix():
    G = importlib.import_module("benchmarks.docgen_t.generate")
    from collections import Counter
    assert Counter(G.kinds_for(150, 2323)) == G.MIX
