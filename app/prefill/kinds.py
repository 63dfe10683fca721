"""The other documents the catalog's materials ask for (issue 15): 食品经营许可证, 户口簿
(常住人口登记卡), 结婚证, 不动产权证书, 银行卡 — classification words, labels, and extractors.

They are read like the licences: labels found as characters on a row (`normalize_labels`), the
value from the label's geometry (`value_after`), then a validator or closed vocabulary decides
whether it may be pre-filled: ID numbers and credit codes by their check character, bank card
numbers by Luhn (python-stdnum), 不动产单元号 by its 28-character structure (GB/T 37346), 食品经营
许可证 numbers by `JY` + 14 digits, relationships and 主体业态 by their closed lists, dates by
the calendar, names by their characters. This module registers itself into `app.prefill.extract`
(imported at the end of that module); field keys follow benchmarks/docgen_b/FIELDS.md.
"""

from __future__ import annotations

import datetime as dt
import re

from stdnum import luhn

from app.prefill import extract as ex
from app.prefill.layout import (
    COPY_MARK,
    Line,
    Piece,
    Value,
    _cut_at_labels,
    _simplified,
    find_label,
    join,
    label_column,
    normalize_labels,
    piece_rows,
    same_row,
    spells_label,
    starts_with_label,
    value_after,
)
from app.validators import validate_id_number, validate_uscc
from app.validators.dates import add_years
from app.validators.nations import normalize_nation
from app.validators.regions import code_ever, region_name
from app.validators.text import to_halfwidth

FOOD = {"no": ("许可证编号",), "name": ("经营者名称",),
        "code": ("统一社会信用代码(身份证号码)", "社会信用代码(身份证号码)", "统一社会信用代码", "社会信用代码"),
        "rep": ("法定代表人(负责人)", *ex.PERSON_NAMED[:2], "法定代表人", "负责人", "法人代表"), "address": ("住所",), "premises": ("经营场所",),
        "form": ("主体业态",), "items": ("经营项目",), "valid": ("有效期至", "有效期限"),
        "other": ("日常监督管理机构", "日常监督管理人员", "投诉举报电话", "发证机关", "签发人", "发证日期")}
HOUSEHOLD = {"name": ("姓名",), "relation": ("户主或与户主关系", "与户主关系"), "sex": ("性别",), "nation": ("民族",),
             "birth": ("出生日期",), "number": ("公民身份号码", "公民身份证件编号", "身份证件编号"), "hh": ("户号",),
             "address": ("住址",),
             "other": ("户别", "户主姓名", "曾用名", "出生地", "籍贯", "宗教信仰", "身高", "血型", "文化程度", "婚姻状况",
                       "兵役状况", "服务处所", "职业", "本市(县)其他住址", "何时由何地迁来本市(县)", "何时由何地迁来本址",
                       "承办人签章", "登记日期", "常住人口登记卡")}
MARRIAGE = {"holder": ("持证人",), "date": ("登记日期",), "no": ("结婚证字号",), "name": ("姓名",), "sex": ("性别",),
            "nationality": ("国籍",), "birth": ("出生日期",), "id": ("身份证件号", "身份证件号码"), "other": ("备注",)}
ESTATE = {"holder": ("权利人",), "share": ("共有情况",), "location": ("坐落",), "unit": ("不动产单元号",),
          "right_type": ("权利类型",), "nature": ("权利性质",), "usage": ("用途",), "area": ("面积",),
          "term": ("使用期限",), "other": ("权利其他状况", "附记")}

RELATIONS = frozenset(
    ["户主", "妻", "夫", "子", "女", "长子", "次子", "三子", "四子", "五子", "长女", "次女", "三女", "四女", "五女", "养子", "养女", "继子", "继女", "独生子", "独生女", "孙子", "孙女", "外孙子", "外孙女", "外孙", "曾孙子", "曾孙女", "父亲", "母亲", "父", "母", "公公", "婆婆", "岳父", "岳母", "继父", "继母", "养父", "养母", "祖父", "祖母", "外祖父", "外祖母", "兄", "弟", "姐", "妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄弟", "姐妹", "儿媳", "女婿", "孙媳妇", "侄子", "侄女", "外甥", "外甥女", "其他", "非亲属", "保姆", "配偶", "女儿", "儿子"])
# 国籍 as a 结婚证 prints it: short country names (GB/T 2659) of the parties Chinese marriage
# registries see, and the regions (中国香港 …); any other reading is a misread or boxes out of order
NATIONALITIES = frozenset(
    ["中国", "中国香港", "中国澳门", "中国台湾", "香港", "澳门", "台湾", "日本", "韩国", "朝鲜", "蒙古", "俄罗斯", "越南", "老挝",
     "柬埔寨", "泰国", "缅甸", "马来西亚", "新加坡", "印度尼西亚", "菲律宾", "文莱", "印度", "巴基斯坦", "孟加拉国", "尼泊尔",
     "斯里兰卡", "哈萨克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "乌兹别克斯坦", "土库曼斯坦", "阿富汗", "伊朗", "伊拉克", "土耳其",
     "以色列", "沙特阿拉伯", "阿拉伯联合酋长国", "埃及", "南非", "尼日利亚", "肯尼亚", "埃塞俄比亚", "摩洛哥", "美国", "加拿大",
     "墨西哥", "巴西", "阿根廷", "智利", "秘鲁", "哥伦比亚", "古巴", "英国", "法国", "德国", "意大利", "西班牙", "葡萄牙",
     "荷兰", "比利时", "瑞士", "奥地利", "瑞典", "挪威", "丹麦", "芬兰", "冰岛", "爱尔兰", "波兰", "捷克", "匈牙利", "希腊",
     "乌克兰", "白俄罗斯", "罗马尼亚", "保加利亚", "塞尔维亚", "澳大利亚", "新西兰"])
# (older certificates print the 业态 without 经营者: 主体业态 `餐饮服务`, `食品销售`)
# the heads of a 主体业态, as the 审查通则 names them (the closed list `FOOD_FORM` and `_near_form` read against)
FORM_HEADS = ("食品销售经营者", "餐饮服务经营者", "单位食堂", "食品经营管理者", "食品贸易商", "集中用餐单位食堂", "食品销售",
              "餐饮服务")
FOOD_FORM = re.compile("(" + "|".join(FORM_HEADS) + r")((\([^()]+\)){0,2})")
# the bracketed kinds of premises the 食品经营许可审查通则 (2015, 2023) name after a 主体业态
FOOD_SUBTYPES = frozenset({
    "超市", "商场", "商场超市", "便利店", "食杂店", "网络食品销售商", "食品贸易商", "自动售货设备", "食品自动售货设备",
    "特大型餐馆", "大型餐馆", "中型餐馆", "小型餐馆", "微型餐馆", "小餐饮", "快餐店", "小吃店", "饮品店", "糕点店",
    "中央厨房", "集体用餐配送单位", "网络经营", "含网络经营", "学校食堂", "托幼机构食堂", "养老机构食堂",
    "机关企事业单位食堂", "机关事业单位食堂", "企业食堂", "工地食堂", "建筑工地食堂", "其他食堂"})
# a kind of premises named in a 主体业态's bracket is a Chinese word (学校食堂, 职工食堂, 小型餐馆): one read with a
# Latin letter, a digit or a mark in it is a character misread (AG ag_039, a G4 TIFF read `单位食堂(职T食堂)`, 工
# read T, pre-filled as free text since 职工食堂 is outside FOOD_SUBTYPES). Not pre-filled (False: off)
FORM_KIND_CJK = True  # (landed off under load; switched on by the lead with the folder run)
# A 主体业态 is a head of a closed list (FOOD_FORM's: 食品销售经营者, 餐饮服务经营者, 单位食堂, …) and, in its bracket,
# kinds of premises of another (FOOD_SUBTYPES). A fax's light print loses strokes of the head: AH ah0014 (a 98-line
# fax, Song) `食品銷售经代作（超市）` (销 read as its traditional twin, 营 as 代 — as in every 经营 of that page — 者 as 作),
# and its brackets: AF af_0037 (a 196-line fax) `单位食堂 机关企事业单位食堂`. With every bracketed kind read whole
# from FOOD_SUBTYPES, a head of the same length as exactly one head of the list and at most FORM_HEAD_NEAR substitutions
# (and one in three of its characters) from it, every other head FORM_HEAD_MARGIN edits or more away, is that head;
# a known head followed by one known kind (a space between or none) is that head with the kind in its bracket. A
# wrong head would need three of its characters misread, added or lost (the heads of a length differ in four or more).
# The kinds in the bracket are never snapped (学校食堂 and 托幼机构食堂 are real; 职工食堂 is printed though not
# listed). (0: off, such a 主体业态 stays blank `vocabulary`; 2 measured)
FORM_HEAD_NEAR = 2
FORM_HEAD_MARGIN = 3
# A 主体业态 whose closing bracket is lost — not read, or read as a character: a copy's note or watermark crossing
# it (AJ aj_038, a desk photo: `食品销售经营者（便利店无`, the 无 of `…他用无效` where the ）stands) — is a known head
# and, in its open bracket, whole known kinds: that value with its bracket closed. Not so when the last kind read
# could be the head of a longer one (商场 of 商场超市) or the character after it could go on a kind or start one
# (商场超…, a second kind after a lost 、: 便利店网… of 便利店、网络经营) — those stay blank. (False: off, blank `vocabulary`)
FORM_CLOSE_LOST = True


def _form_text(v: str) -> str:
    """A 主体业态 as read, halfwidth and simplified: the form `_near_form` and `_form_close_lost` compare."""
    return "".join(_simplified(ch) for ch in to_halfwidth(v).strip())


def _form_close_lost(v: str) -> str | None:
    """`FORM_CLOSE_LOST`: `v` (halfwidth, simplified) a known head, an open bracket, whole known kinds and at most
    one character where its closing bracket stands: the value with that bracket; None when not so."""
    m = re.fullmatch(r"([\u4e00-\u9fff]+)\(([\u4e00-\u9fff、]+)", v)
    if m is None or m.group(1) not in FORM_HEADS:
        return None
    body = m.group(2)
    for kinds, extra in ((body.split("、"), ""), (body[:-1].split("、"), body[-1])):
        last = kinds[-1]
        if not all(k in FOOD_SUBTYPES for k in kinds) or any(k != last and k.startswith(last) for k in FOOD_SUBTYPES):
            continue
        if extra and (extra == "、" or any(k.startswith(last + extra) or k.startswith(extra) for k in FOOD_SUBTYPES)):
            continue
        return f"{m.group(1)}({'、'.join(kinds)})"
    return None


def _near_form(v: str) -> str | None:
    """`v` (a 主体业态 not of the closed lists as read) with its head put right, or its lost bracket put back
    (FORM_HEAD_NEAR); None when not so."""
    if not FORM_HEAD_NEAR:
        return None
    v = _form_text(v)
    if FORM_CLOSE_LOST and (closed := _form_close_lost(v)):
        return closed
    m = re.fullmatch(r"([\u4e00-\u9fff]+)\(([\u4e00-\u9fff、,]+)\)", v)
    if m is None:  # (the brackets lost: a known head, then one known kind, a space between or none)
        whole = v.replace(" ", "")
        split = [(h, whole[len(h):]) for h in FORM_HEADS if whole.startswith(h) and whole[len(h):] in FOOD_SUBTYPES]
        return f"{split[0][0]}({split[0][1]})" if len(split) == 1 else None
    kinds = re.split(r"[、,]", m.group(2))
    if not all(k in FOOD_SUBTYPES for k in kinds):
        return None
    head = m.group(1)
    if head not in FORM_HEADS:
        near = [h for h in FORM_HEADS if len(h) == len(head)
                and 0 < sum(a != b for a, b in zip(h, head, strict=True)) <= min(FORM_HEAD_NEAR, len(head) // 3)]
        if len(near) != 1:
            return None
        if any(ex._edit_distance(head, h) < FORM_HEAD_MARGIN for h in FORM_HEADS if h != near[0]):
            return None
        head = near[0]
    return f"{head}({'、'.join(kinds)})"


# words a 主体业态 and a 经营项目 list are printed with (the 审查通则's item names and their parts):
# they settle a doubtful character between the recogniser's two best readings (糕点, not 棋点)
FOOD_WORDS = frozenset({
    "食品销售经营者", "餐饮服务经营者", "单位食堂", "集中用餐单位食堂", "食品销售", "餐饮服务", *FOOD_SUBTYPES,
    "预包装食品", "散装食品", "特殊食品", "保健食品", "特殊医学用途配方食品", "婴幼儿配方乳粉", "婴幼儿配方食品",
    "其他婴幼儿配方食品", "其他类食品", "热食类食品", "冷食类食品", "生食类食品", "糕点类食品", "自制饮品",
    "裱花类糕点", "裱花蛋糕", "冷藏冷冻食品", "散装熟食", "食用农产品", "自酿酒", "销售", "制售"})
# how a 经营项目 item ends (食品经营许可审查通则: …销售, …制售, a bracket after either)
ITEM_ENDS = ("销售", "制售", "经营", ")")
ITEM_ROWS = 12  # continuation rows a 经营项目 list may take below its first
# the 经营项目 the 食品经营许可审查通则 (2015, 2023) name, their brackets left out (`预包装食品（含冷藏冷冻
# 食品）销售`, `特殊食品销售（保健食品、…）`, `冷食类食品制售（不含烧卤熟肉）`): an item outside them is
# a misread or two rows read into one (`散装食品不含冷食类食品制售`)
ITEM_NAMES = frozenset({
    "预包装食品销售", "散装食品销售", "特殊食品销售", "保健食品销售", "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售",
    "其他婴幼儿配方食品销售", "婴幼儿配方食品销售", "其他类食品销售", "食用农产品销售", "散装熟食销售", "乳制品销售",
    "仅销售预包装食品", "热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品制售", "自制饮品制售",
    "半成品制售", "其他类食品制售", "食品销售连锁管理", "餐饮服务连锁管理", "餐饮服务管理"})
# the trade words food businesses are named with (name = place + 字号 + trade + form): they settle
# a doubtful character of an operator's name between the recogniser's two best readings (烘焙, not 烘培)
FOOD_NAME_WORDS = frozenset({
    "餐饮", "饮食", "食品", "烘焙", "餐厅", "饭店", "酒楼", "酒家", "小吃", "面馆", "快餐", "生鲜", "超市",
    "便利店", "副食", "膳食", "食堂", "蛋糕", "甜品", "奶茶", "咖啡", "茶饮", "火锅", "烧烤", "面包", "西点",
    "糕点", "卤味", "熟食", "水果", "粮油", "商贸", "商行", "贸易", "餐饮管理", "管理", "有限公司", "分公司"})
BANK = re.compile(r"(中国[\u4e00-\u9fff]{2,6}银行|[\u4e00-\u9fff]{2,8}银行)")
BANK_CONFUSE = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5",
                              "B": "8", "b": "6", "G": "6", "q": "9"})
# 不动产单元号: 6-digit county + 6-digit cadastral area/subarea + 2 letters (宗地特征码) + 5 digits
# + 1 letter (F/L/Q/W) + 8 digits (GB/T 37346)
UNIT_NO = re.compile(r"\d{12}[A-Z]{2}\d{5}[FLQW]\d{8}")
_UNIT_CONFUSE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5"})
# 不动产权证书 closed lists (不动产登记簿 conventions): 权利类型 is one or two rights joined by `/`
# (land right / building right), 权利性质 a land acquisition way and a housing nature, 用途 a land use
# (GB/T 21010) and a building use. A value outside them is another row's text or a misread.
RIGHT_TYPES = frozenset({
    "集体土地所有权", "国家土地所有权", "国有建设用地使用权", "集体建设用地使用权", "宅基地使用权", "土地承包经营权",
    "土地经营权", "林地使用权", "林地承包经营权", "林地经营权", "森林、林木使用权", "森林、林木所有权", "林木所有权",
    "林木使用权", "草原使用权", "草原承包经营权", "水域滩涂养殖权", "海域使用权", "无居民海岛使用权", "房屋所有权",
    "房屋(构筑物)所有权", "构筑物所有权", "居住权", "地役权", "抵押权"})
NATURE_LAND = frozenset({"出让", "划拨", "租赁", "作价出资(入股)", "作价出资", "作价入股", "授权经营", "国家作价出资(入股)",
                         "国家授权经营", "国有土地租赁", "家庭承包", "其他方式承包", "批准拨用", "集体土地", "其他"})
NATURE_HOUSE = frozenset({"市场化商品房", "商品房", "自建房", "房改房", "存量房", "经济适用住房", "经济适用房", "集资建房",
                          "拆迁安置房", "安置房", "动迁安置房", "公租房", "廉租住房", "共有产权住房", "限价商品住房",
                          "限价商品房", "私有房产", "保障性住房", "其他"})
USE_LAND = frozenset({
    "城镇住宅用地", "农村宅基地", "住宅用地", "城镇村住宅用地", "商服用地", "商业服务业设施用地", "批发零售用地",
    "住宿餐饮用地", "商务金融用地", "其他商服用地", "商业用地", "工业用地", "仓储用地", "物流仓储用地",
    "工矿仓储用地", "采矿用地", "公共管理与公共服务用地", "机关团体用地", "新闻出版用地", "科教用地",
    "医疗卫生用地", "医卫慈善用地", "文体娱乐用地", "公共设施用地", "公园与绿地", "风景名胜设施用地",
    "特殊用地", "交通运输用地", "街巷用地", "社会停车场用地", "水域及水利设施用地", "其他土地", "空闲地",
    "农用地", "耕地", "园地", "林地", "草地", "设施农用地", "综合用地", "商住用地", "办公用地", "教育用地",
    "科研用地", "其他用地"})
USE_HOUSE = frozenset({
    "住宅", "成套住宅", "非成套住宅", "集体宿舍", "公寓", "别墅", "工业", "交通", "仓储", "商业服务", "商业",
    "商业用房", "经营", "旅游", "金融保险", "电讯信息", "办公", "教育", "医疗卫生", "科研", "文化", "娱乐", "体育",
    "文化娱乐", "车库", "车位", "储藏室", "阁楼", "地下室", "厂房", "商服", "商务金融", "其他"})
