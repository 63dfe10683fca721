"""Family Z's documents as HTML pages (benchmarks/docgen_z/draw.py), each with its truth: the
second-generation ID card (front, back), the 2019 营业执照 (正本 landscape, 副本 portrait; companies,
branches, partnerships, sole proprietorships, 个体工商户), 公共场所卫生许可证 in two local layouts, the
食品经营许可证 (2015 template and the 2023 one), and negatives (blank page, receipt, form, letter, other
certificates). Values from values.py; dates as the documents print them, truth as FIELDS.md says."""

from __future__ import annotations

import datetime as dt

import numpy as np

from benchmarks.docgen_z import faces as FC
from benchmarks.docgen_z import values as V
from benchmarks.docgen_z.draw import Page, background_lines, emblem, guilloche, portrait, qr, seal

F = dict[str, dict]


def _f(v: str) -> dict:
    return {"value": v, "unreadable": False}


def cn_date(d: dt.date, pad: bool = True, spaced: bool = False) -> str:
    sp = " " if spaced else ""
    if pad:
        return f"{d.year}{sp}年{sp}{d.month:02d}{sp}月{sp}{d.day:02d}{sp}日"
    return f"{d.year}{sp}年{sp}{d.month}{sp}月{sp}{d.day}{sp}日"


def pick(rng, seq):  # noqa: ANN001, ANN201
    return V.pick(rng, seq)


# ------------------------------------------------------------------ ID card (CR80 at 12.5 px/mm)
CW, CH = 1070, 675


def id_front(rng: np.random.Generator) -> tuple[Page, F, str]:
    p = V.place(rng)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2010, 12, 31))
    name = V.person_name(rng)
    nation = pick(rng, V.NATIONS)
    addr = V.address(rng, p)
    idn = V.id_number(p[4], birth, male, rng)
    pg = Page(CW, CH, "#eef3f4")
    pg.svg(0, 0, CW, CH, background_lines(rng, CW, CH, "#8fb6c9", 0.35)
           + f'<circle cx="{CW * 0.55}" cy="{CH * 0.45}" r="{CH * 0.32}" fill="none" stroke="#a9c6d6" stroke-width="1.2" stroke-opacity="0.6"/>')
    lab = pick(rng, ["FandolHei", "FandolHei", "DroidFallback"])
    val = pick(rng, ["FandolHei", "FandolSong", "DroidFallback", "FandolHei"])
    num = pick(rng, FC.DIGIT)
    lc = "color:#2c6fa0;"
    fs = 33
    x0, xv = 80, 190
    pg.label("姓名", lab, fs * 0.85, x0, 75, 80, lc)
    pg.text(name, val, fs * 1.05, xv, 70)
    pg.label("性别", lab, fs * 0.85, x0, 150, 80, lc)
    pg.text("男" if male else "女", val, fs, xv, 146)
    pg.label("民族", lab, fs * 0.85, 320, 150, 80, lc)
    pg.text(nation, val, fs, 430, 146)
    pg.label("出生", lab, fs * 0.85, x0, 222, 80, lc)
    pg.text(f"{birth.year}", num, fs, xv, 218)
    pg.text("年", lab, fs * 0.85, xv + 92, 222, lc)
    pg.text(f"{birth.month}", num, fs, xv + 150, 218)
    pg.text("月", lab, fs * 0.85, xv + 150 + 24 * len(str(birth.month)) + 12, 222, lc)
    pg.text(f"{birth.day}", num, fs, xv + 265, 218)
    pg.text("日", lab, fs * 0.85, xv + 265 + 24 * len(str(birth.day)) + 12, 222, lc)
    pg.label("住址", lab, fs * 0.85, x0, 296, 80, lc)
    pg.para(addr, val, fs, xv, 292, fs * 11 + 4, 1.42)
    pg.text("公民身份号码", lab, fs * 0.85, x0, 540, lc)
    pg.text(idn, num, fs * 1.2, 370, 533, "letter-spacing:3px;")
    pg.svg(700, 110, 290, 360, portrait(rng, 290, 360))
    fields = {"name": _f(name), "sex": _f("男" if male else "女"), "nation": _f(nation),
              "birth_date": _f(birth.isoformat()), "address": _f(addr), "id_number": _f(idn)}
    return pg, fields, "front"


