"""Business licence values whose end or whose rows a real licence hides or labels otherwise, drawn
with Pillow (system CJK faces) as whole pages and read by `app.services.prefill.ocr_files` — the
function behind `zongchuang ocr --json` — so decode, flatten, OCR, classify and extract all run.

Failure modes (found on development family F, reproduced on our own pages):
- a partnership's name whose bracketed kind (`(有限合伙)`) faded off the page's toner: the rest is
  a valid-looking name and used to be pre-filled;
- a 农民专业合作社's 营业执照 prints `业务范围` and `成员出资总额`: the address used to run on
  into the scope's rows (a label not known to the reader heads them), the scope and capital blank;
- any row under the address that a label the reader does not know heads is another field's value.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from app.prefill.engine import TextLine
from app.prefill.extract import REASONS, extract
from app.prefill.layout import to_lines
from app.services.prefill import ocr_files
from tests.prefill.fonts import SERIF, cjk_font

SIZE = 28
LABEL_X, VALUE_X, RIGHT, TOP, PITCH = 110, 330, 1170, 330, 54


def draw_licence(rows: list[tuple[str, list]], path: Path, hang: int = 0) -> Path:
    """A portrait 副本: title, credit code, then labelled rows; a value row given as (text, grey)
    is drawn in that grey (faded toner), the rest black. Wrapped rows fill the column; with `hang`,
    a row's last character that is punctuation a row may not start with stands past its edge."""
    img = Image.new("RGB", (1240, 1700), "white")
    d = ImageDraw.Draw(img)
    d.text((430, 110), "营业执照", font=cjk_font(96, SERIF), fill="black")
    small = cjk_font(24)
    d.text((110, 140), "统一社会信用代码", font=small, fill="black")
    d.text((110, 175), "91440106MA59C7XK2U", font=small, fill="black")
    font = cjk_font(SIZE)
    y = TOP
    for label, values in rows:
        d.text((LABEL_X, y), label, font=font, fill="black")
        for i, value in enumerate(values):
            x = VALUE_X
            if i < len(values) - 1 and isinstance(value, str):  # a wrapped row fills its column
                hung = min(hang, len(value) - len(value.rstrip(";,、。)"))) if hang else 0
                step = (RIGHT - VALUE_X) / (len(value) - hung)
                for k, ch in enumerate(value):
                    d.text((VALUE_X + k * step, y), ch, font=font, fill="black")
                y += PITCH
                continue
            for part in (value if isinstance(value, list) else [value]):
                text, grey = (part, 0) if isinstance(part, str) else part
                d.text((x, y), text, font=font, fill=(grey, grey, grey))
                x += int(d.textlength(text, font=font))
            y += PITCH
    d.text((760, 1480), "登记机关", font=font, fill="black")
    d.text((760, 1540), "2021年03月05日", font=font, fill="black")
    img.save(path)
    return path


def read(path: Path) -> dict[str, dict[str, object]]:
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == "business_license", results
    return results[0]["fields"]


def test_a_partnership_name_that_lost_its_bracketed_kind_is_not_prefilled(engine, tmp_path) -> None:
    rows = [("名称", [["广州知行企业管理咨询合伙企业", ("(有限合伙)", 252)]]), ("类型", ["有限合伙企业"]),
            ("执行事务合伙人", ["秦建国"]), ("成立日期", ["2006年09月13日"]), ("合伙期限", ["2006年09月13日至长期"]),
            ("主要经营场所", ["广东省广州市天河区体育东路615号保利天悦17栋4单元104室"]),
            ("经营范围", ["办公用品销售、五金产品批发、电子产品销售(依法须经批准的", "项目,经相关部门批准后方可开展经营活动)"])]
    got = read(draw_licence(rows, tmp_path / "partnership.png"))
    assert got["entity_type"]["value"] == "有限合伙企业"
    assert got["name"]["value"] == "" and got["name"]["reason"] in REASONS


