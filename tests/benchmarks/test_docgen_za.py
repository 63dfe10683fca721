"""Family ZA's generator (benchmarks/docgen_za): truth keys per the contract, valid check characters,
determinism for a seed, every face resolving to itself in fontconfig with every drawn run covered by
its cmap, Scribus refusing a face it would substitute, and a small set generated (its speed:
benchmarks/bench_docgen_speed.py). Skipped when Scribus is not installed."""

import importlib
import random
import shutil

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(shutil.which("scribus") is None, reason="scribus missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_za.generate")
    d = tmp_path_factory.mktemp("famza")
    truth = G.generate(d, 6, 31)
    return d, truth


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "ZA" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["file"].startswith("za")


def test_every_check_character_valid_over_many_values():
    import datetime as dt

    from benchmarks.docgen_za import values as V
    r = random.Random(5)
    for _ in range(300):
        p = V.place(r)
        b = V.date_between(r, dt.date(1950, 1, 1), V.TODAY)
        assert id_ok(V.id_number(p[4], b, r.random() < 0.5, r))
        assert uscc_ok(V.uscc(r, "91", p[4])) and uscc_ok(V.uscc(r, "92", p[4]))
        no = V.food_license_no(r, p[4], r.randint(1, 3))
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_faces_resolve_and_runs_are_covered():
    from benchmarks.docgen_za import faces as F
    from benchmarks.docgen_za import layout as L
    for face in F.FACES:
        F.font_file(face)  # raises unless fontconfig resolves the pattern to the face itself
    for i, kind in enumerate(list(L.BUILDERS) * 3):
        page, _, _ = L.BUILDERS[kind](random.Random(i))
        for it in page.items:
            if it["t"] == "text":
                assert F.covers(it["font"], it["s"]), (it["font"], it["s"])


def test_scribus_refuses_a_missing_face(tmp_path):
    G = importlib.import_module("benchmarks.docgen_za.generate")
    spec = {"w": 50, "h": 20, "dpi": 72, "out": str(tmp_path / "x.png"), "colors": {},
            "items": [{"t": "text", "x": 2, "y": 2, "w": 40, "h": 10, "s": "营业执照", "font": "No Such Face ZA",
                       "size": 12}]}
    with pytest.raises(RuntimeError, match="font not available"):
        G.render([spec], tmp_path)


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_za.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_kind_shares_of_the_default_set():
    G = importlib.import_module("benchmarks.docgen_za.generate")
    from collections import Counter
    assert Counter(G.kinds_for(150, 3535)) == Counter(G.SHARES)


def test_scribus_is_the_renderer():
    G = importlib.import_module("benchmarks.docgen_za.generate")
    assert "1.5" in G.scribus_version()
