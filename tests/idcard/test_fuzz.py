"""Fuzzing the decoders with hypothesis: whatever arrives on the wire, only the module's own
error type may escape (FrameError for frames and read answers, TextBlockError for the text block).

One hypothesis run of 10,000 examples; every example feeds one wire-shaped input to the frame
decoder (in pieces, as a serial port delivers it, and whole to the one-shot decoders) and one
mutated text block to the block parser, so each decoder sees ≥ 10,000 inputs.
"""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.idcard import sam_frame as sf
from hardware.idcard.errors import FrameError, TextBlockError
from hardware.idcard.sam_serial import split_read_data
from hardware.idcard.textblock import parse_text_block
from tests.idcard.sam_peer import FOREIGN_2017, FOREIGN_2023, HMT, RESIDENT, RESIDENT_LONG

EXAMPLES = 10_000
COUNT = {"frames": 0, "blocks": 0}
HEAD = bytes.fromhex("AAAAAA9669")
BASES = [c.text_block() for c in (RESIDENT, RESIDENT_LONG, HMT, FOREIGN_2023, FOREIGN_2017)] + [
    bytes(range(256)), b"\xff" * 256, b"\x00\xd8" * 128]


def shape(data: bytes, mode: int, cut: int) -> bytes:
    """Turn random bytes into wire-like input: raw, preamble + junk, a well-formed frame with a
    random body (checksum right or wrong), an absurd length, a cut frame, or junk around frames."""
    if mode == 0:
        return data
    if mode == 1:
        return HEAD + data
    body = data[: cut % (len(data) + 1)]
    length = struct.pack(">H", len(body) + 1)
    chk = 0
    for b in length + body:
        chk ^= b
    frame = HEAD + length + body + bytes([chk])
    if mode == 2:
        return frame
    if mode == 3:
        return frame[:-1] + bytes([chk ^ 0x01])
    if mode == 4:
        return HEAD + struct.pack(">H", cut * 331 % 0x10000) + body
    if mode == 5:
        return frame[: cut % (len(frame) + 1)]
    return data[:cut % 7] + frame + data[cut % 7:] + frame


def feed_frames(wire: bytes, step: int) -> None:
    dec = sf.FrameDecoder()
    for a in range(0, len(wire), step):  # arrives in pieces; the reader keeps feeding after an error
        try:
            for body in dec.feed(wire[a:a + step]):
                try:
                    sf.parse_body(body)
                except FrameError:
                    pass
        except FrameError:
            pass
    for fn in (sf.decode_frame, sf.decode_response, lambda d: split_read_data(d, False),
               lambda d: split_read_data(d, True)):
        try:
            fn(wire)
        except FrameError:
            pass


def parse_block(block: bytes) -> None:
    try:
        card = parse_text_block(block)
    except TextBlockError:
        return
    card.fields()  # the JSON view must not choke either


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.binary(max_size=40), mode=st.integers(0, 6), cut=st.integers(0, 400),
       base=st.sampled_from(BASES), letter=st.sampled_from([None, 0x49, 0x4A, 0x59, 0x00, 0x20]))
def fuzz_decoders(data, mode, cut, base, letter):
    COUNT["frames"] += 1
    feed_frames(shape(data * (1 + cut % 4), mode, cut), 1 + cut % 9)
    COUNT["blocks"] += 1
    offset = cut % 260
    block = base[:offset] + data + base[offset + len(data):]
    if letter is not None:
        block = block[:248] + bytes([letter, 0]) + block[250:]
    parse_block((block + data * 8)[: 200 + cut % 100])


@pytest.mark.slow
def test_decoders_only_raise_their_own_errors_over_ten_thousand_inputs():
    fuzz_decoders()
    assert COUNT["frames"] >= EXAMPLES and COUNT["blocks"] >= EXAMPLES, COUNT


def test_known_nasty_inputs():
    for wire in (b"", HEAD, HEAD + b"\x00\x00", HEAD + b"\x00\x01\x01", HEAD + b"\xff\xff" + b"\x00" * 10,
                 HEAD * 50, bytes.fromhex("AAAAAA96690003200121")):
        feed_frames(wire, 1)
    for block in (b"\x00\xd8" * 128, b"\xff\xdf" * 128, BASES[0][:255]):
        parse_block(block)
