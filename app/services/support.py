"""`zongchuang support-bundle`: one redacted zip IT can send for remote diagnosis.

It holds what a remote engineer needs — versions, machine facts, the configuration (hashes of
each layer file plus the effective non-secret settings), the device inventory, counts of cases
and outbox items by state, the database schema revision, and the logs — and nothing personal:

- log lines are redacted again on the way in (ID numbers, mobile numbers, USCC codes by pattern)
  and, when the local store opens, every personal value actually stored there (applicant names,
  ID numbers, phones, addresses and PI form fields) is replaced by ``[已隐去]`` wherever it
  appears, so a name that slipped into a log in free text does not leave the machine;
- paths under the user's home are written as ``~``; the host name and OS user are hashed;
- URLs lose any user:password part; `[security]` settings and secrets never enter the bundle;
- only counts come from the database, never rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import platform
import re
import socket
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REDACTED = "[已隐去]"
LOG_FILE = "zongchuang.log"



def redact_text(text: str) -> str:
    """Pattern redaction through the security layer's `redact` (a workstation never runs without it)."""
    from app.security.redaction import redact

    return redact(text)


def log_dir(data_dir: Path | None = None) -> Path:
    """The folder the log files are written to (`[logging] dir`, ZONGCHUANG_LOG_DIR, or the user log dir)."""
    from app.config import load_config
    from app.logging_setup import log_folder

    try:
        return log_folder(load_config(data_dir).logging.dir)
    except Exception:  # an invalid config: the default place (the bundle reports the config problem)
        return log_folder()
VERSION_PACKAGES = ("PySide6-Essentials", "PySide6-Pdf", "onnxruntime", "rapidocr", "opencv-python-headless", "numpy",
                    "reportlab", "pypdfium2", "SQLAlchemy", "alembic", "sqlcipher3", "keyring", "cryptography", "httpx",
                    "pydantic", "pyserial", "pyscard", "click")


def _short_hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()[:12]


def _versions() -> dict[str, str | None]:
    from importlib.metadata import PackageNotFoundError, version

    from app import __version__

    out: dict[str, str | None] = {"zongchuang": __version__, "python": platform.python_version()}
    for name in VERSION_PACKAGES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def _machine() -> dict[str, Any]:
    return {"os": platform.platform(), "machine": platform.machine(), "libc": " ".join(platform.libc_ver()).strip(),
            "cpus": os.cpu_count(), "frozen": bool(getattr(sys, "frozen", False)),
            "host_sha256_12": _short_hash(socket.gethostname()),
            "user_sha256_12": _short_hash(os.environ.get("USER") or os.environ.get("USERNAME") or "")}


def _strip_url_userinfo(text: str) -> str:
    return re.sub(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/@\s]+@", r"\1", text)


class Scrubber:
    """Redacts free text: pattern-based masking, known stored PI values, home paths, URL userinfo."""

    def __init__(self, known_values: set[str] | None = None) -> None:
        values = sorted({v for v in (known_values or set()) if len(v) >= 2}, key=len, reverse=True)
        self._known = re.compile("|".join(re.escape(v) for v in values)) if values else None
        home = str(Path.home())
        self._home = home if len(home) > 1 else None

    def __call__(self, text: str) -> str:
        if self._known is not None:
            text = self._known.sub(REDACTED, text)
        text = redact_text(text)
        text = _strip_url_userinfo(text)
        if self._home:
            text = text.replace(self._home, "~")
        return text


def _pi_values_of(obj: Any, out: set[str], key: str = "") -> None:
    from app.security.masking import pi_kind

    if isinstance(obj, dict):
        for k, v in obj.items():
            _pi_values_of(v, out, str(k))
    elif isinstance(obj, list):
        for v in obj:
            _pi_values_of(v, out, key)
    elif isinstance(obj, str) and obj.strip() and (pi_kind(key) is not None or key in {"photo", "wlt"}):
        out.add(obj.strip())


