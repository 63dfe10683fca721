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
from app.prefill.layout import Line, Piece, find_label, join, normalize_labels, value_after
from app.validators import validate_id_number
from app.validators.dates import add_years
from app.validators.nations import normalize_nation

FOOD = {"no": ("许可证编号",), "name": ("经营者名称",),
        "code": ("统一社会信用代码(身份证号码)", "社会信用代码(身份证号码)", "统一社会信用代码", "社会信用代码"),
        "rep": ("法定代表人(负责人)", "法定代表人", "负责人"), "address": ("住所",), "premises": ("经营场所",),
        "form": ("主体业态",), "items": ("经营项目",), "valid": ("有效期至", "有效期限"),
        "other": ("日常监督管理机构", "日常监督管理人员", "投诉举报电话", "发证机关", "签发人", "发证日期")}
HOUSEHOLD = {"name": ("姓名",), "relation": ("户主或与户主关系", "与户主关系"), "sex": ("性别",), "nation": ("民族",),
             "birth": ("出生日期",), "number": ("公民身份号码", "公民身份证件编号", "身份证件编号"), "hh": ("户号",),
             "address": ("住址",),
             "other": ("户别", "户主姓名", "曾用名", "出生地", "籍贯", "宗教信仰", "身高", "血型", "文化程度", "婚姻状况",
                       "兵役状况", "服务处所", "职业", "本市(县)其他住址", "何时由何地迁来本市(县)", "何时由何地迁来本址",
                       "承办人签章", "登记日期")}
MARRIAGE = {"holder": ("持证人",), "date": ("登记日期",), "no": ("结婚证字号",), "name": ("姓名",), "sex": ("性别",),
            "nationality": ("国籍",), "birth": ("出生日期",), "id": ("身份证件号", "身份证件号码"), "other": ("备注",)}
ESTATE = {"holder": ("权利人",), "share": ("共有情况",), "location": ("坐落",), "unit": ("不动产单元号",),
          "right_type": ("权利类型",), "nature": ("权利性质",), "usage": ("用途",), "area": ("面积",),
          "term": ("使用期限",), "other": ("权利其他状况", "附记")}

RELATIONS = frozenset(
    ["户主", "妻", "夫", "子", "女", "长子", "次子", "三子", "四子", "五子", "长女", "次女", "三女", "四女", "五女", "养子", "养女", "继子", "继女", "独生子", "独生女", "孙子", "孙女", "外孙子", "外孙女", "外孙", "曾孙子", "曾孙女", "父亲", "母亲", "父", "母", "公公", "婆婆", "岳父", "岳母", "继父", "继母", "养父", "养母", "祖父", "祖母", "外祖父", "外祖母", "兄", "弟", "姐", "妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄弟", "姐妹", "儿媳", "女婿", "孙媳妇", "侄子", "侄女", "外甥", "外甥女", "其他", "非亲属", "保姆", "配偶", "女儿", "儿子"])
FOOD_FORM = re.compile(r"(食品销售经营者|餐饮服务经营者|单位食堂|食品经营管理者|食品贸易商|集中用餐单位食堂)((\([^()]+\)){0,2})")
# the bracketed kinds of premises the 食品经营许可审查通则 (2015, 2023) name after a 主体业态
FOOD_SUBTYPES = frozenset({
    "超市", "商场", "商场超市", "便利店", "食杂店", "网络食品销售商", "食品贸易商", "自动售货设备", "食品自动售货设备",
    "特大型餐馆", "大型餐馆", "中型餐馆", "小型餐馆", "微型餐馆", "小餐饮", "快餐店", "小吃店", "饮品店", "糕点店",
    "中央厨房", "集体用餐配送单位", "网络经营", "含网络经营", "学校食堂", "托幼机构食堂", "养老机构食堂",
    "机关企事业单位食堂", "机关事业单位食堂", "企业食堂", "工地食堂", "建筑工地食堂", "其他食堂"})
