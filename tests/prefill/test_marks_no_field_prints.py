"""Session 38 (wrong5): characters or words a field cannot hold, read sure into it — AG's and AH's held-out wrongs.

- `extract.AUTHORITY_BUREAU_WORD`: AH ah0022 read `武汉市公安鵝洪山分局` (局 read 鵝); 公安 stands before 局, 分局, 厅, 处
  (or is the county 公安县).
- `extract.ADDRESS_STRAY_MARKS`: AH ah0043 read `…洪山区<桂花巷405号…`; AG ag_032 `…200号E,座1205室` (a comma between a
  building's letter and its 座).
- `extract.ADDRESS_NEEDS_DIVISION`: AG ag_024 read `柏庐南路255号` of 江苏省昆山市柏庐南路255号 (its head unread).
- `kinds.FORM_KIND_CJK`: AG ag_039 read `单位食堂(职T食堂)`.
- `extract.SCOPE_SENTENCE_HEAD`: AG ag_016 read `…外卖递送服务(依法须经批动)` (the sentence's middle lost).
Each fails with its constant off (main) and passes with it on; the same values read right stay pre-filled."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill import kinds
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import Line, to_lines
from tests.prefill.test_licence_rows import licence, line, values


@pytest.fixture(autouse=True)
def _rules_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules landed off (main's path): each test here switches them on, and off where it shows main."""
    from app.prefill import reader

    monkeypatch.setattr(ex, "AUTHORITY_BUREAU_WORD", True)
    monkeypatch.setattr(ex, "ADDRESS_STRAY_MARKS", ex.ADDRESS_MARKS_ON)
    monkeypatch.setattr(ex, "ADDRESS_NEEDS_DIVISION", True)
    monkeypatch.setattr(ex, "SCOPE_SENTENCE_HEAD", "依法须经")
    monkeypatch.setattr(kinds, "FORM_KIND_CJK", True)
    monkeypatch.setattr(reader, "FILL_MARK_DROPPED", True)


