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
from tests.prefill.pages import recognised as _line
from tests.prefill.test_food_health_layouts import draw_justified


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


def _colon_row(label: str, value: str, x: float, y: float, *, score: float = 0.97) -> TextLine:
    """`label:value` in one box as a colon form prints it, with the recogniser's character centres:
    a four-character label's characters 24 px apart (a longer one 25), a three-character one wider (30)
    but ending short of the others, the colon, then the value's first character a colon's width
    and a half further on (where the recogniser puts it), the rest 21 px apart."""
    step, gap = (30, 47) if len(label) == 3 else (25 if len(label) > 4 else 24, 42)
    spots = [x + 12 + step * i for i in range(len(label))]
    spots.append(spots[-1] + 23)
    spots += [spots[-1] + gap + 21 * i for i in range(len(value))]
    x2 = spots[-1] + 14
    text = f"{label}:{value}"
    chars = ((0.999, "", 0.0),) * len(text)
    return TextLine(text, score, ((x, y), (x2, y), (x2, y + 31), (x, y + 31)), False, chars,
                    tuple((s - x) / (x2 - x) for s in spots))


def _colon_health(name: str, rep: str, under: list[TextLine] | None = None) -> list[TextLine]:
    rows = [("单位名称", name), ("负责人", rep), ("经营场所地址", "无锡市惠山区银河路753号一层106商铺"),
            ("许可项目", "游艺厅、宾馆"), ("有效期限", "自2026年07月30日至2030年07月29日")]
    out = [_line("公共场所卫生许可证", 172, 164, 819, 230), _line("编号:苏卫公字〔2026〕第02066316号", 519, 260, 868, 287)]
    out += [_colon_row(lab, val, 86, 372 + 82 * k) for k, (lab, val) in enumerate(rows)]
    return out + (under or [])


def test_a_colon_form_value_is_not_late_against_values_measured_at_their_colon() -> None:
    # `负责人:汤国玲` among `单位名称:…`, `许可项目:…`: the other values were measured from their box's
    # start, the colon, this one after its colon — it looked a character late (its first character
    # lost) and 负责人 was blanked as `wrapped_row_incomplete` (E: 卫生 e0128)
    f = extract(to_lines(_colon_health("惠山区金禾游艺城", "汤国玲"))).fields
    assert f["legal_representative"].public()["value"] == "汤国玲"
    assert f["name"].public()["value"] == "惠山区金禾游艺城"


def test_a_seals_loose_characters_under_a_short_name_are_no_row_of_it() -> None:
    # a round seal's arc over the rows under 单位名称: `学` read alone at 0.71 right under the name
    # made the name look as if a row went on under it (E: 卫生 e0100). Print read surely there (the
    # visible end of a row whose start a seal hid) still keeps the name off
    for score, want in ((0.71, "博乐市鼎盛汤泉馆"), (0.99, "")):
        seal = [TextLine("学", score, ((289, 414), (323, 414), (323, 451), (289, 451)), False, ((score, "字", 0.01),))]
        f = extract(to_lines(_colon_health("博乐市鼎盛汤泉馆", "司马瑾", seal))).fields["name"].public()
        assert f["value"] == want, score


def test_a_certified_copys_stamp_under_a_value_is_no_row_of_it() -> None:
    # a 副本 copied and stamped `与原件一致` under its 经营项目: the stamp's `与原件` right under the
    # list's last row made the list look as if a row went on under it (G: 食品 g0135). Other
    # print there, read surely, still does
    def items(under: str) -> dict:
        rows = [("经营者名称", "大理市张记便利店"), ("主体业态", "食品销售经营者(便利店)"), ("许可证编号", "JY15329019296975")]
        out = _food_lines(rows)
        out += [_line("经营项目", 110, 400, 210, 428), _line("预包装食品销售(含冷藏冷冻食品);热食类食品制", 330, 400, 880, 428),
                _line("售;冷食类食品制售(不含裱花蛋糕);生食类食品", 330, 440, 878, 468), _line("制售", 330, 480, 380, 508),
                _line(under, 700, 520, 800, 560)]
        return extract(to_lines(out)).fields["business_items"].public()

    want = "预包装食品销售(含冷藏冷冻食品);热食类食品制售;冷食类食品制售(不含裱花蛋糕);生食类食品制售"
    assert items("与原件")["value"] == want
    assert items("仅供办理食品经营许可使用")["value"] == want
    assert items("散装食品")["value"] == ""


def test_a_row_at_a_slant_is_the_value_though_its_box_is_tall() -> None:
    # a crumpled page: `餐饮服务经营者(小型餐馆)` runs downhill, so its box is nearly twice the label's
    # height and reaches below the label's row — it was taken for large print over the row (a
    # title, a seal's words) and 主体业态 was `value_not_found` (H: 食品 h0006). Large print over a
    # row is still no value: `泉馆` in big type over the 负责人 row
    rows = [("经营者名称", "市南区同泽便利店"), ("法定代表人(负责人)", "蔡婷超"), ("许可证编号", "JY23702023222165")]
    out = _food_lines(rows)
    out += [_line("主体业态", 110, 400, 210, 438), _line("餐饮服务经营者(小型餐馆)", 330, 388, 620, 459),
            _line("经营项目", 110, 470, 210, 505), _line("热食类食品制售", 330, 470, 520, 505)]
    f = extract(to_lines(out)).fields
    assert f["business_form"].public()["value"] == "餐饮服务经营者(小型餐馆)"
    big = [_line("泉馆", 420, 270, 560, 345)]  # over the 负责人 row (y 290–318), 70 px a character
    f = extract(to_lines(_food_lines(rows) + big)).fields
    assert f["legal_representative"].public()["value"] == "蔡婷超"


def test_a_food_holder_name_without_its_form_is_not_prefilled() -> None:
    # a screen's moiré let the recogniser drop a row's last character inside its box (…实验小学食 for
    # …实验小学食堂): a 经营者名称 ends with its holder's form, a market entity's (…分店, …有限公司)
    # or an institution's running a canteen (…小学, …中学, …食堂, …人民政府); one ending otherwise
    # lost its end and is not pre-filled
    def name(value: str) -> str:
        food = [("经营者名称", value) if lab == "经营者名称" else (lab, val) for lab, val in OLD_FU]
        return extract(to_lines(_food_lines(food))).fields["name"].public()["value"]

    for whole in ("锡林浩特市实验小学食堂", "徐州市实验小学", "广州市第一中学", "井陉矿区拓维食府"):
        assert name(whole) == whole
    assert name("锡林浩特市实验小学食") == ""
    assert name("沈阳众诚餐饮管理有限公") == ""
