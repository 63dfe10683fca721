"""The reference platform's own tables (separate metadata from the workstation store).

Schema management: `create_all` at start-up plus a `platform_meta` row holding the schema
version; a server refuses to start on a database written by a different schema version
instead of silently altering it (see docs/sync-protocol.md, "Platform storage").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import DateTime as _DateTime
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from sync.platform import crypto

SCHEMA_VERSION = "3"  # 2: keys/batches per workstation, blob holders, audit tips; 3: sealed documents


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator):
    """Naive UTC in the database, aware on the way out (same on SQLite and PostgreSQL)."""

    impl = _DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=dt.UTC)


class _Sealed(TypeDecorator):
    """A column sealed with the platform's server key (AES-256-GCM, sync/platform/crypto.py;
    nonce ‖ ciphertext ‖ tag, the column name as associated data). The key rides on the
    engine's dialect (`dialect.zc_key`, set by `Platform`), so each platform instance uses its own."""

    cache_ok = True

    def __init__(self, column: str):
        super().__init__()
        self.column = column

    def seal(self, key: bytes, value: Any) -> Any:
        raise NotImplementedError

    def unseal(self, key: bytes, value: Any) -> Any:
        raise NotImplementedError

    def process_bind_param(self, value, dialect):
        return None if value is None else self.seal(dialect.zc_key, value)

    def process_result_value(self, value, dialect):
        return None if value is None else self.unseal(dialect.zc_key, value)


class SealedJSON(_Sealed):
    """JSON sealed: the database holds no personal data in the clear."""

    impl = Text
    cache_ok = True

    def seal(self, key: bytes, value: Any) -> Any:
        return crypto.seal_json(key, value, self.column)

    def unseal(self, key: bytes, value: Any) -> Any:
        return crypto.open_json(key, value, self.column)


class SealedBytes(_Sealed):
    """Bytes sealed: a licence file in the database is as unreadable without the key as a blob file."""

    impl = LargeBinary
    cache_ok = True

    def seal(self, key: bytes, value: Any) -> Any:
        return crypto.seal_bytes(key, bytes(value), self.column)

    def unseal(self, key: bytes, value: Any) -> Any:
        return crypto.open_bytes(key, bytes(value), self.column)


class PBase(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class MetaRow(PBase):
    __tablename__ = "platform_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class WorkstationRow(PBase):
    """A registered window PC: its long-lived credential (hashed) and its center."""

    __tablename__ = "workstations"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # e.g. 420107-01
    center_code: Mapped[str] = mapped_column(String(6), index=True)
    credential_hash: Mapped[str] = mapped_column(String(64), unique=True)
    revoked: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class SessionTokenRow(PBase):
    """A short-lived access token issued for a workstation credential (POST /auth/token)."""

    __tablename__ = "session_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    workstation_id: Mapped[str] = mapped_column(ForeignKey("workstations.id"), index=True)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class BlobRow(PBase):
    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class CaseRow(PBase):
    """A case as the platform holds it: the latest accepted submission's document."""

    __tablename__ = "cases"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    acceptance_number: Mapped[str] = mapped_column(String(40), index=True)
    item_code: Mapped[str] = mapped_column(String(64))
    center_code: Mapped[str] = mapped_column(String(6), index=True)
    workstation_id: Mapped[str] = mapped_column(String(32))
    submission: Mapped[int] = mapped_column(Integer, default=1)
    document: Mapped[dict[str, Any]] = mapped_column(SealedJSON("cases.document"))
    status: Mapped[str] = mapped_column(String(32))
    result: Mapped[dict[str, Any] | None] = mapped_column(SealedJSON("cases.result"), nullable=True)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class SubmissionRow(PBase):
    """Every accepted submission (a RESEND makes a second one for the same case)."""

    __tablename__ = "submissions"
    __table_args__ = (UniqueConstraint("case_uuid", "idempotency_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(ForeignKey("cases.uuid"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(80))
    payload_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class IdempotencyRow(PBase):
    """An Idempotency-Key with the payload hash and the stored response, inserted in the same
    transaction as the case it created (keys in flight are tracked in the server process).
    Keys belong to the workstation that sent them: another workstation cannot squat one."""

    __tablename__ = "idempotency_keys"
    workstation_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    payload_hash: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))  # done
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    response: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    replays: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class StatusEventRow(PBase):
    """The status feed: `id` is the cursor. Writers serialise so ids commit in order."""

    __tablename__ = "status_events"
    __table_args__ = (Index("ix_status_center_id", "center_code", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(String(36), index=True)
    center_code: Mapped[str] = mapped_column(String(6))
    status: Mapped[str] = mapped_column(String(32))
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    certificate: Mapped[dict[str, Any] | None] = mapped_column(SealedJSON("status_events.certificate"), nullable=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class MasterFileRow(PBase):
    """Master data published to workstations: catalog files per version, calendar overrides."""

    __tablename__ = "master_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)  # catalog / calendar_overrides
    version: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditBatchRow(PBase):
    """A batch of a workstation's audit trail (hash-chained rows), kept as received."""

    __tablename__ = "audit_batches"
    workstation_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    rows: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(SealedJSON("audit_batches.payload"))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditTipRow(PBase):
    """The end of each workstation's audit chain as the platform holds it: a batch must extend
    it (its first sealed row links to `last_hash`), so a stored chain is never rewritten.
    Re-registering the workstation (a new installation, a new chain) clears it."""

    __tablename__ = "audit_tips"
    workstation_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_id: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)


class BlobHolderRow(PBase):
    """Which centers hold a blob: a center that uploaded the bytes (verified) or whose case
    references them. HEAD, `/blobs/status` and intake answer only about a caller's own center's
    blobs, so a workstation cannot probe whether another center holds a file."""

    __tablename__ = "blob_holders"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(6), primary_key=True)


class CobrowseGrantRow(PBase):
    """An explicit cross-center co-browse grant (sync/platform/grants.py): `helper` (workstation
    id or center code) may ask `window` (workstation id or center code) until `expires_at`."""

    __tablename__ = "cobrowse_grants"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    helper: Mapped[str] = mapped_column(String(32), index=True)
    window: Mapped[str] = mapped_column(String(32), index=True)
    reason: Mapped[str] = mapped_column(Text)
    granted_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class CobrowseGrantEventRow(PBase):
    """Grants, revocations and uses, each row hash-linked to the previous one."""

    __tablename__ = "cobrowse_grant_events"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(16))  # grant / revoke / use
    grant_id: Mapped[str] = mapped_column(String(16), index=True)
    actor: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditKeyRow(PBase):
    """The key a workstation MACs its audit batches with (sync.protocol.audit_batch_key), derived
    from its credential when the credential is presented; sealed with the server key."""

    __tablename__ = "audit_batch_keys"
    workstation_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(SealedJSON("audit_batch_keys.key"))
