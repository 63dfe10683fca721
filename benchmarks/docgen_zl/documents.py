"""Family ZL's documents: the values of each page (`build`) and its layout in mm (`render`): ID cards
front and back (85.6×54 mm), 营业执照 2019 template 正本 (A3 landscape) and 副本 (A4 portrait) for
companies, 分公司, 合伙企业 and 个体工商户, 公共场所卫生许可证, 食品经营许可证 正本/副本, and pages
of kind `other` (blank, receipts, forms, letters naming licences, certificates)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import aggdraw
import numpy as np

from . import art as A
from . import text as T
from . import values as V

BLUE_LABEL = (30, 110, 170)
INK = (22, 22, 24)


@dataclass
class Doc:
    kind: str
    variant: str
    w_mm: float
    h_mm: float
    fields: dict[str, str]
    data: dict = field(default_factory=dict)
    faces: dict[str, str] = field(default_factory=dict)


TT_LABEL, TT_VALUE, TT_TITLE = ["microhei", "zenhei", "gbsn"], ["gbsn", "gkai", "uming", "ukai", "wenkai"], ["microhei", "gbsn", "zenhei"]
TT = [False]  # set while a document for a vector PDF is built: TrueType faces only (pdfwrite embeds TrueType)


def _faces(rng, *texts: str) -> dict[str, str]:
    """The document's faces: one per role, each checked to cover every string it will draw."""
    joined = "".join(texts) + "0123456789.-:：X（）()、，。；年月日至长期"  # digits and punctuation every page prints
    out = {}
    pools = (("label", T.HEI + T.SONG), ("value", T.SONG + T.KAI + T.HEI), ("title", ["fsongb", "nserifb", "fheib", "nsansb"]))
    if TT[0]:
        pools = (("label", TT_LABEL), ("value", TT_VALUE), ("title", TT_TITLE))
    for role, pool in pools:
        order = list(pool)
        start = int(rng.integers(len(order)))
        order = order[start:] + order[:start]
        out[role] = T.first_covering(order, joined)
    return out


# ---------------------------------------------------------------- values per kind

def _person(rng):
    male = rng.random() < 0.5
    p = V.place(rng)
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    return male, p, birth


def build_id_front(rng) -> Doc:
    male, p, birth = _person(rng)
    f = {"name": V.person_name(rng), "sex": "男" if male else "女", "nation": V.pick(rng, V.NATIONS),
         "birth_date": V.iso(birth), "address": V.address(rng, p), "id_number": V.id_number(p[3], birth, male, rng)}
    d = Doc("id_card_front", "card", 85.6, 54.0, f, {"male": male})
    d.faces = _faces(rng, "".join(f.values()) + "姓名性别民族出生年月日住址公民身份号码")
    d.faces["num"] = V.pick(rng, ["mono", "dvmono"])
    return d


def build_id_back(rng) -> Doc:
    p = V.place(rng)
    if p[0][:2] in ("北京", "上海", "天津", "重庆"):
        auth = p[0] + "公安局" + p[2][:2] + "分局"
    else:
        auth = p[1] + "公安局" + (p[2][:-1] + "分局" if rng.random() < 0.7 else "")
    start = V.date_between(rng, dt.date(2006, 1, 1), dt.date(2025, 12, 1))
    span = V.pick(rng, [5, 10, 20, 20, 0])
    end = "长期" if span == 0 else V.iso(start.replace(year=start.year + span))
    f = {"issuing_authority": auth, "valid_from": V.iso(start), "valid_to": end}
    d = Doc("id_card_back", "card", 85.6, 54.0, f)
    d.faces = _faces(rng, auth + "中华人民共和国居民身份证签发机关有效期限长期")
    return d


COMPANY_TYPES = ["有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司",
                 "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（非自然人投资或控股的法人独资）"]


