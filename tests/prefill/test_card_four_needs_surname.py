"""Session 38 (wrong4): `extract.CARD_FOUR_NEEDS_SURNAME` — a 汉 ID card's name of four characters without a
dot begins with a surname (or a 复姓): AF af_0053 read `补交赵秀`, a handwritten `补交` before the printed 赵秀
boxed with it, and main pre-filled all four characters. Two-character names without a surname (NAME_NO_SURNAME)
and five-character ones without a 复姓 (CARD_FIVE_NEEDS_COMPOUND) were held already; four was the gap."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.layout import Line


def _front(name: str, nation: str = "汉") -> list[Line]:
    rows = [("姓名", 123, 172, 301, 250), (name, 330, 180, 330 + 80 * len(name), 250), ("性别女", 89, 253, 325, 343),
            ("民族" + nation, 408, 320, 600 + 60 * (len(nation) - 1), 398), ("出生1990年3月8日", 58, 366, 679, 430),
            ("住址", 19, 460, 165, 520), ("新疆乌鲁木齐市天山区和平南路88号", 209, 459, 830, 520),
            ("公民身份号码", 0, 754, 317, 836), ("650102199003083420", 364, 767, 1045, 875)]
    return [Line(t, 0.99, x1, y1, x2, y2, i, ()) for i, (t, x1, y1, x2, y2) in enumerate(rows)]


def _name(lines: list[Line]) -> dict:
    return ex.extract(lines, "id_card_front").public_fields()["name"]


def test_four_han_characters_without_a_surname_first_are_not_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    got = _name(_front("补交赵秀"))  # af_0053
    assert got["value"] == "" and got["reason"]
    monkeypatch.setattr(ex, "CARD_FOUR_NEEDS_SURNAME", False)
    assert _name(_front("补交赵秀"))["value"] == "补交赵秀"  # (main: the note's words pre-filled)


@pytest.mark.parametrize("name", ["赵秀", "王秀英", "欧阳秀英", "司马文静", "张欣语然"])
def test_han_names_with_a_surname_first_stay(name: str) -> None:
    assert _name(_front(name))["value"] == name


def test_a_tibetan_name_of_four_characters_stays() -> None:
    # (a Tibetan card prints its holder's name whole, no dot and no surname: only a 汉 card is held so)
    assert _name(_front("扎西顿珠", "藏"))["value"] == "扎西顿珠"
