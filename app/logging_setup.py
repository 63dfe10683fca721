"""Logging for the whole application: one rotating file under the user log directory
(`app.paths.log_dir`, or `[logging] dir` / ``ZONGCHUANG_LOG_DIR``), every handler redacting
personal data. Size and count of the rotated files come from `[logging] max_mb` and `keep`.

Call `start_logging(config)` once at start (the CLI does, for every command incl. the GUI); it
is idempotent.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.paths import log_dir as default_log_dir
from app.security.redaction import RedactingFilter, RedactingFormatter

LOG_FILE = "zongchuang.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_installed: Path | None = None


def log_folder(configured: str = "") -> Path:
    """Where the log files go: `[logging] dir` (or ZONGCHUANG_LOG_DIR, through the config), else
    the user log directory."""
    return Path(configured) if configured else default_log_dir()


def start_logging(config) -> Path | None:
    """Logging as `[logging]` of the machine configuration (`app.config.LoggingSection`) says."""
    conf = config.logging
    return setup_logging(log_folder(conf.dir), level=getattr(logging, conf.level, logging.INFO),
                         max_mb=conf.max_mb, keep=conf.keep)


def setup_logging(directory: Path | None = None, *, level: int = logging.INFO, max_mb: float = 5.0,
                  keep: int = 10) -> Path | None:
    """Install the redacting rotating file handler (`keep` files of `max_mb` MB); returns the log
    file path, or None when no log folder can be written (logging must never stop the workstation)."""
    global _installed
    folder = Path(directory) if directory else log_folder()
    root = logging.getLogger()
    target = folder / LOG_FILE
    if _installed == target:
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=int(max_mb * 1_000_000), backupCount=keep, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter(FORMAT))
    handler.addFilter(RedactingFilter())
    handler.set_name("zongchuang-file")
    for old in [h for h in root.handlers if h.get_name() == "zongchuang-file"]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    for other in root.handlers:  # console handlers others added get the filter too
        if not any(isinstance(f, RedactingFilter) for f in other.filters):
            other.addFilter(RedactingFilter())
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    _installed = target
    return target
