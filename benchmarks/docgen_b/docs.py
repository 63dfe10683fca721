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
    fnum = font("monob" if rnd.random() < 0.6 else "sansb", int(4.2 * MM))
    page.text(27 * MM, 46.8 * MM, p.id_number, fnum, (10, 10, 10), "id_number", tracking=0.55 * MM)
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
    addr = D.street_address(rnd, reg, long=rnd.random() < 0.6)
    authority = D.market_authority(reg, rnd)
    issue = D.date_between(rnd, est, dt.date(2026, 10, 31))
    term = f"{D.cn_date(est)}至{'长期' if rnd.random() < 0.6 else D.cn_date(D.add_years(est, 30) - dt.timedelta(days=1))}"

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
    else:
        left = [("名称", name, "name"), ("类型", etype, "entity_type"), ("法定代表人", legal, "legal_representative"),
                ("经营范围", scope, "business_scope")]
        right = [("注册资本", capital, "registered_capital"), ("成立日期", D.cn_date(est), "established_date"),
                 ("营业期限", term, None), ("住所", addr, "address")]
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
             "business_scope": scope}
    variant = f"{'landscape' if landscape else 'portrait'}_{'副本' if copy else '正本'}" \
              f"{'_个体' if individual else ''}_{variant_seal}"
    return Doc(page, "business_license", truth, variant)


def _role(f) -> str:
    name = f.getname()[0]
    if "Ming" in name:
        return "songb" if getattr(f, "zc_stroke", 0) else "song"
    return "kai" if "WenKai" in name else "hei"
