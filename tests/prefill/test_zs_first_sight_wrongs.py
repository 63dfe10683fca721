"""Session 32 (zswrong): four of family ZS's first-sight wrong pre-fills, left blank by evidence true of
real documents.

- An ID card address ending at its building (`…630号2栋`) whose room wrapped to a row the detector did
  not box (`1062室`): taken only on blank paper under the last row (`extract.BUILDING_END_BELOW`;
  ZS zs_0019).
- A market entity's name starting one character off its registrar's county (`部东…` for 邵东…, credit
  code 91430521…: 430521 邵东县) and with no place name (`extract.NAME_DIVISION_CHECK`; zs_0024).
- A 食品经营许可证's 有效期至 that no date on the page vouches for, with a digit read against another
  (`kinds.UNCHECKED_TORN_END`; zs_0141). (zs_0028's two addresses: `kinds.ONE_APART`, test_fax_zs.py.)
- A 经营范围 starting with one character and a mark (`extract.SCOPE_ONE_CHAR_FIRST`; zs_0134).
- A date whose box meets a certifier's note's box (`复印件与原件一致`: the note's handwritten date across
  the printed 有效期至; `extract.NEAR_COPY_NOTE`; zs_0067).

Each case pre-filled the wrong value on main (checked by switching the rule off here). Pages drawn with
Pillow; the licence read whole through `ocr_files`, the others as the recogniser's lines over drawn pixels
(the reader's paper check looks at the pixels).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import extract as ex_mod
from app.prefill import kinds as kinds_mod
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from app.prefill.reader import confirm_row_end
from app.services.prefill import ocr_files
from tests.prefill.fonts import cjk_font
from tests.prefill.pages import recognised

# ---------------------------------------------------------------- an ID address ending at its building

ADDRESS = ("福建省厦门市思明区厦", "禾路东段630号2栋", "1062室")


def _front(room_ink: bool) -> tuple[np.ndarray, list[TextLine]]:
    """An ID card front: the address's two first rows boxed, its third (`1062室`, kept whole on a row of
    its own) drawn on the card when `room_ink` and not boxed."""
    img = Image.new("RGB", (900, 560), (246, 246, 242))
    d = ImageDraw.Draw(img)
    font = cjk_font(34)
    rows = [("姓名", "朱华波", 60), ("性别", "男", 120), ("出生", "2002年5月12日", 180),
            ("住址", ADDRESS[0], 240), ("", ADDRESS[1], 284)]
    lines = []
    for label, value, y in rows:
        if label:
            d.text((60, y), label, font=font, fill=(40, 90, 160))
            lines.append(recognised(label, 60, y, 130, y + 38))
        d.text((170, y), value, font=font, fill=(20, 20, 20))
        lines.append(recognised(value, 170, y, 170 + d.textlength(value, font=font), y + 38))
    if room_ink:
        d.text((170, 328), ADDRESS[2], font=font, fill=(20, 20, 20))
    d.text((60, 440), "公民身份号码", font=cjk_font(26), fill=(40, 90, 160))
    d.text((260, 436), "350203200205120935", font=font, fill=(20, 20, 20))
    lines += [recognised("公民身份号码", 60, 440, 220, 470), recognised("350203200205120935", 260, 436, 640, 474)]
    return np.asarray(img)[..., ::-1].copy(), lines


def _address(room_ink: bool) -> dict:
    page, lines = _front(room_ink)
    extraction = extract(to_lines(lines), "id_card_front")
    confirm_row_end(extraction, to_lines(lines), page)
    return extraction.fields["address"].public()


def test_an_id_address_ending_at_its_building_with_a_row_under_it_is_not_prefilled(monkeypatch) -> None:  # noqa: ANN001
    got = _address(True)
    assert got["value"] == "" and got["reason"] == "wrapped_row_incomplete"
    assert _address(False)["value"] == ADDRESS[0] + ADDRESS[1]  # (blank paper under it: the building ends it)
    monkeypatch.setattr(ex_mod, "BUILDING_END_BELOW", False)
    assert _address(True)["value"] == ADDRESS[0] + ADDRESS[1]  # (as on main: pre-filled without its room)


# ---------------------------------------------------------------- a name one character off its registrar's place

def _licence(name: str, code: str) -> list[TextLine]:
    rows = [("名称", name, 300), ("类型", "有限责任公司分公司(自然人独资)", 360), ("负责人", "叶梅琴", 420),
            ("成立日期", "2019年03月04日", 480), ("营业场所", "湖南省邵东县廉桥镇龙溪村299号", 540)]
    lines = [recognised("营业执照", 400, 120, 700, 200), recognised("统一社会信用代码", 80, 220, 330, 250),
             recognised(code, 340, 220, 700, 250)]
    for label, value, y in rows:
        lines += [recognised(label, 80, y, 80 + 34 * len(label), y + 36),
                  recognised(value, 260, y, 260 + 34 * len(value), y + 36)]
    return lines


def test_a_name_one_character_off_its_registrars_county_is_not_prefilled(monkeypatch) -> None:  # noqa: ANN001
    code = "91430521MA4PXW1R3W"  # (430521: 邵东县; the check character as GB 32100 computes it)
    assert ex_mod.validate_uscc(code).ok
    def name(text: str) -> dict:
        return extract(to_lines(_licence(text, code)), "business_license").fields["name"].public()
    got = name("部东天成健康咨询有限公司邵东分公司")
    assert got["value"] == "" and got["reason"] == "vocabulary"
    assert name("邵东天成健康咨询有限公司邵东分公司")["value"] == "邵东天成健康咨询有限公司邵东分公司"
    assert name("邵阳天成健康咨询有限公司")["value"] == "邵阳天成健康咨询有限公司"  # (its city: a real place)
    assert name("天成健康咨询有限公司")["value"] == "天成健康咨询有限公司"  # (no place first)
    monkeypatch.setattr(ex_mod, "NAME_DIVISION_CHECK", False)
    assert name("部东天成健康咨询有限公司邵东分公司")["value"] == "部东天成健康咨询有限公司邵东分公司"  # (as on main)


# ---------------------------------------------------------------- a certifier's note over a value's row

def _permit(note_y: int) -> dict:
    """A 食品经营许可证's foot: 有效期至 at y 846–884 and a `复印件与原件一致` note's box at `note_y`."""
    rows = [("经营者名称：", "沈阳博远便利店有限公司", 600), ("许可证编号：", "JY12101021003007", 680),
            ("有效期至", "2026年02月23日", 846)]
    lines = [recognised("食品经营许可证", 400, 500, 700, 540)]
    for label, value, y in rows:
        lines += [recognised(label, 110, y, 110 + 24 * len(label), y + 34), recognised(value, 230, y, 380, y + 38)]
    lines.append(recognised("复印件与原件一致", 176, note_y, 389, note_y + 36))
    return extract(to_lines(lines), "food_business_license").fields["valid_to"].public()


def test_a_value_whose_box_meets_a_certifiers_note_is_not_prefilled(monkeypatch) -> None:  # noqa: ANN001
    got = _permit(811)  # (the note's box ends at 847, the row's starts at 846)
    assert got["value"] == "" and got["reason"] == "doubtful_character"
    assert _permit(760)["value"] == "2026-02-23"  # (the note a row's paper above: the row is print alone)
    monkeypatch.setattr(ex_mod, "NEAR_COPY_NOTE", False)
    assert _permit(811)["value"] == "2026-02-23"  # (as on main)


# ---------------------------------------------------------------- a scope starting with one character and a mark

def test_a_scope_starting_with_one_character_and_a_mark_is_not_prefilled(engine, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    # ZS zs_0134: `发,办公用品销售,…` — the end of `服装服饰批发` whose row (label and all) was not taken
    from tests.prefill.test_name_lost_character import ROWS, _both, _licence

    whole = [*ROWS, (1200, "经营范围", "批发,办公用品销售,五金产品零售")]
    assert ocr_files([_licence(tmp_path, whole)])[0][0]["fields"]["business_scope"]["value"] \
        == "批发,办公用品销售,五金产品零售"  # (an item of two characters first: as read)
    rows = [*ROWS, (1200, "经营范围", "发,办公用品销售,五金产品零售")]
    on, off = _both(_licence(tmp_path, rows), monkeypatch, "SCOPE_ONE_CHAR_FIRST")
    assert off["business_scope"]["value"] == "发,办公用品销售,五金产品零售"  # (main: a scope without its first rows)
    assert on["business_scope"]["value"] == ""
    assert on["business_scope"]["reason"] == "wrapped_row_incomplete"


# ---------------------------------------------------------------- an end date no date on the page vouches for

def _valid_to(issued: str) -> dict:
    """A 食品经营许可证 whose 有效期至 reads `2024年08月08日` with the month's 8 torn against 6 (0.93 / 0.07),
    and its 发证日期 row `issued`."""
    rows = [("经营者名称：", "上海弘毅饭店", 300, None), ("许可证编号：", "JY23101040196136", 360, None),
            ("有效期至：", "2024年08月08日", 420, {6: (0.93, "6", 0.07)})]
    lines = [recognised("食品经营许可证", 400, 200, 700, 240)]
    for label, value, y, doubt in rows:
        lines += [recognised(label, 110, y, 110 + 30 * len(label), y + 34),
                  recognised(value, 300, y, 300 + 20 * len(value), y + 34, doubt)]
    lines.append(recognised(issued, 800, 700, 1000, 730))
    return extract(to_lines(lines), "food_business_license").fields["valid_to"].public()


def test_an_unvouched_end_date_with_a_torn_digit_is_not_prefilled(monkeypatch) -> None:  # noqa: ANN001
    got = _valid_to("2019年68月09日")  # (ZS zs_0141: the issue date misread too — no date to check by)
    assert got["value"] == "" and got["reason"] == "doubtful_character"
    assert _valid_to("2019年08月09日")["value"] == "2024-08-08"  # (five years on from the issue date: vouched)
    monkeypatch.setattr(kinds_mod, "UNCHECKED_TORN_END", 0)
    assert _valid_to("2019年68月09日")["value"] == "2024-08-08"  # (as on main)
