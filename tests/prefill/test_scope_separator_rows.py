"""A separator lost or invented in a 经营范围 makes a blank, not a wrong list (session 36, scope2):
AD ad_121 `…建设工程施工园林绿化工程施工…` — the `、` printed after 施工 hung past the column's edge
(避头尾) and was not boxed, the rows joined two items into one (0.997); AD ad_113 `保健食品(预包装)、
销售` — the bracket's blank half-cell read as a `、` (0.99) before the verb its qualifier belongs to.
Rows drawn with Pillow; pieces as the recogniser gives them (characters' centres)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import extract as ex_mod
from app.prefill.extract import MARK_PAST, Extraction, _hanging_cells
from app.prefill.layout import Piece
from app.prefill.reader import confirm_row_end
from tests.prefill.fonts import cjk_font

X0, Y0, SIZE, LEAD = 60, 40, 26, 44


def _rows(*texts: str) -> tuple[np.ndarray, list[list[float]]]:
    img = Image.new("RGB", (900, 60 + LEAD * len(texts)), (240, 238, 232))
    d = ImageDraw.Draw(img)
    font = cjk_font(SIZE)
    centres = []
    for r, text in enumerate(texts):
        x, row = float(X0), []
        for ch in text:
            w = d.textlength(ch, font=font)
            d.text((x, Y0 + r * LEAD), ch, font=font, fill=(30, 30, 30))
            row.append(x + w / 2)
            x += w
        centres.append(row)
    return np.asarray(img)[..., ::-1].copy(), centres


def _piece(read: str, xs: list[float], r: int) -> Piece:
    y = Y0 + r * LEAD
    return Piece(read, 1.0, (X0 - 2, y - 4, xs[len(read) - 1] + SIZE * 0.55, y + SIZE + 8),
                 tuple((1.0, "", 0.0) for _ in read), tuple(xs[:len(read)]))


def _checked(page: np.ndarray, pieces: list[Piece]) -> ex_mod.FieldResult:
    value = "".join(p.text for p in pieces)
    f = ex_mod._result(value, pieces)
    f.blank_after = _hanging_cells(pieces)
    extraction = Extraction("business_license", 1.0, {"business_scope": f})
    confirm_row_end(extraction, [], page)
    return extraction.fields["business_scope"]


def test_a_separator_hung_past_the_edge_and_not_read_blanks_the_scope() -> None:
    page, xs = _rows("土石方工程施工、建设工程施工、", "园林绿化工程施工、建筑材料销售。")
    pieces = [_piece("土石方工程施工、建设工程施工", xs[0], 0), _piece("园林绿化工程施工、建筑材料销售。", xs[1], 1)]
    assert [note for _, _, note in _hanging_cells(pieces)] == [MARK_PAST]
    f = _checked(page, pieces)
    assert f.flagged and f.public()["value"] == "", f


def test_rows_breaking_inside_an_item_stand() -> None:
    page, xs = _rows("土石方工程施工、建设工程", "施工、建筑材料销售。")
    pieces = [_piece("土石方工程施工、建设工程", xs[0], 0), _piece("施工、建筑材料销售。", xs[1], 1)]
    f = _checked(page, pieces)
    assert not f.flagged and f.public()["value"] == "土石方工程施工、建设工程施工、建筑材料销售。", f


def test_a_row_ending_with_its_separator_read_is_not_looked_after() -> None:
    _, xs = _rows("土石方工程施工、", "建筑材料销售。")
    pieces = [_piece("土石方工程施工、", xs[0], 0), _piece("建筑材料销售。", xs[1], 1)]
    assert _hanging_cells(pieces) == []


def _scope(*rows: str):
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines
    from tests.prefill.pages import recognised as line

    head = [line("营业执照", 380, 60, 700, 130), line("统一社会信用代码 91110105MA01ABCD2X", 60, 160, 700, 195),
            line("名称", 60, 220, 130, 255), line("北京朝阳区保健食品有限公司", 220, 220, 560, 255),
            line("类型", 60, 280, 130, 315), line("有限责任公司", 220, 280, 400, 315),
            line("经营范围", 60, 400, 180, 435)]
    lines = head + [line(r, 220, 400 + 50 * i, 220 + 26 * len(r), 435 + 50 * i) for i, r in enumerate(rows)]
    return extract(to_lines(lines)).fields["business_scope"]


def test_a_separator_before_a_bare_verb_after_a_bracket_blanks_the_scope() -> None:
    f = _scope("保健食品(预包装)、销售、食品销售。")
    assert f.flagged and f.note == "doubtful character", f
    f = _scope("保健食品(预包装)销售、食品销售。")
    assert f.note != "doubtful character" and f.value == "保健食品(预包装)销售、食品销售。", f
    f = _scope("农产品的生产、销售、食品销售。")
    assert f.note != "doubtful character", f


def test_ink_after_a_scope_s_closing_stop_blanks_it() -> None:
    # AC ac_088: a photocopy printing `…房地产经纪。 。`, read with one `。` (0.998)
    from app.prefill.extract import _cells_after_stop

    def checked(printed: str, read: str) -> ex_mod.FieldResult:
        page, xs = _rows(printed)
        piece = _piece(read, xs[0], 0)
        f = ex_mod._result(read, [piece])
        f.blank_after = _cells_after_stop([piece])
        extraction = Extraction("business_license", 1.0, {"business_scope": f})
        confirm_row_end(extraction, [], page)
        return extraction.fields["business_scope"]

    f = checked("家政服务;房地产经纪。。", "家政服务;房地产经纪。")
    assert f.flagged and f.public()["value"] == "", f
    f = checked("家政服务;房地产经纪。", "家政服务;房地产经纪。")
    assert not f.flagged and f.public()["value"] == "家政服务;房地产经纪。", f
