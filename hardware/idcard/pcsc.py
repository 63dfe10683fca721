"""`pcsc` backend: the 社会保障卡 (social security card) basic data over PC/SC, no PIN.

Sequence (no VERIFY, no external authentication): select DDF1 by name "sx1.sh.社会保障",
read the card number (EF05 record 7), select EF06, read records 08 (社会保障号码 = ID number),
09 (name, GBK), 0A (sex), 0B (nation, BCD), 0C (birthplace, BCD region), 0D (birth date, BCD).
Each record is TLV: tag = record number, one length byte, value. Regions differ in what they
fill in, so a missing record (6A83/6A82, wrong tag, empty value) becomes an absent field; only
a card that answers nothing useful is an error. ``61xx`` is followed by GET RESPONSE and
``6Cxx`` is retried with the right Le.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hardware.idcard.errors import (
    BackendUnavailableError,
    NoCardError,
    ReaderUnavailableError,
    SamStatusError,
)
from hardware.idcard.model import CardType, IdentityCard, PhotoStatus
from hardware.idcard.nations import nation_name, sex_name
from hardware.idcard.reader import IdCardReader
from hardware.idcard.textblock import parse_date

SELECT_DDF1 = bytes.fromhex("00A404000F7378312E73682EC9E7BBE1B1A3D5CF")
READ_CARD_NUMBER = bytes.fromhex("00B2072C0B")
SELECT_EF06 = bytes.fromhex("00A4020002EF06")
RECORDS = {  # tag: (apdu, field)
    0x08: (bytes.fromhex("00B2080014"), "id_number"),
    0x09: (bytes.fromhex("00B2090020"), "name"),
    0x0A: (bytes.fromhex("00B20A0003"), "sex"),
    0x0B: (bytes.fromhex("00B20B0003"), "nation"),
    0x0C: (bytes.fromhex("00B20C0005"), "birthplace"),
    0x0D: (bytes.fromhex("00B20D0006"), "birth_date"),
}


def tlv_value(data: bytes, tag: int) -> bytes | None:
    """The value of a one-record TLV answer; None when the tag or length does not fit."""
    if len(data) < 2 or data[0] != tag:
        return None
    n = data[1]
    if n == 0 or len(data) < 2 + n:
        return None
    return bytes(data[2:2 + n])


def bcd(data: bytes) -> str:
    return "".join(f"{b >> 4:X}{b & 0xF:X}" for b in data).rstrip("F")


def digits(data: bytes) -> str:
    """A numeric field: BCD as the spec says, or ASCII digits as some issuers write it."""
    raw = data.rstrip(b"\x00\x20\xff")
    if raw and all(0x30 <= b <= 0x39 for b in raw):
        return raw.decode("ascii")
    return bcd(data)


def text_gbk(data: bytes) -> str:
    return data.split(b"\x00")[0].decode("gbk", "replace").strip(" \u3000\xff")


@dataclass
class Answer:
    data: bytes
    sw1: int
    sw2: int

    @property
    def ok(self) -> bool:
        return self.sw1 == 0x90 and self.sw2 == 0x00

    @property
    def sw(self) -> str:
        return f"{self.sw1:02X}{self.sw2:02X}"


def decode_ssc(card_number: bytes | None, records: dict[int, bytes | None]) -> IdentityCard:
    """Build the card from the raw record answers (pure, unit-testable)."""
    card = IdentityCard(card_type=CardType.SOCIAL_SECURITY, backend="pcsc")
    if card_number is not None:
        v = tlv_value(card_number, 0x07)
        if v:
            card.card_number = v.decode("ascii", "replace").strip(" \x00")
    values = {tag: tlv_value(raw, tag) if raw is not None else None for tag, raw in records.items()}
    if values.get(0x08):
        card.id_number = values[0x08].decode("ascii", "replace").strip(" \x00").upper()
    if values.get(0x09):
        card.name = text_gbk(values[0x09])
    if values.get(0x0A):
        raw = values[0x0A]
        code = raw.decode("ascii", "replace").strip(" \x00") if raw[:1].isdigit() else str(raw[0])
        card.sex_code, card.sex = code, sex_name(code)
    if values.get(0x0B):
        card.nation_code = digits(values[0x0B])[-2:].zfill(2)
        card.nation = nation_name(card.nation_code)
    if values.get(0x0C):
        card.birthplace_code = digits(values[0x0C])
    if values.get(0x0D):
        card.birth_date = parse_date(digits(values[0x0D]))
    missing = [RECORDS[t][1] for t, v in values.items() if not v]
    if missing:
        card.warnings.append(f"本地区社保卡未提供：{'、'.join(missing)} / not on this card: {', '.join(missing)}")
    card.photo_status, card.photo_note = PhotoStatus.ABSENT, "社保卡照片需安全模块，不读取 / the SSC photo needs a PSAM; not read"
    return card


class PcscSocialSecurityReader(IdCardReader):
    backend = "pcsc"

    def __init__(self, reader: str | None = None, *, timeout: float = 3.0):
        super().__init__()
        self.reader_name = reader
        self.timeout = timeout
        self._reader: Any = None
        self._conn: Any = None

    def describe(self) -> str:
        return f"pcsc:{self.reader_name or '(first reader)'}"

    def _modules(self):
        try:
            from smartcard import Exceptions, System  # noqa: F401
        except ImportError as exc:
            raise BackendUnavailableError("未安装 pyscard，无法使用 PC/SC 读卡器", "pyscard is not installed; PC/SC is unavailable",
                                          hint_zh="pip install 'zongchuang[pcsc]'（Linux 需 libpcsclite-dev）",
                                          hint_en="pip install 'zongchuang[pcsc]' (Linux needs libpcsclite-dev)") from exc
        return System, Exceptions

    def available(self) -> list[str]:
        System, _ = self._modules()
        try:
            return [str(r) for r in System.readers()]
        except Exception as exc:  # EstablishContextException (no service) and list errors
            raise ReaderUnavailableError(f"PC/SC 服务不可用：{exc}", f"the PC/SC service is unavailable: {exc}",
                                         hint_zh="请确认智能卡服务（pcscd / SCardSvr）已启动",
                                         hint_en="make sure the smart-card service (pcscd / SCardSvr) is running") from exc

    def _open(self) -> None:
        System, _ = self._modules()
        names = self.available()
        if not names:
            raise ReaderUnavailableError("没有检测到 PC/SC 读卡器", "no PC/SC reader found",
                                         hint_zh="请插好社保卡读卡器", hint_en="plug in the card reader")
        if self.reader_name:
            match = [n for n in names if n == self.reader_name] or [n for n in names if self.reader_name in n]
            if not match:
                raise ReaderUnavailableError(f"找不到读卡器“{self.reader_name}”（现有：{'；'.join(names)}）",
                                             f"no reader '{self.reader_name}' (present: {'; '.join(names)})")
            chosen = match[0]
        else:
            chosen = names[0]
        self._reader = next(r for r in System.readers() if str(r) == chosen)
        self.reader_name = self.reader_name or chosen

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.disconnect()
            except Exception:
                pass

    def _close(self) -> None:
        self._disconnect()
        self._reader = None

    def _connect(self) -> bool:
        _, Exceptions = self._modules()
        if self._conn is not None:
            return True
        conn = self._reader.createConnection()
        try:
            conn.connect()
        except Exceptions.NoCardException:
            return False
        except Exceptions.CardConnectionException as exc:
            text = str(exc)
            # removed / no smart card / unpowered / unresponsive / reset: a card coming or going
            if any(code in text for code in ("0x80100069", "0x8010000C", "0x80100067", "0x80100066", "0x80100068")) \
                    or "removed" in text.lower():
                return False
            if "0x80100009" in text or "Unknown reader" in text or "0x80100017" in text:
                raise ReaderUnavailableError(f"读卡器已断开：{exc}", f"the reader went away: {exc}") from exc
            raise SamStatusError(0, f"无法连接卡片：{exc}", f"cannot connect to the card: {exc}",
                                 hint_zh="请重新插卡", hint_en="insert the card again") from exc
        self._conn = conn
        return True

    def _find_card(self, timeout: float) -> bool:
        if self._conn is not None:
            self._disconnect()  # re-probe presence: the card may have been swapped
        return self._connect()

    def transmit(self, apdu: bytes) -> Answer:
        _, Exceptions = self._modules()
        try:
            data, sw1, sw2 = self._conn.transmit(list(apdu))
            if sw1 == 0x6C:  # wrong Le: repeat with the right one
                data, sw1, sw2 = self._conn.transmit(list(apdu[:4]) + [sw2])
            out = list(data)
            while sw1 == 0x61:  # more data: GET RESPONSE
                more, sw1, sw2 = self._conn.transmit([0x00, 0xC0, 0x00, 0x00, sw2])
                out += list(more)
        except Exceptions.CardConnectionException as exc:
            self._disconnect()
            raise NoCardError(0x80, f"读卡过程中卡片被拔出：{exc}", f"the card was removed while reading: {exc}",
                              hint_zh="请插好卡片后重试", hint_en="insert the card and retry") from exc
        return Answer(bytes(out), sw1, sw2)

    def _read(self) -> IdentityCard:
        if self._conn is None and not self._connect():
            raise NoCardError(0x80, "读卡器上没有卡片", "no card in the reader", hint_zh="请插入社保卡", hint_en="insert the card")
        try:
            sel = self.transmit(SELECT_DDF1)
            if sel.sw1 not in (0x90, 0x61):
                raise SamStatusError(sel.sw1, f"不是社会保障卡（选择 DDF1 返回 {sel.sw}）",
                                     f"not a social security card (SELECT DDF1 returned {sel.sw})",
                                     hint_zh="请确认插入的是社会保障卡", hint_en="insert a social security card")
            num = self.transmit(READ_CARD_NUMBER)
            sel = self.transmit(SELECT_EF06)
            records: dict[int, bytes | None] = {}
            if sel.sw1 in (0x90, 0x61):
                for tag, (apdu, _name) in RECORDS.items():
                    ans = self.transmit(apdu)
                    records[tag] = ans.data if ans.ok else None
            else:
                records = dict.fromkeys(RECORDS)
            card = decode_ssc(num.data if num.ok else None, records)
        finally:
            self._disconnect()
        if not card.id_number and not card.name and not card.card_number:
            raise SamStatusError(0, "社保卡未返回任何基本信息", "the social security card returned no basic data",
                                 hint_zh="本地区卡片可能需要其他读卡方式", hint_en="this region's cards may need another reader")
        return card

