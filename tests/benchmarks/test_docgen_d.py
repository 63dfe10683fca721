"""Family D (held-out, written blind): the generator is deterministic for a seed and its truth is
valid — ID numbers per GB 11643 (python-stdnum, which also checks the county code existed in the
birth year), credit codes per GB 32100, dates ISO, kinds and keys as in docgen_b/FIELDS.md. No OCR."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil

import pytest
from stdnum.cn import ric, uscc

from benchmarks.docgen_d import generate
from benchmarks.docgen_d import values as V
from tests.benchmarks.truth_keys import KEYS


def _digest(d) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir())}


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) not installed")
def test_same_seed_same_files_and_valid_truth(tmp_path):
    a = generate(tmp_path / "a", n=5, seed=5)
    b = generate(tmp_path / "b", n=5, seed=5)
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    c = generate(tmp_path / "c", n=3, seed=6)
    assert json.dumps(c["files"], sort_keys=True) != json.dumps(a["files"], sort_keys=True)
    for entry in a["files"] + c["files"]:
        assert set(entry["fields"]) == KEYS[entry["kind"]], entry["kind"]
        assert (tmp_path / ("a" if entry in a["files"] else "c") / entry["file"]).stat().st_size > 1000
        f = {k: v["value"] for k, v in entry["fields"].items()}
        if "id_number" in f:
            assert ric.is_valid(f["id_number"]) and f["birth_date"] == str(ric.get_birth_date(f["id_number"]))
            assert (int(f["id_number"][16]) % 2 == 1) == (f["sex"] == "男")
        if f.get("credit_code"):
            assert uscc.is_valid(f["credit_code"])
        for key in ("birth_date", "valid_from", "established_date"):
            if f.get(key):
                dt.date.fromisoformat(f[key])
        if f.get("valid_to") not in (None, "", "长期"):
            dt.date.fromisoformat(f["valid_to"])
        for v in entry["fields"].values():       # only a value the capture hid may be unreadable
            assert not v["unreadable"] or (v["value"] and v["hidden_by"] in ("glare", "frame"))


def test_values_are_valid_in_bulk():
    rng = random.Random(3)
    today = dt.date(2026, 11, 20)
    for _ in range(500):
        p = V.person(rng, today)
        assert ric.is_valid(p.id_number) and V.id_valid(p.id_number)
        assert p.valid_to is None or p.valid_from < p.valid_to
        code = V.credit_code(rng, rng.choice(V.REGIONS), kind=rng.choice("12"))
        assert uscc.is_valid(code) and V.uscc_valid(code)
    # a single changed character breaks both check characters
    assert not V.id_valid(p.id_number[:16] + str((int(p.id_number[16]) + 1) % 10) + p.id_number[17])
    assert not V.uscc_valid(code[:-1] + ("0" if code[-1] != "0" else "1"))
    assert V.chinese_amount(1005) == "壹仟零伍" and V.chinese_amount(500) == "伍佰"
