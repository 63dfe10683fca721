"""Family ZN's generator (benchmarks/docgen_zn): truth keys per the contract, valid check characters,
every file readable in its format, determinism for a seed, every drawn string in its face's cmap (a
missing glyph raises), `unreadable` only where a frame really hides the value's ink (computed by ray
casts in Blender) and never on scans, and the R line breaker keeping punctuation off line starts.
Skipped when Rscript, blender, gst-launch-1.0 or efix is not installed."""

import importlib
import shutil
import subprocess

import numpy as np
import pytest

from tests.benchmarks.truth_keys import KEYS, check_file, check_reproduced, id_ok, uscc_ok

pytestmark = [pytest.mark.skipif(any(shutil.which(t) is None for t in ("Rscript", "blender", "gst-launch-1.0", "efix")),
                                 reason="R, Blender, GStreamer or efax missing"),
              # a 6-file set is three renderer processes (R, Blender, GStreamer per file): minutes on a loaded 2-core machine
              pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    G = importlib.import_module("benchmarks.docgen_zn.generate")
    d = tmp_path_factory.mktemp("famzn")
    return d, G.generate(d, 6, 31)


def test_truth_keys_and_check_characters(small_set):
    d, truth = small_set
    assert truth["family"] == "ZN" and len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(KEYS)
    for f in truth["files"]:
        check_file(d, f)


def test_every_check_character_valid_over_many_values():
    from benchmarks.docgen_zn import values as V
    rng = np.random.default_rng(5)
    for _ in range(300):
        p = V.place(rng)
        assert id_ok(V.id_front(rng)["id_number"])
        assert uscc_ok(V.uscc(rng, "91", p[4])) and uscc_ok(V.uscc(rng, "92", p[4]))
        no = V.food_license_no(rng, p, rng.random() < 0.5)
        assert no.startswith("JY") and len(no) == 16 and no[2:].isdigit()


def test_files_open_in_their_formats(small_set):
    from PIL import Image
    d, truth = small_set
    for f in truth["files"]:
        path = d / f["file"]
        if path.suffix == ".pdf":
            head = path.read_bytes()[:5]
            assert head == b"%PDF-"
            out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, timeout=60)
            assert out.returncode == 0, out.stderr
        else:
            with Image.open(path) as im:
                im.load()
                assert max(im.size) >= 1000, (f["file"], im.size)
                if f["capture"].startswith("phone") or f["capture"] == "gaopaiyi":
                    assert max(im.size) >= 1600


def test_every_plan_draws_only_covered_glyphs():
    """Plans for many files: every string passed its face's cmap check (faces.check raises otherwise)."""
    from benchmarks.docgen_zn import faces
    G = importlib.import_module("benchmarks.docgen_zn.generate")
    kinds = G.kinds_for(150, 1313)
    for i, k in enumerate(kinds[:80]):
        G.plan(i, k, 1313)
    with pytest.raises(faces.MissingGlyph):
        faces.check("zn_ocrb", "营业执照")


def test_unreadable_only_where_hidden(small_set):
    d, truth = small_set
    for f in truth["files"]:
        flagged = [k for k, t in f["fields"].items() if t["unreadable"]]
        if not (f["capture"].startswith("phone") or f["capture"] in ("gaopaiyi", "screen_photo")):
            assert not flagged, f
    from benchmarks.docgen_zn import photo
    assert photo.hidden_keys({"a": [3, 10], "b": [1, 10], "c": [0, 0]}) == {"a"}


def test_thumb_over_a_value_is_flagged(tmp_path):
    """A frame whose thumb lies on a value's ink: Blender's ray casts mark it hidden, the rest seen."""
    from PIL import Image

    from benchmarks.docgen_zn import photo
    tex = tmp_path / "t.png"
    Image.new("RGB", (400, 260), "white").save(tex)
    rng = np.random.default_rng(1)
    boxes = {"under": [(70.0, 20.0, 84.0, 30.0)], "far": [(4.0, 40.0, 20.0, 48.0)]}
    j, _ = photo.job(rng, "phone_desk", tex, tmp_path / "f.png", 85.6, 54.0, boxes, 1)
    j.update(thumb=[j["shift"][0] + 85.6 / 2000 + 0.004, j["shift"][1] + (27 - 25) / 1000], thumb_rot=0.0, skin=(0.8, 0.6, 0.5),
             res=[160, 120], samples=1)
    j.pop("shake", None)
    vis, _ = photo.run([j], tmp_path)
    hid = photo.hidden_keys(vis[str(tmp_path / "f.png")])
    assert "under" in hid and "far" not in hid


def test_line_breaker_keeps_punctuation_off_line_starts(tmp_path):
    from benchmarks.docgen_zn import rgrid
    s = "一般项目：技术开发、技术咨询、技术交流。许可项目：食品经营，具体经营项目以相关部门批准文件为准。"
    p = rgrid.Page(60, 60)
    for i in range(6):
        p.para(2, 5 + i * 9, s, 20 + i * 3.1, 10, "zn_notoserif", key=f"k{i}")
    script = rgrid.prelude() + f"""
page({rgrid.q(tmp_path / 'p.png')}, 60, 60, 100, FALSE, function() {{}})
for (w in seq(20, 36, by=3.1)) {{ pushViewport(viewport(xscale=c(0,60), yscale=c(60,0)))
  ls <- wrap({rgrid.q(s)}, w, "zn_notoserif", 10); cat(ls, sep="\\n"); cat("--\\n") }}
"""
    (tmp_path / "w.R").write_text(script, encoding="utf-8")
    out = subprocess.run(["Rscript", "--vanilla", str(tmp_path / "w.R")], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = [ln for ln in out.stdout.splitlines() if ln and ln != "--"]
    assert len(lines) > 12 and "".join(lines).count(s[:10]) >= 5
    assert not [ln for ln in lines if ln[0] in "，。、；：）"]


def test_deterministic_for_a_seed(small_set, tmp_path):
    d, truth = small_set
    G = importlib.import_module("benchmarks.docgen_zn.generate")
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_the_two_sides_of_a_copy_sheet_are_one_lawful_card() -> None:
    # a 身份证复印件 holds both sides of one card: its back's term is the one 居民身份证法 第5条 gives the
    # front's holder at the term's start (the reader cross-checks it and blanks a period that is not)
    import datetime as dt

    import numpy as np

    from benchmarks.docgen_zn import values as V

    rng = np.random.default_rng(29)
    for _ in range(400):
        back = V.id_back(rng)
        pairs = [(V.id_front(rng, back), back)]
        front = V.id_front(rng)
        pairs.append((front, V.id_back(rng, front)))
        for f, b in pairs:
            birth, start = dt.date.fromisoformat(f["birth_date"]), dt.date.fromisoformat(b["valid_from"])
            years = 0 if b["valid_to"] == "长期" else dt.date.fromisoformat(b["valid_to"]).year - start.year
            assert birth < start and V.lawful_term(birth, start) == years