def build_business(rng, variant: str | None = None) -> Doc:
    form = variant or V.pick(rng, ["company"] * 5 + ["branch"] * 2 + ["partnership"] * 1 + ["individual"] * 3)
    p = V.place(rng)
    trade = V.pick(rng, V.TRADES)
    city = (p[1] or p[0])[:-1]
    word = V.pick(rng, V.WORDS)
    est = V.date_between(rng, dt.date(1998, 1, 1), dt.date(2025, 12, 31))
    cap_wan = int(V.pick(rng, [10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000]))
    cap = V.pick(rng, [f"{cap_wan}万元整", f"人民币{V.capital_cn(cap_wan)}", f"{cap_wan}万元人民币"])
    term = "长期" if rng.random() < 0.55 else V.iso(est.replace(year=est.year + int(V.pick(rng, [10, 20, 30]))) - dt.timedelta(days=1))
    person = V.person_name(rng)
    addr = V.address(rng, p, rural=form == "individual" and rng.random() < 0.4)
    if form == "company":
        name = city + word + trade[0] + V.pick(rng, ["有限公司", "有限责任公司", "股份有限公司"])
        etype = V.pick(rng, COMPANY_TYPES[3:4] if name.endswith("股份有限公司") else COMPANY_TYPES[:3] + COMPANY_TYPES[4:])
        labels = ("名称", "类型", "法定代表人", "注册资本", "成立日期", "营业期限", "住所")
        code = V.uscc(rng, "91", p[3])
    elif form == "branch":
        name = city + word + trade[0] + "有限公司" + p[2][:-1] + V.pick(rng, ["分公司", "第一分公司", "营业部"])
        etype = V.pick(rng, ["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司", "股份有限公司分公司（非上市、自然人投资或控股）"])
        labels = ("名称", "类型", "负责人", "", "成立日期", "营业期限", "营业场所")
        cap, code = "", V.uscc(rng, "91", p[3])
    elif form == "partnership":
        name = city + word + trade[0] + "合伙企业（有限合伙）"
        etype = V.pick(rng, ["有限合伙企业", "普通合伙企业"])
        labels = ("名称", "类型", "执行事务合伙人", "", "成立日期", "合伙期限", "主要经营场所")
        cap, code = "", V.uscc(rng, "91", p[3])
    else:
        shop = V.pick(rng, ["便利店", "面馆", "小吃店", "五金店", "理发店", "水果店", "服装店", "家电维修部", "烟酒商行", "早餐店"])
        name = V.pick(rng, [p[2] + person[0] + "记" + shop, city + p[2][:-1] + word + shop, p[2] + word + shop])
        etype = "个体工商户"
        labels = ("名称", "类型", "经营者", "", "注册日期", "", "经营场所")
        cap, term, code = "", "", V.uscc(rng, "92", p[3])
    scope = V.scope(rng, trade, long=rng.random() < 0.5) if form != "individual" else (
        V.pick(rng, ["餐饮服务；食品销售（仅销售预包装食品）", "日用百货、五金交电、家用电器零售", "理发服务；美容服务",
                     "水果、蔬菜零售；预包装食品销售", "服装、鞋帽零售", "家用电器修理；日用电器修理"])
        + V.pick(rng, ["", "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"]))
    copy = rng.random() < 0.45
    f = {"name": name, "credit_code": code, "entity_type": etype, "legal_representative": person,
         "registered_capital": cap, "established_date": V.iso(est), "address": addr, "business_scope": scope,
         "valid_to": term}
    auth = (p[1] or p[0]) + "市场监督管理局" if rng.random() < 0.4 else p[2] + "市场监督管理局"
    auth = auth.replace("市市", "市")
    issue = V.date_between(rng, est, V.TODAY)
    d = Doc("business_license", f"business-{form}-{'copy' if copy else 'original'}", 210.0 if copy else 420.0,
            297.0, f, {"labels": labels, "form": form, "copy": copy, "auth": auth, "issue": issue,
                       "zzbh": f"{int(rng.integers(10**9, 10**10))}{int(rng.integers(10**7, 10**8))}",
                       "organisation": "个人经营" if rng.random() < 0.8 else "家庭经营"})
    d.faces = _faces(rng, "".join(f.values()) + "".join(labels) + auth + "营业执照副本统一社会信用代码登记机关年月日至长期组成形式个人家庭经营证照编号国家企业信用信息公示系统网址市场主体应当于每年1月1日至6月30日通过报送公示年度报告扫描二维码登录了解更多登记、备案、许可、监管信息" + d.data["organisation"])
    return d


HEALTH_ITEMS = ["住宿、沐浴", "美容、美发", "理发、美容", "游泳场（馆）", "沐浴", "住宿", "公共浴室、足浴",
                "商场（店）", "影剧院、歌舞厅", "住宿、游泳场（馆）", "美容店", "候车室"]


def build_health(rng) -> Doc:
    p = V.place(rng)
    year = int(rng.integers(2018, 2026))
    no = f"{p[4]}卫公字（{year}）第{p[3]}{int(rng.integers(0, 10**6)):06d}号"
    if rng.random() < 0.3:
        no = f"{p[4]}卫公字〔{year}〕第{p[3]}{int(rng.integers(0, 10**6)):06d}号"
    start = V.date_between(rng, dt.date(year, 1, 1), dt.date(year, 12, 28))
    end = start.replace(year=start.year + 4) - dt.timedelta(days=1)
    trade = V.pick(rng, ["宾馆", "酒店", "美发店", "美容院", "游泳馆", "浴室", "商场", "足浴店", "养生会所"])
    name = (p[1] or p[0])[:-1] + V.pick(rng, V.WORDS) + V.pick(rng, ["", "快捷", "连锁"]) + trade + V.pick(rng, ["", "有限公司"])
    f = {"license_no": no, "name": name, "legal_representative": V.person_name(rng), "address": V.address(rng, p),
         "license_items": V.pick(rng, HEALTH_ITEMS), "valid_from": V.iso(start), "valid_to": V.iso(end)}
    auth = p[2] + "卫生健康委员会" if rng.random() < 0.6 else p[2] + "卫生和计划生育委员会"
    d = Doc("public_health_license", "health-" + V.pick(rng, ["portrait", "landscape"]), 0, 0, f,
            {"auth": auth, "issue": start})
    d.w_mm, d.h_mm = (210.0, 297.0) if d.variant.endswith("portrait") else (297.0, 210.0)
    d.faces = _faces(rng, "".join(f.values()) + auth + "公共场所卫生许可证单位名称法定代表人（负责人）地址许可项目有效期限自至发证机关年月日中华人民共和国国家卫生健康委员会监制")
    return d


FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "餐饮服务经营者（小餐饮）",
              "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）",
              "单位食堂（学校食堂）", "单位食堂（机关食堂）", "餐饮服务经营者（饮品店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售",
              "冷食类食品制售", "自制饮品制售", "糕点类食品（含裱花蛋糕）制售", "特殊食品销售（保健食品）",
              "散装食品（含冷藏冷冻食品）销售", "生食类食品制售"]


def build_food(rng) -> Doc:
    p = V.place(rng)
    form = V.pick(rng, FOOD_FORMS)
    catering = form.startswith(("餐饮", "单位"))
    items = list(rng.choice(FOOD_ITEMS, size=int(rng.integers(1, 4)), replace=False))
    person = V.person_name(rng)
    if form.startswith("单位"):
        name = (p[1] or p[0])[:-1] + V.pick(rng, ["第一中学", "实验小学", "市政府机关", "人民医院"]) + "食堂"
    elif form.endswith("（超市）") or form.endswith("便利店）"):
        name = (p[1] or p[0])[:-1] + V.pick(rng, V.WORDS) + V.pick(rng, ["超市有限公司", "便利店", "商贸有限公司"])
    else:
        name = V.pick(rng, [p[2] + person[0] + "记餐馆", (p[1] or p[0])[:-1] + V.pick(rng, V.WORDS) + "餐饮管理有限公司",
                            p[2] + V.pick(rng, V.WORDS) + "饭店"])
    addr = V.address(rng, p)
    prem = addr if rng.random() < 0.5 else V.address(rng, p)
    valid = V.date_between(rng, dt.date(2024, 1, 1), dt.date(2031, 12, 31))
    f = {"license_no": V.food_license_no(rng, p, catering), "name": name,
         "credit_code": V.uscc(rng, V.pick(rng, ["91", "92", "12"]), p[3]), "legal_representative": person,
         "address": addr, "premises_address": prem, "business_form": form, "business_items": "；".join(items),
         "valid_to": V.iso(valid)}
    auth = p[2] + "市场监督管理局"
    copy = rng.random() < 0.4
    d = Doc("food_business_license", "food-" + ("copy" if copy else "original"), 210.0 if copy else 297.0,
            297.0 if copy else 210.0, f, {"auth": auth, "issue": valid.replace(year=valid.year - 5),
                                          "officer": V.person_name(rng) + "、" + V.person_name(rng), "copy": copy})
    d.faces = _faces(rng, "".join(f.values()) + auth + d.data["officer"] + "食品经营许可证副本经营者名称社会信用代码（身份证号码）法定代表人（负责人）住所经营场所主体业态经营项目许可证编号日常监督管理机构日常监督管理人员投诉举报电话发证机关签发人有效期至年月日国家市场监督管理总局监制")
    return d


OTHER = ["blank", "receipt", "form", "letter", "certificate", "notice"]


def build_other(rng) -> Doc:
    sub = V.pick(rng, OTHER)
    p = V.place(rng)
    data = {"sub": sub, "person": V.person_name(rng), "place": p, "company": (p[1] or p[0])[:-1] + V.pick(rng, V.WORDS) + "商贸有限公司",
            "date": V.date_between(rng, dt.date(2023, 1, 1), V.TODAY)}
    size = (80.0, 180.0) if sub == "receipt" else (210.0, 297.0)
    if sub == "certificate":
        size = (297.0, 210.0)
    d = Doc("other", "other-" + sub, size[0], size[1], {}, data)
    d.faces = _faces(rng, OTHER_TEXT + data["person"] + data["company"] + p[2])
    return d


