"""SAM frame codec: request bytes, checksums, reassembly, SW3 mapping (fixed vectors from the
protocol notes, not from our own encoder)."""

from __future__ import annotations

import pytest

from hardware.idcard import sam_frame as sf
from hardware.idcard.errors import (
    ChecksumError,
    FrameError,
    NoCardError,
    SamStatusError,
    SelectCardError,
    TruncatedFrameError,
)

REQUESTS = {
    sf.RESET_SAM: "AAAAAA9669000310FFEC",
    sf.SAM_STATUS: "AAAAAA9669000311FFED",
    sf.SAM_ID: "AAAAAA9669000312FFEE",
    sf.FIND_CARD: "AAAAAA96690003200122",
    sf.SELECT_CARD: "AAAAAA96690003200221",
    sf.READ_BASE: "AAAAAA96690003300132",
    sf.READ_NEW_ADDRESS: "AAAAAA96690003300330",
    sf.READ_BASE_FP: "AAAAAA96690003301023",
}


@pytest.mark.parametrize(("op", "expected"), list(REQUESTS.items()))
def test_request_frames_match_the_published_bytes(op, expected):
    assert sf.build_request(*op).hex().upper() == expected


def test_set_max_rf_with_data():
    assert sf.build_request(*sf.SET_MAX_RF, b"\x50").hex().upper() == "AAAAAA9669000461FF50CA"


def test_find_card_checksum_is_22_not_the_miscopied_21():
    assert sf.build_request(*sf.FIND_CARD)[-1] == 0x22
    with pytest.raises(ChecksumError):
        sf.decode_frame(bytes.fromhex("AAAAAA96690003200121"))


CANONICAL = {
    "find_ok": ("AAAAAA9669000800009F0000000097", 0x9F, 4),
    "no_card": ("AAAAAA9669000400008084", 0x80, 0),
    "select_ok": ("AAAAAA9669000C00009000000000000000009C", 0x90, 8),
    "select_fail": ("AAAAAA9669000400008185", 0x81, 0),
    "read_fail": ("AAAAAA9669000400004145", 0x41, 0),
}


@pytest.mark.parametrize("name", list(CANONICAL))
def test_canonical_responses_decode(name):
    hexframe, sw3, data_len = CANONICAL[name]
    resp = sf.decode_response(bytes.fromhex(hexframe))
    assert (resp.sw1, resp.sw2, resp.sw3, len(resp.data)) == (0, 0, sw3, data_len)


def test_streaming_reassembly_byte_by_byte_with_junk_and_two_frames():
    stream = b"\x00\xff\xaa\xaa" + bytes.fromhex(CANONICAL["find_ok"][0]) + b"\x13" + bytes.fromhex(CANONICAL["select_ok"][0])
    dec = sf.FrameDecoder()
    bodies = []
    for b in stream:
        bodies += dec.feed(bytes([b]))
    assert [sf.parse_body(x).sw3 for x in bodies] == [0x9F, 0x90]
    assert dec.skipped == 5 and not dec.pending


def test_two_frames_in_one_chunk():
    dec = sf.FrameDecoder()
    both = bytes.fromhex(CANONICAL["no_card"][0] + CANONICAL["find_ok"][0])
    assert [sf.parse_body(x).sw3 for x in dec.feed(both)] == [0x80, 0x9F]


def test_checksum_error_drops_the_frame_and_decoder_carries_on():
    bad = bytearray.fromhex(CANONICAL["select_ok"][0])
    bad[-1] ^= 0xFF
    dec = sf.FrameDecoder()
    with pytest.raises(ChecksumError) as exc:
        dec.feed(bytes(bad) + bytes.fromhex(CANONICAL["find_ok"][0]))
    assert "校验和" in exc.value.message_zh and "checksum" in exc.value.message_en
    assert [sf.parse_body(x).sw3 for x in dec.feed(b"")] == [0x9F]


def test_partial_frame_is_pending_and_truncation_is_typed():
    full = bytes.fromhex(CANONICAL["select_ok"][0])
    dec = sf.FrameDecoder()
    assert dec.feed(full[:9]) == [] and dec.pending
    with pytest.raises(TruncatedFrameError):
        sf.decode_frame(full[:-3])
    with pytest.raises(FrameError):
        sf.decode_frame(full + b"\x00")


def test_implausible_length_resynchronises():
    dec = sf.FrameDecoder()
    with pytest.raises(FrameError):
        dec.feed(bytes.fromhex("AAAAAA9669FFFF") + b"\x00" * 4)
    assert [sf.parse_body(x).sw3 for x in dec.feed(bytes.fromhex(CANONICAL["no_card"][0]))] == [0x80]


ALL_SW3 = [0x91, 0x10, 0x11, 0x21, 0x23, 0x24, 0x31, 0x32, 0x33, 0x37, 0x3F, 0x40, 0x41, 0x47, 0x60, 0x66, 0x80, 0x81]


@pytest.mark.parametrize("sw3", ALL_SW3)
def test_every_sw3_has_a_bilingual_message(sw3):
    err = sf.status_error(sw3)
    assert isinstance(err, SamStatusError) and err.sw3 == sw3
    assert f"0x{sw3:02X}" in err.message_zh and f"0x{sw3:02X}" in err.message_en
    assert err.message_zh.split("（")[0] != err.message_en


def test_no_card_and_select_failure_are_their_own_types():
    assert isinstance(sf.status_error(0x80), NoCardError)
    assert isinstance(sf.status_error(0x81), SelectCardError)
    assert type(sf.status_error(0x41)) is SamStatusError
    assert "0xEE" in sf.status_error(0xEE).message_en  # unknown status still says what it was
    assert sf.SW3[0x60][0] != sf.SW3[0x66][0]


def test_check_status_accepts_find_ok_only_where_asked():
    find = sf.decode_response(bytes.fromhex(CANONICAL["find_ok"][0]))
    assert sf.check_status(find, (sf.SW3_FIND_OK,)) is find
    with pytest.raises(SamStatusError):
        sf.check_status(find)


def test_good_frame_before_a_bad_one_is_not_lost():
    bad = bytearray.fromhex(CANONICAL["no_card"][0])
    bad[-1] ^= 0x01
    dec = sf.FrameDecoder()
    with pytest.raises(ChecksumError):
        dec.feed(bytes.fromhex(CANONICAL["find_ok"][0]) + bytes(bad))
    assert [sf.parse_body(x).sw3 for x in dec.feed(b"")] == [0x9F]
