"""Family Y's generator (benchmarks/docgen_y): truth keys per the contract, valid check characters,
determinism for a seed, every drawn run covered by the face it names, Ghostscript really drawing each
face from its file (no substitution: two faces never draw the same pixels, a face missing from the
cidfmap makes gs fail loudly), and a small set generated (its speed: benchmarks/bench_docgen_speed.py).
Skipped when Ghostscript or netpbm is not installed."""

import importlib
import shutil

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(shutil.which("gs") is None or shutil.which("pamperspective") is None,
                                reason="ghostscript or netpbm missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_y import faces
    G = importlib.import_module("benchmarks.docgen_y.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famy")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "Y" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    assert [f["file"] for f in truth["files"]] == [f"y{i:04d}" + f["file"][5:] for i, f in enumerate(truth["files"], 1)]
    for f in truth["files"]:
        check_file(d, f)
        if f["kind"] == "other":
            assert f["fields"] == {}


def test_every_check_character_valid_over_many_values():
    import numpy as np

    from benchmarks.docgen_y import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        birth = V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY)
        assert id_ok(V.id_number(p[4], birth, rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[4])) and uscc_ok(V.uscc(rng, "92", p[4]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_id_validity_follows_age_at_issue():
    import datetime as dt

    from benchmarks.docgen_y import values as V
    issued = dt.date(2020, 6, 1)
    assert V.id_validity(dt.date(2010, 1, 1), issued) == dt.date(2025, 6, 1)
    assert V.id_validity(dt.date(2000, 1, 1), issued) == dt.date(2030, 6, 1)
    assert V.id_validity(dt.date(1980, 1, 1), issued) == dt.date(2040, 6, 1)
    assert V.id_validity(dt.date(1960, 1, 1), issued) == "长期"


def test_capital_in_upper_numerals():
    from benchmarks.docgen_y import values as V
    assert V._upper_wan(500) == "伍佰"
    assert V._upper_wan(1500) == "壹仟伍佰"
    assert V._upper_wan(30) == "叁拾"
    assert V._upper_wan(1005) == "壹仟零伍"


def test_runs_covered_by_their_faces(small_set):
    from benchmarks.docgen_y import faces
    _, _, drawn = small_set
    assert drawn
    for key, text in drawn:
        if key in faces.LATIN:
            assert text.isascii(), (key, text)
        else:
            missing = [c for c in text if ord(c) not in faces.cmap(key)]
            assert not missing, (key, text, missing)


def test_each_face_drawn_from_its_own_file():
    """Every CJK face renders the same text differently from every other (a substitution would make
    two alike), and a face that is not in the cidfmap stops Ghostscript instead of falling back."""
    from benchmarks.docgen_y import faces
    from benchmarks.docgen_y.ps import Page, render
    keys = sorted(faces.FACES)
    pages = []
    for key in keys:
        pg = Page(60, 14)
        pg.text(2, 11, "营业执照名称", key, 9)
        pages.append(pg.program())
    out = render(pages, [100] * len(pages), "pgmraw")
    assert len(set(out)) == len(keys)
    bad = Page(60, 14)
    bad.used.add("NoSuchFaceY")
    bad.body.append("/NoSuchFaceY-Identity-H findfont 20 scalefont setfont 10 10 moveto <0001> show")
    with pytest.raises(RuntimeError):
        render([bad.program()], [100], "pgmraw")


def test_batched_pages_equal_single_pages():
    from benchmarks.docgen_y.ps import Page, render
    a, b = Page(40, 20), Page(30, 30)
    a.text(2, 12, "统一社会信用代码", "SungtiL", 4)
    b.text(2, 12, "住所", "ZenHei", 6)
    both = render([a.program(), b.program()], [150, 200])
    assert both == render([a.program()], [150]) + render([b.program()], [200])


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_y.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_kind_plan_scales_the_default_proportions():
    G = importlib.import_module("benchmarks.docgen_y.generate")
    from collections import Counter
    assert Counter(G.kinds_for(150, 8383)) == {"id_card_front": 25, "id_card_back": 20, "business_license": 50,
                                               "public_health_license": 15, "food_business_license": 20, "other": 20}
    assert len(G.kinds_for(6, 31)) == 6 and set(G.kinds_for(6, 31)) == set(KEYS)


def test_ghostscript_is_the_renderer():
    import subprocess
    out = subprocess.run(["gs", "--version"], capture_output=True, text=True, timeout=60).stdout
    assert int(out.split(".")[0]) >= 9
