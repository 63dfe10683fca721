"""Workstation identity and settings that the domain needs (center, window, region).

IT staff set these in `config.toml` in the data directory (the packaging issue adds the
system-wide file and `zongchuang config`); environment variables override for tests and demos.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from app.errors import InputError

_CENTER = re.compile(r"^\d{6}$")
_WINDOW = re.compile(r"^\d{2}$")


@dataclass(frozen=True)
class Workstation:
    center_code: str = "420107"  # GB/T 2260 code of the service center's district
    center_name: str = "青山区政务服务中心"
    window_no: str = "01"
    region: str = "420107"  # jurisdiction for pre-review rules
    platform_url: str = ""

    def __post_init__(self) -> None:
        if not _CENTER.match(self.center_code):
            raise InputError(f"中心代码 {self.center_code} 应为 6 位行政区划代码",
                             f"center code {self.center_code} must be a 6-digit region code")
        if not _WINDOW.match(self.window_no):
            raise InputError(f"窗口号 {self.window_no} 应为 2 位数字", f"window number {self.window_no} must be 2 digits")


def load_workstation(data_dir: Path | None) -> Workstation:
    values: dict[str, str] = {}
    if data_dir is not None and (data_dir / "config.toml").exists():
        try:
            doc = tomllib.loads((data_dir / "config.toml").read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"配置文件 config.toml 格式错误：{exc}", f"config.toml is malformed: {exc}") from None
        values.update({k: str(v) for k, v in (doc.get("workstation") or {}).items()})
    for key, env in (("center_code", "ZONGCHUANG_CENTER"), ("window_no", "ZONGCHUANG_WINDOW"),
                     ("center_name", "ZONGCHUANG_CENTER_NAME"), ("region", "ZONGCHUANG_REGION"),
                     ("platform_url", "ZONGCHUANG_PLATFORM")):
        if os.environ.get(env):
            values[key] = os.environ[env]
    known = set(Workstation.__dataclass_fields__)
    unknown = set(values) - known
    if unknown:
        raise InputError(f"配置中有未知项：{', '.join(sorted(unknown))}", f"unknown settings: {', '.join(sorted(unknown))}")
    return Workstation(**values)
