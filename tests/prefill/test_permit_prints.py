"""食品经营许可证 and 卫生许可证 as real permits print them (issue 15, session 10): the older
certificates' short 主体业态, a bracketed label read with one character wrong, a registered name
whose doubtful character's runner-up is only its traditional form.

Pages are drawn with Pillow and read through the CLI's service (decode, OCR, classify, extract),
or — where a recogniser's particular misreading is the case — built as recognised lines and
extracted, as the recogniser hands them over.
"""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.pages import read_file as read
from tests.prefill.test_food_health_layouts import draw_justified


def _line(text: str, x1: float, y1: float, x2: float, y2: float, doubt: dict | None = None) -> TextLine:
    chars = tuple((doubt or {}).get(i, (0.999, "", 0.0)) for i in range(len(text)))
    return TextLine(text, 0.97, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, chars)


def _food_lines(rows: list[tuple[str, str]]) -> list[TextLine]:
    out = [_line("食品经营许可证", 460, 100, 930, 165), _line("(副本)", 660, 170, 740, 200)]
    for k, (lab, val) in enumerate(rows):
        y = 240 + 50 * k
        if val:
            out += [_line(lab, 110, y, 110 + 25 * len(lab), y + 28), _line(val, 330, y, 330 + 25 * len(val), y + 28)]
        else:  # label and value in one box
            out.append(_line(lab, 110, y, 110 + 25 * len(lab), y + 28))
    return out


OLD_FU = [("经营者名称", "沈阳众诚餐饮管理有限公司和平区分店"), ("社会信用代码(身份证号码)", "92210102MA0P4L5X7Q"),
          ("法定代表人(负责人)", "邓萍"), ("住所", "辽宁省沈阳市和平区南京北街652号"),
          ("经营场所", "辽宁省沈阳市和平区新华街446号"), ("主体业态", "餐饮服务"),
          ("经营项目", "热食类食品制售,预包装食品(含冷藏冷冻食品)销售"), ("许可证编号", "JY22101027801402"),
          ("有效期至", "2021年07月27日")]


def test_an_older_food_licence_prints_the_business_form_without_its_operator_word(engine, tmp_path) -> None:
    # the certificates of 2015–2019 print 主体业态 `餐饮服务` / `食品销售` (the 业态 the 管理办法 names
    # 餐饮服务经营者 / 食品销售经营者): it was blanked as `vocabulary` (H: 75 % of 主体业态)
    out = read(draw_justified(tmp_path / "old.png", "食品经营许可证", OLD_FU))
    assert out["kind"] == "food_business_license"
    assert out["fields"]["business_form"]["value"] == "餐饮服务"
    # a form that is no 业态 of the 通则 (`餐饮服`: its end lost) is still not pre-filled
    rows = [(lab, "餐饮服" if lab == "主体业态" else val) for lab, val in OLD_FU]
    f = extract(to_lines(_food_lines(rows))).fields["business_form"].public()
    assert f["value"] == "" and f["reason"] == "vocabulary"


def test_a_bracketed_label_read_with_one_wrong_character_is_still_the_label() -> None:
    # `法定代表人(负员人)龚宏梅` in one box (责 read 员): the shorter label 法定代表人 was taken and
    # `(负员人)龚宏梅` became the value — blanked as not a name
    for rep, want in (("法定代表人(负员人)龚宏梅", "龚宏梅"), ("法定代表人(负责人)龚宏梅", "龚宏梅"),
                      ("法定代表人(员大人)龚宏梅", "")):  # two characters wrong: no label of ours
        rows = [(rep, "") if lab.startswith("法定代表人") else (lab, val) for lab, val in OLD_FU]
        f = extract(to_lines(_food_lines(rows))).fields
        assert f["legal_representative"].public()["value"] == want, rep
        assert f["name"].public()["value"] == "沈阳众诚餐饮管理有限公司和平区分店"


def _health_lines(name: str, doubt: dict) -> list[TextLine]:
    out = [_line("卫生许可证", 300, 100, 600, 150), _line("浙卫公字(2020)第330324128668号", 250, 180, 850, 210)]
    rows = [("单位名称", name, doubt), ("法定代表人(负责人)", "李梓华", {}), ("经营地址", "温州市永嘉县桥头镇新河村4组58号", {}),
            ("许可项目", "住宿", {}), ("有效期限", "自2020年12月04日至2024年12月03日", {})]
    for k, (lab, val, d) in enumerate(rows):
        y = 260 + 50 * k
        out += [_line(lab, 100, y, 100 + 30 * len(lab), y + 30), _line(val, 420, y, 420 + 30 * len(val), y + 30, d)]
    return out


def test_a_registered_name_whose_doubt_is_only_its_traditional_form() -> None:
    # 永嘉县海纳百川宾馆 with 纳 at 0.71 and 納 (its traditional form) second at 0.29: names are
    # registered in simplified characters, so the two readings are one character (H: 卫生 name)
    name = "永嘉县海纳百川宾馆"
    twin = {4: (0.71, "納", 0.29)}
    assert extract(to_lines(_health_lines(name, twin))).fields["name"].public()["value"] == name
    rival = {4: (0.71, "钠", 0.29)}  # another character second: still a doubt
    f = extract(to_lines(_health_lines(name, rival))).fields["name"].public()
    assert f["value"] == "" and f["reason"] == "doubtful_character"
    food = [("经营者名称", name) if lab == "经营者名称" else (lab, val) for lab, val in OLD_FU]
    lines = _food_lines(food)
    k = next(i for i, ln in enumerate(lines) if ln.text == name)
    lines[k] = _line(name, *lines[k].quad[0], *lines[k].quad[2], twin)
    assert extract(to_lines(lines)).fields["name"].public()["value"] == name
