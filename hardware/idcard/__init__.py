"""ID-card readers: one interface (`IdCardReader`), several backends, plain results.

Backends (pick with `open_reader(backend, ...)`):

- ``sam-serial`` — GA 467 SAM protocol over a serial port (`sam_serial.SamSerialReader`);
- ``sdtapi`` / ``termb`` — vendor SDKs through ctypes in a helper process (`vendor.VendorReader`);
- ``pcsc`` — 社会保障卡 basic data over PC/SC (`pcsc.PcscSocialSecurityReader`);
- ``simulator`` — a virtual card for training and the demo (`simulator.SimulatorReader`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hardware.idcard.errors import (
    BackendUnavailableError,
    ChecksumError,
    FrameError,
    HelperError,
    IdCardError,
    NoCardError,
    ReaderTimeoutError,
    ReaderUnavailableError,
    SamStatusError,
    SelectCardError,
    TextBlockError,
    TruncatedFrameError,
)
from hardware.idcard.model import LONG_TERM, CardType, IdentityCard, PhotoStatus, ReaderState, ReaderStatus
from hardware.idcard.reader import IdCardReader

BACKENDS = ("sam-serial", "sdtapi", "termb", "pcsc", "simulator")


_FACTORIES: dict[str, Callable[..., IdCardReader]] = {}


def register_reader(name: str, factory: Callable[..., IdCardReader]) -> None:
    """Make a backend selectable by name. The composition root (`app.bootstrap.register_devices`)
    registers the backends, so nothing above hardware imports a backend module itself."""
    _FACTORIES[name] = factory


def open_reader(backend: str, **options: Any) -> IdCardReader:
    """Build (not yet open) a reader for `backend`; options are the backend's constructor args."""
    name = backend.strip().lower().replace("_", "-")
    factory = _FACTORIES.get(name)
    if factory is None:
        raise BackendUnavailableError(f"未知或未安装的读卡器类型 {backend}（可选：{'、'.join(sorted(_FACTORIES) or BACKENDS)}）",
                                      f"unknown or uninstalled reader backend {backend} "
                                      f"(choose: {', '.join(sorted(_FACTORIES) or BACKENDS)})")
    return factory(**options)


__all__ = ["BACKENDS", "LONG_TERM", "BackendUnavailableError", "CardType", "ChecksumError", "FrameError",
           "HelperError", "IdCardError", "IdCardReader", "IdentityCard", "NoCardError", "PhotoStatus",
           "ReaderState", "ReaderStatus", "ReaderTimeoutError", "ReaderUnavailableError", "SamStatusError",
           "SelectCardError", "TextBlockError", "TruncatedFrameError", "open_reader", "register_reader"]