@pytest.fixture(scope="module")
def partnership(engine, tmp_path_factory) -> dict[str, dict[str, object]]:
    # the whole name; a company as 执行事务合伙人 with the person it appoints; an address whose end
    # faded off after an estate's name
    rows = [("名称", ["广州知行企业管理咨询合伙企业(有限合伙)"]), ("类型", ["有限合伙企业"]),
            ("执行事务合伙人", ["武汉汇丰泰农业发展有限公司(委派代表:谭欣怡)"]), ("成立日期", ["2006年09月13日"]),
            ("合伙期限", ["2006年09月13日至长期"]),
            ("主要经营场所", [["呼和浩特市赛罕区昭乌达路790号锦绣华", ("庭17栋3单元2504室", 253)]]),
            ("经营范围", ["办公用品销售、五金产品批发、电子产品销售(依法须经批准的", "项目,经相关部门批准后方可开展经营活动)"])]
    return read(draw_licence(rows, tmp_path_factory.mktemp("partnership") / "partnership.png"))


def test_a_partnership_name_with_its_bracketed_kind_is_prefilled(partnership) -> None:
    assert partnership["name"]["value"] == "广州知行企业管理咨询合伙企业(有限合伙)"


def test_a_company_as_managing_partner_with_the_person_it_appoints(partnership) -> None:
    assert partnership["legal_representative"]["value"] == "武汉汇丰泰农业发展有限公司(委派代表:谭欣怡)"


def test_an_address_ending_inside_an_estate_name_lost_its_end(partnership) -> None:
    assert partnership["address"]["value"] == ""
    assert partnership["address"]["reason"] == "wrapped_row_incomplete"


def cooperative(third: tuple[str, list[str]]) -> list[tuple[str, list]]:
    return [("名称", ["渝北区绿源茶叶种植专业合作社"]), ("类型", ["农民专业合作社"]), ("法定代表人", ["向佳琪"]),
            ("成员出资总额", ["壹佰万元"]), ("成立日期", ["2014年09月20日"]),
            ("住所", ["重庆市渝北区新南路132号保利天悦32栋3单元903室"]), third]


SCOPE = ["农业专业及辅助性活动、农产品的生产、销售、加工、运输、贮", "藏及其他相关服务(依法须经批准的项目,经相关部门批准后方",
         "可开展经营活动)"]


def test_a_cooperative_prints_its_scope_and_capital_under_their_own_labels(engine, tmp_path) -> None:
    got = read(draw_licence(cooperative(("业务范围", SCOPE)), tmp_path / "cooperative.png"))
    assert got["address"]["value"] == "重庆市渝北区新南路132号保利天悦32栋3单元903室"
    assert got["business_scope"]["value"] == "".join(SCOPE)
    assert got["registered_capital"]["value"] == "壹佰万元"


def test_a_row_an_unknown_label_heads_is_no_wrap_of_the_address(engine, tmp_path) -> None:
    got = read(draw_licence(cooperative(("经营方式", ["种植、销售、加工、运输"])), tmp_path / "unknown.png"))
    assert got["address"]["value"] in ("", "重庆市渝北区新南路132号保利天悦32栋3单元903室"), got["address"]


# a company whose scope rows end where the typesetter put them: a row's closing `;` or `,` pulled up
# onto it past the column's edge (避头: no row starts with it), and its capital's currency in brackets
HANGING = ["一般项目:日用口罩(非医用)销售;消毒剂销售(不含危险化学品);", "医护人员防护用品零售;健康咨询服务;第一类医疗器械销售;第二",
           "类医疗器械销售。(除依法须经批准的项目外,凭营业执照依法自主", "开展经营活动)"]


@pytest.fixture(scope="module")
def company(engine, tmp_path_factory) -> dict[str, dict[str, object]]:
    rows = [("名称", ["呼和浩特优品医疗器械有限公司"]), ("类型", ["有限责任公司(自然人投资或控股)"]),
            ("法定代表人", ["苏玉兰"]), ("注册资本", ["300万元(人民币)"]), ("成立日期", ["2024年11月19日"]),
            ("营业期限", ["2024年11月19日至2044年11月18日"]),
            ("住所", ["内蒙古自治区呼和浩特市赛罕区腾飞路760号3楼101室"]), ("经营范围", HANGING)]
    return read(draw_licence(rows, tmp_path_factory.mktemp("hanging") / "company.png", hang=2))