def id_back(rng: np.random.Generator) -> tuple[Page, F, str]:
    p = V.place(rng)
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2012, 12, 31))
    issue = V.date_between(rng, max(birth + dt.timedelta(days=365 * 5), dt.date(2008, 1, 1)), V.TODAY - dt.timedelta(days=30))
    age = (issue - birth).days // 365
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    to = V.add_years(issue, years).isoformat() if years else "长期"
    prov, _, city, county = p[:4]
    # a district's police are a 分局 of the city's 公安局, named without 区 / 新区 (浦东分局, 岳麓分局);
    # a county-level city has its own 公安局
    branch = county.removesuffix("新区").removesuffix("区") if len(county) > 2 else county
    if county.endswith("市"):
        auth = f"{county}公安局"
    elif prov in ("北京市", "上海市", "重庆市"):
        auth = f"{prov}公安局{branch}分局"
    else:
        auth = f"{city}公安局{branch}分局"
    pg = Page(CW, CH, "#f1f4ee")
    pg.svg(0, 0, CW, CH, background_lines(rng, CW, CH, "#9fc0a8", 0.35)
           + f'<circle cx="{CW * 0.5}" cy="{CH * 0.42}" r="{CH * 0.3}" fill="none" stroke="#c0b090" stroke-width="1" stroke-opacity="0.5"/>')
    pg.svg(70, 60, 170, 170, emblem(170))
    tface = pick(rng, ["FandolHeiBold", "FandolSongBold", "FandolHei"])
    pg.text("中华人民共和国", tface, 52, 330, 85, "letter-spacing:12px;")
    pg.text("居民身份证", tface, 80, 330, 175, "letter-spacing:22px;")
    lab = pick(rng, ["FandolHei", "DroidFallback"])
    val = pick(rng, ["FandolHei", "FandolSong", "DroidFallback"])
    lc = "color:#2c6fa0;"
    pg.label("签发机关", lab, 30, 240, 460, 130, lc)
    pg.text(auth, val, 33, 400, 455)
    pg.label("有效期限", lab, 30, 240, 545, 130, lc)
    sep = pick(rng, ["-", "-", "—"])
    num = pick(rng, FC.DIGIT)
    end = "长期" if years == 0 else V.add_years(issue, years).strftime("%Y.%m.%d")
    if years == 0:
        pg.text(issue.strftime("%Y.%m.%d") + sep, num, 33, 400, 542)
        pg.text("长期", val, 33, 400 + 33 * 0.6 * 11 + 6, 542)
    else:
        pg.text(issue.strftime("%Y.%m.%d") + sep + end, num, 33, 400, 542)
    fields = {"issuing_authority": _f(auth), "valid_from": _f(issue.isoformat()), "valid_to": _f(to)}
    return pg, fields, "back-" + ("long" if years == 0 else f"{years}y")


# ------------------------------------------------------------------ 营业执照 (2019 template)
QR_CAPTION = ["扫描二维码登录", "‘国家企业信用信息公示系统’", "了解更多登记、备案、", "许可、监管信息。"]


def _registrar(p: tuple, rng: np.random.Generator) -> str:
    prov, _, city, county = p[:4]
    if rng.random() < 0.6:
        return (f"{prov}{county}市场监督管理局" if prov in ("北京市", "上海市", "重庆市")
                else f"{city}{county}市场监督管理局")
    return f"{city or prov}市场监督管理局"


