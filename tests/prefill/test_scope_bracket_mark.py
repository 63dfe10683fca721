"""A 经营范围 whose item bracket lost the separator printed after it (session 22 round 2, zscope:
family ZA's za0036 `…咨询服务(不含许可类信息咨询服务)企业管理咨询`, za0090 `…商品)日用百货销售`).

A list prints a separator after an item's `）` before the next item; the thin 、 beside a bracket
is what the recogniser drops, and the scope was pre-filled without it (a wrong pre-fill). The row
says a cell was lost: from the character before the `）` to the one after it stand three cells,
not two. The mark goes back when the list's grammar names it (the one separator read between its
items); a list of two kinds (；between items, 、 inside them) leaves the scope to the clerk. A `）`
followed by its item's own word (`…(仅销售预包装食品)销售`, cells adjacent) is as printed.
OCR lines with the recogniser's character positions through the real extraction, as
tests/prefill/test_scope_sentences.py."""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill.engine import TextLine
from tests.prefill.test_scope_sentences import TOPS, _row, _scope

COMMA_LIST = ("洗车服务、停车场服务、信息咨询服务(不含许可类信息咨询服务)、企业管理咨询、物业管理、会议及展览服务。"
              "(依法须经批准的项目,经相关部门批准后方可开展经营活动)")
MIXED_LIST = ("一般项目:技术服务、技术开发;信息咨询服务(不含许可类信息咨询服务);企业管理咨询;物业管理"
              "(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)")


def _rows(printed: str, dropped: int | None) -> list[TextLine]:
    """The scope wrapped in three rows, typeset as a layout engine sets CJK punctuation: a mark
    right after a closing bracket is set in half a cell (`）、` together take a cell and a half).
    The mark at `dropped` is not read: the row keeps its half cell empty."""
    width = -(-len(printed) // len(TOPS))
    out = []
    for r, y in enumerate(TOPS):
        part = range(r * width, min(len(printed), (r + 1) * width))
        cells, x = {}, 0.0
        for i in part:
            cells[i] = x
            x += 0.5 if printed[i] in "、;。" and i and printed[i - 1] == ")" else 1.0
        kept = [i for i in part if i != dropped]
        out.append(_row("".join(printed[i] for i in kept), y, [cells[i] for i in kept]))
    return out


def test_a_separator_lost_after_an_items_bracket_goes_back(monkeypatch) -> None:  # noqa: ANN001
    mark = COMMA_LIST.index(")、") + 1
    rows = _rows(COMMA_LIST, mark)
    assert any(")企业" in r.text for r in rows)  # (dropped inside a row)
    f = _scope(rows)
    assert not f.flagged and f.value == COMMA_LIST, (f.value, f.note)
    monkeypatch.setattr(ex, "SCOPE_MARK_AFTER_BRACKET", False)  # as before: pre-filled without its 、
    assert _scope(rows).value == COMMA_LIST[:mark] + COMMA_LIST[mark + 1:]


def test_a_lost_mark_the_list_does_not_name_leaves_the_scope_blank() -> None:
    mark = MIXED_LIST.index(");") + 1
    rows = _rows(MIXED_LIST, mark)
    assert any(")企业" in r.text for r in rows)
    assert _scope(rows).flagged


def test_a_bracket_followed_by_its_items_own_word_is_as_printed() -> None:
    printed = "食品经营(仅销售预包装食品)销售、日用百货销售、五金产品批发。(依法须经批准的项目,经相关部门批准后方可开展经营活动)"
    f = _scope(_rows(printed, None))
    assert not f.flagged and f.value == printed, (f.value, f.note)


SENTENCE_AFTER_ITEM = ("一般项目:软件开发;技术服务、技术开发;普通货物仓储服务(不含危险化学品等需许可审批的项目)"
                       "(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)")


def _rows_offset_bracket(printed: str, dropped: int | None) -> list[TextLine]:
    """`_rows`, every character in a full cell, a `（` read where its ink stands: at its cell's right
    (the recogniser's position for it half a cell past the cell's centre)."""
    width = -(-len(printed) // len(TOPS))
    out = []
    for r, y in enumerate(TOPS):
        part = [i for i in range(r * width, min(len(printed), (r + 1) * width)) if i != dropped]
        cells = [i - r * width + (0.45 if printed[i] == "(" else 0.0) for i in part]
        out.append(_row("".join(printed[i] for i in part), y, cells))
    return out


def test_brackets_set_plainly_before_a_standard_sentence_get_no_mark() -> None:
    """ZC zc0049, L l0055, P p0056: `…的项目)(除依法…` printed so, the `（`'s ink 2.4–2.75 pitches from
    the character before the `）`; a `。` was put in (wrong). L, P, Q, R and ZC print no mark there."""
    rows = _rows_offset_bracket(SENTENCE_AFTER_ITEM, None)
    assert any("项目)(除依法" in r.text for r in rows)
    f = _scope(rows)
    assert not f.flagged and f.value == SENTENCE_AFTER_ITEM, (f.value, f.note)


def test_a_whole_cell_lost_before_a_standard_sentence_leaves_the_scope_blank() -> None:
    printed = SENTENCE_AFTER_ITEM.replace(")(除", ")。(除")
    rows = _rows_offset_bracket(printed, printed.index(")。(") + 1)
    assert any("项目)(除依法" in r.text for r in rows)
    assert _scope(rows).flagged
