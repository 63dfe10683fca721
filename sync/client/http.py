"""The platform's HTTP API as the workstation sees it, with every answer sorted into what the
sender should do: done, retry later, re-authenticate, or give up on this case with a reason."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from app import __version__
from sync import protocol

CHUNK = 256 * 1024
STREAM_ABOVE = 8 * 1024 * 1024  # larger uploads report progress per chunk; smaller ones per file


class Transient(Exception):
    """Try again later (network, 5xx, 408, 409-in-progress, 429). `pause_all` for 429."""

    def __init__(self, message: str, retry_after: float | None = None, pause_all: bool = False,
                 offline: bool = False, status: int | None = None, storage: bool = False):
        super().__init__(message)
        self.retry_after = retry_after
        self.pause_all = pause_all
        self.offline = offline  # the link itself failed (not an answer from the platform)
        self.status = status  # the platform's HTTP status, when it answered
        self.storage = storage  # the platform's storage is failing (disk full), not the network


class Rejected(Exception):
    """The platform refused this request for good (a 4xx other than 401/408/409/429)."""

    def __init__(self, reason: str, status_code: int, body: dict[str, Any] | None = None):
        super().__init__(reason)
        self.status_code = status_code
        self.body = body or {}


class AuthFailed(Exception):
    """The workstation credential itself was refused: nothing can be sent until IT fixes it."""


class MissingBlobs(Exception):
    def __init__(self, missing: list[str]):
        super().__init__(f"{len(missing)} blobs missing on the platform")
        self.missing = missing


class HashRejected(Exception):
    """The platform's sha256 check of an uploaded blob failed (corrupted in transit)."""


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


