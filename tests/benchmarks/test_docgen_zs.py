"""Family ZS's generator (benchmarks/docgen_zs): truth keys per the contract, valid check characters,
every drawn run covered by its pinned face (a missing glyph raises), determinism for a seed, `unreadable`
only where the frame hides a field's ink, and PDFBox's own PDFs for e-licences. Skipped when java,
libpdfbox2-java or embreex is missing."""

import importlib
import importlib.util
import shutil
from pathlib import Path

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = pytest.mark.skipif(shutil.which("java") is None or shutil.which("javac") is None
                                or not Path("/usr/share/java/pdfbox2.jar").exists()
                                or importlib.util.find_spec("embreex") is None,
                                reason="java, libpdfbox2-java or embreex missing")

CAMERA = {"phone_desk", "phone_lowlight", "phone_sleeve", "phone_curl", "phone_fold", "phone_thumb", "phone_shake",
          "gaopaiyi", "screen_photo", "chat_forward", "chat_screenshot"}


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_zs import faces
    G = importlib.import_module("benchmarks.docgen_zs.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famzs")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "ZS" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zs import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        assert id_ok(V.id_number(V.region(p), V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY), rng.random() < 0.5, rng))
        assert uscc_ok(V.uscc(rng, "91", V.region(p))) and uscc_ok(V.uscc(rng, "92", V.region(p)))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_runs_covered_by_their_faces_and_a_missing_glyph_raises(small_set):
    from benchmarks.docgen_zs import faces
    _, _, drawn = small_set
    assert drawn
    for key, text in drawn:
        assert faces.covers(key, text), (key, text)
    assert not faces.covers("songgb", "祎")  # GB 2312 only
    with pytest.raises(ValueError):
        faces.check("songgb", "张祎")


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_zs.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_unreadable_only_where_the_frame_hides_ink(small_set):
    from benchmarks.docgen_zs import captures as C
    from benchmarks.docgen_zs.photo import GRID
    vis = np.ones(GRID, bool)
    boxes = {"name": [(10.0, 80.0, 60.0, 90.0)], "address": [(10.0, 10.0, 90.0, 20.0)]}
    assert C.hidden_fields(vis, boxes, (100.0, 100.0)) == set()
    vis[GRID[0] - int(0.2 * GRID[0]):, : int(0.5 * GRID[1])] = False  # the bottom-left corner unseen (a thumb)
    assert C.hidden_fields(vis, boxes, (100.0, 100.0)) == {"address"}
    _, truth, _ = small_set
    for f in truth["files"]:
        if any(v["unreadable"] for v in f["fields"].values()):
            assert f["capture"] in CAMERA, f  # scans, copies, faxes and PDFs show every field


def test_elicense_is_pdfbox_vector_pdf(tmp_path):
    G = importlib.import_module("benchmarks.docgen_zs.generate")
    from benchmarks.docgen_zs import documents as D
    from benchmarks.docgen_zs.pdfbox import Jvm
    jvm = Jvm()
    try:
        doc = D.build("business_license", "original-company", np.random.default_rng(3), tmp_path)
        boxes = jvm.draw(doc.page, 72, None, tmp_path / "e.pdf")
    finally:
        jvm.close()
    data = (tmp_path / "e.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and b"/FontFile2" in data  # embedded TrueType subsets
    assert set(boxes) >= {"name", "credit_code", "address", "business_scope"}
    assert G.params_hash(6, 31) != G.params_hash(6, 32)
