"""Family I's documents as Typst sources: each builder returns the page source, its size and the
truth (every value exactly as the page prints it, rows joined; `""` where the form prints nothing)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from benchmarks.docgen_i import values as V
from benchmarks.docgen_i.typ import KAI, SONG, boxed, emblem, frame, place, preamble, s, seal, t

TODAY = dt.date(2026, 12, 3)
LABEL_BLUE = 'rgb("#3d6ea8")'
INK = 'rgb("#151515")'


@dataclass
class Doc:
    kind: str
    variant: str
    w: float                      # page size in mm
    h: float
    src: str
    fields: dict[str, str]
    faces: list[str]
    texts: list[tuple[str, str]] = field(default_factory=list)   # (face, text) drawn: glyph coverage is checked
    assets: dict[str, bytes] = field(default_factory=dict)       # files the source reads (QR codes)
    marks: list[str] = field(default_factory=list)


class Page:
    """Collects placed runs and remembers which face drew which text (for the coverage check)."""

    def __init__(self, w: float, h: float, fill: str = 'rgb("#ffffff")') -> None:
        self.w, self.h = w, h
        self.parts = [preamble(w, h, fill)]
        self.texts: list[tuple[str, str]] = []

    def raw(self, code: str) -> None:
        self.parts.append(code)

    def text(self, x: float, y: float, text: str, *, font: str = SONG, size: float = 10, fill: str = INK,
             bold: bool = False, tracking: str | None = None, width: float | None = None, leading: float = 0.45,
             justify: bool = False, anchor: str = "top + left", align: str | None = None) -> None:
        self.texts.append((font, text))
        body = t(text, font=font, size=size, fill=fill, bold=bold, tracking=tracking)
        if width is not None:
            if align:
                body = f"align({align}, {body})"
            body = boxed(width, body, leading=leading, justify=justify)
        if "center" in anchor:      # Typst's dx is relative to the anchor's own position
            x -= self.w / 2
        elif "right" in anchor:
            x -= self.w
        self.parts.append(place(x, y, body, anchor=anchor))

    def grid(self, x: float, y: float, label_w: float, value_w: float, rows: list[tuple[str, str]], *,
             label_size: float, value_font: str, value_size: float, gutter: float = 4.0, leading: float = 0.55,
             justify_keys: tuple[str, ...] = ("经营范围",)) -> None:
        """Label/value rows laid out by Typst's grid, so long values wrap and push the next row down."""
        cells = []
        for label, value in rows:
            shown = _spaced(label) if len(label) == 2 else label
            self.texts += [(SONG, shown), (value_font, value)]
            cells.append(t(shown, size=label_size, bold=True))
            just = "true" if label in justify_keys else "false"
            cells.append(f"{{ set par(leading: {leading:.2f}em, justify: {just}); {t(value, font=value_font, size=value_size)} }}")
        self.parts.append(place(x, y, f"box(width: {label_w + value_w:.2f}mm, grid(columns: ({label_w:.2f}mm, {value_w:.2f}mm), "
                                      f"row-gutter: {gutter:.2f}mm, {', '.join(cells)}))"))

    def src(self) -> str:
        return "".join(self.parts)


def _spaced(label: str) -> str:
    """Two-character labels are printed with a wide gap (名　　称), as licences print them."""
    return label[0] + "\u3000\u3000" + label[1] if len(label) == 2 else label


# ---------------------------------------------------------------- ID card (front, back)

