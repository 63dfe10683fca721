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


# ---- a 经营范围's separator the recogniser was torn on (OCR lines with the recogniser's per-character
# probabilities, through the real extraction, as tests/prefill/test_licence_rows.py does: a drawn page
# does not make the recogniser torn on one chosen mark)

def _scope_with(r2: str, doubt: dict[int, tuple[float, str, float]], r1: str | None = None) -> dict[str, str]:
    from tests.prefill.test_licence_rows import ROW1, licence, scope_rows, values

    return values(licence(scope_rows(r1=r1 or ROW1, r2=r2, d2=doubt)))


def test_scope_separator_torn_between_colon_and_semicolon_is_the_lists_own() -> None:
    # `；` read `：` at 0.40 with `；` at 0.31 (a blurred tail): the list prints ；surely five times,
    # a colon never between items — it was blanked as a doubtful character
    from tests.prefill.test_licence_rows import ROW2, SCOPE

    i = ROW2.index(";广告制作")
    got = _scope_with(ROW2[:i] + ":" + ROW2[i + 1:], {i: (0.40, ";", 0.31)})
    assert got["business_scope"] == SCOPE


def test_scope_separator_torn_between_comma_and_period_in_a_comma_list() -> None:
    from tests.prefill.test_licence_rows import ROW1, ROW2, SCOPE

    r1, r2 = ROW1.replace(";", ","), ROW2.replace(";", ",")
    i = r2.index(",广告制作")
    got = _scope_with(r2, {i: (0.69, ".", 0.09)}, r1=r1)
    assert got["business_scope"] == SCOPE.replace(";", ",")


def test_scope_separator_torn_with_a_separator_the_list_also_uses_stays_a_doubt() -> None:
    # 、 joins words inside an item (广告设计、代理) as surely as ；separates items: `、` at 0.56
    # against `；` at 0.40 is not settled by the list
    from tests.prefill.test_licence_rows import ROW2

    i = ROW2.index(";广告制作")
    got = _scope_with(ROW2[:i] + "、" + ROW2[i + 1:], {i: (0.56, ";", 0.40)})
    assert got["business_scope"] == ""


def test_scope_standard_sentence_whose_closing_bracket_was_dropped_before_the_next_header() -> None:
    # `…许可证件为准一般项目:`: the recogniser dropped the thin ）between the standard sentence and
    # the next header; the sentence is whole (it was blanked `unbalanced`)
    from tests.prefill.test_licence_rows import licence, scope_rows, values

    r1 = "许可项目:餐饮服务。(依法须经批准的项目,经相关部门批准后方可开展经营活动,具体经营项目以相"
    r2 = "关部门批准文件或许可证件为准一般项目:礼仪服务;家政服务;会议及展览服务;摄影扩印服务。(除依"
    r3 = "法须经批准的项目外,凭营业执照依法自主开展经营活动)"
    got = values(licence(scope_rows(r1, r2, r3)))
    assert got["business_scope"] == (r1 + r2 + r3).replace("为准一般", "为准)一般")


def test_health_name_running_on_into_a_copy_stamps_signature_and_date(engine, tmp_path) -> None:
    # a 复印件与原件一致 stamp signed and dated in the room right of the name: the name's row ran on
    # into `李明远2025.3.18` and the name was blanked (`name without its form`, or a gap in its row)
    from PIL import Image, ImageDraw

    from tests.prefill.fonts import SERIF, cjk_font

    path = draw_justified(tmp_path / "health.png", "卫生许可证", _health("浙江省杭州市西湖区文三路120号"), column=200)
    page = Image.open(path)
    d = ImageDraw.Draw(page)
    d.text((800, 380), "李明远2025.3.18", fill=(30, 30, 30), font=cjk_font(44, SERIF))
    page.save(path)
    out = read(path)
    assert out["kind"] == "public_health_license"
    assert out["fields"]["name"]["value"] == "上海嘉禾健身服务有限公司", out["fields"]["name"]
