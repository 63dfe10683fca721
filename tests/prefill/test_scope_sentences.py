"""A 经营范围 whose registrars' fixed print lost a thin mark to the recogniser (session 20, scope lane:
family T's t0143, t0150; U's u0067).

- Two standard sentences each without its closing bracket: `…开展经营活动许可项目:` in mid-row, and
  the last sentence's `）` at the scope's end (`…许可证件为准`). One such bracket was closed by the
  scope's grammar; two left the scope `unbalanced` (blank). Each sentence is closed now, the one
  in mid-row inside its row (its cell filled, so the gap it leaves is no lost character's).
- The header's `一` dropped at the first row's start (`般项目:…`, a single thin stroke): the first
  row started a character right of the others and the scope was `ragged rows` (blank). No scope
  starts with 般项目; the 一 goes back where the rows say it stood. Where they do not say so, the
  scope is left in doubt — it used to be pre-filled `般项目:…` (a wrong pre-fill) when its first
  row's box started with the others.
OCR lines with the recogniser's character positions through the real extraction, as
tests/prefill/test_licence_rows.py."""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill.engine import TextLine
from app.prefill.extract import GAP_CHECK, extract
from app.prefill.layout import to_lines
from tests.prefill.test_licence_rows import licence, line

GENERAL = "一般项目:水污染治理;固体废物治理。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"
LICENSED = "许可项目:烟草制品零售。(依法须经批准的项目,经相关部门批准后方可开展经营活动,具体经营项目以相关部门批准文件或许可证件为准)"
SCOPE = GENERAL + LICENSED
X0, PITCH, TOPS = 185.0, 17.0, (526, 554, 581)


def _row(text: str, y: float, cells: list[int] | None = None, start: int = 0) -> TextLine:
    """A row whose characters stand in `cells` (their cell numbers from the column's left edge: a
    character the recogniser dropped leaves its cell empty); the box from the first to the last."""
    cells = cells if cells is not None else list(range(start, start + len(text)))
    xs = tuple((c + 0.5 - cells[0]) / (cells[-1] + 1 - cells[0]) for c in cells)  # (along the box, as the engine's)
    return line(text, X0 + PITCH * cells[0], y, X0 + PITCH * (cells[-1] + 1), y + 24, xs=xs)


def _rows(printed: str, dropped: set[int]) -> list[TextLine]:
    """The scope wrapped in three rows, the characters at `dropped` (indices into it) not read."""
    width = -(-len(printed) // len(TOPS))
    out = []
    for r, y in enumerate(TOPS):
        part = range(r * width, min(len(printed), (r + 1) * width))
        kept = [i for i in part if i not in dropped]
        if kept:
            out.append(_row("".join(printed[i] for i in kept), y, [i - r * width for i in kept]))
    return out


def _scope(rows: list[TextLine]) -> ex.FieldResult:
    return extract(to_lines(licence(rows))).fields["business_scope"]


def test_two_sentences_that_lost_their_closing_brackets_are_both_closed(monkeypatch) -> None:  # noqa: ANN001
    mid = GENERAL.rindex(")")  # `…经营活动)` then `许可项目:` on the same row
    rows = _rows(SCOPE, {mid, len(SCOPE) - 1})
    assert any("活动许可项目" in r.text for r in rows)  # (the bracket is dropped inside a row)
    f = _scope(rows)
    assert not f.flagged and f.value == SCOPE, (f.value, f.note)
    # the bracket fills its cell: no gap between 动 and 许 is left for the reader to look for ink in
    assert not [room for room in f.blank_after if room[2] == GAP_CHECK]
    monkeypatch.setattr(ex, "SCOPE_SENTENCE_BRACKETS", False)  # as before: blank
    f = _scope(rows)
    assert f.flagged and f.reason == "format", (f.value, f.note)


def test_a_sentence_misread_in_one_character_and_unclosed_at_the_end_is_still_judged() -> None:
    # `依法频经批准` (须 read 频, 须 its second reading) and the last `)` not read: the sentence match
    # takes the second reading; without its bracket the misread used to stop it being seen at all
    k = SCOPE.index("依法须经批准的项目,经相关")
    rows = _rows(SCOPE, {GENERAL.rindex(")"), len(SCOPE) - 1})
    for n, r in enumerate(rows):
        j = r.text.find("依法须经批准的项目,经相关")
        if j >= 0:
            chars = {j + 2: (0.86, "须", 0.13)}
            rows[n] = line(r.text[:j + 2] + "频" + r.text[j + 3:], *r.quad[0], *r.quad[2], chars=chars, xs=r.xs)
    assert k > 0 and any("依法频经" in r.text for r in rows)
    f = _scope(rows)
    assert not f.flagged and f.value == SCOPE, (f.value, f.note)


def test_a_sentence_read_with_other_characters_stays_unclosed() -> None:
    # the tail is not the sentence (three characters other than it): no bracket is assumed
    bad = SCOPE[:-1].replace("相关部门批准文件", "相美部门批准文作").replace("许可证件", "许司证件")
    f = _scope(_rows(bad, {GENERAL.rindex(")")}))
    assert f.flagged, (f.value, f.note)


def test_the_headers_lost_one_goes_back_where_the_rows_say_it_stood(monkeypatch) -> None:  # noqa: ANN001
    short = "一般项目:水污染治理;固体废物治理;大气污染治理;环保咨询服务;节能管理服务。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"
    rows = _rows(short, {0})
    assert rows[0].text.startswith("般项目") and rows[0].quad[0][0] == rows[1].quad[0][0] + PITCH
    f = _scope(rows)
    assert not f.flagged and f.value == short, (f.value, f.note)
    monkeypatch.setattr(ex, "SCOPE_HEAD_ONE", False)  # as before: blank, the first row starts late
    f = _scope(rows)
    assert f.flagged and f.reason == "wrapped_row_incomplete", (f.value, f.note)


def test_a_scope_read_from_inside_its_header_is_not_prefilled() -> None:
    # `般项目` standing where the other rows start: what was lost is not where a 一 stands — a doubt
    short = "一般项目:水污染治理;固体废物治理;大气污染治理;环保咨询服务;节能管理服务。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"
    rows = _rows(short[1:], set())
    assert rows[0].text.startswith("般项目")
    f = _scope(rows)
    assert f.flagged and f.value.startswith("般项目"), (f.value, f.note)
