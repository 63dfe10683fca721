"""Printer inventory for `zongchuang devices`: every printer each available backend can see."""

from __future__ import annotations

from hardware.printer.base import PrinterInfo, backend_names, get_backend


def probe() -> list[PrinterInfo]:
    found: list[PrinterInfo] = []
    for name in backend_names():
        try:
            backend = get_backend(name)
            if backend.available():
                found.extend(backend.list_printers())
        except Exception:  # a broken backend must not hide the others
            continue
    return found


def probe_devices() -> list[dict]:
    """The inventory form (`hardware.inventory`): backend, id, name, status per printer."""
    return [{"backend": p.backend, "id": p.name, "name": p.name, "status": p.state or "unknown",
             "default": p.is_default, "uri": p.device_uri} for p in probe()]
