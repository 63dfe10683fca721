"""An ID card copy stamped with a red seal right after the holder's name (session 39, names6 lane:
family AG's ag_081, a chat-forwarded copy with a company's seal over the card, `汤雨松` read at 0.999
and blanked `lost character`).

The card has paper after a name, and a thumb or a pen over the name's end covers it there
(`extract.COVER_CHECK`, the thumb cases in test_id_front_cases). A red seal's rim and characters
there are no cover: `reader.COVER_SEAL_PAPER` judges that room with clearly red pixels measured by
their red channel, where the seal is as light as the paper. Drawn with Pillow and read through
`app.services.prefill.ocr_files`.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill import reader as R
from tests.prefill.fonts import cjk_font
from tests.prefill.test_id_front_cases import PERSON, assert_no_wrong, card, read

ROWS = ["上海市浦东新区秀浦路100号"]


def _stamped(seal: tuple[int, int, int] = (222, 60, 66)) -> np.ndarray:
    """The card with a seal's rim and characters stamped right after `柳文涛` (RGB `seal`)."""
    img = Image.fromarray(cv2.cvtColor(card(ROWS, name="柳文涛", xv=126), cv2.COLOR_BGR2RGB))
    d = ImageDraw.Draw(img)
    d.ellipse((236, 10, 516, 290), outline=seal, width=8)
    font = cjk_font(34)
    for ch, xy in zip("鼎盛文化传媒", ((246, 96), (250, 58), (270, 24), (310, 6), (356, 2), (400, 8)), strict=True):
        d.text(xy, ch, font=font, fill=seal)
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def test_a_red_seal_after_the_name_is_no_cover(engine, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(R, "COVER_SEAL_PAPER", True)
    fields = read(tmp_path, _stamped())
    assert fields["name"]["value"] == "柳文涛", fields["name"]
    assert_no_wrong(fields, {**PERSON, "name": "柳文涛", "address": "".join(ROWS)})
    monkeypatch.setattr(R, "COVER_SEAL_PAPER", False)  # main's path: blank, `doubtful_character`
    fields = read(tmp_path, _stamped())
    assert fields["name"]["value"] == "" and fields["name"]["reason"] == "doubtful_character", fields["name"]


def test_a_thumb_over_the_names_end_still_covers_it_on_a_stamped_card(engine, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    # the same stamped card held by a thumb over the name's last character: `柳文` stays blank
    monkeypatch.setattr(R, "COVER_SEAL_PAPER", True)
    img = Image.fromarray(cv2.cvtColor(_stamped(), cv2.COLOR_BGR2RGB))
    ImageDraw.Draw(img).rounded_rectangle((196, -60, 252, 128), radius=28, fill=(176, 124, 96))
    fields = read(tmp_path, cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR))
    assert fields["name"]["value"] == ""
    assert_no_wrong(fields, {**PERSON, "name": "柳文涛", "address": "".join(ROWS)})
