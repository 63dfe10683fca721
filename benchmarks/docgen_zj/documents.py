"""Family ZJ's documents: the values of one page (`make_doc`) and its drawing (`draw`) on a Canvas —
居民身份证 front and back (85.6×54 mm), 营业执照 2019 template 正本 (A3 landscape) and 副本 (A4
portrait) for companies, 分公司, 合伙企业 and 个体工商户, 公共场所卫生许可证, 食品经营许可证 正本/副本,
and unrelated pages (blank, receipts, forms, letters that mention licences, certificates, notices).
A page is drawn from its values and its own seed alone, so any capture can draw it again at the dpi it
needs, on any device."""

from __future__ import annotations

import datetime as dt

import numpy as np

from benchmarks.docgen_zj import values as V
from benchmarks.docgen_zj.canvas import Canvas

BLUE = "#2b6ca3"


def _d(d: dt.date) -> str:
    return d.isoformat()


def _cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def _dist_short(p) -> str:
    d = p[2]
    for suf in ("新区", "区"):
        if d.endswith(suf) and len(d) > len(suf) + 1:
            return d[: -len(suf)]
    return d


def _regauth(p) -> str:
    return f"{p[1] or p[0]}{p[2]}市场监督管理局"


def _company_name(rng, p, ind: str) -> str:
    city = (p[1] or p[0]).rstrip("市省")
    trade = V.pick(rng, V.TRADE) + (V.pick(rng, V.TRADE)[0] if rng.random() < 0.3 else "")
    return f"{city}{trade}{ind}"


