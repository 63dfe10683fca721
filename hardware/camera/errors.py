"""Capture errors with bilingual messages, without importing `app` (hardware stays standalone).

The service layer turns these into `app.errors` types; the attributes match them on purpose.
"""

from __future__ import annotations


class CaptureError(Exception):
    """A camera, scanner or file that could not give us a page."""

    def __init__(self, message_zh: str, message_en: str = "", *, hint_zh: str = "", hint_en: str = ""):
        super().__init__(message_zh)
        self.message_zh = message_zh
        self.message_en = message_en or message_zh
        self.hint_zh = hint_zh
        self.hint_en = hint_en

    def __str__(self) -> str:
        return f"{self.message_zh} / {self.message_en}"


class CameraUnavailable(CaptureError):
    """The camera cannot be opened, or it disappeared mid-stream."""


class BadImageFile(CaptureError):
    """A file that is not a readable image/PDF, is truncated, encrypted, empty or too large."""


class ScannerUnavailable(CaptureError):
    """No scanner backend or device."""
