"""Session 37 (copies3): a 营业执照's 营业期限 row read whole while its label was lost is the term.

AC ac_130 (a copy of a copy under a usage watermark, `仅供本次申报使用，他用无效`, grey and thick across the
label column): `2013年10月08日至2043年10月07日` read at 1.00, its label `营业期限` a blot the watermark and the
copier's tone curve filled — valid_to blank `label_not_found`. Of a business licence's rows only the term
prints two whole dates joined by 至 (or `至长期`): `extract.UNLABELLED_TERM` takes the one such line, its end
whole years from its start. With the rule off (main) the field is blank (seen failing: `not found`); two such lines, or a range that is
no whole years, stay blank.
"""

from __future__ import annotations

from tests.prefill.test_name_lost_character import CODE


def _lines(rows: list[tuple[str, int]]) -> list:
    """The rows as the recogniser gives them, label and value in one box from x 200; a row with no label
    (its label a blot the detector left out) starts in the value column, at x 380."""
    from app.prefill.layout import Line

    out = []
    for i, (text, y) in enumerate(rows):
        x0 = 380 if text[:1].isdigit() else 200
        xs = tuple(x0 + 20 + 40 * k for k in range(len(text)))
        out.append(Line(text, 0.98, x0, y, x0 + 40 + 40 * len(text), y + 44, i, ((1.0, "", 0.0),) * len(text), "",
                        xs))
    return out


HEAD = [("统一社会信用代码", 200), (CODE, 250), ("营业执照", 300), ("名称济南鑫源物业管理有限公司", 700),
        ("类型有限责任公司(自然人独资)", 800), ("法定代表人梁梦芳", 900), ("注册资本人民币2000万元", 1000)]
# (as on ac_130: the 成立日期 row lost whole under the watermark, the address's head with its label — only its
# tail `1306室(一照多址)` boxed — so the template's order cannot place the term's row, `_infer_rows`)
TAIL = [("1306室(一照多址)", 1300), ("经营范围物业管理;停车场服务。", 1400)]


def _term(rows: list[tuple[str, int]]):
    from app.prefill import extract as X

    return X.extract(_lines([*HEAD, *rows, *TAIL]), "business_license").fields["valid_to"]


def test_a_term_row_without_its_label(monkeypatch) -> None:
    from app.prefill import extract as X

    rows = [("2013年10月08日至2043年10月07日", 1200)]
    monkeypatch.setattr(X, "UNLABELLED_TERM", False)
    main = _term(rows)
    assert main.value == "" and main.note == "not found"  # (main: label_not_found)
    monkeypatch.setattr(X, "UNLABELLED_TERM", True)
    got = _term(rows)
    assert (got.value, got.flagged) == ("2043-10-07", False)
    assert _term([("2013年10月08日至长期", 1200)]).value == "长期"


def test_only_one_whole_term_is_taken() -> None:
    from app.prefill import extract as X

    two = _lines([("2013年10月08日至2043年10月07日", 1150), ("2014年01月02日至2044年01月01日", 1200)])
    assert X._unlabelled_term(two) == []
    assert X._unlabelled_term(_lines([("有效期2013年10月08日至2043年10月07日", 1200)])) == []  # (the whole line, nothing else)
    odd = _term([("2013年10月08日至2043年03月07日", 1200)])  # (no whole years: a misread digit or no term)
    assert odd.value == "" or odd.flagged
    lone = _term([("2013年10月08日", 1200)])  # (a lone date is no term)
    assert lone.value == "" or lone.flagged
