"""The data directory's secret keys and where they are kept.

One random key bundle per data directory: the SQLCipher key, the attachment keys (versioned, for
rotation), the audit HMAC key and the vault key for other secrets. The bundle is never written in
plaintext. It lives in:

1. the OS keyring (`keyring`: Windows Credential Manager, Secret Service on UOS/Kylin desktops),
   under service ``zongchuang`` and user ``datakey:<key id>``; or
2. where no keyring backend works (headless Linux: `NoKeyringError`), wrapped (AES-256-GCM) under
   a key derived with scrypt from a passphrase. The passphrase comes from, in order:
   ``ZONGCHUANG_KEY_PASSPHRASE`` (automation, CI, tests), the file named by
   ``ZONGCHUANG_KEY_PASSPHRASE_FILE``, or the system file IT creates at install with
   ``zongchuang security init --passphrase-file`` (default ``/etc/zongchuang/key-passphrase``,
   mode 0600, outside the data directory). Nothing ever prompts on a console.

When a passphrase is configured the bundle is also kept wrapped next to the keyring copy (an
escrow that IT can restore from if the OS profile is lost). Non-secret metadata (key id, where
the key is, the wrapped blob) is ``keys/keystore.json`` in the data directory.
"""

from __future__ import annotations

import base64
import json
import os
import secrets as pysecrets
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.config import env_value
from app.errors import StorageError
from app.security.crypto import passphrase_kek, unwrap, wrap

SERVICE = "zongchuang"
KEYSTORE_FILE = Path("keys") / "keystore.json"
SYSTEM_PASSPHRASE_FILE = (Path(os.environ.get("PROGRAMDATA", "C:/ProgramData")) / "zongchuang" / "key-passphrase"
                          if os.name == "nt" else Path("/etc/zongchuang/key-passphrase"))


class NoKeySource(StorageError):
    """Neither a keyring backend nor a key passphrase is available."""


@dataclass
class KeyBundle:
    db: bytes
    audit: bytes
    vault: bytes
    files: dict[int, bytes]
    files_current: int = 1
    db_next: bytes | None = None  # set only while a rotation is in progress
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def generate(cls) -> KeyBundle:
        return cls(db=os.urandom(32), audit=os.urandom(32), vault=os.urandom(32), files={1: os.urandom(32)})

    def to_bytes(self) -> bytes:
        doc = {"v": 1, "db": self.db.hex(), "audit": self.audit.hex(), "vault": self.vault.hex(),
               "files": {str(k): v.hex() for k, v in self.files.items()}, "files_current": self.files_current,
               "db_next": self.db_next.hex() if self.db_next else None}
        return json.dumps(doc, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyBundle:
        doc = json.loads(raw)
        return cls(db=bytes.fromhex(doc["db"]), audit=bytes.fromhex(doc["audit"]), vault=bytes.fromhex(doc["vault"]),
                   files={int(k): bytes.fromhex(v) for k, v in doc["files"].items()},
                   files_current=int(doc["files_current"]),
                   db_next=bytes.fromhex(doc["db_next"]) if doc.get("db_next") else None)


# -- sources -----------------------------------------------------------------------------------------

def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode())


def configured_passphrase() -> str | None:
    """The key passphrase for headless machines, or None. Never asks anyone."""
    value = env_value("ZONGCHUANG_KEY_PASSPHRASE")
    if value:
        return value
    named = env_value("ZONGCHUANG_KEY_PASSPHRASE_FILE")
    for path in ([Path(named)] if named else []) + [SYSTEM_PASSPHRASE_FILE]:
        try:
            text = path.read_text(encoding="utf-8").strip()
        except OSError:
            continue
        if text:
            return text
    return None


def keyring_usable() -> bool:
    """True when an OS keyring backend answers (False on headless Linux or when disabled by
    ``ZONGCHUANG_KEYRING=none``, which the test suite sets so it never touches a real keyring)."""
    if env_value("ZONGCHUANG_KEYRING", "").lower() in {"none", "off", "0"}:
        return False
    try:
        import keyring

        keyring.get_password(SERVICE, "probe")  # NoKeyringError / D-Bus errors when there is none
        return True
    except Exception:
        return False


def _keyring_get(name: str) -> str | None:
    import keyring

    return keyring.get_password(SERVICE, name)


def _keyring_set(name: str, value: str) -> None:
    import keyring

    keyring.set_password(SERVICE, name, value)


