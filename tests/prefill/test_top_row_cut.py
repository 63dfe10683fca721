"""An ID card front whose crop guess cut its top row (the name's): in a chat app's screenshot of a
tilted card on a desk, the page box's top edge ran under 姓名 — every other row read, the name
neither read nor labelled. The whole image is read too, and the name taken from it; the rows the
whole image's smaller reading missed stay as the crop read them (both readings show the same
valid ID number and agree on what both read). Drawn with the card of `test_id_front_cases` and
read through `app.services.prefill.ocr_files`; only the crop guess is forced (the real one's slip
depends on a desk's grain, not on the card)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.imaging.document import process_document
from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult
from app.services.prefill import ocr_files
from tests.prefill.test_id_front_cases import PERSON, assert_no_wrong, card

ROWS = ["上海市浦东新区秀浦路100号"]


def _on_desk() -> np.ndarray:
    flat = card(ROWS)
    return cv2.copyMakeBorder(flat, 240, 240, 120, 120, cv2.BORDER_CONSTANT, value=(40, 70, 110))


def test_a_name_row_cut_by_the_crop_is_read_from_the_whole_image(engine, tmp_path, monkeypatch) -> None:
    image = _on_desk()
    h, w = image.shape[:2]
    # the crop guess: the card from under its name row (y 240 + 130) to the desk below it
    monkeypatch.setattr(reader, "choose_page", lambda img, bilevel=None: process_document(
        img, detect=False, region=(100, 240 + 130, w - 100, h - 200)))
    path = tmp_path / "chat.png"
    cv2.imwrite(str(path), image)
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == "id_card_front"
    fields = results[0]["fields"]
    assert fields["name"]["value"] == PERSON["name"]
    assert fields["id_number"]["value"] == PERSON["id_number"]
    assert_no_wrong(fields, {**PERSON, "address": "".join(ROWS)})
    # the name's box is where the name is printed in the file
    x1, y1, x2, y2 = fields["name"]["box"]
    assert 240 + 60 < y1 < y2 < 240 + 130


def _field(value: str, note: str = "", box: list[float] | None = None) -> FieldResult:
    return FieldResult(value, 0.99 if value else 0.0, box or ([10.0, 10.0, 50.0, 30.0] if value else None),
                       flagged=not value or bool(note), note=note or ("" if value else "not found"))


def _front(**fields: FieldResult) -> Extraction:
    keys = ("name", "sex", "nation", "birth_date", "address", "id_number")
    return Extraction("id_card_front", 1.0, {k: fields.get(k, _field("")) for k in keys})


@pytest.mark.parametrize(("crop_number", "crop_sex", "took"), [
    (PERSON["id_number"], "男", True),   # the same card, read alike: the nation is taken
    ("110105198205218409", "男", False),  # another number: two cards, nothing is taken
    (PERSON["id_number"], "女", False),  # the readings disagree on a field: nothing is taken
])
def test_a_row_only_the_crop_read_is_taken_for_the_same_card_only(crop_number: str, crop_sex: str, took: bool) -> None:
    whole = _front(name=_field("段锦"), sex=_field("男"), id_number=_field(PERSON["id_number"]),
                   nation=_field("", note="not a coded nation"))
    crop = _front(sex=_field(crop_sex), nation=_field("汉", box=[100.0, 40.0, 130.0, 60.0]),
                  id_number=_field(crop_number))
    shift = np.array([[1.0, 0.0, 5.0], [0.0, 1.0, 200.0], [0.0, 0.0, 1.0]])
    assert reader.fill_rows_unseen(whole, crop, shift) is took
    nation = whole.fields["nation"]
    if took:
        assert nation.value == "汉" and not nation.flagged and nation.box == [105.0, 240.0, 135.0, 260.0]
    else:
        assert nation.value == "" and nation.flagged
