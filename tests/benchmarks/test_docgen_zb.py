"""Family ZB's generator (benchmarks/docgen_zb): truth keys per the contract, valid check characters,
determinism for a seed (byte-identical files, POV-Ray included), every face resolving to the file it
names and MuPDF's silent substitution caught, and a small set generated (its speed:
benchmarks/bench_docgen_speed.py). Skipped when PyMuPDF or POV-Ray is not installed."""

import importlib
import shutil

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pymupdf = pytest.importorskip("pymupdf")
pytestmark = pytest.mark.skipif(shutil.which("povray") is None, reason="povray missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_zb.core")
    d = tmp_path_factory.mktemp("famzb")
    truth = G.generate(d, 6, 31)
    return d, truth


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "ZB" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["file"].startswith("zb")


def test_every_check_character_valid_over_many_values():
    import numpy as np

    from benchmarks.docgen_zb import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        birth = V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY)
        assert id_ok(V.id_number(p[3], birth, rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_id_back_validity_follows_age_at_issue():
    import datetime as dt

    from benchmarks.docgen_zb import values as V
    assert V.validity(dt.date(2020, 5, 1), dt.date(2010, 1, 1)) == ("2020-05-01", "2025-05-01")
    assert V.validity(dt.date(2020, 5, 1), dt.date(2000, 1, 1)) == ("2020-05-01", "2030-05-01")
    assert V.validity(dt.date(2020, 5, 1), dt.date(1980, 1, 1)) == ("2020-05-01", "2040-05-01")
    assert V.validity(dt.date(2020, 5, 1), dt.date(1960, 1, 1)) == ("2020-05-01", "长期")


def test_faces_resolve_and_a_substitution_fails():
    from benchmarks.docgen_zb import mupdf_pages as M
    M.check_installed()  # every face file is the family fontconfig names it
    for face in M.FACE_FILES:
        text = "营业执照12" if M.covers(face, "营业执照") else "0123456X"
        pg = M.Page(60, 20)
        pg.box(2, 2, 56, 16, f"<p>{text}</p>", face, 14)
        doc = pg.render()  # raises if MuPDF embedded any other font
        assert {f[3].split("+")[-1] for f in doc[0].get_fonts()} == {M.font(face).name}
    pg = M.Page(60, 20)
    pg.box(2, 2, 56, 16, "<p>营业执照</p>", "Nimbus Mono PS", 14)  # a Latin face asked for CJK text
    with pytest.raises(RuntimeError, match="substituted"):
        pg.render()


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_zb.core")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_renderers_are_mupdf_and_povray_37():
    from benchmarks.docgen_zb import pov
    assert pov.version().startswith("POV-Ray 3.7")
    assert pymupdf.VersionFitz
