"""The window's side of the 电子证照 / shared-data interface: `HttpLicenceGateway` implements
`app.services.elicense.LicenceGateway` over the platform client (same credential and token as
sync), sorting answers into "offline" (`PlatformUnreachable`: the lookup waits, nothing blocks)
and "refused" (`LookupDenied`). `recheck_at_sync` is what the sync sender runs once the platform
answers again: the checks recorded while offline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import httpx

from app.services import elicense as svc
from app.services.context import ServiceContext
from sync.client.http import AuthFailed, PlatformClient, Rejected, Transient, classify

OPERATOR = "X-Operator"


class HttpLicenceGateway:
    def __init__(self, client: PlatformClient):
        self.client = client
        self._key: str | None = None

    def _call(self, method: str, url: str, *, operator: str = "", **kw: Any) -> httpx.Response:
        headers = {OPERATOR: operator} if operator else {}
        try:
            resp = self.client.request(method, url, headers=headers, **kw)
            if resp.status_code == 403:
                try:
                    msg = resp.json().get("message", "")
                except ValueError:
                    msg = ""
                zh, _, en = msg.partition(" / ")
                raise svc.LookupDenied(f"平台拒绝查询：{zh or '无授权'}", f"the platform refused the lookup: {en or msg}")
            classify(resp)
            return resp
        except Transient as exc:
            raise svc.PlatformUnreachable(f"平台不可达：{exc}", f"the platform is unreachable: {exc}") from None
        except AuthFailed as exc:
            raise svc.LookupDenied(f"平台拒绝了本工作站的凭据：{exc}", f"the platform refused this workstation: {exc}") from None
        except Rejected as exc:
            raise svc.LookupDenied(str(exc), str(exc)) from None

    def public_key(self) -> str:
        if self._key is None:
            self._key = self._call("GET", "/elicense/key").json()["public_key"]
        return self._key

    def authorize(self, *, holder_id: str, purpose: str, scope: Sequence[str], case_ref: str, consent_ref: str,
                  operator: str) -> str:
        body = {"holder_id": holder_id, "purpose": purpose, "scope": list(scope), "case_ref": case_ref,
                "consent_ref": consent_ref}
        return self._call("POST", "/elicense/authorizations", json=body, operator=operator).json()["authorization"]

    def revoke_authorization(self, auth_id: str, *, operator: str) -> None:
        resp = self.client.request("DELETE", f"/elicense/authorizations/{quote(auth_id)}", headers={OPERATOR: operator})
        if resp.status_code not in (204, 404):
            classify(resp)

    def search(self, holder_id: str, type_name: str, auth_id: str, *, operator: str) -> list[dict[str, Any]]:
        resp = self._call("GET", "/elicense/licences", operator=operator,
                          params={"holder": holder_id, "type": type_name, "authorization": auth_id})
        return list(resp.json().get("licences") or [])

    def fetch(self, licence_id: str, auth_id: str, *, operator: str) -> dict[str, Any]:
        return self._call("GET", f"/elicense/licences/{quote(licence_id)}", operator=operator,
                          params={"authorization": auth_id}).json()

    def file(self, licence_id: str, auth_id: str, *, operator: str) -> bytes:
        return self._call("GET", f"/elicense/licences/{quote(licence_id)}/file", operator=operator,
                          params={"authorization": auth_id}).content

    def verify(self, licence_id: str, *, file_sha256: str | None, data: dict[str, Any] | None,
               operator: str) -> dict[str, Any]:
        body: dict[str, Any] = {"licence": licence_id}
        if file_sha256:
            body["file_sha256"] = file_sha256
        if data is not None:
            body["data"] = data
        return self._call("POST", "/elicense/verify", json=body, operator=operator).json()

    def shared(self, kind: str, subject_id: str, auth_id: str, *, operator: str) -> dict[str, Any]:
        return self._call("GET", f"/shared/{quote(kind)}", operator=operator,
                          params={"subject": subject_id, "authorization": auth_id}).json()


def recheck_at_sync(ctx: ServiceContext, client: PlatformClient) -> list[dict[str, Any]]:
    """The e-licence checks recorded while offline, run now that the platform answers."""
    return svc.recheck_pending(ctx, HttpLicenceGateway(client))


def open_gateway(ctx: ServiceContext, platform_url: str | None = None, *, credential: str | None = None,
                 ca_file: str | None = None, timeout: float | None = 10.0,
                 client: PlatformClient | None = None) -> HttpLicenceGateway:
    """A gateway for this workstation: the client the composition root built
    (`Workstation.platform_client()`), or one from the configured link (URL policy, TLS/CA,
    proxy) and the workstation credential, as sync uses. Close it with `gateway.client.close()`."""
    if client is None:
        from app.bootstrap import platform_link
        from app.config import load_config
        from sync.client.session import client_factory

        link = platform_link(load_config(ctx.data_dir), ctx.data_dir, url=platform_url, ca_file=ca_file,
                             timeout_s=timeout)
        client = client_factory(credential)(link)
    return HttpLicenceGateway(client)
