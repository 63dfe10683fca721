"""Cryptographic primitives in one place: AEAD ciphers (AES-256-GCM, SM4-GCM), HMAC (SM3,
SHA-256), key wrapping under a passphrase (scrypt → AES-256-GCM).

Everything goes through `cryptography` (OpenSSL): SM4 and SM3 are there, SM2 is not (see
docs/security.md). Algorithms are named by short strings stored next to what they protect, so
data written under one configuration stays readable after the site switches to another.
"""

from __future__ import annotations

import hashlib
import hmac as std_hmac
import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as c_hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import StorageError

AEAD_ALGORITHMS = ("aes-256-gcm", "sm4-gcm")
HMAC_ALGORITHMS = ("hmac-sm3", "hmac-sha256")
_ALG_IDS = {"aes-256-gcm": 1, "sm4-gcm": 2}
_ALG_NAMES = {v: k for k, v in _ALG_IDS.items()}
FILE_MAGIC = b"ZCE1"
_HEADER = struct.Struct(">4sBI12s")  # magic, algorithm id, key version, nonce


class DecryptionFailed(StorageError):
    """Ciphertext that does not authenticate: wrong key, or the bytes were changed."""


def derive(key: bytes, purpose: str, length: int = 32) -> bytes:
    """A sub-key for one purpose (HKDF-SHA256), so one stored secret never serves two uses."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=purpose.encode()).derive(key)


def aead_encrypt(alg: str, key: bytes, nonce: bytes, data: bytes, aad: bytes) -> bytes:
    if alg == "aes-256-gcm":
        return AESGCM(derive(key, "aes-256-gcm")).encrypt(nonce, data, aad)
    if alg == "sm4-gcm":
        enc = Cipher(algorithms.SM4(derive(key, "sm4-gcm", 16)), modes.GCM(nonce)).encryptor()
        enc.authenticate_additional_data(aad)
        return enc.update(data) + enc.finalize() + enc.tag
    raise ValueError(f"unknown cipher {alg}")


def aead_decrypt(alg: str, key: bytes, nonce: bytes, data: bytes, aad: bytes) -> bytes:
    try:
        if alg == "aes-256-gcm":
            return AESGCM(derive(key, "aes-256-gcm")).decrypt(nonce, data, aad)
        if alg == "sm4-gcm":
            if len(data) < 16:
                raise InvalidTag()
            dec = Cipher(algorithms.SM4(derive(key, "sm4-gcm", 16)), modes.GCM(nonce, data[-16:])).decryptor()
            dec.authenticate_additional_data(aad)
            return dec.update(data[:-16]) + dec.finalize()
    except InvalidTag:
        raise DecryptionFailed("数据无法解密：密钥不对或文件已被改动", "data cannot be decrypted: wrong key or altered bytes",
                               hint_zh="请确认使用的是本机的数据目录和密钥", hint_en="check the data directory and its key") from None
    raise ValueError(f"unknown cipher {alg}")


@dataclass
class FileCipher:
    """The attachment cipher (`AttachmentStore(cipher=...)`): a self-describing header
    (magic, algorithm, key version, nonce) then AEAD ciphertext; the content hash is the AAD,
    so a file cannot be swapped for another one's ciphertext."""

    keys: dict[int, bytes]
    current: int
    algorithm: str = "aes-256-gcm"

    def encrypt(self, data: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(12)
        header = _HEADER.pack(FILE_MAGIC, _ALG_IDS[self.algorithm], self.current, nonce)
        return header + aead_encrypt(self.algorithm, self.keys[self.current], nonce, data, header + aad)

    def decrypt(self, data: bytes, aad: bytes) -> bytes:
        if not data.startswith(FILE_MAGIC):
            return data  # a file written before encryption was on; its sha256 is still checked
        magic, alg_id, version, nonce = _HEADER.unpack_from(data)
        key = self.keys.get(version)
        if key is None or alg_id not in _ALG_NAMES:
            raise DecryptionFailed(f"附件使用的密钥版本 {version} 不存在", f"attachment key version {version} is unknown",
                                   hint_zh="密钥轮换可能未完成，请运行 zongchuang security rotate-key",
                                   hint_en="a key rotation may be unfinished; run zongchuang security rotate-key")
        header = data[:_HEADER.size]
        return aead_decrypt(_ALG_NAMES[alg_id], key, nonce, data[_HEADER.size:], header + aad)

    @staticmethod
    def authenticates(data: bytes) -> bool:
        """True when `decrypt` checks this file's tag against its digest (not a legacy plaintext)."""
        return data.startswith(FILE_MAGIC)

    @staticmethod
    def key_version(data: bytes) -> int | None:
        if not data.startswith(FILE_MAGIC):
            return None
        return _HEADER.unpack_from(data)[2]

    @staticmethod
    def algorithm_of(data: bytes) -> str | None:
        if not data.startswith(FILE_MAGIC):
            return None
        return _ALG_NAMES.get(_HEADER.unpack_from(data)[1])


def mac(alg: str, key: bytes, data: bytes) -> str:
    """Hex HMAC with the named algorithm, prefixed by it (`sm3:…`/`sha256:…`)."""
    if alg == "hmac-sm3":
        h = c_hmac.HMAC(key, hashes.SM3())
        h.update(data)
        return "sm3:" + h.finalize().hex()
    if alg == "hmac-sha256":
        return "sha256:" + std_hmac.new(key, data, hashlib.sha256).hexdigest()
    raise ValueError(f"unknown HMAC {alg}")


def mac_alg_of(tagged: str) -> str:
    prefix = tagged.split(":", 1)[0]
    return {"sm3": "hmac-sm3", "sha256": "hmac-sha256"}.get(prefix, "")


def mac_equal(a: str, b: str) -> bool:
    return std_hmac.compare_digest(a.encode(), b.encode())


# -- wrapping a key under a passphrase -------------------------------------------------------------

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_kek_cache: dict[tuple[bytes, bytes, int, int, int], bytes] = {}


def passphrase_kek(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    """scrypt(passphrase, salt); cached per process (the slow part is deliberate, once is enough)."""
    ident = (hashlib.sha256(passphrase.encode()).digest(), salt, n, r, p)
    kek = _kek_cache.get(ident)
    if kek is None:
        kek = hashlib.scrypt(passphrase.encode(), salt=salt, n=n, r=r, p=p, maxmem=128 * 1024 * 1024, dklen=32)
        _kek_cache[ident] = kek
    return kek


def wrap(kek: bytes, secret: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(kek).encrypt(nonce, secret, aad)


def unwrap(kek: bytes, nonce: bytes, blob: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(nonce, blob, aad)
    except InvalidTag:
        raise DecryptionFailed("密钥口令不正确，无法解开数据密钥", "the key passphrase is wrong; the data key cannot be unwrapped",
                               hint_zh="请检查 ZONGCHUANG_KEY_PASSPHRASE 或口令文件", hint_en="check ZONGCHUANG_KEY_PASSPHRASE or the passphrase file") from None
