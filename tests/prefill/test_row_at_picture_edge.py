"""Session 32 (zrwrong): a value whose row ends at the picture's border is not pre-filled.

ZR zr_0003 (a chat screenshot of an ID front showing the card's left part): the address's first row
ran to the frame's right border, cut through the 5 of `1475`, and its wrapped `号` stood whole below.
Main pre-filled `天津市和平区滨江道147号`, a digit lost beyond the picture. Printed values stand inside the
paper's margin, so a row of a value ending at the photo's own border was cut by the picture, and
its end is unseen (`reader.EDGE_ROWS`, note `row at the picture's edge`, `wrapped_row_incomplete`).
Drawn with Pillow, cut at the frame, read through `read_page`.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill.reader import read_page
from tests.prefill.fonts import cjk_font

NUMBER = "120101200811068072"  # (GB 11643: born 2008-11-06, male)


def _front_cut(cut: int) -> np.ndarray:
    """A card front whose picture ends `cut` px after the address row's `7` (the `5` after it cut)."""
    img = Image.new("RGB", (1000, 640), (236, 236, 232))
    d = ImageDraw.Draw(img)
    lab, val = cjk_font(30), cjk_font(38)
    for label, y in (("姓  名", 80), ("性  别", 160), ("出  生", 240), ("住  址", 320)):
        d.text((60, y + 6), label, font=lab, fill=(60, 110, 170))
    d.text((330, 166), "民族", font=lab, fill=(60, 110, 170))
    for value, x, y in (("戴泽燕", 190, 80), ("男", 190, 160), ("哈尼", 420, 160), ("2008年11月6日", 190, 240),
                        ("天津市和平区滨江道1475", 190, 320), ("号", 190, 372)):
        d.text((x, y), value, font=val, fill=(25, 25, 25))
    d.text((60, 512), "公民身份号码", font=lab, fill=(60, 110, 170))
    d.text((330, 506), NUMBER, font=cjk_font(40), fill=(25, 25, 25))
    end = 190 + d.textlength("天津市和平区滨江道147", font=val)
    return np.array(img)[:, :int(end) + cut, ::-1].copy()


@pytest.mark.parametrize(("rule", "want"), [(True, ""), (False, "天津市和平区滨江道147号")])
def test_an_address_row_cut_by_the_pictures_border_is_not_prefilled(monkeypatch: pytest.MonkeyPatch, engine,  # noqa: ANN001
                                                                    rule: bool, want: str) -> None:
    import app.prefill.reader as R

    monkeypatch.setattr(R, "EDGE_ROWS", rule)  # (False: main's reading, zr_0003's wrong pre-fill)
    fields = read_page(_front_cut(4), engine).extraction.public_fields()
    assert fields["address"]["value"] == want
    if rule:
        assert fields["address"]["reason"] == "wrapped_row_incomplete"
    assert fields["name"]["value"] == "戴泽燕"  # (rows inside the picture stay)
    assert fields["birth_date"]["value"] == "2008-11-06"
