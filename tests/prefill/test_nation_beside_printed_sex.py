"""An ID front whose 性别 label was read as one character (`性`) and whose 民族 label was not read at all
(issue 15, session 35, lane zzfax): ZZ zz_134, a faxed card on an A4 page (1-bit, 196 lines per inch, the
labels' light print gone to a few dots) read `性` / `女` / `蒙古` as three boxes on one row. The sex's
label unread, its value came from the checked number (`from ID number`) and was boxed at the number's
row, so the nation's look beside the sex (`extract._nation_beside_sex`) searched the number's row and
the nation stayed blank (`not a coded nation`). The printed sex — the one box on the page that is the
number's sex character alone, or after what is left of its label — is where the card prints it, and its
box anchors that look (`extract.NATION_BESIDE_PRINTED_SEX`). A sex box the number does not hold, or
two such boxes, anchor nothing. Lines as in test_nation_sex_row."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.test_nation_sex_row import _card, _line


def test_the_nation_beside_a_printed_sex_whose_label_was_half_read(monkeypatch: pytest.MonkeyPatch) -> None:
    row = [_line("性", 46, 98, 64, 115), _line("男", 100, 96, 119, 115), _line("蒙古", 210, 97, 250, 116)]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["sex"].value == "男"
    assert got["nation"].value == "蒙古" and not got["nation"].flagged, got["nation"]
    monkeypatch.setattr(ex, "NATION_BESIDE_PRINTED_SEX", False)  # (as on main: blank)
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].flagged and got["nation"].note == "not a coded nation", got["nation"]


def test_a_sex_box_the_number_does_not_hold_anchors_nothing() -> None:
    # the number (…3790) holds 男: a lone 女 is no printed sex of this card
    row = [_line("性", 46, 98, 64, 115), _line("女", 100, 96, 119, 115), _line("蒙古", 210, 97, 250, 116)]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].flagged or not got["nation"].value, got["nation"]


def test_two_sex_boxes_anchor_nothing() -> None:
    row = [_line("性", 46, 98, 64, 115), _line("男", 100, 96, 119, 115), _line("蒙古", 210, 97, 250, 116),
           _line("男", 300, 230, 319, 249)]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].flagged or not got["nation"].value, got["nation"]
