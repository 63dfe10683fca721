"""Held-out family ZZ's generator (benchmarks/docgen_zz): a 6-file set against the truth contract, determinism,
the default mix, and every drawn character in its face's cmap. Skips with the `make sysdeps` hint when the Rust
toolchain / Debian crates, Irrlicht, ImageJ, iText or Xvfb are missing."""

from __future__ import annotations

import random
import sys
from collections import Counter

import pytest

pytest.importorskip("fontTools")
pytest.importorskip("qrcode")

from benchmarks import docgen_zz as G  # noqa: E402
from tests.benchmarks.truth_keys import check_file, check_reproduced  # noqa: E402

GEN = sys.modules["benchmarks.docgen_zz.generate"]
E = sys.modules["benchmarks.docgen_zz.engines"]


def _need_tools():
    try:
        E.check_tools()
    except E.Missing as exc:
        pytest.skip(f"{exc} (make sysdeps)")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    _need_tools()
    d = tmp_path_factory.mktemp("zz_set")
    truth = G.generate(d, 6, 31)
    return d, truth


@pytest.mark.timeout(600)
def test_contract(small_set):
    d, truth = small_set
    assert truth["params_hash"] == G.params_hash(6, 31)
    assert len(truth["files"]) == 6
    for f in truth["files"]:
        check_file(d, f)
        assert f["capture"] in GEN.CAPTURES
        assert f["formats"] and f["faces"] is not None


@pytest.mark.timeout(600)
def test_reproduced(small_set, tmp_path):
    d, truth = small_set
    plan = G.kinds_for(6, 31)
    check_reproduced(G, plan, d, truth, tmp_path, 3)


def test_default_mix():
    plan = G.kinds_for(150, 4949)
    assert Counter(e["kind"] for e in plan) == Counter(GEN.MIX)
    caps = Counter(e["capture"] for e in plan)
    assert len(caps) >= 8 and set(caps) == set(GEN.CAPTURES), caps
    assert all(e["capture"] != "e_pdf" or e["kind"] in GEN.LICENCES for e in plan)
    assert G.kinds_for(150, 4949) == plan
    assert G.params_hash(150, 4949) != G.params_hash(150, 4950)


def test_glyphs_in_cmap():
    """Every character of every text op is in the cmap of the face file it is drawn with."""
    from benchmarks.docgen_zz import documents as D
    from benchmarks.docgen_zz.layout import face_info

    for kind, build in D.BUILDERS.items():
        for k in range(3):
            pg, truth, _ = build(random.Random(f"glyphs-{kind}-{k}"))
            for op in pg.ops:
                if op["t"] != "text":
                    continue
                cmap = face_info(pg.faces[op["f"]])[2]
                missing = [ch for ch in op["v"] if ch not in " \u3000" and ord(ch) not in cmap]
                assert not missing, (kind, pg.faces[op["f"]], missing)
            for key, v in truth.items():
                assert isinstance(v, str), (kind, key)
