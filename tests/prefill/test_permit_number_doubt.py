"""A 卫生许可证's number is keyed as it is read: no check digit, no vocabulary. On a black-and-white
scan (family O's o0105) its 字 and one 4 went unread and its other 4s, their bars broken, were read
`1` at 0.9+: `鄂卫公(2022)第12010511551号` for `鄂卫公字(2022)第420106146614号`, pre-filled. Only its
`号` at 0.78 (the lost 4's strokes merged into it) told. Clean copies read every character of the
number at 0.99+ on every development family (49 numbers of K, L, M, O, the lowest 0.998): a
character under `extract.NUMBER_CHAR` is damaged print, the number is not pre-filled.
(Lines as the recogniser gives them, with their per-character probabilities; drawn pages of the
same permit are read in tests/prefill/test_permits.py.)"""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def _line(text: str, x1: float, y1: float, x2: float, y2: float, weak: dict[int, float] | None = None) -> TextLine:
    chars = tuple((weak.get(i, 0.99) if weak else 0.99, "", 0.0) for i in range(len(text)))
    return TextLine(text, 0.98, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=chars)


def _page(number: TextLine) -> list[TextLine]:
    return [_line("卫生许可证", 335, 200, 665, 279), _line("(副本)", 463, 285, 526, 318), number,
            _line("单位名称", 112, 423, 206, 456), _line("武汉市武昌区恒信水果店", 338, 427, 601, 453),
            _line("法定代表人(负责人)郝平曦", 111, 479, 409, 509), _line("地址", 107, 529, 165, 565),
            _line("湖北省武汉市武昌区龙阳路2550号", 336, 534, 674, 561), _line("许可项目", 108, 585, 202, 616),
            _line("商场(店)", 334, 583, 445, 619), _line("有效期限", 110, 638, 205, 671),
            _line("自2022年06月28日至2026年06月27日", 340, 642, 730, 668)]


NUMBER = "鄂卫公(2022)第12010511551号"


def test_a_permit_number_with_a_damaged_character_is_not_prefilled() -> None:
    got = extract(to_lines(_page(_line(NUMBER, 306, 331, 686, 358, {len(NUMBER) - 1: 0.78}))),
                  "public_health_license", 1.0).fields["license_no"]
    assert got.flagged and got.reason == "doubtful_character", got


def test_a_clean_permit_number_is_prefilled() -> None:
    got = extract(to_lines(_page(_line(NUMBER, 306, 331, 686, 358))), "public_health_license", 1.0).fields["license_no"]
    assert not got.flagged and got.value == "鄂卫公〔2022〕第12010511551号", got
