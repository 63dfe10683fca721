"""Optional WLT photo decoder: absent → said so; present → decoded; failing or crashing → the
read still succeeds and says why there is no picture."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from hardware.idcard import PhotoStatus
from hardware.idcard.sam_serial import SamSerialReader
from tests.idcard.sam_peer import RESIDENT, PeerConfig

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def decoder_lib(tmp_path_factory) -> Path:
    gcc = shutil.which("gcc") or shutil.which("cc")
    if gcc is None:
        pytest.skip("no C compiler (gcc): the WLT decoder test builds its library")
    out = tmp_path_factory.mktemp("wlt") / "libfakewlt.so"
    subprocess.run([gcc, "-shared", "-fPIC", "-Wall", "-Werror", "-o", str(out), str(HERE / "fake_wlt.c")],
                   check=True, capture_output=True)
    return out


def read(peer):
    with SamSerialReader(peer.path, timeout=1.0) as reader:
        return reader.read_card(2)


def test_no_decoder_says_so(make_peer, monkeypatch, driver_paths):
    monkeypatch.delenv("ZONGCHUANG_WLT_DECODER", raising=False)
    driver_paths()
    card = read(make_peer(PeerConfig(card=RESIDENT)))
    assert card.photo_status is PhotoStatus.NO_DECODER and card.photo_bmp is None and len(card.photo_wlt) == 1024


def test_decoder_decodes(make_peer, monkeypatch, decoder_lib, driver_paths):
    monkeypatch.setenv("ZONGCHUANG_WLT_DECODER", f"{decoder_lib}:wlt2bmpBuffer")
    driver_paths()
    monkeypatch.delenv("FAKE_WLT_MODE", raising=False)
    card = read(make_peer(PeerConfig(card=RESIDENT)))
    assert card.photo_status is PhotoStatus.DECODED
    assert card.photo_bmp[:2] == b"BM" and int.from_bytes(card.photo_bmp[18:22], "little") == 102
    assert card.photo_bmp[54:54 + 1024] == RESIDENT.photo


@pytest.mark.parametrize("mode", ["fail", "crash"])
def test_failing_or_crashing_decoder_never_fails_the_read(make_peer, monkeypatch, decoder_lib, mode, driver_paths):
    monkeypatch.setenv("ZONGCHUANG_WLT_DECODER", str(decoder_lib))  # function found by its usual name
    driver_paths()
    monkeypatch.setenv("FAKE_WLT_MODE", mode)
    card = read(make_peer(PeerConfig(card=RESIDENT)))
    assert card.name == "张三" and card.photo_status is PhotoStatus.DECODE_FAILED
    assert card.photo_bmp is None and len(card.photo_wlt) == 1024
    assert ("crashed" in card.photo_note) == (mode == "crash")
