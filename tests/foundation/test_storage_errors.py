"""A read-only or full data directory gives a clear error and nothing half-written."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pytest

from app.errors import StorageError
from app.security import dbcrypt
from app.services import cases as svc
from app.services.context import open_context
from app.storage import Actor

ACTOR = Actor("clerk01")


@contextmanager
def tmpfs(path: Path, size: str, *, readonly: bool = False) -> Iterator[Path]:
    """A real size-limited (or read-only) filesystem at `path` for the test; skips without root."""
    path.mkdir(parents=True, exist_ok=True)
    opts = f"size={size}" + (",ro" if readonly else "")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(path)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.strip()}); needs root")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def test_read_only_data_dir(tmp_path):
    target = tmp_path / "ro"
    if os.geteuid() != 0:
        target.mkdir()
        target.chmod(0o500)
    with tmpfs(target, "1m", readonly=True) if os.geteuid() == 0 else nullcontext(target):
        with pytest.raises(StorageError) as e:
            open_context(target / "data")
        assert "不可写" in e.value.message_zh


def test_store_becoming_read_only_keeps_data(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("remounting read-only needs root")
    mnt = tmp_path / "mnt"
    with tmpfs(mnt, "8m"):
        ctx = open_context(mnt / "data")
        ref = svc.create_case(ctx, "010170001000-02", {"what_changes": "unit_name"}, actor=ACTOR)
        ctx.close()
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        with pytest.raises(StorageError):
            ctx2 = open_context(mnt / "data")
            try:
                svc.create_case(ctx2, "010170001000-02", {"what_changes": "unit_name"}, actor=ACTOR)
            finally:
                ctx2.close()
        subprocess.run(["mount", "-o", "remount,rw", str(mnt)], check=True)
        ctx3 = open_context(mnt / "data")
        try:
            assert [c.uuid for c in svc.list_cases(ctx3)] == [ref.uuid]
        finally:
            ctx3.close()


def test_full_disk_writes_nothing_half(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("a size-limited tmpfs needs root")
    mnt = tmp_path / "small"
    with tmpfs(mnt, "4m"):
        ctx = open_context(mnt / "data")
        first = svc.create_case(ctx, "010170001000-02", {"what_changes": "unit_name"}, actor=ACTOR)
        filler = mnt / "filler.bin"
        with open(filler, "wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        with pytest.raises((StorageError, OSError)):
            for _ in range(50):
                svc.add_material_file(ctx, first.uuid, "M02", os.urandom(256 * 1024), actor=ACTOR)
                svc.create_case(ctx, "010170001000-02", {"what_changes": "unit_name"}, actor=ACTOR)
        ctx.close()
        filler.unlink()
        con = dbcrypt.connect(str(mnt / "data" / "zongchuang.db"))  # the store is SQLCipher-encrypted
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
        ctx = open_context(mnt / "data")
        try:
            docs = [svc.case_document(ctx, c.uuid) for c in svc.list_cases(ctx)]
            assert first.uuid in {d.uuid for d in docs}
            for d in docs:  # every stored attachment row points at a whole file
                for m in d.materials:
                    for f in m.files:
                        ctx.store.attachments.get(f.sha256)
        finally:
            ctx.close()


def test_cli_read_only_is_clear(tmp_path):
    import sys

    if os.geteuid() != 0:
        pytest.skip("needs root for a read-only mount")
    target = tmp_path / "ro2"
    with tmpfs(target, "1m", readonly=True):
        env = {**os.environ, "ZONGCHUANG_HOME": str(target / "d"), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        proc = subprocess.run([sys.executable, "-m", "app.cli.main", "case", "list"], capture_output=True, text=True,
                              env=env, timeout=60)
        assert proc.returncode == 4
        assert "不可写" in proc.stderr and "not writable" in proc.stderr
