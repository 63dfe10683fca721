"""ID card back failure cases, each drawn here with Pillow and a system CJK font (the layout of
the national card's back: the emblem top left, 中华人民共和国 and 居民身份证 in large print, a wide
blank band, then the 签发机关 and 有效期限 rows) and read through `app.services.prefill.ocr_files` —
the function behind `zongchuang ocr --json`.

Each case is a way a real card back read wrong or blank; a field may come back blank with a
reason, a non-blank value must be the printed one.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from tests.prefill.fonts import cjk_font as _font
from tests.prefill.pages import card_back, read_jpeg


def back(authority: str, period: str, *, w: int = 1012, h: int = 638) -> np.ndarray:
    """A flat card back filling the whole image (BGR), as a scanner app crops it."""
    return cv2.cvtColor(card_back(authority, period, w=w, h=h), cv2.COLOR_RGB2BGR)


def read(tmp_path: Path, img: np.ndarray, quality: int = 85) -> dict:
    result = read_jpeg(tmp_path, img, quality=quality, name="back.jpg")
    assert result["kind"] == "id_card_back"
    return result["fields"]


def test_card_back_cropped_edge_to_edge_reads_its_rows(engine, tmp_path) -> None:
    # the blank band between the title and the rows is wider than the gap the printed-matter box
    # bridges: the first crop holds the title only; the rows must still be read
    fields = read(tmp_path, back("南京市公安局鼓楼分局", "2022.02.23-2032.02.23"))
    assert fields["issuing_authority"]["value"] == "南京市公安局鼓楼分局"
    assert fields["valid_from"]["value"] == "2022-02-23"
    assert fields["valid_to"]["value"] == "2032-02-23"


def _line(text: str, x1: float, y1: float, x2: float, y2: float, doubt: dict[int, tuple[float, str, float]] | None = None):
    from app.prefill.engine import TextLine

    chars = tuple((doubt or {}).get(i, (0.99, "", 0.0)) for i in range(len(text)))
    xs = tuple(x1 + (x2 - x1) * (i + 0.5) / len(text) for i in range(len(text)))
    return TextLine(text, 0.97, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=chars, xs=xs)


@pytest.mark.parametrize(("doubt", "want"), [({4: (0.57, ".", 0.01)}, ("2022-11-28", "长期")),
                                             ({8: (0.57, "1", 0.3)}, ("", ""))])
def test_doubtful_mark_beside_a_long_term_period_is_no_doubtful_date(doubt, want) -> None:
    # `有效期限·2022.11.28-长期`: a speck read as a doubtful dot between the label and the date
    # carries nothing of the dates (their digits and 长期 decide); a doubtful digit still does
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("中华人民共和国", 340, 90, 800, 140), _line("居民身份证", 320, 190, 860, 270),
             _line("签发机关古蔺县公安局", 160, 456, 560, 494),
             _line("有效期限·2022.11.28-长期", 160, 536, 700, 574, doubt)]
    fields = extract(to_lines(lines), "id_card_back").fields
    assert (fields["valid_from"].public()["value"], fields["valid_to"].public()["value"]) == want


def test_period_whose_end_is_under_a_thumb_gives_its_start(engine, tmp_path) -> None:
    # a thumb holding the card covers the end of the 有效期限 row: `2019.05.02-20` — the start
    # date is whole (eight digits and the dash after them), the end is not read
    img = back("翁源县公安局", "2019.05.02-2039.05.02")
    x = 330 + int(_font(36).getlength("2019.05.02-20"))
    cv2.ellipse(img, (x + 120, 600), (125, 80), 0, 0, 360, (150, 160, 215), -1)
    fields = read(tmp_path, img)
    assert fields["issuing_authority"]["value"] == "翁源县公安局"
    assert fields["valid_from"]["value"] == "2019-05-02"
    assert fields["valid_to"]["value"] == ""
    assert fields["valid_to"]["reason"]


@pytest.mark.parametrize(("text", "doubt", "want"), [
    ("2019.05.02-20", {}, "2019-05-02"),
    ("2019.05.02-20", {3: (0.7, "8", 0.25)}, ""),  # a doubtful digit in the start: no term checks it
    ("2019.05.2-20", {}, ""),  # a digit lost: no start date
    ("2019.05.02", {}, ""),  # no dash read: the row may be cut inside the start
])
def test_start_of_a_cut_period_needs_every_digit_sure(text: str, doubt: dict, want: str) -> None:
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("中华人民共和国", 340, 90, 700, 140), _line("居民身份证", 320, 190, 800, 270),
             _line("签发机关", 160, 462, 290, 494), _line("翁源县公安局", 330, 456, 560, 496),
             _line("有效期限", 160, 542, 290, 574), _line(text, 330, 536, 330 + 18 * len(text), 576, doubt)]
    assert extract(to_lines(lines), "id_card_back").fields["valid_from"].public()["value"] == want


@pytest.mark.parametrize(("rest", "want"), [
    ("月", "2024-01-09"),  # (the half of 期 beside a thumb over 长)
    ("20", "2024-01-09"),  # (the end's first digits)
    ("月期", ""),  # more than what is left of 长期: not a cut end
])
def test_start_of_a_period_whose_long_term_is_half_covered(rest: str, want: str) -> None:
    # `2024.01.09-` with a thumb over 长 and the half of 期 beside it read `月` (a box of its own):
    # eight digits and the dash are the whole start, what follows is the covered end
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("中华人民共和国", 340, 90, 700, 140), _line("居民身份证", 320, 190, 800, 270),
             _line("签发机关", 160, 462, 290, 494), _line("杭州市公安局西湖区分局", 330, 456, 700, 496),
             _line("有效期限", 160, 542, 290, 574), _line("2024.01.09-", 330, 536, 530, 576),
             _line(rest, 560, 538, 560 + 30 * len(rest), 574)]
    fields = extract(to_lines(lines), "id_card_back").fields
    assert fields["valid_from"].public()["value"] == want


@pytest.mark.parametrize(("start", "doubt", "want"), [
    ("25", {}, "2024-06-25"),
    ("0625", {}, "2024-06-25"),
    ("26", {}, ""),  # the start's day is not the end's: a term is whole years, one of them misread
    ("5", {}, ""),  # one digit vouches for too little
    ("25", {9: (0.7, "8", 0.25)}, ""),  # a doubtful digit in the end
])
def test_end_of_a_period_whose_start_is_under_a_thumb(start: str, doubt: dict, want: str) -> None:
    # `20` … `25-2024.06.25`: a thumb over the middle of the start; the end's eight digits after the
    # dash are whole, and the start's day read before the dash repeats the end's day
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    end = f"{start}-2024.06.25"
    lines = [_line("中华人民共和国", 340, 90, 700, 140), _line("居民身份证", 320, 190, 800, 270),
             _line("签发机关", 160, 462, 290, 494), _line("永顺县公安局", 330, 456, 560, 496),
             _line("有效期限", 160, 542, 290, 574), _line("20", 330, 536, 366, 576),
             _line(end, 440, 536, 440 + 18 * len(end), 576, doubt)]
    fields = extract(to_lines(lines), "id_card_back").fields
    assert fields["valid_to"].public()["value"] == want
    assert fields["valid_from"].public()["value"] == ""


def test_long_term_period_wrapped_between_its_two_characters(engine, tmp_path) -> None:
    # a card reproduced in a narrow template wraps the period's row: `2024.10.13-长` on the row,
    # `期` alone on the line under its end; a period ends in a date or in 长期, so the row goes on
    img = card_back("南昌市公安局青山湖分局", "2024.10.13-长")
    from PIL import Image, ImageDraw

    pil = Image.fromarray(img)
    x = 330 + int(_font(36).getlength("2024.10.13-"))
    ImageDraw.Draw(pil).text((x, 582), "期", font=_font(36), fill=(20, 20, 20))
    fields = read(tmp_path, cv2.cvtColor(np.array(pil), cv2.COLOR_RGB2BGR))
    assert (fields["valid_from"]["value"], fields["valid_to"]["value"]) == ("2024-10-13", "长期")


@pytest.mark.parametrize(("below", "want"), [
    (("期", 560, 572, 596, 610), ("2024-10-13", "长期")),  # right under the row's end
    (("期", 560, 640, 596, 678), ("", "")),  # a line further down is not the row's wrap
    (("期", 120, 572, 156, 610), ("", "")),  # left of the value: not its continuation
    (("期限", 560, 572, 620, 610), ("", "")),  # more than the one character the row lacks
    (None, ("", "")),  # nothing under it: 长 alone decides nothing
])
def test_wrapped_long_term_needs_its_second_character_right_under_the_row(below, want) -> None:
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("中华人民共和国", 340, 90, 700, 140), _line("居民身份证", 320, 190, 800, 270),
             _line("签发机关", 160, 462, 290, 494), _line("翁源县公安局", 330, 456, 560, 496),
             _line("有效期限", 160, 536, 290, 574), _line("2024.10.13-长", 330, 536, 598, 576)]
    if below:
        lines.append(_line(*below))
    fields = extract(to_lines(lines), "id_card_back").fields
    assert (fields["valid_from"].public()["value"], fields["valid_to"].public()["value"]) == want


def test_wrapped_long_term_found_when_the_label_reads_another_box() -> None:
    # a photo of the card: the detector also boxed the band between the row and its wrapped 期
    # (read as digits of no period) and the label's re-read stands level with that box; the one
    # line that makes a period with the 期 under it is the period
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("中华人民共和国", 340, 90, 700, 140), _line("居民身份证", 320, 190, 800, 270),
             _line("签发机关", 160, 462, 290, 494), _line("翁源县公安局", 330, 456, 560, 496),
             _line("2024.10.13-长", 330, 520, 598, 560), _line("有效期限", 150, 546, 300, 590),
             _line("2025.10.120", 310, 546, 570, 590, {3: (0.55, "3", 0.3)}), _line("期", 560, 556, 596, 594)]
    fields = extract(to_lines(lines), "id_card_back").fields
    assert (fields["valid_from"].public()["value"], fields["valid_to"].public()["value"]) == ("2024-10-13", "长期")


@pytest.mark.parametrize(("row", "below", "want"), [
    ("2016.05.12-", ("2036.05.12", 330, 572, 500, 610), ("2016-05-12", "2036-05-12")),  # wrapped after the dash
    ("2016.05.12-2036.", ("05.12", 330, 572, 420, 610), ("2016-05-12", "2036-05-12")),  # inside the end
    ("2016.05.12-", ("2035.05.12", 330, 572, 500, 610), ("", "")),  # 19 years: one date misread
    ("2016.05.12-", ("2036.05.1", 330, 572, 490, 610), ("2016-05-12", "")),  # a digit lost: the start alone
    ("2016.05.12-", ("2036.05.12", 330, 650, 500, 688), ("2016-05-12", "")),  # far below: not its wrap
])
def test_dated_period_wrapped_onto_a_second_line(row: str, below: tuple, want: tuple[str, str]) -> None:
    # a narrow template breaks the period's row after its dash (or inside the end): the end's digits
    # stand on the line under the row, from the value's left edge; the term check holds as ever
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("中华人民共和国", 340, 90, 700, 140), _line("居民身份证", 320, 190, 800, 270),
             _line("签发机关", 160, 462, 290, 494), _line("翁源县公安局", 330, 456, 560, 496),
             _line("有效期限", 160, 536, 290, 574), _line(row, 330, 536, 330 + 18 * len(row), 576), _line(*below)]
    fields = extract(to_lines(lines), "id_card_back").fields
    assert (fields["valid_from"].public()["value"], fields["valid_to"].public()["value"]) == want


def test_dated_period_wrapped_after_its_dash_on_a_drawn_card(engine, tmp_path) -> None:
    img = card_back("南昌市公安局青山湖分局", "2016.05.12-")
    from PIL import Image, ImageDraw

    pil = Image.fromarray(img)
    ImageDraw.Draw(pil).text((330, 584), "2036.05.12", font=_font(36), fill=(20, 20, 20))
    fields = read(tmp_path, cv2.cvtColor(np.array(pil), cv2.COLOR_RGB2BGR))
    assert (fields["valid_from"]["value"], fields["valid_to"]["value"]) == ("2016-05-12", "2036-05-12")


@pytest.mark.parametrize(("box", "want"), [("一翁源县公安局", "翁源县公安局"), ("-翁源县公安局", "翁源县公安局"),
                                           ("翁源县公安局", "翁源县公安局")])
def test_background_line_read_before_the_authority(box: str, want: str) -> None:
    # a scanner app's black-and-white mode turns the card's fine background lines into strokes as
    # dark as the print; one between 签发机关 and the authority read `一` made `一翁源县公安局` (or
    # a blank): an authority starts with its place's name, never with a stroke
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("中华人民共和国", 340, 90, 700, 140), _line("居民身份证", 320, 190, 800, 270),
             _line("签发机关", 160, 462, 290, 494), _line(box, 330 - 36 * (len(box) - 6), 456, 560, 496),
             _line("有效期限", 160, 542, 290, 574), _line("2016.03.01-2036.03.01", 330, 536, 700, 576)]
    assert extract(to_lines(lines), "id_card_back").fields["issuing_authority"].public()["value"] == want


@pytest.mark.parametrize("rows", [["新疆维吾尔自治区", "乌鲁木齐市公安局", "沙依巴克区分局"],
                                  ["新疆维吾尔自治区乌鲁木齐市", "公安局沙依巴克区分局"]])
def test_authority_wrapped_in_a_narrow_frame_is_read_whole(engine, rows: list[str]) -> None:
    # a card laid out again with the authority in a narrow frame: three rows, whose first two
    # alone would look like a whole authority (…乌鲁木齐市公安局) — read whole, never cut
    from PIL import Image, ImageDraw

    from app.prefill.reader import read_page

    img = Image.new("RGB", (1012, 638), (236, 241, 243))
    d = ImageDraw.Draw(img)
    d.text((330, 60), "中华人民共和国", font=_font(48), fill=(20, 20, 20))
    d.text((380, 150), "居民身份证", font=_font(64), fill=(20, 20, 20))
    d.text((200, 404), "签发机关", font=_font(28), fill=(20, 20, 20))
    for i, row in enumerate(rows):
        d.text((360, 400 + 44 * i), row, font=_font(34), fill=(20, 20, 20))
    y = 400 + 44 * len(rows) + 16
    d.text((200, y + 4), "有效期限", font=_font(28), fill=(20, 20, 20))
    d.text((360, y), "2015.03.12-2035.03.12", font=_font(34), fill=(20, 20, 20))
    got = read_page(cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR), engine)
    assert got.kind == "id_card_back"
    f = got.extraction.fields
    assert f["issuing_authority"].public()["value"] == "".join(rows)
    assert (f["valid_from"].value, f["valid_to"].value) == ("2015-03-12", "2035-03-12")


@pytest.mark.parametrize(("box", "want"), [("成都市公安局武保区分局", ""), ("成都市公安局武侯区分局", "成都市公安局武侯区分局"),
                                           ("四川省成都市公安局武保区分局", ""), ("成都市公安局高新区分局", "成都市公安局高新区分局"),
                                           ("成都市公安局武侯分局", "成都市公安局武侯分局")])
def test_branch_named_one_character_off_a_district_of_its_city(box: str, want: str) -> None:
    # a faxed back read `武保区` for 武侯区 with 0.95: a city bureau's branch is named after one of
    # the city's districts, and a name none of them but one character off exactly one is a misread
    # (blank, `vocabulary`); a branch named otherwise (高新区, 武侯 without 区) is not judged
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("中华人民共和国", 340, 90, 700, 140), _line("居民身份证", 320, 190, 800, 270),
             _line("签发机关", 160, 462, 290, 494), _line(box, 330, 456, 330 + 36 * len(box), 496),
             _line("有效期限", 160, 542, 290, 574), _line("2016.03.01-2036.03.01", 330, 536, 700, 576)]
    assert extract(to_lines(lines), "id_card_back").fields["issuing_authority"].public()["value"] == want
