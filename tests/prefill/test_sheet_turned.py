"""A card back copied onto an A4 sheet, scanned turned by 90° or 180°, a diagonal 仅供…使用 watermark
over the whole sheet (family O's `card_a4_scanapp` + `rotated90`, o0023; `card_a4_flatbed` +
`rotated180`, o0065). Four causes lost the card's fields, each of them on any such sheet:

- Orientation: the page is turned by 180° when the line classifier reads most of its lines upside
  down — and the watermark's fragments (`11`, `ji`), read the right way up while the card lay upside
  down, outvoted the card's rows (0.56 against 0.6). Slanted lines have no vote (`reader.upside_down`).
- The card's part of the sheet is read again at the scan's resolution (`reader._card_region`) only
  when the scan holds more pixels of it than the page read: the scan's x extent was compared with
  the page's, which on a sheet turned 90° is the page's y extent — nothing was read again.
- Kind: at the sheet's OCR size the large letter-spaced 居民身份证 falls apart (`居` `有` `份` `证`)
  and 签发机关 goes unread; 有效期限 and 中华人民共和国 alone were too little, the page was `other`.
  The card back's validity period read whole (two dotted dates 5/10/20 years apart, or one and 长期)
  is the back's evidence too (`kinds._id_back_period`).
- Period: read again at the scan's resolution, the period row's end was crossed by a watermark stroke
  the detector boxed apart (`2016.02.11—2036,02.`): the row is read once more further right
  (`reader.reread_short_period`, as a short ID number is)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from app.imaging.document import rotate90_matrix
from app.prefill.engine import TextLine
from app.prefill.extract import classify
from app.prefill.layout import to_lines
from app.prefill.reader import _card_region, _flipped_share, upside_down
from tests.prefill.pages import card_back, read_file, recognised
from tests.prefill.test_certified_copies import watermark


def _as_read(text: str, flipped: bool, quad: list[tuple[int, int]]) -> TextLine:
    return TextLine(text, 0.99, tuple((float(x), float(y)) for x, y in quad), flipped,
                    tuple((0.99, "", 0.0) for _ in text))


# o0023's first reading (the sheet turned 90° by the morphology check, the card then upside down):
# the watermark's fragments at about -22°, the card's rows level and read upside down
O0023 = [
    _as_read("11", False, [(201, 174), (239, 159), (249, 186), (211, 201)]),
    _as_read("115", False, [(609, 174), (641, 162), (651, 187), (619, 199)]),
    _as_read("ji", False, [(409, 307), (440, 298), (447, 324), (416, 332)]),
    _as_read("1", False, [(201, 406), (238, 391), (249, 419), (212, 433)]),
    _as_read("11", False, [(609, 407), (641, 393), (652, 418), (620, 432)]),
    _as_read("ii", False, [(817, 537), (848, 529), (854, 556), (823, 564)]),
    _as_read("1", False, [(202, 637), (238, 622), (249, 651), (213, 665)]),
    _as_read("11", False, [(608, 637), (642, 624), (652, 650), (618, 663)]),
    _as_read("11", False, [(202, 870), (239, 855), (249, 881), (212, 896)]),
    _as_read("有效期限", True, [(583, 997), (639, 997), (639, 1014), (583, 1014)]),
    _as_read("成都市公安局武侯区分局", True, [(436, 1030), (576, 1030), (576, 1047), (436, 1047)]),
    _as_read("签发机关", True, [(584, 1030), (640, 1030), (640, 1047), (584, 1047)]),
    _as_read("11", False, [(203, 1102), (236, 1088), (246, 1112), (213, 1126)]),
    _as_read("居民身份证", True, [(364, 1104), (573, 1102), (573, 1145), (365, 1148)]),
    _as_read("国", False, [(356, 1162), (383, 1162), (383, 1188), (356, 1188)]),
    _as_read("共和", True, [(382, 1158), (457, 1158), (457, 1194), (382, 1194)]),
    _as_read("华", True, [(523, 1162), (556, 1162), (556, 1191), (523, 1191)]),
    _as_read("中", True, [(547, 1166), (585, 1154), (595, 1186), (556, 1198)]),
    _as_read("11", False, [(204, 1333), (235, 1320), (245, 1345), (214, 1358)]),
]


def test_a_watermark_has_no_vote_in_the_page_orientation() -> None:
    assert _flipped_share(O0023) < 0.6  # (the vote as it was: the card stayed upside down)
    assert upside_down(O0023)
    # a page without a watermark votes as before
    card = [ln for ln in O0023 if len(ln.text) > 1 and ln.text[0] not in "1ij"]
    assert upside_down(card)
    assert not upside_down([replace(ln, flipped=False) for ln in card])


def test_a_card_on_a_sheet_turned_90_degrees_is_read_again_at_the_scans_resolution() -> None:
    # o0023 as laid out after the turn: the 2132×1507 scan shrunk to 1400 px and turned 270°
    source = (1507, 2132, 3)
    s = 1400 / 2132
    scaled = (round(1507 * s), 1400, 3)
    to_page = rotate90_matrix(scaled, 270) @ np.diag([s, s, 1.0])
    page = (1400, scaled[0], 3)
    lines = to_lines([recognised("居民身份证", 416, 251, 625, 297), recognised("签发机关", 349, 352, 405, 369),
                      recognised("成都市公安局武侯区分局", 413, 352, 553, 369),
                      recognised("有效期限", 350, 385, 406, 402)])
    region = _card_region(lines, page, to_page, source)
    assert region is not None
    x1, y1, x2, y2 = region
    # the card's rows lie in the scan's right half, running down it (the page's y is the scan's x)
    back = np.linalg.inv(to_page)
    for ln in lines:
        for px, py in ((ln.x1, ln.y1), (ln.x2, ln.y2)):
            sx, sy, _ = back @ (px, py, 1.0)
            assert x1 <= sx <= x2 and y1 <= sy <= y2
    assert (y2 - y1) > 1.3 * (625 - 349)  # (more pixels of the card than the page had)


def turned_copy(tmp_path: Path, turn: int) -> Path:
    """A card back copied at its real size (85.6 mm at 200 dpi) upside down onto a landscape A4 sheet,
    watermarked in the scan's frame, the scan stored turned by `turn` degrees clockwise."""
    flat = cv2.cvtColor(card_back("成都市公安局武侯区分局", "2016.02.11-2036.02.11"), cv2.COLOR_RGB2GRAY)
    small = cv2.rotate(cv2.resize(flat, (674, 425), interpolation=cv2.INTER_AREA), cv2.ROTATE_180)
    sheet = Image.new("RGB", (2339, 1654), (250, 250, 250))
    sheet.paste(Image.fromarray(small).convert("RGB"), (1300, 500))
    watermark(sheet, "仅供办理业务使用，他用无效", angle=30.0, fill=(150, 150, 150), size=36)
    img = cv2.rotate(cv2.cvtColor(np.array(sheet), cv2.COLOR_RGB2BGR),
                     cv2.ROTATE_90_CLOCKWISE if turn == 90 else cv2.ROTATE_90_COUNTERCLOCKWISE)
    path = tmp_path / f"turned{turn}.jpg"
    cv2.imwrite(str(path), img, [cv2.IMWRITE_JPEG_QUALITY, 88])
    return path


