"""Where this machine's ID-card drivers are: the vendor-SDK helper command, the SDK libraries,
the WLT photo decoder and extra serial ports to probe.

hardware is the bottom room: it never reads the configuration or the environment itself. The
composition root (`app.bootstrap.configure_drivers`) reads the declared settings
(`ZONGCHUANG_IDCARD_HELPER`, `_IDCARD_PORTS`, `_SDTAPI_LIB`, `_TERMB_LIB`, `_WLT_DECODER`, see
`app.config`) and hands the values in with `configure`; the backends read `PATHS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DriverPaths:
    helper: str = ""  # command line of the vendor-SDK helper (e.g. a 32-bit helper exe)
    ports: tuple[str, ...] = ()  # serial ports probed besides the enumerated USB ones
    libs: dict[str, str] = field(default_factory=dict)  # "sdtapi"/"termb" → the SDK library
    wlt_decoder: str = ""  # /path/to/lib[:function] decoding the card's WLT photo


PATHS = DriverPaths()


def configure(*, helper: str = "", ports: str | tuple[str, ...] = (), sdtapi_lib: str = "", termb_lib: str = "",
              wlt_decoder: str = "") -> None:
    """Set every driver path at once (what is not given is cleared)."""
    if isinstance(ports, str):
        ports = tuple(s.strip() for s in ports.split(",") if s.strip())
    PATHS.helper = helper.strip()
    PATHS.ports = tuple(ports)
    PATHS.libs = {k: v for k, v in (("sdtapi", sdtapi_lib), ("termb", termb_lib)) if v}
    PATHS.wlt_decoder = wlt_decoder.strip()
