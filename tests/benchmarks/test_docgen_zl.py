"""Family ZL's generator (benchmarks/docgen_zl): truth keys per the contract, valid check characters,
files that open, determinism for a seed, `unreadable` set exactly where a capture hides a value's ink
(the frame, a thumb, a sleeve's glare), a missing glyph raising instead of drawing .notdef, the CJK line
breaker's rules, and the e-licence PDFs carrying vector text. Skipped when GNU Octave (with its image
package) or Panda3D is not installed."""

import importlib
import io
import shutil

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytest.importorskip("panda3d")
pytest.importorskip("uharfbuzz")
pytest.importorskip("aggdraw")
pytestmark = pytest.mark.skipif(shutil.which("octave-cli") is None, reason="GNU Octave missing")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_zl.generate")
    d = tmp_path_factory.mktemp("famzl")
    return d, G.generate(d, 6, 31)


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "ZL" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_files_open_at_a_realistic_size(small_set):
    from PIL import Image

    d, truth = small_set
    for f in truth["files"]:
        data = (d / f["file"]).read_bytes()
        if f["file"].endswith(".pdf"):
            assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
            continue
        im = Image.open(io.BytesIO(data))
        im.load()
        if f["capture"] in ("phone_desk", "phone_thumb", "phone_sleeve", "phone_curl", "phone_fold", "phone_lowlight", "gaopaiyi"):
            assert max(im.size) >= 1600, (f["file"], im.size)


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zl import values as V

    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        birth = V.date_between(rng, V.TODAY.replace(year=1950), V.TODAY)
        n = V.id_number(p[3], birth, rng.random() < 0.5, rng)
        assert id_ok(n) and n[6:14] == birth.strftime("%Y%m%d")
        assert uscc_ok(V.uscc(rng, "91", p[3])) and uscc_ok(V.uscc(rng, "92", p[3]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_zl.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_missing_glyph_raises():
    from benchmarks.docgen_zl import text as T

    with pytest.raises(T.MissingGlyph):
        T.shape("mono", "营业执照")  # Liberation Mono has no CJK: never drawn as .notdef
    cv = T.Canvas(50, 20, 100)
    with pytest.raises(T.MissingGlyph):
        cv.text("dvmono", 4, 2, 10, "名称")
    assert T.first_covering(["mono", "fsong"], "名称") == "fsong"


def test_line_breaker_keeps_punctuation_off_line_starts():
    from benchmarks.docgen_zl import text as T

    s = "一般项目：技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）。"
    for width in (20.0, 27.0, 33.0, 41.0):
        lines = T.wrap("fsong", 3.5, s, width)
        assert "".join(lines) == s
        for line in lines[1:]:
            assert line[0] not in T.NO_START, (width, lines)
        for line in lines[:-1]:
            assert line[-1] not in T.NO_END, (width, lines)
    assert "".join(T.wrap("fsong", 3.5, "上海市浦东新区金桥路1234弄56号1201室", 12.0)).count("1234") == 1
    assert all("1234" in ln or "123" not in ln for ln in T.wrap("fsong", 3.5, "上海市浦东新区金桥路1234弄56号1201室", 12.0))


def test_unreadable_only_where_the_capture_hides_ink():
    """The rule make_one applies: a thumb laid on the name hides the name and not the ID number; the
    same page with no thumb hides nothing; a glare core over the address hides the address; a frame
    that cuts the page's right part off hides what lies there."""
    from benchmarks.docgen_zl import capture as C
    from benchmarks.docgen_zl import documents as D
    from benchmarks.docgen_zl import photo as P

    rng = np.random.default_rng(3)
    doc = D.build("id_card_front", rng)
    cv = D.render(doc, 300, "light", 1)
    page, boxes = cv.finish(), cv.boxes
    n = boxes["name"][0]
    nu, nv = (n[0] + n[2]) / 2 / doc.w_mm, 1 - (n[1] + n[3]) / 2 / doc.h_mm
    a = boxes["address"][0]
    au, av = (a[0] + a[2]) / 2 / doc.w_mm, 1 - (a[1] + a[3]) / 2 / doc.h_mm

    def hidden(dist=160.0, look=(0.0, 0.0), glare=None, **extra):
        opts = {"ambient": 0.5, "tint": (1, 1, 1), "light": "window", "key": 0.6, "light_dir": 1.0, "fov": 50.0,
                "frame": (1920, 1440), **extra}
        s = P.Scene(page, doc.w_mm, doc.h_mm, C.desk("wood"), rng, opts)
        try:
            s.aim(6.0, 0.0, dist, look)
            return C.hidden_fields(s, boxes, doc.w_mm, doc.h_mm, (1920, 1440), glare)
        finally:
            s.close()

    assert hidden() == set()
    with_thumb = hidden(thumb=(nu, nv, 0.0))
    assert "name" in with_thumb and "id_number" not in with_thumb
    assert "address" in hidden(glare=(au, av, 0.1, 0.08, 0.3))
    cut = hidden(dist=60.0, look=(-20.0, 0.0))  # close up on the card's left: the photo is out of frame
    assert "name" not in cut and "id_number" in cut


def test_photo_hidden_fields_follow_the_capture(small_set):
    """Only photo captures mark fields unreadable, and a value marked so has ink on the page."""
    d, truth = small_set
    for f in truth["files"]:
        hidden = [k for k, t in f["fields"].items() if t["unreadable"]]
        if f["capture"] in ("flatbed", "adf", "photocopy", "copy2", "fax", "scanapp", "epdf"):
            assert not hidden, f
        for k in hidden:
            assert f["fields"][k]["value"], (f["file"], k)


def test_elicence_pdf_has_vector_text(tmp_path):
    import subprocess

    from benchmarks.docgen_zl import documents as D
    from benchmarks.docgen_zl import pdfwrite

    rng = np.random.default_rng(8)
    doc = D.build("business_license", rng, tt=True)
    cv = D.render(doc, 100, "light", 2)
    pdf = tmp_path / "e.pdf"
    pdf.write_bytes(pdfwrite.vector_pdf(cv, "business_license", "20250101"))
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils missing")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout.replace(" ", "").replace("\n", "")
    assert doc.fields["credit_code"] in text
    assert doc.fields["name"][:6] in text


def test_panda3d_renders_headless():
    from benchmarks.docgen_zl import photo as P

    assert "llvmpipe" in P.renderer() or P.renderer()
