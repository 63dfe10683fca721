"""A fault-injecting proxy between the sync client and the platform (a test peer).

It is a TCP proxy that understands just enough HTTP/1.1 (request/response heads,
Content-Length and chunked bodies, keep-alive) to break exchanges at chosen points: refuse a
request, answer for the platform (5xx, 429, 401), forward it and lose the answer, forward it
and hold the answer (so the client can be killed after the server committed), cut or corrupt
an upload body on the wire, or do any of these at random with a fixed seed.
"""

from __future__ import annotations

import random
import socket
import socketserver
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)


@dataclass
class Action:
    """What to do with one request.

    kind: pass / respond / drop_before / drop_after / hold_after / truncate / corrupt
    """

    kind: str = "pass"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    keep: int = 0  # truncate: bytes of the body that get through


Rule = Callable[[Request], Action | None]


def _read_head(sock_file) -> bytes | None:
    lines = []
    while True:
        line = sock_file.readline(65537)
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            break
        lines.append(line)
    return b"".join(lines)


def _parse_headers(head: bytes) -> tuple[str, dict[str, str]]:
    text = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in text[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    return text[0], headers


def _read_body(sock_file, headers: dict[str, str]) -> bytes:
    if headers.get("transfer-encoding", "").lower() == "chunked":
        out = bytearray()
        while True:
            size_line = sock_file.readline()
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                sock_file.readline()
                return bytes(out)
            out += sock_file.read(size)
            sock_file.readline()
    n = int(headers.get("content-length", "0") or 0)
    return sock_file.read(n) if n else b""


class FaultProxy:
    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1"):
        self.upstream = (upstream_host, upstream_port)
        self.rules: list[Rule] = []
        self.log: list[tuple[Request, str, int | None]] = []  # request, action kind, upstream status
        self.held = threading.Event()  # set when a response is being held back
        self.release = threading.Event()
        self.up = True
        self._rng: random.Random | None = None
        self._chaos_p = 0.0
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.connection, self.rfile)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    def chaos(self, seed: int, p: float) -> None:
        """Break a fraction `p` of exchanges at random points, reproducibly."""
        self._rng = random.Random(seed)
        self._chaos_p = p

    def calm(self) -> None:
        self._rng, self._chaos_p = None, 0.0
        self.rules.clear()

    def requests(self, method: str | None = None, prefix: str = "") -> list[Request]:
        return [r for r, _, _ in self.log if (method is None or r.method == method) and r.path.startswith(prefix)]

    def _decide(self, req: Request) -> Action:
        for rule in list(self.rules):
            action = rule(req)
            if action is not None:
                return action
        with self._lock:
            if self._rng is not None and self._rng.random() < self._chaos_p:
                kind = self._rng.choice(["drop_before", "drop_after", "truncate", "respond503"])
                if kind == "respond503":
                    return Action("respond", 503, {"Retry-After": "0"}, b'{"error":"chaos"}')
                if kind == "truncate":
                    if not req.body:
                        return Action("drop_before")
                    return Action("truncate", keep=self._rng.randrange(0, len(req.body)))
                return Action(kind)
        return Action()

    def _handle(self, client: socket.socket, rfile) -> None:
        upstream: socket.socket | None = None
        ufile = None
        try:
            while True:
                head = _read_head(rfile)
                if head is None:
                    return
                line, headers = _parse_headers(head)
                method, path, _ = line.split(" ", 2)
                body = _read_body(rfile, headers)
                req = Request(method, path, headers, body)
                if not self.up:
                    self.log.append((req, "down", None))
                    return
                action = self._decide(req)
                if action.kind == "drop_before":
                    self.log.append((req, action.kind, None))
                    return
                if action.kind == "respond":
                    self.log.append((req, action.kind, action.status))
                    hdrs = {"Content-Length": str(len(action.body)), "Content-Type": "application/json",
                            **action.headers}
                    out = f"HTTP/1.1 {action.status} Injected\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hdrs.items())
                    client.sendall(out.encode("latin-1") + b"\r\n" + action.body)
                    continue
                if upstream is None:
                    upstream = socket.create_connection(self.upstream, timeout=60)
                    ufile = upstream.makefile("rb")
                if action.kind == "truncate":
                    upstream.sendall(head + b"\r\n" + body[:action.keep])
                    self.log.append((req, action.kind, None))
                    time.sleep(0.05)
                    return  # both sides see the connection die mid-body
                if action.kind == "corrupt" and body:
                    body = bytearray(body)
                    body[len(body) // 2] ^= 0xFF
                    body = bytes(body)
                upstream.sendall(head + b"\r\n" + body)
                rhead = _read_head(ufile)
                if rhead is None:
                    self.log.append((req, "upstream_closed", None))
                    return
                rline, rheaders = _parse_headers(rhead)
                status = int(rline.split(" ")[1])
                rbody = b"" if method == "HEAD" or status in (204, 304) else _read_body(ufile, rheaders)
                self.log.append((req, action.kind, status))
                if action.kind == "drop_after":
                    return
                if action.kind == "hold_after":
                    self.held.set()
                    self.release.wait()
                    return
                if rheaders.get("transfer-encoding", "").lower() == "chunked":
                    lines = [ln for ln in rhead.split(b"\r\n") if ln and not ln.lower().startswith(b"transfer-encoding")]
                    rhead = b"".join(ln + b"\r\n" for ln in lines) + f"content-length: {len(rbody)}\r\n".encode()
                client.sendall(rhead + b"\r\n" + rbody)
        except OSError:
            return
        finally:
            for s in (upstream, client):
                if s is not None:
                    try:
                        s.close()
                    except OSError:
                        pass


def once(predicate: Callable[[Request], bool], action: Action, times: int = 1) -> Rule:
    """A rule that applies `action` to the first `times` requests matching `predicate`."""
    left = {"n": times}
    lock = threading.Lock()

    def rule(req: Request) -> Action | None:
        if not predicate(req):
            return None
        with lock:
            if left["n"] <= 0:
                return None
            left["n"] -= 1
        return action

    return rule


def is_submission(req: Request) -> bool:
    return req.method == "POST" and req.path.startswith("/cases/") and req.path.endswith("/submissions")


def is_upload(req: Request) -> bool:
    return req.method == "PATCH" and req.path.startswith("/blobs/")
