"""Family K's generator (benchmarks/docgen_k): the truth is what was typeset (every value is in the
TeX source and in the text of the PDF XeLaTeX wrote, every glyph is in its pinned face), check
characters are valid, the truth follows the key contract, and a small set is deterministic."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
from collections import Counter

import pytest

from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok

gen = pytest.importorskip("benchmarks.docgen_k.generate")
T = pytest.importorskip("benchmarks.docgen_k.tex")
HAVE_TEX = shutil.which("xelatex") is not None and shutil.which("gs") is not None


def _date_forms(value: str) -> list[str]:
    d = dt.date.fromisoformat(value)
    return [f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}.{d.month:02d}.{d.day:02d}", f"{d.year}年{d.month}月{d.day}日"]


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture(scope="module")
def planned():
    return gen.plan(150, 2828)


def test_plan_has_the_contracted_kinds_and_keys(planned):
    assert Counter(it["doc"].kind for it in planned) == Counter(gen.PLAN)
    for it in planned:
        doc = it["doc"]
        assert set(doc.fields) == KEYS[doc.kind], doc.kind
        for key, value in doc.fields.items():
            if key in DATE_KEYS and value not in ("", "长期"):
                dt.date.fromisoformat(value)
        assert it["capture"] and doc.variant and it["faces"]


def test_check_characters_are_valid(planned):
    seen = 0
    for it in planned:
        f = it["doc"].fields
        if "id_number" in f:
            assert id_ok(f["id_number"]), f["id_number"]
            seen += 1
        if "credit_code" in f:
            assert uscc_ok(f["credit_code"]), f["credit_code"]
            seen += 1
    assert seen == 25 + 50 + 20


def test_id_validity_follows_the_law(planned):
    for it in planned:
        f = it["doc"].fields
        if it["doc"].kind == "id_card_back" and f["valid_to"] != "长期":
            a, b = dt.date.fromisoformat(f["valid_from"]), dt.date.fromisoformat(f["valid_to"])
            assert b.year - a.year in (5, 10, 20) and (b.month, b.day) in ((a.month, a.day), (2, 28))


def test_every_value_is_in_the_tex_source(planned):
    for it in planned:
        src = it["doc"].tex.replace("\\\\", "")
        for key, value in it["doc"].fields.items():
            if not value or value == "长期" and key == "valid_to":
                continue
            if key in DATE_KEYS:
                b = dt.date.fromisoformat(value)
                if key == "birth_date":
                    assert re.search(rf"{b.year}\\,.*?{b.month}\\,.*?{b.day}\\,", src), value
                else:
                    assert any(form in src for form in _date_forms(value)), (key, value)
            else:
                assert T.esc(value) in src, (key, value)


def test_every_printed_glyph_is_in_its_face(planned):
    for it in planned:
        for text, face in it["doc"].printed:
            assert not T.missing_glyphs(text, face)
    assert T.missing_glyphs("\U00020000", "noto_serif_sc")  # the check can fail


@pytest.mark.skipif(not HAVE_TEX, reason="xelatex / ghostscript not installed (build/setup/debian-packages.txt)")
def test_typeset_pdf_text_holds_every_value(tmp_path):
    items = gen.plan(6, 31)
    pdf = T.compile_pages([it["doc"].tex for it in items], tmp_path / "tex")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed")
    for pno, it in enumerate(items, 1):
        txt = subprocess.run(["pdftotext", "-f", str(pno), "-l", str(pno), str(pdf), "-"],
                             capture_output=True, text=True, check=True).stdout
        flat = _flat(txt)
        for key, value in it["doc"].fields.items():
            if not value:
                continue
            if key in DATE_KEYS and value != "长期":
                assert any(_flat(f) in flat for f in _date_forms(value)), (it["doc"].kind, key, value)
            elif key not in ("business_scope", "business_items") or len(value) < 60:
                assert _flat(value) in flat, (it["doc"].kind, key, value, flat[:400])


@pytest.mark.skipif(not HAVE_TEX, reason="xelatex / ghostscript not installed (build/setup/debian-packages.txt)")
def test_small_set_is_written_and_deterministic(tmp_path):
    a = gen.generate(tmp_path / "a", 6, 5, workers=1)
    b = gen.generate(tmp_path / "b", 6, 5, workers=1)
    assert a == b
    assert json.loads((tmp_path / "a" / "truth.json").read_text(encoding="utf-8")) == a
    for f in a["files"]:
        pa, pb = tmp_path / "a" / f["file"], tmp_path / "b" / f["file"]
        assert pa.stat().st_size > 10_000
        if not f["file"].endswith(".pdf"):
            assert hashlib.sha256(pa.read_bytes()).digest() == hashlib.sha256(pb.read_bytes()).digest(), f["file"]
    assert gen.params_hash(6, 5) != gen.params_hash(6, 6)
