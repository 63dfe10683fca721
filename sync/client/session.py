"""Building a sender for a data folder: the platform link from the composition root
(`app.bootstrap.platform_link`: URL policy, TLS with the configured CA, timeout, proxy), the
workstation credential, and the runner.

`client_factory()` is the factory the GUI and the CLI pass to `app.bootstrap.bootstrap`;
`open_sync` builds the runner for one context; `start_background` is the GUI's periodic sender.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.bootstrap import PlatformLink, platform_link
from app.config import MachineConfig, load_config
from app.services.context import ServiceContext
from sync.client.credentials import load_credential
from sync.client.http import PlatformClient
from sync.client.runner import RunnerSettings, SyncProgress, SyncRunner


def client_factory(credential: str | None = None, **client_kw: Any) -> Callable[[PlatformLink], PlatformClient]:
    """Turn a checked link into an HTTP client (TLS verification is never switched off)."""

    def make(link: PlatformLink) -> PlatformClient:
        return PlatformClient(link.url, load_credential(link.url, credential), verify=link.ssl_context,
                              timeout=link.timeout_s, proxy=link.proxy, **client_kw)

    return make


def open_sync(ctx: ServiceContext, platform_url: str | None = None, *, credential: str | None = None,
              ca_file: str | None = None, settings: RunnerSettings | None = None,
              on_progress: Callable[[SyncProgress], None] | None = None,
              on_case: Callable[[dict[str, Any]], None] | None = None, config: MachineConfig | None = None,
              timeout: float | None = None, **client_kw: Any) -> SyncRunner:
    """A ready sender for `ctx` (close it with `close_sync`). The link comes from the configuration
    (`[workstation] platform_url`, `[platform] ca_file/timeout_s/proxy`); explicit values win."""
    link = platform_link(config or load_config(ctx.data_dir), ctx.data_dir, url=platform_url, ca_file=ca_file,
                         timeout_s=timeout)
    client = client_factory(credential, **client_kw)(link)
    return SyncRunner(ctx, client, settings=settings, on_progress=on_progress, on_case=on_case)


def close_sync(runner: SyncRunner) -> None:
    runner.stop()
    runner.client.close()


def start_background(ctx: ServiceContext, platform_url: str | None = None, *, interval: float = 60.0,
                     client: PlatformClient | None = None, **kw: Any) -> SyncRunner:
    """The UI's sender: a pass every `interval` seconds even without new writes, and at once when
    a case is queued (or when the UI calls `runner.trigger()`, e.g. on QNetworkInformation's
    reachability change — a trigger, never a gate). Stop it with `stop_background`. `client`: one
    the composition root built (`Workstation.platform_client()`); otherwise one is built here."""
    if client is not None:
        runner = SyncRunner(ctx, client, **{k: v for k, v in kw.items() if k in ("settings", "on_progress", "on_case")})
    else:
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
