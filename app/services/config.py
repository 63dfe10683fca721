"""Use cases behind `zongchuang config show|set|check` and the first-run wizard.

`show` gives every effective setting with the layer it came from (defaults, the system file,
the user file, the environment); `set` writes one setting into the system or the user file,
validating the result first and keeping IT's comments (tomlkit); `check` validates the merged
configuration and what it points at (CA file, serial port, printers) and lists problems.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.config import (
    OWNED_ELSEWHERE,
    MachineConfig,
    config_hash,
    merge,
    read_layers,
    system_config_path,
    user_config_path,
    validate,
)
from app.errors import InputError


def _flatten(doc: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in doc.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            out.update(_flatten(value, dotted + "."))
        else:
            out[dotted] = value
    return out


def show(data_dir: Path | None) -> dict[str, Any]:
    """Effective settings, each with its value and the layer it came from."""
    layers = read_layers(data_dir)
    doc: dict[str, Any] = {}
    for layer in layers:
        doc = merge(doc, layer.values)
    cfg = validate(doc, layers)
    effective = _flatten(cfg.model_dump(mode="json"))
    origins: dict[str, str] = {}
    for layer in layers:
        for key in _flatten(layer.values):
            origins[key] = layer.name
    settings = [{"key": k, "value": v, "origin": origins.get(k, "default")} for k, v in sorted(effective.items())]
    return {
        "layers": [{"layer": layer.name, "path": str(layer.path) if layer.path else None, "exists": layer.exists,
                    "sha256": config_hash(layer.path)} for layer in layers],
        "settings": settings,
    }


def _coerce(raw: str, current: Any) -> Any:
    """The CLI gives strings; store them with the type the schema has for that key."""
    if isinstance(current, bool):
        low = raw.strip().lower()
        if low in {"true", "1", "yes", "on", "是"}:
            return True
        if low in {"false", "0", "no", "off", "否"}:
            return False
        raise InputError(f"{raw} 不是布尔值（true/false）", f"{raw} is not a boolean (true/false)")
    if isinstance(current, int):
        try:
            return int(raw)
        except ValueError:
            raise InputError(f"{raw} 不是整数", f"{raw} is not an integer") from None
    if isinstance(current, float):
        try:
            return float(raw)
        except ValueError:
            raise InputError(f"{raw} 不是数字", f"{raw} is not a number") from None
    return raw


def _default_at(parts: list[str]) -> Any:
    node: Any = MachineConfig().model_dump()
    for part in parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif parts[:2] == ["printers", "calibration"] and len(parts) == 4:
            return 0.0  # printers.calibration.<printer>.dx_mm
        else:
            return None
    return node


def target_path(data_dir: Path | None, scope: str) -> Path:
    if scope == "system":
        return system_config_path()
    path = user_config_path(data_dir)
    if path is None:
        raise InputError("没有数据目录，无法写入用户配置", "no data directory to write the user config into")
    return path


def set_value(data_dir: Path | None, key: str, raw: str, *, scope: str = "user") -> dict[str, Any]:
    """Write `key` = `raw` into the chosen layer's file after checking the merged result is valid."""
    import tomlkit

    parts = [p for p in key.strip().split(".") if p]
    if len(parts) < 2:
        raise InputError(f"设置项应写作 节.名称，例如 workstation.window_no：{key}",
                         f"settings are written section.name, e.g. workstation.window_no: {key}")
    if parts[0] in OWNED_ELSEWHERE:
        value: Any = raw
    else:
        current = _default_at(parts)
        if current is None:
            raise InputError(f"未知设置项：{key}", f"unknown setting: {key}",
                             hint_zh="用 zongchuang config show 查看全部设置项", hint_en="list all settings with `zongchuang config show`")
        value = _coerce(raw, current)
    path = target_path(data_dir, scope)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    doc = tomlkit.parse(text)
    node = doc
    for part in parts[:-1]:
        if part not in node or not isinstance(node[part], dict):
            node[part] = tomlkit.table()
        node = node[part]
    node[parts[-1]] = value
    # validate everything as it would be loaded, with this file replaced by the new content
    layers = read_layers(data_dir)
    merged: dict[str, Any] = {}
    for layer in layers:
        values = doc.unwrap() if layer.path is not None and Path(layer.path) == path else layer.values
        merged = merge(merged, values)
    validate(merged, layers)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(tomlkit.dumps(doc), encoding="utf-8")
    os.replace(tmp, path)
    return {"key": key, "value": value, "scope": scope, "path": str(path)}


