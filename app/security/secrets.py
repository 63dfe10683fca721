"""Secrets other than the data key (the platform token, a device PIN): in the OS keyring when the
data directory's key is kept there, otherwise in an encrypted vault file (AES-256-GCM under the
data directory's vault key, itself keyring- or passphrase-protected, see keys.py). Never in
plaintext, never a console prompt.

For the sync client: ``SecretBackend(get=vault.get, set=vault.set, delete=vault.delete)`` with
``vault = SecretVault(data_dir)`` (signatures ``get(service, name)``, ``set(service, name, secret)``,
``delete(service, name)``).
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from app.security import keys
from app.security.crypto import aead_decrypt, aead_encrypt, derive

VAULT_FILE = Path("keys") / "vault.json"


class SecretVault:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)

    def _use_keyring(self) -> bool:
        keys.load_keys(self.data_dir)
        return keys.describe(self.data_dir).get("store") == "keyring" and keys.keyring_usable()

    def _key(self) -> bytes:
        return derive(keys.load_keys(self.data_dir).vault, "secret-vault")

    def _path(self) -> Path:
        return self.data_dir / VAULT_FILE

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            return json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _write(self, doc: dict[str, dict[str, str]]) -> None:
        path = self._path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name != "nt":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)

    @staticmethod
    def _name(service: str, name: str) -> str:
        return f"{service}/{name}"

    def get(self, service: str, name: str) -> str | None:
        if self._use_keyring():
            import keyring

            return keyring.get_password(service, name)
        entry = self._read().get(self._name(service, name))
        if entry is None:
            return None
        nonce, blob = base64.b64decode(entry["nonce"]), base64.b64decode(entry["blob"])
        return aead_decrypt("aes-256-gcm", self._key(), nonce, blob, self._name(service, name).encode()).decode()

    def set(self, service: str, name: str, secret: str) -> None:
        if self._use_keyring():
            import keyring

            keyring.set_password(service, name, secret)
            return
        nonce = os.urandom(12)
        blob = aead_encrypt("aes-256-gcm", self._key(), nonce, secret.encode(), self._name(service, name).encode())
        doc = self._read()
        doc[self._name(service, name)] = {"nonce": base64.b64encode(nonce).decode(), "blob": base64.b64encode(blob).decode()}
        self._write(doc)

    def delete(self, service: str, name: str) -> None:
        if self._use_keyring():
            import keyring

            try:
                keyring.delete_password(service, name)
            except Exception:
                pass
            return
        doc = self._read()
        if doc.pop(self._name(service, name), None) is not None:
            self._write(doc)
