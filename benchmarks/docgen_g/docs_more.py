"""Family G's other pages: 公共场所卫生许可证 (two provincial templates), 食品经营许可证 (the 2023
form with its 日常监督管理机构 block, and the 2015 form), and negatives that carry the licences'
labels without being licences (申请书 with handwritten or empty values, an invoice, a lease,
授权委托书, a letter on letterhead with a seal, a blank page, a desk photo)."""

from __future__ import annotations

import datetime as dt

import cv2
import numpy as np

from benchmarks.docgen_g import render as R
from benchmarks.docgen_g.docs import INK, RED, Doc, _frame, _rows, _val, licence_subject
from benchmarks.docgen_g.values import LICENSED, Vocab, add_years, cn_date

HEALTH_ITEMS = ["住宿业（宾馆）", "住宿业（旅店）", "沐浴场所", "美容店", "理发店", "游泳场（馆）", "歌舞厅", "游艺厅",
                "影剧院", "候车室", "商场（店）", "书店", "体育场（馆）", "公共浴室（足浴）"]
HEALTH_PREFIX = {"粤": "粤卫公证字", "浙": "浙卫公证字", "苏": "苏卫公字", "川": "川卫公证字", "鄂": "鄂卫公证字",
                 "豫": "豫卫公证字", "鲁": "鲁卫公证字", "京": "京卫公证字", "沪": "沪卫公证字", "湘": "湘卫公证字"}


def _licence_label(page: R.Page, x, base, label, face, px, style, lab_w) -> float:
    if style == "justified" and len(label) <= 5:
        page.text(x, base, label, face, px, INK, width=lab_w)
        return x + lab_w + px * 1.0
    bb = page.text(x, base, label + "：", face, px, INK)
    return bb[2] + px * 0.2