def id_front(rng: random.Random, style: str) -> Doc:
    reg = V.region(rng)
    male = rng.random() < 0.5
    name = V.person_name(rng, "long" if style in ("long_name", "long_all") else "any")
    if name in V.UYGHUR:
        reg = next(r for r in V.REGIONS if r[1].startswith("65"))
        nation = "维吾尔"
        male = name not in V.UYGHUR_FEMALE
    else:
        nation = rng.choice(V.NATIONS)
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    long_addr = style in ("long_address", "long_all") or rng.random() < 0.3
    addr = V.street_address(rng, reg, long=long_addr)
    for attempt in range(40):                   # the card's address box holds three rows
        if len(addr) <= 32:
            break
        addr = V.street_address(rng, reg, long=long_addr and attempt < 20)
    idn = V.id_number(rng, reg[1], birth, male)
    p = Page(85.6, 54.0, 'gradient.linear(rgb("#e9f1ee"), rgb("#f4efe4"), rgb("#e6eef4"), angle: 25deg)')
    # guilloche-like rings printed on the card stock
    for k in range(7):
        r = 8 + k * 4.2
        p.raw(f'#place(top + left, dx: {60 - r:.2f}mm, dy: {30 - r:.2f}mm, circle(radius: {r:.2f}mm, '
              f'stroke: 0.25pt + rgb(170, 200, 190, 90)))\n')
    lab = dict(font=SONG, size=7.2, fill=LABEL_BLUE)
    val = dict(font=SONG, size=8.6, fill=INK)
    p.text(6.5, 6.8, "姓名", **lab)
    p.text(15.5, 6.2, name, **{**val, "size": 9.6}, bold=True)
    p.text(6.5, 13.3, "性别", **lab)
    p.text(15.5, 12.9, "男" if male else "女", **val)
    p.text(26.0, 13.3, "民族", **lab)
    p.text(34.5, 12.9, nation, **val)
    p.text(6.5, 19.6, "出生", **lab)
    p.text(15.5, 19.2, f"{birth.year}  年  {birth.month}  月  {birth.day}  日", **val)
    p.text(6.5, 26.0, "住址", **lab)
    p.text(15.5, 25.6, addr, **val, width=36.5, leading=0.55)
    p.text(6.5, 45.2, "公民身份号码", **lab)
    p.text(28.0, 44.4, idn, font=SONG, size=10.2, fill=INK, tracking="0.6pt", bold=True)
    # the photo: a grey field with a head-and-shoulders silhouette
    p.raw('#place(top + left, dx: 56mm, dy: 7mm, rect(width: 24mm, height: 30mm, fill: rgb("#dfe4e6")))\n'
          '#place(top + left, dx: 62.5mm, dy: 10.5mm, ellipse(width: 11mm, height: 13mm, fill: rgb("#6b6f73")))\n'
          '#place(top + left, dx: 58mm, dy: 24mm, ellipse(width: 20mm, height: 16mm, fill: rgb("#44484c")))\n'
          '#place(top + left, dx: 55mm, dy: 37mm, rect(width: 26mm, height: 3mm, fill: rgb("#f1eee6")))\n')
    rows = "3rows" if len(addr) > 26 else "2rows" if len(addr) > 13 else "1row"
    name_kind = "dot" if "·" in name else "4plus" if len(name) >= 4 else "plain"
    return Doc("id_card_front", f"idfront-{style}-{rows}-{name_kind}", p.w, p.h, p.src(),
               {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
                "address": addr, "id_number": idn}, [SONG], p.texts)


LONG_AUTH = ["成都市公安局高新技术产业开发区分局", "苏州市公安局苏州工业园区分局", "乌鲁木齐市公安局经济技术开发区分局",
             "武汉市公安局东湖新技术开发区分局", "杭州市公安局钱塘新区分局", "广州市公安局南沙区分局",
             "西双版纳傣族自治州公安局景洪市分局", "恩施土家族苗族自治州公安局"]


def authority(rng: random.Random, long: bool) -> str:
    """签发机关 as cards print it: the city's 公安局 and the district's 分局 (2-row when long)."""
    prov, _code, city, dist, _roads = V.region(rng)
    if long:
        return rng.choice(LONG_AUTH) if rng.random() < 0.6 else f"{city or prov}公安局{dist}分局"
    short_dist = dist[:-1] if len(dist) > 2 else dist
    return rng.choice([f"{city or prov}公安局{short_dist}分局", f"{city or prov}公安局"])


def id_back(rng: random.Random, style: str) -> Doc:
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    if style == "long_term":
        birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(1970, 12, 31))
    start, end = V.id_validity(rng, birth, TODAY)
    auth = authority(rng, long=style == "long_authority" or rng.random() < 0.25)
    p = Page(85.6, 54.0, 'gradient.linear(rgb("#f2ede2"), rgb("#e8f0ec"), angle: -20deg)')
    for k in range(9):
        p.raw(f'#place(top + left, dx: {-5 + k * 11:.2f}mm, dy: -6mm, rotate(30deg, rect(width: 1.2mm, height: 70mm, '
              f'fill: rgb(200, 180, 140, 40))))\n')
    p.raw(emblem(14.0, 13.5, 8.5))
    p.text(31.0, 7.0, "中华人民共和国", size=12.5, fill=INK, bold=True, tracking="2pt")
    p.text(30.0, 16.0, "居民身份证", size=17.5, fill=INK, bold=True, tracking="5pt")
    lab = dict(font=SONG, size=7.4, fill=INK)
    p.text(14.0, 36.0, "签发机关", **lab)
    p.text(28.5, 35.7, auth, size=8.6, width=48.0, leading=0.5)
    end_txt = end if end == "长期" else end.replace("-", ".")
    p.text(14.0, 44.2, "有效期限", **lab)
    p.text(28.5, 43.9, f"{start:%Y.%m.%d}-{end_txt}", size=8.6)
    return Doc("id_card_back", f"idback-{style}-{'long' if len(auth) > 11 else 'short'}-{'changqi' if end == '长期' else 'dated'}",
               p.w, p.h, p.src(), {"issuing_authority": auth, "valid_from": start.isoformat(), "valid_to": end},
               [SONG], p.texts)


