"""HTTP routes of the 电子证照 library and the shared-data lookups (GB/T 36906 in spirit):
register/revoke an authorization, search by holder + type, fetch data and file, verify, shared
records. Mounted by `sync.platform.api.create_app`; authenticated like every workstation route
(the workstation's access token) and scoped by the authorization's workstation. The operator
(the clerk signed in at the window) travels in `X-Operator` for the access log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Header, Query, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from sync.platform.api import WS
from sync.platform.elicense import Caller, Denied, ElicenseLibrary

OPERATOR = "X-Operator"


class AuthorizationIn(BaseModel):
    holder_id: str = Field(min_length=6, max_length=40, description="公民身份号码 or 统一社会信用代码")
    purpose: str = Field(min_length=1, max_length=500, description="申请事由 (e.g. 办理事项 and 受理编号)")
    scope: list[str] = Field(min_length=1, max_length=50, description="elicense.<证照类型> / shared.<kind> / *")
    case_ref: str = Field(default="", max_length=80)
    consent_ref: str = Field(default="", max_length=80, description="the window's consent record id")
    hours: float = Field(default=24.0, gt=0, le=24 * 7)


class VerifyIn(BaseModel):
    licence: str = Field(max_length=120, description="电子证照标识 or 证照编号")
    file_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    data: dict[str, Any] | None = None


def library_for(platform: Any) -> ElicenseLibrary:
    lib = getattr(platform, "_elicense_library", None)
    if lib is None:
        lib = ElicenseLibrary(platform)
        platform._elicense_library = lib
    return lib


def _denied(exc: Denied) -> JSONResponse:
    return JSONResponse({"error": "authorization_required", "message": f"{exc.zh} / {exc.en}"}, status_code=403)


def router(platform: Any) -> APIRouter:
    r = APIRouter(tags=["elicense"])

    def caller(ws: Any, operator: str | None) -> Caller:
        return Caller(ws.id, ws.center_code, (operator or "")[:64])

    @r.get("/elicense/key")
    def key(_ws: WS) -> dict[str, str]:
        """The platform's Ed25519 public key (base64, raw 32 bytes) the window checks signatures with."""
        return {"alg": "Ed25519", "public_key": library_for(platform).public_key()}

    @r.post("/elicense/authorizations", status_code=201)
    async def authorize(body: AuthorizationIn, ws: WS,
                        operator: Annotated[str | None, Header(alias=OPERATOR)] = None) -> dict[str, Any]:
        """Register the applicant's authorization (一次一授权): one holder, purpose, scope, expiry."""
        return await run_in_threadpool(library_for(platform).authorize, caller(ws, operator), holder_id=body.holder_id,
                                       purpose=body.purpose, scope=body.scope, case_ref=body.case_ref,
                                       consent_ref=body.consent_ref, hours=body.hours)

    @r.delete("/elicense/authorizations/{auth_id}", status_code=204)
    async def revoke(auth_id: str, ws: WS, operator: Annotated[str | None, Header(alias=OPERATOR)] = None) -> Response:
        """The applicant withdrew the authorization; later lookups with it are refused."""
        ok = await run_in_threadpool(library_for(platform).revoke_authorization, caller(ws, operator), auth_id)
        return Response(status_code=204 if ok else 404)

    @r.get("/elicense/licences")
    async def search(ws: WS, holder: Annotated[str, Query(max_length=40)], type: Annotated[str, Query(max_length=80)],
                     authorization: Annotated[str, Query(max_length=36)] = "",
                     operator: Annotated[str | None, Header(alias=OPERATOR)] = None) -> Any:
        """Licences of a holder by 证照类型 (metadata and status, no data items)."""
        try:
            found = await run_in_threadpool(library_for(platform).search, caller(ws, operator), holder_id=holder,
                                            type_name=type, auth_id=authorization)
        except Denied as exc:
            return _denied(exc)
        return {"licences": found}

    @r.get("/elicense/licences/{licence_id}")
    async def fetch(licence_id: str, ws: WS, authorization: Annotated[str, Query(max_length=36)] = "",
                    operator: Annotated[str | None, Header(alias=OPERATOR)] = None) -> Any:
        """One licence with its 照面信息, file hash and signature."""
        try:
            return await run_in_threadpool(library_for(platform).fetch, caller(ws, operator), licence_id, authorization)
        except Denied as exc:
            return _denied(exc)

    @r.get("/elicense/licences/{licence_id}/file")
    async def file(licence_id: str, ws: WS, authorization: Annotated[str, Query(max_length=36)] = "",
                   operator: Annotated[str | None, Header(alias=OPERATOR)] = None) -> Response:
        """The licence file (PDF or OFD)."""
        try:
            content, media = await run_in_threadpool(library_for(platform).file, caller(ws, operator), licence_id,
                                                     authorization)
        except Denied as exc:
            return _denied(exc)
        return Response(content, media_type=media)

    @r.post("/elicense/verify")
    async def verify(body: VerifyIn, ws: WS, operator: Annotated[str | None, Header(alias=OPERATOR)] = None) -> Any:
        """Genuine (signature, file hash) and in force (not revoked or expired)?"""
        return await run_in_threadpool(library_for(platform).verify, caller(ws, operator), body.licence,
                                       file_sha256=body.file_sha256, data=body.data)

    @r.get("/shared/{kind}")
    async def shared(kind: str, ws: WS, subject: Annotated[str, Query(max_length=40)],
                     authorization: Annotated[str, Query(max_length=36)] = "",
                     operator: Annotated[str | None, Header(alias=OPERATOR)] = None) -> Any:
        """A shared-data lookup (户籍, 婚姻登记, 社保参保, 市场主体登记 …) with an authorization."""
        try:
            return await run_in_threadpool(library_for(platform).shared, caller(ws, operator), kind, subject,
                                           authorization)
        except Denied as exc:
            return _denied(exc)

    return r


def mount(app: FastAPI, platform: Any) -> None:
    library_for(platform)  # tables and signing key before the first request
    app.include_router(router(platform))
    app.include_router(public_router(platform))


def public_router(platform: Any) -> APIRouter:
    r = APIRouter(tags=["elicense"])

    @r.get("/verify")
    async def qr_verify(no: Annotated[str, Query(max_length=120)] = "", eid: Annotated[str, Query(max_length=120)] = "",
                        fp: Annotated[str, Query(max_length=64)] = "") -> Any:
        """Where a printed certificate's QR points: is the licence in the library and in force?
        Public (a phone scanning the paper has no token); answers with what the paper shows."""
        out = await run_in_threadpool(library_for(platform).qr_check, no, eid)
        return {**out, "fp": fp}

    return r