def business_license(rng: np.random.Generator) -> tuple[Page, F, str]:
    p = V.place(rng)
    r = rng.random()
    ent = V.ENTITY[0 if r < 0.25 else 1 if r < 0.45 else 2 if r < 0.52 else 3 if r < 0.57 else 4 if r < 0.61
                   else 5 if r < 0.69 else 6 if r < 0.74 else 7 if r < 0.78 else 8]
    etype, prefix, rep_label, form = ent
    name, key = V.company(rng, p, form)
    rep = V.person_name(rng)
    code = V.uscc(rng, prefix, p[4])
    est = V.date_between(rng, dt.date(2001, 1, 1), V.TODAY - dt.timedelta(days=20))
    issue = V.date_between(rng, est, V.TODAY) if rng.random() < 0.4 else est
    indiv = form == "个体"
    has_cap = form in ("有限公司", "股份有限公司")
    cap = V.capital(rng) if has_cap else ""
    if indiv:
        term_to, term_txt = "", ""
    elif rng.random() < 0.55:
        term_to, term_txt = "长期", f"{cn_date(est)}至长期" if rng.random() < 0.8 else "长期"
    else:
        end = V.add_years(est, int(pick(rng, [10, 20, 20, 30, 50]))) - dt.timedelta(days=1)
        term_to, term_txt = end.isoformat(), f"{cn_date(est)}至{cn_date(end)}"
    addr_label = {"分公司": "营业场所", "合伙": "主要经营场所", "个体": "经营场所"}.get(form, "住所")
    addr = V.address(rng, p, long=True)
    scope = V.scope_individual(rng, key) if indiv else V.scope(rng, key, short=rng.random() < 0.25)
    est_label = "注册日期" if indiv else "成立日期"
    term_label = "合伙期限" if form == "合伙" else "营业期限"
    landscape = rng.random() < 0.55
    rows = [("名称", name), ("类型", etype)]
    if indiv:
        rows += [("经营者", rep), ("组成形式", pick(rng, ["个人经营", "个人经营", "家庭经营"])), (est_label, cn_date(est)),
                 (addr_label, addr)]
    else:
        rows += [(rep_label, rep)]
        if has_cap:
            rows += [("注册资本", cap)]
        if form == "合伙" and rng.random() < 0.5:
            rows += [("出资额", V.capital(rng).replace("人民币", ""))]
        rows += [(est_label, cn_date(est)), (term_label, term_txt), (addr_label, addr)]
    rows += [("经营范围", scope)]
    variant = ("bl-zheng" if landscape else "bl-fu") + "-" + {"有限公司": "co", "股份有限公司": "corp", "分公司": "branch",
                                                                "合伙": "partner", "独资": "sole", "个体": "indiv"}[form]
    pg = _bl_page(rng, landscape, rows, code, _registrar(p, rng), issue, indiv)
    fields = {"name": _f(name), "credit_code": _f(code), "entity_type": _f(etype), "legal_representative": _f(rep),
              "registered_capital": _f(cap), "established_date": _f(est.isoformat()), "address": _f(addr),
              "business_scope": _f(scope), "valid_to": _f(term_to)}
    return pg, fields, variant


def _fit_size(text: str, fs: float, width: float, room: float) -> float:
    """The size a long 经营范围 is set in so it ends above the registrar block / footer (real
    licences print long scopes smaller)."""
    while fs > 15 and np.ceil(len(text) * fs / width) * fs * 1.5 > room:
        fs *= 0.93
    return fs