def make_doc(kind: str, variant: str, rng: np.random.Generator) -> dict:
    """The values of one page: truth fields (contract keys), what else is printed, size in mm."""
    p = V.place(rng)
    doc: dict = {"kind": kind, "variant": variant, "seed": int(rng.integers(2 ** 31)), "place": p[3]}
    if kind == "id_card_front":
        male = bool(rng.random() < 0.5)
        birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2008, 12, 31))
        name = V.person_name(rng)
        addr = V.address(rng, p)
        doc.update(size=(85.6, 54.0), fields={
            "name": name, "sex": "男" if male else "女", "nation": V.pick(rng, V.NATIONS),
            "birth_date": _d(birth), "address": addr, "id_number": V.id_number(p[3], birth, male, rng)},
            face=V.pick(rng, ["hei", "fhei", "wqy"]))
    elif kind == "id_card_back":
        issued = V.date_between(rng, dt.date(2008, 1, 1), V.TODAY)
        age = int(rng.integers(12, 70))
        years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
        city = p[1] or p[0]
        auth = f"{city}公安局{_dist_short(p)}分局"
        try:
            end = issued.replace(year=issued.year + years) if years else None
        except ValueError:
            end = issued.replace(year=issued.year + years, day=28)
        doc.update(size=(85.6, 54.0), fields={
            "issuing_authority": auth, "valid_from": _d(issued), "valid_to": _d(end) if end else "长期"},
            face=V.pick(rng, ["hei", "fhei", "wqy"]))
    elif kind == "business_license":
        form, layout = variant.split("-")[:2]  # company/branch/partnership/individual, zhengben/fuben
        ind, items = V.INDUSTRY[int(rng.integers(len(V.INDUSTRY)))]
        est = V.date_between(rng, dt.date(2003, 1, 1), V.TODAY - dt.timedelta(days=20))
        code_area = p[3]
        if form == "company":
            name = _company_name(rng, p, ind) + V.pick(rng, ["有限公司", "有限公司", "股份有限公司"])
            etype = V.pick(rng, V.FORMS_LTD[4:] if name.endswith("股份有限公司") else V.FORMS_LTD[:4])
            labels = ("法定代表人", "注册资本", "成立日期", "营业期限", "住所")
            cap = V.capital(rng)
            code = V.uscc(rng, "91", code_area)
        elif form == "branch":
            name = _company_name(rng, p, ind) + "有限公司" + V.pick(rng, [_dist_short(p) + "分公司", "第一分公司", "营业部"])
            etype = V.pick(rng, ["有限责任公司分公司(自然人投资或控股)", "其他有限责任公司分公司", "有限责任公司分公司(自然人独资)"])
            labels = ("负责人", "", "成立日期", "营业期限", "营业场所")
            cap = ""
            code = V.uscc(rng, "91", code_area)
        elif form == "partnership":
            name = _company_name(rng, p, V.pick(rng, ["企业管理咨询", "投资管理", "股权投资", "文化传媒"])) + V.pick(rng, ["中心（有限合伙）", "合伙企业（有限合伙）", "中心（普通合伙）"])
            etype = "有限合伙企业" if "有限合伙" in name else "普通合伙企业"
            labels = ("执行事务合伙人", "出资额", "成立日期", "合伙期限", "主要经营场所")
            cap = V.pick(rng, ["100万元", "500万元人民币", "人民币壹仟万元整", "30万元"])
            code = V.uscc(rng, "91", code_area)
        else:
            city = (p[1] or p[0]).rstrip("市省")
            name = f"{city}{_dist_short(p)}{V.pick(rng, V.TRADE)}{V.pick(rng, ['便利店', '餐饮店', '服装店', '五金店', '理发店', '小吃店', '水果店'])}"
            etype = "个体工商户"
            labels = ("经营者", "", "注册日期", "", "经营场所")
            cap = ""
            code = V.uscc(rng, "92", code_area)
            items = V.pick(rng, [["食品销售（仅销售预包装食品）", "日用百货销售", "烟草制品零售"], ["餐饮服务", "小餐饮"],
                                 ["理发服务", "美容服务"], ["服装服饰零售", "鞋帽零售"], ["五金产品零售", "电线、电缆经营"]])
        rep = V.person_name(rng)
        if form == "partnership" and rng.random() < 0.4:
            rep = _company_name(rng, p, "投资管理") + "有限公司（委派代表：" + V.person_name(rng) + "）"
        if labels[3]:
            until = "长期" if rng.random() < 0.45 else _d(est.replace(year=est.year + int(V.pick(rng, [10, 20, 30, 50]))) - dt.timedelta(days=1))
        else:
            until = ""
        scope = V.scope(rng, items) if form != "individual" else "、".join(items) + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
        addr = V.address(rng, p, V.pick(rng, ["room", "building", "street", "lane", "village"]))
        doc.update(size=(420.0, 297.0) if layout == "zhengben" else (210.0, 297.0), labels=labels, est_cn=_cn_date(est),
                   issue=_cn_date(V.date_between(rng, est, V.TODAY)), regauth=_regauth(p),
                   composition=V.pick(rng, ["个人经营", "家庭经营"]), serial=f"{int(rng.integers(10**9, 10**10))}{int(rng.integers(10**7, 10**8))}",
                   fields={"name": name, "credit_code": code, "entity_type": etype, "legal_representative": rep,
                           "registered_capital": cap, "established_date": _d(est), "address": addr,
                           "business_scope": scope, "valid_to": until},
                   face=V.pick(rng, ["song", "fsong", "hei", "fhei", "ffang", "uming"]),
                   label_face=V.pick(rng, ["hei", "fhei", "song_bold", "hei_bold"]))
    elif kind == "public_health_license":
        frm = V.date_between(rng, dt.date(2019, 1, 1), V.TODAY)
        to = frm.replace(year=frm.year + 4) - dt.timedelta(days=1)
        br = V.pick(rng, ["（）", "〔〕", "()"])
        no = f"{p[4]}卫公字{br[0]}{frm.year}{br[1]}第{p[3]}{int(rng.integers(0, 10**6)):06d}号"
        items = rng.permutation(["住宿", "沐浴", "美容美发", "游泳场（馆）", "商场（店）", "歌舞厅", "候车室", "公共浴室"])[:int(rng.integers(1, 3))]
        kindname = V.pick(rng, ["酒店管理有限公司", "宾馆", "美容美发店", "洗浴中心", "健身服务有限公司", "商贸有限公司"])
        doc.update(size=(210.0, 297.0) if variant == "portrait" else (297.0, 210.0), issue=_cn_date(frm),
                   auth=f"{p[1] or p[0]}{p[2]}卫生健康委员会" if rng.random() < 0.6 else f"{p[1] or p[0]}{p[2]}卫生局",
                   fields={"license_no": no, "name": _company_name(rng, p, "") + kindname,
                           "legal_representative": V.person_name(rng), "address": V.address(rng, p, V.pick(rng, ["room", "street", "building"])),
                           "license_items": "、".join(str(x) for x in items), "valid_from": _d(frm), "valid_to": _d(to)},
                   face=V.pick(rng, ["song", "fsong", "hei", "ffang", "uming"]), label_face=V.pick(rng, ["song_bold", "hei", "fhei"]))
    elif kind == "food_business_license":
        catering = bool(rng.random() < 0.55)
        issue = V.date_between(rng, dt.date(2019, 1, 1), V.TODAY)
        if catering:
            form = V.pick(rng, ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "餐饮服务经营者（大型餐馆）",
                                "单位食堂（学校食堂）", "单位食堂（机关企事业单位食堂）", "餐饮服务经营者（饮品店）"])
            items = ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（不含自酿酒）", "预包装食品（含冷藏冷冻食品）销售"]
        else:
            form = V.pick(rng, ["食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "食品销售经营者（网络食品销售商）"])
            items = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售",
                     "特殊食品销售（保健食品）", "特殊食品销售（婴幼儿配方乳粉）", "热食类食品制售"]
        k = int(rng.integers(1, 4))
        it = [items[int(i)] for i in sorted(rng.permutation(len(items))[:k])]
        ind = "餐饮管理" if catering else "商贸"
        name = _company_name(rng, p, ind) + "有限公司"
        if rng.random() < 0.3:
            name += V.pick(rng, ["第一分店", _dist_short(p) + "分公司"])
        addr = V.address(rng, p, V.pick(rng, ["room", "street", "building"]))
        prem = addr if rng.random() < 0.5 else V.address(rng, p, V.pick(rng, ["room", "street"]))
        doc.update(size=(297.0, 210.0) if variant == "zhengben" else (210.0, 297.0), issue=_cn_date(issue),
                   auth=_regauth(p), signer=V.person_name(rng), officer=V.person_name(rng) + "、" + V.person_name(rng),
                   fields={"license_no": V.food_license_no(rng, p, catering), "name": name,
                           "credit_code": V.uscc(rng, "91", p[3]), "legal_representative": V.person_name(rng),
                           "address": addr, "premises_address": prem, "business_form": form,
                           "business_items": "；".join(it), "valid_to": _d(issue.replace(year=issue.year + 5) - dt.timedelta(days=1))},
                   face=V.pick(rng, ["song", "fsong", "hei", "ffang", "uming", "wqy"]), label_face=V.pick(rng, ["hei", "fhei", "song_bold"]))
    else:
        doc.update(size={"receipt": (80.0, 180.0), "certificate": (297.0, 210.0)}.get(variant, (210.0, 297.0)), fields={},
                   name=V.person_name(rng), company=_company_name(rng, p, V.INDUSTRY[int(rng.integers(8))][0]) + "有限公司",
                   addr=V.address(rng, p), date=_cn_date(V.date_between(rng, dt.date(2022, 1, 1), V.TODAY)),
                   face=V.pick(rng, ["song", "fsong", "hei", "ffang", "uming", "wenkai"]))
    return doc


# ------------------------------------------------------------------------------------------------
def draw(cv: Canvas, doc: dict) -> None:
    rng = np.random.default_rng(doc["seed"])
    {"id_card_front": _id_front, "id_card_back": _id_back, "business_license": _biz,
     "public_health_license": _health, "food_business_license": _food}.get(doc["kind"], _other)(cv, doc, rng)


def _paper(cv: Canvas, color="#fdfcf8") -> None:
    cv.rect(0, 0, cv.w, cv.h, color=None, fill=color)


def _card(cv: Canvas, color: str) -> None:
    """The card's stock: a rounded rectangle (ISO/IEC 7810 ID-1, 3.18 mm corners); everything after is
    clipped to it, so the corners stay the background (transparent on a photo's texture)."""
    from PySide6.QtGui import QPainterPath
    path = QPainterPath()
    path.addRoundedRect(0, 0, cv.w * 10, cv.h * 10, 31.8, 31.8)
    cv.p.setClipPath(path)
    cv.path(path, fill=color)


def _id_front(cv: Canvas, doc: dict, rng) -> None:
    f = doc["fields"]
    _card(cv, "#f3f6f4")
    cv.waves(0, 0, cv.w, cv.h, rng, color="#a9cbd8", n=26)
    cv.waves(0, 30, cv.w, 24, rng, color="#e3b9c4", n=10, opacity=0.35)
    face, lab = doc["face"], "hei"
    ls = 2.35
    cv.text(6.2, 10.5, "姓", lab, ls, BLUE)
    cv.text(10.3, 10.5, "名", lab, ls, BLUE)
    cv.text(15.5, 10.8, f["name"], face, 3.6, "#111", field="name", spacing=0.25)
    cv.text(6.2, 17.3, "性", lab, ls, BLUE)
    cv.text(10.3, 17.3, "别", lab, ls, BLUE)
    cv.text(15.5, 17.5, f["sex"], face, 3.0, "#111", field="sex")
    cv.text(24.5, 17.3, "民", lab, ls, BLUE)
    cv.text(28.6, 17.3, "族", lab, ls, BLUE)
    cv.text(33.8, 17.5, f["nation"], face, 3.0, "#111", field="nation")
    cv.text(6.2, 24.0, "出", lab, ls, BLUE)
    cv.text(10.3, 24.0, "生", lab, ls, BLUE)
    y, m, d = f["birth_date"].split("-")
    x = 15.5
    x += cv.text(x, 24.2, y, face, 3.0, "#111", field="birth_date") + 1.2
    x += cv.text(x, 24.0, "年", lab, ls, BLUE) + 1.2
    x += cv.text(x, 24.2, str(int(m)), face, 3.0, "#111", field="birth_date") + 1.2
    x += cv.text(x, 24.0, "月", lab, ls, BLUE) + 1.2
    x += cv.text(x, 24.2, str(int(d)), face, 3.0, "#111", field="birth_date") + 1.2
    cv.text(x, 24.0, "日", lab, ls, BLUE)
    cv.text(6.2, 30.8, "住", lab, ls, BLUE)
    cv.text(10.3, 30.8, "址", lab, ls, BLUE)
    cv.para(15.5, 28.0, 36.0, f["address"], face, 3.0, lead=1.5, color="#111", field="address", justify=False, max_lines=4)
    cv.text(6.2, 48.2, "公民身份号码", lab, ls, BLUE)
    cv.text(27.5, 48.4, f["id_number"], "ocrb", 3.55, "#111", field="id_number", spacing=0.42)
    # photo
    cv.rect(55.5, 6.5, 25.5, 32, color=None, fill="#dfe7ee")
    from PySide6.QtGui import QPainterPath
    U = 10.0
    tone = V.pick(rng, ["#e6c7a8", "#d9b896", "#caa482", "#efd3b8"])
    hair = V.pick(rng, ["#1b1b1b", "#2b2420", "#3a2e28"])
    body = QPainterPath()
    body.moveTo(56 * U, 38.5 * U)
    body.cubicTo(57 * U, 31 * U, 62 * U, 29.5 * U, 68 * U, 29.5 * U)
    body.cubicTo(74 * U, 29.5 * U, 79.5 * U, 31 * U, 80.5 * U, 38.5 * U)
    body.closeSubpath()
    cv.path(body, fill=V.pick(rng, ["#2d3440", "#f2f2f2", "#3c4f6b", "#6b2a2a"]))
    neck = QPainterPath()
    neck.addRect(65.3 * U, 25 * U, 5.4 * U, 5.5 * U)
    cv.path(neck, fill=tone)
    head = QPainterPath()
    head.addEllipse(61.6 * U, 11.2 * U, 12.8 * U, 16.5 * U)
    cv.path(head, fill=tone)
    hp = QPainterPath()
    hp.moveTo(61.3 * U, 19 * U)
    hp.cubicTo(60.5 * U, 8 * U, 75.5 * U, 8 * U, 74.7 * U, 19 * U)
    hp.cubicTo(72 * U, 14 * U, 64 * U, 14 * U, 61.3 * U, 19 * U)
    cv.path(hp, fill=hair)
    for ex in (65.2, 70.8):
        e = QPainterPath()
        e.addEllipse((ex - 0.6) * U, 18.6 * U, 1.2 * U, 0.7 * U)
        cv.path(e, fill="#222")
    m_ = QPainterPath()
    m_.moveTo(66.4 * U, 23.6 * U)
    m_.quadTo(68 * U, 24.4 * U, 69.6 * U, 23.6 * U)
    cv.path(m_, color="#8a4a4a", width=0.25)


def _id_back(cv: Canvas, doc: dict, rng) -> None:
    f = doc["fields"]
    _card(cv, "#f4f7f3")
    cv.waves(0, 0, cv.w, cv.h, rng, color="#b7d3c2", n=30)
    cv.guilloche(2, 2, cv.w - 4, cv.h - 4, rng, color="#c4d8b0", n=2, width=0.08)
    cv.emblem(15.5, 15.5, 9.0)
    cv.text(30, 14.0, "中华人民共和国", "hei_bold", 4.5, "#111", spacing=0.9)
    cv.text(27, 26.5, "居民身份证", "hei_bold", 6.6, "#111", spacing=1.9)
    face = doc["face"]
    cv.text(14.0, 42.0, "签发机关", "hei", 2.6, "#222")
    cv.text(28.5, 42.2, f["issuing_authority"], face, 3.0, "#111", field="issuing_authority")
    cv.text(14.0, 48.5, "有效期限", "hei", 2.6, "#222")
    a = f["valid_from"].replace("-", ".")
    b = f["valid_to"].replace("-", ".")
    x = 28.5 + cv.text(28.5, 48.7, a, face, 3.0, "#111", field="valid_from")
    x += cv.text(x, 48.7, "-", face, 3.0, "#111")
    cv.text(x, 48.7, b, face, 3.0, "#111", field="valid_to")


def _frame(cv: Canvas, rng, m: float, color="#c19a55") -> None:
    cv.guilloche(m, m, cv.w - 2 * m, cv.h - 2 * m, rng, color=color, n=4, width=0.18 if cv.w > 300 else 0.12)
    cv.rect(m + 4.5, m + 4.5, cv.w - 2 * m - 9, cv.h - 2 * m - 9, color=color, width=0.35)


def _row(cv: Canvas, x, y, lw, vw, label, value, face, lface, size, field, lead=1.45, max_lines=3,
         colon=False) -> float:
    """A labelled row: label spread over lw, value paragraph right of it; returns the row height."""
    if len(label) <= 6 and not colon:
        cv.spread(x, y + size * 0.95, lw, label, lface, size * 1.02)
    else:
        cv.text(x, y + size * 0.95, label + ("：" if colon else ""), lface, size * 0.95)
    h = cv.para(x + lw + 4, y + size * 0.05 - size * 0.1, vw, value, face, size, lead=lead, field=field,
                justify=True, max_lines=max_lines)
    return max(h, size * lead)


def _biz(cv: Canvas, doc: dict, rng) -> None:
    f = doc["fields"]
    form, layout = doc["variant"].split("-")[:2]
    L = doc["labels"]
    face, lface = doc["face"], doc["label_face"]
    _paper(cv, "#fdfbf4")
    a3 = layout == "zhengben"
    _frame(cv, rng, 9 if a3 else 7)
    if a3:
        cv.emblem(210, 42, 16)
        cv.text(210, 92, "营业执照", "song_bold", 21, "#111", anchor="center", spacing=9)
        cv.text(48, 52, "统一社会信用代码", lface, 4.6)
        cv.text(48, 61, f["credit_code"], "mono", 5.0, field="credit_code", spacing=0.35)
        cv.text(48, 69, f"证照编号：{doc['serial']}", lface, 3.2, "#333")
        cv.qr(330, 38, 34, rng)
        cv.para(322, 76, 52, "扫描二维码登录‘国家企业信用信息公示系统’了解更多登记、备案、许可、监管信息。", "hei", 2.6, lead=1.3)
        rows_l = [("名　　称" if True else "", "名称", f["name"], "name"),
                  ("", "类型", f["entity_type"], "entity_type"),
                  ("", L[0], f["legal_representative"], "legal_representative")]
        if form == "individual":
            rows_l.append(("", "组成形式", doc["composition"], None))
        x0, lw, vw = 52, 30, 118
        y = 112
        for _, label, value, field in rows_l:
            y += _row(cv, x0, y, lw, vw, label, value, face, lface, 5.0, field, max_lines=2) + 5.5
        cv.spread(x0, y + 5.0 * 0.95, lw, "经营范围", lface, 5.1)
        cv.para(x0 + lw + 4, y - 0.5, vw, f["business_scope"], face, 4.4, lead=1.5, field="business_scope", max_lines=14)
        x1, y = 232, 112
        rows_r = []
        if L[1]:
            rows_r.append((L[1], f["registered_capital"], "registered_capital"))
        rows_r.append((L[2], doc["est_cn"], "established_date"))
        if L[3]:
            until = "长期" if f["valid_to"] == "长期" else _cn_date(dt.date.fromisoformat(f["valid_to"]))
            rows_r.append((L[3], f"{doc['est_cn']}至{until}" if until != "长期" else "长期", "valid_to"))
        rows_r.append((L[4], f["address"], "address"))
        for label, value, field in rows_r:
            y += _row(cv, x1, y, lw, 115, label, value, face, lface, 5.0, field, max_lines=3) + 5.5
        _only_end(cv, f)
        cv.text(300, 246, "登记机关", lface, 5.0)
        cv.seal(345, 250, 21, doc["regauth"], "", "song", rot=float(rng.uniform(-8, 8)))
        cv.text(340, 272, doc["issue"], face, 4.8, anchor="center")
        cv.text(210, 279, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "hei", 3.0, "#444", anchor="center")
        cv.text(210, 285, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", "hei", 2.8, "#444", anchor="center")
        cv.text(395, 285, "国家市场监督管理总局监制", "hei", 2.4, "#666", anchor="right")
    else:
        cv.emblem(105, 30, 11)
        cv.text(105, 62, "营业执照", "song_bold", 13, "#111", anchor="center", spacing=5)
        cv.text(105, 71, "（副　本）", "song", 4.6, "#111", anchor="center")
        cv.text(20, 32, "统一社会信用代码", lface, 3.4)
        cv.text(20, 38.5, f["credit_code"], "mono", 3.8, field="credit_code", spacing=0.25)
        cv.text(20, 44, f"证照编号：{doc['serial']}", lface, 2.6, "#333")
        cv.qr(160, 24, 26, rng)
        cv.text(173, 55, "扫码查询", "hei", 2.4, "#333", anchor="center")
        rows = [("名称", f["name"], "name"), ("类型", f["entity_type"], "entity_type"),
                (L[0], f["legal_representative"], "legal_representative")]
        if form == "individual":
            rows.append(("组成形式", doc["composition"], None))
        if L[1]:
            rows.append((L[1], f["registered_capital"], "registered_capital"))
        rows.append((L[2], doc["est_cn"], "established_date"))
        if L[3]:
            until = "长期" if f["valid_to"] == "长期" else _cn_date(dt.date.fromisoformat(f["valid_to"]))
            rows.append((L[3], f"{doc['est_cn']}至{until}" if until != "长期" else "长期", "valid_to"))
        rows.append((L[4], f["address"], "address"))
        x0, lw, vw, y = 24, 24, 134, 84
        for label, value, field in rows:
            y += _row(cv, x0, y, lw, vw, label, value, face, lface, 3.9, field, max_lines=3) + 3.6
        _only_end(cv, f)
        cv.spread(x0, y + 3.9 * 0.95, lw, "经营范围", lface, 4.0)
        cv.para(x0 + lw + 4, y - 0.4, vw, f["business_scope"], face, 3.5, lead=1.5, field="business_scope", max_lines=14)
        cv.text(120, 252, "登记机关", lface, 3.9)
        cv.seal(160, 256, 17, doc["regauth"], "", "song", rot=float(rng.uniform(-8, 8)))
        cv.text(158, 274, doc["issue"], face, 3.6, anchor="center")
        cv.text(105, 283, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "hei", 2.4, "#444", anchor="center")
        cv.text(190, 289, "国家市场监督管理总局监制", "hei", 1.9, "#666", anchor="right")


def _only_end(cv: Canvas, f: dict) -> None:
    """营业期限 prints 'start至end': the valid_to value's ink is the end date only."""
    if f["valid_to"] not in ("", "长期") and cv.boxes.get("valid_to"):
        cv.boxes["valid_to"] = cv.boxes["valid_to"][-len(_cn_date(dt.date.fromisoformat(f["valid_to"]))):]


def _health(cv: Canvas, doc: dict, rng) -> None:
    f = doc["fields"]
    face, lface = doc["face"], doc["label_face"]
    _paper(cv, "#fdfdf8")
    _frame(cv, rng, 8, color="#3f7a5a")
    portrait = cv.w < cv.h
    cx = cv.w / 2
    cv.emblem(cx, 32 if portrait else 28, 10)
    cv.text(cx, 62 if portrait else 55, "公共场所卫生许可证", "song_bold", 11 if portrait else 10, "#111", anchor="center", spacing=2)
    y = 76 if portrait else 67
    nw = cv.text(cv.w - 22, y, f["license_no"], face, 3.8, field="license_no", anchor="right")
    cv.text(cv.w - 22 - nw - 0.5, y, "编号：", lface, 3.8, anchor="right")
    x0, lw = (30, 44) if portrait else (40, 44)
    vw = cv.w - x0 - lw - 34
    y += 16
    rows = [("单位名称", f["name"], "name"), ("法定代表人（负责人）", f["legal_representative"], "legal_representative"),
            ("地址", f["address"], "address"), ("许可项目", f["license_items"], "license_items")]
    for label, value, field in rows:
        y += _row(cv, x0, y, lw, vw, label, value, face, lface, 4.6, field, max_lines=3, colon=True) + (9 if portrait else 6)
    frm, to = dt.date.fromisoformat(f["valid_from"]), dt.date.fromisoformat(f["valid_to"])
    cv.text(x0, y + 4.4, "有效期限：", lface, 4.4)
    xx = x0 + lw + 4
    xx += cv.text(xx, y + 4.4, "自", face, 4.6)
    xx += cv.text(xx, y + 4.4, _cn_date(frm), face, 4.6, field="valid_from")
    xx += cv.text(xx, y + 4.4, "至", face, 4.6)
    cv.text(xx, y + 4.4, _cn_date(to), face, 4.6, field="valid_to")
    by = cv.h - (60 if portrait else 42)
    cv.text(cv.w - 95, by, "发证机关（盖章）", lface, 4.2)
    cv.seal(cv.w - 60, by + 10, 19, doc["auth"], "", "song", rot=float(rng.uniform(-10, 10)))
    cv.text(cv.w - 60, by + 26, doc["issue"], face, 4.2, anchor="center")
    cv.text(cx, cv.h - 16, "中华人民共和国国家卫生健康委员会监制", "hei", 2.6, "#555", anchor="center")


def _food(cv: Canvas, doc: dict, rng) -> None:
    f = doc["fields"]
    face, lface = doc["face"], doc["label_face"]
    _paper(cv, "#fbfcfd")
    _frame(cv, rng, 7, color="#4a78a8")
    land = cv.w > cv.h
    cx = cv.w / 2
    cv.emblem(cx, 25, 9)
    cv.text(cx, 50, "食品经营许可证", "song_bold", 10, "#111", anchor="center", spacing=3)
    if not land:
        cv.text(cx, 58, "（副本）", "song", 4.0, anchor="center")
    rows = [("经营者名称", f["name"], "name"), ("社会信用代码（身份证号码）", f["credit_code"], "credit_code"),
            ("法定代表人（负责人）", f["legal_representative"], "legal_representative"),
            ("住所", f["address"], "address"), ("经营场所", f["premises_address"], "premises_address"),
            ("主体业态", f["business_form"], "business_form"), ("经营项目", f["business_items"], "business_items")]
    size = 3.5
    if land:
        x0, lw, vw, y = 24, 46, 92, 64
    else:
        x0, lw, vw, y = 22, 46, 118, 70
    for label, value, field in rows:
        y += _row(cv, x0, y, lw, vw, label, value, face, lface, size, field, max_lines=3, colon=True) + 3.2
    side = [("许可证编号", f["license_no"], "license_no"), ("日常监督管理机构", doc["auth"], None),
            ("日常监督管理人员", doc["officer"], None), ("投诉举报电话", "12315", None)]
    if land:
        xs, sw, ys = 178, 34, 64
    else:
        xs, sw, ys = x0, lw, y + 4
    for label, value, field in side:
        ys += _row(cv, xs, ys, sw, 62 if land else 118, label, value, face, lface, size, field, max_lines=2, colon=True) + 3.2
    ys += 2
    cv.text(xs, ys + size, "发证机关：", lface, size)
    cv.text(xs + sw + 4, ys + size, doc["auth"], face, size)
    ys += 8
    cv.text(xs, ys + size, "签发人：", lface, size)
    cv.text(xs + sw + 4, ys + size, doc["signer"], face, size)
    sx = xs + sw + 30 if land else cv.w - 55
    cv.seal(sx, ys - 2 if land else ys - 8, 16, doc["auth"], "", "song", rot=float(rng.uniform(-10, 10)))
    ys += 9
    cv.text(xs, ys + size, doc["issue"], face, size)
    vt = dt.date.fromisoformat(f["valid_to"])
    ye = cv.h - 18
    cv.text(x0, ye, "有效期至", lface, size)
    cv.text(x0 + 18, ye, _cn_date(vt), face, size, field="valid_to")
    cv.text(cv.w - 20, cv.h - 12, "国家市场监督管理总局监制", "hei", 2.2, "#555", anchor="right")
    cv.qr(cv.w - 48, 16, 24, rng) if land else cv.qr(cv.w - 42, 14, 22, rng)


def _other(cv: Canvas, doc: dict, rng) -> None:
    v = doc["variant"]
    face = doc["face"]
    _paper(cv, "#ffffff" if v != "receipt" else "#f7f6f1")
    if v == "blank":
        for _ in range(int(rng.integers(0, 4))):
            cv.line(float(rng.uniform(10, 200)), float(rng.uniform(10, 280)), float(rng.uniform(10, 200)),
                    float(rng.uniform(10, 280)), "#ddd", 0.1)
        return
    if v == "receipt":
        cv.text(40, 12, V.pick(rng, ["好又多超市", "便民生活超市", "永辉超市", "全家便利店"]), "hei", 4.2, anchor="center")
        cv.text(6, 20, f"单号：{int(rng.integers(10**11, 10**12))}", "hei", 2.6)
        cv.text(6, 25, f"日期：{doc['date']}", "hei", 2.6)
        y = 32.0
        tot = 0.0
        for _ in range(int(rng.integers(5, 14))):
            item = V.pick(rng, ["矿泉水550ml", "卫生纸", "苹果", "酸奶", "面包", "洗衣液", "鸡蛋", "大米5kg", "牙膏", "可乐"])
            price = float(rng.integers(150, 4500)) / 100
            tot += price
            cv.text(6, y, item, "hei", 2.8)
            cv.text(74, y, f"{price:.2f}", "mono", 2.6, anchor="right")
            y += 5
        cv.line(6, y, 74, y, "#333", 0.15)
        cv.text(6, y + 6, "合计", "hei", 3.0)
        cv.text(74, y + 6, f"{tot:.2f}", "mono", 3.0, anchor="right")
        cv.text(40, y + 16, "谢谢惠顾  欢迎再次光临", "hei", 2.6, anchor="center")
        return
    if v == "certificate":
        _frame(cv, rng, 10, color="#b8862b")
        cv.text(148, 60, "荣誉证书", "song_bold", 16, "#9b1c1c", anchor="center", spacing=6)
        cv.para(40, 90, 217, f"{doc['name']}同志：在{doc['date'][:5]}度工作中表现突出，成绩显著，被评为“先进工作者”，特发此证，以资鼓励。",
                face, 6.0, lead=1.7, indent_first=12)
        cv.text(230, 170, doc["company"], face, 5, anchor="center")
        cv.text(230, 180, doc["date"], face, 5, anchor="center")
        cv.seal(230, 165, 20, doc["company"], "", "song", rot=float(rng.uniform(-10, 10)))
        return
    if v == "form":
        cv.text(105, 30, V.pick(rng, ["政务服务事项申请表", "个人信息登记表", "业务办理预约登记表"]), "song_bold", 7, anchor="center")
        y = 45.0
        for lab in ["申请人", "联系电话", "证件类型", "证件号码", "通讯地址", "办理事项", "申请理由", "备注"]:
            cv.rect(20, y, 170, 14, "#222", 0.25)
            cv.line(55, y, 55, y + 14, "#222", 0.25)
            cv.text(24, y + 9, lab, "hei", 4.0)
            y += 14
        cv.text(24, y + 12, "申请人签字：", "hei", 4)
        cv.text(120, y + 12, "日期：　　年　　月　　日", "hei", 4)
        cv.para(20, y + 22, 170, "说明：请如实填写，并提交营业执照、身份证复印件等材料。", "hei", 3.4)
        return
    # letter / notice mentioning licence words
    title = V.pick(rng, ["关于办理营业执照变更登记的告知书", "情况说明", "关于提交食品经营许可证年检材料的通知", "委托书"])
    cv.text(105, 32, title, "song_bold", 6.5, anchor="center")
    body = (f"{V.pick(rng, ['各经营户', '尊敬的客户', '相关单位'])}：\n" if False else "") + (
        f"根据有关规定，{doc['company']}现就相关事项说明如下：本单位营业执照、卫生许可证及食品经营许可证原件已于"
        f"{doc['date']}交由经办人{doc['name']}办理，如需核验请与本单位联系。本说明仅用于办理相关手续，复印无效。"
        f"联系地址：{doc['addr']}。")
    y = 48.0
    for _ in range(int(rng.integers(1, 3))):
        y += cv.para(22, y, 166, body, face, 4.3, lead=1.8, indent_first=8.6) + 6
    cv.text(150, y + 20, doc["company"], face, 4.3, anchor="center")
    cv.text(150, y + 30, doc["date"], face, 4.3, anchor="center")
    if rng.random() < 0.6:
        cv.seal(150, y + 22, 19, doc["company"], "", "song", rot=float(rng.uniform(-10, 10)))