def _message(resp: httpx.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return f"HTTP {resp.status_code}"
    if isinstance(body, dict):
        reasons = body.get("reasons")
        if reasons:
            return "；".join(str(r) for r in reasons)
        return str(body.get("message") or body.get("error") or f"HTTP {resp.status_code}")
    return f"HTTP {resp.status_code}"


def _error_code(resp: httpx.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return ""
    return str(body.get("error") or "") if isinstance(body, dict) else ""


def classify(resp: httpx.Response) -> None:
    """Raise what a non-success answer means for the sender."""
    code = resp.status_code
    if code < 400:
        return
    if code == 429:
        raise Transient(f"平台限流（429），稍后重试 / rate limited: {_message(resp)}", _retry_after(resp), pause_all=True)
    if code == 507 or _error_code(resp) == "storage_full":
        raise Transient(f"平台存储异常（磁盘空间不足，HTTP {code}），网络正常；平台恢复后自动继续 / the platform's "
                        f"storage is full: {_message(resp)}", _retry_after(resp), status=code, storage=True)
    if code >= 500 or code == 408:
        raise Transient(f"平台出错（HTTP {code}），网络正常；平台恢复后自动继续 / the platform failed: {_message(resp)}",
                        _retry_after(resp), status=code)
    if code == 409:
        raise Transient(f"平台正在处理相同请求 / in progress: {_message(resp)}", _retry_after(resp) or 1.0,
                        status=code)
    try:
        body = resp.json()
    except ValueError:
        body = {}
    raise Rejected(f"平台拒绝（HTTP {code}）：{_message(resp)}", code, body if isinstance(body, dict) else {})


class PlatformClient:
    def __init__(self, base_url: str, credential: str, *, verify: Any = True, timeout: float = 60.0,
                 transport: httpx.BaseTransport | None = None, proxy: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.credential = credential
        if isinstance(verify, str):  # a CA file (e.g. the center's own CA)
            import ssl

            verify = ssl.create_default_context(cafile=verify)
        self.http = httpx.Client(base_url=self.base_url, verify=verify, transport=transport, proxy=proxy or None,
                                 timeout=httpx.Timeout(timeout, connect=min(10.0, timeout)),
                                 headers={"User-Agent": f"zongchuang/{__version__}"})
        self._token: str | None = None
        self.reauths = 0
        self.batch_status: bool | None = None  # does the platform offer POST /blobs/status?

    def close(self) -> None:
        self.http.close()

    # --- transport ---------------------------------------------------------------------------

    def _send(self, method: str, url: str, **kw: Any) -> httpx.Response:
        try:
            return self.http.request(method, url, **kw)
        except httpx.TimeoutException as exc:
            raise Transient(f"连接平台超时 / timed out talking to the platform ({type(exc).__name__})",
                            offline=True) from None
        except httpx.TransportError as exc:
            if "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate verify failed" in str(exc):
                raise Transient("平台证书校验失败：证书不是由本机信任的 CA 签发，请检查 [platform] ca_file（平台根证书）"
                                f" / the platform's certificate is not signed by a trusted CA; check [platform] ca_file ({exc})",
                                offline=True) from None
            raise Transient(f"无法连接平台 / cannot reach the platform ({type(exc).__name__}: {exc})",
                            offline=True) from None

    def authenticate(self) -> None:
        resp = self._send("POST", "/auth/token", headers={"Authorization": f"Bearer {self.credential}"})
        if resp.status_code == 401:
            raise AuthFailed(_message(resp))
        classify(resp)
        self._token = resp.json()["access_token"]

    def request(self, method: str, url: str, *, body_factory: Callable[[], Any] | None = None,
                headers: dict[str, str] | None = None, **kw: Any) -> httpx.Response:
        """An authenticated request; a 401 re-authenticates once and repeats it."""
        for attempt in (1, 2):
            if self._token is None:
                self.authenticate()
            h = {"Authorization": f"Bearer {self._token}", **(headers or {})}
            if body_factory is not None:
                kw["content"] = body_factory()
            resp = self._send(method, url, headers=h, **kw)
            if resp.status_code == 401 and attempt == 1:
                self._token = None
                self.reauths += 1
                continue
            if resp.status_code == 401:
                raise AuthFailed(_message(resp))
            return resp
        raise AssertionError("unreachable")

    # --- API ---------------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        resp = self._send("GET", "/health")
        classify(resp)
        return resp.json()

    def blob_offset(self, digest: str) -> tuple[bool, int]:
        """(complete, bytes the platform already holds)."""
        resp = self.request("HEAD", f"/blobs/{digest}")
        if resp.status_code == 200:
            return True, int(resp.headers.get(protocol.UPLOAD_OFFSET) or resp.headers.get("Content-Length") or 0)
        if resp.status_code == 404:
            return False, int(resp.headers.get(protocol.UPLOAD_OFFSET) or 0)
        classify(resp)
        return False, 0

    def blob_states(self, digests: list[str]) -> dict[str, tuple[bool, int]] | None:
        """{digest: (complete, bytes held)} for many blobs in one round trip, or None when the
        platform does not offer `POST /blobs/status` (then `blob_offset` asks one by one)."""
        if not digests or self.batch_status is False:
            return None
        resp = self.request("POST", "/blobs/status", json={"sha256": digests[:1000]})
        if resp.status_code in (404, 405):
            self.batch_status = False
            return None
        classify(resp)
        self.batch_status = True
        return {d: (v.get("state") == "complete", int(v.get("offset") or 0))
                for d, v in (resp.json().get("blobs") or {}).items()}

    def upload(self, digest: str, data: bytes, offset: int, on_bytes: Callable[[int], None] | None = None) -> int:
        """Send `data[offset:]`; returns the platform's offset afterwards (== len(data) when done)."""
        view = memoryview(data)

        def body() -> Iterator[bytes]:
            pos = offset
            while pos < len(view):
                chunk = bytes(view[pos:pos + CHUNK])
                pos += len(chunk)
                if on_bytes:
                    on_bytes(len(chunk))
                yield chunk

        small = len(data) - offset <= STREAM_ABOVE

        def whole() -> bytes:
            return bytes(view[offset:])

        resp = self.request("PATCH", f"/blobs/{digest}", body_factory=whole if small else body,
                            headers={protocol.UPLOAD_OFFSET: str(offset), protocol.UPLOAD_LENGTH: str(len(data)),
                                     "Content-Length": str(len(data) - offset),
                                     "Content-Type": "application/offset+octet-stream"})
        if resp.status_code == 422:
            raise HashRejected(_message(resp))
        if resp.status_code == 409 and protocol.UPLOAD_OFFSET in resp.headers:
            return int(resp.headers[protocol.UPLOAD_OFFSET])
        classify(resp)
        if small and on_bytes:
            on_bytes(len(data) - offset)
        return int(resp.headers.get(protocol.UPLOAD_OFFSET) or len(data))

    def submit(self, case_uuid: str, key: str, document: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """(response body, replayed). Raises MissingBlobs, Rejected, Transient, AuthFailed."""
        raw = protocol.canonical_json(document)
        resp = self.request("POST", f"/cases/{case_uuid}/submissions", content=raw,
                            headers={protocol.IDEMPOTENCY_KEY: key, "Content-Type": "application/json"})
        if resp.status_code == 409:
            try:
                body = resp.json()
            except ValueError:
                body = {}
            if isinstance(body, dict) and body.get("error") == "missing_blobs":
                raise MissingBlobs(list(body.get("missing") or []))
        classify(resp)
        return resp.json(), resp.headers.get(protocol.IDEMPOTENT_REPLAYED) == "true"

    def submit_audit(self, key: str, payload: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        body = protocol.canonical_json(payload)
        mac = protocol.audit_batch_mac(protocol.audit_batch_key(self.credential), body)
        resp = self.request("POST", "/audit/batches", content=body,
                            headers={protocol.IDEMPOTENCY_KEY: key, "Content-Type": "application/json",
                                     protocol.AUDIT_BATCH_MAC: mac})
        classify(resp)
        return resp.json(), resp.headers.get(protocol.IDEMPOTENT_REPLAYED) == "true"

    def status_feed(self, since: str, limit: int = 200) -> dict[str, Any]:
        resp = self.request("GET", "/cases/status", params={"since": since, "limit": limit})
        classify(resp)
        return resp.json()

    def master_manifest(self) -> dict[str, Any]:
        resp = self.request("GET", "/master/manifest")
        classify(resp)
        return resp.json()

    def master_file(self, kind: str, version: str, name: str) -> bytes:
        resp = self.request("GET", f"/master/{kind}/{version}/{name}")
        classify(resp)
        return resp.content
