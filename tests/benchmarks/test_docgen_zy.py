"""Held-out family ZY's generator (benchmarks/docgen_zy): a 6-file set against the truth contract,
determinism, the default mix, and every drawn run of text in its face's cmap. Skips (with the `make`
hint) where fpc, LÖVE, Xvfb, poppler, Perl Imager or the CJK faces are missing."""

from __future__ import annotations

import importlib
from collections import Counter

import pytest

pytest.importorskip("fontTools", reason="fonttools missing: make venv")

from benchmarks import docgen_zy as G  # noqa: E402
from benchmarks.docgen_zy import faces as FA  # noqa: E402
from tests.benchmarks.truth_keys import check_file, check_reproduced  # noqa: E402

GEN = importlib.import_module("benchmarks.docgen_zy.generate")  # the module (the package exports its function)


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    try:
        GEN.check_tools()
    except GEN.ToolMissing as exc:
        pytest.skip(f"{exc}")
    d = tmp_path_factory.mktemp("zy")
    return d, G.generate(d, 6, 31)


def test_truth_contract(small_set):
    d, truth = small_set
    assert truth["family"] == "ZY" and len(truth["files"]) == 6
    for f in truth["files"]:
        check_file(d, f)
        assert f["capture"] in GEN.CAPTURES


def test_deterministic(small_set, tmp_path):
    d, truth = small_set
    check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_default_mix():
    plan = G.kinds_for(150, 3838)
    assert Counter(e["kind"] for e in plan) == Counter(GEN.MIX)
    caps = Counter(e["capture"] for e in plan)
    assert len(caps) >= 8 and set(caps) == set(GEN.CAPTURES)
    assert all(e["capture"] not in ("fax", "e_pdf") for e in plan if e["kind"].startswith("id_card"))
    assert G.kinds_for(150, 3838) == plan


def test_every_glyph_in_its_face():
    if FA.missing():
        pytest.skip("CJK faces missing: make sysdeps")
    plan = G.kinds_for(40, 3838)
    text_ops = {"T": 7, "C": 7, "SP": 7, "W": 9, "HT": 7, "ARC": 8}
    face_at = {"T": 2, "C": 2, "SP": 2, "W": 2, "HT": 2, "ARC": 1}
    seen = 0
    for i, e in enumerate(plan):
        _, p, _, _ = GEN._build(i, e, 3838)
        for op in p.ops:
            a = op.split("\t")
            if a[0] in text_ops:
                assert FA.covers(int(a[face_at[a[0]]]), a[text_ops[a[0]]]), op
                seen += 1
    assert seen > 500
