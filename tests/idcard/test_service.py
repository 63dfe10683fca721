"""The read use case: checks (checksum, consistency, expiry) and recording a read on a case."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InputError
from app.services import cases as case_svc
from app.services.idcard import IdCardReadError, check_card, read_card, read_with, record_on_case
from hardware.idcard import CardType
from hardware.idcard.simulator import PRESETS, SimulatorReader
from hardware.idcard.textblock import parse_text_block
from tests.idcard.sam_peer import (
    FOREIGN_2017,
    FOREIGN_2023,
    HMT,
    RESIDENT,
    RESIDENT_LONG,
    PeerCard,
    PeerConfig,
)

TODAY = dt.date(2026, 11, 22)


def checked(peer_card: PeerCard, today: dt.date = TODAY):
    return check_card(parse_text_block(peer_card.text_block()), today)


@pytest.mark.parametrize("card", [RESIDENT, RESIDENT_LONG, FOREIGN_2023])
def test_good_cards_pass(card):
    result = checked(card)
    assert result.checks == {"checksum": True, "consistency": True, "expired": False}
    assert result.passed and not [i for i in result.issues if i.severity == "error"]


def test_wrong_check_digit():
    result = checked(PeerCard(number="110101199003078031"))
    assert result.checks["checksum"] is False and not result.passed
    assert any(i.code == "id.checksum" and "校验位" in i.message_zh for i in result.issues)


def test_sex_and_birth_must_agree_with_the_number():
    result = checked(PeerCard(sex="2", birth="19900308"))
    assert result.checks == {"checksum": True, "consistency": False, "expired": False}
    codes = {i.code for i in result.issues}
    assert {"card.sex_mismatch", "card.birth_mismatch"} <= codes


def test_expired_card_is_reported_not_hidden():
    result = checked(HMT)  # valid to 2025-06-01
    assert result.checks["expired"] is True and not result.passed
    assert any(i.code == "validity.expired" for i in result.issues)
    assert checked(HMT, dt.date(2025, 6, 1)).checks["expired"] is False  # the last day still counts


def test_long_term_never_expires_and_validity_term_is_a_warning():
    assert checked(RESIDENT_LONG, dt.date(2099, 1, 1)).checks["expired"] is False
    odd = checked(PeerCard(start="20150301", end="20250301"), dt.date(2020, 1, 1))  # 25-year-old given 10 years: fine
    assert odd.passed
    wrong = checked(PeerCard(start="20150301", end="20300301"), dt.date(2020, 1, 1))  # 15 years: no such term
    assert wrong.passed and any(i.code == "validity.term" and i.severity == "warning" for i in wrong.issues)


def test_foreigner_2017_permit_number_is_not_gb11643():
    result = checked(FOREIGN_2017)
    assert result.checks == {"checksum": None, "consistency": True, "expired": False} and result.passed


def test_json_view_has_the_contract_keys():
    data = checked(RESIDENT).as_dict()
    for key in ("card_type", "name", "sex", "nation", "birth_date", "address", "id_number", "issuing_authority",
                "valid_from", "valid_to", "checks"):
        assert key in data
    assert set(data["checks"]) == {"checksum", "consistency", "expired"}
    assert data["birth_date"] == "1990-03-07" and data["valid_to"] == "2035-03-01"
    assert "photo_wlt_base64" not in data and "photo_wlt_base64" in checked(RESIDENT).as_dict(photo=True)


def test_read_through_serial_backend(make_peer):
    peer = make_peer(PeerConfig(card=FOREIGN_2023))
    result = read_card("sam-serial", {"port": peer.path, "timeout": 1.0}, wait=2, today=TODAY)
    assert result.card.card_type is CardType.FOREIGN_2023 and result.passed


def test_reader_errors_become_bilingual_errors_with_exit_codes(make_peer):
    peer = make_peer(PeerConfig(card=None))
    with pytest.raises(IdCardReadError) as exc:
        read_card("sam-serial", {"port": peer.path, "timeout": 0.5}, wait=0.3)
    assert exc.value.exit_code == 10 and exc.value.kind == "no_card"
    assert "错误" in exc.value.bilingual() and "Error" in exc.value.bilingual()
    with pytest.raises(IdCardReadError) as exc:
        read_card("no-such-backend")
    assert exc.value.exit_code == 2


def test_latest_address_is_appended(make_peer):
    peer = make_peer(PeerConfig(card=PeerCard(new_address="北京市西城区金融大街1号")))
    result = read_card("sam-serial", {"port": peer.path}, wait=2, latest_address=True, today=TODAY)
    assert "追加住址：北京市西城区金融大街1号" in result.card.address


def test_record_on_case(ctx, clerk):
    ref = case_svc.create_case(ctx, "010170001000-02", {"what_changes": "unit_name"}, actor=clerk)
    result = read_with(SimulatorReader("resident"), timeout=1)
    record_on_case(ctx, ref.uuid, result, actor=clerk)
    detail = case_svc.case_detail(ctx, ref.uuid)
    assert detail["card_read"]["id_number"] == PRESETS["resident"]["id_number"]
    assert detail["card_read"]["source"] == "chip" and detail["card_read"]["valid_to"] == "长期"


def test_a_failed_read_is_not_silently_recorded(ctx, clerk):
    ref = case_svc.create_case(ctx, "010170001000-02", {"what_changes": "unit_name"}, actor=clerk)
    bad = check_card(parse_text_block(PeerCard(number="110101199003078031").text_block()), TODAY)
    with pytest.raises(InputError) as exc:
        record_on_case(ctx, ref.uuid, bad, actor=clerk)
    assert "核验未通过" in exc.value.message_zh
    assert case_svc.case_detail(ctx, ref.uuid)["card_read"] in (None, {})
    record_on_case(ctx, ref.uuid, bad, actor=clerk, acknowledge_failed=True)
    assert case_svc.case_detail(ctx, ref.uuid)["card_read"]["id_number"] == "110101199003078031"


def test_simulator_backend_place_remove_and_failures(tmp_path):
    sim = SimulatorReader("hk-macao-taiwan", present=False)
    assert sim.wait_for_card(0.1) is False
    sim.place()
    assert read_with(sim, timeout=1).card.pass_number == "H12345678"
    custom = tmp_path / "card.json"
    custom.write_text('{"card_type": "resident", "name": "赵六", "sex": "1", "nation": "03", '
                      '"birth_date": "19800101", "id_number": "110101198001010010", "valid_from": "2010-01-01", '
                      '"valid_to": "2030-01-01"}', encoding="utf-8")
    card = read_with(SimulatorReader(str(custom)), timeout=1).card
    assert (card.name, card.sex, card.nation) == ("赵六", "男", "回")
    with pytest.raises(IdCardReadError) as exc:
        read_with(SimulatorReader("resident", fail_sw3=0x41), timeout=1)
    assert exc.value.exit_code == 13


def test_configured_reader_follows_config(tmp_path, monkeypatch, make_peer):
    from app.services.idcard import configured_reader

    monkeypatch.delenv("ZONGCHUANG_SYSTEM_CONFIG", raising=False)
    monkeypatch.setenv("ZONGCHUANG_SYSTEM_CONFIG", str(tmp_path / "none.toml"))
    data = tmp_path / "data"
    data.mkdir()
    assert configured_reader(data, training=True).backend == "simulator"
    peer = make_peer(PeerConfig(card=RESIDENT))
    (data / "config.toml").write_text(f'[devices.idcard]\nbackend = "sam_serial"\nport = "{peer.path}"\n', encoding="utf-8")
    reader = configured_reader(data)
    assert read_with(reader, timeout=2).card.name == "张三"
    reader.close()
    (data / "config.toml").write_text('[devices.idcard]\nbackend = "none"\n', encoding="utf-8")
    with pytest.raises(InputError):
        configured_reader(data)


def test_watch_survives_unplug_and_replug(make_peer):
    import threading
    import time

    from app.services.idcard import watch
    from hardware.idcard.sam_serial import SamSerialReader

    first = make_peer(PeerConfig(card=RESIDENT))
    reader = SamSerialReader(first.path, timeout=0.5)
    cards, errors, stop = [], [], threading.Event()
    thread = threading.Thread(target=watch, args=(reader, lambda r: cards.append(r.card.name)),
                              kwargs={"on_error": lambda e: errors.append(e.kind), "should_stop": stop.is_set,
                                      "poll": 0.3}, daemon=True)
    thread.start()

    def until(cond, seconds=5.0):
        deadline = time.monotonic() + seconds
        while not cond() and time.monotonic() < deadline:
            time.sleep(0.05)
        return cond()

    assert until(lambda: cards == ["张三"])
    time.sleep(0.5)
    assert cards == ["张三"]  # the same card lying there is read once
    first.close()  # unplugged
    assert until(lambda: "unavailable" in errors)
    make_peer(PeerConfig(card=HMT))  # plugged back in, another card on it
    assert until(lambda: cards == ["张三", "陈大文"])
    stop.set()
    thread.join(timeout=5)
    reader.close()
