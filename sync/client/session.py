"""Building a sender for a data folder: platform URL, credential, TLS verification.

The CLI, the UI and the demo call `open_sync`; nothing else assembles client + runner.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from app.errors import InputError
from app.services.context import ServiceContext
from sync.client.credentials import load_credential
from sync.client.http import PlatformClient
from sync.client.runner import RunnerSettings, SyncProgress, SyncRunner


def platform_url_for(ctx: ServiceContext, explicit: str | None = None) -> str:
    url = explicit or ctx.workstation.platform_url or os.environ.get("ZONGCHUANG_PLATFORM", "")
    if not url:
        raise InputError("没有配置中心平台地址", "no central platform address is configured",
                         hint_zh="请用 --platform URL，或在 config.toml 的 [workstation] 中设置 platform_url",
                         hint_en="pass --platform URL or set platform_url under [workstation] in config.toml")
    if not url.startswith(("http://", "https://")):
        raise InputError(f"平台地址应以 http:// 或 https:// 开头：{url}", f"the platform URL must start with http(s)://: {url}")
    return url.rstrip("/")


def open_sync(ctx: ServiceContext, platform_url: str | None = None, *, credential: str | None = None,
              ca_file: str | None = None, settings: RunnerSettings | None = None,
              on_progress: Callable[[SyncProgress], None] | None = None,
              on_case: Callable[[dict[str, Any]], None] | None = None, **client_kw: Any) -> SyncRunner:
    """A ready sender for `ctx` (close it with `close_sync`). TLS: system trust store, or
    `ca_file` (e.g. the center's own CA) — verification is never switched off."""
    url = platform_url_for(ctx, platform_url)
    verify: bool | str = ca_file or os.environ.get("ZONGCHUANG_PLATFORM_CA") or True
    client = PlatformClient(url, load_credential(url, credential), verify=verify, **client_kw)
    return SyncRunner(ctx, client, settings=settings, on_progress=on_progress, on_case=on_case)


def close_sync(runner: SyncRunner) -> None:
    runner.stop()
    runner.client.close()


def start_background(ctx: ServiceContext, platform_url: str | None = None, *, interval: float = 60.0,
                     **kw: Any) -> SyncRunner:
    """The UI's sender: a pass every `interval` seconds even without new writes, and at once when
    a case is queued (or when the UI calls `runner.trigger()`, e.g. on QNetworkInformation's
    reachability change — a trigger, never a gate). Stop it with `stop_background`."""
    runner = open_sync(ctx, platform_url, **kw)

    def on_event(name: str, payload: dict) -> None:
        if name == "case.state" and payload.get("state") == "queued":
            runner.trigger()

    ctx.events.append(on_event)
    runner._listener = on_event  # type: ignore[attr-defined]
    runner.start(interval)
    return runner


def stop_background(ctx: ServiceContext, runner: SyncRunner) -> None:
    listener = getattr(runner, "_listener", None)
    if listener in ctx.events:
        ctx.events.remove(listener)
    close_sync(runner)
