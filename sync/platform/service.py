"""What the reference platform does, independent of HTTP: intake with idempotency, the
status feed, back-office decisions, workstation credentials, master data.

The HTTP layer (`api.py`) and the CLI (`zongchuang platform ...`) both call this.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import InputError, NotFoundError
from sync import protocol
from sync.platform.blobs import BlobStore
from sync.platform.db import make_engine, normalise_url, prepare, read_sessions
from sync.platform.models import (
    AuditBatchRow,
    AuditKeyRow,
    AuditTipRow,
    BlobHolderRow,
    BlobRow,
    CaseRow,
    IdempotencyRow,
    MasterFileRow,
    SessionTokenRow,
    StatusEventRow,
    SubmissionRow,
    WorkstationRow,
    utcnow,
)


def _private_sqlite_file(url: str) -> None:
    """Create the SQLite file 0600 before SQLite does (its -wal/-shm files copy its mode)."""
    if not url.startswith("sqlite:///"):
        return
    path = Path(url[len("sqlite:///"):])
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    for suffix in ("", "-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.chmod(extra, 0o600)


def _hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Workstation:
    id: str
    center_code: str


@dataclass(frozen=True)
class Outcome:
    """An HTTP-shaped answer: status code, JSON body, extra headers."""

    status_code: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class PlatformSettings:
    data_dir: Path
    db_url: str | None = None
    session_ttl: dt.timedelta = dt.timedelta(hours=1)
    max_blob_size: int = 512 * 1024 * 1024
    key_file: Path | None = None  # server key for data at rest (default: <data dir>/platform.key, 0600)
    max_document_bytes: int = 8 * 1024 * 1024  # one submission's JSON (files travel as blobs)
    max_audit_batch_bytes: int = 8 * 1024 * 1024
    max_audit_rows: int = 5000
    min_client_version: str = protocol.MIN_CLIENT_VERSION
    rate_limit: float = 100.0  # requests per second per workstation, sustained (0: no limit)
    rate_burst: int = 3000  # requests a workstation may make at once (a day's backlog) before the rate applies


class Platform:
    def __init__(self, settings: PlatformSettings, rate_table: Any = None):
        from sync.platform.crypto import load_or_create_key

        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(settings.data_dir, 0o700)
        key = load_or_create_key(settings.key_file or settings.data_dir / "platform.key")
        self.url = normalise_url(settings.db_url, settings.data_dir)
        _private_sqlite_file(self.url)
        self.engine = make_engine(self.url)
        self.engine.dialect.zc_key = key  # sealed JSON columns (models.SealedJSON)
        self.sessions = prepare(self.engine)  # read-write transactions
        self.reads = read_sessions(self.engine)
        self.blobs = BlobStore(settings.data_dir / "blobs", max_size=settings.max_blob_size, key=key)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        from sync.platform.ratelimit import TokenBuckets

        # `rate_table`: the buckets every worker of `serve --workers N` shares (ratelimit.SharedBuckets)
        self.rate_limits = TokenBuckets(settings.rate_limit, settings.rate_burst, shared=rate_table)
        self._auth_cache: dict[str, tuple[Workstation, dt.datetime]] = {}
        self._auth_generation = 0  # bumped by every revocation
        self._inflight: set[tuple[str, str]] = set()  # (workstation, Idempotency-Key) being processed here
        self._inflight_lock = threading.Lock()

    def note_storage_full(self) -> None:
        """A write failed for lack of space: /health says `full` until space is freed."""
        import shutil

        try:
            free = shutil.disk_usage(self.blobs.root).free
        except OSError:
            free = 0
        self._storage_full_at = free

    def storage_state(self) -> dict[str, Any]:
        """`full` after a write failed for lack of space, until more space is free than then
        (plus 1 MiB); a plain look at free space cannot tell, as blobs differ in size."""
        import shutil

        try:
            free = shutil.disk_usage(self.blobs.root).free
        except OSError:
            return {"state": "ok", "free_bytes": 0}
        full_at = getattr(self, "_storage_full_at", None)
        if full_at is not None and free <= full_at + (1 << 20):
            return {"state": "full", "free_bytes": free}
        self._storage_full_at = None
        return {"state": "ok", "free_bytes": free}

    def close(self) -> None:
        self.blobs.close()
        self.engine.dispose()

    # --- credentials -------------------------------------------------------------------------

    def register_workstation(self, workstation_id: str, center_code: str, credential: str | None = None) -> str:
        """Register (or re-key) a window PC; returns its long-lived credential (shown once)."""
        credential = credential or secrets.token_urlsafe(32)
        with self.sessions.begin() as s:
            row = s.get(WorkstationRow, workstation_id)
            if row is None:
                s.add(WorkstationRow(id=workstation_id, center_code=center_code,
                                     credential_hash=_hash_secret(credential), created_at=utcnow()))
            else:
                row.center_code, row.credential_hash, row.revoked = center_code, _hash_secret(credential), False
                s.execute(delete(SessionTokenRow).where(SessionTokenRow.workstation_id == workstation_id))
                # a re-registered PC is a new installation with a new audit chain
                s.execute(delete(AuditTipRow).where(AuditTipRow.workstation_id == workstation_id))
            self._keep_audit_key(s, workstation_id, credential)
        return credential

    @staticmethod
    def _keep_audit_key(s: Session, workstation_id: str, credential: str) -> None:
        """Derive and keep (sealed) the key this workstation's audit batches are MACed with."""
        key = protocol.audit_batch_key(credential).hex()
        row = s.get(AuditKeyRow, workstation_id)
        if row is None:
            s.add(AuditKeyRow(workstation_id=workstation_id, key=key))
        elif row.key != key:
            row.key = key

    def workstation_center(self, workstation_id: str) -> str | None:
        """The center of a registered, unrevoked workstation (None otherwise)."""
        with self.reads() as s:
            row = s.get(WorkstationRow, workstation_id)
            return None if row is None or row.revoked else row.center_code

    def issue_session(self, credential: str) -> dict[str, Any] | None:
        with self.sessions.begin() as s:
            ws = s.execute(select(WorkstationRow).where(WorkstationRow.credential_hash == _hash_secret(credential))
                           ).scalar_one_or_none()
            if ws is None or ws.revoked:
                return None
            self._keep_audit_key(s, ws.id, credential)  # workstations registered before batch MACs
            token = secrets.token_urlsafe(32)
            expires = utcnow() + self.settings.session_ttl
            s.add(SessionTokenRow(token_hash=_hash_secret(token), workstation_id=ws.id, expires_at=expires))
            return {"access_token": token, "token_type": "bearer", "workstation": ws.id,
                    "expires_in": int(self.settings.session_ttl.total_seconds())}

    def authenticate(self, token: str) -> Workstation | None:
        """The workstation an access token belongs to (cached briefly; revocation clears the cache)."""
        key = _hash_secret(token)
        now = utcnow()
        hit = self._auth_cache.get(key)
        if hit is not None and hit[1] > now:
            return hit[0]
        generation = self._auth_generation
        ws = self._authenticate(token)
        if ws is not None and generation == self._auth_generation:  # no revocation ran meanwhile
            with self.reads() as s:
                row = s.get(SessionTokenRow, key)
                expires = min(row.expires_at, now + dt.timedelta(seconds=10)) if row else now
            self._auth_cache[key] = (ws, expires)
        return ws

    def _authenticate(self, token: str) -> Workstation | None:
        with self.reads() as s:
            row = s.get(SessionTokenRow, _hash_secret(token))
            if row is None or row.expires_at <= utcnow():
                return None
            ws = s.get(WorkstationRow, row.workstation_id)
            if ws is None or ws.revoked:
                return None
            return Workstation(ws.id, ws.center_code)

    def revoke_sessions(self, workstation_id: str | None = None) -> int:
        """End access tokens (all, or one workstation's); clients re-authenticate on the 401."""
        self._auth_cache.clear()
        with self.sessions.begin() as s:
            stmt = delete(SessionTokenRow)
            if workstation_id:
                stmt = stmt.where(SessionTokenRow.workstation_id == workstation_id)
            n = s.execute(stmt).rowcount or 0
        # a lookup that read its snapshot before the delete committed must not cache what it saw
        self._auth_generation += 1
        self._auth_cache.clear()
        return n

    # --- blobs -------------------------------------------------------------------------------

    def _record_blobs(self, s: Session, digests: list[str], now: dt.datetime) -> None:
        """Rows (for counts and housekeeping) for complete blob files that have none yet; the
        files are the truth, so this is written with the case that references them."""
        wanted = sorted(set(digests))
        known = set(s.execute(select(BlobRow.sha256).where(BlobRow.sha256.in_(wanted))).scalars())
        for digest in wanted:
            if digest not in known:
                s.add(BlobRow(sha256=digest, size=self.blobs.state(digest).offset, created_at=now))

    def held(self, center_code: str, digests: list[str]) -> set[str]:
        """The digests among `digests` whose files `center_code` holds (uploaded or referenced)."""
        wanted = sorted(set(digests))
        if not wanted:
            return set()
        with self.reads() as s:
            rows = s.execute(select(BlobHolderRow.sha256).where(BlobHolderRow.center_code == center_code,
                                                                BlobHolderRow.sha256.in_(wanted))).scalars()
            return {d for d in rows if self.blobs.exists(d)}

    def grant_blob(self, center_code: str, digest: str) -> None:
        """Record that `center_code` holds a blob (after it sent bytes that matched the digest)."""
        with self.sessions.begin() as s:
            if s.get(BlobHolderRow, (digest, center_code)) is None:
                s.add(BlobHolderRow(sha256=digest, center_code=center_code))

    def blob_state(self, ws: Workstation, digest: str) -> Any:
        """What a workstation may know of a blob: complete only when its center holds it; else
        its own partial upload (another workstation's upload or another center's file is absent)."""
        held = bool(self.held(ws.center_code, [digest]))
        return self.blobs.state(digest, ws.id, held=held)

    def missing_blobs(self, ws: Workstation, digests: list[str]) -> list[str]:
        """Referenced blobs the workstation's center does not hold (a case cannot point at
        another center's files by digest)."""
        have = self.held(ws.center_code, digests)
        return [d for d in sorted(set(digests)) if d not in have]

    # --- intake ------------------------------------------------------------------------------

    def submit(self, ws: Workstation, case_uuid: str, key: str, raw: bytes) -> Outcome:
        """Take a case submission exactly once per Idempotency-Key.

        The key, the payload hash and the response are inserted in the same transaction as the
        case; a replay returns the stored response; the same key still in flight gets 409; the
        same key with another payload gets 422."""
        doc, problem = _parse_body(key, raw, self.settings.max_document_bytes)
        if problem is not None:
            return problem
        return self._idempotent(ws, key, doc, lambda s, phash: self._intake(s, ws, case_uuid, key, phash, doc))

    def submit_audit(self, ws: Workstation, key: str, raw: bytes, mac: str | None = None) -> Outcome:
        """Take a batch of a workstation's audit trail, exactly once per Idempotency-Key.

        The batch MAC (`Audit-Batch-MAC`, keyed by the workstation's credential-derived key) is
        checked over the body bytes before anything is parsed or stored, then the rows must
        extend the chain the platform holds for that workstation (check_audit_chain)."""
        with self.reads() as s:
            stored = s.get(AuditKeyRow, ws.id)
            batch_key = bytes.fromhex(stored.key) if stored is not None else None
        if batch_key is None:  # registered before batch MACs and no token exchange since: re-authenticate
            return Outcome(401, {"error": "unauthorized", "message": "请重新换取访问令牌 / exchange the credential "
                                                                    "for a new access token"}, {"WWW-Authenticate": "Bearer"})
        if not mac or not hmac.compare_digest(mac, protocol.audit_batch_mac(batch_key, raw)):
            return Outcome(422, {"error": "bad_mac", "message": "审计批次的校验码不符（批次被改动或非本工作站所发），未保存 / "
                                                              "the audit batch MAC does not match (altered, or not sent "
                                                              "by this workstation); nothing stored"})
        doc, problem = _parse_body(key, raw, self.settings.max_audit_batch_bytes)
        if problem is not None:
            return problem
        if not isinstance(doc, dict) or not isinstance(doc.get("rows"), list) or not doc["rows"]:
            return Outcome(422, {"error": "invalid_batch", "message": "审计批次应含 rows 列表 / a batch has a rows list"})
        if len(doc["rows"]) > self.settings.max_audit_rows:
            return Outcome(413, {"error": "too_large", "message": f"审计批次超过 {self.settings.max_audit_rows} 条 / "
                                                                  "too many rows in one batch"})

        def store(s: Session, _phash: str) -> Outcome:
            if self.is_postgres:  # one batch of a workstation at a time extends its chain
                s.execute(select(WorkstationRow).where(WorkstationRow.id == ws.id).with_for_update())
            tip = s.get(AuditTipRow, ws.id)
            problem, last_id, last_hash = check_audit_chain(doc["rows"], tip.last_id if tip else None,
                                                            tip.last_hash if tip else None)
            if problem is not None:
                return problem
            if tip is None:
                s.add(AuditTipRow(workstation_id=ws.id, last_id=last_id, last_hash=last_hash))
            else:
                tip.last_id, tip.last_hash = last_id, last_hash
            s.add(AuditBatchRow(key=key, workstation_id=ws.id, rows=len(doc["rows"]), payload=doc, received_at=utcnow()))
            return Outcome(201, {"status": "accepted", "rows": len(doc["rows"])})

        return self._idempotent(ws, key, doc, store)

    def _idempotent(self, ws: Workstation, key: str, doc: Any, work) -> Outcome:
        phash = protocol.payload_hash(doc)
        slot = (ws.id, key)  # keys are the sending workstation's own
        with self._inflight_lock:
            if slot in self._inflight:
                return Outcome(409, {"error": "in_progress",
                                     "message": "相同请求正在处理 / the same request is being processed"},
                               {"Retry-After": "1"})
            self._inflight.add(slot)
        try:
            for _ in range(3):
                stored = self._stored(ws, key, phash)
                if stored is not None:
                    return stored
                try:
                    with self.sessions.begin() as s:
                        outcome = work(s, phash)
                        if outcome.status_code >= 300:  # e.g. 409 missing blobs: nothing is stored
                            raise _NotStored(outcome)
                        s.add(IdempotencyRow(key=key, workstation_id=ws.id, payload_hash=phash, state="done",
                                             status_code=outcome.status_code, response=outcome.body,
                                             claimed_at=utcnow(), completed_at=utcnow(), replays=0))
                    return outcome
                except _NotStored as exc:
                    return exc.outcome
                except IntegrityError:
                    continue  # another server process took the same key first: answer from its row
            return Outcome(409, {"error": "in_progress", "message": "相同请求正在处理 / the same request is being processed"},
                           {"Retry-After": "1"})
        finally:
            with self._inflight_lock:
                self._inflight.discard(slot)

    def _stored(self, ws: Workstation, key: str, phash: str) -> Outcome | None:
        with self.reads() as s:
            row = s.get(IdempotencyRow, (ws.id, key))
            if row is None:
                return None
            if row.payload_hash != phash:
                return Outcome(422, {"error": "idempotency_key_reused",
                                     "message": "同一 Idempotency-Key 已用于不同的内容 / the Idempotency-Key was "
                                                "already used with a different payload"})
            code, body = row.status_code or 200, dict(row.response or {})
        with self.sessions.begin() as s:
            s.execute(update(IdempotencyRow).where(IdempotencyRow.workstation_id == ws.id, IdempotencyRow.key == key)
                      .values(replays=IdempotencyRow.replays + 1))
        return Outcome(code, body, {protocol.IDEMPOTENT_REPLAYED: "true"})

    def _intake(self, s: Session, ws: Workstation, case_uuid: str, key: str, phash: str, doc: Any) -> Outcome:
        existing = s.get(CaseRow, case_uuid)
        if existing is not None and existing.workstation_id != ws.id:
            # a case belongs to the workstation that first submitted it; the answer says nothing
            # about the case (not its center, number or status) and nothing is stored
            return Outcome(403, {"error": "forbidden",
                                 "message": "该办件不属于本工作站 / the case belongs to another workstation"})
        reasons, parsed = _validate(ws, case_uuid, doc)
        if reasons:
            return Outcome(200, {"status": "rejected", "case_uuid": case_uuid, "reasons": reasons})
        digests = [f.sha256 for m in parsed.materials for f in m.files]
        missing = self.missing_blobs(ws, digests)
        if missing:
            return Outcome(409, {"error": "missing_blobs", "missing": missing,
                                 "message": f"缺少 {len(missing)} 个附件文件 / {len(missing)} blobs are missing"})
        now = utcnow()
        self._serialise_events(s)
        self._record_blobs(s, digests, now)  # here, so an upload never waits for the write lock
        row = existing
        if row is None:
            row = CaseRow(uuid=case_uuid, acceptance_number=parsed.acceptance_number or "",
                          item_code=parsed.item_code, center_code=ws.center_code, workstation_id=ws.id,
                          submission=1, document=doc, status=protocol.STATUS_IN_APPROVAL, received_at=now,
                          updated_at=now)
            s.add(row)
        else:
            row.submission += 1
            row.document, row.status, row.result, row.updated_at = doc, protocol.STATUS_IN_APPROVAL, None, now
        s.add(SubmissionRow(case_uuid=case_uuid, idempotency_key=key, payload_hash=phash, received_at=now))
        s.flush()
        s.add(StatusEventRow(case_uuid=case_uuid, center_code=ws.center_code, status=protocol.STATUS_IN_APPROVAL,
                             reasons=[], certificate=None, at=now))
        return Outcome(201, {"status": "accepted", "case_uuid": case_uuid, "acceptance_number": row.acceptance_number,
                             "platform_ref": f"P-{case_uuid[:8]}-{row.submission}", "submission": row.submission,
                             "received_at": now.isoformat()})

    def _serialise_events(self, s: Session) -> None:
        """Status-event ids must commit in order for the feed cursor to be monotonic; PostgreSQL
        sequences do not promise that across concurrent transactions, so writers queue here.
        (SQLite already has one writer at a time.)"""
        if self.is_postgres:
            s.execute(StatusEventRow.__table__.select().limit(0))  # open the transaction
            s.connection().exec_driver_sql("LOCK TABLE status_events IN SHARE ROW EXCLUSIVE MODE")

    # --- back office -------------------------------------------------------------------------

    def decide(self, ident: str, status: str, *, reasons: list[str] | None = None,
               certificate: dict[str, Any] | None = None) -> dict[str, Any]:
        """Simulate the back office: approved (with certificate data), 补正, rejected, resend."""
        status = {"correction": protocol.STATUS_CORRECTION, "buzheng": protocol.STATUS_CORRECTION}.get(status, status)
        if status not in protocol.DECISIONS:
            raise InputError(f"未知的审批结果 {status}（可选 approved / 补正 / rejected / resend）",
                             f"unknown decision {status} (approved / 补正 / rejected / resend)")
        now = utcnow()
        if status == protocol.STATUS_APPROVED:  # the library's tables exist before this transaction
            from sync.platform.elicense_api import library_for

            library_for(self)
        with self.sessions.begin() as s:
            self._serialise_events(s)
            row = s.get(CaseRow, ident)
            if row is None:
                row = s.execute(select(CaseRow).where(CaseRow.acceptance_number == ident)).scalars().first()
            if row is None:
                raise NotFoundError(f"平台上没有办件 {ident}", f"the platform has no case {ident}")
            if status == protocol.STATUS_APPROVED:
                certificate = certificate or _certificate_for(row, now)
                certificate = self._issue_licence(s, row, certificate)
                reasons = reasons or []
            elif status == protocol.STATUS_CORRECTION:
                reasons = reasons or ["请补正材料（后台未写明原因）"]
            elif status == protocol.STATUS_REJECTED:
                reasons = reasons or ["不符合许可条件（后台未写明原因）"]
            else:
                reasons = reasons or ["平台要求重新上报"]
            row.status, row.updated_at = status, now
            row.result = {"status": status, "reasons": reasons, "certificate": certificate, "decided_at": now.isoformat()}
            event = StatusEventRow(case_uuid=row.uuid, center_code=row.center_code, status=status, reasons=reasons,
                                   certificate=certificate, at=now)
            s.add(event)
            s.flush()
            return _event_json(event)

    def _issue_licence(self, s: Session, row: CaseRow, certificate: dict[str, Any]) -> dict[str, Any]:
        """出件: the certificate joins the 电子证照 library in this transaction (docs/elicense.md)."""
        from sync.platform.elicense_api import library_for

        return library_for(self).register_issued(s, row, certificate)

    # --- feeds -------------------------------------------------------------------------------

    def status_feed(self, ws: Workstation, since: int, limit: int = 200) -> dict[str, Any]:
        limit = max(1, min(limit, 1000))
        with self.reads() as s:
            rows = s.execute(select(StatusEventRow).where(StatusEventRow.center_code == ws.center_code,
                                                          StatusEventRow.id > since)
                             .order_by(StatusEventRow.id).limit(limit)).scalars().all()
            events = [_event_json(r) for r in rows]
        cursor = events[-1]["cursor"] if events else str(since)
        return {"events": events, "cursor": cursor, "more": len(events) == limit}

    def case_info(self, ident: str) -> dict[str, Any] | None:
        with self.reads() as s:
            row = s.get(CaseRow, ident) or s.execute(
                select(CaseRow).where(CaseRow.acceptance_number == ident)).scalars().first()
            if row is None:
                return None
            subs = s.execute(select(func.count()).select_from(SubmissionRow)
                             .where(SubmissionRow.case_uuid == row.uuid)).scalar_one()
            return {"uuid": row.uuid, "acceptance_number": row.acceptance_number, "status": row.status,
                    "submission": row.submission, "submissions": subs, "result": row.result,
                    "item_code": row.item_code, "center_code": row.center_code,
                    "department": department_of(row.item_code)}

    def counts(self) -> dict[str, int]:
        with self.reads() as s:
            return {"cases": s.execute(select(func.count()).select_from(CaseRow)).scalar_one(),
                    "submissions": s.execute(select(func.count()).select_from(SubmissionRow)).scalar_one(),
                    "blobs": s.execute(select(func.count()).select_from(BlobRow)).scalar_one(),
                    "replays": s.execute(select(func.coalesce(func.sum(IdempotencyRow.replays), 0))).scalar_one()}

    def case_uuids(self) -> dict[str, int]:
        """uuid → number of submissions (what the tests compare with the workstation)."""
        with self.reads() as s:
            rows = s.execute(select(SubmissionRow.case_uuid, func.count()).group_by(SubmissionRow.case_uuid)).all()
            return {u: n for u, n in rows}

    # --- master data -------------------------------------------------------------------------

    def publish_master(self, *, catalog_dir: Path | None = None, calendar_file: Path | None = None) -> dict[str, Any]:
        """Publish a catalog folder and/or calendar overrides as new master-data versions."""
        with self.sessions.begin() as s:
            if catalog_dir is not None:
                files = sorted(p for p in Path(catalog_dir).iterdir() if p.suffix in {".yaml", ".yml"} and p.is_file())
                if not any(p.name == "catalog.yaml" for p in files):
                    raise InputError(f"{catalog_dir} 中没有 catalog.yaml", f"{catalog_dir} has no catalog.yaml")
                from app.catalog.yaml_guard import check_yaml_text, read_yaml_file

                texts = [(p.name, read_yaml_file(p)) for p in files]
                for name, text in texts:  # a billion-laughs catalog is never published to the windows
                    check_yaml_text(name, text, syntax_errors=False)  # (other mistakes: the windows refuse them)
                version = hashlib.sha256(protocol.canonical_json(texts)).hexdigest()[:16]
                s.execute(delete(MasterFileRow).where(MasterFileRow.kind == "catalog", MasterFileRow.version == version))
                for name, text in texts:
                    s.add(MasterFileRow(kind="catalog", version=version, name=name, content=text,
                                        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), published_at=utcnow()))
            if calendar_file is not None:
                text = Path(calendar_file).read_text(encoding="utf-8-sig")
                from app.calendar.notice import dump_years, read_notice_file

                text = dump_years(read_notice_file(text))  # the notice's text or override YAML, checked
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                version = digest[:16]
                s.execute(delete(MasterFileRow).where(MasterFileRow.kind == "calendar_overrides",
                                                      MasterFileRow.version == version))
                s.add(MasterFileRow(kind="calendar_overrides", version=version, name="calendar_overrides.yaml",
                                    content=text, sha256=digest, published_at=utcnow()))
        return self.master_manifest()

    def master_manifest(self) -> dict[str, Any]:
        out: dict[str, Any] = {"catalog": None, "calendar_overrides": None}
        with self.reads() as s:
            for kind in ("catalog", "calendar_overrides"):
                latest = s.execute(select(MasterFileRow).where(MasterFileRow.kind == kind)
                                   .order_by(MasterFileRow.id.desc()).limit(1)).scalar_one_or_none()
                if latest is None:
                    continue
                rows = s.execute(select(MasterFileRow).where(MasterFileRow.kind == kind,
                                                             MasterFileRow.version == latest.version)
                                 .order_by(MasterFileRow.name)).scalars().all()
                out[kind] = {"version": latest.version, "published_at": latest.published_at.isoformat(),
                             "files": [{"name": r.name, "sha256": r.sha256, "size": len(r.content.encode("utf-8"))}
                                       for r in rows]}
        return out

    def master_file(self, kind: str, version: str, name: str) -> str | None:
        with self.reads() as s:
            row = s.execute(select(MasterFileRow).where(MasterFileRow.kind == kind, MasterFileRow.version == version,
                                                        MasterFileRow.name == name)).scalars().first()
            return None if row is None else row.content


