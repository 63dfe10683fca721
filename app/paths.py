"""Where the workstation keeps its data, and the check that it can write there.

Order: an explicit `--data-dir`, then `ZONGCHUANG_HOME`, then the platform's user data dir.
Training mode uses a separate `training/` folder so demo cases never mix with real ones.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from app.config import env_value
from app.errors import StorageError

APP_NAME = "zongchuang"


def data_dir(explicit: str | os.PathLike | None = None, *, training: bool = False) -> Path:
    base = Path(explicit or env_value("ZONGCHUANG_HOME") or user_data_dir(APP_NAME, appauthor=False))
    return base / "training" if training else base


def log_dir(base: Path | None = None) -> Path:
    return (base / "logs") if base is not None else Path(user_log_dir(APP_NAME, appauthor=False))


def ensure_writable(path: Path) -> Path:
    """Create `path` and prove we can write and fsync a file in it; a clear error otherwise."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".probe-{uuid.uuid4().hex}"
        with open(probe, "wb") as fh:
            fh.write(b"ok")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as exc:
        raise StorageError(
            f"数据目录 {path} 不可写（{exc.strerror or exc}），未做任何修改",
            f"data directory {path} is not writable ({exc.strerror or exc}); nothing was changed",
            hint_zh="请检查目录权限和磁盘空间，或用 --data-dir / ZONGCHUANG_HOME 指定其他目录",
            hint_en="check permissions and free space, or choose another folder with --data-dir / ZONGCHUANG_HOME",
        ) from None
    return path
