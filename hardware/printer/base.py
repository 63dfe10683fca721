"""The printer port: dataclasses, the backend protocol and the backend registry."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from hardware.errors import DeviceError


class PrinterError(DeviceError):
    """A print could not be handed to the spooler; message in Chinese and English."""


@dataclass(frozen=True)
class PrinterInfo:
    name: str
    backend: str
    is_default: bool = False
    state: str = ""  # idle / printing / disabled / unknown
    device_uri: str = ""


@dataclass(frozen=True)
class PrintResult:
    backend: str
    printer: str
    copies: int
    job_id: str = ""  # spooler job id when the backend reports one


@runtime_checkable
class PrintBackend(Protocol):
    name: str

    def available(self) -> bool: ...

    def list_printers(self) -> list[PrinterInfo]: ...

    def print_pdf(self, pdf: Path, *, printer: str | None, copies: int = 1, title: str = "",
                  options: dict[str, str] | None = None) -> PrintResult: ...


_FACTORIES: dict[str, Callable[[], PrintBackend]] = {}


def register_backend(name: str, factory: Callable[[], PrintBackend], *, replace: bool = True) -> None:
    """Make a backend selectable by name: the composition root registers the built-in ones
    (`app.bootstrap.register_devices`), ui registers "qt" when it is loaded."""
    if replace or name not in _FACTORIES:
        _FACTORIES[name] = factory


def backend_names() -> list[str]:
    """Backends usable now: the built-in ones and those registered (ui registers "qt")."""
    _builtin()
    return sorted(_FACTORIES)


# Backends of layers above hardware (the Qt path in `ui`) are found by name without importing
# them here: entry points of this group (pyproject; frozen builds carry the package metadata).
PLUGIN_GROUP = "zongchuang.print_backends"


def _load_plugin(name: str) -> None:
    import importlib
    from importlib.metadata import entry_points

    targets = [ep.value for ep in entry_points(group=PLUGIN_GROUP) if ep.name == name]
    for target in targets:
        module_name, _, attr = target.partition(":")
        try:
            factory = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError):
            continue  # that layer is not installed (a headless build)
        _FACTORIES.setdefault(name, factory)
        return


def get_backend(name: str | None = None) -> PrintBackend:
    _builtin()
    key = name or default_backend_name()
    if key not in _FACTORIES:
        _load_plugin(key)
    if key not in _FACTORIES:
        raise PrinterError(f"未知的打印方式 {key}（可用：{'、'.join(sorted(_FACTORIES))}）",
                           f"unknown print backend {key} (available: {', '.join(sorted(_FACTORIES))})")
    return _FACTORIES[key]()


def default_backend_name() -> str:
    """CUPS on Linux/UOS/Kylin; on Windows the Qt path when the UI layer is there (the shell
    print verb depends on the installed PDF viewer), else the shell verb."""
    if sys.platform != "win32":
        return "cups"
    _load_plugin("qt")
    return "qt" if "qt" in _FACTORIES else "windows"


def _builtin() -> None:
    """The built-in backends (cups, windows) are registered by whoever assembles the program:
    the composition root (`app.bootstrap.register_devices`); hardware never picks them itself."""


def check_copies(copies: int) -> int:
    if not isinstance(copies, int) or copies < 1 or copies > 99:
        raise PrinterError(f"份数应为 1–99 的整数（收到 {copies}）", f"copies must be an integer 1–99 (got {copies})")
    return copies
