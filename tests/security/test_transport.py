"""TLS to the platform: a pinned CA is the only one trusted; plain HTTP only to this machine."""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import ssl
import threading

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.errors import InputError
from app.security.transport import check_platform_url, platform_ssl_context


def _ca(tmp_path, name):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                         key_encipherment=False, data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    path = tmp_path / f"{name}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, path


def _server_cert(tmp_path, ca_key, ca_cert):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "platform")]))
            .issuer_name(ca_cert.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    cert_path, key_path = tmp_path / "server.pem", tmp_path / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *_args):
        pass


@pytest.fixture
def tls_platform(tmp_path):
    ca_key, ca_cert, ca_path = _ca(tmp_path, "platform-ca")
    cert, key = _server_cert(tmp_path, ca_key, ca_cert)
    server = http.server.HTTPServer(("127.0.0.1", 0), _Hello)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    server.socket = sctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/", ca_path
    server.shutdown()
    server.server_close()


def test_pinned_ca_accepted_others_refused(tls_platform, tmp_path):
    url, ca_path = tls_platform
    with httpx.Client(verify=platform_ssl_context(ca_file=str(ca_path)), timeout=10) as client:
        assert client.get(url).text == "ok"
    _, _, other = _ca(tmp_path, "someone-else")
    with httpx.Client(verify=platform_ssl_context(ca_file=str(other)), timeout=10) as client, pytest.raises(httpx.ConnectError):
        client.get(url)
    with httpx.Client(verify=platform_ssl_context(ca_file=""), timeout=10) as client, pytest.raises(httpx.ConnectError):
        client.get(url)  # the system trust store does not know the platform's private CA


def test_pinned_ca_from_config(tmp_path):
    _, _, ca = _ca(tmp_path, "cfg-ca")
    (tmp_path / "config.toml").write_text(f'[security]\nplatform_ca = "{ca}"\n', encoding="utf-8")
    ctx = platform_ssl_context(tmp_path)
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2 and len(ctx.get_ca_certs()) == 1
    (tmp_path / "config.toml").write_text('[security]\nplatform_ca = "/nonexistent.pem"\n', encoding="utf-8")
    with pytest.raises(InputError):
        platform_ssl_context(tmp_path)


def test_plain_http_only_to_loopback():
    assert check_platform_url("https://zwfw.example.gov.cn/api")
    assert check_platform_url("http://127.0.0.1:8080/")
    with pytest.raises(InputError):
        check_platform_url("http://zwfw.example.gov.cn/api")
