"""Family-C licences laid out like the printed originals: the national business-licence template
(正本 landscape / 副本 portrait, and the other way round), 个体工商户 and 分公司 licences, the
公共场所卫生许可证 and the 食品经营许可证. Sizes are in millimetres on the real paper, drawn at
`ppm` pixels per millimetre.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.docgen_c import values as V
from benchmarks.docgen_c.fonts import face, pick_faces
from benchmarks.docgen_c.render import Page, emblem, frame_border, guilloche, paper, qr, seal, wrap_lines

PROV_ABBR = {"上海市": "沪", "北京市": "京", "广东省": "粤", "浙江省": "浙", "江苏省": "苏", "四川省": "川",
             "湖北省": "鄂", "山东省": "鲁", "河南省": "豫", "陕西省": "陕", "福建省": "闽", "湖南省": "湘",
             "天津市": "津", "重庆市": "渝", "辽宁省": "辽", "安徽省": "皖", "新疆维吾尔自治区": "新", "云南省": "云"}
QR_CAPTIONS = ("扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。",
               "扫描市场主体身份码了解更多登记、备案、许可、监管信息，体验更多应用服务。")
INK = (22, 20, 24)


class Sheet:
    """Millimetre helpers over a Page."""

    def __init__(self, page: Page, ppm: float):
        self.page, self.ppm = page, ppm

    def px(self, mm: float) -> float:
        return mm * self.ppm

    def font(self, style: str, mm: float, pick: int = 0):
        return face(style, self.px(mm), pick)


def _label_text(label: str, mode: str) -> str:
    if mode == "colon":
        return label + "："
    if mode == "spaced" and len(label) == 2:
        return label[0] + "\u3000\u3000" + label[1]
    if mode == "spaced" and len(label) == 3:
        return label[0] + "\u3000" + label[1] + "\u3000" + label[2]
    return label


def _company(r: random.Random, p: tuple, branch: bool = False) -> tuple[str, str, tuple]:
    ind = r.choice(V.INDUSTRIES)
    etype, suffix = r.choice(V.ENTITY_TYPES)
    city = p[0] if p[0].endswith("市") else p[1]
    trade = r.choice(V.TRADE_WORDS) + (r.choice(V.TRADE_WORDS) if r.random() < 0.2 else "")
    if r.random() < 0.5:
        name = f"{city[:-1]}{trade}{ind[0]}{suffix}"
    else:
        name = f"{trade}{ind[0]}（{city[:-1]}）{suffix}" if r.random() < 0.3 else f"{city[:-1]}市{trade}{ind[0]}{suffix}"
        name = name.replace("市市", "市")
    if branch:
        name += f"{p[2][:-1] if len(p[2]) > 2 else p[2]}分公司"
        etype = V.BRANCH_TYPE
    return name, etype, ind


def business_licence(r: random.Random, sub: str, copy: str, landscape: bool) -> Page:
    """sub: company | individual | branch; copy: 正本 | 副本."""
    p = V.place(r)
    prov, city, dist, code, _ = p
    est = V.date_between(r, dt.date(2008, 1, 1), dt.date(2025, 10, 30))
    f: dict[str, str] = {}
    rows: list[tuple[str, str, str]] = []  # (label, text printed, truth key or "")
    if sub == "individual":
        shop = r.choice(V.SHOP_KINDS)
        owner = V.person_name(r)
        name = r.choice((f"{city or prov}{dist}{owner[0]}记{shop}".replace("市市", "市"), f"{dist}{r.choice(V.TRADE_WORDS)}{shop}",
                         f"{prov[:2] if prov.endswith('市') else city[:-1]}{r.choice(V.TRADE_WORDS)}{shop}"))
        credit = V.uscc(r, code, "92")
        form = r.choice(("个人经营", "个人经营", "家庭经营"))
        ind = r.choice(V.INDUSTRIES)
        addr = V.street_address(r, p, long=r.random() < 0.6)
        scope = V.business_scope(r, ind, r.randint(2, 5))
        rows = [("名称", name, "name"), ("类型", "个体工商户", "entity_type"), ("经营者", owner, "legal_representative"),
                ("组成形式", form, ""), ("注册日期", V.cn_date(est), "established_date"),
                ("经营场所", addr, "address"), ("经营范围", scope, "business_scope")]
        f = {"name": name, "credit_code": credit, "entity_type": "个体工商户", "legal_representative": owner,
             "registered_capital": "", "established_date": est.isoformat(), "address": addr,
             "business_scope": scope, "valid_to": ""}
    else:
        name, etype, ind = _company(r, p, branch=sub == "branch")
        rep = V.person_name(r)
        credit = V.uscc(r, code, "91")
        addr = V.street_address(r, p, long=r.random() < 0.7)
        scope = V.business_scope(r, ind, r.randint(3, 8))
        kind_v = r.random()
        if kind_v < 0.45:
            end = V.add_years(est, r.choice((10, 20, 30, 50))) - dt.timedelta(days=1)
            term, valid_to = f"{V.cn_date(est)} 至 {V.cn_date(end)}", end.isoformat()
        elif kind_v < 0.85:
            term, valid_to = f"{V.cn_date(est)} 至 长期", "长期"
        else:
            term, valid_to = "长期", "长期"
        if sub == "branch":
            rows = [("名称", name, "name"), ("类型", etype, "entity_type"), ("负责人", rep, "legal_representative"),
                    ("经营范围", scope, "business_scope"), ("成立日期", V.cn_date(est), "established_date"),
                    ("营业期限", term, "valid_to"), ("营业场所", addr, "address")]
            cap = ""
        else:
            wan = r.choice((10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000, 120, 800))
            cap = r.choice((f"人民币{wan}.0000万元整", f"{wan}万元整", f"人民币{V.capital_words(wan)}", f"{wan}万元人民币"))
            rows = [("名称", name, "name"), ("类型", etype, "entity_type"), ("法定代表人", rep, "legal_representative"),
                    ("经营范围", scope, "business_scope"), ("注册资本", cap, "registered_capital"),
                    ("成立日期", V.cn_date(est), "established_date"), ("营业期限", term, "valid_to"),
                    ("住所", addr, "address")]
        f = {"name": name, "credit_code": credit, "entity_type": etype, "legal_representative": rep,
             "registered_capital": cap, "established_date": est.isoformat(), "address": addr,
             "business_scope": scope, "valid_to": valid_to}

    w_mm, h_mm = (420, 297) if landscape else (210, 297)
    ppm = r.uniform(5.2, 6.2) if landscape else r.uniform(7.4, 8.6)
    img = paper(int(w_mm * ppm), int(h_mm * ppm), r, tint=r.choice(((250, 247, 238), (247, 244, 236), (252, 250, 246))))
    page = Page(img, "business_license", variant=f"{sub}/{copy}/{'landscape' if landscape else 'portrait'}")
    S = Sheet(page, ppm)
    faces = pick_faces(r)
    guilloche(img, r, color=(236, 222, 200), n=r.randint(10, 26))
    frame_border(img, r, int(S.px(9)), thick=int(S.px(4.5)))
    title_style = r.choice(("song_bold", "hei_bold"))
    cx = img.width / 2
    emblem(img, cx, S.px(33), S.px(15 if landscape else 12))
    tf = S.font(title_style, 20 if landscape else 15, faces[title_style])
    title = "营业执照" if r.random() < 0.4 else "营 业 执 照"
    tw = tf.getlength(title) + (S.px(8) * 3 if " " not in title else 0)
    page.text(cx - tw / 2, S.px(52 if landscape else 48), title, tf, INK,
              tracking=S.px(8) if " " not in title else 0)
    y_title_end = S.px(52 if landscape else 48) + tf.size * 1.2
    if copy == "副本":
        sf = S.font("song", 6)
        sub_t = r.choice(("（副　本）", "（副本）"))
        page.text(cx - sf.getlength(sub_t) / 2, y_title_end, sub_t, sf, INK)
        y_title_end += sf.size * 1.5
        if r.random() < 0.6:
            nf = S.font("song", 3.2)
            page.text(S.px(22), S.px(28), f"副本编号：{r.randint(1, 3)}-{r.randint(1, 2)}", nf, INK)
    # credit code block (top left) and QR (top right)
    lab_style = r.choice(("hei", "song"))
    val_style = r.choice(("song", "song", "hei", "kai"))
    lab_mm = r.uniform(4.6, 5.6) if landscape else r.uniform(3.6, 4.4)
    val_mm = lab_mm * r.uniform(0.92, 1.1)
    lf = S.font(lab_style, lab_mm, faces[lab_style])
    vf = S.font(val_style, val_mm, faces[val_style])
    cf = S.font(lab_style, lab_mm * 0.95, faces[lab_style])
    x_code = S.px(r.uniform(22, 30))
    y_code = S.px(r.uniform(44, 52) if landscape else r.uniform(60, 66))
    if landscape or r.random() < 0.5:
        page.text(x_code, y_code, "统一社会信用代码", cf, INK)
        page.text(x_code, y_code + cf.size * 1.35, credit, S.font("song_bold" if r.random() < 0.5 else "hei", val_mm * 1.05), INK,
                  key="credit_code")
    else:
        bx = page.text(x_code, y_code, "统一社会信用代码", cf, INK)
        page.text(bx[2] + S.px(3), y_code, credit, S.font("hei", val_mm), INK, key="credit_code")
    if r.random() < 0.5:
        nf = S.font("song", lab_mm * 0.7)
        page.text(x_code, y_code + cf.size * 2.9, f"证照编号：{code}{r.randint(10**13, 10**14 - 1)}", nf, INK)
    qsize = S.px(r.uniform(26, 36) if landscape else r.uniform(22, 28))
    qx = img.width - S.px(22) - qsize
    qy = S.px(24 if landscape else 22)
    qr(img, int(qx), int(qy), int(qsize), r)
    capf = S.font("song", 2.6 if landscape else 2.3)
    cap_w = qsize + S.px(14)
    yy = qy + qsize + S.px(2)
    for line in wrap_lines(r.choice(QR_CAPTIONS), capf, cap_w):
        page.text(qx - S.px(7), yy, line, capf, INK)
        yy += capf.size * 1.3

    # field rows
    mode = r.choices(("justified", "spaced", "colon"), (0.6, 0.25, 0.15))[0]
    lab_w = lf.getlength("法定代表人") * r.uniform(1.0, 1.35)
    gap = S.px(r.uniform(2, 9))
    row_h = lab_mm * S.ppm * r.uniform(2.0, 2.8)
    line_h = val_mm * S.ppm * r.uniform(1.3, 1.6)
    top = max(y_title_end + S.px(8), yy + S.px(3) if not landscape else 0, y_code + S.px(22))

    def draw_rows(rows_: list, x: float, y: float, right: float) -> float:
        for label, text, key in rows_:
            lt = _label_text(label, mode)
            if mode == "justified":
                page.justified(x, y, lt, lf, lab_w if len(lt) > 1 else lf.getlength(lt), INK)
                vx = x + lab_w + gap
            else:
                bx = page.text(x, y, lt, lf, INK)
                vx = max(bx[2] + gap * 0.5, x + lab_w + gap) if mode == "spaced" and r.random() < 0.5 else bx[2] + gap * 0.4
            dy = (lf.size - vf.size) * 0.6 + S.px(r.uniform(-0.3, 0.3))
            max_w = right - vx
            if key == "business_scope":
                # long scopes shrink a little, like the printers do, then wrap under the value
                sf_ = vf
                while len(wrap_lines(text, sf_, max_w)) > (9 if landscape else 12) and sf_.size > vf.size * 0.7:
                    sf_ = face(val_style, int(sf_.size * 0.93), faces[val_style])
                ny = page.wrapped(vx, y + dy, text, sf_, max_w, sf_.size * 1.45, INK, key=key or None)
            else:
                ny = page.wrapped(vx, y + dy, text, vf, max_w, line_h, INK, key=key or None)
            y = max(y + row_h, ny + (row_h - line_h))
        return y

    if landscape:
        split = 4 if sub != "individual" else 4
        left, right = rows[:split], rows[split:]
        if sub == "individual":
            left, right = rows[:3] + [rows[6]], rows[3:6]
        col2 = img.width * r.uniform(0.55, 0.6)
        draw_rows(left, S.px(r.uniform(32, 42)), top, col2 - S.px(10))
        end_y = draw_rows(right, col2, top, img.width - S.px(26))
    else:
        order = list(rows)
        if r.random() < 0.5:  # scope last, as on many 副本
            order = [x for x in rows if x[2] != "business_scope"] + [x for x in rows if x[2] == "business_scope"]
        end_y = draw_rows(order, S.px(r.uniform(20, 28)), top, img.width - S.px(20))
    # registration authority, date, seal
    auth = V.authority(dist, prov, city)
    issue = V.date_between(r, est, min(dt.date(2026, 11, 1), est + dt.timedelta(days=2500)))
    af = S.font(lab_style, lab_mm * 1.05)
    ax = img.width - S.px(110 if landscape else 85)
    ay = max(end_y + S.px(4), img.height - S.px(62 if landscape else 58))
    page.text(ax, ay, "登记机关", af, INK)
    page.text(ax + S.px(30 if landscape else 26), ay + af.size * 2.0, V.cn_date(issue, pad=r.random() < 0.6), af, INK)
    seal(img, ax + S.px(r.uniform(30, 45)), ay + S.px(r.uniform(0, 8)), S.px(r.uniform(19, 22)), auth, r,
         bottom=r.choice(("", "登记专用章")))
    foot = S.font("song", 2.6)
    ft = "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn"
    page.text(cx - foot.getlength(ft) / 2 - S.px(20), img.height - S.px(22), ft, foot, INK)
    mf = S.font("song", 2.4)
    page.text(cx + S.px(45 if landscape else 25), img.height - S.px(22), "国家市场监督管理总局监制", mf, INK)
    page.truth = f
    page.meta = {"place": p, "credit": credit}  # type: ignore[attr-defined]
    return page


HEALTH_ITEMS = ("住宿", "沐浴", "美容", "美发", "游泳场所", "理发店", "美容店", "商场（店）", "书店", "歌舞厅", "公共浴室",
                "足浴", "影剧院", "候车室", "展览馆")


def health_licence(r: random.Random) -> Page:
    """公共场所卫生许可证 (portrait): bordered table or free rows; seal near the validity."""
    p = V.place(r)
    prov, city, dist, code, _ = p
    abbr = PROV_ABBR.get(prov, "沪")
    year = r.randint(2019, 2026)
    lno_seq = f"{code}{r.randint(0, 999999):06d}" if r.random() < 0.6 else f"{r.randint(1, 99999):05d}"
    br = r.choice((("（", "）"), ("〔", "〕"), ("(", ")")))
    mid = r.choice(("卫公字", "卫公证字", f"{dist[0]}卫公字"))
    lno = f"{abbr}{mid}{br[0]}{year}{br[1]}第{lno_seq}号"
    name, _, _ = _company(r, p)
    if r.random() < 0.4:
        name = f"{dist}{r.choice(V.TRADE_WORDS)}{r.choice(('宾馆', '美发店', '浴室', '酒店', '美容店', '游泳馆'))}"
    rep = V.person_name(r)
    addr = V.street_address(r, p, long=r.random() < 0.5)
    items = "、".join(r.sample(HEALTH_ITEMS, r.randint(1, 3)))
    frm = dt.date(year, r.randint(1, 12), r.randint(1, 28))
    to = V.add_years(frm, 4) - dt.timedelta(days=1)
    f = {"license_no": lno, "name": name, "legal_representative": rep, "address": addr, "license_items": items,
         "valid_from": frm.isoformat(), "valid_to": to.isoformat()}
    ppm = r.uniform(7.0, 8.5)
    img = paper(int(210 * ppm), int(297 * ppm), r, tint=r.choice(((252, 250, 245), (246, 249, 246), (250, 246, 240))))
    page = Page(img, "public_health_license", truth=f)
    S = Sheet(page, ppm)
    faces = pick_faces(r)
    guilloche(img, r, color=(214, 230, 214) if r.random() < 0.5 else (232, 220, 205), n=r.randint(8, 20))
    frame_border(img, r, int(S.px(8)), color=r.choice(((60, 120, 80), (176, 132, 70), (40, 80, 150))), thick=int(S.px(3.5)))
    cx = img.width / 2
    emblem(img, cx, S.px(34), S.px(11))
    tf = S.font(r.choice(("song_bold", "hei_bold")), r.uniform(10, 12.5))
    title = r.choice(("公共场所卫生许可证", "卫生许可证", "公共场所卫生许可证"))
    page.text(cx - tf.getlength(title) / 2, S.px(52), title, tf, INK)
    if r.random() < 0.5:
        sf = S.font("song", 5.5)
        page.text(cx - sf.getlength("（正本）") / 2, S.px(52) + tf.size * 1.25, "（正本）", sf, INK)
    nf = S.font(r.choice(("song", "hei")), r.uniform(3.8, 4.6), faces["song"])
    ny = S.px(r.uniform(78, 86))
    if r.random() < 0.5:
        page.text(img.width - S.px(24) - nf.getlength(lno), ny, lno, nf, INK, key="license_no")
    else:
        b = page.text(S.px(30), ny, "编号：" if r.random() < 0.7 else "许可证号：", nf, INK)
        page.text(b[2] + S.px(1), ny, lno, nf, INK, key="license_no")
    lab_style, val_style = r.choice(("hei", "song")), r.choice(("song", "kai", "hei"))
    lf = S.font(lab_style, r.uniform(4.2, 5.0), faces[lab_style])
    vf = S.font(val_style, lf.size / ppm * r.uniform(0.9, 1.05), faces[val_style])
    table = r.random() < 0.55
    rows = [("单位名称", name, "name"), ("法定代表人（负责人）" if r.random() < 0.6 else "法定代表人", rep, "legal_representative"),
            ("地址" if r.random() < 0.6 else "经营场所地址", addr, "address"), ("许可项目", items, "license_items")]
    valid_text = r.choice((f"自{V.cn_date(frm)}至{V.cn_date(to)}", f"{V.cn_date(frm)}至{V.cn_date(to)}",
                           f"{frm:%Y.%m.%d}-{to:%Y.%m.%d}" if r.random() < 0.3 else f"自{V.cn_date(frm)}起至{V.cn_date(to)}止"))
    x0, x1 = S.px(26), img.width - S.px(26)
    y = S.px(r.uniform(96, 104))
    lab_w = lf.getlength("法定代表人（负责人）") + S.px(4)
    for label, text, key in rows + [("有效期限", valid_text, "")]:
        lines = wrap_lines(text, vf, x1 - x0 - lab_w - S.px(8))
        h = max(S.px(15), len(lines) * vf.size * 1.45 + S.px(8))
        if table:
            d = page.draw
            d.rectangle((x0, y, x1, y + h), outline=(60, 60, 60), width=2)
            d.line((x0 + lab_w + S.px(2), y, x0 + lab_w + S.px(2), y + h), fill=(60, 60, 60), width=2)
            lx, vx = x0 + S.px(2), x0 + lab_w + S.px(5)
            ly = y + (h - lf.size) / 2
        else:
            lx, ly = x0, y + S.px(4)
            b = page.text(lx, ly, label + "：", lf, INK)
            vx = b[2] + S.px(1)
        if table:
            lt = label if len(label) > 3 else page.justified(lx, ly, label, lf, lf.getlength("单位名称")) and ""
            if lt:
                page.text(lx, ly, lt, lf, INK)
        vy = y + S.px(4) if len(lines) > 1 or not table else y + (h - vf.size) / 2
        if key:
            page.wrapped(vx, vy, text, vf, x1 - vx - S.px(3), vf.size * 1.45, INK, key=key)
        else:
            page.text(vx, vy, text, vf, INK)
            page.record("valid_from", (vx, vy, vx + vf.getlength(text), vy + vf.size * 1.1))
            page.record("valid_to", (vx, vy, vx + vf.getlength(text), vy + vf.size * 1.1))
        y += h if table else max(S.px(14), h)
    af = S.font(lab_style, 4.6)
    ay = max(y + S.px(18), img.height - S.px(70))
    auth = f"{city if not prov.endswith('市') else prov}{dist}卫生健康委员会" if r.random() < 0.5 else \
        f"{prov if prov.endswith('市') else city}{dist}市场监督管理局"
    page.text(img.width - S.px(100), ay, "发证机关：", af, INK)
    page.text(img.width - S.px(90), ay + S.px(12), V.cn_date(frm - dt.timedelta(days=r.randint(0, 9))), af, INK)
    # the seal sometimes reaches up over the last rows (validity)
    seal(img, img.width - S.px(r.uniform(55, 75)), ay - S.px(r.uniform(-2, 14)), S.px(r.uniform(19, 22)), auth, r)
    if r.random() < 0.5:
        qr(img, int(S.px(28)), int(img.height - S.px(58)), int(S.px(24)), r)
    return page


FOOD_FORMS = ("餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "餐饮服务经营者（饮品店）", "食品销售经营者（超市）",
              "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "单位食堂（学校食堂）", "单位食堂（机关企事业单位食堂）",
              "餐饮服务经营者（糕点店）", "食品销售经营者（网络食品销售商）")
FOOD_ITEMS = ("预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "特殊食品销售（保健食品）",
              "热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品制售（含裱花类糕点）", "自制饮品制售",
              "散装食品（不含冷藏冷冻食品）销售", "特殊食品销售（婴幼儿配方乳粉）")


def food_licence(r: random.Random, copy: str) -> Page:
    """食品经营许可证: 正本 landscape (two columns), 副本 portrait (one column)."""
    p = V.place(r)
    prov, city, dist, code, _ = p
    name, _, _ = _company(r, p)
    if r.random() < 0.3:
        name = f"{dist}{r.choice(V.TRADE_WORDS)}{r.choice(('餐饮店', '便利店', '面馆', '烘焙店', '超市'))}"
    credit = V.uscc(r, code, "92" if name.endswith("店") or name.endswith("馆") or name.endswith("超市") else "91")
    rep = V.person_name(r)
    addr = V.street_address(r, p, long=r.random() < 0.5)
    prem = addr if r.random() < 0.6 else V.street_address(r, p, long=r.random() < 0.5)
    form = r.choice(FOOD_FORMS)
    items = "；".join(r.sample(FOOD_ITEMS, r.randint(1, 4)))
    lno = f"JY{r.choice('123')}{code}{r.randint(0, 999999):06d}{r.randint(0, 9)}"
    issue = V.date_between(r, dt.date(2018, 1, 1), dt.date(2025, 12, 1))
    to = V.add_years(issue, 5) - dt.timedelta(days=1)
    f = {"license_no": lno, "name": name, "credit_code": credit, "legal_representative": rep, "address": addr,
         "premises_address": prem, "business_form": form, "business_items": items, "valid_to": to.isoformat()}
    landscape = copy == "正本"
    w_mm, h_mm = (297, 210) if landscape else (210, 297)
    ppm = r.uniform(7.0, 8.2)
    img = paper(int(w_mm * ppm), int(h_mm * ppm), r, tint=r.choice(((250, 250, 246), (248, 246, 240))))
    page = Page(img, "food_business_license", truth=f, variant=copy)
    S = Sheet(page, ppm)
    guilloche(img, r, color=(210, 225, 240), n=r.randint(10, 22))
    frame_border(img, r, int(S.px(7)), color=(40, 90, 160), thick=int(S.px(3.5)))
    cx = img.width / 2
    emblem(img, cx, S.px(26), S.px(10))
    tf = S.font(r.choice(("song_bold", "hei_bold")), 11)
    page.text(cx - tf.getlength("食品经营许可证") / 2, S.px(39), "食品经营许可证", tf, INK)
    if copy == "副本":
        sf = S.font("song", 5)
        page.text(cx - sf.getlength("（副本）") / 2, S.px(39) + tf.size * 1.25, "（副本）", sf, INK)
    lab_style, val_style = r.choice(("hei", "song")), r.choice(("song", "hei", "kai"))
    lf = S.font(lab_style, r.uniform(3.4, 4.0))
    vf = S.font(val_style, lf.size / ppm * r.uniform(0.95, 1.08))
    colon = r.random() < 0.6
    left = [("经营者名称", name, "name"), ("社会信用代码", credit, "credit_code"), ("（身份证号码）", None, None),
            ("法定代表人（负责人）", rep, "legal_representative"), ("住所", addr, "address"),
            ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"), ("经营项目", items, "business_items")]
    right = [("许可证编号", lno, "license_no"), ("日常监督管理机构", f"{dist}市场监督管理所", ""),
             ("日常监督管理人员", f"{V.person_name(r)}、{V.person_name(r)}", ""), ("投诉举报电话", "12315", ""),
             ("有效期至", V.cn_date(to), "valid_to")]
    lab_w = lf.getlength("法定代表人（负责人）") + S.px(3)

    def rows_at(rows: list, x: float, y: float, right_x: float, lab_w_: float) -> float:
        for label, text, key in rows:
            if text is None:  # second line of a two-line label
                page.text(x, y - S.px(5.5), label, lf, INK)
                y += S.px(2)
                continue
            page.text(x, y, label + ("：" if colon else ""), lf, INK)
            vx = x + lab_w_
            y = max(page.wrapped(vx, y, text, vf, right_x - vx, vf.size * 1.4, INK, key=key or None) + S.px(3.5),
                    y + S.px(10))
        return y

    top = S.px(60 if copy == "副本" else 56)
    if landscape:
        col2 = img.width * 0.62
        rows_at(left, S.px(18), top, col2 - S.px(6), lab_w)
        rows_at(right, col2, top, img.width - S.px(16), lf.getlength("日常监督管理机构") + S.px(3))
        ay = img.height - S.px(40)
        ax = col2
    else:
        y = rows_at(left, S.px(20), top, img.width - S.px(20), lab_w)
        y = rows_at(right, S.px(20), y + S.px(2), img.width - S.px(20), lab_w)
        ay, ax = max(y + S.px(8), img.height - S.px(48)), img.width - S.px(100)
    page.text(ax, ay, "发证机关：", lf, INK)
    page.text(ax, ay + S.px(7), f"签发人：{V.person_name(r)}", lf, INK)
    page.text(ax + S.px(24), ay + S.px(15), V.cn_date(issue), lf, INK)
    seal(img, ax + S.px(r.uniform(30, 50)), ay + S.px(r.uniform(0, 10)), S.px(r.uniform(16, 19)),
         V.authority(dist, prov, city), r)
    qr(img, int(S.px(20) if not landscape else img.width - S.px(50)), int(img.height - S.px(48)), int(S.px(22)), r)
    return page