# words a 主体业态 and a 经营项目 list are printed with (the 审查通则's item names and their parts):
# they settle a doubtful character between the recogniser's two best readings (糕点, not 棋点)
FOOD_WORDS = frozenset({
    "食品销售经营者", "餐饮服务经营者", "单位食堂", "集中用餐单位食堂", *FOOD_SUBTYPES,
    "预包装食品", "散装食品", "特殊食品", "保健食品", "特殊医学用途配方食品", "婴幼儿配方乳粉", "婴幼儿配方食品",
    "其他婴幼儿配方食品", "其他类食品", "热食类食品", "冷食类食品", "生食类食品", "糕点类食品", "自制饮品",
    "裱花类糕点", "裱花蛋糕", "冷藏冷冻食品", "散装熟食", "食用农产品", "自酿酒", "销售", "制售"})
CO_OWNERSHIP = frozenset({"单独所有", "共同共有", "按份共有", "共有"})
BANK = re.compile(r"(中国[\u4e00-\u9fff]{2,6}银行|[\u4e00-\u9fff]{2,8}银行)")
BANK_CONFUSE = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5",
                              "B": "8", "b": "6", "G": "6", "q": "9"})
# 不动产单元号: 6-digit county + 6-digit cadastral area/subarea + 2 letters (宗地特征码) + 5 digits
# + 1 letter (F/L/Q/W) + 8 digits (GB/T 37346)
UNIT_NO = re.compile(r"\d{12}[A-Z]{2}\d{5}[FLQW]\d{8}")
_UNIT_CONFUSE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5"})
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


def _person_name(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...]) -> ex.FieldResult:
    p = value_after(lines, aliases, labels)
    v = ex._name_value(join(p)[0]) if p else ""
    if not v:
        return ex._blank("not found" if find_label(lines, aliases) is None else "no value")
    if not ex._CJK_NAME.match(v) or len(v) > 6:
        return ex.FieldResult(v, 0.5, join(p)[2], flagged=True, note="not a name")
    return ex._result(v, p, char_floor=ex.NAME_CHAR)


def _date(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...]) -> ex.FieldResult:
    p = value_after(lines, aliases, labels, multiline=True, max_lines=1)
    text = join(p)[0] if p else ""
    if not text:
        return ex._blank("not found" if find_label(lines, aliases) is None else "no value")
    first = join(p[:1])[0]
    v = ex._norm_date(first) or ex._norm_date(text)
    return ex._result(v, p) if v else ex.FieldResult(text, 0.5, join(p)[2], flagged=True, note="not a date")


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


def _food_address(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...]) -> ex.FieldResult:
    p = ex._places(value_after(lines, aliases, labels, multiline=True, max_lines=2))
    v = ex._name_value(join(p)[0]) if p else ""
    found = find_label(lines, aliases)
    if len(v) < 4:
        return ex._blank("not found" if found is None else "no value")
    return ex._premises_address(v, p, lines, found[0].x1 if found else 0.0)


