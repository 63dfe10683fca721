"""The machine configuration: workstation identity, platform, devices, printers and logging.

IT staff write one file per machine in a system-wide place and clerks' profiles may override
parts of it; environment variables override both (tests, demos, automation). Layers, lowest first:

1. built-in defaults (the models below);
2. the system file: ``/etc/zongchuang/config.toml`` on Linux, ``%PROGRAMDATA%\\zongchuang\\config.toml``
   on Windows (``ZONGCHUANG_SYSTEM_CONFIG`` names another file, e.g. in tests);
3. the per-user file ``config.toml`` in the data directory;
4. environment variables (``ZONGCHUANG_CENTER``, ``ZONGCHUANG_WINDOW``, ``ZONGCHUANG_PLATFORM``, ...).

Tables merge key by key, so a user file holding only ``[printers] document = "HP"`` keeps
every other system setting. The merged document is validated with pydantic; errors name the
file and the setting, in Chinese and English. Sections owned by other modules (``[security]``,
read by `app.security.settings`) pass through unvalidated here.

`load_workstation(data_dir)` keeps returning the `Workstation` the domain uses.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from app.errors import InputError

_CENTER = re.compile(r"^\d{6}$")
_WINDOW = re.compile(r"^\d{2}$")
CONFIG_NAME = "config.toml"


@dataclass(frozen=True)
class Workstation:
    center_code: str = "420107"  # GB/T 2260 code of the service center's district
    center_name: str = "青山区政务服务中心"
    window_no: str = "01"
    region: str = "420107"  # jurisdiction for pre-review rules
    platform_url: str = ""

    def __post_init__(self) -> None:
        if not _CENTER.match(self.center_code):
            raise InputError(f"中心代码 {self.center_code} 应为 6 位行政区划代码",
                             f"center code {self.center_code} must be a 6-digit region code")
        if not _WINDOW.match(self.window_no):
            raise InputError(f"窗口号 {self.window_no} 应为 2 位数字", f"window number {self.window_no} must be 2 digits")


# -- the schema -----------------------------------------------------------------------------------

class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class WorkstationSection(_Section):
    center_code: str = Field("420107", description="服务中心所在区县的 6 位行政区划代码 / 6-digit GB/T 2260 code")
    center_name: str = Field("青山区政务服务中心", description="服务中心名称 / service center name")
    window_no: str = Field("01", description="窗口号（2 位）/ window number, 2 digits")
    region: str = Field("420107", description="预审规则适用的辖区代码 / jurisdiction for pre-review rules")
    platform_url: str = Field("", description="政务服务平台地址 / platform URL (https://…)")

    @field_validator("center_code", "region")
    @classmethod
    def _six_digits(cls, v: str) -> str:
        if not _CENTER.match(v):
            raise ValueError("应为 6 位行政区划代码 / must be a 6-digit region code")
        return v

    @field_validator("window_no")
    @classmethod
    def _two_digits(cls, v: str) -> str:
        if not _WINDOW.match(v):
            raise ValueError("应为 2 位数字 / must be 2 digits")
        return v

    @field_validator("platform_url")
    @classmethod
    def _url(cls, v: str) -> str:
        if v and not re.match(r"^https?://[^\s/]+", v):
            raise ValueError("应以 https:// 开头 / must start with https://")
        return v.rstrip("/")


class PlatformSection(_Section):
    ca_file: str = Field("", description="平台证书的 CA 文件（内网自签时）/ CA bundle for an intranet platform")
    timeout_s: float = Field(15.0, gt=0, le=300, description="请求超时（秒）/ request timeout in seconds")
    proxy: str = Field("", description="代理地址（留空不用）/ HTTP proxy, empty for none")


class IdCardDevice(_Section):
    backend: Literal["auto", "sam_serial", "sdtapi", "termb", "pcsc", "simulator", "none"] = "auto"
    port: str = Field("", description="串口，如 COM3 或 /dev/ttyUSB0（auto 时自动探测）/ serial port")
    baudrate: int = Field(115200, gt=0)


class CameraDevice(_Section):
    backend: Literal["auto", "uvc", "folder", "simulator", "none"] = "auto"
    index: int = Field(0, ge=0, description="摄像头序号 / camera index")
    width: int = Field(0, ge=0, description="分辨率宽（0 为设备最大）/ 0 = the device maximum")
    height: int = Field(0, ge=0)
    folder: str = Field("", description="folder 后端的图片目录 / image folder for the folder backend")


class ScannerDevice(_Section):
    backend: Literal["none", "sane", "escl", "twain", "folder"] = "none"
    device: str = Field("", description="SANE 设备名或 eSCL 地址 / SANE device name or eSCL URL")


class DevicesSection(_Section):
    idcard: IdCardDevice = IdCardDevice()
    camera: CameraDevice = CameraDevice()
    scanner: ScannerDevice = ScannerDevice()


class Calibration(_Section):
    dx_mm: float = Field(0.0, ge=-20, le=20, description="水平偏移（毫米，右为正）/ horizontal offset, mm")
    dy_mm: float = Field(0.0, ge=-20, le=20, description="垂直偏移（毫米，下为正）/ vertical offset, mm")


class PrintersSection(_Section):
    document: str = Field("", description="A4 文书打印机队列名（空为系统默认）/ A4 queue, empty = default")
    form: str = Field("", description="套打打印机 / pre-printed form printer")
    receipt: str = Field("", description="80 mm 小票打印机 / receipt printer")
    calibration: dict[str, Calibration] = Field(default_factory=dict,
                                                description="每台打印机的套打偏移 / 套打 offsets per printer")


class LoggingSection(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    max_mb: float = Field(5.0, gt=0, le=100, description="单个日志文件大小上限 / size of one log file, MB")
    keep: int = Field(10, ge=1, le=100, description="保留的日志文件数 / rotated files kept")


class MachineConfig(BaseModel):
    model_config = ConfigDict(extra="allow")  # sections owned elsewhere ([security]) pass through

    workstation: WorkstationSection = WorkstationSection()
    platform: PlatformSection = PlatformSection()
    devices: DevicesSection = DevicesSection()
    printers: PrintersSection = PrintersSection()
    logging: LoggingSection = LoggingSection()


OWNED_ELSEWHERE = {"security"}  # validated by their own modules; known, so `check` does not flag them

ENV_OVERRIDES: dict[str, tuple[str, str]] = {
    "ZONGCHUANG_CENTER": ("workstation", "center_code"),
    "ZONGCHUANG_WINDOW": ("workstation", "window_no"),
    "ZONGCHUANG_CENTER_NAME": ("workstation", "center_name"),
    "ZONGCHUANG_REGION": ("workstation", "region"),
    "ZONGCHUANG_PLATFORM": ("workstation", "platform_url"),
    "ZONGCHUANG_LOG_LEVEL": ("logging", "level"),
}


# -- where the layers live --------------------------------------------------------------------------

def system_config_path() -> Path:
    explicit = os.environ.get("ZONGCHUANG_SYSTEM_CONFIG")
    if explicit:
        return Path(explicit)
    if os.name == "nt":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "zongchuang" / CONFIG_NAME
    return Path("/etc/zongchuang") / CONFIG_NAME


def user_config_path(data_dir: Path | None) -> Path | None:
    return Path(data_dir) / CONFIG_NAME if data_dir is not None else None


@dataclass(frozen=True)
class Layer:
    name: str  # "system" | "user" | "env"
    path: Path | None
    values: dict[str, Any]
    exists: bool


def _read_toml(path: Path, layer: str) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise InputError(f"无法读取{_LAYER_ZH[layer]}配置文件 {path}：{exc.strerror}",
                         f"cannot read the {layer} config file {path}: {exc.strerror}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{_LAYER_ZH[layer]}配置文件 {path} 格式错误：{exc}", f"{layer} config file {path} is malformed: {exc}",
                         hint_zh="请按 TOML 格式修改（字符串加引号，节名写在方括号中）",
                         hint_en="fix the TOML syntax (quote strings, section names in brackets)") from None


_LAYER_ZH = {"system": "系统", "user": "用户", "env": "环境变量"}


def read_layers(data_dir: Path | None) -> list[Layer]:
    system = system_config_path()
    layers = [Layer("system", system, _read_toml(system, "system"), system.is_file())]
    user = user_config_path(data_dir)
    if user is not None:
        layers.append(Layer("user", user, _read_toml(user, "user"), user.is_file()))
    env: dict[str, Any] = {}
    for var, (section, key) in ENV_OVERRIDES.items():
        if os.environ.get(var):
            env.setdefault(section, {})[key] = os.environ[var]
    layers.append(Layer("env", None, env, bool(env)))
    return layers


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; any other value in `over` replaces the one in `base`."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def merged_document(data_dir: Path | None) -> dict[str, Any]:
    """The raw merged TOML of all layers (for modules that own a section, e.g. [security])."""
    doc: dict[str, Any] = {}
    for layer in read_layers(data_dir):
        doc = merge(doc, layer.values)
    return doc


def _origin(layers: list[Layer], loc: tuple[Any, ...]) -> str:
    for layer in reversed(layers):
        node: Any = layer.values
        for part in loc:
            if not isinstance(node, dict) or part not in node:
                node = None
                break
            node = node[part]
        if node is not None:
            return str(layer.path) if layer.path else "环境变量 / environment"
    return "默认值 / defaults"


def validate(doc: dict[str, Any], layers: list[Layer] | None = None) -> MachineConfig:
    try:
        return MachineConfig.model_validate(doc)
    except ValidationError as exc:
        problems_zh, problems_en = [], []
        for err in exc.errors():
            loc = tuple(err["loc"])
            dotted = ".".join(str(p) for p in loc)
            where = _origin(layers or [], loc)
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                problems_zh.append(f"{dotted}：未知设置项（{where}）")
                problems_en.append(f"{dotted}: unknown setting ({where})")
            else:
                problems_zh.append(f"{dotted}：{msg}（{where}）")
                problems_en.append(f"{dotted}: {msg} ({where})")
        raise InputError("配置有误：" + "；".join(problems_zh), "invalid configuration: " + "; ".join(problems_en),
                         hint_zh="用 zongchuang config show 查看各项取值及来源，zongchuang config set 修改",
                         hint_en="see values and their origin with `zongchuang config show`; fix with `zongchuang config set`"
                         ) from None


def load_config(data_dir: Path | None) -> MachineConfig:
    layers = read_layers(data_dir)
    doc: dict[str, Any] = {}
    for layer in layers:
        doc = merge(doc, layer.values)
    return validate(doc, layers)


def load_workstation(data_dir: Path | None) -> Workstation:
    ws = load_config(data_dir).workstation
    return Workstation(**ws.model_dump())


def config_hash(path: Path | None) -> str | None:
    """SHA-256 of a config file's bytes (support bundles carry hashes, not contents)."""
    if path is None or not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()
