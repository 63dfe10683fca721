"""The composition root: the one place that assembles a running workstation.

`bootstrap(data_dir)` loads the layered configuration once (every setting is declared in
`app.config`), switches security on (SQLCipher, encrypted attachments, the sealed audit trail —
a workstation whose security module cannot be imported refuses to start), opens the store and
the catalog, registers the review hooks, chooses the devices from the configuration, and builds
the platform link (URL policy, TLS with the configured CA, timeout, proxy). The link is turned
into a client by a factory the caller passes in (`sync.client` for the GUI and the CLI), so the
core never imports the layers above it. The GUI, the CLI, the demo and the tests get their
context from here (`open_context` is the short form that needs no devices or link).

Model: cosmicpython's `bootstrap.py` (one function builds and injects); nothing is wired by
import side effects.
"""

from __future__ import annotations

import logging
import os
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from app.config import MachineConfig, env_value, load_config
from app.errors import InputError, ZongchuangError
from app.paths import data_dir as resolve_data_dir
from app.services.context import ServiceContext

log = logging.getLogger("zongchuang.start")
Client = TypeVar("Client")


class SecurityUnavailable(ZongchuangError):
    """The security module (login, keys, encryption) cannot be loaded: never run without it."""

    exit_code = 3

    def __init__(self, detail: str):
        super().__init__(f"安全模块无法加载（{detail}），工作站拒绝启动",
                         f"the security module cannot be loaded ({detail}); the workstation refuses to start",
                         hint_zh="请联系信息技术人员重新安装综窗", hint_en="ask IT to reinstall the workstation")


def switch_security_on() -> None:
    """SQLCipher, attachment encryption and the audit sealer on every store opened from now on.
    Login and its lockout live in the same package: if any part is missing, stop here."""
    try:
        from app.security import session as _session  # noqa: F401 - login must exist before anyone logs in
        from app.security import users as _users  # noqa: F401
        from app.security.install import activate
    except ImportError as exc:
        raise SecurityUnavailable(f"{type(exc).__name__}: {exc}") from None
    activate()


# -- the platform link ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlatformLink:
    """Everything a client needs to talk to the platform, checked: https (or http to this machine
    only), the TLS context with the configured CA, the timeout and the proxy."""

    url: str
    ssl_context: ssl.SSLContext
    timeout_s: float
    proxy: str | None
    ca_file: str = ""


def platform_link(config: MachineConfig, data_dir: Path | None, *, url: str | None = None,
                  ca_file: str | None = None, timeout_s: float | None = None) -> PlatformLink:
    """The checked link to the platform from the configuration (explicit values, e.g. the CLI's
    `--platform`/`--ca`, win). Refuses http:// to another machine; a missing CA file is an error."""
    from app.security.settings import load_settings
    from app.security.transport import check_platform_url, platform_ssl_context

    url = (url or config.workstation.platform_url or "").rstrip("/")
    if not url:
        raise InputError("没有配置中心平台地址", "no central platform address is configured",
                         hint_zh="请用 --platform URL，或在 config.toml 的 [workstation] 中设置 platform_url",
                         hint_en="pass --platform URL or set platform_url under [workstation] in config.toml")
    if not url.startswith(("http://", "https://")):
        raise InputError(f"平台地址应以 https:// 开头：{url}", f"the platform URL must start with https://: {url}")
    check_platform_url(url)
    if ca_file is None:
        ca_file = config.platform.ca_file or load_settings(data_dir).platform_ca
    return PlatformLink(url=url, ssl_context=platform_ssl_context(data_dir, ca_file=ca_file or ""),
                        timeout_s=float(timeout_s if timeout_s is not None else config.platform.timeout_s),
                        proxy=config.platform.proxy or None, ca_file=ca_file or "")