def test_a_scope_row_ending_in_punctuation_pulled_past_the_column_is_whole(company) -> None:
    assert company["business_scope"]["value"] == "".join(HANGING)


def test_a_capital_whose_currency_is_printed_in_brackets(company) -> None:
    assert company["registered_capital"]["value"] == "300万元(人民币)"


def test_the_label_character_read_again_at_the_start_of_its_value() -> None:
    # the detector cut the scope's first box loosely, from inside `经营范围`'s box: the recogniser
    # read `围` twice (`围一般项目:…`), and the scope used to be pre-filled with it
    lines = [line("营业执照", 333, 150, 670, 224), line("统一社会信用代码", 90, 120, 230, 140),
             line("名称", 95, 300, 200, 326), line("邢台和美健康管理有限公司", 203, 300, 443, 326),
             line("类型", 95, 345, 200, 371), line("有限责任公司(自然人独资)", 203, 345, 440, 371),
             line("住所", 95, 390, 200, 416), line("河北省邢台市南和区湖滨北路1790号一层112商铺", 203, 390, 640, 416),
             line("经营范围", 95, 569, 200, 595), line("围一般项目:健康咨询服务(不含诊疗服务);美容服务;理发", 186, 568, 700, 597),
             line("服务;足浴服务(除依法须经批准的项目外,凭营业执照依法自主开展经", 203, 597, 701, 626),
             line("营活动)", 203, 626, 270, 655)]
    got = extract(to_lines(lines)).public_fields()
    assert got["business_scope"]["value"] == ("一般项目:健康咨询服务(不含诊疗服务);美容服务;理发服务;足浴服务(除依法须经批准"
                                              "的项目外,凭营业执照依法自主开展经营活动)")


def line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, tuple((0.999, "", 0.0) for _ in text), ())


def test_an_amount_whose_last_character_was_boxed_but_not_read() -> None:
    # a seal over 整: the detector's box holds `1000万元整`, the recogniser read `1000万元` — its last
    # character's centre a whole character short of the box's end (it used to be pre-filled)
    def placed(text: str, x1: float, y1: float, x2: float, y2: float, xs: tuple[float, ...]) -> TextLine:
        return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False,
                        tuple((0.999, "", 0.0) for _ in text), tuple((x - x1) / (x2 - x1) for x in xs))

    head = [line("营业执照", 333, 150, 670, 224), line("统一社会信用代码", 90, 120, 230, 140),
            line("名称", 95, 300, 200, 326), line("临汾宏达贸易有限公司", 203, 300, 420, 326),
            line("类型", 95, 345, 200, 371), line("有限责任公司(自然人独资)", 203, 345, 440, 371),
            line("注册资本", 95, 390, 200, 416)]
    whole = placed("1000万元整", 203, 390, 330, 416, (210, 223, 236, 249, 268, 292, 316))
    cut = placed("1000万元", 203, 390, 330, 416, (210, 223, 236, 249, 268, 292))
    assert extract(to_lines([*head, whole])).public_fields()["registered_capital"]["value"] == "1000万元整"
    got = extract(to_lines([*head, cut])).public_fields()["registered_capital"]
    assert got["value"] == "" and got["reason"] == "doubtful_character"


def test_an_address_whose_number_lost_its_wrapped_hao_is_not_prefilled() -> None:
    # `…光明路19-6` filled the column and `号` wrapped alone onto the next row, which the detector
    # did not box: a street number with a sub-number is printed with its 号 (it used to be pre-filled)
    head = [line("营业执照", 333, 150, 670, 224), line("统一社会信用代码", 90, 120, 230, 140),
            line("名称", 95, 300, 200, 326), line("青岛汇通餐饮管理有限公司", 203, 300, 443, 326),
            line("类型", 95, 345, 200, 371), line("有限责任公司(自然人独资)", 203, 345, 440, 371)]

    def address(text: str) -> dict[str, object]:
        lines = [*head, line("住所", 95, 390, 200, 416), line(text, 203, 390, 203 + 24 * len(text), 416)]
        return extract(to_lines(lines)).public_fields()["address"]

    assert address("山东省青岛市市北区光明路19-6号")["value"] == "山东省青岛市市北区光明路19-6号"
    got = address("山东省青岛市市北区光明路19-6")
    assert got["value"] == "" and got["reason"] == "wrapped_row_incomplete"


