"""Every setting is declared once (app.config) and every declared setting reaches its code.

Walks the declarations and looks for a reader of each in the source: a file setting is read as
an attribute path (`config.platform.timeout_s`, `.logging.max_mb`), an environment-only one
through `env_value("ZONGCHUANG_…")`. Also: no module reads a ``ZONGCHUANG_*`` variable from
`os.environ` behind the declarations' back — hardware included: it never reads the environment
or the configuration, the composition root hands its driver paths in — and every variable named
in the code is declared."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.config import declarations, env_value, load_config

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "hardware", "sync", "ui")
DECLARING = {ROOT / "app" / "config.py", ROOT / "app" / "security" / "settings.py"}


def _sources() -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


SOURCES = _sources()
READER_TEXT = "\n".join(text for p, text in SOURCES.items() if p not in DECLARING)


def _has_reader(setting) -> bool:
    if setting.key.startswith("runtime."):  # environment only
        name = re.escape(setting.env)
        reader = rf'env_value\(\s*"{name}"|envvar="{name}"'
        return any(re.search(reader, text) for text in SOURCES.values())  # config.py reads ZONGCHUANG_SYSTEM_CONFIG
    parts = setting.key.split(".")
    if parts[0] == "security":  # SecuritySettings fields: `load_settings(d).idle_lock_minutes`
        return bool(re.search(rf"\.{parts[-1]}\b", READER_TEXT))
    path = r"\." + r"\.".join(map(re.escape, parts[-2:])) + r"\b"
    if re.search(path, READER_TEXT):
        return True
    # `conf = config.devices.idcard` … `conf.baudrate`: the section and the leaf read in one module
    return any(re.search(rf"\.{re.escape(parts[-2])}\b", text) and re.search(rf"\b\w+\.{re.escape(parts[-1])}\b", text)
               and re.search(rf"\.{re.escape(parts[0])}\b", text)
               for p, text in SOURCES.items() if p not in DECLARING)


@pytest.mark.parametrize("setting", declarations(), ids=lambda s: s.key)
def test_every_declared_setting_has_a_reader(setting):
    assert _has_reader(setting), f"{setting.key} ({setting.env}) is declared but nothing reads it"


def test_the_reader_check_can_fail():
    from app.config import Setting

    assert not _has_reader(Setting("platform.never_read_anywhere", str, "", None))
    assert not _has_reader(Setting("runtime.nothing", str, "", "ZONGCHUANG_NEVER_READ"))


DIRECT_READ = re.compile(r'(os\.environ\.get\(|os\.getenv\(|os\.environ\[)\s*"(ZONGCHUANG_\w+)"\s*[,)\]](?!\s*=)')


def test_no_module_reads_a_zongchuang_variable_behind_the_declarations():
    bad = [f"{p.relative_to(ROOT)}: {m.group(2)}" for p, text in SOURCES.items()
           if p not in DECLARING for m in DIRECT_READ.finditer(text)]
    assert not bad, "read through app.config.env_value / load_config instead:\n" + "\n".join(bad)


ENV_READ = re.compile(r"os\.environ\.get\(|os\.getenv\(|os\.environ\[\s*\w")


def test_hardware_reads_no_setting_itself():
    """hardware is the leaf: driver paths come in through `hardware.idcard.drivers.configure`
    (called by `app.bootstrap.configure_drivers`); copying the environment for a child process is fine."""
    bad = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}" for p, text in SOURCES.items()
           if p.parts[len(ROOT.parts)] == "hardware" for n, line in enumerate(text.splitlines(), 1)
           if ENV_READ.search(line) and "PYTHONPATH" not in line]
    assert not bad, "\n".join(bad)
    assert ENV_READ.search('x = os.environ.get("ZONGCHUANG_SDTAPI_LIB", "")')


def test_every_variable_named_in_the_code_is_declared():
    declared = {s.env for s in declarations() if s.env}
    named = {m for text in SOURCES.values() for m in re.findall(r'"(ZONGCHUANG_[A-Z0-9_]+)"', text)}
    assert named - declared == set()


def test_env_value_refuses_an_undeclared_name():
    with pytest.raises(KeyError):
        env_value("ZONGCHUANG_TYPO")


def test_environment_overrides_file_settings_and_origin_is_reported(tmp_path, monkeypatch):
    from app.services import config as config_svc

    monkeypatch.setenv("ZONGCHUANG_SYSTEM_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "config.toml").write_text('[platform]\ntimeout_s = 20\n[logging]\nmax_mb = 1.5\nkeep = 3\n',
                                          encoding="utf-8")
    monkeypatch.setenv("ZONGCHUANG_PLATFORM_TIMEOUT", "7")
    cfg = load_config(tmp_path)
    assert cfg.platform.timeout_s == 7.0 and cfg.logging.max_mb == 1.5 and cfg.logging.keep == 3
    origins = {s["key"]: s["origin"] for s in config_svc.show(tmp_path)["settings"]}
    assert origins["platform.timeout_s"] == "env" and origins["logging.keep"] == "user"
    assert origins["platform.proxy"] == "default"


def test_logging_rotates_as_configured(tmp_path, monkeypatch):
    import logging
    from logging.handlers import RotatingFileHandler

    from app.logging_setup import start_logging

    monkeypatch.setenv("ZONGCHUANG_SYSTEM_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "config.toml").write_text(f'[logging]\nmax_mb = 0.5\nkeep = 3\ndir = "{tmp_path / "logs"}"\n',
                                          encoding="utf-8")
    path = start_logging(load_config(tmp_path))
    try:
        handler = next(h for h in logging.getLogger().handlers if h.get_name() == "zongchuang-file")
        assert isinstance(handler, RotatingFileHandler)
        assert (handler.maxBytes, handler.backupCount) == (500_000, 3)
        assert path == tmp_path / "logs" / "zongchuang.log"
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
        import app.logging_setup as ls

        ls._installed = None


def test_only_the_root_hands_driver_paths_to_hardware():
    callers = sorted(str(p.relative_to(ROOT)) for p, text in SOURCES.items()
                     if "hardware.idcard.drivers import configure" in text)
    assert callers == ["app/bootstrap.py"], callers
