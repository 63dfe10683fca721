"""The 256-byte text block: one layout per card type, chosen by byte 248. Blocks are built by
the test peer's own encoder (tests/idcard/sam_peer.py), not by product code."""

from __future__ import annotations

import datetime as dt

import pytest

from hardware.idcard import CardType, TextBlockError
from hardware.idcard.textblock import parse_text_block
from tests.idcard.sam_peer import FOREIGN_2017, FOREIGN_2023, HMT, RESIDENT, RESIDENT_LONG, PeerCard


def test_resident_card_fields():
    card = parse_text_block(RESIDENT.text_block())
    assert card.card_type is CardType.RESIDENT
    assert (card.name, card.sex, card.sex_code, card.nation, card.nation_code) == ("张三", "男", "1", "汉", "01")
    assert card.birth_date == dt.date(1990, 3, 7)
    assert card.address == "北京市东城区景山前街4号"
    assert card.id_number == "11010119900307803X"
    assert card.issuing_authority == "北京市公安局东城分局"
    assert (card.valid_from, card.valid_to) == (dt.date(2015, 3, 1), dt.date(2035, 3, 1))


def test_long_term_and_female_and_hui_nation():
    card = parse_text_block(RESIDENT_LONG.text_block())
    assert (card.sex, card.nation, card.valid_to) == ("女", "回", "长期")


def test_hk_macao_taiwan_permit():
    card = parse_text_block(HMT.text_block())
    assert card.card_type is CardType.HMT_RESIDENCE and card.card_type.code == "J"
    assert (card.name, card.id_number, card.pass_number, card.issue_count) == ("陈大文", "810000198511200010", "H12345678", "02")
    assert card.nation == "" and card.address.startswith("广东省深圳市")


def test_foreigner_2023_joins_the_two_english_name_parts():
    card = parse_text_block(FOREIGN_2023.text_block())
    assert card.card_type is CardType.FOREIGN_2023
    assert card.name == "安娜" and card.nationality == "RUS" and card.issue_count == "01"
    assert card.english_name == FOREIGN_2023.english[:46]  # 35 + 11 characters across the two parts
    assert card.birth_date == dt.date(1988, 5, 14) and card.id_number.startswith("9")


def test_foreigner_2023_short_english_name():
    card = parse_text_block(PeerCard(kind="Y", name="", english="LI MING", number="931643198805140026",
                                     nationality="CAN").text_block())
    assert card.english_name == "LI MING" and card.name == "LI MING"


def test_foreigner_2017_layout():
    card = parse_text_block(FOREIGN_2017.text_block())
    assert card.card_type is CardType.FOREIGN_2017
    assert (card.english_name, card.id_number, card.nationality) == ("SMITH JOHN", "USA110075020318", "USA")
    assert card.birth_date == dt.date(1975, 2, 3) and card.card_version == "01" and card.authority_code == "1100"


def test_zero_at_byte_248_is_a_resident_card():
    block = bytearray(RESIDENT.text_block())
    block[248:250] = b"\x00\x00"
    assert parse_text_block(bytes(block)).card_type is CardType.RESIDENT


def test_unreadable_date_is_a_warning_not_a_crash():
    card = parse_text_block(PeerCard(birth="1990013X").text_block())
    assert card.birth_date is None and any("birth_date" in w for w in card.warnings)


@pytest.mark.parametrize("data", [b"", b"\x20\x00" * 100, b"\x00" * 256, b"\x20\x00" * 128])
def test_short_or_empty_blocks_raise_the_module_error(data):
    with pytest.raises(TextBlockError):
        parse_text_block(data)