# a 2019-form scope of both lists and both closing sentences, set by a typesetter that breaks the
# list only between items: rows end up to two characters short of the column, and it runs to 15 rows
ITEMS_2019 = ("一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；", "信息系统集成服务；", "广告设计、代理；",
              "办公用品销售；", "会议及展览服务；", "日用百货销售；", "建筑材料销售；", "园林绿化工程施工；", "五金产品零售；",
              "服装服饰零售；", "家政服务；", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；", "畜牧渔业饲料销售；",
              "农产品的生产、销售、加工、运输、贮藏及其他相关服务。", "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
              "许可项目：", "酒类经营；", "道路货物运输（不含危险货物）；", "第二类增值电信业务；", "餐饮服务；", "药品零售。",
              "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）")


def item_rows(items: tuple[str, ...], width: int) -> list[str]:
    """Rows of at most `width` characters, broken between items while an item fits on the next row
    whole and the row is at most two characters short; inside an item otherwise."""
    rows, cur = [], ""
    for item in items:
        while item:
            room = width - len(cur)
            if len(item) <= room:
                cur, item = cur + item, ""
            elif room <= 2 and len(item) <= width:
                rows.append(cur)
                cur = ""
            else:
                take = room - 1 if item[room] in "；，。、）" else room  # (no row starts with punctuation)
                cur, item = cur + item[:take], item[take:]
                rows.append(cur)
                cur = ""
    return [*rows, cur] if cur else rows


def test_a_long_scope_broken_between_items_is_prefilled_whole(engine, tmp_path) -> None:
    rows = item_rows(ITEMS_2019, 20)
    assert len(rows) >= 14 and any(len(r) < 20 for r in rows[:-1])
    lines = [("名称", ["西安聚鑫农业科技有限公司"]), ("类型", ["有限责任公司(自然人投资或控股)"]),
             ("住所", ["陕西省西安市雁塔区友谊南路33号"]), ("经营范围", [[r] for r in rows])]
    got = read(draw_licence(lines, tmp_path / "items.png"))
    want = "".join(ITEMS_2019).translate(str.maketrans("：；（），。", ":;(),。"))
    assert got["business_scope"]["value"] == want, got["business_scope"]


def test_a_right_column_label_boxed_with_the_scope_row_beside_it() -> None:
    # a two-column 副本: the detector boxed a scope row's end with the justified `住` of 住所 beside
    # it (`…建筑材料销售;住`, `所` a box of its own): the address used to be `label_not_found` and
    # the scope to read `…销售;住服装…`
    def placed(text: str, x1: float, y1: float, pitch: float, gap_at: int = 0, gap: float = 0.0) -> TextLine:
        xs = [x1 + 10 + k * pitch + (gap if gap_at and k >= gap_at else 0.0) for k in range(len(text))]
        x2 = xs[-1] + 10
        return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y1 + 26), (x1, y1 + 26)), False,
                        tuple((0.999, "", 0.0) for _ in text), tuple((x - x1) / (x2 - x1) for x in xs))

    lines = [line("营业执照", 333, 150, 670, 224), line("统一社会信用代码", 90, 120, 230, 140),
             line("名称", 70, 300, 187, 326), line("哈尔滨锦绣商贸有限公司", 200, 300, 460, 326),
             line("类型", 70, 345, 187, 371), line("有限责任公司(自然人独资)", 200, 345, 460, 371),
             line("经营范围", 70, 400, 187, 426), placed("一般项目:园林绿化工程施工;", 200, 400, 21.5),
             placed("会议及展览服务;建筑材料销售;住", 200, 433, 20, 15, 22), placed("所", 580, 433, 20),
             placed("黑龙江省哈尔滨市南岗区锦绣苑", 636, 433, 20), placed("服装服饰零售;家政服务。", 200, 466, 20),
             placed("商业街4栋117号商铺", 636, 466, 20)]
    got = extract(to_lines(lines)).public_fields()
    assert got["address"]["value"] == "黑龙江省哈尔滨市南岗区锦绣苑商业街4栋117号商铺"
    assert got["business_scope"]["value"] == "一般项目:园林绿化工程施工;会议及展览服务;建筑材料销售;服装服饰零售;家政服务。", got["business_scope"]