class _NotStored(Exception):
    def __init__(self, outcome: Outcome):
        super().__init__(outcome.status_code)
        self.outcome = outcome


def _parse_body(key: str, raw: bytes, max_bytes: int) -> tuple[Any, Outcome | None]:
    """The body as JSON within bounds (size in bytes, depth, numbers, well-formed Unicode:
    app/cases/safety.py) — refused with 4xx before anything is stored."""
    from app.cases.safety import DocumentTooLarge, load_json_bounded

    if not key or len(key) > 80 or not key.isprintable():
        return None, Outcome(400, {"error": "idempotency_key_required",
                                   "message": "缺少或过长的 Idempotency-Key / missing or too long Idempotency-Key"})
    try:
        return load_json_bounded(raw, "请求体 / the body", max_bytes=max_bytes), None
    except DocumentTooLarge as exc:
        return None, Outcome(413, {"error": "too_large", "message": f"{exc.message_zh} / {exc.message_en}"})
    except InputError as exc:
        return None, Outcome(400, {"error": "invalid_json", "message": f"{exc.message_zh} / {exc.message_en}"})


def _chain_error(code: int, error: str, zh: str, en: str) -> tuple[Outcome, int, str | None]:
    return Outcome(code, {"error": error, "message": f"{zh} / {en}"}), 0, None


