"""The one place a database engine is made.

SQLite in WAL mode with `synchronous=FULL`: a committed acceptance survives a power cut.
Callers get an engine from `make_engine` and never set pragmas themselves, so the encrypted
engine (SQLCipher, security issue) can replace this one without touching them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

ConnectionFactory = Callable[[str], Any]

_factory_override: ConnectionFactory | None = None
_dbapi_override: Any = None


def set_connection_factory(factory: ConnectionFactory | None, dbapi: Any = None) -> None:
    """Install a DB-API connection factory (e.g. SQLCipher with its key) for all new engines.

    `dbapi` is the module the factory's connections come from (e.g. `sqlcipher3.dbapi2`), so
    SQLAlchemy maps that driver's exceptions (OperationalError, IntegrityError) as usual."""
    global _factory_override, _dbapi_override
    _factory_override = factory
    _dbapi_override = dbapi if factory is not None else None


def connection_factory() -> ConnectionFactory | None:
    return _factory_override


def _apply_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(db_path: Path) -> Engine:
    """An engine for the SQLite file at `db_path` with the durability pragmas applied."""
    kwargs: dict[str, Any] = {"future": True}
    if _factory_override is not None:
        factory = _factory_override
        kwargs["creator"] = lambda: factory(str(db_path))
        if _dbapi_override is not None:
            kwargs["module"] = _dbapi_override
    engine = create_engine(f"sqlite:///{db_path}", **kwargs)
    event.listen(engine, "connect", _apply_pragmas)
    # pysqlite opens transactions lazily and not for SELECT; BEGIN IMMEDIATE at the first
    # statement takes the write lock up front so two writers queue instead of failing mid-way.
    event.listen(engine, "connect", lambda conn, _r: setattr(conn, "isolation_level", None))
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine
