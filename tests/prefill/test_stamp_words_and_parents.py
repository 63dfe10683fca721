"""Wrong pre-fills of families V and W's first sight, left blank by generic evidence: a copy stamp's
words read into a value (`extract.distrust_copy_marks`), a company branch's type without its bracket
(the code table's parent), a 食品经营许可证 number with a digit torn between two readings (its own
characters' probabilities, not the line's), an account number after `账号:` taken for a bank card's
(`kinds._account_number`), and a place name's settling keeping the characters' positions."""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import _places, extract
from app.prefill.layout import Piece, to_lines
from tests.prefill.pages import recognised as line


def _placed(text: str, x1: float, y1: float, x2: float, y2: float,
            doubt: dict[int, tuple[float, str, float]] | None = None) -> TextLine:
    chars = tuple((doubt or {}).get(i, (0.99, "", 0.0)) for i in range(len(text)))
    xs = tuple(x1 + (i + 0.5) * (x2 - x1) / len(text) for i in range(len(text)))
    return TextLine(text, 0.97, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=chars, xs=xs)


def _front(first_row: str) -> list[TextLine]:
    return [line("姓名", 70, 74, 130, 112), line("韦立锦", 185, 74, 300, 112),
            line("性别", 70, 154, 130, 192), line("男", 185, 154, 220, 192),
            line("民族", 300, 154, 360, 192), line("汉", 400, 154, 440, 192),
            line("住址", 70, 318, 130, 350), line(first_row, 185, 314, 185 + 34 * len(first_row), 350),
            line("河口村1组13号", 185, 360, 420, 396),
            line("公民身份号码", 70, 540, 270, 575), line("320322200209186797", 300, 534, 720, 578)]


def test_a_copy_stamps_words_read_into_an_address_leave_it_blank() -> None:
    # a certified copy's `与原件一致` stamped beside the address's first row, boxed with it
    got = extract(to_lines(_front("江苏省徐州市沛县青龙镇小与原件一致")), "id_card_front").fields["address"].public()
    assert got["value"] == ""
    assert got["reason"] == "doubtful_character"
    got = extract(to_lines(_front("江苏省徐州市沛县青龙镇小")), "id_card_front").fields["address"].public()
    assert got["value"] == "江苏省徐州市沛县青龙镇小河口村1组13号"


def _licence(type_rows: list[TextLine]) -> list[TextLine]:
    return [line("营业执照", 340, 280, 576, 349), line("统一社会信用代码", 134, 221, 263, 253),
            line("91350582MA6JNAT10W", 137, 249, 327, 276),
            line("名称", 141, 447, 200, 480), line("佳禾医疗器械有限公司岳麓分公司", 254, 447, 600, 480),
            line("类型", 141, 491, 200, 524), *type_rows,
            line("负责人", 140, 580, 242, 611), line("熊诺冰", 254, 580, 330, 611),
            line("成立日期", 141, 625, 243, 657), line("2006年08月15日", 257, 625, 393, 657),
            line("营业场所", 143, 671, 245, 700), line("湖南省长沙市岳麓区和平路1627号", 257, 671, 620, 700),
            line("登记机关", 550, 1110, 644, 1139)]


def test_a_branch_type_without_its_bracket_is_not_prefilled() -> None:
    # the code table's 有限责任公司分公司 is a parent: a licence prints a leaf of it (…分公司(自然人投资或控股))
    bare = extract(to_lines(_licence([line("有限责任公司分公司", 254, 491, 460, 524)])), "business_license")
    assert bare.fields["entity_type"].public()["value"] == ""
    assert bare.fields["entity_type"].public()["reason"] == "vocabulary"
    leaf = extract(to_lines(_licence([line("有限责任公司分公司(自然人投资或控股)", 254, 491, 700, 524)])),
                   "business_license")
    assert leaf.fields["entity_type"].public()["value"] == "有限责任公司分公司(自然人投资或控股)"
    other = extract(to_lines(_licence([line("其他有限责任公司分公司", 254, 491, 500, 524)])), "business_license")
    assert other.fields["entity_type"].public()["value"] == "其他有限责任公司分公司"


NUMBER = "JY13502030634020"


def _food(number_doubt: dict[int, tuple[float, str, float]] | None) -> list[TextLine]:
    rows = [("经营者名称:", "思明区佳禾便利店"), ("社会信用代码:", "91370102767QJT0E64"),
            ("住所:", "河南省郑州市金水区花园路1183号"), ("主体业态:", "食品销售经营者(食杂店)"),
            ("经营项目:", "预包装食品销售"), ("许可证编号:", NUMBER)]
    out = [line("食品经营许可证", 300, 100, 700, 150)]
    for k, (lab, val) in enumerate(rows):
        y = 220 + 50 * k
        out.append(line(lab, 100, y, 100 + 30 * len(lab), y + 30))
        out.append(line(val, 360, y, 360 + 30 * len(val), y + 30, number_doubt if val == NUMBER else None))
    return out