@pytest.mark.parametrize("turn", [90, 270])
def test_a_card_back_whose_title_fell_apart_is_a_card_back_by_its_period(engine, tmp_path, turn) -> None:
    got = read_file(turned_copy(tmp_path, turn))
    assert got["kind"] == "id_card_back"  # (was `other`: 有效期限 and 中华人民共和国 only)
    fields = got["fields"]
    assert fields["issuing_authority"]["value"] == "成都市公安局武侯区分局"
    assert fields["valid_from"]["value"] == "2016-02-11"
    assert fields["valid_to"]["value"] == "2036-02-11"


def test_a_period_alone_makes_no_card_back() -> None:
    # the period is one piece of evidence: with 有效期限 only (a residence permit, a foreign
    # permanent resident's card) the page stays `other`; a driving licence's term is no card's period
    assert classify(to_lines([recognised("有效期限 2016.02.11-2036.02.11", 100, 500, 500, 530)]))[0] == "other"
    page = [recognised("中华人民共和国", 300, 100, 700, 150), recognised("有效期限", 100, 500, 200, 530)]
    assert classify(to_lines([*page, recognised("2016-02-11至2036-02-11", 220, 500, 500, 530)]))[0] == "other"
    assert classify(to_lines([*page, recognised("2016.02.11-2036.02.11", 220, 500, 500, 530)]))[0] == "id_card_back"
    assert classify(to_lines([*page, recognised("2016.02.11-2029.02.11", 220, 500, 500, 530)]))[0] == "other"


def test_a_period_row_cut_short_by_a_watermark_stroke_is_read_again_further_right(engine) -> None:
    # o0023 at the scan's resolution: a watermark's stroke crossing the period's last digits went into
    # a box of its own, and the row was read `2016.02.11—2036,02.` — no end date, both fields blank.
    # The row is read once more from a crop running further right (`reader.reread_short_period`)
    from app.prefill.extract import extract
    from app.prefill.reader import reread_short_period
    from tests.prefill.fonts import cjk_font

    period = "2016.02.11-2036.02.11"
    page = cv2.cvtColor(card_back("成都市公安局武侯区分局", period), cv2.COLOR_RGB2BGR)
    font = cjk_font(36)
    cut = 330 + int(font.getlength(period[:-2]))  # (where the box stopped: before the last two digits)
    lines = to_lines([recognised("签发机关", 160, 462, 280, 496), recognised("成都市公安局武侯区分局", 330, 456, 720, 498),
                      recognised("有效期限", 160, 542, 280, 576), recognised("2016.02.11—2036,02.", 330, 536, cut, 578)])
    before = extract(lines, "id_card_back", 5.0).fields
    assert before["valid_to"].value == ""
    again = reread_short_period(lines, page, engine)
    assert again is not None
    after = extract(again, "id_card_back", 5.0).fields
    assert (after["valid_from"].value, after["valid_to"].value) == ("2016-02-11", "2036-02-11")
    assert not after["valid_to"].flagged
    # a whole period or a 长期 is left alone
    whole = to_lines([recognised("有效期限", 160, 542, 280, 576), recognised(period, 330, 536, 720, 578)])
    assert reread_short_period(whole, page, engine) is None