OTHER_TEXT = ("关于办理营业执照变更登记的告知书尊敬的经营者您好根据《市场主体登记管理条例》规定，市场主体变更名称、住所、经营范围、"
              "法定代表人等登记事项的，应当自作出变更决议之日起30日内向登记机关申请变更登记。请携带营业执照正本、副本原件，"
              "以及法定代表人身份证复印件到政务服务中心市场监管窗口办理。食品经营许可证、卫生许可证相关事项请一并咨询。特此告知。"
              "个体工商户登记（备案）申请书名称经营者姓名身份证号码经营场所组成形式经营范围从业人数联系电话申请人签字日期"
              "荣誉证书授予年度先进单位称号特发此证购物小票收银员单号商品数量单价金额合计现金找零谢谢惠顾欢迎再次光临"
              "矿泉水牛奶面包苹果酸奶大米食用油纸巾洗衣液停水通知因管网维修定于日时至时暂停供水请各位居民提前做好储水准备物业服务中心"
              "年月日元号个人家庭经营0123456789.:：-（）《》，。、")


def build(kind: str, rng, tt: bool = False) -> Doc:
    TT[0] = tt
    try:
        return _build(kind, rng)
    finally:
        TT[0] = False


def _build(kind: str, rng) -> Doc:
    return {"id_card_front": build_id_front, "id_card_back": build_id_back, "business_license": build_business,
            "public_health_license": build_health, "food_business_license": build_food, "other": build_other}[kind](rng)


# ---------------------------------------------------------------- layouts

def _row(cv: T.Canvas, d: Doc, label: str, value: str, key: str | None, x0: float, x1: float, xv: float,
         xr: float, y: float, size: float, lead: float, vsize: float | None = None) -> float:
    """A label spread over [x0, x1] and its value from xv, wrapped at xr; returns the next row's y."""
    vsize = vsize or size
    T.spread(cv, d.faces["label"], size, x0, x1, y, label, color=INK)
    if not value:
        return y + lead
    lines = T.wrap(d.faces["value"], vsize, value, xr - xv)
    for i, line in enumerate(lines):
        cv.text(d.faces["value"], vsize, xv, y + i * vsize * 1.45, line, color=INK, field_key=key)
    return y + lead + (len(lines) - 1) * vsize * 1.45


def draw_id_front(cv: T.Canvas, d: Doc, rng) -> None:
    k = cv.k
    dr = aggdraw.Draw(cv.art)
    A.waves(dr, cv.W, cv.H, rng, [(200, 222, 236), (236, 218, 206), (214, 232, 214)])
    A.guilloche(dr, 0.55 * cv.W, 0.55 * cv.H, 0.3 * cv.H, 0.1 * cv.H, (210, 200, 226), rng)
    A.photo(dr, 55.5 * k, 6.5 * k, 80.5 * k, 38.0 * k, rng, d.data["male"])
    dr.flush()
    f = d.fields
    lab, val = d.faces["label"], d.faces["value"]
    ls, vs = 2.5, 3.1
    cv.text(lab, ls, 6.5, 11.0, "姓　名", color=BLUE_LABEL)
    cv.text(val, vs + 0.3, 16.5, 11.2, f["name"], color=INK, field_key="name")
    cv.text(lab, ls, 6.5, 17.5, "性　别", color=BLUE_LABEL)
    cv.text(val, vs, 16.5, 17.6, f["sex"], color=INK, field_key="sex")
    cv.text(lab, ls, 27.5, 17.5, "民　族", color=BLUE_LABEL)
    cv.text(val, vs, 37.5, 17.6, f["nation"], color=INK, field_key="nation")
    cv.text(lab, ls, 6.5, 24.0, "出　生", color=BLUE_LABEL)
    y, m, dd = f["birth_date"].split("-")
    x = cv.text(val, vs, 16.5, 24.1, y, color=INK, field_key="birth_date")
    cv.text(lab, ls, x + 1.2, 24.0, "年", color=BLUE_LABEL)
    x = cv.text(val, vs, x + 5.0, 24.1, str(int(m)), color=INK, field_key="birth_date")
    cv.text(lab, ls, x + 1.2, 24.0, "月", color=BLUE_LABEL)
    x = cv.text(val, vs, x + 5.0, 24.1, str(int(dd)), color=INK, field_key="birth_date")
    cv.text(lab, ls, x + 1.2, 24.0, "日", color=BLUE_LABEL)
    cv.text(lab, ls, 6.5, 30.5, "住　址", color=BLUE_LABEL)
    for i, line in enumerate(T.wrap(val, vs, f["address"], 35.0)):
        cv.text(val, vs, 16.5, 30.6 + i * 4.3, line, color=INK, field_key="address")
    cv.text(lab, ls, 6.5, 47.5, "公民身份号码", color=BLUE_LABEL)
    cv.text(d.faces["num"], 3.6, 27.0, 47.8, f["id_number"], color=INK, track_mm=0.45, field_key="id_number")


