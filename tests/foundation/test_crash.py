"""kill -9 a process that is writing cases in a loop: the store stays intact and no acceptance
number handed out before the crash is lost or handed out again."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.security import dbcrypt
from app.services import cases as svc
from app.services.context import open_context
from app.storage import Actor

WRITER = textwrap.dedent("""
    import sys
    from app.services.context import open_context
    from app.services import cases as svc
    from app.storage import Actor
    ctx = open_context(sys.argv[1])
    actor = Actor("crash-writer", "clerk", "420107-01")
    print("ready", flush=True)
    i = 0
    while True:
        ref = svc.create_case(ctx, "010170001000-02", {"what_changes": "unit_name"}, actor=actor)
        svc.set_fields(ctx, ref.uuid, {"unit_name": f"单位{i}"}, actor=actor)
        svc.add_material_file(ctx, ref.uuid, "M02", f"page-{ref.uuid}".encode() * 2000, actor=actor)
        # a number counts as handed out only once the create transaction has committed
        print(ref.uuid, ref.acceptance_number, flush=True)
        i += 1
""")


@pytest.mark.slow
def test_kill_9_while_writing(tmp_path: Path):
    data = tmp_path / "data"
    rng = random.Random(20261122)
    handed_out: dict[str, str] = {}
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for _round in range(5):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data)], stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.4, 1.2))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2:  # a line cut by the kill is ignored
                uuid, number = parts
                assert number not in handed_out, f"{number} handed out twice"
                handed_out[number] = uuid
    assert len(handed_out) >= 5, "the writer made too few cases to prove anything"

    con = dbcrypt.connect(str(data / "zongchuang.db"))  # the store is SQLCipher-encrypted
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = con.execute("SELECT acceptance_number, uuid FROM cases").fetchall()
    con.close()
    stored = dict(rows)
    assert len(stored) == len(rows), "an acceptance number is stored twice"
    for number, uuid in handed_out.items():
        assert stored.get(number) == uuid, f"{number} was handed out but is not stored with its case"

    ctx = open_context(data)
    try:
        ref = svc.create_case(ctx, "010170001000-02", {"what_changes": "unit_name"}, actor=Actor("after"))
        assert ref.acceptance_number not in stored
        for number, uuid in list(handed_out.items())[:5]:
            doc = svc.case_document(ctx, uuid)
            assert doc.acceptance_number == number
            for m in doc.materials:
                for f in m.files:
                    ctx.store.attachments.get(f.sha256)  # present and matches its hash
    finally:
        ctx.close()
