"""Session 35 (wrongs2): wrong pre-fills of AA's first sight that lost a part of the value and still
read like one — turned into blanks.

- A street's word right after its district (`…广州市天河区路2488号…`, AA aa_118: the road's name
  体育西 unread between two boxes of an ID card's address): a road has a name (`NAMELESS_ROAD`).
- A room numbered with one digit after its house (`…解放南路2339号8室` of 2339号808室, AA aa_143:
  the row's end not boxed): a flat is numbered with its floor (`ROOM_DIGITS_LOST`).
- A name's 永 read as 水 (its top dot lost), 永 the runner-up (AA aa_049, a photo of a screen):
  the one-stroke look-alikes of `HAIRLINE_PAIRS` take one-dot look-alikes too.

Rows built as the recogniser returned them, through the real line building and extraction; each
blank case was pre-filled on main.
"""

from __future__ import annotations

from app.prefill import extract
from app.prefill.engine import TextLine
from app.prefill.extract import extract as run
from app.prefill.layout import to_lines
from tests.prefill.test_licence_rows import licence, line, read, scope_rows


def _front(row1: str, row2: str, row3: str = "") -> dict:
    rows = [line("姓名戴伟", 60, 40, 200, 70), line("性别女民族维吾尔", 60, 90, 330, 118),
            line("出生1978年10月12日", 60, 135, 330, 162), line("住址" + row1, 60, 180, 400, 208),
            line(row2, 118, 214, 400, 242)]
    if row3:
        rows.append(line(row3, 118, 248, 150, 276))
    rows.append(line("公民身份号码440106197810125583", 60, 330, 560, 360))
    return run(to_lines(rows)).public_fields()["address"]


def test_an_id_address_whose_road_lost_its_name_is_not_prefilled() -> None:
    got = _front("广东省广州市天河区", "路2488号14幢2501室")
    assert got["value"] == "", got


def test_the_same_address_with_its_road_named_is_read() -> None:
    got = _front("广东省广州市天河区", "体育西路2488号14幢2501室")
    assert got["value"] == "广东省广州市天河区体育西路2488号14幢2501室", got


def test_a_road_named_like_a_division_is_read() -> None:
    # (闵行区都市路: 都市 names the road; 市 is no division there)
    got = read(licence(scope_rows(), address="上海市闵行区都市路1695号901室"))["address"]
    assert got["value"] == "上海市闵行区都市路1695号901室", got


def test_the_rule_off_prefills_it_as_main_did(monkeypatch) -> None:
    monkeypatch.setattr(extract, "NAMELESS_ROAD", False)
    assert _front("广东省广州市天河区", "路2488号14幢2501室")["value"] == "广东省广州市天河区路2488号14幢2501室"


def test_a_room_left_with_one_digit_is_not_prefilled() -> None:
    got = _front("新疆维吾尔自治区乌鲁木齐", "市天山区解放南路2339号8", "室")
    assert got["value"] == "", got
    got = read(licence(scope_rows(), address="上海市闵行区莘庄工业区春东路2244号25号楼2室"))["address"]
    assert got["value"] == "", got


def test_a_room_with_its_floor_is_read() -> None:
    got = _front("新疆维吾尔自治区乌鲁木齐", "市天山区解放南路2339号808", "室")
    assert got["value"] == "新疆维吾尔自治区乌鲁木齐市天山区解放南路2339号808室", got


def _named(name: str, chars: dict) -> list[TextLine]:
    return [line(name, 188, 405, 188 + 18 * len(name), 429, chars=chars) if ln.text == name else ln
            for ln in licence(scope_rows(), name=name, kind="个人独资企业")]


def test_a_name_whose_yong_may_have_lost_its_dot_is_not_prefilled() -> None:
    name = "上海水和文化传播中心"
    got = read(_named(name, {2: (0.943, "永", 0.054)}))["name"]
    assert got["value"] == "" and got["reason"] == "doubtful_character", got


def test_the_same_name_read_sure_of_its_shui_is_read() -> None:
    name = "上海水和文化传播中心"
    assert read(_named(name, {2: (0.998, "永", 0.001)}))["name"]["value"] == name


def test_a_food_licences_two_addresses_a_digit_apart_are_both_blank() -> None:
    # (ZZ zz_101: 住所 `…解放路2368号` and 经营场所 `…解放路2363号`, both read at 0.97 or better — the same
    # address printed twice, a digit misread in one of them)
    from app.prefill import kinds

    a = extract.FieldResult("广东省深圳市宝安区解放路2368号", 0.999, [0, 0, 10, 10], weakest=0.999)
    b = extract.FieldResult("广东省深圳市宝安区解放路2363号", 1.0, [0, 20, 10, 30], weakest=1.0)
    kinds._one_apart(a, b)
    assert a.flagged and b.flagged and a.reason == "cross_check"
    c = extract.FieldResult("广东省深圳市宝安区解放路2368号", 0.999, [0, 0, 10, 10], weakest=0.999)
    d = extract.FieldResult("广东省深圳市宝安区解放路2368号", 1.0, [0, 20, 10, 30], weakest=1.0)
    kinds._one_apart(c, d)
    assert not c.flagged and not d.flagged


def test_a_scope_ending_in_a_words_first_character_is_not_prefilled() -> None:
    # (ZZ zz_120: `…;市政设施管理;土石方工程施` of …土石方工程施工, the row's last character not read: on main
    # only `may go on below`, which blank paper under the last row clears — and it was pre-filled)
    row1 = "一般项目:建设工程施工;住宅室内装饰装修;建筑材料销售;园林绿化工程施工;"
    cut = run(to_lines(licence(scope_rows(row1, "市政设施管理;土石方工程施")[:2]))).fields["business_scope"]
    assert cut.flagged and cut.note == "list ends inside an item", cut
    whole = run(to_lines(licence(scope_rows(row1, "市政设施管理;土石方工程施工")[:2]))).fields["business_scope"]
    assert whole.note != "list ends inside an item", whole
