"""Family Z's generator (benchmarks/docgen_z): truth keys per the contract, valid check characters,
determinism for a seed, every drawn run covered by the face it names, every face loaded by Gecko and
drawing differently from Gecko's fallback, and a small set generated (its speed:
benchmarks/bench_docgen_speed.py). Skipped when firefox-esr or gmic is not installed."""

import importlib
import shutil
import subprocess

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(shutil.which("firefox-esr") is None or shutil.which("gmic") is None,
                                reason="firefox-esr or gmic missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_z import faces
    G = importlib.import_module("benchmarks.docgen_z.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famz")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "Z" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["file"].startswith("z0")


def test_every_check_character_valid_over_many_values():
    import numpy as np

    from benchmarks.docgen_z import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        assert id_ok(V.id_number(p[4], V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY), rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[4])) and uscc_ok(V.uscc(rng, "92", p[4]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_id_back_validity_follows_age_at_issue():
    import datetime as dt

    import numpy as np

    from benchmarks.docgen_z import pages
    rng = np.random.default_rng(9)
    for _ in range(40):
        _, f, variant = pages.id_back(rng)
        frm, to = f["valid_from"]["value"], f["valid_to"]["value"]
        if to == "长期":
            assert variant == "back-long"
        else:
            years = int(variant.removeprefix("back-").removesuffix("y"))
            a = dt.date.fromisoformat(frm)
            assert dt.date.fromisoformat(to).year - a.year == years


def test_runs_covered_by_their_faces_and_faces_load_in_gecko(small_set):
    from benchmarks.docgen_z import faces, firefox
    _, _, drawn = small_set
    assert drawn
    for key, text in drawn:
        missing = [c for c in text if not c.isspace() and ord(c) not in faces.cmap(key)]
        assert not missing, (key, text, missing)
    b = firefox.browser()  # draws every face next to Gecko's fallback and raises on one drawn alike
    page, w, h = faces.probe_html()
    path = b.tmp / "probe_test.html"
    path.write_text(page, encoding="utf-8")
    assert faces.check_probe(b.shot(path, w, h, [faces.family(f) for f in faces.FACES])) == []


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_z.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_firefox_esr_and_gmic_are_the_tools():
    out = subprocess.run(["firefox-esr", "--version"], capture_output=True, text=True, timeout=60).stdout
    assert out.startswith("Mozilla Firefox") and "esr" in out
    from benchmarks.docgen_z import capture
    assert "G'MIC" in capture.version() or "gmic" in capture.version().lower()
