"""Session 35 (wrongs2): a 公共场所卫生许可证's term runs four years (to the day before, or the day); a term
whose end is one look-alike digit off four years from its start has a digit misread in one of its dates
(AA aa_015, a 高拍仪 capture: `2021年11月07日至2025年11月08日` of …至2025年11月06日, every digit read at
0.97 or better, the end pre-filled wrong). Which one is not known: neither is pre-filled
(`extract.HEALTH_TERM_DIGIT`). A term further off (zp_0141's true 2019-10-30 to 2023-10-27) stays."""

from __future__ import annotations

from app.prefill import extract as ex
from tests.prefill.test_health_number_year import _fields

NUMBER = "吉卫公字（2021）第220802864391号"


def test_a_term_one_digit_off_four_years_is_not_prefilled() -> None:
    got = _fields(NUMBER, "2021年11月07日至2025年11月08日")
    assert got["valid_to"]["value"] == "" and got["valid_from"]["value"] == "", got
    assert got["valid_to"]["reason"] == "cross_check"


def test_four_years_and_a_term_further_off_are_read() -> None:
    got = _fields(NUMBER, "2021年11月07日至2025年11月06日")
    assert (got["valid_from"]["value"], got["valid_to"]["value"]) == ("2021-11-07", "2025-11-06")
    got = _fields("云卫公字（2019）第287201234567号", "2019年10月30日至2023年10月27日")
    assert (got["valid_from"]["value"], got["valid_to"]["value"]) == ("2019-10-30", "2023-10-27")


def test_off_as_before(monkeypatch) -> None:
    monkeypatch.setattr(ex, "HEALTH_TERM_DIGIT", False)
    assert _fields(NUMBER, "2021年11月07日至2025年11月08日")["valid_to"]["value"] == "2025-11-08"
