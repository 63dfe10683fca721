"""Family ZW's generator (benchmarks/docgen_zw, held-out OCR family written blind in session 33): a 6-file
set against the truth contract, determinism (a file made alone is byte-identical), the default mix and
captures, and every printed run's characters in its face's cmap. Needs php-cli, php-tcpdf, php-gd, godot3,
Xvfb and poppler-utils (`make sysdeps`); skips otherwise."""

from __future__ import annotations

import importlib
import importlib.util
import random
from collections import Counter
from pathlib import Path

import pytest

G = pytest.importorskip("benchmarks.docgen_zw", reason="family ZW's generator (run from the repository root)")
from benchmarks.docgen_zw import faces  # noqa: E402

gen = importlib.import_module("benchmarks.docgen_zw.generate")  # the module (the package exports its generate())

_spec = importlib.util.spec_from_file_location("truth_keys_zw", Path(__file__).with_name("truth_keys.py"))
TK = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(TK)

MISSING = G.missing_tools()
needs_tools = pytest.mark.skipif(bool(MISSING), reason=f"family ZW needs {MISSING} (`make sysdeps`)")


@pytest.fixture(scope="module")
def six(tmp_path_factory):
    if MISSING:
        pytest.skip(f"family ZW needs {MISSING} (`make sysdeps`)")
    d = tmp_path_factory.mktemp("zw6")
    return d, G.generate(d, 6, 31)


@needs_tools
def test_six_files_keep_the_truth_contract(six):
    d, truth = six
    assert len(truth["files"]) == 6
    assert {f["kind"] for f in truth["files"]} == set(TK.KEYS)
    for f in truth["files"]:
        TK.check_file(d, f)
    assert any(f["file"].endswith(".pdf") and f["capture"] == "epdf" for f in truth["files"])
    assert len({f["capture"] for f in truth["files"]}) >= 5


@needs_tools
def test_a_file_made_alone_is_byte_identical(six, tmp_path):
    d, truth = six
    TK.check_reproduced(G, G.kinds_for(6, 31), d, truth, tmp_path)


def test_default_mix_and_captures():
    plan = G.kinds_for(150, 1616)
    assert Counter(e["kind"] for e in plan) == Counter(gen.MIX_150)
    caps = Counter(e["capture"] for e in plan)
    assert len(caps) >= 8 and set(caps) == set(gen.CAPTURES)
    assert all(e["capture"] != "epdf" or e["kind"] in gen.LICENCES for e in plan)
    assert G.kinds_for(150, 1616) == plan != G.kinds_for(150, 1617)


def _runs(x):
    if isinstance(x, list) and len(x) == 2 and isinstance(x[0], str) and x[1] in faces.FACES:
        yield x
    elif isinstance(x, list):
        for y in x:
            yield from _runs(y)
    elif isinstance(x, dict):
        for y in x.values():
            yield from _runs(y)


@pytest.mark.skipif(bool(faces.missing_faces()), reason="family ZW's faces are missing (`make sysdeps`)")
def test_every_run_is_in_its_faces_cmap():
    pytest.importorskip("fontTools")
    n = 0
    for i, e in enumerate(G.kinds_for(150, 1616)):
        s = gen._spec(i, e, 1616)
        for text, face in list(_runs(s["doc"]["v"])) + list(_runs(s["marks"])):
            assert faces.covers(face, text), (i, face, text)
            n += 1
    assert n > 2000


def test_values_pass_their_checks():
    from benchmarks.docgen_zw import values as V

    r = random.Random(5)
    for _ in range(200):
        p = V.person(r)
        assert TK.id_ok(p["id"]) and p["id"][6:14] == p["birth"].strftime("%Y%m%d")
        assert TK.uscc_ok(V.uscc(r, p["region"][0]))


def test_params_hash_follows_the_sources():
    assert G.params_hash(6, 31) != G.params_hash(6, 32)
    assert len(set(gen.SOURCES)) == len(gen.SOURCES)
    for s in gen.SOURCES:
        assert (gen.HERE / s).exists()
