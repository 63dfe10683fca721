"""Capture errors with bilingual messages, without importing `app` (hardware stays standalone).

The service layer turns these into `app.errors` types; the attributes match them on purpose.
"""

from __future__ import annotations

from hardware.errors import DeviceError


class CaptureError(DeviceError):
    """A camera, scanner or file that could not give us a page."""


class CameraUnavailable(CaptureError):
    """The camera cannot be opened, or it disappeared mid-stream."""


class BadImageFile(CaptureError):
    """A file that is not a readable image/PDF, is truncated, encrypted, empty or too large."""


class ScannerUnavailable(CaptureError):
    """No scanner backend or device."""
