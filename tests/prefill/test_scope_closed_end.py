"""A 经营范围 closed by its grammar (it ends with the registrar's sentence, no second list can follow)
whose last row's box runs on past the sentence's `）` — other print boxed with the row and read as
nothing (session 39, scope6 lane: AG ag_147, a scan, a red watermark's `经营许可` across the row's end).
The only print that may follow the bracket is the scope's own `。`, which the reader looks for in the
cell after it; the box's run-on is no lost character of the scope (`extract.SCOPE_CLOSED_END`). Without
the rule the scope was blank (`lost character`). OCR lines with the recogniser's character positions
through the real extraction, as tests/prefill/test_scope_sentences.py."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.prefill import extract as ex
from app.prefill.extract import STOP_CHECK
from tests.prefill.test_scope_sentences import PITCH, _rows, _scope

SCOPE = ("住宿服务;酒店管理;餐饮服务;洗染服务;停车场服务;会议及展览服务"
         "(依法须经批准的项目,经相关部门批准后方可开展经营活动)")
OPEN = "住宿服务;酒店管理;餐饮服务;洗染服务;停车场服务;会议及展览服务;洗车服务;日用百货销售;五金产品零售"
GENERAL = "一般项目:住宿服务;酒店管理;餐饮服务;洗染服务(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"


@pytest.fixture(autouse=True)
def _rule_on(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ex, "SCOPE_CLOSED_END", True)  # (landed off: the rule as it would run)


def _run_on(rows: list, cells: float = 2.5) -> list:
    """The rows with the last one's box running `cells` character cells past its last character."""
    last = rows[-1]
    x1, x2 = last.quad[0][0], last.quad[1][0]
    at = [x1 + f * (x2 - x1) for f in last.xs]
    x2 += cells * PITCH
    quad = ((x1, last.quad[0][1]), (x2, last.quad[1][1]), (x2, last.quad[2][1]), (x1, last.quad[3][1]))
    return [*rows[:-1], replace(last, quad=quad, xs=tuple((x - x1) / (x2 - x1) for x in at))]


def test_a_closed_scope_whose_last_box_runs_on_is_taken(monkeypatch) -> None:  # noqa: ANN001
    rows = _run_on(_rows(SCOPE, set()))
    f = _scope(rows)
    assert not f.flagged and f.value == SCOPE, (f.value, f.note)
    assert [room for room in f.blank_after if room[2] == STOP_CHECK]  # (the reader still looks for its `。`)
    monkeypatch.setattr(ex, "SCOPE_CLOSED_END", False)  # as before: blank, a lost character
    f = _scope(rows)
    assert f.flagged and f.note == "lost character", (f.value, f.note)


def test_an_open_scope_whose_last_box_runs_on_stays_in_doubt() -> None:
    # no sentence closes it: the run-on may be its next item's characters, not read
    f = _scope(_run_on(_rows(OPEN, set())))
    assert f.flagged, (f.value, f.note)


def test_a_scope_of_one_part_of_two_whose_last_box_runs_on_stays_in_doubt() -> None:
    # `一般项目:` printed and closed, `许可项目:` may follow on the same row: not closed by its grammar
    f = _scope(_run_on(_rows(GENERAL, set())))
    assert f.flagged, (f.value, f.note)
