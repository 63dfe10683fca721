"""Family F's documents, laid out from the real forms' structure (not from any other generator):
居民身份证 front and back, 营业执照 (2019+ national form: 正本 landscape in two columns, 副本
portrait with the scope in a box; companies, 分公司, 个体工商户, 农民专业合作社, 合伙企业), 公共场所
卫生许可证, 食品经营许可证 (2023+ form and the 2015 one), and pages that are none of these.

Each maker returns a Doc: the page pixels, the truth fields, the text drawn for each field, the
fields' boxes, and the variant / print effects, all at print resolution."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

import numpy as np

from .canvas import Canvas, Style, advance, faces
from .values import TODAY, Vocab, add_years, cn_date, rand_date

BLACK = (22, 22, 24)


@dataclass
class Doc:
    kind: str
    page: np.ndarray
    fields: dict[str, str]
    drawn: dict[str, list[str]]
    boxes: dict[str, list[tuple[float, float, float, float]]]
    variant: str = ""
    prints: list[str] = field(default_factory=list)
    card: bool = False
    mask: np.ndarray | None = None
    unreadable: set[str] = field(default_factory=set)


def _pick(rng: random.Random, role: str) -> str:
    return rng.choice(faces(role))


def _rounded_mask(w: int, h: int, r: int) -> np.ndarray:
    m = np.ones((h, w), np.float32)
    yy, xx = np.mgrid[0:r, 0:r]
    corner = ((xx - r) ** 2 + (yy - r) ** 2 <= r * r).astype(np.float32)
    m[:r, :r] = corner
    m[:r, -r:] = corner[:, ::-1]
    m[-r:, :r] = corner[::-1, :]
    m[-r:, -r:] = corner[::-1, ::-1]
    return m


def _card_background(c: Canvas, rng: random.Random) -> None:
    """The ID card's pale security print: soft colour wash and fine wavy lines."""
    import math

    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QPen, QPolygonF

    pa = c.p("base")
    for k in range(26):
        col = QColor(150 + rng.randint(-20, 30), 190 + rng.randint(-15, 20), 215 + rng.randint(-10, 25), 70)
        pa.setPen(QPen(col, 1.2))
        pts = [QPointF(x, c.h * (k / 26) + 18 * math.sin(x / (40 + k) + k)) for x in range(0, c.w + 8, 8)]
        pa.drawPolyline(QPolygonF(pts))


# ------------------------------------------------------------------------------------------- ID card
def id_front(v: Vocab, rng: random.Random) -> Doc:
    s = 12.0                                     # px per mm; card 85.6 x 54 mm
    c = Canvas(int(85.6 * s), int(54 * s), paper=(238, 242, 240))
    _card_background(c, rng)
    sex = rng.choice("男女")
    nation = v.nation()
    name = v.person(nation, sex)
    reg = v.region()
    birth = rand_date(rng, dt.date(1948, 1, 1), dt.date(2016, 12, 31))
    idn = v.id_number(reg[4], birth, sex)
    addr = v.address(reg, for_id=True, long=rng.random() < 0.3)
    lab = Style(_pick(rng, "hei"), 2.9 * s, color=(20, 110, 150), spacing=rng.choice((0, 0.2 * s)))
    val_face = _pick(rng, rng.choice(("hei", "song", "hei")))
    val = Style(val_face, 3.4 * s, color=BLACK, stretch=rng.choice((100, 100, 92)))
    x0, xv = 7.0 * s, 17.5 * s
    c.text(x0, 12 * s, "姓名", lab)
    c.text(xv, 12 * s, name, val.with_(px=4.0 * s if len(name) <= 4 else 3.4 * s), "vals", "name")
    c.text(x0, 19.5 * s, "性别", lab)
    c.text(xv, 19.5 * s, sex, val, "vals", "sex")
    c.text(29 * s, 19.5 * s, "民族", lab)
    c.text(38.5 * s, 19.5 * s, nation, val, "vals", "nation")
    c.text(x0, 27 * s, "出生", lab)
    for txt, xx in ((str(birth.year), xv), ("年", 28 * s), (str(birth.month), 32.5 * s), ("月", 37 * s),
                    (str(birth.day), 41.5 * s), ("日", 46 * s)):
        k = "birth_date" if txt[0].isdigit() else None
        c.text(xx, 27 * s, txt, val if k else lab, "vals" if k else "base", k)
    c.text(x0, 34.5 * s, "住址", lab)
    c.block("address", xv, 34.5 * s, addr, val.with_(px=3.2 * s), 34 * s, 4.6 * s, max_rows=4)
    c.text(x0, 49 * s, "公民身份号码", lab)
    num = Style(_pick(rng, "mono"), 4.1 * s, spacing=0.45 * s, color=BLACK, bold=rng.random() < 0.5)
    c.text(27 * s, 49 * s, idn, num, "vals", "id_number")
    c.photo(57 * s, 7 * s, 25 * s, 32 * s, tone=rng.randint(0, 2))
    page = c.render()
    return Doc("id_card_front", page,
               {"name": name, "sex": sex, "nation": nation, "birth_date": birth.isoformat(), "address": addr,
                "id_number": idn},
               c.drawn, c.boxes, variant="card", card=True, mask=_rounded_mask(c.w, c.h, int(3.2 * s)))


