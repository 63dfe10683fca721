"""Licence labels justified across a Word/WPS table's label column (分散对齐), as county templates and
the registrars' own 副本 print them: the characters of a label stand a cell apart, so the detector
boxes them in ways a label printed tight never is. Rebuilt as OCR lines (page pixels, the
recogniser's character centres) and run through the real extraction code.
"""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float, xs: tuple[float, ...] = ()) -> TextLine:
    """A recognised box; `xs` are the characters' centres in page pixels (the engine reports them as
    fractions of the box's length)."""
    per = tuple((0.999, "", 0.0) for _ in text)
    frac = tuple((x - x1) / (x2 - x1) for x in xs)
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, per, frac)


def centres(x1: float, pitch: float, text: str, first: float | None = None) -> tuple[float, ...]:
    """Character centres of a row printed at `pitch` from x1 (the first one at `first` if given)."""
    out = [x1 + pitch / 2 + i * pitch for i in range(len(text))]
    if first is not None:
        out[0] = first
    return tuple(out)


ROW_H = 30


def individual_copy(rows: list[TextLine]) -> list[TextLine]:
    """A 个体工商户 副本 (portrait): the head, the given label/value rows, then the rows below them."""
    head = [line("营业执照", 440, 200, 700, 260), line("(副本)", 520, 262, 610, 292),
            line("统一社会信用代码", 100, 150, 300, 175),
            line("92510107MA6CQ2XK4B", 100, 180, 330, 205)]
    y = 460
    tail = []
    for lab, val in (("组成形式", "个人经营"), ("注册日期", "2016年03月18日"),
                     ("经营场所", "四川省成都市武侯区玉林北路18号附1号"), ("经营范围", "面点制售;饮料零售")):
        tail.append(line(lab + val, 100, y, 100 + 160 + 20 * len(val), y + ROW_H))
        y += 42
    foot = [line("登记机关", 700, 1100, 800, 1130), line("成都市武侯区市场监督管理局", 620, 1135, 900, 1165),
            line("2016年03月18日", 680, 1170, 860, 1200)]
    return head + rows + tail + foot


def test_a_label_first_character_boxed_apart_overlapping_the_rest_glued_to_the_value() -> None:
    # `经` alone at the column's left edge; `营者刘德明` boxed from under the detector's padding of
    # `经` (the boxes overlap by a third of a character), the characters themselves a cell apart:
    # the label is 经营者 and the value the name (it was `label_not_found`)
    rows = [line("名", 100, 334, 130, 364, (115,)), line("称武侯区刘记面馆", 228, 334, 420, 364,
                                                          centres(240, 21, "称武侯区刘记面馆")),
            line("类", 100, 376, 130, 406, (115,)), line("型个体工商户", 228, 376, 360, 406, centres(240, 21, "型个体工商户")),
            line("经", 100, 418, 142, 448, (115,)), line("营者刘德明", 122, 418, 330, 448,
                                                          centres(240, 21, "营者刘德明", first=178))]
    got = extract(to_lines(individual_copy(rows))).public_fields()
    assert got["legal_representative"]["value"] == "刘德明"
    assert got["name"]["value"] == "武侯区刘记面馆"
    # the same boxes with the second character's print inside the first one's box (one character
    # read twice, or a box split inside a word) spell no label across them
    rows[-1] = line("营者刘德明", 122, 418, 330, 448, centres(240, 21, "营者刘德明", first=126))
    assert extract(to_lines(individual_copy(rows))).public_fields()["legal_representative"]["value"] == ""


def test_the_label_column_first_characters_boxed_as_one_tall_box() -> None:
    # `名`, `类`, `经` one under the other with paper around them, boxed as one tall narrow box
    # `名类经` across three rows: each is its row's label start (name, type and operator were all
    # `label_not_found`)
    rows = [line("名类经", 98, 330, 140, 452, (119, 119, 119)),
            line("称武侯区刘记面馆", 228, 334, 420, 364, centres(240, 21, "称武侯区刘记面馆")),
            line("型个体工商户", 228, 376, 360, 406, centres(240, 21, "型个体工商户")),
            line("营者刘德明", 160, 418, 330, 448, centres(240, 21, "营者刘德明", first=178))]
    got = extract(to_lines(individual_copy(rows))).public_fields()
    assert got["name"]["value"] == "武侯区刘记面馆"
    assert got["entity_type"]["value"] == "个体工商户"
    assert got["legal_representative"]["value"] == "刘德明"
    # two of them boxed together (`名类`, a box hardly taller than wide), the third on its own
    two = [line("名类", 98, 332, 142, 408, (120, 120)), *rows[1:3], line("经", 100, 418, 142, 448, (115,)),
           rows[3]]
    got = extract(to_lines(individual_copy(two))).public_fields()
    assert (got["name"]["value"], got["entity_type"]["value"]) == ("武侯区刘记面馆", "个体工商户")
    # a tall box whose characters are not the form's label characters stays one box (a vertical
    # slogan or a seal's text beside the table is no label column)
    got = extract(to_lines(individual_copy([line("诚信经营", 98, 330, 140, 452), *rows[1:]]))).public_fields()
    assert got["name"]["value"] == "" and got["legal_representative"]["value"] == ""


