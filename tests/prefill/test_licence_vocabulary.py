"""Business licence values whose closed vocabularies were short of what registrars print (session 11):
the 市场主体类型 of a collective enterprise reorganised as a 股份合作 one and of a foreign-invested
company's branch, a 法定代表人 with a two-character surname and a three-character given name, a
state depot's name, and a 个体工商户 without a name of its own (its operator's name as 名称).
Built as OCR lines and run through the real extraction code; each case keeps its misread twin
blank.
"""

from __future__ import annotations

from tests.prefill.test_licence_partners import page, read


def test_types_of_the_code_table_are_taken() -> None:
    for kind in ("集体所有制(股份合作)", "外商投资企业分公司", "集体分支机构(非法人)"):
        out = read(page(kind=kind, name="武汉武昌区正泰建材厂" if "分公司" not in kind else "雅诗(中国)科技有限公司福州分公司"))
        assert out["entity_type"]["value"] == kind, kind
    # still a closed table: a word or a type name it does not hold is blank
    for kind in ("集体所有制(股份合伙)", "外商投资企业分店"):
        out = read(page(kind=kind, name="武汉武昌区正泰建材厂"))["entity_type"]
        assert out["value"] == "" and out["reason"] == "vocabulary", kind


def test_a_type_of_the_table_read_sure_is_sure_whatever_its_line_score() -> None:
    # the line's score is a mean over its box (blank frames around the brackets): 0.93 with every
    # character at 0.999 is a sure read of a type of the table
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines
    from tests.prefill.test_licence_rows import line

    lines = page(kind="有限责任公司(自然人独资)")
    i = next(k for k, ln in enumerate(lines) if ln.text == "有限责任公司(自然人独资)")
    ln = lines[i]
    lines[i] = line(ln.text, *ln.quad[0], *ln.quad[2], score=0.93)
    f = extract(to_lines(lines)).fields["entity_type"]
    assert f.value == "有限责任公司(自然人独资)" and f.confidence >= 0.99 and not f.flagged
    # a character the recogniser was torn on keeps the line's score (below a glared photo's 0.95)
    lines[i] = line(ln.text, *ln.quad[0], *ln.quad[2], score=0.93, chars={8: (0.6, "目", 0.3)})
    assert extract(to_lines(lines)).fields["entity_type"].confidence < 0.95


def test_a_two_character_surname_with_three_given_characters_is_a_name() -> None:
    for rep in ("诸葛强华宏", "令狐桂宏玉", "欧阳建国"):
        assert read(page(rep=rep))["legal_representative"]["value"] == rep
    # five characters without a two-character surname: a name with a neighbour's character glued on
    for rep in ("张强华宏玉", "诸葛强华宏玉"):
        out = read(page(rep=rep))["legal_representative"]
        assert out["value"] == "" and out["reason"] == "vocabulary", rep


def test_a_state_depot_is_a_name_with_its_form() -> None:
    for name in ("西安第三粮油储备库", "大同市南郊区口泉煤矿", "丽江古城区望月客栈", "怀柔区雁栖湖度假村"):
        out = read(page(name=name, kind="全民所有制", capital="350万元"))
        assert out["name"]["value"] == name, name
    # a name that stops at its trade words lost its form
    out = read(page(name="西安第三粮油储备", kind="全民所有制", capital="350万元"))["name"]
    assert out["value"] == "" and out["reason"] == "vocabulary"


INDIVIDUAL = dict(rep_label="经营者", kind="个体工商户", capital="")


def _individual(name: str, rep: str, name_chars: dict | None = None) -> dict[str, dict[str, object]]:
    """A 个体工商户's licence: 经营者 for 法定代表人, no 注册资本 row."""
    from tests.prefill.test_licence_rows import line

    lines = [ln for ln in page(name=name, rep=rep, **INDIVIDUAL) if ln.text not in ("注册资本", "")]
    if name_chars:
        i = next(k for k, ln in enumerate(lines) if ln.text == name and ln.quad[0][1] == 405)
        lines[i] = line(name, *lines[i].quad[0], *lines[i].quad[2], chars=name_chars)
    return read(lines)