CO_OWNERSHIP_RE = re.compile(r"单独所有|共同共有|按份共有(\([^()]+\))?")


def _pair(value: str, first: frozenset[str], second: frozenset[str]) -> bool:
    """`value` is `A/B` (or `A` alone) with A and B in their closed lists."""
    parts = value.split("/")
    if len(parts) == 1:
        return parts[0] in first or parts[0] in second
    return len(parts) == 2 and parts[0] in first and parts[1] in second


def right_type_ok(value: str) -> bool:
    parts = value.split("/")
    return 1 <= len(parts) <= 2 and all(p in RIGHT_TYPES for p in parts)


def nature_ok(value: str) -> bool:
    return _pair(value, NATURE_LAND, NATURE_HOUSE)


def usage_ok(value: str) -> bool:
    return _pair(value, USE_LAND, USE_HOUSE)


_DATE_CN = r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
TERM_RE = re.compile(rf"{_DATE_CN}起{_DATE_CN}止|{_DATE_CN}起(?:长期|无固定期限)|{_DATE_CN}[-至到~]{_DATE_CN}")


def term_ok(value: str) -> bool:
    return bool(TERM_RE.fullmatch(value)) and all(ex._norm_date(d) for d in re.findall(_DATE_CN, value))


def term_whole_years(value: str) -> bool:
    """A land-use term runs whole years (住宅 70, 工业 50, 商业 40 …: 10 to 70), ending the day
    before the anniversary (or on it): a misread digit of either date breaks that."""
    dates = [ex._norm_date(d) for d in re.findall(_DATE_CN, value)]
    if len(dates) != 2 or not all(dates):
        return False
    start, end = (dt.date.fromisoformat(d) for d in dates)  # type: ignore[arg-type]
    return any(end in (add_years(start, n) - dt.timedelta(days=1), add_years(start, n)) for n in range(10, 71))


_CERT_NO = re.compile(r"[\u4e00-\u9fff]{1,2}〔(19|20)\d\d〕[\u4e00-\u9fff]{1,12}不动产权第\d{5,8}号")
_MARRIAGE_NO = re.compile(r"[JLB]\d{6}-(19|20)\d\d-\d{4,7}")

KEYWORDS: dict[str, tuple[tuple[str, float], ...]] = {
    "food_business_license": (("食品经营许可证", 4), ("主体业态", 2), ("经营项目", 1.5), ("许可证编号", 1),
                              ("经营者名称", 1), ("日常监督管理", 1)),
    "household_register": (("常住人口登记卡", 6), ("户主或与", 3), ("户口簿", 2), ("户号", 1), ("籍贯", 1),
                           ("宗教信仰", 1), ("何时由何地", 1.5), ("服务处所", 1), ("曾用名", 1), ("户别", 1),
                           ("兵役状况", 1)),
    "marriage_certificate": (("结婚证", 4), ("结婚证字号", 2), ("持证人", 1.5), ("登记日期", 1), ("国籍", 1),
                             ("身份证件号", 1), ("婚姻登记", 1)),
    "real_estate_certificate": (("不动产权", 4), ("不动产单元号", 2), ("权利人", 1.5), ("坐落", 1.5), ("共有情况", 1),
                                ("权利性质", 1), ("使用期限", 0.5)),
    "bank_card": (("银联", 2), ("UnionPay", 2), ("借记卡", 1.5), ("信用卡", 1.5), ("储蓄卡", 1.5), ("银行", 1)),
}
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "food_business_license": ("license_no", "name", "credit_code", "legal_representative", "address",
                              "premises_address", "business_form", "business_items", "valid_to"),
    "household_register": ("name", "relationship", "sex", "nation", "birth_date", "id_number", "household_number",
                           "address"),
    "marriage_certificate": ("holder", "registration_date", "certificate_no",
                             *(f"party{i}_{k}" for i in (1, 2) for k in
                               ("name", "sex", "nationality", "birth_date", "id_number"))),
    "real_estate_certificate": ("certificate_no", "holder", "co_ownership", "location", "unit_number", "right_type",
                                "right_nature", "usage", "area", "term"),
    "bank_card": ("card_number", "bank_name", "name"),
}
FIELD_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "food_business_license": {"license_no": FOOD["no"], "name": FOOD["name"], "credit_code": FOOD["code"],
                              "legal_representative": FOOD["rep"], "address": FOOD["address"],
                              "premises_address": FOOD["premises"], "business_form": FOOD["form"],
                              "business_items": FOOD["items"], "valid_to": FOOD["valid"]},
    "household_register": {"name": HOUSEHOLD["name"], "relationship": HOUSEHOLD["relation"], "sex": HOUSEHOLD["sex"],
                           "nation": HOUSEHOLD["nation"], "birth_date": HOUSEHOLD["birth"],
                           "id_number": HOUSEHOLD["number"], "household_number": HOUSEHOLD["hh"],
                           "address": HOUSEHOLD["address"]},
    "marriage_certificate": {"holder": MARRIAGE["holder"], "registration_date": MARRIAGE["date"],
                             "certificate_no": MARRIAGE["no"]},
    "real_estate_certificate": {"holder": ESTATE["holder"], "co_ownership": ESTATE["share"],
                                "location": ESTATE["location"], "unit_number": ESTATE["unit"],
                                "right_type": ESTATE["right_type"], "right_nature": ESTATE["nature"],
                                "usage": ESTATE["usage"], "area": ESTATE["area"], "term": ESTATE["term"]},
    "bank_card": {},
}


def _labels(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(a for v in table.values() for a in v)


def _text(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...], rows: int = 0) -> tuple[str, list | None]:
    p = value_after(lines, aliases, labels, multiline=rows > 0, max_lines=rows or 1)
    return (join(p)[0] if p else ""), p


def _free(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...], rows: int = 0,
          min_len: int = 2, places: bool = False) -> ex.FieldResult:
    """Free text (a name, an address): pre-filled only when read surely (the per-character gate)."""
    p = value_after(lines, aliases, labels, multiline=rows > 0, max_lines=rows or 1)
    if places:
        p = ex._places(p)
    v = ex._name_value(join(p)[0]) if p else ""
    if len(v) < min_len:
        return ex._blank("not found" if find_label(lines, aliases) is None else "no value")
    return ex._address_result(v, p) if places else ex._result(v, p)


_OPEN_BRACKETS = "(（"


def _label_bracket(pieces: list[Piece] | None) -> list[Piece] | None:
    """A value led by an opening bracket it never closes: the bracket is the label's. A bracketed
    label wrapped in its narrow column (`法定代表人(` over `负责人)`) is read with the value that
    stands on its first row as one line, `法定代表人(曹平珍`: after the label `法定代表人` the value
    is `(曹平珍`. A person's name never starts with a bracket, and one it does hold (a company's
    `(委派代表:…)`) is closed, so only an unclosed leading bracket is dropped."""
    if not pieces or not pieces[0].text or pieces[0].text[0] not in _OPEN_BRACKETS:
        return pieces
    if any(c in pc.text for pc in pieces for c in ")）"):
        return pieces
    first = pieces[0]
    xs = first.xs[1:] if len(first.xs) == len(first.text) else ()
    box = first.box
    if xs and len(first.xs) > 1:  # (the box starts half a pitch before the first kept character)
        box = ((first.xs[0] + first.xs[1]) / 2, box[1], box[2], box[3])
    chars = first.chars[1:] if len(first.chars) == len(first.text) else ()
    rest = Piece(first.text[1:], first.score, box, chars, xs)
    return ([rest] if rest.text else []) + pieces[1:]


def _person_name(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...]) -> ex.FieldResult:
    # (a transliterated name's dot read between dot-like marks, a character torn only with its
    # traditional form: sure, as on a 卫生许可证's 负责人)
    raw = value_after(lines, aliases, labels)
    p = ex._surname_sure(ex._twins_sure(ex._name_dots(_label_bracket(raw))))
    v = ex._person_name(join(p)[0]) if p else ""
    if not v:
        return ex._blank("not found" if find_label(lines, aliases) is None else "no value")
    if not ex._name_shaped(v) or len(v) < 2:  # (one character: a surname and a given name, the rest lost)
        return ex.FieldResult(v, 0.5, join(p)[2], flagged=True, note="not a name")
    res = ex._result(v, p, char_floor=ex.NAME_CHAR, hairline=True)
    if not res.flagged and (why := ex.weak_name_evidence(lines, aliases, p, v)):
        return ex.FieldResult(v, 0.5, res.box, flagged=True, note=why,
                              weakest=res.weakest if why == ex.NO_SURNAME else 1.0)
    last = p[-1]
    if getattr(raw, "below", False) and not res.flagged:
        # a name alone on the row under its label has nothing after it on its row to show a lost
        # last character (a thin 一 the detector did not box: `林香` of 林香一): taken once the reader
        # finds paper where that character would stand (`reader.confirm_row_end`)
        pitch = ex._cjk_pitch(p) or (last.box[3] - last.box[1])
        x = last.xs[-1] + 0.65 * pitch if len(last.xs) == len(last.text) and last.xs else last.box[2] + 0.15 * pitch
        # (the row's middle band only, where a 一 lies: a form's rules over and under its rows are not ink)
        cy, h = (last.box[1] + last.box[3]) / 2, last.box[3] - last.box[1]
        res.blank_after = [((x, cy - 0.35 * h, x + 0.85 * pitch, cy + 0.35 * h), last.box, "lost character")]
        res.flagged, res.note = True, ex.PAPER_CHECK
    return res


def _date(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...]) -> ex.FieldResult:
    return _date_of(value_after(lines, aliases, labels, multiline=True, max_lines=1), lines, aliases)


def _date_of(p: list[Piece] | None, lines: list[Line], aliases: tuple[str, ...]) -> ex.FieldResult:
    """The date read after a label (`p`, its row and the row it may wrap to)."""
    text = join(p)[0] if p else ""
    if not text:
        return ex._blank("not found" if find_label(lines, aliases) is None else "no value")
    first = join(p[:1])[0]
    v = ex._norm_date(first) or ex._norm_date(text)
    # (the date's digits are its doubt, as a 成立日期's: a separator read in doubt stands at its place)
    return ex._result(v, p, weakest=ex._date_weakest(p, v) if ex.LOOKALIKE_SEPARATOR else None) if v else ex.FieldResult(text, 0.5, join(p)[2], flagged=True, note="not a date")


def _id_number(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...]) -> tuple[ex.FieldResult, dict]:
    """The number beside its label, or — when the label was lost — the one valid number on the page."""
    found: dict = {}
    cands: list[Line] = []
    # (a narrow table cell wraps the number's last character onto a row of its own: the row under
    # the value is joined only when the value's own row holds no valid number)
    for rows in (0, 1):
        p = value_after(lines, aliases, labels, multiline=bool(rows), max_lines=1)
        cands = [Line(join(p)[0], join(p)[1], *join(p)[2], 0)] if p else []
        for cand, ln in ex._id_candidates(cands or lines):
            chk = validate_id_number(cand)
            if chk.ok and chk.normalized:
                found.setdefault(chk.normalized, (ln, chk))
        if found or not cands:
            break
    if not found:
        # 17 digits whose last character the cell wrapped under the first (or the detector boxed
        # apart): the one-character box under its start or right after it, joined; the check
        # character decides
        for ln in lines:
            head = ln.text.translate(ex._ID_CONFUSE)
            if not re.fullmatch(r"\d{17}", head):
                continue
            for o in lines:
                tail = o.text.translate(ex._ID_CONFUSE).upper()
                if o is ln or not re.fullmatch(r"[\dX]", tail):
                    continue
                under = ln.cy + 0.3 * ln.h < o.cy and o.y1 < ln.y2 + 1.0 * ln.h and abs(o.x1 - ln.x1) < 1.5 * ln.h
                after = same_row(ln, o) and ln.x2 - 0.3 * ln.h <= o.x1 < ln.x2 + 2 * ln.h
                chk = validate_id_number(head + tail) if under or after else None
                if chk and chk.ok and chk.normalized:
                    found.setdefault(chk.normalized, (Line(head + tail, min(ln.score, o.score), min(ln.x1, o.x1),
                                                           ln.y1, max(ln.x2, o.x2), max(ln.y2, o.y2), ln.idx), chk))
    if len(found) == 1:
        number, (ln, chk) = next(iter(found.items()))
        return ex._result(number, [Piece(number, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2))], validated=True), chk.facts
    shaped = any(re.search(r"\d{17}", ln.text.translate(ex._ID_CONFUSE)) for ln in (cands or lines))
    return ex._blank("several valid numbers" if found else "no valid number" if shaped else "not found"), {}


def _sex(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...], facts: dict) -> ex.FieldResult:
    p = value_after(lines, aliases, labels, anywhere=True)
    txt = join(p)[0][:1] if p else ""
    if facts:
        if txt == facts["sex"]:
            return ex._result(txt, p, validated=True)
        return ex.FieldResult(facts["sex"], 0.95, join(p)[2] if p else None, note="from ID number")
    return ex._result(txt, p, vocabulary=True) if txt in ("男", "女") else ex._blank(
        "not found" if find_label(lines, aliases) is None else "no value")


def _birth(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...], facts: dict) -> ex.FieldResult:
    f = _date(lines, aliases, labels)
    if facts:
        want = facts["birth_date"].isoformat()
        if f.value == want:
            f.flagged, f.confidence, f.weakest = False, max(f.confidence, 0.97), 1.0
            return f
        return ex.FieldResult(want, 0.95, f.box, note="from ID number")
    return f


def _food_code(lines: list[Line], labels: tuple[str, ...]) -> ex.FieldResult:
    """社会信用代码（身份证号码）: a company's licence prints its credit code (GB 32100) there, a
    个体 holder's licence without a registered business prints the holder's 居民身份证 number
    (GB 11643) in the same cell — the form's label names both. Either is taken only when its
    check character passes; a credit code first (the two shapes cannot both pass by accident
    unless a number starts with 9, where the 外国人永久居留身份证 and the 个体工商户 credit code
    meet: such a number is left blank here)."""
    code = ex._uscc(lines)
    if code.value or code.note == "several valid codes":
        return code
    number, _facts = _id_number(lines, FOOD["code"], labels)
    if number.value and not number.value.startswith("9"):
        return number
    return code


def _food_address(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...]) -> ex.FieldResult:
    p = ex._address_numbers(ex._address_ends(ex._places(value_after(lines, aliases, labels, multiline=True,
                                                                     max_lines=2), keep_xs=ex.PLACE_KEEP_XS),
                                             ex.LICENCE_ADDRESS_LAST))
    v = ex._name_value(join(p)[0]) if p else ""
    found = find_label(lines, aliases)
    if len(v) < 4:
        return ex._blank("not found" if found is None else "no value")
    res = ex._premises_address(v, p, lines, found[0].x1 if found else 0.0)
    if FULL_ROW_GAP and p and res.value and not res.flagged and _row_missed_under(p, lines):
        res.flagged, res.note = True, ex.ROW_BELOW  # (the reader clears it on blank paper there)
    return res


# a permit address whose last row is full and whose next row down lies this many of its column's
# row pitches (the median step between its rows) below it skipped a row there (ZF zf0067: 1.93
# pitches where the wrapped `09室` under a red watermark went unboxed; a table's rows step 1.0); 0: off
FULL_ROW_GAP = 1.5


