"""An ID card back whose term's start lost its year's head, and one whose authority has a copy's
stamp beside it (session 29, lead; ZL zl_0057, zl_0126, zl_0104). Drawn with Pillow on the national
back's layout (`tests.prefill.pages.card_back`) and read through `ocr_files`, the function behind
`zongchuang ocr --json`; the rule's limits on recognised lines through `extract`.

- A thumb over the label 有效期限 and the start's `20` (`16.11.15-2021.11.15`): no label, no whole
  period — the one line ending in a whole date after a dash is the period, its end read as under a
  covered start, and the start settled: the term is 5, 10 or 20 whole years (居民身份证法 第5条), the
  start's month and day are the end's, and its year's last two digits name one term.
- A start read with a year no card has (`0015.12.15-…`, a smear over its head): the start was
  misread, not the end.
- `复印件与原件一致` stamped beside the 签发机关 row past a gap: a box of stamp words is no part of the
  authority (it was taken as its wrapped row, and the authority left blank).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest
from PIL import Image, ImageDraw

from tests.prefill.fonts import cjk_font
from tests.prefill.pages import card_back, read_jpeg, recognised


def _read(tmp_path: Path, img) -> dict:  # noqa: ANN001
    got = read_jpeg(tmp_path, cv2.cvtColor(img, cv2.COLOR_RGB2BGR), name="back.jpg")
    assert got["kind"] == "id_card_back"
    return {k: v["value"] for k, v in got["fields"].items()}


def test_a_thumb_over_the_label_and_the_start_year_head(engine, tmp_path) -> None:  # noqa: ANN001
    img = card_back("沈阳市公安局和平分局", "2016.11.15-2021.11.15")
    head = int(cjk_font(36).getlength("20"))
    # a thumb from the card's left edge over 有效期限 and the start's `20`
    cv2.ellipse(img, (150, 560), (180 + head, 62), 0, 0, 360, (196, 150, 128), -1)
    got = _read(tmp_path, img)
    assert (got["valid_from"], got["valid_to"]) == ("2016-11-15", "2021-11-15")


def test_a_start_year_no_card_has_leaves_the_end_and_settles_the_start(engine, tmp_path) -> None:  # noqa: ANN001
    got = _read(tmp_path, card_back("青岛市公安局市南分局", "0015.12.15-2020.12.15"))
    assert (got["valid_from"], got["valid_to"]) == ("2015-12-15", "2020-12-15")


def test_a_copy_stamp_beside_the_authority_row(engine, tmp_path) -> None:  # noqa: ANN001
    img = Image.fromarray(card_back("广州市公安局天河分局", "2014.01.13-2019.01.13"))
    ImageDraw.Draw(img).text((720, 462), "复印件与原件一致", font=cjk_font(28), fill=(60, 60, 60))
    got = _read(tmp_path, __import__("numpy").array(img))
    assert got["issuing_authority"] == "广州市公安局天河分局"


def _fields(period: list[tuple[str, float, float]], doubt: dict | None = None) -> tuple[str, str]:
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [recognised("中华人民共和国", 340, 90, 700, 140), recognised("居民身份证", 320, 190, 800, 270),
             recognised("签发机关", 160, 462, 290, 494), recognised("永顺县公安局", 330, 456, 560, 496),
             recognised("有效期限", 160, 542, 290, 574)]
    lines += [recognised(t, x, 536, x2, 576, doubt if i == len(period) - 1 else None)
              for i, (t, x, x2) in enumerate(period)]
    f = extract(to_lines(lines), "id_card_back").fields
    return f["valid_from"].public()["value"], f["valid_to"].public()["value"]


@pytest.mark.parametrize(("text", "doubt", "want"), [
    ("0015.12.15-2020.12.15", None, ("2015-12-15", "2020-12-15")),  # 2020 − 5
    ("0010.12.15-2020.12.15", None, ("2010-12-15", "2020-12-15")),  # 2020 − 10
    ("0013.12.15-2020.12.15", None, ("", "2020-12-15")),  # `13` names no term: the start stays blank
    ("0015.12.14-2020.12.15", None, ("", "")),  # the start's day is not the end's: either misread
    ("0015.12.15-2020.12.15", {13: (0.6, "3", 0.3)}, ("", "")),  # a doubtful digit in the end
    ("1995.12.15-2020.12.15", None, ("", "")),  # a year a card can have: which date is wrong is unknown
    ("0015.12.15-2020.12.15", {3: (0.6, "6", 0.3)}, ("", "2020-12-15")),  # the tail's digit in doubt
])
def test_a_start_year_no_card_has(text: str, doubt: dict | None, want: tuple[str, str]) -> None:
    assert _fields([(text, 330, 330 + 18 * len(text))], doubt) == want


@pytest.mark.parametrize(("text", "want"), [
    ("16.11.15-2021.11.15", ("2016-11-15", "2021-11-15")),
    ("6.11.15-2021.11.15", ("", "2021-11-15")),  # one digit of the year names nothing
    ("17.11.15-2021.11.15", ("", "2021-11-15")),  # 4 years: no term
    ("01.11.15-2021.11.15", ("2001-11-15", "2021-11-15")),  # 2021 − 20
])
def test_a_start_whose_year_head_is_covered(text: str, want: tuple[str, str]) -> None:
    assert _fields([(text, 366, 366 + 18 * len(text))]) == want
