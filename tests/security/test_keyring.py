"""Where the data key lives: a real Secret Service (gnome-keyring in a private D-Bus session) and
a machine with no keyring backend at all (the passphrase-wrapped path). Each runs in a child
process so the environment is exactly what a workstation would have."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.security import keys
from app.services import cases as svc
from app.services.context import open_context
from tests.security.conftest import PLANTED_ID, grep_tree

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from app.security import keys
    from app.security.secrets import SecretVault
    from app.services.context import open_context
    from app.storage import Actor
    from tests.security.conftest import plant_case

    data = Path(sys.argv[1])
    ctx = open_context(data)
    uuid, _ = plant_case(ctx, Actor("clerk01", "clerk", "420107-01"))
    ctx.close()
    keys.forget(data)                       # read the key back from where it is kept
    ctx = open_context(data)
    from app.services import cases as svc
    doc = svc.case_document(ctx, uuid)
    page = ctx.store.attachments.get(doc.materials[0].files[0].sha256 if doc.materials[0].files
                                     else [f for m in doc.materials for f in m.files][0].sha256)
    ctx.close()
    vault = SecretVault(data)
    vault.set("zongchuang-platform", "token", "tok-SECRET-123")
    import keyring
    print(json.dumps({"describe": keys.describe(data), "backend": type(keyring.get_keyring()).__module__,
                      "uuid": uuid, "id": doc.applicant.id_number, "page": len(page),
                      "token": vault.get("zongchuang-platform", "token")}))
""")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"ZONGCHUANG_KEYRING", "ZONGCHUANG_KEY_PASSPHRASE", "DBUS_SESSION_BUS_ADDRESS",
                        "PYTHON_KEYRING_BACKEND"}}
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, exist_ok=True)
    os.chmod(home / "run", 0o700)
    env.update({"PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
                "XDG_RUNTIME_DIR": str(home / "run"), "XDG_CONFIG_HOME": str(home / "config"),
                "ZONGCHUANG_KEY_PASSPHRASE_FILE": str(tmp_path / "no-such-file")})
    env.update(extra)
    return env


def _run_child(cmd: list[str], env: dict[str, str]) -> dict:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _secret_service_cmd(tmp_path: Path, data: Path) -> list[str]:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian packages dbus-daemon, gnome-keyring)")
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    inner = ('eval "$(printf unlock-pw | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null; '
             f'exec {sys.executable} {script} {data}')
    return ["dbus-run-session", "--", "sh", "-c", inner]


def test_key_in_secret_service(tmp_path):
    data = tmp_path / "data"
    out = _run_child(_secret_service_cmd(tmp_path, data), _env(tmp_path))
    assert out["backend"].endswith("SecretService")
    assert out["describe"]["store"] == "keyring" and not out["describe"]["escrow"]
    assert out["id"] == PLANTED_ID and out["page"] > 0 and out["token"] == "tok-SECRET-123"
    meta = json.loads((data / "keys" / "keystore.json").read_text())
    assert "wrapped" not in meta  # nothing but the key id on disk
    assert grep_tree(data) == {} and not grep_tree(data, ("tok-SECRET-123",))
    # without that keyring (this process has none) the data cannot be opened
    keys.forget(data)
    with pytest.raises(keys.NoKeySource, match="密钥环"):
        open_context(data)


def test_keyring_with_passphrase_escrow(tmp_path):
    data = tmp_path / "data"
    out = _run_child(_secret_service_cmd(tmp_path, data), _env(tmp_path, ZONGCHUANG_KEY_PASSPHRASE="escrow-pass"))
    assert out["describe"]["store"] == "keyring" and out["describe"]["escrow"]
    keys.forget(data)
    os.environ["ZONGCHUANG_KEY_PASSPHRASE"], old = "escrow-pass", os.environ["ZONGCHUANG_KEY_PASSPHRASE"]
    try:  # the OS profile is gone, IT restores from the passphrase-wrapped escrow copy
        ctx = open_context(data)
        try:
            assert svc.case_document(ctx, out["uuid"]).applicant.id_number == PLANTED_ID
        finally:
            ctx.close()
    finally:
        os.environ["ZONGCHUANG_KEY_PASSPHRASE"] = old
        keys.forget(data)


def test_no_keyring_backend_uses_passphrase_wrapping(tmp_path):
    data = tmp_path / "data"
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = _env(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", ZONGCHUANG_KEY_PASSPHRASE="headless-pass")
    out = _run_child([sys.executable, str(script), str(data)], env)
    assert out["backend"] == "keyring.backends.fail"
    assert out["describe"]["store"] == "passphrase" and out["token"] == "tok-SECRET-123"
    meta = json.loads((data / "keys" / "keystore.json").read_text())
    assert meta["wrapped"]["kdf"] == "scrypt" and meta["wrapped"]["n"] >= 2**15
    raw = (data / "keys" / "keystore.json").read_bytes() + (data / "keys" / "vault.json").read_bytes()
    assert b"tok-SECRET-123" not in raw
    assert grep_tree(data) == {}
    # no passphrase and no keyring: a clear error, and no console prompt (stdin closed)
    env.pop("ZONGCHUANG_KEY_PASSPHRASE")
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", "--data-dir", str(data), "case", "list"],
                          env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert proc.returncode != 0 and "ZONGCHUANG_KEY_PASSPHRASE" in proc.stderr