def _keyring_delete(name: str) -> None:
    import keyring

    try:
        keyring.delete_password(SERVICE, name)
    except Exception:
        pass


def key_source() -> str | None:
    """Where a new key would be kept: "keyring", "passphrase" or None."""
    if keyring_usable():
        return "keyring"
    if configured_passphrase():
        return "passphrase"
    return None


# -- the keystore file ---------------------------------------------------------------------------------

_lock = threading.RLock()
_cache: dict[str, KeyBundle] = {}


def _meta_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEYSTORE_FILE


def _read_meta(data_dir: Path) -> dict[str, Any] | None:
    path = _meta_path(data_dir)
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StorageError(f"密钥信息文件损坏：{path}（{exc}）", f"the keystore file is damaged: {path} ({exc})") from None


class _LostRace(Exception):
    """Another process created this data directory's key first."""


def _write_meta(data_dir: Path, meta: dict[str, Any], *, exclusive: bool = False) -> None:
    """Write keystore.json atomically; `exclusive` (a new key) fails if another process won."""
    path = _meta_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".keystore-{uuid.uuid4().hex}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(meta, fh, indent=2, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    if os.name != "nt":
        os.chmod(tmp, 0o600)
    if exclusive:
        try:
            os.link(tmp, path)  # atomic create-if-absent
        except FileExistsError:
            raise _LostRace() from None
        finally:
            tmp.unlink(missing_ok=True)
    else:
        os.replace(tmp, path)


def _no_source_error() -> NoKeySource:
    return NoKeySource(
        "没有可用的密钥保管方式：系统密钥环不可用，也没有配置密钥口令，数据不能以明文保存",
        "no place to keep the data key: no OS keyring backend and no key passphrase configured; data is never stored in plaintext",
        hint_zh="桌面环境请解锁系统密钥环；无桌面的机器请由运维执行 zongchuang security init --passphrase-file，"
                "或设置环境变量 ZONGCHUANG_KEY_PASSPHRASE",
        hint_en="unlock the desktop keyring; on a headless machine IT runs `zongchuang security init --passphrase-file`, "
                "or set ZONGCHUANG_KEY_PASSPHRASE")


def _aad(key_id: str) -> bytes:
    return f"zongchuang-keystore:{key_id}".encode()


def _wrapped(bundle: KeyBundle, key_id: str, passphrase: str) -> dict[str, Any]:
    salt = _process_salt(passphrase)
    kek = passphrase_kek(passphrase, salt)
    nonce, blob = wrap(kek, bundle.to_bytes(), _aad(key_id))
    from app.security.crypto import SCRYPT_N, SCRYPT_P, SCRYPT_R

    return {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt),
            "nonce": _b64(nonce), "blob": _b64(blob), "cipher": "aes-256-gcm"}


_salts: dict[str, bytes] = {}


def _process_salt(passphrase: str) -> bytes:
    """One random salt per passphrase per process: rewrapping (rotation, many data folders in the
    test suite) costs one scrypt, not one per write."""
    import hashlib

    ident = hashlib.sha256(passphrase.encode()).hexdigest()
    if ident not in _salts:
        _salts[ident] = os.urandom(16)
    return _salts[ident]


def _unwrap_meta(meta: dict[str, Any], passphrase: str) -> KeyBundle:
    w = meta["wrapped"]
    kek = passphrase_kek(passphrase, _unb64(w["salt"]), int(w["n"]), int(w["r"]), int(w["p"]))
    return KeyBundle.from_bytes(unwrap(kek, _unb64(w["nonce"]), _unb64(w["blob"]), _aad(meta["key_id"])))


def _store_bundle(data_dir: Path, bundle: KeyBundle, meta: dict[str, Any] | None) -> dict[str, Any]:
    new = meta is None
    meta = dict(meta or {"version": 1, "key_id": str(uuid.uuid4())})
    source = meta.get("store") or key_source()
    if source is None:
        raise _no_source_error()
    passphrase = configured_passphrase()
    if source == "keyring":
        if not keyring_usable():
            raise _keyring_gone(meta)
        _keyring_set(f"datakey:{meta['key_id']}", _b64(bundle.to_bytes()))
    elif not passphrase:
        raise _no_passphrase(meta)
    meta["store"] = source
    if passphrase:
        meta["wrapped"] = _wrapped(bundle, meta["key_id"], passphrase)
    else:
        meta.pop("wrapped", None)
    try:
        _write_meta(data_dir, meta, exclusive=new)
    except _LostRace:
        if source == "keyring":
            _keyring_delete(f"datakey:{meta['key_id']}")
        raise
    return meta


