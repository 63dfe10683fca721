"""Addresses whose brackets or whose end tell that something of them was not read (family O, read
held out in session 16, gave three wrong pre-fills so):

- a 住所 with a note in brackets that holds a label's word — `…2302室(实际经营场所)`, 经营场所 being
  the label of a 个体工商户's address — was cut at the word as if a label started there: `…2302室(实际`
  was pre-filled. No label is printed inside another field's brackets;
- a 经营场所 whose wrapped row lost its `(` at the row's start (`…1702室` / `自主申报)`) was pre-filled
  with its `)` alone: a bracket never stands alone in an address, the value is doubtful;
- an ID card address whose first row's end and wrapped row were both lost under a watermark
  (`…湖滨街道前`, of `…湖滨街道前进村2组17号`) was pre-filled: the last character ends no part of
  an address (as on a licence's 住所, `extract._address_cut_short`), the value is doubtful.

Pages drawn with Pillow and read through `app.services.prefill.ocr_files` (`zongchuang ocr --json`).
"""

from __future__ import annotations

from app.prefill.extract import REASONS
from tests.prefill.test_id_front_cases import PERSON, card
from tests.prefill.test_id_front_cases import read as read_card
from tests.prefill.test_licence_ends import draw_licence, read

SCOPE = ["酒店管理,礼仪服务,建筑装饰材料销售。"]


def _company(address: list[str]) -> list[tuple[str, list]]:
    return [("名称", ["广州市德馨物流有限公司"]), ("类型", ["有限责任公司(自然人投资或控股)"]),
            ("法定代表人", ["诸葛梓"]), ("注册资本", ["人民币壹仟万元整"]), ("成立日期", ["2017年08月11日"]),
            ("营业期限", ["长期"]), ("住所", address), ("经营范围", SCOPE)]


def test_a_label_word_inside_the_address_brackets_is_no_label(engine, tmp_path) -> None:
    address = "广东省广州市天河区新华北路828弄74号2302室(实际经营场所)"
    got = read(draw_licence(_company([address]), tmp_path / "note.png"))
    assert got["address"]["value"] == address, got["address"]
    assert got["business_scope"]["value"] == "".join(SCOPE)


def test_an_address_with_a_lone_closing_bracket_is_not_prefilled(engine, tmp_path) -> None:
    # (the `(` left unprinted here, as unread there)
    rows = ["广东省广州市天河区锦绣花园15栋1单元1702室自主申报)"]
    got = read(draw_licence(_company(rows), tmp_path / "lone.png"))
    assert got["address"]["value"] == "", got["address"]
    assert got["address"]["reason"] in REASONS


def test_an_id_address_ending_inside_a_place_name_is_not_prefilled(engine, tmp_path) -> None:
    # (the rest of the row and the wrapped row, `进村2` / `组17号`, unread: not printed here)
    fields = read_card(tmp_path, card(["山东省青岛市市南区湖滨街道前"]))
    assert fields["address"]["value"] == "", fields["address"]
    assert fields["address"]["reason"] == "wrapped_row_incomplete"
    for key, want in PERSON.items():
        assert fields[key]["value"] == want, (key, fields[key])
