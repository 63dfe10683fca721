"""Family I's generator (benchmarks/docgen_i): the truth is what the Typst source prints, every glyph
is in the face that draws it, check characters are valid, the ID validity rule holds, the files are
real images/PDFs, and a seed always gives the same set."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import json
import random
import re
import shutil
import subprocess
import time
from pathlib import Path

import cv2
import pytest

pytest.importorskip("typst")
pytest.importorskip("fontTools")

from benchmarks.docgen_i import docs as D  # noqa: E402
from benchmarks.docgen_i import values as V  # noqa: E402
from benchmarks.docgen_i.typ import FONT_FILES  # noqa: E402
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok  # noqa: E402

G = importlib.import_module("benchmarks.docgen_i.generate")  # the package re-exports the function `generate`

pytestmark = pytest.mark.skipif(not all(Path(p).exists() for p in FONT_FILES.values()),
                                reason="family I's faces are not installed (build/setup/debian-packages.txt)")
N = 6


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    d = tmp_path_factory.mktemp("fami")
    return d, G.generate(d, N, 77)


def _docs(seeds=range(12)):
    qr = G._qr_png("https://www.gsxt.gov.cn/0")
    for sd in seeds:
        rng = random.Random(sd)
        yield D.id_front(rng, G.ID_FRONT_STYLES[sd % len(G.ID_FRONT_STYLES)])
        yield D.id_back(rng, G.ID_BACK_STYLES[sd % len(G.ID_BACK_STYLES)])
        for k, form in enumerate(sorted(set(G.BL_FORMS))):
            yield D.business_licence(rng, form, "zhengben" if (sd + k) % 2 else "fuben", sd % 3 == 0, qr)
        yield D.health_licence(rng, G.HEALTH_TEMPLATES[sd % len(G.HEALTH_TEMPLATES)])
        yield D.food_licence(rng, "2023" if sd % 2 else "2015", "zhengben" if sd % 3 else "fuben")
        yield D.other_doc(rng, G.OTHER_STYLES[sd % len(G.OTHER_STYLES)])


def _printed_forms(key: str, value: str) -> list[str]:
    if key not in DATE_KEYS or value in ("", "长期"):
        return [value]
    d = dt.date.fromisoformat(value)
    return [V.date_cn(d), V.date_cn(d, pad=False), f"{d:%Y.%m.%d}", f"{d.year}  年  {d.month}  月  {d.day}  日"]


def test_every_true_value_is_printed_in_the_typst_source():
    seen_empty = set()
    for doc in _docs():
        assert set(doc.fields) == KEYS[doc.kind], doc.kind
        for key, value in doc.fields.items():
            if value == "":
                seen_empty.add((doc.kind, key))
                continue
            assert any(f in doc.src for f in _printed_forms(key, value)), (doc.variant, key, value)
    # the forms that print no capital / no term / no trade name give "" (and nothing else does)
    assert ("business_license", "registered_capital") in seen_empty
    assert ("business_license", "name") in seen_empty
    assert ("business_license", "valid_to") in seen_empty
    assert not any(k in ("id_card_front", "id_card_back", "public_health_license", "food_business_license")
                   for k, _ in seen_empty)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")
def test_every_true_value_is_in_the_typeset_page(tmp_path):
    """Typst's own output, read back as text: each true value (wrapped rows joined) is on the page —
    catches markup mistakes that print code instead of the value, or values pushed off the page."""
    r = G.Renderer(tmp_path / "work")
    for i, doc in enumerate(_docs(range(3))):
        src = r.assets(f"d{i}", doc.src, doc.assets) if doc.assets else doc.src
        pdf = tmp_path / f"d{i}.pdf"
        pdf.write_bytes(r.compile(src, "pdf"))
        text = "".join(subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                                      text=True, check=True).stdout.split())
        assert "text(" not in text and "font:" not in text, doc.variant
        for key, value in doc.fields.items():
            if value:
                assert any("".join(f.split()) in text for f in _printed_forms(key, value)), (doc.variant, key, value)


def test_every_drawn_glyph_is_in_its_pinned_face():
    cov = G.Coverage()
    for doc in _docs(range(20)):
        assert cov.missing(doc.texts) == [], doc.variant
    # and the check is not vacuous: a character outside GB 2312 that the 楷 face lacks is reported
    assert cov.missing([("AR PL KaitiM GB", "𠀀")])


def test_numbers_carry_valid_check_characters():
    for doc in _docs(range(20)):
        f = doc.fields
        if doc.kind == "id_card_front":
            assert id_ok(f["id_number"]), f["id_number"]
            assert f["id_number"][6:14] == f["birth_date"].replace("-", "")
            assert (int(f["id_number"][16]) % 2 == 1) == (f["sex"] == "男")
        if "credit_code" in f:
            assert uscc_ok(f["credit_code"]), f["credit_code"]
        if doc.kind == "food_business_license":
            assert re.fullmatch(r"JY[123]\d{13}", f["license_no"]), f["license_no"]


def test_id_validity_follows_the_law():
    rng = random.Random(5)
    for _ in range(300):
        birth = V.date_between(rng, dt.date(1940, 1, 1), dt.date(2008, 12, 31))
        start, end = V.id_validity(rng, birth, D.TODAY)
        age = start.year - birth.year - ((start.month, start.day) < (birth.month, birth.day))
        if end == "长期":
            assert age >= 46
        else:
            years = {5: age < 16, 10: 16 <= age <= 25, 20: 26 <= age <= 45}
            e = dt.date.fromisoformat(end)
            assert years[e.year - start.year] and (e.month, e.day) in ((start.month, start.day), (2, 28))
            assert e > D.TODAY


def test_quotas_scale_and_hold_every_kind():
    assert G.quotas(150) == G.QUOTA
    for n in (6, 12, 40):
        q = G.quotas(n)
        assert sum(q.values()) == n and all(v >= 1 for v in q.values())


def test_small_set_files_and_truth(small_set):
    d, truth = small_set
    assert truth["params_hash"] == G.params_hash(N, 77) != G.params_hash(N, 78)
    assert len(truth["files"]) == N
    on_disk = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    assert on_disk == truth
    for f in truth["files"]:
        p = d / f["file"]
        assert set(f["fields"]) == KEYS[f["kind"]]
        for key, v in f["fields"].items():
            if key in DATE_KEYS and v["value"] not in ("", "长期"):
                dt.date.fromisoformat(v["value"])
        assert f["capture"] and f["variant"] and f["faces"] and f["formats"]
        if p.suffix == ".pdf":
            assert p.read_bytes()[:5] == b"%PDF-"
        else:
            img = cv2.imread(str(p))
            assert img is not None and min(img.shape[:2]) >= 600, f["file"]
            assert img.std() > 5, f["file"]           # something is printed on it


def test_same_seed_same_files(small_set, tmp_path):
    d, truth = small_set
    again = G.generate(tmp_path, N, 77)
    assert again == truth
    for f in truth["files"]:
        a, b = (d / f["file"]).read_bytes(), (tmp_path / f["file"]).read_bytes()
        assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest(), f["file"]


def test_pdf_output_is_byte_stable(tmp_path):
    r = G.Renderer(tmp_path)
    doc = D.other_doc(random.Random(3), "notice")
    first = r.compile(doc.src, "pdf")
    time.sleep(1.1)                                   # Typst would stamp a different creation time
    assert r.compile(doc.src, "pdf") == first


def test_summary_counts(small_set):
    _d, truth = small_set
    s = G.summary(truth)
    assert s["files"] == N and sum(s["kinds"].values()) == N and s["unreadable"] == 0
