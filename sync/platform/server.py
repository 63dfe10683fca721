"""Running the platform: `serve` (blocking, for `zongchuang platform serve`) and
`PlatformServer` (a real uvicorn server on a thread, for the demo and the tests)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

from sync.platform.service import Platform, PlatformSettings


@dataclass
class TLS:
    certfile: Path
    keyfile: Path


def _config(platform: Platform, host: str, port: int, tls: TLS | None, log_level: str):
    import uvicorn

    from sync.platform.api import create_app

    kwargs = {}
    if tls is not None:
        kwargs = {"ssl_certfile": str(tls.certfile), "ssl_keyfile": str(tls.keyfile)}
    return uvicorn.Config(create_app(platform), host=host, port=port, log_level=log_level, access_log=False,
                          timeout_keep_alive=30, lifespan="off", **kwargs)


def serve(settings: PlatformSettings, host: str, port: int, tls: TLS | None = None, log_level: str = "info") -> None:
    import uvicorn

    platform = Platform(settings)
    try:
        uvicorn.Server(_config(platform, host, port, tls, log_level)).run()
    finally:
        platform.close()


class PlatformServer:
    """A real HTTP server on 127.0.0.1 (port 0 picks a free one), run on a background thread."""

    def __init__(self, settings: PlatformSettings, host: str = "127.0.0.1", port: int = 0, tls: TLS | None = None):
        self.settings, self.host, self.requested_port, self.tls = settings, host, port, tls
        self.platform: Platform | None = None
        self._server = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> PlatformServer:
        import uvicorn

        if self.platform is None:
            self.platform = Platform(self.settings)
        port = self.port or self.requested_port
        self._server = uvicorn.Server(_config(self.platform, self.host, port, self.tls, "warning"))
        self._server.install_signal_handlers = lambda: None  # not the main thread
        self._thread = threading.Thread(target=self._server.run, name="platform-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the platform server did not start")
            time.sleep(0.02)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Stop serving (the database stays open so `start()` can bring it back on the same port)."""
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server, self._thread = None, None

    def close(self) -> None:
        self.stop()
        if self.platform is not None:
            self.platform.close()
            self.platform = None

    def __enter__(self) -> PlatformServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()
