"""A 社会保障卡 emulator speaking the vpcd socket protocol (vsmartcard's virtual PCD driver).

pcscd loads `libifdvpcd.so`, which listens on TCP 35963; a virtual card connects to it. Each
message is a 2-byte big-endian length plus payload: a 1-byte payload is a control code (0 power
off, 1 power on, 2 reset, 4 = send the ATR), anything else is a command APDU answered with a
length-prefixed response APDU. Written for the tests from that description, independent of the
product's PC/SC code. The card holds DDF1 (by name), EF05 record 7 and the EF06 records.
"""

from __future__ import annotations

import socket
import struct
import threading
import time

DDF1_NAME = bytes.fromhex("7378312E73682EC9E7BBE1B1A3D5CF")
ATR = bytes.fromhex("3B6D00000081544A4D000000000000")


def bcd(digits: str) -> bytes:
    if len(digits) % 2:
        digits += "F"
    return bytes.fromhex(digits)


class SocialSecurityCard:
    def __init__(self, *, card_number: str = "A12345678", id_number: str = "11010119900307803X",
                 name: str = "张三", sex: str = "1", nation: str = "01", birthplace: str = "110101",
                 birth: str = "19900307", missing: tuple[int, ...] = (), get_response: bool = False):
        self.card_number = card_number
        self.records = {
            0x08: id_number.encode("ascii"),
            0x09: name.encode("gbk").ljust(30, b"\x00"),
            0x0A: sex.encode("ascii"),
            0x0B: bcd(nation),
            0x0C: bcd(birthplace),
            0x0D: bcd(birth),
        }
        self.missing = set(missing)
        self.get_response = get_response  # answer SELECT with 61xx and make the host fetch it
        self.selected = "MF"
        self._pending = b""
        self.apdus: list[bytes] = []

    def respond(self, apdu: bytes) -> bytes:
        self.apdus.append(apdu)
        cla, ins, p1, p2 = apdu[:4]
        body = apdu[5:5 + apdu[4]] if len(apdu) > 5 else b""
        if ins == 0xA4 and p1 == 0x04:
            if body == DDF1_NAME:
                self.selected = "DDF1"
                fci = bytes.fromhex("6F0A840F") + DDF1_NAME[:6]
                if self.get_response:
                    self._pending = fci
                    return bytes([0x61, len(fci)])
                return b"\x90\x00"
            return b"\x6a\x82"
        if ins == 0xA4 and p1 == 0x02:
            if self.selected in ("DDF1", "EF06") and body == b"\xef\x06":
                self.selected = "EF06"
                return b"\x90\x00"
            return b"\x6a\x82"
        if ins == 0xC0:
            data, self._pending = self._pending, b""
            return data + b"\x90\x00" if data else b"\x6f\x00"
        if ins == 0xB2:
            if p2 == 0x2C and p1 == 0x07 and self.selected in ("DDF1", "EF06"):
                value = self.card_number.encode("ascii").ljust(9, b"\x00")
                return bytes([0x07, len(value)]) + value + b"\x90\x00"
            # P2 b3-b1 = 000: P1 is the record identifier (the tag); 100: P1 is the record number
            if p2 in (0x00, 0x04) and self.selected == "EF06" and p1 in self.records:
                if p1 in self.missing:
                    return b"\x6a\x83"
                value = self.records[p1]
                return bytes([p1, len(value)]) + value + b"\x90\x00"
            return b"\x6a\x83"
        return b"\x6d\x00"


class VpcdCard:
    """Connects a card to vpcd on `port`; `stop()` takes the card away."""

    def __init__(self, card: SocialSecurityCard, port: int = 35963, host: str = "127.0.0.1"):
        self.card = card
        self.port, self.host = port, host
        self._stop = threading.Event()
        self.sock: socket.socket | None = None
        deadline = time.monotonic() + 10
        while True:
            try:
                self.sock = socket.create_connection((host, port), timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self.sock.settimeout(0.2)
        self._thread = threading.Thread(target=self._run, daemon=True, name="vpcd-card")
        self._thread.start()

    def _recv(self, n: int) -> bytes | None:
        buf = b""
        while len(buf) < n:
            if self._stop.is_set():
                return None
            try:
                chunk = self.sock.recv(n - len(buf))  # type: ignore[union-attr]
            except TimeoutError:
                continue
            except OSError:
                return None
            if not chunk:
                return None
            buf += chunk
        return buf

    def _send(self, payload: bytes) -> None:
        self.sock.sendall(struct.pack(">H", len(payload)) + payload)  # type: ignore[union-attr]

    def _run(self) -> None:
        while not self._stop.is_set():
            head = self._recv(2)
            if head is None:
                return
            msg = self._recv(struct.unpack(">H", head)[0])
            if msg is None:
                return
            if len(msg) == 1:
                if msg[0] == 4:
                    self._send(ATR)
                # 0 off, 1 on, 2 reset: nothing to answer
                continue
            self._send(self.card.respond(msg))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        if self.sock is not None:
            self.sock.close()