# -- devices ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeviceChoice:
    """Which device this workstation uses, from the configuration (environment overrides it; the
    training mode simulates them). The screens ask the services to open them; nothing else chooses."""

    idcard: tuple[str, dict[str, Any]] | None  # ("simulator", {card}), ("auto", {}), (backend, {port}) or None
    camera: str | None  # device index ("0") or a file / URL / image sequence (`frames/%03d.jpg`)
    camera_size: tuple[int, int] | None  # asked resolution, None = the camera driver's usual maximum
    scanner: str | None  # SANE device name (or the SANE test device in training)
    print_backend: str | None
    document_printer: str | None
    form_printer: str | None


def choose_devices(config: MachineConfig, *, training: bool) -> DeviceChoice:
    dev = config.devices
    simulated = training or env_value("ZONGCHUANG_DEVICES") == "simulator"
    idcard: tuple[str, dict[str, Any]] | None
    spec = env_value("ZONGCHUANG_IDCARD").strip()
    if simulated:
        idcard = ("simulator", {"card": env_value("ZONGCHUANG_SIM_CARD", "resident")})
    elif spec:
        name, _, arg = spec.partition(":")
        idcard = (name, {"port": arg} if arg else {})
    elif dev.idcard.backend == "none":
        idcard = None
    elif dev.idcard.backend == "auto":  # 自动探测, the wizard's first choice: the service's discovery
        idcard = ("auto", {})
    else:
        idcard = (dev.idcard.backend, {"port": dev.idcard.port} if dev.idcard.port else {})
    camera = env_value("ZONGCHUANG_CAMERA").strip()
    if not camera and training:
        camera = "simulated"  # training works out of the box: the simulated 高拍仪 with sample documents
    if not camera and dev.camera.backend != "none":
        camera = dev.camera.folder if dev.camera.backend == "folder" and dev.camera.folder else str(dev.camera.index)
    scanner = dev.scanner.device or ("test:0" if training else None)
    if dev.scanner.backend == "none" and not dev.scanner.device and not training:
        scanner = None
    size = (dev.camera.width, dev.camera.height) if dev.camera.width and dev.camera.height else None
    return DeviceChoice(idcard=idcard, camera=camera or None, camera_size=size, scanner=scanner,
                        print_backend=config.printers.backend or None,
                        document_printer=config.printers.document or None, form_printer=config.printers.form or None)


# -- hardware plugins, declared once ------------------------------------------------------------------
# Every device backend is imported here and nowhere else above hardware (import-linter contract
# "hardware backends are imported only by the composition root"): hardware keeps the registries,
# the root fills them; services ask for a backend by name.

_devices_registered = False


def configure_drivers() -> None:
    """Hand the driver paths declared in `app.config` to hardware (which never reads them itself)."""
    from hardware.idcard.drivers import configure

    configure(helper=env_value("ZONGCHUANG_IDCARD_HELPER"), ports=env_value("ZONGCHUANG_IDCARD_PORTS"),
              sdtapi_lib=env_value("ZONGCHUANG_SDTAPI_LIB"), termb_lib=env_value("ZONGCHUANG_TERMB_LIB"),
              wlt_decoder=env_value("ZONGCHUANG_WLT_DECODER"))


def register_devices() -> None:
    """Register the ID-card reader and printer backends (idempotent) and configure the drivers."""
    global _devices_registered
    configure_drivers()
    if _devices_registered:
        return
    from hardware.idcard import register_reader
    from hardware.idcard.pcsc import PcscSocialSecurityReader
    from hardware.idcard.sam_serial import open_sam_serial
    from hardware.idcard.simulator import SimulatorReader
    from hardware.idcard.vendor import VendorReader
    from hardware.printer.base import register_backend
    from hardware.printer.cups import CupsBackend
    from hardware.printer.windows import ShellPrintBackend

    register_reader("sam-serial", open_sam_serial)
    register_reader("sdtapi", lambda **options: VendorReader("sdtapi", **options))
    register_reader("termb", lambda **options: VendorReader("termb", **options))
    register_reader("pcsc", PcscSocialSecurityReader)
    register_reader("simulator", SimulatorReader)
    register_backend("cups", CupsBackend, replace=False)
    register_backend("windows", ShellPrintBackend, replace=False)
    _devices_registered = True


