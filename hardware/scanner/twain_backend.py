"""TWAIN scanners on Windows (optional): `pytwain` (import `twain`), loaded only when present.

pytwain is GPLv2 and loads the 32-bit `twain_32.dll` or `twaindsm.dll`; it is therefore not a
dependency — IT installs it where a TWAIN-only scanner is used, and we talk to it only through
this module (ideally from a helper process). Without it, `available()` is False and `scan`
raises a clear `ScannerUnavailable`.
"""

from __future__ import annotations

import sys

import numpy as np

from hardware.camera.errors import ScannerUnavailable


def available() -> bool:
    if not sys.platform.startswith("win"):
        return False
    try:
        import twain  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


def scan(source_name: str | None = None, *, dpi: int = 200) -> np.ndarray:
    """Acquire one page through the TWAIN data source manager; returns BGR uint8."""
    if not available():
        raise ScannerUnavailable("TWAIN 扫描不可用（仅 Windows，需安装 pytwain）",
                                 "TWAIN scanning is unavailable (Windows only, needs pytwain)",
                                 hint_zh="改用 SANE/eSCL 扫描或导入文件", hint_en="use SANE/eSCL or import a file")
    import io

    import cv2
    import twain  # type: ignore[import-not-found]
    from PIL import Image

    sm = twain.SourceManager(0)
    try:
        src = sm.open_source(source_name) if source_name else sm.open_source()
        if src is None:
            raise ScannerUnavailable("未选择扫描仪", "no scanner was selected")
        try:
            src.set_capability(twain.ICAP_XRESOLUTION, twain.TWTY_FIX32, float(dpi))
            src.set_capability(twain.ICAP_YRESOLUTION, twain.TWTY_FIX32, float(dpi))
            src.request_acquire(0, 0)
            handle, _ = src.xfer_image_natively()
            bmp = twain.dib_to_bm_file(handle)
            twain.global_handle_free(handle)
        finally:
            src.destroy()
    finally:
        sm.destroy()
    rgb = np.asarray(Image.open(io.BytesIO(bmp)).convert("RGB"))
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
