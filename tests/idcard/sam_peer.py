"""A SAM reader simulator for tests: the device side of GA 467, on a pseudo-terminal pair.

Written from the protocol description (docs/shared hardware notes), independently of
`hardware.idcard.sam_frame` / `textblock`: nothing here imports the product's codec, so a
mistake shared by encoder and decoder cannot hide. It plays a real device: it reads request
frames from the pty master byte by byte and answers them, with switches for the faults the
product must survive (bad checksum, truncated answer, no card, select failure, silence, hang-up
mid-frame, junk on the line, answers dribbled out in small pieces).
"""

from __future__ import annotations

import os
import select
import struct
import threading
import time
import tty
from dataclasses import dataclass, field

HEAD = b"\xaa\xaa\xaa\x96\x69"


# ---- text block encoding, from the layout tables (byte offsets, UCS-2LE, space padded) ----------

def put(block: bytearray, offset: int, size: int, text: str) -> None:
    raw = text.encode("utf-16-le")
    assert len(raw) <= size, (text, size)
    raw = raw + " ".encode("utf-16-le") * ((size - len(raw)) // 2)
    block[offset:offset + size] = raw


@dataclass
class PeerCard:
    """What the simulated chip holds. `kind` is '', 'I', 'J' or 'Y'."""

    kind: str = ""
    name: str = "张三"
    sex: str = "1"
    nation: str = "01"
    birth: str = "19900307"
    address: str = "北京市东城区景山前街4号"
    number: str = "11010119900307803X"
    authority: str = "北京市公安局东城分局"
    start: str = "20150301"
    end: str = "20350301"
    english: str = ""
    nationality: str = ""
    pass_no: str = ""
    issues: str = ""
    renewals: str = ""
    version: str = ""
    authority_code: str = ""
    new_address: str | None = None
    photo: bytes = field(default_factory=lambda: bytes((i * 7) & 0xFF for i in range(1024)))

    def text_block(self) -> bytes:
        b = bytearray(" ".encode("utf-16-le") * 128)
        if self.kind == "I":
            put(b, 0, 120, self.english)
            put(b, 120, 2, self.sex)
            put(b, 122, 30, self.number)
            put(b, 152, 6, self.nationality)
            put(b, 158, 30, self.name)
            put(b, 188, 16, self.start)
            put(b, 204, 16, self.end)
            put(b, 220, 16, self.birth)
            put(b, 236, 4, self.version)
            put(b, 240, 8, self.authority_code)
            put(b, 248, 2, "I")
        elif self.kind == "Y":
            put(b, 0, 30, self.name)
            put(b, 30, 2, self.sex)
            put(b, 32, 4, self.renewals)
            put(b, 36, 16, self.birth)
            put(b, 52, 70, self.english[:35])   # characters 1-35
            put(b, 122, 36, self.number)
            put(b, 188, 16, self.start)
            put(b, 204, 16, self.end)
            put(b, 220, 22, self.english[35:46])  # characters 36-46
            put(b, 242, 6, self.nationality)
            put(b, 248, 2, "Y")
        else:
            put(b, 0, 30, self.name)
            put(b, 30, 2, self.sex)
            if self.kind != "J":
                put(b, 32, 4, self.nation)
            put(b, 36, 16, self.birth)
            put(b, 52, 70, self.address)
            put(b, 122, 36, self.number)
            put(b, 158, 30, self.authority)
            put(b, 188, 16, self.start)
            put(b, 204, 16, self.end)
            if self.kind == "J":
                put(b, 220, 18, self.pass_no)
                put(b, 238, 4, self.issues)
                put(b, 248, 2, "J")
        assert len(b) == 256
        return bytes(b)


RESIDENT = PeerCard()
RESIDENT_LONG = PeerCard(name="李秀英", sex="2", nation="03", birth="19560812", number="440103195608120027",
                         address="广东省广州市荔湾区龙津西路18号", authority="广州市公安局荔湾分局",
                         start="20120115", end="长期")
HMT = PeerCard(kind="J", name="陈大文", sex="1", birth="19851120", number="810000198511200010",
               address="广东省深圳市福田区福华三路100号", authority="深圳市公安局", start="20200601",
               end="20250601", pass_no="H12345678", issues="02", nation="")
FOREIGN_2023 = PeerCard(kind="Y", name="安娜", sex="2", birth="19880514", number="931643198805140026",
                        english="PETROVA ANNA SERGEEVNA MARIA ALEXANDRA KATERINA IVA", nationality="RUS",
                        renewals="01", start="20231201", end="20331201", authority="", address="")
FOREIGN_2017 = PeerCard(kind="I", name="", sex="1", birth="19750203",
                        number="USA110075020318", english="SMITH JOHN", nationality="USA",
                        start="20170601", end="20270601", version="01", authority_code="1100", address="")


def checksum(data: bytes) -> int:
    c = 0
    for x in data:
        c ^= x
    return c


def frame(sw3: int, payload: bytes = b"") -> bytes:
    inner = bytes([0, 0, sw3]) + payload
    length = struct.pack(">H", len(inner) + 1)
    return HEAD + length + inner + bytes([checksum(length + inner)])


@dataclass
class PeerConfig:
    card: PeerCard | None = None
    select_fail: bool = False       # answer select with 0x81
    read_fail: int | None = None    # SW3 to answer the read with (e.g. 0x41)
    corrupt: int = 0                # this many read answers get a wrong checksum
    truncate_read: bool = False     # send only part of the read answer, then go quiet
    hangup_mid_read: bool = False   # send part of the read answer, then close the line
    silent: bool = False            # never answer (a dead or very slow device)
    delay: float = 0.0              # wait this long before each answer
    dribble: bool = False           # send answers in 7-byte pieces
    junk: bytes = b""               # bytes on the line before every answer
    sam_id: bytes = bytes([5, 0, 1, 0]) + struct.pack("<III", 20111114, 8236483, 2147485175)
    sam_id_sw3: int = 0x90          # e.g. 0x60: the SAM failed its self-test


class SamPeer:
    """Device simulator on a pty. `path` is what the reader opens."""

    def __init__(self, config: PeerConfig | None = None, link: str | None = None):
        self.config = config or PeerConfig()
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        tty.setraw(self.master)
        self.tty_path = os.ttyname(self.slave)
        self.path = self.tty_path
        if link:
            if os.path.lexists(link):
                os.unlink(link)
            os.symlink(self.tty_path, link)
            self.path = link
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        self._closed = False
        self._thread = threading.Thread(target=self._run, daemon=True, name="sam-peer")
        self._thread.start()

    # -- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._hangup()

    def _hangup(self) -> None:
        if not self._closed:
            self._closed = True
            for fd in (self.master, self.slave):
                try:
                    os.close(fd)
                except OSError:
                    pass

    # -- the device loop ------------------------------------------------------------------------
    def _run(self) -> None:
        buf = b""
        while not self._stop.is_set() and not self._closed:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.05)
                if not ready:
                    continue
                buf += os.read(self.master, 4096)
            except OSError:
                return
            while True:
                start = buf.find(HEAD)
                if start < 0:
                    buf = buf[-4:]
                    break
                buf = buf[start:]
                if len(buf) < 7:
                    break
                n = struct.unpack(">H", buf[5:7])[0]
                if len(buf) < 7 + n:
                    break
                req, buf = buf[:7 + n], buf[7 + n:]
                self.requests.append(req)
                if checksum(req[5:-1]) != req[-1]:
                    self._send(frame(0x10))
                    continue
                self._answer(req[7], req[8])
                if self._closed:
                    return

    def _answer(self, cmd: int, para: int) -> None:
        c = self.config
        if c.silent:
            return
        if c.delay:
            time.sleep(c.delay)
        card = c.card
        if (cmd, para) == (0x12, 0xFF):
            self._send(frame(c.sam_id_sw3, c.sam_id if c.sam_id_sw3 == 0x90 else b""))
        elif (cmd, para) in ((0x10, 0xFF), (0x11, 0xFF)):
            self._send(frame(0x90))
        elif (cmd, para) == (0x20, 0x01):
            self._send(frame(0x9F, b"\x00" * 4) if card else frame(0x80))
        elif (cmd, para) == (0x20, 0x02):
            self._send(frame(0x90, b"\x00" * 8) if card and not c.select_fail else frame(0x81))
        elif (cmd, para) in ((0x30, 0x01), (0x30, 0x10)):
            if card is None:
                self._send(frame(0x80))
            elif c.read_fail is not None:
                self._send(frame(c.read_fail))
            else:
                text, photo = card.text_block(), card.photo
                payload = struct.pack(">HH", len(text), len(photo))
                if para == 0x10:
                    payload = struct.pack(">HHH", len(text), len(photo), 1024)
                payload += text + photo + (b"\x11" * 1024 if para == 0x10 else b"")
                out = frame(0x90, payload)
                if c.corrupt:
                    c.corrupt -= 1
                    out = out[:-1] + bytes([out[-1] ^ 0x5A])
                if c.truncate_read:
                    out = out[:700]
                if c.hangup_mid_read:
                    self._send(out[:500])
                    time.sleep(0.1)
                    self._hangup()
                    return
                self._send(out)
        elif (cmd, para) == (0x30, 0x03):
            if card is None or card.new_address is None:
                self._send(frame(0x91))
            else:
                raw = card.new_address.encode("utf-16-le")
                self._send(frame(0x90, raw + " ".encode("utf-16-le") * ((70 - len(raw)) // 2)))
        else:
            self._send(frame(0x21))

    def _send(self, data: bytes) -> None:
        data = self.config.junk + data
        try:
            if self.config.dribble:
                for i in range(0, len(data), 7):
                    os.write(self.master, data[i:i + 7])
                    time.sleep(0.001)
            else:
                os.write(self.master, data)
        except OSError:
            pass
