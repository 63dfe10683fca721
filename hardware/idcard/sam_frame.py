"""GA 467 SAM frame codec: build requests, check XOR sums, reassemble a byte stream into
frames, and turn the SW3 status byte into a typed error.

Frame: ``AA AA AA 96 69 | LEN_H LEN_L | body | CHK``. LEN (big-endian) counts every byte after
itself including CHK; CHK is the XOR of LEN_H..last body byte. Requests carry ``CMD PARA
[data]``, responses ``SW1 SW2 SW3 [data]``.

Pure functions and one small stateful decoder; no I/O. Every malformed input raises
`FrameError` (or a subclass) and nothing else — the fuzz test holds it to that.
"""

from __future__ import annotations

from dataclasses import dataclass

from hardware.idcard.errors import (
    ChecksumError,
    FrameError,
    NoCardError,
    SamStatusError,
    SelectCardError,
    TruncatedFrameError,
)

PREAMBLE = bytes.fromhex("AAAAAA9669")
MAX_LEN = 0x1000  # the largest real answer (text + photo + fingerprint) is 0x090A

# commands: (CMD, PARA)
RESET_SAM = (0x10, 0xFF)
SAM_STATUS = (0x11, 0xFF)
SAM_ID = (0x12, 0xFF)
FIND_CARD = (0x20, 0x01)
SELECT_CARD = (0x20, 0x02)
READ_BASE = (0x30, 0x01)
READ_NEW_ADDRESS = (0x30, 0x03)
READ_BASE_FP = (0x30, 0x10)
SET_MAX_RF = (0x61, 0xFF)

SW3_OK = 0x90
SW3_FIND_OK = 0x9F

# SW3 → (Chinese, English, hint_zh, hint_en)
SW3: dict[int, tuple[str, str, str, str]] = {
    0x90: ("操作成功", "success", "", ""),
    0x9F: ("寻卡成功", "card found", "", ""),
    0x91: ("证件中无此项内容（如无追加住址）", "the card holds no such content (e.g. no newer address)", "", ""),
    0x10: ("读卡器收到的命令校验和错误", "the reader got a command with a bad checksum",
           "请检查串口线缆与波特率", "check the cable and the baud rate"),
    0x11: ("读卡器收到的命令长度错误", "the reader got a command with a bad length",
           "请检查串口线缆与波特率", "check the cable and the baud rate"),
    0x21: ("读卡器不支持该命令", "the reader does not support this command", "", ""),
    0x23: ("越权操作", "operation not authorised", "", ""),
    0x24: ("读卡器报告未知错误", "the reader reported an unknown error", "请重新放置证件", "place the card again"),
    0x31: ("证件认证 SAM 失败", "card-to-SAM authentication failed",
           "请确认为真实证件并重新放置", "make sure the card is genuine and place it again"),
    0x32: ("SAM 认证证件失败", "SAM-to-card authentication failed",
           "请确认为真实证件并重新放置", "make sure the card is genuine and place it again"),
    0x33: ("证件信息验证错误", "card information verification failed",
           "请确认为真实证件并重新放置", "make sure the card is genuine and place it again"),
    0x37: ("指纹信息验证错误", "fingerprint data verification failed", "请重新放置证件", "place the card again"),
    0x3F: ("证件信息长度错误", "card information has a bad length", "请重新放置证件", "place the card again"),
    0x40: ("无法识别的证件类型", "unknown card type", "请确认放置的是二代身份证或居住证",
           "place a 2nd-generation ID card or residence permit"),
    0x41: ("读证件操作失败", "reading the card failed", "请将证件平放在读卡区，读完再拿开",
           "keep the card flat on the reader until the read finishes"),
    0x47: ("取随机数失败", "random-number generation failed", "请重新放置证件", "place the card again"),
    0x60: ("SAM 自检失败，读卡器不能使用", "the SAM self-test failed; the reader cannot be used",
           "请联系运维更换读卡器", "ask IT to replace the reader"),
    0x66: ("SAM 未经授权，读卡器不能使用", "the SAM is not authorised; the reader cannot be used",
           "请联系运维更换读卡器", "ask IT to replace the reader"),
    0x80: ("未找到证件", "no card found", "请将证件放到读卡器上", "place the card on the reader"),
    0x81: ("选取证件失败", "selecting the card failed", "请将证件平放，不要移动", "keep the card still on the reader"),
}


def checksum(data: bytes) -> int:
    """XOR of all bytes."""
    x = 0
    for b in data:
        x ^= b
    return x


def build_request(cmd: int, para: int, data: bytes = b"") -> bytes:
    """A complete request frame, e.g. find card → AAAAAA96690003200122."""
    body = bytes((cmd & 0xFF, para & 0xFF)) + bytes(data)
    length = len(body) + 1
    if length > MAX_LEN:
        raise FrameError(f"命令数据过长（{length} 字节）", f"command data too long ({length} bytes)")
    ln = length.to_bytes(2, "big")
    return PREAMBLE + ln + body + bytes((checksum(ln + body),))


