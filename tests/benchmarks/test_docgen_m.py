"""Family M's generator (benchmarks/docgen_m): its truth is what the SVG draws, its numbers pass the
standards' checks, every glyph is in the face pinned for it, it is deterministic, and a few files
render through librsvg and the captures in seconds."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import cv2
import pytest

from benchmarks.docgen_m import generate, params_hash
from benchmarks.docgen_m.docs import BUILDERS
from benchmarks.docgen_m.generate import cover_target, make_one, plan
from benchmarks.docgen_m.svg import FACES, fontconfig
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok

SEED = 4747
NEEDS_RSVG = pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="librsvg2-bin not installed")


def _docs(n: int = 150, seed: int = SEED):
    for i, kind, cap in plan(n, seed):
        yield i, kind, cap, BUILDERS[kind](random.Random(f"M-{seed}-{i}"))


def _svg_text(xml: str) -> str:
    root = ET.fromstring(xml.encode("utf-8"))
    return "".join(el.text or "" for el in root.iter("{http://www.w3.org/2000/svg}text"))


def _printed_dates(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    return [f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d:%Y.%m.%d}",
            f"{d.year}年{d.month}月{d.day}日"]


def test_plan_has_the_contract_mix_and_each_capture_on_several_files():
    p = plan(150, SEED)
    kinds = [k for _, k, _ in p]
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
        "food_business_license": 20, "other": 20}
    caps = [c for _, _, c in p]
    assert min(caps.count(c) for c in set(caps)) >= 3


def test_truth_is_what_the_svg_prints_and_numbers_pass_their_checks():
    forms, entities = set(), set()
    for i, kind, _, doc in _docs():
        assert set(doc.fields) == KEYS[kind], (i, kind)
        text = _svg_text(doc.svg.xml())
        for key, value in doc.fields.items():
            if not value or value == "长期" and key == "valid_to":
                if value == "长期":
                    assert "长期" in text
                continue
            if key in DATE_KEYS:
                assert any(p in text for p in _printed_dates(value)), (i, key, value)
                continue
            assert value in text, (i, kind, key, value)
        if kind == "id_card_front":
            assert id_ok(doc.fields["id_number"])
            b = doc.fields["id_number"][6:14]
            assert f"{b[:4]}-{b[4:6]}-{b[6:]}" == doc.fields["birth_date"]
            assert (int(doc.fields["id_number"][16]) % 2 == 1) == (doc.fields["sex"] == "男")
        if kind == "id_card_back" and doc.fields["valid_to"] != "长期":
            f, t = (dt.date.fromisoformat(doc.fields[k]) for k in ("valid_from", "valid_to"))
            assert t.year - f.year in (5, 10, 20)
            assert (t.month, t.day) == (f.month, f.day) or (f.month, f.day) == (2, 29)
        if kind == "business_license":
            assert uscc_ok(doc.fields["credit_code"])
            forms.add(doc.variant.split("-")[0])
            entities.add(doc.variant.split("-")[2])
            if "individual" in doc.variant:
                assert doc.fields["registered_capital"] == "" and doc.fields["valid_to"] == ""
        if kind == "food_business_license":
            cc = doc.fields["credit_code"]
            assert uscc_ok(cc) or id_ok(cc)
            assert doc.fields["license_no"][:2] == "JY" and len(doc.fields["license_no"]) == 16
        if kind == "public_health_license":
            assert "卫公证字" in doc.fields["license_no"]
    assert forms == {"正本", "副本"}
    assert {"partnership", "foreign", "individual", "branch"} <= entities


def test_every_covered_capture_has_a_box_to_cover():
    """A pen or a thumb lands on a drawn box on every kind, negatives included (whose fields are none)."""
    for i, kind, cap, doc in _docs():
        if cap in ("pen_cover", "hand_cover"):
            t = cover_target(doc, random.Random(i))
            x0, y0, x1, y1 = doc.svg.boxes[t]
            assert 0 <= x0 < x1 <= doc.svg.w and 0 <= y0 < y1 <= doc.svg.h, (i, kind, t)
    for seed in (1, 2, 3):
        assert any(k == "other" and c == "pen_cover" for _, k, c in plan(150, seed))


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_no_value_is_drawn_under_another_value_or_the_qr_code():
    """A value the truth calls readable is not printed under the QR code or another value (the 副本's
    QR once sat on 成立日期)."""
    for i, kind, _, doc in _docs():
        boxes = {k: b for k, b in doc.svg.boxes.items() if doc.fields.get(k) or k.startswith("_")}
        keys = sorted(boxes)
        for a in keys:
            for b in keys:
                if a < b and {a, b} != {"valid_from", "valid_to"}:
                    assert not _overlap(boxes[a], boxes[b]), (i, kind, a, b)


def test_every_glyph_is_in_its_pinned_face():
    for f in FACES.values():
        assert Path(f.path).exists(), f.path
    for _, _, _, doc in _docs(60, 11):
        doc.svg.check()                  # raises on any character the run's face lacks
    doc = BUILDERS["id_card_front"](random.Random(1))
    doc.svg.text(0, 0, "\u2603", "kaiti", 20)   # a snowman: no CJK face here has it
    with pytest.raises(ValueError):
        doc.svg.check()


def test_deterministic_for_a_seed():
    a = [(d.kind, d.variant, d.fields, d.svg.xml()) for *_, d in _docs(30, 5)]
    b = [(d.kind, d.variant, d.fields, d.svg.xml()) for *_, d in _docs(30, 5)]
    assert a == b
    assert params_hash(150, 5) == params_hash(150, 5) != params_hash(150, 6)


@NEEDS_RSVG
def test_a_small_set_renders_and_covered_values_are_unreadable(tmp_path):
    truth = generate(tmp_path / "set", 2, 21, workers=1)
    assert len(truth["files"]) == 2
    for f in truth["files"]:
        img = cv2.imread(str(tmp_path / "set" / f["file"]))
        assert img is not None and min(img.shape[:2]) > 400
        assert f["faces"] and f["formats"]
    again = generate(tmp_path / "again", 2, 21, workers=1)
    assert again["files"] == truth["files"]
    assert all((tmp_path / "set" / f["file"]).read_bytes() == (tmp_path / "again" / f["file"]).read_bytes()
               for f in truth["files"])
    # a pen over one value: that value (and only what the pen's mask touches) is unreadable
    work, out = tmp_path / "w", tmp_path / "o"
    (out / "svg").mkdir(parents=True)
    fontconfig(work)
    job = next(j for j in plan(150, SEED) if j[2] == "pen_cover")
    e = make_one((*job, SEED, str(out), str(work)))
    target = next(m for m in e["marks"] if m.startswith("covered_")).removeprefix("covered_")
    assert e["fields"][target]["unreadable"]
    assert sum(v["unreadable"] for v in e["fields"].values()) < len(e["fields"])
