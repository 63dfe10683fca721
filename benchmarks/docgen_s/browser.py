"""One headless Chromium per set, driven over the DevTools protocol (websockets' sync client): each
page is a tab that loads an HTML file, waits for its fonts, reports the boxes of the value elements
(data-key) and is captured as a PNG screenshot or printed to PDF. One browser start for 150 pages keeps
the set within its time budget (a start costs about a second on a loaded machine)."""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from websockets.sync.client import connect

BINARIES = ("chromium", "chromium-browser", "google-chrome")


def binary() -> str | None:
    for b in BINARIES:
        p = shutil.which(b)
        if p:
            return p
    return None


def version() -> str:
    b = binary()
    if not b:
        return "missing"
    out = subprocess.run([b, "--version"], capture_output=True, text=True, timeout=60).stdout
    return out.strip().splitlines()[0] if out.strip() else "unknown"


class Browser:
    """A headless Chromium with one websocket to its browser target; pages are opened as flattened
    sessions on it."""

    def __init__(self) -> None:
        b = binary()
        if not b:
            raise RuntimeError("chromium is not installed (apt-get install chromium)")
        self.profile = tempfile.mkdtemp(prefix="docgen_s_chrome_")
        self.proc = subprocess.Popen(
            [b, "--headless=new", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--mute-audio",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
             "--allow-file-access-from-files", "--font-render-hinting=none",
             "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        url = None
        t0 = time.time()
        assert self.proc.stderr is not None
        while time.time() - t0 < 60:
            line = self.proc.stderr.readline()
            if not line and self.proc.poll() is not None:
                break
            m = re.search(r"DevTools listening on (ws://\S+)", line)
            if m:
                url = m.group(1)
                break
        if not url:
            self.stack = contextlib.ExitStack()
            self.close()
            raise RuntimeError("chromium did not open its DevTools endpoint")
        self.stack = contextlib.ExitStack()  # the connection is a context manager; closed with the browser
        self.ws = self.stack.enter_context(connect(url, max_size=None, open_timeout=60))
        self.ids = itertools.count(1)

    def call(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 120) -> dict:
        i = next(self.ids)
        msg: dict = {"id": i, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        end = time.time() + timeout
        while True:
            data = json.loads(self.ws.recv(timeout=max(1.0, end - time.time())))
            if data.get("id") == i:
                if "error" in data:
                    raise RuntimeError(f"{method}: {data['error']}")
                return data.get("result", {})

    def render(self, html: Path, width: int, height: int, scale: float, pdf: dict | None = None,
               transparent: bool = False) -> tuple[bytes, list[dict]]:
        """Load `html` in a fresh tab of width×height CSS px; return (a PNG, or a JPEG for opaque pages, at `scale` device pixels per
        CSS px, or the PDF when `pdf` gives printToPDF's options) and the boxes of elements carrying
        data-key (CSS px, page coordinates)."""
        tid = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        sid = self.call("Target.attachToTarget", {"targetId": tid, "flatten": True})["sessionId"]
        try:
            self.call("Page.enable", session=sid)
            self.call("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": False}, session=sid)
            if transparent:  # an ID card: the corners outside its rounded edge stay see-through
                self.call("Emulation.setDefaultBackgroundColorOverride", {"color": {"r": 0, "g": 0, "b": 0, "a": 0}}, session=sid)
            self.call("Page.navigate", {"url": html.resolve().as_uri()}, session=sid)
            self.call("Runtime.evaluate", {"expression": "new Promise(r => { if (document.readyState === 'complete') r(1); "
                                                         "else addEventListener('load', () => r(1)); }).then(() => document.fonts.ready).then(() => 1)",
                                           "awaitPromise": True}, session=sid)
            boxes = self.call("Runtime.evaluate", {"expression": BOXES_JS, "returnByValue": True}, session=sid)["result"]["value"]
            if pdf is not None:
                data = self.call("Page.printToPDF", pdf, session=sid)["data"]
            else:
                # PNG keeps a card's transparent corners; a page is shot as JPEG q95 (half the encode time,
                # its artefacts far below what every capture then does to it)
                fmt = {"format": "png"} if transparent else {"format": "jpeg", "quality": 95}
                data = self.call("Page.captureScreenshot", {**fmt, "fromSurface": True,
                                                            "captureBeyondViewport": False}, session=sid)["data"]
            return base64.b64decode(data), boxes
        finally:
            self.call("Target.closeTarget", {"targetId": tid})

    def close(self) -> None:
        with contextlib.suppress(Exception):  # already gone
            self.stack.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


BOXES_JS = """(() => Array.from(document.querySelectorAll('[data-key]')).map(e => {
  const rs = Array.from(e.getClientRects());
  return {key: e.dataset.key, rects: rs.map(r => [r.left + scrollX, r.top + scrollY, r.right + scrollX, r.bottom + scrollY])};
}))()"""
