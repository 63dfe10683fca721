"""Logging for the whole application: one rotating file under the user log directory
(`app.paths.log_dir`, or ``ZONGCHUANG_LOG_DIR``), every handler redacting personal data.

Call `setup_logging()` once at start (the CLI and the UI do); it is idempotent.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.paths import log_dir as default_log_dir
from app.security.redaction import RedactingFilter, RedactingFormatter

LOG_FILE = "zongchuang.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_installed: Path | None = None


def setup_logging(directory: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Install the redacting rotating file handler (5 × 2 MB); returns the log file path, or None
    when no log folder can be written (logging must never stop the workstation)."""
    global _installed
    folder = Path(directory or os.environ.get("ZONGCHUANG_LOG_DIR") or default_log_dir())
    root = logging.getLogger()
    target = folder / LOG_FILE
    if _installed == target:
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
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