def probe_devices(kinds: list[str] | None = None) -> dict[str, Any]:
    """Enumerate the devices attached to this machine (`zongchuang devices`, the wizard, the self-test)."""
    from hardware.inventory import probe_all

    configure_drivers()
    return probe_all(kinds)


def probe_idcard_ports(extra: list[str] | None = None, *, baudrate: int = 115200) -> list[dict[str, Any]]:
    """Serial ports and whether a SAM ID-card reader answers on each."""
    from hardware.idcard.discovery import probe_serial

    configure_drivers()
    return probe_serial(extra or [], baudrate=baudrate)


def configured_reader(data_dir: Any = None, *, training: bool = False):
    """The reader this workstation is configured for (``[devices.idcard]`` in config.toml).

    ``auto`` picks the simulator in training mode, otherwise the first serial port answering
    SAM ID (followed across replugs), otherwise a configured vendor SDK; ``none`` is refused.
    """
    from app.services.idcard import reader_for
    from hardware.idcard.drivers import PATHS

    register_devices()
    conf = load_config(data_dir).devices.idcard
    backend = conf.backend.replace("_", "-")
    if backend == "none":
        raise InputError("本工作站未启用读卡器（devices.idcard.backend = none）", "no ID-card reader is configured here",
                         hint_zh="请在设置向导中选择读卡器", hint_en="choose a reader in the set-up wizard")
    if backend == "auto" and training:
        return reader_for("simulator")
    if backend == "auto":
        extra = [conf.port] if conf.port else []
        found = [d["port"] for d in probe_idcard_ports(extra, baudrate=conf.baudrate) if d["sam_id"]]
        if found:
            return reader_for("sam-serial", port=found[0], baudrate=conf.baudrate, follow=True)
        for kind in PATHS.libs:  # a vendor SDK library is configured
            return reader_for(kind)
        raise InputError("未检测到身份证读卡器", "no ID-card reader detected",
                         hint_zh="请接好读卡器，或在设置中指定类型和端口", hint_en="plug the reader in, or set its type and port")
    if backend == "sam-serial":
        return reader_for(backend, port=conf.port or None, baudrate=conf.baudrate)
    if backend in ("sdtapi", "termb"):
        return reader_for(backend, port=conf.port or 0)
    if backend == "pcsc":
        return reader_for(backend, reader=conf.port or None)
    return reader_for(backend)


def open_camera(spec: str, *, size: tuple[int, int] | None = None, loop: bool = False):
    """Open the document camera the configuration names (a device index, a file or an image
    sequence, or `simulated`: training's 高拍仪 showing the package's sample documents)."""
    if spec == "simulated":
        from app.training import samples
        from hardware.camera.simulated import SimulatedCamera

        return SimulatedCamera(samples.photo, samples.DESK, samples.empty_desk).open()
    from hardware.camera.source import CameraSource, CameraSpec

    parsed = CameraSpec.parse(spec, **({"width": size[0], "height": size[1]} if size else {}))
    return CameraSource(parsed, loop=loop).open()


def scanner_available() -> bool:
    from hardware.scanner import sane_backend

    return bool(sane_backend.available())


def scan(device: str):
    """One page from the scanner (SANE)."""
    from hardware.scanner import sane_backend

    return sane_backend.scan(device)


def configure_ocr(*, reserve_gui_core: bool) -> None:
    """OCR gets every core but one when a GUI runs beside it, so the GUI thread always has a core
    to answer on (on the common 2-core window PC: one OCR thread). ZONGCHUANG_OCR_THREADS wins."""
    try:
        from app.prefill.engine import reserve_cores
    except ImportError:  # OCR not installed on this workstation
        return
    reserve_cores(1 if reserve_gui_core else 0)