def extract_food(lines: list[Line]) -> dict[str, ex.FieldResult]:
    labels = _labels(FOOD)
    lines = normalize_labels(lines, labels)
    res: dict[str, ex.FieldResult] = {}
    found = {}
    for ln in lines:
        for m in re.finditer(r"JY[0-9OoDIlZS]{14}(?![0-9])", ln.text.upper().replace("JV", "JY")):
            no = "JY" + m.group(0)[2:].translate(BANK_CONFUSE)
            if no[2:].isdigit() and no[2] in "123":  # 主体业态 digit: 1 销售, 2 餐饮, 3 单位食堂
                found.setdefault(no, ln)
    if len(found) == 1:
        no, ln = next(iter(found.items()))
        res["license_no"] = ex._result(no, [Piece(no, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2))])
    else:
        res["license_no"] = ex._blank("several valid codes" if found else "not found")
    p = ex._name_rows(value_after(lines, FOOD["name"], labels, multiline=True, max_lines=1), lines)
    v = ex._name_value(join(p)[0]) if p else ""  # (a row under a short, complete name is not its)
    res["name"] = ex._result(v, p) if len(v) >= 2 else ex._blank(
        "not found" if find_label(lines, FOOD["name"]) is None else "no value")
    res["credit_code"] = ex._uscc(lines)
    res["legal_representative"] = _person_name(lines, FOOD["rep"], labels)
    res["address"] = _food_address(lines, FOOD["address"], labels)
    res["premises_address"] = _food_address(lines, FOOD["premises"], labels)
    v, p = _text(lines, FOOD["form"], labels, rows=1)
    p = ex._places(p, FOOD_WORDS)
    v = join(p)[0] if p else ""
    m = FOOD_FORM.fullmatch(v)
    if m:  # (a kind of premises the 审查通则 does not name is read like free text: each character)
        kinds = [k for k in re.split(r"[()、,]", m.group(2)) if k]
        res["business_form"] = ex._result(v, p, vocabulary=all(k in FOOD_SUBTYPES for k in kinds))
    else:
        res["business_form"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unknown type") \
            if v else ex._blank()
    v, p = _text(lines, FOOD["items"], labels, rows=6)
    p = ex._places(p, FOOD_WORDS)
    weakest = None
    if p:  # as in a 经营范围: a colon is the recogniser's ；(taken when its second choice says so)
        v, weakest = ex._scope_text(p)
    if v and not ex.SCOPE_CHARS.fullmatch(v):  # a character no item list is printed with: a misread
        res["business_items"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True,
                                               note="doubtful character")
    elif v and re.search(r"(?<!项目):", v):
        res["business_items"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="stray colon")
    elif v and v.count("(") != v.count(")"):
        res["business_items"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unbalanced")
    elif v and (ex.ragged(p) or getattr(p, "hole", False)):
        res["business_items"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="ragged rows")
    else:
        res["business_items"] = ex._result(v, p, weakest=weakest) if len(v) >= 2 else ex._blank()
    res["valid_to"] = _food_valid_to(lines, labels)
    return res


def _food_valid_to(lines: list[Line], labels: tuple[str, ...]) -> ex.FieldResult:
    """有效期至: a 食品经营许可证 is valid for five years from its issue (食品经营许可管理办法), so an
    end date five years after another date printed on the page (the 发证日期, to the day before or
    the day) cross-checks it."""
    f = _date(lines, FOOD["valid"], labels)
    if f.value and re.fullmatch(r"\d{4}-\d\d-\d\d", f.value) and f.box:
        end = dt.date.fromisoformat(f.value)
        for ln in lines:
            if ln.y2 > f.box[1] and ln.y1 < f.box[3] and ln.x2 > f.box[0] and ln.x1 < f.box[2]:
                continue  # the end date's own row
            d = ex._norm_date(ln.text)
            if d and end in {add_years(dt.date.fromisoformat(d), 5) - dt.timedelta(days=k) for k in (0, 1)}:
                f.flagged, f.confidence, f.weakest, f.note = False, max(f.confidence, 0.97), 1.0, ""
                break
    return f


def extract_household(lines: list[Line]) -> dict[str, ex.FieldResult]:
    labels = _labels(HOUSEHOLD)
    lines = normalize_labels(lines, labels)
    res: dict[str, ex.FieldResult] = {}
    res["id_number"], facts = _id_number(lines, HOUSEHOLD["number"], labels)
    res["name"] = _person_name(lines, HOUSEHOLD["name"], labels)
    v, p = _text(lines, HOUSEHOLD["relation"], labels)
    if v in RELATIONS:
        res["relationship"] = ex._result(v, p, vocabulary=True)
    else:
        res["relationship"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unknown item") \
            if v else ex._blank()
    res["sex"] = _sex(lines, HOUSEHOLD["sex"], labels, facts)
    v, p = _text(lines, HOUSEHOLD["nation"], labels)
    name_n, code = normalize_nation(re.sub(r"[^\u4e00-\u9fff]", "", v).translate(ex._TRAD))
    res["nation"] = ex._result(name_n, p, vocabulary=True) if name_n and code else (
        ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="not a coded nation") if v else ex._blank())
    res["birth_date"] = _birth(lines, HOUSEHOLD["birth"], labels, facts)
    v, p = _text(lines, HOUSEHOLD["hh"], labels)
    v = v.upper()
    if re.fullmatch(r"[0-9A-Z]{6,12}", v) and re.search(r"\d{5}", v):
        res["household_number"] = ex._result(v, p)
    else:
        res["household_number"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True,
                                                 note="not a term") if v else ex._blank()
    res["address"] = _free(lines, HOUSEHOLD["address"], labels, rows=3, min_len=4, places=True)
    return res


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
        res[f"party{i}_nationality"] = ex._result(v, p) if re.fullmatch(r"[\u4e00-\u9fff]{2,10}", v) else (
            ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unknown item") if v else ex._blank())
        res[f"party{i}_birth_date"] = _birth(block, MARRIAGE["birth"], labels, facts)
    return res


def extract_real_estate(lines: list[Line]) -> dict[str, ex.FieldResult]:
    labels = _labels(ESTATE)
    lines = normalize_labels(lines, labels)
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
    res["holder"] = ex._result(v, p) if v and all(ex._CJK_NAME.match(x) for x in v.split("、")) else (
        ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="not a name") if v else ex._blank())
    v, p = _text(lines, ESTATE["share"], labels)
    res["co_ownership"] = ex._result(v, p, vocabulary=True) if v in CO_OWNERSHIP else (
        ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unknown item") if v else ex._blank())
    res["location"] = _free(lines, ESTATE["location"], labels, rows=3, min_len=4, places=True)
    v, p = _text(lines, ESTATE["unit"], labels)
    u = v.upper()
    u = u[:12].translate(_UNIT_CONFUSE) + u[12:14] + u[14:19].translate(_UNIT_CONFUSE) + u[19:20] + \
        u[20:].translate(_UNIT_CONFUSE)
    res["unit_number"] = ex._result(u, p, validated=True) if UNIT_NO.fullmatch(u) else (
        ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="not a licence number")
        if v else ex._blank())
    for key, lab in (("right_type", "right_type"), ("right_nature", "nature"), ("usage", "usage")):
        res[key] = _free(lines, ESTATE[lab], labels, rows=1)
    # (面积 is also inside the value: 共有宗地面积…/房屋建筑面积…, so it does not cut the value)
    v, p = _text(lines, ESTATE["area"], tuple(lab for lab in labels if lab != "面积"), rows=2)
    weakest = None
    m = re.search(r"(?:房屋)?建筑面积[:：]?(\d+(?:\.\d+)?)", v) or (
        re.fullmatch(r"(\d+(?:\.\d+)?)(㎡|平方米|m2|M2)?", v))
    if m and p:  # only the number's characters count (㎡ is often read doubtfully)
        chars = [c for x in p for c in (x.chars or ((x.score, "", 0.0),) * len(x.text))]
        span = chars[m.start(1):m.end(1)] if len(chars) == len(v) else []
        weakest = min((c[0] for c in span), default=None)
    res["area"] = ex._result(m.group(1), p, weakest=weakest) if m and p else (
        ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="not an amount") if v else ex._blank())
    v, p = _text(lines, ESTATE["term"], labels, rows=1)
    dates = re.findall(r"\d{4}年\d{1,2}月\d{1,2}日", v)
    # (digits left over beside the whole dates are a date cut short: `…起2073年` lost `04月17日止`)
    whole = not re.search(r"\d", re.sub(r"\d{4}年\d{1,2}月\d{1,2}日", "", v))
    if v and dates and whole and all(ex._norm_date(d) for d in dates) and (len(dates) == 2 or "长期" in v
                                                                           or "止" not in v):
        res["term"] = ex._result(v, p)
    else:
        res["term"] = ex.FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="not a term") \
            if v else ex._blank()
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


