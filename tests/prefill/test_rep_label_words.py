"""A person's name that is its own label's bracketed words is the label, not a value (session 31, zpphoto).

ZP zp_0145 (a 公共场所卫生许可证 in a clear sleeve, photographed): the label is printed
`法定代表人（负责人）：王永雪`, and the window's glare over the sleeve washed out the brackets, the colon
and the name. The washed-out re-read (`reader.WASHED_REREAD`) boxed `法定代表人` and, right of it,
`负责` (0.95) — the bracket's words alone — and `fill_blank_fields` took `负责` as the legal
representative: a wrong pre-fill. No name starts with 负 (nor with 责, 代, 表, 事, 务 …, none a surname),
and a name that is two or more characters of its own label's form is that label read as a value
(`extract.NAME_LABEL_WORDS`, in `weak_name_evidence`, which every licence's person name passes through).
The lines are zp_0145's second reading as the recogniser gave them (its characters' centres)."""

from __future__ import annotations

import pytest

from app.prefill.layout import Line

ROWS = [
    ("公共场所卫生许可证", 1.0, 413, 197, 983, 262, (448, 507, 576, 636, 705, 764, 834, 893, 962)),
    ("京卫公字(2020)第110108705837号", 0.984, 828, 273, 1131, 311,
     (846, 862, 883, 898, 924, 935, 940, 950, 961, 971, 992, 1005, 1018, 1023, 1034, 1044, 1054, 1060, 1070, 1080,
      1091, 1101, 1112, 1122)),
    ("单位名称:", 0.993, 184, 361, 292, 396, (204, 222, 245, 268, 285)),
    ("法定代表人", 0.999, 184, 424, 310, 459, (204, 222, 245, 268, 292)),
    ("负责", 0.952, 293, 427, 371, 458, (332, 352)),
    ("地址:北京市海区建设路3号1楼851室", 0.983, 183, 483, 635, 521,
     (206, 268, 284, 323, 338, 362, 385, 424, 447, 471, 486, 518, 533, 549, 564, 580, 588, 603, 619)),
    ("许可项目:书店", 1.0, 183, 544, 356, 582, (203, 227, 244, 267, 285, 320, 343)),
    ("有效期限:自2020年04月05日至2024年04月04日", 1.0, 186, 605, 642, 641,
     (200, 223, 246, 263, 280, 309, 326, 337, 348, 360, 371, 388, 400, 417, 434, 445, 457, 480, 497, 508, 519, 531,
      542, 559, 574, 588, 605, 616, 633)),
    ("发证机关", 1.0, 887, 812, 974, 844, (900, 922, 943, 964)),
    ("2020年04月05日", 0.998, 1019, 871, 1155, 901, (1030, 1039, 1048, 1058, 1071, 1085, 1094, 1107, 1121, 1130, 1144)),
]


def _lines(rep: str = "负责") -> list[Line]:
    out = []
    for i, (text, score, x1, y1, x2, y2, xs) in enumerate(ROWS):
        if text == "负责":
            text, xs = rep, tuple(332 + 20 * k for k in range(len(rep)))
        out.append(Line(text, score, x1, y1, x2, y2, i, ((score, "", 0.0),) * len(text), "", xs))
    return out


@pytest.mark.parametrize(("rule", "want"), [(True, ""), (False, "负责")])
def test_the_labels_bracketed_words_are_no_name(monkeypatch: pytest.MonkeyPatch, rule: bool, want: str) -> None:
    import app.prefill.extract as X

    monkeypatch.setattr(X, "NAME_LABEL_WORDS", rule)  # (False: main's reading, zp_0145's wrong pre-fill)
    rep = X.extract(_lines(), "public_health_license").fields["legal_representative"]
    assert (rep.value if not rep.flagged else "") == want
    if rule:
        assert rep.reason == "vocabulary"


@pytest.mark.parametrize("name", ["王永雪", "任鹏", "任鹏丹"])
def test_a_name_beside_the_label_is_read_as_before(name: str) -> None:
    import app.prefill.extract as X

    rep = X.extract(_lines(name), "public_health_license").fields["legal_representative"]
    assert rep.value == name and not rep.flagged


def test_label_words_need_two_characters_and_no_surname_first() -> None:
    from app.prefill.extract import HEALTH, LICENCE, _label_words

    assert _label_words("负责人", HEALTH["rep"]) and _label_words("(负责", HEALTH["rep"])
    assert _label_words("事务合伙", LICENCE["rep"])
    assert not _label_words("负", HEALTH["rep"])           # (one character says nothing)
    assert not _label_words("王永雪", HEALTH["rep"])
    assert not _label_words("经营", ("名称",))            # (not this label's words)


def test_a_label_head_under_an_empty_name_is_no_name_by_its_words_too(engine, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    # ZI zi_0112 as test_name_lost_character draws it: `经营` (经营范围's head) under an empty 法定代表人 row
    from app.prefill import extract
    from tests.prefill.test_name_lost_character import _both, _licence

    rows = [(700, "名称", "厦门思明武记贸易有限公司"), (800, "类型", "有限责任公司(自然人独资)"), (900, "法定代表人", ""),
            (1000, "注册资本", "人民币10万元"), (1100, "成立日期", "2013年10月30日"), (1200, "营业期限", "2013年10月30日至长期")]
    monkeypatch.setattr(extract, "NAME_LOST", False)
    on, off = _both(_licence(tmp_path, rows, under=(960, "经营")), monkeypatch, "NAME_LABEL_WORDS")
    assert off["legal_representative"]["value"] == "经营"
    assert on["legal_representative"]["value"] == ""
