"""A 经营范围 whose technology item — one entry of the registrars' catalogue of scope wording,
`技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广`, its words joined by `、` — had that thin
mark read faintly, torn with `，`, or lost (session 39, scope6 lane: AG ag_001/ag_119, `、` at 0.55 with no
other mark a runner-up; AH ah0011, `，` 0.44 against `、` 0.38; AF af_0144, `技术交流技术转让` with an
empty cell between). Between two of those words the catalogue prints `、` and nothing else
(`extract.SCOPE_TECH_ENUM`, `extract.SCOPE_TECH_ENUM_LOST`); without the rules the scope was blank
(`doubtful character`, `lost character`). OCR lines with the recogniser's character positions through
the real extraction, as tests/prefill/test_scope_sentences.py."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.extract import GAP_CHECK
from tests.prefill.test_scope_sentences import _rows, _scope

SCOPE = ("技术开发、技术咨询、技术服务、技术转让;软件开发;信息系统集成服务;计算机软硬件及辅助设备零售"
         "(依法须经批准的项目,经相关部门批准后方可开展经营活动)")
FULL = ("一般项目:技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广;软件开发;信息系统集成服务"
        "(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)")


@pytest.fixture(autouse=True)
def _rules_on(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ex, "SCOPE_TECH_ENUM", True)  # (landed off: the rules as they would run)
    monkeypatch.setattr(ex, "SCOPE_TECH_ENUM_LOST", True)


def _with(rows: list, at: int, reading: str, chars: tuple[float, str, float]) -> list:
    """The rows with the printed character at `at` (an index into the scope) read as `reading`."""
    from dataclasses import replace
    start = 0
    out = list(rows)
    for n, r in enumerate(out):
        if start <= at < start + len(r.text):
            i = at - start
            per = tuple(chars if j == i else c for j, c in enumerate(r.chars))
            out[n] = replace(r, text=r.text[:i] + reading + r.text[i + 1:], chars=per)
            break
        start += len(r.text)
    return out


def test_a_faint_mark_between_two_technology_words_is_their_mark(monkeypatch) -> None:  # noqa: ANN001
    rows = _with(_rows(SCOPE, set()), SCOPE.index("、"), "、", (0.55, "·", 0.01))
    f = _scope(rows)
    assert not f.flagged and f.value == SCOPE, (f.value, f.note)
    monkeypatch.setattr(ex, "SCOPE_TECH_ENUM", False)  # as before: blank, a doubtful character
    f = _scope(rows)
    assert f.flagged and f.reason == "doubtful_character", (f.value, f.note)


def test_a_mark_torn_between_comma_and_enumeration_comma_is_the_enumeration_comma() -> None:
    at = FULL.index("、技术转让")
    f = _scope(_with(_rows(FULL, set()), at, ",", (0.44, "、", 0.38)))
    assert not f.flagged and f.value == FULL, (f.value, f.note)


def test_a_torn_mark_between_other_items_stays_a_doubt() -> None:
    # `软件开发;信息系统…`: not two words of the technology item — the list's own mark, in doubt as before
    at = SCOPE.index(";信息")
    f = _scope(_with(_rows(SCOPE, set()), at, "、", (0.44, ";", 0.38)))
    assert f.flagged, (f.value, f.note)


def test_a_lost_mark_between_two_technology_words_goes_back_in_its_cell(monkeypatch) -> None:  # noqa: ANN001
    rows = _rows(FULL, {FULL.index("、技术咨询")})
    assert any("技术开发技术咨询" in r.text for r in rows)  # (dropped inside a row: its cell left empty)
    f = _scope(rows)
    assert not f.flagged and f.value == FULL, (f.value, f.note)
    assert not [room for room in f.blank_after if room[2] == GAP_CHECK]  # (the mark fills its cell)
    monkeypatch.setattr(ex, "SCOPE_TECH_ENUM_LOST", False)  # as before: a gap the reader finds ink in
    f = _scope(rows)
    assert f.value != FULL or f.flagged or [room for room in f.blank_after if room[2] == GAP_CHECK], (f.value, f.note)


def test_abutting_technology_words_without_a_cell_between_stay_as_read() -> None:
    # printed without the mark (no cell left for one): nothing to put back, read as printed
    short = FULL.replace("技术交流、技术转让", "技术交流技术转让")
    f = _scope(_rows(short, set()))
    assert "技术交流技术转让" in f.value, (f.value, f.note)


def test_a_surely_read_other_mark_between_technology_words_stays_as_read() -> None:
    # `；` read at 0.95 (`、` a distant runner-up): a free wording printed so — the print's, not the catalogue's
    at = SCOPE.index("、技术服务")
    f = _scope(_with(_rows(SCOPE, set()), at, ";", (0.95, "、", 0.04)))
    assert "技术咨询;技术服务" in f.value, (f.value, f.note)