def health(v: Vocab, rng) -> Doc:
    portrait = v.rng.random() < 0.6
    w, h = (1754, 2480) if portrait else (2480, 1754)
    page = R.Page(w, h, paper=(0.99, 0.985, 0.96))
    _frame(page, rng, color=(0.2, 0.45, 0.35) if v.rng.random() < 0.5 else (0.62, 0.5, 0.3))
    p, _items, name, rep, est = licence_subject(v, "company")
    pre = HEALTH_PREFIX.get(p[4], f"{p[4]}卫公证字")
    year = int(v.rng.integers(2021, 2027)) if v.rng.random() < 0.85 else int(v.rng.integers(2017, 2021))
    frm = v.date_between(year, year)
    if frm > dt.date(2026, 11, 30):
        frm = dt.date(2026, 3, 2)
    to = add_years(frm, 4) - dt.timedelta(days=1)
    br = v.pick([("〔", "〕"), ("（", "）"), ("[", "]")])
    lic = f"{pre}{br[0]}{frm.year}{br[1]}第{p[3]}{int(v.rng.integers(0, 999999)):06d}号"
    items = "、".join(v.pick(HEALTH_ITEMS) for _ in range(int(v.rng.integers(1, 3))))
    if "、" in items and items.split("、")[0] == items.split("、")[1]:
        items = items.split("、")[0]
    addr = v.biz_address(p)
    vface = v.pick(["droid", "sung", "serif", "mono"])
    lface = v.pick(["serif_bold", "mono_bold"])
    style = v.pick(["justified", "colon"])
    doc = Doc("public_health_license", page, {}, faces=[f"value:{vface}", f"label:{lface}"],
              variant=f"{'portrait' if portrait else 'landscape'}-{style}")
    R.emblem(page, w / 2, h * 0.1, min(w, h) * 0.045)
    tpx = int(min(w, h) * 0.07)
    t = "卫生许可证"
    tw = R.advance("serif_bold", tpx, t, tpx * 0.5)
    page.text(w / 2 - tw / 2, h * 0.22, t, "serif_bold", tpx, INK, spacing=tpx * 0.5, bold=2)
    lpx = int(min(w, h) * 0.026)
    vpx = lpx
    no_w = R.advance(vface, vpx, lic)
    _val(doc, "license_no", page.text(w / 2 - no_w / 2, h * 0.28, lic, vface, vpx, INK, tag="license_no"))
    rep_label = v.pick(["法定代表人（负责人）", "法定代表人", "负 责 人"])
    rows = [("单位名称", "name", name), (rep_label, "legal_representative", rep),
            (v.pick(["地址", "经营地址"]), "address", addr), ("许可项目", "license_items", items)]
    x = w * 0.12
    base = h * 0.36
    lab_w = lpx * 5
    pitch = vpx * 1.6
    for lab, key, val in rows:
        vx = _licence_label(page, x, base, lab, lface, lpx, style, lab_w)
        base = _rows(page, doc, key, vx, base, val, vface, vpx, w * 0.88 - vx, pitch, rng) + pitch * 0.6
    fmt = v.pick(["range", "from_to"])
    lab = "有效期限"
    vx = _licence_label(page, x, base, lab, lface, lpx, style, lab_w)
    if fmt == "range":
        a = page.text(vx, base, cn_date(frm), vface, vpx, INK, tag="valid_from")
        b = page.text(a[2] + vpx * 0.3, base, "至", vface, vpx, INK)
        c = page.text(b[2] + vpx * 0.3, base, cn_date(to), vface, vpx, INK, tag="valid_to")
    else:
        a0 = page.text(vx, base, "自", vface, vpx, INK)
        a = page.text(a0[2] + 4, base, cn_date(frm, False), vface, vpx, INK, tag="valid_from")
        b = page.text(a[2] + 4, base, "起至", vface, vpx, INK)
        c = page.text(b[2] + 4, base, cn_date(to, False), vface, vpx, INK, tag="valid_to")
        page.text(c[2] + 4, base, "止", vface, vpx, INK)
    _val(doc, "valid_from", a)
    _val(doc, "valid_to", c)
    auth = f"{(p[1] or p[0])}{p[2]}卫生健康局".replace("市市", "市")
    sx, sy = w * 0.7, h * 0.82
    page.text(sx - lpx * 4, sy - lpx * 2, "发证机关", lface, lpx, INK)
    page.text(sx - lpx * 3, sy + lpx * 2.5, cn_date(frm), vface, vpx, INK)
    R.seal(page, sx, sy, lpx * 4.4, auth, rng=rng)
    page.text(w * 0.12, h * 0.93, "本证有效期四年，应当在有效期届满30日前向原发证机关申请延续。", "droid", int(lpx * 0.7), INK)
    doc.fields = {"license_no": lic, "name": name, "legal_representative": rep, "address": addr,
                  "license_items": items, "valid_from": frm.isoformat(), "valid_to": to.isoformat()}
    return doc


FOOD_FORMS_2023 = ["食品销售经营者（食杂店）", "食品销售经营者（超市）", "食品销售经营者（网络经营）", "餐饮服务经营者（小型餐馆）",
                   "餐饮服务经营者（饮品店）", "餐饮服务经营者（中型餐馆）", "单位食堂（学校食堂）", "单位食堂（职工食堂）"]
FOOD_FORMS_2015 = ["食品销售经营者（商场超市）", "食品销售经营者（便利店）", "餐饮服务经营者（小型餐馆）",
                   "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "单位食堂（职工食堂）"]
FOOD_ITEMS_2023 = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售",
                   "特殊食品销售（保健食品）", "热食类食品制售", "冷食类食品制售", "生食类食品制售", "半成品制售",
                   "自制饮品制售", "糕点类食品（含裱花蛋糕）制售"]
FOOD_ITEMS_2015 = ["预包装食品销售（含冷藏冷冻食品）", "散装食品销售（不含冷藏冷冻食品）", "热食类食品制售",
                   "冷食类食品制售（不含裱花蛋糕）", "自制饮品制售（不含自酿酒）", "保健食品销售", "生食类食品制售"]


