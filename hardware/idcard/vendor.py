"""`sdtapi` and `termb` backends: vendor SDKs driven through the helper process.

The DLL runs in `vendor_helper` (a child process). Each call has a deadline; when the helper
hangs it is killed, when it crashes (segfault in the vendor code) the error says so, and in both
cases the next call starts a fresh helper — the workstation itself never goes down.

Ports follow the SDK convention: 1–16 = COM1–COM16, 1001–1016 = USB 1–16. ``port=0`` means
"search": USB 1001–1016 first, then COM 1–16.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

from hardware.idcard.drivers import PATHS
from hardware.idcard.errors import (
    BackendUnavailableError,
    HelperError,
    IdCardError,
    NoCardError,
    ReaderTimeoutError,
    ReaderUnavailableError,
    SamStatusError,
)
from hardware.idcard.model import LONG_TERM, CardType, IdentityCard, PhotoStatus
from hardware.idcard.nations import nation_name, sex_name
from hardware.idcard.reader import IdCardReader
from hardware.idcard.textblock import parse_date, parse_text_block
from hardware.idcard.wlt import WltDecoder, attach_photo

ENV_LIB = {"sdtapi": "ZONGCHUANG_SDTAPI_LIB", "termb": "ZONGCHUANG_TERMB_LIB"}
ENV_HELPER = "ZONGCHUANG_IDCARD_HELPER"
USB_PORTS = tuple(range(1001, 1017))
COM_PORTS = tuple(range(1, 17))


def describe_port(port: int) -> str:
    if 1001 <= port <= 1016:
        return f"USB{port - 1000}"
    if 1 <= port <= 16:
        return f"COM{port}"
    return str(port)


def helper_command() -> list[str]:
    """How to start the helper: ``ZONGCHUANG_IDCARD_HELPER`` (e.g. a 32-bit helper exe), the
    frozen executable's hidden ``idcard sdk-helper`` command, or ``python -m``."""
    custom = PATHS.helper
    if custom:
        return shlex.split(custom, posix=sys.platform != "win32")
    if getattr(sys, "frozen", False):
        return [sys.executable, "idcard", "sdk-helper"]
    return [sys.executable, "-m", "hardware.idcard.vendor_helper"]