def test_a_justified_label_whose_middle_character_was_not_boxed() -> None:
    # `经` at the column's left edge, `营` not boxed at all (faint, or under the guilloche), `者`
    # glued to the value at the column's right edge: the paper between `经` and `者` holds the
    # lost character, and only 经营者 is spelled by them (it was `label_not_found`, and the row
    # `者刘德明` was taken for the wrapped end of the type above: `个体工商户者刘德明`)
    rows = [line("名", 100, 334, 130, 364, (115,)), line("称武侯区刘记面馆", 228, 334, 420, 364,
                                                          centres(240, 21, "称武侯区刘记面馆")),
            line("类", 100, 376, 130, 406, (115,)), line("型个体工商户", 228, 376, 360, 406, centres(240, 21, "型个体工商户")),
            line("经", 100, 418, 130, 448, (115,)), line("者刘德明", 228, 418, 330, 448, centres(240, 21, "者刘德明"))]
    got = extract(to_lines(individual_copy(rows))).public_fields()
    assert got["legal_representative"]["value"] == "刘德明"
    assert got["entity_type"]["value"] == "个体工商户"
    # no room for a character between them (centres a character apart): `经者` is no label
    rows[-2] = line("经", 200, 418, 228, 448, (222,))
    got = extract(to_lines(individual_copy(rows))).public_fields()
    assert got["legal_representative"]["value"] == ""


def test_a_wrapped_address_row_beside_a_second_reading_of_its_own_label() -> None:
    # the address wraps its last character (`室`) onto a row of its own; the strip left of that row,
    # read again for a label, reaches up into the label's row and reads `经营场所` once more, a
    # little lower than the label itself: the row's "label" is the value's own, so the row is the
    # value's wrap, not another field's value (it was `ragged rows`)
    head = [line("营业执照", 440, 200, 700, 260), line("统一社会信用代码", 100, 150, 300, 175),
            line("名称", 100, 334, 160, 364), line("武侯区刘记面馆", 228, 334, 400, 364),
            line("类型", 100, 376, 160, 406), line("个体工商户", 228, 376, 350, 406),
            line("经营者", 100, 418, 180, 448), line("刘德明", 228, 418, 300, 448),
            line("注册日期", 100, 460, 200, 490), line("2016年03月18日", 228, 460, 400, 490),
            line("经营场所", 100, 502, 200, 532), line("四川省成都市武侯区玉林北路18号附1号2单元18", 228, 502, 760, 532),
            line("经营场所", 92, 522, 226, 556), line("室", 228, 530, 258, 560),
            line("经营范围", 100, 574, 200, 604), line("面点制售;饮料零售", 228, 574, 420, 604),
            line("登记机关", 700, 1100, 800, 1130), line("2016年03月18日", 680, 1170, 860, 1200)]
    got = extract(to_lines(head)).public_fields()
    assert got["address"]["value"] == "四川省成都市武侯区玉林北路18号附1号2单元18室"
    # another label there heads another field's row: not the address's wrap
    head[12] = line("业务范围", 92, 522, 226, 556)
    assert extract(to_lines(head)).public_fields()["address"]["value"] == ""



def _health(number: str) -> list[TextLine]:
    return [line("公共场所卫生许可证", 300, 100, 700, 150), line(number, 450, 160, 800, 185),
            line("单位名称", 100, 220, 200, 245), line("雁江区清源足浴店", 300, 220, 480, 245),
            line("法定代表人", 100, 260, 220, 285), line("邱海新", 300, 260, 360, 285),
            line("许可项目", 100, 300, 200, 325), line("美发、美容", 300, 300, 400, 325),
            line("有效期限", 100, 340, 200, 365), line("自2019年06月07日至2023年06月06日", 300, 340, 600, 365)]


def test_a_health_licence_number_as_county_templates_print_it() -> None:
    # 〔〕, （）, [] or 【】 around the year, 卫公字 or 卫公证字, a space before 第 or the digits: one
    # number (the brackets made canonical); a year no licence was issued in is not pre-filled
    for printed in ("川卫公字〔2019〕第005864号", "川卫公证字（2019）第005864号", "川卫公字[2019] 第 005864 号",
                    "川卫公字【2019】第005864号", "川卫公字(2019)第005864号"):
        f = extract(to_lines(_health(printed))).public_fields()["license_no"]
        assert f["value"].replace("证字", "字") == "川卫公字〔2019〕第005864号", printed
    f = extract(to_lines(_health("川卫公字(2919)第005864号"))).public_fields()["license_no"]
    assert f["value"] == ""


