"""Family ZI's documents laid out in millimetres on a Skia canvas: ID card front/back (85.6×54 mm),
营业执照 2019 template 正本 (A3 landscape) and 副本 (A4 portrait), 公共场所卫生许可证, 食品经营许可证,
and unrelated pages (letters that mention licence words, receipts, forms, certificates, a blank page).
Each function returns the printed truth values; ink boxes are kept on the Page."""

from __future__ import annotations

import datetime as dt

import skia

from . import values as V
from .skiapage import BLACK, RED, Page, paint

SIZES = {"id_card_front": (85.6, 54.0), "id_card_back": (85.6, 54.0), "bl_original": (420.0, 297.0),
         "bl_copy": (210.0, 297.0), "public_health_license": (297.0, 210.0), "food_business_license": (297.0, 210.0),
         "letter": (210.0, 297.0), "receipt": (80.0, 160.0), "certificate": (297.0, 210.0), "blank": (210.0, 297.0),
         "form": (210.0, 297.0)}


def cn_date(d: str | dt.date, pad: bool = True) -> str:
    d = dt.date.fromisoformat(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def _pick(P: Page, seq):
    return seq[int(P.rng.integers(len(seq)))]


# ID card ---------------------------------------------------------------------------------------------
def id_front(P: Page, v: dict, style: dict) -> dict:
    c = P.c
    c.drawRect(skia.Rect.MakeWH(P.w, P.h), paint(skia.ColorSetARGB(255, 244, 242, 236)))
    P.waves(skia.ColorSetARGB(255, 196, 214, 226), n=30, amp=1.6)
    P.waves(skia.ColorSetARGB(255, 232, 200, 196), n=12, amp=3.0)
    lab = skia.ColorSetARGB(255, 40, 96, 150)
    lf, vf, nf = style["label_face"], style["value_face"], style["number_face"]
    P.text("姓名", 6.5, 10.5, lf, 2.6, lab)
    P.text(v["name"], 16.5, 10.8, vf, 3.6, BLACK, "name")
    P.text("性别", 6.5, 17.5, lf, 2.6, lab)
    P.text(v["sex"], 16.5, 17.6, vf, 3.2, BLACK, "sex")
    P.text("民族", 27.5, 17.5, lf, 2.6, lab)
    P.text(v["nation"], 36.0, 17.6, vf, 3.2, BLACK, "nation")
    b = dt.date.fromisoformat(v["birth_date"])
    P.text("出生", 6.5, 24.5, lf, 2.6, lab)
    x = 16.5
    for part, unit in ((str(b.year), "年"), (str(b.month), "月"), (str(b.day), "日")):
        x += P.text(part, x, 24.6, vf, 3.2, BLACK, "birth_date") + 0.8
        x += P.text(unit, x, 24.5, lf, 2.6, lab) + 1.2
    P.text("住址", 6.5, 31.5, lf, 2.6, lab)
    P.wrap(v["address"], 16.5, 31.6, 36.5, vf, 3.2, 4.6, "address", justify=False)
    P.text("公民身份号码", 6.5, 47.5, lf, 2.6, lab)
    x = 28.0
    for ch in v["id_number"]:
        P.text(ch, x, 47.8, nf, 3.6, BLACK, "id_number")
        x += 2.58
    P.photo(57.5, 7.0, 24.0, 31.0)
    return {k: v[k] for k in ("name", "sex", "nation", "birth_date", "address", "id_number")}


def id_back(P: Page, v: dict, style: dict) -> dict:
    c = P.c
    c.drawRect(skia.Rect.MakeWH(P.w, P.h), paint(skia.ColorSetARGB(255, 242, 243, 238)))
    P.waves(skia.ColorSetARGB(255, 204, 220, 208), n=34, amp=2.2)
    P.guilloche(3, 3, P.w - 3, P.h - 3, skia.ColorSetARGB(255, 220, 196, 170), band=2.2, loops=2)
    P.emblem(15.0, 15.0, 9.5)
    P.spread("中华人民共和国", 31.0, 14.0, 42.0, style["label_face"], 4.0)
    P.spread("居民身份证", 29.0, 27.0, 48.0, "Noto Serif CJK SC Bold", 7.4)
    lab = BLACK
    P.spread("签发机关", 13.0, 41.5, 11.5, style["label_face"], 2.6, lab)
    P.text(v["issuing_authority"], 27.5, 41.7, style["value_face"], 3.1, BLACK, "issuing_authority")
    P.spread("有效期限", 13.0, 48.5, 11.5, style["label_face"], 2.6, lab)
    a = dt.date.fromisoformat(v["valid_from"])
    x = 27.5 + P.text(f"{a:%Y.%m.%d}", 27.5, 48.7, style["value_face"], 3.1, BLACK, "valid_from")
    x += P.text("-", x + 0.3, 48.7, style["value_face"], 3.1) + 0.6
    end = v["valid_to"] if v["valid_to"] == "长期" else dt.date.fromisoformat(v["valid_to"]).strftime("%Y.%m.%d")
    P.text(end, x, 48.7, style["value_face"], 3.1, BLACK, "valid_to")
    return {k: v[k] for k in ("issuing_authority", "valid_from", "valid_to")}


# 营业执照 ---------------------------------------------------------------------------------------------
def _bl_rows(v: dict) -> list[tuple[str, str, str]]:
    rep, addr_l, cap_l, est_l, term_l = v["labels"]
    rows = [("名称", "name", v["name"]), ("类型", "entity_type", v["entity_type"]), (rep, "legal_representative", v["legal_representative"])]
    if v["form"] == "individual":
        rows.append(("组成形式", "", "个人经营"))
    if v["registered_capital"]:
        rows.append((cap_l or "注册资本", "registered_capital", v["registered_capital"]))
    rows.append((est_l, "established_date", cn_date(v["established_date"])))
    if term_l:
        rows.append((term_l, "valid_to", ""))
    rows.append((addr_l, "address", v["address"]))
    return rows


def _term(P: Page, v: dict, x: float, y: float, face: str, size: float) -> None:
    x += P.text(cn_date(v["established_date"]), x, y, face, size) + size * 0.6
    x += P.text("至", x, y, face, size) + size * 0.6
    P.text(v["valid_to"] if v["valid_to"] == "长期" else cn_date(v["valid_to"]), x, y, face, size, BLACK, "valid_to")


def business_license(P: Page, v: dict, style: dict, original: bool) -> dict:
    c = P.c
    c.drawRect(skia.Rect.MakeWH(P.w, P.h), paint(skia.ColorSetARGB(255, 250, 248, 240)))
    frame = skia.ColorSetARGB(255, 196, 128, 60) if style["frame"] == "gold" else skia.ColorSetARGB(255, 176, 60, 50)
    m = 10 if original else 8
    P.guilloche(m, m, P.w - m, P.h - m, frame, band=11 if original else 8, loops=4)
    c.drawRect(skia.Rect.MakeLTRB(m + 13, m + 13, P.w - m - 13, P.h - m - 13) if original else
               skia.Rect.MakeLTRB(m + 10, m + 10, P.w - m - 10, P.h - m - 10), paint(frame, stroke=0.4))
    lf, vf, tf = style["label_face"], style["value_face"], "Noto Serif CJK SC Bold"
    k = 1.0 if original else 0.72
    cx = P.w / 2
    P.emblem(cx, 52 if original else 40, 19 if original else 13)
    P.spread("营业执照", cx - 62 * k, 104 if original else 76, 124 * k, tf, 22 * k)
    if not original:
        P.text("（副　本）", cx, 86, lf, 6.0, BLACK, align="center")
    # credit code block and QR block
    cy = 52 if original else 38
    cxl = 42 if original else 28
    P.text("统一社会信用代码", cxl, cy, lf, 5.2 * k + 0.6)
    P.text(v["credit_code"], cxl, cy + 9 * k + 1, style["number_face"], 5.6 * k + 0.7, BLACK, "credit_code")
    if not original:
        P.text(f"证照编号：{int(P.rng.integers(10**9, 10**10))}{int(P.rng.integers(10**9, 10**10))}", cxl, cy + 17, lf, 3.2)
    qx = P.w - (88 if original else 56)
    P.qr(qx, (30 if original else 24), 38 if original else 28)
    fs, ls = (5.2, 5.4) if original else (4.0, 4.2)
    lh = fs * 1.55
    rows = _bl_rows(v)
    if original:
        cols = [(58.0, 92.0, 118.0), (232.0, 266.0, 118.0)]
        left = [r for r in rows if r[1] in ("name", "entity_type", "legal_representative", "")]
        right = [r for r in rows if r not in left]
        plan = [(cols[0], left + [("经营范围", "business_scope", v["business_scope"])]), (cols[1], right)]
        y0 = 132.0
    else:
        plan = [((24.0, 56.0, 126.0), rows + [("经营范围", "business_scope", v["business_scope"])])]
        y0 = 104.0
    for (lx, vx, vw), items in plan:
        y = y0
        for label, key, val in items:
            P.spread(label, lx, y, 26.0 if original else 22.0, lf, ls)
            if key == "valid_to":
                _term(P, v, vx, y, vf, fs)
                y += lh * 1.45
            else:
                y = P.wrap(val, vx, y, vw, vf, fs, lh, key or None) + lh * 0.45
    # authority, seal, date, footer
    ax, ay = (292.0, 238.0) if original else (118.0, 246.0)
    P.text("登记机关", ax, ay, lf, ls)
    date = cn_date(v["issue_date"])
    P.text(date, ax + (14 if original else 10), ay + (16 if original else 13), vf, fs)
    P.seal(ax + (34 if original else 28), ay - 4, 21 if original else 17, v["authority"], face=style["seal_face"])
    foot = 3.6 if original else 2.6
    P.text("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", cx, P.h - m - (20 if original else 16), lf, foot, align="center")
    P.text("市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", cx,
           P.h - m - (20 if original else 16) + foot * 1.6, lf, foot * 0.9, align="center")
    P.text("国家市场监督管理总局监制", P.w - m - 16, P.h - m - 14 if original else P.h - m - 12, lf, foot * 0.8, align="right")
    return {"name": v["name"], "credit_code": v["credit_code"], "entity_type": v["entity_type"],
            "legal_representative": v["legal_representative"], "registered_capital": v["registered_capital"],
            "established_date": v["established_date"], "address": v["address"], "business_scope": v["business_scope"],
            "valid_to": v["valid_to"]}


# 公共场所卫生许可证 -------------------------------------------------------------------------------------
def health_license(P: Page, v: dict, style: dict) -> dict:
    c = P.c
    c.drawRect(skia.Rect.MakeWH(P.w, P.h), paint(skia.ColorSetARGB(255, 252, 252, 248)))
    col = skia.ColorSetARGB(255, 40, 110, 90)
    P.guilloche(8, 8, P.w - 8, P.h - 8, col, band=7, loops=3)
    c.drawRect(skia.Rect.MakeLTRB(18, 18, P.w - 18, P.h - 18), paint(col, stroke=0.5))
    lf, vf = style["label_face"], style["value_face"]
    P.spread("公共场所卫生许可证", P.w / 2 - 70, 46, 140, "Noto Serif CJK SC Bold", 12)
    P.text(v["license_no"], P.w / 2, 62, vf, 5.0, BLACK, "license_no", align="center")
    y, lx, vx, vw = 82.0, 42.0, 96.0, 160.0
    for label, key in (("单位名称", "name"), ("法定代表人（负责人）", "legal_representative"), ("地址", "address"),
                       ("许可项目", "license_items")):
        if len(label) > 4:
            P.text(label, lx, y, lf, 4.6)
        else:
            P.spread(label, lx, y, 46.0, lf, 4.6)
        y = P.wrap(v[key], vx, y, vw, vf, 4.8, 7.4, key) + 4.0
    P.spread("有效期限", lx, y, 46.0, lf, 4.6)
    x = vx + P.text("自", vx, y, vf, 4.8) + 1.5
    x += P.text(cn_date(v["valid_from"]), x, y, vf, 4.8, BLACK, "valid_from") + 1.5
    x += P.text("至", x, y, vf, 4.8) + 1.5
    P.text(cn_date(v["valid_to"]), x, y, vf, 4.8, BLACK, "valid_to")
    P.text("发证机关（盖章）", 196, 170, lf, 4.4)
    P.text(cn_date(v["valid_from"]), 200, 182, vf, 4.4)
    P.seal(228, 166, 19, v["authority"], face=style["seal_face"])
    return {k: v[k] for k in ("license_no", "name", "legal_representative", "address", "license_items", "valid_from", "valid_to")}


# 食品经营许可证 -----------------------------------------------------------------------------------------
def food_license(P: Page, v: dict, style: dict) -> dict:
    c = P.c
    c.drawRect(skia.Rect.MakeWH(P.w, P.h), paint(skia.ColorSetARGB(255, 251, 250, 244)))
    col = skia.ColorSetARGB(255, 60, 100, 170)
    P.guilloche(7, 7, P.w - 7, P.h - 7, col, band=6, loops=3)
    lf, vf = style["label_face"], style["value_face"]
    P.emblem(P.w / 2, 30, 10)
    P.spread("食品经营许可证", P.w / 2 - 55, 56, 110, "Noto Serif CJK SC Bold", 11)
    y, lx, vx, vw = 74.0, 22.0, 80.0, 92.0
    for label, key in (("经营者名称", "name"), ("社会信用代码（身份证号码）", "credit_code"), ("法定代表人（负责人）", "legal_representative"),
                       ("住所", "address"), ("经营场所", "premises_address"), ("主体业态", "business_form"), ("经营项目", "business_items")):
        if len(label) > 5:
            P.wrap(label, lx, y, 54, lf, 3.7, 5.0, justify=False)
        else:
            P.spread(label, lx, y, 40, lf, 3.9)
        face = style["number_face"] if key == "credit_code" else vf
        y = max(P.wrap(v[key], vx, y, vw, face, 4.0, 5.8, key), y + (10.8 if len(label) > 10 else 5.8)) + 3.2
    rx, rvx = 184.0, 218.0
    y = 74.0
    P.spread("许可证编号", rx, y, 30, lf, 3.9)
    P.text(v["license_no"], rvx, y, style["number_face"], 4.2, BLACK, "license_no")
    y += 11
    for label, val in (("日常监督管理机构", v["authority"]), ("日常监督管理人员", _name_pair(P)),
                       ("投诉举报电话", "12315"), ("发证机关", v["authority"]), ("签发人", V.person_name(P.rng))):
        P.wrap(label, rx, y, 30, lf, 3.6, 4.6, justify=False)
        y = max(P.wrap(val, rvx, y, 58, vf, 3.8, 5.4), y + 9.6) + 2.5
    P.spread("有效期至", rx, y, 30, lf, 3.9)
    P.text(cn_date(v["valid_to"]), rvx, y, vf, 4.0, BLACK, "valid_to")
    P.qr(rx, 172, 22)
    P.text(cn_date(v["issue_date"]), 246, 192, vf, 3.8, align="center")
    P.seal(246, 178, 15, v["authority"], face=style["seal_face"])
    return {k: v[k] for k in ("license_no", "name", "credit_code", "legal_representative", "address", "premises_address",
                              "business_form", "business_items", "valid_to")}


def _name_pair(P: Page) -> str:
    return f"{V.person_name(P.rng)}、{V.person_name(P.rng)}"


# negatives --------------------------------------------------------------------------------------------
def letter(P: Page, style: dict) -> None:
    c = P.c
    c.drawRect(skia.Rect.MakeWH(P.w, P.h), paint(skia.ColorWHITE))
    vf = style["value_face"]
    org = f"{V.place(P.rng)[2]}{_pick(P, ['政务服务中心', '市场监督管理局', '卫生健康委员会', '街道办事处'])}"
    P.text(org, P.w / 2, 30, "Noto Serif CJK SC Bold", 9, RED, align="center")
    c.drawLine(20, 36, P.w - 20, 36, paint(RED, stroke=0.8))
    title = _pick(P, ["关于补交营业执照复印件的通知", "关于办理公共场所卫生许可证延续的告知书", "食品经营许可证遗失声明",
                      "关于启用电子营业执照的说明", "身份证复印件使用承诺书"])
    P.text(title, P.w / 2, 52, "Noto Sans CJK SC Bold", 6.5, align="center")
    body = (f"{V.person_name(P.rng)}：\n　　根据《中华人民共和国行政许可法》及相关规定，您单位提交的申请材料中营业执照副本复印件、法定代表人身份证复印件"
            f"不完整，请于{cn_date(V.date_between(P.rng, V.TODAY, V.TODAY + dt.timedelta(days=60)))}前携带统一社会信用代码证明、"
            "公共场所卫生许可证正副本原件及加盖公章的复印件到综合窗口补正。食品经营许可证、经营范围、住所、注册资本等事项如有变更，"
            "应当先行办理变更登记。逾期未补正的，视为放弃申请。\n　　特此通知。")
    y = 70.0
    for para in body.split("\n"):
        y = P.wrap(para, 25, y, P.w - 50, vf, 4.6, 8.2) + 1
    P.text(org, P.w - 30, y + 20, vf, 4.6, align="right")
    P.text(cn_date(V.TODAY - dt.timedelta(days=int(P.rng.integers(1, 90)))), P.w - 30, y + 30, vf, 4.6, align="right")
    P.seal(P.w - 55, y + 20, 18, org, face=style["seal_face"])


def receipt(P: Page, style: dict) -> None:
    c = P.c
    c.drawRect(skia.Rect.MakeWH(P.w, P.h), paint(skia.ColorSetARGB(255, 250, 250, 246)))
    f = "Noto Sans CJK SC"
    P.text(_pick(P, ["联华超市", "便利蜂", "美宜佳便利店", "老乡鸡（人民路店）"]), P.w / 2, 14, "Noto Sans CJK SC Bold", 5, align="center")
    y = 26.0
    total = 0.0
    for _ in range(int(P.rng.integers(4, 10))):
        item = _pick(P, ["矿泉水", "面包", "牛奶", "鸡蛋", "酸奶", "纸巾", "米饭", "红烧肉", "青菜", "可乐"])
        price = float(P.rng.integers(150, 3000)) / 100
        total += price
        P.text(item, 6, y, f, 3.4)
        P.text(f"{price:.2f}", P.w - 6, y, "DejaVu Sans Mono", 3.2, align="right")
        y += 6
    c.drawLine(6, y, P.w - 6, y, paint(BLACK, stroke=0.2))
    P.text("合计", 6, y + 7, f, 3.8)
    P.text(f"{total:.2f}", P.w - 6, y + 7, "DejaVu Sans Mono", 3.6, align="right")
    P.text(f"交易时间 {V.TODAY:%Y-%m-%d} {int(P.rng.integers(8, 22)):02d}:{int(P.rng.integers(0, 60)):02d}", 6, y + 16, f, 3.0)
    P.text("谢谢惠顾 欢迎再次光临", P.w / 2, y + 26, f, 3.2, align="center")


def certificate(P: Page, style: dict) -> None:
    c = P.c
    c.drawRect(skia.Rect.MakeWH(P.w, P.h), paint(skia.ColorSetARGB(255, 253, 248, 236)))
    P.guilloche(10, 10, P.w - 10, P.h - 10, skia.ColorSetARGB(255, 200, 150, 50), band=9, loops=4)
    P.spread("荣誉证书", P.w / 2 - 50, 60, 100, "Noto Serif CJK SC Bold", 16, RED)
    P.wrap(f"{V.person_name(P.rng)}同志：\n", 40, 90, 220, style["value_face"], 7, 10)
    P.wrap(f"在{V.TODAY.year - 1}年度政务服务工作中表现突出，被评为“{_pick(P, ['优秀窗口工作人员', '服务之星', '业务能手'])}”，特发此证，以资鼓励。",
           55, 108, 190, style["value_face"], 7, 11)
    org = f"{V.place(P.rng)[2]}政务服务管理办公室"
    P.text(org, 230, 165, style["value_face"], 5.5, align="center")
    P.seal(230, 160, 22, org, face=style["seal_face"])


def form(P: Page, style: dict) -> None:
    c = P.c
    c.drawRect(skia.Rect.MakeWH(P.w, P.h), paint(skia.ColorWHITE))
    P.text(_pick(P, ["来访登记表", "窗口服务满意度调查表", "材料接收清单"]), P.w / 2, 28, "Noto Sans CJK SC Bold", 7, align="center")
    pen = paint(BLACK, stroke=0.3)
    y = 40.0
    for r in range(14):
        c.drawLine(18, y + r * 12, P.w - 18, y + r * 12, pen)
    for x in (18, 60, 120, 160, P.w - 18):
        c.drawLine(x, y, x, y + 13 * 12, pen)
    for x, h in ((22, "序号"), (64, "事项"), (124, "时间"), (164, "备注")):
        P.text(h, x, y + 8, style["label_face"], 4)
    for r in range(1, int(P.rng.integers(3, 12))):
        P.text(str(r), 22, y + r * 12 + 8, "LXGW WenKai", 4)
        P.text(_pick(P, ["咨询", "取件", "材料补正", "预约"]), 64, y + r * 12 + 8, "LXGW WenKai", 4.2)
        P.text(f"{int(P.rng.integers(9, 17))}:{int(P.rng.integers(0, 60)):02d}", 124, y + r * 12 + 8, "LXGW WenKai", 4.2)


def blank(P: Page, style: dict) -> None:
    P.c.drawRect(skia.Rect.MakeWH(P.w, P.h), paint(skia.ColorSetARGB(255, 250, 250, 247)))
    if P.rng.random() < 0.5:  # a ruled sheet
        for i in range(30):
            P.c.drawLine(15, 30 + i * 8.5, P.w - 15, 30 + i * 8.5, paint(skia.ColorSetARGB(255, 170, 190, 215), stroke=0.2))


# marks ------------------------------------------------------------------------------------------------
def watermark(P: Page, text: str, face: str) -> None:
    size = max(P.w, P.h) / 24
    c = P.c
    c.save()
    c.rotate(-28)
    col = skia.ColorSetARGB(255, 120, 120, 130) if P.rng.random() < 0.6 else skia.ColorSetARGB(255, 200, 60, 60)
    step_x, step_y = size * (len(text) + 3), size * 4
    y = -P.h
    while y < P.h * 1.8:
        x = -P.w + (y / step_y % 2) * step_x / 2
        while x < P.w * 1.5:
            P.text(text, x, y, face, size, col if False else col, None)
            x += step_x
        y += step_y
    c.restore()


def copy_note(P: Page, x: float, y: float, size: float, signer: str) -> None:
    """复印件与原件一致 + a signature and a date, handwritten in ink, slightly rotated."""
    ink = skia.ColorSetARGB(230, 30, 40, 120) if P.rng.random() < 0.6 else skia.ColorSetARGB(230, 20, 20, 20)
    c = P.c
    c.save()
    c.translate(x, y)
    c.rotate(float(P.rng.uniform(-8, 5)))
    face = _pick(P, ["LXGW WenKai", "AR PL UKai CN", "AR PL KaitiM GB"])
    P.text("复印件与原件一致", 0, 0, face, size, ink)
    P.text(signer, size * 1.5, size * 1.6, face, size * 1.25, ink)
    path = skia.Path()  # a flourish under the signature
    path.moveTo(size * 1.2, size * 2.1)
    path.cubicTo(size * 3, size * 2.8, size * 4.5, size * 1.2, size * 6, size * 2.2)
    c.drawPath(path, paint(ink, stroke=size * 0.08))
    P.text(f"{V.TODAY.year}.{V.TODAY.month}.{int(P.rng.integers(1, 6))}", size * 4.2, size * 3.3, face, size * 0.9, ink)
    c.restore()


def alpha_seal(P: Page, cx: float, cy: float, r: float, name: str, face: str) -> None:
    P.seal(cx, cy, r, name, bottom=f"{int(P.rng.integers(10**12, 10**13))}", face=face, alpha=170)