@dataclass(frozen=True)
class Response:
    sw1: int
    sw2: int
    sw3: int
    data: bytes

    @property
    def ok(self) -> bool:
        return self.sw3 in (SW3_OK, SW3_FIND_OK)


def status_error(sw3: int) -> SamStatusError:
    """The typed error for a non-success SW3."""
    zh, en, hzh, hen = SW3.get(sw3, (f"读卡器返回未知状态 0x{sw3:02X}", f"the reader returned unknown status 0x{sw3:02X}",
                                     "请重新放置证件；反复出现请联系运维", "place the card again; call IT if it persists"))
    zh, en = f"{zh}（SW3=0x{sw3:02X}）", f"{en} (SW3=0x{sw3:02X})"
    cls = NoCardError if sw3 == 0x80 else SelectCardError if sw3 == 0x81 else SamStatusError
    return cls(sw3, zh, en, hint_zh=hzh, hint_en=hen)


def check_status(resp: Response, expected: tuple[int, ...] = (SW3_OK,)) -> Response:
    if resp.sw3 not in expected:
        raise status_error(resp.sw3)
    return resp


def parse_body(body: bytes) -> Response:
    if len(body) < 3:
        raise FrameError(f"应答过短（{len(body)} 字节，至少应有 SW1 SW2 SW3）",
                         f"response too short ({len(body)} bytes; SW1 SW2 SW3 expected)")
    return Response(body[0], body[1], body[2], bytes(body[3:]))


def decode_frame(frame: bytes) -> bytes:
    """Validate one complete frame and return its body (without LEN and CHK)."""
    frame = bytes(frame)
    if len(frame) < len(PREAMBLE) + 3:
        raise TruncatedFrameError("帧不完整", "incomplete frame")
    if not frame.startswith(PREAMBLE):
        raise FrameError("帧头错误（应为 AA AA AA 96 69）", "bad frame header (expected AA AA AA 96 69)")
    length = int.from_bytes(frame[5:7], "big")
    if length < 1 or length > MAX_LEN:
        raise FrameError(f"帧长度不合理（{length}）", f"implausible frame length ({length})")
    total = 7 + length
    if len(frame) < total:
        raise TruncatedFrameError(f"帧被截断（应有 {total} 字节，收到 {len(frame)} 字节）",
                                  f"truncated frame ({len(frame)} of {total} bytes)")
    if len(frame) > total:
        raise FrameError(f"帧后有多余数据（{len(frame) - total} 字节）", f"{len(frame) - total} stray bytes after the frame")
    want = checksum(frame[5:total - 1])
    if frame[total - 1] != want:
        raise ChecksumError(f"帧校验和错误（收到 0x{frame[total - 1]:02X}，应为 0x{want:02X}）",
                            f"frame checksum error (got 0x{frame[total - 1]:02X}, expected 0x{want:02X})",
                            hint_zh="线路干扰或波特率不对；请重试", hint_en="line noise or a wrong baud rate; retry")
    return frame[7:total - 1]


def decode_response(frame: bytes) -> Response:
    return parse_body(decode_frame(frame))


class FrameDecoder:
    """Streaming reassembly: `feed()` bytes as they arrive, get complete frame bodies back.

    Junk before a preamble is skipped (counted in `skipped`). A frame with a bad checksum or
    impossible length raises `FrameError`; the decoder has already dropped it, so the caller may
    keep feeding. `pending` tells whether a frame has started but not finished (used to tell a
    truncated answer from silence).
    """

    def __init__(self) -> None:
        self._buf = bytearray()
        self._ready: list[bytes] = []  # bodies decoded before an error, handed out next time
        self.skipped = 0

    @property
    def pending(self) -> bool:
        return len(self._buf) > 0

    def reset(self) -> None:
        self._buf.clear()
        self._ready.clear()

    def feed(self, data: bytes) -> list[bytes]:
        self._buf += data
        out, self._ready = self._ready, []
        while True:
            try:
                body = self._next()
            except FrameError:
                self._ready = out
                raise
            if body is None:
                return out
            out.append(body)

    def _next(self) -> bytes | None:
        buf = self._buf
        idx = buf.find(PREAMBLE)
        if idx < 0:
            # keep a tail that could be the start of a preamble
            keep = 0
            for k in range(min(len(PREAMBLE) - 1, len(buf)), 0, -1):
                if buf.endswith(PREAMBLE[:k]):
                    keep = k
                    break
            self.skipped += len(buf) - keep
            del buf[: len(buf) - keep]
            return None
        if idx:
            self.skipped += idx
            del buf[:idx]
        if len(buf) < 7:
            return None
        length = int.from_bytes(buf[5:7], "big")
        if length < 4 or length > MAX_LEN:
            # not a real response header: drop one preamble byte and resynchronise
            del buf[:1]
            self.skipped += 1
            raise FrameError(f"帧长度不合理（{length}）", f"implausible frame length ({length})")
        total = 7 + length
        if len(buf) < total:
            return None
        frame = bytes(buf[:total])
        del buf[:total]
        return decode_frame(frame)