SCOPE_ROWS = ("健康咨询服务(不含诊疗服务);养生保健服务(非", "医疗);足浴服务;美容服务(依法须经批准的项",
              "目,经相关部门批准后方可开展经营活动)")


def _company(scope_rows: list[TextLine]) -> list[TextLine]:
    return [line("营业执照", 440, 120, 700, 180), line("统一社会信用代码", 100, 80, 300, 105),
            line("名称", 100, 300, 160, 325), line("金华立德健康管理有限公司", 240, 300, 480, 325),
            line("类型", 100, 340, 160, 365), line("其他有限责任公司", 240, 340, 400, 365),
            line("法定代表人", 100, 380, 200, 405), line("翁岚翠", 240, 380, 300, 405),
            line("经营范围", 100, 420, 200, 445), *scope_rows,
            line("登记机关", 700, 900, 800, 925), line("2025年09月10日", 680, 960, 860, 985)]


def test_a_scope_row_a_character_short_because_the_next_row_starts_with_a_mark() -> None:
    # 避头尾: `目` would end the second row, but `,` may not start a row, so both moved down and the
    # second row ends one character short. The value is taken once the page shows paper where
    # that character would stand; ink there (a thin 、 the detector cut off) keeps it doubtful
    import numpy as np

    from app.prefill.layout import to_lines as rows_of
    from app.prefill.reader import confirm_row_end

    pitch = 22  # (a character a little wider than its box is tall, as the detector boxes rows)
    boxes = [(240, 420, 240 + 23 * pitch, 440), (240, 448, 240 + 22 * pitch, 468), (240, 476, 240 + 19 * pitch, 496)]
    scope = [line(t, *b) for t, b in zip(SCOPE_ROWS, boxes, strict=True)]
    lines = _company(scope)
    ex = extract(to_lines(lines))
    f = ex.fields["business_scope"]
    assert f.flagged and f.note == "paper not checked" and len(f.blank_after) == 1

    def page(ink_in_room: bool) -> np.ndarray:
        img = np.full((1000, 900), 245, np.uint8)
        for x1, y1, x2, y2 in boxes:  # each row's characters: strokes across the row's middle
            for x in range(x1 + 3, x2 - 3, pitch):
                img[y1 + 5:y2 - 5, x:x + 3] = 20
                img[y1 + 9:y1 + 12, x:x + 14] = 20
        if ink_in_room:  # a character's strokes where the row's last one would stand
            x = boxes[1][2] + 6
            img[boxes[1][1] + 5:boxes[1][3] - 5, x:x + 3] = 20
            img[boxes[1][1] + 9:boxes[1][1] + 12, x:x + 12] = 20
        return img

    confirm_row_end(ex, rows_of(lines), page(False))
    assert not f.flagged and f.value.startswith("健康咨询服务") and f.value.endswith("开展经营活动)")
    ex = extract(to_lines(lines))
    confirm_row_end(ex, rows_of(lines), page(True))
    assert ex.fields["business_scope"].flagged
    # a row two characters short (a typesetter breaking between items, half-width punctuation) is
    # whole too when the paper up to the column's edge is blank; ink at the second character's place
    # (a 、 lost there) keeps it doubtful
    boxes[1] = (240, 448, 240 + 21 * pitch, 468)
    scope = [line(t, *b) for t, b in zip(SCOPE_ROWS, boxes, strict=True)]
    lines = _company(scope)
    ex = extract(to_lines(lines))
    f = ex.fields["business_scope"]
    assert f.note == "paper not checked" and f.blank_after[0][0][2] >= boxes[0][2] - 1
    confirm_row_end(ex, rows_of(lines), page(False))
    assert not f.flagged
    inked = page(False)
    x = boxes[1][2] + pitch + 4
    inked[boxes[1][1] + 5:boxes[1][3] - 5, x:x + 3] = 20
    ex = extract(to_lines(lines))
    confirm_row_end(ex, rows_of(lines), inked)
    assert ex.fields["business_scope"].flagged
    # three characters short: lost print, not a break — doubtful as before
    boxes[1] = (240, 448, 240 + 20 * pitch - 8, 468)
    scope = [line(t, *b) for t, b in zip(SCOPE_ROWS, boxes, strict=True)]
    assert extract(to_lines(_company(scope))).fields["business_scope"].note == "ragged rows"
