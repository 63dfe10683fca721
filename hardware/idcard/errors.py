"""Errors raised by the ID-card reader layer.

`hardware` may not import `app`, so these carry their own bilingual message and a short `kind`
the application maps to its error classes and CLI exit codes. Every failure a reader can have
ends up as an `IdCardError` subclass; nothing else is meant to escape a backend.
"""

from __future__ import annotations

from hardware.errors import DeviceError


class IdCardError(DeviceError):
    """Base of every reader error: Chinese message first, English second, optional hints."""

    kind = "reader"


class FrameError(IdCardError):
    """A SAM frame that cannot be trusted: bad checksum, impossible length, truncated."""

    kind = "frame"


class ChecksumError(FrameError):
    kind = "frame"


class TruncatedFrameError(FrameError):
    kind = "frame"


class TextBlockError(IdCardError):
    """The 256-byte identity text could not be decoded."""

    kind = "frame"


class SamStatusError(IdCardError):
    """The SAM answered with a status other than success (SW3 byte, see `sam_frame.SW3`)."""

    kind = "card"

    def __init__(self, sw3: int, message_zh: str, message_en: str, *, hint_zh: str = "", hint_en: str = ""):
        super().__init__(message_zh, message_en, hint_zh=hint_zh, hint_en=hint_en)
        self.sw3 = sw3


class NoCardError(SamStatusError):
    """No card on the reader (find card answered 0x80, or the wait ran out)."""

    kind = "no_card"


class SelectCardError(SamStatusError):
    """A card was found but could not be selected (0x81): usually moved while reading."""

    kind = "card"


class ReaderTimeoutError(IdCardError):
    """The device did not answer in time."""

    kind = "timeout"


class ReaderUnavailableError(IdCardError):
    """The port or reader cannot be opened, or went away (unplugged)."""

    kind = "unavailable"


class HelperError(IdCardError):
    """The vendor-SDK helper process crashed, hung or spoke nonsense."""

    kind = "helper"


class BackendUnavailableError(IdCardError):
    """A backend's library (pyscard, a vendor DLL) is not installed or cannot be loaded."""

    kind = "config"