def _row_missed_under(pieces: list[Piece], lines: list[Line]) -> bool:
    """Whether a permit address's last row reaches its column's right edge (as far as any row that
    starts in its column) and the next print under its start lies more than FULL_ROW_GAP of the
    column's row pitches below: a row was there that the detector did not box — a watermark's
    strokes over a short wrapped row (`09室`) bend its box and it is left out as the watermark's."""
    last = piece_rows(list(pieces))[-1]
    x1, x2 = min(q.box[0] for q in last), max(q.box[2] for q in last)
    y1, y2 = min(q.box[1] for q in last), max(q.box[3] for q in last)
    h = max(1.0, y2 - y1)
    column = sorted((ln for ln in lines if abs(ln.x1 - pieces[0].box[0]) < h), key=lambda ln: ln.cy)
    if not column or x2 < max(ln.x2 for ln in column) - 1.5 * h:
        return False  # (a short last row: the value ended there)
    steps = sorted(b.cy - a.cy for a, b in zip(column, column[1:], strict=False) if b.cy - a.cy > 0.5 * h)
    under = [ln for ln in lines if ln.y1 > y2 - 0.3 * h and ln.x1 < x1 + 3 * h and ln.x2 > x1]
    if len(steps) < 3 or not under:
        return False  # (no pitch to go by, or the page ends: `confirm_row_end` has no room either)
    return min(ln.cy for ln in under) - (y1 + y2) / 2 > FULL_ROW_GAP * steps[len(steps) // 2]


def _label_end_lost(lines: list[Line], labels: tuple[str, ...]) -> list[Line]:
    """A justified label of four or more characters whose last character the detector skipped
    (`主体业` for 主体业态, or `主` `体` `业` boxed one by one): the boxes that start a row and spell
    the label without its last character, and nothing else, with the value's box after them on the
    row, are that label. (A prefix that is itself a label, or of two labels, is left alone.)"""
    heads: dict[str, list[str]] = {}
    for lab in labels:
        if len(lab) >= 4:
            heads.setdefault(lab[:-1], []).append(lab)
    out = list(lines)
    for first in lines:
        if any(o is not first and same_row(o, first) and o.x2 <= first.x1 + 0.3 * first.h for o in lines):
            continue  # not the row's first box
        row = sorted((o for o in lines if same_row(o, first) and o.x1 >= first.x1), key=lambda o: o.x1)
        text, k = "", 0
        while k < len(row) and len(text) < 8:
            text += _SPACE.sub("", row[k].text)
            k += 1
            full = heads.get(text, [])
            if len(full) == 1 and text not in labels and k < len(row):
                boxes = row[:k]
                out = [o for o in out if not any(o is b for b in boxes)]
                out.append(Line(full[0], min(b.score for b in boxes), min(b.x1 for b in boxes),
                                min(b.y1 for b in boxes), max(b.x2 for b in boxes), max(b.y2 for b in boxes),
                                first.idx))
                break
            if not any(h.startswith(text) for h in heads):
                break
    out.sort(key=lambda ln: (ln.cy, ln.x1))
    return out


CUT_ROWS = 3  # label ends with their colon starting rows at one left edge: the page's label column is cut


def _cut_label_column(lines: list[Line], table: dict[str, tuple[str, ...]]) -> list[Line]:
    """A photo that lost the page's left edge keeps of each label only its last character(s) and
    colon at the start of its row (`称:南昌…`, `目:热食类…`, `至:2026年09月09日`). Where at least
    CUT_ROWS rows start so at one left edge — nothing read left of them — and the reader gave some
    of them their heads back (`reader.cut_label_heads`: the photo's border cut them), each tail left
    that ends the labels of one field only becomes that field's label, and what follows the colon its value.
    A tail several fields' labels end with is settled by the fields the other rows took — `)` of
    社会信用代码(身份证号码) and 法定代表人(负责人): the row holding the valid credit code is the code's,
    so the other is the 负责人's — or, when it starts as many rows as it has fields, by the form's
    order top to bottom (`所`: 住所 above 经营场所); otherwise it is left alone: blank."""
    tail = re.compile(r"([^:：]{0,3})[:：](.*)")
    found = []
    for ln in lines:
        m = tail.fullmatch(ln.text)
        if not m or any(o is not ln and same_row(o, ln) and o.x2 <= ln.x1 + 0.3 * ln.h for o in lines):
            continue
        fields = [f for f, aliases in table.items()
                  if any(len(a) > len(m.group(1)) and a.endswith(m.group(1)) for a in aliases)]
        found.append((ln, m, fields))
    if not any(m.group(1) for _, m, _ in found):
        return lines
    h = sorted(ln.h for ln, _, _ in found)[len(found) // 2]
    edge = min(ln.x1 for ln, m, _ in found if m.group(1))
    cut = [(ln, m, fields) for ln, m, fields in found if ln.x1 < edge + h]
    heads = [ln for ln in lines if abs(ln.x1 - edge) < h and spells_label(ln.text, _labels(table))]
    if not heads or len(heads) + sum(1 for _, m, _ in cut if m.group(1)) < CUT_ROWS:
        # (only where the reader gave the tails that end one label their heads back at that edge —
        # `reader.cut_label_heads`, which knows the photo's border — is the column cut: rows starting
        # `X:` inside a picture, or on a stored page, make up no label)
        return lines
    # a field whose label was read whole (or given back by `reader.cut_label_heads`) is no tail's
    taken = {f for f, aliases in table.items() if any(spells_label(ln.text, aliases) for ln in lines)}
    # the credit code is known by its check character wherever it stands: its row is the code's
    coded = [ln for ln, m, _ in cut if ex._uscc_in([(m.group(2), (0.0, 0.0, 0.0, 0.0), 1.0)])]
    chosen: dict[int, str] = {}
    if len(coded) == 1 and any("code" in fields for ln, _, fields in cut if ln is coded[0]):
        chosen[id(coded[0])] = "code"
    for ln, m, fields in cut:
        if not m.group(1) or id(ln) in chosen:
            continue
        left = [f for f in fields if f not in chosen.values() and f not in taken
                and not (f == "code" and coded and ln not in coded)]
        same = [o for o, mo, _ in cut if mo.group(1) == m.group(1) and id(o) not in chosen]
        if len(left) == 1 and len(same) == 1:
            chosen[id(ln)] = left[0]
        elif len(left) == len(same) > 1:
            # (a tail two labels end with, on as many rows: the form's fixed order, top to bottom)
            chosen[id(ln)] = left[sorted(same, key=lambda o: o.cy).index(ln)]
    out = list(lines)
    for ln, m, _ in cut:
        if id(ln) not in chosen or not m.group(1):
            continue
        field = chosen[id(ln)]
        lab = next(a for a in table[field] if a.endswith(m.group(1)))
        n = len(m.group(1)) + 1
        end_x = ln.x_at(n) if n < len(ln.text) else ln.x2
        out = [o for o in out if o is not ln]
        out.append(Line(lab, ln.score, ln.x1, ln.y1, end_x, ln.y2, ln.idx))
        if n < len(ln.text):
            out.append(Line(ln.text[n:], ln.score, end_x, ln.y1, ln.x2, ln.y2, ln.idx,
                            ln.chars[n:] if len(ln.chars) == len(ln.text) else (), lab,
                            ln.xs[n:] if len(ln.xs) == len(ln.text) else ()))
    out.sort(key=lambda o: (o.cy, o.x1))
    return out


DROPPED = 3  # two printings of one address differing by up to this many characters one of them lacks


def _one_dropped(a: ex.FieldResult, b: ex.FieldResult) -> None:
    """Two printings of one address on a permit (住所 and 经营场所 are often the same) that differ
    only by characters one of them lacks: the recogniser dropped them (a seal over a digit, `80号`
    read `0号`; a curled page's fold over `湖街` of `东湖街道`, the row's two boxes a gap apart
    that the fold's tall boxes hid). The shorter reading is doubtful; a real second address
    differs by more than a few characters left out."""
    if not (a.value and b.value) or a.flagged or b.flagged or not 1 <= abs(len(a.value) - len(b.value)) <= DROPPED:
        return
    short, long_ = (a, b) if len(a.value) < len(b.value) else (b, a)
    rest = iter(long_.value)
    if all(ch in rest for ch in short.value):  # (the shorter one is the longer one with characters left out)
        short.flagged, short.note = True, "doubtful character"


# two printings of one address (住所 and 经营场所) read the same but at one place — one character
# each reading has its own, or one character the other reading lacks: one of them is misread there,
# and a reading whose characters were not all read surely is no evidence against the other (ZS
# zs_0028, a shaken photo: 住所 `古朝路` in doubt, 经营场所 `古塘路` taken — 塘 at 0.90 — for 古墩路).
# Such a reading is doubtful too; one read with every character at TWIN_CHAR or better keeps its
# value. A second address differing at one character with the rest — road, number, building,
# room — the same is none (0: off)
ONE_APART = 10  # … the length from which two such readings are one address
TWIN_CHAR = 0.95


def _one_place_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` are the same but for one CJK character at one place: each has its own
    there, or one has it and the other nothing."""
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 and all(ex._cjk(s[diff[0]]) for s in (a, b))
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return ex._cjk(long_[i]) and long_[:i] + long_[i + 1:] == short


# … and two that are the same but for one digit at one place (`…解放路2368号` and `…解放路2363号`, ZZ zz_101: the
# 住所's 3 read 8, every character of both at 0.97 or better): the same address printed twice with a digit
# misread in one, and nothing tells which — both are doubtful, whatever their certainty (a wrong address
# returns an application, a blank one costs the typing), and the second recogniser is not asked (it reads
# the same print of each alike). No 住所 and 经营场所 of the cached sets' 307 food
# licences differ so (142 the same, 165 in more than one place) (False: digits are not compared)
ONE_DIGIT_APART = True


def _one_digit_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` are the same length and the same but for one digit each at one place."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y] if len(a) == len(b) else []
    return len(diff) == 1 and a[diff[0]].isdigit() and b[diff[0]].isdigit()


def _one_apart(a: ex.FieldResult, b: ex.FieldResult) -> None:
    """`ONE_APART`: flag the readings of an address printed twice that are one place apart
    (`_one_place_apart`) and were read below TWIN_CHAR somewhere; `ONE_DIGIT_APART`: both readings
    when they are one digit apart."""
    if not ONE_APART or not (a.value and b.value) or min(len(a.value), len(b.value)) < ONE_APART:
        return
    if ONE_DIGIT_APART and _one_digit_apart(a.value, b.value):
        for f in (a, b):
            if not f.flagged:
                f.flagged, f.note, f.confidence = True, "prints a digit apart", min(f.confidence, 0.5)
        return
    if not _one_place_apart(a.value, b.value):
        return
    for f in (a, b):
        if not f.flagged and f.weakest < TWIN_CHAR:
            f.flagged, f.note, f.confidence = True, "doubtful character", min(f.confidence, f.weakest)


ONE_PRINT = True  # one printed value taken for two labels goes to the label on its row only (False: off)


def _one_print_twice(lines: list[Line], a: ex.FieldResult, a_labels: tuple[str, ...], b: ex.FieldResult,
                     b_labels: tuple[str, ...]) -> None:
    """住所 and 经营场所 taken from the same print (their value boxes the same rows): a printed row is
    the value of one label only — the one on its first row. Two addresses that are the same are
    printed twice, in two places; the same boxes mean one label reached past its own row into the
    other's (a label not read on its row, a tilted page). The label whose row is not the print's
    first row is blanked; when neither or both are, both are (a wrong address returns an
    application, a blank one costs the clerk the typing)."""
    if not ONE_PRINT or not (a.value and b.value and a.box and b.box) or a.flagged or b.flagged:
        return
    ax1, ay1, ax2, ay2 = a.box[:4]
    bx1, by1, bx2, by2 = b.box[:4]
    inter = max(0.0, min(ax2, bx2) - max(ax1, bx1)) * max(0.0, min(ay2, by2) - max(ay1, by1))
    small = min((ax2 - ax1) * (ay2 - ay1), (bx2 - bx1) * (by2 - by1))
    if small <= 0 or inter < 0.8 * small:
        return
    top = min(ay1, by1)
    on_row = []
    for labels in (a_labels, b_labels):
        found = find_label(lines, labels)
        on_row.append(found is not None and found[0].y1 - 0.5 * found[0].h <= top <= found[0].y2)
    for res, own in zip((a, b), on_row, strict=True):
        if not own or all(on_row):
            res.flagged, res.note, res.confidence = True, "one print for two labels", min(res.confidence, 0.5)


# an item's number as a list may print it before each item (`1.预包装食品销售；2.热食类食品制售`, `(1)…`, `1、…`)
ITEM_NUMBER = re.compile(r"(^|[;,、])(?:\(\d{1,2}\)|\d{1,2}[.、])")


# the note a list of 经营项目 may end with for a business that also sells online, after the list's
# full stop (`…生食类食品制售。（网络经营）`): the 审查通则's 网络经营 of a 主体业态, set after the items
ONLINE_NOTE = re.compile(r"。?\((?:含)?网络经营\)$")
ONLINE_NOTE_END = True  # (False: an item list ending in the note is an unknown item)


def _known_items(text: str) -> bool:
    """Every item of a list (split at its separators, outside brackets; their numbers left out) is
    one the 审查通则 names (`_known_item`); the list may end in its full stop and the online-sales
    note (`ONLINE_NOTE`)."""
    if ONLINE_NOTE_END:
        text = ONLINE_NOTE.sub("", text)
    text = ITEM_NUMBER.sub(r"\1", text.rstrip(";,、"))
    return all(_known_item(item) for item in re.split(r"[;,、](?![^()]*\))", text))


def _known_item(item: str) -> bool:
    """An item the 审查通则 names (`ITEM_NAMES`), its brackets left out; a trade printed as …经营
    (`散装食品经营`) is the same item as …销售."""
    bare = re.sub(r"\([^()]*\)", "", item)
    return bare in ITEM_NAMES or bare.endswith("经营") and bare[:-2] + "销售" in ITEM_NAMES


def _item_rows(pieces: list[Piece] | None) -> set[int]:
    """The rows of an item list that end in its separator after a whole item (`…销售；`): a list
    printed one item per row (or a few per row, broken between items) ends such rows short of the
    column's edge by design. They are not measured against it (`ragged`): the separator that a
    detector cuts off a full row's end stands read here, and the item before it is whole. A short
    row ending otherwise (`…销售` with no separator, `…热食类`) still makes the rows doubtful."""
    if not pieces:
        return set()
    rows = piece_rows(pieces)
    out = set()
    for i, row in enumerate(rows[:-1]):
        # (boxes over one another: two rows set tight, taken for one — each box is a row of its own,
        # and each must end so)
        texts = [to_halfwidth(q.text).rstrip() for q in _printed_rows(row)]
        if all(t[-1:] in ";,、:" and t[:-1].endswith(ITEM_ENDS) for t in texts):  # (a colon: the ；misread, judged later)
            out.add(i)
    return out


def _printed_rows(row: list[Piece]) -> list[Piece] | list[list[Piece]]:
    """One row of `piece_rows` as printed rows: the row's pieces joined left to right as one piece,
    or — when its boxes stand over one another (rows set tight, taken for one) — each box alone,
    top to bottom."""
    row = sorted(row, key=lambda q: q.box[0])
    if any(b.box[0] < a.box[2] - 0.5 * (a.box[3] - a.box[1]) for a, b in zip(row, row[1:], strict=False)):
        return sorted(row, key=lambda q: q.box[1])
    x1, y1 = min(q.box[0] for q in row), min(q.box[1] for q in row)
    x2, y2 = max(q.box[2] for q in row), max(q.box[3] for q in row)
    xs = tuple(x for q in row for x in q.xs) if all(len(q.xs) == len(q.text) for q in row) else ()
    return [Piece("".join(q.text for q in row), min(q.score for q in row), (x1, y1, x2, y2), xs=xs)]


ROW_ROOM = 1.0  # the room looked at after a row that ends a whole item short of its column: one character cell (a ；in it is ink enough)


def _whole_item_rows(pieces: list[Piece] | None) -> dict[int, list[tuple[tuple[float, ...], tuple[float, ...]]]]:
    """The rows of an item list printed one item per row (or a few per row, broken between items)
    that end a whole item without a separator (`…销售`, `…制售`, its bracket): index → (the room of
    ROW_ROOM characters after each printed row's end, that row's box). Such a row is whole when that room is
    blank paper (`reader.confirm_row_end`): a separator or the rest of a row the detector cut off
    is ink there. Other short rows (`…热食类`) stay doubtful (`ragged`)."""
    if not pieces:
        return {}
    rows = piece_rows(pieces)
    out: dict[int, list[tuple[tuple[float, ...], tuple[float, ...]]]] = {}
    for i, row in enumerate(rows[:-1]):
        printed = _printed_rows(row)
        texts = [to_halfwidth(q.text).strip() for q in printed]
        ends = [t.endswith(ITEM_ENDS) and _item_row(t) for t in texts]
        sep = [t[-1:] in ";,、:" and t[:-1].endswith(ITEM_ENDS) for t in texts]
        if not any(ends) or not all(e or s for e, s in zip(ends, sep, strict=True)):
            continue
        rooms = []
        for q, e in zip(printed, ends, strict=True):
            if e:
                x1, y1, x2, y2 = q.box
                h = y2 - y1
                # (from the last character read: a box that took in a ；the recogniser dropped ends
                # past it; a cut ；stands at its cell's left)
                end = min(x2, q.xs[-1] + 0.5 * h) if len(q.xs) == len(q.text) and q.xs else x2
                rooms.append(((end, y1, end + ROW_ROOM * h, y2), (x1, y1, end, y2)))
        out[i] = rooms
    return out


def _items_split(pieces: list[Piece], v: str, whole: dict) -> str:
    """`v` with a separator marked after each whole row (`_whole_item_rows`) that has none, for
    telling its items apart — only when the rows spell `v` as it is."""
    rows = [[to_halfwidth(q.text).strip() for q in _printed_rows(row)] for row in piece_rows(pieces)]
    if "".join(t for row in rows for t in row) != v:
        return v
    return "".join(t + (";" if i in whole and t[-1:] not in ";,、" else "") for i, row in enumerate(rows) for t in row)


def _row_above(lines: list[Line], pieces: list[Piece], labels: tuple[str, ...],
               own: tuple[str, ...]) -> Line | None:
    """An unlabelled row right above a list's first row, starting where it starts: a table cell
    centres its label on the list's rows, so a label level with the list's second row (a list of
    three or four rows) leaves the first above it. No other label stands on its row."""
    first = min(pieces, key=lambda q: (q.box[1], q.box[0]))
    x0, y1, y2 = first.box[0], first.box[1], first.box[3]
    h = y2 - y1
    others = [ln for ln in lines if starts_with_label(ln.text, labels) and not starts_with_label(ln.text, own)]
    x2 = max(q.box[2] for q in pieces)
    near = max((ln for ln in lines if ln.y2 <= y1 + 0.3 * h and ln.cy > y1 - 1.6 * h and ln.x1 < x2 and ln.x2 > x0
                and not starts_with_label(ln.text, labels)), key=lambda ln: ln.cy, default=None)
    if near is None or abs(near.x1 - x0) >= h or (near.owner and near.owner not in own) \
            or any(same_row(lab, near) and lab.x1 < near.x1 for lab in others):
        return None  # (nothing there, or the row of the field above)
    return near


def _item_row(text: str) -> bool:
    """A row of whole 经营项目 items (`…销售`, `…制售` or its bracket, each one the 审查通则 names)."""
    text = to_halfwidth(text).strip().rstrip(";,、")
    return text.endswith(ITEM_ENDS) and _known_items(text)


def _item_lead(text: str) -> bool:
    """A list's first row that wrapped inside an item: whole 经营项目 items before its last separator
    (`婴幼儿配方乳粉销售,自制饮品制售,保健食品销售,` + the start `散装食品` of the next one)."""
    text = to_halfwidth(text).strip()
    parts = re.split(r"[;,、](?![^()]*\))", text)
    return len(parts) >= 2 and bool(parts[-1]) and _known_items(",".join(parts[:-1]))


RULE_MARKS = frozenset("一-－—ー_")  # a table's rule between two rows, read as a character in a vertical run


def _unstack_label_runs(lines: list[Line], labels: tuple[str, ...]) -> list[Line]:
    """A label column of justified labels whose characters stand further apart along a row than
    down the column (a 1-bit fax of a Word table, labels spread across their cells): the detector
    may box a column of them as one vertical run (`住一经一主一` — 住, 经, 主 of three rows, the
    table's rules between them read as 一). A run much taller than wide, spelling only the labels'
    own characters and rule marks, becomes one box per character at its place down the run (from
    the recogniser's positions along it, else evenly spaced); the rules are dropped. The labels
    are then found along their rows as any justified label is."""
    alphabet = {ch for lab in labels for ch in lab}
    out: list[Line] = []
    for ln in lines:
        w = ln.x2 - ln.x1
        text = ln.text
        body = [ch for ch in text if ch not in RULE_MARKS]
        if not (len(text) >= 3 and ln.h > 2.5 * w and len(body) >= 2 and all(ch in alphabet for ch in body)):
            out.append(ln)
            continue
        n = len(text)
        if len(ln.xs) == n and w > 0:
            fracs = [min(1.0, max(0.0, (x - ln.x1) / w)) for x in ln.xs]
        else:
            fracs = [(k + 0.5) / n for k in range(n)]
        step = ln.h / n
        for k, ch in enumerate(text):
            if ch in RULE_MARKS:
                continue
            cy = ln.y1 + fracs[k] * ln.h
            chars = (ln.chars[k],) if len(ln.chars) == n else ()
            out.append(Line(ch, ln.score, ln.x1, cy - step / 2, ln.x2, cy + step / 2, ln.idx, chars))
    out.sort(key=lambda o: (o.cy, o.x1))
    return out


# A 食品经营许可证 number is `JY`, the 主体业态 digit, the issuing authority's six-digit GB/T 2260 division
# code, a six-digit serial and a check digit (食品经营许可管理办法 2015, art. 28): a number whose division
# code never existed has a digit misread (ZL zl_0023 `JY28501026…` for JY26501026…, 6 read 8 on a 高拍仪
# page, no check to catch it). False: not judged. The 480 true numbers of the cached sets X, ZC–ZM and the
# 26 of tests/ and benchmarks/: every division code real
JY_REGION_CHECK = True

JY_CHARS = True  # the JY number's value carries its digits' probabilities where another digit is second (False: the line's score only)
TORN_DIGIT_ODDS = 6.0  # a number's digit whose runner-up, another digit, has more than 1/this of its probability


def _torn_digits(number: str, chars: tuple[tuple[float, str, float], ...]) -> bool:
    """A digit of a number no check vouches for (a 许可证编号) that the recogniser was torn on between
    two digits: a line score of 0.97 hides `9` at 0.58 with `0` at 0.42 (V, a chat picture). A
    runner-up that is no digit (`T` for 1) is ruled out by the number's grammar, and a digit read at
    0.88 with another at 0.006 is no doubt (T, Q: right numbers)."""
    return len(chars) == len(number) and any(
        ch.isdigit() and prob < 0.95 and ap * TORN_DIGIT_ODDS > prob and len(to_halfwidth(alt)) == 1
        and to_halfwidth(alt).isdigit() and to_halfwidth(alt) != ch for ch, (prob, alt, ap) in zip(number, chars, strict=True))


# a 食品经营许可证's 经营者名称 starting one character off the place its own numbers name — the credit code's
# registrar (characters 3–8, GB 32100) or the 许可证编号's issuing authority (the six digits after the 主体业态
# digit) — and with no place name at all is that place misread, as `extract.NAME_DIVISION_CHECK` holds a
# 营业执照's name (AF af_0018: `乌鲁术齐…` for 乌鲁木齐…, 术 read sure; the business licence's check was never
# asked of the food licence). A 个体 holder's ID number in the code's cell names no registrar: not used.
# Not pre-filled (`doubtful_character`; False: off)
FOOD_NAME_DIVISION = True


def _name_off_divisions(name: ex.FieldResult, code: ex.FieldResult, number: ex.FieldResult) -> None:
    """`FOOD_NAME_DIVISION`: flag `name` when it starts one character off a division its licence's
    validated credit code or 许可证编号 names."""
    if not FOOD_NAME_DIVISION or not name.value or name.flagged:
        return
    divs = []
    if code.value and not code.flagged and len(code.value) == 18 and validate_uscc(code.value).ok:
        divs.append(code.value[2:8])
    if number.value and not number.flagged and re.fullmatch(r"JY\d{14}", number.value):
        divs.append(number.value[3:9])
    if any(d.isdigit() and ex.name_off_division(name.value, d) for d in divs):
        name.flagged, name.confidence, name.note = True, min(name.confidence, 0.5), ex.PLACE_MISREAD


def extract_food(lines: list[Line]) -> dict[str, ex.FieldResult]:
    labels = _labels(FOOD)
    lines = _unstack_label_runs(lines, labels)
    lines = _cut_label_column(lines, FOOD)
    lines = normalize_labels(lines, labels, label_column(lines, labels))
    lines = _label_end_lost(lines, labels)
    res: dict[str, ex.FieldResult] = {}
    found = {}
    misread = False
    for ln in lines:
        for m in re.finditer(r"JY[0-9OoDIlZS]{14}(?![0-9])", ln.text.upper().replace("JV", "JY")):
            no = "JY" + m.group(0)[2:].translate(BANK_CONFUSE)
            if no[2:].isdigit() and no[2] in "123":  # 主体业态 digit: 1 销售, 2 餐饮, 3 单位食堂
                if JY_REGION_CHECK and not code_ever(no[3:9]):
                    misread = True  # (its issuer's division code is none: a digit misread)
                    continue
                found.setdefault(no, (ln, m.start()))
    if len(found) == 1:
        no, (ln, at) = next(iter(found.items()))
        # (the number's own characters' certainty, not the line's mean: the page's rules for a blurred
        # or glared photo and for torn digits judge a value by its weakest character — ZU zu_0007, a
        # blurred photo: `JY11401063620170` at 0.97 for its line, the second `1` at 0.84 with `4` second)
        # (a character whose runner-up is no other digit is settled by the number's grammar: it counts
        # as its line, as before — `T` second to a 1 is no doubt about the number)
        chars = tuple(c if ch.isdigit() and len(to_halfwidth(c[1])) == 1 and to_halfwidth(c[1]).isdigit()
                      and to_halfwidth(c[1]) != ch else (ln.score, c[1], c[2])
                      for ch, c in zip(no, ln.char_info(at, at + len(no)), strict=True)) \
            if JY_CHARS and len(ln.chars) == len(ln.text) else ()
        res["license_no"] = ex._result(no, [Piece(no, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2), chars)])
        if not res["license_no"].flagged and len(ln.chars) == len(ln.text) \
                and _torn_digits(no, ln.char_info(at, at + len(no))):
            f = res["license_no"]
            f.flagged, f.note, f.confidence = True, "doubtful character", min(f.confidence, 0.5)
    else:
        res["license_no"] = ex._blank("several valid codes" if found else "no valid number" if misread else "not found")
    p, doubtful = ex._permit_name(value_after(lines, FOOD["name"], labels, multiline=True, max_lines=1), lines)
    p = ex.seal_marks_only(p, value_after(lines, FOOD["name"], labels), lines)
    p = ex._twins_sure(ex._places(ex._places(p, keep_xs=ex.NAME_KEEP_XS), FOOD_NAME_WORDS,
                                  keep_xs=ex.NAME_KEEP_XS))  # (registered in simplified characters)
    v = ex._name_value(join(p)[0]) if p else ""  # (a row under a short, complete name is not its)
    res["name"] = ex.FieldResult(v, 0.5, join(p)[2], flagged=True, note="ragged rows") if doubtful and p else (
        ex._result(v, p, odds=ex.ENTITY_ODDS, hairline=True) if len(v) >= 2 else ex._blank(
            "not found" if find_label(lines, FOOD["name"]) is None else "no value"))
    res["name"] = ex.permit_name_doubt(res["name"], p)
    res["name"] = ex.permit_name_cut(res["name"], p, lines, FOOD["name"], labels)
    # (…实验小学食 for …食堂: a row's last character boxed but not read leaves a name without its form)
    res["name"] = ex.premises_name_form(res["name"])
    res["name"] = ex.place_head_doubt(res["name"])
    res["credit_code"] = _food_code(lines, labels)
    _name_off_divisions(res["name"], res["credit_code"], res["license_no"])
    res["legal_representative"] = _person_name(lines, FOOD["rep"], labels)
    res["address"] = _food_address(lines, FOOD["address"], labels)
    res["premises_address"] = _food_address(lines, FOOD["premises"], labels)
    _one_dropped(res["address"], res["premises_address"])
    _one_apart(res["address"], res["premises_address"])
    _one_print_twice(lines, res["address"], FOOD["address"], res["premises_address"], FOOD["premises"])
    v, p = _text(lines, FOOD["form"], labels, rows=1)
    rows = piece_rows(p) if p else []
    if len(rows) > 1 and FOOD_FORM.fullmatch(to_halfwidth("".join(q.text for q in rows[0])).strip()) \
            and all(_item_row("".join(q.text for q in row)) for row in rows[1:]) or len(rows) == 2 \
            and FOOD_FORM.fullmatch(to_halfwidth("".join(q.text for q in rows[0])).strip()) \
            and _item_lead("".join(q.text for q in rows[1])):
        # a row of whole 经营项目 items under a whole 主体业态 is the item list's first row (its label
        # centred lower on the list's rows), no wrap of the 业态; so is a row of whole items that
        # wraps inside its last one (`…保健食品销售,散装食品` over `(不含冷藏冷冻食品)销售`)
        hole, under = p.hole, p.under
        p = type(p)(rows[0])
        p.hole, p.under = hole, under
    p = ex._places(p, FOOD_WORDS)
    v = join(p)[0] if p else ""
    unknown_form = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unknown type")
    m = FOOD_FORM.fullmatch(v)
    if m:  # (a kind of premises the 审查通则 does not name is read like free text: each character)
        kinds = [k for k in re.split(r"[()、,]", m.group(2)) if k]
        res["business_form"] = ex._result(v, p, vocabulary=all(k in FOOD_SUBTYPES for k in kinds))
        if FORM_KIND_CJK and any(not re.fullmatch(r"[\u4e00-\u9fff]+", k) for k in kinds):
            res["business_form"] = unknown_form
    elif p and (near := _near_form(v)):
        # (the snapped characters' own readings vouch for nothing: the score is the mean, the weakest the least,
        # of the characters read as the value has them, position by position)
        cjk = re.compile(r"[\u4e00-\u9fff]")
        chars = [c for q in p for c in (q.chars or ((q.score, "", 0.0),) * len(q.text))]
        read = [(c[0], _simplified(ch)) for c, ch in zip(chars, v, strict=False) if cjk.match(ch)] \
            if len(chars) == len(v) else []
        want = cjk.findall(near)
        if FORM_CLOSE_LOST and len(read) == len(want) + 1 and _form_close_lost(_form_text(v)) == near:
            read = read[:-1]  # (the character read where the closing bracket stands: no character of the value)
        kept = [prob for (prob, ch), w in zip(read, want, strict=False) if ch == w] if len(read) == len(want) else []
        res["business_form"] = ex._result(near, p, score=sum(kept) / len(kept), weakest=min(kept)) if kept \
            else unknown_form
    else:
        res["business_form"] = unknown_form if v else ex._blank()
    # (a list printed one item per row runs as many rows as it has items: the 审查通则 names a dozen)
    v, p = _text(lines, FOOD["items"], labels, rows=ITEM_ROWS)
    above = _row_above(lines, p, labels, FOOD["items"]) if p else None
    if above is not None and (_item_row(above.text) and all(_item_row(q.text) for q in p)
                              or _item_lead(above.text) and _item_row(above.text + "".join(q.text for q in p))):
        # (the list's first row above its centred label: whole items, as the rows under it are)
        hole, under = p.hole, p.under
        p = type(p)([Piece(above.text, above.score, (above.x1, above.y1, above.x2, above.y2),
                           above.chars, above.xs), *p])
        p.hole, p.under = hole, under
        above = None
    p = ex._places(p, FOOD_WORDS)
    weakest = None
    if p:  # as in a 经营范围: a colon is the recogniser's ；(taken when its second choice says so)
        v, weakest = ex._scope_text(p)
    whole = _whole_item_rows(p)
    split = _items_split(p, v, whole) if whole else v
    if split == v:
        whole = {}
    early = _item_rows(p) | set(whole)
    if v and not ex.SCOPE_CHARS.fullmatch(v):  # a character no item list is printed with: a misread
        res["business_items"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True,
                                               note="doubtful character")
    elif v and re.search(r"(?<!项目):", v):
        res["business_items"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="stray colon")
    elif v and v.count("(") != v.count(")"):
        res["business_items"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unbalanced")
    elif v and not re.split(r"[;,、]", v)[-1].endswith(ITEM_ENDS):
        # an item names a trade (…销售, …制售) or ends in its bracket: a list ending otherwise
        # (`…;热食类`) lost its last row — wherever the rest stands (`…;婴幼儿配方` + `乳粉销售;…` in a row
        # the detector did not box or the reading did not join): blank paper under the last row's start
        # does not make the item whole, so this is no `ROW_BELOW` the reader may clear
        res["business_items"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True,
                                               note="list ends inside an item")
    elif v.startswith("(") and not ITEM_NUMBER.match(v) or above is not None or v and (ex.ragged(p, early=early) or getattr(p, "hole", False)
                                     or (ex._first_row_short(p, lines) and 0 not in early)):
        # (a list starting inside an item's bracket: its first row was taken as another field's)
        res["business_items"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="ragged rows")
    elif v and not _known_items(split):
        res["business_items"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unknown item")
    else:
        res["business_items"] = ex._result(v, p, weakest=weakest) if len(v) >= 2 else ex._blank()
        f = res["business_items"]
        if whole and f.value and not f.flagged:  # (whole rows: taken once the paper after each is blank)
            f.flagged, f.note = True, ex.PAPER_CHECK
            f.blank_after = [(room, row, "ragged rows") for rooms in whole.values() for room, row in rooms]
    res["valid_to"] = _food_valid_to(lines, labels)
    return res


def _food_valid_to(lines: list[Line], labels: tuple[str, ...]) -> ex.FieldResult:
    """有效期至: a 食品经营许可证 is valid for five years from its issue (食品经营许可管理办法), so an
    end date five years after another date printed on the page (the 发证日期, to the day before or
    the day) cross-checks it. A form labelled 有效期限 may print the whole period (`自…至…`): its
    end is the value, not its first date."""
    p = _without_issue_date(value_after(lines, FOOD["valid"], labels, multiline=True, max_lines=1))
    frm, to = ex._period(join(p)[0]) if p else (None, None)
    if to == "长期":  # a 食品经营许可证 is never open-ended: another row's text, or a misread
        return ex.FieldResult(to, 0.5, join(p)[2], flagged=True, note="not a date")
    if frm and to:
        five = to in {(add_years(dt.date.fromisoformat(frm), 5) - dt.timedelta(days=k)).isoformat() for k in (0, 1)}
        return ex._result(to, p, validated=five)
    f = _date_of(p, lines, FOOD["valid"])
    if not f.box:
        return f
    ends = set()  # five years from each other date printed on the page (the 发证日期 among them)
    for ln in lines:
        if ln.y2 > f.box[1] and ln.y1 < f.box[3] and ln.x2 > f.box[0] and ln.x1 < f.box[2]:
            continue  # the end date's own row
        d = ex._norm_date(ln.text)
        if d:
            ends |= {add_years(dt.date.fromisoformat(d), 5) - dt.timedelta(days=k) for k in (0, 1)}
    if f.value and re.fullmatch(r"\d{4}-\d\d-\d\d", f.value):
        if dt.date.fromisoformat(f.value) in ends:
            f.flagged, f.confidence, f.weakest, f.note = False, max(f.confidence, 0.97), 1.0, ""
        elif UNCHECKED_TORN_END and not f.flagged and f.torn_digit < UNCHECKED_TORN_END:
            f.flagged, f.confidence, f.note = True, min(f.confidence, f.torn_digit), "doubtful character"
        return f
    settled = [end for end in ends if p and _reads_as_date(p, end)] if FIVE_YEARS_SETTLE else []
    if len(settled) == 1:  # (the one end five years on that the read agrees with, its doubtful characters aside)
        return ex.FieldResult(settled[0].isoformat(), 0.95, f.box, note="from issue date")
    return f


# an end date that no date on the page vouches for (five years on), with a digit read below this and
# another digit its runner-up, is not pre-filled (0: off): a 6 and an 8 differ by one stroke's gap, and
# nothing on the page tells which (ZS zs_0141, a folded permit photographed: `2024年08月08日` at 0.93
# with 6 second, for 06-08; its 发证日期 read `2019年68月09日`, the same 6 read 8 — no date to check it by)
UNCHECKED_TORN_END = 0.95


# a whole date on the row under 有效期至 is another printed date — the 2015 食品经营许可证 prints its
# 发证日期 right under the end of its term, by the issuer's seal —, never the end date wrapped: a date is
# not broken over two rows (False: the row under is joined, and its date taken as the end: ZK
# zk_0089 `2024-06-27`, the issue date, for 2029-06-26; zk_0113, zk_0143 blank)
ISSUE_DATE_BELOW = True
# an end date read with doubtful or lost characters is the one end five years after another date on
# the page that it agrees with: its year read exactly, at most `SETTLE_EDITS` other differences, each a
# character read under `SETTLE_DOUBT` or a lost 年/月/日 (ZK zk_0081 `2028年0815日`, 月 not read;
# zk_0143 `2025年02830日`, 7 at 0.56 and 月 at 0.64 under a seal) (False: left blank)
FIVE_YEARS_SETTLE = True
SETTLE_DOUBT = 0.9  # a character read as sure as this is no misread to settle (the € of `0€月` read 0.89)
SETTLE_EDITS = 2  # two characters: a month's digit and its 月 under a seal's ring


def _without_issue_date(p: list[Piece] | None) -> list[Piece] | None:
    """`p` up to the first row under its first that is a whole date of its own (`ISSUE_DATE_BELOW`)."""
    if not ISSUE_DATE_BELOW or not p:
        return p
    rows = piece_rows(p)
    for i, row in enumerate(rows[1:], 1):
        text = ex.numeral_dates("".join(q.text for q in row)).strip()
        if ex._norm_date(text) and re.fullmatch(r"\d{4}(年\d{1,2}月\d{1,2}日|[.\-/]\d{1,2}[.\-/]\d{1,2})", text):
            kept = [q for r in rows[:i] for q in r]
            return Value(kept) if isinstance(p, Value) else kept
    return p


def _reads_as_date(p: list[Piece], end: dt.date) -> bool:
    """Whether the date read in `p` (its first row) is `end` printed, its doubtful characters aside."""
    row = sorted(piece_rows(p)[0], key=lambda q: q.box[0])
    text = "".join(q.text for q in row)
    info = [c for q in row for c in (q.chars if len(q.chars) == len(q.text) else ((1.0, "", 0.0),) * len(q.text))]
    m = re.search(r"\d{4}", text)
    if not m or m.group(0) != str(end.year):
        return False
    read = re.sub(r"[^\d年月日]+$", "", text[m.start():])  # (a seal's ★ after it is no part)
    probs = [c[0] for c in info[m.start():m.start() + len(read)]]
    forms = (f"{end.year}年{end.month:02d}月{end.day:02d}日", f"{end.year}年{end.month}月{end.day}日",
             f"{end.year}.{end.month:02d}.{end.day:02d}", f"{end.year}-{end.month:02d}-{end.day:02d}")
    return any(_edits(read, probs, form) <= SETTLE_EDITS for form in forms)


def _edits(read: str, probs: list[float], form: str) -> int:
    """Edits from `read` to `form` where a read character is replaced only when it was read under
    `SETTLE_DOUBT` and only a unit (年 月 日) of `form` may be missing from `read`; others cost 99."""
    inf = 99
    n, m = len(read), len(form)
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            c = cost[i][j]
            if c >= inf:
                continue
            if i < n and j < m:
                step = 0 if read[i] == form[j] else (1 if probs[i] < SETTLE_DOUBT else inf)
                cost[i + 1][j + 1] = min(cost[i + 1][j + 1], c + step)
            if j < m and form[j] in "年月日":
                cost[i][j + 1] = min(cost[i][j + 1], c + 1)
    return cost[n][m]


def extract_household(lines: list[Line]) -> dict[str, ex.FieldResult]:
    labels = _labels(HOUSEHOLD)
    lines = normalize_labels(lines, labels)
    res: dict[str, ex.FieldResult] = {}
    res["id_number"], facts = _id_number(lines, HOUSEHOLD["number"], labels)
    res["name"] = _person_name(lines, HOUSEHOLD["name"], labels)
    v, p = _text(lines, HOUSEHOLD["relation"], labels)
    fixed = _second_reading(v, p, RELATIONS.__contains__) if v and p and v not in RELATIONS else None
    if v in RELATIONS:
        res["relationship"] = ex._result(v, p, vocabulary=True)
    elif fixed:  # (`长攵` read for `长女`: the list decides the doubtful character)
        res["relationship"] = ex._result(fixed, p, _second_score(v, fixed, p), vocabulary=True)
    else:
        res["relationship"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unknown item") \
            if v else ex._blank()
    res["sex"] = _sex(lines, HOUSEHOLD["sex"], labels, facts)
    v, p = _text(lines, HOUSEHOLD["nation"], labels)
    name_n, code = normalize_nation(re.sub(r"[^\u4e00-\u9fff]", "", v).translate(ex._TRAD))
    if not (name_n and code) and v and p:  # (`葬` read for `彝`: the coded list decides the doubtful one)
        fixed = _second_reading(v, p, lambda t: all(normalize_nation(t)))
        if fixed:
            name_n, code = normalize_nation(fixed)
            res["nation"] = ex._result(name_n, p, _second_score(v, fixed, p), vocabulary=True)
    if "nation" not in res:
        res["nation"] = ex._result(name_n, p, vocabulary=True) if name_n and code else (
            ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="not a coded nation")
            if v else ex._blank())
    res["birth_date"] = _birth(lines, HOUSEHOLD["birth"], labels, facts)
    v, p = _text(lines, HOUSEHOLD["hh"], labels)
    v = v.upper()
    if re.fullmatch(r"[0-9A-Z]{6,12}", v) and re.search(r"\d{5}", v):
        res["household_number"] = ex._result(v, p)
    else:
        res["household_number"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True,
                                                 note="not a term") if v else ex._blank()
    res["address"] = _free(lines, HOUSEHOLD["address"], labels, rows=3, min_len=4, places=True)
    if not facts and _misread_numbers(lines):
        # the page's ID number was read whole but fails its check character: the recogniser
        # misreads this page's digits (a binarised copy turns every 4 into 1, surely), so the
        # other values made of digits are not trusted either
        for key in ("birth_date", "household_number", "address"):
            f = res[key]
            if f.value and not f.flagged and re.search(r"\d", f.value):
                f.flagged, f.note = True, "digits misread on the page"
    return res


def _misread_numbers(lines: list[Line]) -> bool:
    """An 18-character ID number on the page fails its check character (and none passes)."""
    cands = ex._id_candidates(lines)
    return bool(cands) and not any(validate_id_number(c).ok for c, _ in cands)


def extract_marriage(lines: list[Line]) -> dict[str, ex.FieldResult]:
    labels = _labels(MARRIAGE)
    lines = normalize_labels(lines, labels)
    res: dict[str, ex.FieldResult] = {"holder": _person_name(lines, MARRIAGE["holder"], labels),
                                      "registration_date": _date(lines, MARRIAGE["date"], labels)}
    v, p = _text(lines, MARRIAGE["no"], labels)
    v = v.upper().replace("—", "-").replace("–", "-")
    if v and _MARRIAGE_NO.fullmatch(v):
        res["certificate_no"] = ex._result(v, p)
    else:
        res["certificate_no"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True,
                                               note="not a licence number") if v else ex._blank()
    # two parties, one above the other: split the page at the second 姓名 label
    names = sorted((ln for ln in lines if ln.text.startswith("姓名")), key=lambda ln: ln.y1)
    blocks: list[list[Line]] = []
    if len(names) >= 2:
        cut = names[1].y1 - 0.3 * names[1].h
        top = names[0].y1 - 0.3 * names[0].h
        blocks = [[ln for ln in lines if top <= ln.cy < cut], [ln for ln in lines if ln.cy >= cut]]
    else:
        # a 姓名 not read: each party prints the same labels, so the earliest second occurrence of
        # any of them starts the second party (the first party's fields whose label is lost stay
        # blank — never the second party's)
        seconds, firsts = [], []
        for alias in ("姓名", "性别", "国籍", "出生日期", "身份证件号"):
            rows = sorted((ln for ln in lines if ln.text.startswith(alias)), key=lambda ln: ln.y1)
            firsts += [ln.y1 - 0.3 * ln.h for ln in rows[:1]]
            if len(rows) == 2:
                seconds.append(rows[1].y1 - 0.3 * rows[1].h)
        if seconds and firsts:
            cut, top = min(seconds), min(firsts)
            blocks = [[ln for ln in lines if top <= ln.cy < cut], [ln for ln in lines if ln.cy >= cut]]
    for i in (1, 2):
        block = blocks[i - 1] if blocks else []
        if not block:
            for k in ("name", "sex", "nationality", "birth_date", "id_number"):
                res[f"party{i}_{k}"] = ex._blank()
            continue
        res[f"party{i}_id_number"], facts = _id_number(block, MARRIAGE["id"], labels)
        res[f"party{i}_name"] = _person_name(block, MARRIAGE["name"], labels)
        res[f"party{i}_sex"] = _sex(block, MARRIAGE["sex"], labels, facts)
        v, p = _text(block, MARRIAGE["nationality"], labels)
        res[f"party{i}_nationality"] = ex._result(v, p, vocabulary=True) if v in NATIONALITIES else (
            ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unknown item") if v else ex._blank())
        res[f"party{i}_birth_date"] = _birth(block, MARRIAGE["birth"], labels, facts)
        f = res[f"party{i}_birth_date"]
        if not facts and f.value and not f.flagged and _misread_numbers(block):
            f.flagged, f.note = True, "digits misread on the page"  # (as on a 户口簿 page)
    return res


def _column_rows(lines: list[Line], label: Line, labels: tuple[str, ...], pitch: float) -> list[Line]:
    """Lines of the value column within a row pitch of `label` (above or below it), nearest first:
    the candidates for its value when the page is bent or tilted and the value's row is not level
    with its label (a table photographed at an angle, a copy pulled through the feeder askew)."""
    out = [o for o in lines if o is not label and o.x1 >= label.x2 - 0.5 * label.h and abs(o.cy - label.cy) < pitch
           and not starts_with_label(o.text, labels)]
    return sorted(out, key=lambda o: abs(o.cy - label.cy))


def _label_pitch(lines: list[Line], labels: tuple[str, ...]) -> float:
    """The distance between two rows of the page's label column (median), or 3 line heights."""
    heads = sorted((o for o in lines if o.text in labels), key=lambda o: o.cy)
    steps = sorted(b.cy - a.cy for a, b in zip(heads, heads[1:], strict=False) if b.cy - a.cy > 0.5 * a.h)
    return steps[len(steps) // 2] if steps else 3 * (heads[0].h if heads else 20.0)


def _second_reading(text: str, pieces: list[Piece], ok) -> str | None:
    """The closed list decides between the recogniser's two best readings of one doubtful
    character (`划拔` → `划拨`): the one value that passes with a single character replaced by its
    runner-up, else None."""
    chars = [c for x in pieces for c in (x.chars or ((x.score, "", 0.0),) * len(x.text))]
    if len(chars) != len(text):
        return None
    hits = {text[:i] + to_halfwidth(alt) + text[i + 1:] for i, (prob, alt, _) in enumerate(chars)
            if prob < 0.95 and alt and len(to_halfwidth(alt)) == 1 and ok(text[:i] + to_halfwidth(alt) + text[i + 1:])}
    return next(iter(hits)) if len(hits) == 1 else None


def _second_score(text: str, fixed: str, pieces: list[Piece]) -> float:
    """The line score of `fixed` (the two readings of its replaced character count together)."""
    chars = [c for x in pieces for c in (x.chars or ((x.score, "", 0.0),) * len(x.text))]
    probs = [c[0] + (c[2] if a != b else 0.0) for c, a, b in zip(chars, text, fixed, strict=False)]
    return min(1.0, sum(probs) / max(1, len(probs)))


def _checked(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...], ok, pitch: float, *,
             rows: int = 0, vocabulary: bool = True, note: str = "unknown item", cross=None) -> ex.FieldResult:
    """A value that must pass `ok` (a closed list, a format): the value beside its label, else the one
    line of the value column within a row pitch of the label that passes — never text that fails."""
    v, p = _text(lines, aliases, labels, rows=rows)
    if v and ok(v):
        return ex._result(v, p, vocabulary=vocabulary, validated=bool(cross and cross(v)))
    fixed = _second_reading(v, p, ok) if v and p and vocabulary else None
    if fixed:
        return ex._result(fixed, p, _second_score(v, fixed, p), vocabulary=True)
    if rows and p and len(p) > 1 and ok(p[0].text):  # the next row's text taken as a continuation
        return ex._result(p[0].text, p[:1], vocabulary=vocabulary, validated=bool(cross and cross(p[0].text)))
    found = find_label(lines, aliases)
    if found is not None:
        hits = {}
        for o in _column_rows(lines, found[0], labels, pitch):
            part = _cut_at_labels(o.text, labels)
            # (a line another field's list would also take — a lone `其他` — is no one's for sure)
            if part and ok(part) and not any(other(part) for other in _ESTATE_CHECKS if other is not ok):
                hits.setdefault(part, o)
        if len(hits) == 1:
            part, o = next(iter(hits.items()))
            return ex._result(part, [Piece(part, o.score, (o.x1, o.y1, o.x2, o.y2), o.char_info(0, len(part)),
                                           o.xs_of(0, len(part)))], vocabulary=vocabulary,
                              validated=bool(cross and cross(part)))
    if v:
        return ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note=note)
    return ex._blank("not found" if found is None else "no value")


def _co_ownership_ok(value: str) -> bool:
    return bool(CO_OWNERSHIP_RE.fullmatch(value))


_ESTATE_CHECKS = (right_type_ok, nature_ok, usage_ok, term_ok, _co_ownership_ok)


def _unit_number(lines: list[Line], labels: tuple[str, ...]) -> ex.FieldResult:
    """不动产单元号: 28 characters in the structure of GB/T 37346, beside its label or alone on a line
    (printed in groups, `310115 003001 GB00012 F00010023`, read as one box or several). It carries
    no check character: a digit position read as a letter takes the recogniser's second reading
    when that is a digit, and any doubtful character blanks it."""
    cands: list[tuple[str, list]] = []
    p = value_after(lines, ESTATE["unit"], labels)
    if p:
        cands.append((join(p)[0], p))
    for ln in lines:
        if re.search(r"\d{6}", ln.text):
            cands.append((ln.text, [Piece(ln.text, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2),
                                          ln.char_info(0, len(ln.text)))]))
    shaped, found = "", {}
    for text, pieces in cands:
        chars = [c for x in pieces for c in (x.chars or ((x.score, "", 0.0),) * len(x.text))]
        if len(chars) != len(text):
            chars = [(min(x.score for x in pieces), "", 0.0)] * len(text)
        for m in re.finditer(r"[0-9A-Za-z|]{28}", text):
            raw, probs = m.group(0).upper(), chars[m.start():m.end()]
            out, weakest = [], 1.0
            for i, ch in enumerate(raw):
                prob, alt, alt_prob = probs[i]
                alt = to_halfwidth(alt or "").upper()
                digit = i < 12 or 14 <= i < 19 or i >= 20
                fits = str.isdigit if digit else (lambda c, i=i: c in "FLQW") if i == 19 else str.isalpha
                if digit and not ch.isdigit():
                    ch, prob = (alt, prob) if alt.isdigit() else (ch.translate(_UNIT_CONFUSE), 0.0)
                elif alt and not fits(alt):  # (the runner-up cannot stand there: no doubt between the two)
                    prob += alt_prob
                out.append(ch)
                weakest = min(weakest, prob)
            u = "".join(out)
            shaped = shaped or u
            if UNIT_NO.fullmatch(u):
                found.setdefault(u, (pieces, weakest))
    if len(found) == 1:
        u, (pieces, weakest) = next(iter(found.items()))
        if weakest < UNIT_CHAR:
            return ex.FieldResult(u, min(0.5, weakest), join(pieces)[2], flagged=True, note="doubtful character")
        return ex._result(u, pieces, validated=True)
    if found:
        return ex._blank("several valid codes")
    return ex.FieldResult(shaped, 0.5, None, flagged=True, note="not a licence number") if shaped else ex._blank(
        "not found" if find_label(lines, ESTATE["unit"]) is None else "no value")


UNIT_CHAR = 0.9  # 不动产单元号 has no check character: each character must be read surely
# a letter between two digits in an address (`24S0号`) is a misread digit, never printed so
_LETTER_IN_NUMBER = re.compile(r"\d[OoSIlZBGDQq]\d")
_ADDRESS_WORDS = re.compile(r"[号室幢栋层楼村组路街道巷弄里段座区县镇乡]")
_ORG_END = ("公司", "局", "委员会", "中心", "集团", "学校", "医院", "合作社", "政府", "办事处", "所", "厂", "院", "社")


def _holder_ok(value: str) -> bool:
    """权利人: persons' names (a surname and one to three characters) or organisations, `、`-joined."""
    for part in value.split("、"):
        if not ex._CJK_NAME.match(part):
            return False
        person = 2 <= len(part) <= 4 and (part[0] in SURNAMES or part[:2] in COMPOUND_SURNAMES)
        if not person and not (len(part) >= 4 and part.endswith(_ORG_END)):
            return False
    return True


def _location(lines: list[Line], labels: tuple[str, ...], pitch: float) -> ex.FieldResult:
    f = _free(lines, ESTATE["location"], labels, rows=3, min_len=4, places=True)
    if not f.value and f.note == "no value":
        # (a bent page: the address row is not level with its label) the one line of the value
        # column near the label that reads as an address starting with a place name
        found = find_label(lines, ESTATE["location"])
        names = ex._place_names()
        hits = [o for o in _column_rows(lines, found[0], labels, pitch) if found
                and _ADDRESS_WORDS.search(o.text) and any(o.text.startswith(n) for n in names if len(n) >= 2)
                and not (usage_ok(o.text) or nature_ok(o.text) or right_type_ok(o.text))] if found else []
        if len(hits) == 1:
            o = hits[0]
            under = [m for m in lines if m is not o and 0 < m.y1 - o.y2 < o.h and abs(m.x1 - o.x1) < 1.5 * o.h]
            if not under:  # (a row under it in the column may be its continuation: not guessed)
                f = ex._address_result(o.text, [Piece(o.text, o.score, (o.x1, o.y1, o.x2, o.y2),
                                                      o.char_info(0, len(o.text)), o.xs_of(0, len(o.text)))])
    if f.value and not f.flagged:
        if _LETTER_IN_NUMBER.search(f.value):
            return ex.FieldResult(f.value, 0.5, f.box, flagged=True, note="doubtful character")
        if not _ADDRESS_WORDS.search(f.value) or usage_ok(f.value) or nature_ok(f.value):
            return ex.FieldResult(f.value, 0.5, f.box, flagged=True, note="not an authority")
    return f


# the building's area: `房屋建筑面积` (or `建筑面积`), not the parts listed in 附记 (专有/分摊/套内)
_AREA = re.compile(r"(?<!专有)(?<!分摊)(?<!套内)(?<!共有)(?:房屋)?建筑面积[:：]?(\d+(?:\.\d+)?)")


def _area_of(text: str, pieces: list) -> ex.FieldResult | None:
    m = _AREA.search(text) or re.fullmatch(r"(\d+(?:\.\d+)?)(㎡|平方米|m2|M2|m²)?", text)
    if not m:
        return None
    chars = [c for x in pieces for c in (x.chars or ((x.score, "", 0.0),) * len(x.text))]
    xs = [c for x in pieces for c in x.xs] if all(len(x.xs) == len(x.text) for x in pieces) else []
    span = chars[m.start(1):m.end(1)] if len(chars) == len(text) else ()
    xspan = xs[m.start(1):m.end(1)] if len(xs) == len(text) else ()
    number = m.group(1)
    # only the number's characters count (㎡ is often read doubtfully or dropped)
    piece = Piece(number, min(x.score for x in pieces), join(pieces)[2], tuple(span), tuple(xspan))
    return ex._result(number, [piece])


def extract_real_estate(lines: list[Line]) -> dict[str, ex.FieldResult]:
    labels = _labels(ESTATE)
    lines = normalize_labels(lines, labels)
    pitch = _label_pitch(lines, labels)
    res: dict[str, ex.FieldResult] = {}
    cert = None
    for ln in lines:
        t = re.sub(r"[\[(（【〔]", "〔", re.sub(r"[\])）】〕]", "〕", ln.text))
        m = re.search(r"[\u4e00-\u9fff]{1,2}〔\d{4}〕[\u4e00-\u9fff]{1,12}不动产权第\d+号", t)
        if m:
            cert = (m.group(0), ln)
            break
    if cert and _CERT_NO.fullmatch(cert[0]):  # returned with the brackets a clerk types: 鄂(2020)…
        shown = cert[0].replace("〔", "(").replace("〕", ")")
        res["certificate_no"] = ex._result(shown, [Piece(shown, cert[1].score, (cert[1].x1, cert[1].y1,
                                                                                  cert[1].x2, cert[1].y2))])
    else:
        res["certificate_no"] = ex.FieldResult(cert[0], 0.5, None, flagged=True, note="not a licence number") \
            if cert else ex._blank()
    v, p = _text(lines, ESTATE["holder"], labels, rows=1)
    v = re.sub(r"[,，;；]", "、", v)
    if v and not _holder_ok(v) and p and len(p) > 1:  # the next row's text taken as a continuation
        first = re.sub(r"[,，;；]", "、", p[0].text)
        if _holder_ok(first):
            v, p = first, p[:1]
    res["holder"] = ex._result(v, p) if v and _holder_ok(v) else (
        ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="not a name") if v else ex._blank())
    res["co_ownership"] = _checked(lines, ESTATE["share"], labels, _co_ownership_ok, pitch)
    res["location"] = _location(lines, labels, pitch)
    res["unit_number"] = _unit_number(lines, labels)
    res["right_type"] = _checked(lines, ESTATE["right_type"], labels, right_type_ok, pitch, rows=1)
    res["right_nature"] = _checked(lines, ESTATE["nature"], labels, nature_ok, pitch, rows=1)
    res["usage"] = _checked(lines, ESTATE["usage"], labels, usage_ok, pitch, rows=1)
    # (面积 is also inside the value: 宗地面积…/房屋建筑面积…, so it does not cut the value)
    area_labels = tuple(lab for lab in labels if lab != "面积")
    v, p = _text(lines, ESTATE["area"], area_labels, rows=2)
    area = _area_of(v, p) if v and p else None
    if area is None:
        found = find_label(lines, ESTATE["area"])
        hits = {}
        # (the label not read: the one line on the page stating the 房屋建筑面积)
        for o in (_column_rows(lines, found[0], labels, pitch) if found else
                  [o for o in lines if "房屋建筑面积" in o.text]):
            if _AREA.search(o.text):
                pieces = [Piece(o.text, o.score, (o.x1, o.y1, o.x2, o.y2), o.char_info(0, len(o.text)),
                                o.xs_of(0, len(o.text)))]
                got = _area_of(o.text, pieces)
                if got is not None:
                    hits.setdefault(got.value, got)
        area = next(iter(hits.values())) if len(hits) == 1 else None
    res["area"] = area or (ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="not an amount")
                           if v else ex._blank("not found" if find_label(lines, ESTATE["area"]) is None else "no value"))
    res["term"] = _checked(lines, ESTATE["term"], labels, term_ok, pitch, rows=1, vocabulary=False, note="not a term",
                           cross=term_whole_years)
    return res


