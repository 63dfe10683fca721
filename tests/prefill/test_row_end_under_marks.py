"""Wrong pre-fills of family ZF's first sight (session 25), left blank by generic evidence:

- A 食品经营许可证's 住所 whose full last row wrapped a short row (`09室`) under a red usage watermark
  that the detector did not box: the next print lies two of the column's row pitches below, so the
  value may go on (`kinds.FULL_ROW_GAP`, `ROW_BELOW`; the reader clears it on paper; ZF zf0067).
- A copy's usage line `…使用，他用无效` laid over an ID card's 姓名 row, its close `用无效` boxed
  with the name (`夏燕用无效`; ZF zf0133): no value prints `用无效` (`extract.COPY_CLOSE_CUT`).
Rows drawn with Pillow; lines as the recogniser gives them (characters' centres)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import extract as ex_mod
from app.prefill import kinds as kinds_mod
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from app.prefill.reader import confirm_row_end
from tests.prefill.fonts import cjk_font
from tests.prefill.pages import recognised

SIZE, X0 = 30, 260


def _front(name: str) -> list[TextLine]:
    return [recognised("姓名", 70, 74, 130, 112), recognised(name, 185, 74, 185 + 38 * len(name), 112),
            recognised("性别", 70, 154, 130, 192), recognised("男", 185, 154, 220, 192),
            recognised("民族", 300, 154, 360, 192), recognised("汉", 400, 154, 440, 192),
            recognised("住址", 70, 318, 130, 350), recognised("安徽省阜阳市临泉县新集镇", 185, 314, 600, 350),
            recognised("红星村6组9号", 185, 360, 420, 396),
            recognised("公民身份号码", 70, 540, 270, 575), recognised("341221201208265298", 300, 534, 720, 578)]


def test_a_usage_watermarks_close_read_into_a_name_leaves_it_blank(monkeypatch) -> None:  # noqa: ANN001
    assert extract(to_lines(_front("夏燕用无效")), "id_card_front").fields["name"].public()["value"] == ""
    assert extract(to_lines(_front("夏燕")), "id_card_front").fields["name"].public()["value"] == "夏燕"
    monkeypatch.setattr(ex_mod, "COPY_CLOSE_CUT", False)
    monkeypatch.setattr(ex_mod, "CARD_FIVE_NEEDS_COMPOUND", False)  # (session 37's 汉 name-length rule blanks it too)
    assert extract(to_lines(_front("夏燕用无效")), "id_card_front").fields["name"].public()["value"]  # (as on main)


FOOD_ADDRESS = ("江苏省南京市鼓楼区花园街1413号卓越大厦14层", "09室")


def _food(wrapped_ink: bool) -> tuple[np.ndarray, list[TextLine]]:
    """A 食品经营许可证's rows (labels left, values from x=X0) whose 住所 fills its row and wraps `09室`
    onto the next, which the detector did not box (drawn on the page when `wrapped_ink`)."""
    img = Image.new("RGB", (1100, 560), (243, 241, 236))
    d = ImageDraw.Draw(img)
    font = cjk_font(SIZE)
    rows = [("经营者名称：", "百川便利店(南京)有限公司", 40), ("法定代表人(负责人)：", "赵勇", 100),
            ("住所：", FOOD_ADDRESS[0], 160), ("经营场所：", "江苏省南京市鼓楼区龙华中路245号立信科技园", 280),
            ("主体业态：", "食品销售经营者(便利店)", 340), ("许可证编号：", "JY13201068801478", 400),
            ("有效期至：", "2029年02月17日", 460)]
    lines = [recognised("食品经营许可证", 400, 0, 700, 36)]
    for label, value, y in rows:
        lines.append(recognised(label, 20, y, 20 + SIZE * len(label), y + SIZE + 6))
        width = min(d.textlength(value, font=font), 1080 - X0)
        lines.append(recognised(value, X0, y, X0 + width, y + SIZE + 6))
        if label == "住所：":
            d.text((X0, y), value, font=font, fill=(20, 20, 20))
            if wrapped_ink:
                d.text((X0, y + 40), FOOD_ADDRESS[1], font=font, fill=(20, 20, 20))
    return np.asarray(img)[..., ::-1].copy(), lines


def test_a_permit_address_with_a_row_missed_under_its_full_last_row_is_not_prefilled(monkeypatch) -> None:  # noqa: ANN001
    for ink, want in ((True, ""), (False, FOOD_ADDRESS[0])):
        page, lines = _food(ink)
        extraction = extract(to_lines(lines), "food_business_license")
        confirm_row_end(extraction, to_lines(lines), page)
        assert extraction.fields["address"].public()["value"] == want, (ink, extraction.fields["address"])
    monkeypatch.setattr(kinds_mod, "FULL_ROW_GAP", 0)
    page, lines = _food(True)
    extraction = extract(to_lines(lines), "food_business_license")
    confirm_row_end(extraction, to_lines(lines), page)
    assert extraction.fields["address"].public()["value"] == FOOD_ADDRESS[0]  # (as on main: pre-filled short)