def check_audit_chain(rows: list[Any], tip_id: int | None, tip_hash: str | None
                      ) -> tuple[Outcome | None, int, str | None]:
    """Check that a batch of audit rows extends the stored chain: ids ascending past the tip,
    each sealed row's `prev_hash` is the hash before it (the tip's for the first), no unsealed
    row after a sealed one. The platform has not the workstation's audit key, so it checks the
    links here, not each row's MAC (`zongchuang audit verify` checks those on the workstation);
    the batch as a whole was MAC-checked before (`Platform.submit_audit`). Returns (problem, new tip id,
    new tip hash). A first row that does not link to the tip is 409 (its predecessor batch may
    still be on its way; the client retries) unless it claims the tip's next place (a fork: 422)."""
    prev_id, prev_hash = (tip_id or 0), tip_hash
    for n, row in enumerate(rows):
        if not isinstance(row, dict):
            return _chain_error(422, "invalid_batch", "审计记录格式无效", "an audit row is not an object")
        rid, rhash, rprev = row.get("id"), row.get("hash"), row.get("prev_hash")
        if (not isinstance(rid, int) or isinstance(rid, bool) or not (0 < rid < 2**62)
                or not (rhash is None or isinstance(rhash, str)) or not (rprev is None or isinstance(rprev, str))):
            return _chain_error(422, "invalid_batch", "审计记录缺少编号或封签", "an audit row lacks its id or seal")
        if rid <= prev_id:
            return _chain_error(422, "chain_broken", "审计记录编号重复或倒序（已收到的记录不能改写）",
                                "audit row ids repeat or go backwards (stored rows cannot be rewritten)")
        if rhash is None:
            if prev_hash is not None:
                return _chain_error(422, "chain_broken", "已封签的审计链中出现未封签的记录",
                                    "an unsealed audit row follows sealed ones")
        elif rprev != prev_hash:
            if n == 0 and rid > (tip_id or 0) + 1:
                return _chain_error(409, "chain_gap", "审计批次未接上已收到的记录（前一批尚未到达），稍后重试",
                                    "the batch does not extend the stored chain yet (an earlier batch is missing); retry")
            return _chain_error(422, "chain_broken", "审计批次与已收到的审计链不衔接（记录被删除、插入或改写）",
                                "the batch does not extend the stored audit chain (rows deleted, inserted or rewritten)")
        prev_id, prev_hash = rid, (rhash if rhash is not None else prev_hash)
    return None, prev_id, prev_hash


