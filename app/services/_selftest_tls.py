"""The self-test's TLS check: a local HTTPS server with a certificate made at run time.

Proves the installation's OpenSSL, `ssl` module, `cryptography` and `httpx` (the library the
sync outbox talks to the platform with) work together: a self-signed certificate for 127.0.0.1
is generated with `cryptography`, a one-request HTTPS server listens on 127.0.0.1 (never the
network), and httpx connects with verification against exactly that certificate.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from pathlib import Path


def self_signed(tmp: Path) -> tuple[Path, Path]:
    """A fresh self-signed certificate and key for 127.0.0.1, valid for an hour (also what the
    sync tests serve HTTPS with)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "zongchuang self-test")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp / "selftest-cert.pem", tmp / "selftest-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def https_roundtrip(tmp: Path) -> tuple[str, str]:
    import httpx

    cert_path, key_path = self_signed(tmp)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    server_ctx.load_cert_chain(str(cert_path), str(key_path))
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)
    port = listener.getsockname()[1]
    seen: dict[str, str] = {}

    def serve() -> None:
        try:
            conn, _ = listener.accept()
            with server_ctx.wrap_socket(conn, server_side=True) as tls:
                tls.settimeout(10)
                seen["version"] = tls.version() or ""
                seen["cipher"] = (tls.cipher() or ("",))[0]
                request = b""
                while b"\r\n\r\n" not in request:
                    chunk = tls.recv(4096)
                    if not chunk:
                        break
                    request += chunk
                body = b"zongchuang-selftest-ok"
                tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        except Exception as exc:  # reported through `seen`, the client side fails anyway
            seen["error"] = f"{type(exc).__name__}: {exc}"
        finally:
            listener.close()

    thread = threading.Thread(target=serve, name="selftest-tls", daemon=True)
    thread.start()
    client_ctx = ssl.create_default_context(cafile=str(cert_path))
    try:
        with httpx.Client(verify=client_ctx, timeout=10, trust_env=False) as client:
            response = client.get(f"https://127.0.0.1:{port}/selftest")
    finally:
        thread.join(timeout=10)
    if response.status_code != 200 or response.text != "zongchuang-selftest-ok":
        return "fail", f"HTTPS 应答异常 / unexpected HTTPS answer: {response.status_code} {response.text[:80]!r}"
    return "ok", (f"本机 HTTPS 握手成功 / local HTTPS handshake ok ({seen.get('version')}, {seen.get('cipher')}, "
                  f"{ssl.OPENSSL_VERSION})")
