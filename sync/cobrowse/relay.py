"""The platform's co-browse relay: one authenticated websocket per end, frames routed by session.

Both ends (the town window and the county helper) sit behind NAT and only dial out to the
platform, so the platform relays. It authenticates each end with the workstation access token
of the sync protocol (`Authorization: Bearer …` or `?access_token=`), keeps sessions in memory
(request → accepted → ended), and never stores case content. A slow end cannot stall the
other: each connection has a bounded outbound queue; an overflow toward the helper is dropped
and turned into a `resync` request to the clerk (a fresh snapshot replaces the lost patches).
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, FastAPI, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from sync.cobrowse import protocol as P

OUT_QUEUE = 256
IDLE_TTL = 30 * 60.0  # a session nobody touched for this long is forgotten (both ends gone)
MAX_TARGET = 64  # a workstation id is at most 32 characters
REQUESTS_PER_MINUTE = 10  # help requests one helper connection may make


def center_covers(helper_center: str, target_center: str) -> bool:
    """Whether a helper of `helper_center` may ask a window of `target_center` for a session:
    the same center, or a center under it in the administrative code (a city center 420100
    covers its districts 4201xx, a province center 420000 covers 42xxxx)."""
    if not helper_center or not target_center:
        return False
    if helper_center == target_center:
        return True
    if helper_center.endswith("0000"):
        return target_center[:2] == helper_center[:2]
    if helper_center.endswith("00"):
        return target_center[:4] == helper_center[:4]
    return False


class Conn:
    """One connected end: its identity and a bounded outbound queue drained by a writer task."""

    def __init__(self, ws: WebSocket, workstation: str, center: str, role: str, relay: Relay):
        self.ws, self.workstation, self.center, self.role, self.relay = ws, workstation, center, role, relay
        self.queue: asyncio.Queue[str | None] = asyncio.Queue(OUT_QUEUE)
        self.overflowed: set[str] = set()  # sessions whose frames were dropped (resync needed)
        self.requests: list[float] = []  # monotonic times of this end's recent help requests

    def send(self, msg: dict[str, Any]) -> bool:
        text = P.dumps(msg)
        self.relay._tap("out", self.role, text)
        try:
            self.queue.put_nowait(text)
            return True
        except asyncio.QueueFull:
            return False

    async def writer(self) -> None:
        while True:
            text = await self.queue.get()
            if text is None:
                return
            await self.ws.send_text(text)


@dataclass
class Session:
    id: str
    clerk: str              # workstation id of the window
    helper: str             # workstation id of the helper's PC
    helper_center: str
    note: str = ""
    helper_user: str = ""   # the helper's login as its (authenticated) workstation declares it
    state: str = "requested"  # requested → active → (removed when ended)
    helper_conn: Conn | None = None
    grant: str = ""         # the cross-center grant that let the request through (sync/platform/grants.py)
    last: float = field(default_factory=time.monotonic)


class Relay:
    def __init__(self, authenticate: Callable[[str], Any], center_of: Callable[[str], str | None] | None = None,
                 grant_for: Callable[[str, str, str, str], str | None] | None = None,
                 grant_used: Callable[[str, str, str, str], None] | None = None):
        self.authenticate = authenticate  # token → Workstation(id, center_code) | None (blocking)
        self.center_of = center_of or (lambda _ws: None)  # workstation id → its center (blocking, cached)
        # (helper ws, helper center, window, window center) → id of a live explicit grant (never cached:
        # a revocation counts at once); and the audit of its use
        self.grant_for = grant_for or (lambda *_a: None)
        self.grant_used = grant_used or (lambda *_a: None)
        self._centers: dict[str, str | None] = {}
        self.clerks: dict[str, Conn] = {}
        self.sessions: dict[str, Session] = {}
        self.taps: list[Callable[[str, str, str], None]] = []  # (direction, role, frame text) — tests, ops

    def _tap(self, direction: str, role: str, text: str) -> None:
        for tap in list(self.taps):
            with contextlib.suppress(Exception):
                tap(direction, role, text)

    # -- routing ---------------------------------------------------------------------------------

    def _to_helper(self, s: Session, msg: dict[str, Any]) -> None:
        conn = s.helper_conn
        if conn is None:
            return  # the helper gets a fresh snapshot when it comes back
        if not conn.send(msg) and msg.get("type") in (P.PATCH, P.SNAPSHOT, P.PICTURE):
            conn.overflowed.add(s.id)
            self._drain(conn)
            clerk = self.clerks.get(s.clerk)
            if clerk is not None:
                clerk.send({"type": P.RESYNC, "session": s.id})

    @staticmethod
    def _drain(conn: Conn) -> None:
        while True:
            try:
                conn.queue.get_nowait()
            except asyncio.QueueEmpty:
                return

    def _to_clerk(self, s: Session, msg: dict[str, Any]) -> None:
        conn = self.clerks.get(s.clerk)
        if conn is not None:
            conn.send(msg)

    def _end(self, s: Session, by: str, reason: str) -> None:
        self.sessions.pop(s.id, None)
        msg = {"type": P.ENDED, "session": s.id, "by": by, "reason": reason}
        self._to_clerk(s, msg)
        self._to_helper(s, msg)

    def on_connect(self, conn: Conn, session_id: str | None) -> None:
        conn.send({"type": P.HELLO, "protocol": P.PROTOCOL, "workstation": conn.workstation, "role": conn.role})
        if conn.role == "clerk":
            old = self.clerks.get(conn.workstation)
            if old is not None and old is not conn:  # a stale link of the same window: stop writing to it
                self._drain(old)
                old.queue.put_nowait(None)
            self.clerks[conn.workstation] = conn
            for s in self.sessions.values():
                if s.clerk != conn.workstation:
                    continue
                if s.state == "requested":
                    conn.send(self._request_frame(s))
                else:
                    conn.send({"type": P.RESYNC, "session": s.id, "resume": True})
                    self._to_helper(s, {"type": P.PEER, "session": s.id, "state": "back"})
        elif session_id:
            s = self.sessions.get(session_id)
            if s is None or s.helper != conn.workstation:
                conn.send({"type": P.ENDED, "session": session_id, "by": "relay", "reason": "unknown_session"})
                return
            s.helper_conn = conn
            conn.overflowed.discard(s.id)
            conn.send({"type": P.ACCEPTED if s.state == "active" else "requested", "session": s.id})
            if s.state == "active":
                self._to_clerk(s, {"type": P.RESYNC, "session": s.id, "resume": True})
                self._to_clerk(s, {"type": P.PEER, "session": s.id, "state": "back"})

    def on_disconnect(self, conn: Conn) -> None:
        if conn.role == "clerk":
            if self.clerks.get(conn.workstation) is conn:
                del self.clerks[conn.workstation]
                for s in self.sessions.values():
                    if s.clerk == conn.workstation:
                        self._to_helper(s, {"type": P.PEER, "session": s.id, "state": "left"})
        else:
            for s in self.sessions.values():
                if s.helper_conn is conn:
                    s.helper_conn = None
                    self._to_clerk(s, {"type": P.PEER, "session": s.id, "state": "left"})

    def _center(self, workstation: str) -> str | None:
        if workstation not in self._centers:
            if len(self._centers) > 10_000:
                self._centers.clear()
            self._centers[workstation] = self.center_of(workstation)
        return self._centers[workstation]

    @staticmethod
    def _request_frame(s: Session) -> dict[str, Any]:
        frame = {"type": P.REQUEST, "session": s.id, "helper": s.helper, "helper_center": s.helper_center,
                 "helper_user": s.helper_user, "note": s.note}
        if s.grant:
            frame["grant"] = s.grant
        return frame

    def _expire(self) -> None:
        now = time.monotonic()
        for s in list(self.sessions.values()):
            if now - s.last > IDLE_TTL:
                self._end(s, "relay", "idle")

    def on_frame(self, conn: Conn, msg: dict[str, Any]) -> None:
        self._expire()
        kind = msg.get("type")
        sid = msg.get("session")
        s = self.sessions.get(sid) if isinstance(sid, str) else None
        if s is not None:
            s.last = time.monotonic()
        if conn.role == "helper" and kind == P.REQUEST:
            target = msg.get("target")
            now = time.monotonic()
            conn.requests = [t for t in conn.requests if now - t < 60.0]
            if len(conn.requests) >= REQUESTS_PER_MINUTE:
                conn.send({"type": P.ERROR, "error": "rate_limited",
                           "message": "协助请求过于频繁，请稍后再试 / too many help requests; wait a minute"})
                return
            conn.requests.append(now)
            target_center = self._center(target) if isinstance(target, str) and 0 < len(target) <= MAX_TARGET else None
            grant = ""
            if target_center and not center_covers(conn.center, target_center):
                grant = self.grant_for(conn.workstation, conn.center, target, target_center) or ""
            if not target_center or not (grant or center_covers(conn.center, target_center)):
                # unknown or outside the helper's center: one answer, so nothing is revealed
                conn.send({"type": P.ERROR, "error": "forbidden",
                           "message": "只能协助本中心（及下辖中心）或经明确授权的窗口 / only windows of your center (or "
                                      "the centers under it), or windows an explicit grant names, can be helped"})
                return
            s = Session(id=secrets.token_urlsafe(12), clerk=target, helper=conn.workstation,
                        helper_center=conn.center, note=str(msg.get("note") or "")[:200],
                        helper_user=str(msg.get("user") or "")[:64], helper_conn=conn, grant=grant)
            self.sessions[s.id] = s
            if grant:
                self.grant_used(grant, conn.workstation, target, s.id)
            conn.send({"type": "requested", "session": s.id, "target": target,
                       "online": target in self.clerks})
            self._to_clerk(s, self._request_frame(s))
            return
        if s is None:
            conn.send({"type": P.ERROR, "error": "unknown_session", "session": sid,
                       "message": "没有该协助会话 / no such co-browse session"})
            return
        mine = s.clerk == conn.workstation if conn.role == "clerk" else s.helper == conn.workstation
        if not mine:
            conn.send({"type": P.ERROR, "error": "forbidden", "session": sid,
                       "message": "不是该会话的参与方 / not a party to this session"})
            return
        if kind == P.END or (kind == P.DECLINE and conn.role == "clerk"):
            self._end(s, conn.role, str(msg.get("reason") or kind))
        elif conn.role == "clerk" and kind == P.ACCEPT and s.state == "requested":
            s.state = "active"
            self._to_helper(s, {"type": P.ACCEPTED, "session": s.id})
        elif s.state != "active":
            conn.send({"type": P.ERROR, "error": "not_active", "session": sid,
                       "message": "窗口尚未接受协助 / the window has not accepted yet"})
        elif conn.role == "clerk" and kind in P.CLERK_TO_HELPER:
            if kind == P.SNAPSHOT and s.helper_conn is not None:
                s.helper_conn.overflowed.discard(s.id)
            self._to_helper(s, msg)
        elif conn.role == "helper" and kind in P.HELPER_TO_CLERK:
            self._to_clerk(s, {**msg, "helper": conn.workstation})
        else:
            conn.send({"type": P.ERROR, "error": "bad_type", "session": sid,
                       "message": f"不支持的消息 {kind} / unsupported frame for role {conn.role}"})


def _token(ws: WebSocket) -> str:
    auth = ws.headers.get("authorization") or ""
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return ws.query_params.get("access_token", "")


def router(relay: Relay) -> APIRouter:
    r = APIRouter()

    @r.websocket(P.PATH)
    async def cobrowse(ws: WebSocket) -> None:
        role = ws.query_params.get("role", "")
        token = _token(ws)
        who = await run_in_threadpool(relay.authenticate, token) if token else None
        if who is None or role not in ("clerk", "helper"):
            await ws.close(code=4401 if who is None else 4400)
            return
        await ws.accept()
        conn = Conn(ws, who.id, who.center_code, role, relay)
        writer = asyncio.create_task(conn.writer())
        relay.on_connect(conn, ws.query_params.get("session"))
        try:
            while True:
                message = await ws.receive()
                if message.get("type") == "websocket.disconnect":
                    break
                text = message.get("text")
                if text is None:  # a binary frame: the protocol is JSON text only
                    conn.send({"type": P.ERROR, "error": "bad_frame",
                               "message": "只接受文本消息 / text frames only"})
                    continue
                relay._tap("in", role, text)
                if len(text) > P.MAX_FRAME or len(text.encode("utf-8", "surrogatepass")) > P.MAX_FRAME:
                    conn.send({"type": P.ERROR, "error": "too_large", "message": "消息过大 / frame too large"})
                    continue
                try:
                    msg = P.loads(text)
                except ValueError:
                    conn.send({"type": P.ERROR, "error": "bad_frame", "message": "无效消息 / invalid frame"})
                    continue
                relay.on_frame(conn, msg)
        except (WebSocketDisconnect, RuntimeError):
            pass
        finally:
            relay.on_disconnect(conn)
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await writer

    return r


def mount(app: FastAPI, platform: Any, *, grant_for: Callable[[str, str, str, str], str | None] | None = None,
          grant_used: Callable[[str, str, str, str], None] | None = None) -> Relay:
    """Add the co-browse websocket to the platform's app (called from `sync.platform.api.create_app`,
    which passes the look-up and audit of explicit cross-center grants)."""
    relay = Relay(platform.authenticate, platform.workstation_center, grant_for=grant_for, grant_used=grant_used)
    app.state.cobrowse = relay
    app.include_router(router(relay))
    return relay
