"""Family ZF's generator (benchmarks/docgen_zf): truth keys per the contract, valid check characters,
every file readable, determinism for a seed, every drawn run covered by the face it names and every face
embedded as itself in Typst's PDF (pdffonts), and `unreadable` set only where the capture hides the
value's ink (a thumb, glare, the frame) — never elsewhere. Skipped when typst or augraphy is missing."""

import importlib
import io
import shutil
import subprocess

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

typst = pytest.importorskip("typst")
pytest.importorskip("augraphy")

HIDING = {"phone_hand", "sleeve_glare", "chat_screenshot", "phone_desk", "phone_lowlight", "folded", "screen_photo"}


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_zf import faces
    G = importlib.import_module("benchmarks.docgen_zf.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famzf")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "ZF" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_files_readable(small_set):
    from PIL import Image
    d, truth, _ = small_set
    for f in truth["files"]:
        data = (d / f["file"]).read_bytes()
        if f["file"].endswith(".pdf"):
            assert data.startswith(b"%PDF")
            if shutil.which("pdfinfo"):
                out = subprocess.run(["pdfinfo", str(d / f["file"])], capture_output=True, text=True, timeout=60)
                assert out.returncode == 0 and "Pages:" in out.stdout
        else:
            im = Image.open(io.BytesIO(data))
            im.load()
            assert min(im.size) >= 400, (f["file"], im.size)


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zf import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        c = V.id_card(rng)
        assert id_ok(c["id_number"]) and c["id_number"][6:14] == c["birth_date"].replace("-", "")
        assert uscc_ok(V.business_license(rng)["credit_code"])
        fd = V.food_license(rng)
        assert uscc_ok(fd["credit_code"])
        assert fd["license_no"].startswith("JY") and len(fd["license_no"]) == 16 and fd["license_no"][2:].isdigit()


def test_plan_is_the_default_mix():
    G = importlib.import_module("benchmarks.docgen_zf.generate")
    plan = G.kinds_for(150, 9898)
    got = {}
    for p in plan:
        got[p["kind"]] = got.get(p["kind"], 0) + 1
    assert got == G.MIX
    assert len({p["capture"] for p in plan}) == len(importlib.import_module("benchmarks.docgen_zf.capture").CAPTURES)


def test_runs_covered_by_their_faces_and_faces_embedded(small_set, tmp_path):
    from benchmarks.docgen_zf import faces, render
    from benchmarks.docgen_zf.typeset import Page
    _, _, drawn = small_set
    assert drawn
    for face, text in drawn:
        missing = [c for c in text if not c.isspace() and ord(c) not in faces.cmap(face)]
        assert not missing, (face, text, missing)
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts missing")
    for face in faces.ALL:
        pg = Page(60, 20, False, [])
        pg.place(2, 2, pg.t("营业执照12" if face != "DejaVu Sans Mono" else "0123456X", face, 20))
        p = tmp_path / "spec.pdf"
        p.write_bytes(render.pdf(pg))
        out = subprocess.run(["pdffonts", str(p)], capture_output=True, text=True, timeout=60).stdout
        names = [ln.split()[0].split("+", 1)[-1].lower() for ln in out.splitlines()[2:]]
        assert len(names) == 1 and faces.PS_NAMES[face].lower() in names[0], (face, names)
    # a family Typst does not know is an error, not a silent fallback
    pg = Page(60, 20, False, [])
    pg.place(2, 2, pg.t("营业执照", "No Such Face ZF", 20))
    with pytest.raises(RuntimeError):
        render.pdf(pg)


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_zf.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_unreadable_only_where_the_capture_hides_ink():
    from benchmarks.docgen_zf import capture as C
    lab = np.zeros((400, 600), np.uint8)
    lab[50:70, 100:300] = 1      # a value's ink, one row of characters
    lab[200:220, 100:300] = 2
    g = C.Geo(np.eye(3), 600, 400)
    cover = np.zeros((400, 600), bool)
    assert C.hidden_keys(lab, g, (400, 600), cover, None, 20) == {1: False, 2: False}
    cover[190:230, 180:215] = True  # a thumb over two characters of key 2
    assert C.hidden_keys(lab, g, (400, 600), cover, None, 20) == {1: False, 2: True}
    washed = np.zeros((400, 600), bool)
    washed[45:75, 90:115] = True    # glare over three quarters of key 1's first character
    assert C.hidden_keys(lab, g, (400, 600), None, washed, 20)[1] is True
    shifted = C.Geo(np.array([[1, 0, -150], [0, 1, 0], [0, 0, 1]], np.float64), 600, 400)  # the frame cuts key 1's start
    assert C.hidden_keys(lab, shifted, (400, 600), None, None, 20) == {1: True, 2: True}


def test_unreadable_set_only_by_hiding_captures(small_set):
    _, truth, _ = small_set
    for f in truth["files"]:
        if any(t["unreadable"] for t in f["fields"].values()):
            assert f["capture"] in HIDING, f


def test_typst_is_the_renderer_and_augraphy_the_capture():
    import augraphy
    assert typst.compile(b"#set page(width: 20mm, height: 10mm)\nZF", format="pdf").startswith(b"%PDF")
    assert hasattr(augraphy, "AugraphyPipeline")
