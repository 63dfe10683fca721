"""Session 36 (wrongcal): the place names of GB/T 2260 settle a doubtful character between the recogniser's two
best readings (`extract._places`) — not into a county-level name right after a city's name that has no county
of that name. ZX zx_026, a 食品经营许可证: `杭州蓝海文化传播有限公司`, 蓝 in doubt with 临 second; 临海 is a
county-level city (of 台州), so the list took `杭州临海…` — a wrong name, pre-filled sure
(`extract.PLACE_IN_CITY`). Such a character is neither settled nor trusted: a 字号 may be another city's county
(上海安康…), the list cannot tell which reading is printed, so it stays in doubt (`PLACE_UNDECIDED`) and the name
is not pre-filled. A county of that city, a county after no city, and the city's own county still settle."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.layout import Line, Piece


def _piece(text: str, doubtful: int, alt: str, prob: float = 0.6, alt_prob: float = 0.35) -> Piece:
    chars = tuple((prob, alt, alt_prob) if i == doubtful else (0.99, "", 0.0) for i in range(len(text)))
    return Piece(text, 0.95, (0.0, 0.0, 20.0 * len(text), 20.0), chars)


def _settled(text: str, doubtful: int, alt: str) -> str:
    return "".join(p.text for p in ex._places([_piece(text, doubtful, alt)]))


def test_a_county_of_another_city_after_the_city_is_not_taken() -> None:
    assert _settled("杭州蓝海文化传播有限公司", 2, "临") == "杭州蓝海文化传播有限公司"  # main: 杭州临海…
    (piece,) = ex._places([_piece("杭州蓝海文化传播有限公司", 2, "临", prob=0.9, alt_prob=0.08)])
    assert piece.chars[2][0] <= ex.PLACE_UNDECIDED  # (left in doubt, though 0.9 was read)


def _food_lines() -> list[Line]:
    return [Line("食品经营许可证", 0.99, 300, 50, 700, 100, 0, ()),
            Line("经营者名称", 0.99, 100, 200, 260, 230, 0, ()),
            Line("杭州蓝海文化传播有限公司", 0.97, 300, 200, 700, 230, 0,
                 _piece("杭州蓝海文化传播有限公司", 2, "临", prob=0.9, alt_prob=0.08).chars)]


def test_the_name_is_not_pre_filled(monkeypatch: pytest.MonkeyPatch) -> None:
    got = ex.extract(_food_lines(), "food_business_license").fields["name"]
    assert got.value == "杭州蓝海文化传播有限公司"  # (as read, in doubt)
    assert got.public()["value"] == ""
    monkeypatch.setattr(ex, "PLACE_IN_CITY", False)  # (main: the wrong name pre-filled)
    assert ex.extract(_food_lines(), "food_business_license").fields["name"].public()["value"] == "杭州临海文化传播有限公司"


def test_with_the_rule_off_it_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ex, "PLACE_IN_CITY", False)
    assert _settled("杭州蓝海文化传播有限公司", 2, "临") == "杭州临海文化传播有限公司"


@pytest.mark.parametrize(("text", "doubtful", "alt", "want"), [
    ("台州蓝海文化传播有限公司", 2, "临", "台州临海文化传播有限公司"),  # 临海 is 台州's
    ("浙江省杭州市余坑区古墩路507号", 7, "杭", "浙江省杭州市余杭区古墩路507号"),  # 余杭区 is 杭州's
    ("浙江蓝海文化传播有限公司", 2, "临", "浙江临海文化传播有限公司"),  # a province, not a city, before it
    ("四川省成都市武候区红星路", 7, "侯", "四川省成都市武侯区红星路"),
])
def test_places_that_fit_still_settle(text: str, doubtful: int, alt: str, want: str) -> None:
    assert _settled(text, doubtful, alt) == want
