"""`sam-serial` backend: the GA 467 SAM protocol over a serial port (USB-CDC or COM), pure Python.

The sequence for one read is find card (20 01 → 9F), select card (20 02 → 90), read text +
photo (30 01 → 90 + lengths + 256-byte text + 1024-byte WLT), optionally newest address
(30 03). Every command waits for one complete frame. A frame with a bad checksum is reported
(`ChecksumError`, "bad frame") rather than silently retried; `retries=N` re-sends the command
N more times first, for lines known to be noisy.
"""

from __future__ import annotations

import time
from typing import Any

from hardware.idcard import sam_frame as sf
from hardware.idcard.errors import (
    BackendUnavailableError,
    ChecksumError,
    FrameError,
    ReaderTimeoutError,
    ReaderUnavailableError,
    SamStatusError,
    TruncatedFrameError,
)
from hardware.idcard.model import IdentityCard
from hardware.idcard.reader import IdCardReader
from hardware.idcard.textblock import parse_text_block
from hardware.idcard.wlt import WltDecoder, attach_photo

try:  # a pty/USB-serial node that vanished raises termios.error (not an OSError) from tcflush
    import termios

    _TTY_ERRORS: tuple[type[BaseException], ...] = (termios.error,)
except ImportError:  # Windows
    _TTY_ERRORS = ()

DEFAULT_BAUD = 115200
READ_MIN_TIMEOUT = 2.0  # a real SAM needs about a second for text + photo


def format_sam_id(data: bytes) -> str:
    """SAM ID as printed on readers: ``05.01-20111114-0008236483-2147485175``."""
    if len(data) < 16:
        raise FrameError(f"SAM 编号长度错误（{len(data)} 字节）", f"SAM ID has {len(data)} bytes, 16 expected")

    def u32(i: int) -> int:
        return int.from_bytes(data[i:i + 4], "little")

    return f"{data[0]:02d}.{data[2]:02d}-{u32(4)}-{u32(8):010d}-{u32(12):010d}"


def split_read_data(data: bytes, with_fingerprint: bool = False) -> tuple[bytes, bytes, bytes]:
    """(text, photo, fingerprint) out of a read answer's data, lengths checked."""
    n = 3 if with_fingerprint else 2
    if len(data) < 2 * n:
        raise FrameError("读卡应答缺少长度字段", "read answer lacks its length fields")
    lengths = [int.from_bytes(data[2 * i:2 * i + 2], "big") for i in range(n)]
    need = 2 * n + sum(lengths)
    if len(data) < need:
        raise FrameError(f"读卡应答长度不符（声明 {need} 字节，实际 {len(data)} 字节）",
                         f"read answer declares {need} bytes but carries {len(data)}")
    pos, parts = 2 * n, []
    for ln in lengths:
        parts.append(data[pos:pos + ln])
        pos += ln
    if not with_fingerprint:
        parts.append(b"")
    return parts[0], parts[1], parts[2]


