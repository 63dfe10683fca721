"""An ID back's authority read as a city's bureau with its branch's name lost (session 36, wrongs3).

AD ad_049, a copy of a copy: `签发机关 九江市公安局浔阳区分局` with a copy stamp (`已核验`, a dark frame)
over `浔阳区分`; the detector's box stopped at the stamp, and `九江市公安局` was read sure and
pre-filled — a city's bureau is an authority of its own (深圳市公安局), so nothing in the value's
words showed the branch was lost. A bureau read so (…市公安局) is taken only once the reader finds
paper where its branch's first character would stand (`extract.AUTHORITY_BRANCH_ROOM`,
`reader.confirm_row_end`). On main the value was pre-filled with the branch's ink beside it.
Rows drawn with Pillow; the pieces as the recogniser gives them (characters' centres)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill import extract as ex_mod
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from app.prefill.reader import confirm_row_end
from tests.prefill.fonts import cjk_font

SIZE, X0, Y0 = 36, 330, 456


def _page(printed: str, stamp: tuple[int, int] | None = None) -> tuple[np.ndarray, list[float]]:
    """A card back's two rows (BGR) with the authority `printed` and each of its characters' centre x;
    `stamp`: the characters (from, to) a dark stamp frame is drawn over, as on a copy."""
    img = Image.new("RGB", (1012, 638), (246, 247, 245))
    d = ImageDraw.Draw(img)
    d.text((160, 462), "签发机关", font=cjk_font(30), fill=(20, 20, 20))
    d.text((160, 542), "有效期限", font=cjk_font(30), fill=(20, 20, 20))
    d.text((X0, 536), "2016.09.06-2026.09.06", font=cjk_font(SIZE), fill=(20, 20, 20))
    font = cjk_font(SIZE)
    x, centres = float(X0), []
    for ch in printed:
        w = d.textlength(ch, font=font)
        d.text((x, Y0), ch, font=font, fill=(20, 20, 20))
        centres.append(x + w / 2)
        x += w
    if stamp:
        a, b = centres[stamp[0]] - SIZE / 2, centres[stamp[1]] + SIZE / 2
        d.rectangle((a, Y0 - 30, b, Y0 + SIZE + 20), outline=(25, 25, 25), width=6)
    return np.asarray(img)[..., ::-1].copy(), centres


def _lines(read: str, centres: list[float]) -> list[TextLine]:
    """The recogniser's lines: the label and the authority's first `len(read)` characters in one box
    (characters' centres as shares of their box's length, as the engine gives them)."""
    text = "签发机关" + read
    xs = tuple([160 + 15 + 30 * i for i in range(4)] + centres[:len(read)])
    x2 = centres[len(read) - 1] + SIZE / 2 + 2
    auth = TextLine(text, 0.98, ((158, Y0 - 2), (x2, Y0 - 2), (x2, Y0 + SIZE + 6), (158, Y0 + SIZE + 6)),
                    chars=tuple((0.99, "", 0.0) for _ in text), xs=tuple((x - 158) / (x2 - 158) for x in xs))
    period = "有效期限2016.09.06-2026.09.06"
    pxs = tuple([160 + 15 + 30 * i for i in range(4)] + [X0 + 10 + 19.5 * i for i in range(len(period) - 4)])
    per = TextLine(period, 0.98, ((158, 534), (760, 534), (760, 578), (158, 578)),
                   chars=tuple((0.99, "", 0.0) for _ in period), xs=tuple((x - 158) / 602 for x in pxs))
    title = TextLine("居民身份证", 0.99, ((320, 190), (860, 190), (860, 270), (320, 270)),
                     chars=tuple((0.99, "", 0.0) for _ in "居民身份证"),
                     xs=tuple(0.1 + 0.2 * i for i in range(5)))
    return [title, auth, per]


def _authority(img: np.ndarray, read: str, centres: list[float]) -> dict:
    lines = to_lines(_lines(read, centres))
    ex = extract(lines, "id_card_back")
    confirm_row_end(ex, lines, img)
    return ex.fields["issuing_authority"].public()


def test_bureau_with_its_branch_under_a_stamp_is_not_prefilled() -> None:
    printed = "九江市公安局浔阳区分局"
    img, centres = _page(printed, stamp=(6, 9))
    got = _authority(img, "九江市公安局", centres)
    assert got["value"] == ""
    assert got["reason"] == "wrapped_row_incomplete"


def test_bureau_with_its_branch_unboxed_is_not_prefilled() -> None:
    # (no stamp: the branch's print itself, which the detector's box did not reach)
    printed = "九江市公安局浔阳区分局"
    img, centres = _page(printed)
    assert _authority(img, "九江市公安局", centres)["value"] == ""


@pytest.mark.parametrize("printed", ["九江市公安局", "乌鲁木齐市公安局"])
def test_city_bureau_alone_on_its_row_is_prefilled(printed: str) -> None:
    img, centres = _page(printed)
    assert _authority(img, printed, centres)["value"] == printed


def test_branch_read_whole_is_not_checked() -> None:
    printed = "九江市公安局浔阳区分局"
    img, centres = _page(printed)
    assert _authority(img, printed, centres)["value"] == printed


def test_rule_off_prefills_the_bureau(monkeypatch) -> None:
    monkeypatch.setattr(ex_mod, "AUTHORITY_BRANCH_ROOM", False)
    img, centres = _page("九江市公安局浔阳区分局", stamp=(6, 9))
    assert _authority(img, "九江市公安局", centres)["value"] == "九江市公安局"