def food(v: Vocab, rng) -> Doc:
    new = v.rng.random() < 0.6
    portrait = new or v.rng.random() < 0.5
    w, h = (1754, 2480) if portrait else (2480, 1754)
    page = R.Page(w, h, paper=(0.99, 0.99, 0.97))
    _frame(page, rng, color=(0.15, 0.4, 0.6) if new else (0.62, 0.5, 0.3))
    ent = v.pick(["company", "company", "individual"])
    p, _items, name, rep, est = licence_subject(v, ent)
    if ent == "individual":
        name = f"{p[2]}{v.pick(['阿芳', '老王', '张记', '小林', '顺心', '好再来', '福满'])}{v.pick(['小吃店', '便利店', '面馆', '烧烤店', '奶茶店', '水果店'])}"
    else:
        name = name.replace("五金制品", "餐饮管理").replace("建筑工程", "食品贸易").replace("美容美发", "餐饮管理")
    code = v.uscc(p[3], "9", "2" if ent == "individual" else "1")
    form = v.pick(FOOD_FORMS_2023 if new else FOOD_FORMS_2015)
    pool = FOOD_ITEMS_2023 if new else FOOD_ITEMS_2015
    k = int(v.rng.integers(1, 5))
    idx = sorted(v.rng.choice(len(pool), size=k, replace=False))
    items = ("，" if v.rng.random() < 0.6 else "；").join(pool[i] for i in idx)
    lic = f"JY{'1' if form.startswith('食品销售') else '2' if form.startswith('餐饮') else '3'}{p[3]}{int(v.rng.integers(0, 9999999)):07d}"
    issue = v.date_between(2021 if new else 2016, 2026 if new else 2022)
    if issue > dt.date(2026, 11, 1):
        issue = dt.date(2026, 5, 6)
    valid_to = add_years(issue, 5) - dt.timedelta(days=1)
    addr = v.biz_address(p)
    premises = addr if v.rng.random() < 0.55 else v.biz_address(p, short=True)
    vface = v.pick(["droid", "sung", "serif", "mono", "sharp"])
    lface = v.pick(["serif_bold", "mono_bold", "droid"])
    style = v.pick(["justified", "colon"])
    doc = Doc("food_business_license", page, {}, faces=[f"value:{vface}", f"label:{lface}"],
              variant=f"{'f2023' if new else 'f2015'}-{'portrait' if portrait else 'landscape'}-{style}")
    R.emblem(page, w / 2, h * 0.09, min(w, h) * 0.045)
    tpx = int(min(w, h) * 0.065)
    t = "食品经营许可证"
    tw = R.advance("serif_bold", tpx, t, tpx * 0.3)
    page.text(w / 2 - tw / 2, h * 0.2, t, "serif_bold", tpx, INK, spacing=tpx * 0.3, bold=2)
    lpx = int(min(w, h) * 0.024)
    vpx = lpx
    pitch = vpx * 1.55
    code_label = "统一社会信用代码（身份证号码）" if new else "社会信用代码（身份证号码）"
    rows = [("经营者名称", "name", name), (code_label, "credit_code", code),
            ("法定代表人（负责人）", "legal_representative", rep), ("住所", "address", addr),
            ("经营场所", "premises_address", premises), ("主体业态", "business_form", form),
            ("经营项目", "business_items", items)]
    lab_w = lpx * 6
    x = w * 0.1
    base = h * 0.29
    right = w * (0.9 if portrait else 0.62)
    for lab, key, val in rows:
        vx = _licence_label(page, x, base, lab, lface, lpx, style, lab_w)
        base = _rows(page, doc, key, vx, base, val, vface, vpx, right - vx, pitch, rng) + pitch * 0.55
    # the licence number and validity: a right-hand column (landscape) or below (portrait)
    if portrait:
        bx, by = w * 0.1, base + pitch * 0.4
    else:
        bx, by = w * 0.66, h * 0.29
    vx = _licence_label(page, bx, by, "许可证编号", lface, lpx, style, lab_w)
    _val(doc, "license_no", page.text(vx, by, lic, "mono", vpx, INK, tag="license_no"))
    by += pitch * 1.5
    vx = _licence_label(page, bx, by, "有效期至", lface, lpx, style, lab_w)
    _val(doc, "valid_to", page.text(vx, by, cn_date(valid_to), vface, vpx, INK, tag="valid_to"))
    by += pitch * 1.5
    town = v.pick(["石牌", "城关", "新华", "东湖", "长安", "龙华"])
    sup = f"{p[2]}市场监督管理局{town}市场监督管理所"
    for lab, val in (("日常监督管理机构", sup), ("日常监督管理人员", f"{v.han_name()}、{v.han_name()}"),
                     ("投诉举报电话", "12315")):
        lw = R.advance(lface, int(lpx * 0.8), lab + "：")
        page.text(bx, by, lab + "：", lface, int(lpx * 0.8), INK)
        for r in R.wrap(val, vface, int(vpx * 0.8), (w * 0.9 if portrait else w * 0.93) - bx - lw):
            page.text(bx + lw, by, r, vface, int(vpx * 0.8), INK)
            by += pitch * 0.85
        by += pitch * 0.2
    auth = f"{(p[1] or p[0])}{p[2]}市场监督管理局".replace("市市", "市")
    sx, sy = w * 0.72, h * 0.86
    page.text(sx - lpx * 5, sy - lpx * 2.2, "发证机关", lface, lpx, INK)
    page.text(sx - lpx * 5, sy - lpx * 4.0, "签发人：" + v.han_name(), vface, int(vpx * 0.85), INK)
    page.text(sx - lpx * 3, sy + lpx * 2.6, cn_date(issue), vface, vpx, INK)
    R.seal(page, sx, sy, lpx * 4.4, auth, rng=rng)
    if new:
        R.qr(page, int(w * 0.1), int(h * 0.84), int(min(w, h) * 0.09), f"https://spjy.samr.gov.cn/{lic}")
    doc.fields = {"license_no": lic, "name": name, "credit_code": code, "legal_representative": rep,
                  "address": addr, "premises_address": premises, "business_form": form, "business_items": items,
                  "valid_to": valid_to.isoformat()}
    return doc


