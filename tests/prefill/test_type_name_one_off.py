"""Session 38 (fax4): a 市场主体类型 one character off one name of the closed table, and far from every other, is that name.

AF af_0012 (a 196-line G4 fax of a 营业执照, its Song print thresholded: the horizontals of thin strokes dropped)
read its type `有限员任公司(非自然人投资或控股的法人独资)` at 0.99 — 责 without its horizontals is 员, and the
recogniser gave no runner-up the grammar (`_by_grammar`) could choose — so the type was blank `vocabulary`,
though no other type of the table is within reach of that reading. `extract.TYPE_NAME_MARGIN` (3): a type
name one substitution from exactly one name of the table and at least 3 edits from every other is that name;
the bracketed words are never snapped (`自然人投资或控股的法人独资` and `非自然人…` are one character apart), and
a name one off two names, or near another, stays blank. With the rule off (main) the field is blank
(seen failing: flagged `unknown type`, the CLI's `vocabulary`).
"""

from __future__ import annotations

from tests.prefill.test_name_lost_character import CODE


def _lines(rows: list[tuple[str, int]], weak: str = "") -> list:
    """The rows as the recogniser gives them, label and value in one box from x 200; the characters in
    `weak` read at 0.6 (a doubt of their own), the rest sure."""
    from app.prefill.layout import Line

    out = []
    for i, (text, y) in enumerate(rows):
        xs = tuple(220 + 40 * k for k in range(len(text)))
        chars = tuple((0.6 if c in weak else 0.99, "", 0.0) for c in text)
        out.append(Line(text, 0.97, 200, y, 240 + 40 * len(text), y + 44, i, chars, "", xs))
    return out


def _type(value: str, weak: str = ""):
    from app.prefill import extract as X

    rows = [("统一社会信用代码", 200), (CODE, 250), ("营业执照", 300), ("名称杭州华美餐饮管理有限公司", 700),
            ("类型" + value, 800), ("法定代表人高燕桂", 900), ("注册资本2000万元整", 1000),
            ("成立日期2024年07月19日", 1100), ("营业期限2024年07月19日至长期", 1200),
            ("经营范围餐饮管理;外卖递送服务。", 1300)]
    return X.extract(_lines(rows, weak), "business_license").fields["entity_type"]


def test_a_type_name_one_character_off(monkeypatch) -> None:
    from app.prefill import extract as X

    read = "有限员任公司(非自然人投资或控股的法人独资)"
    monkeypatch.setattr(X, "TYPE_NAME_MARGIN", 0)
    main = _type(read)
    assert main.flagged and main.note == "unknown type"  # (main: blank `vocabulary`)
    monkeypatch.setattr(X, "TYPE_NAME_MARGIN", 3)
    got = _type(read)
    assert (got.value, got.flagged) == ("有限责任公司(非自然人投资或控股的法人独资)", False)
    assert _type("普通台伙企业").value == "普通合伙企业"


def test_what_stays_blank() -> None:
    from app.prefill import extract as X

    # a bracketed word one off another word of the table: never snapped
    assert _type("有限员任公司(非自然人投资或控股的法人独贤)").flagged
    # the other characters' own doubt still counts
    assert _type("有限员任公司(自然人独资)", weak="独").flagged
    # one off one name and two off another (有限合伙企业 / 普通合伙企业 are two apart): no choice
    assert X._near_type("普限合伙企业") is None
    assert X._near_type("有限责任公司(法人独资)") is None  # (a type of the table: as read)
    assert X._near_type("公司") is None
