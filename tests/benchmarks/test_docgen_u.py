"""Family U's generator (benchmarks/docgen_u): truth keys per the contract, valid check characters,
determinism for a seed, every drawn string covered by its face's cmap, and a small set generated
(its speed: benchmarks/bench_docgen_speed.py). Skipped when pygame-ce or pyvips is not installed."""

import importlib

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytest.importorskip("pygame")
pytest.importorskip("pyvips")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_u import render
    G = importlib.import_module("benchmarks.docgen_u.generate")
    render.DRAWN.clear()
    d = tmp_path_factory.mktemp("famu")
    truth = G.generate(d, 6, 31)
    return d, truth, list(render.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "U" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_every_check_character_valid_over_many_values():
    import numpy as np

    from benchmarks.docgen_u import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        _, code = V.address(rng)
        b = V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY)
        male = rng.random() < 0.5
        n = V.id_number(code, b, male, rng)
        assert id_ok(n) and n[6:14] == f"{b:%Y%m%d}" and int(n[16]) % 2 == (1 if male else 0)
        assert uscc_ok(V.uscc(rng, "91", code)) and uscc_ok(V.uscc(rng, "92", code))


def test_drawn_strings_covered_by_their_faces(small_set):
    from benchmarks.docgen_u import render
    _, _, drawn = small_set
    assert drawn
    for key, text in drawn:
        missing = [c for c in text if not c.isspace() and ord(c) not in render.cmap(key)]
        assert not missing, (key, text, missing)
    with pytest.raises(ValueError):
        render.check("mono_dejavu", "营业执照")


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_u.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path, i=2)



def test_every_cjk_face_covers_every_character_the_generator_can_draw():
    """Values are composed from literals in these modules; a face lacking one of them would fail a
    whole set mid-way (a rare place name such as 堌 did, in the first default-set run)."""
    from pathlib import Path

    from benchmarks.docgen_u import render
    here = Path(render.__file__).parent
    chars = {c for f in ("values.py", "docs.py", "generate.py") for c in (here / f).read_text(encoding="utf-8") if ord(c) > 0x2E80}
    for key in render.FACES:
        if not key.startswith(("mono", "sans")):
            assert not [c for c in chars if ord(c) not in render.cmap(key)], key