class Devices:
    """The devices the root chose, opened on first use and kept open while the workstation runs
    (the ID-card reader, the document camera; the scanner is named). One per running workstation:
    the GUI's session holds it, the services take it as an argument. Opening and failing are
    reported with bilingual errors; a failed reader auto-detection is repeated at most every
    `AUTO_RETRY_SECONDS` (it probes serial ports)."""

    AUTO_RETRY_SECONDS = 10.0

    def __init__(self, choice: DeviceChoice, data_dir: Path | None, *, training: bool):
        self.choice = choice
        self.data_dir = data_dir
        self.training = training
        self._reader: Any = None
        self._auto_failed: tuple[float, Exception] | None = None
        self._camera: CameraHandle | None = None

    # -- ID card
    def reader(self):
        """The open reader, None when none is configured (raises when auto-detection finds none)."""
        if self._reader is None:
            choice = self.choice.idcard
            if choice is None:
                return None
            if choice[0] == "auto":
                self._reader = self._auto_reader()
            else:
                from app.services.idcard import reader_for

                self._reader = reader_for(choice[0], **choice[1])
        return self._reader

    def _auto_reader(self):
        import time

        if self._auto_failed is not None and time.monotonic() - self._auto_failed[0] < self.AUTO_RETRY_SECONDS:
            raise self._auto_failed[1]
        try:
            return configured_reader(self.data_dir, training=self.training)
        except ZongchuangError as exc:
            self._auto_failed = (time.monotonic(), exc)
            raise

    # -- document camera
    @property
    def camera_spec(self) -> str | None:
        return self.choice.camera

    def camera(self) -> CameraHandle:
        """The open camera (with its stillness detector and latest frame)."""
        cam = self._camera
        if cam is not None and cam.ended:
            raise InputError("摄像头画面已结束", "the camera source has ended")
        if cam is None:
            spec = self.choice.camera
            if spec is None:
                raise InputError("未配置高拍仪", "no document camera is configured",
                                 hint_zh="在“设置（F12）”中设置高拍仪，或用“导入文件”",
                                 hint_en="set the camera in Settings (F12), or import files")
            from app.imaging.document import StillnessDetector

            source = open_camera(spec, size=self.choice.camera_size, loop=self.training)
            cam = self._camera = CameraHandle(source=source, still=StillnessDetector(frames=3))
        return cam

    def camera_failed(self) -> None:
        """A frame could not be read: a device is reopened on the next frame (unplugged and plugged
        back); a file or sequence that ran out is not replayed into the case."""
        if str(self.choice.camera).isdigit():
            self._camera = None
        elif self._camera is not None:
            self._camera.ended = True

    # -- scanner
    def scanner(self) -> str:
        device = self.choice.scanner
        if device is None or not scanner_available():
            raise InputError("未找到扫描仪", "no scanner found", hint_zh="请信息技术人员连接扫描仪，或用高拍仪/导入文件",
                             hint_en="ask IT to connect the scanner, or use the camera / file import")
        return device

    def close(self) -> None:
        for handle in (self._camera.source if self._camera is not None else None, self._reader):
            if handle is not None:
                try:
                    handle.close()
                except Exception:
                    pass
        self._camera = self._reader = None


@dataclass
class CameraHandle:
    source: Any
    still: Any  # app.imaging.document.StillnessDetector
    latest: Any = None  # the newest full-resolution frame
    ended: bool = False


# -- the running workstation -------------------------------------------------------------------------

