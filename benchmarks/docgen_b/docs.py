"""Family-B page layouts, one function per document kind: the national templates as a clerk sees
them (2019 营业执照 正本/副本 with justified labels, 居民身份证 front/back, 卫生许可证, 食品经营许可证,
常住人口登记卡, 结婚证, 不动产权证书, 银行卡) plus negative pages that should read as `other`.

Each builder returns a `Doc`: the flat page, its kind, the ground truth of every contract field
and, through `Page.char_boxes`, where each field's characters were drawn.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw

from benchmarks.docgen_b import data as D
from benchmarks.docgen_b.render import Page, font, guilloche_border, paper_pattern, split_rows

TODAY = dt.date(2026, 11, 20)


@dataclass
class Doc:
    page: Page
    kind: str
    truth: dict[str, str]
    variant: str
    card: bool = False                    # a card (ID, bank card): photographed small, rounded corners
    meta: dict = field(default_factory=dict)


def _label_w(f, chars: int) -> float:
    return f.getlength("国") * chars


# ---------------------------------------------------------------------------------------------
# 居民身份证
# ---------------------------------------------------------------------------------------------
CARD_W, CARD_H = 1012, 638
MM = CARD_W / 85.6


def _card_background(rnd: random.Random, base=(232, 240, 246), accent=(214, 226, 238)) -> Page:
    page = Page(CARD_W, CARD_H, base)
    arr = np.asarray(page.img, dtype=np.float32)
    yy, xx = np.mgrid[0:CARD_H, 0:CARD_W].astype(np.float32)
    grad = (xx / CARD_W)[..., None] * (np.array(accent, np.float32) - np.array(base, np.float32))
    waves = (np.sin(xx / 7.0 + 3 * np.sin(yy / 45.0)) * 3.0)[..., None]
    arr = arr + grad + waves
    page.img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    page.draw = ImageDraw.Draw(page.img)
    return page


def id_card_front(rnd: random.Random) -> Doc:
    p = D.person(rnd, min_age=2, max_age=85, today=TODAY)
    long_addr = rnd.random() < 0.35
    if long_addr and "村" not in p.address:
        p.address = D.street_address(rnd, p.region, long=True)
    page = _card_background(rnd)
    label_c = (40, 110, 170) if rnd.random() < 0.7 else (60, 90, 130)
    fl = font("hei", int(3.0 * MM))
    fv = font("hei", int(3.7 * MM))
    fa = font("song" if rnd.random() < 0.5 else "hei", int(3.5 * MM))
    x_label, x_value = 6 * MM, 16.5 * MM
    dy = rnd.uniform(-0.3, 0.3) * MM
    page.text(x_label, 7.5 * MM, "姓名", fl, label_c)
    page.text(x_value, 7.2 * MM + dy, p.name, font("hei", int(4.2 * MM)), (10, 10, 10), "name")
    page.text(x_label, 15 * MM, "性别", fl, label_c)
    page.text(x_value, 14.8 * MM + dy, p.sex, fv, (10, 10, 10), "sex")
    page.text(31 * MM, 15 * MM, "民族", fl, label_c)
    page.text(40.5 * MM, 14.8 * MM + dy, p.nation, fv, (10, 10, 10), "nation")
    page.text(x_label, 22 * MM, "出生", fl, label_c)
    b = p.birth
    x = page.text(x_value, 21.8 * MM + dy, f"{b.year}", fv, (10, 10, 10), "birth_date")
    x = page.text(x + 0.8 * MM, 22 * MM, "年", fl, label_c)
    x = page.text(x + 0.8 * MM, 21.8 * MM + dy, f"{b.month}", fv, (10, 10, 10), "birth_date")
    x = page.text(x + 0.8 * MM, 22 * MM, "月", fl, label_c)
    x = page.text(x + 0.8 * MM, 21.8 * MM + dy, f"{b.day}", fv, (10, 10, 10), "birth_date")
    page.text(x + 0.8 * MM, 22 * MM, "日", fl, label_c)
    page.text(x_label, 29 * MM, "住址", fl, label_c)
    page.wrap(x_value, 28.8 * MM + dy, p.address, fa, 36 * MM, 4.9 * MM, "address", (10, 10, 10))
    page.text(x_label, 47.5 * MM, "公民身份号码", fl, label_c)
    fnum = font("monob" if rnd.random() < 0.6 else "sansb", int(3.8 * MM))
    page.text(26 * MM, 47 * MM, p.id_number, fnum, (10, 10, 10), "id_number", tracking=0.3 * MM)
    page.photo(int(56 * MM), int(8 * MM), int(26 * MM), int(33 * MM), rnd, p.sex, bg=(236, 242, 248))
    page.card_edge(int(0.045 * CARD_W))
    truth = {"name": p.name, "sex": p.sex, "nation": p.nation, "birth_date": b.isoformat(),
             "address": p.address, "id_number": p.id_number}
    return Doc(page, "id_card_front", truth, "long_address" if long_addr else "front", card=True)


def id_card_back(rnd: random.Random) -> Doc:
    birth = D.date_between(rnd, dt.date(1940, 1, 1), dt.date(2018, 1, 1))
    reg = D.region(rnd)
    start = D.date_between(rnd, max(D.add_years(birth, 5), dt.date(2006, 1, 1)), dt.date(2026, 10, 1))
    age = (start - birth).days // 365
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    end = "长期" if years == 0 else D.add_years(start, years).isoformat()
    authority = D.police_authority(reg, rnd)
    page = _card_background(rnd, (236, 240, 244), (226, 232, 240))
    page.emblem(12.5 * MM, 13 * MM, 7.5 * MM, rnd)
    ft = font("hei", int(5.2 * MM))
    page.spaced(27 * MM, 8.5 * MM, "中华人民共和国", ft, 48 * MM, (30, 30, 30))
    page.spaced(27 * MM, 19 * MM, "居民身份证", font("hei", int(7.5 * MM)), 48 * MM, (30, 30, 30))
    fl = font("hei", int(3.0 * MM))
    fv = font("hei" if rnd.random() < 0.5 else "song", int(3.5 * MM))
    label_c = (40, 110, 170)
    page.text(16 * MM, 40 * MM, "签发机关", fl, label_c)
    page.text(30 * MM, 39.8 * MM, authority, fv, (10, 10, 10), "issuing_authority")
    page.text(16 * MM, 47 * MM, "有效期限", fl, label_c)
    end_txt = "长期" if end == "长期" else end.replace("-", ".")
    page.text(30 * MM, 46.8 * MM, f"{start:%Y.%m.%d}-{end_txt}", fv, (10, 10, 10), "valid_from")
    page.card_edge(int(0.045 * CARD_W))
    truth = {"issuing_authority": authority, "valid_from": start.isoformat(), "valid_to": end}
    page.char_boxes["valid_to"] = page.char_boxes["valid_from"]
    return Doc(page, "id_card_back", truth, "back", card=True)


# ---------------------------------------------------------------------------------------------
# 营业执照 (2019 national template)
# ---------------------------------------------------------------------------------------------
CAPTION = "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。"


def business_license(rnd: random.Random) -> Doc:
    landscape = rnd.random() < 0.55
    copy = rnd.random() < (0.25 if landscape else 0.75)            # 副本: mostly portrait
    individual = rnd.random() < 0.25
    branch = not individual and rnd.random() < 0.12
    reg = D.region(rnd)
    W, H = (1754, 1240) if landscape else (1240, 1754)
    page = Page(W, H, (251, 248, 240))
    paper_pattern(page, rnd, (245, 236, 222), 3.0)
    border_c = rnd.choice([(176, 120, 70), (190, 140, 60), (160, 110, 80)])
    guilloche_border(page, 36, 34, border_c, rnd)
    est = D.date_between(rnd, dt.date(2003, 1, 1), dt.date(2026, 9, 30))
    legal = D.name(rnd)
    if individual:
        shop = rnd.choice(D.SHOP_WORDS)
        name = rnd.choice([f"{reg[3]}{legal[0]}记{shop}", f"{reg[2].removesuffix('市')}{reg[3]}{rnd.choice(D.TRADE_WORDS)}{shop}",
                           f"{reg[3]}{rnd.choice(D.TRADE_WORDS)}{shop}（个体工商户）"])
        etype, capital = "个体工商户", ""
        scope = "；".join(rnd.sample(["食品销售", "小餐饮", "日用百货销售", "五金产品零售", "理发服务",
                                     "服装服饰零售", "水果零售", "烟草制品零售", "洗烫服务"], k=rnd.randint(2, 4)))
        scope = f"许可项目：{scope}。（依法须经批准的项目，经相关部门批准后方可开展经营活动）" if rnd.random() < 0.5 else scope
        code = D.uscc(rnd, reg[0], individual=True)
    else:
        name, items = D.company_name(rnd, reg)
        etype = ("股份有限公司（非上市、自然人投资或控股）" if "股份" in name
                 else rnd.choice([t for t in D.COMPANY_TYPES if "股份" not in t]))
        capital = D.capital_text(rnd)
        scope = D.business_scope(rnd, items, new_style=est.year >= 2021 or rnd.random() < 0.3)
        code = D.uscc(rnd, reg[0])
        if branch:
            name = name.removesuffix("有限公司").removesuffix("有限责任公司").removesuffix("股份") + \
                f"有限公司{reg[3]}分公司"
            etype = rnd.choice(["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司"])
            capital = ""
    addr = D.street_address(rnd, reg, long=rnd.random() < 0.6)
    authority = D.market_authority(reg, rnd)
    issue = D.date_between(rnd, est, dt.date(2026, 10, 31))
    term_end = None if rnd.random() < 0.6 else D.add_years(est, rnd.choice([10, 20, 30])) - dt.timedelta(days=1)
    term = f"{D.cn_date(est)}至{D.cn_date(term_end) if term_end else '长期'}"
    valid_to = "" if individual else (term_end.isoformat() if term_end else "长期")

    lf = font("hei" if rnd.random() < 0.6 else "zenhei", 30 if landscape else 31)
    vf = font(rnd.choice(["song", "songb", "songb", "kai"]), 30 if landscape else 31)
    line_h = int(vf.size * rnd.uniform(1.35, 1.6))
    # top band: credit code (left), emblem (centre), QR + caption (right)
    cf = font("hei", 24)
    page.text(110, 120, "统一社会信用代码", cf, (30, 30, 30))
    page.text(110, 156, code, font("song", 30) if rnd.random() < 0.5 else font("monob", 28), (15, 15, 15), "credit_code")
    if copy:
        page.text(110, 200, f"（{rnd.randint(1, 3)}-{rnd.randint(1, 3)}）", cf, (30, 30, 30))
    page.emblem(W / 2, 150, 58, rnd)
    tf = font("hei", 100 if landscape else 92)
    tw = tf.getlength("国") * 6.2
    page.spaced(W / 2 - tw / 2, 230, "营业执照", tf, tw, (20, 20, 20))
    if copy:
        sf = font("hei", 34)
        page.spaced(W / 2 - 70, 350, "（副本）", sf, 140, (20, 20, 20))
    qs = 150
    qx, qy = W - 110 - qs - 30, 108
    page.qr(qx, qy, qs, f"http://www.gsxt.gov.cn/{code}")
    capf = font("hei", 15)
    for i, row in enumerate(split_rows(CAPTION, capf, qs + 60)):
        page.text(qx - 30, qy + qs + 8 + i * 19, row, capf, (40, 40, 40))
    # the body
    label_chars = 5
    lw = _label_w(lf, label_chars)
    gap = rnd.uniform(0.8, 1.8) * lf.size
    jitter = lambda: rnd.uniform(-4, 4)  # noqa: E731 — values printed later than the form
    if individual:
        left = [("名称", name, "name"), ("类型", etype, "entity_type"), ("经营者", legal, "legal_representative"),
                ("经营范围", scope, "business_scope")]
        right = [("组成形式", rnd.choice(["个人经营", "家庭经营"]), None), ("注册日期", D.cn_date(est), "established_date"),
                 ("经营场所", addr, "address")]
    elif branch:                                   # a branch: 负责人, 营业场所, no capital
        left = [("名称", name, "name"), ("类型", etype, "entity_type"), ("负责人", legal, "legal_representative"),
                ("经营范围", scope, "business_scope")]
        right = [("成立日期", D.cn_date(est), "established_date"), ("营业期限", term, "valid_to"),
                 ("营业场所", addr, "address")]
    else:
        left = [("名称", name, "name"), ("类型", etype, "entity_type"), ("法定代表人", legal, "legal_representative"),
                ("经营范围", scope, "business_scope")]
        right = [("注册资本", capital, "registered_capital"), ("成立日期", D.cn_date(est), "established_date"),
                 ("营业期限", term, "valid_to"), ("住所", addr, "address")]
    top = 420 if landscape else 470
    seal_over: tuple[float, float] | None = None
    if landscape:
        cols = [(130, W / 2 - 40, left), (W / 2 + 30, W - 130, right)]
    else:
        order = left[:3] + right[:-1] + [right[-1], left[-1]]
        cols = [(120, W - 120, order)]
    for x0, x1, rows in cols:
        y = top
        for label, value, key in rows:
            page.spaced(x0, y, label, lf, lw, (20, 20, 20))
            vx = x0 + lw + gap
            vy = y + jitter() + (lf.size - vf.size) / 2
            if key == "business_scope":
                sf = vf if len(value) < 120 else font(_role(vf), int(vf.size * 0.8))
                y = page.wrap(vx, vy, value, sf, x1 - vx, int(sf.size * 1.45), key) + line_h * 0.4
            else:
                y = page.wrap(vx, vy, value, vf, x1 - vx, line_h, key) + line_h * 0.45
            if key == "address":
                seal_over = (vx + rnd.uniform(0.3, 0.8) * (x1 - vx), y - line_h)
    # bottom: 登记机关 + seal + date, footer
    by = H - 270
    bx = W - (560 if landscape else 520)
    page.spaced(bx, by, "登记机关", lf, _label_w(lf, 5), (20, 20, 20))
    page.text(bx + 20, by + 70, D.cn_date(issue), font("hei", 30), (20, 20, 20))
    seal_text = authority
    r = 95
    if seal_over and rnd.random() < 0.45:
        page.seal(seal_over[0], seal_over[1], r, seal_text, rnd, alpha=rnd.uniform(0.45, 0.75))
        variant_seal = "seal_over_address"
    else:
        page.seal(bx + 130 + rnd.uniform(-40, 60), by + 30 + rnd.uniform(-30, 30), r, seal_text, rnd,
                  alpha=rnd.uniform(0.6, 0.9))
        variant_seal = "seal_bottom"
    ff = font("hei", 16)
    foot = ["国家企业信用信息公示系统网址：http://www.gsxt.gov.cn",
            "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。"]
    for i, t in enumerate(foot):
        page.text(W / 2 - ff.getlength(t) / 2, H - 135 + i * 24, t, ff, (60, 60, 60))
    mf = font("hei", 14)
    page.text(W / 2 - mf.getlength("国家市场监督管理总局监制") / 2, H - 80, "国家市场监督管理总局监制", mf, (90, 90, 90))
    truth = {"name": name, "credit_code": code, "entity_type": etype, "legal_representative": legal,
             "registered_capital": capital, "established_date": est.isoformat(), "address": addr,
             "business_scope": scope, "valid_to": valid_to}
    variant = f"{'landscape' if landscape else 'portrait'}_{'副本' if copy else '正本'}" \
              f"{'_个体' if individual else ''}{'_分公司' if branch else ''}_{variant_seal}"
    return Doc(page, "business_license", truth, variant)


def _role(f) -> str:
    name = f.getname()[0]
    if "Ming" in name:
        return "songb" if getattr(f, "zc_stroke", 0) else "song"
    return "kai" if "WenKai" in name else "hei"


def _row(page: Page, x: float, y: float, label: str, value: str, key: str | None, lf, vf, *, label_w: float,
         x1: float, line_h: float, justify: bool, colon: bool, rnd: random.Random, gap: float | None = None) -> float:
    """One label/value row of a certificate; returns the y of the next row."""
    if justify:
        page.spaced(x, y, label, lf, label_w)
        vx = x + label_w + (gap if gap is not None else lf.size * 0.6)
        if colon:
            page.text(x + label_w, y, "：", lf)
            vx += lf.size * 0.6
    else:
        end = page.text(x, y, label + ("：" if colon else ""), lf)
        vx = max(x + label_w, end) + (gap if gap is not None else lf.size * 0.4)
    vy = y + (lf.size - vf.size) / 2 + rnd.uniform(-3, 3)
    return page.wrap(vx, vy, value, vf, x1 - vx, line_h, key) + line_h * 0.5


# ---------------------------------------------------------------------------------------------
# 公共场所卫生许可证
# ---------------------------------------------------------------------------------------------
HEALTH_ITEMS = ("住宿", "沐浴", "美容", "理发", "游泳场所", "歌舞厅", "影剧院", "商场（店）", "公共浴室", "足浴")


def public_health_license(rnd: random.Random) -> Doc:
    reg = D.region(rnd)
    landscape = rnd.random() < 0.4
    W, H = (1754, 1240) if landscape else (1240, 1754)
    page = Page(W, H, (252, 250, 243))
    paper_pattern(page, rnd, (240, 236, 226), 2.5)
    guilloche_border(page, 40, 28, rnd.choice([(60, 110, 170), (170, 120, 60), (120, 60, 60)]), rnd)
    year = rnd.randint(2019, 2026)
    start = D.date_between(rnd, dt.date(year, 1, 1), dt.date(year, 12, 28))
    end = D.add_years(start, 4) - dt.timedelta(days=1)
    brackets = rnd.choice([("（", "）"), ("〔", "〕"), ("(", ")")])
    seq = f"{reg[0]}{rnd.randint(0, 999999):06d}" if rnd.random() < 0.5 else f"{rnd.randint(1, 9999):06d}"
    no = f"{reg[4]}卫公字{brackets[0]}{start.year}{brackets[1]}第{seq}号"
    name, _ = D.company_name(rnd, reg)
    if rnd.random() < 0.5:
        name = reg[2].removesuffix("市") + rnd.choice(D.TRADE_WORDS) + rnd.choice(
            ["宾馆有限公司", "酒店管理有限公司", "美容美发店", "洗浴中心", "游泳馆有限公司", "商贸有限公司"])
    legal = D.name(rnd)
    addr = D.street_address(rnd, reg, long=rnd.random() < 0.5)
    items = "、".join(rnd.sample(HEALTH_ITEMS, k=rnd.randint(1, 3)))
    tf = font("hei", 80)
    title = "公共场所卫生许可证"
    page.text(W / 2 - tf.getlength(title) / 2, 150, title, tf, (170, 20, 20) if rnd.random() < 0.5 else (20, 20, 20))
    nf = font(rnd.choice(["song", "songb", "hei"]), 30)
    nx = W - 130 - nf.getlength(no) - (nf.size * 3 if rnd.random() < 0.5 else 0)
    if rnd.random() < 0.4:
        nx = W / 2 - nf.getlength(no) / 2
    page.text(nx, 270, no, nf, (20, 20, 20), "license_no")
    lf = font("hei", 32)
    vf = font(rnd.choice(["song", "songb", "kai"]), 32)
    justify = rnd.random() < 0.6
    colon = rnd.random() < 0.6
    x0, x1 = (170, W - 170)
    lw = lf.getlength("国") * (5 if justify else 4)
    y = 400 if not landscape else 360
    rows = [("单位名称", name, "name"),
            ("法定代表人（负责人）" if rnd.random() < 0.6 else "法定代表人", legal, "legal_representative"),
            ("地址" if rnd.random() < 0.5 else "经营场所地址", addr, "address"),
            ("许可项目", items, "license_items")]
    lh = vf.size * 1.5
    for label, value, key in rows:
        if justify and len(label) > 5:          # a long label is printed as is, its value right after it
            lx = page.text(x0, y, label + ("：" if colon else ""), lf)
            y = page.wrap(lx + 14, y + rnd.uniform(-3, 3), value, vf, x1 - lx - 14, lh, key) + lh * 0.5
            continue
        y = _row(page, x0, y, label, value, key, lf, vf, label_w=lw, x1=x1, line_h=lh, justify=justify,
                 colon=colon, rnd=rnd)
    # validity
    page.spaced(x0, y, "有效期限", lf, lw) if justify else page.text(x0, y, "有效期限" + ("：" if colon else ""), lf)
    vx = x0 + lw + lf.size * (1.2 if colon else 0.6)
    if colon and justify:
        page.text(x0 + lw, y, "：", lf)
    x = page.text(vx, y, "自", vf)
    x = page.text(x + 4, y, D.cn_date(start), vf, field="valid_from")
    x = page.text(x + 4, y, "至", vf)
    page.text(x + 4, y, D.cn_date(end), vf, field="valid_to")
    # issuer and seal
    authority = f"{reg[2]}{reg[3]}卫生健康委员会" if rnd.random() < 0.6 else f"{reg[2]}卫生健康委员会"
    by = H - 330
    page.text(W - 620, by, "发证机关", lf)
    page.text(W - 600, by + 70, authority if rnd.random() < 0.5 else "", font("song", 28))
    page.text(W - 560, by + 130, D.cn_date(start), font("hei", 30))
    page.seal(W - 420 + rnd.uniform(-60, 60), by + 60 + rnd.uniform(-40, 40), 100, authority, rnd, alpha=rnd.uniform(0.6, 0.9))
    if rnd.random() < 0.5:
        page.qr(170, H - 330, 140, f"wsxk:{no}")
    ff = font("hei", 20)
    page.text(170, H - 150, "（本许可证有效期为四年，在有效期满前30日应向原发证机关申请延续）", ff, (80, 80, 80))
    truth = {"license_no": no, "name": name, "legal_representative": legal, "address": addr,
             "license_items": items, "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    return Doc(page, "public_health_license", truth, f"{'landscape' if landscape else 'portrait'}"
               f"{'_justified' if justify else ''}{'_colon' if colon else ''}")


# ---------------------------------------------------------------------------------------------
# 食品经营许可证 (2015/2023 template)
# ---------------------------------------------------------------------------------------------
FOOD_FORMS = {
    1: (["食品销售经营者（便利店）", "食品销售经营者（超市）", "食品销售经营者（食杂店）"],
        ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "保健食品销售",
         "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售", "散装食品（含熟食）销售"]),
    2: (["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "餐饮服务经营者（饮品店）"],
        ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "自制饮品制售", "糕点类食品（不含裱花蛋糕）制售",
         "预包装食品（含冷藏冷冻食品）销售"]),
    3: (["单位食堂（职工食堂）", "单位食堂（学校食堂）"], ["热食类食品制售", "冷食类食品制售"]),
}


def food_business_license(rnd: random.Random) -> Doc:
    reg = D.region(rnd)
    W, H = (1754, 1240)
    portrait = rnd.random() < 0.35
    if portrait:
        W, H = H, W
    page = Page(W, H, (252, 250, 244))
    paper_pattern(page, rnd, (236, 240, 230), 2.5)
    guilloche_border(page, 38, 30, rnd.choice([(40, 120, 90), (60, 110, 170), (170, 120, 60)]), rnd)
    kind_digit = rnd.choice([1, 1, 2, 2, 3])
    forms, items_pool = FOOD_FORMS[kind_digit]
    form = rnd.choice(forms)
    items = "；".join(rnd.sample(items_pool, k=rnd.randint(1, min(4, len(items_pool)))))
    no = f"JY{kind_digit}{reg[0]}{rnd.randint(0, 999999):06d}{rnd.randint(0, 9)}"
    name, _ = D.company_name(rnd, reg)
    code = D.uscc(rnd, reg[0])
    legal = D.name(rnd)
    addr = D.street_address(rnd, reg, long=rnd.random() < 0.4)
    premises = addr if rnd.random() < 0.5 else D.street_address(rnd, reg, long=rnd.random() < 0.5)
    issue = D.date_between(rnd, dt.date(2019, 1, 1), dt.date(2026, 10, 31))
    valid_to = D.add_years(issue, 5) - dt.timedelta(days=1)
    tf = font("hei", 84)
    title = "食品经营许可证"
    tw = tf.getlength("国") * 9
    page.spaced(W / 2 - tw / 2, 120, title, tf, tw, (20, 20, 20))
    if rnd.random() < 0.4:
        sf = font("hei", 34)
        page.spaced(W / 2 - 70, 225, "（副本）", sf, 140)
    lf = font("hei", 27)
    vf = font(rnd.choice(["song", "songb", "kai"]), 28)
    lh = vf.size * 1.45
    left_rows = [("经营者名称", name, "name"), ("社会信用代码\n（身份证号码）", code, "credit_code"),
                 ("法定代表人\n（负责人）", legal, "legal_representative"), ("住所", addr, "address"),
                 ("经营场所", premises, "premises_address"), ("主体业态", form, "business_form"),
                 ("经营项目", items, "business_items")]
    right_rows = [("许可证编号", no, "license_no"), ("日常监督管理机构", f"{reg[3]}市场监督管理局{rnd.choice(D.TOWNS)[:2]}所", None),
                  ("日常监督管理人员", f"{D.name(rnd)}、{D.name(rnd)}", None), ("投诉举报电话", "12315", None),
                  ("有效期至", D.cn_date(valid_to), "valid_to")]
    label_w = lf.getlength("国") * 7
    if portrait:
        cols = [(110, W - 110, right_rows[:1] + left_rows + right_rows[1:])]
        top = 320
    else:
        cols = [(110, W * 0.6, left_rows), (W * 0.6 + 30, W - 110, right_rows)]
        top = 300
    for x0, x1, rows in cols:
        y = top
        for label, value, key in rows:
            parts = label.split("\n")
            for i, part in enumerate(parts):
                page.text(x0, y + i * lf.size * 1.25, part, lf)
            lw = label_w if x1 - x0 > 700 else lf.getlength("国") * 8.5
            vx = x0 + lw
            vy = y + rnd.uniform(-3, 3)
            ny = page.wrap(vx, vy, value, vf, x1 - vx, lh, key)
            y = max(ny, y + len(parts) * lf.size * 1.25) + lh * 0.55
    # issuer block
    authority = D.market_authority(reg, rnd)
    by = H - 320
    bx = W - 560
    page.text(bx, by, "发证机关：", lf)
    page.text(bx + 140, by + 45, authority, font("song", 26))
    page.text(bx, by + 95, f"签发人：{D.name(rnd)}", lf)
    page.text(bx + 120, by + 150, D.cn_date(issue), font("hei", 28))
    page.seal(bx + 250 + rnd.uniform(-50, 50), by + 90, 95, authority, rnd, alpha=rnd.uniform(0.6, 0.9))
    page.qr(110 if not portrait else W - 260, H - 300, 130, f"https://spjy.samr.gov.cn/{no}")
    mf = font("hei", 16)
    foot = "国家市场监督管理总局监制"
    page.text(W / 2 - mf.getlength(foot) / 2, H - 90, foot, mf, (90, 90, 90))
    truth = {"license_no": no, "name": name, "credit_code": code, "legal_representative": legal, "address": addr,
             "premises_address": premises, "business_form": form, "business_items": items,
             "valid_to": valid_to.isoformat()}
    return Doc(page, "food_business_license", truth, "portrait" if portrait else "landscape")


# ---------------------------------------------------------------------------------------------
# 户口簿: 常住人口登记卡
# ---------------------------------------------------------------------------------------------
RELATIONS = ("户主", "妻", "夫", "长子", "次子", "长女", "次女", "子", "女", "母亲", "父亲", "孙子", "孙女", "儿媳")


def household_register(rnd: random.Random) -> Doc:
    W, H = 1100, 1560
    page = Page(W, H, (246, 248, 250))
    paper_pattern(page, rnd, (226, 236, 244), 4.0)
    ink = rnd.choice([(40, 90, 150), (30, 110, 120), (60, 60, 60)])   # pre-printed form colour
    p = D.person(rnd, min_age=1, max_age=90, today=TODAY)
    rel = rnd.choice(RELATIONS)
    header = rnd.random() < 0.7
    hn = f"{rnd.randint(0, 999999999):09d}" if rnd.random() < 0.8 else f"{p.region[0]}{rnd.randint(0, 9999):04d}"
    addr = p.address if header else ""
    tf = font("hei", 50)
    title = "常住人口登记卡"
    page.spaced(W / 2 - 220, 70, title, tf, 440, ink)
    x0, x1 = 70, W - 70
    c1, c2, c3 = x0 + 170, x0 + 480, x0 + 660
    row_h = 78
    lf = font("hei", 24)
    vf = font(rnd.choice(["song", "songb", "hei"]), 28)
    dx, dy = rnd.uniform(-12, 12), rnd.uniform(-10, 8)       # values printed later, never quite in the cells
    y = 170
    d = page.draw
    rows: list[tuple] = []
    if header:
        rows.append(("户别", rnd.choice(["家庭户", "家庭户口", "集体户口"]), None, "户号", hn, "household_number"))
        rows.append(("住址", addr, "address", None, None, None))
    id_label = "公民身份号码" if rnd.random() < 0.5 else "公民身份证件编号"
    native = D.region(rnd)
    rows += [
        ("姓名", p.name, "name", "户主或与户主关系", rel, "relationship"),
        ("曾用名", "", None, "性别", p.sex, "sex"),
        ("出生地", f"{p.region[1]}{p.region[2]}", None, "民族", p.nation, "nation"),
        ("籍贯", f"{native[1]}{native[2]}", None, "出生日期", D.cn_date(p.birth), "birth_date"),
        ("本市（县）\n其他住址", "", None, None, None, None),
        ("宗教信仰", "", None, id_label, p.id_number, "id_number"),
        ("身高", f"{rnd.randint(150, 190)}厘米" if rnd.random() < 0.5 else "", None, "血型", "", None),
        ("文化程度", rnd.choice(["大学本科", "高中", "初中", "大学专科", "研究生"]), None, "婚姻状况",
         rnd.choice(["已婚", "未婚"]), None),
        ("兵役状况", "", None, "服务处所", "", None),
        ("职业", "", None, None, None, None),
        ("何时由何地\n迁来本市（县）", "", None, None, None, None),
        ("何时由何地\n迁来本址", "", None, None, None, None),
    ]
    d.rectangle((x0, y, x1, y + row_h * len(rows)), outline=ink, width=3)
    for r, (l1, v1, k1, l2, v2, k2) in enumerate(rows):
        ry = y + r * row_h
        if r:
            d.line((x0, ry, x1, ry), fill=ink, width=2)
        d.line((c1, ry, c1, ry + row_h), fill=ink, width=2)
        for i, part in enumerate(l1.split("\n")):
            pf = lf if "\n" not in l1 else font("hei", 20)
            page.text(x0 + (c1 - x0 - pf.getlength(part)) / 2, ry + row_h / 2 - (pf.size * 1.2) * (len(l1.split("\n")) / 2) + i * pf.size * 1.2,
                      part, pf, ink)
        vw = (c2 - c1 - 20) if l2 else (x1 - c1 - 20)
        if v1:
            vrows = split_rows(v1, vf, vw)
            vy = ry + row_h / 2 - vf.size * 0.6 * len(vrows) + dy
            for i, vr in enumerate(vrows[:2]):
                page.text(c1 + 14 + dx, vy + i * vf.size * 1.1, vr, vf, (15, 15, 15), k1)
        if l2:
            d.line((c2, ry, c2, ry + row_h), fill=ink, width=2)
            d.line((c3, ry, c3, ry + row_h), fill=ink, width=2)
            pf = lf if len(l2) <= 6 else font("hei", 20)
            parts = [l2] if len(l2) <= 6 else [l2[:len(l2) // 2 + 1], l2[len(l2) // 2 + 1:]]
            for i, part in enumerate(parts):
                page.text(c2 + (c3 - c2 - pf.getlength(part)) / 2, ry + row_h / 2 - pf.size * 0.6 * len(parts) + i * pf.size * 1.2,
                          part, pf, ink)
            if v2:
                vf2 = vf if vf.getlength(v2) < x1 - c3 - 20 else font(_role(vf), int(vf.size * 0.78))
                vrows = split_rows(v2, vf2, x1 - c3 - 24)
                vy = ry + row_h / 2 - vf2.size * 0.6 * len(vrows) + dy
                for i, vr in enumerate(vrows[:2]):
                    page.text(c3 + 12 + dx, vy + i * vf2.size * 1.1, vr, vf2, (15, 15, 15), k2)
    by = y + row_h * len(rows) + 60
    page.text(x0 + 20, by, "承办人签章：", lf, ink)
    page.text(W - 430, by, "登记日期：", lf, ink)
    page.text(W - 300, by + dy, D.cn_date(D.date_between(rnd, p.birth, dt.date(2026, 10, 1))), vf)
    station = f"{p.region[2]}公安局{p.region[3]}{rnd.choice(D.TOWNS)[:2]}派出所"
    page.seal(x0 + 330, by + 10, 100, station, rnd, bottom="户口专用章", alpha=rnd.uniform(0.6, 0.9))
    truth = {"name": p.name, "relationship": rel, "sex": p.sex, "nation": p.nation, "birth_date": p.birth.isoformat(),
             "id_number": p.id_number, "household_number": hn if header else "", "address": addr}
    return Doc(page, "household_register", truth, "with_header" if header else "card_only")


# ---------------------------------------------------------------------------------------------
# 结婚证
# ---------------------------------------------------------------------------------------------
def marriage_certificate(rnd: random.Random) -> Doc:
    W, H = 1150, 1560
    page = Page(W, H, (252, 244, 240))
    paper_pattern(page, rnd, (248, 226, 222), 4.0)
    reg = D.region(rnd)
    reg_date = D.date_between(rnd, dt.date(2005, 1, 1), dt.date(2026, 10, 31))
    m = D.person(rnd, min_age=22, max_age=60, today=reg_date)
    while m.sex != "男":
        m = D.person(rnd, min_age=22, max_age=60, today=reg_date)
    f = D.person(rnd, min_age=20, max_age=58, today=reg_date)
    while f.sex != "女":
        f = D.person(rnd, min_age=20, max_age=58, today=reg_date)
    holder = rnd.choice([m, f]).name
    no = f"J{reg[0]}-{reg_date.year}-{rnd.randint(1, 20000):06d}"
    lab_c = rnd.choice([(150, 60, 60), (60, 60, 60)])
    lf = font("hei", 28)
    vf = font(rnd.choice(["song", "songb", "hei"]), 30)
    x0 = 110
    y = 110
    for label, value, key in (("持证人", holder, "holder"), ("登记日期", D.cn_date(reg_date), "registration_date"),
                              ("结婚证字号", no, "certificate_no"), ("备注", "", None)):
        page.text(x0, y, label, lf, lab_c)
        if value:
            page.text(x0 + 190 + rnd.uniform(-4, 4), y + rnd.uniform(-3, 3), value, vf, (15, 15, 15), key)
        y += 70
    # the couple's photo on red
    px, py, pw, ph = 300, y + 20, 560, 390
    page.draw.rectangle((px, py, px + pw, py + ph), fill=(200, 30, 35))
    page.photo(px + 40, py + 40, 230, ph - 40, rnd, "男", bg=(200, 30, 35))
    page.photo(px + 290, py + 40, 230, ph - 40, rnd, "女", bg=(200, 30, 35))
    y = py + ph + 60
    for n, per in ((1, m), (2, f)):
        page.text(x0, y, "姓名", lf, lab_c)
        page.text(x0 + 110, y, per.name, vf, (15, 15, 15), f"party{n}_name")
        page.text(x0 + 470, y, "性别", lf, lab_c)
        page.text(x0 + 560, y, per.sex, vf, (15, 15, 15), f"party{n}_sex")
        y += 62
        page.text(x0, y, "国籍", lf, lab_c)
        page.text(x0 + 110, y, "中国", vf, (15, 15, 15), f"party{n}_nationality")
        page.text(x0 + 470, y, "出生日期", lf, lab_c)
        page.text(x0 + 610, y, D.cn_date(per.birth), vf, (15, 15, 15), f"party{n}_birth_date")
        y += 62
        page.text(x0, y, "身份证件号", lf, lab_c)
        page.text(x0 + 180, y, per.id_number, vf, (15, 15, 15), f"party{n}_id_number")
        y += 90
    office = f"{reg[2]}{reg[3]}民政局"
    page.seal(px + pw - 30 + rnd.uniform(-40, 40), py + ph - 20 + rnd.uniform(-30, 30), 110, office, rnd,
              bottom="婚姻登记专用章", alpha=rnd.uniform(0.55, 0.85))
    truth = {"holder": holder, "registration_date": reg_date.isoformat(), "certificate_no": no}
    for n, per in ((1, m), (2, f)):
        truth.update({f"party{n}_name": per.name, f"party{n}_sex": per.sex, f"party{n}_nationality": "中国",
                      f"party{n}_birth_date": per.birth.isoformat(), f"party{n}_id_number": per.id_number})
    return Doc(page, "marriage_certificate", truth, "inner_page")


# ---------------------------------------------------------------------------------------------
# 不动产权证书
# ---------------------------------------------------------------------------------------------
def real_estate_certificate(rnd: random.Random) -> Doc:
    W, H = 1240, 1754
    page = Page(W, H, (248, 250, 245))
    paper_pattern(page, rnd, (230, 242, 228), 4.0)
    reg = D.region(rnd)
    year = rnd.randint(2016, 2026)
    place = reg[3] if reg[1] == "" else reg[2]
    no = f"{reg[4]}（{year}）{place}不动产权第{rnd.randint(1, 999999):07d}号"
    owners = [D.name(rnd)]
    co = rnd.choice(["单独所有", "单独所有", "共同共有", "按份共有"])
    if co != "单独所有":
        owners.append(D.name(rnd))
    holder = "、".join(owners)
    loc = D.street_address(rnd, reg).removeprefix(reg[1]).removeprefix(reg[2]) if rnd.random() < 0.5 else D.street_address(rnd, reg)
    unit = (f"{reg[0]}{rnd.randint(1, 999):03d}{rnd.randint(1, 999):03d}GB{rnd.randint(1, 99999):05d}"
            f"F{rnd.randint(1, 9999):04d}{rnd.randint(1, 9999):04d}")
    spaced_unit = " ".join([unit[:6], unit[6:12], unit[12:19], unit[19:]]) if rnd.random() < 0.5 else unit
    rtype = rnd.choice(["国有建设用地使用权/房屋所有权", "国有建设用地使用权/房屋（构筑物）所有权"])
    nature = rnd.choice(["出让/市场化商品房", "出让/存量房", "划拨/房改房"])
    usage = rnd.choice(["城镇住宅用地/住宅", "城镇住宅用地/成套住宅", "商服用地/商业"])
    area = f"{rnd.randint(35, 220)}.{rnd.randint(0, 99):02d}"
    land = f"{rnd.randint(2000, 90000)}.{rnd.randint(0, 99):02d}"
    start = D.date_between(rnd, dt.date(1995, 1, 1), dt.date(2020, 1, 1))
    term = f"{D.cn_date(start)}起{D.cn_date(D.add_years(start, 70) - dt.timedelta(days=1))}止"
    ink = (60, 120, 80)
    nf = font(rnd.choice(["song", "songb"]), 30)
    page.text(W - 110 - nf.getlength(no), 120, no, nf, (15, 15, 15), "certificate_no")
    x0, x1, c1 = 110, W - 110, 330
    lf = font("hei", 28)
    vf = font(rnd.choice(["song", "songb", "hei"]), 28)
    rows = [("权利人", holder, "holder"), ("共有情况", co, "co_ownership"), ("坐落", loc, "location"),
            ("不动产单元号", spaced_unit, "unit_number"), ("权利类型", rtype, "right_type"),
            ("权利性质", nature, "right_nature"), ("用途", usage, "usage"),
            ("面积", f"共有宗地面积{land}㎡/房屋建筑面积{area}㎡", "area"), ("使用期限", term, "term"),
            ("权利其他状况", f"专有建筑面积：{float(area) * 0.86:.2f}㎡，分摊建筑面积：{float(area) * 0.14:.2f}㎡\n"
                        f"房屋结构：钢筋混凝土结构\n房屋总层数：{rnd.randint(6, 33)}层，所在层：{rnd.randint(1, 6)}层", None)]
    y = 190
    d = page.draw
    heights = [74] * 9 + [260]
    d.rectangle((x0, y, x1, y + sum(heights)), outline=ink, width=3)
    d.line((c1, y, c1, y + sum(heights)), fill=ink, width=2)
    for (label, value, key), h in zip(rows, heights, strict=True):
        d.line((x0, y, x1, y), fill=ink, width=2)
        page.text(x0 + (c1 - x0 - lf.getlength(label)) / 2, y + h / 2 - lf.size / 2 if h < 100 else y + 20, label, lf, ink)
        vy = y + (h / 2 - vf.size / 2 if h < 100 else 20) + rnd.uniform(-3, 3)
        if key == "area":
            prefix = f"共有宗地面积{land}㎡/房屋建筑面积"
            xe = page.text(c1 + 20, vy, prefix, vf, (15, 15, 15))
            xe = page.text(xe, vy, area, vf, (15, 15, 15), "area")
            page.text(xe, vy, "㎡", vf, (15, 15, 15))
        elif key is None:
            for i, part in enumerate(value.split("\n")):
                page.text(c1 + 20, vy + i * vf.size * 1.5, part, vf, (15, 15, 15))
        else:
            parts = split_rows(value, vf, x1 - c1 - 40)[:2]
            for i, part in enumerate(parts):
                page.text(c1 + 20, vy + i * vf.size * 1.2 - vf.size * 0.6 * (len(parts) - 1), part, vf, (15, 15, 15), key)
        y += h
    page.seal(W - 330 + rnd.uniform(-60, 40), y + 150, 110, f"{reg[2]}{reg[3]}不动产登记局" if rnd.random() < 0.5
              else f"{reg[2]}规划和自然资源局", rnd, bottom="不动产登记专用章", alpha=rnd.uniform(0.6, 0.9))
    page.text(W - 450, y + 280, D.cn_date(D.date_between(rnd, dt.date(year, 1, 1), dt.date(year, 12, 28))),
              font("hei", 28))
    truth = {"certificate_no": no, "holder": holder, "co_ownership": co, "location": loc, "unit_number": unit,
             "right_type": rtype, "right_nature": nature, "usage": usage, "area": area, "term": term}
    return Doc(page, "real_estate_certificate", truth, "spaced_unit" if " " in spaced_unit else "register_page")


# ---------------------------------------------------------------------------------------------
# 银行卡
# ---------------------------------------------------------------------------------------------
BANKS = (("中国工商银行", "INDUSTRIAL AND COMMERCIAL BANK OF CHINA", ("622202", "621226"), 19, (180, 30, 40)),
         ("中国农业银行", "AGRICULTURAL BANK OF CHINA", ("622848", "622845"), 19, (20, 120, 100)),
         ("中国银行", "BANK OF CHINA", ("621661", "621785"), 19, (170, 20, 30)),
         ("中国建设银行", "CHINA CONSTRUCTION BANK", ("621700", "622700"), 19, (20, 60, 140)),
         ("交通银行", "BANK OF COMMUNICATIONS", ("622262", "622260"), 19, (20, 50, 120)),
         ("招商银行", "CHINA MERCHANTS BANK", ("622588", "621483"), 16, (190, 30, 40)),
         ("中国邮政储蓄银行", "POSTAL SAVINGS BANK OF CHINA", ("621799", "622188"), 19, (20, 110, 60)))


def bank_card(rnd: random.Random) -> Doc:
    bank, en, prefixes, length, color = rnd.choice(BANKS)
    length = length if rnd.random() < 0.8 else 16
    number = D.luhn_complete(rnd.choice(prefixes), length, rnd)
    page = Page(CARD_W, CARD_H, color)
    arr = np.asarray(page.img, dtype=np.float32)
    yy, xx = np.mgrid[0:CARD_H, 0:CARD_W].astype(np.float32)
    light = np.array([255, 255, 255], np.float32)
    mix = (0.15 + 0.35 * (xx / CARD_W) * (1 - yy / CARD_H))[..., None]
    arr = arr * (1 - mix) + light * mix + (np.sin(xx / 30 + yy / 50) * 6)[..., None]
    page.img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    page.draw = ImageDraw.Draw(page.img)
    d = page.draw
    white = (250, 250, 250)
    page.text(60, 45, bank, font("hei", 52), white, "bank_name")
    page.text(62, 112, en, font("sansb", 20), white)
    kind = rnd.choice(["借记卡", "储蓄卡", "借记卡 DEBIT"])
    page.text(CARD_W - 60 - font("hei", 28).getlength(kind), 55, kind, font("hei", 28), white)
    d.rounded_rectangle((90, 210, 210, 300), radius=14, fill=(215, 185, 110), outline=(160, 130, 60), width=3)
    for k in range(3):
        d.line((90, 235 + k * 22, 210, 235 + k * 22), fill=(160, 130, 60), width=2)
    groups = [number[i:i + 4] for i in range(0, len(number), 4)]
    nf = font("monob", 56 if length <= 16 else 50)
    x, y = 70, 370
    for g in groups:
        for ch in g:
            d.text((x + 2, y + 2), ch, font=nf, fill=(40, 40, 40))            # embossed shadow
            page.text(x, y, ch, nf, (235, 225, 200), "card_number")
            x += nf.getlength(ch)
        x += nf.getlength(" ") * rnd.uniform(0.8, 1.4)
    if rnd.random() < 0.5:
        page.text(420, 460, "VALID THRU", font("sans", 14), white)
        page.text(520, 450, f"{rnd.randint(1, 12):02d}/{rnd.randint(27, 35)}", font("monob", 30), (235, 225, 200))
    holder = D.name(rnd) if rnd.random() < 0.3 else ""
    if holder:
        page.text(70, 520, holder, font("hei", 36), white, "name")
    # UnionPay mark
    ux, uy = CARD_W - 230, CARD_H - 170
    for i, c in enumerate(((220, 30, 40), (20, 60, 140), (20, 130, 110))):
        d.polygon([(ux + i * 50 + 18, uy), (ux + i * 50 + 70, uy), (ux + i * 50 + 52, uy + 110),
                   (ux + i * 50, uy + 110)], fill=c)
    page.text(ux + 30, uy + 20, "银联", font("hei", 38), white)
    page.text(ux + 22, uy + 68, "UnionPay", font("sansb", 24), white)
    page.card_edge(int(0.045 * CARD_W), (120, 120, 120))
    truth = {"card_number": number, "bank_name": bank, "name": holder}
    return Doc(page, "bank_card", truth, f"{length}_digits{'_named' if holder else ''}", card=True)
