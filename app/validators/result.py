"""The outcome of checking one value: errors block, warnings ask a human to look.

A validator never raises on bad input; it returns a `Check` so pre-review can turn every
problem into a finding at once (一次性告知).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Issue:
    """One problem with a value, in both UI languages."""

    code: str
    message_zh: str
    message_en: str
    basis: str = ""  # the standard the value breaks, where it is not the generic 法定形式 rule


@dataclass(frozen=True)
class Check:
    """Result of a validator: `ok` is False only when there is at least one error."""

    value: str
    normalized: str | None = None
    errors: tuple[Issue, ...] = ()
    warnings: tuple[Issue, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    @classmethod
    def build(cls, value: str, normalized: str | None, errors: list[Issue], warnings: list[Issue],
              **facts: Any) -> Check:
        return cls(value, normalized if not errors else None, tuple(errors), tuple(warnings), dict(facts))
