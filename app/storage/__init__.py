"""Local storage: SQLite via SQLAlchemy, Alembic migrations, content-addressed attachments."""

from app.storage.store import Actor, Store, UnitOfWork, open_store, register_open_hook

__all__ = ["Actor", "Store", "UnitOfWork", "open_store", "register_open_hook"]
