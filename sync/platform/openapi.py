"""The published OpenAPI document (docs/platform-openapi.json), generated from the API."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path


def openapi_document() -> str:
    from sync.platform.api import create_app
    from sync.platform.service import Platform, PlatformSettings

    with tempfile.TemporaryDirectory() as tmp:
        platform = Platform(PlatformSettings(data_dir=Path(tmp)))
        try:
            spec = create_app(platform).openapi()
        finally:
            platform.close()
    spec["info"]["version"] = "1"  # the protocol's version, not the build's: keeps the file stable
    return json.dumps(spec, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