class HelperProcess:
    """One helper child and a line-reading thread; `call()` enforces a deadline."""

    def __init__(self, command: list[str] | None = None, workdir: str | None = None):
        self.command = command or helper_command()
        self.workdir = workdir or tempfile.mkdtemp(prefix="zongchuang-idcard-")
        self.proc: subprocess.Popen[bytes] | None = None
        self._lines: queue.Queue[bytes | None] = queue.Queue()
        self._next_id = 0
        self._fresh = False
        self.restarts = 0
        self.startup_grace = 20.0

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> None:
        if self.alive:
            return
        if self.proc is not None:
            self.restarts += 1
        env = dict(os.environ)
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self._lines = queue.Queue()
        os.makedirs(self.workdir, exist_ok=True)
        try:
            with open(os.path.join(self.workdir, "helper.log"), "ab") as log:
                self.proc = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                             stderr=log, cwd=self.workdir, env=env)
        except OSError as exc:
            raise BackendUnavailableError(f"无法启动读卡辅助进程：{exc}", f"cannot start the reader helper process: {exc}") from exc
        self._fresh = True  # the first answer also waits for the interpreter to start
        threading.Thread(target=self._pump, args=(self.proc, self._lines), daemon=True).start()

    @staticmethod
    def _pump(proc: subprocess.Popen[bytes], lines: queue.Queue[bytes | None]) -> None:
        assert proc.stdout is not None
        for line in iter(proc.stdout.readline, b""):
            lines.put(line)
        lines.put(None)

    def stop(self, *, remove_workdir: bool = False) -> None:
        proc, self.proc = self.proc, None
        if remove_workdir:
            # the SDK's files (wz.txt, zp.bmp) and its log may hold personal data
            import shutil

            if proc is not None and proc.poll() is None:
                self._terminate(proc)
            shutil.rmtree(self.workdir, ignore_errors=True)
            return
        if proc is None:
            return
        self._terminate(proc)

    def _terminate(self, proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is None:
            try:
                assert proc.stdin is not None
                proc.stdin.close()
                proc.wait(timeout=1)
            except Exception:
                proc.kill()
                proc.wait(timeout=5)

    def _died(self, proc: subprocess.Popen[bytes]) -> HelperError:
        try:
            rc = proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            proc.kill()
            rc = proc.wait()
        if rc in (0xC0000005, -1073741819):  # Windows access violation
            rc = -int(signal.SIGSEGV)
        if rc < 0:
            try:
                sig = signal.Signals(-rc).name
            except ValueError:
                sig = str(-rc)
            zh, en = f"读卡器厂商动态库崩溃（{sig}），辅助进程将自动重启", f"the vendor reader library crashed ({sig}); the helper restarts"
        else:
            zh, en = f"读卡辅助进程意外退出（代码 {rc}）", f"the reader helper exited unexpectedly (code {rc})"
        self.proc = None
        self.restarts += 1
        return HelperError(zh, en, hint_zh="请重新放置证件重试；反复出现请联系运维更换驱动",
                           hint_en="place the card again; if it repeats, ask IT to update the driver")

    def call(self, op: str, timeout: float, **args: Any) -> dict[str, Any]:
        self.start()
        proc = self.proc
        assert proc is not None and proc.stdin is not None
        self._next_id += 1
        rid = self._next_id
        try:
            proc.stdin.write((json.dumps({"id": rid, "op": op, **args}) + "\n").encode())
            proc.stdin.flush()
        except (BrokenPipeError, OSError):
            raise self._died(proc) from None
        deadline = time.monotonic() + timeout + (self.startup_grace if self._fresh else 0.0)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                proc.kill()
                proc.wait(timeout=5)
                self.proc = None
                self.restarts += 1
                raise HelperError(f"读卡器厂商动态库 {timeout:g} 秒无响应，已终止辅助进程（下次自动重启）",
                                  f"the vendor reader library did not answer within {timeout:g} s; helper killed (restarts next time)",
                                  hint_zh="请检查读卡器连接后重试", hint_en="check the reader connection and retry")
            try:
                line = self._lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                raise self._died(proc)
            try:
                reply = json.loads(line)
            except ValueError:
                continue  # stray output; the protocol lines are JSON
            if reply.get("id") != rid:
                continue
            self._fresh = False
            if reply.get("ok"):
                return reply.get("result") or {}
            raise _error_from(reply.get("error") or {})


def _error_from(err: dict[str, Any]) -> IdCardError:
    kind = err.get("kind", "reader")
    zh, en, code = err.get("message_zh", "读卡失败"), err.get("message_en", "read failed"), int(err.get("code") or 0)
    if kind == "no_card":
        return NoCardError(code, zh, en, hint_zh="请将证件放到读卡器上", hint_en="place the card on the reader")
    if kind == "card":
        return SamStatusError(code, zh, en, hint_zh="请重新放置证件", hint_en="place the card again")
    if kind == "timeout":
        return ReaderTimeoutError(zh, en)
    if kind == "unavailable":
        return ReaderUnavailableError(zh, en, hint_zh="请检查读卡器连接和端口号（1-16 串口，1001-1016 USB）",
                                      hint_en="check the reader and the port number (1-16 COM, 1001-1016 USB)")
    if kind == "config":
        return BackendUnavailableError(zh, en)
    return IdCardError(zh, en)


def card_from_termb(fields: dict[str, str]) -> IdentityCard:
    """Build a card from termb getter strings (GBK already decoded)."""
    kind = {"I": CardType.FOREIGN_2017, "J": CardType.HMT_RESIDENCE, "Y": CardType.FOREIGN_2023}.get(
        fields.get("cert_type", "").strip().upper(), CardType.RESIDENT)
    card = IdentityCard(card_type=kind, name=fields.get("name", ""), address=fields.get("address", ""),
                        id_number=fields.get("id", "").upper(), issuing_authority=fields.get("authority", ""))
    card.sex_code = fields.get("sex", "")
    card.sex = sex_name(card.sex_code)
    if kind is CardType.RESIDENT and fields.get("nation"):
        card.nation = nation_name(fields["nation"])
    card.birth_date = parse_date(fields.get("birth", ""))
    card.valid_from = parse_date(fields.get("from", ""))
    to = fields.get("to", "").strip()
    card.valid_to = LONG_TERM if LONG_TERM in to else parse_date(to)
    card.pass_number, card.issue_count = fields.get("pass", ""), fields.get("issues", "")
    if kind in (CardType.FOREIGN_2017, CardType.FOREIGN_2023):
        card.english_name = fields.get("english", "") or (card.name if card.name.isascii() else "")
        card.nationality = fields.get("nationality", "")
        if fields.get("chinese_name"):
            card.name = fields["chinese_name"]
    return card


class VendorReader(IdCardReader):
    """A reader driven by a vendor SDK (`sdtapi` or `termb`) in a helper process."""

    def __init__(self, kind: str, *, lib: str | None = None, port: int | str = 0, timeout: float = 5.0,
                 helper: list[str] | None = None, wlt_decoder: WltDecoder | None = None):
        super().__init__()
        if kind not in ENV_LIB:
            raise BackendUnavailableError(f"未知的厂商 SDK {kind}", f"unknown vendor SDK {kind}")
        self.kind = kind
        self.backend = kind
        self.lib = lib or PATHS.libs.get(kind, "")
        if not self.lib:
            raise BackendUnavailableError(
                f"未配置 {kind} 动态库路径", f"no {kind} library configured",
                hint_zh=f"用 --lib 指定，或设置环境变量 {ENV_LIB[kind]}", hint_en=f"pass --lib or set {ENV_LIB[kind]}")
        try:
            self.port = int(port)
        except ValueError as exc:
            raise BackendUnavailableError(f"端口应为数字（1-16 串口，1001-1016 USB）：{port}",
                                          f"the port is a number (1-16 COM, 1001-1016 USB): {port}") from exc
        self.timeout = timeout
        self.wlt_decoder = wlt_decoder
        self.helper = HelperProcess(helper)
        self.active_port = 0

    def describe(self) -> str:
        return f"{self.kind}:{os.path.basename(self.lib)}:{describe_port(self.active_port or self.port)}"

    def _open(self) -> None:
        if not os.path.exists(self.lib):
            raise BackendUnavailableError(f"找不到读卡器动态库 {self.lib}", f"reader library {self.lib} not found")
        self.helper.start()
        self.helper.call("load", self.timeout, kind=self.kind, lib=os.path.abspath(self.lib), workdir=self.helper.workdir)
        ports = (self.port,) if self.port else USB_PORTS + COM_PORTS
        last: IdCardError | None = None
        for port in ports:
            try:
                self.helper.call("open", self.timeout, port=port)
                self.active_port = port
                return
            except ReaderUnavailableError as exc:
                last = exc
        raise last or ReaderUnavailableError("未找到读卡器", "no reader found")

    def _close(self) -> None:
        try:
            if self.helper.alive:
                self.helper.call("close", 2.0)
        except IdCardError:
            pass
        finally:
            self.helper.stop(remove_workdir=True)

    def _find_card(self, timeout: float) -> bool:
        return bool(self.helper.call("find", self.timeout).get("present"))

    def _read(self) -> IdentityCard:
        result = self.helper.call("read", max(self.timeout, 3.0))
        if self.kind == "sdtapi":
            card = parse_text_block(base64.b64decode(result.get("text", "")))
            return attach_photo(card, base64.b64decode(result.get("photo", "")), self.wlt_decoder)
        card = card_from_termb(result.get("fields") or {})
        if result.get("bmp"):
            card.photo_bmp = base64.b64decode(result["bmp"])
            card.photo_status, card.photo_note = PhotoStatus.DECODED, "termb (SDK)"
        else:
            card.photo_status, card.photo_note = PhotoStatus.ABSENT, "SDK 未提供照片 / the SDK returned no photo"
        return card

    def _read_latest_address(self) -> str | None:
        return self.helper.call("read_address", max(self.timeout, 3.0)).get("address")

    def sam_id(self) -> str:
        return str(self._guard(lambda: self.helper.call("sam_id", self.timeout)).get("sam_id", ""))