def _event_json(r: StatusEventRow) -> dict[str, Any]:
    return {"cursor": str(r.id), "case_uuid": r.case_uuid, "status": r.status, "reasons": list(r.reasons or []),
            "certificate": r.certificate, "at": r.at.isoformat()}


def _validate(ws: Workstation, case_uuid: str, doc: Any) -> tuple[list[str], Any]:
    """Intake checks; each failure is a reason the clerk can act on (Chinese / English)."""
    from app.cases.interchange import parse_case_document
    from app.errors import ZongchuangError

    try:
        parsed = parse_case_document(doc, source="submission")
    except ZongchuangError as exc:
        return [f"{exc.message_zh} / {exc.message_en}"], None
    reasons: list[str] = []
    if parsed.uuid != case_uuid:
        reasons.append(f"办件 uuid 与地址不符（{parsed.uuid}） / the document's uuid does not match the URL")
    if not parsed.acceptance_number:
        reasons.append("缺少受理编号 / the acceptance number is missing")
    if parsed.center.code and parsed.center.code != ws.center_code:
        reasons.append(f"办件属于中心 {parsed.center.code}，本工作站属于 {ws.center_code} / "
                       "the case belongs to another center")
    if not parsed.applicant.name:
        reasons.append("缺少申请人名称 / the applicant's name is missing")
    if not parsed.item_code.strip():
        reasons.append("缺少事项编码 / the item code is missing")
    return reasons, parsed


