"""Session 30 (wrongs3): a 经营范围 part's header (一般项目: / 许可项目:) with a character glued before it is
not pre-filled.

A part of a scope ends with its closing sentence `（除依法须经批准的项目外…）`, a `。` or a `；`, and the next
part's header follows it: every development family's truth (247 headers after text in 700 scopes of X,
ZC–ZO: `)` 169, `。` 62, `；` 16). ZO zo_0043 (a chat re-encode) read a speck between the closing bracket
and 许可项目 as `类` at 1.00 — `…经营活动)类许可项目:道路货物运输…`, a wrong pre-fill on main. OCR lines through
the real extraction (a drawn page does not make the recogniser read a speck as one chosen character).
"""

from __future__ import annotations

import pytest

from tests.prefill.test_licence_rows import ROW1, licence, line, read

ROW2 = "计、代理;广告制作;图文设计制作。(除依法须经批准的项目外,凭营业执照依"
ROW3 = "法自主开展经营活动)类许可项目:食品销售。"


def _scope(r3: str) -> list:
    return [line(ROW1, 185, 526, 884, 550), line(ROW2, 185, 554, 883, 577), line(r3, 186, 581, 186 + 19 * len(r3), 604)]


def test_a_character_before_a_header_is_not_prefilled(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.prefill import extract

    out = read(licence(_scope(ROW3)))["business_scope"]
    assert out["value"] == "" and out["reason"] == "doubtful_character", out
    monkeypatch.setattr(extract, "SCOPE_HEADER_AFTER_MARK", False)
    out = read(licence(_scope(ROW3)))["business_scope"]
    assert out["value"].endswith("经营活动)类许可项目:食品销售。"), out  # (main: zo_0043's wrong pre-fill)


@pytest.mark.parametrize("mark", [")", "。", ";"])
def test_a_header_after_a_printed_mark_is_read(mark: str) -> None:
    r3 = ROW3.replace(")类", ")" if mark == ")" else ")" + mark)
    out = read(licence(_scope(r3)))["business_scope"]
    assert out["value"].endswith("经营活动)" + ("" if mark == ")" else mark) + "许可项目:食品销售。"), out