def test_a_licence_number_with_a_torn_digit_is_not_prefilled() -> None:
    # a chat picture: a digit read at 0.58 with another at 0.42 — the line score (a mean) stays at 0.97
    torn = extract(to_lines(_food({13: (0.58, "9", 0.42)}))).fields["license_no"].public()
    assert torn["value"] == ""
    assert torn["reason"] == "doubtful_character"
    for doubt in ({13: (0.93, "8", 0.04)}, {3: (0.6, "T", 0.1)}):  # sure enough; a letter second is no digit
        assert extract(to_lines(_food(doubt))).fields["license_no"].public()["value"] == NUMBER, doubt


def _account_page(label: str) -> list[TextLine]:
    return [line("税务登记证", 531, 186, 835, 252), line("纳税人名称", 232, 380, 380, 410),
            line("太原市小店区恒达商贸有限公司", 517, 380, 880, 410),
            line("开户银行:", 232, 586, 338, 621), line("中国建设银行股份有限公司小店区支行", 517, 587, 888, 617),
            line(label, 232, 637, 297, 671), line("3967309015628538509", 516, 639, 728, 666)]


def test_an_account_number_after_its_label_is_no_bank_card() -> None:
    # a 税务登记证's 开户银行 / 账号 rows: a Luhn-valid 19-digit account and the word 银行 made it a card
    assert extract(to_lines(_account_page("账号:"))).kind == "other"
    # (the same number standing alone on its row counts as a card's, as before)
    assert extract(to_lines(_account_page("UnionPay"))).kind == "bank_card"


def _address_line(text: str, lost_after: int | None, doubt: dict[int, tuple[float, str, float]]) -> TextLine:
    xs, x = [], 370.0
    for i, ch in enumerate(text):
        xs.append(x)
        x += (11.0 if ch.isdigit() and i + 1 < len(text) and text[i + 1].isdigit() else 20.0) \
            + (20.0 if i == lost_after else 0.0)
    chars = tuple(doubt.get(i, (0.99, "", 0.0)) for i in range(len(text)))
    return TextLine(text, 0.97, ((360, 320), (x, 320), (x, 350), (360, 350)), chars=chars, xs=tuple(xs))


def test_a_settled_place_keeps_the_gap_a_lost_character_left_in_a_food_address() -> None:
    # a fax: 侯 of 武侯区 read at 0.91 (候 second) is settled by the place list; 团 of 团结社区 was not
    # read and left a character's paper between 道 and 结 — the address is not pre-filled
    text = "四川省成都市武侯区新市街道结社区和平路127号"
    page = _food(None)
    row = [k for k, t in enumerate(page) if t.text == "河南省郑州市金水区花园路1183号"][0]
    page[row] = _address_line(text, text.index("道"), {7: (0.91, "候", 0.05)})
    got = extract(to_lines(page)).fields["address"].public()
    assert got["value"] == ""
    assert got["reason"] == "doubtful_character"
    page[row] = _address_line(text, None, {7: (0.91, "候", 0.05)})  # no gap: the settled address stands
    assert extract(to_lines(page)).fields["address"].public()["value"] == text
    # (the settling itself keeps the positions when asked to)
    ln = to_lines([_placed("四川省成都市武侯区新市街道", 100, 10, 360, 30, {7: (0.91, "候", 0.05)})])[0]
    settled = _places([Piece(ln.text, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2), ln.chars, ln.xs)], keep_xs=True)
    assert settled is not None and settled[0].xs == ln.xs and settled[0].chars[7][0] > 0.95


def test_a_copy_stamps_words_read_inside_a_house_number_leave_it_blank(monkeypatch) -> None:  # noqa: ANN001
    # (Z z0054: a copy watermark's `他用无效` crossing the house number, `用无` read between its digits)
    from app.prefill import extract as ex_mod

    def address(first_row: str) -> dict:
        return extract(to_lines(_front(first_row)), "id_card_front").fields["address"].public()

    got = address("江苏省徐州市沛县青龙镇34用无7号")
    assert got["value"] == "" and got["reason"] == "doubtful_character", got
    assert address("江苏省徐州市沛县青龙镇347号")["value"] == "江苏省徐州市沛县青龙镇347号河口村1组13号"
    monkeypatch.setattr(ex_mod, "COPY_PART_IN_NUMBER", False)
    assert address("江苏省徐州市沛县青龙镇34用无7号")["value"]  # (as before: pre-filled)
