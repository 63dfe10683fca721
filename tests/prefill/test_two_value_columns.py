"""A 食品经营许可证 副本 whose label column heads two value columns: the upper block's values (经营者名称 …
经营项目) start after its longest label, `社会信用代码（身份证号码）：`, the lower block's (许可证编号 … 有效期至)
further left, after its own labels. ZU zu_0148 (a chat screenshot of the page, every row read at
0.97–1.00): 经营者名称 and 法定代表人（负责人） were blanked as values that "start late" (`layout._starts_late`:
the median start of the label column's values is the lower block's, the long label's box ends 1 px
short of the rule's reach), `wrapped_row_incomplete`. Their start is where four other rows' values
start: a column of its own (`layout.SECOND_VALUE_COLUMN`). Lines in page pixels as read there.
"""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float, score: float = 0.99) -> TextLine:
    return TextLine(text, score, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False,
                    tuple((0.999, "", 0.0) for _ in text), ())


UPPER = 345  # the upper block's values start here …
LOWER = 260  # … the lower block's here


def food_licence(name_x: float = UPPER) -> list[TextLine]:
    rows = [("经营者名称：", 180, "沈阳瑞丰烘焙坊", name_x), ("社会信用代码（身份证号码）：", 287, "92210102C13W2RKF32", UPPER),
            ("法定代表人（负责人）：", 244, "付怡文", UPPER), ("住所：", 128, "辽宁省沈阳市和平区南京东路703号1层25室", UPPER),
            ("经营场所：", 163, "辽宁省沈阳市和平区南京东路703号1层25室", UPPER),
            ("主体业态：", 163, "餐饮服务经营者（饮品店）", UPPER), ("经营项目：", 163, "热食类食品制售", UPPER),
            ("许可证编号：", 180, "JY12101022978371", LOWER), ("日常监督管理机构：", 235, "和平区市场监督管理局城区市场监督管理所", LOWER),
            ("日常监督管理人员：", 235, "吕红", LOWER), ("投诉举报电话：", 197, "12315", LOWER), ("签发人：", 145, "郭桐平", LOWER),
            ("有效期至：", 161, "2029年10月21日", LOWER)]
    out = [line("食品经营许可证", 260, 60, 560, 108), line("(副本)", 380, 120, 440, 150)]
    for i, (label, label_x2, value, x) in enumerate(rows):
        y = 200 + 48 * i + (40 if i >= 7 else 0)  # (a wider gap between the blocks)
        out += [line(label, 76, y, label_x2, y + 27), line(value, x, y + 2, x + 17 * len(value), y + 25)]
    return out


def test_values_in_the_upper_column_of_a_two_column_block_are_read() -> None:
    got = extract(to_lines(food_licence())).public_fields()
    assert got["name"]["value"] == "沈阳瑞丰烘焙坊"  # (main: blank, `wrapped_row_incomplete`)
    assert got["legal_representative"]["value"] == "付怡文"
    assert got["license_no"]["value"] == "JY12101022978371"


def test_a_value_starting_alone_right_of_its_column_still_lost_its_start() -> None:
    # the name starting between the two columns, where no other value starts: its start was lost
    got = extract(to_lines(food_licence(name_x=UPPER + 60))).public_fields()
    assert got["name"]["value"] == "" and got["name"]["reason"] == "wrapped_row_incomplete"
