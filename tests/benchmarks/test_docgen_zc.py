"""Family ZC's generator (benchmarks/docgen_zc): truth keys per the contract, valid check characters,
determinism for a seed, AbiWord really being the layout engine and the faces a page names really being
the ones its PDF embeds (a silent substitution fails), and a small set generated (its speed:
benchmarks/bench_docgen_speed.py). Skipped when abiword or gegl is not installed."""

import importlib
import random
import shutil
import subprocess

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(shutil.which("abiword") is None or shutil.which("gegl") is None
                                or shutil.which("pdftocairo") is None, reason="abiword, gegl or pdftocairo missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_zc.generate")
    d = tmp_path_factory.mktemp("famzc")
    return d, G.generate(d, 6, 31)


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "ZC" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["faces"]


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zc import values as V
    rng = random.Random(5)
    for _ in range(300):
        p = V.place(rng)
        male = rng.random() < 0.5
        birth = V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY)
        idn = V.id_number(p[4], birth, male, rng)
        assert id_ok(idn) and int(idn[16]) % 2 == (1 if male else 0)
        assert uscc_ok(V.uscc(rng, "91", p[4])) and uscc_ok(V.uscc(rng, "92", p[4]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_a_substituted_face_fails_loudly(tmp_path):
    G = importlib.import_module("benchmarks.docgen_zc.generate")
    from benchmarks.docgen_zc.abw import Doc
    d = Doc(100, 40, (5, 5, 5, 5), "Noto Serif CJK SC")
    d.p(d.r("营业执照", "LXGW WenKai", 14))
    (tmp_path / "a.abw").write_text(d.xml(), encoding="utf-8")
    subprocess.run(["abiword", "--to=pdf", "a.abw"], cwd=tmp_path, check=True, capture_output=True, timeout=120)
    G.check_fonts(tmp_path / "a.pdf", {"Noto Serif CJK SC", "LXGW WenKai"})
    with pytest.raises(RuntimeError):
        G.check_fonts(tmp_path / "a.pdf", {"Noto Serif CJK SC"})
    d2 = Doc(100, 40, (5, 5, 5, 5), "Noto Serif CJK SC")
    d2.p(d2.r("营业执照", "No Such Face ZC", 14))
    (tmp_path / "b.abw").write_text(d2.xml(), encoding="utf-8")
    subprocess.run(["abiword", "--to=pdf", "b.abw"], cwd=tmp_path, check=True, capture_output=True, timeout=120)
    with pytest.raises(RuntimeError):
        G.check_fonts(tmp_path / "b.pdf", {"Noto Serif CJK SC", "No Such Face ZC"})


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_zc.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_abiword_is_the_renderer():
    out = subprocess.run(["abiword", "--version"], capture_output=True, text=True, timeout=60).stdout
    assert out.startswith("3.")
