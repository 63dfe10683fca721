"""Sure-looking values with a character lost beside a digit or at a wrapped row's end (session 21, gaps).

- A digit crossed by a fold's line was not read (`…4单元30室` for 304室, every character at 1.00): a
  digit is half a character wide, so its paper is narrower than `wide_gaps` (two Chinese
  characters) waits for and than `lost_character`'s half line height. A step beside a digit longer
  than the value's own advance by most of a digit's width asks the reader to look at the gap's
  paper (`Piece.wide_digit_gaps`, `GAP_CHECK`): ink there is a character not read.
- A wrapped address row whose box stopped before its print ended (`…幸福里2` + `楼4单元…`, `8号`
  under a watermark's stroke): a row a value goes on from ends where its column does, so ink right
  after it is the row going on (`distrust_cut_rows(wrapped=True)`). A value's last row is left
  alone (a stamp beside a value's end is common).
- A 注册资本 in words whose `整` wrapped alone under the value's start (`extract._capital_wrapped`).
Rows drawn with Pillow; pieces as the recogniser gives them (characters' centres)."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill import extract as ex_mod
from app.prefill.extract import GAP_CHECK, Extraction, FieldResult, _result
from app.prefill.layout import Line, Piece
from app.prefill.reader import confirm_row_end, distrust_cut_rows
from tests.prefill.fonts import cjk_font

X0, Y0, SIZE = 60, 40, 26


def _row(text: str, blank: int | None = None, crossed: int | None = None) -> tuple[np.ndarray, list[float]]:
    """`text` drawn on a page (BGR) and each character's centre x; the character at `blank` is left
    as paper (a printed space as wide as it), a dark fold line is drawn over the one at `crossed`."""
    img = Image.new("RGB", (700, 120), (240, 238, 232))
    d = ImageDraw.Draw(img)
    font = cjk_font(SIZE)
    x, centres = float(X0), []
    for i, ch in enumerate(text):
        w = d.textlength(ch, font=font)
        if i != blank:
            d.text((x, Y0), ch, font=font, fill=(30, 30, 30))
        centres.append(x + w / 2)
        if i == crossed:
            d.line((x + w / 2, 0, x + w / 2, 119), fill=(120, 120, 120), width=2)
        x += w
    return np.asarray(img)[..., ::-1].copy(), centres


def _reading(text: str, centres: list[float], lost: int) -> Piece:
    """The recogniser's reading of the row without the character at `lost` (its neighbours where they stand)."""
    kept = [(ch, x) for i, (ch, x) in enumerate(zip(text, centres, strict=True)) if i != lost]
    read = "".join(ch for ch, _ in kept)
    return Piece(read, 1.0, (X0 - 2, Y0 - 4, centres[-1] + SIZE, Y0 + SIZE + 8),
                 tuple((1.0, "", 0.0) for _ in read), tuple(x for _, x in kept))


def _flagged(page: np.ndarray, piece: Piece) -> bool:
    res = _result(piece.text, [piece])
    extraction = Extraction("business_license", 1.0, {"address": res})
    confirm_row_end(extraction, [], page)
    return extraction.fields["address"].flagged


TEXT = "长江路251号翠湖小区4号楼4单元304室"
LOST = TEXT.index("304室") + 2  # the 4 of 304


def test_a_digit_lost_under_a_fold_is_found_on_the_page(monkeypatch) -> None:  # noqa: ANN001
    page, centres = _row(TEXT, crossed=LOST)
    piece = _reading(TEXT, centres, LOST)
    assert not piece.lost_character and not piece.wide_gaps(ex_mod.GAP_SHARE)  # (too narrow for the old checks)
    assert _flagged(page, piece)
    monkeypatch.setattr(ex_mod, "GAP_DIGIT_SHARE", 0.0)
    assert not _flagged(page, piece)  # (as before: pre-filled `…4单元30室`)


def test_paper_beside_a_digit_is_no_character() -> None:
    # the same positions over a printed space: the value stands
    page, centres = _row(TEXT, blank=LOST)
    assert not _flagged(page, _reading(TEXT, centres, LOST))


def test_an_evenly_read_row_of_digits_asks_for_no_look() -> None:
    _, centres = _row(TEXT)
    piece = _reading(TEXT, centres, -1)
    assert not [a for a in _result(piece.text, [piece]).blank_after if a[2] == GAP_CHECK]


def _two_rows(first: str, second: str, cut_after: int, width: int = 700,
              stamp: bool = False) -> tuple[np.ndarray, list[Line], Extraction]:
    """An address printed over two rows; the detector's box of the first row ends after its
    `cut_after` characters (the rest unboxed, unread). A stamp's ink right after the second row's end
    when `stamp`."""
    img = Image.new("RGB", (width, 160), (240, 238, 232))
    d = ImageDraw.Draw(img)
    font = cjk_font(SIZE)
    d.text((X0, 30), first, font=font, fill=(30, 30, 30))
    d.text((X0, 80), second, font=font, fill=(30, 30, 30))
    end = X0 + d.textlength(first[:cut_after], font=font)
    end2 = X0 + d.textlength(second, font=font)
    if stamp:
        d.ellipse((end2 + 10, 70, end2 + 70, 130), outline=(40, 40, 40), width=4)
        d.text((end2 + 22, 88), "专用", font=cjk_font(16), fill=(40, 40, 40))
    page = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    read = first[:cut_after]
    lines = [Line(read, 0.99, X0, 27, end, 27 + SIZE + 8, 0), Line(second, 0.99, X0, 77, end2, 77 + SIZE + 8, 1)]
    value = read + second
    return page, lines, Extraction("business_license", 1.0, {"address": FieldResult(value, 0.99, [X0, 27, max(end, end2), 111])})