def _bl_page(rng: np.random.Generator, landscape: bool, rows: list[tuple[str, str]], code: str, registrar: str,
             issue: dt.date, indiv: bool) -> Page:
    W, H = (2000, 1414) if landscape else (1240, 1754)
    pg = Page(W, H, pick(rng, ["#fffdf8", "#fdfbf3", "#ffffff"]))
    gcol = pick(rng, ["#b9923a", "#c49a46", "#a8873c"])
    band = 34 if landscape else 26
    pg.svg(0, 0, W, H, guilloche(rng, W, H, gcol, 24, band))
    s = 1.0 if landscape else 0.78
    title_f = pick(rng, FC.CJK_TITLE)
    lab_f = pick(rng, ["FandolHei", "FandolHeiBold", "FandolSong", "SungtiL"])
    val_f = pick(rng, ["FandolSong", "FandolFang", "SungtiL", "FandolKai", "FandolHei", "WenKai"])
    fs = 27 * s if landscape else 25
    em = 150 * s
    pg.svg(W / 2 - em / 2, 80 * s + 10, em, em, emblem(em))
    ty = 80 * s + em + 20
    pg.raw(f'<div style="position:absolute;left:0;width:{W}px;top:{ty:.0f}px;text-align:center;font-family:{pg.face(title_f, "营业执照")};'
           f'font-size:{110 * s:.0f}px;letter-spacing:{40 * s:.0f}px;color:#c8161d">营业执照</div>')
    if not landscape:
        pg.raw(f'<div style="position:absolute;left:0;width:{W}px;top:{ty + 140 * s:.0f}px;text-align:center;'
               f'font-family:{pg.face(lab_f, "（副本）")};font-size:{36 * s:.0f}px;">（副　本）</div>')
        pg.text("副本编号：1-1", lab_f, 20, W - 330, ty + 150 * s)
    # credit code, top left
    pg.text("统一社会信用代码", lab_f, fs * 0.9, 90, 110 * s + 40)
    pg.text(code, pick(rng, ["DejaVuSans", "DejaVuMono", "LiberationMono"]), fs * 1.05, 90, 110 * s + 40 + fs * 1.5,
            "letter-spacing:1px;")
    # QR, top right
    qs = 150 * s
    pg.svg(W - 90 - qs - 40, 90 * s + 30, qs, qs, qr(rng, qs))
    for i, line in enumerate(QR_CAPTION):
        pg.text(line, lab_f, 13 * (s + 0.2), W - 90 - qs - 80, 90 * s + 30 + qs + 8 + i * 20 * (s + 0.1))
    lw = fs * 5.2
    if landscape:
        cols = [(150, 720), (1100, 760)]
        left = [r for r in rows if r[0] in ("名称", "类型", "法定代表人", "负责人", "执行事务合伙人", "投资人", "经营者", "组成形式", "经营范围")]
        right = [r for r in rows if r not in left]
        y0 = ty + 190
        for (x, width), group in zip(cols, (left, right), strict=False):
            y = y0
            for lab, val in group:
                pg.label(lab, lab_f, fs, x, y, lw)
                vs = _fit_size(val, fs, width - lw - 28, H - 130 - y) if lab == "经营范围" else fs
                pg.para(val, val_f, vs, x + lw + 28, y - 2, width - lw - 28, 1.5)
                n_lines = max(1, int(np.ceil(len(val) * vs / (width - lw - 28))))
                y += vs * 1.5 * n_lines + fs * 1.1
    else:
        x, width = 120, W - 240
        y = ty + 230 * s
        for lab, val in rows:
            pg.label(lab, lab_f, fs, x, y, lw)
            vs = _fit_size(val, fs, width - lw - 26, H - 350 - y) if lab == "经营范围" else fs
            pg.para(val, val_f, vs, x + lw + 26, y - 2, width - lw - 26, 1.5)
            n_lines = max(1, int(np.ceil(len(val) * vs / (width - lw - 26))))
            y += vs * 1.5 * n_lines + fs * 0.9
    # registrar, date and seal
    bx, by = (W - 620, H - 300) if landscape else (W - 520, H - 330)
    pg.text("登记机关", lab_f, fs, bx, by)
    pg.text(cn_date(issue, spaced=rng.random() < 0.5), lab_f, fs, bx + 40, by + fs * 3.2)
    seal(pg, bx + 260, by + fs * 1.8, 110, registrar, "", pick(rng, ["FandolSong", "FandolHei", "SungtiL"]),
         rot=float(rng.uniform(-12, 12)), uid="reg")
    foot_f = lab_f
    pg.text("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", foot_f, 15 * (s + 0.15), 100, H - 110)
    pg.text("市场主体应当于每年1月1日至6月30日通过", foot_f, 15 * (s + 0.15), 100, H - 86)
    pg.text("国家企业信用信息公示系统报送公示年度报告。" if not indiv else "国家企业信用信息公示系统报送年度报告。",
            foot_f, 15 * (s + 0.15), 100, H - 62)
    pg.text("国家市场监督管理总局监制", foot_f, 15 * (s + 0.15), W - 330, H - 62)
    return pg


