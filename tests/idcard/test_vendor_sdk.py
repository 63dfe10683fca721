"""sdtapi / termb backends: a C library built with gcc in the test, loaded through the real
ctypes helper process — including a library that segfaults and one that hangs."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from hardware.idcard import (
    BackendUnavailableError,
    CardType,
    HelperError,
    NoCardError,
    ReaderState,
    ReaderUnavailableError,
    SamStatusError,
)
from hardware.idcard.vendor import VendorReader, describe_port
from tests.idcard.sam_peer import FOREIGN_2023, HMT, RESIDENT

TERMB_RESIDENT = {
    "GetPeopleName": "张三", "GetPeopleSex": "男", "GetPeopleNation": "汉", "GetPeopleBirthday": "19900307",
    "GetPeopleAddress": "北京市东城区景山前街4号", "GetPeopleIDCode": "11010119900307803X",
    "GetDepartment": "北京市公安局东城分局", "GetStartDate": "20150301", "GetEndDate": "20350301", "GetCertType": " ",
}


@pytest.fixture
def sdk_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Point the fake SDK at files in tmp_path; returns helpers to place cards."""
    for var in ("FAKE_IDCARD_MODE", "FAKE_IDCARD_PORT", "FAKE_IDCARD_TEXT", "FAKE_TERMB_FIELDS", "FAKE_IDCARD_PHOTO"):
        monkeypatch.delenv(var, raising=False)
    text, fields, photo = tmp_path / "text.bin", tmp_path / "fields.txt", tmp_path / "photo.wlt"
    monkeypatch.setenv("FAKE_IDCARD_TEXT", str(text))
    monkeypatch.setenv("FAKE_TERMB_FIELDS", str(fields))
    monkeypatch.setenv("FAKE_IDCARD_PHOTO", str(photo))

    class Env:
        def place_block(self, card) -> None:
            text.write_bytes(card.text_block())
            photo.write_bytes(card.photo)

        def place_fields(self, values: dict[str, str]) -> None:
            fields.write_bytes(b"\n".join(f"{k}={v}".encode("gbk") for k, v in values.items()))

        def mode(self, value: str | None) -> None:
            if value:
                monkeypatch.setenv("FAKE_IDCARD_MODE", value)
            else:
                monkeypatch.delenv("FAKE_IDCARD_MODE", raising=False)

    return Env()


def test_port_numbers():
    assert (describe_port(1), describe_port(16), describe_port(1001), describe_port(1016)) == ("COM1", "COM16", "USB1", "USB16")


@pytest.mark.parametrize(("card", "kind"), [(RESIDENT, CardType.RESIDENT), (HMT, CardType.HMT_RESIDENCE),
                                            (FOREIGN_2023, CardType.FOREIGN_2023)])
def test_sdtapi_reads_raw_blocks_through_the_helper(fake_sdk, sdk_env, card, kind):
    sdk_env.place_block(card)
    with VendorReader("sdtapi", lib=str(fake_sdk), port=1001) as reader:
        got = reader.read_card(2)
        assert reader.sam_id() == "05.01-20111114-0008236483-2147485175"
        assert reader.read_latest_address() is None  # SDT_ReadNewAppMsg answers 0x91
    assert got.card_type is kind and got.id_number == card.number and got.photo_wlt == card.photo
    assert got.backend == "sdtapi"


def test_sdtapi_port_search_finds_usb_port(fake_sdk, sdk_env, monkeypatch):
    monkeypatch.setenv("FAKE_IDCARD_PORT", "1003")
    sdk_env.place_block(RESIDENT)
    reader = VendorReader("sdtapi", lib=str(fake_sdk), port=0)
    assert reader.read_card(2).name == "张三"
    assert reader.active_port == 1003 and "USB3" in reader.describe()
    reader.close()


def test_sdtapi_wrong_port_and_no_card(fake_sdk, sdk_env):
    with pytest.raises(ReaderUnavailableError) as exc:
        VendorReader("sdtapi", lib=str(fake_sdk), port=2).open()
    assert "端口 2" in exc.value.message_zh and "1001-1016" in exc.value.hint_zh
    with VendorReader("sdtapi", lib=str(fake_sdk), port=1001) as reader, pytest.raises(NoCardError):
        reader.read_card(0.3)


def test_sdtapi_select_failure(fake_sdk, sdk_env):
    sdk_env.place_block(RESIDENT)
    sdk_env.mode("select_fail")
    with VendorReader("sdtapi", lib=str(fake_sdk), port=1001) as reader, pytest.raises(SamStatusError) as exc:
        reader.read_card(1)
    assert exc.value.sw3 == 0x81


def test_termb_reads_gbk_getters(fake_sdk, sdk_env):
    sdk_env.place_fields(TERMB_RESIDENT)
    with VendorReader("termb", lib=str(fake_sdk), port=1001) as reader:
        got = reader.read_card(2)
    assert (got.name, got.sex, got.nation, got.address) == ("张三", "男", "汉", "北京市东城区景山前街4号")
    assert got.birth_date == dt.date(1990, 3, 7) and got.valid_to == dt.date(2035, 3, 1)
    assert got.card_type is CardType.RESIDENT and got.backend == "termb"


