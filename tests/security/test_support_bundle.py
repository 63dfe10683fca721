"""`zongchuang support-bundle` on an encrypted store (issue 21, medium 9), through the real CLI as
a subprocess: it opens the SQLCipher store as the workstation does (counts by state, no "store
unreadable"), and personal values stored there — planted in a log in free text, where no pattern
would catch a name — are not in the zip in any encoding."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

from tests.security.conftest import (
    PLANTED_ADDRESS,
    PLANTED_ID,
    PLANTED_ID2,
    PLANTED_NAME,
    PLANTED_PHONE,
    needles,
    plant_case,
)

SECRETS = (PLANTED_NAME, PLANTED_ID, PLANTED_ID2, PLANTED_PHONE, PLANTED_ADDRESS)


def test_bundle_opens_the_encrypted_store_and_scrubs_stored_values(ctx, clerk, data_dir, tmp_path):
    plant_case(ctx, clerk)
    ctx.close()
    db = (data_dir / "zongchuang.db").read_bytes()
    assert PLANTED_NAME.encode() not in db and db[:16] != b"SQLite format 3\x00"  # really encrypted
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "zongchuang.log").write_text(
        f"2026-12-01 10:00:01 INFO 受理 申请人{PLANTED_NAME}，住{PLANTED_ADDRESS}\n"
        f"2026-12-01 10:00:02 WARNING card {PLANTED_ID} legal rep {PLANTED_ID2} tel {PLANTED_PHONE}\n"
        f"2026-12-01 10:00:03 ERROR traceback ... '{PLANTED_NAME}' in field value\n", encoding="utf-8")
    (logs / "zongchuang.log.1").write_text(f"old line {PLANTED_NAME}{PLANTED_ID}\n", encoding="utf-8")

    env = {**os.environ, "ZONGCHUANG_LOG_DIR": str(logs), "PYTHONIOENCODING": "utf-8"}
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "app.cli.main", "--data-dir", str(data_dir), "support-bundle",
                          "--out", str(out)], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "could not collect" not in run.stdout, run.stdout
    [bundle] = list(out.glob("zongchuang-support-*.zip"))

    raw = bundle.read_bytes()
    with zipfile.ZipFile(bundle) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    assert {"logs/zongchuang.log", "logs/zongchuang.log.1", "store.json", "manifest.json"} <= set(members)
    for value, forms in needles(SECRETS).items():
        for name, content in members.items():
            assert not any(f in content for f in forms), (value, name)
        assert not any(f in raw for f in forms), value  # nor in the zip's own headers
    store = json.loads(members["store.json"])
    manifest = json.loads(members["manifest.json"])
    assert store["store"] == "ok", store
    assert sum(store["cases_by_state"].values()) == 1 and store["schema_revision"]
    assert "outbox_by_state" in store
    assert manifest["problems"] == [] and manifest["pi_values_scrubbed"] >= 4
    log_text = members["logs/zongchuang.log"].decode("utf-8")
    assert log_text.count("[已隐去]") >= 3 and "受理 申请人" in log_text  # scrubbed, not dropped
