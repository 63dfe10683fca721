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

Every setting is declared once (Electrum's ConfigVar): the file settings by the schema below,
each field carrying the environment variable that overrides it (`Field(..., json_schema_extra=
_env("ZONGCHUANG_…"))`); the settings that only come from the environment (passphrases for
automation, driver paths, the training simulator) in `RUNTIME`. `declarations()` lists them all
with type, default and variable; `env_value(NAME)` is the one reader of a ``ZONGCHUANG_*``
variable (an undeclared name is a programming error). `app.bootstrap` loads the configuration
once for a running workstation.

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


def _env(name: str) -> dict[str, str]:
    """The environment variable that overrides a file setting (declared on its Field)."""
    return {"env": name}

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
    center_code: str = Field("420107", description="服务中心所在区县的 6 位行政区划代码 / 6-digit GB/T 2260 code",
                             json_schema_extra=_env("ZONGCHUANG_CENTER"))
    center_name: str = Field("青山区政务服务中心", description="服务中心名称 / service center name",
                             json_schema_extra=_env("ZONGCHUANG_CENTER_NAME"))
    window_no: str = Field("01", description="窗口号（2 位）/ window number, 2 digits",
                           json_schema_extra=_env("ZONGCHUANG_WINDOW"))
    region: str = Field("420107", description="预审规则适用的辖区代码 / jurisdiction for pre-review rules",
                        json_schema_extra=_env("ZONGCHUANG_REGION"))
    platform_url: str = Field("", description="政务服务平台地址 / platform URL (https://…)",
                              json_schema_extra=_env("ZONGCHUANG_PLATFORM"))

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
    ca_file: str = Field("", description="平台证书的 CA 文件（内网自签时）/ CA bundle for an intranet platform",
                         json_schema_extra=_env("ZONGCHUANG_PLATFORM_CA"))
    timeout_s: float = Field(15.0, gt=0, le=300, description="请求超时（秒）/ request timeout in seconds",
                             json_schema_extra=_env("ZONGCHUANG_PLATFORM_TIMEOUT"))
    proxy: str = Field("", description="代理地址（留空不用）/ HTTP proxy, empty for none",
                       json_schema_extra=_env("ZONGCHUANG_PLATFORM_PROXY"))
    sync_interval_s: float = Field(60.0, ge=1, le=3600,
                                   description="后台上报间隔（秒；有新办件时立即上报）/ background send interval, s",
                                   json_schema_extra=_env("ZONGCHUANG_SYNC_INTERVAL"))


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
    device: str = Field("", description="SANE 设备名或 eSCL 地址 / SANE device name or eSCL URL",
                        json_schema_extra=_env("ZONGCHUANG_SCANNER"))


class DevicesSection(_Section):
    idcard: IdCardDevice = IdCardDevice()
    camera: CameraDevice = CameraDevice()
    scanner: ScannerDevice = ScannerDevice()


class Calibration(_Section):
    dx_mm: float = Field(0.0, ge=-20, le=20, description="水平偏移（毫米，右为正）/ horizontal offset, mm")
    dy_mm: float = Field(0.0, ge=-20, le=20, description="垂直偏移（毫米，下为正）/ vertical offset, mm")


class PrintersSection(_Section):
    backend: str = Field("", description="打印方式（cups/windows/qt/pdf，空为本系统默认）/ print backend, empty = default",
                         json_schema_extra=_env("ZONGCHUANG_PRINT_BACKEND"))
    document: str = Field("", description="A4 文书打印机队列名（空为系统默认）/ A4 queue, empty = default",
                          json_schema_extra=_env("ZONGCHUANG_PRINTER"))
    form: str = Field("", description="套打打印机 / pre-printed form printer")
    receipt: str = Field("", description="80 mm 小票打印机 / receipt printer")
    calibration: dict[str, Calibration] = Field(default_factory=dict,
                                                description="每台打印机的套打偏移 / 套打 offsets per printer")


class LoggingSection(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", json_schema_extra=_env("ZONGCHUANG_LOG_LEVEL"))
    dir: str = Field("", description="日志目录（空为用户日志目录）/ log folder, empty = the user log dir",
                     json_schema_extra=_env("ZONGCHUANG_LOG_DIR"))
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


# -- every setting, declared once --------------------------------------------------------------------

@dataclass(frozen=True)
class Setting:
    """One declared setting: `key` is its dotted place in config.toml (``runtime.*`` for those that
    only come from the environment), `env` the variable that overrides it."""

    key: str
    type: type
    default: Any
    env: str | None
    doc: str = ""


# Settings that come only from the environment: automation secrets, driver paths, the training
# simulator, the co-process protocol of the vendor-SDK helper. Read them with `env_value`.
RUNTIME: tuple[Setting, ...] = (
    Setting("runtime.home", str, "", "ZONGCHUANG_HOME", "数据目录 / data directory (also --data-dir)"),
    Setting("runtime.system_config", str, "", "ZONGCHUANG_SYSTEM_CONFIG", "系统配置文件 / system config file"),
    Setting("runtime.devices", str, "", "ZONGCHUANG_DEVICES", "simulator：全部用模拟设备 / all devices simulated"),
    Setting("runtime.idcard", str, "", "ZONGCHUANG_IDCARD", "读卡器，如 sam-serial:/dev/ttyUSB0 / reader spec"),
    Setting("runtime.sim_card", str, "resident", "ZONGCHUANG_SIM_CARD", "模拟卡预设或 JSON / simulator card"),
    Setting("runtime.camera", str, "", "ZONGCHUANG_CAMERA", "高拍仪：设备号、文件或序列 / camera spec"),
    Setting("runtime.lang", str, "", "ZONGCHUANG_LANG", "界面语言 / UI language"),
    Setting("runtime.ocr_engine", str, "rapidocr", "ZONGCHUANG_OCR_ENGINE", "OCR 引擎 / OCR engine"),
    Setting("runtime.ocr_threads", int, 0, "ZONGCHUANG_OCR_THREADS", "OCR 线程数 / OCR threads"),
    Setting("runtime.paddle_det_dir", str, "", "ZONGCHUANG_PADDLE_DET_DIR", "PaddleOCR 检测模型 / model dir"),
    Setting("runtime.paddle_rec_dir", str, "", "ZONGCHUANG_PADDLE_REC_DIR", "PaddleOCR 识别模型 / model dir"),
    Setting("runtime.keyring", str, "", "ZONGCHUANG_KEYRING", "none：不用系统密钥环 / no OS keyring"),
    Setting("runtime.key_passphrase", str, "", "ZONGCHUANG_KEY_PASSPHRASE", "密钥口令 / key passphrase"),
    Setting("runtime.key_passphrase_file", str, "", "ZONGCHUANG_KEY_PASSPHRASE_FILE", "密钥口令文件 / passphrase file"),
    Setting("runtime.password", str, "", "ZONGCHUANG_PASSWORD", "自动化登录口令 / automation password"),
    Setting("runtime.new_password", str, "", "ZONGCHUANG_NEW_PASSWORD", "自动化新口令 / automation new password"),
    Setting("runtime.argon2_memory_kib", int, 65536, "ZONGCHUANG_ARGON2_MEMORY_KIB", "口令散列内存 / Argon2 memory"),
    Setting("runtime.argon2_time", int, 3, "ZONGCHUANG_ARGON2_TIME", "口令散列轮数 / Argon2 time cost"),
    Setting("runtime.export_passphrase", str, "", "ZONGCHUANG_EXPORT_PASSPHRASE", "队列包口令 / package passphrase"),
    Setting("runtime.platform_token", str, "", "ZONGCHUANG_PLATFORM_TOKEN", "工作站凭据 / workstation credential"),
    Setting("runtime.platform_home", str, "", "ZONGCHUANG_PLATFORM_HOME", "参考平台数据目录 / platform folder"),
    Setting("runtime.platform_db", str, "", "ZONGCHUANG_PLATFORM_DB", "参考平台数据库 / platform DB URL"),
    # read in hardware/ (which never imports app): declared here, passed on by name there
    Setting("runtime.idcard_helper", str, "", "ZONGCHUANG_IDCARD_HELPER", "读卡 SDK 辅助进程 / vendor helper"),
    Setting("runtime.idcard_ports", str, "", "ZONGCHUANG_IDCARD_PORTS", "探测的串口 / serial ports to probe"),
    Setting("runtime.sdtapi_lib", str, "", "ZONGCHUANG_SDTAPI_LIB", "sdtapi 库路径 / sdtapi library"),
    Setting("runtime.termb_lib", str, "", "ZONGCHUANG_TERMB_LIB", "termb 库路径 / termb library"),
    Setting("runtime.wlt_decoder", str, "", "ZONGCHUANG_WLT_DECODER", "照片解码库 / WLT decoder"),
)


def _walk(model: type[BaseModel], prefix: str) -> list[Setting]:
    out: list[Setting] = []
    for name, info in model.model_fields.items():
        ann = info.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out += _walk(ann, f"{prefix}{name}.")
            continue
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        default = info.get_default(call_default_factory=True)
        out.append(Setting(f"{prefix}{name}", ann if isinstance(ann, type) else type(default), default,
                           extra.get("env"), info.description or ""))
    return out


def declarations() -> list[Setting]:
    """Every setting of the workstation: config.toml (incl. [security]) and environment-only."""
    from app.security.settings import declarations as security_declarations

    return _walk(MachineConfig, "") + security_declarations() + list(RUNTIME)


def env_overrides() -> dict[str, tuple[str, ...]]:
    """Environment variable → the config.toml place it overrides (for the file settings)."""
    return {s.env: tuple(s.key.split(".")) for s in _walk(MachineConfig, "") if s.env}


def env_value(name: str, default: str = "") -> str:
    """The one reader of a ``ZONGCHUANG_*`` variable; it must be declared (`declarations()`).
    File settings are read through `load_config`, which applies their variables itself."""
    if name not in _declared_env():
        raise KeyError(f"{name} is not a declared setting (app.config)")
    return os.environ.get(name) or default


_ENV_NAMES: set[str] = set()


def _declared_env() -> set[str]:
    if not _ENV_NAMES:
        _ENV_NAMES.update(s.env for s in declarations() if s.env)
    return _ENV_NAMES


# -- where the layers live --------------------------------------------------------------------------

def system_config_path() -> Path:
    explicit = env_value("ZONGCHUANG_SYSTEM_CONFIG")
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
    for var, place in env_overrides().items():
        if os.environ.get(var):
            node = env
            for part in place[:-1]:
                node = node.setdefault(part, {})
            node[place[-1]] = os.environ[var]
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