FIRST, SECOND = "甘肃省兰州市城关区科技园路223号幸福里28号", "楼4单元2302室"


def test_a_wrapped_row_cut_before_its_print_ends_is_not_prefilled() -> None:
    page, lines, ex = _two_rows(FIRST, SECOND, len(FIRST) - 2)
    distrust_cut_rows(ex, lines, page, wrapped=True)
    assert ex.fields["address"].flagged and ex.fields["address"].public()["reason"] == "wrapped_row_incomplete"


def test_whole_rows_and_a_stamp_after_the_last_row_leave_the_value() -> None:
    page, lines, ex = _two_rows(FIRST, SECOND, len(FIRST))
    distrust_cut_rows(ex, lines, page, wrapped=True)
    assert not ex.fields["address"].flagged
    page, lines, ex = _two_rows(FIRST, SECOND, len(FIRST), stamp=True)
    distrust_cut_rows(ex, lines, page, wrapped=True)
    assert not ex.fields["address"].flagged


def _zhengben(capital_rows: list[tuple[str, float, float, float, float]]) -> dict[str, str]:
    """A landscape 正本's rows (two columns, the values beside their labels) with the 注册资本's rows as given."""
    from app.prefill.engine import TextLine
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
        return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False,
                        tuple((0.999, "", 0.0) for _ in text), ())

    rows = [line("统一社会信用代码", 106, 182, 378, 223), line("913601028XLNG743Y", 107, 229, 456, 267),
            line("营业执照", 431, 135, 964, 275),
            line("名称", 105, 304, 321, 351), line("南昌云帆商贸股份有限公", 338, 311, 711, 356), line("司", 337, 364, 382, 403),
            line("注册资本", 749, 303, 966, 345), *(line(*r) for r in capital_rows),
            line("类型", 105, 415, 322, 461), line("股份有限公司(非上市、", 337, 423, 690, 468),
            line("自然人投资或控股)", 341, 470, 625, 516),
            line("成立日期", 752, 415, 969, 459), line("2020年11月11日", 984, 424, 1225, 463),
            line("营业期限", 750, 476, 966, 519), line("2020年11月11日至长期", 984, 487, 1326, 526),
            line("法定代表人", 107, 530, 323, 572), line("汤熙", 335, 534, 416, 583),
            line("住所", 750, 540, 970, 588), line("江西省南昌市东湖区八一大道429号", 984, 553, 1287, 592),
            line("经营范围", 107, 592, 322, 634), line("一般项目:电子产品销售;日用百货销售。", 351, 597, 720, 623),
            line("登记机关", 1004, 825, 1147, 869)]
    return {k: str(v["value"]) for k, v in extract(to_lines(rows)).public_fields().items()}


def test_an_amount_whose_end_wrapped_under_its_start_is_read_whole(monkeypatch) -> None:  # noqa: ANN001
    wrapped = [("人民币壹仟贰佰万元", 985, 309, 1290, 352), ("整", 981, 358, 1027, 403)]
    assert _zhengben(wrapped)["registered_capital"] == "人民币壹仟贰佰万元整"
    assert _zhengben(wrapped[:1])["registered_capital"] == "人民币壹仟贰佰万元"  # (printed on one row)
    monkeypatch.setattr(ex_mod, "CAPITAL_WRAP", False)
    assert _zhengben(wrapped)["registered_capital"] == "人民币壹仟贰佰万元"  # (as before: its end lost)


SPACED = "经三路 877 号 27 号楼 1503 室"  # (CJK–Latin spacing: a space at every change of script)
SPACE = 0.4 * SIZE  # (as wide as a Scribus-set page's: 0.35–0.45 of a character)


def _spaced_row(text: str, crossed: int | None = None) -> tuple[np.ndarray, list[float]]:
    """`_row` with each space SPACE wide."""
    img = Image.new("RGB", (700, 120), (240, 238, 232))
    d = ImageDraw.Draw(img)
    font = cjk_font(SIZE)
    x, centres = float(X0), []
    for i, ch in enumerate(text):
        w = SPACE if ch == " " else d.textlength(ch, font=font)
        if ch != " ":
            d.text((x, Y0), ch, font=font, fill=(30, 30, 30))
        centres.append(x + w / 2)
        if i == crossed:
            d.line((x + w / 2, 0, x + w / 2, 119), fill=(120, 120, 120), width=2)
        x += w
    return np.asarray(img)[..., ::-1].copy(), centres


