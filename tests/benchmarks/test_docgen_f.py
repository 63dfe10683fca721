"""Family F's generator itself (benchmarks/docgen_f): files written, truth in the scorer's format,
same bytes for the same seed, valid check characters and consistent dates, and every truth value
actually drawn on the page (the rows handed to the Qt renderer). The product's OCR is not run here."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from benchmarks import docgen_f  # noqa: E402
from benchmarks.docgen_f.generate import summary  # noqa: E402
from tests.benchmarks.truth_keys import DATE_KEYS, KEYS, id_ok, uscc_ok  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _generate(d: Path) -> dict:
    """Six files drawn in a child process: the generator makes a QGuiApplication, which must not
    become this test session's Qt application (the widget tests after it need a QApplication)."""
    env = {**os.environ, "DOCGEN_F_WORKERS": "1"}
    code = "import sys; from benchmarks import docgen_f; docgen_f.generate(sys.argv[1], 6, 6161)"
    subprocess.run([sys.executable, "-c", code, str(d)], cwd=ROOT, env=env, check=True, timeout=900)
    return json.loads((d / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("famf")
    return d, _generate(d)


def test_files_and_truth_format(made):
    d, truth = made
    assert truth["family"] == "F" and truth["n"] == 6 and truth["seed"] == 6161
    assert truth["params_hash"] == docgen_f.params_hash(6, 6161) != docgen_f.params_hash(7, 6161)
    assert len(truth["files"]) == 6 and len({f["file"] for f in truth["files"]}) == 6
    for f in truth["files"]:
        p = d / f["file"]
        assert p.exists() and p.stat().st_size > 10_000, f["file"]
        head = p.read_bytes()[:8]
        assert head.startswith((b"\xff\xd8", b"\x89PNG", b"%PDF")), f["file"]
        assert set(f["fields"]) == KEYS[f["kind"]], f["file"]
        assert f["capture"] and f["variant"]
        for v in f["fields"].values():
            assert set(v) == {"value", "unreadable"} and isinstance(v["value"], str)
    s = summary(truth)
    assert s["files"] == 6 and sum(s["kinds"].values()) == 6


def test_values_are_valid_and_consistent(made):
    _, truth = made
    for f in truth["files"]:
        v = {k: x["value"] for k, x in f["fields"].items()}
        for k in DATE_KEYS & set(v):
            if v[k] and v[k] != "长期":
                dt.date.fromisoformat(v[k])
        if f["kind"] == "id_card_front":
            assert id_ok(v["id_number"]), v["id_number"]
            assert v["id_number"][6:14] == v["birth_date"].replace("-", "")
            assert (int(v["id_number"][16]) % 2 == 1) == (v["sex"] == "男")
        if f["kind"] == "id_card_back" and v["valid_to"] != "长期":
            a, b = dt.date.fromisoformat(v["valid_from"]), dt.date.fromisoformat(v["valid_to"])
            assert (b.month, b.day) == (a.month, a.day) or (a.month, a.day) == (2, 29)
            assert b.year - a.year in (5, 10, 20)
        if "credit_code" in v:
            assert uscc_ok(v["credit_code"]), v["credit_code"]


def test_every_value_is_drawn(made):
    _, truth = made
    for f in truth["files"]:
        for k, x in f["fields"].items():
            val = x["value"]
            if not val:
                continue
            rows = f["drawn"].get(k)
            assert rows, f"{f['file']} {k} not drawn"
            text = "".join(rows)
            if k in DATE_KEYS and val != "长期":
                y, m, dd = (int(p) for p in val.split("-"))
                nums = [int(n) for n in re.findall(r"\d+", " ".join(rows))]
                assert any(nums[i:i + 3] == [y, m, dd] for i in range(len(nums))), (f["file"], k, val, text)
            elif val == "长期":
                assert "长期" in text, (f["file"], k, text)
            else:
                assert text == val, (f["file"], k, val, text)


def test_same_seed_same_set(made, tmp_path):
    d, truth = made
    again = _generate(tmp_path)
    assert again == truth
    import numpy as np
    from PIL import Image

    # same values and captures; pixels equal up to Qt's glyph-cache antialiasing of turned glyphs
    for f in truth["files"]:
        if f["file"].endswith((".jpg", ".png")):
            a = np.asarray(Image.open(tmp_path / f["file"]).convert("L"), np.float32)
            b = np.asarray(Image.open(d / f["file"]).convert("L"), np.float32)
            assert a.shape == b.shape and float(np.abs(a - b).mean()) < 0.5, f["file"]
