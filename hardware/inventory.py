"""Device inventory: a small registry of probes behind `zongchuang devices`.

Each device area registers one probe — a function returning a list of plain dicts, one per
device found — under a kind ("idcard_readers", "cameras", "printers", …). To add yours, append
``"<kind>": "<module>:<function>"`` to `PROBES` (one line).
Probes are imported lazily, run independently, and a probe that fails is reported as such
instead of hiding the others.

Every device dict should carry at least ``backend``, ``id`` (what to pass back to select it),
``name`` and ``status``; anything else is free.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from typing import Any

Probe = Callable[[], list[dict[str, Any]]]

PROBES: dict[str, list[str]] = {
    "idcard_readers": ["hardware.idcard.discovery:probe_devices"],
    "cameras": [],
    "printers": ["hardware.printer.probe:probe_devices"],
}

def _resolve(spec: str) -> Probe:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def probe_all(kinds: list[str] | None = None) -> dict[str, Any]:
    """Run every probe; returns ``{kind: [device, …], "errors": [...], "elapsed_s": …}``."""
    started = time.monotonic()
    wanted = kinds or sorted(PROBES)
    out: dict[str, Any] = {}
    errors: list[dict[str, str]] = []
    for kind in wanted:
        devices: list[dict[str, Any]] = []
        for label in PROBES.get(kind, []):
            try:
                fn = _resolve(label)
                devices.extend(fn())
            except Exception as exc:  # one broken probe must not hide the other devices
                errors.append({"kind": kind, "probe": label, "error": f"{type(exc).__name__}: {exc}"})
        out[kind] = devices
    out["errors"] = errors
    out["elapsed_s"] = round(time.monotonic() - started, 3)
    return out