@dataclass
class Workstation(Generic[Client]):
    """A running workstation: the service context, the configuration it was built from, the
    devices chosen, and the platform link (through the caller's factory)."""

    ctx: ServiceContext
    config: MachineConfig
    devices: DeviceChoice
    link_factory: Callable[[PlatformLink], Client] | None = None
    _open: Devices | None = None

    @property
    def open_devices(self) -> Devices:
        """The chosen devices, opened on first use (closed with the workstation)."""
        if self._open is None:
            self._open = Devices(self.devices, self.ctx.data_dir, training=self.ctx.training)
        return self._open

    @property
    def training(self) -> bool:
        return self.ctx.training

    @property
    def has_platform(self) -> bool:
        return bool(self.config.workstation.platform_url) and not self.ctx.training

    @property
    def sync_interval_s(self) -> float:
        return float(self.config.platform.sync_interval_s)

    def link(self, *, url: str | None = None, ca_file: str | None = None,
             timeout_s: float | None = None) -> PlatformLink:
        return platform_link(self.config, self.ctx.data_dir, url=url, ca_file=ca_file, timeout_s=timeout_s)

    def platform_client(self, **link_kw: Any) -> Client:
        if self.link_factory is None:
            raise InputError("本程序未接入平台", "this program has no platform link")
        return self.link_factory(self.link(**link_kw))

    def close(self) -> None:
        if self._open is not None:
            self._open.close()
        self.ctx.close()


def open_context(data_dir: str | os.PathLike | None = None, *, training: bool = False,
                 catalog_dir: Path | None = None, config: MachineConfig | None = None) -> ServiceContext:
    """Security on, the store, the catalog, the workstation identity, the calendar, the review hooks."""
    from app.calendar.workdays import default_calendar
    from app.catalog import load_catalog
    from app.config import Workstation as Identity
    from app.storage import open_store

    switch_security_on()
    _register_review_hooks()
    register_devices()
    base = resolve_data_dir(data_dir, training=training)
    config = config or load_config(base)
    store = open_store(base)
    catalog = load_catalog(catalog_dir) if catalog_dir else catalog_for(base)
    identity = Identity(**config.workstation.model_dump())
    calendar = default_calendar(base / "master" / "calendar_overrides.yaml")
    ctx = ServiceContext(store=store, catalog=catalog, workstation=identity, calendar=calendar, training=training)
    _repair_at_start(ctx)
    return ctx


def catalog_for(base: Path):
    """The catalog of a data folder: one delivered by the platform's master-data feed wins over
    the packaged one. (Review hooks registered first: a broken rule stops the load.)"""
    from app.catalog import default_catalog, load_catalog

    _register_review_hooks()
    delivered = base / "master" / "catalog"
    if (delivered / "catalog.yaml").exists():
        return load_catalog(delivered)
    return default_catalog()


def _repair_at_start(ctx: ServiceContext) -> None:
    """Queue any decided case a crash of an older version left without an outbox row (audited);
    a store that cannot be written (read-only medium) is left as it is for the reader."""
    from app.errors import StorageError
    from app.services.cases import queue_stranded
    from app.storage import Actor

    try:
        fixed = queue_stranded(ctx, actor=Actor(user="system", role="system", terminal=""))
    except StorageError as exc:
        log.warning("start-up check for stranded cases skipped: %s", exc.message_en)
        return
    if fixed:
        log.warning("queued %d decided case(s) left unqueued by an earlier crash: %s", len(fixed), ", ".join(fixed))


def _register_review_hooks() -> None:
    """Every catalog loaded from now on has its rules compiled at load (a broken rule stops the load)."""
    from app.catalog import register_load_hook
    from app.review.compiler import compile_catalog

    register_load_hook(compile_catalog)


def bootstrap(data_dir: str | os.PathLike | None = None, *, training: bool = False,
              catalog_dir: Path | None = None,
              link_factory: Callable[[PlatformLink], Client] | None = None) -> Workstation[Client]:
    """Assemble a running workstation (see the module docstring)."""
    switch_security_on()
    base = resolve_data_dir(data_dir, training=training)
    config = load_config(base)
    ctx = open_context(data_dir, training=training, catalog_dir=catalog_dir, config=config)
    return Workstation(ctx=ctx, config=config, devices=choose_devices(config, training=training),
                       link_factory=link_factory)
