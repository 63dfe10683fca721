"""The catalog's other kinds (不动产权证书, 户口簿, 银行卡) on OCR lines as the reader returns them from
bent, tilted or copied pages (boxes in page pixels), run through the real extraction code: a value
stops at its own row and never runs into the next label's text, closed lists and number structures
decide, and a doubtful value is blank with a reason — never another field's text."""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import REASONS
from app.prefill.kinds import extract_bank_card, extract_household, extract_real_estate
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float, score: float = 0.99,
         doubt: dict[int, tuple[float, str, float]] | None = None) -> TextLine:
    chars = tuple((doubt or {}).get(i, (score, "", 0.0)) for i in range(len(text)))
    return TextLine(text, score, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, chars)


def public(fields: dict) -> dict[str, dict]:
    return {k: f.public() for k, f in fields.items()}


# a register page photographed bent: each value row sits about two thirds of a row above its
# label (the value column rises against the label column), the 附记 rows follow the term
BENT = [line("权利人", 16, 19, 99, 47), line("叶建冬", 151, 15, 201, 42),
        line("共有情况", 16, 67, 125, 95), line("单独所有", 153, 60, 216, 89),
        line("坐落", 13, 116, 80, 150), line("上海市浦东新区川沙路1784弄54号A座16层04室", 157, 98, 415, 136),
        line("不动产单元号", 16, 166, 122, 202), line("310115003001GB00012F00010023", 155, 147, 365, 184),
        line("权利类型", 13, 215, 130, 255), line("国有建设用地使用权/房屋(构筑物)所有权", 157, 186, 415, 235),
        line("权利性质", 12, 269, 131, 312), line("出让/自建房", 158, 254, 246, 288),
        line("用途", 10, 331, 81, 371), line("商服用地/商业服务", 160, 298, 289, 342),
        line("宗地面积:48174.3m²/房屋建筑面积:97.71m", 162, 325, 440, 396),
        line("2000年12月26日起2070年12月25日止", 160, 384, 393, 454),
        line("专有建筑面积:85.98m²,分摊建筑面积:11.73m²", 163, 414, 469, 508), line("使用期限", 10, 438, 136, 489),
        line("房屋结构:钢筋混凝土结构", 164, 463, 349, 530), line("房屋总层数:6层,房屋所在层:2层", 164, 472, 402, 554),
        line("权利其他状况", 9, 518, 131, 573)]


def test_a_bent_register_page_never_runs_a_value_into_the_next_rows_text() -> None:
    got = public(extract_real_estate(to_lines(BENT)))
    want = {"right_nature": "出让/自建房", "usage": "商服用地/商业服务", "term": "2000年12月26日起2070年12月25日止",
            "right_type": "国有建设用地使用权/房屋(构筑物)所有权", "co_ownership": "单独所有", "holder": "叶建冬",
            "unit_number": "310115003001GB00012F00010023", "area": "97.71"}
    for key, value in want.items():
        assert got[key]["value"] == value, (key, got[key])
    for key, f in got.items():  # whatever is not read is blank with a reason, never another row's text
        assert f["value"] in ("", want.get(key, ""), "上海市浦东新区川沙路1784弄54号A座16层04室"), (key, f)
        assert f["value"] or f["reason"] in REASONS


def test_register_values_outside_their_closed_lists_are_blank_or_settled_by_the_second_reading() -> None:
    def read(nature: str, usage: str, doubt: dict | None = None) -> dict[str, dict]:
        lines = [line("权利人", 10, 10, 90, 34), line("张三", 150, 10, 190, 34),
                 line("权利性质", 10, 60, 110, 84), line(nature, 150, 60, 150 + 16 * len(nature), 84, doubt=doubt),
                 line("用途", 10, 110, 60, 134), line(usage, 150, 110, 150 + 16 * len(usage), 134),
                 line("面积", 10, 160, 60, 184), line("宗地面积:3515.4㎡/房屋建筑面积:204.76㎡", 150, 160, 560, 184)]
        return public(extract_real_estate(to_lines(lines)))

    got = read("划拔/房改房", "城镇住宅用地/住宅", {1: (0.63, "拨", 0.35)})  # runner-up 拨 makes a listed nature
    assert got["right_nature"]["value"] == "划拨/房改房"
    assert got["usage"]["value"] == "城镇住宅用地/住宅" and got["area"]["value"] == "204.76"
    got = read("出让/自建房宗地", "宗地")  # another row's words: not a 权利性质, not a 用途
    assert got["right_nature"]["value"] == "" and got["right_nature"]["reason"] == "vocabulary"
    assert got["usage"]["value"] == "" and got["usage"]["reason"] == "vocabulary"


