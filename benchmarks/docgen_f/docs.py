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
from .values import TODAY, Vocab, cn_date, rand_date

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