# ------------------------------------------------------------------------------------------
# negatives
# ------------------------------------------------------------------------------------------
def _table(page: R.Page, x0, y0, x1, rows, lface, lpx, rh, hand_values, rng, v: Vocab) -> float:
    """A bordered form table: label cell, value cell (handwritten, printed or left empty)."""
    y = y0
    lw = lpx * 7
    for lab, val in rows:
        page.rect(x0, y, x1, y + rh, (0.15, 0.15, 0.15), 2)
        page.line(x0 + lw, y, x0 + lw, y + rh, (0.15, 0.15, 0.15), 2)
        page.text(x0 + lpx * 0.5, y + rh * 0.62, lab, lface, lpx, INK)
        if val and hand_values:
            page.text(x0 + lw + lpx * 0.6, y + rh * 0.68, val, "hand", int(lpx * 1.15), (0.1, 0.15, 0.45),
                      jitter=lpx * 0.06, rng=rng)
        elif val:
            page.text(x0 + lw + lpx * 0.6, y + rh * 0.62, val, "droid", lpx, INK)
        y += rh
    return y


def application_form(v: Vocab, rng, which: str) -> Doc:
    w, h = 1654, 2339
    page = R.Page(w, h)
    lface = v.pick(["sung", "serif", "droid"])
    lpx = 34
    p, items, name, rep, est = licence_subject(v, "individual" if which == "kaiye" else "company")
    title = "个体工商户开业登记申请书" if which == "kaiye" else "公司登记（备案）申请书"
    tpx = 58
    page.text(w / 2 - R.advance("serif_bold", tpx, title) / 2, 220, title, "serif_bold", tpx, INK, bold=1)
    page.text(w * 0.1, 320, "注：请仔细阅读本申请书《填写说明》，按要求填写。", lface, 26, INK)
    mode = v.pick(["hand", "empty", "hand"])
    fill = mode == "hand"
    rows = [("名　　称", name if fill else ""), ("住　　所", v.biz_address(p) if fill else ""),
            ("法定代表人" if which != "kaiye" else "经营者姓名", rep if fill else ""),
            ("注册资本" if which != "kaiye" else "组成形式", ("100万元" if which != "kaiye" else "个人经营") if fill else ""),
            ("统一社会信用代码", ""), ("联系电话", f"13{int(v.rng.integers(0, 10))}{int(v.rng.integers(10000000, 99999999))}" if fill else ""),
            ("经营范围", items[0] + "；" + items[1] if fill else "")]
    y = _table(page, w * 0.08, 400, w * 0.92, rows, lface, lpx, 110, True, rng, v)
    page.text(w * 0.1, y + 100, "本人（申请人）承诺：所提交的申请材料真实、合法、有效。", lface, 30, INK)
    page.text(w * 0.55, y + 220, "申请人签字：", lface, 30, INK)
    if fill:
        page.text(w * 0.55 + 200, y + 225, rep, "hand", 44, (0.1, 0.15, 0.45), jitter=2, rng=rng)
    page.text(w * 0.55, y + 300, "　　年　　月　　日", lface, 30, INK)
    return Doc("other", page, {}, variant=f"form-{which}-{mode}", faces=[f"label:{lface}"])