def draw_id_back(cv: T.Canvas, d: Doc, rng) -> None:
    k = cv.k
    dr = aggdraw.Draw(cv.art)
    A.waves(dr, cv.W, cv.H, rng, [(206, 226, 238), (236, 214, 200)])
    A.guilloche(dr, 0.5 * cv.W, 0.42 * cv.H, 0.36 * cv.H, 0.12 * cv.H, (226, 206, 190), rng)
    A.emblem(dr, 14.5 * k, 14.5 * k, 9.0 * k)
    dr.flush()
    t = d.faces["title"]
    T.spread(cv, t, 4.2, 30.0, 76.0, 15.0, "中华人民共和国", color=INK)
    T.spread(cv, t, 6.4, 30.0, 76.0, 27.5, "居民身份证", color=INK)
    f = d.fields
    lab, val = d.faces["label"], d.faces["value"]
    cv.text(lab, 2.5, 16.0, 43.0, "签发机关", color=INK)
    cv.text(val, 3.0, 30.0, 43.2, f["issuing_authority"], color=INK, field_key="issuing_authority")
    cv.text(lab, 2.5, 16.0, 49.5, "有效期限", color=INK)
    a = f["valid_from"].replace("-", ".")
    x = cv.text(val, 3.0, 30.0, 49.7, a, color=INK, field_key="valid_from")
    x = cv.text(val, 3.0, x, 49.7, "-", color=INK)
    cv.text(val, 3.0, x, 49.7, f["valid_to"].replace("-", "."), color=INK, field_key="valid_to")


def _cn(iso: str) -> str:
    return V.cn_date(dt.date.fromisoformat(iso))


