"""Family L's generator (benchmarks/docgen_l): the truth holds what the ODT pages print, numbers pass
their check characters, every drawn string is in its pinned face, the PDFs embed only the pinned
faces, files open in the formats the truth names, and a seed gives the same set."""

from __future__ import annotations

import re
import subprocess
import zipfile

import numpy as np
import pytest
from PIL import Image

from benchmarks.docgen_l import capture as C
from benchmarks.docgen_l import fonts
from benchmarks.docgen_l.generate import build, generate, params_hash, plan, summary
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok

N = 8


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    base = tmp_path_factory.mktemp("famL")
    truth = generate(base / "set", N, 11, keep_work=base / "work")
    return base, truth


def _odt_text(path) -> str:
    xml = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    xml = re.sub(r"<text:s[^>]*/>", "", xml)
    return "".join(re.sub(r"<[^>]+>", "", xml).split())


def _printed_dates(iso: str) -> list[str]:
    y, m, d = iso.split("-")
    return [f"{y}年{m}月{d}日", f"{y}.{m}.{d}", f"{y}年{int(m)}月{int(d)}日"]


def test_plan_holds_the_family_proportions():
    p = plan(150)
    assert len(p) == 150
    assert {k: p.count(k) for k in set(p)} == {"id_card_front": 25, "id_card_back": 20, "business_license": 50,
                                                "public_health_license": 15, "food_business_license": 20, "other": 20}
    assert set(plan(N)) == set(KEYS)


def test_truth_is_what_the_odt_prints(small):
    base, truth = small
    assert len(truth["files"]) == N
    for i, f in enumerate(truth["files"]):
        assert set(f["fields"]) == KEYS[f["kind"]], f["file"]
        text = _odt_text(base / "work" / f"l{i + 1:04d}.odt")
        for key, t in f["fields"].items():
            v = t["value"]
            assert not t["unreadable"]
            if not v:
                continue
            if key in DATE_KEYS and v != "长期":
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)
                assert any(x in text for x in _printed_dates(v)), (f["file"], key, v)
            else:
                assert "".join(v.split()) in text, (f["file"], key, v)


def test_numbers_pass_their_check_characters(small):
    _, truth = small
    for f in truth["files"]:
        fl = {k: t["value"] for k, t in f["fields"].items()}
        if "id_number" in fl:
            assert id_ok(fl["id_number"])
        if f["kind"] == "business_license":
            assert uscc_ok(fl["credit_code"])
        if f["kind"] == "food_business_license":
            assert uscc_ok(fl["credit_code"]) or id_ok(fl["credit_code"])
            assert re.fullmatch(r"JY\d{14}", fl["license_no"])


def test_files_open_in_the_formats_the_truth_names(small):
    base, truth = small
    for f in truth["files"]:
        im = Image.open(base / "set" / f["file"])
        fmt = {"JPEG": "jpeg", "PNG": "png", "TIFF": "tiff", "WEBP": "webp"}[im.format]
        assert fmt in f["formats"], (f["file"], im.format, f["formats"])
        if "multipage" in f["formats"]:
            assert im.n_frames == 2
        if "1bit" in f["formats"]:
            assert im.mode == "1"
        assert min(im.size) >= 400


def test_pdfs_embed_only_the_pinned_faces(small):
    base, _ = small
    for pdf in sorted((base / "work").glob("*.pdf")):
        out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        # AR PL SungtiL GB embeds under its PostScript name BousungEG-Light-GB
        names = [line.split()[0].split("+")[-1] for line in out.splitlines()[2:] if line.strip()]
        assert names, pdf
        assert all(n.startswith(("FandolHei", "FandolFang", "FandolSong", "BousungEG-Light-GB")) for n in names), (pdf.name, names)


def test_glyph_check_catches_a_missing_glyph():
    assert fonts.uncovered("FandolFang", "营业执照（副本）〔2023〕JY") == ""
    assert fonts.uncovered("FandolHei", "𠀀") == "𠀀"


def test_same_seed_same_pages_and_captures(tmp_path):
    for i, kind in enumerate(plan(12)):
        a, b = build(i, kind, 5), build(i, kind, 5)
        assert a[1:] == b[1:]
        assert a[0].text_content() == b[0].text_content()
        assert a[0].pictures == b[0].pictures
    assert build(0, "business_license", 5)[1] != build(0, "business_license", 6)[1]
    page = np.full((600, 850, 3), 255, np.uint8)
    page[100:120, 100:700] = 0
    for cap in C.DOC_CAPTURES:
        x = C.apply(page, "business_license", cap, np.random.default_rng(3), True)
        y = C.apply(page, "business_license", cap, np.random.default_rng(3), True)
        assert x == y, cap
    assert params_hash(150, 3939) == params_hash(150, 3939) != params_hash(150, 3940)


def test_summary_counts(small):
    _, truth = small
    s = summary(truth)
    assert s["files"] == N and sum(s["kinds"].values()) == N and s["unreadable"] == 0