def invoice(v: Vocab, rng) -> Doc:
    w, h = 2339, 1512
    page = R.Page(w, h)
    p, items, name, rep, est = licence_subject(v, "company")
    code = v.uscc(p[3])
    t = "电子发票（普通发票）"
    page.text(w / 2 - R.advance("serif_bold", 56, t) / 2, 130, t, "serif_bold", 56, (0.55, 0.25, 0.15))
    page.line(w * 0.35, 160, w * 0.65, 160, (0.55, 0.25, 0.15), 3)
    page.text(w * 0.72, 110, f"发票号码：26{int(v.rng.integers(10**9, 10**10))}{int(v.rng.integers(10**9, 10**10))}", "droid", 28, INK)
    page.text(w * 0.72, 160, f"开票日期：{cn_date(v.date_between(2024, 2026))}", "droid", 28, INK)
    c = (0.55, 0.25, 0.15)
    page.rect(60, 220, w - 60, h - 120, c, 2)
    page.line(w / 2, 220, w / 2, 470, c, 2)
    page.line(60, 470, w - 60, 470, c, 2)
    for i, (who, nm, cc) in enumerate((("购买方信息", name, code), ("销售方信息", v.company(v.place(), "商贸", "company"),
                                                                    v.uscc(v.place()[3])))):
        x = 60 + i * (w / 2 - 60)
        page.text(x + 20, 300, who, "droid", 28, c)
        page.text(x + 100, 330, "名称：", "droid", 30, c)
        page.text(x + 200, 330, nm, "mono", 30, INK)
        page.text(x + 100, 400, "统一社会信用代码/纳税人识别号：", "droid", 26, c)
        page.text(x + 100, 445, cc, "mono", 30, INK)
    for j, lab in enumerate(["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]):
        page.text(100 + j * 270, 530, lab, "droid", 28, c)
    page.text(100, 600, "*信息技术服务*技术服务费", "mono", 28, INK)
    amt = int(v.rng.integers(300, 90000))
    page.text(1450, 600, f"{amt:.2f}", "mono", 28, INK)
    page.text(1900, 600, "6%", "mono", 28, INK)
    page.text(100, h - 220, f"价税合计（大写）　　（小写）¥{amt * 1.06:.2f}", "droid", 30, c)
    page.text(100, h - 60, f"开票人：{v.han_name()}", "droid", 28, c)
    return Doc("other", page, {}, variant="invoice")


def lease(v: Vocab, rng) -> Doc:
    w, h = 1654, 2339
    page = R.Page(w, h)
    face = v.pick(["sung", "serif", "droid"])
    t = "房屋租赁合同"
    page.text(w / 2 - R.advance("serif_bold", 60, t) / 2, 220, t, "serif_bold", 60, INK)
    p, items, name, rep, est = licence_subject(v, "company")
    lines = [f"出租方（甲方）：{v.han_name()}", f"身份证号码：{v.id_number(v.place()[3], v.birth(), '男')}",
             f"承租方（乙方）：{name}", f"统一社会信用代码：{v.uscc(p[3])}", f"法定代表人：{rep}",
             "根据《中华人民共和国民法典》及有关规定，甲乙双方在平等、自愿、协商一致的基础上，就甲方将其合法拥有的房屋出租给乙方使用的有关事宜达成如下协议：",
             f"第一条　房屋坐落于{v.biz_address(p, short=True)}，建筑面积{int(v.rng.integers(30, 400))}平方米，用途为办公。",
             f"第二条　租赁期限自{cn_date(v.date_between(2024, 2026))}起，共{int(v.rng.integers(1, 6))}年。",
             f"第三条　月租金人民币{int(v.rng.integers(2, 90)) * 500}元，按季度支付，先付后用。",
             "第四条　乙方应按营业执照核准的经营范围使用房屋，不得擅自改变用途。"]
    y = 360
    for ln in lines:
        for r in R.wrap(ln, face, 34, w * 0.8):
            page.text(w * 0.1, y, r, face, 34, INK)
            y += 58
        y += 14
    return Doc("other", page, {}, variant="lease", faces=[f"value:{face}"])


def authorization(v: Vocab, rng) -> Doc:
    w, h = 1654, 2339
    page = R.Page(w, h)
    face = v.pick(["sung", "serif", "droid"])
    t = "授 权 委 托 书"
    page.text(w / 2 - R.advance("serif_bold", 64, t) / 2, 240, t, "serif_bold", 64, INK)
    p, items, name, rep, est = licence_subject(v, "company")
    agent, _s, _n = v.person()
    lines = [f"委托人（单位名称）：{name}", f"统一社会信用代码：{v.uscc(p[3])}", f"法定代表人：{rep}",
             f"住所：{v.biz_address(p)}", f"受托人姓名：{agent}", f"身份证号码：{v.id_number(v.place()[3], v.birth(1970, 2000), '女')}",
             f"现委托上述受托人代表我单位办理{v.pick(['公共场所卫生许可', '食品经营许可', '营业执照变更登记'])}相关手续，"
             "受托人在办理过程中所签署的有关文件，我单位均予以承认，并承担相应的法律责任。", "委托期限：自签署之日起至上述事项办结之日止。"]
    y = 380
    for ln in lines:
        for r in R.wrap(ln, face, 36, w * 0.8):
            page.text(w * 0.1, y, r, face, 36, INK)
            y += 62
        y += 18
    page.text(w * 0.5, y + 120, "委托单位（盖章）：", face, 36, INK)
    page.text(w * 0.5, y + 200, "法定代表人（签字）：", face, 36, INK)
    page.text(w * 0.5 + 360, y + 205, rep, "hand", 48, (0.1, 0.15, 0.45), jitter=2, rng=rng)
    page.text(w * 0.5, y + 300, cn_date(v.date_between(2025, 2026)), face, 36, INK)
    R.seal(page, w * 0.68, y + 150, 150, name, rng=rng)
    return Doc("other", page, {}, variant="authorization", faces=[f"value:{face}"])


def letterhead(v: Vocab, rng) -> Doc:
    w, h = 1654, 2339
    page = R.Page(w, h)
    p, items, name, rep, est = licence_subject(v, "company")
    hp = 62
    page.text(w / 2 - R.advance("serif_bold", hp, name) / 2, 200, name, "serif_bold", hp, RED)
    page.line(120, 250, w - 120, 250, RED, 6)
    t = v.pick(["关于变更经营场所的情况说明", "关于申请办理卫生许可证的函", "营业执照遗失声明"])
    page.text(w / 2 - R.advance("serif_bold", 46, t) / 2, 380, t, "serif_bold", 46, INK)
    body = (f"{v.pick(['市场监督管理局', '卫生健康局', '政务服务中心'])}：\n"
            f"　　我单位{name}（统一社会信用代码：{v.uscc(p[3])}），法定代表人{rep}，住所位于{v.biz_address(p)}。"
            f"因经营需要，现申请办理相关业务，营业执照正本、副本及相关材料随附。特此说明。")
    y = 500
    for para in body.split("\n"):
        for r in R.wrap(para, "sung", 36, w * 0.78):
            page.text(w * 0.11, y, r, "sung", 36, INK)
            y += 64
    page.text(w * 0.55, y + 200, name, "sung", 36, INK)
    page.text(w * 0.6, y + 270, cn_date(v.date_between(2025, 2026)), "sung", 36, INK)
    R.seal(page, w * 0.7, y + 210, 150, name, rng=rng)
    return Doc("other", page, {}, variant="letterhead")


def blank(v: Vocab, rng) -> Doc:
    w, h = 1654, 2339
    page = R.Page(w, h, paper=(0.97, 0.965, 0.95))
    if v.rng.random() < 0.6:                                # show-through of a page printed on the back
        back = R.Page(w, h)
        y = 300
        for _ in range(18):
            back.text(200, y, "　".join(v.pick(["申请", "材料", "经营", "许可", "登记", "单位"]) for _ in range(10)), "sung", 34, INK)
            y += 90
        mirrored = np.ascontiguousarray(back.img[:, ::-1])
        f = cv2.convertScaleAbs(mirrored, alpha=0.07, beta=0.93 * 255)
        cv2.multiply(page.img, f, dst=page.img, scale=1 / 255.0)
    return Doc("other", page, {}, variant="blank")


def desk(v: Vocab, rng) -> Doc:
    w, h = 2400, 1800
    page = R.Page(w, h, paper=(0.55, 0.42, 0.3))
    page.fill(300, 900, 1700, 1500, (0.25, 0.25, 0.27))             # keyboard
    for r in range(5):
        for c in range(14):
            page.fill(330 + c * 98, 930 + r * 110, 410 + c * 98, 1020 + r * 110, (1.3, 1.3, 1.3))
    page.stroke(lambda m: cv2.circle(m, (1950, 500), 170, 1.0, -1, cv2.LINE_AA), (0.85, 0.85, 0.9))   # mug
    page.stroke(lambda m: cv2.circle(m, (1950, 500), 130, 1.0, -1, cv2.LINE_AA), (0.35, 0.22, 0.15))
    page.stroke(lambda m: cv2.line(m, (500, 500), (1200, 650), 1.0, 18, cv2.LINE_AA), (0.1, 0.1, 0.3))  # pen
    page.fill(1400, 150, 1800, 550, (1.4, 1.4, 1.3))                # sticky note
    page.text(1430, 260, "下午3点", "hand", 64, (0.1, 0.1, 0.4), jitter=2, rng=rng)
    page.text(1430, 360, "回电话", "hand", 64, (0.1, 0.1, 0.4), jitter=2, rng=rng)
    return Doc("other", page, {}, variant="desk_photo")


def build(kind: str, v: Vocab, rng) -> Doc:
    if kind == "public_health_license":
        return health(v, rng)
    if kind == "food_business_license":
        return food(v, rng)
    which = v.pick(["form_she", "form_kaiye", "invoice", "lease", "authorization", "letterhead", "blank", "desk"])
    if which == "form_she":
        return application_form(v, rng, "sheli")
    if which == "form_kaiye":
        return application_form(v, rng, "kaiye")
    return {"invoice": invoice, "lease": lease, "authorization": authorization, "letterhead": letterhead,
            "blank": blank, "desk": desk}[which](v, rng)


__all__ = ["build", "LICENSED"]
