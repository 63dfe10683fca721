"""Family ZD's generator (benchmarks/docgen_zd): truth keys per the contract, valid check characters,
determinism for a seed, every drawn run covered by the face it names, and a small set generated (its
speed: benchmarks/bench_docgen_speed.py). Skipped when ConTeXt, poppler or GIMP is not installed."""

import importlib
import random
import shutil

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in ("context", "pdftoppm", "pdffonts", "gimp-console-2.10")),
                                reason="context, poppler-utils or gimp missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_zd import faces
    G = importlib.import_module("benchmarks.docgen_zd.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famzd")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "ZD" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["file"].startswith("zd")


def test_every_check_character_valid_over_many_values():
    import datetime as dt

    from benchmarks.docgen_zd import values as V
    r = random.Random(5)
    for _ in range(300):
        p = V.place(r)
        birth = V.date_between(r, dt.date(1950, 1, 1), V.TODAY)
        assert id_ok(V.id_number(p[4], birth, r.random() < 0.5, r))
        assert uscc_ok(V.uscc(r, "91", p[4])) and uscc_ok(V.uscc(r, "92", p[4]))
        no = V.food_license_no(r, p, r.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_id_back_validity_matches_age_at_issue():
    from benchmarks.docgen_zd import docs as D
    for i in range(60):
        _, f, variant = D.id_card_back(f"{i:04d}", random.Random(i), {"label": "FandolHei", "value": "FandolHei", "title": "FandolHeiBold", "mono": "DejaVuMono"})
        if f["valid_to"] == "长期":
            assert variant == "back-long"
        else:
            years = int(f["valid_to"][:4]) - int(f["valid_from"][:4])
            assert variant == f"back-{years}y" and years in (5, 10, 20)


def test_runs_covered_by_their_faces(small_set):
    from benchmarks.docgen_zd import faces
    _, truth, drawn = small_set
    assert drawn
    for key, text in drawn:
        missing = [c for c in text if not c.isspace() and ord(c) not in faces.cmap(key)]
        assert not missing, (key, text, missing)
    used = {face for f in truth["files"] for face in f["faces"]}
    assert used <= set(faces.FACES)


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_zd.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_context_is_the_renderer():
    from benchmarks.docgen_zd import render
    assert render.context_version() != "unknown"