def _card_numbers(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """16–19 digit numbers printed in groups (`6222 0212 …`), read over boxes of one row."""
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda o: o.cy):
        if not re.search(r"\d", ln.text):
            continue
        for row in rows:
            if min(row[0].y2, ln.y2) - max(row[0].y1, ln.y1) > 0.5 * min(row[0].h, ln.h):
                row.append(ln)
                break
        else:
            rows.append([ln])
    out = []
    for row in rows:
        row.sort(key=lambda o: o.x1)
        text = "".join(o.text for o in row).translate(BANK_CONFUSE)
        for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", text.replace(" ", "")):
            out.append((m.group(0), row))
    return out


_ACCOUNT_LABEL = re.compile(r"(账|帐)(号|户)[:：]?$")


def _account_number(row: list[Line], lines: list[Line]) -> bool:
    """The number's row starts with an account's label (`账号:`): a bank account printed on paper
    (a 开户许可证, a 税务登记证's 开户银行/账号 rows, a receipt), which a card never labels — its
    number stands alone. Such a number is no evidence of a bank card (V v0092, a 税务登记证)."""
    x1 = min(o.x1 for o in row)
    h = max(o.h for o in row)
    return any(_ACCOUNT_LABEL.search(_SPACE.sub("", o.text)) and o.x2 <= x1 + 0.5 * h and x1 - o.x2 < 20 * h
               and min(o.y2, row[0].y2) - max(o.y1, row[0].y1) > 0.5 * min(o.h, row[0].h)
               for o in lines if o not in row)


