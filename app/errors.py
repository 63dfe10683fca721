"""Errors the product shows to people.

Every error a clerk or IT person can meet carries a Chinese message first and an English one
second, and an exit code for the CLI. Code deeper down raises these (or subclasses) so the UI
and the CLI can show them without knowing where they came from.
"""

from __future__ import annotations


class ZongchuangError(Exception):
    """An error with a bilingual, actionable message."""

    exit_code = 1

    def __init__(self, message_zh: str, message_en: str = "", *, hint_zh: str = "", hint_en: str = ""):
        super().__init__(message_zh)
        self.message_zh = message_zh
        self.message_en = message_en or message_zh
        self.hint_zh = hint_zh
        self.hint_en = hint_en

    def bilingual(self) -> str:
        """The text printed by the CLI: Chinese first, English second, then hints."""
        lines = [f"错误：{self.message_zh}", f"Error: {self.message_en}"]
        if self.hint_zh:
            lines.append(f"建议：{self.hint_zh}")
        if self.hint_en:
            lines.append(f"Hint: {self.hint_en}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return f"{self.message_zh} / {self.message_en}"


class InputError(ZongchuangError):
    """The user gave something we cannot use (bad date, unknown code, malformed file)."""

    exit_code = 2


class NotFoundError(ZongchuangError):
    """A case, item or file that was asked for does not exist."""

    exit_code = 3


class StorageError(ZongchuangError):
    """The data directory cannot be used (read-only, full, corrupt)."""

    exit_code = 4


class CatalogError(InputError):
    """A catalog file is malformed; the message names file, line and key."""

    def __init__(self, file: str, line: int | None, key: str, problem_zh: str, problem_en: str):
        where = f"{file}:{line}" if line is not None else file
        super().__init__(
            f"事项目录文件 {where} 的键 “{key}” 有误：{problem_zh}",
            f"catalog file {where}, key '{key}': {problem_en}",
        )
        self.file = file
        self.line = line
        self.key = key


class InvalidTransition(ZongchuangError):
    """A case was asked to move to a state its lifecycle does not allow from where it is."""

    exit_code = 5


class CalendarNotCovered(ZongchuangError):
    """Working days were asked for a year we have no official holiday data for."""

    exit_code = 6


class PermissionDenied(ZongchuangError):
    """The signed-in user's role does not allow the action."""

    exit_code = 7
