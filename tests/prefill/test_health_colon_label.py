"""Session 38 (ahhealth): a 公共场所卫生许可证's `法定代表人（负责人）：` runs, with its colon, over the column its
short labels' values start in; the name after that colon is not taken for one whose first character was lost
(`extract.COLUMN_OWN_COLON`).

AH (held out in session 38, then a development family): the national colon layout (单位名称：, 法定代表人（负责人）：,
地址：, 许可项目：, 有效期限：), the values in one column a little after the four-character labels' colons and
the name right after the long label's colon, read in the label's box (`法定代表人（负责人）：诸葛博`). The label
split off, the colon stays at the head of the value's line; `column_starts` counted the column past the
label's `）` only, so the name stood late by the colon's cell — 14 of 15 names blanked `lost character` on
main. A short label whose colon ends well before the column still has the late-start sign.
"""

from __future__ import annotations

from app.prefill import extract as ex_mod
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines

P, H = 30.0, 32.0  # the print's pitch and row height
X0, COLUMN = 100.0, 100.0 + 10.1 * P  # labels' left edge; the values' column (at the long label's colon, as AH prints it)


def _line(text: str, x1: float, y: float, cells: list[float] | None = None) -> TextLine:
    """A sure line from x1, a character a cell (`cells`: each character's cell index instead)."""
    cells = cells if cells is not None else [float(i) for i in range(len(text))]
    x2 = x1 + P * (cells[-1] + 1)
    xs = tuple(P * (c + 0.5) / (x2 - x1) for c in cells)
    chars = tuple((0.999, "", 0.0) for _ in text)
    return TextLine(text, 0.99, ((x1, y), (x2, y), (x2, y + H), (x1, y + H)), False, chars, xs)


def _permit(rep_label: str = "法定代表人（负责人）：", name: str = "诸葛博", lost: bool = False) -> dict:
    """The licence's rows: four-character labels with their colons alone in their boxes, their values at
    COLUMN; the representative's label, colon and name in one box, the name 0.75 cell after the colon
    (`rep_label` shorter: the name at the column, as the other values); `lost`: its first character not read."""
    lines = [_line("公共场所卫生许可证", 300, 40), _line("编号：湘卫公字（2023）第430104001103号", 350, 100)]
    rows = [("单位名称：", "岳麓宏图健身会所"), ("地　　址：", "湖南省长沙市岳麓区麓山南路932号"),
            ("许可项目：", "健身场所"), ("有效期限：", "自2023年05月11日至2027年05月10日")]
    for i, (label, value) in enumerate(rows):
        y = 200 + 60 * (i + (i > 0))
        lines += [_line(label, X0, y), _line(value, COLUMN, y)]
    start = max(len(rep_label) + 0.75, (COLUMN - X0) / P)
    if lost:
        name, start = name[1:], start + 1
    cells = [float(i) for i in range(len(rep_label))] + [start + i for i in range(len(name))]
    lines.append(_line(rep_label + name, X0, 260, cells))
    return extract(to_lines(lines), "public_health_license").fields["legal_representative"].public()


def test_a_name_after_its_long_labels_colon_is_read(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ex_mod, "COLUMN_OWN_COLON", True)
    assert _permit()["value"] == "诸葛博"
    monkeypatch.setattr(ex_mod, "COLUMN_OWN_COLON", False)  # (main: `lost character`)
    got = _permit()
    assert got["value"] == "" and got["reason"] == "doubtful_character"


def test_a_late_name_after_a_short_label_is_still_not_prefilled(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ex_mod, "COLUMN_OWN_COLON", True)
    assert _permit("负责人：")["value"] == "诸葛博"
    assert _permit("负责人：", lost=True)["value"] == ""  # (its first character's cell empty)
