"""Family S's generator (benchmarks/docgen_s): truth keys per the contract, valid check characters,
determinism for a seed, every CJK character the generator can draw covered by every pinned face it may
be drawn in, and a small set generated (its speed:
benchmarks/bench_docgen_speed.py). Skipped when Chromium or scikit-image is missing."""

import importlib
import inspect

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytest.importorskip("skimage")
browser = importlib.import_module("benchmarks.docgen_s.browser")
pytestmark = pytest.mark.skipif(browser.binary() is None, reason="chromium missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_s.generate")
    d = tmp_path_factory.mktemp("fams")
    truth = G.generate(d, 6, 31)
    return d, truth


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "S" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_every_check_character_valid_over_many_values():
    import datetime as dt

    import numpy as np

    from benchmarks.docgen_s import values as V
    G = importlib.import_module("benchmarks.docgen_s.generate")
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        assert id_ok(V.id_number(p[3], V.date_between(rng, dt.date(1950, 1, 1), V.TODAY), rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3])) and uscc_ok(V.uscc(rng, "12", p[3]))
    for _ in range(100):  # ID backs: the validity period follows the holder's age at issue
        _, t = G.id_back_doc(rng)
        frm = dt.date.fromisoformat(t["valid_from"])
        if t["valid_to"] != "长期":
            assert (dt.date.fromisoformat(t["valid_to"]) - frm).days // 365 in (5, 10, 20)


def test_faces_pinned_and_cover_what_is_drawn():
    from fontTools.ttLib import TTFont

    from benchmarks.docgen_s import pages
    from benchmarks.docgen_s import values as V
    G = importlib.import_module("benchmarks.docgen_s.generate")
    chars = {c for c in inspect.getsource(V) + inspect.getsource(G) + inspect.getsource(pages) if ord(c) > 0x2E80}
    for key in pages.SERIF + pages.FANG + pages.SANS + pages.KAI + ["fandol_song_bold", "fandol_hei_bold"]:
        assert pages.available(key), pages.FACES[key]
        cmap = TTFont(pages.FACES[key], lazy=True).getBestCmap()
        missing = sorted(c for c in chars if ord(c) not in cmap and c not in "，。、；：（）“”")
        assert not missing, (key, "".join(missing))
    for key in pages.DIGITS:
        assert pages.available(key), pages.FACES[key]


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_s.generate")
    check_reproduced(G, G.plan_for(6, 31), d, truth, tmp_path)


def test_plan_holds_the_proportions():
    from collections import Counter
    G = importlib.import_module("benchmarks.docgen_s.generate")
    plan = G.plan_for(150, 1212)
    assert Counter(p["kind"] for p in plan) == Counter(G.SHARES)
    bl = [p for p in plan if p["kind"] == "business_license"]
    assert Counter(p["form"] for p in bl) == {"company": 29, "branch": 6, "partnership": 4, "individual": 11}
    assert Counter(p["orient"] for p in bl) == {"zb": 22, "fb": 23, "el": 5} or Counter(p["orient"] for p in bl) == {"zb": 23, "fb": 22, "el": 5}
    assert {p["capture"] for p in plan} >= set(G.DOC_CAPTURES) | set(G.CARD_CAPTURES)

