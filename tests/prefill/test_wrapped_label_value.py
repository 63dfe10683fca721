"""A long label wrapped over two rows inside its label column, as the 食品经营许可证 prints
`法定代表人（负责人）` and `社会信用代码（身份证号码）` when the column is narrower than the label
(`法定代表人（负` over `责人）`), the value printed level with the first row. The detector boxes the
first row with the value (`法定代表人(负姚宇敏`) or the lower row without its thin closing bracket
(`责人`): the shorter label `法定代表人` was taken and `负` became the value's first character
(family X, seven wrong names `负…`). Rebuilt as OCR lines (page pixels) and run through the real
extraction code.
"""

from __future__ import annotations

from app.prefill import layout
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    per = tuple((0.999, "", 0.0) for _ in text)
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, per, ())


def _food(rep_rows: list[TextLine]) -> list[TextLine]:
    return [line("食品经营许可证", 290, 110, 710, 168), line("经营者名称", 100, 265, 197, 293),
            line("太原华鑫超市有限公司", 230, 265, 448, 293), line("社会信用代码", 98, 320, 209, 347),
            line("9114010517ACH0769C", 230, 330, 438, 358), line("(身份证号码)", 111, 345, 210, 371),
            *rep_rows,
            line("住所", 93, 515, 153, 552), line("山西省太原市小店区长风街779号8号楼2单元1963室", 219, 515, 700, 552),
            line("经营场所", 97, 570, 194, 600), line("山西省太原市小店区长风街779号8号楼2单元1963室", 219, 570, 700, 600),
            line("主体业态", 97, 625, 192, 655), line("餐饮服务经营者(糕点店)", 221, 625, 479, 655),
            line("经营项目", 95, 680, 191, 710), line("冷食类食品制售", 219, 680, 419, 710),
            line("许可证编号", 95, 735, 210, 765), line("JY21401058477126", 219, 735, 450, 765),
            line("有效期至", 97, 790, 192, 820), line("2031年01月08日", 219, 790, 400, 820)]


def _rep(rows: list[TextLine]) -> str:
    return extract(to_lines(_food(rows))).public_fields()["legal_representative"]["value"]


def test_the_first_row_of_a_wrapped_label_glued_to_its_value() -> None:
    rows = [line("法定代表人(负陈桂", 94, 415, 288, 455), line("责人)", 97, 441, 151, 470)]
    assert _rep(rows) == "陈桂"
    rows = [line("法定代表人(负陈桂", 94, 415, 288, 455), line("责人", 98, 441, 142, 470)]  # `)` lost
    assert _rep(rows) == "陈桂"


def test_the_lower_row_read_without_its_closing_bracket() -> None:
    rows = [line("法定代表人(负", 94, 415, 190, 445), line("肖然东", 205, 420, 270, 448), line("责人", 95, 440, 135, 468)]
    assert _rep(rows) == "肖然东"


def test_the_rest_under_the_value_is_no_part_of_the_label(monkeypatch) -> None:
    # a row under the value, not under the label's print, does not complete the label
    rows = [line("法定代表人(负陈桂", 94, 415, 288, 455), line("责人)", 250, 441, 300, 470)]
    assert _rep(rows) != "陈桂"
    monkeypatch.setattr(layout, "WRAPPED_LABEL_VALUE", False)
    rows = [line("法定代表人(负陈桂", 94, 415, 288, 455), line("责人)", 97, 441, 151, 470)]
    assert _rep(rows) != "陈桂"
