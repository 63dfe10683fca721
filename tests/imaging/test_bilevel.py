"""Binarised captures (a scanner app's black-and-white mode): the card's background guilloche
turned into black hairlines as dark as the text. Drawn here from scratch: an ID card front with
sans labels and serif values, wavy 2 px lines across it (through the rows and between their
characters), thresholded to pure black and white. (The recogniser reads this drawn card right even with its
lines, so the read test guards against harm; what the removal fixes was measured on family K's
binarised scans: 民族 `一汉` on 3 of 3 cards.)"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.imaging.bilevel import background_lines, is_bilevel, run_lengths
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import read_file

ROWS = (("姓名", "严思", 90), ("性别", "男", 230), ("出生", "1942年12月30日", 370),
        ("住址", "广西壮族自治区柳州市城", 510), ("", "中区育才路362号金桂园", 590), ("", "20栋1单元1903室", 670))


def _front(lines: bool) -> tuple[np.ndarray, np.ndarray]:
    """(page, text only) as grey uint8, black and white only."""
    w, h = 1600, 1010
    text = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(text)
    lab, val = cjk_font(44), cjk_font(52, SERIF)
    for label, value, y in ROWS:
        if label:
            d.text((80, y + 6), label, font=lab, fill=0)
        d.text((270, y), value, font=val, fill=0)
    d.text((470, 236), "民族", font=lab, fill=0)
    d.text((650, 230), "汉", font=val, fill=0)
    d.text((80, 856), "公民身份号码", font=lab, fill=0)
    d.text((480, 846), "450202194212300917", font=cjk_font(64), fill=0)
    page = text.copy()
    if lines:
        d = ImageDraw.Draw(page)
        xs = np.arange(0, w, 4)
        # every 75 px, across the rows and the gaps between them, and one along the middle of the
        # 性别/民族 row and of the address's second row, touching their characters
        for y0 in (*(y for y in range(40, h, 75) if min(abs(y - 268), abs(y - 628)) > 70), 268, 628):
            ys = y0 + (14 * np.sin(xs / 260.0 + y0 / 90.0) if y0 % 75 == 40 else 3 * np.sin(xs / 400.0))
            d.line([(float(x), float(y)) for x, y in zip(xs, ys, strict=True)], fill=0, width=2)
    binar = lambda im: np.where(np.array(im) < 128, 0, 255).astype(np.uint8)  # noqa: E731
    return binar(page), binar(text)


def test_hairlines_go_and_the_text_stays() -> None:
    page, text = _front(lines=True)
    ink, text_ink = page < 128, text < 128
    row = 56.0
    mask = background_lines(page, row)
    assert not (mask & text_ink).any(), "no pixel of the text is removed"
    line_ink = ink & ~cv2.dilate(text_ink.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    assert (mask & line_ink).sum() > 0.8 * line_ink.sum()  # most of the hairlines
    # between two characters of a row (民族 ... 汉) nothing of the line is left
    gap = (slice(230, 300), slice(575, 640))
    assert not (ink[gap] & ~mask[gap]).any()


def test_a_page_without_hairlines_keeps_every_pixel() -> None:
    _, text = _front(lines=False)
    assert not background_lines(text, 56.0).any()


def test_only_black_and_white_pages_count() -> None:
    page, _ = _front(lines=True)
    assert is_bilevel(page)
    grey = cv2.GaussianBlur(page, (0, 0), 2.0)  # a grey scan of the same card
    grey = cv2.addWeighted(grey, 0.6, np.full_like(grey, 200), 0.4, 0)
    assert not is_bilevel(grey)
    assert not is_bilevel(np.full_like(page, 255))  # a blank page


def test_a_card_scanned_1_bit_on_a4_counts() -> None:
    """A card on a white A4 scanned in a scanner's black-and-white mode: the page is bilevel
    though its ink is well under 1 % of it (the card's rows take a small share of the sheet)."""
    page, _ = _front(lines=False)
    a4 = np.full((2339, 1654), 255, np.uint8)
    a4[200:882, 150:1230] = cv2.resize(page, (1080, 682), interpolation=cv2.INTER_NEAREST)
    assert np.count_nonzero(a4 < 128) / a4.size < 0.01
    assert is_bilevel(a4)
    specks = np.full_like(a4, 255)
    specks[::97, ::89] = 0  # dust on a blank white sheet
    assert not is_bilevel(specks)
    # the same card copied grey and light: its thin print mostly anti-aliased fringe
    grey = np.full_like(a4, 255)
    soft = cv2.GaussianBlur(cv2.resize(page, (1080, 682), interpolation=cv2.INTER_AREA), (0, 0), 1.5)
    grey[200:882, 150:1230] = soft
    assert not is_bilevel(grey)


def test_run_lengths() -> None:
    m = np.array([[1, 1, 0, 1], [1, 0, 0, 1], [0, 1, 1, 1]], bool)
    assert run_lengths(m, 1).tolist() == [[2, 2, 0, 1], [1, 0, 0, 1], [0, 3, 3, 3]]
    assert run_lengths(m, 0).tolist() == [[2, 1, 0, 3], [2, 0, 0, 3], [0, 1, 1, 3]]


def test_binarised_card_reads_its_nation_and_no_dash(tmp_path: Path) -> None:
    page, _ = _front(lines=True)
    path = tmp_path / "bw.png"
    cv2.imwrite(str(path), page)
    fields = read_file(path)["fields"]
    assert fields["nation"]["value"] == "汉"
    assert fields["address"]["value"] in ("", "广西壮族自治区柳州市城中区育才路362号金桂园20栋1单元1903室")
    assert fields["id_number"]["value"] == "450202194212300917"


def _ruled_table() -> tuple[np.ndarray, np.ndarray]:
    """(page, rules only): a licence's ruled table as a fax receives it — 2 px rules drawn with a
    ruler (the page a little skewed), labels and values in the cells with strokes thicker than the
    rules, black and white only."""
    w, h = 2400, 1500
    page = Image.new("L", (w, h), 255)
    rules = Image.new("L", (w, h), 255)
    lab, val = cjk_font(40), cjk_font(40, SERIF)
    rows = (("经营者名称", "黄岛区立德面馆"), ("住所", "山东省青岛市黄岛区学府路67号16楼23室"),
            ("经营场所", "山东省青岛市黄岛区学府路67号16楼23室"), ("主体业态", "单位食堂（机关企事业单位食堂）"),
            ("经营项目", "婴幼儿配方乳粉销售，自制饮品制售，保健食品销售"))
    slope, x0, x1, top, step = -0.006, 200, 2200, 300, 80

    def y_at(x: float, y: float) -> float:
        return y + slope * (x - x0)

    for im in (page, rules):
        d = ImageDraw.Draw(im)
        for i in range(len(rows) + 1):  # horizontal rules, and the frame's and the column's verticals
            d.line([(x0, y_at(x0, top + i * step)), (x1, y_at(x1, top + i * step))], fill=0, width=2)
        for x in (x0, 560, x1):
            d.line([(x, y_at(x, top)), (x, y_at(x, top + len(rows) * step))], fill=0, width=2)
    d = ImageDraw.Draw(page)
    for i, (label, value) in enumerate(rows):
        y = top + i * step + 18
        d.text((x0 + 20, y_at(x0, y)), label, font=lab, fill=0, stroke_width=1, stroke_fill=0)
        d.text((580, y_at(580, y)), value, font=val, fill=0, stroke_width=1, stroke_fill=0)
    binar = lambda im: np.where(np.array(im) < 128, 0, 255).astype(np.uint8)  # noqa: E731
    return binar(page), binar(rules)


def test_a_ruled_tables_rules_stay() -> None:
    """A table's rules are thin and run free between the rows like a hairline, but they are
    straight: none of their pixels is removed (family L's 1-bit fax licences lost 住所 and 经营场所
    when their rules were cut into dashes)."""
    page, rules = _ruled_table()
    assert is_bilevel(page)
    mask = background_lines(page, 40.0)
    assert not (mask & (rules < 128)).any()
