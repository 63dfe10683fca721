"""pcsc backend: a real pcscd with the vsmartcard vpcd driver and our own 社会保障卡 emulator
speaking the vpcd socket protocol (tests/idcard/vpcd_card.py)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time

import pytest

from hardware.idcard import CardType, NoCardError, ReaderState, ReaderUnavailableError, SamStatusError
from hardware.idcard.discovery import pcsc_readers
from hardware.idcard.pcsc import PcscSocialSecurityReader
from tests.idcard.vpcd_card import SocialSecurityCard, VpcdCard

pytestmark = pytest.mark.hwsim
READER = "Virtual PCD 00 00"


@pytest.fixture
def insert(pcscd):
    cards: list[VpcdCard] = []

    def put(card: SocialSecurityCard | None = None) -> VpcdCard:
        vc = VpcdCard(card or SocialSecurityCard(), port=pcscd)
        cards.append(vc)
        return vc

    yield put
    for vc in cards:
        vc.stop()
    time.sleep(0.5)  # let pcscd see the card go before the next test


def test_readers_are_listed(pcscd):
    names = [d["name"] for d in pcsc_readers()]
    assert READER in names


def test_reads_social_security_card(insert):
    emu = insert(SocialSecurityCard())
    with PcscSocialSecurityReader(READER) as reader:
        card = reader.read_card(5)
    assert card.card_type is CardType.SOCIAL_SECURITY
    assert (card.card_number, card.id_number, card.name) == ("A12345678", "11010119900307803X", "张三")
    assert (card.sex, card.nation, card.birthplace_code) == ("男", "汉", "110101")
    assert card.birth_date == dt.date(1990, 3, 7) and not card.warnings
    sent = [a.hex().upper() for a in emu.card.apdus]
    assert sent[:3] == ["00A404000F7378312E73682EC9E7BBE1B1A3D5CF", "00B2072C0B", "00A4020002EF06"]
    assert "00B2090020" in sent and "00B20D0006" in sent


def test_missing_records_are_absent_fields_not_failures(insert):
    insert(SocialSecurityCard(missing=(0x0B, 0x0C, 0x0D)))
    with PcscSocialSecurityReader() as reader:
        card = reader.read_card(5)
    assert card.name == "张三" and card.nation == "" and card.birth_date is None and card.birthplace_code == ""
    assert any("nation" in w and "birth_date" in w for w in card.warnings)


def test_get_response_61xx(insert):
    emu = insert(SocialSecurityCard(get_response=True, name="欧阳娜娜", sex="2"))
    with PcscSocialSecurityReader(READER) as reader:
        card = reader.read_card(5)
    assert (card.name, card.sex) == ("欧阳娜娜", "女")
    assert any(a[1] == 0xC0 for a in emu.card.apdus)


def test_no_card_then_card_inserted_then_removed(insert):
    reader = PcscSocialSecurityReader(READER)
    assert reader.wait_for_card(0.5) is False and reader.state is ReaderState.READY
    with pytest.raises(NoCardError):
        reader.read_card(0.3)
    emu = insert()
    assert reader.read_card(5).id_number == "11010119900307803X"
    emu.stop()
    deadline = time.monotonic() + 5
    while reader.wait_for_card(0.2) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert reader.state is ReaderState.READY
    insert(SocialSecurityCard(name="李四"))  # a second card on the same reader object
    assert reader.read_card(5).name == "李四"
    reader.close()


def test_not_a_social_security_card(insert):
    class Other(SocialSecurityCard):
        def respond(self, apdu: bytes) -> bytes:
            return b"\x6a\x82"

    insert(Other())
    with PcscSocialSecurityReader(READER) as reader, pytest.raises(SamStatusError) as exc:
        reader.read_card(5)
    assert "不是社会保障卡" in exc.value.message_zh


def test_unknown_reader_name(pcscd):
    with pytest.raises(ReaderUnavailableError) as exc:
        PcscSocialSecurityReader("No Such Reader").open()
    assert READER in exc.value.message_zh


def test_cli_reads_pcsc_card(insert, tmp_path):
    insert()
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", "--data-dir", str(tmp_path), "idcard", "read",
                           "--backend", "pcsc", "--reader", READER, "--timeout", "5", "--json"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["card_type"] == "social_security" and data["card_number"] == "A12345678"
    assert data["id_number"] == "11010119900307803X" and data["birth_date"] == "1990-03-07"
    assert data["checks"] == {"checksum": True, "consistency": True, "expired": None}


def test_cli_without_a_pcsc_service(tmp_path):
    """No smart-card service at all (the client library is pointed at a socket nobody serves)."""
    pytest.importorskip("smartcard")
    env = {**__import__("os").environ, "PCSCLITE_CSOCK_NAME": str(tmp_path / "nobody.comm")}
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", "--data-dir", str(tmp_path), "idcard", "read",
                           "--backend", "pcsc", "--timeout", "1", "--json"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 14, proc.stderr
    assert "PC/SC 服务不可用" in proc.stderr and "Traceback" not in proc.stderr


def test_decoder_accepts_bcd_or_ascii_digits_and_byte_or_char_sex():
    """Issuers differ: numeric records in BCD (the spec) or ASCII; sex as '1' or 0x01."""
    from hardware.idcard.pcsc import decode_ssc

    ascii_card = decode_ssc(b"\x07\x09A12345678", {
        0x08: b"\x08\x1211010119900307803X", 0x09: b"\x09\x1e" + "王五".encode("gbk").ljust(30, b" "),
        0x0A: b"\x0a\x01\x02", 0x0B: b"\x0b\x0201", 0x0C: b"\x0c\x06110101", 0x0D: b"\x0d\x0819900307"})
    assert (ascii_card.sex, ascii_card.nation, ascii_card.birthplace_code) == ("女", "汉", "110101")
    assert ascii_card.birth_date == dt.date(1990, 3, 7) and ascii_card.name == "王五"
    bcd_card = decode_ssc(None, {0x08: None, 0x09: None, 0x0A: b"\x0a\x011", 0x0B: b"\x0b\x01\x03",
                                 0x0C: b"\x0c\x03\x44\x01\x03", 0x0D: b"\x0d\x04\x19\x56\x08\x12"})
    assert (bcd_card.sex, bcd_card.nation, bcd_card.birthplace_code) == ("男", "回", "440103")
    assert bcd_card.birth_date == dt.date(1956, 8, 12) and bcd_card.card_number == ""
