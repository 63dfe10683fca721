"""ID-card readers: one interface (`IdCardReader`), several backends, plain results.

Backends (pick with `open_reader(backend, ...)`):

- ``sam-serial`` — GA 467 SAM protocol over a serial port (`sam_serial.SamSerialReader`);
- ``sdtapi`` / ``termb`` — vendor SDKs through ctypes in a helper process (`vendor.VendorReader`);
- ``pcsc`` — 社会保障卡 basic data over PC/SC (`pcsc.PcscSocialSecurityReader`);
- ``simulator`` — a virtual card for training and the demo (`simulator.SimulatorReader`).
"""

from __future__ import annotations

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


def open_reader(backend: str, **options: Any) -> IdCardReader:
    """Build (not yet open) a reader for `backend`; options are the backend's constructor args."""
    name = backend.strip().lower().replace("_", "-")
    if name == "sam-serial":
        from hardware.idcard.sam_serial import SamSerialReader

        port = options.pop("port", None)
        if not port:
            raise BackendUnavailableError("sam-serial 需要指定串口（--port）", "sam-serial needs a port (--port)",
                                          hint_zh="例如 /dev/ttyUSB0 或 COM3", hint_en="e.g. /dev/ttyUSB0 or COM3")
        return SamSerialReader(str(port), **options)
    if name in ("sdtapi", "termb"):
        from hardware.idcard.vendor import VendorReader

        return VendorReader(name, **options)
    if name == "pcsc":
        from hardware.idcard.pcsc import PcscSocialSecurityReader

        return PcscSocialSecurityReader(**options)
    if name == "simulator":
        from hardware.idcard.simulator import SimulatorReader

        return SimulatorReader(**options)
    raise BackendUnavailableError(f"未知的读卡器类型 {backend}（可选：{'、'.join(BACKENDS)}）",
                                  f"unknown reader backend {backend} (choose: {', '.join(BACKENDS)})")


__all__ = ["BACKENDS", "LONG_TERM", "BackendUnavailableError", "CardType", "ChecksumError", "FrameError",
           "HelperError", "IdCardError", "IdCardReader", "IdentityCard", "NoCardError", "PhotoStatus",
           "ReaderState", "ReaderStatus", "ReaderTimeoutError", "ReaderUnavailableError", "SamStatusError",
           "SelectCardError", "TextBlockError", "TruncatedFrameError", "open_reader"]
