"""Running the platform: `serve` (blocking, for `zongchuang platform serve`) and
`PlatformServer` (a real uvicorn server on a thread, for the demo and the tests)."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sync.platform.service import Platform, PlatformSettings

log = logging.getLogger("zongchuang.platform")


@dataclass
class TLS:
    certfile: Path
    keyfile: Path


FIRST_BYTE_TIMEOUT = 10.0  # seconds a new connection may stay silent before it is closed
LIMIT_CONCURRENCY = 768  # connections + tasks; above it new requests get 503 (below the 1,024-fd default)


REQUEST_GRACE = 10.0  # seconds a request's headers may take from its first byte (slowloris)
MIN_BODY_RATE = 1024.0  # bytes/s a body must average after the grace (a 2G link does ~10 KB/s)
WATCH_TICK = 1.0


def _idle_closing_h11():
    """uvicorn's h11 protocol with two more bounds on a connection's time:

    - a connection that sends nothing is closed after FIRST_BYTE_TIMEOUT (uvicorn only times
      out idle connections *between* requests, so silent connections once piled up until the
      process ran out of file descriptors);
    - a request that trickles in (slowloris: headers or body one byte at a time) is cut off:
      its headers must be complete REQUEST_GRACE seconds after its first byte, and its body
      must keep up MIN_BODY_RATE on average after that. Time while the server itself holds
      reading back (flow control: the handler is slow to take the body) does not count, and a
      request received in full is never cut, however long its handler runs."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class IdleClosingH11(H11Protocol):
        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self.timeout_keep_alive_task = self.loop.call_later(
                min(FIRST_BYTE_TIMEOUT, float(self.timeout_keep_alive)), self.timeout_keep_alive_handler)
            self._zc_spent: float | None = None  # seconds the current request has been arriving
            self._zc_body = 0  # its body bytes so far
            self._zc_watch = None

        def data_received(self, data: bytes) -> None:
            state = self.conn.their_state
            if state is h11.IDLE and not self.conn.trailing_data[0]:  # the first bytes of a new request
                self._zc_spent, self._zc_body = 0.0, 0
                if self._zc_watch is None:
                    self._zc_watch = self.loop.call_later(WATCH_TICK, self._zc_check)
            elif state is h11.SEND_BODY:
                self._zc_body += len(data)
            super().data_received(data)

        def _zc_check(self) -> None:
            self._zc_watch = None
            if self.transport.is_closing() or self.transport.get_protocol() is not self:
                return  # closed, or upgraded to a websocket (the relay bounds those)
            state = self.conn.their_state
            pending = bool(self.conn.trailing_data[0])
            if state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.SWITCHED_PROTOCOL, h11.ERROR) or (
                    state is h11.IDLE and not pending):
                self._zc_spent = None  # received in full (or nothing begun): the next byte starts anew
                return
            if not self.flow.read_paused:
                self._zc_spent = (self._zc_spent or 0.0) + WATCH_TICK
            allowed = REQUEST_GRACE + (self._zc_body / MIN_BODY_RATE if state is h11.SEND_BODY else 0.0)
            if (self._zc_spent or 0.0) > allowed:
                log.warning("closing a connection from %s: request too slow (%.0f s, %d body bytes)",
                            (self.client or ("?",))[0], self._zc_spent, self._zc_body)
                self.transport.close()
                return
            self._zc_watch = self.loop.call_later(WATCH_TICK, self._zc_check)

        def connection_lost(self, exc) -> None:  # type: ignore[override]
            if self._zc_watch is not None:
                self._zc_watch.cancel()
                self._zc_watch = None
            super().connection_lost(exc)

    return IdleClosingH11


def _raise_fd_limit() -> None:
    """Use the hard limit of open files (often 4,096+ where the soft one is 1,024)."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if hard == resource.RLIM_INFINITY or hard > soft:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536) if hard != resource.RLIM_INFINITY else 65536, hard))
    except (ImportError, ValueError, OSError):
        pass


def _redact_server_logs() -> None:
    """uvicorn logs each websocket's path with its query (`?access_token=…`) and may log
    request lines: the same redaction as the workstation's logs (tokens, ID numbers, phones)."""
    from app.security.redaction import RedactingFilter

    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())


def _config(platform: Platform, host: str, port: int, tls: TLS | None, log_level: str):
    import uvicorn

    _redact_server_logs()

    from sync.cobrowse.protocol import MAX_FRAME
    from sync.platform.api import create_app

    kwargs = {}
    if tls is not None:
        kwargs = {"ssl_certfile": str(tls.certfile), "ssl_keyfile": str(tls.keyfile)}
    return uvicorn.Config(create_app(platform), host=host, port=port, log_level=log_level, access_log=False,
                          timeout_keep_alive=30, lifespan="off", ws_max_size=MAX_FRAME + 64 * 1024,
                          http=_idle_closing_h11(), limit_concurrency=LIMIT_CONCURRENCY, **kwargs)


