"""Permit addresses blanked though read whole (issue 15, session 16, family O), on Pillow-drawn pages
read through the CLI's service (decode, flatten, OCR, classify and extract all run).

- A room numbered after a part of a floor (`…2幢3层南区208`, `…1层东侧105`: the floor's zone or
  side, then the room) ends the address as a room after its building does (`…2单元1508`); it was
  taken for a number that lost its `号` (`address ends abruptly`).
- A note the value prints in brackets that spells another field's label (`…66号(实际经营场所)`:
  经营场所 is the food licence's next label) cut the value at the label: `…66号(实际`, unbalanced.
"""

from __future__ import annotations

from tests.prefill.pages import read_file as read
from tests.prefill.test_food_health_layouts import FOOD_2015, HEALTH, draw_justified


def _health(address: str) -> list[tuple[str, str]]:
    return [("许可证号", "浙卫公字〔2022〕第330106000321号")] + [
        (lab, {"地址": address, "许可项目": "美容店"}.get(lab, v)) for lab, v in HEALTH]


def test_health_address_ending_in_a_room_after_a_floor_zone(engine, tmp_path) -> None:
    for n, address in enumerate(("浙江省杭州市西湖区文三路120号2幢3层南区208", "浙江省杭州市西湖区文三路120号4幢1层东侧105")):
        out = read(draw_justified(tmp_path / f"health{n}.png", "卫生许可证", _health(address), column=200))
        assert out["kind"] == "public_health_license"
        assert out["fields"]["address"]["value"] == address, out["fields"]["address"]


def test_health_address_without_its_room_is_still_not_prefilled(engine, tmp_path) -> None:
    # (the rule is for a room after a floor's part: a street number without its 号 stays a doubt)
    out = read(draw_justified(tmp_path / "health.png", "卫生许可证", _health("浙江省杭州市西湖区文三路120"), column=200))
    assert out["fields"]["address"]["value"] == ""


def test_food_premises_with_a_bracketed_note_spelling_a_label(engine, tmp_path) -> None:
    premises = "山东省济南市历下区解放路66号(实际经营场所)"
    rows = [(lab, premises if lab == "经营场所" else v) for lab, v in FOOD_2015]
    out = read(draw_justified(tmp_path / "food.png", "食品经营许可证", rows))
    assert out["kind"] == "food_business_license"
    assert out["fields"]["premises_address"]["value"] == premises, out["fields"]["premises_address"]
    assert out["fields"]["address"]["value"] == "山东省济南市历下区经十路326号"
