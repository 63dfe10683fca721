"""A 经营范围's separators read as marks no scope prints between two words (session 17, names):
a full point where the print has ，(a copy or a grey photocopy loses the comma's tail), and a colon
between the items of a list that prints ，. OCR lines with the recogniser's per-character
probabilities, through the real extraction (as tests/prefill/test_licence_rows.py: a drawn page
does not make the recogniser read one chosen mark).
"""

from __future__ import annotations

from tests.prefill.test_licence_rows import ROW1, ROW2, ROW3, licence, read, scope_rows

# the same scope printed as a comma list (its items parted by ，, words inside an item by 、)
C1, C2 = ROW1.replace(";", ","), ROW2.replace(";", ",")
COMMA_SCOPE = C1 + C2 + ROW3


def _points(row: str, prob: float, alt: str, alt_prob: float) -> tuple[str, dict[int, tuple[float, str, float]]]:
    """`row` with every item's ，read as `.` at `prob`, `alt` second."""
    marks = [i for i, ch in enumerate(row) if ch == "," and i and row[i - 1] != "依"]
    return "".join("." if i in marks else ch for i, ch in enumerate(row)), {i: (prob, alt, alt_prob) for i in marks}


def test_a_full_point_between_two_items_is_the_comma_it_was_read_against() -> None:
    # a grey photocopy: every ，between items read `.` (0.93, `，` 0.06 second) — it was pre-filled
    # with the points, a wrong value
    r1, d1 = _points(C1, 0.926, "，", 0.059)
    r2, d2 = _points(C2, 0.592, "，", 0.367)
    out = read(licence(scope_rows(r1, r2, d1=d1, d2=d2)))["business_scope"]
    assert out["value"] == COMMA_SCOPE, out


def test_a_full_point_between_two_words_without_a_separator_second_is_a_doubt() -> None:
    r1, d1 = _points(C1, 0.96, "", 0.0)
    out = read(licence(scope_rows(r1, C2, d1=d1)))["business_scope"]
    assert out["value"] == "" and out["reason"] == "doubtful_character", out
    # a decimal point between digits is print
    r2 = C2.replace("广告制作", "3.5吨货车运输")
    assert read(licence(scope_rows(C1, r2)))["business_scope"]["value"] == C1 + r2 + ROW3


def test_a_colon_between_items_of_a_comma_list_is_no_semicolon() -> None:
    # a list whose items are parted by ，(read surely four times) prints no ；: a colon read surely
    # between two of its items was turned into `;`, a wrong pre-fill — it is a doubt
    i = C2.index(",广告制作")
    out = read(licence(scope_rows(C1, C2[:i] + ":" + C2[i + 1:], d2={i: (0.97, "", 0.0)})))["business_scope"]
    assert out["value"] == "" and out["reason"] == "doubtful_character", out
    # its second reading ，settles it, as before
    out = read(licence(scope_rows(C1, C2[:i] + ":" + C2[i + 1:], d2={i: (0.78, "，", 0.14)})))["business_scope"]
    assert out["value"] == COMMA_SCOPE, out
    # in a list of ；the colon is the list's ；(unchanged)
    j = ROW2.index(";广告制作")
    out = read(licence(scope_rows(ROW1, ROW2[:j] + ":" + ROW2[j + 1:], d2={j: (0.97, "", 0.0)})))["business_scope"]
    assert out["value"] == ROW1 + ROW2 + ROW3, out


def test_a_comma_torn_with_a_colon_in_a_list_whose_semicolons_read_as_colons() -> None:
    # a night photo: every ；between items read `：` surely (the grammar makes them ；), and one
    # read `，` at 0.68 with `：` second at 0.19 — that one is the list's ；too (it was blanked)
    r1 = ROW1.replace("策划;组织", "策划:组织").replace("活动;摄影", "活动:摄影")
    r2 = ROW2.replace("代理;数字", "代理:数字")
    i = r2.index(";广告制作")
    out = read(licence(scope_rows(r1, r2[:i] + "," + r2[i + 1:], d2={i: (0.677, "：", 0.191)})))["business_scope"]
    assert out["value"] == ROW1 + ROW2 + ROW3, out
