"""One headless Firefox ESR (Gecko) driven over its Marionette protocol: a private profile, every
document loaded from its own HTML file and shot whole. Starting a browser per page costs seconds of
CPU each; one browser for the whole set keeps the generator inside its budget. The Marionette
protocol is a length-prefixed JSON exchange on a TCP port (`len:[0, id, "Command", {params}]`), a
few lines here instead of a driver package."""

from __future__ import annotations

import atexit
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

BIN = "firefox-esr"


def version() -> str:
    """The renderer's version string (part of params_hash)."""
    if shutil.which(BIN) is None:
        return "missing"
    return subprocess.run([BIN, "--version"], capture_output=True, text=True, timeout=60).stdout.strip()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """A headless Firefox with Marionette on a private port and profile."""

    def __init__(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="docgen_z_ff_"))
        prof = self.tmp / "profile"
        prof.mkdir()
        self.port = _free_port()
        prefs = {
            "marionette.port": self.port,
            "security.fileuri.strict_origin_policy": False,  # @font-face files outside the page's folder
            "browser.shell.checkDefaultBrowser": False,
            "browser.startup.homepage_override.mstone": "ignore",
            "datareporting.policy.dataSubmissionEnabled": False,
            "toolkit.telemetry.enabled": False,
            "app.update.enabled": False,
            "browser.tabs.remote.autostart": True,
            "gfx.font_rendering.cleartype_params.rendering_mode": 5,
            "layout.css.devPixelsPerPx": "1.0",
            "browser.download.manager.showWhenStarting": False,
            "network.proxy.type": 0,
            "font.name.serif.zh-CN": "Noto Serif CJK SC",
            "font.name.sans-serif.zh-CN": "Noto Sans CJK SC",
            "ui.prefersReducedMotion": 1,
        }
        (prof / "user.js").write_text(
            "".join(f'user_pref("{k}", {json.dumps(v)});\n' for k, v in prefs.items()), encoding="utf-8")
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600", "MOZ_HEADLESS": "1", "HOME": str(self.tmp), "MOZ_CRASHREPORTER_DISABLE": "1"}
        self.proc = subprocess.Popen([BIN, "--headless", "--marionette", "-no-remote", "-profile", str(prof)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        atexit.register(self.close)
        self.sock = self._connect()
        self.buf = b""
        self.msg_id = 0
        self.size = (0, 0)
        self.chrome = (0, 0)
        self._read()  # the server's hello
        self.cmd("WebDriver:NewSession", {"capabilities": {"alwaysMatch": {"acceptInsecureCerts": True}}})

    def _connect(self) -> socket.socket:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("firefox-esr exited while starting")
            try:
                s = socket.create_connection(("127.0.0.1", self.port), timeout=120)
                return s
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("firefox-esr's Marionette port never opened")

    def _read(self):  # noqa: ANN202 - a JSON value
        while b":" not in self.buf:
            self.buf += self._recv()
        head, rest = self.buf.split(b":", 1)
        n = int(head)
        while len(rest) < n:
            rest += self._recv()
        self.buf = rest[n:]
        return json.loads(rest[:n])

    def _recv(self) -> bytes:
        chunk = self.sock.recv(1 << 20)
        if not chunk:
            raise RuntimeError("Marionette connection closed")
        return chunk

    def cmd(self, name: str, params: dict | None = None):  # noqa: ANN201 - a JSON value
        self.msg_id += 1
        data = json.dumps([0, self.msg_id, name, params or {}]).encode()
        self.sock.sendall(str(len(data)).encode() + b":" + data)
        while True:
            msg = self._read()
            if msg[0] == 1 and msg[1] == self.msg_id:
                break
        if msg[2]:
            raise RuntimeError(f"Marionette {name}: {msg[2]}")
        res = msg[3]
        return res.get("value", res) if isinstance(res, dict) else res

    def js(self, script: str, args: list | None = None):  # noqa: ANN201
        return self.cmd("WebDriver:ExecuteScript", {"script": script, "args": args or []})

    def js_async(self, script: str, args: list | None = None):  # noqa: ANN201
        return self.cmd("WebDriver:ExecuteAsyncScript", {"script": script, "args": args or []})

    def shot(self, html_path: Path, width: int, height: int, faces: list[str]) -> bytes:
        """Load `html_path`, wait until every face in `faces` is loaded (raise on one that is not: a
        silent fallback to a system font), and return the PNG of the viewport (`width`x`height`)."""
        if (width, height) != self.size:
            self.cmd("WebDriver:SetWindowRect", {"width": width + self.chrome[0], "height": height + self.chrome[1]})
            inner = self.js("return [window.innerWidth, window.innerHeight];")
            if inner != [width, height]:  # the window's own frame: learn it once and size again
                self.chrome = (self.chrome[0] + width - inner[0], self.chrome[1] + height - inner[1])
                self.cmd("WebDriver:SetWindowRect", {"width": width + self.chrome[0], "height": height + self.chrome[1]})
                inner = self.js("return [window.innerWidth, window.innerHeight];")
            if inner != [width, height]:
                raise RuntimeError(f"Gecko's viewport is {inner}, not {[width, height]}")
            self.size = (width, height)
        self.cmd("WebDriver:Navigate", {"url": html_path.resolve().as_uri()})
        status = self.js_async(
            "const done = arguments[arguments.length - 1];"
            "document.body.getBoundingClientRect();"
            "requestAnimationFrame(() => requestAnimationFrame(() => document.fonts.ready.then(() => {"
            " const r = {}; for (const f of document.fonts) r[f.family.replace(/[\"']/g, '')] = f.status; done(r); })));")
        bad = [f for f in faces if status.get(f) != "loaded"]
        if bad:
            raise RuntimeError(f"faces not loaded by Gecko (silent fallback): {bad} {status}")
        data = self.cmd("WebDriver:TakeScreenshot", {"full": False, "hash": False, "scroll": False})
        return base64.b64decode(data)

    def print_pdf(self, html_path: Path, width: int, height: int, faces: list[str]) -> bytes:
        """Firefox's own print-to-PDF (`WebDriver:Print`) of the page at its size (96 CSS px per inch),
        faces checked as for `shot`; the PDF's dates and ID are pinned so a seed makes the same bytes."""
        self.shot(html_path, width, height, faces)
        data = self.cmd("WebDriver:Print", {"orientation": "portrait", "scale": 1.0, "background": True,
                                            "page": {"width": width / 96 * 2.54 + 0.05, "height": height / 96 * 2.54 + 0.3},
                                            "margin": {"top": 0, "bottom": 0, "left": 0, "right": 0},
                                            "shrinkToFit": True, "pageRanges": ["1"]})
        # Firefox stamps the print time into an object stream: `mutool clean -d` writes the PDF out
        # uncompressed (no /ID), then same-length substitutions pin the dates (xref offsets stay valid)
        raw = self.tmp / "print.pdf"
        clean = self.tmp / "print_clean.pdf"
        raw.write_bytes(base64.b64decode(data))
        subprocess.run(["mutool", "clean", "-d", str(raw), str(clean)], check=True, capture_output=True, timeout=120)
        pdf = clean.read_bytes()
        pdf = re.sub(rb"D:\d{14}([+\-Z][0-9']*)?", lambda m: b"D:20260101000000" + b"Z" * (len(m.group(0)) - 16), pdf)
        return pdf

    def close(self) -> None:
        try:
            self.cmd("Marionette:Quit", {"flags": ["eForceQuit"]})
        except Exception:  # already gone
            pass
        try:
            self.sock.close()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=20)
        shutil.rmtree(self.tmp, ignore_errors=True)


_BROWSER: Browser | None = None


def browser() -> Browser:
    """The one browser of this process, started on first use; before its first page it draws every
    face next to Gecko's fallback and fails loudly if any face drew like the fallback."""
    global _BROWSER
    if _BROWSER is None or _BROWSER.proc.poll() is not None:
        from benchmarks.docgen_z import faces

        b = Browser()
        page, w, h = faces.probe_html()
        path = b.tmp / "probe.html"
        path.write_text(page, encoding="utf-8")
        png = b.shot(path, w, h, [faces.family(f) for f in faces.FACES])
        same = faces.check_probe(png)
        if same:
            b.close()
            raise RuntimeError(f"faces drawn like Gecko's fallback (not really loaded): {same}")
        _BROWSER = b
    return _BROWSER
