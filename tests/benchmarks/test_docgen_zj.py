"""Family ZJ's generator (benchmarks/docgen_zj): truth keys per the contract, valid check characters,
every file readable in its format, determinism for a seed, every drawn run in its face's own cmap (Qt's
font merging off), and `unreadable` set exactly where the capture's geometry hides a value's ink.
Skipped when PySide6, vtk, mahotas or PyWavelets is missing."""

import importlib
import json

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

for _mod in ("PySide6", "vtk", "mahotas", "pywt"):
    pytest.importorskip(_mod)


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_zj import faces
    G = importlib.import_module("benchmarks.docgen_zj.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famzj")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "ZJ" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    assert json.loads((d / "truth.json").read_text(encoding="utf-8")) == truth
    for f in truth["files"]:
        check_file(d, f)


def test_files_readable(small_set):
    from PIL import Image
    d, truth, _ = small_set
    for f in truth["files"]:
        p = d / f["file"]
        if p.suffix == ".pdf":
            assert p.read_bytes().startswith(b"%PDF")
            continue
        with Image.open(p) as im:
            im.load()
            assert max(im.size) >= 1000, (f["file"], im.size)


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zj import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        birth = V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY)
        assert id_ok(V.id_number(p[3], birth, bool(rng.random() < 0.5), rng))
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3]))
        no = V.food_license_no(rng, p, bool(rng.random() < 0.5))
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_runs_in_their_own_faces(small_set):
    from benchmarks.docgen_zj import faces
    _, _, drawn = small_set
    assert drawn
    for key, text in drawn:
        assert faces.covers(key, text), (key, text)
    with pytest.raises(faces.MissingGlyph):
        faces.check("mono", "营业执照")  # a Latin face has no CJK: raises, never falls back
    for key in faces.FILES:
        assert faces.raw(key).familyName() == faces.family(key)


def test_unreadable_only_where_hidden():
    """A thumb over the name line hides it (and only what it covers); a clean frame hides nothing."""
    from benchmarks.docgen_zj import documents as D
    from benchmarks.docgen_zj import photo as P
    from benchmarks.docgen_zj import render as R
    rng = np.random.default_rng(3)
    doc = D.make_doc("id_card_front", "card", rng)
    page, boxes = R.page_image(doc, 300, [])
    kw = dict(out=(800, 600), desk="wood", light="office", tilt=5.0, shape="flat", glare=False, blur="none",
              fill=0.7, cut=False)
    _, hidden = P.capture(page, boxes, doc["size"], np.random.default_rng(1), thumb=False, **kw)
    assert hidden == set()
    # cut: the frame centred far off the page hides what leaves it
    _, hidden_cut = P.capture(page, {"name": boxes["name"], "id_number": boxes["id_number"]}, doc["size"],
                              np.random.default_rng(1), thumb=False, **{**kw, "fill": 3.0})
    assert hidden_cut, "a frame three times too narrow must cut a value off"
    # geometry of the thumb test itself: a ray through the ellipsoid is blocked, one beside it is not
    cam = np.array([0.0, 0.0, 100.0])
    pts = np.array([[0.0, 0.0, 0.0], [40.0, 0.0, 0.0]])
    hit = P._ray_hits_ellipsoid(cam, pts, (0, 0, 5), (10, 6, 4), 0)
    assert hit.tolist() == [True, False]


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_zj.generate")
    plan = G.kinds_for(6, 31)
    for i, f in enumerate(truth["files"]):
        if f["capture"] in G.PHOTO or f["capture"] in ("chat_forward", "chat_screenshot"):
            check_reproduced(G, plan, d, truth, tmp_path, i)  # a VTK frame made again: same bytes
            break
    else:
        check_reproduced(G, plan, d, truth, tmp_path)