def serve(settings: PlatformSettings, host: str, port: int, tls: TLS | None = None, log_level: str = "info",
          workers: int = 1) -> None:
    """Serve until SIGINT/SIGTERM. With `workers` > 1 (POSIX), that many processes share one
    listening socket: a center's relay or a test platform uses more than one core, since one
    Python process runs its request handlers one at a time (the GIL). Everything the
    processes share lives in the database and the blob folder (record locks), except the rate-limit
    buckets: a shared memory table made here before the fork (sync/platform/ratelimit.py)."""
    import uvicorn

    _raise_fd_limit()
    platform = Platform(settings)  # creates or checks the database once, before any fork
    from sync.platform.elicense_api import library_for

    library_for(platform)  # the e-licence tables and signing key too (docs/elicense.md)
    if workers <= 1 or not hasattr(os, "fork"):
        try:
            uvicorn.Server(_config(platform, host, port, tls, log_level)).run()
        finally:
            platform.close()
        return
    platform.close()
    from sync.platform.ratelimit import SharedBuckets

    table = SharedBuckets()  # before the fork: every worker takes a workstation's tokens from one bucket
    sock = _listen(host, port)
    bound = sock.getsockname()[1]
    scheme = "https" if tls else "http"
    print(f"平台已启动 / platform serving on {scheme}://{host}:{bound} ({workers} worker processes)", flush=True)
    _Supervisor(settings, sock, tls, log_level, workers, table).run()


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket the workers share. Made with proto=IPPROTO_TCP on purpose: asyncio
    sets TCP_NODELAY only on sockets that say they are TCP, and without it every response
    waits ~40 ms for a delayed ACK (Nagle)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


class _Supervisor:
    """Forks the worker processes, restarts one that dies, and stops them all on a signal."""

    def __init__(self, settings: PlatformSettings, sock: socket.socket, tls: TLS | None, log_level: str, n: int,
                 table: Any = None):
        self.settings, self.sock, self.tls, self.log_level, self.n = settings, sock, tls, log_level, n
        self.table = table  # the shared rate-limit buckets (ratelimit.SharedBuckets)
        self.children: dict[int, float] = {}  # pid → start time
        self.stopping = False

    def _spawn(self) -> None:
        pid = os.fork()
        if pid == 0:  # the worker
            code = 0
            try:
                import uvicorn

                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                platform = Platform(self.settings, rate_table=self.table)
                try:
                    uvicorn.Server(_config(platform, "", 0, self.tls, self.log_level)).run(sockets=[self.sock])
                finally:
                    platform.close()
            except BaseException:  # noqa: BLE001 - report, then leave without running the parent's cleanup
                import traceback

                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        self.children[pid] = time.monotonic()

    def _stop(self, *_args: object) -> None:
        self.stopping = True
        for pid in list(self.children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    def run(self) -> None:
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        for _ in range(self.n):
            self._spawn()
        quick_deaths = 0
        while self.children:
            try:
                pid, status = os.wait()
            except ChildProcessError:
                break
            started = self.children.pop(pid, None)
            if started is None or self.stopping:
                continue
            quick_deaths = quick_deaths + 1 if time.monotonic() - started < 5 else 0
            if quick_deaths >= 3:  # crashing at start-up: don't spin, stop everything
                log.error("platform workers keep exiting at start-up (status %s); stopping", status)
                self._stop()
                continue
            log.warning("platform worker %s exited (status %s); starting another", pid, status)
            self._spawn()
        self.sock.close()


class PlatformServer:
    """A real HTTP server on 127.0.0.1 (port 0 picks a free one), run on a background thread."""

    def __init__(self, settings: PlatformSettings, host: str = "127.0.0.1", port: int = 0, tls: TLS | None = None):
        self.settings, self.host, self.requested_port, self.tls = settings, host, port, tls
        self.platform: Platform | None = None
        self._server = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> PlatformServer:
        import uvicorn

        if self.platform is None:
            self.platform = Platform(self.settings)
        port = self.port or self.requested_port
        self._server = uvicorn.Server(_config(self.platform, self.host, port, self.tls, "warning"))
        self._server.install_signal_handlers = lambda: None  # not the main thread
        self._thread = threading.Thread(target=self._server.run, name="platform-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the platform server did not start")
            time.sleep(0.02)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Stop serving (the database stays open so `start()` can bring it back on the same port)."""
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server, self._thread = None, None

    def close(self) -> None:
        self.stop()
        if self.platform is not None:
            self.platform.close()
            self.platform = None

    def __enter__(self) -> PlatformServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()