def _ucs2(data: bytes) -> str:
    data = data[: len(data) // 2 * 2]
    try:
        return data.decode("utf-16-le", errors="replace").split("\x00")[0].strip(" \u3000")
    except Exception:  # pragma: no cover - errors="replace" does not raise
        return ""


class SamSerialReader(IdCardReader):
    backend = "sam-serial"

    def __init__(self, port: str, baudrate: int = DEFAULT_BAUD, *, timeout: float = 3.0,
                 fingerprint: bool = False, wlt_decoder: WltDecoder | None = None, retries: int = 0,
                 follow: bool = False):
        """`follow=True` (used when the port was found by discovery): if the port is gone on
        reopen — a USB-serial reader replugged often comes back as another ttyUSB/COM — probe
        the candidate ports again and follow the reader there."""
        super().__init__()
        self.port = port
        self.follow = follow
        self.baudrate = baudrate
        self.timeout = timeout
        self.fingerprint = fingerprint
        self.wlt_decoder = wlt_decoder
        self.retries = retries
        self._ser = None
        self._decoder = sf.FrameDecoder()

    def describe(self) -> str:
        return f"sam-serial:{self.port}@{self.baudrate}"

    # -- transport ----------------------------------------------------------------------------
    def _open(self) -> None:
        try:
            self._open_port()
        except ReaderUnavailableError:
            if not self.follow:
                raise
            from hardware.idcard.discovery import probe_serial

            found = [d["port"] for d in probe_serial(timeout=0.4, baudrate=self.baudrate) if d["sam_id"]]
            if not found:
                raise
            self.port = found[0]
            self._open_port()

    def _open_port(self) -> None:
        import serial  # pyserial

        try:
            self._ser = serial.Serial(self.port, self.baudrate, timeout=0.05, write_timeout=2.0)
        except (serial.SerialException, OSError, ValueError) as exc:
            raise ReaderUnavailableError(f"无法打开读卡器串口 {self.port}：{exc}",
                                         f"cannot open reader port {self.port}: {exc}",
                                         hint_zh="请检查读卡器是否接好、端口是否正确（zongchuang devices 可列出端口）",
                                         hint_en="check the cable and the port (zongchuang devices lists ports)") from exc
        self._decoder.reset()

    def _close(self) -> None:
        ser, self._ser = self._ser, None
        if ser is not None:
            try:
                ser.close()
            except Exception:
                pass

    def _lost(self, exc: BaseException) -> ReaderUnavailableError:
        return ReaderUnavailableError(f"读卡器 {self.port} 连接中断：{exc}", f"reader on {self.port} went away: {exc}",
                                      hint_zh="请重新插好读卡器，系统会自动重连", hint_en="plug the reader back in; it reconnects by itself")

    def command(self, op: tuple[int, int], data: bytes = b"", *, timeout: float | None = None) -> sf.Response:
        """Send one request and return the decoded answer (SW3 not yet checked)."""
        attempts = self.retries + 1
        for attempt in range(attempts):
            try:
                return self._exchange(sf.build_request(op[0], op[1], data), timeout or self.timeout)
            except ChecksumError:
                if attempt + 1 >= attempts:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _exchange(self, frame: bytes, timeout: float) -> sf.Response:
        import serial

        ser = self._ser
        if ser is None:
            raise self._lost(RuntimeError("port closed"))
        self._decoder.reset()
        try:
            ser.reset_input_buffer()
            ser.write(frame)
            ser.flush()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                chunk = ser.read(max(1, ser.in_waiting))
                if chunk:
                    bodies = self._decoder.feed(chunk)
                    if bodies:
                        return sf.parse_body(bodies[0])
        except FrameError:
            self._decoder.reset()
            raise
        except (serial.SerialException, OSError, *_TTY_ERRORS) as exc:
            raise self._lost(exc) from exc
        if self._decoder.pending:
            self._decoder.reset()
            raise TruncatedFrameError(f"读卡器应答不完整（{timeout:g} 秒内未收全）",
                                      f"the reader's answer was cut short (incomplete after {timeout:g} s)",
                                      hint_zh="请检查线缆与波特率后重试", hint_en="check the cable and baud rate, then retry")
        raise ReaderTimeoutError(f"读卡器 {timeout:g} 秒内无应答", f"no answer from the reader within {timeout:g} s",
                                 hint_zh="请检查端口、波特率和读卡器电源", hint_en="check the port, the baud rate and the reader's power")

    # -- protocol -----------------------------------------------------------------------------
    def sam_id(self) -> str:
        resp = sf.check_status(self._guard(self.command, sf.SAM_ID))
        return format_sam_id(resp.data)

    def _find_card(self, timeout: float) -> bool:
        budget = self.timeout  # the device's answer time, not what is left of the wait
        for attempt in range(3):
            find = self.command(sf.FIND_CARD, timeout=budget)
            if find.sw3 == 0x80:
                return False
            sf.check_status(find, (sf.SW3_FIND_OK, sf.SW3_OK))
            select = self.command(sf.SELECT_CARD, timeout=budget)
            if select.sw3 == sf.SW3_OK:
                return True
            if select.sw3 != 0x81 or attempt == 2:
                raise sf.status_error(select.sw3)
        raise AssertionError("unreachable")  # pragma: no cover

    def _read(self) -> IdentityCard:
        op = sf.READ_BASE_FP if self.fingerprint else sf.READ_BASE
        resp = self.command(op, timeout=max(self.timeout, READ_MIN_TIMEOUT))
        if resp.sw3 == 0x80:
            raise sf.status_error(0x80)
        sf.check_status(resp)
        text, photo, fp = split_read_data(resp.data, self.fingerprint)
        card = parse_text_block(text)
        card.fingerprint = fp
        card.backend = self.backend
        return attach_photo(card, photo, self.wlt_decoder)

    def _read_latest_address(self) -> str | None:
        resp = self.command(sf.READ_NEW_ADDRESS, timeout=max(self.timeout, READ_MIN_TIMEOUT))
        if resp.sw3 == 0x91:
            return None
        sf.check_status(resp)
        return _ucs2(resp.data) or None


def probe_port_status(port: str, baudrate: int = DEFAULT_BAUD, timeout: float = 0.5) -> tuple[str, str, str]:
    """(sam_id, status, detail) for `port`: status ``ready`` (SAM answered its ID), ``sam_error``
    (a SAM answered with an error status — a reader, but not usable), ``no_sam_answer``, or
    ``unavailable`` (the port cannot be opened)."""
    reader = SamSerialReader(port, baudrate, timeout=timeout, retries=0)
    try:
        reader.open()
        return reader.sam_id(), "ready", ""
    except SamStatusError as exc:
        return "", "sam_error", exc.message_zh
    except ReaderUnavailableError as exc:
        return "", "unavailable", exc.message_zh
    except (FrameError, ReaderTimeoutError) as exc:
        return "", "no_sam_answer", exc.message_zh
    finally:
        reader.close()


def open_sam_serial(port: str | None = None, **options: Any) -> SamSerialReader:
    """The `sam-serial` backend's factory: a port is required."""
    if not port:
        raise BackendUnavailableError("sam-serial 需要指定串口（--port）", "sam-serial needs a port (--port)",
                                      hint_zh="例如 /dev/ttyUSB0 或 COM3", hint_en="e.g. /dev/ttyUSB0 or COM3")
    return SamSerialReader(str(port), **options)