# ------------------------------------------------------------------ 公共场所卫生许可证
def health_license(rng: np.random.Generator) -> tuple[Page, F, str]:
    p = V.place(rng)
    kind_name = pick(rng, ["宾馆", "酒店", "足浴店", "美发店", "美容院", "游泳馆", "浴室", "KTV", "健身中心"])
    items_for = {"宾馆": ["住宿"], "酒店": ["住宿", "沐浴"], "足浴店": ["沐浴"], "美发店": ["美发"], "美容院": ["美容", "美发"],
                 "游泳馆": ["游泳场所"], "浴室": ["公共浴室", "沐浴"], "KTV": ["歌厅"], "健身中心": ["健身房", "沐浴"]}
    items = "、".join(items_for[kind_name])
    brand = pick(rng, V.BRANDS)
    if rng.random() < 0.5:
        name = f"{(p[2] or p[0]).removesuffix('市')}{brand}{kind_name}有限公司"
    else:
        name = f"{p[3]}{brand}{kind_name}"
    rep = V.person_name(rng)
    addr = V.address(rng, p, long=True)
    frm = V.date_between(rng, dt.date(2016, 1, 1), V.TODAY - dt.timedelta(days=10))
    to = V.add_years(frm, 4) - dt.timedelta(days=1)
    year = frm.year
    short = p[1]
    style = rng.random()
    seq = int(rng.integers(1, 99999))
    if style < 0.4:
        no = f"{short}卫公字（{year}）第{p[4]}{seq:06d}号"
    elif style < 0.7:
        no = f"{p[3].removesuffix('区').removesuffix('市').removesuffix('新')}卫公证字〔{year}〕第{seq:04d}号"
    else:
        no = f"{short}{p[4][:4]}卫公字[{year}]第{seq:05d}号"
    auth = (f"{p[0]}{p[3]}卫生健康委员会" if p[0] in ("北京市", "上海市", "重庆市")
            else f"{p[2]}{p[3]}卫生健康局") if rng.random() < 0.7 else f"{p[2] or p[0]}{p[3]}行政审批局"
    landscape = rng.random() < 0.4
    W, H = (1754, 1240) if landscape else (1240, 1754)
    pg = Page(W, H, pick(rng, ["#fffef9", "#fbfbf4", "#ffffff"]))
    gc = pick(rng, ["#4a7fb5", "#b53a3a", "#3a8a5a"])
    pg.svg(0, 0, W, H, guilloche(rng, W, H, gc, 30, 22))
    tf = pick(rng, FC.CJK_TITLE)
    lf = pick(rng, FC.CJK_LABEL)
    vf = pick(rng, FC.CJK_TEXT)
    pg.raw(f'<div style="position:absolute;left:0;width:{W}px;top:150px;text-align:center;font-family:{pg.face(tf, "公共场所卫生许可证")};'
           f'font-size:76px;letter-spacing:8px;color:{pick(rng, ["#c8161d", "#111"])}">公共场所卫生许可证</div>')
    no_label = pick(rng, ["编号：", "许可证号：", "卫生许可证号："])
    pg.text(no_label + no, lf, 28, W / 2 - 20 * len(no_label + no) / 1.4, 270)
    rows = [("单位名称", name), ("法定代表人（负责人）", rep), ("地址" if rng.random() < 0.6 else "经营场所地址", addr),
            ("许可项目", items), ("有效期限", f"自{cn_date(frm)}至{cn_date(to)}")]
    x0 = 170 if not landscape else 260
    width = W - 2 * x0
    y = 380
    fs = 32
    table = rng.random() < 0.5
    lw = fs * 10.5 if any(len(r[0]) > 6 for r in rows) else fs * 5
    lw = fs * 10.5
    for lab, val in rows:
        n_lines = max(1, int(np.ceil(len(val) * fs / (width - lw - 30))))
        hh = fs * 1.5 * n_lines + (30 if table else 0)
        if table:
            pg.box(x0, y - 15, width, hh + 15, "border:1.5px solid #333;border-bottom:none;" if lab != rows[-1][0] else "border:1.5px solid #333;")
            pg.box(x0 + lw + 10, y - 15, 0, hh + 15, "border-left:1.5px solid #333;")
        pg.label(lab, lf, fs * 0.9, x0 + 16, y, lw - 20) if len(lab) <= 4 else pg.text(lab, lf, fs * 0.9, x0 + 16, y)
        pg.para(val, vf, fs, x0 + lw + 26, y - 3, width - lw - 40, 1.5)
        y += hh + (0 if table else 28)
    by = H - 380
    pg.text("发证机关", lf, 30, W - 620, by)
    pg.text(cn_date(frm), lf, 30, W - 560, by + 110)
    seal(pg, W - 420, by + 60, 120, auth, "", pick(rng, ["FandolSong", "FandolHei"]), rot=float(rng.uniform(-15, 15)), uid="ph")
    pg.text("中华人民共和国国家卫生健康委员会监制" if rng.random() < 0.5 else "", lf, 18, 120, H - 110)
    fields = {"license_no": _f(no), "name": _f(name), "legal_representative": _f(rep), "address": _f(addr),
              "license_items": _f(items), "valid_from": _f(frm.isoformat()), "valid_to": _f(to.isoformat())}
    return pg, fields, ("ph-land" if landscape else "ph-port") + ("-table" if table else "-lines")


