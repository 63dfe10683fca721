"""The 民族 label read with one of its characters misread and glued to the nation: `民练汉` on a grey
copy of a card front (family O's o0034, `练` at 0.48 with `族` the runner-up at 0.26). No label was
found, the box beside the sex did not spell a nation once `民` was stripped (`练汉`): the nation was
blank. The label's character as the recogniser's runner-up makes the box the label and the nation,
as a label with that character lost does (`extract._nation_half_label`). Lines as the recogniser
gives them, with their per-character probabilities."""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def _line(text: str, x1: float, y1: float, x2: float, y2: float,
          runner_up: dict[int, tuple[float, str, float]] | None = None) -> TextLine:
    chars = tuple((runner_up or {}).get(i, (0.99, "", 0.0)) for i in range(len(text)))
    return TextLine(text, 0.98, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=chars)


def _card(nation_box: TextLine) -> list[TextLine]:
    return [_line("丁超文", 99, 59, 152, 80), _line("姓名", 47, 62, 97, 79), _line("男", 100, 96, 119, 115),
            _line("性别", 46, 98, 83, 115), nation_box, _line("1959年10月15日", 99, 131, 217, 151),
            _line("出生", 47, 134, 81, 150), _line("江苏省南京市玄武区沙河西路1121弄8", 98, 166, 349, 187),
            _line("住址", 46, 169, 82, 187), _line("0号2705室", 97, 187, 171, 209),
            _line("320102195910153790", 165, 283, 393, 305), _line("公民身份号码", 47, 287, 126, 303)]


def test_a_nation_label_with_a_misread_character_whose_runner_up_is_the_label() -> None:
    box = _line("民练汉", 165, 97, 233, 116, {1: (0.48, "族", 0.26)})
    got = extract(to_lines(_card(box)), "id_card_front", 1.0).fields
    assert got["nation"].value == "汉" and not got["nation"].flagged, got["nation"]
    assert got["name"].value == "丁超文" and got["address"].value == "江苏省南京市玄武区沙河西路1121弄80号2705室"


def test_a_misread_character_whose_runner_up_is_no_label_character_is_no_label() -> None:
    # (away from the sex row: on it, right of the sex, the row's place says it is the label —
    # tests/prefill/test_front_label_misread, session 28 — anywhere else only the runner-up does)
    box = _line("民练汉", 250, 131, 318, 151, {1: (0.48, "炼", 0.26)})
    got = extract(to_lines(_card(box)), "id_card_front", 1.0).fields
    assert got["nation"].value == "" and got["nation"].flagged