def extract_bank_card(lines: list[Line]) -> dict[str, ex.FieldResult]:
    res: dict[str, ex.FieldResult] = {}
    valid = {}
    shaped = False
    for number, row in _card_numbers(lines):
        shaped = True
        if luhn.is_valid(number):
            valid.setdefault(number, row)
    if len(valid) == 1:
        number, row = next(iter(valid.items()))
        box = (min(o.x1 for o in row), min(o.y1 for o in row), max(o.x2 for o in row), max(o.y2 for o in row))
        res["card_number"] = ex._result(number, [Piece(number, min(o.score for o in row), box)], validated=True)
    else:
        res["card_number"] = ex._blank("several valid codes" if valid else "luhn" if shaped else "not found")
    banks = []
    for ln in lines:
        m = BANK.search(ln.text)
        if m and m.group(0) not in ("银行",):
            banks.append((m.group(0), ln))
    names = {b for b, _ in banks}
    if len(names) == 1:
        b, ln = banks[0]
        res["bank_name"] = ex._result(b, [Piece(b, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2))])
    else:
        res["bank_name"] = ex._blank("several valid codes" if names else "not found")
    res["name"] = _card_holder(lines, valid)
    return res


# a holder's name on a card begins with a common surname (`app.prefill.extract.SURNAMES`); words
# printed on cards (金卡, 借记卡) do not
SURNAMES = ex.SURNAMES
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "皇甫", "东方", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文", "司徒",
                     "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "闻人", "澹台", "公冶", "太史")
