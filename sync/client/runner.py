"""The sender: drains the outbox to the platform, pulls results and master data back.

One pass (`run_once`): check the platform's clock and version → send every due row (blobs
first, by sha256, resuming partial uploads; then the submission with its Idempotency-Key) →
pull the status feed → pull master data. A failing case is rescheduled with capped
exponential backoff and full jitter and never holds up the others. `run` repeats passes
until the queue is empty (or a timeout); `start` runs passes on a background thread, every
`interval` seconds and whenever `trigger()` is called (a new queued case, the network coming
back — a trigger, never a gate).

Progress and per-case outcomes are reported through plain callbacks (no Qt): the UI bridges
them to signals.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from tenacity import RetryCallState, wait_random_exponential

from app import __version__
from app.errors import NotFoundError, StorageError, ZongchuangError
from app.services import sync as sync_svc
from app.services.context import ServiceContext
from sync import protocol
from sync.client import master, outbox
from sync.client.http import AuthFailed, HashRejected, MissingBlobs, PlatformClient, Rejected, Transient

log = logging.getLogger("zongchuang.sync")


class SyncBlocked(ZongchuangError):
    """Sending is impossible until someone acts (clock skew, old client, bad credential)."""

    exit_code = 9
    state = "stopped_credentials"  # the queue state it stands for (app.services.sync.QUEUE_STATES)


class PlatformUnreachable(ZongchuangError):
    """`sync run --once`: the pass could not reach the platform (nothing is lost; it waits)."""

    exit_code = 20


class PlatformFailing(ZongchuangError):
    """`sync run --once`: the platform answered, with errors (5xx, its storage full)."""

    exit_code = 21


def _boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as fh:
            return fh.read().strip()
    except OSError:
        return ""


def clock_suspect(ref: dict[str, Any] | None, local: dt.datetime, platform: dt.datetime, mono: float,
                  limit: float) -> str:
    """Which clock moved since the last pass both agreed: "local", "platform" or "unknown".
    The monotonic clock (same boot) measures the real time elapsed; the clock whose reading
    moved by a different amount is the one that was changed or drifted."""
    try:
        if not ref or ref.get("boot") != _boot_id() or not ref.get("boot"):
            return "unknown"
        elapsed = mono - float(ref["mono"])
        local_drift = (local - dt.datetime.fromisoformat(ref["local"])).total_seconds() - elapsed
        platform_drift = (platform - dt.datetime.fromisoformat(ref["platform"])).total_seconds() - elapsed
    except (KeyError, TypeError, ValueError):
        return "unknown"
    half = limit / 2
    if abs(local_drift) > half >= abs(platform_drift):
        return "local"
    if abs(platform_drift) > half >= abs(local_drift):
        return "platform"
    return "unknown"


def _shown(t: dt.datetime) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class SyncProgress:
    cases_total: int = 0
    cases_done: int = 0
    cases_failed: int = 0
    bytes_total: int = 0
    bytes_sent: int = 0
    current_case: str | None = None
    phase: str = "idle"  # idle / checking / sending / pulling / paused / blocked / offline / platform_failing
    message: str = ""


@dataclass
class PassReport:
    sent: int = 0
    replayed: int = 0
    rejected: int = 0
    blocked: int = 0
    retried: int = 0
    status_applied: int = 0
    master: dict[str, str] = field(default_factory=dict)
    offline: str = ""
    paused_until: float | None = None
    state: str = "idle"  # the queue state the pass ended in (app.services.sync.QUEUE_STATES)
    error: str = ""  # the last platform error of the pass
    http_status: int | None = None
    platform_errors: int = 0  # rows the platform answered with 5xx


@dataclass
class RunnerSettings:
    lease: dt.timedelta = dt.timedelta(seconds=90)
    backoff_base: float = 1.0  # seconds
    backoff_cap: float = 300.0
    blob_attempts: int = 4  # in-pass resumptions of one blob before giving up until later
    max_skew: float = protocol.MAX_SKEW_SECONDS
    pull_master: bool = True
    probe_interval: float = 15.0  # seconds between health checks while the platform is down or failing
    workers: int = 4  # parallel senders: overlap one case's round trips with another's upload
    claim_batch: int = 8  # rows leased per local commit


def backoff(attempt: int, base: float, cap: float) -> float:
    """Capped exponential backoff with full jitter (tenacity's `wait_random_exponential`)."""
    state = RetryCallState(retry_object=None, fn=None, args=(), kwargs={})
    state.attempt_number = max(1, attempt)
    return float(wait_random_exponential(multiplier=base, max=cap)(state))


class SyncRunner:
    def __init__(self, ctx: ServiceContext, client: PlatformClient, *, settings: RunnerSettings | None = None,
                 on_progress: Callable[[SyncProgress], None] | None = None,
                 on_case: Callable[[dict[str, Any]], None] | None = None,
                 clock: Callable[[], dt.datetime] | None = None):
        self.ctx, self.client = ctx, client
        self.settings = settings or RunnerSettings()
        self.on_progress, self.on_case = on_progress, on_case
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.owner = outbox.make_owner()
        self.progress = SyncProgress()
        self.paused_until = 0.0
        self.blocked_reason = ""
        self._lock = threading.Lock()
        self._count_lock = threading.Lock()
        self._progress_lock = threading.RLock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_renew = 0.0
        self._acks: queue.Queue | None = None
        self._blob_hints: dict[str, tuple[bool, int]] = {}  # digest → (complete, offset) from POST /blobs/status
        # within one `run()`, what earlier passes already sent: a later sweep (a retried row, a lease
        # that ran out) continues the counters instead of sending the clerk's progress bar back to 0
        self._carried: tuple[int, int] | None = None
        self.timings: dict[str, float] = {}  # seconds per phase (claim, blobs, submit, record), for diagnosis
        self.recovered = outbox.recover(ctx, self.owner)
        master.recover(ctx.data_dir)

    # --- reporting ---------------------------------------------------------------------------

    def _report(self, **changes: Any) -> None:
        with self._progress_lock:
            self._report_locked(**changes)

    def _report_locked(self, **changes: Any) -> None:
        self.progress = replace(self.progress, **changes)
        if self.on_progress:
            try:
                self.on_progress(self.progress)
            except Exception:  # a broken listener must not stop sending
                log.exception("progress listener failed")
        # `done`/`total` are what the Qt progress bar reads (ui/screens/sync_screen.py)
        self.ctx.publish("sync.progress", done=self.progress.cases_done, total=self.progress.cases_total,
                         **self.progress.__dict__)

    def _case_event(self, **info: Any) -> None:
        if self.on_case:
            try:
                self.on_case(info)
            except Exception:
                log.exception("case listener failed")

    # --- preflight ---------------------------------------------------------------------------

    def preflight(self) -> None:
        """Raise SyncBlocked when sending must not start (clock skew, client too old), Transient
        when the platform cannot be reached or reports its storage failing."""
        import json

        self._report(phase="checking", message="")
        info = self.client.health()
        server = dt.datetime.fromisoformat(info["server_time"])
        if server.tzinfo is None:
            server = server.replace(tzinfo=dt.UTC)
        local, mono = self.clock(), time.monotonic()
        skew = (local - server).total_seconds()
        self.clock_info = {"local_time": local.isoformat(), "platform_time": server.isoformat(),
                           "skew_seconds": round(skew, 1)}
        if abs(skew) > self.settings.max_skew:
            try:
                ref = json.loads(sync_svc.get_state(self.ctx, sync_svc.CLOCK_REF, "{}") or "{}")
            except ValueError:
                ref = {}
            suspect = clock_suspect(ref, local, server, mono, self.settings.max_skew)
            self.clock_info["suspect"] = suspect
            minutes = f"{abs(skew) / 60:.0f}"
            times = f"时钟不一致：本机时间 {_shown(local)}，平台时间 {_shown(server)}，相差 {minutes} 分钟（超过 5 分钟），已暂停上报"
            times_en = (f"clocks disagree: this machine {_shown(local)}, platform {_shown(server)}: {minutes} minutes apart (over 5); "
                        "sending is paused")
            hint = {"local": ("很可能是本机时钟有误：请校准本机日期和时间后重试",
                              "this machine's clock is likely wrong: set its date and time, then retry"),
                    "platform": ("很可能是平台时钟有误（本机时间未跳变）：请联系中心管理员校准平台时间，本机无需调整",
                                 "the platform's clock is likely wrong (this machine's did not jump): ask the "
                                 "center's IT to fix the platform's time; leave this machine's clock alone"),
                    }.get(suspect, ("无法判断哪一方有误：请用可靠的标准时间（如手机网络时间）核对，校准有误的一方",
                                    "cannot tell which clock is wrong: compare both with a reliable time source "
                                    "(e.g. a mobile phone's network time) and fix the wrong one"))
            self.clock_info["advice"], self.clock_info["advice_en"] = hint
            self.blocked_reason = f"{times}；{hint[0]} / {times_en}; {hint[1]}"
            exc = SyncBlocked(times, times_en, hint_zh=hint[0], hint_en=hint[1])
            exc.state = "stopped_clock"
            raise exc
        self._clock_ref = json.dumps({"local": local.isoformat(), "platform": server.isoformat(), "mono": mono,
                                      "boot": _boot_id()})
        need = str(info.get("min_client_version") or "0")
        if protocol.version_tuple(__version__) < protocol.version_tuple(need):
            self.blocked_reason = f"客户端版本 {__version__} 低于平台要求的 {need} / client too old"
            exc = SyncBlocked(f"本程序版本 {__version__} 低于平台要求的最低版本 {need}，已暂停上报",
                              f"this client ({__version__}) is older than the platform's minimum ({need})",
                              hint_zh="请升级综窗", hint_en="upgrade zongchuang")
            exc.state = "stopped_version"
            raise exc
        storage = info.get("storage")
        if isinstance(storage, dict) and storage.get("state") == "full":
            raise Transient("平台存储异常（磁盘空间不足），网络正常；平台恢复后自动继续 / the platform's storage is full",
                            status=507, storage=True)
        self.blocked_reason = ""

    # --- one pass ----------------------------------------------------------------------------

    def run_once(self) -> PassReport:
        """One pass. Raises SyncBlocked (skew, version, credential); network trouble is reported
        in `PassReport.offline` and simply ends the pass."""
        with self._lock:
            report = PassReport()
            if time.monotonic() < self.paused_until:
                report.paused_until = self.paused_until
                return report
            before = sync_svc.queue_state_record(self.ctx)
            previous = before.get("state", "idle")
            if previous == "running" and before.get("owner") != self.owner:
                previous = "interrupted"  # a sender died mid-pass (or another one is running)
            sync_svc.record_queue_state(self.ctx, "running", owner=self.owner)
            self._clock_ref = ""
            try:
                self.preflight()
            except Transient as exc:
                self._ended(report, exc)
                self._report(phase=self._phase_of(report), message=str(exc))
                sync_svc.record_pass(self.ctx, online=False, message=str(exc))
                sync_svc.record_queue_state(self.ctx, report.state, message=str(exc), error=str(exc),
                                            http_status=exc.status)
                return report
            except SyncBlocked as exc:
                self._report(phase="blocked", message=exc.message_zh)
                sync_svc.record_pass(self.ctx, online=True, message=exc.message_zh, blocked=self.blocked_reason)
                sync_svc.record_queue_state(self.ctx, exc.state, message=exc.message_zh,
                                            error=f"{exc.message_zh}；{exc.hint_zh}".rstrip("；"),
                                            clock=getattr(self, "clock_info", None) if exc.state == "stopped_clock"
                                            else None)
                raise
            # the platform answers again (or its storage recovered, or the sender was interrupted):
            # no row sits out a backoff wait whose cause is gone. A platform that kept failing
            # with a plain 5xx proves nothing by answering /health, so its rows keep their backoff.
            if previous in sync_svc.UNHEALTHY and not (previous == "platform_failing" and before.get("http_status") != 507):
                sync_svc.end_waits(self.ctx, reason=f"平台恢复（此前：{previous}）")
            try:
                self._send_due(report)
                self._pull(report)
            except Transient as exc:
                self._ended(report, exc)
                self._report(phase=self._phase_of(report), message=str(exc))
            except AuthFailed as exc:
                msg = f"平台拒绝了本工作站的凭据：{exc}"
                self.blocked_reason = msg
                self._report(phase="blocked", message=msg)
                sync_svc.record_pass(self.ctx, online=True, message=msg, blocked=msg)
                sync_svc.record_queue_state(self.ctx, "stopped_credentials", message=msg, error=str(exc),
                                            http_status=401)
                raise SyncBlocked(msg, f"the platform refused this workstation's credential: {exc}",
                                  hint_zh="请联系管理员重新登记工作站（zongchuang sync login）",
                                  hint_en="ask IT to re-register the workstation (zongchuang sync login)") from None
            if report.paused_until:
                self.paused_until = report.paused_until
            if report.state == "idle" and report.platform_errors and not report.sent:
                report.state = "platform_failing"
            sync_svc.record_pass(self.ctx, online=not report.offline, message=report.offline)
            extra = {sync_svc.CLOCK_REF: self._clock_ref} if self._clock_ref else None
            sync_svc.record_queue_state(self.ctx, report.state, message=report.offline or report.error,
                                        error=report.error, http_status=report.http_status, extra_states=extra)
            self._report(phase="idle", current_case=None)
            return report

    @staticmethod
    def _phase_of(report: PassReport) -> str:
        """`offline` when nothing answered; `platform_failing` when the platform answered with
        errors (5xx, its storage full) — the network is fine, the UI must not say 离线."""
        return "offline" if report.state == "waiting_network" else "platform_failing"

    @staticmethod
    def _ended(report: PassReport, exc: Transient) -> None:
        """A pass ended by the network (no answer) or by the platform (5xx, storage)."""
        report.offline = str(exc)
        report.error = str(exc)
        report.http_status = exc.status
        report.state = "waiting_network" if exc.offline and exc.status is None else "platform_failing"

    def _send_due(self, report: PassReport) -> None:
        """Send every due row with `workers` senders in parallel (different cases; a case's rows
        stay in order because only its oldest unfinished row can be leased). Rows are leased in
        small batches and acknowledgements committed in batches by a recorder thread, so the
        local commits overlap the uploads instead of sitting between them."""
        cases, size = outbox.backlog_bytes(self.ctx)
        done, sent = self._carried or (0, 0)
        self._report(phase="sending", cases_total=done + cases, cases_done=done, cases_failed=0,
                     bytes_total=sent + size, bytes_sent=sent, message="")
        tried: set[int] = set()
        ready: list[outbox.Claimed] = []
        claim_lock = threading.Lock()
        halt = threading.Event()
        failures: list[BaseException] = []
        acks: queue.Queue = queue.Queue()
        self._acks = acks

        audit_rows: list[outbox.Claimed] = []  # sent after the cases, one at a time, in chain order

        def next_row() -> outbox.Claimed | None:
            with claim_lock:
                while not ready and not halt.is_set():
                    with self._timed("claim"):
                        batch = outbox.claim_batch(self.ctx, self.owner, self.settings.lease,
                                                   self.settings.claim_batch, exclude=tried)
                    if not batch:
                        break
                    tried.update(r.id for r in batch)
                    audit_rows.extend(r for r in batch if r.kind == "audit")
                    ready.extend(r for r in batch if r.kind != "audit")
                    self._ask_blob_states(batch)
                return ready.pop(0) if ready else None

        def worker() -> None:
            while not halt.is_set():
                row = next_row()
                if row is None:
                    return
                handle(row)

        def handle(row: outbox.Claimed) -> None:
            try:
                self._send_row(row, report)
            except Transient as exc:
                delay = backoff(row.attempts + 1, self.settings.backoff_base, self.settings.backoff_cap)
                if exc.retry_after is not None:
                    delay = max(delay, exc.retry_after) if not exc.pause_all else exc.retry_after
                outbox.reschedule(self.ctx, row.id, self.owner, delay, str(exc))
                self._bump(report, "retried")
                if not exc.offline and exc.status is not None and exc.status >= 500:
                    self._bump(report, "platform_errors")
                    report.error, report.http_status = str(exc), exc.status
                self._case_event(uuid=row.case_uuid, state="pending", error=str(exc), retry_in=delay)
                if exc.pause_all:  # 429: the platform wants everyone to slow down
                    report.paused_until = time.monotonic() + (exc.retry_after or delay)
                    self._report(phase="paused", message=str(exc))
                    halt.set()
                elif exc.offline:  # the link is down: end this pass instead of walking the queue
                    failures.append(exc)
                    halt.set()
            except BaseException as exc:
                outbox.release(self.ctx, row.id, self.owner)
                failures.append(exc)
                halt.set()

        def recorder() -> None:
            while True:
                item = acks.get()
                batch = [item]
                while True:
                    try:
                        batch.append(acks.get_nowait())
                    except queue.Empty:
                        break
                stop = None in batch
                items = [b for b in batch if b is not None]
                if items:
                    try:
                        with self._timed("record"):
                            sync_svc.record_submitted_many(self.ctx, [(r.id, body, rep) for r, body, rep in items])
                    except BaseException as exc:  # the rows stay leased; a later pass replays them
                        failures.append(exc)
                        halt.set()
                    else:
                        for r, _body, rep in items:
                            if r.kind != "submission":
                                continue
                            self._bump(report, "sent")
                            self._bump(report, "replayed", int(rep))
                            self._finish_case(r, "done", "")
                if stop:
                    return

        rec = threading.Thread(target=recorder, name="zongchuang-sync-ack", daemon=True)
        rec.start()
        threads = [threading.Thread(target=worker, name=f"zongchuang-sync-{i}", daemon=True)
                   for i in range(max(1, self.settings.workers))]
        try:
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            # Audit batches extend one hash chain: sent in parallel, a later batch could arrive
            # first and wait out a backoff (409 chain_gap) — `sync run --until-empty` then slept.
            audit_rows.sort(key=lambda r: r.id)
            while audit_rows and not halt.is_set():
                retried = report.retried
                handle(audit_rows.pop(0))
                if report.retried != retried:  # the rest would not extend the chain: next pass
                    break
        finally:
            acks.put(None)
            rec.join()
            self._acks = None
            for row in ready + audit_rows:  # leased but never started: hand back
                outbox.release(self.ctx, row.id, self.owner)
            with self._count_lock:
                self._blob_hints.clear()
        if failures:
            raise failures[0]

    @contextmanager
    def _timed(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            with self._count_lock:
                self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start

    def _bump(self, report: PassReport, name: str, n: int = 1) -> None:
        with self._count_lock:
            setattr(report, name, getattr(report, name) + n)

    def _send_row(self, row: outbox.Claimed, report: PassReport) -> None:
        label = row.case_uuid or row.idempotency_key
        self._report(current_case=label)
        if row.kind == "audit":
            try:
                body, replayed = self.client.submit_audit(row.idempotency_key, row.document or {})
            except Rejected as exc:
                sync_svc.record_outcome(self.ctx, row.id, "rejected", str(exc), response=exc.body)
                self._bump(report, "rejected")
                return
            if self._acks is not None:
                self._acks.put((row, body, replayed))
            else:
                sync_svc.record_submitted(self.ctx, row.id, body, replayed=replayed)
            return
        if row.error or row.document is None:
            reason = row.error or "没有可上报的内容 / nothing to send"
            sync_svc.record_outcome(self.ctx, row.id, "rejected", reason)
            self._bump(report, "rejected")
            self._finish_case(row, "rejected", reason)
            return
        files = _files_of(row.document)
        missing = [d for d, _ in files if not self.ctx.store.attachments.exists(d)]
        if missing:
            reason = (f"本地附件文件缺失（{len(missing)} 个，如 {missing[0][:12]}…），未上报；请重新扫描后重试 / "
                      f"{len(missing)} attachment files are missing locally; not sent — re-scan, then retry")
            sync_svc.record_outcome(self.ctx, row.id, "blocked", reason)
            self._bump(report, "blocked")
            self._finish_case(row, "blocked", reason)
            return
        try:
            with self._timed("blobs"):
                for digest, size in files:
                    self._send_blob(row, digest, size)
            for _ in range(3):
                try:
                    with self._timed("submit"):
                        body, replayed = self.client.submit(row.case_uuid or "", row.idempotency_key, row.document)
                    break
                except MissingBlobs as exc:  # the platform lost or never got some: send them again
                    for digest in exc.missing:
                        self._send_blob(row, digest, None)
            else:
                raise Transient("平台仍缺少附件文件 / the platform still reports missing blobs")
        except (NotFoundError, StorageError) as exc:  # the local file vanished or is corrupt
            sync_svc.record_outcome(self.ctx, row.id, "blocked", f"{exc.message_zh} / {exc.message_en}")
            self._bump(report, "blocked")
            self._finish_case(row, "blocked", exc.message_zh)
            return
        except Rejected as exc:
            sync_svc.record_outcome(self.ctx, row.id, "rejected", str(exc), response=exc.body)
            self._bump(report, "rejected")
            self._finish_case(row, "rejected", str(exc))
            return
        if body.get("status") == "rejected":
            reason = "；".join(body.get("reasons") or []) or "平台拒收 / rejected by the platform"
            sync_svc.record_outcome(self.ctx, row.id, "rejected", reason, response=body)
            self._bump(report, "rejected")
            self._finish_case(row, "rejected", reason)
            return
        if self._acks is not None:
            self._acks.put((row, body, replayed))
        else:
            sync_svc.record_submitted(self.ctx, row.id, body, replayed=replayed)
            self._bump(report, "sent")
            self._bump(report, "replayed", int(replayed))
            self._finish_case(row, "done", "")

    def _finish_case(self, row: outbox.Claimed, state: str, error: str) -> None:
        with self._progress_lock:
            p = self.progress
            if state == "done":
                self._report(cases_done=p.cases_done + 1)
            else:
                self._report(cases_failed=p.cases_failed + 1)
        self._case_event(uuid=row.case_uuid, state=state, error=error)

    def _ask_blob_states(self, rows: list[outbox.Claimed]) -> None:
        """What the platform already holds of a batch's files, in one round trip; `_send_blob`
        uses each answer once (a stale one is harmless: a wrong offset gets 409 with the right
        one, a blob wrongly thought present comes back as missing at submission)."""
        digests = [d for r in rows if r.kind == "submission" and r.document for d, _ in _files_of(r.document)]
        try:
            states = self.client.blob_states(digests)
        except Exception as exc:  # only an optimisation: ask one by one instead (AuthFailed etc. recur there)
            if isinstance(exc, (Rejected, AuthFailed)):  # a platform that refuses it: stop asking
                self.client.batch_status = False
            log.info("blob status batch failed (%s); asking per file", type(exc).__name__)
            return
        if states:
            with self._count_lock:
                self._blob_hints.update(states)

    def _send_blob(self, row: outbox.Claimed, digest: str, size: int | None) -> None:
        with self._count_lock:
            hint = self._blob_hints.pop(digest, None)
        complete, offset = hint if hint is not None else self.client.blob_offset(digest)
        if complete:
            self._add_bytes(size or 0)
            return
        data = self.ctx.store.attachments.get(digest)  # verifies the local bytes' sha256
        self._add_bytes(offset)
        last: Exception | None = None
        for attempt in range(1, self.settings.blob_attempts + 1):
            try:
                offset = self.client.upload(digest, data, offset, on_bytes=lambda n: self._on_bytes(row, n))
                if offset >= len(data):
                    return
                last = Transient(f"上传未完成（{offset}/{len(data)}） / upload incomplete")
            except HashRejected as exc:  # corrupted in transit: the platform threw it away
                last = Transient(f"附件在传输中损坏，已重传 / blob corrupted in transit, resending: {exc}")
                self._add_bytes(-offset)
                offset = 0
            except Transient as exc:
                last = exc
                if exc.pause_all:
                    raise
            time.sleep(min(2.0, backoff(attempt, 0.05, 1.0)))
            try:
                complete, held = self.client.blob_offset(digest)
            except Transient as exc:
                last = exc
                continue
            if complete:
                return
            self._add_bytes(held - offset)
            offset = held
        raise last or Transient("上传失败 / upload failed")

    def _add_bytes(self, n: int) -> None:
        if n:
            with self._progress_lock:
                self._report(bytes_sent=max(0, self.progress.bytes_sent + n))

    def _on_bytes(self, row: outbox.Claimed, n: int) -> None:
        self._add_bytes(n)
        now = time.monotonic()
        if now - self._last_renew > self.settings.lease.total_seconds() / 3:
            self._last_renew = now
            outbox.renew(self.ctx, row.id, self.owner, self.settings.lease)

    # --- pull-back ---------------------------------------------------------------------------

    def _pull(self, report: PassReport) -> None:
        self._report(phase="pulling", current_case=None)
        cursor = sync_svc.get_state(self.ctx, sync_svc.STATUS_CURSOR, "0")
        while True:
            page = self.client.status_feed(cursor)
            events = page.get("events") or []
            if events:
                applied = sync_svc.apply_status_events(self.ctx, events, page["cursor"])
                report.status_applied += len(applied)
                for change in applied:
                    self._case_event(uuid=change["uuid"], state=change["to"], error="", status=change["status"])
            cursor = page.get("cursor", cursor)
            if not page.get("more"):
                break
        if self.settings.pull_master:
            report.master = master.pull(self.client, self.ctx.data_dir)
            if "calendar_overrides" in report.master:  # the holiday notice arrived: settle 暂定 due dates
                from app.services.calendar import calendar_arrived

                for change in calendar_arrived(self.ctx, actor=sync_svc.SYNC_ACTOR):
                    self._case_event(uuid=change["uuid"], state="due_recounted", error="", due=change["to"])
        self._recheck_elicenses()

    def _recheck_elicenses(self) -> None:
        """E-licence checks recorded while offline run now (a failed one becomes a clerk's task)."""
        from sync.client.elicense import recheck_at_sync

        try:
            recheck_at_sync(self.ctx, self.client)
        except ZongchuangError as exc:
            log.warning("e-licence re-check deferred: %s", exc.message_en)

    # --- loops -------------------------------------------------------------------------------

    def run(self, *, until_empty: bool = True, timeout: float | None = None, idle: float = 5.0) -> PassReport:
        """Passes until nothing is left to send (rejected/blocked rows are finished) or timeout.
        Returns the summed report; raises SyncBlocked; TimeoutError when time ran out first."""
        total = PassReport()
        deadline = None if timeout is None else time.monotonic() + timeout
        streak = 0
        try:
            return self._run_passes(total, until_empty, deadline, streak, idle)
        finally:
            self._carried = None

    def _run_passes(self, total: PassReport, until_empty: bool, deadline: float | None, streak: int,
                    idle: float) -> PassReport:
        while True:
            rep = self.run_once()
            self._carried = (self.progress.cases_done, self.progress.bytes_sent)
            for name in ("sent", "replayed", "rejected", "blocked", "retried", "status_applied"):
                setattr(total, name, getattr(total, name) + getattr(rep, name))
            total.master.update(rep.master)
            total.offline = rep.offline
            left, due = outbox.outstanding(self.ctx)
            if not until_empty or left == 0:
                return total
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                raise TimeoutError(left)
            streak = streak + 1 if rep.offline else 0
            wait = 60.0
            if self.paused_until > now:
                wait = self.paused_until - now
            elif due is not None:
                wait = (due - dt.datetime.now(dt.UTC)).total_seconds()
            if streak:  # the link is down: back off between attempts, up to `idle`
                wait = max(wait, backoff(streak, self.settings.backoff_base, idle))
            elif rep.state == "platform_failing":  # ask /health again soon: recovery ends the waits
                wait = min(wait, self.settings.probe_interval)
            wait = max(0.05, min(wait, 60.0))
            if deadline is not None:
                wait = min(wait, max(0.0, deadline - now))
            time.sleep(wait)

    def start(self, interval: float = 30.0) -> None:
        """Run passes on a background thread: every `interval` seconds and on `trigger()`."""
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()

        def loop() -> None:
            while not self._stop.is_set():
                state = "idle"
                try:
                    state = self.run_once().state
                except SyncBlocked:
                    pass  # reported through progress (phase "blocked"); retried next interval
                except Exception:
                    log.exception("sync pass failed")
                _, due = outbox.outstanding(self.ctx)
                wait = interval
                if state in ("platform_failing", "waiting_network"):
                    wait = min(wait, self.settings.probe_interval)
                if due is not None:
                    wait = min(wait, max(0.05, (due - dt.datetime.now(dt.UTC)).total_seconds()))
                self._wake.wait(wait)
                self._wake.clear()

        self._thread = threading.Thread(target=loop, name="zongchuang-sync", daemon=True)
        self._thread.start()

    def trigger(self) -> None:
        """Try now (a case was queued, the network came back): a trigger, never a gate."""
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout)
        self._thread = None


def _files_of(document: dict[str, Any]) -> list[tuple[str, int | None]]:
    seen: dict[str, int | None] = {}
    for m in document.get("materials") or []:
        for f in m.get("files") or []:
            seen.setdefault(f["sha256"], f.get("size"))
    return list(seen.items())
