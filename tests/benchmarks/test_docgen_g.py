"""Family G's generator itself (benchmarks/docgen_g): files written, truth in the scorer's format,
the same pictures for the same seed, valid check characters and consistent dates, and every truth
value exactly what was handed to the glyph renderer for that field. The product's OCR is not run."""

from __future__ import annotations

import datetime as dt
import re

import cv2
import numpy as np
import pytest

pytest.importorskip("freetype")

from benchmarks import docgen_g  # noqa: E402
from benchmarks.docgen_g.generate import make_one, schedule, summary  # noqa: E402
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok  # noqa: E402

N, SEED = 6, 7272
DATE_RE = re.compile(r"(\d{4})[年.\-](\d{1,2})[月.\-](\d{1,2})")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("famg")
    return d, docgen_g.generate(d, N, SEED)


def test_files_and_truth_format(made):
    d, truth = made
    assert truth["family"] == "G" and truth["n"] == N and truth["seed"] == SEED
    assert truth["params_hash"] == docgen_g.params_hash(N, SEED) != docgen_g.params_hash(N + 1, SEED)
    assert (d / "truth.json").exists()
    assert [f["kind"] for f in truth["files"]] == schedule(N, SEED)
    assert len({f["kind"] for f in truth["files"]}) >= 4
    for f in truth["files"]:
        img = cv2.imread(str(d / f["file"]))
        assert img is not None and max(img.shape[:2]) <= 4000 and min(img.shape[:2]) >= 600
        assert f["capture"] and isinstance(f["marks"], list) and f["variant"]
        assert set(f["fields"]) == KEYS[f["kind"]], f["file"]
        for key, t in f["fields"].items():
            assert set(t) == {"value", "unreadable"}
            if key in DATE_KEYS and t["value"] not in ("", "长期"):
                dt.date.fromisoformat(t["value"])
    s = summary(truth)
    assert s["files"] == N and sum(s["kinds"].values()) == N


def test_identifiers_and_dates_consistent(made):
    _d, truth = made
    for f in truth["files"]:
        v = {k: t["value"] for k, t in f["fields"].items()}
        if f["kind"] == "id_card_front":
            assert id_ok(v["id_number"])
            assert v["birth_date"].replace("-", "") == v["id_number"][6:14]
            assert v["sex"] == ("男" if int(v["id_number"][16]) % 2 else "女")
        if f["kind"] == "id_card_back":
            frm = dt.date.fromisoformat(v["valid_from"])
            if v["valid_to"] != "长期":
                to = dt.date.fromisoformat(v["valid_to"])
                assert (to.month, to.day) == (frm.month, frm.day) and to.year - frm.year in (5, 10, 20)
        if f["kind"] in ("business_license", "food_business_license"):
            assert uscc_ok(v["credit_code"]), v["credit_code"]
        if f["kind"] == "food_business_license":
            assert re.fullmatch(r"JY\d{14}", v["license_no"])


def test_same_seed_same_pictures():
    kinds = schedule(N, SEED)
    for i in (1, 2):
        a, img_a, _ = make_one(i, kinds[i - 1], SEED)
        b, img_b, _ = make_one(i, kinds[i - 1], SEED)
        assert a == b and np.array_equal(img_a, img_b)
    c, img_c, _ = make_one(1, kinds[0], SEED + 1)
    assert c != a or not np.array_equal(img_c, img_a)


def test_every_value_is_what_was_drawn(made):
    _d, truth = made
    for i, f in enumerate(truth["files"], start=1):
        _entry, _img, doc = make_one(i, f["kind"], SEED)
        drawn: dict[str, list[str]] = {}
        for tag, text, _box in doc.page.log:
            if tag:
                drawn.setdefault(tag, []).append(text)
        for key, t in f["fields"].items():
            want = t["value"]
            pieces = drawn.get(key, [])
            if not want:
                assert not pieces, (f["file"], key)
                continue
            if key in DATE_KEYS:
                text = ".".join(pieces)
                dates = [f"{y}-{int(m):02d}-{int(dd):02d}" for y, m, dd in DATE_RE.findall(text)]
                if want == "长期":
                    assert "长期" in text, (f["file"], key, text)
                else:
                    assert dates and dates[-1] == want, (f["file"], key, text, want)
            else:
                assert "".join(pieces) == want, (f["file"], key, pieces, want)
        if f["kind"] == "other":
            assert not f["fields"]