CARD_WORDS = re.compile(r"卡|银行|银联|借记|贷记|储蓄|信用|金融|理财|白金|钻石|社保|有效|专用|客户|服务|牡丹|金穗")


def _card_holder(lines: list[Line], numbers: dict[str, list[Line]]) -> ex.FieldResult:
    """The holder's name, when the card prints one in Chinese: one line below the card number that
    is a name (2–4 Chinese characters starting with a surname, no card words), read surely. No
    such line: the card prints none (the true value is empty). Two: doubtful, not guessed."""
    row = next(iter(numbers.values())) if len(numbers) == 1 else None
    if row is None:
        return ex.FieldResult("", 0.9, None, note="none printed")
    below = max(o.y2 for o in row)
    left, right = min(o.x1 for o in row), max(o.x2 for o in row)
    high = max(o.h for o in row)
    # (printed level on the card, under the number's left half: not a stamp's or a hand's
    # writing slanting across the card, whose box is as tall as it is wide)
    found = [ln for ln in lines if ln.y1 >= below - 0.3 * ln.h and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", ln.text)
             and (ln.text[0] in SURNAMES or ln.text[:2] in COMPOUND_SURNAMES) and not CARD_WORDS.search(ln.text)
             and ln.h <= 1.5 * high and ln.x2 - ln.x1 >= 0.6 * ln.h * len(ln.text)
             and left - 2 * high <= ln.x1 <= (left + right) / 2]
    if not found:
        return ex.FieldResult("", 0.9, None, note="none printed")
    if len(found) > 1:
        return ex._blank("several valid codes")  # (reason: ambiguous)
    ln = found[0]
    return ex._result(ln.text, [Piece(ln.text, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2), ln.char_info(0, len(ln.text)))],
                      char_floor=ex.NAME_CHAR)


# labels no page of a kind carries: a 户口簿 page or a 结婚证 shows 姓名, 性别, 出生 and an ID
# number like an ID card front, but never these (two of them rule the card out)
EXCLUDES: dict[str, tuple[str, ...]] = {
    "id_card_front": ("户别", "户号", "籍贯", "宗教信仰", "兵役状况", "服务处所", "曾用名", "文化程度", "婚姻状况",
                      "何时由何地", "户主或与", "常住人口登记卡", "持证人", "结婚证", "国籍", "身份证件号", "登记日期"),
    # a 食品经营许可证 shares 统一社会信用代码, 法定代表人, 住所 and 经营场所 with a 营业执照 (and its
    # 经营者名称 starts with 经营者): with its title unread, those labels made the two kinds tie. A
    # 营业执照 never prints the food licence's own labels
    "business_license": ("主体业态", "经营项目", "许可证编号", "经营者名称", "日常监督管理"),
}
# words that are a document's title (`_titled`)
TITLES = ("营业执照", "卫生许可证", "食品经营许可证", "常住人口登记卡", "户口簿", "结婚证", "不动产权", "居民身份证",
          "中华人民共和国")
# what a title line carries around its title word: 中华人民共和国…证书, 公共场所…, (副本), 居民户口簿
_TITLE_DECOR = re.compile(r"中华人民共和国|公共场所|副本|正本|证书|居民|[()\[\]【】〔〕<>《》:;,.。、·\-\d]")
# what follows a document's name in the title of paperwork about it (申请书, 变更登记表, 承诺书 …)
_PAPERWORK = re.compile(r"(\(副本\)|\(正本\))?(申请|登记表|审批|审查|承诺|告知|变更|注销|延续|补办|换发|核查|说明|委托|情况)")
# what only paperwork about a document prints (a registration 申请书 carrying a licence's labels with
# its values filled in by hand): its title's end (…申请书, …登记表), the note pointing to its filling
# instructions, the applicant's signature line. No licence, permit or certificate prints any of them
_FORM_LINE = re.compile(r"(申请书|申请表|登记表|备案表|承诺书)[()\[\]【】（）]*$|填写说明|申请人[(（]?签")
TITLE_AFTER_DECOR = True  # a large line starting with the title after its decorations is the title (False: at 0 only)
TITLE_SIZE = 1.5  # a line this many times the page's median line height is printed as a title
# kinds a page shows by its title; without it (glare, a seal, a fold over the title) only a number
# the kind's validator accepts, several of its labels and no other document's title make it one
TITLED = {"business_license": ("营业执照",), "public_health_license": ("卫生许可证",),
          "food_business_license": ("食品经营许可证",), "household_register": ("常住人口登记卡", "户口簿"),
          "marriage_certificate": ("结婚证",), "real_estate_certificate": ("不动产权",)}
CUT_TITLE_MIN = 4  # a title this long is its page's title with one end character lost (`_cut_title`; 6: as before)
UNTITLED_HITS = 4  # labels standing, with the kind's validated number
UNTITLED_VALUES = 5  # or labels each with a value on its row
# … or, with the validated number, this many labels each with a value on its row (0: off). A 卫生许可证
# prints five labelled rows; a usage watermark over its title and its justified labels (`有　效　期　限`
# with 效 under a stroke) leaves four of them and the number read whole: Z z0131
UNTITLED_NUMBER_VALUES = 4
VALUED_BOX_STARTS = True  # … a label counted at the start of any box of a row (False: of the row only)
_SPACE = re.compile(r"\s+")


def _segments(lines: list[Line]) -> list[tuple[str, float, int]]:
    """Each line's (text, height, line index), and short lines joined with what follows them in
    reading order (a label the detector split into boxes: `公民身份` + `号码`, `名` + `称`)."""
    texts = [(_SPACE.sub("", ln.text), ln.h) for ln in lines]
    out = [(t, h, i) for i, (t, h) in enumerate(texts)]
    for i, (t, h) in enumerate(texts):
        if len(t) <= 4:
            joined, height = t, h
            for nxt, nh in texts[i + 1:i + 4]:
                joined, height = joined + nxt, max(height, nh)
                out.append((joined, height, i))
                if len(nxt) > 4:
                    break
    # the same from left to right along each row: the detector returns a justified label's single
    # characters in any order (`称` `经营者名`, `所` … `住`)
    index = {id(ln): i for i, ln in enumerate(lines)}
    for row in _row_groups(lines):
        for k, ln in enumerate(row):
            t = _SPACE.sub("", ln.text)
            if len(t) > 4:
                continue
            joined, height = t, ln.h
            for nxt in row[k + 1:k + 4]:
                joined, height = joined + _SPACE.sub("", nxt.text), max(height, nxt.h)
                out.append((joined, height, index[id(ln)]))
                if len(nxt.text) > 4:
                    break
    return out


def _row_groups(lines: list[Line]) -> list[list[Line]]:
    """The page's rows, each left to right: boxes whose centres are within half a box's height of
    the row's first box in top-to-bottom order (the topmost)."""
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: ln.cy):
        for row in rows:
            if abs(ln.cy - row[0].cy) < 0.5 * min(ln.h, row[0].h):
                row.append(ln)
                break
        else:
            rows.append([ln])
    return [sorted(row, key=lambda ln: ln.x1) for row in rows]


def _stands(word: str, segments: list[tuple[str, float, int]]) -> bool:
    """`word` stands on the page as a label: at the start of a line (after at most two characters,
    not a list number), or as (nearly) the whole line — not inside a sentence, where a letter names
    a document (告知书: `一、营业执照复印件（名称、统一社会信用代码…`)."""
    for t, _, _ in segments:
        i = t.find(word)
        if i < 0:
            continue
        if i <= 2 and not (i > 0 and re.match(r"[一二三四五六七八九十\d][、.,，]", t)) or len(t) <= len(word) + 4:
            return True
    return False


