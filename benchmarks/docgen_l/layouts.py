"""Family L's pages as office documents: each builder returns the ODT (odt.Doc) and the truth of
what it prints. Licences and permits are Word/WPS-style templates: bordered Writer tables with
distributed labels, values in 仿宋/宋体 (sometimes condensed to 90 % or faux bold, as printer
templates set them), the 2019 licence over a guilloche security print inside a coloured frame."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np

from benchmarks.docgen_l import art
from benchmarks.docgen_l import values as V
from benchmarks.docgen_l.odt import Doc

BRACKETS = [("〔", "〕"), ("（", "）"), ("[", "]")]


def _vface(rng: random.Random) -> str:
    return rng.choice(["FandolFang", "FandolFang", "FandolSong", "AR PL SungtiL GB"])


def _vstyle(d: Doc, rng: random.Random, face: str, size: float, marks: list[str], **kw) -> str:
    scale = 90 if rng.random() < 0.3 else 100
    bold = rng.random() < 0.2
    if scale == 90 and "condensed90" not in marks:
        marks.append("condensed90")
    if bold and "faux_bold" not in marks:
        marks.append("faux_bold")
    return d.pstyle(face, size, scale=scale, bold=bold, **kw)


def _wrap(s: str, n: int) -> str:
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


# --------------------------------------------------------------------------- ID card

def id_front(rng: random.Random, nrng: np.random.Generator) -> tuple[Doc, dict, str, list[str]]:
    v = V.id_front(rng)
    d = Doc(85.6, 54, 0)
    marks: list[str] = []
    d.image("bg.png", art.card_bg(nrng, 856, 540, False), 0, 0, 85.6, 54)
    d.image("photo.png", art.portrait(nrng, 260, 320), 56, 8, 25, 31, background=False)
    lab = d.pstyle("FandolHei", 7.5, color="#2f5f9a")
    val = d.pstyle("FandolHei", 9)
    num = d.pstyle("FandolHei", 11, letter=0.45)
    y, m, dd = v["birth_date"].split("-")
    d.frame(5, 5.5, 10, 4, [(lab, "姓  名")])
    d.frame(15.5, 5, 38, 5, [(val, v["name"])])
    d.frame(5, 12, 10, 4, [(lab, "性  别")])
    d.frame(15.5, 11.5, 8, 5, [(val, v["sex"])])
    d.frame(26, 12, 10, 4, [(lab, "民  族")])
    d.frame(35.5, 11.5, 18, 5, [(val, v["nation"])])
    d.frame(5, 18.5, 10, 4, [(lab, "出  生")])
    d.frame(15.5, 18, 40, 5, [(val, f"{y}  年  {int(m)}  月  {int(dd)}  日")])
    d.frame(5, 25, 10, 4, [(lab, "住  址")])
    rows = rng.choice([11, 12])
    d.frame(15.5, 24.5, 39, 16, [(d.pstyle("FandolHei", 9, line=125), _wrap(v["address"], rows))])
    d.frame(5, 45, 20, 4, [(lab, "公民身份号码")])
    d.frame(25, 44, 58, 6, [(num, v["id_number"])])
    variant = f"front-{'3row' if len(v['address']) > 2 * rows else '2row'}"
    return d, v, variant, marks


def id_back(rng: random.Random, nrng: np.random.Generator) -> tuple[Doc, dict, str, list[str]]:
    v = V.id_back(rng)
    d = Doc(85.6, 54, 0)
    d.image("bg.png", art.card_bg(nrng, 856, 540, True), 0, 0, 85.6, 54)
    t1 = d.pstyle("FandolSong", 13, bold=True, letter=1.2)
    t2 = d.pstyle("FandolHei", 17, letter=2.2)
    lab = d.pstyle("FandolHei", 7.5)
    val = d.pstyle("FandolHei", 9, line=120)
    d.frame(30, 8, 52, 7, [(t1, "中华人民共和国")])
    d.frame(30, 17, 52, 9, [(t2, "居民身份证")])
    a, b = v["valid_from"].replace("-", "."), v["valid_to"].replace("-", ".")
    width = 40 if len(v["issuing_authority"]) <= 9 else rng.choice([30, 40])
    d.frame(14, 36.5, 14, 4, [(lab, "签发机关")])
    d.frame(29, 36, width, 8, [(val, v["issuing_authority"])])
    d.frame(14, 45.5, 14, 4, [(lab, "有效期限")])
    d.frame(29, 45, 50, 5, [(val, f"{a}-{b}")])
    wraps = len(v["issuing_authority"]) * 3.3 > width
    return d, v, "back-wrapped" if wraps else "back", []


# --------------------------------------------------------------------------- 营业执照

def _licence_values(rng: random.Random) -> tuple[dict, str, dict]:
    reg = rng.choice(V.REGIONS)
    est = V.rand_date(rng, dt.date(2003, 1, 1), dt.date(2025, 10, 1))
    kind = rng.choices(["company", "geti", "branch"], [6, 2, 2])[0]
    brand = rng.choice(V.BRAND)
    trade, scope = rng.choice(V.TRADE)
    city = reg[2].removesuffix("市")
    if kind == "geti":
        word = rng.choice(V.GETI_WORDS)
        v = {"name": f"{reg[3]}{brand}{word}", "credit_code": V.uscc(rng, "9", "2", reg[0]), "entity_type": "个体工商户",
             "legal_representative": V.person(rng), "registered_capital": "", "established_date": est.isoformat(),
             "address": V.address(rng, reg, False), "business_scope": rng.choice(V.GETI_SCOPE), "valid_to": ""}
        labels = {"name": "名称", "rep": "经营者", "addr": "经营场所", "est": "注册日期"}
    elif kind == "branch":
        v = {"name": f"{city}{brand}{trade}有限公司{reg[3]}分公司", "credit_code": V.uscc(rng, "9", "1", reg[0]),
             "entity_type": "有限责任公司分公司（自然人投资或控股）", "legal_representative": V.person(rng),
             "registered_capital": "", "established_date": est.isoformat(), "address": V.address(rng, reg, False),
             "business_scope": scope, "valid_to": "长期"}
        labels = {"name": "名称", "rep": "负责人", "addr": "营业场所", "est": "成立日期"}
    else:
        cap = rng.choice(V.CAPITAL_NUM) if rng.random() < 0.6 else "人民币" + rng.choice(V.CAPITAL_CN)
        to = "长期" if rng.random() < 0.6 else (V.add_years(est, rng.choice([10, 20, 30])) - dt.timedelta(days=1)).isoformat()
        v = {"name": f"{city}{brand}{trade}有限公司", "credit_code": V.uscc(rng, "9", "1", reg[0]),
             "entity_type": rng.choice(V.COMPANY_TYPES), "legal_representative": V.person(rng),
             "registered_capital": cap, "established_date": est.isoformat(), "address": V.address(rng, reg, False),
             "business_scope": scope + "（依法须经批准的项目，经相关部门批准后方可开展经营活动）", "valid_to": to}
        labels = {"name": "名称", "rep": "法定代表人", "addr": "住所", "est": "成立日期"}
    return v, kind, {**labels, "seat": reg}


def business_license(rng: random.Random, nrng: np.random.Generator) -> tuple[Doc, dict, str, list[str]]:
    v, kind, lab = _licence_values(rng)
    copy = rng.random() < 0.4          # 副本: portrait
    marks = ["guilloche", "seal"]
    W, H = (210, 297) if copy else (297, 210)
    frame_col = rng.choice(["#b5472f", "#a8863a", "#c0392b"])
    d = Doc(W, H, 12, f"2.2mm double {frame_col}", 4)
    d.image("guilloche.png", art.guilloche(nrng, int(W * 5), int(H * 5), (60, 90, 200) if rng.random() < 0.5 else (70, 160, 210)),
            12, 12, W - 24, H - 24)
    vface = _vface(rng)
    size = 12 if copy else 12.5
    lstyle = d.pstyle("FandolHei", size - 0.5, spread=True)
    vstyle = _vstyle(d, rng, vface, size, marks, line=118)
    title = d.pstyle("FandolSong", 36 if not copy else 30, align="center", bold=True, letter=6)
    small = d.pstyle("FandolSong", 10)
    micro = d.pstyle("FandolHei", 4.5, align="center", color="#9c6b4f")
    d.image("emblem.png", art.emblem(300), W / 2 - 11, 18, 22, 22, background=False)
    d.p(d.pstyle("FandolSong", 6, after=22 if not copy else 26), " ")
    d.p(title, "营业执照")
    if copy:
        d.p(d.pstyle("FandolSong", 14, align="center", after=3), "（副  本）")
    d.p(d.pstyle("FandolHei", 6, align="center", after=2), " ")
    cc_face = d.pstyle("FandolHei", 11)
    d.frame(22, 22 if not copy else 30, 70, 14, [(small, "统一社会信用代码"), (cc_face, v["credit_code"])])
    d.image("qr.png", art.qr(nrng), W - 50, 18, 28, 28, background=False)
    d.frame(W - 56, 47, 40, 5, [(d.pstyle("FandolHei", 5.5, align="center"), "扫描二维码登录国家企业信用信息公示系统")])
    cell = d.cellstyle(border="none", pad_mm=1.0, valign="top")
    est = V.cn_date(v["established_date"])
    period = "" if kind == "geti" else f"{est} 至 {'长期' if v['valid_to'] == '长期' else V.cn_date(v['valid_to'])}"
    rows_l = [(lab["name"], v["name"]), ("类型", v["entity_type"]), (lab["rep"], v["legal_representative"])]
    if kind == "geti":
        rows_l.append(("组成形式", "个人经营"))
    rows_l.append(("经营范围", v["business_scope"]))
    rows_r = []
    if kind == "company":
        rows_r.append(("注册资本", v["registered_capital"]))
    rows_r.append((lab["est"], est))
    if period:
        rows_r.append(("营业期限", period))
    rows_r.append((lab["addr"], v["address"]))
    if copy:
        rows = [[(lstyle, a, cell), (vstyle, b, cell)] for a, b in rows_l[:-1] + rows_r + rows_l[-1:]]
        d.table([30, 138], rows)
    else:
        rows = []
        for i in range(max(len(rows_l), len(rows_r))):
            a = rows_l[i] if i < len(rows_l) else ("", "")
            b = rows_r[i] if i < len(rows_r) else ("", "")
            rows.append([(lstyle, a[0], cell), (vstyle, a[1], cell), (d.pstyle("FandolHei", 6), " ", cell),
                         (lstyle, b[0], cell), (vstyle, b[1], cell)])
        d.table([26, 104, 8, 26, 88], rows)
    issue = V.rand_date(rng, dt.date.fromisoformat(v["established_date"]), dt.date(2026, 11, 1))
    seat = lab["seat"]
    d.frame(W - 100, H - 52, 80, 22, [(d.pstyle("FandolSong", 12, align="center"), f"登记机关\n{seat[2]}{seat[3]}市场监督管理局"),
                                        (d.pstyle("FandolSong", 11, align="center", before=2), V.cn_date(issue.isoformat()))])
    d.image("seal.png", art.seal(nrng), W - 80, H - 62, 40, 40, background=False)
    d.frame(18, H - 27, W - 36, 8, [(small, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn"),
                                     (d.pstyle("FandolSong", 7.5), "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。")])
    d.frame(14, H - 15, W - 28, 3, [(micro, "中华人民共和国国家市场监督管理总局监制" * (3 if copy else 5))])
    marks.append("micro_text")
    return d, v, f"{'copy' if copy else 'original'}-{kind}-2019", marks


# --------------------------------------------------------------------------- 卫生许可证 / 食品经营许可证

def health_license(rng: random.Random, nrng: np.random.Generator) -> tuple[Doc, dict, str, list[str]]:
    reg = rng.choice(V.REGIONS)
    venue, items = rng.choice(V.HEALTH_VENUES)
    items = list(items)
    if rng.random() < 0.4:
        items += rng.sample([x for x in V.HEALTH_ITEMS if x not in items], rng.choice([1, 2]))
    frm = V.rand_date(rng, dt.date(2021, 1, 1), dt.date(2026, 10, 1))
    to = V.add_years(frm, 4) - dt.timedelta(days=1)
    ob, cb = rng.choice(BRACKETS)
    no = f"{reg[1]}卫公字{ob}{frm.year}{cb}第{reg[0]}{rng.randint(1, 9999):06d}号"
    name = f"{reg[3]}{rng.choice(V.BRAND)}{venue}" if "公司" not in venue else f"{reg[2].removesuffix('市')}{rng.choice(V.BRAND)}{venue}"
    v = {"license_no": no, "name": name, "legal_representative": V.person(rng), "address": V.address(rng, reg, False),
         "license_items": "、".join(items), "valid_from": frm.isoformat(), "valid_to": to.isoformat()}
    marks = ["seal"]
    d = Doc(210, 297, 22)
    vface = _vface(rng)
    title = d.pstyle("FandolSong", 24, align="center", bold=True, letter=2, after=4)
    lab = d.pstyle("FandolHei", 13, spread=True)
    val = _vstyle(d, rng, vface, 13, marks, line=125)
    d.p(d.pstyle("FandolSong", 10, after=18), " ")
    d.p(title, "公共场所卫生许可证")
    d.p(d.pstyle(vface, 12, align="end", after=6), no)
    cell = d.cellstyle(pad_mm=2.5)
    grid = rng.random() < 0.6
    if not grid:
        cell = d.cellstyle(border="none", pad_mm=2.5)
        marks.append("no_rules")
    dates = f"自{V.cn_date(v['valid_from'])}至{V.cn_date(v['valid_to'])}"
    rows = [("单位名称", v["name"]), ("法定代表人\n（负责人）", v["legal_representative"]), ("地址", v["address"]),
            ("许可项目", v["license_items"]), ("有效期限", dates)]
    d.table([36, 130], [[(lab, a, cell), (val, b, cell)] for a, b in rows], heights_mm=[16] * len(rows))
    d.p(d.pstyle("FandolSong", 10, after=30), " ")
    issue = frm - dt.timedelta(days=rng.randint(0, 5))
    d.p(d.pstyle("FandolSong", 13, align="end"), f"发证机关（盖章）：{reg[3]}卫生健康委员会")
    d.p(d.pstyle("FandolSong", 13, align="end", before=3), V.cn_date(issue.isoformat()))
    d.image("seal.png", art.seal(nrng), 128, 190, 42, 42, background=False)
    return d, v, f"health-{'grid' if grid else 'open'}", marks


def food_license(rng: random.Random, nrng: np.random.Generator) -> tuple[Doc, dict, str, list[str]]:
    reg = rng.choice(V.REGIONS)
    form = rng.choice(V.FOOD_FORMS)
    cat = {"食品": "1", "餐饮": "2", "单位": "3"}[form[:2]]
    items = rng.sample(V.FOOD_ITEMS, rng.choice([1, 2, 3, 4]))
    sep = rng.choice(["；", "，", "lines"])
    person = rng.random() < 0.25
    rep = V.person(rng)
    if person:     # a 个体 holder: the code row carries the holder's ID number
        birth = V.rand_date(rng, dt.date(1960, 1, 1), dt.date(2000, 1, 1))
        code = V.id_number(rng, reg[0], birth, rng.random() < 0.5)
        name = f"{reg[3]}{rng.choice(V.BRAND)}{rng.choice(['小吃店', '便利店', '面馆', '茶饮店'])}"
    else:
        code = V.uscc(rng, "9", "1", reg[0])
        name = f"{reg[2].removesuffix('市')}{rng.choice(V.BRAND)}{rng.choice(['餐饮管理有限公司', '商贸有限公司', '超市有限公司', '食品有限公司'])}"
    addr = V.address(rng, reg, False)
    prem = addr if rng.random() < 0.5 else V.address(rng, reg, False)
    to = V.rand_date(rng, dt.date(2026, 1, 1), dt.date(2031, 12, 31))
    no = f"JY{cat}{reg[0]}{rng.randint(0, 999999):06d}{rng.randint(0, 9)}"
    printed_items = "\n".join(items) if sep == "lines" else sep.join(items)
    v = {"license_no": no, "name": name, "credit_code": code, "legal_representative": rep, "address": addr,
         "premises_address": prem, "business_form": form, "business_items": printed_items.replace("\n", ""),
         "valid_to": to.isoformat()}
    marks = ["seal"] + (["items_lines"] if sep == "lines" else [])
    copy = rng.random() < 0.5
    W, H = (210, 297) if copy else (297, 210)
    d = Doc(W, H, 18, f"1.2mm solid {rng.choice(['#2e7d4f', '#1f5fa0'])}", 3)
    vface = _vface(rng)
    size = 12
    lab = d.pstyle("FandolHei", size, spread=True)
    val = _vstyle(d, rng, vface, size, marks, line=120)
    d.p(d.pstyle("FandolSong", 26, align="center", bold=True, letter=3, before=6, after=2), "食品经营许可证")
    if copy:
        d.p(d.pstyle("FandolSong", 13, align="center", after=4), "（副本）")
    cell = d.cellstyle(pad_mm=1.8)
    rows = [("经营者名称", name), ("社会信用代码\n（身份证号码）", code), ("法定代表人\n（负责人）", rep), ("住所", addr),
            ("经营场所", prem), ("主体业态", form), ("经营项目", printed_items)]
    right = [("许可证编号", no), ("有效期至", V.cn_date(v["valid_to"])), ("日常监督管理机构", f"{reg[3]}市场监督管理局"),
             ("投诉举报电话", "12315")]
    if copy:
        d.table([40, 134], [[(lab, a, cell), (val, b, cell)] for a, b in rows + right])
    else:
        body = []
        for i in range(max(len(rows), len(right))):
            a = rows[i] if i < len(rows) else ("", "")
            b = right[i] if i < len(right) else ("", "")
            body.append([(lab, a[0], cell), (val, a[1], cell), (lab, b[0], cell), (val, b[1], cell)])
        d.table([34, 112, 36, 75], body)
    issue = V.rand_date(rng, dt.date(2021, 1, 1), dt.date(2026, 10, 1))
    d.p(d.pstyle("FandolSong", 12, align="end", before=6), f"发证机关：{reg[3]}市场监督管理局    签发人：{V.person(rng)}")
    d.p(d.pstyle("FandolSong", 12, align="end", before=2), V.cn_date(issue.isoformat()))
    d.image("seal.png", art.seal(nrng), W - 70, H - 58, 38, 38, background=False)
    return d, v, f"food-{'copy' if copy else 'original'}{'-person' if person else ''}", marks


# --------------------------------------------------------------------------- negatives

def other(rng: random.Random, nrng: np.random.Generator) -> tuple[Doc, dict, str, list[str]]:
    reg = rng.choice(V.REGIONS)
    company = f"{reg[2].removesuffix('市')}{rng.choice(V.BRAND)}{rng.choice(V.TRADE)[0]}有限公司"
    kind = rng.choice(["application", "proxy", "notice", "receipt"])
    d = Doc(210, 297, 25)
    title = d.pstyle("FandolSong", 20, align="center", bold=True, after=8)
    body = d.pstyle(_vface(rng), 13, line=150, align="justify")
    lab = d.pstyle("FandolHei", 12, spread=True)
    cell = d.cellstyle(pad_mm=2)
    if kind == "application":
        d.p(title, "公共场所卫生许可申请表")
        rows = [("单位名称", ""), ("法定代表人", ""), ("经营地址", ""), ("联系电话", ""), ("申请许可项目", "□住宿  □沐浴  □美发  □美容  □游泳"),
                ("从业人员数", "")]
        d.table([40, 120], [[(lab, a, cell), (body, b, cell)] for a, b in rows], heights_mm=[14] * len(rows))
        _paras(d, body, "\n本单位承诺所填内容真实有效，如有虚假，愿承担相应法律责任。\n\n申请人（签字）：            年    月    日")
    elif kind == "proxy":
        d.p(title, "授权委托书")
        _paras(d, body, f"兹委托{V.person(rng)}（身份证号见附件）为本单位代理人，代为办理{company}营业执照变更登记及食品经营许可证延续的相关手续。"
                  f"代理人在办理过程中所签署的有关文件，本单位均予以承认。\n委托期限：自签字之日起三个月内有效。\n\n委托单位（盖章）：{company}\n"
                  f"法定代表人（签字）：\n{V.cn_date(V.rand_date(rng, dt.date(2024, 1, 1), dt.date(2026, 11, 1)).isoformat())}")
    elif kind == "notice":
        d.p(title, "关于开展公共场所卫生专项检查的通知")
        _paras(d, body, f"各有关单位：\n为进一步规范住宿、沐浴、美容美发等公共场所卫生管理，定于下月起开展专项检查。请各经营单位将卫生许可证、"
                  f"从业人员健康合格证明及卫生管理制度于检查前备齐，{company}等重点单位请于本周五前报送自查报告。\n\n"
                  f"{reg[3]}卫生健康综合监督执法大队\n{V.cn_date(V.rand_date(rng, dt.date(2024, 1, 1), dt.date(2026, 11, 1)).isoformat())}")
    else:
        d.p(title, "受理通知书")
        _paras(d, body, f"{company}：\n你（单位）于{V.cn_date(V.rand_date(rng, dt.date(2025, 1, 1), dt.date(2026, 11, 1)).isoformat())}提交的"
                  f"营业执照变更登记申请材料齐全、符合法定形式，本机关决定予以受理。请凭本通知书于十个工作日后领取。\n\n"
                  f"{reg[3]}市场监督管理局（政务服务窗口）")
    d.image("seal.png", art.seal(nrng), 125, 200, 40, 40, background=False)
    return d, {}, f"other-{kind}", ["seal"]


def _paras(d: Doc, style: str, text: str) -> None:
    """One Writer paragraph per line, so justified lines are not stretched before a break."""
    for line in text.split("\n"):
        d.p(style, line or " ")


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
            "public_health_license": health_license, "food_business_license": food_license, "other": other}
