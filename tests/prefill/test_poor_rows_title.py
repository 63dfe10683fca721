"""A licence held at arm's length in the hand, soft all over yet just sharp enough for the quality
gate: its 10 mm title reads at 1.00, every 3 mm row below it as a string of wrong characters, and
the holder's usage note (`仅用于办理本次业务`) is written across the copy larger than the title. The
page is that licence, every field blank and the clerk asked to retake it (`reader.POOR_ROWS_TITLE`),
and the note is no other document's larger print (`kinds.TITLE_OVER_NOTES`) — not `other` with no
word to the clerk. The lines are AH ah0021's as read (a 食品经营许可证, page 899 × 1271)."""

from __future__ import annotations

import importlib

import pytest

from app.prefill import reader
from app.prefill.layout import Line

kinds = importlib.import_module("app.prefill.kinds")  # (after the reader: extract, which it imports, registers the kinds)

AH0021 = [
    Line("食品经营许可证", 1.000, 438, 84, 820, 141, 0),
    Line("号:22520400", 0.494, 757, 196, 957, 222, 1),
    Line("22CE代", 0.459, 76, 243, 160, 264, 2),
    Line("(9E", 0.460, 82, 261, 162, 282, 3),
    Line("日常监智很理人编:强类玲,美用游", 0.409, 757, 273, 1003, 299, 4),
    Line("做闻代杀人", 0.379, 74, 291, 147, 318, 5),
    Line("(RAU)", 0.874, 80, 313, 142, 334, 6),
    Line("数据导电话:123205", 0.553, 757, 312, 907, 339, 7),
    Line("安教全肥数出区东路号", 0.422, 248, 344, 505, 370, 8),
    Line("发派展关:周区市地监管管理局", 0.560, 757, 351, 988, 377, 9),
    Line("安徽者公纪作编公区建设大道20号:年楼表错", 0.482, 249, 386, 551, 409, 10),
    Line("警爱人:要染", 0.676, 756, 388, 855, 415, 11),
    Line("主辉电态", 0.483, 78, 426, 144, 452, 12),
    Line("禁饮服制性营者(农品店", 0.431, 246, 424, 421, 454, 13),
    Line("表数数量:2002年0月24日", 0.616, 759, 429, 941, 453, 14),
    Line("自制饮品教票(管通类::预的族表品能告(不生计概计冻业品", 0.501, 247, 465, 671, 492, 16),
    Line("控织吸目", 0.354, 75, 468, 144, 493, 15),
    Line("仅用于办理本次业务", 1.000, 200, 746, 665, 810, 17),
    Line("202680元25日", 0.669, 810, 802, 920, 826, 18),
]


@pytest.fixture
def rules_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kinds, "TITLE_OVER_NOTES", True)
    monkeypatch.setattr(reader, "POOR_ROWS_TITLE", 0.6)


def test_a_copy_note_is_no_larger_print_than_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kinds, "TITLE_OVER_NOTES", False)
    assert kinds.title_only(AH0021) is None  # (main: the note, 64 px, outweighs the 57 px title)
    monkeypatch.setattr(kinds, "TITLE_OVER_NOTES", True)
    assert kinds.title_only(AH0021) == "food_business_license"
    # a line of words larger than the title that is no copy's note still outweighs it
    other = [*AH0021[:-2], Line("房屋租赁合同书", 1.0, 200, 746, 665, 810, 17)]
    assert kinds.title_only(other) is None


def test_rows_read_past_reading_under_a_title_alone_are_that_licence(rules_on: None) -> None:
    got = reader._poor_rows_title(AH0021)
    assert got is not None and got.kind == "food_business_license"
    assert all(not f.value for f in got.fields.values())
    assert all(f.flagged and f.note == "blurred" for f in got.fields.values() if f.flagged)
    assert sum(f.flagged for f in got.fields.values()) >= 7


def test_off_is_mains_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kinds, "TITLE_OVER_NOTES", True)
    monkeypatch.setattr(reader, "POOR_ROWS_TITLE", 0.0)
    assert reader._poor_rows_title(AH0021) is None


def test_rows_read_sure_are_not_past_reading(rules_on: None) -> None:
    # the same page with its rows read as a legible page's are (0.95): judged as any page, not here
    sure = [Line(ln.text, 0.95 if ln.score < 1.0 else 1.0, ln.x1, ln.y1, ln.x2, ln.y2, ln.idx) for ln in AH0021]
    assert reader._poor_rows_title(sure) is None
    # and a page of garbled rows with no licence title standing alone stays no kind
    assert reader._poor_rows_title([ln for ln in AH0021 if ln.idx != 0]) is None
