"""SANE scanners on Linux through python-sane (an optional extra: `pip install .[sane]`).

SANE's `test` backend ("test:0") scans synthetic pages without hardware, even when `test` is
commented out in dll.conf (it is then only missing from `get_devices()`), so tests and training
mode exercise the real library. Scans come back as BGR numpy arrays.

SANE scans reset the process's SIGPIPE disposition to the default (the `test` backend's reader
does; sanei_thread-based backends may). Python ignores SIGPIPE so that a write to a socket whose
peer went away raises an error; with the default restored, the next such write (the outbox or
co-browse link when the network drops) kills the whole workstation without a word. Every SANE call
runs inside `_sigpipe_kept()`, which puts the disposition back.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import cv2
import numpy as np

from hardware.camera.errors import ScannerUnavailable

_init_lock = threading.Lock()
_initialised = False


@contextmanager
def _sigpipe_kept() -> Iterator[None]:
    """Run the block, then give SIGPIPE back the disposition it had before (process-wide; through
    libc because Python's `signal.signal` works only on the main thread and scans run off it)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    libc.signal.restype = ctypes.c_void_p
    libc.signal.argtypes = [ctypes.c_int, ctypes.c_void_p]
    before = libc.signal(signal.SIGPIPE, ctypes.c_void_p(1))  # SIG_IGN while SANE runs, too
    try:
        yield
    finally:
        if before != ctypes.c_void_p(-1).value:  # SIG_ERR: nothing was changed
            libc.signal(signal.SIGPIPE, ctypes.c_void_p(before or 0))


def available() -> bool:
    try:
        import sane  # noqa: F401
    except ImportError:
        return False
    return True


def _sane():  # noqa: ANN202 - the module
    global _initialised
    try:
        import sane
    except ImportError:
        raise ScannerUnavailable("未安装 SANE 扫描组件（python-sane）", "SANE support (python-sane) is not installed",
                                 hint_zh="安装 libsane 与 python-sane，或改用导入文件",
                                 hint_en="install libsane and python-sane, or import a file instead") from None
    with _init_lock, _sigpipe_kept():
        if not _initialised:
            sane.init()
            _initialised = True
    return sane


def scan(device: str = "test:0", *, dpi: int = 200, mode: str = "color",
         options: dict[str, Any] | None = None) -> np.ndarray:
    """Scan one page from `device`; returns BGR uint8."""
    sane = _sane()
    with _sigpipe_kept():
        return _scan(sane, device, dpi, mode, options)


def _scan(sane: Any, device: str, dpi: int, mode: str, options: dict[str, Any] | None) -> np.ndarray:
    try:
        dev = sane.open(device)
    except Exception as exc:  # _sane.error
        raise ScannerUnavailable(f"无法打开扫描仪 {device}", f"cannot open scanner {device} ({exc})",
                                 hint_zh="检查扫描仪电源和连接", hint_en="check the scanner's power and cable") from None
    try:
        for key, value in {"mode": mode, "resolution": dpi, **(options or {})}.items():
            try:
                setattr(dev, key, value)
            except (AttributeError, ValueError, Exception):  # not every device has every option
                pass
        try:
            image = dev.scan()
        except Exception as exc:
            raise ScannerUnavailable(f"扫描失败：{exc}", f"scanning failed: {exc}",
                                     hint_zh="检查是否卡纸或无纸", hint_en="check for a paper jam or an empty tray") from None
    finally:
        dev.close()
    rgb = np.asarray(image.convert("RGB"))
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
