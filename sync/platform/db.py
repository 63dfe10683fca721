"""The platform's database: SQLite by default, PostgreSQL (psycopg 3) when given a URL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import StorageError
from sync.platform.models import SCHEMA_VERSION, MetaRow, PBase


def normalise_url(url: str | None, data_dir: Path) -> str:
    if not url:
        return f"sqlite:///{data_dir / 'platform.db'}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


READ_ONLY = "zc_read_only"


def _begin(conn) -> None:
    """Writers take SQLite's write lock up front (no deadlocking lock upgrades); readers do not
    take it at all (a WAL reader sees a consistent snapshot without blocking anyone), so a
    status-feed read or an idempotency lookup never queues behind another process's commit."""
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


def read_sessions(engine: Engine) -> sessionmaker[Session]:
    """Sessions for reading only (deferred transactions on SQLite)."""
    return sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "connect", lambda conn, _r: setattr(conn, "isolation_level", None))
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)


def prepare(engine: Engine) -> sessionmaker[Session]:
    """Create the tables if needed and check the stored schema version."""
    PBase.metadata.create_all(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions.begin() as session:
        row = session.execute(select(MetaRow).where(MetaRow.key == "schema_version")).scalar_one_or_none()
        if row is None:
            session.add(MetaRow(key="schema_version", value=SCHEMA_VERSION))
        elif row.value != SCHEMA_VERSION:
            raise StorageError(f"平台数据库的结构版本为 {row.value}，本程序需要 {SCHEMA_VERSION}",
                               f"the platform database has schema version {row.value}; this build needs {SCHEMA_VERSION}",
                               hint_zh="请使用匹配版本的平台程序，或迁移数据库", hint_en="run a matching platform build or migrate")
    return sessions
