"""Master data from the platform (catalog versions, calendar overrides), applied atomically.

Files are downloaded into a staging folder, checked against the manifest's sha256, the
catalog is loaded (so a broken catalog is never installed), and only then swapped into
`<data_dir>/master/` with renames. `app.services.context` reads what is there at the next
start. A crash between the two renames of the catalog swap is finished by `recover()`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

from app.errors import ZongchuangError
from app.storage.attachments import fsync_dir
from sync.client.http import PlatformClient

VERSIONS = "versions.json"


class MasterDataError(ZongchuangError):
    pass


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def local_versions(data_dir: Path) -> dict[str, str]:
    path = data_dir / "master" / VERSIONS
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def recover(data_dir: Path) -> None:
    """Finish an interrupted catalog swap (new folder staged, old one already moved away)."""
    master = data_dir / "master"
    staged, live = master / ".catalog-new", master / "catalog"
    if staged.is_dir() and not live.exists():
        os.replace(staged, live)
    for leftover in (master / ".catalog-old", master / ".catalog-new", master / ".staging"):
        if leftover.exists():
            shutil.rmtree(leftover, ignore_errors=True)


def pull(client: PlatformClient, data_dir: Path) -> dict[str, str]:
    """Fetch and install what changed; returns {kind: new version} for what was installed."""
    manifest = client.master_manifest()
    have = local_versions(data_dir)
    master = data_dir / "master"
    master.mkdir(parents=True, exist_ok=True)
    recover(data_dir)
    changed: dict[str, str] = {}
    staging = master / ".staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        catalog = manifest.get("catalog")
        if catalog and catalog["version"] != have.get("catalog"):
            folder = staging / "catalog"
            folder.mkdir()
            _download(client, "catalog", catalog, folder)
            _check_catalog(folder)
            changed["catalog"] = catalog["version"]
        calendar = manifest.get("calendar_overrides")
        if calendar and calendar["version"] != have.get("calendar_overrides"):
            _download(client, "calendar_overrides", calendar, staging)
            _check_calendar(staging / "calendar_overrides.yaml")
            changed["calendar_overrides"] = calendar["version"]
        if not changed:
            return {}
        # every file is staged and checked: now swap
        if "catalog" in changed:
            new, live, old = master / ".catalog-new", master / "catalog", master / ".catalog-old"
            shutil.rmtree(new, ignore_errors=True)
            os.replace(staging / "catalog", new)
            if live.exists():
                os.replace(live, old)
            os.replace(new, live)
            shutil.rmtree(old, ignore_errors=True)
        if "calendar_overrides" in changed:
            os.replace(staging / "calendar_overrides.yaml", master / "calendar_overrides.yaml")
        _write(master / VERSIONS, json.dumps({**have, **changed}, ensure_ascii=False, indent=2).encode("utf-8"))
        fsync_dir(master)
        return changed
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _download(client: PlatformClient, kind: str, entry: dict[str, Any], folder: Path) -> None:
    from app.catalog.yaml_guard import MAX_FILE_BYTES, MAX_FILES

    if len(entry["files"]) > MAX_FILES or any(int(f.get("size") or 0) > MAX_FILE_BYTES for f in entry["files"]):
        raise MasterDataError("主数据文件过多或过大，未安装", "master data has too many or too large files; not installed")
    for f in entry["files"]:
        name = f["name"]
        if "/" in name or "\\" in name or name.startswith("."):
            raise MasterDataError(f"主数据文件名无效：{name}", f"invalid master-data file name: {name}")
        data = client.master_file(kind, entry["version"], name)
        if hashlib.sha256(data).hexdigest() != f["sha256"]:
            raise MasterDataError(f"主数据文件 {name} 校验失败，未安装", f"master-data file {name} failed its check; not installed")
        _write(folder / name, data)


def _check_catalog(folder: Path) -> None:
    from app.catalog import load_catalog

    load_catalog(folder)  # raises CatalogError naming file:line when the platform sent a bad one


def _check_calendar(path: Path) -> None:
    from app.calendar.workdays import default_calendar

    default_calendar(path)
