"""Family ZP's generator (benchmarks/docgen_zp): truth keys per the contract, valid check characters,
every drawn run covered by its pinned face's cmap, files that open, determinism for a seed, and
`unreadable` set only where the camera really hides a value's ink. Skipped when libharu, Taichi or
Halide is not installed."""

import ctypes
import importlib
import importlib.util

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok


def _missing() -> bool:
    try:
        ctypes.CDLL("libhpdf-2.3.0.so")
    except OSError:
        return True
    return importlib.util.find_spec("taichi") is None or importlib.util.find_spec("halide") is None


pytestmark = [pytest.mark.skipif(_missing(), reason="libhpdf-2.3.0, taichi or halide missing"),
              pytest.mark.filterwarnings("ignore:.*getdefaultlocale:DeprecationWarning")]  # taichi's own import


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    from benchmarks.docgen_zp import faces
    G = importlib.import_module("benchmarks.docgen_zp.generate")
    faces.DRAWN.clear()
    d = tmp_path_factory.mktemp("famzp")
    truth = G.generate(d, 6, 31)
    return d, truth, list(faces.DRAWN)


def test_truth_keys_and_check_characters(small_set):
    d, truth, _ = small_set
    assert truth["family"] == "ZP" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zp import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        v = V.id_front(rng)
        assert id_ok(v["id_number"]) and v["birth_date"].replace("-", "") == v["id_number"][6:14]
        assert v["sex"] == ("男" if int(v["id_number"][16]) % 2 else "女")
        for form in ("company", "branch", "partnership", "individual"):
            assert uscc_ok(V.company(rng, V.place(rng), form)["credit_code"])
        f = V.food(rng)
        assert uscc_ok(f["credit_code"]) and f["license_no"].startswith("JY") and len(f["license_no"]) == 16


def test_runs_covered_by_their_faces(small_set):
    from benchmarks.docgen_zp import faces
    _, _, drawn = small_set
    assert drawn
    for face, text in drawn:
        missing = [c for c in text if not c.isspace() and ord(c) not in faces.cmap(face)]
        assert not missing, (face, text, missing)
    with pytest.raises(faces.MissingGlyph):
        faces.check("song", "\U0002a6a5")  # a CJK Extension B character no pinned face has


def test_every_face_inks_its_glyphs():
    """libharu draws each pinned face's CJK glyphs (some faces' glyphs come out blank through libharu
    although their cmaps have them: those faces are not pinned)."""
    import pypdfium2 as pdfium

    from benchmarks.docgen_zp import canvas as CV
    from benchmarks.docgen_zp import faces
    from benchmarks.docgen_zp import hpdf as H
    for face in faces.FACES:
        s = "单位名称许可项目有效期限经营场所" if faces.covers(face, "名称") else "0123456789X"
        doc = H.Doc()
        try:
            c = CV.Canvas(doc, len(s) * 12 + 10, 20)
            for k, ch in enumerate(s):
                c.text(5 + k * 12, 15, ch, face, 28)
            pdf_bytes = _save_bytes(doc)
        finally:
            doc.close()
        img = np.asarray(pdfium.PdfDocument(pdf_bytes)[0].render(scale=1.0).to_pil().convert("L"))
        mm = img.shape[1] / c.w
        blank = [ch for k, ch in enumerate(s) if img[:, int((5 + k * 12) * mm):int((5 + k * 12 + 10) * mm)].min() > 128]
        assert not blank, (face, blank)


def _save_bytes(doc) -> bytes:  # noqa: ANN001
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as t:
        p = Path(t) / "specimen.pdf"
        doc.save(str(p))
        return p.read_bytes()


def test_files_open(small_set):
    import pypdfium2 as pdfium
    from PIL import Image
    d, truth, _ = small_set
    for f in truth["files"]:
        p = d / f["file"]
        if p.suffix == ".pdf":
            pdf = pdfium.PdfDocument(str(p))
            assert len(pdf) >= 1 and pdf[0].get_size()[0] > 100
            pdf.close()
        else:
            with Image.open(p) as im:
                im.load()
                assert max(im.size) >= 1000, (f["file"], im.size, f["capture"])


def test_wrapped_lines_never_start_with_closing_punctuation():
    from benchmarks.docgen_zp import canvas as CV
    from benchmarks.docgen_zp import hpdf as H
    doc = H.Doc()
    try:
        c = CV.Canvas(doc, 100, 100)
        text = "一般项目：技术服务、技术开发；软件开发；信息系统集成服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
        for w in (20, 23, 31, 40, 47):
            lines = c.wrap(text, "song", 10, w)
            assert "".join(lines) == text
            assert all(ln[0] not in CV.NO_LINE_START for ln in lines[1:]), lines
            assert all(ln[-1] not in CV.NO_LINE_END for ln in lines), lines
    finally:
        doc.close()


def test_unreadable_only_where_the_thumb_hides_ink():
    """A small frame of a flat card with a thumb over its upper left: the fields whose ink lies under
    the thumb are hidden, the ones far from it are not; scans never hide anything."""
    from benchmarks.docgen_zp import canvas as CV
    from benchmarks.docgen_zp import photo
    G = importlib.import_module("benchmarks.docgen_zp.generate")
    rng = np.random.default_rng(3)
    st = photo.plan(rng, "desk", 85.6, 54.0)
    st.update(W=400, H=300, f=400 * 0.5 / np.tan(np.radians(33)), cx=0.0, cy=-1.0, cz=130.0, tx=0.0, ty=0.0, theta=0.0,
              k1=0.0, aperture=0.0, shake_x=0.0, shake_y=0.0, shake_t=0.0, spp=1, phone=0.0, sleeve=0.0,
              thumb=1.0, ta_x=-70.0, ta_y=18.0, ta_z=9.0, tb_x=-25.0, tb_y=14.0, tb_z=8.0, t_r=9.0, curl_a=0.0, fold_h=0.0, wav_a=0.0)
    tex = np.full((270, 428, 3), 250, np.uint8)
    _, vis = photo.render(st, tex)
    c = CV.Canvas.__new__(CV.Canvas)
    c.w, c.h = 85.6, 54.0
    c.boxes = {"name": [(17.0, 6.7, 27.8, 10.3)], "id_number": [(28.5, 44.7, 76.7, 48.4)]}
    hidden = G.hidden_fields(c, vis, st["vis_cell"])
    assert hidden == {"name"}, hidden
    assert G.hidden_fields(c, None, 0.5) == set()


def test_unreadable_only_on_photos(small_set):
    G = importlib.import_module("benchmarks.docgen_zp.generate")
    _, truth, _ = small_set
    for f in truth["files"]:
        if any(t["unreadable"] for t in f["fields"].values()):
            assert f["capture"] in G.PHOTO_MODES | {"chat_forward", "chat_screenshot"}, f


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth, _ = small_set
    G = importlib.import_module("benchmarks.docgen_zp.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)
