"""The platform's HTTP API (FastAPI). Thin: parses HTTP, calls `Platform`, shapes answers.

The published OpenAPI document (docs/platform-openapi.json) is generated from this module.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import logging
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from app import __version__
from sync import protocol
from sync.platform.blobs import BlobState, HashMismatch, OffsetMismatch, TooLarge, valid_digest
from sync.platform.service import Platform, Workstation

_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
log = logging.getLogger("zongchuang.platform")

SHA = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="sha256 of the blob's bytes (lower-case hex)")]


class StorageOut(BaseModel):
    state: str  # ok / full (a write failed for lack of space and no space was freed since)
    free_bytes: int


class Health(BaseModel):
    status: str
    server_time: str
    min_client_version: str
    protocol: str
    version: str
    storage: StorageOut | None = None


class TokenOut(BaseModel):
    access_token: str
    token_type: str
    workstation: str
    expires_in: int


class SubmissionOut(BaseModel):
    status: str  # accepted / rejected
    case_uuid: str
    acceptance_number: str | None = None
    platform_ref: str | None = None
    submission: int | None = None
    received_at: str | None = None
    reasons: list[str] = []


class StatusEvent(BaseModel):
    cursor: str
    case_uuid: str
    status: str  # in_approval / approved / 补正 / rejected / resend
    reasons: list[str]
    certificate: dict[str, Any] | None
    at: str


class StatusFeed(BaseModel):
    events: list[StatusEvent]
    cursor: str
    more: bool


class MasterFile(BaseModel):
    name: str
    sha256: str
    size: int


class MasterSet(BaseModel):
    version: str
    published_at: str
    files: list[MasterFile]


class MasterManifest(BaseModel):
    catalog: MasterSet | None
    calendar_overrides: MasterSet | None


class BlobQuery(BaseModel):
    sha256: list[str] = Field(max_length=1000)


class BlobStateOut(BaseModel):
    state: str  # complete / partial / absent
    offset: int  # complete: the size; partial: bytes held (resume there); absent: 0


class BlobStates(BaseModel):
    blobs: dict[str, BlobStateOut]


class ErrorOut(BaseModel):
    error: str
    message: str = ""
    missing: list[str] = []


def _error(code: int, error: str, message: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": error, "message": message, **extra}, status_code=code, headers=headers)


async def _bounded_body(request: Request, limit: int) -> bytes | JSONResponse:
    """The request body, refused with 413 as soon as it passes `limit` bytes (never buffered whole)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        return _error(413, "too_large", f"请求体超过 {limit} 字节 / the body is larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return _error(413, "too_large", f"请求体超过 {limit} 字节 / the body is larger than {limit} bytes")
            chunks.append(chunk)
    except ClientDisconnect:
        return _error(400, "disconnected", "连接中断 / the client disconnected")
    return b"".join(chunks)


def bearer(authorization: str | None) -> str:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise HTTPException(401, {"error": "unauthorized", "message": "缺少访问令牌 / missing access token"},
                            headers={"WWW-Authenticate": "Bearer"})
    return authorization[7:].strip()


async def workstation(request: Request, authorization: Annotated[str | None, Header()] = None) -> Workstation:
    platform: Platform = request.app.state.platform
    ws = await run_in_threadpool(platform.authenticate, bearer(authorization))
    if ws is None:
        raise HTTPException(401, {"error": "unauthorized",
                                  "message": "访问令牌无效或已过期 / the access token is invalid or expired"},
                            headers={"WWW-Authenticate": "Bearer"})
    wait = platform.rate_limits.take(ws.id)
    if wait > 0:
        from sync.platform.ratelimit import retry_after_header

        retry = retry_after_header(wait)
        raise HTTPException(429, {"error": "rate_limited",
                                  "message": f"本工作站请求过于频繁，请 {retry} 秒后重试 / too many requests from this "
                                             f"workstation; retry in {retry} s"},
                            headers={"Retry-After": retry})
    return ws


WS = Annotated[Workstation, Depends(workstation)]


def create_app(platform: Platform) -> FastAPI:
    app = FastAPI(title="综窗参考中心平台 / zongchuang reference central platform", version=__version__,
                  description="The sync protocol between window workstations and the central platform "
                              f"({protocol.PROTOCOL_VERSION}); see docs/sync-protocol.md.")
    app.state.platform = platform

    @app.exception_handler(HTTPException)
    async def _http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        body = exc.detail if isinstance(exc.detail, dict) else {"error": "http_error", "message": str(exc.detail)}
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(ClientDisconnect)
    async def _client_gone(request: Request, _exc: ClientDisconnect) -> Response:
        # a client hanging up mid-upload is an expected event (a cut link, a killed sender):
        # one line, no traceback; what arrived of a blob is kept for the resume
        log.info("client disconnected during %s %s", request.method, request.url.path)
        return Response(status_code=400)

    @app.exception_handler(OSError)
    async def _os_error(request: Request, exc: OSError) -> Response:
        if exc.errno != errno.ENOSPC:
            raise exc
        platform.note_storage_full()
        log.error("storage full during %s %s: %s", request.method, request.url.path, exc)
        return _error(507, "storage_full", "平台存储空间不足，请稍后重试 / the platform's storage is full; retry later",
                      {"Retry-After": "30"})

    @app.get("/health", response_model=Health, tags=["meta"])
    def health() -> Health:
        """Server time (for the client's clock-skew check), the minimum client version, and
        whether the platform's storage is full (the client holds back and resumes at once when
        it is not any more)."""
        return Health(status="ok", server_time=dt.datetime.now(dt.UTC).isoformat(),
                      min_client_version=platform.settings.min_client_version, protocol=protocol.PROTOCOL_VERSION,
                      version=__version__, storage=StorageOut(**platform.storage_state()))

    @app.post("/auth/token", response_model=TokenOut, tags=["auth"], responses={401: {"model": ErrorOut}})
    def token(authorization: Annotated[str | None, Header()] = None) -> TokenOut | JSONResponse:
        """Exchange the workstation's long-lived credential for a short-lived access token."""
        issued = platform.issue_session(bearer(authorization))
        if issued is None:
            return _error(401, "invalid_credential", "工作站凭据无效或已吊销 / the workstation credential is invalid or revoked",
                          {"WWW-Authenticate": "Bearer"})
        return TokenOut(**issued)

    @app.head("/blobs/{sha256}", tags=["blobs"], responses={200: {"description": "complete; Content-Length is its size"},
                                                           404: {"description": "absent or partial; Upload-Offset"}})
    def blob_head(sha256: SHA, ws: WS) -> Response:
        """Whether the platform holds a blob for the caller's center. 404 carries `Upload-Offset`
        (bytes of the caller's own partial upload). Another center's files are absent here."""
        state = platform.blob_state(ws, sha256)
        if state.state == "complete":
            return Response(status_code=200, headers={"Content-Length": str(state.offset),
                                                      protocol.UPLOAD_OFFSET: str(state.offset)})
        return Response(status_code=404, headers={protocol.UPLOAD_OFFSET: str(state.offset)})

    @app.post("/blobs/status", response_model=BlobStates, tags=["blobs"], responses={422: {"model": ErrorOut}})
    def blob_states(query: BlobQuery, ws: WS) -> BlobStates | JSONResponse:
        """`HEAD /blobs/{sha256}` for up to 1000 blobs in one round trip: a sender asks once for
        a batch of cases instead of once per file (one round trip saved per file on a slow link)."""
        bad = [d for d in query.sha256 if not valid_digest(d)]
        if bad:
            return _error(422, "bad_digest", f"sha256 无效 / invalid sha256: {bad[0][:80]}")
        wanted = list(dict.fromkeys(query.sha256))
        held = platform.held(ws.center_code, wanted)
        out = {}
        for digest in wanted:
            state = platform.blobs.state(digest, ws.id, held=digest in held)
            out[digest] = BlobStateOut(state=state.state, offset=state.offset)
        return BlobStates(blobs=out)

    @app.patch("/blobs/{sha256}", tags=["blobs"], status_code=201,
               responses={201: {"description": "complete and verified"}, 204: {"description": "partial; resume"},
                          409: {"model": ErrorOut, "description": "offset mismatch; Upload-Offset has the right one"},
                          413: {"model": ErrorOut}, 422: {"model": ErrorOut, "description": "sha256 mismatch"}},
               openapi_extra={"requestBody": {"required": True,
                                              "content": {"application/offset+octet-stream": {
                                                  "schema": {"type": "string", "format": "binary"}}}}})
    async def blob_patch(sha256: SHA, request: Request, ws: WS,
                         upload_offset: Annotated[int, Header(alias=protocol.UPLOAD_OFFSET, ge=0)],
                         upload_length: Annotated[int, Header(alias=protocol.UPLOAD_LENGTH, ge=0)]) -> Response:
        """Append bytes at `Upload-Offset` of a blob of `Upload-Length` bytes. When the blob is
        complete its sha256 is verified and it is stored atomically; a mismatch discards it.
        Partial uploads are the sending workstation's own; a file another center holds must be
        sent in full (its bytes are the proof of possession) before this center holds it."""
        if not valid_digest(sha256):
            return _error(400, "bad_digest", "sha256 无效 / invalid sha256")
        if upload_length == 0 and upload_offset == 0 and sha256 != _EMPTY_SHA256:
            return _error(400, "empty_upload", "Upload-Length 为 0 但文件不为空 / Upload-Length 0 for a non-empty blob")
        held = bool(await run_in_threadpool(platform.held, ws.center_code, [sha256]))
        lock = platform.blobs.lock(sha256, ws.id)
        if not lock.acquire(blocking=False):
            return _error(409, "upload_in_progress", "该文件正在上传 / this blob is being uploaded",
                          {"Retry-After": "1"})
        try:
            try:
                writer = platform.blobs.begin(sha256, upload_offset, upload_length, ws.id, held)
            except OffsetMismatch as exc:
                return _error(409, "offset_mismatch", f"偏移量应为 {exc.current} / the offset must be {exc.current}",
                              {protocol.UPLOAD_OFFSET: str(exc.current)})
            except TooLarge:
                return _error(413, "too_large", "文件过大 / the blob is too large")
            if isinstance(writer, BlobState):
                async for _chunk in request.stream():
                    pass
                return Response(status_code=201, headers={protocol.UPLOAD_OFFSET: str(writer.offset)})
            disconnected = False
            try:
                async for chunk in request.stream():
                    if chunk:
                        writer.write(chunk)
            except ClientDisconnect:
                disconnected = True
                log.info("client disconnected during the upload of %s (%d bytes held)", sha256[:12],
                         writer.written)
            except OSError:
                writer.close_partial()
                raise
            except TooLarge:
                with contextlib.suppress(HashMismatch):
                    writer.close()
                platform.blobs.discard_partial(sha256, ws.id)
                return _error(413, "too_large", "文件超过声明长度 / more bytes than Upload-Length")
            try:
                state = await run_in_threadpool(writer.close)
            except HashMismatch:
                return _error(422, "hash_mismatch", "文件内容与 sha256 不符，已丢弃，请重新上传 / "
                                                    "the bytes do not match the sha256; discarded, upload again")
            if state.state == "complete":  # the file is the record; intake lists it in the database
                await run_in_threadpool(platform.grant_blob, ws.center_code, sha256)
                return Response(status_code=201, headers={protocol.UPLOAD_OFFSET: str(state.offset)})
            if disconnected:
                return Response(status_code=400)  # nobody is listening; the bytes held are kept
            return Response(status_code=204, headers={protocol.UPLOAD_OFFSET: str(state.offset)})
        finally:
            lock.release()

    @app.put("/blobs/{sha256}", tags=["blobs"], status_code=201,
             responses={201: {"description": "stored and verified"}, 413: {"model": ErrorOut},
                        422: {"model": ErrorOut, "description": "sha256 mismatch"}},
             openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {
                 "schema": {"type": "string", "format": "binary"}}}}})
    async def blob_put(sha256: SHA, request: Request, ws: WS,
                       content_length: Annotated[int, Header(ge=0)]) -> Response:
        """Upload a whole blob in one request (simple clients; no resume): the caller's own
        partial upload of the same blob is discarded (never another workstation's) and the
        bytes are verified and stored atomically."""
        lock = platform.blobs.lock(sha256, ws.id)
        if not lock.acquire(blocking=False):
            return _error(409, "upload_in_progress", "该文件正在上传 / this blob is being uploaded", {"Retry-After": "1"})
        try:
            platform.blobs.discard_partial(sha256, ws.id)
        finally:
            lock.release()
        return await blob_patch(sha256, request, ws, 0, content_length)

    @app.post("/cases/{case_uuid}/submissions", tags=["cases"], status_code=201, response_model=SubmissionOut,
              responses={200: {"model": SubmissionOut, "description": "rejected at intake (reasons)"},
                         409: {"model": ErrorOut, "description": "missing blobs, or the same key in progress"},
                         422: {"model": ErrorOut, "description": "the key was used with a different payload"}},
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"type": "object", "description": "a zongchuang-case/1 document"}}}}})
    async def submit(case_uuid: Annotated[str, Path(max_length=36)], request: Request, ws: WS,
                     idempotency_key: Annotated[str, Header(alias=protocol.IDEMPOTENCY_KEY)]) -> JSONResponse:
        """Submit a case (its interchange document). Exactly once per Idempotency-Key: a replay
        returns the stored response with `Idempotent-Replayed: true`."""
        raw = await _bounded_body(request, platform.settings.max_document_bytes)
        if isinstance(raw, JSONResponse):
            return raw
        outcome = await run_in_threadpool(platform.submit, ws, case_uuid, idempotency_key, raw)
        return JSONResponse(outcome.body, status_code=outcome.status_code, headers=outcome.headers)

    @app.post("/audit/batches", tags=["audit"], status_code=201,
              responses={422: {"model": ErrorOut}, 409: {"model": ErrorOut}},
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"type": "object", "description": "{rows: [hash-chained audit rows]}"}}}}})
    async def audit_batch(request: Request, ws: WS,
                          idempotency_key: Annotated[str, Header(alias=protocol.IDEMPOTENCY_KEY)]) -> JSONResponse:
        """A batch of the workstation's audit trail; idempotent like submissions. `Audit-Batch-MAC`
        (hmac-sha256 over the body under the workstation's credential-derived key) is required:
        a batch without it, or with a wrong one, is 422 and nothing is stored."""
        raw = await _bounded_body(request, platform.settings.max_audit_batch_bytes)
        if isinstance(raw, JSONResponse):
            return raw
        outcome = await run_in_threadpool(platform.submit_audit, ws, idempotency_key, raw,
                                          request.headers.get(protocol.AUDIT_BATCH_MAC))
        return JSONResponse(outcome.body, status_code=outcome.status_code, headers=outcome.headers)

    @app.get("/cases/status", response_model=StatusFeed, tags=["cases"])
    def status(ws: WS, since: Annotated[str, Query(description="cursor from the previous page; 0 at first")] = "0",
               limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> StatusFeed | JSONResponse:
        """Status changes of this center's cases after `since`, oldest first."""
        if not (0 < len(since) <= 19 and since.isascii() and since.isdigit()) or int(since) >= 2**62:
            return _error(400, "bad_cursor", "游标无效 / invalid cursor")
        cursor = int(since)
        return StatusFeed(**platform.status_feed(ws, cursor, limit))

    @app.get("/master/manifest", response_model=MasterManifest, tags=["master"])
    def master_manifest(_ws: WS) -> MasterManifest:
        """The current catalog version and calendar overrides, with each file's sha256."""
        return MasterManifest(**platform.master_manifest())

    @app.get("/master/{kind}/{version}/{name}", tags=["master"], response_class=PlainTextResponse,
             responses={404: {"model": ErrorOut}})
    def master_file(kind: str, version: str, name: str, _ws: WS) -> Response:
        """One master-data file (UTF-8 YAML)."""
        text = platform.master_file(kind, version, name)
        if text is None:
            return _error(404, "not_found", "没有该主数据文件 / no such master-data file")
        return PlainTextResponse(text, media_type="application/yaml; charset=utf-8")

    from sync.cobrowse.relay import mount as _mount_cobrowse  # co-browse relay (websocket), docs/cobrowse.md
    from sync.platform import grants

    _mount_cobrowse(app, platform, grant_for=lambda hw, hc, w, wc: grants.find(platform, hw, hc, w, wc),
                    grant_used=lambda g, hw, w, sid: grants.record_use(platform, g, hw, w, sid))

    # 电子证照 library and shared data (docs/elicense.md)
    from sync.platform.elicense_api import mount as _mount_elicense

    _mount_elicense(app, platform)
    return app
