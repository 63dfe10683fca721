"""Per-workstation rate limit and the slowloris defence on the real platform (issue 21, medium 7):

- one workstation above its token bucket gets 429 with `Retry-After` while another workstation
  and `/health` are served; the real sync client facing the limit pauses as told and sends every
  case exactly once;
- clients that send headers or a body one byte at a time (raw sockets) are cut off within a
  bounded time while `/health` keeps answering, and a request that is merely split in a few
  pieces still gets its answer.
"""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from sync.platform import server as server_mod
from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings
from tests.sync.conftest import make_runner, outbox_rows, queue_case


def _token(http: httpx.Client, cred: str) -> str:
    return http.post("/auth/token", headers={"Authorization": f"Bearer {cred}"}).json()["access_token"]


def test_a_workstation_above_its_rate_gets_429_and_others_do_not(tmp_path):
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "p", rate_limit=0.2, rate_burst=5)).start()  # a token per 5 s
    try:
        a = server.platform.register_workstation("420107-01", "420107")
        b = server.platform.register_workstation("420107-02", "420107")
        with httpx.Client(base_url=server.url, timeout=10) as http:
            ha = {"Authorization": f"Bearer {_token(http, a)}"}
            hb = {"Authorization": f"Bearer {_token(http, b)}"}
            codes = [http.get("/cases/status", headers=ha).status_code for _ in range(5)]
            assert codes == [200] * 5
            over = http.get("/cases/status", headers=ha)
            assert over.status_code == 429
            assert over.json()["error"] == "rate_limited" and "请求过于频繁" in over.json()["message"]
            assert http.post("/elicense/verify", headers=ha, json={"licence": "x"}).status_code == 429  # every route
            retry = int(over.headers["Retry-After"])
            assert 1 <= retry <= 5
            assert http.get("/cases/status", headers=hb).status_code == 200  # another window is served
            assert http.get("/health").status_code == 200  # so is the health check
            time.sleep(retry)
            assert http.get("/cases/status", headers=ha).status_code == 200  # the bucket refills
        assert server.platform.rate_limits.refused >= 2
    finally:
        server.close()


def test_the_sync_client_honours_retry_after_and_loses_nothing(ctx, tmp_path):
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "p", rate_limit=4.0, rate_burst=6)).start()
    runner = None
    try:
        cred = server.platform.register_workstation("420107-01", "420107")
        uuids = [queue_case(ctx, files=2) for _ in range(6)]  # ≥ 18 requests: well past the burst
        runner = make_runner(ctx, server.url, cred)
        started = time.monotonic()
        report = runner.run(until_empty=True, timeout=180)
        took = time.monotonic() - started
        refused = server.platform.rate_limits.refused
        print(f"{len(uuids)} cases sent in {took:.1f} s with {refused} requests answered 429")
        assert refused >= 1, "the limit never applied: the test proves nothing"
        assert server.platform.case_uuids() == {u: 1 for u in uuids}  # each case once, none lost
        assert report.sent == len(uuids)
        assert all(r.state == "done" for r in outbox_rows(ctx)), [(r.case_uuid, r.state) for r in outbox_rows(ctx)]
        assert took >= 1.0  # it waited as told (Retry-After ≥ 1 s) instead of hammering
        assert refused < 40, f"{refused} refusals: the client kept sending while told to wait"
    finally:
        if runner is not None:
            runner.stop()
            runner.client.close()
        server.close()


@pytest.fixture
def slow_platform(tmp_path, monkeypatch):
    monkeypatch.setattr(server_mod, "REQUEST_GRACE", 3.0)
    monkeypatch.setattr(server_mod, "WATCH_TICK", 0.5)
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "p")).start()
    yield server
    server.close()


