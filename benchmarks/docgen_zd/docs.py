"""Family ZD's documents: each builder draws one page (pages.Page) and returns the truth fields.

Layouts written from knowledge of the real documents: the 2019 national 营业执照 (正本 landscape with
the two label columns, 副本 portrait with one), 个体工商户 / 分公司 / 合伙企业 labels, second-generation ID
card fronts and backs, local 公共场所卫生许可证 variants, the 2015 and the 2023 食品经营许可证, and
negatives (blank pages, receipts, forms, letters, other certificates)."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.docgen_zd import values as V
from benchmarks.docgen_zd.pages import Page

PAPERS = {"A4L": ("A4,landscape", 297.0, 210.0), "A3L": ("A3,landscape", 420.0, 297.0),
          "A4": ("A4", 210.0, 297.0), "A5": ("A5", 148.0, 210.0), "card": ("zdcard", 85.6, 54.0),
          "receipt": ("zdreceipt", 80.0, 160.0)}


def new_page(doc_id: str, paper: str, r: random.Random, faces: dict[str, str]) -> Page:
    name, w, h = PAPERS[paper]
    return Page(doc_id, name, w, h, r, faces)


def _dates_cn(r: random.Random, d: dt.date) -> str:
    return V.cn_date(d) if r.random() < 0.75 else V.cn_date_loose(d)


def _add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def business_license(doc_id: str, r: random.Random, faces: dict[str, str]) -> tuple[Page, dict, str]:
    form = r.choices(("ltd", "branch", "partner", "indiv"), (55, 12, 8, 25))[0]
    layout = r.choices(("zhengben", "fuben"), (55, 45))[0]
    p = V.place(r)
    city = (p[2] or p[0]).removesuffix("市")
    trade, group = r.choice(V.TRADES)
    zihao = r.choice(V.ZIHAO)
    rep = V.name(r)
    est = V.date_between(r, dt.date(1998, 1, 1), V.TODAY - dt.timedelta(days=20))
    issued = V.date_between(r, est, V.TODAY) if r.random() < 0.6 else est
    scope = V.scope(r, group)
    addr = V.address(r, p)
    cap = ""
    period_label, valid_to, period = "营业期限", "长期", ""
    if form == "ltd":
        name = r.choice((f"{city}{zihao}{trade}有限公司", f"{zihao}（{city}）{trade}有限公司",
                         f"{p[0].removesuffix('省').removesuffix('市')}{zihao}{trade}有限公司", f"{city}{p[3]}{zihao}{trade}有限公司"))
        etype = r.choice(V.ENTITY_LTD)
        if "股份" in etype:
            name = name.replace("有限公司", "股份有限公司")
        cap = V.capital(r)
        labels = [("name", "名称"), ("entity_type", "类型"), ("legal_representative", "法定代表人"), ("business_scope", "经营范围"),
                  ("registered_capital", "注册资本"), ("established_date", "成立日期"), ("valid_to", "营业期限"), ("address", "住所")]
    elif form == "branch":
        name = f"{city}{zihao}{trade}有限公司{r.choice((p[3].removesuffix('区').removesuffix('市'), '第一', '第二', r.choice(p[5])))}分公司"
        etype = r.choice(V.ENTITY_BRANCH)
        labels = [("name", "名称"), ("entity_type", "类型"), ("legal_representative", "负责人"), ("business_scope", "经营范围"),
                  ("established_date", "成立日期"), ("valid_to", "营业期限"), ("address", "营业场所")]
    elif form == "partner":
        etype = r.choice(V.ENTITY_PARTNER)
        name = f"{city}{zihao}{r.choice(('投资管理', '企业管理咨询', '创业投资', '商务信息咨询'))}合伙企业（{etype[:-2]}）"
        if r.random() < 0.35:
            rep = f"{city}{r.choice(V.ZIHAO)}投资管理有限公司（委派代表：{V.name(r)}）"
        cap = V.capital(r)
        period_label = "合伙期限"
        labels = [("name", "名称"), ("entity_type", "类型"), ("legal_representative", "执行事务合伙人"), ("business_scope", "经营范围"),
                  ("registered_capital", "出资额"), ("established_date", "成立日期"), ("valid_to", "合伙期限"), ("address", "主要经营场所")]
    else:
        k = r.random()
        name = (f"{p[3]}{zihao}{r.choice(('小吃店', '便利店', '五金店', '美发店', '水果店', '服装店', '早餐店', '电器维修部'))}"
                if k < 0.55 else (f"{city}{p[3]}{rep}{r.choice(('百货店', '餐馆', '烟酒店'))}" if k < 0.75 else ""))
        etype = "个体工商户"
        valid_to, period_label = "", ""
        labels = [("name", "名称"), ("entity_type", "类型"), ("legal_representative", "经营者"), ("business_scope", "经营范围"),
                  ("", "组成形式"), ("established_date", "注册日期"), ("address", "经营场所")]
    if period_label:
        if r.random() < 0.35 and form != "branch":
            end = _add_years(est, r.choice((10, 20, 30, 50))) - dt.timedelta(days=1)
            valid_to = end.isoformat()
            period = f"{_dates_cn(r, est)} 至 {_dates_cn(r, end)}"
        else:
            period = r.choice((f"{_dates_cn(r, est)} 至 长期", "长期"))
    code = V.uscc(r, "92" if form == "indiv" else "91", p[4])
    printed = {"name": name, "entity_type": etype, "legal_representative": rep, "business_scope": scope,
               "registered_capital": cap, "established_date": _dates_cn(r, est), "valid_to": period, "address": addr,
               "": r.choice(("个人经营", "家庭经营"))}
    fields = {"name": name, "credit_code": code, "entity_type": etype, "legal_representative": rep, "registered_capital": cap,
              "established_date": est.isoformat(), "address": addr, "business_scope": scope, "valid_to": valid_to}
    registrar = f"{p[2] or p[0]}{p[3]}市场监督管理局"
    if r.random() < 0.12:
        registrar = f"{p[0]}市场监督管理局" if p[2] else registrar
    paper = "A4" if layout == "fuben" else r.choice(("A4L", "A3L"))
    pg = new_page(doc_id, paper, r, faces)
    s = pg.w / (297.0 if layout == "zhengben" else 210.0)
    color = r.choice(("(.85,.55,.45)", "(.8,.6,.5)", "(.75,.6,.4)"))
    pg.guilloche(7 * s, 4.5 * s, color, r.choice((2, 3, 4)))
    size = 11.0 if len(scope) < 170 else 10.0 if len(scope) < 280 else 9.0
    cx = pg.w / 2
    if layout == "zhengben":
        pg.emblem(cx, 24 * s, 9 * s)
        pg.put(cx, 42 * s, pg.spaced("title", 34 * s, "营业执照", 0.5), corner="middle")
        pg.put(24 * s, 20 * s, pg.t("label", 10 * s, "统一社会信用代码"))
        pg.put(24 * s, 26 * s, pg.pos("credit_code", pg.t("mono", 12.5 * s, code)))
        if r.random() < 0.6:
            pg.put(24 * s, 33 * s, pg.t("label", 8 * s, f"证照编号：{p[4]}{r.randint(10**13, 10**14 - 1)}"))
        pg.qr(246 * s, 15 * s, 24 * s)
        pg.put(242 * s, 41 * s, pg.box(32 * s, pg.t("label", 6 * s, "扫描市场主体身份码了解更多登记、备案、许可、监管信息"), align="middle"))
        left = [(k, lab, printed[k]) for k, lab in labels[:4]]
        right = [(k, lab, printed[k]) for k, lab in labels[4:]]
        pg.rows(28 * s, 58 * s, left, size * s, 5.2, 100 * s, 2.0 * s)
        pg.rows(160 * s, 58 * s, right, 11 * s, 6.2 if len(labels[-1][1]) > 4 else 5.2, 82 * s, 2.2 * s)
        ry = 166 * s
        pg.put(188 * s, ry, pg.spaced("label", 12 * s, "登记机关", 0.6))
        pg.put(238 * s, ry + 14 * s, pg.t("value", 12 * s, V.cn_date(issued)), corner="middle")
        pg.seal(238 * s, ry + 8 * s, 20 * s, registrar)
        pg.put(cx, 195 * s, pg.t("label", 6.5 * s, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn"), corner="middle")
        pg.put(cx, 199 * s, pg.t("label", 6.5 * s, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告"), corner="middle")
        pg.put(255 * s, 199 * s, pg.t("label", 6.5 * s, "国家市场监督管理总局监制"), corner="middle")
    else:
        pg.emblem(cx, 26 * s, 9 * s)
        pg.put(cx, 45 * s, pg.spaced("title", 30, "营业执照", 0.45), corner="middle")
        pg.put(cx, 56, pg.t("title", 13, "（副　本）"), corner="middle")
        pg.put(20, 17, pg.t("label", 9, "统一社会信用代码"))
        pg.put(20, 22, pg.pos("credit_code", pg.t("mono", 11, code)))
        pg.put(20, 29, pg.t("label", 8, f"副本编号：1-{r.randint(1, 3)}"))
        pg.qr(166, 14, 22)
        pg.put(162, 37, pg.box(30, pg.t("label", 5.5, "扫描市场主体身份码了解更多登记、备案、许可、监管信息"), align="middle"))
        order = [labels[i] for i in (0, 4, 1, 5, 2, 6, 7, 3)] if len(labels) == 8 else [labels[i] for i in (0, 1, 2, 4, 5, 6, 3)]
        pg.rows(24, 68, [(k, lab, printed[k]) for k, lab in order], min(size, 10.5), 6.2, 128, 2.0)
        pg.put(118, 255, pg.spaced("label", 12, "登记机关", 0.6))
        pg.put(160, 270, pg.t("value", 12, V.cn_date(issued)), corner="middle")
        pg.seal(160, 263, 20, registrar)
        pg.put(cx, 284, pg.t("label", 6.5, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn　　国家市场监督管理总局监制"), corner="middle")
    return pg, fields, f"{layout}-{form}-{paper}"


ISSUERS = ("公安局", "公安局{d}分局")


def id_card_front(doc_id: str, r: random.Random, faces: dict[str, str]) -> tuple[Page, dict, str, dict]:
    p = V.place(r)
    male = r.random() < 0.5
    birth = V.date_between(r, dt.date(1945, 1, 1), dt.date(2010, 12, 31))
    nm = V.name(r)
    nation = r.choice(V.NATIONS)
    addr = V.address(r, p, person=True)
    idn = V.id_number(p[4], birth, male, r)
    pg = new_page(doc_id, "card", r, faces)
    pg.mp(0, 0, f"fill unitsquare xscaled 85.6mm yscaled 54mm withcolor ({r.uniform(.93, .97):.2f},{r.uniform(.95, .98):.2f},{r.uniform(.93, .97):.2f});")
    pg.guilloche(2.5, 1.2, "(.75,.85,.9)", 2)
    blue = "\\color[zdlabel]"
    L = lambda s: f"{{{blue}{pg.t('label', 6.8, s)}}}"  # noqa: E731
    pg.put(6, 6.5, L("姓　名"))
    pg.put(17, 6, pg.pos("name", pg.t("value", 9.5, nm)))
    pg.put(6, 13, L("性　别"))
    pg.put(17, 12.6, pg.pos("sex", pg.t("value", 8.5, "男" if male else "女")))
    pg.put(26, 13, L("民　族"))
    pg.put(36.5, 12.6, pg.pos("nation", pg.t("value", 8.5, nation)))
    pg.put(6, 19.5, L("出　生"))
    bd = (f"{pg.t('value', 8.5, str(birth.year))}{blue}{{\\hskip.4em{pg.t('label', 6.8, '年')}\\hskip.4em}}"
          f"{pg.t('value', 8.5, str(birth.month))}{blue}{{\\hskip.4em{pg.t('label', 6.8, '月')}\\hskip.4em}}"
          f"{pg.t('value', 8.5, str(birth.day))}{blue}{{\\hskip.4em{pg.t('label', 6.8, '日')}}}")
    pg.put(17, 19.1, pg.pos("birth_date", bd))
    pg.put(6, 26, L("住　址"))
    pg.put(17, 23.9, pg.pos("address", pg.box(34, pg.t("value", 8.5, addr), lead=1.45, align="flushleft")))
    pg.put(6, 45, L("公民身份号码"))
    pg.put(25, 44.2, pg.pos("id_number", pg.spaced("mono", 10.5, idn, 0.06)))
    pg.photo(55, 6, 25, 31, not male)
    fields = {"name": nm, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
              "address": addr, "id_number": idn}
    return pg, fields, "front", {"birth": birth, "place": p}


def id_card_back(doc_id: str, r: random.Random, faces: dict[str, str]) -> tuple[Page, dict, str]:
    p = V.place(r)
    birth = V.date_between(r, dt.date(1945, 1, 1), dt.date(2010, 12, 31))
    issue = V.date_between(r, max(birth + dt.timedelta(days=365 * 5), dt.date(2005, 1, 1)), V.TODAY - dt.timedelta(days=10))
    age = (issue - birth).days // 365
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    valid_to = _add_years(issue, years).isoformat() if years else "长期"
    city = p[2] or p[0]
    authority = f"{city}{p[3]}公安分局" if p[2] and r.random() < 0.3 else (
        f"{city}公安局{p[3].removesuffix('区')}分局" if r.random() < 0.6 else f"{city}公安局")
    if not p[2]:
        authority = f"{p[0]}公安局{p[3].removesuffix('区').removesuffix('新')}分局"
    pg = new_page(doc_id, "card", r, faces)
    pg.mp(0, 0, f"fill unitsquare xscaled 85.6mm yscaled 54mm withcolor ({r.uniform(.93, .97):.2f},{r.uniform(.95, .98):.2f},{r.uniform(.93, .97):.2f});")
    pg.guilloche(2.5, 1.2, "(.75,.85,.9)", 2)
    pg.emblem(14, 14, 9)
    pg.put(29, 8, pg.spaced("title", 11, "中华人民共和国", 0.35))
    pg.put(30, 17, pg.spaced("title", 17, "居民身份证", 0.45))
    blue = "\\color[zdlabel]"
    pg.put(17, 37, f"{{{blue}{pg.t('label', 6.8, '签发机关')}}}")
    pg.put(30, 36.6, pg.pos("issuing_authority", pg.t("value", 8.5, authority)))
    pg.put(17, 44, f"{{{blue}{pg.t('label', 6.8, '有效期限')}}}")
    a = f"{issue:%Y.%m.%d}"
    b = valid_to.replace("-", ".") if years else "长期"
    pg.put(30, 43.6, pg.pos("valid_from", pg.t("mono" if r.random() < 0.5 else "value", 8.5, a))
           + pg.t("value", 8.5, "-") + pg.pos("valid_to", pg.t("value", 8.5, b)))
    fields = {"issuing_authority": authority, "valid_from": issue.isoformat(), "valid_to": valid_to}
    return pg, fields, "back-long" if not years else f"back-{years}y"


HEALTH_ITEMS = ("住宿", "沐浴", "美容美发", "美发", "美容", "游泳", "健身", "歌舞厅", "游艺厅", "商场（超市）", "候车室", "展览馆")


def health_license(doc_id: str, r: random.Random, faces: dict[str, str]) -> tuple[Page, dict, str]:
    p = V.place(r)
    city = (p[2] or p[0]).removesuffix("市")
    year = r.randint(2019, 2026)
    frm = V.date_between(r, dt.date(year, 1, 1), min(dt.date(year, 12, 31), V.TODAY))
    to = _add_years(frm, 4) - dt.timedelta(days=1)
    no, printed_no = V.health_license_no(r, p, year)
    items = "、".join(r.sample(HEALTH_ITEMS, r.randint(1, 3)))
    kind = r.choice(("宾馆", "酒店", "美发店", "足浴店", "游泳馆", "健身中心", "浴室", "美容院"))
    nm = r.choice((f"{city}{r.choice(V.ZIHAO)}{kind}有限公司", f"{p[3]}{r.choice(V.ZIHAO)}{kind}", f"{city}{r.choice(V.ZIHAO)}酒店管理有限公司{r.choice(V.ZIHAO)}分店"))
    rep = V.name(r)
    addr = V.address(r, p)
    organ = r.choice((f"{p[2] or p[0]}{p[3]}卫生健康委员会", f"{p[2] or p[0]}{p[3]}卫生健康局", f"{p[2] or p[0]}{p[3]}行政审批局"))
    variant = r.choice(("portrait", "portrait-box", "landscape"))
    addr_label = r.choice(("地址", "地址", "经营场所地址"))
    rep_label = r.choice(("法定代表人（负责人）", "法定代表人", "负责人"))
    period = f"自{_dates_cn(r, frm)}至{_dates_cn(r, to)}" if r.random() < 0.7 else f"{V.cn_date(frm)}至{V.cn_date(to)}"
    pg = new_page(doc_id, "A4L" if variant == "landscape" else "A4", r, faces)
    pg.guilloche(8, 4, r.choice(("(.55,.7,.85)", "(.85,.6,.5)", "(.6,.75,.6)")), r.choice((2, 3)))
    rows = [("name", "单位名称", nm), ("legal_representative", rep_label, rep), ("address", addr_label, addr),
            ("license_items", "许可项目", items), ("valid_from", "有效期限", period)]
    cx = pg.w / 2
    if variant == "landscape":
        pg.put(cx, 32, pg.spaced("title", 28, "公共场所卫生许可证", 0.3), corner="middle")
        pg.put(cx, 46, pg.pos("license_no", pg.t("value", 13, printed_no)), corner="middle")
        pg.rows(40, 62, rows, 13, 8.5 if len(rep_label) > 6 else 5.5, 150, 4)
        pg.put(200, 160, pg.t("label", 13, "发证机关（盖章）"))
        pg.put(235, 182, pg.t("value", 13, V.cn_date(to.replace(year=frm.year) if False else frm)), corner="middle")
        pg.seal(235, 172, 21, organ)
    else:
        if r.random() < 0.5:
            pg.emblem(cx, 30, 10)
        pg.put(cx, 55, pg.spaced("title", 26, "公共场所卫生许可证", 0.25), corner="middle")
        pg.put(cx, 70, pg.pos("license_no", pg.t("value", 12.5, printed_no)), corner="middle")
        body_y = 90
        pg.rows(26, body_y, rows, 13, 8.5 if len(rep_label) > 6 else 5.5, 118, 5)
        if variant == "portrait-box":
            pg.mp(18, 82, "draw unitsquare xscaled 174mm yscaled 120mm withpen pencircle scaled .8pt;")
        pg.put(120, 235, pg.t("label", 13, "发证机关（盖章）"))
        pg.put(150, 258, pg.t("value", 13, V.cn_date(frm)), corner="middle")
        pg.seal(150, 248, 21, organ)
        pg.put(cx, 284, pg.t("label", 8, "本证在有效期内使用，请悬挂于醒目处"), corner="middle")
    fields = {"license_no": no, "name": nm, "legal_representative": rep, "address": addr, "license_items": items,
              "valid_from": frm.isoformat(), "valid_to": to.isoformat()}
    return pg, fields, variant


FORMS = ("食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "餐饮服务经营者（小型餐馆）",
         "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）", "单位食堂（学校食堂）", "单位食堂（职工食堂）")
ITEMS = ("预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售",
         "冷食类食品制售", "自制饮品制售（不含自酿酒、冷冻饮品）", "糕点类食品（含裱花蛋糕）制售", "保健食品销售", "特殊医学用途配方食品销售",
         "婴幼儿配方乳粉销售", "生食类食品制售")


def food_license(doc_id: str, r: random.Random, faces: dict[str, str]) -> tuple[Page, dict, str]:
    p = V.place(r)
    city = (p[2] or p[0]).removesuffix("市")
    new = r.random() < 0.45
    form = r.choice(FORMS)
    items = "；".join(r.sample(ITEMS, r.randint(1, 4)))
    no = V.food_license_no(r, p, new)
    nm = r.choice((f"{city}{r.choice(V.ZIHAO)}餐饮管理有限公司", f"{p[3]}{r.choice(V.ZIHAO)}{r.choice(('小吃店', '面馆', '超市', '便利店', '奶茶店'))}",
                   f"{city}{r.choice(V.ZIHAO)}商贸有限公司{r.choice(p[5])}店"))
    code = V.uscc(r, r.choice(("91", "92")), p[4])
    rep = V.name(r)
    addr = V.address(r, p)
    prem = addr if r.random() < 0.55 else V.address(r, p)
    issued = V.date_between(r, dt.date(2019, 1, 1), V.TODAY)
    to = _add_years(issued, 5) - dt.timedelta(days=1)
    organ = f"{p[2] or p[0]}{p[3]}市场监督管理局"
    fields = {"license_no": no, "name": nm, "credit_code": code, "legal_representative": rep, "address": addr,
              "premises_address": prem, "business_form": form, "business_items": items, "valid_to": to.isoformat()}
    if not new:
        pg = new_page(doc_id, "A4L", r, faces)
        pg.guilloche(8, 4, "(.55,.72,.6)", 3)
        pg.put(148.5, 26, pg.spaced("title", 28, "食品经营许可证", 0.35), corner="middle")
        pg.put(148.5, 38, pg.t("title", 12, "（正　本）" if r.random() < 0.6 else "（副　本）"), corner="middle")
        left = [("name", "经营者名称", nm), ("credit_code", "社会信用代码（身份证号码）", code), ("legal_representative", "法定代表人（负责人）", rep),
                ("address", "住所", addr), ("premises_address", "经营场所", prem), ("business_form", "主体业态", form),
                ("business_items", "经营项目", items)]
        pg.rows(20, 50, left, 10, 12.5, 95, 2.2)
        right = [("license_no", "许可证编号", no), ("", "日常监督管理机构", f"{p[3]}市场监督管理局{r.choice(p[6])}市场监督管理所"),
                 ("", "日常监督管理人员", f"{V.name(r)}、{V.name(r)}"), ("", "投诉举报电话", "12315"),
                 ("", "签发人", V.name(r)), ("valid_to", "有效期至", V.cn_date(to))]
        pg.rows(180, 50, right, 10, 8.5, 58, 2.6)
        pg.put(200, 150, pg.t("label", 10, f"发证机关：{organ}"))
        pg.seal(248, 168, 20, organ)
        pg.put(248, 176, pg.t("value", 11, V.cn_date(issued)), corner="middle")
        pg.qr(24, 166, 20)
        pg.put(148.5, 198, pg.t("label", 7, "国家食品药品监督管理总局监制"), corner="middle")
        variant = "2015-landscape"
    else:
        pg = new_page(doc_id, "A4", r, faces)
        pg.guilloche(8, 4, "(.5,.65,.8)", 3)
        pg.emblem(105, 30, 10)
        pg.put(105, 52, pg.spaced("title", 26, "食品经营许可证", 0.3), corner="middle")
        rows = [("name", "经营者名称", nm), ("credit_code", "统一社会信用代码（身份证件号码）", code),
                ("legal_representative", "法定代表人（负责人）", rep), ("address", "住所", addr), ("premises_address", "经营场所", prem),
                ("business_form", "主体业态", form), ("business_items", "经营项目", items), ("license_no", "许可证编号", no),
                ("valid_to", "有效期至", V.cn_date(to))]
        pg.rows(22, 70, rows, 11, 9.0, 118, 3.0, colon=r.random() < 0.4)
        pg.put(110, 238, pg.t("label", 11, "发证机关"))
        pg.seal(150, 246, 20, organ)
        pg.put(150, 256, pg.t("value", 11, V.cn_date(issued)), corner="middle")
        pg.qr(28, 232, 22)
        pg.put(105, 284, pg.t("label", 7, "国家市场监督管理总局监制"), corner="middle")
        variant = "2023-portrait"
    return pg, fields, variant


def other(doc_id: str, r: random.Random, faces: dict[str, str]) -> tuple[Page, dict, str]:
    what = r.choice(("blank", "receipt", "form", "letter", "certificate", "notice"))
    p = V.place(r)
    city = (p[2] or p[0]).removesuffix("市")
    if what == "blank":
        pg = new_page(doc_id, "A4", r, faces)
        if r.random() < 0.5:
            pg.put(190, 285, pg.t("label", 7, f"第{r.randint(1, 9)}页"))
        return pg, {}, "blank"
    if what == "receipt":
        pg = new_page(doc_id, "receipt", r, faces)
        lines = [pg.t("title", 12, f"{city}{r.choice(V.ZIHAO)}便利店"), pg.t("label", 8, f"单号：{r.randint(10**9, 10**10 - 1)}"),
                 pg.t("label", 8, f"日期：{V.date_between(r, dt.date(2024, 1, 1), V.TODAY).isoformat()} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}")]
        total = 0.0
        for _ in range(r.randint(3, 8)):
            pr = round(r.uniform(2, 60), 1)
            total += pr
            lines.append(pg.t("value", 8, f"{r.choice(('矿泉水', '面包', '牛奶', '纸巾', '口香糖', '方便面', '薯片', '咖啡'))}  x1  {pr:.2f}"))
        lines.append(pg.t("value", 9, f"合计：{total:.2f}  微信支付"))
        lines.append(pg.t("label", 7, "谢谢惠顾，欢迎再次光临"))
        pg.put(6, 8, "\\vbox{\\hsize=68mm " + "\\par ".join(lines) + "}")
        return pg, {}, "receipt"
    pg = new_page(doc_id, "A4", r, faces)
    if what == "form":
        pg.put(105, 25, pg.t("title", 18, "市场主体登记申请书"), corner="middle")
        rows = [("", lab, "") for lab in ("名称", "住所", "法定代表人", "注册资本", "经营范围", "联系电话", "申请人签字")]
        pg.rows(25, 45, rows, 12, 6, 120, 10, colon=True)
        pg.mp(20, 40, "for i=0 upto 7: draw (0, i*16mm)--(170mm, i*16mm) withpen pencircle scaled .4pt; endfor;")
    elif what == "letter":
        body = (f"{city}市场监督管理局：我单位{city}{r.choice(V.ZIHAO)}商贸有限公司营业执照正本不慎遗失，统一社会信用代码见附件，"
                f"现申请补领营业执照。法定代表人{V.name(r)}已于{V.cn_date(V.date_between(r, dt.date(2024, 1, 1), V.TODAY))}在报纸上刊登遗失声明。特此说明。")
        pg.put(105, 30, pg.t("title", 18, "情况说明"), corner="middle")
        pg.put(25, 48, pg.box(160, pg.t("value", 12, body), lead=1.8))
        pg.put(130, 120, pg.t("value", 12, f"说明人：{V.name(r)}"))
    elif what == "notice":
        pg.put(105, 30, pg.t("title", 18, "一次性告知单"), corner="middle")
        items = ("申请人身份证原件及复印件", "营业执照副本原件及复印件", "经营场所证明（房产证或租赁合同）", "食品安全管理制度文本", "法定代表人签署的申请书")
        pg.put(25, 48, "\\vbox{\\hsize=160mm " + "\\par ".join(pg.t("value", 12, f"{i + 1}．{s}") for i, s in enumerate(items)) + "}")
    else:
        pg.guilloche(10, 5, "(.8,.7,.4)", 2)
        title = r.choice(("荣誉证书", "开户许可证", "培训合格证书", "健康证明"))
        pg.put(105, 50, pg.spaced("title", 28, title, 0.4), corner="middle")
        pg.put(30, 90, pg.box(150, pg.t("value", 14, f"{V.name(r)}同志在{r.randint(2019, 2025)}年度工作中表现突出，特发此证，以资鼓励。"
                                           if title == "荣誉证书" else f"持证人：{V.name(r)}　编号：{r.randint(10**8, 10**9)}"), lead=1.8))
        pg.seal(140, 200, 20, f"{city}{r.choice(('人民政府', '职业技能培训中心', '疾病预防控制中心'))}")
    return pg, {}, what