def test_a_unit_number_or_address_with_a_digit_read_as_a_letter_is_not_prefilled() -> None:
    # a binarised copy: `8` read `S` in the unit number and in the house number
    base = [line("权利人", 9, 16, 84, 41), line("唐德、汤佑", 132, 16, 205, 40),
            line("坐落", 8, 118, 64, 143), line("辽宁省沈阳市和平区南京北街24S0号9幢25层A26室", 135, 121, 423, 138),
            line("不动产单元号", 12, 170, 98, 191)]
    unit = line("210102946842GASSS10F12285677", 133, 172, 339, 189, 0.97,
                {14: (0.61, "8", 0.38), 15: (0.98, "", 0.0), 16: (0.87, "8", 0.12)})
    got = public(extract_real_estate(to_lines([*base, unit])))
    assert got["unit_number"]["value"] == "" and got["unit_number"]["reason"] == "doubtful_character"
    assert got["location"]["value"] == "" and got["location"]["reason"] == "doubtful_character"
    assert got["holder"]["value"] == "唐德、汤佑"
    sure = line("210102946842GA88810F12285677", 133, 172, 339, 189)
    assert public(extract_real_estate(to_lines([*base, sure])))["unit_number"]["value"] == "210102946842GA88810F12285677"
    # a doubtful `F` whose runner-up `P` cannot stand in the building-type position: no doubt
    f_or_p = line("210102946842GA88810F12285677", 133, 172, 339, 189, 0.97, {19: (0.65, "P", 0.3)})
    assert public(extract_real_estate(to_lines([*base, f_or_p])))["unit_number"]["value"] == "210102946842GA88810F12285677"
    eight = line("210102946842GA88810F12285677", 133, 172, 339, 189, 0.97, {22: (0.65, "3", 0.3)})  # 8 or 3?
    assert public(extract_real_estate(to_lines([*base, eight])))["unit_number"]["reason"] == "doubtful_character"


def test_writing_slanting_across_a_bank_card_is_not_the_holders_name() -> None:
    # a copy certified by hand: `…公共场所卫生许可使用` written at an angle over the card's corner
    card = [line("中国邮政储蓄银行", 69, 65, 435, 124), line("信用卡", 613, 75, 701, 117),
            line("6217991960719661894", 64, 334, 653, 383), line("VALIDTHRU09/34", 359, 409, 568, 437),
            line("银联", 629, 420, 700, 463), line("卫生", 745, 446, 862, 565)]
    got = public(extract_bank_card(to_lines(card)))
    assert got["card_number"]["value"] == "6217991960719661894"
    assert got["name"]["value"] == ""
    level = public(extract_bank_card(to_lines([*card[:-1], line("卫东", 66, 450, 140, 486)])))
    assert level["name"]["value"] == "卫东"  # a name printed level under the number is read


def test_a_household_number_glued_to_its_label_beside_the_title_and_a_doubtful_nation() -> None:
    lines = [line("常住人口登记卡", 199, 506, 472, 599), line("户号521332372", 0, 531, 168, 595, 0.97),
             line("姓名", 0, 605, 58, 646), line("江英", 119, 622, 182, 668),
             line("户主或与户主", 316, 639, 430, 686), line("关系", 313, 655, 369, 699), line("次女", 426, 670, 486, 715),
             line("性别", 318, 711, 370, 752), line("女", 431, 731, 463, 764),
             line("民族", 318, 771, 366, 805), line("葬", 426, 783, 462, 821, 0.67, {0: (0.67, "彝", 0.3)}),
             line("出生日期", 319, 825, 397, 864), line("1963年06月21日", 426, 839, 566, 885)]
    got = public(extract_household(to_lines(lines)))
    assert got["household_number"]["value"] == "521332372"
    assert got["nation"]["value"] == "彝"
    assert got["relationship"]["value"] == "次女"
    doubt = [ln if ln.text != "次女" else line("次攵", 426, 670, 486, 715, 0.8, {1: (0.6, "女", 0.35)}) for ln in lines]
    assert public(extract_household(to_lines(doubt)))["relationship"]["value"] == "次女"
    assert got["name"]["value"] == "江英"


def test_a_land_use_term_of_whole_years_carries_a_doubtful_digit() -> None:
    def term(value: str, doubt: dict) -> dict:
        lines = [line("权利人", 100, 100, 160, 124), line("张三", 220, 100, 260, 124), line("使用期限", 100, 140, 180, 164),
                 line(value, 220, 140, 220 + 14 * len(value), 164, doubt=doubt)]
        return public(extract_real_estate(to_lines(lines)))["term"]

    # a blurred `6` (0.6): 70 years to the day before the anniversary confirm both dates
    assert term("1996年07月21日起2066年07月20日止", {13: (0.6, "8", 0.3)})["value"] == "1996年07月21日起2066年07月20日止"
    off = term("1996年07月21日起2068年07月20日止", {13: (0.6, "6", 0.3)})  # 72 years: the doubtful digit is wrong
    assert off["value"] == "" and off["reason"] == "doubtful_character"