def test_termb_files_with_personal_data_do_not_stay_on_disk(fake_sdk, sdk_env):
    sdk_env.place_fields(TERMB_RESIDENT)
    reader = VendorReader("termb", lib=str(fake_sdk), port=1001)
    card = reader.read_card(2)
    workdir = Path(reader.helper.workdir)
    assert card.photo_status.value == "decoded" and card.photo_bmp.startswith(b"BM")  # taken from zp.bmp
    assert not (workdir / "wz.txt").exists() and not (workdir / "zp.bmp").exists()
    reader.close()
    assert not workdir.exists()


def test_termb_hk_macao_taiwan_and_long_term(fake_sdk, sdk_env):
    sdk_env.place_fields({**TERMB_RESIDENT, "GetCertType": "J", "GetPassCheckID": "H12345678", "GetIssuesNum": "02",
                          "GetEndDate": "长期", "GetPeopleIDCode": "810000198511200010"})
    with VendorReader("termb", lib=str(fake_sdk), port=1001) as reader:
        got = reader.read_card(2)
    assert got.card_type is CardType.HMT_RESIDENCE and got.pass_number == "H12345678" and got.valid_to == "长期"


def test_vendor_stdout_noise_does_not_break_the_protocol(fake_sdk, sdk_env):
    sdk_env.place_block(RESIDENT)
    sdk_env.mode("noisy")
    with VendorReader("sdtapi", lib=str(fake_sdk), port=1001) as reader:
        assert reader.read_card(2).name == "张三"


def test_a_segfaulting_sdk_is_survived_and_restarted(fake_sdk, sdk_env):
    sdk_env.place_block(RESIDENT)
    sdk_env.mode("crash_read")
    reader = VendorReader("sdtapi", lib=str(fake_sdk), port=1001)
    with pytest.raises(HelperError) as exc:
        reader.read_card(2)
    assert "SIGSEGV" in exc.value.message_en and "崩溃" in exc.value.message_zh
    assert reader.state is ReaderState.ERROR and "SIGSEGV" in reader.status.reason_en
    assert os.getpid() > 0  # we are still here
    sdk_env.mode(None)  # the next call starts a fresh helper
    assert reader.read_card(2).name == "张三"
    assert reader.helper.restarts >= 1 and reader.state is ReaderState.READY
    reader.close()


def test_a_crash_while_opening_is_reported(fake_sdk, sdk_env):
    sdk_env.mode("crash_open")
    with pytest.raises(HelperError):
        VendorReader("termb", lib=str(fake_sdk), port=1001).read_card(1)


def test_a_hanging_sdk_is_killed_on_time(fake_sdk, sdk_env):
    sdk_env.place_block(RESIDENT)
    sdk_env.mode("hang_read")
    reader = VendorReader("sdtapi", lib=str(fake_sdk), port=1001, timeout=1.0)
    assert reader.wait_for_card(1)
    pid = reader.helper.proc.pid
    started = time.monotonic()
    with pytest.raises(HelperError) as exc:
        reader.read()
    # gave up instead of hanging with the SDK (the bound is loose on purpose: a loaded machine is slow)
    assert time.monotonic() - started < 60 and "无响应" in exc.value.message_zh
    with pytest.raises(ProcessLookupError):
        for _ in range(50):  # the hung helper is gone (killed and reaped)
            os.kill(pid, 0)
            time.sleep(0.05)
    sdk_env.mode(None)
    assert reader.read_card(2).name == "张三"
    reader.close()


def test_missing_library_is_a_configuration_error(tmp_path):
    with pytest.raises(BackendUnavailableError):
        VendorReader("termb", lib=None)
    with pytest.raises(BackendUnavailableError) as exc:
        VendorReader("sdtapi", lib=str(tmp_path / "nope.so")).open()
    assert "找不到" in exc.value.message_zh
    junk = tmp_path / "junk.so"
    junk.write_bytes(b"not a library")
    with pytest.raises(BackendUnavailableError) as exc:
        VendorReader("sdtapi", lib=str(junk), port=1001).open()
    assert "无法加载" in exc.value.message_zh


def test_helper_started_through_the_cli_command(fake_sdk, sdk_env, monkeypatch, driver_paths):
    """The frozen executable starts its helper as `zongchuang idcard sdk-helper`."""
    import shlex
    import sys

    monkeypatch.setenv("ZONGCHUANG_IDCARD_HELPER", shlex.join([sys.executable, "-m", "app.cli.main", "idcard", "sdk-helper"]))
    driver_paths()  # what the composition root does with the declared setting
    sdk_env.place_block(HMT)
    with VendorReader("sdtapi", lib=str(fake_sdk), port=1001, timeout=2) as reader:  # + start-up grace
        assert reader.read_card(2).pass_number == "H12345678"
