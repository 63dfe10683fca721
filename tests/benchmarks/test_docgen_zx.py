"""Family ZX's generator (benchmarks/docgen_zx) against the truth contract: a 6-file set, determinism, the
default mix and every drawn character in its face's cmap. Skips when node/npm or pybullet are missing
(`make sysdeps` installs nodejs/npm, `make venv` pybullet)."""

from __future__ import annotations

import random
import sys
from collections import Counter

import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced

R = pytest.importorskip("benchmarks.docgen_zx.runtime")
if R.missing_tool():
    pytest.skip(f"{R.missing_tool()} — run `make sysdeps venv`", allow_module_level=True)

import benchmarks.docgen_zx  # noqa: E402
import benchmarks.docgen_zx.generate  # noqa: E402,F401

G = benchmarks.docgen_zx
GEN = sys.modules["benchmarks.docgen_zx.generate"]


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zx6")
    truth = G.generate(folder, 6, 31)
    return folder, truth


def test_six_files_keep_the_contract(small_set):
    folder, truth = small_set
    assert len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(GEN.MIX)
    for f in truth["files"]:
        check_file(folder, f)
        assert f["capture"] in GEN.CAPTURES
        assert f["faces"] and f["formats"]


def test_reproduced(small_set, tmp_path):
    folder, truth = small_set
    check_reproduced(G, G.kinds_for(6, 31), folder, truth, tmp_path)


def test_default_mix_and_captures():
    plan = G.kinds_for(150, 2727)
    assert Counter(e["kind"] for e in plan) == Counter(GEN.MIX)
    caps = Counter(e["capture"] for e in plan)
    assert len(caps) >= 12, caps
    assert all(e["kind"] in GEN.LICENCES for e in plan if e["capture"] == "e_pdf")
    assert G.kinds_for(150, 2727) == plan


def test_every_drawn_character_is_in_its_face():
    from benchmarks.docgen_zx import layouts as L

    for kind, build in L.BUILDERS.items():
        for s in range(4):
            doc, _, _ = build(random.Random(f"{kind}:{s}"), s)
            for op in doc.ops:
                if op[0] == "text":
                    assert all(ch == " " or R.has(op[1], ch) for ch in op[5]), (kind, op[1], op[5])
                elif op[0] == "glyphs":
                    assert all(R.has(op[1], it[0]) for it in op[4]), (kind, op[1])
