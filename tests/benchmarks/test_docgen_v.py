"""Family V's generator (benchmarks/docgen_v): truth keys per the contract, valid check characters,
determinism for a seed, every drawn run covered by its face (the subset fpdf2 embeds and the original
file), and a small set generated (its speed:
benchmarks/bench_docgen_speed.py). Skipped when fpdf2 or albumentations is not installed."""

import importlib
import importlib.util

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(importlib.util.find_spec("fpdf") is None or importlib.util.find_spec("albumentations") is None,
                                reason="fpdf2 / albumentations (the dev extra) missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_v import faces
    G = importlib.import_module("benchmarks.docgen_v.generate")
    for key in faces.FACES:  # subset the faces first (once per charset, cached): not part of the timing
        faces.path(key)
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famv")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "V" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["file"].startswith("v0")


def test_every_check_character_valid_over_many_values():
    import random

    from benchmarks.docgen_v import values as V
    r = random.Random(5)
    for _ in range(300):
        p = V.place(r)
        c = V.id_card(r, p)
        assert id_ok(c["id_number"]) and c["birth_date"].replace("-", "") == c["id_number"][6:14]
        assert uscc_ok(V.company(r, p)["credit_code"]) and uscc_ok(V.food(r, p)["credit_code"])
        no = V.food(r, p)["license_no"]
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_runs_covered_by_their_faces(small_set):
    from fontTools.ttLib import TTFont

    from benchmarks.docgen_v import faces
    _, _, drawn = small_set
    assert drawn
    originals = {}
    for key, text in drawn:
        if key not in originals:
            path, idx = faces.FACES[key]
            originals[key] = set(TTFont(path, fontNumber=idx, lazy=True).getBestCmap())
        missing = [c for c in text if not c.isspace() and (ord(c) not in faces.cmap(key) or ord(c) not in originals[key])]
        assert not missing, (key, text, missing)
    with pytest.raises(faces.Missing):
        faces.check("droid", "2026")  # Droid Sans Fallback has no figures: drawing them must fail loudly


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_v.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)

