"""Session 39 (fax6): an ID front's 民族 label read with both characters wrong, glued to the nation, beside the
printed sex (`extract.NATION_LABEL_UNREAD`): AH ah0073, a 98-line G4 fax of a card on an A4 page, read `性料` / `女` /
`美雄汉` on the sex row (the labels' light print gone to a few dots). The sex's label unread, the sex comes from the
checked number; the printed sex's own box anchors the look along its row (NATION_BESIDE_PRINTED_SEX), where the card
prints only 民族 and the nation: two characters and then a coded nation is the label and the nation. Fails with the
constant off (main: blank `not a coded nation`), passes with it on; a label read short, or no coded nation after
two characters, stays blank. Lines as in test_nation_sex_row."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.test_nation_sex_row import _card, _line


@pytest.fixture(autouse=True)
def _rule_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ex, "NATION_LABEL_UNREAD", True)


def _nation(after_sex: str, sex: str = "男", label: str = "性料") -> ex.FieldResult:
    row = [_line(label, 46, 98, 83, 115), _line(sex, 100, 96, 119, 115),
           _line(after_sex, 170, 97, 170 + 19 * len(after_sex), 116)]
    return extract(to_lines(_card(row)), "id_card_front", 1.0).fields["nation"]


@pytest.mark.parametrize(("read", "want"), [("美雄汉", "汉"), ("美雄蒙古", "蒙古"), ("氏旅:土家", "土家")])
def test_a_nation_after_a_label_read_wrong_beside_the_printed_sex(read: str, want: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    got = _nation(read)
    assert got.value == want and not got.flagged, got
    monkeypatch.setattr(ex, "NATION_LABEL_UNREAD", False)  # (as on main: blank)
    got = _nation(read)
    assert got.flagged and got.note == "not a coded nation", got


@pytest.mark.parametrize("read", ["美土家", "美雄汊", "美雄汉族人"])
def test_no_coded_nation_after_two_characters_stays_blank(read: str) -> None:
    got = _nation(read)
    assert got.flagged or not got.value, got


def test_a_sex_the_number_does_not_hold_anchors_nothing() -> None:
    # the number (…3790) holds 男: a lone 女 is no printed sex of this card
    got = _nation("美雄汉", sex="女")
    assert got.flagged or not got.value, got
