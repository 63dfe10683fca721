"""Family W's generator (benchmarks/docgen_w): truth keys per the contract, valid check characters,
determinism for a seed, every drawn run covered by the face it names, every face resolving to itself
in fontconfig (no silent fallback) and drawing differently from the fallback, and a small set generated
(its speed: benchmarks/bench_docgen_speed.py). Skipped when inkscape or ffmpeg is not installed."""

import importlib
import shutil
import subprocess

import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(shutil.which("inkscape") is None or shutil.which("ffmpeg") is None,
                                reason="inkscape or ffmpeg missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_w import faces
    G = importlib.import_module("benchmarks.docgen_w.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famw")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "W" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_every_check_character_valid_over_many_values():
    import numpy as np

    from benchmarks.docgen_w import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        assert id_ok(V.id_number(p[3], V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY), rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_runs_covered_by_their_faces_and_faces_resolve(small_set, tmp_path):
    from benchmarks.docgen_w import faces
    G = importlib.import_module("benchmarks.docgen_w.generate")
    _, _, drawn = small_set
    assert drawn
    for key, text in drawn:
        missing = [c for c in text if not c.isspace() and ord(c) not in faces.cmap(key)]
        assert not missing, (key, text, missing)
    fb: dict[bool, bytes] = {}
    same = []
    for face in faces.FACES:
        faces.check_face(face)  # raises unless fontconfig resolves the family to itself
        cjk = faces.covers(face, "营业执照")
        text = "营业执照12" if cjk else "0123456X"
        png = G.render(_specimen(face, text), tmp_path / f"{face.replace(' ', '_')}.png")
        if cjk not in fb:
            fb[cjk] = G.render(_specimen("No Such Face W", text), tmp_path / f"fallback{int(cjk)}.png").read_bytes()
        if png.read_bytes() == fb[cjk]:
            same.append(face)
    # only fontconfig's own default could draw like the fallback; every other face is really used
    default = subprocess.run(["fc-match", "-f", "%{family}", "sans-serif:lang=zh-cn"], capture_output=True,
                             text=True, timeout=30).stdout.split(",")[0]
    assert all(f == default for f in same), (same, default)


def _specimen(face: str, text: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" viewBox="0 0 240 60">'
            f'<rect width="240" height="60" fill="#fff"/><text x="4" y="44" font-family="{face}" font-size="36">'
            f'{text}</text></svg>')


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_w.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)



def test_inkscape_is_the_renderer():
    out = subprocess.run(["inkscape", "--version"], capture_output=True, text=True, timeout=60).stdout
    assert out.startswith("Inkscape 1.")
