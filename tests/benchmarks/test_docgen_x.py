"""Family X's generator (benchmarks/docgen_x): truth keys per the contract, valid check characters,
determinism for a seed (same truth, same bytes), every drawn run covered by the face it names, every face
resolving to itself in fontconfig and drawing differently from QtWebKit's fallback, and a small set
generated (its speed: benchmarks/bench_docgen_speed.py). Skipped when wkhtmltoimage or gm is missing."""

import importlib
import random
import shutil

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(shutil.which("wkhtmltoimage") is None or shutil.which("gm") is None,
                                reason="wkhtmltoimage (wkhtmltopdf) or gm (graphicsmagick) missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_x.generate")
    d = tmp_path_factory.mktemp("famx")
    return d, G.generate(d, 6, 31)


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "X" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["file"].startswith("x")


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_x import values as V
    r = random.Random(5)
    for _ in range(300):
        p = V.region(r)
        birth = V.date_between(r, V.TODAY.replace(year=1940), V.TODAY)
        assert id_ok(V.id_number(p[0], birth, r.random() < 0.5, r))
        assert uscc_ok(V.uscc(r, "91", p[0])) and uscc_ok(V.uscc(r, "92", p[0]))
        no = V.food_license_no(r, p, r.choice("123"))
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_id_back_validity_matches_age():
    """GB 11643 / the ID law: 5 years under 16, 10 to 25, 20 to 45, 长期 from 46."""
    from benchmarks.docgen_x import documents as D
    r = random.Random(9)
    for _ in range(100):
        _, f, _ = D.id_back(r)
        assert f["valid_to"] == "长期" or int(f["valid_to"][:4]) - int(f["valid_from"][:4]) in (5, 10, 20)


def test_runs_covered_by_their_faces_and_faces_resolve(tmp_path):
    from benchmarks.docgen_x import faces as F
    from benchmarks.docgen_x.pages import ALL_FACES
    G = importlib.import_module("benchmarks.docgen_x.generate")
    for face in ALL_FACES:
        F.resolve(face)  # raises unless fontconfig resolves the family to itself
    F._checked.clear()
    F.check_faces(G.render, tmp_path)  # raises when QtWebKit draws a face like its fallback
    G.DRAWN.clear()
    G.make_one(0, "business_license", 77, tmp_path)
    G.make_one(1, "id_card_front", 77, tmp_path)
    assert G.DRAWN
    for face, text in G.DRAWN:
        assert F.covers(face, text), (face, text, [c for c in text if not F.covers(face, c)])


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_x.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_wkhtmltoimage_is_the_renderer():
    G = importlib.import_module("benchmarks.docgen_x.generate")
    v = G.renderer_version()
    assert v.startswith("wkhtmltoimage 0.12") and "GraphicsMagick" in v
