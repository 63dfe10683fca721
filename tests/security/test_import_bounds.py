"""Validate before you write (issue 21, high 3 and medium 10): `zongchuang case import` (the real
CLI in a subprocess, peak RSS and time measured) refuses hostile case files with a bilingual
message and leaves nothing behind — no draft case, no attachment file."""

from __future__ import annotations

import copy
import hashlib
import json
import os
from pathlib import Path

import pytest

from tests.conftest import cli_login
from tests.review.conftest import corpus_case
from tests.security.bounded import run_bounded

MAX_SECONDS = 60
HEADROOM_MIB = 150  # over what importing a good file takes (the CLI's own start-up varies by build)
_BASELINE: list[float] = []


@pytest.fixture
def home(tmp_path) -> Path:
    data = tmp_path / "data"
    cli_login(data)
    return data


def _cases(home: Path) -> int:
    from sqlalchemy import func, select

    from app.services.context import open_context
    from app.storage.tables import CaseRow

    ctx = open_context(home)
    try:
        with ctx.store.read() as s:
            return s.execute(select(func.count()).select_from(CaseRow)).scalar_one()
    finally:
        ctx.close()


def _files(home: Path) -> list[Path]:
    return [p for p in (home / "attachments").rglob("*") if p.is_file()] if (home / "attachments").exists() else []


def _import(home: Path, path: Path):
    return run_bounded(["--data-dir", str(home), "case", "import", str(path), "--json"], timeout=MAX_SECONDS * 2)


def _max_mib() -> float:
    return (_BASELINE[0] if _BASELINE else 450.0) + HEADROOM_MIB


def _refused(run, *words: str) -> None:
    assert run.code != 0 and run.code < 100, run.stderr
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert "错误" in run.stderr and "Error" in run.stderr, run.stderr
    for w in words:
        assert w in run.stderr, run.stderr
    assert run.peak_mib < _max_mib() and run.seconds < MAX_SECONDS, (run.peak_mib, _max_mib(), run.seconds)


def _write(folder: Path, text: str, name: str = "case.json") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


def test_a_good_file_imports(home, tmp_path):
    run = _import(home, _write(tmp_path, json.dumps(corpus_case("ib-clean"), ensure_ascii=False)))
    assert run.code == 0, run.stderr
    assert _cases(home) == 1
    _BASELINE[:] = [run.peak_mib]  # the bombs below may take at most HEADROOM_MIB more than this


@pytest.mark.parametrize("where", ["field", "name"])
def test_lone_surrogates_are_refused_before_the_draft(home, tmp_path, where):
    doc = corpus_case("ib-clean")
    if where == "field":
        key = next(iter(doc["fields"]))
        doc["fields"][key] = "SURROGATE"
    else:
        doc["applicant"]["name"] = "SURROGATE"
    text = json.dumps(doc, ensure_ascii=True).replace("SURROGATE", "\\ud800")
    _refused(_import(home, _write(tmp_path, text)), "Unicode")
    assert _cases(home) == 0


@pytest.mark.parametrize(("text", "word"), [
    ('{"a":' * 5000 + "1" + "}" * 5000, "nested"),
    ("[" * 100_000 + "]" * 100_000, "nested"),
    ('{"format": "zongchuang-case/1", "n": 1' + "0" * 100_000 + "}", "invalid value"),
])
def test_structure_bombs_are_refused(home, tmp_path, text, word):
    _refused(_import(home, _write(tmp_path, text)), word)
    assert _cases(home) == 0


def test_oversized_file_is_refused_unread(home, tmp_path):
    path = tmp_path / "case.json"
    with open(path, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB of NULs, costs no disk
    _refused(_import(home, path), "too large")
    assert _cases(home) == 0


def test_a_fifo_is_refused_not_waited_for(home, tmp_path):
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    _refused(_import(home, fifo), "regular file")


def _with_file(tmp_path: Path, rel: str, data: bytes, digest: str | None = None) -> Path:
    doc = copy.deepcopy(corpus_case("ib-clean"))
    m = doc["materials"][0]
    m["files"] = [{"sha256": digest or hashlib.sha256(data).hexdigest(), "page": 1, "media_type": "image/jpeg",
                   "size": len(data), "path": rel}]
    return _write(tmp_path, json.dumps(doc, ensure_ascii=False))


@pytest.mark.parametrize("rel", ["../secret.jpg", "/etc/hostname", "sub/../../secret.jpg", "link.jpg"])
def test_paths_stay_inside_the_import_folder(home, tmp_path, rel):
    folder = tmp_path / "in"
    folder.mkdir()
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"outside the folder " * 100)
    (folder / "link.jpg").symlink_to(secret)
    data = Path(rel).read_bytes() if rel.startswith("/") else secret.read_bytes()
    _refused(_import(home, _with_file(folder, rel, data)), "import folder")
    assert _cases(home) == 0 and _files(home) == []


def test_a_file_that_does_not_match_its_hash_leaves_no_orphan(home, tmp_path):
    good, bad = b"page one " * 500, b"page two " * 500
    (tmp_path / "p2.jpg").write_bytes(bad)
    (tmp_path / "p1.jpg").write_bytes(good)
    doc = copy.deepcopy(corpus_case("ib-clean"))
    doc["materials"][0]["files"] = [
        {"sha256": hashlib.sha256(good).hexdigest(), "page": 1, "path": "p1.jpg"},
        {"sha256": hashlib.sha256(b"something else").hexdigest(), "page": 2, "path": "p2.jpg"}]
    _refused(_import(home, _write(tmp_path, json.dumps(doc, ensure_ascii=False))), "sha256")
    assert _cases(home) == 0 and _files(home) == []  # the good page did not enter the store either
