"""Family ZE's generator (benchmarks/docgen_ze): truth keys per the contract, valid check characters,
determinism for a seed, every cell's text covered by the face it names, every face resolving to itself
in fontconfig, a face substitution in Gnumeric's PDF raising, and a small set generated (its speed:
benchmarks/bench_docgen_speed.py). Skipped when ssconvert/pdftoppm or an EGL OpenGL context is missing."""

import importlib
import shutil
import subprocess

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok


def _gl_missing() -> str | None:
    try:
        from benchmarks.docgen_ze import capture
    except ImportError as exc:  # moderngl not installed
        return str(exc)
    return capture.available()


_why = (None if shutil.which("ssconvert") and shutil.which("pdftoppm") and shutil.which("pdffonts")
        else "ssconvert (gnumeric) or poppler-utils missing") or _gl_missing()
pytestmark = pytest.mark.skipif(_why is not None, reason=f"family ZE's renderer unavailable: {_why}")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_ze import sheet
    G = importlib.import_module("benchmarks.docgen_ze.generate")
    sheet.USED.clear()
    d = tmp_path_factory.mktemp("famze")
    truth = G.generate(d, 6, 31)
    return d, truth, list(sheet.USED)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "ZE" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)
        assert f["file"].startswith("ze0")


def test_every_check_character_valid_over_many_values():
    import datetime as dt
    import random

    from benchmarks.docgen_ze import values as V
    r = random.Random(5)
    for _ in range(300):
        p = V.place(r)
        assert id_ok(V.id_number(p[3], V.date_between(r, dt.date(1950, 1, 1), V.TODAY), r.random() < 0.5, r))
        assert uscc_ok(V.uscc(r, "91", p[3])) and uscc_ok(V.uscc(r, "92", p[3]))
        no = V.food_license_no(r, p, r.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()
        birth = V.date_between(r, dt.date(1950, 1, 1), dt.date(2012, 1, 1))
        issue, end = V.id_validity(r, birth)
        age = issue.year - birth.year - ((issue.month, issue.day) < (birth.month, birth.day))
        years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
        assert end == "长期" if years is None else dt.date.fromisoformat(end).year - issue.year == years


def test_cells_covered_by_their_faces_and_faces_resolve(small_set):
    from benchmarks.docgen_ze import sheet
    _, _, used = small_set
    assert used
    for face, text in used:
        missing = [c for c in text if not c.isspace() and ord(c) not in sheet.cmap(face)]
        assert not missing, (face, text, missing)
    for face in sheet.FACES:
        sheet.check_face(face)  # raises unless fontconfig resolves the family to itself


def test_a_substituted_face_raises(tmp_path):
    from benchmarks.docgen_ze import sheet
    s = sheet.Sheet("t", [200], [40])
    s.cell(0, 0, "营业执照", "Noto Sans CJK SC", 20)
    s.faces = {"DejaVu Sans Mono"}  # as if Gnumeric had drawn another face than the sheet asked
    with pytest.raises(RuntimeError, match="substituted"):
        sheet.to_pdf(s, tmp_path, gz=True)


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_ze.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_default_mix():
    G = importlib.import_module("benchmarks.docgen_ze.generate")
    plan = G.kinds_for(150, 8787)
    assert {k: plan.count(k) for k in set(plan)} == G.DEFAULT_MIX


def test_gnumeric_is_the_renderer():
    out = subprocess.run(["ssconvert", "--version"], capture_output=True, text=True, timeout=60).stdout
    assert out.startswith("ssconvert version '1.12")