def id_back(v: Vocab, rng: random.Random) -> Doc:
    s = 12.0
    c = Canvas(int(85.6 * s), int(54 * s), paper=(240, 241, 236))
    _card_background(c, rng)
    reg = v.region()
    birth = rand_date(rng, dt.date(1948, 1, 1), dt.date(2016, 12, 31))
    start, end = v.id_validity(birth)
    auth = v.issuing_authority(reg)
    c.emblem(13 * s, 14 * s, 8.5 * s)
    title = Style(_pick(rng, "hei"), 4.6 * s, spacing=0.9 * s, bold=True, color=BLACK)
    c.text(26 * s, 15 * s, "中华人民共和国", title)
    c.text(26 * s, 27 * s, "居民身份证", title.with_(px=6.4 * s, spacing=2.2 * s))
    lab = Style(_pick(rng, "hei"), 2.9 * s, color=BLACK)
    val = Style(_pick(rng, rng.choice(("hei", "song"))), 3.2 * s, color=BLACK)
    c.text(14 * s, 43 * s, "签发机关", lab)
    c.block("issuing_authority", 28.5 * s, 43 * s, auth, val, 52 * s, 4.2 * s)
    c.text(14 * s, 50 * s, "有效期限", lab)
    period = f"{start:%Y.%m.%d}-" + ("长期" if end == "长期" else dt.date.fromisoformat(end).strftime("%Y.%m.%d"))
    c.text(28.5 * s, 50 * s, period, val.with_(family=_pick(rng, "hei")), "vals", "validity")
    page = c.render()
    d = Doc("id_card_back", page, {"issuing_authority": auth, "valid_from": start.isoformat(), "valid_to": end},
            c.drawn, c.boxes, variant="card", card=True, mask=_rounded_mask(c.w, c.h, int(3.2 * s)))
    d.boxes["valid_from"] = d.boxes["valid_to"] = d.boxes["validity"]
    d.drawn["valid_from"] = d.drawn["valid_to"] = d.drawn["validity"]
    return d


# ------------------------------------------------------------------------------------- 营业执照
ENTITY_FORMS = ("company", "company", "company", "branch", "individual", "individual", "coop", "partnership")


def business_licence(v: Vocab, rng: random.Random, form: str | None = None, copy: str | None = None) -> Doc:
    form = form or rng.choice(ENTITY_FORMS)
    copy = copy or rng.choice(("zb", "fb"))                   # 正本 landscape / 副本 portrait
    reg = v.region()
    est = rand_date(rng, dt.date(2006, 1, 1), dt.date(2025, 10, 1))
    issue = est if rng.random() < 0.5 else rand_date(rng, est, TODAY)
    cap, valid_to = "", ""
    long_scope = rng.random() < 0.35
    person = v.person(v.nation() if rng.random() < 0.2 else "汉")
    if form == "company":
        name, key = v.company(reg)
        etype = rng.choice(v_company_types())
        rep_label, addr_label = "法定代表人", "住所"
        cap = v.capital()
        valid_to = v.business_period(est)
        cat = "1"
    elif form == "branch":
        parent, key = v.company(reg)
        name = parent + reg[3] + ("分公司" if rng.random() < 0.7 else rng.choice(("第一分公司", "营业部", "门店")))
        from .values import BRANCH_TYPES

        etype = rng.choice(BRANCH_TYPES)
        rep_label, addr_label = "负责人", "营业场所"
        valid_to = v.business_period(est) if rng.random() < 0.6 else "长期"
        cat = "1"
    elif form == "individual":
        name = v.shop_name(reg, person)
        key = rng.choice(("food", "trade", "beauty"))
        etype = "个体工商户"
        rep_label, addr_label = "经营者", "经营场所"
        cat = "2"
    elif form == "coop":
        name = f"{reg[3]}{rng.choice(('绿源', '丰收', '金穗', '山泉', '田园', '众兴'))}{rng.choice(('蔬菜', '水果', '粮食', '中药材', '茶叶', '养殖'))}种植专业合作社".replace("养殖种植", "养殖")
        key = "agri"
        etype = "农民专业合作社"
        rep_label, addr_label = "法定代表人", "住所"
        cap = f"{rng.choice(('伍拾', '壹佰', '贰佰', '叁拾'))}万元" if rng.random() < 0.7 else f"{rng.choice((30, 50, 100, 200))}万元"
        valid_to = v.business_period(est)
        cat = "3"
    else:
        name = f"{v.city_short(reg)}{rng.choice(('星瀚', '鼎盛', '蓝海', '同舟', '知行', '启航'))}{rng.choice(('股权投资', '创业投资', '企业管理咨询', '投资管理'))}合伙企业（有限合伙）"
        key = rng.choice(("trade", "it"))
        etype = rng.choice(("有限合伙企业", "普通合伙企业"))
        if rng.random() < 0.5:
            person = f"{v.company(reg)[0]}（委派代表：{v.person()}）"
        rep_label, addr_label = "执行事务合伙人", "主要经营场所"
        valid_to = v.business_period(est)
        cat = "1"
    scope_label = "业务范围" if form == "coop" else "经营范围"
    addr = v.address(reg, long=rng.random() < 0.4)
    scope = v.scope(key, long=long_scope, old=est.year < 2021 and rng.random() < 0.5)
    code = v.uscc(reg[4], cat)
    authority = f"{reg[2]}{reg[3]}市场监督管理局" if reg[0] != reg[2] or rng.random() < 0.5 else f"{reg[2]}市场监督管理局{reg[3]}分局"
    d = _draw_bl(rng, copy, form, name, code, etype, rep_label, person, cap, est, valid_to, addr_label, addr,
                 scope_label, scope, authority, issue)
    d.fields = {"name": name, "credit_code": code, "entity_type": etype, "legal_representative": person,
                "registered_capital": cap, "established_date": est.isoformat(), "address": addr,
                "business_scope": scope, "valid_to": valid_to}
    d.variant = f"{copy}-{form}"
    return d


def v_company_types() -> tuple[str, ...]:
    from .values import COMPANY_TYPES

    return COMPANY_TYPES


