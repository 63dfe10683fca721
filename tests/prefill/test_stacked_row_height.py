"""Session 39 (ahfood6): a slanted `仅供…使用` note's box level with a label is no upper row of the value
beside it (`layout.STACKED_ROW_HEIGHT`).

AH ah0136, a flatbed scan of an ID card back with `此复印件仅供本次业务使用` written slantwise over it several
times: the piece `务使用`'s box (125 px tall, a slanted phrase) reaches 25 px into the 50 px row of 签发机关,
over the right half of `南昌市公安局青山湖分局` (55 px). The two boxes stacked beside the label were taken as a
wrapped value's two rows, the upper one (`务使用`) its start and the authority dropped as its continuation:
the authority was blank (`vocabulary`, `not an authority`). A value's rows are printed in one size; a box
more than twice as tall as the other is other print across the row.
"""

from __future__ import annotations

from app.prefill import layout
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.pages import recognised

# ah0136's lines as the extractor got them (page pixels)
AH0136 = [("件仅供本", 0, 0, 222, 112), ("此复印件仅供本", 550, 0, 848, 136), ("使用", 979, 112, 1121, 212),
          ("中华人民共和国", 414, 124, 970, 202), ("使用", 243, 139, 400, 249), ("居民身份证", 393, 266, 981, 391),
          ("此复", 1013, 331, 1156, 436), ("供本次业务使用", 0, 381, 373, 575), ("务使用", 708, 422, 902, 547),
          ("签发机关", 178, 522, 384, 572), ("南昌市公安局青山湖分局", 361, 520, 839, 575),
          ("有效期限2018.08.13-2038.08.13", 179, 615, 861, 662), ("次业务使用", 821, 587, 1094, 736)]


def _authority(rows: list[tuple]) -> tuple[str, str]:
    got = extract(to_lines([recognised(*r) for r in rows]), "id_card_back").fields["issuing_authority"].public()
    return got["value"], got["reason"]


def test_a_slanted_note_over_the_row_does_not_start_the_value(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(layout, "STACKED_ROW_HEIGHT", 2.0)  # (landed off: the value the lead switches on)
    assert _authority(AH0136) == ("南昌市公安局青山湖分局", "")
    monkeypatch.setattr(layout, "STACKED_ROW_HEIGHT", 0)  # (main: the note's piece taken as the value's start)
    assert _authority(AH0136)[0] == ""


def test_a_value_wrapped_in_small_print_still_starts_at_its_upper_row(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(layout, "STACKED_ROW_HEIGHT", 2.0)
    # (two rows of one size both level with a taller label: the upper row starts the value, as before)
    rows = [("中华人民共和国", 414, 124, 970, 202), ("居民身份证", 393, 266, 981, 391),
            ("签发机关", 178, 500, 384, 580), ("新疆维吾尔自治区乌鲁木齐市", 400, 498, 760, 536),
            ("公安局沙依巴克区分局", 400, 540, 700, 578),
            ("有效期限2018.08.13-2038.08.13", 179, 615, 861, 662)]
    assert _authority(rows) == ("新疆维吾尔自治区乌鲁木齐市公安局沙依巴克区分局", "")