# ------------------------------------------------------------------ 食品经营许可证
def food_license(rng: np.random.Generator) -> tuple[Page, F, str]:
    p = V.place(rng)
    catering = rng.random() < 0.6
    form = pick(rng, V.FOOD_FORMS_CATER if catering else V.FOOD_FORMS_SALE)
    items_pool = list(V.FOOD_ITEMS_CATER if catering else V.FOOD_ITEMS_SALE)
    rng.shuffle(items_pool)
    items = "；".join(items_pool[: int(rng.integers(1, 4))])
    indiv = rng.random() < 0.3
    brand = pick(rng, V.BRANDS)
    if indiv:
        name = f"{p[3]}{brand}{pick(rng, ['餐馆', '小吃店', '便利店', '副食店', '面馆', '奶茶店'])}"
        code = V.uscc(rng, "92", p[4])
    else:
        name = f"{(p[2] or p[0]).removesuffix('市')}{brand}{pick(rng, ['餐饮管理', '商贸', '食品', '超市'])}有限公司"
        if form.startswith("单位食堂"):
            name = f"{(p[2] or p[0]).removesuffix('市')}{pick(rng, ['第三中学', '实验小学', '人民医院', '机械厂'])}"
        code = V.uscc(rng, "91" if not form.startswith("单位食堂") else "12", p[4])
    rep = V.person_name(rng)
    addr = V.address(rng, p)
    prem = addr if rng.random() < 0.6 else V.address(rng, p, long=True)
    no = V.food_license_no(rng, p, catering or form.startswith("单位"))
    issue = V.date_between(rng, dt.date(2018, 1, 1), V.TODAY - dt.timedelta(days=10))
    to = V.add_years(issue, 5) - dt.timedelta(days=1)
    new = rng.random() < 0.4
    landscape = rng.random() < 0.55
    W, H = (2000, 1414) if landscape else (1240, 1754)
    pg = Page(W, H, pick(rng, ["#fffef7", "#ffffff", "#fdf9ee"]))
    gc = pick(rng, ["#3a6fb0", "#2f8a63", "#b08a3a"])
    pg.svg(0, 0, W, H, guilloche(rng, W, H, gc, 26, 26))
    tf = pick(rng, FC.CJK_TITLE)
    lf = pick(rng, FC.CJK_LABEL)
    vf = pick(rng, FC.CJK_TEXT)
    pg.raw(f'<div style="position:absolute;left:0;width:{W}px;top:{110 if landscape else 150}px;text-align:center;font-family:{pg.face(tf, "食品经营许可证")};'
           f'font-size:{96 if landscape else 80}px;letter-spacing:14px;color:#1a1a1a">食品经营许可证</div>')
    copy_txt = pick(rng, ["（正本）", "（副本）", ""])
    if copy_txt:
        pg.text(copy_txt, lf, 34, W / 2 - 70, (235 if landscape else 260))
    cc_label = "统一社会信用代码" if new else "社会信用代码（身份证号码）"
    left = [("经营者名称", name), (cc_label, code), ("法定代表人（负责人）", rep), ("住所", addr), ("经营场所", prem),
            ("主体业态", form), ("经营项目", items)]
    right = [("许可证编号", no), ("日常监督管理机构", f"{p[3]}市场监督管理局{pick(rng, ['城东', '城西', '中心', '新城'])}市场监督管理所"),
             ("日常监督管理人员", V.person_name(rng) + "、" + V.person_name(rng)), ("投诉举报电话", "12315"),
             ("发证机关", f"{p[2] or p[0]}{p[3]}市场监督管理局"), ("签发人", V.person_name(rng)), ("有效期至", cn_date(to))]
    if new:
        right = [r for r in right if r[0] not in ("日常监督管理机构", "日常监督管理人员", "签发人")]
    fs = 27 if landscape else 25
    if landscape:
        cols = [(130, 980, left), (1160, 720, right)]
    else:
        cols = [(110, W - 220, left + right)]
    y_top = 340 if landscape else 360
    for x, width, group in cols:
        y = y_top
        for lab, val in group:
            lw = fs * (len(lab) + 1) if len(lab) > 6 else fs * 6
            pg.text(lab + "：", lf, fs, x, y) if len(lab) > 6 else pg.label(lab, lf, fs, x, y, fs * 5)
            if len(lab) <= 6:
                pg.text("：", lf, fs, x + fs * 5, y)
            face = vf if lab != "许可证编号" else pick(rng, [vf, "DejaVuSans"])
            pg.para(val, face, fs, x + lw + 8, y - 2, width - lw - 8, 1.5)
            n_lines = max(1, int(np.ceil(len(val) * fs / (width - lw - 8))))
            y += fs * 1.5 * n_lines + fs * 0.8
    if new:
        qs = 170
        pg.svg(W - 330, H - 420, qs, qs, qr(rng, qs))
    sx, sy = (W - 500, H - 260) if landscape else (W - 420, H - 240)
    pg.text(cn_date(issue), lf, fs, sx - 60, sy + 40)
    seal(pg, sx + 80, sy + 30, 115, f"{p[2] or p[0]}{p[3]}市场监督管理局", "", pick(rng, ["FandolSong", "FandolHei"]),
         rot=float(rng.uniform(-12, 12)), uid="fd")
    pg.text("国家市场监督管理总局监制" if new else "国家食品药品监督管理总局监制", lf, 17, 110, H - 90)
    fields = {"license_no": _f(no), "name": _f(name), "credit_code": _f(code), "legal_representative": _f(rep),
              "address": _f(addr), "premises_address": _f(prem), "business_form": _f(form), "business_items": _f(items),
              "valid_to": _f(to.isoformat())}
    return pg, fields, ("food-2023" if new else "food-2015") + ("-land" if landscape else "-port")