def department_of(item_code: str) -> str:
    """The back-office department a case is routed to: the item's 实施部门 in the catalog (a
    一件事 arrives as one case per member, so each member goes to its own department)."""
    from app.catalog import default_catalog

    item = default_catalog().items.get(item_code)
    return item.department if item is not None else ""


def _certificate_for(row: CaseRow, now: dt.datetime) -> dict[str, Any]:
    """Certificate data as the documents module prints it at 出件 (`license_no`, `issued_on`,
    `valid_from`, `valid_to`), plus holder and issuer for display."""
    doc = row.document or {}
    applicant = doc.get("applicant") or {}
    fields = doc.get("fields") or {}
    holder = (fields.get("unit_name") or {}).get("value") or applicant.get("name") or ""
    issued = now.date()
    serial = "".join(ch for ch in row.acceptance_number if ch.isdigit())[-6:] or row.uuid[:6]
    # a 变更/延续 keeps the original licence's end date when the case carries it (沿用原证)
    original_to = (fields.get("original_valid_to") or {}).get("value")
    valid_to = original_to or (issued + dt.timedelta(days=4 * 365)).isoformat()
    return {"license_no": f"{row.center_code}{issued.year}{serial}", "issued_on": issued.isoformat(),
            "valid_from": issued.isoformat(), "valid_to": valid_to,
            "holder": holder, "credit_code": applicant.get("credit_code", ""), "item_code": row.item_code,
            "issuer": f"{row.center_code} 审批部门（参考平台）", "acceptance_number": row.acceptance_number}