# common Chinese surnames (the 百家姓's frequent single ones and the compound ones still in use):
# a holder's name on a card begins with one of them; words printed on cards (金卡, 借记卡) do not
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "皇甫", "东方", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文", "司徒",
                     "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "闻人", "澹台", "公冶", "太史")
CARD_WORDS = re.compile(r"卡|银行|银联|借记|贷记|储蓄|信用|金融|理财|白金|钻石|社保|有效|专用|客户|服务|牡丹|金穗")


def _card_holder(lines: list[Line], numbers: dict[str, list[Line]]) -> ex.FieldResult:
    """The holder's name, when the card prints one in Chinese: one line below the card number that
    is a name (2–4 Chinese characters starting with a surname, no card words), read surely. No
    such line: the card prints none (the true value is empty). Two: doubtful, not guessed."""
    below = max((o.y2 for row in numbers.values() for o in row), default=None) if len(numbers) == 1 else None
    if below is None:
        return ex.FieldResult("", 0.9, None, note="none printed")
    found = [ln for ln in lines if ln.y1 >= below - 0.3 * ln.h and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", ln.text)
             and (ln.text[0] in SURNAMES or ln.text[:2] in COMPOUND_SURNAMES) and not CARD_WORDS.search(ln.text)]
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
}
# words that are a document's title: they count wherever they stand on a short line
TITLES = ("营业执照", "卫生许可证", "食品经营许可证", "常住人口登记卡", "户口簿", "结婚证", "不动产权", "居民身份证",
          "中华人民共和国")
