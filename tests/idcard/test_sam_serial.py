"""sam-serial backend over a real pseudo-terminal, against the independent SAM simulator."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from hardware.idcard import (
    CardType,
    ChecksumError,
    NoCardError,
    PhotoStatus,
    ReaderState,
    ReaderTimeoutError,
    ReaderUnavailableError,
    SamStatusError,
    SelectCardError,
    TruncatedFrameError,
)
from hardware.idcard.discovery import probe_serial
from hardware.idcard.sam_serial import SamSerialReader
from tests.idcard.sam_peer import (
    FOREIGN_2017,
    FOREIGN_2023,
    HMT,
    RESIDENT,
    RESIDENT_LONG,
    PeerCard,
    PeerConfig,
)


def reader_for(peer, **kw) -> SamSerialReader:
    kw.setdefault("timeout", 1.0)
    return SamSerialReader(peer.path, **kw)


@pytest.mark.parametrize(("card", "kind", "name", "number"), [
    (RESIDENT, CardType.RESIDENT, "张三", "11010119900307803X"),
    (RESIDENT_LONG, CardType.RESIDENT, "李秀英", "440103195608120027"),
    (HMT, CardType.HMT_RESIDENCE, "陈大文", "810000198511200010"),
    (FOREIGN_2023, CardType.FOREIGN_2023, "安娜", "931643198805140026"),
    (FOREIGN_2017, CardType.FOREIGN_2017, "SMITH JOHN", "USA110075020318"),
])
def test_reads_every_card_type(make_peer, card, kind, name, number):
    peer = make_peer(PeerConfig(card=card))
    with reader_for(peer) as reader:
        got = reader.read_card(2)
    assert (got.card_type, got.name, got.id_number) == (kind, name, number)
    assert got.photo_wlt == card.photo and got.photo_status is PhotoStatus.NO_DECODER
    assert "ZONGCHUANG_WLT_DECODER" in got.photo_note and got.backend == "sam-serial"


def test_wire_traffic_is_find_select_read_with_correct_checksums(make_peer):
    peer = make_peer(PeerConfig(card=RESIDENT))
    with reader_for(peer) as reader:
        reader.read_card(2)
    assert [r.hex().upper() for r in peer.requests] == [
        "AAAAAA96690003200122", "AAAAAA96690003200221", "AAAAAA96690003300132"]


def test_state_follows_the_card(make_peer):
    peer = make_peer(PeerConfig(card=None))
    reader = reader_for(peer)
    assert reader.state is ReaderState.NO_READER
    reader.open()
    assert reader.state is ReaderState.READY
    assert reader.wait_for_card(0.3) is False and reader.state is ReaderState.READY
    peer.config.card = RESIDENT
    assert reader.wait_for_card(1) is True and reader.state is ReaderState.CARD_PRESENT
    reader.read()
    assert reader.state is ReaderState.READY
    reader.close()
    assert reader.state is ReaderState.NO_READER


def test_no_card_80(make_peer):
    peer = make_peer(PeerConfig(card=None))
    with reader_for(peer) as reader:
        started = time.monotonic()
        with pytest.raises(NoCardError) as exc:
            reader.read_card(0.5)
        assert time.monotonic() - started < 30  # gave up (a loose bound: a loaded machine is slow)
    assert "未检测到证件" in exc.value.message_zh and "no card" in exc.value.message_en
    # reading without a find answers 80 from the device itself
    with reader_for(peer) as reader, pytest.raises(NoCardError) as exc:
        reader.read()
    assert exc.value.sw3 == 0x80


def test_select_failure_81(make_peer):
    peer = make_peer(PeerConfig(card=RESIDENT, select_fail=True))
    with reader_for(peer) as reader, pytest.raises(SelectCardError) as exc:
        reader.read_card(1)
    assert exc.value.sw3 == 0x81 and "选取证件失败" in exc.value.message_zh
    assert reader.state is ReaderState.NO_READER  # closed by the with-block
    assert sum(1 for r in peer.requests if r[7:9] == b"\x20\x02") == 3  # retried before giving up


def test_read_failure_41_is_typed_with_a_hint(make_peer):
    peer = make_peer(PeerConfig(card=RESIDENT, read_fail=0x41))
    reader = reader_for(peer)
    with pytest.raises(SamStatusError) as exc:
        reader.read_card(1)
    assert exc.value.sw3 == 0x41 and exc.value.hint_zh
    assert reader.state is ReaderState.ERROR and "0x41" in reader.status.reason_en
    reader.close()


def test_one_corrupted_checksum_is_reported_or_retried_when_asked(make_peer):
    peer = make_peer(PeerConfig(card=RESIDENT, corrupt=1))
    with reader_for(peer) as reader, pytest.raises(ChecksumError):
        reader.read_card(1)
    peer.config.corrupt = 1
    with reader_for(peer, retries=1) as reader:  # a known-noisy line: re-send once
        assert reader.read_card(1).name == "张三"
    assert sum(1 for r in peer.requests if r[7:9] == b"\x30\x01") == 3


def test_persistent_corrupted_checksum_is_reported(make_peer):
    peer = make_peer(PeerConfig(card=RESIDENT, corrupt=99))
    with reader_for(peer) as reader, pytest.raises(ChecksumError) as exc:
        reader.read_card(1)
    assert "校验和" in exc.value.message_zh


def test_truncated_frame(make_peer):
    peer = make_peer(PeerConfig(card=RESIDENT, truncate_read=True))
    with reader_for(peer, timeout=0.5) as reader:
        reader.wait_for_card(1)
        started = time.monotonic()
        with pytest.raises(TruncatedFrameError) as exc:
            reader.read()
        assert time.monotonic() - started < 30  # the read's own deadline ended it (≥ 2 s for text + photo)
    assert "不完整" in exc.value.message_zh


def test_slow_device_times_out(make_peer):
    peer = make_peer(PeerConfig(card=RESIDENT, silent=True))
    with reader_for(peer, timeout=0.4) as reader:
        started = time.monotonic()
        with pytest.raises(ReaderTimeoutError) as exc:
            reader.read_card(0.4)
        assert 0.3 < time.monotonic() - started < 30  # waited its timeout, then gave up (loose: load)
    assert "无应答" in exc.value.message_zh


def test_slow_but_in_time_device_is_fine(make_peer):
    peer = make_peer(PeerConfig(card=RESIDENT, delay=0.2))
    with reader_for(peer, timeout=1.0) as reader:
        assert reader.read_card(2).id_number == "11010119900307803X"


def test_junk_on_the_line_and_answers_in_small_pieces(make_peer):
    peer = make_peer(PeerConfig(card=HMT, junk=b"\x00\xaa\x13\x37", dribble=True))
    with reader_for(peer) as reader:
        assert reader.read_card(2).pass_number == "H12345678"


def test_peer_closing_mid_frame_then_replug(make_peer):
    """Unplug in the middle of an answer, then the device comes back under the same name."""
    peer = make_peer(PeerConfig(card=RESIDENT, hangup_mid_read=True))
    reader = reader_for(peer)
    assert reader.wait_for_card(1)
    with pytest.raises(ReaderUnavailableError) as exc:
        reader.read()
    assert reader.state is ReaderState.NO_READER and "连接中断" in reader.status.reason_zh
    assert "重新插好" in exc.value.hint_zh
    # still unplugged: a clear error, not a hang
    with pytest.raises(ReaderUnavailableError):
        reader.wait_for_card(0.2)
    # replugged (a new device node behind the same path): the same reader object works again
    make_peer(PeerConfig(card=HMT))
    assert reader.read_card(2).name == "陈大文"
    assert reader.state is ReaderState.READY
    reader.close()


def test_latest_address(make_peer):
    peer = make_peer(PeerConfig(card=PeerCard(new_address="北京市西城区金融大街1号")))
    with reader_for(peer) as reader:
        reader.read_card(1)
        assert reader.read_latest_address() == "北京市西城区金融大街1号"
    peer.config.card = RESIDENT
    with reader_for(peer) as reader:
        reader.read_card(1)
        assert reader.read_latest_address() is None


def test_sam_id_and_fingerprint_read(make_peer):
    peer = make_peer(PeerConfig(card=RESIDENT))
    with reader_for(peer, fingerprint=True) as reader:
        assert reader.sam_id() == "05.01-20111114-0008236483-2147485175"
        card = reader.read_card(1)
    assert card.fingerprint == b"\x11" * 1024 and card.birth_date == dt.date(1990, 3, 7)


def test_missing_port_is_a_clear_error(tmp_path):
    reader = SamSerialReader(str(tmp_path / "ttyNOPE"))
    with pytest.raises(ReaderUnavailableError) as exc:
        reader.wait_for_card(0.1)
    assert "无法打开" in exc.value.message_zh and reader.state is ReaderState.NO_READER


def test_discovery_probes_with_sam_id(make_peer):
    good = make_peer(PeerConfig(card=None), link="ttyGood")
    dead = make_peer(PeerConfig(silent=True), link="ttyDead")
    found = {d["port"]: d for d in probe_serial([good.path, dead.path], timeout=0.3)}
    assert found[good.path]["sam_id"] == "05.01-20111114-0008236483-2147485175"
    assert found[good.path]["status"] == "ready" and found[dead.path]["status"] == "no_sam_answer"


def test_discovery_tells_a_broken_sam_from_no_reader(make_peer, tmp_path):
    broken = make_peer(PeerConfig(sam_id_sw3=0x60), link="ttyBroken")
    found = {d["port"]: d for d in probe_serial([broken.path, str(tmp_path / "ttyGone")], timeout=0.3)}
    assert found[broken.path]["status"] == "sam_error" and "自检失败" in found[broken.path]["detail"]
    assert found[str(tmp_path / "ttyGone")]["status"] == "unavailable"


def test_discovered_reader_is_followed_to_its_new_port(make_peer, monkeypatch, driver_paths):
    """A replugged USB-serial reader often reappears under another name (ttyUSB0 → ttyUSB1)."""
    first = make_peer(PeerConfig(card=RESIDENT), link="ttyUSB0")
    reader = SamSerialReader(first.path, timeout=1.0, follow=True)
    assert reader.read_card(1).name == "张三"
    first.close()
    second = make_peer(PeerConfig(card=HMT), link="ttyUSB1")
    monkeypatch.setenv("ZONGCHUANG_IDCARD_PORTS", f"{first.path},{second.path}")
    driver_paths()
    with pytest.raises(ReaderUnavailableError):
        reader.read_card(1)  # the unplug is noticed (and reported) first
    assert reader.read_card(2).name == "陈大文" and reader.port == second.path
    reader.close()