def _draw_bl(rng, copy, form, name, code, etype, rep_label, person, cap, est, valid_to, addr_label, addr,
             scope_label, scope, authority, issue) -> Doc:
    landscape = copy == "zb"
    W, H = (2800, 1980) if landscape else (1700, 2400)
    c = Canvas(W, H, paper=rng.choice(((252, 250, 244), (250, 247, 238), (248, 249, 246))))
    band = 70 if landscape else 56
    c.guilloche(60, 60, W - 120, H - 120, color=rng.choice(((196, 168, 112), (188, 150, 120), (170, 160, 130))),
                band=band, seed=rng.randint(0, 9))
    label_face = _pick(rng, rng.choice(("song", "hei", "song")))
    value_face = label_face if rng.random() < 0.45 else _pick(rng, rng.choice(("song", "kai", "hei")))
    prints = []
    if value_face != label_face:
        prints.append("mixed_face")
    stretch = rng.choice((100, 100, 100, 88, 110))
    if stretch != 100:
        prints.append("stretched")
    fpx = 40 if landscape else 36
    lab = Style(label_face, fpx, color=BLACK, bold=rng.random() < 0.3)
    val = Style(value_face, fpx, color=BLACK, stretch=stretch, bold=rng.random() < 0.25)
    line_h = fpx * 1.55
    # head: emblem, title, copy mark, code, QR
    cx = W / 2
    c.emblem(cx, 250 if landscape else 230, 105 if landscape else 95)
    title = Style(_pick(rng, rng.choice(("song", "hei"))), 150 if landscape else 128, spacing=50, bold=True,
                  color=rng.choice(((40, 30, 30), (150, 30, 30))))
    c.centered(cx + 25, 520 if landscape else 480, "营业执照", title)
    top = 560
    if not landscape:
        c.centered(cx, 570, "（副　本）", Style(label_face, 46, color=BLACK))
        c.text(W - 430, 640, f"副本编号：{rng.randint(1, 3)}-{rng.randint(1, 3)}", Style(label_face, 30, color=BLACK))
        top = 640
    code_st = Style(_pick(rng, "mono"), 40 if landscape else 34, color=BLACK, bold=True)
    c.text(200 if landscape else 150, 300 if landscape else 330, "统一社会信用代码", Style(label_face, 34 if landscape else 30, color=BLACK))
    c.text(200 if landscape else 150, 360 if landscape else 385, code, code_st, "vals", "credit_code")
    qx, qy, qs = (230, 460, 220) if landscape else (W - 380, 280, 200)
    c.qr(qx, qy, qs, f"http://www.gsxt.gov.cn/ztxy.do?cid={code}{rng.randint(1000, 9999)}")
    cap_st = Style(label_face, 20, color=(60, 60, 60))
    caption = ["扫描二维码登录", "“国家企业信用", "信息公示系统”", "了解更多登记、", "备案、许可、监", "管信息。"]
    for i, row in enumerate(caption):
        c.text(qx + qs + 18, qy + 30 + i * 30, row, cap_st) if landscape else c.text(qx - 10, qy + qs + 40 + i * 28, row, cap_st)
    # the label column: 4-character width (名　　称 spread under 法定代表人's width)
    lw = advance("法定代表人", lab.with_(spacing=0)) if rep_label != "执行事务合伙人" else advance("执行事务合伙人", lab)
    lw = max(lw, advance("主要经营场所", lab)) if addr_label == "主要经营场所" else lw
    gap = fpx * 1.4
    period = cn_date(est) + "至" + ("长期" if valid_to == "长期" else cn_date(valid_to)) if valid_to else ""
    misalign = rng.random() < 0.18
    if misalign:
        prints.append("misaligned")
    dy = rng.uniform(-0.28, 0.28) * fpx if misalign else 0.0
    dx = rng.uniform(-0.6, 1.2) * fpx if misalign else 0.0
    est_label = "注册日期" if form == "individual" else "成立日期"
    period_label = "合伙期限" if form == "partnership" else "营业期限"
    rows_left: list[tuple[str, str | None, str]] = [("名称", "name", name), ("类型", "entity_type", etype),
                                                     (rep_label, "legal_representative", person)]
    rows_right: list[tuple[str, str | None, str]] = []
    if form == "individual":
        rows_right.append(("组成形式", None, rng.choice(("个人经营", "家庭经营"))))
    if cap:
        rows_right.append(("成员出资总额" if form == "coop" else "注册资本", "registered_capital", cap))
    rows_right.append((est_label, "established_date", cn_date(est)))
    if period:
        rows_right.append((period_label, "valid_to", period))
    rows_right.append((addr_label, "address", addr))

    def put(x: float, y: float, label: str, key: str | None, value: str, width: float, lwid: float) -> float:
        c.justified(x, y, label, lab, lwid)
        vx = x + lwid + gap + dx
        return c.block(key, vx, y + dy, value, val, width - (vx - x), line_h) - dy + line_h * 0.45

    if landscape:
        lx, rx, y0 = 230, 1500, 800
        colw = 1170 if rx - lx > 1170 else rx - lx - 60
        y = y0
        for label, key, value in rows_left:
            y = put(lx, y, label, key, value, colw, lw)
        c.justified(lx, y, scope_label, lab, lw)
        vx = lx + lw + gap + dx
        c.block("business_scope", vx, y + dy, scope, val.with_(px=fpx * (0.9 if len(scope) > 160 else 1.0)),
                colw - (vx - lx), line_h * (0.85 if len(scope) > 160 else 1.0), max_rows=14)
        lw2 = max(lw, advance("成员出资总额", lab), advance(addr_label, lab))
        y = y0
        for label, key, value in rows_right:
            y = put(rx, y, label, key, value, W - 230 - rx, lw2)
        auth_x, auth_y = W - 820, H - 330
    else:
        lx, y = 180, top + 140
        colw = W - 2 * lx
        rows = rows_left + rows_right
        lw2 = max(lw, advance("成员出资总额", lab) if cap and form == "coop" else 0, advance(addr_label, lab))
        for label, key, value in rows:
            y = put(lx, y, label, key, value, colw, lw2)
        boxed = rng.random() < 0.6
        y += 10
        if boxed:
            prints.append("scope_box")
            c.rect(lx - 20, y - fpx * 1.3, colw + 40, min(H - 520 - y, line_h * 12) + fpx * 0.8, color=(90, 80, 70), width=2)
            c.justified(lx, y, scope_label, lab, lw2)
        else:
            c.justified(lx, y, scope_label, lab, lw2)
        vx = lx + lw2 + gap + dx
        c.block("business_scope", vx, y + dy, scope, val.with_(px=fpx * 0.92), colw - (vx - lx), line_h * 0.9, max_rows=14)
        auth_x, auth_y = W - 760, H - 330
    reg_st = Style(label_face, 38 if landscape else 34, color=BLACK)
    c.text(auth_x, auth_y, "登记机关", reg_st.with_(spacing=8))
    date_st = Style(label_face, 36 if landscape else 32, color=BLACK)
    c.text(auth_x + 40, auth_y + 140, cn_date(issue, pad=False), date_st)
    c.seal(auth_x + 240, auth_y + 40, 140 if landscape else 125, authority, color=(218, 36, 36), alpha=rng.randint(170, 225),
           rot=rng.uniform(-12, 12))
    foot = Style(label_face, 22, color=(70, 60, 50))
    c.centered(W / 2, H - 150, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", foot)
    c.centered(W / 2, H - 115, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", foot)
    c.centered(W / 2, H - 82, "国家市场监督管理总局监制", foot.with_(px=20))
    fx = rng.random()
    values_fx = "faded" if fx < 0.15 else ""
    if values_fx:
        prints.append("faded_toner")
    page = c.render(values_fx, np.random.default_rng(rng.randint(0, 2**31)))
    return Doc("business_license", page, {}, c.drawn, c.boxes, prints=prints)


# ------------------------------------------------------------------------------------------- helpers
def hand(c: Canvas, x: float, base: float, s: str, px: float, rng: random.Random, color=(28, 40, 110),
         key: str | None = None) -> float:
    """Handwriting: a 楷 face, each character a little turned, raised and resized, blue-black ink."""
    fam = _pick(rng, "kai")
    cx = x
    for ch in s:
        st = Style(fam, px * rng.uniform(0.9, 1.12), color=color)
        c.text(cx, base + rng.uniform(-0.12, 0.12) * px, ch, st, "ink", rot=rng.uniform(-6, 6))
        cx += advance(ch, st) * rng.uniform(0.92, 1.08)
    if key:
        c.drawn.setdefault(key, []).append(s)
    return cx - x


def _paragraphs(c: Canvas, x: float, y: float, width: float, paras: list[str], st: Style, line_h: float) -> float:
    for para in paras:
        y = c.block(None, x + (st.px * 2 if not para.startswith(("甲方", "乙方", "委托人", "受托人")) else 0), y, para, st,
                    width - st.px * 2, line_h, layer="base", first_width=width - st.px * 2)
        y += line_h * 0.3
    return y


HEALTH_ITEMS = ("住宿场所", "美容店", "理发店", "美容店、理发店", "沐浴场所", "沐浴场所（足浴）", "游泳场所", "歌舞厅",
                "游艺厅", "商场（超市）", "候诊室", "宾馆", "公共浴室", "健身房")
FOOD_FORMS = ("食品销售经营者（食杂店）", "食品销售经营者（超市）", "食品销售经营者（便利店）", "餐饮服务经营者（小型餐馆）",
              "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）", "单位食堂（学校食堂）",
              "单位食堂（职工食堂）")
FOOD_ITEMS_NEW = ("预包装食品销售（含冷藏冷冻食品）", "散装食品销售（含冷藏冷冻食品）", "散装食品销售（不含冷藏冷冻食品）",
                  "热食类食品制售", "冷食类食品制售", "自制饮品制售（不含自酿酒）", "保健食品销售", "糕点类食品制售（含裱花蛋糕）",
                  "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售")
FOOD_ITEMS_OLD = ("预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
                  "自制饮品制售", "保健食品销售", "糕点类食品制售", "生食类食品制售", "婴幼儿配方乳粉销售")


def _venue_name(v: Vocab, reg: tuple, rng: random.Random, items: str) -> str:
    word = rng.choice(("云帆", "锦程", "悦来", "瑞丰", "星瀚", "嘉禾", "蓝海", "润泽", "御膳坊", "禾木"))
    if "住宿" in items or "宾馆" in items:
        tail = rng.choice(("酒店管理有限公司", "宾馆", "快捷酒店有限公司", "商务酒店"))
    elif "美容" in items or "理发" in items:
        tail = rng.choice(("美容美发店", "美发工作室", "美容养生馆"))
    elif "沐浴" in items or "浴" in items:
        tail = rng.choice(("足浴店", "沐浴中心", "养生会所有限公司"))
    elif "游泳" in items or "健身" in items:
        tail = rng.choice(("健身服务有限公司", "游泳馆"))
    else:
        tail = rng.choice(("文化娱乐有限公司", "商贸有限公司", "百货店"))
    head = v.city_short(reg) + ("市" if rng.random() < 0.3 else "") if rng.random() < 0.6 else reg[3]
    return head + word + tail


# ------------------------------------------------------------------------------ 公共场所卫生许可证
def health_licence(v: Vocab, rng: random.Random) -> Doc:
    reg = v.region()
    items = rng.choice(HEALTH_ITEMS)
    name = _venue_name(v, reg, rng, items)
    person = v.person()
    addr = v.address(reg, long=rng.random() < 0.3)
    start = rand_date(rng, dt.date(2021, 1, 1), dt.date(2026, 10, 1))
    end = add_years(start, 4) - dt.timedelta(days=1)
    year = start.year
    br = rng.choice((("〔", "〕"), ("（", "）"), ("[", "]")))
    no = f"{reg[1]}卫公证字{br[0]}{year}{br[1]}第{reg[4]}{rng.randint(0, 999999):06d}号"
    form = rng.choice(("laser", "preprinted", "preprinted"))
    land = rng.random() < 0.3
    W, H = (2400, 1700) if land else (1700, 2400)
    c = Canvas(W, H, paper=rng.choice(((252, 251, 246), (246, 248, 250))))
    c.guilloche(50, 50, W - 100, H - 100, color=(120, 150, 190), band=40, seed=rng.randint(0, 9))
    lab_face = _pick(rng, rng.choice(("song", "hei")))
    c.emblem(W / 2, 200, 80)
    c.centered(W / 2, 420, "卫生许可证", Style(_pick(rng, "song"), 110, spacing=40, bold=True, color=(30, 30, 30)))
    prints = ["dotmatrix", "misaligned"] if form == "preprinted" else []
    val_face = _pick(rng, "mono") if form == "preprinted" else _pick(rng, rng.choice(("song", "hei", "kai")))
    val = Style(val_face, 44 if land else 42, color=BLACK, bold=form == "preprinted")
    lab = Style(lab_face, 42 if land else 40, color=(30, 30, 30))
    if form == "preprinted":
        c.text(W / 2 - 420, 520, "证号：", lab)
        c.text(W / 2 - 420 + advance("证号：", lab) + rng.uniform(-10, 30), 520 + rng.uniform(-10, 10), no, val, "vals", "license_no")
    else:
        c.centered(W / 2, 520, no, val.with_(px=40), "vals", "license_no")
    rows = [("单位名称", "name", name), ("法定代表人（负责人）", "legal_representative", person), ("地址", "address", addr),
            ("许可项目", "license_items", items),
            ("有效期限", "validity", f"自{cn_date(start)}至{cn_date(end)}")]
    lw = advance("法定代表人（负责人）", lab)
    x = 170 if not land else 260
    y = 700 if not land else 660
    dx, dy = (rng.uniform(0, 40), rng.uniform(-14, 14)) if form == "preprinted" else (0, 0)
    for label, key, value in rows:
        if label == "法定代表人（负责人）":
            c.text(x, y, label, lab)
        else:
            c.justified(x, y, label, lab, lw)
        vx = x + lw + 40
        if form == "preprinted":
            c.line(vx - 10, y + 12, W - x, y + 12, color=(90, 90, 90), width=1.5)
        y2 = c.block(key, vx + dx, y + dy, value, val, W - x - vx - dx, val.px * 1.6)
        if form == "preprinted":
            yy = y + val.px * 1.6
            while yy < y2 - val.px:
                c.line(vx - 10, yy + 12, W - x, yy + 12, color=(90, 90, 90), width=1.5)
                yy += val.px * 1.6
        y = max(y2 - dy, y + val.px * 1.6) + 40
    auth = f"{reg[2]}{reg[3]}卫生健康局" if rng.random() < 0.7 else f"{reg[2]}{reg[3]}卫生计生监督所"
    ax, ay = W - 760, H - 330
    c.text(ax, ay, "发证机关：", lab)
    c.text(ax + advance("发证机关：", lab), ay, auth if len(auth) < 12 else "", lab)
    c.text(ax + 80, ay + 110, cn_date(start, pad=False), lab)
    c.seal(ax + 260, ay + 20, 130, auth, color=(220, 40, 40), alpha=rng.randint(170, 220), rot=rng.uniform(-15, 15))
    c.centered(W / 2, H - 120, "复核记录：" + "　" * 20, Style(lab_face, 26, color=(90, 90, 90)))
    page = c.render("dotmatrix" if form == "preprinted" else ("faded" if rng.random() < 0.2 else ""),
                    np.random.default_rng(rng.randint(0, 2**31)))
    d = Doc("public_health_license", page,
            {"license_no": no, "name": name, "legal_representative": person, "address": addr, "license_items": items,
             "valid_from": start.isoformat(), "valid_to": end.isoformat()},
            c.drawn, c.boxes, variant=f"{'land' if land else 'port'}-{form}", prints=prints)
    d.drawn["valid_from"] = d.drawn["valid_to"] = d.drawn["validity"]
    d.boxes["valid_from"] = d.boxes["valid_to"] = d.boxes["validity"]
    return d


# ------------------------------------------------------------------------------- 食品经营许可证
def food_licence(v: Vocab, rng: random.Random) -> Doc:
    reg = v.region()
    new = rng.random() < 0.6
    bform = rng.choice(FOOD_FORMS)
    person = v.person()
    if bform.startswith("单位食堂"):
        name = f"{v.city_short(reg)}{rng.choice(('第一中学', '实验小学', '机械厂', '人民医院', '职业技术学院'))}" + ("食堂" if rng.random() < 0.5 else "")
        code = v.uscc(reg[4], "1")
        code = code[:1] + rng.choice("125") + code[2:17]
        from .values import uscc_check

        code = code + uscc_check(code)
    elif rng.random() < 0.5:
        name = v.shop_name(reg, person)
        code = v.uscc(reg[4], "2")
    else:
        name, _k = v.company(reg)
        code = v.uscc(reg[4], "1")
    addr = v.address(reg)
    premises = addr if rng.random() < 0.55 else v.address(reg, long=True)
    pool = FOOD_ITEMS_NEW if new else FOOD_ITEMS_OLD
    if bform.startswith("食品销售"):
        pool = tuple(p for p in pool if "销售" in p)
    items_list = rng.sample(pool, k=min(len(pool), rng.randint(1, 5)))
    sep = rng.choice(("，", "；", "、", ","))
    items = sep.join(items_list)
    start = rand_date(rng, dt.date(2019, 1, 1), dt.date(2026, 10, 1))
    end = add_years(start, 5) - dt.timedelta(days=1)
    cat = "1" if bform.startswith("食品销售") else "2" if bform.startswith("餐饮") else "3"
    no = f"JY{cat}{reg[4]}{rng.randint(0, 9999999):07d}"
    auth = f"{reg[2]}{reg[3]}市场监督管理局"
    land = new and rng.random() < 0.7
    W, H = (2800, 1980) if land else (1700, 2400)
    c = Canvas(W, H, paper=(252, 251, 247))
    c.guilloche(55, 55, W - 110, H - 110, color=(110, 160, 120) if new else (170, 140, 100), band=48, seed=rng.randint(0, 9))
    lab_face = _pick(rng, rng.choice(("song", "hei")))
    val_face = lab_face if rng.random() < 0.5 else _pick(rng, rng.choice(("song", "hei", "kai")))
    prints = ["mixed_face"] if val_face != lab_face else []
    fpx = 38 if land else 36
    lab = Style(lab_face, fpx, color=BLACK)
    val = Style(val_face, fpx, color=BLACK, stretch=rng.choice((100, 100, 92)))
    c.centered(W / 2, 300 if land else 280, "食品经营许可证", Style(_pick(rng, "song"), 110 if land else 96, spacing=24, bold=True,
                                                                   color=(30, 30, 30)))
    if not new:
        c.centered(W / 2, 380, "（副本）" if not land else "", Style(lab_face, 40))
    rep_label = "法定代表人（负责人）"
    code_label = "统一社会信用代码" if new else "社会信用代码（身份证号码）"
    rows: list[tuple[str, str | None, str]] = [("经营者名称", "name", name), (code_label, "credit_code", code),
                                                (rep_label, "legal_representative", person), ("住所", "address", addr),
                                                ("经营场所", "premises_address", premises), ("主体业态", "business_form", bform),
                                                ("经营项目", "business_items", items)]
    tail_rows: list[tuple[str, str | None, str]] = [("许可证编号", "license_no", no)]
    if not new:
        tail_rows += [("日常监督管理机构", None, f"{reg[3]}市场监督管理局{rng.choice(('城关', '东城', '新区', '中心'))}市场监管所"),
                      ("日常监督管理人员", None, f"{v.person()}、{v.person()}")]
    tail_rows += [("有效期至", "valid_to", cn_date(end))]
    lw = max(advance(label, lab) for label, _k, _v in rows + tail_rows)
    gap = fpx * 1.2
    line_h = fpx * 1.55

    def put(x, y, label, key, value, width):
        c.justified(x, y, label, lab, lw) if len(label) <= 5 else c.text(x, y, label, lab)
        vx = x + lw + gap
        return c.block(key, vx, y, value, val, width - lw - gap, line_h) + line_h * 0.35

    if land:
        y = 520
        for label, key, value in rows:
            y = put(220, y, label, key, value, 1500)
        y = 620
        c.qr(W - 640, 420, 240, f"https://spscxkz.samr.gov.cn/?no={no}")
        for label, key, value in tail_rows:
            y = put(1820, y + 200 if key == "license_no" else y, label, key, value, 780)
        ax, ay = W - 760, H - 380
    else:
        y = 520
        for label, key, value in rows + tail_rows:
            y = put(160, y, label, key, value, W - 320)
        c.qr(W - 330, 130, 200, f"https://spscxkz.samr.gov.cn/?no={no}") if new else None
        ax, ay = W - 720, H - 330
    c.text(ax, ay, "发证机关：", lab)
    c.text(ax, ay + 70, f"签发人：{v.person()}", lab)
    c.text(ax + 60, ay + 150, cn_date(start, pad=False), lab)
    c.seal(ax + 300, ay + 50, 130, auth, color=(220, 40, 40), alpha=rng.randint(170, 220), rot=rng.uniform(-15, 15))
    c.centered(W / 2, H - 140, "投诉举报电话：12315" if new else "投诉举报电话：12331", Style(lab_face, 28, color=(60, 60, 60)))
    c.centered(W / 2, H - 95, "国家市场监督管理总局监制" if new else "国家食品药品监督管理总局监制", Style(lab_face, 22, color=(80, 80, 80)))
    page = c.render("faded" if rng.random() < 0.15 else "", np.random.default_rng(rng.randint(0, 2**31)))
    return Doc("food_business_license", page,
               {"license_no": no, "name": name, "credit_code": code, "legal_representative": person, "address": addr,
                "premises_address": premises, "business_form": bform, "business_items": items,
                "valid_to": end.isoformat()},
               c.drawn, c.boxes, variant=f"{'2023' if new else '2015'}-{'land' if land else 'port'}", prints=prints)


# --------------------------------------------------------------------------------------- negatives
def _form_grid(c: Canvas, x: float, y: float, w: float, rows: list[tuple[str, str]], lab: Style, rng: random.Random,
               row_h: float = 120, fill: float = 0.6) -> float:
    """A ruled application form: label cells on the left, values handwritten or left empty."""
    lw = w * 0.24
    for label, value in rows:
        h = row_h * (2.2 if len(value) > 22 else 1)
        c.rect(x, y, lw, h, color=(40, 40, 40), width=2)
        c.rect(x + lw, y, w - lw, h, color=(40, 40, 40), width=2)
        c.centered(x + lw / 2, y + h / 2 + lab.px * 0.35, label, lab)
        if value and rng.random() < fill:
            vx = x + lw + 24
            first = value[:22]
            hand(c, vx, y + row_h * 0.62, first, lab.px * 1.15, rng)
            if len(value) > 22:
                hand(c, vx, y + row_h * 1.62, value[22:44], lab.px * 1.15, rng)
        y += h
    return y


def neg_application(v: Vocab, rng: random.Random) -> Doc:
    reg = v.region()
    c = Canvas(1700, 2400)
    song = Style(_pick(rng, "song"), 34, color=BLACK)
    person = v.person()
    if rng.random() < 0.5:
        name, key = v.company(reg)
        c.centered(850, 200, "公司登记（备案）申请书", song.with_(px=64, bold=True))
        c.text(160, 300, "注：请仔细阅读本申请书《填写说明》，按要求填写。", song.with_(px=26))
        rows = [("名　　称", name), ("名称预先核准文号", ""), ("住　　所", v.address(reg)), ("法定代表人", person),
                ("注册资本", f"{rng.choice((50, 100, 200, 500))}万元"), ("公司类型", rng.choice(v_company_types())),
                ("经营范围", v.scope(key)[:60]), ("经营期限", rng.choice(("长期", "20年"))), ("联系电话", f"1{rng.randint(3, 9)}{rng.randint(0, 999999999):09d}")]
        variant = "company_application"
    else:
        name = v.shop_name(reg, person)
        c.centered(850, 200, "个体工商户开业登记申请书", song.with_(px=64, bold=True))
        rows = [("经营者姓名", person), ("身份证号码", v.id_number(reg[4], rand_date(rng, dt.date(1960, 1, 1), dt.date(2000, 1, 1)), "男")),
                ("个体工商户名称", name), ("组成形式", "□个人经营　□家庭经营"), ("经营场所", v.address(reg)),
                ("经营范围", v.scope(rng.choice(("food", "trade")), old=True)[:40]), ("从业人数", str(rng.randint(1, 8)))]
        variant = "individual_application"
    y = _form_grid(c, 140, 380, 1420, rows, song, rng, fill=rng.choice((0.0, 0.8, 1.0)))
    c.text(160, y + 120, "申请人签字：", song)
    hand(c, 400, y + 120, person, 44, rng)
    c.text(1000, y + 120, f"{TODAY.year}年　　月　　日", song)
    return Doc("other", c.render(), {}, {}, {}, variant=variant)


def neg_invoice(v: Vocab, rng: random.Random) -> Doc:
    reg = v.region()
    c = Canvas(2400, 1400, paper=(253, 252, 248))
    brown = (150, 80, 50)
    st = Style(_pick(rng, "song"), 30, color=brown)
    vs = Style(_pick(rng, "song"), 30, color=BLACK)
    c.centered(1200, 120, "电子发票（普通发票）", st.with_(px=60, bold=True))
    c.text(1700, 100, f"发票号码：{rng.randint(10**19, 10**20 - 1)}", st.with_(px=26))
    c.text(1700, 150, f"开票日期：{cn_date(rand_date(rng, dt.date(2025, 1, 1), TODAY))}", st.with_(px=26))
    c.rect(100, 200, 2200, 1050, color=brown, width=3)
    c.line(1200, 200, 1200, 420, color=brown)
    c.line(100, 420, 2300, 420, color=brown)
    for i, (side, (nm, code)) in enumerate((("购买方信息", (v.company(reg)[0], v.uscc(reg[4]))),
                                             ("销售方信息", (v.company(v.region())[0], v.uscc(v.region()[4]))))):
        x0 = 100 + i * 1100
        c.text(x0 + 20, 260, side[:3], st)
        c.text(x0 + 20, 300, side[3:], st)
        c.text(x0 + 120, 280, "名称：", st)
        c.text(x0 + 210, 280, nm, vs)
        c.text(x0 + 120, 360, "统一社会信用代码/纳税人识别号：", st.with_(px=26))
        c.text(x0 + 520, 360, code, vs)
    heads = ("项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额")
    for j, hd in enumerate(heads):
        c.text(130 + j * 270, 470, hd, st.with_(px=26))
    total = 0.0
    for k in range(rng.randint(1, 4)):
        amt = rng.randint(100, 20000) + rng.randint(0, 99) / 100
        total += amt
        item = rng.choice(("*信息技术服务*技术服务费", "*办公用品*打印纸", "*餐饮服务*餐费", "*劳务*保洁服务", "*电子计算机*笔记本电脑"))
        c.text(130, 540 + k * 60, item, vs.with_(px=26))
        c.text(130 + 5 * 270, 540 + k * 60, f"{amt:.2f}", vs.with_(px=26))
        c.text(130 + 6 * 270, 540 + k * 60, rng.choice(("6%", "13%", "1%")), vs.with_(px=26))
    c.line(100, 1000, 2300, 1000, color=brown)
    c.text(130, 1060, "价税合计（大写）", st)
    c.text(700, 1060, f"（小写）¥{total * 1.06:.2f}", vs)
    c.text(130, 1200, f"开票人：{v.person()}", st)
    return Doc("other", c.render(), {}, {}, {}, variant="invoice")


def _letter_like(v: Vocab, rng: random.Random, title: str, paras: list[str], company: str, variant: str,
                 letterhead: bool) -> Doc:
    c = Canvas(1700, 2400)
    st = Style(_pick(rng, rng.choice(("song", "kai"))), 38, color=BLACK)
    if letterhead:
        c.centered(850, 170, company, Style(_pick(rng, rng.choice(("song", "fancy", "hei"))), 66, bold=True, color=(200, 30, 30), spacing=6))
        c.line(120, 220, 1580, 220, color=(200, 30, 30), width=6)
        c.line(120, 232, 1580, 232, color=(200, 30, 30), width=2)
    c.centered(850, 360, title, st.with_(px=60, bold=True, spacing=10))
    y = _paragraphs(c, 150, 480, 1400, paras, st, 64)
    d = TODAY - dt.timedelta(days=rng.randint(0, 400))
    c.text(1000, y + 160, company if len(company) < 16 else company[:16], st)
    c.text(1050, y + 240, cn_date(d, pad=False), st)
    c.seal(1240, y + 170, 150, company, color=(222, 36, 36), alpha=rng.randint(170, 225), rot=rng.uniform(-20, 20))
    return Doc("other", c.render("faded" if rng.random() < 0.2 else ""), {}, {}, {}, variant=variant)


def neg_authorisation(v: Vocab, rng: random.Random) -> Doc:
    reg = v.region()
    company, _ = v.company(reg)
    rep, agent = v.person(), v.person()
    idn = v.id_number(reg[4], rand_date(rng, dt.date(1965, 1, 1), dt.date(2002, 1, 1)), rng.choice("男女"))
    paras = [f"委托人：{company}", f"法定代表人：{rep}", f"受托人：{agent}　身份证号码：{idn}",
             f"现委托{agent}作为我单位的代理人，前往{reg[2]}{reg[3]}政务服务中心办理营业执照变更登记及相关事宜。"
             "受托人在办理上述事项过程中所签署的有关文件，我单位均予以认可，并承担相应的法律责任。",
             "委托期限：自签字之日起至上述事项办理完毕为止。"]
    return _letter_like(v, rng, "授权委托书", paras, company, "authorisation", letterhead=False)


def neg_letter(v: Vocab, rng: random.Random) -> Doc:
    reg = v.region()
    company, _ = v.company(reg)
    addr = v.address(reg)
    paras = [f"{reg[2]}{reg[3]}政务服务中心：",
             f"我单位{company}（统一社会信用代码：{v.uscc(reg[4])}）住所位于{addr}。因经营发展需要，"
             "拟申请办理相关许可事项，现将有关情况说明如下：",
             "一、我单位经营场所产权清晰，已签订租赁合同，租赁期限五年；二、经营场所符合消防及卫生管理要求；"
             "三、以上所述内容真实有效，如有虚假，愿承担相应法律责任。",
             "特此说明。"]
    return _letter_like(v, rng, rng.choice(("情况说明", "承诺书", "关于办理许可事项的申请")), paras, company, "letterhead", letterhead=True)


def neg_lease(v: Vocab, rng: random.Random) -> Doc:
    reg = v.region()
    owner, tenant = v.person(), v.company(reg)[0]
    addr = v.address(reg)
    c = Canvas(1700, 2400)
    st = Style(_pick(rng, "song"), 36, color=BLACK)
    c.centered(850, 200, "房屋租赁合同", st.with_(px=64, bold=True, spacing=12))
    paras = [f"出租方（甲方）：{owner}", f"身份证号码：{v.id_number(reg[4], rand_date(rng, dt.date(1955, 1, 1), dt.date(1995, 1, 1)), '男')}",
             f"承租方（乙方）：{tenant}", f"统一社会信用代码：{v.uscc(reg[4])}",
             f"第一条　甲方将坐落于{addr}的房屋出租给乙方作为经营场所使用，建筑面积{rng.randint(30, 600)}平方米。",
             f"第二条　租赁期限自{cn_date(rand_date(rng, dt.date(2023, 1, 1), TODAY))}起，共{rng.choice(('三', '五', '十'))}年。",
             f"第三条　月租金为人民币{rng.randint(2, 60)}000元整，按季度支付，乙方应于每季度首月五日前支付。",
             "第四条　租赁期间，乙方不得擅自改变房屋结构和用途，因乙方使用不当造成房屋损坏的，由乙方负责修复或赔偿。",
             "第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。"]
    y = _paragraphs(c, 150, 330, 1400, paras, st, 60)
    c.text(150, y + 150, "甲方（签字）：", st)
    hand(c, 420, y + 150, owner, 48, rng)
    c.text(900, y + 150, "乙方（盖章）：", st)
    c.seal(1250, y + 140, 130, tenant, color=(222, 36, 36), alpha=200, rot=rng.uniform(-20, 20))
    return Doc("other", c.render(), {}, {}, {}, variant="lease")


def neg_blank(v: Vocab, rng: random.Random) -> Doc:
    c = Canvas(1700, 2400, paper=rng.choice(((250, 250, 248), (244, 242, 236))))
    if rng.random() < 0.5:                     # faint show-through of a printed back side
        c.centered(850, 300, "（背面）" + "　" * 3, Style(_pick(rng, "song"), 40, color=(236, 236, 234)))
    return Doc("other", c.render(), {}, {}, {}, variant="blank")


def neg_desk(v: Vocab, rng: random.Random) -> Doc:
    """No document at all: a desk with a keyboard, a mug and a pen (a capture fired by mistake)."""
    import cv2

    from .capture import _desk

    W, H = 3264, 2448
    img = _desk(W, H, rng, rng.choice(("wood", "laminate")))
    cv2.rectangle(img, (int(W * 0.1), int(H * 0.65)), (int(W * 0.8), int(H * 1.0)), (38, 38, 42), -1)
    for i in range(12):
        for j in range(3):
            x, y = int(W * 0.12 + i * W * 0.055), int(H * 0.68 + j * H * 0.09)
            cv2.rectangle(img, (x, y), (x + int(W * 0.045), y + int(H * 0.07)), (70, 70, 76), -1)
    cv2.circle(img, (int(W * 0.85), int(H * 0.3)), int(W * 0.07), (240, 240, 236), -1)
    cv2.circle(img, (int(W * 0.85), int(H * 0.3)), int(W * 0.055), (90, 50, 30), -1)
    cv2.line(img, (int(W * 0.3), int(H * 0.2)), (int(W * 0.55), int(H * 0.35)), (20, 20, 20), 26)
    return Doc("other", np.clip(img, 0, 255).astype(np.uint8), {}, {}, {}, variant="desk_photo")


NEGATIVES = ((neg_application, 5), (neg_invoice, 3), (neg_letter, 3), (neg_authorisation, 3), (neg_lease, 3),
             (neg_blank, 2), (neg_desk, 1))


def negative(v: Vocab, rng: random.Random) -> Doc:
    fns, weights = zip(*NEGATIVES, strict=True)
    return rng.choices(fns, weights)[0](v, rng)


MORE_MAKERS = {"public_health_license": health_licence, "food_business_license": food_licence, "other": negative}
