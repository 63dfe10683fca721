"""Model calls a page does not need (issue 15, latency): doubts the second look is not asked to
settle because something surer settles them — a birth date the page's valid ID number vouches for,
a short line whose wide box its full-width brackets explain. The lines read and the batches of the
lines that are read again stay as they were."""

from __future__ import annotations

import numpy as np

from app.prefill.engine import TextLine
from app.validators.idnumber import check_digit
from tests.prefill.test_less_work import _page, _Recording


def _number(birth: str) -> str:
    body = f"110105{birth}001"
    return body + check_digit(body)


def _front(birth_row: str, number: str) -> np.ndarray:
    return _page(["姓名 张三", birth_row, "住址 北京市朝阳区光华路9号", f"公民身份号码 {number}"],
                 26, (420, 900))


def _torn_spaces(lines: list[TextLine], head: str = "出生") -> list[TextLine]:
    """The lines as read, the birth row's spaces torn with a digit (as the recogniser read widely
    spaced dates on photographed cards: `出生1989年 1 月 2日`, each space at 0.52–0.62 against `1`)."""
    out = []
    for ln in lines:
        if ln.text.startswith(head) and "年" in ln.text:
            text = "出生1989年 1 月 2日"
            chars = tuple((0.55, "1", 0.4) if ch == " " else (0.99, "", 0.0) for ch in text)
            ln = TextLine(text, 0.93, ln.quad, ln.flipped, chars, ())
        out.append(ln)
    return out


def test_a_birth_date_the_valid_id_number_vouches_for_is_not_read_again(engine, monkeypatch) -> None:  # noqa: ANN001
    from app.prefill import reader

    img = _front("出生 1989 年 1 月 2 日", _number("19890102"))
    lines = _torn_spaces(engine.read(img))
    birth = next(ln for ln in lines if ln.text.startswith("出生"))
    assert any(_number("19890102") in ln.text.replace(" ", "") for ln in lines)
    assert reader._char_doubt(birth, fold=True) < reader.SECOND_LOOK  # (a doubt the second look took before)
    seen = _Recording(engine)
    assert reader.second_look(lines, img, seen) == lines
    assert seen.crops == []  # (no recogniser call at all: the number's check digit settles the date)
    monkeypatch.setattr(reader, "SECOND_LOOK_VOUCHED", False)  # (as before: the row is read again)
    before = _Recording(engine)
    reader.second_look(lines, img, before)
    assert len(before.crops) >= 1


def test_a_birth_date_the_number_does_not_vouch_for_is_read_again(engine) -> None:  # noqa: ANN001
    from app.prefill import reader

    # the number's birth date is another day: the printed date is a doubt of its own
    img = _front("出生 1989 年 1 月 2 日", _number("19890112"))
    lines = _torn_spaces(engine.read(img))
    seen = _Recording(engine)
    reader.second_look(lines, img, seen)
    assert len(seen.crops) >= 1
    # a doubtful character outside the date (the label) is no part of what the number vouches for
    img = _front("出生 1989 年 1 月 2 日", _number("19890102"))
    lines = _torn_spaces(engine.read(img))
    lines = [TextLine(ln.text, ln.score, ln.quad, ln.flipped, ((0.6, "土", 0.3), *ln.chars[1:]), ())
             if ln.text.startswith("出生") else ln for ln in lines]
    seen = _Recording(engine)
    reader.second_look(lines, img, seen)
    assert len(seen.crops) >= 1
    # two valid numbers on the page (a household register's rows): none vouches
    two = [*lines[:-1], TextLine(f"{_number('19890102')} {_number('19700315')}", 0.99, lines[-1].quad)]
    assert reader._vouched_dates(two, list(range(len(two)))) == set()


def test_brackets_torn_with_their_full_width_twins_explain_a_wide_box(engine) -> None:  # noqa: ANN001
    from app.prefill import reader

    img = _page(["（  副  本  ）"], 40, (160, 500))
    (read,) = [ln for ln in engine.read(img) if "副本" in ln.text]
    # (the box as the detector drew it around a licence's letter-spaced `（副本）`: 4.1 heights, M's pages)
    x1, y1, x2, y2 = read.bbox
    cx, half = (x1 + x2) / 2, 4.1 * (y2 - y1) / 2
    quad = ((cx - half, y1), (cx + half, y1), (cx + half, y2), (cx - half, y2))
    # read with half-width brackets torn with their full-width twins, as on photographed licences
    torn = TextLine("(副本)", 0.93, quad, chars=((0.64, "（", 0.35), (0.99, "", 0.0), (0.99, "", 0.0),
                                                     (0.86, "）", 0.13)))
    assert reader._too_wide(torn) and not reader._too_wide(torn, twins=True)
    seen = _Recording(engine)
    assert reader.second_look([torn], img, seen) == [torn]
    assert seen.crops == []
    # a character lost from the box is still seen: `4` read in the box of `4室` (no twin to explain it)
    img = _page(["4室"], 40, (160, 400))
    (read,) = [ln for ln in engine.read(img) if "4" in ln.text]
    lost = TextLine("4", 0.95, read.quad, chars=((0.95, "A", 0.02),))
    assert reader._too_wide(lost, twins=True)


def test_a_lone_part_runs_on_every_thread_and_reads_what_one_thread_reads(monkeypatch) -> None:  # noqa: ANN001
    """A call with one part (a second look of two or three lines) runs on the recogniser's session
    with every thread instead of one worker's while the other core idles: every crop reads bit for
    bit what the one-thread session reads (ONNX Runtime's kernels do not depend on the thread
    count), and calls with several parts still go to the workers side by side."""
    from app.prefill.engine import RapidOcrEngine, StageClock
    from tests.prefill.test_less_work import _line

    eng = RapidOcrEngine(threads=2)
    eng.load()
    assert eng._rec_wide is not None
    for texts in (["法定代表人 古丽娜尔·吐尔逊", "2023年09月14日"],
                  ["国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "注册资本 10万元", "(副本)"]):
        crops = [_line(t, 26) for t in texts]
        clock = StageClock()
        spots_wide: list[list[float]] = [[] for _ in crops]
        wide = eng.recognize(crops, spots_wide, clock)
        assert clock.counts["rec_parts"] == 1 and clock.counts["rec_wide"] == 1
        with monkeypatch.context() as m:
            m.setattr(eng, "_rec_wide", None)
            spots_one: list[list[float]] = [[] for _ in crops]
            one = eng.recognize(crops, spots_one)
        assert wide == one and spots_wide == spots_one
    many = [_line(t, 26) for t in ("名称", "住所", "类型", "经营范围", "成立日期", "登记机关", "法定代表人")]
    clock = StageClock()
    eng.recognize(many, [[] for _ in many], clock)
    assert clock.counts["rec_parts"] > 1 and "rec_wide" not in clock.counts