# ------------------------------------------------------------------ negatives
def other(rng: np.random.Generator) -> tuple[Page, F, str]:
    what = pick(rng, ["blank", "receipt", "form", "letter", "certificate", "letter", "receipt"])
    p = V.place(rng)
    if what == "receipt":
        W, H = 900, 560
        pg = Page(W, H, "#fdfdf6")
        f = pick(rng, FC.CJK_TEXT)
        pg.text("收　　据", "FandolSongBold", 44, 330, 30, "color:#b22;")
        pg.text(f"No {int(rng.integers(1000000, 9999999))}", "DejaVuMono", 22, 660, 44, "color:#b22;")
        pg.text(f"日期：{cn_date(V.date_between(rng, dt.date(2024, 1, 1), V.TODAY))}", f, 22, 60, 110)
        pg.box(50, 150, 800, 280, "border:1.5px solid #b22;")
        amt = int(rng.integers(50, 20000))
        rows = [("今收到", V.person_name(rng)), ("交来", pick(rng, ["房屋押金", "办公用品款", "材料费", "场地租金"])),
                ("人民币（大写）", V.cn_amount(amt) + "元整"), ("¥", f"{amt}.00")]
        for i, (a, b) in enumerate(rows):
            pg.text(a, f, 24, 70, 170 + i * 64)
            pg.text(b, pick(rng, ["WenKai", "KaitiM", "FandolKai"]), 28, 270, 166 + i * 64, "color:#223;")
        pg.text("收款单位（盖章）：", f, 22, 60, 460)
        pg.text("经手人：", f, 22, 560, 460)
        seal(pg, 330, 470, 70, V.company(rng, p, "有限公司")[0], "财务专用章", "FandolSong", uid="rc")
        return pg, {}, "other-receipt"
    W, H = 1240, 1754
    pg = Page(W, H, pick(rng, ["#ffffff", "#fbfbf8"]))
    f = pick(rng, FC.CJK_TEXT)
    if what == "blank":
        if rng.random() < 0.5:
            pg.text(f"第 {int(rng.integers(2, 9))} 页", "FandolSong", 20, W / 2 - 40, H - 90, "color:#888;")
        return pg, {}, "other-blank"
    if what == "form":
        pg.raw(f'<div style="position:absolute;left:0;width:{W}px;top:120px;text-align:center;font-family:{pg.face("FandolHeiBold", "市场主体登记申请书")};'
               f'font-size:46px">市场主体登记申请书</div>')
        labels = ["名称", "名称预先核准文号", "住所", "联系电话", "邮政编码", "法定代表人姓名", "注册资本（万元）", "公司类型",
                  "经营范围", "申请人签字", "日期"]
        y = 260
        for lab in labels:
            hh = 140 if lab == "经营范围" else 70
            pg.box(110, y, 1020, hh, "border:1.5px solid #222;border-bottom:none;")
            pg.box(420, y, 0, hh, "border-left:1.5px solid #222;")
            pg.text(lab, f, 26, 130, y + 20)
            y += hh
        pg.box(110, y, 1020, 0, "border-top:1.5px solid #222;")
        pg.para("注：1. 本申请书适用于有限责任公司、股份有限公司设立登记。2. 请使用黑色钢笔或签字笔填写，字迹工整。", f, 22, 110, y + 30, 1020)
        return pg, {}, "other-form"
    if what == "letter":
        co = V.company(rng, p, "有限公司")[0]
        pg.raw(f'<div style="position:absolute;left:0;width:{W}px;top:150px;text-align:center;font-family:{pg.face("FandolHeiBold", "情况说明")};'
               f'font-size:44px">{pick(rng, ["情况说明", "授权委托书", "承诺书"])}</div>')
        body = (f"{p[3]}市场监督管理局：\n　　我单位{co}因经营需要，需办理营业执照变更登记，现委托{V.person_name(rng)}"
                f"（身份证号码见附件复印件）前来办理相关手续。营业执照正本、副本原件及复印件一并提交，"
                f"所提交材料真实有效，如有虚假，愿承担相应法律责任。\n　　特此说明。")
        for i, part in enumerate(body.split("\n")):
            pg.para(part, f, 30, 140, 300 + i * 70 + (i > 1) * 260, 960, 1.9)
        pg.text(co, f, 28, 640, 1050)
        pg.text(cn_date(V.date_between(rng, dt.date(2025, 1, 1), V.TODAY)), f, 28, 700, 1110)
        seal(pg, 820, 1060, 110, co, "", "FandolSong", uid="lt")
        return pg, {}, "other-letter"
    # another certificate
    W, H = 1754, 1240
    pg = Page(W, H, "#fffaf0")
    pg.svg(0, 0, W, H, guilloche(rng, W, H, "#c33", 30, 26))
    t = pick(rng, ["荣誉证书", "开户许可证", "道路运输经营许可证", "排污许可证"])
    pg.raw(f'<div style="position:absolute;left:0;width:{W}px;top:170px;text-align:center;font-family:{pg.face("FandolSongBold", t)};'
           f'font-size:90px;letter-spacing:10px;color:#b01;">{t}</div>')
    co = V.company(rng, p, "有限公司")[0]
    txt = (f"{co}：\n　　在{V.TODAY.year - 1}年度工作中表现突出，被评为“诚信经营示范单位”，特发此证，以资鼓励。"
           if t == "荣誉证书" else f"核准号：J{int(rng.integers(10**12, 10**13))}\n　　经审核，{co}符合开户条件，准予开立基本存款账户。"
           f"\n　　法定代表人：{V.person_name(rng)}\n　　开户银行：{pick(rng, ['中国工商银行', '中国建设银行', '招商银行'])}{p[3]}支行")
    for i, part in enumerate(txt.split("\n")):
        pg.para(part, f, 34, 220, 380 + i * 90, 1300, 1.8)
    seal(pg, W - 450, H - 300, 120, f"{p[2] or p[0]}{p[3]}人民政府" if t == "荣誉证书" else co, "", "FandolSong", uid="oc")
    return pg, {}, "other-certificate"


MAKERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
          "public_health_license": health_license, "food_business_license": food_license, "other": other}