def test_a_right_column_label_glued_to_a_row_that_starts_with_its_own_spaced_label() -> None:
    # `经营范围一般项目:畜牧渔业饲料销售;住` + `所`: the left label's characters stand wider apart than
    # the value's, so the gap before `住` is measured against the value's own pitch
    # (character centres as a recogniser gives them: the label's 26–31 apart, the value's 20–26 —
    # `:` and `;` sit off their cells' centres — and 31 from `;` to `住`)
    text = "经营范围一般项目:畜牧渔业饲料销售;住"
    steps = [26, 31, 30, 42, 25, 21, 21, 20, 26, 20, 26, 21, 25, 21, 21, 20, 21, 31]
    xs = [70.0]
    for step in steps:
        xs.append(xs[-1] + step)
    x1, x2 = 52.0, xs[-1] + 10
    glued = TextLine(text, 0.99, ((x1, 400), (x2, 400), (x2, 426), (x1, 426)), False,
                     tuple((0.999, "", 0.0) for _ in text), tuple((x - x1) / (x2 - x1) for x in xs))
    lines = [line("营业执照", 333, 150, 670, 224), line("统一社会信用代码", 90, 120, 230, 140),
             line("名称", 52, 300, 170, 326), line("郑州金水商贸有限公司", 186, 300, 430, 326),
             line("类型", 52, 345, 170, 371), line("有限责任公司(自然人独资)", 186, 345, 460, 371), glued,
             line("所", x2 + 20, 400, x2 + 46, 426), line("河南省郑州市金水区新华街64-6号", x2 + 80, 400, x2 + 420, 426),
             line("广告设计、代理;日用百货销售。", 186, 433, x2 - 20, 459)]
    got = extract(to_lines(lines)).public_fields()
    assert got["address"]["value"] == "河南省郑州市金水区新华街64-6号"
    assert "住" not in got["business_scope"]["value"]


def test_an_unread_address_label_in_the_second_column_of_a_two_column_copy() -> None:
    # a 2019 副本: 住所's faint label right of the 经营范围 rows was not read at all; the address row
    # starts where 营业期限's value starts (its wrapped `1日` row between them), and the scope's rows
    # are read left of it on its row — a column of its own, not text before it
    lines = [line("营业执照", 257, 191, 733, 286), line("统一社会信用代码", 79, 359, 248, 383),
             line("名称", 60, 434, 200, 471), line("郑州市晟辉装饰工程有限公司", 199, 439, 456, 467),
             line("注册资本", 508, 439, 600, 470), line("300万美元", 633, 439, 732, 470),
             line("类型", 71, 487, 163, 516), line("有限责任公司(中外合资)", 200, 487, 427, 515),
             line("营业期限", 508, 535, 600, 563), line("2023年03月12日至2033年03月1", 633, 535, 903, 563),
             line("法定代表人", 75, 536, 200, 564), line("舒晓", 194, 536, 244, 564), line("1日", 633, 568, 669, 597),
             line("经营范围", 69, 583, 187, 611), line("一般项目:日用百货销售;建筑材料销售", 183, 585, 476, 609),
             line("河南省郑州市金水区团结路219", 634, 617, 903, 642), line("号9楼125室", 635, 647, 740, 676),
             line("。(除依法须经批准的项目外,凭营业", 202, 617, 477, 642),
             line("执照依法自主开展经营活动)", 197, 646, 465, 676), line("登记机关", 455, 1191, 554, 1224)]
    got = extract(to_lines(lines)).public_fields()
    assert got["address"]["value"] == "河南省郑州市金水区团结路219号9楼125室", got["address"]
    assert got["valid_to"]["value"] == "2033-03-11"
