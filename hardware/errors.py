"""The one error base of the device layer: a Chinese message first, English second, hints.

`hardware` may not import `app`, so device errors carry the same attributes as
`app.errors.ZongchuangError` (`message_zh`, `message_en`, `hint_zh`, `hint_en`); the services turn
them into application errors and CLI exit codes.
"""

from __future__ import annotations


class DeviceError(Exception):
    """Base of every reader, camera, scanner and printer error."""

    def __init__(self, message_zh: str, message_en: str = "", *, hint_zh: str = "", hint_en: str = ""):
        super().__init__(message_zh)
        self.message_zh = message_zh
        self.message_en = message_en or message_zh
        self.hint_zh = hint_zh
        self.hint_en = hint_en

    def __str__(self) -> str:
        return f"{self.message_zh} / {self.message_en}"
