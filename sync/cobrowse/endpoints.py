"""Both ends of a co-browse session over `CobrowseClient`, without Qt (the UI wraps these).

`ClerkEndpoint` — the window: listens for requests, accepts one per case (recording the
applicant's consent), runs an `app.services.cobrowse.ClerkShare` per session and routes the
helper's frames to it. `HelperEndpoint` — the county helper: requests a window, keeps the live
view (snapshot + RFC 6902 patches, asking for a resync on a gap), points and suggests.

Both take the platform link the composition root built (`link=`: URL, TLS context with the
configured CA, timeout), so co-browse trusts exactly what sync trusts.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from app.bootstrap import PlatformLink
from app.services.cobrowse import ClerkShare, apply_frame
from app.services.context import ServiceContext
from app.storage import Actor
from sync.cobrowse import protocol as P
from sync.cobrowse.client import CobrowseClient

Listener = Callable[[str, dict[str, Any]], None]


class ClerkEndpoint:
    def __init__(self, ctx: ServiceContext, actor: Actor, base_url: str, token: Callable[[], str] | str, *,
                 queue_size: int = 64, link: PlatformLink | None = None):
        self.ctx, self.actor = ctx, actor
        self.requests: dict[str, dict[str, Any]] = {}   # session → request frame (pending)
        self.shares: dict[str, ClerkShare] = {}
        self.listeners: list[Listener] = []
        self.link = "disconnected"
        self.client = CobrowseClient(base_url, "clerk", token, self._on_message, queue_size=queue_size,
                                     on_overflow=self._overflow, on_connect=self._on_connect,
                                     on_state=self._on_state, **_tls(link))

    def start(self) -> ClerkEndpoint:
        self.client.start()
        return self

    def close(self) -> None:
        """End every session (the helpers are told) and disconnect; waits at most 1 s for the link."""
        for share in list(self.shares.values()):
            self.end(share.session_id, reason="closed")
        self.client.flush(1.0)
        self.client.stop()

    def _notify(self, event: str, payload: dict[str, Any]) -> None:
        for listener in list(self.listeners):
            with contextlib.suppress(Exception):
                listener(event, payload)

    def _on_state(self, state: str) -> None:
        self.link = state
        self._notify("link", {"state": state})

    def _on_connect(self) -> None:
        self.link = "connected"
        for share in self.shares.values():
            share.resync()

    def _overflow(self) -> list[dict[str, Any]]:
        return [f for share in list(self.shares.values()) if not share.ended for f in share.overflow_frames()]

    def _on_message(self, msg: dict[str, Any]) -> None:
        kind, sid = msg.get("type"), msg.get("session")
        if kind == P.REQUEST and isinstance(sid, str):
            if sid not in self.shares:
                self.requests[sid] = msg
                self._notify("request", msg)
            return
        share = self.shares.get(sid) if isinstance(sid, str) else None
        if kind == P.ENDED:
            self.requests.pop(sid, None)
            if share is not None:
                self.shares.pop(sid, None)
                share.end(reason=f"ended by {msg.get('by')}")
            self._notify("ended", msg)
        elif kind == P.PEER:
            self._notify("peer", msg)
        elif share is not None:
            share.handle(msg)

    def accept(self, session_id: str, case_uuid: str, *, applicant_consent: bool,
               evidence: str = "申请人口头同意") -> ClerkShare:
        req = self.requests.get(session_id)
        if req is None:
            from app.errors import NotFoundError
            raise NotFoundError("该协助请求已不存在", f"no pending co-browse request {session_id}")
        helper = str(req.get("helper"))
        if req.get("helper_user"):
            helper = f"{req['helper_user']}@{helper}"
        share = ClerkShare.accept(self.ctx, case_uuid, session_id, actor=self.actor, helper=helper,
                                  send=self.client.send, applicant_consent=applicant_consent, evidence=evidence,
                                  start=False)
        self.requests.pop(session_id, None)
        self.shares[session_id] = share
        self.client.send({"type": P.ACCEPT, "session": session_id})
        share.start()  # the snapshot follows the accept on the wire
        return share

    def decline(self, session_id: str) -> None:
        self.requests.pop(session_id, None)
        self.client.send({"type": P.DECLINE, "session": session_id})

    def end(self, session_id: str, reason: str = "clerk") -> None:
        share = self.shares.pop(session_id, None)
        self.client.send({"type": P.END, "session": session_id, "reason": reason})
        if share is not None:
            share.end(reason=reason)


class HelperEndpoint:
    def __init__(self, base_url: str, token: Callable[[], str] | str, *, session: str | None = None,
                 user: str = "", link: PlatformLink | None = None):
        self.user = user  # the helper's login on the helper PC (shown to the window, in its audit)
        self.doc: dict[str, Any] | None = None
        self.seq = 0
        self.state = "idle"   # idle → requested → active → ended
        self.peer = "unknown"
        self.listeners: list[Listener] = []
        self.frames = 0
        self.picture: dict[str, Any] | None = None  # the latest masked picture frame
        self.updated = threading.Condition()
        self.client = CobrowseClient(base_url, "helper", token, self._on_message, session=session,
                                     on_state=lambda s: self._notify("link", {"state": s}), **_tls(link))

    @property
    def session(self) -> str | None:
        return self.client.session

    def start(self) -> HelperEndpoint:
        self.client.start()
        return self

    def close(self) -> None:
        self.client.stop()

    def _notify(self, event: str, payload: dict[str, Any]) -> None:
        for listener in list(self.listeners):
            with contextlib.suppress(Exception):
                listener(event, payload)

    def _on_message(self, msg: dict[str, Any]) -> None:
        kind = msg.get("type")
        if kind == "requested":
            self.state = "requested"
        elif kind == P.ACCEPTED:
            self.state = "active"
        elif kind == P.ENDED:
            self.state = "ended"
        elif kind == P.PEER:
            self.peer = str(msg.get("state"))
        elif kind == P.PICTURE:
            with self.updated:
                self.picture = msg
                self.updated.notify_all()
        elif kind in (P.SNAPSHOT, P.PATCH):
            doc, seq, ok = apply_frame(self.doc, self.seq, msg)
            if not ok:
                self.client.send({"type": P.RESYNC, "session": self.session})
                return
            with self.updated:
                self.doc, self.seq = doc, seq
                self.frames += 1
                self.updated.notify_all()
        self._notify(kind or "", msg)

    def wait_for(self, predicate: Callable[[dict[str, Any] | None], bool], timeout: float = 5.0) -> bool:
        with self.updated:
            return self.updated.wait_for(lambda: predicate(self.doc), timeout)

    def request(self, target_workstation: str, note: str = "") -> None:
        self.client.send({"type": P.REQUEST, "target": target_workstation, "note": note, "user": self.user})

    def point(self, field: str | None) -> None:
        self.client.send({"type": P.POINTER, "session": self.session, "field": field})

    def suggest(self, field: str, value: str) -> None:
        self.client.send({"type": P.SUGGEST, "session": self.session, "field": field, "value": value})

    def end(self, reason: str = "helper") -> None:
        self.client.send({"type": P.END, "session": self.session, "reason": reason})


def _tls(link: PlatformLink | None) -> dict[str, Any]:
    return {} if link is None else {"ssl_context": link.ssl_context, "open_timeout": link.timeout_s}


def platform_token(platform_url: str, credential: str | None = None, *,
                   link: PlatformLink | None = None) -> Callable[[], str]:
    """A token provider for either end: exchanges the workstation credential (explicit, the
    environment or the keyring — as `zongchuang sync` uses) for a fresh access token per connect,
    over the same checked link (CA, timeout, proxy) as sync when `link` is given."""
    from sync.client.credentials import load_credential
    from sync.client.http import PlatformClient
    from sync.client.session import client_factory

    cred = load_credential(platform_url, credential)

    def token() -> str:
        client = client_factory(cred)(link) if link is not None else PlatformClient(platform_url, cred, timeout=15)
        try:
            client.authenticate()
            return client._token or ""
        finally:
            client.close()

    return token