def check(data_dir: Path | None) -> dict[str, Any]:
    """Validate the merged configuration and what it refers to; problems are listed, not raised."""
    problems: list[dict[str, str]] = []
    warnings: list[dict[str, str]] = []
    try:
        layers = read_layers(data_dir)
        merged: dict[str, Any] = {}
        for layer in layers:
            merged = merge(merged, layer.values)
        cfg = validate(merged, layers)
    except InputError as exc:
        return {"ok": False, "problems": [{"zh": exc.message_zh, "en": exc.message_en}], "warnings": []}
    known = set(MachineConfig.model_fields) | OWNED_ELSEWHERE
    for section in sorted(set(merged) - known):
        problems.append({"zh": f"未知的配置节 [{section}]", "en": f"unknown section [{section}]"})
    if "security" in merged:
        try:
            from app.security.settings import SecuritySettings

            SecuritySettings(**{k: v for k, v in merged["security"].items()})
        except ImportError:
            pass
        except InputError as exc:
            problems.append({"zh": exc.message_zh, "en": exc.message_en})
        except TypeError as exc:
            problems.append({"zh": f"[security] 设置有误：{exc}", "en": f"invalid [security] settings: {exc}"})
    if cfg.platform.ca_file and not Path(cfg.platform.ca_file).is_file():
        problems.append({"zh": f"平台 CA 文件不存在：{cfg.platform.ca_file}", "en": f"platform CA file missing: {cfg.platform.ca_file}"})
    if not cfg.workstation.platform_url:
        warnings.append({"zh": "未设置政务服务平台地址，案件只保存在本机", "en": "no platform URL: cases stay on this machine"})
    idcard = cfg.devices.idcard
    if idcard.backend == "sam_serial" and not idcard.port:
        problems.append({"zh": "读卡器为串口模式但未设置 devices.idcard.port", "en": "sam_serial reader without devices.idcard.port"})
    if idcard.port and os.name != "nt" and idcard.port.startswith("/dev/") and not Path(idcard.port).exists():
        warnings.append({"zh": f"读卡器串口 {idcard.port} 不存在（设备未连接？）", "en": f"reader port {idcard.port} not present (unplugged?)"})
    for name in sorted(cfg.printers.calibration):
        if name not in {cfg.printers.form, cfg.printers.document, cfg.printers.receipt}:
            warnings.append({"zh": f"套打偏移针对的打印机 {name} 未在 printers 中使用",
                             "en": f"calibration for printer {name}, which no printers.* setting uses"})
    return {"ok": not problems, "problems": problems, "warnings": warnings,
            "layers": [{"layer": la.name, "path": str(la.path) if la.path else None, "exists": la.exists} for la in layers]}


# -- first-run wizard support (the UI in ui/wizard.py calls these; no Qt here) -----------------------

def needs_first_run(data_dir: Path | None) -> bool:
    """True when neither the system file nor the user's file says who this workstation is."""
    for layer in read_layers(data_dir):
        if layer.name != "env" and (layer.values.get("workstation") or {}).get("center_code"):
            return False
    return True


def apply_settings(data_dir: Path | None, values: dict[str, str], *, scope: str = "user") -> list[dict[str, Any]]:
    """Write several settings; all are validated before any file changes (one bad value writes nothing)."""
    import tomlkit

    path = target_path(data_dir, scope)
    try:
        original = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        original = None
    written = []
    try:
        for key, raw in values.items():
            written.append(set_value(data_dir, key, raw, scope=scope))
    except InputError:
        if original is None:
            path.unlink(missing_ok=True)
        else:
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(tomlkit.dumps(tomlkit.parse(original)), encoding="utf-8")
            os.replace(tmp, path)
        raise
    return written


def test_platform(url: str, *, ca_file: str = "", timeout_s: float = 8.0) -> dict[str, Any]:
    """Try an HTTPS request to the platform URL; returns ok + a bilingual message (never raises)."""
    import httpx

    from app.security.transport import check_platform_url, platform_ssl_context

    if not url:
        return {"ok": False, "zh": "未填写平台地址", "en": "no platform URL"}
    try:  # the same policy as the sender's link (app.bootstrap.platform_link)
        check_platform_url(url)
        verify: Any = platform_ssl_context(ca_file=ca_file)
    except InputError as exc:
        return {"ok": False, "zh": exc.message_zh, "en": exc.message_en}
    try:
        with httpx.Client(timeout=timeout_s, verify=verify) as client:
            response = client.get(url)
    except httpx.HTTPError as exc:
        return {"ok": False, "zh": f"无法连接平台：{type(exc).__name__}", "en": f"cannot reach the platform: {exc}"}
    return {"ok": response.status_code < 500, "status": response.status_code,
            "zh": f"平台已应答（HTTP {response.status_code}）", "en": f"the platform answered (HTTP {response.status_code})"}


def probe_devices(kind: str) -> dict[str, Any]:
    """Enumerate one kind of device ("idcard_readers", "cameras", "printers", ...) for a test button."""
    from app.bootstrap import probe_devices as probe

    found = probe([kind])
    return {"devices": found.get(kind, []), "errors": found.get("errors", [])}