# ---------------------------------------------------------------- business licence (2019 national form)

def _city_short(reg) -> str:
    prov, _c, city, dist, _r = reg
    return (city or prov)[:-1]


def licence_entity(rng: random.Random, form: str) -> dict:
    """One market entity as its licence prints it, per form: names, type wording, the person's
    label, the address label, the capital label ("" when the form prints no capital line)."""
    reg = V.region(rng)
    city = _city_short(reg)
    word = rng.choice(V.SHOP_WORDS)
    trade, scope = rng.choice(V.TRADES)
    established = V.date_between(rng, dt.date(1995, 1, 1), dt.date(2026, 10, 30))
    term_years = rng.choice((0, 0, 20, 30, 50))
    valid_to = "长期" if term_years == 0 else (V.add_years(established, term_years) - dt.timedelta(days=1)).isoformat()
    e = {"reg": reg, "established": established, "valid_to": valid_to, "person_label": "法定代表人",
         "addr_label": "住所", "cap_label": "注册资本", "capital": V.capital(rng), "scope": scope + V.SCOPE_TAIL,
         "date_label": "成立日期", "term": True, "code_prefix": "91"}
    if form == "listed":
        e["name"] = f"{city}{word}{trade}股份有限公司"
        e["type"] = rng.choice(["股份有限公司（上市、自然人投资或控股）", "股份有限公司（上市、国有控股）",
                                "其他股份有限公司（上市）"])
        e["capital"] = f"人民币{rng.randint(5000, 99999)}.{rng.randint(0, 9999):04d}万元"
    elif form == "state":
        e["name"] = rng.choice([f"{city}第{rng.choice('一二三四五六七八')}{rng.choice(['机床厂', '印刷厂', '粮油储备库', '建筑工程公司'])}",
                                f"{reg[0]}{word}{rng.choice(['物资供应站', '农机修造厂', '水利工程处'])}"])
        e["type"] = "全民所有制"
        e["cap_label"] = "注册资金"
        e["capital"] = rng.choice([f"{rng.choice((86, 120, 350, 1000))}万元", f"人民币{rng.choice(V.CAPITAL_CN)}万元整"])
        e["established"] = V.date_between(rng, dt.date(1978, 1, 1), dt.date(1999, 12, 31))
        e["valid_to"] = "长期"
        e["code_prefix"] = "91"
    elif form == "collective":
        e["name"] = f"{city}{reg[3]}{word}{rng.choice(['五金厂', '服装厂', '综合商店', '建材厂'])}"
        e["type"] = rng.choice(["集体所有制", "集体所有制（股份合作）"])
        e["cap_label"] = "注册资金"
        e["capital"] = f"{rng.choice((15, 30, 50, 68, 120))}万元"
        e["established"] = V.date_between(rng, dt.date(1983, 1, 1), dt.date(2003, 12, 31))
        e["valid_to"] = "长期"
    elif form == "coopunion":
        e["name"] = f"{reg[3][:-1]}{word}{rng.choice(['蔬菜', '茶叶', '果品', '粮食', '畜牧'])}专业合作社联合社"
        e["type"] = "农民专业合作社联合社"
        e["cap_label"] = "成员出资总额"
        e["capital"] = f"{rng.choice((120, 300, 560, 1000))}万元"
        e["scope"] = ("组织成员社开展农产品的生产、收购、加工、销售；为成员社提供农业生产资料的购买、技术培训、"
                      "技术交流和信息咨询服务" + V.SCOPE_TAIL)
        e["valid_to"] = "长期"
        e["code_prefix"] = "93"
    elif form == "foreign_branch":
        parent = f"{rng.choice(['伊藤', '博世', '汉高', '美年', '新达', '雅诗', '丰田', '大金'])}{word}（中国）{rng.choice(['投资', '贸易', '科技'])}有限公司"
        e["name"] = f"{parent}{city}分公司"
        e["type"] = rng.choice(["有限责任公司分公司（外商投资企业法人独资）", "外商投资企业分公司"])
        e["person_label"] = "负责人"
        e["addr_label"] = "营业场所"
        e["cap_label"] = ""
        e["capital"] = ""
        e["valid_to"] = "长期" if rng.random() < 0.6 else e["valid_to"]
    elif form == "individual_noname":
        e["name"] = ""
        shop, sc = rng.choice(V.SHOPS_IND)
        e["type"] = "个体工商户"
        e["person_label"] = "经营者"
        e["addr_label"] = "经营场所"
        e["cap_label"] = ""
        e["capital"] = ""
        e["scope"] = sc + rng.choice(["", V.SCOPE_TAIL])
        e["date_label"] = "注册日期"
        e["term"] = False
        e["valid_to"] = ""
        e["form"] = rng.choice(["个人经营", "家庭经营"])
        e["code_prefix"] = "92"
    else:  # ordinary limited company
        e["name"] = f"{city}{word}{trade}有限公司"
        e["type"] = rng.choice(["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）"])
    e["person"] = V.person_name(rng)
    if form == "individual_noname" and rng.random() < 0.5:
        e["name"] = e["person"]          # some registries print the operator's name where no 字号 is registered
        e["name_is_operator"] = True
    e["address"] = V.business_address(rng, reg)
    e["credit_code"] = V.uscc(rng, e["code_prefix"], reg[1])
    e["authority"] = f"{(reg[2] or reg[0])}{reg[3]}市场监督管理局"
    e["issued"] = V.date_between(rng, max(e["established"], dt.date(2019, 3, 1)), dt.date(2026, 11, 20))
    return e


