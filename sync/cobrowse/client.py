"""A co-browse websocket client for either end (clerk or helper), without Qt.

It runs its own asyncio loop on a background thread, so the caller (the clerk's UI thread, a
test) never waits on the network: `send()` only appends to a bounded queue. When the queue is
full the pending frames are dropped and, once the link drains, `on_overflow()` is asked for the
frames that replace them (the clerk side returns one fresh snapshot). It reconnects with
backoff; `on_connect()` runs after each (re)connection (the clerk side marks every session for
a fresh snapshot; the helper side re-joins its session via `?session=`).

TLS and the connect timeout come from the platform link the composition root built
(`app.bootstrap.PlatformLink`: the `[platform] ca_file` the first-run wizard wrote, the timeout),
the same link sync uses; the client reads no setting itself.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import ssl
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from sync.cobrowse import protocol as P

Handler = Callable[[dict[str, Any]], None]


class CobrowseClient:
    def __init__(self, base_url: str, role: str, token: Callable[[], str] | str, on_message: Handler, *,
                 session: str | None = None, queue_size: int = 64,
                 on_overflow: Callable[[], list[dict[str, Any]]] | None = None,
                 on_connect: Callable[[], None] | None = None, on_state: Callable[[str], None] | None = None,
                 backoff: tuple[float, float] = (0.2, 5.0), ssl_context: ssl.SSLContext | None = None,
                 open_timeout: float = 10.0):
        if role not in ("clerk", "helper"):
            raise ValueError("role is clerk or helper")
        self.base_url, self.role = base_url.rstrip("/"), role
        self._token = token if callable(token) else (lambda: token)
        self.on_message, self.on_overflow, self.on_connect, self.on_state = on_message, on_overflow, on_connect, on_state
        self.session = session
        self.queue_size = queue_size
        self.backoff = backoff
        self.ssl_context = ssl_context  # None: the system's CAs (https) / plain (http to this machine)
        self.open_timeout = open_timeout
        self.connected = threading.Event()
        self.dropped = 0  # frames dropped because the link was slower than the edits
        self._out: collections.deque[str] = collections.deque()
        self._overflow = False
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._ws = None

    # -- caller side (any thread, never blocks) ----------------------------------------------------

    def send(self, msg: dict[str, Any]) -> bool:
        """Queue a frame; False when the queue was full (the backlog is replaced via on_overflow)."""
        text = P.dumps(msg)
        with self._lock:
            ok = len(self._out) < self.queue_size
            if ok:
                self._out.append(text)
            else:
                self.dropped += len(self._out) + 1
                self._out.clear()
                self._overflow = True
        self._poke()
        return ok

    def _poke(self) -> None:
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    def start(self) -> CobrowseClient:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name=f"cobrowse-{self.role}", daemon=True)
        self._thread.start()
        ready.wait(5)
        return self

    def flush(self, timeout: float = 1.0) -> bool:
        """Wait (bounded) until the queued frames went out; False when the link is down or slow."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if not self._out and not self._overflow:
                    return True
            if not self.connected.is_set():
                return False
            time.sleep(0.01)
        return False

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._poke()
        loop, ws = self._loop, self._ws
        if loop is not None and ws is not None:
            with contextlib.suppress(RuntimeError):
                asyncio.run_coroutine_threadsafe(ws.close(), loop)
        if self._thread is not None:
            self._thread.join(timeout)

    def drop_link(self) -> None:
        """Close the current connection abruptly (tests; the client reconnects by itself)."""
        loop, ws = self._loop, self._ws
        if loop is not None and ws is not None:
            asyncio.run_coroutine_threadsafe(_abort(ws), loop)

    # -- the loop thread -------------------------------------------------------------------------

    def _url(self) -> str:
        scheme = "wss" if self.base_url.startswith("https") else "ws"
        rest = self.base_url.split("://", 1)[1]
        query = {"role": self.role}
        if self.role == "helper" and self.session:
            query["session"] = self.session
        return f"{scheme}://{rest}{P.PATH}?{urlencode(query)}"

    def _run(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._wake = asyncio.Event()
        ready.set()
        try:
            loop.run_until_complete(self._main())
        finally:
            loop.close()

    def _state(self, state: str) -> None:
        if self.on_state:
            with contextlib.suppress(Exception):
                self.on_state(state)

    async def _main(self) -> None:
        from websockets.asyncio.client import connect

        delay = self.backoff[0]
        loop = asyncio.get_running_loop()
        while not self._stop.is_set():
            try:
                token = await loop.run_in_executor(None, self._token)
                kw: dict[str, Any] = {}
                if self.base_url.startswith("https") and self.ssl_context is not None:  # the center's CA, as sync
                    kw["ssl"] = self.ssl_context
                async with connect(self._url(), additional_headers={"Authorization": f"Bearer {token}"}, **kw,
                                   max_size=P.MAX_FRAME, open_timeout=self.open_timeout, ping_interval=10,
                                   ping_timeout=10) as ws:
                    self._ws = ws
                    delay = self.backoff[0]
                    self.connected.set()
                    self._state("connected")
                    if self.on_connect:
                        await loop.run_in_executor(None, self.on_connect)
                    sender = asyncio.create_task(self._sender(ws))
                    try:
                        async for text in ws:
                            msg = P.loads(text)
                            if msg.get("type") in ("requested", P.ACCEPTED) and self.role == "helper":
                                self.session = msg.get("session") or self.session
                            if msg.get("type") == P.ENDED and self.session == msg.get("session"):
                                self.session = None
                            with contextlib.suppress(Exception):
                                self.on_message(msg)
                    finally:
                        sender.cancel()
                        with contextlib.suppress(asyncio.CancelledError, Exception):
                            await sender
            except Exception:  # refused, reset, timeout: try again later
                pass
            self._ws = None
            self.connected.clear()
            if self._stop.is_set():
                break
            self._state("disconnected")
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stopped(), delay)
            delay = min(self.backoff[1], delay * 2)

    async def _stopped(self) -> None:
        while not self._stop.is_set():
            await asyncio.sleep(0.05)

    async def _sender(self, ws) -> None:
        loop = asyncio.get_running_loop()
        assert self._wake is not None
        while True:
            with self._lock:
                batch = list(self._out)
                self._out.clear()
                overflow, self._overflow = self._overflow, False
            if overflow and self.on_overflow is not None:
                replacement = await loop.run_in_executor(None, self.on_overflow)
                batch = [P.dumps(m) for m in replacement] + batch
            if not batch:
                self._wake.clear()
                with self._lock:
                    pending = bool(self._out) or self._overflow
                if not pending:
                    await self._wake.wait()
                continue
            for text in batch:
                await ws.send(text)


async def _abort(ws) -> None:
    transport = getattr(ws, "transport", None)
    if transport is not None:
        transport.abort()
    else:
        await ws.close()