def _store_facts(data_dir: Path) -> tuple[dict[str, Any], set[str]]:
    """Counts by state and the schema revision, plus the stored PI values to scrub (never exported)."""
    from sqlalchemy import func, select

    from app.storage import migrate, open_store
    from app.storage.store import DB_NAME
    from app.storage.tables import CaseRow, FieldRow, OutboxRow

    if not (data_dir / DB_NAME).exists():
        return {"store": "absent"}, set()
    from app.bootstrap import switch_security_on

    switch_security_on()  # the store is opened as the workstation opens it (SQLCipher)
    store = open_store(data_dir)
    known: set[str] = set()
    try:
        with store.sessions() as session:
            cases = dict(session.execute(select(CaseRow.state, func.count()).group_by(CaseRow.state)).all())
            outbox = dict(session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state)).all())
            for applicant, card in session.execute(select(CaseRow.applicant, CaseRow.card_read)):
                _pi_values_of(applicant or {}, known, "")
                _pi_values_of(card or {}, known, "")
            for key, value in session.execute(select(FieldRow.key, FieldRow.value)):
                if value:
                    _pi_values_of({key: value}, known)
        revision = migrate.current_revision(store.engine)
    finally:
        store.close()
    return {"store": "ok", "schema_revision": revision, "cases_by_state": cases, "outbox_by_state": outbox}, known


def _config_facts(data_dir: Path, scrub: Callable[[str], str]) -> dict[str, Any]:
    from app.config import config_hash as file_hash
    from app.config import load_config, read_layers

    layers = [{"layer": la.name, "path": scrub(str(la.path)) if la.path else None, "exists": la.exists,
               "sha256": file_hash(la.path)} for la in read_layers(data_dir)]
    try:
        cfg = load_config(data_dir).model_dump(mode="json", exclude={"security"})
        effective: Any = json.loads(scrub(json.dumps(cfg, ensure_ascii=False)))
        effective.pop("security", None)
    except Exception as exc:  # an invalid config is exactly what IT needs to see
        effective = {"error": scrub(str(exc))}
    return {"layers": layers, "effective": effective}


def _log_files(data_dir: Path | None = None) -> list[Path]:
    folder = log_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.startswith(LOG_FILE))


def write_support_bundle(data_dir: Path, out: Path | None = None, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """Write the archive; returns its path and a summary of what went in."""
    now = now or dt.datetime.now(dt.UTC)
    problems: list[str] = []
    try:
        store_facts, known = _store_facts(data_dir)
    except Exception as exc:
        store_facts, known = {"store": "unreadable", "error": f"{type(exc).__name__}"}, set()
        problems.append("store")
    scrub = Scrubber(known)
    config = _config_facts(data_dir, scrub)
    try:
        from app.bootstrap import probe_devices

        devices: Any = json.loads(scrub(json.dumps(probe_devices(), ensure_ascii=False, default=str)))
    except Exception as exc:
        devices = {"error": scrub(f"{type(exc).__name__}: {exc}")}
        problems.append("devices")
    manifest = {"format": "zongchuang-support/1", "created_at": now.isoformat(timespec="seconds"),
                "versions": _versions(), "machine": _machine(), "data_dir": scrub(str(data_dir)),
                "pi_values_scrubbed": len(known), "problems": problems}
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = out or Path.cwd() / f"zongchuang-support-{stamp}.zip"
    if target.is_dir() or target.suffix.lower() != ".zip":  # a folder (existing or to create)
        target = target / f"zongchuang-support-{stamp}.zip"
    logs = _log_files(data_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        zf.writestr("config.json", json.dumps(config, ensure_ascii=False, indent=2))
        zf.writestr("devices.json", json.dumps(devices, ensure_ascii=False, indent=2, default=str))
        zf.writestr("store.json", json.dumps(store_facts, ensure_ascii=False, indent=2, default=str))
        for path in logs:
            buf = io.StringIO()
            with open(path, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    buf.write(scrub(line))
            zf.writestr(f"logs/{path.name}", buf.getvalue())
    os.replace(tmp, target)
    return {"path": str(target), "logs": len(logs), "pi_values_scrubbed": len(known), "problems": problems}
