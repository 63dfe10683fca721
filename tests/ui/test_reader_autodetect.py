"""The set-up wizard's default reader choice, 自动探测 (`auto`), must find a reader on the clerk's
workstation: a SAM reader on a serial port (here a simulator on a pseudo-terminal), or say
clearly that none was found."""

from __future__ import annotations

import pytest

from tests.idcard.conftest import make_peer  # noqa: F401 - the SAM simulator fixture
from tests.idcard.sam_peer import RESIDENT, PeerConfig


@pytest.fixture
def session(ctx, qapp, monkeypatch):
    from ui.session import Session

    for var in ("ZONGCHUANG_IDCARD", "ZONGCHUANG_DEVICES", "ZONGCHUANG_SDTAPI_LIB", "ZONGCHUANG_TERMB_LIB"):
        monkeypatch.delenv(var, raising=False)
    s = Session(ctx)
    assert not s.training
    yield s
    s.close()  # closes the devices it opened


def _configure(ctx, text: str) -> None:
    (ctx.data_dir / "config.toml").write_text(text, encoding="utf-8")


def test_auto_finds_the_serial_sam_reader(session, ctx, make_peer):  # noqa: F811
    from app.services import idcard

    peer = make_peer(PeerConfig(card=RESIDENT))
    _configure(ctx, f'[devices.idcard]\nbackend = "auto"\nport = "{peer.path}"\n')
    status = idcard.reader_status(session.open_devices)
    assert status["state"] != "no_reader", status
    assert session.open_devices.reader().backend == "sam-serial"
    card = idcard.read_at_window(session.open_devices, timeout=3)
    assert card["name"] == "张三" and card["id_number"] == RESIDENT.number


def test_auto_without_a_reader_says_none_was_found(session, ctx, tmp_path):
    from app.services import idcard

    _configure(ctx, f'[devices.idcard]\nbackend = "auto"\nport = "{tmp_path / "no-such-tty"}"\n')
    status = idcard.reader_status(session.open_devices)
    assert status["state"] == "no_reader" and "未检测到身份证读卡器" in status["reason_zh"]
    with pytest.raises(Exception) as exc:  # noqa: B017 - the same clear error when the clerk presses 读卡
        idcard.read_at_window(session.open_devices, timeout=1)
    assert "未检测到身份证读卡器" in getattr(exc.value, "message_zh", "")