def test_digits_are_not_trusted_on_a_page_whose_id_number_fails_its_check() -> None:
    # a binarised copy turns every 4 into a sure 1: the ID number fails its check character, and
    # the birth date and the address read the same wrong digits
    def read(number: str) -> dict[str, dict]:
        lines = [line("户别", 73, 33, 158, 86), line("家庭户", 225, 26, 349, 87), line("户号", 691, 32, 772, 86),
                 line("887742516", 848, 36, 1021, 76), line("住址", 76, 133, 155, 183),
                 line("河南省郑州市金水区迎宾大道127号东方明珠苑5栋1单元1101室", 232, 134, 1213, 177),
                 line("姓名", 64, 229, 157, 284), line("史强磊", 229, 229, 351, 282),
                 line("出生日期", 665, 531, 798, 576), line("1999年01月06日", 852, 529, 1102, 572),
                 line("公民身份号码", 664, 716, 800, 753), line(number, 858, 732, 1174, 765)]
        return public(extract_household(to_lines(lines)))

    bad = read("110105199901061952")
    assert bad["id_number"]["value"] == "" and bad["id_number"]["reason"] == "check_digit"
    for key in ("birth_date", "address", "household_number"):
        assert bad[key]["value"] == "" and bad[key]["reason"] == "cross_check", (key, bad[key])
    assert bad["name"]["value"] == "史强磊"
    good = read("110105199901061956")  # the same page with a number that passes: digits are read
    assert good["id_number"]["value"] == "110105199901061956"
    assert good["birth_date"]["value"] == "1999-01-06" and good["household_number"]["value"] == "887742516"


def test_an_id_number_whose_check_character_wrapped_under_its_start_in_the_cell() -> None:
    # the label centred between the 17 digits and the wrapped `X`: the number's row is above the
    # label's, the `X` level with it
    lines = [line("常住人口登记卡", 207, 45, 480, 82), line("姓名", 81, 117, 122, 144), line("胡梦玲", 160, 112, 222, 141),
             line("出生日期", 364, 261, 432, 285), line("1992年12月12日", 461, 258, 594, 281),
             line("42010619921212368", 460, 344, 627, 364), line("公民身份号码", 351, 357, 447, 381),
             line("X", 459, 361, 480, 385, 0.65)]
    got = public(extract_household(to_lines(lines)))
    assert got["id_number"]["value"] == "42010619921212368X"
    assert got["birth_date"]["value"] == "1992-12-12"
    wrong = [ln if ln.text != "X" else line("7", 459, 361, 480, 385) for ln in lines]  # fails the check: blank
    assert public(extract_household(to_lines(wrong)))["id_number"]["value"] == ""


def test_a_marriage_partys_nationality_is_a_country_name() -> None:
    from app.prefill.kinds import extract_marriage

    def read(nationality: str) -> dict[str, dict]:
        lines = [line("持证人", 60, 40, 130, 64), line("贺睿浩", 150, 40, 220, 64),
                 line("登记日期", 60, 80, 140, 104), line("2019年05月20日", 150, 80, 300, 104),
                 line("姓名", 60, 160, 100, 184), line("贺睿浩", 120, 160, 190, 184),
                 line("国籍", 60, 200, 100, 224), line(nationality, 120, 200, 120 + 20 * len(nationality), 224),
                 line("姓名", 60, 300, 100, 324), line("韩桂颖", 120, 300, 190, 324),
                 line("国籍", 60, 340, 100, 364), line("中国", 120, 340, 160, 364)]
        return public(extract_marriage(to_lines(lines)))

    assert read("中国")["party1_nationality"]["value"] == "中国"
    swapped = read("国中")["party1_nationality"]  # two boxes read out of order
    assert swapped["value"] == "" and swapped["reason"] == "vocabulary"
    assert read("国中")["party2_nationality"]["value"] == "中国"


def test_a_marriage_page_whose_first_姓名_was_not_read_splits_at_the_second_partys_labels() -> None:
    from app.prefill.kinds import extract_marriage

    lines = [line("持证人", 84, 78, 130, 98), line("韩桂颖", 171, 77, 218, 98),
             line("性别", 297, 412, 333, 431), line("孔俊斌", 134, 412, 183, 433),  # (its 姓名 not read)
             line("出生日期1987年12月12日", 297, 438, 458, 461), line("国籍", 85, 440, 118, 461),
             line("中国", 134, 439, 170, 461), line("身份证件号", 87, 470, 156, 489),
             line("410105198712127772", 166, 466, 295, 489),
             line("姓名", 85, 507, 118, 528), line("韩桂颖", 134, 505, 182, 528), line("性别女", 296, 505, 358, 529),
             line("国籍", 86, 535, 119, 556), line("中国", 134, 534, 170, 556),
             line("出生日期1991年03月16日", 297, 534, 459, 557), line("身份证件号", 87, 565, 156, 585),
             line("620102199103167706", 167, 566, 294, 582)]
    got = public(extract_marriage(to_lines(lines)))
    assert got["party1_id_number"]["value"] == "410105198712127772"
    assert got["party1_birth_date"]["value"] == "1987-12-12"
    assert got["party1_name"]["value"] == ""  # its label lost: blank, never the second party's name
    assert got["party2_name"]["value"] == "韩桂颖" and got["party2_id_number"]["value"] == "620102199103167706"
    assert got["party2_sex"]["value"] == "女"