def draw_business(cv: T.Canvas, d: Doc, rng) -> None:
    k = cv.k
    f, data = d.fields, d.data
    copy = data["copy"]
    W, H = d.w_mm, d.h_mm
    dr = aggdraw.Draw(cv.art)
    frame = V.pick(rng, [(176, 128, 60), (150, 110, 70), (190, 150, 90)])
    A.border(dr, k, W, H, 8.0 if copy else 12.0, frame, rng)
    A.guilloche(dr, W / 2 * k, H * 0.55 * k, min(W, H) * 0.33 * k, min(W, H) * 0.12 * k, (238, 226, 206), rng)
    er = 11.0 if copy else 16.0
    ey = 30.0 if copy else 44.0
    A.emblem(dr, W / 2 * k, ey * k, er * k)
    qx, qy, qs = (158.0, 20.0, 28.0) if copy else (345.0, 28.0, 38.0)
    A.qr(dr, qx * k, qy * k, qs * k, rng)
    dr.flush()
    lab, val, title = d.faces["label"], d.faces["value"], d.faces["title"]
    if copy:
        T.spread(cv, title, 15.0, 62.0, 148.0, 68.0, "营业执照", color=INK)
        cv.text(lab, 5.0, 93.0, 78.0, "（副　本）", color=INK)
        cv.text(lab, 3.2, 20.0, 25.0, "统一社会信用代码", color=INK)
        cv.text(val, 3.6, 20.0, 31.0, f["credit_code"], color=INK, field_key="credit_code")
        cv.text(lab, 2.4, 20.0, 37.0, "证照编号：" + data["zzbh"], color=INK)
        x0, x1, xv, xr, y, size, lead = 24.0, 46.0, 52.0, 188.0, 95.0, 3.5, 9.5
    else:
        T.spread(cv, title, 24.0, 146.0, 274.0, 96.0, "营业执照", color=INK)
        cv.text(lab, 4.6, 38.0, 38.0, "统一社会信用代码", color=INK)
        cv.text(val, 5.4, 38.0, 47.0, f["credit_code"], color=INK, field_key="credit_code")
        cv.text(lab, 3.2, 38.0, 55.0, "证照编号：" + data["zzbh"], color=INK)
        cv.text(lab, 2.4, 337.0, 72.0, "扫描二维码登录“国家企业", color=INK)
        cv.text(lab, 2.4, 337.0, 75.5, "信用信息公示系统”了解更多", color=INK)
        cv.text(lab, 2.4, 337.0, 79.0, "登记、备案、许可、监管信息", color=INK)
    lbl = data["labels"]
    capital = f["registered_capital"]
    est = _cn(f["established_date"])
    term = ""
    if lbl[5]:
        term = est + "至" + ("长期" if f["valid_to"] == "长期" else _cn(f["valid_to"]))
    rows_left = [(lbl[0], f["name"], "name"), (lbl[1], f["entity_type"], "entity_type"), (lbl[2], f["legal_representative"], "legal_representative")]
    if data["form"] == "individual":
        rows_left.append(("组成形式", data["organisation"], None))
    rows_right = []
    if lbl[3]:
        rows_right.append((lbl[3], capital, "registered_capital"))
    rows_right.append((lbl[4], est, "established_date"))
    if lbl[5]:
        rows_right.append((lbl[5], term, "valid_to"))
    rows_right.append((lbl[6], f["address"], "address"))
    if copy:
        for lab_, v, key in rows_left + rows_right + [("经营范围", f["business_scope"], "business_scope")]:
            y = _row(cv, d, lab_, v, key, x0, x1, xv, xr, y, size, lead)
        sx, sy, ax = 150.0, 252.0, 110.0
    else:
        size, lead = 5.0, 15.0
        y = 122.0
        for lab_, v, key in rows_left + [("经营范围", f["business_scope"], "business_scope")]:
            y = _row(cv, d, lab_, v, key, 40.0, 74.0, 82.0, 205.0, y, size, lead)
        y = 122.0
        for lab_, v, key in rows_right:
            y = _row(cv, d, lab_, v, key, 222.0, 256.0, 264.0, 390.0, y, size, lead)
        sx, sy, ax = 330.0, 246.0, 282.0
    if lbl[5] and f["valid_to"] != "长期":
        pass
    # the period's dates are part of valid_to's ink, but established_date is its own row: only the end date counts
    if "valid_to" in cv.boxes and lbl[5]:
        vb = cv.boxes["valid_to"]
        n_end = len("长期") if f["valid_to"] == "长期" else len(_cn(f["valid_to"]))
        cv.boxes["valid_to"] = vb[-n_end:]
    s_size = 3.4 if copy else 5.0
    cv.text(lab, s_size, ax, sy, "登记机关", color=INK)
    issue = data["issue"]
    cv.text(lab, s_size, ax + (28 if copy else 40), sy + (14 if copy else 20), f"{issue.year}年{issue.month:02d}月{issue.day:02d}日", color=INK)
    A.seal(cv, sx, sy, 19.0 if copy else 22.0, data["auth"], "", d.faces["title"], rng)
    foot = 2.2 if copy else 3.0
    cv.text(lab, foot, 20.0 if copy else 40.0, H - (14 if copy else 20), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", color=INK)
    cv.text(lab, foot, 20.0 if copy else 40.0, H - (10.5 if copy else 15), "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告", color=INK)


def draw_health(cv: T.Canvas, d: Doc, rng) -> None:
    k = cv.k
    f = d.fields
    W, H = d.w_mm, d.h_mm
    dr = aggdraw.Draw(cv.art)
    A.border(dr, k, W, H, 9.0, (40, 100, 160), rng)
    A.guilloche(dr, W / 2 * k, H / 2 * k, min(W, H) * 0.36 * k, min(W, H) * 0.1 * k, (214, 228, 240), rng)
    A.emblem(dr, W / 2 * k, 34 * k, 11 * k)
    dr.flush()
    lab, val, title = d.faces["label"], d.faces["value"], d.faces["title"]
    portrait = W < H
    T.spread(cv, title, 11.0 if portrait else 10.0, W / 2 - 70 if portrait else W / 2 - 75, W / 2 + 70 if portrait else W / 2 + 75,
             66.0 if portrait else 62.0, "公共场所卫生许可证", color=INK)
    no_w = T.width_em(val, f["license_no"]) * 4.2
    cv.text(val, 4.2, W / 2 - no_w / 2, 80.0 if portrait else 74.0, f["license_no"], color=INK, field_key="license_no")
    y = 100.0 if portrait else 92.0
    x0, x1, xv, xr = (25.0, 70.0, 76.0, 188.0) if portrait else (40.0, 85.0, 91.0, 262.0)
    for lab_, v, key in (("单位名称", f["name"], "name"), ("法定代表人（负责人）", f["legal_representative"], "legal_representative"),
                         ("地址", f["address"], "address"), ("许可项目", f["license_items"], "license_items")):
        y = _row(cv, d, lab_, v, key, x0, x1, xv, xr, y, 4.2, 14.0 if portrait else 12.0)
    T.spread(cv, lab, 4.2, x0, x1, y, "有效期限", color=INK)
    x = cv.text(val, 4.2, xv, y, "自", color=INK)
    x = cv.text(val, 4.2, x + 1, y, _cn(f["valid_from"]), color=INK, field_key="valid_from")
    x = cv.text(val, 4.2, x + 1, y, "至", color=INK)
    cv.text(val, 4.2, x + 1, y, _cn(f["valid_to"]), color=INK, field_key="valid_to")
    sy = H - 50 if portrait else H - 38
    sx = W - 60
    cv.text(lab, 4.0, sx - 38, sy, "发证机关：", color=INK)
    iss = d.data["issue"]
    cv.text(lab, 4.0, sx - 20, sy + 14, f"{iss.year}年{iss.month:02d}月{iss.day:02d}日", color=INK)
    A.seal(cv, sx, sy, 19.0, d.data["auth"], "", title, rng)
    cv.text(lab, 2.8, W / 2 - 40, H - 15, "中华人民共和国国家卫生健康委员会监制", color=INK)


def draw_food(cv: T.Canvas, d: Doc, rng) -> None:
    k = cv.k
    f, data = d.fields, d.data
    W, H = d.w_mm, d.h_mm
    copy = data["copy"]
    dr = aggdraw.Draw(cv.art)
    A.border(dr, k, W, H, 8.0, (30, 120, 80), rng)
    A.guilloche(dr, W / 2 * k, H / 2 * k, min(W, H) * 0.38 * k, min(W, H) * 0.1 * k, (214, 236, 220), rng)
    A.emblem(dr, W / 2 * k, 28 * k, 10 * k)
    qx, qy = (W - 48, 18.0)
    A.qr(dr, qx * k, qy * k, 26 * k, rng)
    dr.flush()
    lab, val, title = d.faces["label"], d.faces["value"], d.faces["title"]
    T.spread(cv, title, 11.0, W / 2 - 55, W / 2 + 55, 56.0, "食品经营许可证", color=INK)
    if copy:
        cv.text(lab, 4.5, W / 2 - 12, 66.0, "（副本）", color=INK)
    left = [("经营者名称", f["name"], "name"), ("社会信用代码（身份证号码）", f["credit_code"], "credit_code"),
            ("法定代表人（负责人）", f["legal_representative"], "legal_representative"), ("住所", f["address"], "address"),
            ("经营场所", f["premises_address"], "premises_address"), ("主体业态", f["business_form"], "business_form"),
            ("经营项目", f["business_items"], "business_items")]
    right = [("许可证编号", f["license_no"], "license_no"), ("日常监督管理机构", data["auth"], None),
             ("日常监督管理人员", data["officer"], None), ("投诉举报电话", "12315", None)]
    if copy:
        y = 80.0
        for lab_, v, key in left + right:
            y = _row(cv, d, lab_, v, key, 18.0, 70.0, 74.0, 192.0, y, 3.6, 10.5)
        sx, sy = 150.0, H - 48
    else:
        y = 76.0
        for lab_, v, key in left:
            y = _row(cv, d, lab_, v, key, 18.0, 66.0, 70.0, 170.0, y, 3.6, 10.0)
        y = 76.0
        for lab_, v, key in right:
            y = _row(cv, d, lab_, v, key, 180.0, 212.0, 215.0, 286.0, y, 3.3, 10.0)
        sx, sy = 240.0, H - 52
    cv.text(lab, 3.6, sx - 36, sy, "发证机关：", color=INK)
    cv.text(lab, 3.6, sx - 36, sy + 10, "签发人：" + V.person_name(rng), color=INK)
    iss = data["issue"]
    cv.text(lab, 3.6, sx - 24, sy + 20, f"{iss.year}年{iss.month:02d}月{iss.day:02d}日", color=INK)
    A.seal(cv, sx, sy, 18.0, data["auth"], "", title, rng)
    vt = dt.date.fromisoformat(f["valid_to"])
    x = cv.text(lab, 3.6, 18.0 if copy else 180.0, H - 20, "有效期至", color=INK)
    cv.text(val, 3.6, x + 3, H - 20, V.cn_date(vt), color=INK, field_key="valid_to")
    cv.text(lab, 2.6, W / 2 - 30, H - 11, "国家市场监督管理总局监制", color=INK)


def draw_other(cv: T.Canvas, d: Doc, rng) -> None:
    k = cv.k
    data = d.data
    sub = data["sub"]
    lab, val, title = d.faces["label"], d.faces["value"], d.faces["title"]
    dt_ = data["date"]
    date_s = f"{dt_.year}年{dt_.month}月{dt_.day}日"
    if sub == "blank":
        dr = aggdraw.Draw(cv.art)
        for _ in range(int(rng.integers(0, 4))):  # a few specks and a faint fold line
            x, y = rng.random() * cv.W, rng.random() * cv.H
            dr.ellipse((x, y, x + 2, y + 2), None, aggdraw.Brush((200, 200, 200)))
        dr.line((0, cv.H / 2, cv.W, cv.H / 2), aggdraw.Pen((240, 240, 238), 1))
        dr.flush()
        return
    if sub == "receipt":
        mono = "dvmono" if T.covers("dvmono", "0123456789") else "mono"
        T.spread(cv, title, 4.5, 14, 66, 14, "购物小票", color=INK)
        cv.text(val, 2.8, 6, 22, data["company"][:14], color=INK)
        cv.text(val, 2.6, 6, 28, "单号：", color=INK)
        cv.text(mono, 2.6, 18, 28, f"{int(rng.integers(10**9, 10**10))}", color=INK)
        y = 38.0
        total = 0.0
        for item in rng.choice(["矿泉水", "牛奶", "面包", "苹果", "酸奶", "大米", "食用油", "纸巾", "洗衣液"], size=6, replace=False):
            q, pr = int(rng.integers(1, 4)), float(rng.integers(150, 5000)) / 100
            total += q * pr
            cv.text(val, 2.8, 6, y, str(item), color=INK)
            cv.text(mono, 2.6, 38, y, f"{q}", color=INK)
            cv.text(mono, 2.6, 50, y, f"{q * pr:8.2f}", color=INK)
            y += 5.5
        cv.text(val, 3.0, 6, y + 4, "合计", color=INK)
        cv.text(mono, 3.0, 48, y + 4, f"{total:.2f}", color=INK)
        cv.text(val, 2.8, 10, y + 16, "谢谢惠顾　欢迎再次光临", color=INK)
        return
    dr = aggdraw.Draw(cv.art)
    if sub == "certificate":
        A.border(dr, k, d.w_mm, d.h_mm, 12.0, (190, 150, 60), rng)
        dr.flush()
        T.spread(cv, title, 18, 90, 207, 60, "荣誉证书", color=(170, 30, 30))
        cv.text(val, 6, 40, 95, data["company"] + "：", color=INK)
        cv.text(val, 6, 52, 115, "授予年度先进单位称号，特发此证。", color=INK)
        cv.text(val, 5, 190, 160, date_s, color=INK)
        A.seal(cv, 210, 150, 20, data["place"][2] + "市场监督管理局", "", title, rng)
        return
    if sub == "form":
        pen = aggdraw.Pen((30, 30, 30), max(1.0, 0.3 * k))
        for i in range(9):
            dr.line((20 * k, (60 + i * 18) * k, 190 * k, (60 + i * 18) * k), pen)
        dr.line((20 * k, 60 * k, 20 * k, 204 * k), pen)
        dr.line((60 * k, 60 * k, 60 * k, 204 * k), pen)
        dr.line((190 * k, 60 * k, 190 * k, 204 * k), pen)
        dr.flush()
        T.spread(cv, title, 7, 35, 175, 40, "个体工商户登记（备案）申请书", color=INK)
        for i, lab_ in enumerate(["名称", "经营者姓名", "身份证号码", "经营场所", "组成形式", "经营范围", "从业人数", "联系电话"]):
            T.spread(cv, lab, 4.0, 23, 57, 72 + i * 18, lab_, color=INK)
        cv.text(lab, 4.0, 110, 230, "申请人签字：", color=INK)
        cv.text(lab, 4.0, 110, 245, "日期：　　年　　月　　日", color=INK)
        return
    dr.flush()
    if sub == "notice":
        T.spread(cv, title, 10, 70, 140, 50, "停水通知", color=INK)
        body = f"因管网维修，定于{date_s}9时至17时暂停供水，请各位居民提前做好储水准备。"
        for i, line in enumerate(T.wrap(val, 5.0, body, 150)):
            cv.text(val, 5.0, 30, 80 + i * 9, line, color=INK)
        cv.text(val, 5, 130, 150, "物业服务中心", color=INK)
        cv.text(val, 5, 130, 160, date_s, color=INK)
        return
    T.spread(cv, title, 7.5, 40, 170, 40, "关于办理营业执照变更登记的告知书", color=INK)
    cv.text(val, 4.5, 22, 62, data["company"] + "：", color=INK)
    body = ("根据《市场主体登记管理条例》规定，市场主体变更名称、住所、经营范围、法定代表人等登记事项的，应当自作出变更决议之日起30日内"
            "向登记机关申请变更登记。请携带营业执照正本、副本原件，以及法定代表人身份证复印件到政务服务中心市场监管窗口办理。"
            "食品经营许可证、卫生许可证相关事项请一并咨询。特此告知。")
    y = 74.0
    for line in T.wrap(val, 4.5, "　　" + body, 166):
        cv.text(val, 4.5, 22, y, line, color=INK)
        y += 8.0
    cv.text(val, 4.5, 120, y + 20, data["place"][2] + "市场监督管理局", color=INK)
    cv.text(val, 4.5, 128, y + 30, date_s, color=INK)
    A.seal(cv, 145, y + 18, 19, data["place"][2] + "市场监督管理局", "", title, rng)


DRAW = {"id_card_front": draw_id_front, "id_card_back": draw_id_back, "business_license": draw_business,
        "public_health_license": draw_health, "food_business_license": draw_food, "other": draw_other}


def render(d: Doc, dpi: float, mode: str, seed: int, paper=(252, 252, 250)) -> T.Canvas:
    """The page drawn at `dpi` with the glyph mode `mode`; the same seed draws the same art."""
    rng = np.random.default_rng(seed)
    if d.kind.startswith("id_card"):
        paper = (246, 246, 242)
    cv = T.Canvas(d.w_mm, d.h_mm, dpi, mode, paper)
    DRAW[d.kind](cv, d, rng)
    return cv