def _spaced_reading(text: str, centres: list[float], lost: int = -1) -> Piece:
    """The recogniser's reading of a row printed with spaces: no spaces, each character where it stands."""
    kept = [(ch, x) for i, (ch, x) in enumerate(zip(text, centres, strict=True)) if ch != " " and i != lost]
    read = "".join(ch for ch, _ in kept)
    return Piece(read, 1.0, (X0 - 2, Y0 - 4, centres[-1] + SIZE, Y0 + SIZE + 8),
                 tuple((1.0, "", 0.0) for _ in read), tuple(x for _, x in kept))


def test_spaces_printed_between_scripts_are_no_lost_digit(monkeypatch) -> None:  # noqa: ANN001
    # (Scribus-set pages, 经三路 877 号: each step from a Chinese character to a digit is a space wide;
    # the rooms between were looked at, a neighbour's edge taken for ink: blanked `lost character`)
    from app.prefill import layout

    page, centres = _spaced_row(SPACED)
    piece = _spaced_reading(SPACED, centres)
    assert not piece.wide_digit_gaps(ex_mod.GAP_DIGIT_SHARE, ex_mod.GAP_DIGIT_ROOM)
    assert not _flagged(page, piece)
    monkeypatch.setattr(layout, "SCRIPT_SPACES", 0)
    assert piece.wide_digit_gaps(ex_mod.GAP_DIGIT_SHARE, ex_mod.GAP_DIGIT_ROOM)  # (as before: rooms to look at)


def test_a_digit_lost_beside_a_printed_space_is_still_looked_for() -> None:
    lost = SPACED.index("1503") + 3  # the 3 of 1503, crossed by a fold
    page, centres = _spaced_row(SPACED, crossed=lost)
    piece = _spaced_reading(SPACED, centres, lost)
    assert piece.wide_digit_gaps(ex_mod.GAP_DIGIT_SHARE, ex_mod.GAP_DIGIT_ROOM)
    assert _flagged(page, piece)


def _jittered(piece: Piece, shifts: dict[int, float]) -> Piece:
    """`piece` with some characters' centres moved (the recogniser places each on one of its frames,
    a third of a digit apart: a narrow `1` after a space is often placed a frame late)."""
    xs = tuple(x + shifts.get(i, 0.0) for i, x in enumerate(piece.xs))
    return Piece(piece.text, piece.score, piece.box, piece.chars, xs)


def test_a_wrapped_spaced_row_with_two_changes_of_script_is_no_lost_digit(monkeypatch) -> None:  # noqa: ANN001
    # (ZA za0036: the row `…科技南十二路 533 号` before its wrap steps a space wide at both of its two
    # changes of script — fewer than SCRIPT_SPACES' three — and its `路|533` room took the 5's edge)
    from app.prefill import layout

    text = "科技南十二路 533 号"
    page, centres = _spaced_row(text)
    piece = _spaced_reading(text, centres)
    assert not piece.wide_digit_gaps(ex_mod.GAP_DIGIT_SHARE, ex_mod.GAP_DIGIT_ROOM)
    monkeypatch.setattr(layout, "SCRIPT_SPACES_MEDIAN", False)
    assert piece.wide_digit_gaps(ex_mod.GAP_DIGIT_SHARE, ex_mod.GAP_DIGIT_ROOM)  # (as before)


def test_spaces_with_a_character_placed_a_frame_off_are_no_lost_digit(monkeypatch) -> None:  # noqa: ANN001
    # (ZA za0046 `张杨路 1406 号科技园 10 楼 1619 室`: the 1 after 路 placed a frame late, and a pair of
    # digits a frame apart within 1619 — the least change no longer stands above every digit pair)
    from app.prefill import layout

    page, centres = _spaced_row(SPACED)
    piece = _spaced_reading(SPACED, centres)
    frame = SIZE * 0.55 / 3  # (one of the recogniser's frames: a third of a digit)
    # the 8 after 路 placed a frame late (路|8 a frame wider, 8|7 narrower), the 3 of 1503 too (0|3
    # a frame wider within the number, 3|室 a frame narrower)
    piece = _jittered(piece, {piece.text.index("877"): frame, piece.text.index("1503") + 3: frame})
    assert not piece.wide_digit_gaps(ex_mod.GAP_DIGIT_SHARE, ex_mod.GAP_DIGIT_ROOM)
    assert not _flagged(page, piece)
    monkeypatch.setattr(layout, "SCRIPT_SPACES_MEDIAN", False)
    assert piece.wide_digit_gaps(ex_mod.GAP_DIGIT_SHARE, ex_mod.GAP_DIGIT_ROOM)  # (as before)


def test_a_digit_lost_beside_one_of_two_spaced_changes_is_still_looked_for() -> None:
    text = "科技南十二路 533 号"
    lost = text.index("533")  # the 5, crossed by a fold
    page, centres = _spaced_row(text, crossed=lost)
    piece = _spaced_reading(text, centres, lost)
    assert piece.wide_digit_gaps(ex_mod.GAP_DIGIT_SHARE, ex_mod.GAP_DIGIT_ROOM)
    assert _flagged(page, piece)