_SPACE = re.compile(r"\s+")


def _segments(lines: list[Line]) -> list[str]:
    """Each line's text, and short lines joined with what follows them in reading order (a label
    the detector split into boxes: `公民身份` + `号码`, `名` + `称`)."""
    texts = [_SPACE.sub("", ln.text) for ln in lines]
    out = list(texts)
    for i, t in enumerate(texts):
        if len(t) <= 4:
            joined = t
            for nxt in texts[i + 1:i + 4]:
                joined += nxt
                out.append(joined)
                if len(nxt) > 4:
                    break
    return out


def _stands(word: str, segments: list[str]) -> bool:
    """`word` stands on the page as a label or title: at the start of a line (after at most two
    characters, not a list number), or as (nearly) the whole line — not inside a sentence, where
    a letter names a document (告知书: `一、营业执照复印件（名称、统一社会信用代码…`)."""
    room = 10 if word in TITLES else 4  # a title line may carry 中华人民共和国…证书, 公共场所 or （副本）
    for t in segments:
        i = t.find(word)
        if i < 0:
            continue
        if i <= 2 and not (i > 0 and re.match(r"[一二三四五六七八九十\d][、.,，]", t)) or len(t) <= len(word) + room:
            return True
    return False


def classify(lines: list[Line]) -> tuple[str, float]:
    """The page kind from its title and labels; `other` unless one kind clearly wins.

    Evidence is a title or a label standing as one (`_stands`), an ID number, a Luhn-valid card
    number; a kind is ruled out by labels it never carries (`EXCLUDES`). A page needs two pieces of
    evidence and a clear margin over the runner-up — so a letter naming a licence stays `other`."""
    segments = _segments(lines)
    scores: dict[str, float] = {}
    hits: dict[str, int] = {}
    for kind, words in ex.KEYWORDS.items():
        found = [w for kw, w in words if _stands(kw, segments)]
        scores[kind], hits[kind] = sum(found), len(found)
    if any(re.search(r"(?<![\dA-Z])\d{17}[\dXx](?![\dXx])", ln.text) for ln in lines):
        scores["id_card_front"] += 1.5
        hits["id_card_front"] += 1
    if "bank_card" in scores and any(ex._luhn_run(number) for number, _ in _card_numbers(lines)):
        scores["bank_card"] += 2
        hits["bank_card"] += 1
    for kind, words in EXCLUDES.items():
        if kind in scores and sum(1 for w in words if _stands(w, segments)) >= 2:
            scores[kind], hits[kind] = 0.0, 0
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, s1), (_, s2) = ranked[0], ranked[1]
    if s1 < 3 or s1 - s2 < 1.5 or hits[best] < 2:
        return "other", s1
    return best, s1


def register() -> None:
    """Add these kinds to the classifier and the extractors of `app.prefill.extract`."""
    ex.KEYWORDS.update(KEYWORDS)
    ex.FIELD_KEYS.update(FIELD_KEYS)
    ex.FIELD_LABELS.update(FIELD_LABELS)
    ex.EXTRACTORS.update({"food_business_license": extract_food, "household_register": extract_household,
                          "marriage_certificate": extract_marriage, "real_estate_certificate": extract_real_estate,
                          "bank_card": extract_bank_card})
    ex.KINDS = tuple(k for k in ex.KINDS if k != "other") + tuple(KEYWORDS) + ("other",)
