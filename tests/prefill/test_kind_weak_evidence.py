"""A card whose kind rests on weak but specific evidence (session 37, lane kinds4; AF's kind misses).

Four mends, each off = main's behaviour:
- `kinds.CARD_BACK_WHOLE`: 中华人民共和国 read one character off over a whole 居民身份证 (the detector's boxes
  of the two rows overlapping a little) is the card back's title — both rows count (AF af_0126: `other`).
- `kinds.LABELLESS_FRONT_ADDRESS`: a label-less front known by its checked number and, above it, an address
  row that starts with the number's province and city (AF af_0031: birth row misread, `other`).
- `kinds.COPY_NOTE_MISREAD`: the handwritten 复印件与原件一致 read with characters misread is no other
  document's title (af_0031's `安印件力原件·致` ruled the card out as a foreign title).
- `reader.GUESS_LABELLESS`: a second crop guess whose values prove an ID front is kept like one that
  classifies (AF af_0109: the better reading dropped for reading as `other`).
"""

from __future__ import annotations

import numpy as np
import pytest

from app.prefill import extract, kinds  # (extract first: it imports kinds and registers it)
from app.prefill.layout import Line

classify = extract.classify


def _back(top: str = "中华人民共和回", second: str = "居民身份证") -> list[Line]:
    """af_0126's first reading: the two title rows, the second's box overlapping the first's by 6 px."""
    return [Line(top, 0.87, 530, 173, 727, 218, 0), Line(second, 0.98, 524, 212, 733, 264, 1)]


def test_the_card_backs_two_title_rows_one_misread_make_a_back() -> None:
    assert classify(_back())[0] == "id_card_back"


def test_card_back_whole_off_reads_other(monkeypatch: pytest.MonkeyPatch) -> None:
    # main: 居民身份证 scored 2, the misread first row nothing, and the overlapping boxes were no stack
    monkeypatch.setattr(kinds, "CARD_BACK_WHOLE", False)
    assert classify(_back())[0] == "other"


@pytest.mark.parametrize("second", ["居民户口簿", "居民身份证申领登记表", "不动产权证书", "结婚证"])
def test_other_titles_under_a_misread_first_row_are_no_back(second: str) -> None:
    assert classify(_back(second=second))[0] != "id_card_back"


def test_a_second_row_above_the_first_is_no_stack() -> None:
    lines = [Line("中华人民共和回", 0.87, 530, 240, 727, 285, 0), Line("居民身份证", 0.98, 524, 212, 733, 264, 1)]
    assert classify(lines)[0] == "other"


def _faxed_front(address: str = "吉林省长春中朝所区望家", note: str = "安印件力原件·致") -> list[Line]:
    """af_0031's reading from its other crop guess: the card's rows as the fax left them, its number
    whole, the holder's handwritten copy note misread below."""
    return [Line("内东分", 0.47, 391, 342, 491, 383, 0), Line("u", 0.71, 397, 396, 425, 425, 1),
            Line("小价", 0.44, 491, 393, 595, 429, 2), Line("19631120", 0.75, 395, 442, 597, 471, 3),
            Line(address, 0.72, 393, 490, 669, 520, 4), Line("470174", 0.47, 390, 523, 503, 558, 5),
            Line("220104196312269287", 1.0, 492, 654, 869, 688, 6),
            Line(note, 0.82, 786, 1838, 1163, 1900, 7), Line("MAM00", 0.51, 814, 1914, 1259, 1995, 8)]


def test_a_labelless_front_known_by_its_address_row() -> None:
    assert classify(_faxed_front())[0] == "other"
    assert kinds.labelless_kind(_faxed_front()) == "id_card_front"


def test_either_rule_off_reads_other(monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setattr(kinds, "LABELLESS_FRONT_ADDRESS", False)  # the birth row `19631120` holds no 1963 apart
        assert kinds.labelless_kind(_faxed_front()) is None
    with monkeypatch.context() as m:
        m.setattr(kinds, "COPY_NOTE_MISREAD", 0)  # the misread note stands as another document's title
        assert kinds.labelless_kind(_faxed_front()) is None


@pytest.mark.parametrize("address", [
    "广东省深圳市南山区科技园",  # the holder moved: another province — no evidence
    "吉林省吉林市船营区",  # the province right, another city
    "长春市朝阳区望京街2707号",  # no province
])
def test_an_address_of_another_place_proves_nothing(address: str) -> None:
    assert kinds.labelless_kind(_faxed_front(address=address)) is None


def test_a_page_with_another_kinds_labels_stays_other() -> None:
    # a 户口簿 page or a form names a person by number and address, with its labels printed
    lines = _faxed_front() + [Line("户主或与户主关系", 0.95, 100, 300, 380, 330, 9),
                              Line("户别", 0.95, 100, 600, 180, 630, 10)]
    assert kinds.labelless_kind(lines) is None


def test_the_address_must_be_above_the_number() -> None:
    lines = _faxed_front()
    lines[4] = Line("吉林省长春中朝所区望家", 0.72, 393, 700, 669, 730, 4)
    assert kinds.labelless_kind(lines) is None


@pytest.mark.parametrize(("text", "note"), [
    ("安印件力原件·致", True), ("复印件与原件一致", True), ("此复印件与原伴一致", False),
    ("房屋租赁合同原件", False), ("印件力原件", False), ("安印件力件原·致", False),
])
def test_the_copy_note_misread(text: str, note: bool) -> None:
    assert kinds._copy_note_misread(text) is note


def test_a_second_guess_proving_a_front_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.prefill import reader

    # af_0109's other crop guess: its birth year whole (`1997≈12|100`), its number checked, no label read
    lines = [Line("06481m", 0.53, 306, 293, 416, 320, 0), Line("女东维高尔", 0.67, 350, 323, 490, 346, 1),
             Line("1997≈12|100", 0.82, 353, 348, 495, 375, 2), Line("陕西省西安市雁塔区东吴", 0.98, 354, 380, 520, 402, 3),
             Line("北88272号B2300室", 0.97, 355, 401, 503, 424, 4), Line("610113199712106009", 1.0, 411, 476, 638, 499, 5),
             Line("CR0540", 0.7, 311, 479, 394, 498, 6)]
    assert reader._guess_kind(lines, np.eye(3), (1146, 1687)) == "id_card_front"
    monkeypatch.setattr(reader, "GUESS_LABELLESS", False)
    assert reader._guess_kind(lines, np.eye(3), (1146, 1687)) == "other"
