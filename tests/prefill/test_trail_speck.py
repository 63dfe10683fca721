"""A copy's speck read as a middle dot after a value's last character (session 35, lane copies): ZY's copies
of copies zy_0056 (`北京市公安局朝阳区分局·`, the authority flagged as no authority) and zy_0027
(`嘉兴南湖区嘉禾建筑工程经营部·`, the name flagged as without its form).

- `extract.TRAIL_SPECK`: a `·` after a Chinese character at a value's end, the recogniser's second reading
  of it no character either, is not part of the value.
"""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill.layout import Line

AUTHORITY = "北京市公安局朝阳区分局"


def _line(text: str, x1: float, y1: float, x2: float, y2: float, second: str = ".") -> Line:
    chars = tuple((0.86, second, 0.01) if ch == "·" else (0.99, "", 0.0) for ch in text)
    return Line(text, 0.96, x1, y1, x2, y2, 0, chars)


def _back(authority_row: str, second: str = ".") -> list[Line]:
    return [_line("中华人民共和国", 534, 329, 937, 409), _line("居民身份证", 531, 420, 931, 512),
            _line("签发机关", 399, 554, 481, 595), _line(authority_row, 514, 562, 801, 617, second),
            _line("有效期限", 397, 614, 476, 649), _line("2010.04.14-2030.04.14", 523, 621, 798, 670)]


def test_a_speck_after_the_authority_is_not_part_of_it() -> None:
    got = ex.extract(_back(AUTHORITY + "·"), "id_card_back").public_fields()
    assert got["issuing_authority"]["value"] == AUTHORITY  # main: blank (`not an authority`)
    assert got["valid_to"]["value"] == "2030-04-14"


def test_a_dot_the_recogniser_also_read_as_a_character_is_kept(monkeypatch) -> None:  # noqa: ANN001
    # (its second reading a character: maybe a character's remnant, not a speck — the value stays doubted)
    assert ex.extract(_back(AUTHORITY + "·", second="一"), "id_card_back").public_fields()["issuing_authority"]["value"] == ""
    monkeypatch.setattr(ex, "TRAIL_SPECK", False)
    assert ex.extract(_back(AUTHORITY + "·"), "id_card_back").public_fields()["issuing_authority"]["value"] == ""