def _keyring_gone(meta: dict[str, Any]) -> StorageError:
    return NoKeySource(f"本数据目录的密钥保存在系统密钥环（{meta['key_id'][:8]}），但密钥环当前不可用",
                       f"this data directory's key is in the OS keyring ({meta['key_id'][:8]}) but the keyring is unavailable",
                       hint_zh="请登录桌面并解锁密钥环；或配置密钥口令以使用托管副本",
                       hint_en="log in to the desktop and unlock the keyring, or configure the key passphrase to use the escrow copy")


def _no_passphrase(meta: dict[str, Any]) -> StorageError:
    return NoKeySource("本数据目录的密钥由口令保护，但没有配置密钥口令",
                       "this data directory's key is passphrase-wrapped but no key passphrase is configured",
                       hint_zh="请设置 ZONGCHUANG_KEY_PASSPHRASE 或口令文件（见 docs/security.md）",
                       hint_en="set ZONGCHUANG_KEY_PASSPHRASE or the passphrase file (see docs/security.md)")


def load_keys(data_dir: Path, *, create: bool = True) -> KeyBundle:
    """The data directory's key bundle, created (random) on first use."""
    ident = str(Path(data_dir).resolve())
    with _lock:
        if ident in _cache:
            return _cache[ident]
        meta = _read_meta(Path(data_dir))
        if meta is None:
            if not create:
                raise NoKeySource("本数据目录还没有密钥", "this data directory has no key yet")
            bundle = KeyBundle.generate()
            try:
                _store_bundle(Path(data_dir), bundle, None)
            except _LostRace:  # another process made the key a moment ago: use theirs
                bundle = _load_existing(_read_meta(Path(data_dir)) or {})
        else:
            bundle = _load_existing(meta)
        _cache[ident] = bundle
        return bundle


def _load_existing(meta: dict[str, Any]) -> KeyBundle:
    if meta.get("store") == "keyring" and keyring_usable():
        raw = _keyring_get(f"datakey:{meta['key_id']}")
        if raw:
            return KeyBundle.from_bytes(_unb64(raw))
    passphrase = configured_passphrase()
    if meta.get("wrapped") and passphrase:
        return _unwrap_meta(meta, passphrase)
    if meta.get("store") == "keyring":
        raise _keyring_gone(meta)
    raise _no_passphrase(meta)


def save_keys(data_dir: Path, bundle: KeyBundle) -> None:
    """Replace the stored bundle (rotation); the cache follows."""
    with _lock:
        _store_bundle(Path(data_dir), bundle, _read_meta(Path(data_dir)))
        _cache[str(Path(data_dir).resolve())] = bundle


def forget(data_dir: Path) -> None:
    """Drop the in-memory copy (after lock/logout the next open reads the store again)."""
    with _lock:
        _cache.pop(str(Path(data_dir).resolve()), None)


def describe(data_dir: Path) -> dict[str, Any]:
    meta = _read_meta(Path(data_dir)) or {}
    return {"key_id": meta.get("key_id"), "store": meta.get("store"), "escrow": bool(meta.get("wrapped")),
            "keyring_usable": keyring_usable(), "passphrase_configured": configured_passphrase() is not None}


def new_passphrase() -> str:
    return pysecrets.token_urlsafe(32)


def ensure_demo_key_source(data_dir: Path) -> str | None:
    """For the scripted demo only (fictitious people, its own folder): on a machine with no
    keyring and no passphrase, use a random passphrase that lives in this process alone. The
    demo data is still encrypted; it just cannot be reopened after the run. A previous demo
    folder that can no longer be opened is replaced. Returns a note for the demo log, or None."""
    if key_source() is not None:
        return None
    os.environ["ZONGCHUANG_KEY_PASSPHRASE"] = new_passphrase()
    if Path(data_dir).exists():
        import shutil

        shutil.rmtree(data_dir)
    return ("本机没有密钥环也未配置密钥口令：演示数据以一次性密钥加密，演示结束后无法再打开 / no keyring or key passphrase: "
            "the demo data is encrypted under a one-time key and cannot be reopened after the run")
