"""Session 36 (zzmix): on a form whose values follow their labels, a name after a label ending in a closing
bracket is not taken for one whose first character was lost (`extract.COLUMN_OWN_CELL`).

ZZ zz_096 and zz_107 (食品经营许可证 of the Rust pages, a copy of a copy and a sleeve photo): every value
follows its own label a cell on; `法定代表人（负责人）` ends (its `）`'s ink mid-cell) just past the values
of the 8-character 日常监督管理机构/人员 rows, which `column_starts` took for the column the name should
start in — the name, a pitch or two right of them, was blanked `lost character` on main. A value counts
as a column start only past the label's own last cell now; on a column form (every value at one x) the
late-start sign still fires.
"""

from __future__ import annotations

from app.prefill import extract as ex_mod
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines

P, H = 30.0, 32.0  # the print's pitch and row height


def _line(text: str, x1: float, y: float, *, ink_end: float = 0.0) -> TextLine:
    """A sure line of one cell a character from x1; `ink_end`: cells of the last one left without ink (a
    closing bracket's right half)."""
    x2 = x1 + P * (len(text) - ink_end)
    xs = tuple((x1 + P * (i + 0.5) - x1) / (x2 - x1) for i in range(len(text)))
    chars = tuple((0.999, "", 0.0) for _ in text)
    return TextLine(text, 0.99, ((x1, y), (x2, y), (x2, y + H), (x1, y + H)), False, chars, xs)


ROWS = [("许可证编号", "JY14201112262231"), ("经营者名称", "洪山鑫盛小吃店"), ("法定代表人（负责人）", "莫鸣玉"),
        ("住所", "湖北省武汉市洪山区解放路2073号"), ("经营场所", "湖北省武汉市洪山区文化西路1508号"),
        ("主体业态", "单位食堂（学校食堂）"), ("经营项目", "冷食类食品制售"),
        ("日常监督管理机构", "洪山区市场监督管理局"), ("日常监督管理人员", "邵振静、赵一胜")]


def _permit(column: float | None = None, lost: bool = False) -> dict:
    """The 食品经营许可证's rows, labels at x 100: each value a cell after its label (`column`: every value
    at that x instead); `lost`: the name's first character not read (its cell left empty)."""
    lines = [_line("食品经营许可证", 300, 40)]
    for i, (label, value) in enumerate(ROWS):
        y = 120 + 60 * i
        bracket = label.endswith("）")
        lines.append(_line(label, 100, y, ink_end=0.5 if bracket else 0.0))
        x = column if column is not None else 100 + P * (len(label) + 1)
        if lost and label.startswith("法定"):
            value, x = value[1:], x + P
        lines.append(_line(value, x, y))
    return extract(to_lines(lines), "food_business_license").fields["legal_representative"].public()


def test_a_name_following_its_bracketed_label_is_read(monkeypatch) -> None:  # noqa: ANN001
    assert _permit() == {**_permit(), "value": "莫鸣玉", "reason": ""}
    monkeypatch.setattr(ex_mod, "COLUMN_OWN_CELL", False)  # (main: `lost character`)
    got = _permit()
    assert got["value"] == "" and got["reason"] == "doubtful_character"


def test_a_late_name_in_a_column_form_is_still_not_prefilled() -> None:
    assert _permit(column=460)["value"] == "莫鸣玉"
    assert _permit(column=460, lost=True)["value"] == ""  # (its first character's cell empty)