def _licence_truth(e: dict) -> dict[str, str]:
    return {"name": e["name"], "credit_code": e["credit_code"], "entity_type": e["type"],
            "legal_representative": e["person"], "registered_capital": e["capital"],
            "established_date": e["established"].isoformat(), "address": e["address"],
            "business_scope": e["scope"], "valid_to": e["valid_to"]}


def _term_text(e: dict) -> str:
    end = "长期" if e["valid_to"] == "长期" else V.date_cn(dt.date.fromisoformat(e["valid_to"]))
    return f"{V.date_cn(e['established'])}至{end}"


def business_licence(rng: random.Random, form: str, copy: str, seal_over_date: bool, qr_png: bytes) -> Doc:
    """The 2019 national 营业执照: 正本 landscape (two columns) or 副本 portrait (one column, with
    副本编号), QR code top right, 登记机关 and date bottom right under the red seal."""
    e = licence_entity(rng, form)
    landscape = copy == "zhengben"
    w, h = (297.0, 210.0) if landscape else (210.0, 297.0)
    p = Page(w, h, 'rgb("#fbf7ee")')
    p.raw(frame(w, h, 7.0, 'rgb("#b8893a")'))
    p.raw(emblem(w / 2, 31.0, 11.0))
    p.text(w / 2, 45.0, "营业执照", size=40 if landscape else 34, bold=True, tracking="8pt", anchor="top + center")
    if not landscape:
        p.text(w / 2, 62.0, "（副　本）", size=15, anchor="top + center")
    p.text(22.0, 24.0 if landscape else 30.0, "统一社会信用代码", size=10.5, bold=True)
    p.text(22.0, 30.5 if landscape else 36.5, e["credit_code"], size=12.5, tracking="0.5pt")
    marks = []
    if not landscape:
        p.text(22.0, 43.0, "副本编号：1-1", size=10)
        marks.append("copy_no_1-1")
    qx = w - 52.0
    p.raw(f'#place(top + left, dx: {qx:.2f}mm, dy: 20mm, image("{{qr}}", width: 25mm))\n')
    p.text(qx - 4, 47.0, "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息",
           size=6.2, width=34.0, leading=0.35)
    rows: list[tuple[str, str]] = [("名称", e["name"]), ("类型", e["type"]), (e["person_label"], e["person"])]
    if e.get("form"):
        rows.append(("组成形式", e["form"]))
    right: list[tuple[str, str]] = []
    if e["cap_label"]:
        right.append((e["cap_label"], e["capital"]))
    right.append((e["date_label"], V.date_cn(e["established"])))
    if e["term"]:
        right.append(("营业期限", _term_text(e)))
    right.append((e["addr_label"], e["address"]))
    lsz = 12.0 if landscape else 11.0
    vsz = 11.5 if landscape else 10.6
    val_font = rng.choice([SONG, SONG, KAI])
    if landscape:
        p.grid(24.0, 80.0, 30.0, 88.0, rows + [("经营范围", e["scope"])], label_size=lsz, value_font=val_font, value_size=vsz)
        p.grid(158.0, 80.0, 30.0, 80.0, right, label_size=lsz, value_font=val_font, value_size=vsz)
    else:
        p.grid(26.0, 76.0, 30.0, 128.0, rows + right + [("经营范围", e["scope"])], label_size=lsz, value_font=val_font,
               value_size=vsz)
    # issuing authority, date and seal
    ax, ay = (w - 95.0, h - 52.0)
    p.text(ax, ay, "登记机关", size=12, bold=True)
    date_txt = V.date_cn(e["issued"], pad=False)
    p.text(ax + 12.0, ay + 18.0, date_txt, size=12)
    sx, sy = (ax + 40.0, ay + (14.0 if seal_over_date else 4.0))
    p.raw(seal(sx, sy, 19.0, e["authority"], bottom="登记专用章" if rng.random() < 0.3 else ""))
    p.text(22.0, h - 24.0, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", size=7.5)
    p.text(22.0, h - 19.5, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", size=7.5)
    p.text(w / 2, h - 14.0, "国家市场监督管理总局监制", size=7.5, anchor="top + center")
    src = p.src().replace("{qr}", "qr.png")
    faces = sorted({SONG, val_font})
    variant = f"{copy}-{form}-{'seal_on_date' if seal_over_date else 'seal_beside'}"
    d = Doc("business_license", variant, w, h, src, _licence_truth(e), faces, p.texts, {"qr.png": qr_png}, marks)
    if seal_over_date:
        d.marks.append("seal_across_date")
    if form == "individual_noname":
        d.marks.append("no_trade_name_operator_named" if e.get("name_is_operator") else "no_trade_name_blank")
    return d


# ---------------------------------------------------------------- 公共场所卫生许可证 (provincial templates)

HEALTH_PROV = [  # province abbreviation, template number pattern, region index hint
    ("粤", "粤卫公证字〔{y}〕第{code}{n:06d}号", "44"),
    ("浙", "浙卫公（{y}）第{code}-{n:05d}号", "33"),
    ("苏", "苏卫公证字（{y}）第{code}{n:06d}号", "32"),
    ("川", "川卫公字[{y}]第{code}{n:06d}号", "51"),
    ("鲁", "鲁卫公字（{y}）第{code}{n:06d}号", "37"),
    ("鄂", "鄂卫公证字〔{y}〕第{code}{n:05d}号", "42"),
]
HEALTH_ITEMS = [["住宿"], ["住宿", "游泳场所"], ["理发店", "美容店"], ["美容店"], ["沐浴场所"], ["沐浴", "美容"],
                ["歌舞厅"], ["游艺厅", "歌舞厅"], ["商场（店）"], ["书店"], ["宾馆", "咖啡馆"], ["候车室"],
                ["展览馆"], ["公共浴室", "足浴"], ["酒吧", "茶座"],
                ["住宿", "游泳场所", "美容店", "沐浴场所", "歌舞厅"],            # a hotel with its pool, spa and KTV
                ["理发店", "美容店", "沐浴场所", "足浴", "公共浴室", "游泳场所（馆）"]]
PLACE_NAMES = ["酒店", "宾馆", "美发店", "美容美体中心", "浴场", "KTV", "游泳馆", "购物广场", "书城", "足道馆"]


def health_licence(rng: random.Random, template: str) -> Doc:
    abbr, pattern, pref = rng.choice(HEALTH_PROV)
    regs = [r for r in V.REGIONS if r[1].startswith(pref)] or V.REGIONS
    reg = rng.choice(regs)
    start = V.date_between(rng, dt.date(2022, 12, 10), dt.date(2026, 11, 25))
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    no = pattern.format(y=start.year, code=reg[1], n=rng.randint(1, 99999))
    name = f"{_city_short(reg)}{rng.choice(V.SHOP_WORDS)}{rng.choice(PLACE_NAMES)}" + rng.choice(["", "有限公司", "（个体工商户）"])
    person = V.person_name(rng)
    addr = V.business_address(rng, reg)
    items_l = rng.choice(HEALTH_ITEMS)
    items = "、".join(items_l)
    auth = f"{reg[2] or reg[0]}{reg[3]}卫生健康局"
    val_font = rng.choice([SONG, KAI])
    landscape = template == "landscape_table"
    w, h = (297.0, 210.0) if landscape else (210.0, 297.0)
    p = Page(w, h, 'rgb("#fffdf8")')
    p.raw(frame(w, h, 8.0, 'rgb("#2f6a8f")', pattern=template != "plain"))
    title = "公共场所卫生许可证" if template != "plain" else "卫生许可证"
    p.text(w / 2, 30.0, title, size=30 if landscape else 28, bold=True, tracking="4pt", anchor="top + center")
    p.text(w - 30.0, 52.0, no, size=11, anchor="top + right")
    rows = [("单位名称", name), ("法定代表人（负责人）", person), ("地址", addr), ("许可项目", items)]
    validity = f"自{V.date_cn(start)}至{V.date_cn(end)}"
    if template == "landscape_table":
        cells = []
        for label, value in rows + [("有效期限", validity)]:
            p.texts += [(SONG, label), (val_font, value)]
            cells.append(t(label, size=12, bold=True))
            cells.append(t(value, font=val_font, size=12))
        p.raw(f'#place(top + left, dx: 30mm, dy: 64mm, box(width: {w - 60:.0f}mm, table(columns: (52mm, 1fr), '
              f'inset: 3.2mm, stroke: 0.8pt + rgb("#2f6a8f"), align: left + horizon, {", ".join(cells)})))\n')
    else:
        grid_rows = rows + [("有效期限", validity)]
        p.grid(28.0, 70.0, 50.0, w - 108.0, grid_rows, label_size=12, value_font=val_font, value_size=12, gutter=7.0)
        if template == "items_list":
            p.text(28.0, h - 80.0, "（许可项目以本证载明为准，变更须重新申请）", size=9)
    ax, ay = (w - 100.0, h - 58.0)
    p.text(ax, ay, "发证机关", size=12, bold=True)
    p.text(ax + 10.0, ay + 16.0, V.date_cn(start - dt.timedelta(days=rng.randint(0, 6)), pad=False), size=12)
    p.raw(seal(ax + 38.0, ay + 8.0, 18.0, auth))
    p.text(28.0, h - 24.0, "本证有效期四年，应当在有效期届满30日前向原发证机关申请延续", size=8)
    return Doc("public_health_license", f"health-{template}-{abbr}", w, h, p.src(),
               {"license_no": no, "name": name, "legal_representative": person, "address": addr,
                "license_items": items, "valid_from": start.isoformat(), "valid_to": end.isoformat()},
               sorted({SONG, val_font}), p.texts)


# ---------------------------------------------------------------- 食品经营许可证

FOOD_FORMS = [("食品销售经营者（超市）", "1"), ("食品销售经营者（便利店）", "1"), ("食品销售经营者（食杂店）", "1"),
              ("餐饮服务经营者（小型餐馆）", "2"), ("餐饮服务经营者（中型餐馆）", "2"), ("餐饮服务经营者（饮品店）", "2"),
              ("单位食堂（学校食堂）", "3"), ("单位食堂（机关事业单位食堂）", "3"), ("餐饮服务经营者（糕点店）", "2")]
FOOD_ITEMS = {
    "1": ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品，不含熟食）销售", "特殊食品销售（保健食品）",
          "特殊食品销售（婴幼儿配方乳粉）", "特殊食品销售（其他婴幼儿配方食品）", "散装食品（含熟食）销售",
          "保健食品销售", "散装食品（不含冷藏冷冻食品）销售"],
    "2": ["热食类食品制售", "冷食类食品制售（不含生食）", "自制饮品制售（不含自酿酒）", "糕点类食品制售（含裱花蛋糕）",
          "生食类食品制售（生食类水产品）", "预包装食品（不含冷藏冷冻食品）销售", "半成品制售"],
    "3": ["热食类食品制售", "冷食类食品制售（不含生食）", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（不含自酿酒）"],
}


def food_licence(rng: random.Random, form: str, copy: str) -> Doc:
    reg = V.region(rng)
    bform, cat = rng.choice(FOOD_FORMS)
    items_all = FOOD_ITEMS[cat]
    k = rng.randint(3, len(items_all)) if rng.random() < 0.7 else rng.randint(1, 2)
    items = rng.sample(items_all, k)
    sep = "；" if form == "2023" else rng.choice(["；", "，"])
    bitems = sep.join(items)
    marks = []
    if cat == "1" and rng.random() < 0.5:
        bitems = "仅销售预包装食品" + sep + bitems
        marks.append("only_prepackaged")
    if len(items) >= 4:
        marks.append("long_items")
    city = _city_short(reg)
    if cat == "3":
        name = f"{city}{rng.choice(['第三中学', '实验小学', '市税务局', '人民医院', '第二职业技术学校'])}"
        if rng.random() < 0.5:
            name += "食堂"
    else:
        name = f"{city}{rng.choice(V.SHOP_WORDS)}{rng.choice(['超市', '便利店', '餐饮管理有限公司', '饭店', '食品商行', '蛋糕坊'])}"
    # GB 32100 [1-2]: 91 企业, 92 个体工商户, 12 事业单位 (a school's or hospital's canteen is licensed to the unit)
    prefix = "12" if cat == "3" else "91" if "有限公司" in name else rng.choice(["91", "92"])
    code = V.uscc(rng, prefix, reg[1])
    person = V.person_name(rng)
    addr = V.business_address(rng, reg)
    premises = addr if rng.random() < 0.5 else V.business_address(rng, reg)
    lic_no = f"JY{cat}{reg[1]}{rng.randint(0, 9999999):07d}"
    issued = V.date_between(rng, dt.date(2021, 1, 1), dt.date(2026, 11, 20))
    valid_to = V.add_years(issued, 5) - dt.timedelta(days=1)
    landscape = copy == "zhengben"
    w, h = (297.0, 210.0) if landscape else (210.0, 297.0)
    p = Page(w, h, 'rgb("#fcfcf7")')
    p.raw(frame(w, h, 7.0, 'rgb("#3f7f4a")'))
    if form == "2023":
        p.raw(emblem(w / 2, 26.0, 9.0))
    p.text(w / 2, 40.0 if form == "2023" else 22.0, "食品经营许可证", size=32 if landscape else 28, bold=True,
           tracking="5pt", anchor="top + center")
    if not landscape:
        p.text(w / 2, 55.0 if form == "2023" else 37.0, "（副本）", size=14, anchor="top + center")
    labels = [("经营者名称", name), ("统一社会信用代码" if form == "2023" else "社会信用代码（身份证号码）", code),
              ("法定代表人（负责人）", person), ("住所", addr), ("经营场所", premises), ("主体业态", bform),
              ("经营项目", bitems)]
    right = [("许可证编号", lic_no), ("日常监督管理机构", f"{reg[3]}市场监督管理局{rng.choice(['城关', '中心', '东城', '西城'])}所"),
             ("日常监督管理人员", f"{V.person_name(rng)}、{V.person_name(rng)}"), ("投诉举报电话", "12315"),
             ("有效期至", V.date_cn(valid_to))]
    val_font = rng.choice([SONG, KAI])
    if landscape:
        p.grid(20.0, 62.0, 48.0, 92.0, labels, label_size=10.5, value_font=val_font, value_size=11.0, gutter=3.5)
        p.grid(168.0, 62.0, 40.0, 72.0, right, label_size=10.5, value_font=val_font, value_size=11.0, gutter=3.5)
    else:
        p.grid(20.0, 72.0, 50.0, 118.0, labels + right, label_size=10.5, value_font=val_font, value_size=11.0, gutter=3.5)
    ax, ay = (w - 92.0, h - 50.0)
    p.text(ax, ay, "发证机关", size=11, bold=True)
    p.text(ax, ay + 8.0, f"签发人：{V.person_name(rng)}", size=10)
    p.text(ax + 6.0, ay + 18.0, V.date_cn(issued, pad=False), size=11)
    p.raw(seal(ax + 36.0, ay + 9.0, 17.0, f"{reg[2] or reg[0]}{reg[3]}市场监督管理局"))
    p.text(22.0, h - 20.0, "监制：国家市场监督管理总局" if form == "2023" else "国家食品药品监督管理总局监制", size=8)
    return Doc("food_business_license", f"food-{form}-{copy}", w, h, p.src(),
               {"license_no": lic_no, "name": name, "credit_code": code, "legal_representative": person,
                "address": addr, "premises_address": premises, "business_form": bform,
                "business_items": bitems, "valid_to": valid_to.isoformat()},
               sorted({SONG, val_font}), p.texts, marks=marks)


# ---------------------------------------------------------------- negatives (kind "other")

OTHER_CERTS = [
    ("医疗机构执业许可证", [("机构名称", "{city}{word}口腔诊所"), ("地址", "{addr}"), ("法定代表人", "{person}"),
                            ("诊疗科目", "口腔科；医学影像科"), ("登记号", "PDY{n8}")]),
    ("民办非企业单位登记证书", [("名称", "{city}{word}职业技能培训学校"), ("统一社会信用代码", "{uscc52}"),
                                ("住所", "{addr}"), ("法定代表人", "{person}"), ("业务范围", "职业技能培训")]),
    ("事业单位法人证书", [("名称", "{city}{word}社区卫生服务中心"), ("统一社会信用代码", "{uscc12}"),
                          ("宗旨和业务范围", "为辖区居民提供基本医疗和公共卫生服务"), ("住所", "{addr}"), ("法定代表人", "{person}")]),
    ("道路运输经营许可证", [("业户名称", "{city}{word}物流有限公司"), ("地址", "{addr}"), ("经营范围", "道路普通货物运输"),
                            ("证号", "{code6}{n6}")]),
    ("排污许可证（副本）", [("单位名称", "{city}{word}机械制造有限公司"), ("注册地址", "{addr}"),
                            ("法定代表人（主要负责人）", "{person}"), ("证书编号", "{uscc91}001V")]),
    ("社会团体法人登记证书", [("名称", "{city}{word}商会"), ("统一社会信用代码", "{uscc51}"), ("住所", "{addr}"),
                              ("法定代表人", "{person}"), ("业务范围", "行业交流、咨询服务、行业培训")]),
]


def other_doc(rng: random.Random, style: str) -> Doc:
    reg = V.region(rng)
    ctx = {"city": _city_short(reg), "word": rng.choice(V.SHOP_WORDS), "addr": V.business_address(rng, reg),
           "person": V.person_name(rng), "n8": f"{rng.randint(0, 99999999):08d}", "n6": f"{rng.randint(0, 999999):06d}",
           "code6": reg[1], "uscc52": V.uscc(rng, "52", reg[1]), "uscc12": V.uscc(rng, "12", reg[1]),
           "uscc91": V.uscc(rng, "91", reg[1]), "uscc51": V.uscc(rng, "51", reg[1])}
    w, h = 210.0, 297.0
    p = Page(w, h, 'rgb("#fffefa")')
    if style == "certificate":
        title, rows = rng.choice(OTHER_CERTS)
        p.raw(frame(w, h, 8.0, 'rgb("#8a5a2b")'))
        p.raw(emblem(w / 2, 34.0, 10.0))
        p.text(w / 2, 50.0, title, size=24, bold=True, tracking="3pt", anchor="top + center")
        y = 80.0
        for label, value in rows:
            v = value.format(**ctx)
            p.text(28.0, y, label, size=12, bold=True)
            p.text(80.0, y, v, size=12, width=100.0)
            y += 18.0
        p.raw(seal(w - 60.0, h - 60.0, 18.0, f"{reg[2] or reg[0]}{rng.choice(['卫生健康委员会', '民政局', '交通运输局', '生态环境局'])}"))
        variant = f"other-certificate-{title}"
    elif style == "notice":
        comp = f"{ctx['city']}{ctx['word']}商贸有限公司"
        p.text(w / 2, 30.0, "受理通知书", size=22, bold=True, anchor="top + center")
        body = (f"{comp}：你单位于{V.date_cn(V.date_between(rng, dt.date(2026, 1, 5), dt.date(2026, 11, 30)))}提交的"
                f"公共场所卫生许可证（新办）申请材料，包括营业执照复印件、法定代表人身份证复印件、卫生管理制度等，"
                f"经审查，符合受理条件，决定予以受理。统一社会信用代码：{ctx['uscc91']}。"
                f"承诺办结时限为17个工作日。")
        p.text(28.0, 60.0, body, size=12, width=154.0, leading=0.9, justify=True)
        p.raw(seal(w - 60.0, 160.0, 18.0, f"{reg[2] or reg[0]}{reg[3]}行政审批局"))
        variant = "other-acceptance-notice"
    elif style == "lost_notice":
        p.text(w / 2, 24.0, "遗失声明", size=20, bold=True, anchor="top + center")
        lines = []
        for _ in range(5):
            c = f"{_city_short(V.region(rng))}{rng.choice(V.SHOP_WORDS)}{rng.choice(['商贸有限公司', '餐饮店', '便利店'])}"
            lines.append(f"{c}遗失营业执照正本、副本，统一社会信用代码：{V.uscc(rng, '91', reg[1])}，声明作废。")
        p.text(24.0, 44.0, "\n".join(lines), size=11, width=162.0, leading=0.8)
        variant = "other-lost-licence-notice"
    elif style == "resolution":
        comp = f"{ctx['city']}{ctx['word']}科技有限公司"
        p.text(w / 2, 28.0, f"{comp}股东会决议", size=18, bold=True, anchor="top + center")
        body = (f"会议时间：{V.date_cn(V.date_between(rng, dt.date(2025, 1, 1), dt.date(2026, 11, 1)))}。会议地点：{ctx['addr']}。"
                f"全体股东一致同意：一、公司住所变更为{V.business_address(rng, reg)}；二、选举{ctx['person']}为公司执行董事，"
                f"担任法定代表人；三、修改公司章程相应条款。全体股东签字：")
        p.text(26.0, 50.0, body, size=12, width=158.0, leading=0.9, justify=True)
        variant = "other-shareholder-resolution"
    else:  # blank back of a copied page, with a faint show-through of the front
        p.raw('#place(top + left, dx: 30mm, dy: 40mm, scale(x: -100%, reflow: false, '
              f'text(font: {s(SONG)}, size: 26pt, fill: rgb(0, 0, 0, 14), {s("营业执照")})))\n')
        p.texts.append((SONG, "营业执照"))
        variant = "other-blank-showthrough"
    return Doc("other", variant, w, h, p.src(), {}, [SONG], p.texts)
