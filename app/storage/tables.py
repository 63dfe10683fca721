"""The local store's tables (SQLAlchemy 2 declarative).

Cases are the aggregate; fields, materials, attachments and events hang off a case. The audit
log and the outbox are written in the same transaction as the change they describe (see
`app.storage.uow`). Attachment bytes live on disk, content-addressed; only their hashes are here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy import DateTime as _DateTime
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class DateTime(TypeDecorator):
    """Timestamps stored as naive UTC and returned aware, the same on SQLite and PostgreSQL."""

    impl = _DateTime
    cache_ok = True

    def __init__(self, timezone: bool = True):  # signature kept for readability at use sites
        super().__init__()

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class CaseRow(Base):
    __tablename__ = "cases"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    acceptance_number: Mapped[str] = mapped_column(String(40), unique=True)
    item_code: Mapped[str] = mapped_column(String(64), index=True)
    item_name: Mapped[str] = mapped_column(String(200))
    catalog_version: Mapped[str] = mapped_column(String(40))
    catalog_hash: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(32), index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    applicant: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    card_read: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    decision: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # back-office outcome
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    center_code: Mapped[str] = mapped_column(String(6))
    window_no: Mapped[str] = mapped_column(String(2))
    clerk: Mapped[str] = mapped_column(String(64))
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 好差评 1..5
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    fields: Mapped[list[FieldRow]] = relationship(back_populates="case", cascade="all, delete-orphan",
                                                  order_by="FieldRow.id")
    materials: Mapped[list[MaterialRow]] = relationship(back_populates="case", cascade="all, delete-orphan",
                                                        order_by="MaterialRow.id")
    attachments: Mapped[list[AttachmentRow]] = relationship(back_populates="case", cascade="all, delete-orphan",
                                                            order_by="AttachmentRow.id")
    events: Mapped[list[CaseEventRow]] = relationship(back_populates="case", cascade="all, delete-orphan",
                                                      order_by="CaseEventRow.id")

    __mapper_args__ = {"version_id_col": version_id}


class FieldRow(Base):
    """One form field value with its provenance: where it came from and how sure we are."""

    __tablename__ = "case_fields"
    __table_args__ = (UniqueConstraint("case_uuid", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(ForeignKey("cases.uuid", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str] = mapped_column(String(32))  # id_card / ocr / history / elicense / clerk / helper / platform
    source_ref: Mapped[str | None] = mapped_column(String(120), nullable=True)  # e.g. material code M02
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    box: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    edited_by: Mapped[str] = mapped_column(String(64))
    edited_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    case: Mapped[CaseRow] = relationship(back_populates="fields")


class MaterialRow(Base):
    __tablename__ = "case_materials"
    __table_args__ = (UniqueConstraint("case_uuid", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(ForeignKey("cases.uuid", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    # pending / received / tolerated (容缺) / committed (告知承诺) / exempted (e-licence, shared data)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    doc_kind: Mapped[str | None] = mapped_column(String(40), nullable=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    quality: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    originals: Mapped[int] = mapped_column(Integer, default=0)
    copies: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    case: Mapped[CaseRow] = relationship(back_populates="materials")


class AttachmentRow(Base):
    """A page image or file of a material; the bytes live in the content-addressed store."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(ForeignKey("cases.uuid", ondelete="CASCADE"), index=True)
    material_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    page_no: Mapped[int] = mapped_column(Integer, default=1)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(80))
    filename: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[str] = mapped_column(String(32), default="page")  # page / pdf / signature / photo / document
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    case: Mapped[CaseRow] = relationship(back_populates="attachments")


class CaseEventRow(Base):
    """A lifecycle transition of a case (who moved it from where to where, and why)."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(ForeignKey("cases.uuid", ondelete="CASCADE"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(32), nullable=True)
    to_state: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    case: Mapped[CaseRow] = relationship(back_populates="events")


class AcceptanceSequenceRow(Base):
    """The last acceptance-number sequence used per center, window and day."""

    __tablename__ = "acceptance_sequences"

    center_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    window_no: Mapped[str] = mapped_column(String(2), primary_key=True)
    day: Mapped[str] = mapped_column(String(8), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class AuditRow(Base):
    """Append-only audit trail: who did what to which case, when, and whether it succeeded."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(32), default="")
    terminal: Mapped[str] = mapped_column(String(16), default="")
    action: Mapped[str] = mapped_column(String(64), index=True)
    case_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    prev_hash: Mapped[str | None] = mapped_column(String(128), nullable=True)
    hash: Mapped[str | None] = mapped_column(String(128), nullable=True)


class OutboxRow(Base):
    """Transactional outbox: what must reach the central platform, written with the change."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_next", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(32))  # submission / audit / ...
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    idempotency_key: Mapped[str] = mapped_column(String(80), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending/sending/done/rejected/blocked
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    # sync (revision 0002): who holds the lease ("host:pid:nonce") and the platform's receipt
    lease_owner: Mapped[str | None] = mapped_column(String(120), nullable=True)
    response: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class SyncStateRow(Base):
    """Small sync bookkeeping (status-feed cursor, master-data version), changed in the same
    transaction as what it records (e.g. the cursor moves with the case change it caused)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