def _trickle(port: int, head: bytes, closed_after: dict, key: int, stop: threading.Event) -> None:
    """Open a connection and send `head` one byte every 0.2 s."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    try:
        _trickle_on(sock, head, closed_after, key, stop)
    finally:
        sock.close()


def test_slowloris_clients_are_cut_off_and_health_still_answers(slow_platform):
    cred = slow_platform.platform.register_workstation("420107-01", "420107")
    with httpx.Client(base_url=slow_platform.url, timeout=10) as http:
        token = _token(http, cred)
    slow_head = (b"GET /cases/status?since=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + b"a" * 200 + b"\r\n\r\n")
    body = b'{"rows": [' + b" " * 2000 + b"]}"
    body_head = (f"POST /audit/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
                 f"Idempotency-Key: slow-1\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                 ).encode()
    closed_after: dict[int, float] = {}
    stop = threading.Event()
    threads = [threading.Thread(target=_trickle, args=(slow_platform.port, slow_head, closed_after, i, stop))
               for i in range(20)]
    body_socks = []
    try:
        for t in threads:
            t.start()
        for _ in range(10):  # headers in one go for the body tricklers
            s = socket.create_connection(("127.0.0.1", slow_platform.port), timeout=5)
            s.sendall(body_head)
            body_socks.append((s, time.monotonic()))
        time.sleep(1.0)
        with httpx.Client(base_url=slow_platform.url, timeout=5) as http:
            assert http.get("/health").status_code == 200  # during the attack
        # the body variant: headers at once (above), then the body one byte at a time
        for i, (s, sent_at) in enumerate(body_socks):
            threads.append(threading.Thread(target=_trickle_on, args=(s, body, closed_after, 100 + i, stop, sent_at)))
            threads[-1].start()
        for t in threads:
            t.join(timeout=30)
        assert len(closed_after) == 30, f"{30 - len(closed_after)} slow connections were never cut"
        print(f"slow connections cut after {min(closed_after.values()):.1f}–{max(closed_after.values()):.1f} s")
        assert max(closed_after.values()) < 3.0 + 6.0, closed_after  # the grace plus a few ticks
        assert min(closed_after.values()) >= 2.5  # not before the grace
        with httpx.Client(base_url=slow_platform.url, timeout=5) as http:
            assert http.get("/health").status_code == 200  # after the attack
    finally:
        stop.set()
        for s, _sent_at in body_socks:
            s.close()
    assert slow_platform.platform.counts()["submissions"] == 0


def _trickle_on(sock: socket.socket, body: bytes, closed_after: dict, key: int, stop: threading.Event,
                started: float | None = None) -> None:
    """Send `body` one byte every 0.2 s; note when the server cut the connection (never: no entry),
    counted from `started` (the request's first byte)."""
    started = time.monotonic() if started is None else started
    sock.settimeout(0.05)
    for i in range(len(body)):
        if stop.is_set():
            return
        try:
            sock.sendall(body[i:i + 1])
            if sock.recv(1024) == b"":
                break
        except TimeoutError:
            pass
        except OSError:
            break
        time.sleep(0.2)
    else:
        return
    closed_after[key] = time.monotonic() - started


def test_a_request_split_in_a_few_pieces_is_still_answered(slow_platform):
    sock = socket.create_connection(("127.0.0.1", slow_platform.port), timeout=10)
    try:
        for part in (b"GET /hea", b"lth HTTP/1.1\r\nHost: 127", b".0.0.1\r\n\r\n"):
            sock.sendall(part)
            time.sleep(0.6)
        reply = sock.recv(4096)
        assert reply.startswith(b"HTTP/1.1 200"), reply[:80]
        time.sleep(4.0)  # past the grace: a finished request on a kept-alive connection is not "slow"
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert sock.recv(4096).startswith(b"HTTP/1.1 200")
    finally:
        sock.close()


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="worker processes are POSIX only")
@pytest.mark.timeout(120)
def test_workers_share_one_bucket_per_workstation(tmp_path):
    """`platform serve --workers 2`: a workstation's requests land on both workers (a new connection
    each), yet it gets its burst once, not once per worker."""
    import subprocess
    import sys

    from benchmarks.bench_sync import ROOT, _env, _free_port

    base, where = [sys.executable, "-m", "app.cli.main", "platform"], ["--platform-dir", str(tmp_path / "p")]
    cred = subprocess.run(base + ["register", "420107-01", "--center", "420107", *where], check=True, capture_output=True,
                          text=True, cwd=ROOT, env=_env()).stdout.strip()
    port = _free_port()
    proc = subprocess.Popen(base + ["serve", "--port", str(port), "--workers", "2", "--rate-limit", "0.02",
                                    "--rate-burst", "6", *where], cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, "platform did not start"
            time.sleep(0.1)
        token = httpx.post(url + "/auth/token", headers={"Authorization": f"Bearer {cred}"}).json()["access_token"]
        codes = []
        for _ in range(30):  # each on a fresh connection: the kernel hands them to either worker
            with httpx.Client(base_url=url, timeout=10) as http:
                codes.append(http.get("/cases/status", headers={"Authorization": f"Bearer {token}"}).status_code)
        # the token request took one of the 6; at 0.02/s nothing refills in the test's few seconds
        assert codes.count(200) <= 6 and codes.count(429) >= 24, codes
    finally:
        proc.terminate()
        proc.wait(20)


def test_a_full_bucket_table_gives_up_the_least_recently_used_bucket():
    """More workstations than slots: the one idle longest starts full again (forgiven), the others keep theirs."""
    from sync.platform.ratelimit import SharedBuckets, TokenBuckets

    now = [0.0]
    buckets = TokenBuckets(rate=0.001, burst=2, clock=lambda: now[0], shared=SharedBuckets(slots=4))
    for i, key in enumerate(["a", "b", "c", "d"]):
        now[0] = float(i)
        assert buckets.take(key) == 0.0 and buckets.take(key) == 0.0  # each bucket emptied
    now[0] = 10.0
    assert buckets.take("b") > 0 and buckets.take("e") == 0.0  # e takes the slot of a (idle longest)
    assert buckets.take("c") > 0 and buckets.take("d") > 0  # the others were kept, still empty
    assert buckets.take("a") == 0.0  # a lost its bucket: it starts full
