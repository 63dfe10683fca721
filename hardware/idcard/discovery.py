"""Find ID-card readers: serial ports answering the SAM ID command, PC/SC readers, vendor SDKs.

Probing sends one SAM-ID frame (``AAAAAA9669000312FFEE``) to each candidate port. Only
USB-serial style ports (ttyUSB*, ttyACM*, COM ports with a USB id) are probed by default, so a
receipt printer on a plain RS-232 port never receives stray bytes; extra ports can be named with
``ZONGCHUANG_IDCARD_PORTS`` (comma-separated, handed in by the composition root through
`hardware.idcard.drivers`) or the `extra_ports` argument.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from hardware.idcard.drivers import PATHS
from hardware.idcard.errors import IdCardError


def serial_candidates(extra_ports: list[str] | tuple[str, ...] = (), *, all_ports: bool = False) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    try:
        from serial.tools import list_ports

        ports = list(list_ports.comports())
    except Exception:  # pyserial missing or the platform enumerator failed
        ports = []
    for p in ports:
        usb = p.vid is not None or any(s in p.device for s in ("ttyUSB", "ttyACM", "cu.usb"))
        if usb or all_ports:
            out.append({"port": p.device, "description": p.description or "", "usb": usb,
                        "vid_pid": f"{p.vid:04X}:{p.pid:04X}" if p.vid is not None else ""})
            seen.add(p.device)
    for port in list(extra_ports) + list(PATHS.ports):
        if port not in seen:
            out.append({"port": port, "description": "configured", "usb": False, "vid_pid": ""})
            seen.add(port)
    return out


def probe_serial(extra_ports: list[str] | tuple[str, ...] = (), *, timeout: float = 0.4,
                 baudrate: int = 115200) -> list[dict[str, Any]]:
    from hardware.idcard.sam_serial import probe_port_status

    found = []
    for cand in serial_candidates(extra_ports):
        sam, status, detail = probe_port_status(cand["port"], baudrate, timeout)
        found.append({"backend": "sam-serial", "id": cand["port"], "port": cand["port"],
                      "name": f"身份证读卡器（SAM {sam}）" if sam else cand["description"] or cand["port"],
                      "sam_id": sam, "status": status, "detail": detail, "vid_pid": cand["vid_pid"]})
    return found


def pcsc_readers() -> list[dict[str, Any]]:
    try:
        from smartcard.System import readers
    except Exception:
        return [{"backend": "pcsc", "id": "", "name": "PC/SC", "status": "unavailable",
                 "detail": "未安装 pyscard / pyscard not installed"}]
    try:
        names = [str(r) for r in readers()]
    except Exception as exc:  # pcscd not running, no service
        return [{"backend": "pcsc", "id": "", "name": "PC/SC", "status": "unavailable",
                 "detail": f"PC/SC 服务不可用：{exc}"}]
    return [{"backend": "pcsc", "id": n, "name": n, "status": "ready"} for n in names]


def vendor_sdks() -> list[dict[str, Any]]:
    out = []
    for kind, path in PATHS.libs.items():
        if path:
            out.append({"backend": kind, "id": path, "name": f"{kind} ({os.path.basename(path)})",
                        "status": "configured" if os.path.exists(path) else "missing",
                        "ports": "1-16 = COM1-16, 1001-1016 = USB1-16"})
    return out


def probe_devices(extra_ports: list[str] | tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Everything that can read an ID card on this machine (for `zongchuang devices`)."""
    devices: list[dict[str, Any]] = []
    for fn in (lambda: probe_serial(extra_ports), pcsc_readers, vendor_sdks):
        try:
            devices.extend(fn())
        except IdCardError as exc:
            devices.append({"backend": "?", "id": "", "name": "", "status": "error", "detail": str(exc)})
    devices.append({"backend": "simulator", "id": "simulator", "name": "模拟读卡器（培训/演示）", "status": "ready"})
    return devices


if __name__ == "__main__":  # pragma: no cover - manual diagnostics
    import json

    json.dump(probe_devices(sys.argv[1:]), sys.stdout, ensure_ascii=False, indent=2)