def _median_height(lines: list[Line]) -> float:
    hs = sorted(ln.h for ln in lines if len(ln.text) >= 2)
    return hs[len(hs) // 2] if hs else 0.0


def _titled(word: str, segments: list[tuple[str, float, int]], median: float) -> bool:
    """`word` is the page's title: the line holds nothing else but a title's decorations
    (中华人民共和国…证书, （副本）, one stray character), or it is printed large and starts with it.
    Not a sentence that names the document (`带营业执照原件和复印件`, `凭营业执照依法自主开展经营活动`)."""
    for t, h, _ in segments:
        i = t.find(word)
        if i < 0:
            continue
        rest = _TITLE_DECOR.sub("", t[:i] + t[i + len(word):])
        if _PAPERWORK.match(t[i + len(word):]):
            continue  # `食品经营许可证申请书`: a form about the document, not the document
        if len(rest) <= 1 or (i == 0 or TITLE_AFTER_DECOR and not _TITLE_DECOR.sub("", t[:i])) \
                and median and h >= TITLE_SIZE * median:
            # (printed large and starting with the title after its decorations — `公共场所卫生许可证`
            # with a watermark's words glued on by the detector: `公共场所卫生许可证使用,用`)
            return True
    return False


def _cut_title(word: str, segments: list[tuple[str, float, int]], median: float) -> bool:
    """A long title (食品经营许可证, 常住人口登记卡) printed large whose first or last character was
    not read — a finger, a glare spot or the page's fold over it (`食品经营许可`): the line holds
    the rest of the title and nothing else but a title's decorations. From CUT_TITLE_MIN characters:
    a phone photo of a 营业执照 副本 whose spaced-out 营 sank into a curl's shadow keeps `业执照`
    alone on the page's largest line — three characters no other print of a page stands as."""
    if len(word) < CUT_TITLE_MIN or not median:
        return False
    return any(h >= TITLE_SIZE * median and _TITLE_DECOR.sub("", t) in (word[:-1], word[1:])
               for t, h, _ in segments)


# a title printed letter-spaced (`营　业　执　照`: a spreadsheet's distributed cell, a template's spaced
# heading) is read as single characters, and one in the middle may be lost to a watermark or glare
# over it (ZE ze0101: `营` `执` `照`, 业 under a copy's watermark). The characters read keep their
# places: across the lost one the step from centre to centre is twice the title's pitch, which no
# title read whole shows. Measured on ze0101: 229 px across the lost 业 against a 112 px pitch (2.05)
SPACED_GAP = (1.6, 2.5)  # the step across a lost character, in the title's other steps' median (0: off)


def _centres(row: list[Line]) -> list[tuple[str, float]]:
    """A row's CJK characters left to right with their centres' x (the recogniser's, else spread
    evenly over the box)."""
    out = []
    for ln in row:
        xs = ln.xs if len(ln.xs) == len(ln.text) else tuple(
            ln.x1 + (i + 0.5) * (ln.x2 - ln.x1) / max(1, len(ln.text)) for i in range(len(ln.text)))
        out.extend((ch, x) for ch, x in zip(ln.text, xs, strict=True) if "\u4e00" <= ch <= "\u9fff")
    return out


def _spaced_titles(lines: list[Line], median: float) -> set[str]:
    """The titles (`TITLED`) read on a row of their own, printed large, with one middle character
    lost where the other characters' places leave one character's room (`SPACED_GAP`)."""
    if not SPACED_GAP or not median:
        return set()
    found = set()
    for row in _row_groups(lines):
        if max(ln.h for ln in row) < TITLE_SIZE * median:  # (as `_cut_title` measures a joined segment)
            continue
        chars = _centres(row)
        text = "".join(ch for ch, _ in chars)
        for word in (w for words in TITLED.values() for w in words if len(w) >= CUT_TITLE_MIN):
            for k in range(1, len(word) - 1):
                short = word[:k] + word[k + 1:]
                if _TITLE_DECOR.sub("", text) != short or short not in text:
                    continue
                at = text.index(short)
                xs = [x for _, x in chars[at:at + len(short)]]
                steps = [b - a for a, b in zip(xs, xs[1:], strict=False)]
                gap, rest = steps[k - 1], sorted(steps[:k - 1] + steps[k:])
                pitch = rest[len(rest) // 2]
                if pitch > 0 and SPACED_GAP[0] * pitch <= gap <= SPACED_GAP[1] * pitch:
                    found.add(word)
    return found


# a letter-spaced title crossed by a copy's usage watermark (`仅供银行开户使用`, large and slanted over
# the page's top): the detector boxes the watermark's head and the title as one line, and the
# recogniser, reading left to right, puts a watermark character into a gap of the title (ZV zv_001,
# zv_051, zv_099, photos of a 营业执照 正本: `仅供银行开户营用业执照`, its 用 between 营 and 业). The
# title's own characters keep their even pitch — the intruder takes no room of its own, it lies over
# the letter-spacing — which no run of characters that merely contains the title's in order shows.
# Measured: 营 业 执 照 125 px apart (steps 110–132 on the three pages) with 用 inside the first step
CROSSED_EVEN = 1.35  # the title's steps, largest over smallest, at most this (0: off)


def _crossed_titles(lines: list[Line], median: float) -> set[str]:
    """The titles (`TITLED`) read on a row printed large with other characters inside their
    letter-spacing: the title's characters in order with at most one character between two of them
    (one at least somewhere), their centres evenly spaced (`CROSSED_EVEN`), and no paperwork's
    words after the title (`食品经营许可证申请书`)."""
    if not CROSSED_EVEN or not median:
        return set()
    found = set()
    for row in _row_groups(lines):
        if max(ln.h for ln in row) < TITLE_SIZE * median:
            continue
        chars = _centres(row)
        text = "".join(ch for ch, _ in chars)
        for word in (w for words in TITLED.values() for w in words if len(w) >= CUT_TITLE_MIN):
            if word in text:
                continue  # (read whole: `_titled`)
            for start in (i for i, ch in enumerate(text) if ch == word[0]):
                at = [start]
                for ch in word[1:]:
                    nxt = next((j for j in (at[-1] + 1, at[-1] + 2) if j < len(text) and text[j] == ch), None)
                    if nxt is None:
                        break
                    at.append(nxt)
                if len(at) < len(word) or _PAPERWORK.match(text[at[-1] + 1:]):
                    continue
                steps = [chars[b][1] - chars[a][1] for a, b in zip(at, at[1:], strict=False)]
                if min(steps) > 0 and max(steps) <= CROSSED_EVEN * min(steps):
                    found.add(word)
    return found


# a long title whose last two characters the detector boxed apart from its head and the recogniser misread
# there (AA aa_083, a flatbed scan of a 食品经营许可证: `食品经营许` at 1.00 and, right after it on the title's
# row, `静链` at 0.37 in a box two characters wide — 可证): the head alone is no title (`_cut_title` takes one
# lost end character), the misread box in the tail's room makes it one. Without the title, its labels
# (经营项目, 日常监督管理; 主体业态 read `业态`, 许可证编号 split `编` `号JY…`) scored 2.5 and the page read `other`
TAIL_MISREAD = 0.8  # the tail's box read below this (0: off)


def _misread_tail_titles(lines: list[Line], median: float) -> set[str]:
    """The titles (`TITLED`, seven characters or more) read as their head without the last two characters,
    printed large, with a box right after the head on its row, as wide as one to three of the head's
    characters, holding at most two characters read below TAIL_MISREAD: the tail boxed and misread."""
    if not TAIL_MISREAD or not median:
        return set()
    found = set()
    words = [w for ws in TITLED.values() for w in ws if len(w) >= 7]
    for head in lines:
        text = _TITLE_DECOR.sub("", _SPACE.sub("", head.text))
        word = next((w for w in words if text == w[:-2]), None)
        if word is None or head.h < TITLE_SIZE * median:
            continue
        pitch = (head.x2 - head.x1) / max(1, len(_SPACE.sub("", head.text)))
        for tail in lines:
            if tail is head or min(tail.y2, head.y2) - max(tail.y1, head.y1) < 0.5 * min(tail.h, head.h):
                continue
            if abs(tail.x1 - head.x2) <= pitch and pitch <= tail.x2 - tail.x1 <= 3 * pitch \
                    and 1 <= len(_SPACE.sub("", tail.text)) <= 2 and tail.score < TAIL_MISREAD:
                found.add(word)
    return found


# a label column narrower than a long label wraps it in its cell (an HTML or word-processor table
# sized for 名称 and 类型: `法定代表` over `人`), and the two rows read as two boxes, neither the label.
# The rest starts the next row at the label's left edge, alone. Measured on ZG zg0137 (a phone photo
# of a 营业执照 正本, WeasyPrint): `法定代表` at x 78 (16 px high) over `人` at x 79, 13 px lower
WRAPPED_LABEL = True  # a label wrapped in its cell stands as the label (False: off)
WRAPPED_ROW = 1.6  # the wrapped rest's centre at most this many label heights below the head's
WRAPPED_EDGE = 0.5  # … and its left edge within this many label heights of the head's


def _wrapped_labels(lines: list[Line]) -> set[str]:
    """The non-title keywords (`KEYWORDS`) printed as a label wrapped in its cell: one box holding
    the label's head (two characters or more) and nothing else, and right under it, starting at
    its left edge, a box holding the rest and nothing else (a colon at most)."""
    if not WRAPPED_LABEL:
        return set()
    words = {kw for words in ex.KEYWORDS.values() for kw, _ in words if kw not in TITLES and len(kw) >= 3}
    found = set()
    for head in lines:
        top = _SPACE.sub("", head.text)
        if len(top) < 2 or not any(w.startswith(top) and len(w) > len(top) for w in words):
            continue
        for rest in lines:
            low = _SPACE.sub("", rest.text).rstrip(":：")
            if rest is head or not low or not 0 < rest.cy - head.cy <= WRAPPED_ROW * head.h \
                    or abs(rest.x1 - head.x1) > WRAPPED_EDGE * head.h:
                continue
            if top + low in words:
                found.add(top + low)
    return found


# an ID card back prints its title in two rows: 中华人民共和国 over 居民身份证, the second printed larger. A copy of
# a copy (or a stamp's ring over the card) loses the big row's head — grey, letter-spaced characters the copy
# blurs into the card's guilloche — and keeps its tail (ZZ zz_080, a card back copied onto A4 under a company's
# seal: `中华人民共和国` at 0.96–1.00 and, right under it, `份证` at 0.99 in a box taller than the first row; 签发机关
# and its value under the seal, the period cut `2018.01.03-2036.0`), so the page read as `other`. No other
# document stacks a tail of 身份证 under 中华人民共和国: the 户口簿's cover prints 居民户口簿, a 不动产权证书 证书, a
# form 居民身份证申领登记表 on one row or with its paperwork words on the second. The stacked tail (two characters
# or more, nothing else on its box, at least as tall as the first row) is the card back's title (False: off)
CARD_BACK_TAIL = True
CARD_BACK_TAIL_ROWS = 2.5  # the tail's top at most this many of the first row's heights below that row's bottom
# … and the second row read whole under the first read one character off: the stacked pair is the same title, and
# both its rows count (`中华人民共和回` over `居民身份证`, AF af_0126, a card back on a copy of a copy: 居民身份证 alone
# scored 2, the first row, misread, nothing — `other`, though a back whose first row is read right is a back by
# these two rows alone). The second row's box may overlap the first's by a little (its top above the first's
# bottom, its centre below it: the detector's boxes of two close rows) (False: a tail only, both rows apart)
CARD_BACK_WHOLE = True


def _card_back_tail(lines: list[Line]) -> bool:
    """The card back's two title rows with the second one's head lost (`CARD_BACK_TAIL`): a box holding
    中华人民共和国 (one character misread at most) and nothing else, and under it — overlapping it across,
    its top within CARD_BACK_TAIL_ROWS of its heights below — a box holding a tail of 居民身份证 of two
    characters or more (`份证`, `身份证`, `民身份证`) and nothing else, at least as tall as the first."""
    if not CARD_BACK_TAIL:
        return False
    word, title = "中华人民共和国", "居民身份证"
    tails = {title[k:] for k in range(0 if CARD_BACK_WHOLE else 1, len(title) - 1)}
    for top in lines:
        t = _SPACE.sub("", top.text)
        if len(t) != len(word) or sum(a != b for a, b in zip(t, word, strict=True)) > 1:
            continue
        for low in lines:
            if low is top or _SPACE.sub("", low.text) not in tails or low.h < top.h:
                continue
            below = top.y2 < low.cy if CARD_BACK_WHOLE else 0 <= low.y1 - top.y2
            if below and low.y1 - top.y2 <= CARD_BACK_TAIL_ROWS * top.h and min(low.x2, top.x2) > max(low.x1, top.x1):
                return True
    return False


def _pure_title(word: str, segments: list[tuple[str, float, int]], median: float) -> bool:
    """`word` is the page's title on a line of its own (with a title's decorations at most), or
    with one end character lost (`_cut_title`) — not a large line merely starting with it, as a form's
    `食品经营许可证申请书` does."""
    return any(len(_TITLE_DECOR.sub("", t.replace(word, "", 1))) <= 1 for t, _, _ in segments if word in t) \
        or _cut_title(word, segments, median)


def title_only(lines: list[Line]) -> str | None:
    """The one titled kind (`TITLED`) whose title stands on a line of its own, as the page's largest
    print, with no other document's title or paperwork line on the page — for a photo the quality
    gate calls blurred, read as no kind (`classify` wants two pieces of evidence): in low light with
    the camera moving, a licence's 2–3 mm rows smear past reading while its 10 mm title stays sharp
    enough to read at 1.00 (Y's y0051 营业执照, y0113 卫生许可证, each with nothing else or only
    garbled rows read). The page is that document, its fields left to the blur rules (a retake)."""
    segments = _segments(lines)
    median = _median_height(lines)
    sole = [kind for kind, words in TITLED.items() if any(_pure_title(w, segments, median) for w in words)]
    if len(sole) != 1 or _form_page(lines) or _foreign_title(lines, median):
        return None
    # (the title is the page's largest print: a line printed larger than it is another document's —
    # a line of words: a box read as one character is a mark, not print, `TITLE_OVER_MARKS`)
    title = max((ln.h for ln in lines if any(w in _SPACE.sub("", ln.text) for w in TITLED[sole[0]])), default=0.0)
    printed = [ln.h for ln in lines if (not TITLE_OVER_MARKS or len(_SPACE.sub("", ln.text)) > 1)
               and not (TITLE_OVER_NOTES and _copy_note(_SPACE.sub("", ln.text)))]
    return sole[0] if title >= max(printed, default=0.0) else None


# a copy's own note — the holder's usage line (`仅用于办理本次业务`, `仅供…使用`) or `(此)复印件与原件一致`,
# handwritten or stamped across the sheet — is no print larger than a title either (`title_only`): it is written
# on the copy, larger than the licence's print, by whoever hands it in (AH ah0021, a 食品经营许可证 held in the
# hand: `食品经营许可证` read at 1.00 in a 57 px box, `仅用于办理本次业务` at 1.00 in a 64 px one, every row
# below read as strings of wrong characters). `_foreign_title` passes the same lines over as no document's
# title (False: every line of words counts, as before)
TITLE_OVER_NOTES = True


def _copy_note(text: str) -> bool:
    """A copy's usage note or copy mark (`_foreign_title`'s own exemptions), misread or not."""
    return bool(_WATERMARK.match(text) or COPY_MARK.fullmatch(text.rstrip("。.")) or
                (COPY_NOTE_MISREAD and _copy_note_misread(text)))


# a box read as one character is no print larger than a title (`title_only`): a licence's red seal holds a large
# five-pointed star, and on a page whose print is too small to read the detector boxes the star alone and the
# recogniser names it a character (AA aa_055, a 食品经营许可证 forwarded through a chat app, 766 px wide: `食品经营
# 许可证` read at 1.00 in a 37 px box, every row garbled, the seal's star read as `6` in a 55 px box), so the
# title was no longer the largest print and the page read as `other` with no word to the clerk. No document's
# title is one character; a form or another document's title still outweighs it (False: every box, as before)
TITLE_OVER_MARKS = True


# a licence photographed whole by a phone in poor light or at an angle: its 10 mm title reads at 1.00, its 3 mm
# grey labels come out with a character misread each (ZU zu_0063: `统一社会信用底码`, `经管场所`, `登记机美`,
# `注始日期`; zu_0030, a 食品经营许可证: `日常策督管理机构`, `日常监警管理人员`, `主缘业态`, `签发人`), so `classify`
# finds the title and no label — `other`. The title standing alone as the page's largest print
# (`title_only`) and this many of the kind's own labels each standing as a line of its own, read whole or
# with one character wrong (labels of four characters or more; shorter ones whole), make the page that kind (0: off)
MISREAD_LABELS = 3


def misread_labels(lines: list[Line], kind: str) -> int:
    """How many of `kind`'s printed labels (`extract.PAGE_LABELS`, three characters or more) stand as a
    line of their own (a colon at most) — read whole, or (four characters or more) with one character
    misread. A licence's label column is boxed apart from its values; a letter's sentence that starts
    with a label's words (`经营场所已变更`) is no such line."""
    found = set()
    texts = [_SPACE.sub("", ln.text) for ln in lines]
    for label in {a for a in ex.PAGE_LABELS.get(kind, ()) if len(a) >= 3}:
        n = len(label)
        for t in texts:
            head = t.rstrip(":：")
            if len(head) == n and sum(a != b for a, b in zip(head, label, strict=True)) <= (1 if n >= 4 else 0):
                found.add(label)
                break
    # (one print counts once: `统一社会信用代码` also ends with `社会信用代码`, `法定代表人` starts `法定代表人(负责人)`)
    return sum(1 for a in found if not any(a != b and (a in b) for b in found))


def misread_labels_kind(lines: list[Line]) -> str | None:
    """The titled kind a page read as no kind is, from its title standing alone (`title_only`) and
    MISREAD_LABELS of its labels read whole or one character off; None otherwise."""
    if not MISREAD_LABELS:
        return None
    kind = title_only(lines)
    return kind if kind is not None and misread_labels(lines, kind) >= MISREAD_LABELS else None


# a licence's border is a band of guilloche waves; at a fax's or a copy's resolution the detector
# boxes a run of it as a tall line and the recogniser reads each wave as the same character
# (ZS zs_0054, a fax: `人人人人人`, 120 px high against 36 px rows, across the top border). Printed
# large, four CJK characters or more and no document's title, it stood as another document's
# title and the licence under it — its code, 名称, 类型, 法定代表人 read at 1.00 — read as `other`.
# No title is one character repeated (False: such a line is judged as any other)
REPEAT_NO_TITLE = True


def _foreign_title(lines: list[Line], median: float) -> bool:
    """A line printed as a title that names no document we read (市场主体登记申请表, 房屋租赁合同,
    电子发票, 情况说明): the page is that document. A title's characters are large both ways (a
    value's two wrapped rows read as one box are tall, not wide)."""
    for ln in lines:
        cjk = sum(1 for ch in ln.text if "\u4e00" <= ch <= "\u9fff")
        if _WATERMARK.match(_SPACE.sub("", ln.text)):
            continue  # a copy's watermark (仅供办理…使用), printed large across the page: no title
        if COPY_MARK.fullmatch(_SPACE.sub("", ln.text).rstrip("。.")):
            continue  # the holder's `此复印件与原件一致`, handwritten large on a copy: no title either
        if COPY_NOTE_MISREAD and _copy_note_misread(_SPACE.sub("", ln.text)):
            continue  # the same note with a few of its handwritten characters misread (`安印件力原件·致`)
        if WATERMARK_CLOSE_MISREAD and _watermark_close(_SPACE.sub("", ln.text)):
            continue  # a usage watermark's close boxed alone and misread by a character (`他用无交`)
        if ln.text.lstrip().startswith(("<", "‹", "く")):
            continue  # a screenshot's viewer bar (`< 查看原图`, a back arrow before it): no print of the page
        if REPEAT_NO_TITLE and len({ch for ch in ln.text if "\u4e00" <= ch <= "\u9fff"}) == 1:
            continue  # one character over and over (`人人人人人`): a border's guilloche waves, no words
        if 4 <= cjk <= 16 and median and not any(_near(w, ln.text) for w in TITLES) and (
                ln.h >= TITLE_SIZE * median and (ln.x2 - ln.x1) / len(ln.text) >= 1.2 * median
                or ln.h >= median and _FORM_TITLE.fullmatch(_SPACE.sub("", ln.text))):
            return True
    return False


# the holder's `复印件与原件一致` on a copy is handwritten, and a fax's threshold or a copy of a copy leaves it
# with characters misread (AF af_0031, a faxed ID front: `安印件力原件·致` at 0.82, 63 px high against the card's
# 30 px rows) — no longer the copy note to `COPY_MARK`, it stood as another document's title and the card under it
# read as `other`. A line of the note's length with 原件 whole where the note prints it and at most this many of its
# other characters misread is that note; no document's title shares five characters in place with it (0: off)
COPY_NOTE_MISREAD = 3
_COPY_NOTES = ("复印件与原件一致", "此复印件与原件一致")


def _copy_note_misread(text: str) -> bool:
    """`text` is the copy note `(此)复印件与原件一致` with up to COPY_NOTE_MISREAD characters misread,
    its 原件 read whole in its place."""
    for note in _COPY_NOTES:
        at = note.index("原件")
        if len(text) == len(note) and text[at:at + 2] == "原件" \
                and sum(a != b for a, b in zip(text, note, strict=True)) <= COPY_NOTE_MISREAD:
            return True
    return False


# a usage watermark ends `…使用，他用无效`; the detector often boxes that close alone (the comma's gap
# splits the slanted line), and the watermark's light, large strokes in a small or recompressed
# picture lose a character's detail: ZK zk_0106 (a licence copy forwarded through a chat app at
# 960 px) read `他用无效` twice and `他用无交` once — the misread piece, large, four characters and
# naming no document, made the page `other` as another document's title, its title glued to the
# watermark (`办理卫生许营业执照`). No document's title holds three characters of it in a row
WATERMARK_CLOSE = "他用无效"
WATERMARK_CLOSE_MISREAD = True  # a line one character off `他用无效` (or three of it in a row) is no title (False: off)


def _watermark_close(text: str) -> bool:
    """`text` is a usage watermark's close as a poor reading gives it: `他用无效` with one
    character misread or lost (`他用无交`, `他用无`, `用无效`), and at most one character more."""
    w = WATERMARK_CLOSE
    return len(text) <= len(w) + 1 and _near(w, text)


def _form_page(lines: list[Line]) -> bool:
    """The page is paperwork about a document (an application form), not the document: one of its
    lines ends with a form's title word, points to the form's filling instructions, or is the
    applicant's signature line."""
    return any(_FORM_LINE.search(_SPACE.sub("", ln.text)) for ln in lines)


# how the watermark a copy of a document is stamped with begins (仅供办理食品经营许可证使用, 仅限银行
# 开户使用, 此复印件仅用于…): the applicant limits what the copy may be used for
_WATERMARK = re.compile(r"(此复印件|本复印件)?(仅供|仅限|仅用于|仅作|只供|只限)")


# a form's title on a line of its own, at least as large as the page's text: 公司登记（备案）申请书,
# 个体工商户变更登记表. Such a title may be printed only a little larger than the handwritten or typed
# entries (1.2×, under TITLE_SIZE), and a photo of the form at an angle shrinks the difference further
_FORM_TITLE = re.compile(r"[\u4e00-\u9fff()（）]{2,14}(申请书|申请表|登记表|备案表|承诺书|告知书|通知书)")


def _near(word: str, text: str) -> bool:
    """`word` in `text` as far as a poor reading of a large title goes: one character misread
    (`营上执照`), or three characters of it in a row (`此复器经营许可证`)."""
    n = len(word)
    return word in text or n >= 4 and any(
        sum(a != b for a, b in zip(text[i:i + n], word, strict=True)) <= 1 for i in range(len(text) - n + 1)
    ) or any(word[i:i + 3] in text for i in range(n - 2))


def _key_number(kind: str, lines: list[Line]) -> bool:
    """The page carries the number a `kind` always prints, valid by its validator."""
    texts = [_SPACE.sub("", ln.text) for ln in lines]
    if kind in ("business_license", "food_business_license"):
        if kind == "food_business_license" and any(re.search(r"JY\d{14}(?!\d)", t.upper()) for t in texts):
            return True
        return bool(ex._uscc_in([(t, (0.0, 0.0, 0.0, 0.0), 1.0) for t in texts]))
    if kind == "public_health_license":
        # (year brackets printed 〔〕, [] or （）and read as any of them, made one as the extractor does)
        return any(ex._HEALTH_NO.search(re.sub(r"[\])】〕]", "〕", re.sub(r"[\[(【〔]", "〔", to_halfwidth(t))))
                   for t in texts)
    if kind == "household_register":
        return any(validate_id_number(m.group(0)).ok for t in texts
                   for m in re.finditer(r"(?<![\dA-Z])\d{17}[\dXx](?![\dXx])", t))
    if kind == "marriage_certificate":
        return any(_MARRIAGE_NO.search(t) for t in texts)
    if kind == "real_estate_certificate":
        return any(UNIT_NO.search(t.translate(_UNIT_CONFUSE)) or _CERT_NO.search(t) for t in texts)
    return True


def _rows(lines: list[Line]) -> list[tuple[str, float]]:
    """The page's rows as (text left to right, centre y): a label and its value in separate
    boxes, a label the detector split into single characters (`名` `称` `上海…`)."""
    return [(_SPACE.sub("", "".join(ln.text for ln in row)), min(ln.cy for ln in row)) for row in _row_groups(lines)]


def _valued_labels(kind: str, lines: list[Line]) -> tuple[int, bool]:
    """How many of a kind's fields stand as a label at a row's start with a value after it, and
    whether a label starts rows far apart (a lease names two parties, a licence one; a label read
    twice in one place is no repeat)."""
    rows, gap = _rows(lines), 3 * _median_height(lines)
    # a label may start a row or a box within it: a licence's second column (成立日期, 营业期限,
    # 住所) stands to the right of the first one's values on the same rows
    starts = [_SPACE.sub("", "".join(ln.text for ln in row[k:])) for row in _row_groups(lines)
              for k in range(len(row) if VALUED_BOX_STARTS else 1)]
    valued, repeated = 0, False
    for aliases in set(ex.FIELD_LABELS.get(kind, {}).values()):
        rests = [r[r.find(a) + len(a):] for r in starts for a in aliases if 0 <= r.find(a) <= 1]
        ys = [y for r, y in rows if any(0 <= r.find(a) <= 1 for a in aliases)]
        repeated = repeated or bool(ys) and max(ys) - min(ys) > gap
        if any(len(re.sub(r"[:：()（）]", "", rest)) >= 2 for rest in rests):
            valued += 1
    return valued, repeated


_ID_BACK_PERIOD = re.compile(r"((?:19|20)\d\d\.\d\d\.\d\d)[-—–一~]+(长期|(?:19|20)\d\d\.\d\d\.\d\d)")
ID_PERIOD_WEIGHT = 1.0  # evidence of an ID card back: its validity period read whole (0: off)
# … its dates' dots lost: a fax's 204×98 dpi (or a 1-bit scan) drops the small dots between year, month and
# day, and the recogniser reads gaps there or nothing (ZU zu_0141, a fax of a card back: `居民身份证` at 1.00 and
# `2013 01 042033 01 04` at 0.98, the layout's line `2013010420330104`; 签发机关 and 有效期限 dithered away —
# `other`). Sixteen digits alone that are two dates the card's 5, 10 or 20 years apart to the day are that
# period: no other print (a card number, an account, a code) is two such dates (False: dotted dates only)
ID_PERIOD_UNDOTTED = True
_ID_BACK_UNDOTTED = re.compile(r"(?<![\d.])((?:19|20)\d{6})[-—–一~]?((?:19|20)\d{6})(?![\d.])")


def _id_back_period(lines: list[Line]) -> bool:
    """The page prints an ID card back's validity period: two dotted dates the card's 5, 10 or 20
    years apart to the day, or one and 长期 (`2016.02.11-2036.02.11`, `2008.05.01-长期`). A licence's
    or a permit's term is written in 年月日, a driving licence's with 至 and dashes; on a card back
    copied small onto a watermarked sheet the period is often the one row read whole while the
    large, letter-spaced 居民身份证 falls apart into single characters and 签发机关 goes unread.
    With ID_PERIOD_UNDOTTED, the dates' dots may be lost (`2013010420330104`, a fax)."""
    for ln in lines:
        text = _SPACE.sub("", ln.text)
        found = list(_ID_BACK_PERIOD.finditer(text))
        if ID_PERIOD_UNDOTTED:
            found += _ID_BACK_UNDOTTED.finditer(text)
        for m in found:
            frm, to = ex._id_period(m.group(0))
            if frm and to == "长期":
                return True
            if frm and to and any(add_years(dt.date.fromisoformat(frm), n).isoformat() == to for n in (5, 10, 20)):
                return True
    return False


LABELLESS_FRONT = True  # an ID front known by its number and its birth year printed apart, no label read (False: off)
# … or by its number and its sex row: a short line above the number (the sex, three characters at most with what
# is left of 性别, never the other sex than the number's) with a coded nation standing right of it on its row —
# the card's 性别/民族 row (`extract.SEX_ROW_BY_NATION`). A fax's threshold scatters a small card's thin strokes
# so that the birth row's year is read broken (ZX zx_003, a faxed front: `11198.144日911` for 出生 1984 年 9 月 9 日,
# `性別父` and `比m汉` its sex row, labels gone) while that row still stands (False: the birth year only)
LABELLESS_FRONT_NATION = True
NATION_ROW_REACH = 8.0  # … within this many of the number's heights above it (the card's rows: name to number ~5)
_ID_RUN = re.compile(r"(?<![\dA-Z])\d{17}[\dXx](?![\dXx])")
# … or by its number and its address row: a line above the number (within NATION_ROW_REACH of its heights) that starts
# with the full name of the province the number's first two digits code and goes on with the first two characters of
# its city's name (the first four digits'; a municipality's district, the six) — the card's 住址 row, printed in the
# black of the values and large enough to outlast a fax's threshold that scatters the small birth row (AF af_0031, a
# faxed front: `吉林省长春中朝所区望家` over `220104196312269287`, its birth row read `19631120` for 1963 年 12 月 26 日,
# its sex and nation `u`, `小价`). A number names the place its holder was first registered, so a moved holder's card
# gives no such row (no evidence, not a wrong one); a form or a 户口簿 page naming a person by number and address
# prints its labels, which `labelless_kind` asks to be absent, as for the birth row (False: the birth year only)
LABELLESS_FRONT_ADDRESS = True
_MUNICIPALITIES = ("11", "12", "31", "50")


def _number_address(text: str, number: str) -> bool:
    """`text` starts as the address of the place `number` codes: its province's full name, then the
    first two characters of its city's name (of its district's, in a municipality)."""
    province = region_name(number[:2] + "0000")
    place = region_name(number[:6] if number[:2] in _MUNICIPALITIES else number[:4] + "00")
    t = _SPACE.sub("", text)
    if not province or not place or len(place) < 2 or place == "市辖区" or not t.startswith(province):
        return False
    return t[len(province):].startswith(place[:2])


def labelless_front(lines: list[Line]) -> bool:
    """The page is an ID card front whose labels were lost (a dithered fax scatters a card's grey
    labels into single dots while its black values survive): one citizen number on it passes its
    check (GB 11643: check character, a real birth date, a province), and the birth year that
    number holds is printed apart, on a line above it — the card's own birth row (`1958` over
    `330212195806097215`). A number alone proves nothing of the page's kind (a form or a lease
    names a person by it); a form that also prints the person's birth date has its labels read,
    and `labelless_kind` takes this only when no other kind's title or label stands on the page."""
    found: dict[str, Line] = {}
    for ln in lines:
        for m in _ID_RUN.finditer(_SPACE.sub("", ln.text)):
            chk = validate_id_number(m.group(0))
            if chk.ok and chk.normalized:
                found.setdefault(chk.normalized, ln)
    if len(found) != 1:
        return False
    number, at = next(iter(found.items()))
    born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))  # (a real date: the check passed)
    if any(ln is not at and ln.cy < at.y1 and ex.holds_birth(ln.text, born) for ln in lines):
        return True
    if LABELLESS_FRONT_ADDRESS and any(ln is not at and ln.cy < at.y1 and at.y1 - ln.cy < NATION_ROW_REACH * at.h
                                       and _number_address(ln.text, number) for ln in lines):
        return True
    other_sex = "女" if int(number[16]) % 2 else "男"
    return LABELLESS_FRONT_NATION and any(
        ln is not at and ln.cy < at.y1 and at.y1 - ln.cy < NATION_ROW_REACH * at.h and other_sex not in ln.text
        and len(ex._SEX_ROW_SPECKS.sub("", ln.text)) <= 3 and ex._nation_right_of(lines, ln) for ln in lines)


