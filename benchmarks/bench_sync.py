"""Sync drain benchmark: a backlog of N cases × 3 MB on loopback, as a ratio to a raw upload of
the same bytes in the same run, and the sender's peak memory at two backlog sizes.

`python -m benchmarks.bench_sync` (or `make bench`). ZC_BENCH_SYNC_CASES / ZC_BENCH_SYNC_MB
change the size. Both platforms run as separate processes (`zongchuang platform serve`), so
the sender's memory is its own. Target: drain ≥ 80 % of raw, memory independent of backlog.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ITEM = "010170001000-02"
# the platform runs as a center would run it: one worker process per core (the raw upload
# and the drain talk to identically started platforms)
PLATFORM_WORKERS = int(os.environ.get("ZC_BENCH_PLATFORM_WORKERS", str(os.cpu_count() or 1)))


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("ZONGCHUANG_KEYRING", "none")
    env.setdefault("ZONGCHUANG_KEY_PASSPHRASE", "benchmark-key-passphrase-not-a-secret")
    return env


def payload(i: int, size: int) -> bytes:
    """Distinct, cheap-to-make bytes for case i (a JPEG-sized blob)."""
    head = f"case-{i:06d}|".encode()
    block = head + bytes(range(256)) * 16
    return (block * (size // len(block) + 1))[:size]


def build_backlog(data_dir: Path, n: int, size: int) -> list[str]:
    """N queued cases with one `size`-byte page each, made through the app services."""
    os.environ.update({k: v for k, v in _env().items() if k.startswith("ZONGCHUANG_")})
    from app.services import cases as case_svc
    from app.services.context import open_context
    from app.storage import Actor

    actor = Actor(user="bench", role="clerk", terminal="420107-01")
    ctx = open_context(data_dir)
    uuids = []
    try:
        material = None
        for i in range(n):
            ref = case_svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=actor,
                                       applicant={"kind": "organisation", "name": f"测试单位{i}"})
            if material is None:
                material = case_svc.case_detail(ctx, ref.uuid)["materials"][0]["code"]
            case_svc.add_material_file(ctx, ref.uuid, material, payload(i, size), actor=actor)
            case_svc.transition(ctx, ref.uuid, "pre_reviewed", actor=actor)
            case_svc.transition(ctx, ref.uuid, "accepted", actor=actor)
            case_svc.transition(ctx, ref.uuid, "queued", actor=actor)
            uuids.append(ref.uuid)
    finally:
        ctx.close()
    return uuids


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PlatformProcess:
    """`zongchuang platform serve` in its own process on a free loopback port."""

    def __init__(self, folder: Path, db_url: str | None = None):
        self.folder = folder
        base = [sys.executable, "-m", "app.cli.main", "platform"]
        extra = ["--platform-dir", str(folder)] + (["--db", db_url] if db_url else [])
        self.credential = subprocess.run(base + ["register", "420107-01", "--center", "420107", *extra],
                                         check=True, capture_output=True, text=True, cwd=ROOT,
                                         env=_env()).stdout.strip()
        self.port = _free_port()
        # its log goes to a file: a pipe nobody reads fills up (64 KiB of tracebacks) and then
        # blocks the platform's workers in the middle of requests
        self.log = folder.parent / f"{folder.name}-serve.log"
        with open(self.log, "ab") as log_file:
            self.proc = subprocess.Popen(base + ["serve", "--port", str(self.port), "--workers", str(PLATFORM_WORKERS),
                                                 *extra], cwd=ROOT, env=_env(),
                                         stdout=subprocess.DEVNULL, stderr=log_file)
        self.url = f"http://127.0.0.1:{self.port}"
        import httpx

        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"platform did not start: {self.log_tail()}")
            time.sleep(0.1)

    def log_tail(self, chars: int = 2000) -> str:
        """The end of the platform's log (errors and tracebacks, for a failing test's message)."""
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def raw_upload(url: str, credential: str, n: int, size: int) -> float:
    """Seconds to PATCH the same bytes straight to a platform (no outbox, no database)."""
    import hashlib

    import httpx

    with httpx.Client(base_url=url, timeout=60) as http:
        token = http.post("/auth/token", headers={"Authorization": f"Bearer {credential}"}).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        start = time.perf_counter()
        for i in range(n):
            data = payload(i, size)
            digest = hashlib.sha256(data).hexdigest()
            r = http.patch(f"/blobs/{digest}", content=data,
                           headers={**auth, "Upload-Offset": "0", "Upload-Length": str(len(data))})
            r.raise_for_status()
        return time.perf_counter() - start


def drain_in_child(data_dir: Path, url: str, credential: str) -> dict:
    """Run the sender in a fresh process; it reports time, bytes, progress events, peak RSS."""
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_sync", "--drain", str(data_dir), url],
                         check=True, capture_output=True, text=True, cwd=ROOT,
                         env={**_env(), "ZONGCHUANG_PLATFORM_TOKEN": credential})
    return json.loads(out.stdout.strip().splitlines()[-1])


def _rss_kb(field: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _drain_here(data_dir: Path, url: str) -> dict:
    from app.services.context import open_context
    from app.services.sync import sync_counts
    from sync.client.runner import RunnerSettings
    from sync.client.session import close_sync, open_sync

    ctx = open_context(data_dir)
    events = {"n": 0, "bytes": 0}

    def progress(p) -> None:
        events["n"] += 1
        events["bytes"] = max(events["bytes"], p.bytes_sent)

    settings = RunnerSettings(pull_master=False)  # the product's defaults (workers, batches)
    if os.environ.get("ZC_SYNC_WORKERS"):
        settings.workers = int(os.environ["ZC_SYNC_WORKERS"])
    runner = open_sync(ctx, url, settings=settings, on_progress=progress)
    rss_before = _rss_kb("VmRSS")
    start = time.perf_counter()
    try:
        report = runner.run(until_empty=True, timeout=1800)
    finally:
        close_sync(runner)
    seconds = time.perf_counter() - start
    counts = sync_counts(ctx)
    ctx.close()
    return {"timings": {k: round(v, 2) for k, v in runner.timings.items()}, "seconds": seconds, "sent": report.sent, "counts": counts, "progress_events": events["n"],
            "progress_bytes": events["bytes"], "rss_before_mb": rss_before / 1024,
            "peak_rss_mb": _rss_kb("VmHWM") / 1024}


def run(n: int, size: int, workdir: Path) -> dict:
    results: dict = {"cases": n, "bytes_per_case": size}
    t = time.perf_counter()
    small = max(10, n // 5)
    build_backlog(workdir / "ws-small", small, size)
    build_backlog(workdir / "ws", n, size)
    results["build_seconds"] = round(time.perf_counter() - t, 1)
    raw_platform = PlatformProcess(workdir / "platform-raw")
    try:
        raw = raw_upload(raw_platform.url, raw_platform.credential, n, size)
    finally:
        raw_platform.stop()
    p_small = PlatformProcess(workdir / "platform-small")
    try:
        small_run = drain_in_child(workdir / "ws-small", p_small.url, p_small.credential)
    finally:
        p_small.stop()
    p = PlatformProcess(workdir / "platform")
    try:
        drain = drain_in_child(workdir / "ws", p.url, p.credential)
    finally:
        p.stop()
    total_mb = n * size / 1e6
    results.update({
        "raw_seconds": round(raw, 2), "raw_mb_s": round(total_mb / raw, 1),
        "drain_seconds": round(drain["seconds"], 2), "drain_mb_s": round(total_mb / drain["seconds"], 1),
        "ratio_to_raw": round(raw / drain["seconds"], 3),
        "peak_rss_mb": round(drain["peak_rss_mb"], 1), "peak_rss_mb_small_backlog": round(small_run["peak_rss_mb"], 1),
        "small_backlog_cases": small, "drained": drain["counts"], "progress_events": drain["progress_events"],
    })
    return results


def main() -> dict:
    n = int(os.environ.get("ZC_BENCH_SYNC_CASES", "500"))
    size = int(float(os.environ.get("ZC_BENCH_SYNC_MB", "3")) * 1024 * 1024)
    with tempfile.TemporaryDirectory(prefix="zc-bench-sync-") as tmp:
        results = run(n, size, Path(tmp))
    ok_rate = results["ratio_to_raw"] >= 0.8
    ok_mem = results["peak_rss_mb"] <= results["peak_rss_mb_small_backlog"] * 1.25 + 20
    print(f"sync drain: {n} × {size / 2**20:.0f} MiB in {results['drain_seconds']} s "
          f"({results['drain_mb_s']} MB/s) vs raw upload {results['raw_seconds']} s ({results['raw_mb_s']} MB/s): "
          f"{results['ratio_to_raw'] * 100:.0f}% of raw (target ≥ 80%: {'met' if ok_rate else 'NOT met'})")
    print(f"sender peak RSS: {results['peak_rss_mb']} MB for {n} cases, {results['peak_rss_mb_small_backlog']} MB "
          f"for {results['small_backlog_cases']} cases (independent of backlog: {'yes' if ok_mem else 'NO'})")
    print(json.dumps(results, ensure_ascii=False))
    results["targets_met"] = ok_rate and ok_mem
    return results


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--drain":
        print(json.dumps(_drain_here(Path(sys.argv[2]), sys.argv[3])))
    else:
        main()
