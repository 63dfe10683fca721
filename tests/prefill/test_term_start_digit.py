"""Session 30 (wrongs3): a 营业执照's 成立日期 whose month or day differs from its 营业期限's printed start in a
digit or two is not pre-filled.

The term runs from the day the firm was established (营业期限自成立之日起计算), so the two rows print one
date. Session 27 blanked a 成立日期 whose year was one digit off the term's start (ZI zi_0066); a month or a
day misread was still pre-filled: ZL zl_0050 (a folded phone photo, defocused) read `2022年11月11日` at 0.996
over `2022年11月14日至长期`, ZM zm_0088 (a fold) `2009年01月13日` over `2009年04月13日至长期` — which of the two
rows is misread is not known, so the date is left to the clerk (`cross_check`). A term restarted on
another day (a licence re-issued after a change) differs in more digits and is read as before. Drawn
营业执照 on A4 at 200 dpi, read through `ocr_files`; main pre-filled the date (`TERM_START_DIGITS` 0 here).
"""

from __future__ import annotations

from tests.prefill.test_name_lost_character import _licence, _read

HEAD = [(700, "名称", "厦门思明武记贸易有限公司"), (800, "类型", "有限责任公司(自然人独资)"), (900, "法定代表人", "长孙磊宇")]
ADDRESS = (1200, "住所", "福建省厦门市思明区解放路504弄52号")


def _rows(established: str, term: str) -> list[tuple[int, str, str]]:
    return [*HEAD, (1000, "成立日期", established), (1100, "营业期限", term), ADDRESS]


def _on_off(tmp_path, rows, monkeypatch) -> tuple[dict, dict]:
    from app.prefill import extract

    on = _read(_licence(tmp_path, rows))
    monkeypatch.setattr(extract, "TERM_START_DIGITS", 0)
    return on, _read(_licence(tmp_path, rows))


def test_a_day_one_digit_off_the_terms_start_is_not_prefilled(engine, tmp_path, monkeypatch) -> None:
    on, off = _on_off(tmp_path, _rows("2022年11月11日", "2022年11月14日至长期"), monkeypatch)
    assert off["established_date"]["value"] == "2022-11-11"  # (main: zl_0050's wrong pre-fill)
    assert on["established_date"]["value"] == ""
    assert on["established_date"]["reason"] == "cross_check"
    assert on["valid_to"]["value"] == off["valid_to"]["value"] == "长期"
    assert on["legal_representative"]["value"] == "长孙磊宇"  # (the other values stay)


def test_a_month_one_digit_off_the_terms_start_is_not_prefilled(engine, tmp_path, monkeypatch) -> None:
    on, off = _on_off(tmp_path, _rows("2009年01月13日", "2009年04月13日至长期"), monkeypatch)
    assert off["established_date"]["value"] == "2009-01-13"  # (main: zm_0088's wrong pre-fill)
    assert on["established_date"]["value"] == ""
    assert on["established_date"]["reason"] == "cross_check"


def test_an_agreeing_or_restarted_term_leaves_the_date(engine, tmp_path) -> None:
    fields = _read(_licence(tmp_path, _rows("2022年11月14日", "2022年11月14日至长期")))
    assert fields["established_date"]["value"] == "2022-11-14"
    # (a term that starts on another day altogether — re-issued after a change — is no misread digit)
    fields = _read(_licence(tmp_path, _rows("2015年03月12日", "2019年08月26日至长期")))
    assert fields["established_date"]["value"] == "2015-03-12"