def _tl(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    return TextLine(text, 0.98, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=tuple((0.99, "", 0.0) for _ in text))


def _authority(auth: str) -> ex.FieldResult:
    lines = [_tl("中华人民共和国", 330, 120, 860, 180), _tl("居民身份证", 320, 190, 860, 270),
             _tl("签发机关" + auth, 158, 470, 158 + 30 * (4 + len(auth)), 506),
             _tl("有效期限2016.09.06-2026.09.06", 158, 534, 760, 578)]
    return extract(to_lines(lines), "id_card_back", 1.0).fields["issuing_authority"]


def test_a_bureau_word_misread_is_not_prefilled(monkeypatch: pytest.MonkeyPatch) -> None:
    got = _authority("武汉市公安鵝洪山分局")
    assert got.flagged and got.note == "not an authority", (got.value, got.note)
    monkeypatch.setattr(ex, "AUTHORITY_BUREAU_WORD", False)
    got = _authority("武汉市公安鵝洪山分局")
    assert not got.flagged and got.value == "武汉市公安鵝洪山分局"  # (main)


@pytest.mark.parametrize("auth", ["武汉市公安局洪山分局", "公安县公安局", "荆州市公安局", "上海市公安局浦东分局"])
def test_bureaus_read_right_stay(auth: str) -> None:
    got = _authority(auth)
    assert not got.flagged and got.value == auth, (got.value, got.note)


def _health_address(addr: str) -> ex.FieldResult:
    lines = [_tl("卫生许可证", 335, 200, 665, 279), _tl("单位名称", 112, 423, 206, 456),
             _tl("乌鲁木齐新锐食品有限公司", 338, 427, 640, 453), _tl("法定代表人(负责人)孟怡娜", 111, 479, 409, 509),
             _tl("地址", 107, 529, 165, 565), _tl(addr, 336, 534, 760, 561), _tl("许可项目", 108, 585, 202, 616),
             _tl("住宿", 334, 583, 400, 619), _tl("有效期限", 110, 638, 205, 671),
             _tl("自2023年07月10日至2027年07月09日", 340, 642, 730, 668)]
    return extract(to_lines(lines), "public_health_license", 1.0).fields["address"]


@pytest.mark.parametrize(("read", "const", "off"), [
    ("湖北省武汉市洪山区<桂花巷405号2003室", "ADDRESS_STRAY_MARKS", ""),  # ah0043
    ("江西省南昌市东湖区八一大道200号E,座1205室", "ADDRESS_STRAY_MARKS", ""),  # ag_032
    ("柏庐南路255号", "ADDRESS_NEEDS_DIVISION", False),  # ag_024
])
def test_a_permit_address_with_a_mark_or_without_its_divisions_is_not_prefilled(
        read: str, const: str, off: object, monkeypatch: pytest.MonkeyPatch) -> None:
    got = _health_address(read)
    assert got.flagged, (got.value, got.note)
    monkeypatch.setattr(ex, const, off)
    got = _health_address(read)
    assert not got.flagged and got.value == read, (got.value, got.note)  # (main)


@pytest.mark.parametrize(("read", "const", "off"), [
    ("湖北省武汉市洪山区<桂花巷405号2003室", "ADDRESS_STRAY_MARKS", ""),
    ("江西省南昌市东湖区八一大道200号E,座1205室", "ADDRESS_STRAY_MARKS", ""),
    ("柏庐南路255号", "ADDRESS_NEEDS_DIVISION", False),
])
def test_a_licence_address_with_a_mark_or_without_its_divisions_is_not_prefilled(
        read: str, const: str, off: object, monkeypatch: pytest.MonkeyPatch) -> None:
    assert values(licence([line("餐饮服务", 185, 526, 257, 550)], address=read))["address"] == ""
    monkeypatch.setattr(ex, const, off)
    assert values(licence([line("餐饮服务", 185, 526, 257, 550)], address=read))["address"] == read  # (main)


@pytest.mark.parametrize("addr", ["江西省南昌市东湖区八一大道200号B座1205室", "昆山市柏庐南路255号",
                                  "朝阳区建国路88号SOHO现代城A座1802室", "湖北省武汉市洪山区桂花巷405号2003室"])
def test_addresses_read_right_stay(addr: str) -> None:
    got = _health_address(addr)
    assert not got.flagged and got.value == addr, (got.value, got.note)
    assert values(licence([line("餐饮服务", 185, 526, 257, 550)], address=addr))["address"] == addr


def _food_form(form: str) -> dict:
    def ln(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
        return Line(text, 0.99, x1, y1, x2, y2, 0, ())
    lines = [ln("食品经营许可证", 533, 303, 1132, 417), ln("经营者名称", 154, 556, 577, 601),
             ln("乌鲁木齐天山区好味餐饮有限公司", 594, 556, 1044, 602),
             ln("社会信用代码(身份证号码)", 153, 671, 570, 721), ln("91650102MA7XK3PL22", 584, 674, 915, 721),
             ln("法定代表人(负责人)王建国", 144, 748, 700, 803),
             ln("住所新疆维吾尔自治区乌鲁木齐市天山区和平南路88号", 156, 828, 1420, 887),
             ln("主体业态", 152, 1079, 574, 1117), ln(form, 592, 1077, 592 + 30 * len(form), 1124),
             ln("经营项目", 152, 1159, 575, 1196), ln("热食类食品制售", 583, 1151, 819, 1204),
             ln("许可证编号", 152, 1322, 569, 1359), ln("JY16501020624261", 587, 1322, 864, 1362)]
    return ex.extract(lines, "food_business_license").public_fields()["business_form"]


def test_a_premises_kind_with_a_latin_letter_is_not_prefilled(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _food_form("单位食堂(职T食堂)")["value"] == ""  # ag_039
    monkeypatch.setattr(kinds, "FORM_KIND_CJK", False)
    assert _food_form("单位食堂(职T食堂)")["value"] == "单位食堂(职T食堂)"  # (main)


@pytest.mark.parametrize("form", ["单位食堂(职工食堂)", "餐饮服务经营者(小型餐馆)", "单位食堂(机关食堂)"])
def test_premises_kinds_read_right_stay(form: str) -> None:
    assert _food_form(form)["value"] == form


def _scope(text: str) -> str:
    return values(licence([line(text, 185, 526, 185 + 18 * len(text), 550)]))["business_scope"]


def test_a_registrars_sentence_missing_its_middle_is_not_prefilled(monkeypatch: pytest.MonkeyPatch) -> None:
    read = "餐饮服务;食品销售;外卖递送服务(依法须经批动)"  # ag_016
    assert _scope(read) == ""
    monkeypatch.setattr(ex, "SCOPE_SENTENCE_HEAD", "依法须经批准")
    assert _scope(read) == read  # (main)


def test_a_scope_with_its_whole_sentence_stays() -> None:
    read = "餐饮服务;食品销售;外卖递送服务(依法须经批准的项目,经相关部门批准后方可开展经营活动)"
    assert _scope(read) == read


def test_a_mark_beside_a_letter_held_is_not_filled_by_the_same_reading_without_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`reader.FILL_MARK_DROPPED`: AG ag_032's page re-read `…200号E座1205室` — the first reading without its comma,
    the comma having been B's own stroke — and main filled the held address with it (E for B, wrong)."""
    import numpy as np

    from app.prefill import reader

    def page(addr: str) -> ex.Extraction:
        lines = [_tl("卫生许可证", 335, 200, 665, 279), _tl("单位名称", 112, 423, 206, 456),
                 _tl("乌鲁木齐新锐食品有限公司", 338, 427, 640, 453), _tl("法定代表人(负责人)孟怡娜", 111, 479, 409, 509),
                 _tl("地址", 107, 529, 165, 565), _tl(addr, 336, 534, 760, 561), _tl("许可项目", 108, 585, 202, 616),
                 _tl("住宿", 334, 583, 400, 619), _tl("有效期限", 110, 638, 205, 671),
                 _tl("自2023年07月10日至2027年07月09日", 340, 642, 730, 668)]
        return extract(to_lines(lines), "public_health_license", 1.0)

    first, again = page("江西省南昌市东湖区八一大道200号E,座1205室"), page("江西省南昌市东湖区八一大道200号E座1205室")
    assert first.fields["address"].note == ex.MARK_BESIDE_NUMBER
    reader.fill_blank_fields(first, again, np.eye(3))
    assert first.fields["address"].flagged
    monkeypatch.setattr(reader, "FILL_MARK_DROPPED", False)
    first = page("江西省南昌市东湖区八一大道200号E,座1205室")
    reader.fill_blank_fields(first, again, np.eye(3))
    assert not first.fields["address"].flagged and first.fields["address"].value.endswith("E座1205室")  # (main)
    # (a reading that reads the letter otherwise fills it: the rule refuses only the same pixels read again)
    first = page("江西省南昌市东湖区八一大道200号E,座1205室")
    monkeypatch.setattr(reader, "FILL_MARK_DROPPED", True)
    reader.fill_blank_fields(first, page("江西省南昌市东湖区八一大道200号B座1205室"), np.eye(3))
    assert first.fields["address"].value.endswith("B座1205室")
