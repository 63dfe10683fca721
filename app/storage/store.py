"""Opening the local store: data dir checks, engine, migrations, attachments, unit of work.

A use case that is made of other use cases (e.g. `apply_card`: record the chip read, put the
holder on the case, pre-fill the form) runs them inside its own `unit_of_work`: a unit of work
opened while one is active on the same thread joins it (and `read()` reads through it), so the
whole use case commits once or not at all. What the use case tells its listeners
(`ServiceContext.publish`) while a unit of work is open waits for the outermost commit and is
dropped on rollback, so no screen hears of a change that never reached the disk."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import StorageError
from app.paths import ensure_writable
from app.storage import migrate
from app.storage.attachments import AttachmentStore
from app.storage.engine import make_engine
from app.storage.tables import AuditRow, OutboxRow, utcnow

DB_NAME = "zongchuang.db"


@dataclass(frozen=True)
class Actor:
    """Who is acting: user id, role and terminal (center-window)."""

    user: str
    role: str = "clerk"
    terminal: str = ""


AuditSealer = Callable[[Session, AuditRow], None]


@dataclass
class Store:
    data_dir: Path
    engine: Engine
    attachments: AttachmentStore
    sessions: sessionmaker[Session]
    audit_sealers: list[AuditSealer] = field(default_factory=list)
    _active: threading.local = field(default_factory=threading.local, repr=False, compare=False)

    @contextmanager
    def unit_of_work(self, actor: Actor) -> Iterator[UnitOfWork]:
        """One transaction: the domain change, its audit rows and its outbox rows commit together.
        Opened inside another one on this thread, it joins it (the outer one commits)."""
        outer: UnitOfWork | None = getattr(self._active, "uow", None)
        if outer is not None:
            yield UnitOfWork(self, outer.session, actor, outer._after_commit)
            return
        session = self.sessions()
        uow = UnitOfWork(self, session, actor)
        self._active.uow = uow
        try:
            yield uow
            session.commit()
        except OperationalError as exc:
            session.rollback()
            uow._after_commit.clear()
            raise _storage_error(exc) from None
        except BaseException:
            session.rollback()
            uow._after_commit.clear()
            raise
        finally:
            self._active.uow = None
            session.close()
        for callback in uow._after_commit:  # committed: now the listeners may hear of it
            callback()

    def after_commit(self, callback: Callable[[], None]) -> bool:
        """Run `callback` once the unit of work open on this thread commits (never if it rolls
        back); False when none is open (the caller runs it now)."""
        outer: UnitOfWork | None = getattr(self._active, "uow", None)
        if outer is None:
            return False
        outer._after_commit.append(callback)
        return True

    @contextmanager
    def read(self) -> Iterator[Session]:
        outer: UnitOfWork | None = getattr(self._active, "uow", None)
        if outer is not None:  # inside a unit of work: read what it has written so far
            outer.session.flush()
            yield outer.session
            return
        session = self.sessions()
        try:
            yield session
        finally:
            session.close()  # ends the read transaction; loaded objects stay usable (detached)

    def close(self) -> None:
        self.engine.dispose()


@dataclass
class UnitOfWork:
    store: Store
    session: Session
    actor: Actor
    _after_commit: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def audit(self, action: str, *, case_uuid: str | None = None, target: str = "",
              detail: dict[str, Any] | None = None, ok: bool = True) -> AuditRow:
        row = AuditRow(at=utcnow(), actor=self.actor.user, role=self.actor.role, terminal=self.actor.terminal,
                       action=action, case_uuid=case_uuid, target=target, detail=detail or {}, ok=ok)
        self.session.add(row)
        for seal in self.store.audit_sealers:
            seal(self.session, row)
        return row

    def outbox(self, kind: str, idempotency_key: str, payload: dict[str, Any], *,
               case_uuid: str | None = None) -> OutboxRow:
        row = OutboxRow(kind=kind, idempotency_key=idempotency_key, payload=payload, case_uuid=case_uuid,
                        state="pending", next_attempt_at=utcnow())
        self.session.add(row)
        return row

    def now(self) -> dt.datetime:
        return utcnow()


def _storage_error(exc: OperationalError) -> StorageError:
    text = str(exc.orig) if exc.orig else str(exc)
    if "readonly" in text or "read-only" in text:
        return StorageError("数据库只读，未写入任何数据", "the database is read-only; nothing was written",
                            hint_zh="请检查数据目录权限", hint_en="check the data directory's permissions")
    if "full" in text:
        return StorageError("磁盘空间已满，未写入任何数据", "the disk is full; nothing was written",
                            hint_zh="请清理磁盘空间后重试", hint_en="free disk space and retry")
    if "locked" in text:
        return StorageError("数据库正被其他程序占用，请稍后重试", "the database is locked by another program; retry")
    return StorageError(f"数据库错误：{text}", f"database error: {text}")


StoreOpener = Callable[[Path], Store]
_open_hooks: list[Callable[[Store], None]] = []


def register_open_hook(hook: Callable[[Store], None]) -> None:
    """Later stages (audit chaining, attachment encryption) attach themselves to every store."""
    if hook not in _open_hooks:
        _open_hooks.append(hook)


def open_store(data_dir: Path) -> Store:
    """Open (creating and migrating as needed) the store in `data_dir`."""
    ensure_writable(data_dir)
    engine = make_engine(data_dir / DB_NAME)
    try:
        migrate.upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise _storage_error(exc) from None
    store = Store(data_dir=data_dir, engine=engine, attachments=AttachmentStore(data_dir / "attachments"),
                  sessions=sessionmaker(engine, expire_on_commit=False))
    for hook in _open_hooks:
        hook(store)
    _make_private(data_dir)
    return store


def _make_private(data_dir: Path) -> None:
    """The data folder 0700 and its database files 0600 (the contents are encrypted too; this
    keeps other accounts on a shared PC from even copying them). Best effort: a folder we do
    not own (an IT-provisioned shared one) keeps its mode."""
    import contextlib
    import os

    if not hasattr(os, "getuid"):
        return  # Windows: the profile folder's ACL already is per user
    with contextlib.suppress(OSError):
        if data_dir.stat().st_uid == os.getuid():
            os.chmod(data_dir, 0o700)
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", "attachments"):
                path = data_dir / name
                if path.exists():
                    os.chmod(path, 0o700 if path.is_dir() else 0o600)


def _forbid_audit_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditRow):
            raise StorageError("审计记录只能追加，不能修改或删除", "audit records are append-only")


event.listen(Session, "before_flush", _forbid_audit_changes)