def test_an_individual_without_a_name_prints_its_operator() -> None:
    out = _individual("沈欣立", "沈欣立")
    assert out["name"]["value"] == "沈欣立" and out["legal_representative"]["value"] == "沈欣立"
    # a person-like name that is not the operator's is a name that lost its form (a shop's 字号 cut)
    out = _individual("沈欣立", "王小明")
    assert out["name"]["value"] == "" and out["name"]["reason"] == "vocabulary"
    # a doubtful character in the name is doubt, even when the operator reads the same
    out = _individual("沈欣立", "沈欣立", name_chars={1: (0.7, "放", 0.25)})
    assert out["name"]["value"] == ""


def _two_row_term(start: str, end: str | None) -> dict[str, dict[str, object]]:
    """A licence of the older form: 营业期限自 <start> on one row, 营业期限至 <end> on a row below."""
    from tests.prefill.test_licence_rows import line

    lines = [ln for ln in page() if ln.text not in ("营业期限", "2011年09月01日至长期", "登记机关", "2014年02月05日")]
    lines += [line("营业期限自", 88, 701, 200, 729), line(start, 223, 700, 223 + 11 * len(start), 724)]
    if end is not None:
        lines += [line("营业期限至", 88, 1001, 200, 1029), line(end, 223, 1000, 223 + 11 * len(end), 1024)]
    return read(lines)


def test_an_older_licences_term_on_two_rows_ends_on_its_second() -> None:
    assert _two_row_term("2011年09月01日", "长期")["valid_to"]["value"] == "长期"
    assert _two_row_term("2011年09月01日", "2031年08月31日")["valid_to"]["value"] == "2031-08-31"
    # an end before its start (or before the 成立日期) is a misread; a start row alone holds no end
    out = _two_row_term("2011年09月01日", "2001年08月31日")["valid_to"]
    assert out["value"] == "" and out["reason"] == "cross_check"
    out = _two_row_term("2011年09月01日", None)["valid_to"]
    assert out["value"] == "" and out["reason"] == "format"


def test_a_labels_colon_read_as_a_comma_is_no_part_of_the_type() -> None:
    # `类型,普通合伙企业`: the colon after the label read as a comma, sure of a mark either way
    out = read(page(kind=",普通合伙企业", name="拉萨市优品商务信息咨询合伙企业(普通合伙)", capital="100万元",
                    rep_label="执行事务合伙人"))
    assert out["entity_type"]["value"] == "普通合伙企业"
    # a mark whose second reading is a character may be a misread one: kept, and the type is unknown
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines
    from tests.prefill.test_licence_rows import line

    lines = page(kind=",普通合伙企业", name="拉萨市优品商务信息咨询合伙企业(普通合伙)", capital="100万元")
    i = next(k for k, ln in enumerate(lines) if ln.text == ",普通合伙企业")
    lines[i] = line(",普通合伙企业", *lines[i].quad[0], *lines[i].quad[2], chars={0: (0.6, "有", 0.3)})
    assert extract(to_lines(lines)).public_fields()["entity_type"]["value"] == ""


def _term(text: str) -> dict[str, object]:
    from tests.prefill.test_licence_rows import line

    lines = [ln if ln.text != "2011年09月01日至长期" else line(text, 223, 700, 223 + 11 * len(text), 724)
             for ln in page()]
    return read(lines)["valid_to"]


def test_a_seals_characters_after_a_whole_years_term_are_no_part_of_it() -> None:
    # a seal's arc read on the term's row, glued to its end: thirty years less a day from its start
    assert _term("2011年09月01日至2041年08月31日物流")["value"] == "2041-08-31"
    assert _term("2011年09月01日至2031年09月01日有限")["value"] == "2031-09-01"
    # an end no whole number of years from the start (the text after it may be the date's own), no
    # start, or a neighbour's row rather than a few loose characters
    for text in ("2011年09月01日至2041年08月30日物流", "至2041年08月31日物流", "2011年09月01日至2041年08月31日物流有限公司"):
        out = _term(text)
        assert out["value"] == "" and out["reason"] == "format", text