def labelless_kind(lines: list[Line]) -> str | None:
    """The kind of a page read as no kind whose labels were lost, from values that prove
    themselves (`labelless_front`) — only when no word of any other kind stands on the page (a
    title, a label, an ID back's period) and the page is no form and has no other document's
    title. The reader asks this only of a page its readings left `other` (`classify` is not
    changed), so no page read as a kind is read otherwise."""
    if not LABELLESS_FRONT or not labelless_front(lines):
        return None
    segments, median = _segments(lines), _median_height(lines)
    spaced = _spaced_titles(lines, median)
    for kind, words in ex.KEYWORDS.items():
        if kind != "id_card_front" and any(
                _titled(kw, segments, median) or _cut_title(kw, segments, median) or kw in spaced if kw in TITLES
                else _stands(kw, segments) for kw, _ in words):
            return None
    if _id_back_period(lines) or _form_page(lines) or _foreign_title(lines, median):
        return None
    return "id_card_front"


def classify(lines: list[Line]) -> tuple[str, float]:
    """The page kind from its title and labels; `other` unless one kind clearly wins.

    Evidence is a title (`_titled`) or a label standing as one (`_stands`), an ID number, a
    Luhn-valid card number; a kind is ruled out by labels it never carries (`EXCLUDES`). A page needs
    two pieces of evidence and a clear margin over the runner-up — so a letter naming a licence stays
    `other`. A kind with a title (`TITLED`) whose title was not read needs positive evidence instead:
    its validated number, `UNTITLED_HITS` of its labels, and no other document's title on the page —
    an application form, an invoice or a lease carries the same labels, never all of that."""
    segments = _segments(lines)
    median = _median_height(lines)
    spaced = _spaced_titles(lines, median) | _crossed_titles(lines, median) | _misread_tail_titles(lines, median)
    if _card_back_tail(lines):
        spaced.add("居民身份证")
        if CARD_BACK_WHOLE:
            spaced.add("中华人民共和国")  # (its row read one character off: the stacked pair is the title)
    wrapped = _wrapped_labels(lines)
    scores: dict[str, float] = {}
    hits: dict[str, int] = {}
    titled: dict[str, bool] = {}
    pure: dict[str, bool] = {}
    for kind, words in ex.KEYWORDS.items():
        found = [w for kw, w in words if (_titled(kw, segments, median) or _cut_title(kw, segments, median)
                                          or kw in spaced if kw in TITLES
                                          else _stands(kw, segments) or kw in wrapped)]
        scores[kind], hits[kind] = sum(found), len(found)
        titled[kind] = any(_titled(w, segments, median) or _cut_title(w, segments, median) or w in spaced
                           for w in TITLED.get(kind, ()))
        pure[kind] = any(_pure_title(w, segments, median) or w in spaced for w in TITLED.get(kind, ()))
    if any(re.search(r"(?<![\dA-Z])\d{17}[\dXx](?![\dXx])", ln.text) for ln in lines):
        scores["id_card_front"] += 1.5
        hits["id_card_front"] += 1
    if ID_PERIOD_WEIGHT and "id_card_back" in scores and _id_back_period(lines):
        scores["id_card_back"] += ID_PERIOD_WEIGHT
        hits["id_card_back"] += 1
    if "bank_card" in scores and any(ex._luhn_run(number) and not _account_number(row, lines)
                                     for number, row in _card_numbers(lines)):
        scores["bank_card"] += 2
        hits["bank_card"] += 1
    for kind, words in EXCLUDES.items():
        if kind in scores and sum(1 for w in words if _stands(w, segments)) >= 2:
            scores[kind], hits[kind] = 0.0, 0
    sole = [kind for kind, yes in pure.items() if yes]
    if len(sole) == 1 and hits[sole[0]] < 2 and _key_number(sole[0], lines):
        # the title on a line of its own and the number the kind always prints, valid: a page cut
        # down its label column (a photo that lost the page's left edge) keeps only the labels' last
        # characters (`称:` `目:`), yet is that document
        scores[sole[0]] += 1
        hits[sole[0]] += 1
    if len(sole) == 1 and hits[sole[0]] >= 2:
        # the page's title names one titled kind (食品经营许可证) and a label of it stands: the labels
        # it shares with another titled kind (统一社会信用代码, 法定代表人, 住所 of a 营业执照) are no
        # evidence for that kind, whose own title was not read
        for kind in TITLED:
            if kind != sole[0] and kind in scores and not titled[kind]:
                scores[kind] = 0.0
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, s1), (_, s2) = ranked[0], ranked[1]
    if s1 < 3 or s1 - s2 < 1.5 or hits[best] < 2:
        return "other", s1
    if best in TITLED and _form_page(lines):
        # a registration 申请书 asks for the licence's values (filled in by hand, or empty): its
        # title may be printed barely larger than its rows, and no licence prints such lines
        return "other", s1
    if best in TITLED and not titled[best]:
        valued, repeated = _valued_labels(best, lines)
        number = _key_number(best, lines) and (hits[best] >= UNTITLED_HITS
                                               or bool(UNTITLED_NUMBER_VALUES) and valued >= UNTITLED_NUMBER_VALUES)
        if _foreign_title(lines, median) or repeated or not (number or valued >= UNTITLED_VALUES):
            return "other", s1
    return best, s1


def register() -> None:
    """Add these kinds to the classifier and the extractors of `app.prefill.extract`."""
    ex.KEYWORDS.update(KEYWORDS)
    ex.FIELD_KEYS.update(FIELD_KEYS)
    ex.FIELD_LABELS.update(FIELD_LABELS)
    ex.VALUE_WORDS.update({"household_register": {"relationship": RELATIONS}})
    ex.PAGE_LABELS.update({kind: _labels(table) for kind, table in (
        ("food_business_license", FOOD), ("household_register", HOUSEHOLD), ("marriage_certificate", MARRIAGE),
        ("real_estate_certificate", ESTATE))})
    ex.EXTRACTORS.update({"food_business_license": extract_food, "household_register": extract_household,
                          "marriage_certificate": extract_marriage, "real_estate_certificate": extract_real_estate,
                          "bank_card": extract_bank_card})
    ex.KINDS = tuple(k for k in ex.KINDS if k != "other") + tuple(KEYWORDS) + ("other",)
