"""Session 24 (zbphone): an ID card front photographed at a slant on a desk whose edges were not found.

Such a card is read from its printed-matter box, unflattened: its left edge leans, each row starting
further left than the one above (ZB zb0134, zb0024: the name, the top row, stood right of the birth
date's and the address's starts by more than its pitch, so `_starts_right_of_column` took it for a
name that lost its surname and left a right name blank). The labels lean with their values, so each
value's start is measured from its own row's label. A surname lost on such a card still leaves the
name a character further from its label than the other values stand from theirs.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.services.prefill import ocr_files
from tests.prefill.test_id_front_cases import PERSON, assert_no_wrong, card

PAPER = (243, 241, 236)  # BGR: the card's own paper (`card`), so no card edge is there to flatten by


def leaning(flat: np.ndarray, lean: float = 0.32) -> np.ndarray:
    """The card sheared so that each row starts `lean` px further left per px further down (its
    top rows right of its bottom ones), on paper of its own colour: no edge to find a quad by."""
    h, w = flat.shape[:2]
    pad = int(lean * h) + 40
    m = np.float32([[1, -lean, pad], [0, 1, 40]])
    return cv2.warpAffine(flat, m, (w + 2 * pad, h + 80), borderValue=PAPER)


def read(tmp_path: Path, img: np.ndarray) -> dict:
    path = tmp_path / "card.png"
    cv2.imwrite(str(path), img)
    results, failures = ocr_files([path])
    assert not failures
    assert results[0]["kind"] == "id_card_front"
    return results[0]["fields"]


def test_name_on_a_leaning_card_is_read(engine, tmp_path) -> None:
    rows = ["上海市浦东新区秀浦路100号"]
    fields = read(tmp_path, leaning(card(rows, name="柳文涛", xv=126)))
    assert fields["name"]["value"] == "柳文涛"
    assert_no_wrong(fields, {**PERSON, "name": "柳文涛", "address": "".join(rows)})


def test_name_whose_surname_is_under_a_thumb_on_a_leaning_card_is_not_prefilled(engine, tmp_path) -> None:
    rows = ["上海市浦东新区秀浦路100号"]
    img = Image.fromarray(cv2.cvtColor(card(rows, name="柳文涛", xv=126), cv2.COLOR_BGR2RGB))
    ImageDraw.Draw(img).rounded_rectangle((114, -60, 170, 128), radius=28, fill=(176, 124, 96))
    fields = read(tmp_path, leaning(cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)))
    assert fields["name"]["value"] == ""
    assert fields["name"]["reason"] == "doubtful_character"
    assert_no_wrong(fields, {**PERSON, "name": "柳文涛", "address": "".join(rows)})
