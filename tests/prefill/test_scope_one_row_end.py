"""A 经营范围 read as one open row (no full stop, no registrar's sentence) is taken only with paper
after its end (session 22, wrongs): X x0083, a photocopied licence whose scope rows were not boxed
but for `电器销售` (of `家用电器销售、服装服饰批发、…`), was pre-filled with that fragment. A short
scope printed so (`水果零售`, a sole trader's) has paper after it and stands.
Rows drawn with Pillow; pieces as the recogniser gives them (characters' centres)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import extract as ex_mod
from app.prefill.extract import GAP_CHECK, Extraction, _room_after_end
from app.prefill.layout import Piece
from app.prefill.reader import confirm_row_end
from tests.prefill.fonts import cjk_font

X0, Y0, SIZE = 60, 40, 26


def _row(text: str) -> tuple[np.ndarray, list[float]]:
    img = Image.new("RGB", (900, 120), (240, 238, 232))
    d = ImageDraw.Draw(img)
    font = cjk_font(SIZE)
    x, centres = float(X0), []
    for ch in text:
        w = d.textlength(ch, font=font)
        d.text((x, Y0), ch, font=font, fill=(30, 30, 30))
        centres.append(x + w / 2)
        x += w
    return np.asarray(img)[..., ::-1].copy(), centres


def _scope(page: np.ndarray, read: str, centres: list[float]) -> ex_mod.FieldResult:
    """The scope as extracted from a box holding the first len(read) characters, checked on the page."""
    xs = tuple(centres[:len(read)])
    piece = Piece(read, 1.0, (X0 - 2, Y0 - 4, xs[-1] + SIZE * 0.55, Y0 + SIZE + 8),
                  tuple((1.0, "", 0.0) for _ in read), xs)
    f = ex_mod._result(read, [piece])
    f.blank_after = _room_after_end([piece])
    assert f.blank_after and f.blank_after[0][2] == GAP_CHECK
    extraction = Extraction("business_license", 1.0, {"business_scope": f})
    confirm_row_end(extraction, [], page)
    return extraction.fields["business_scope"]


def test_a_scope_row_read_in_part_is_not_prefilled() -> None:
    page, centres = _row("电器销售、服装服饰批发、互联网销售")
    f = _scope(page, "电器销售", centres)
    assert f.flagged and f.public()["value"] == "", f


def test_a_short_scope_with_paper_after_it_stands() -> None:
    page, centres = _row("水果零售")
    f = _scope(page, "水果零售", centres)
    assert not f.flagged and f.public()["value"] == "水果零售", f


def test_only_a_one_row_open_scope_is_looked_at() -> None:
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines
    from tests.prefill.pages import recognised as line

    def page(*rows: str) -> list:
        head = [line("营业执照", 380, 60, 700, 130), line("统一社会信用代码 92110105MA01ABCD2X", 60, 160, 700, 195),
                line("名称", 60, 220, 130, 255), line("北京朝阳区鲜果店", 220, 220, 560, 255),
                line("类型", 60, 280, 130, 315), line("个体工商户", 220, 280, 400, 315),
                line("经营范围", 60, 400, 180, 435)]
        return head + [line(r, 220, 400 + 50 * i, 220 + 26 * len(r), 435 + 50 * i) for i, r in enumerate(rows)]

    one = extract(to_lines(page("水果零售"))).fields["business_scope"]
    assert any(note == GAP_CHECK for _, _, note in one.blank_after), one
    closed = extract(to_lines(page("水果零售;蔬菜零售。"))).fields["business_scope"]
    assert not any(note == GAP_CHECK for _, _, note in closed.blank_after), closed
