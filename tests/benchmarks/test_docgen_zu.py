"""Held-out OCR family ZU's generator (benchmarks/docgen_zu): a 6-file set against the truth contract
(tests/benchmarks/truth_keys.py), glyph checks in the Perl page program, determinism, and the
`unreadable` logic. Skips when Perl's PDF::API2, Ghostscript or JAX is missing."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

from tests.benchmarks import truth_keys as TK

jax = pytest.importorskip("jax", reason="JAX (family ZU's captures) not installed: make venv")
if shutil.which("gs") is None or shutil.which("perl") is None:
    pytest.skip("Ghostscript or Perl missing: make sysdeps", allow_module_level=True)
if subprocess.run(["perl", "-MPDF::API2", "-e", "1"], capture_output=True).returncode != 0:
    pytest.skip("Perl's PDF::API2 (libpdf-api2-perl) missing: make sysdeps", allow_module_level=True)

from benchmarks import docgen_zu as G  # noqa: E402
from benchmarks.docgen_zu import capture as CP  # noqa: E402
from benchmarks.docgen_zu import pages as PG  # noqa: E402


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    d = tmp_path_factory.mktemp("zu")
    return d, G.generate(d, 6, 31)


def test_truth_contract(small_set):
    d, truth = small_set
    assert truth["family"] == "ZU" and len(truth["files"]) == 6
    for f in truth["files"]:
        TK.check_file(d, f)
    kinds = {f["kind"] for f in truth["files"]}
    assert {"id_card_front", "business_license", "other"} <= kinds
    for f in truth["files"]:
        if f["kind"] == "other":
            assert f["fields"] == {}
        if f["kind"] == "business_license" and f["variant"].endswith("sole"):
            assert f["fields"]["registered_capital"]["value"] == "" and f["fields"]["valid_to"]["value"] == ""


def test_deterministic(small_set, tmp_path):
    d, truth = small_set
    TK.check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_default_mix():
    plan = G.kinds_for(150, 8484)
    count = {}
    for e in plan:
        count[e["kind"]] = count.get(e["kind"], 0) + 1
    assert count == {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
                     "food_business_license": 20, "other": 20}
    assert len({e["capture"] for e in plan}) >= 8


def test_missing_glyph_raises(tmp_path):
    perl = PG.Perl()
    try:
        with pytest.raises(RuntimeError, match="missing glyph"):
            perl.page("x", 50, 50, [PG.T(5, 10, "营业执照\U0002A6A5", "song", 10)])  # an Extension B character
        with pytest.raises(RuntimeError, match="missing glyph"):
            perl.page("x", 50, 50, [{**PG.T(5, 10, "2026", "hei", 10), "fa": None}])  # the sans face has no digits
        page, boxes = perl.page("y", 60, 30, [PG.T(5, 10, "名称ABC123", "hei", 10, field="name")])
        assert page == 1 and len(boxes["name"]) == 1
        x0, y0, x1, y1 = boxes["name"][0]
        assert 5 <= x0 < x1 < 60 and y0 < 10 < y1
    finally:
        perl.close()


def test_unreadable_logic():
    def to_px(xs, ys):  # 10 px per mm, page origin at pixel (100, 50)
        return 100 + 10 * np.asarray(xs), 50 + 10 * np.asarray(ys), np.ones(np.shape(xs))

    shape = (400, 600)
    cover = np.zeros(shape, bool)
    assert CP.visible([[10, 10, 30, 14]], to_px, shape, cover)
    assert not CP.visible([[10, 10, 60, 14]], to_px, shape, cover)  # runs past the frame's right edge
    assert not CP.visible([[10, 10, 30, 14], [10, 40, 30, 44]], to_px, shape, cover)  # second line cut off below
    cover[150:170, 250:300] = True  # a thumb over part of the first line
    assert not CP.visible([[10, 10, 30, 14]], to_px, shape, cover)
    assert CP.visible([[10, 20, 30, 24]], to_px, shape, cover)


def test_photo_truth_follows_the_frame(small_set):
    """A file whose truth marks a field unreadable has a photo/scan capture (never an e-licence), and
    fields with no printed value are never unreadable."""
    _, truth = small_set
    for f in truth["files"]:
        for t in f["fields"].values():
            if t["value"] == "":
                assert not t["unreadable"]
            if t["unreadable"]:
                assert f["capture"] != "elicense"
