"""Family AJ's documents as Asymptote page code (mm units, origin bottom-left) with their truth.

Each maker returns a Doc: the page geometry, the Asymptote statements drawing one page, the fields'
true values and the boxes (mm) where each value is printed (so a capture can cover one and mark it
unreadable)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import values as V

GEOM = {"card": (85.6, 54.0), "a4p": (210.0, 297.0), "a4l": (297.0, 210.0)}
# xeCJK families declared in the Asymptote preamble (generate.PREAMBLE)
VALUE_FACES = {"sung": r"\rmfamily", "kai": r"\kai", "ming": r"\ming", "serif": r"\serif", "hei": r"\hei"}


@dataclass
class Doc:
    kind: str
    geom: str
    variant: str
    fields: dict
    boxes: dict = field(default_factory=dict)
    code: list = field(default_factory=list)
    faces: list = field(default_factory=list)
    marks: list = field(default_factory=list)


def tex(s: str) -> str:
    return s.replace("%", r"\%").replace("&", r"\&").replace("#", r"\#").replace("_", r"\_")


def q(s: str) -> str:
    return '"' + s.replace('"', "'") + '"'


class Page:
    def __init__(self, doc: Doc):
        self.d = doc

    def put(self, s: str):
        self.d.code.append(s)

    def text(self, x, y, s, size=10, face=r"\rmfamily", align="E", color="black", rot=0.0, extra=""):  # noqa: ANN001
        lab = f"Label({q(face + ' ' + tex(s))})"
        if rot:
            lab = f"rotate({rot:.2f})*{lab}"
        self.put(f"label({lab}, ({x:.2f},{y:.2f}), {align}, fontsize({size}pt)+{color}{extra});")

    def para(self, x, y, s, width, size=10, face=r"\rmfamily", color="black", lead=1.25):  # noqa: ANN001
        body = tex(s)
        inner = q(face + r" \linespread{" + f"{lead:.2f}" + r"}\selectfont " + body)
        self.put(f"label(minipage({inner}, {width:.1f}mm), ({x:.2f},{y:.2f}), SE, fontsize({size}pt)+{color});")

    def value(self, key, x, y, s, size=10, face=r"\rmfamily", width=None, lines=1, color="black"):  # noqa: ANN001
        """A field value: one line at (x, y) (baseline-ish middle), or a paragraph of `width` mm whose top is y."""
        mm = size * 0.3528
        if width is None:
            self.text(x, y, s, size, face, "E", color)
            self.d.boxes[key] = (x, y - mm * 0.7, x + len(s) * mm * 0.95 + 2, y + mm * 0.7)
        else:
            self.para(x, y, s, width, size, face, color)
            self.d.boxes[key] = (x, y - lines * mm * 1.6, x + width, y)

    def box(self, x0, y0, x1, y1, pen="black+0.3"):  # noqa: ANN001
        self.put(f"draw(box(({x0:.2f},{y0:.2f}),({x1:.2f},{y1:.2f})), {pen});")

    def line(self, x0, y0, x1, y1, pen="black+0.3"):  # noqa: ANN001
        self.put(f"draw(({x0:.2f},{y0:.2f})--({x1:.2f},{y1:.2f}), {pen});")

    def paper(self, rgb):  # noqa: ANN001
        w, h = GEOM[self.d.geom]
        self.put(f"fill(box((0,0),({w},{h})), rgb({rgb[0]:.3f},{rgb[1]:.3f},{rgb[2]:.3f}));")

    def guilloche(self, cx, cy, rx, ry, k, pen):  # noqa: ANN001
        self.put(f"for(int k=0;k<{k};++k){{guide g; for(int t=0;t<=360;t+=2){{real a=t*pi/180; "
                 f"real r=1+0.06*cos(9*a+k*0.5)+0.03*sin(23*a-k); g=g..({cx:.1f}+{rx:.1f}*r*cos(a),{cy:.1f}+{ry:.1f}*r*sin(a));}} "
                 f"draw(g..cycle, {pen});}}")

    def border(self, w, h, m, pen):  # noqa: ANN001
        self.box(m, m, w - m, h - m, pen + "+0.8")
        self.box(m + 2.5, m + 2.5, w - m - 2.5, h - m - 2.5, pen + "+0.25")
        # wave band between the two rules, drawn as sine paths
        for side in range(2):
            y = m + 1.25 if side == 0 else h - m - 1.25
            self.put(f"{{guide g; for(real x={m:.1f}; x<={w - m:.1f}; x+=0.6) g=g--(x,{y:.2f}+0.9*sin(x*1.7)); draw(g, {pen}+0.15);}}")
        for side in range(2):
            x = m + 1.25 if side == 0 else w - m - 1.25
            self.put(f"{{guide g; for(real y={m:.1f}; y<={h - m:.1f}; y+=0.6) g=g--({x:.2f}+0.9*sin(y*1.7),y); draw(g, {pen}+0.15);}}")

    def qr(self, rng, x, y, s):  # noqa: ANN001
        n = 25
        c = s / n
        cells = []
        for i in range(n):
            for j in range(n):
                fin = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
                if fin:
                    a = i if i < 7 else i - (n - 7)
                    b = j if j < 7 else j - (n - 7)
                    on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
                else:
                    on = rng.random() < 0.48
                if on:
                    cells.append(f"({x + j * c:.2f},{y + (n - 1 - i) * c:.2f})")
        self.put(f"{{pair[] q={{{','.join(cells)}}}; for(pair p: q) fill(box(p,p+({c:.3f},{c:.3f})), black);}}")

    def seal(self, x, y, r, text, rng, center="★", opacity=0.85, ellipse=False):  # noqa: ANN001
        pen = f"rgb(0.85,0.1,0.12)+opacity({opacity:.2f})"
        rot = rng.uniform(-15, 15)
        if ellipse:
            self.put(f"draw(shift({x:.2f},{y:.2f})*rotate({rot:.1f})*scale({r:.2f},{r * 0.7:.2f})*unitcircle, {pen}+1.1);")
        else:
            self.put(f"draw(circle(({x:.2f},{y:.2f}),{r:.2f}), {pen}+{r / 12:.2f});")
        n = len(text)
        span = min(250.0, 18.0 * n)
        for i, ch in enumerate(text):
            a = 90 + rot + span / 2 - (span * (i + 0.5) / n)
            import math
            px = x + (r * 0.76) * math.cos(math.radians(a))
            py = y + (r * 0.76) * math.sin(math.radians(a))
            lab = q(r"\hei " + ch)
            self.put(f"label(rotate({a - 90:.1f})*Label({lab}), ({px:.2f},{py:.2f}), {pen}+fontsize({r * 0.55 / 0.3528:.1f}pt));")
        lab = q(r"\hei " + center)
        self.put(f"label({lab}, ({x:.2f},{y:.2f}), {pen}+fontsize({r * 0.9 / 0.3528:.1f}pt));")


def cn_date(t, spaced=False) -> str:  # noqa: ANN001
    if spaced:
        return f"{t[0]} 年 {t[1]} 月 {t[2]} 日"
    return f"{t[0]}年{t[1]:02d}月{t[2]:02d}日"


def police(reg) -> str:  # noqa: ANN001
    s = reg[2]
    if "省" in s:
        s = s.split("省", 1)[1]
    city, _, dist = s.partition("市")
    if not dist:
        return city + "市公安局"
    dist = dist.replace("新区", "").rstrip("区市县")
    return f"{city}市公安局{dist}分局"


def regulator(reg, what="市场监督管理局") -> str:  # noqa: ANN001
    s = reg[2]
    if "省" in s:
        s = s.split("省", 1)[1]
    return s + what


# ---------------------------------------------------------------- ID cards
def id_front(rng: random.Random, on_a4: bool, scale: float = 1.0) -> Doc:
    reg = rng.choice(V.REGIONS)
    sex = rng.choice("男女")
    birth = V.date(rng, 1956, 2004)
    name = V.person_name(rng)
    nation = rng.choice(V.NATIONS)
    idn = V.id_number(rng, reg[0], birth, sex)
    addr = V.address(rng, reg)
    d = Doc("id_card_front", "a4p" if on_a4 else "card", "front-a4" if on_a4 else "front-card",
            {"name": name, "sex": sex, "nation": nation, "birth_date": V.iso(birth), "address": addr, "id_number": idn})
    p = Page(d)
    ox, oy = ((210 - 85.6 * scale) / 2 + rng.uniform(-5, 5), 297 - 25 - 54 * scale - rng.uniform(0, 20)) if on_a4 else (0, 0)
    if on_a4:
        p.paper((0.985, 0.985, 0.98))
    d.code.append(f"picture card; pair O=({ox:.2f},{oy:.2f}); real S={scale:.2f};")
    # the card on its own picture, shifted onto the page
    sub = Doc("x", "card", "", {})
    c = Page(sub)
    c.put("fill(roundedpath(box((0,0),(85.6,54)),3), rgb(0.93,0.95,0.97));")
    c.put("axialshade(roundedpath(box((0,0),(85.6,54)),3), rgb(0.96,0.93,0.88), (0,0), rgb(0.86,0.92,0.97), (85.6,54));")
    c.guilloche(52, 26, 30, 18, 6, "rgb(0.78,0.86,0.92)+0.12")
    lab = "rgb(0.15,0.4,0.65)"
    face = VALUE_FACES[rng.choice(["hei", "hei", "serif"])]
    d.faces = ["hei-labels", "value-" + [k for k, v in VALUE_FACES.items() if v == face][0]]
    c.text(6, 46, "姓  名", 6, r"\hei", color=lab)
    c.value("name", 16, 46, name, 9, face)
    c.text(6, 39.5, "性  别", 6, r"\hei", color=lab)
    c.value("sex", 16, 39.5, sex, 8, face)
    c.text(25, 39.5, "民  族", 6, r"\hei", color=lab)
    c.value("nation", 33, 39.5, nation, 8, face)
    c.text(6, 33, "出  生", 6, r"\hei", color=lab)
    c.value("birth_date", 16, 33, cn_date(birth, True), 8, face)
    c.text(6, 26.5, "住  址", 6, r"\hei", color=lab)
    c.value("address", 16, 28.3, addr, 8, face, width=37, lines=3)
    c.text(6, 7, "公民身份号码", 6.5, r"\hei", color=lab)
    c.value("id_number", 26, 7, idn, 10, r"\serif")
    c.put("fill(box((58,14),(81,47)), rgb(0.9,0.9,0.92)); fill(ellipse((69.5,36),6,7.5), rgb(0.55,0.5,0.48)); "
          "fill((59,14)..(62,24)..(69.5,27)..(77,24)..(80,14)--cycle, rgb(0.2,0.22,0.3));")
    _card_into(d, sub, on_a4, scale)
    return d


def _card_into(d: Doc, sub: Doc, on_a4: bool, scale: float = 1.0):
    body = "\n".join(s.replace("label(", "label(card, ").replace("fill(", "fill(card, ").replace("draw(", "draw(card, ")
                     .replace("axialshade(", "axialshade(card, ") for s in sub.code)
    d.code.append(body)
    d.code.append("add(shift(O)*scale(S)*card);" if on_a4 else "add(card);")
    if on_a4:
        d.code.append("draw(shift(O)*scale(S)*roundedpath(box((0,0),(85.6,54)),3), gray(0.5)+0.3);")
    ox = oy = 0.0
    for s in d.code:
        if s.startswith("picture card; pair O=("):
            ox, oy = map(float, s.split("O=(")[1].split(")")[0].split(","))
            break
    for k, b in sub.boxes.items():
        d.boxes[k] = (b[0] * scale + ox, b[1] * scale + oy, b[2] * scale + ox, b[3] * scale + oy)


def id_back(rng: random.Random, on_a4: bool, scale: float = 1.0) -> Doc:
    reg = rng.choice(V.REGIONS)
    start = V.date(rng, 2006, 2024)
    age_kind = rng.random()
    if age_kind < 0.15:
        end_s, end_v = "长期", "长期"
    else:
        yrs = 10 if age_kind < 0.55 else 20
        end = (start[0] + yrs, start[1], start[2])
        end_s, end_v = f"{end[0]}.{end[1]:02d}.{end[2]:02d}", V.iso(end)
    auth = police(reg)
    d = Doc("id_card_back", "a4p" if on_a4 else "card", "back-a4" if on_a4 else "back-card",
            {"issuing_authority": auth, "valid_from": V.iso(start), "valid_to": end_v})
    p = Page(d)
    ox, oy = ((210 - 85.6 * scale) / 2 + rng.uniform(-5, 5), rng.uniform(110, 140)) if on_a4 else (0, 0)
    if on_a4:
        p.paper((0.985, 0.985, 0.98))
    d.code.append(f"picture card; pair O=({ox:.2f},{oy:.2f}); real S={scale:.2f};")
    sub = Doc("x", "card", "", {})
    c = Page(sub)
    c.put("fill(roundedpath(box((0,0),(85.6,54)),3), rgb(0.93,0.95,0.97));")
    c.put("axialshade(roundedpath(box((0,0),(85.6,54)),3), rgb(0.86,0.92,0.97), (0,54), rgb(0.97,0.93,0.86), (85.6,0));")
    c.guilloche(42, 27, 38, 22, 8, "rgb(0.8,0.84,0.93)+0.12")
    c.put("fill(circle((14,42),8), rgb(0.85,0.15,0.15)); label(\"\\hei ★\", (14,43.5), fontsize(14pt)+rgb(1,0.85,0.2));"
          " draw(arc((14,42),6,200,340), rgb(1,0.85,0.2)+0.8);")
    c.text(27, 44, "中华人民共和国", 13, r"\hei")
    c.text(30, 33, "居 民 身 份 证", 17, r"\hei")
    lab = "black"
    face = VALUE_FACES[rng.choice(["hei", "serif", "sung"])]
    d.faces = ["hei-labels", "value-" + [k for k, v in VALUE_FACES.items() if v == face][0]]
    c.text(14, 13, "签发机关", 6.5, r"\hei", color=lab)
    c.value("issuing_authority", 27, 13, auth, 8, face)
    c.text(14, 6.5, "有效期限", 6.5, r"\hei", color=lab)
    c.value("valid_from", 27, 6.5, f"{start[0]}.{start[1]:02d}.{start[2]:02d}-{end_s}", 8, face)
    sub.boxes["valid_to"] = (44, 4.5, 70, 8.5)
    _card_into(d, sub, on_a4, scale)
    return d


# ---------------------------------------------------------------- 营业执照
def _scope(rng, ind) -> str:  # noqa: ANN001
    k = rng.randint(3, len(ind[1]))
    items = rng.sample(ind[1], k)
    s = "；".join(items)
    s = ("一般项目：" + s) if rng.random() < 0.5 else s
    return s + "。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"


def business_license(rng: random.Random, landscape: bool, individual: bool) -> Doc:
    reg = rng.choice(V.REGIONS)
    city = reg[2].split("省")[-1]
    short = city.split("市")[0] if "市" in city else city[:2]
    boss = V.person_name(rng)
    est = V.date(rng, 1998, 2024)
    addr = V.address(rng, reg)
    if individual:
        shop = rng.choice(V.SHOP_KINDS)
        dist = city.split("市")[-1] or city
        name = f"{dist}{boss}{shop[0]}" if rng.random() < 0.5 else f"{dist}{rng.choice(V.COMPANY_WORDS)}{shop[0]}"
        ind = next(i for i in V.INDUSTRY if i[0] in ("贸易", "餐饮管理"))
        code = V.uscc(rng, reg[0], True)
        etype, cap, vt = "个体工商户", "", ""
    else:
        ind = rng.choice(V.INDUSTRY)
        name = f"{short}{rng.choice(V.COMPANY_WORDS)}{ind[0]}有限公司"
        code = V.uscc(rng, reg[0])
        etype = rng.choice(V.ENTITY_TYPES)
        if "股份" in etype:
            name = name.replace("有限公司", "股份有限公司")
        ci = rng.randrange(len(V.CAPITAL_CN))
        cap = ("人民币" + V.CAPITAL_CN[ci]) if rng.random() < 0.6 else V.CAPITAL_NUM[ci]
        if rng.random() < 0.5:
            vt = "长期"
        else:
            vt = V.iso((est[0] + rng.choice([20, 30, 50]), est[1], est[2] - 1 if est[2] > 1 else 1))
    scope = _scope(rng, ind)
    variant = ("original" if landscape else "duplicate") + "-" + ("individual" if individual else "company")
    d = Doc("business_license", "a4l" if landscape else "a4p", variant,
            {"name": name, "credit_code": code, "entity_type": etype, "legal_representative": boss,
             "registered_capital": cap, "established_date": V.iso(est), "address": addr,
             "business_scope": scope, "valid_to": vt})
    p = Page(d)
    w, h = GEOM[d.geom]
    p.paper((0.99, 0.975, 0.94) if rng.random() < 0.7 else (0.995, 0.995, 0.99))
    p.guilloche(w / 2, h / 2, w * 0.33, h * 0.3, 10, "rgb(0.93,0.86,0.8)+0.12")
    p.border(w, h, 12, "rgb(0.72,0.45,0.25)")
    fk = rng.choice(["sung", "kai", "ming", "serif", "hei"])
    face = VALUE_FACES[fk]
    d.faces = ["value-" + fk, "title-serif"]
    vs = 11.5 if landscape else 11
    star = q(r"\hei ★")
    p.put(f"fill(circle(({w / 2:.1f},{h - 32:.1f}),9), rgb(0.85,0.15,0.15)); "
          f"label({star}, ({w / 2:.1f},{h - 31:.1f}), fontsize(16pt)+rgb(1,0.85,0.2));")
    p.text(w / 2, h - 52, "营 业 执 照", 40, r"\serif\bfseries", "(0,0)")
    if not landscape:
        p.text(w / 2, h - 66, "（副　　本）", 14, r"\serif", "(0,0)")
        p.text(w - 70, h - 74, f"副本编号：{rng.randint(1, 3)}-{rng.randint(1, 3)}", 9)
    p.text(22, h - 24 if landscape else h - 74, "统一社会信用代码", 10, r"\hei")
    p.value("credit_code", 22, (h - 31) if landscape else (h - 81), code, 13, r"\serif\bfseries")
    p.qr(rng, w - 48, h - 52 if landscape else 26, 24)
    p.text(w - 48, h - 56 if landscape else 22, "扫描二维码登录", 6)
    labels = [("name", "名　　称"), ("entity_type", "类　　型"),
              ("legal_representative", "经 营 者" if individual else "法定代表人")]
    right = []
    if individual:
        labels.append(("组成形式", "组成形式"))
        right = [("established_date", "注册日期"), ("address", "经营场所")]
    else:
        right = [("registered_capital", "注册资本"), ("established_date", "成立日期"), ("valid_to", "营业期限"), ("address", "住　　所")]
    vals = dict(d.fields)
    vals["组成形式"] = "个人经营"
    vals["established_date"] = cn_date(est)
    if not individual:
        vals["valid_to"] = f"{cn_date(est)}至{'长期' if vt == '长期' else cn_date(tuple(map(int, vt.split('-'))))}"
    if landscape:
        col = [(24, 49), (150, 175)]
        y0, step = h - 78, 11
        rows = [labels + [("business_scope", "经营范围")], right]
    else:
        col = [(24, 52), (24, 52)]
        y0, step = h - 98, 11
        rows = [labels + right + [("business_scope", "经营范围")], []]
    for ci, rlist in enumerate(rows):
        y = y0
        for key, lab in rlist:
            lx, vx = col[ci]
            p.text(lx, y, lab, vs, r"\hei")
            if key == "business_scope":
                wd = 100 if landscape else w - vx - 28
                p.value(key, vx, y + 2.2, vals[key], vs - 1, face, width=wd, lines=max(2, int(len(scope) * (vs - 1) * 0.36 / wd) + 1))
            elif key == "address":
                wd = 84 if landscape else w - vx - 28
                p.value(key, vx, y + 2.2, vals[key], vs, face, width=wd, lines=2)
                y -= 5
            else:
                if key == "valid_to":
                    p.value("valid_to", vx, y, vals[key], vs, face)
                    b = d.boxes["valid_to"]
                    d.boxes["valid_to"] = ((b[0] + b[2]) / 2, b[1], b[2], b[3])
                elif key in d.fields:
                    p.value(key, vx, y, vals[key], vs, face)
                else:
                    p.text(vx, y, vals[key], vs, face)
            y -= step
    organ = regulator(reg)
    issue = (min(2025, est[0] + rng.randint(0, 6)), rng.randint(1, 12), rng.randint(1, 28))
    bx, by = (w - 80, 46) if landscape else (w - 75, 62)
    p.text(bx - 14, by + 6, "登 记 机 关", 11, r"\hei")
    p.text(bx - 6, by - 8, f"{issue[0]}  年  {issue[1]:02d}  月  {issue[2]:02d}  日", 11, r"\rmfamily")
    p.seal(bx + 14, by, 19, organ, rng)
    p.text(w / 2, 22, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8, r"\hei", "(0,0)")
    p.text(w / 2, 17, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 7, r"\hei", "(0,0)")
    p.text(w - 30, 17, "国家市场监督管理总局监制", 6, r"\hei", "W")
    return d


# ---------------------------------------------------------------- 卫生许可证
def health_license(rng: random.Random) -> Doc:
    reg = rng.choice(V.REGIONS)
    city = reg[2].split("省")[-1]
    dist = city.split("市")[-1] or city
    kindw, items = rng.choice(V.PHL_KINDS)
    name = f"{city.split('市')[0]}{rng.choice(V.COMPANY_WORDS)}{kindw}有限公司" if rng.random() < 0.6 else f"{dist}{V.person_name(rng)}{kindw}"
    year = rng.randint(2019, 2025)
    lic = f"{reg[1]}卫公字（{year}）第{reg[0]}{rng.randint(0, 999999):06d}号"
    start = (year, rng.randint(1, 12), rng.randint(1, 28))
    end = (start[0] + 4, start[1], start[2] - 1 if start[2] > 1 else 1)
    boss = V.person_name(rng)
    addr = V.address(rng, reg)
    d = Doc("public_health_license", "a4p", "portrait",
            {"license_no": lic, "name": name, "legal_representative": boss, "address": addr, "license_items": items,
             "valid_from": V.iso(start), "valid_to": V.iso(end)})
    p = Page(d)
    w, h = GEOM["a4p"]
    p.paper((0.995, 0.99, 0.97))
    p.border(w, h, 14, "rgb(0.2,0.45,0.3)")
    p.guilloche(w / 2, h / 2 - 10, 70, 60, 8, "rgb(0.85,0.93,0.87)+0.12")
    fk = rng.choice(["sung", "kai", "ming", "serif"])
    face = VALUE_FACES[fk]
    d.faces = ["value-" + fk]
    p.text(w / 2, h - 48, "卫 生 许 可 证", 34, r"\serif\bfseries", "(0,0)")
    p.value("license_no", w / 2 - 45, h - 68, lic, 12, face)
    y = h - 92
    for key, lab, wide in [("name", "单位名称", False), ("legal_representative", "法定代表人（负责人）", False),
                           ("address", "地　　址", True), ("license_items", "许可项目", False)]:
        p.text(28, y, lab, 12, r"\hei")
        vx = 76
        if wide:
            p.value(key, vx, y + 2.3, d.fields[key], 12, face, width=w - vx - 28, lines=2)
            y -= 6
        else:
            p.value(key, vx, y, d.fields[key], 12, face)
        y -= 17
    p.text(28, y, "有效期限", 12, r"\hei")
    p.text(76, y, f"自 {cn_date(start)} 至 {cn_date(end)}", 12, face)
    d.boxes["valid_from"] = (80, y - 3, 120, y + 3)
    d.boxes["valid_to"] = (124, y - 3, 168, y + 3)
    organ = regulator(reg, "卫生健康委员会") if rng.random() < 0.6 else regulator(reg, "卫生健康局")
    p.text(w - 95, 70, "发证机关", 12, r"\hei")
    p.text(w - 95, 58, f"{start[0]}年{start[1]}月{start[2]}日", 12, face)
    p.seal(w - 60, 66, 20, organ, rng)
    p.text(w / 2, 28, "本证应悬挂于经营场所显著位置", 9, r"\hei", "(0,0)")
    return d


# ---------------------------------------------------------------- 食品经营许可证
def food_license(rng: random.Random, landscape: bool) -> Doc:
    reg = rng.choice(V.REGIONS)
    city = reg[2].split("省")[-1]
    code1, form, items_all, shopw = rng.choice(V.FOOD_FORMS)
    individual = rng.random() < 0.3 and code1 != "3"
    boss = V.person_name(rng)
    name = (f"{city.split('市')[-1] or city}{boss}{shopw}" if individual
            else f"{city.split('市')[0]}{rng.choice(V.COMPANY_WORDS)}{'餐饮管理' if code1 == '2' else '商贸'}有限公司")
    if code1 == "3":
        name = f"{city.split('市')[0]}{rng.choice(V.COMPANY_WORDS)}{'中学' if '学校' in form else '科技有限公司'}"
    code = V.uscc(rng, reg[0], individual)
    lic = f"JY{code1}{reg[0]}{rng.randint(0, 999999):06d}{rng.randint(0, 9)}"
    items = "；".join(items_all[: rng.randint(1, len(items_all))])
    addr = V.address(rng, reg)
    prem = addr if rng.random() < 0.6 else V.address(rng, reg)
    issue = V.date(rng, 2019, 2025)
    end = (issue[0] + 5, issue[1], max(1, issue[2] - 1))
    d = Doc("food_business_license", "a4l" if landscape else "a4p", "landscape" if landscape else "portrait",
            {"license_no": lic, "name": name, "credit_code": code, "legal_representative": boss, "address": addr,
             "premises_address": prem, "business_form": form, "business_items": items, "valid_to": V.iso(end)})
    p = Page(d)
    w, h = GEOM[d.geom]
    p.paper((0.99, 0.985, 0.96))
    p.border(w, h, 12, "rgb(0.15,0.35,0.6)")
    p.guilloche(w / 2, h / 2, w * 0.3, h * 0.28, 8, "rgb(0.86,0.9,0.96)+0.12")
    fk = rng.choice(["sung", "kai", "ming", "serif", "hei"])
    face = VALUE_FACES[fk]
    d.faces = ["value-" + fk]
    p.text(w / 2, h - 40, "食 品 经 营 许 可 证", 30, r"\serif\bfseries", "(0,0)")
    if not landscape and rng.random() < 0.5:
        p.text(w / 2, h - 52, "（副本）", 13, r"\serif", "(0,0)")
    rows = [("name", "经营者名称"), ("credit_code", "社会信用代码（身份证号码）"), ("legal_representative", "法定代表人（负责人）"),
            ("address", "住　　所"), ("premises_address", "经营场所"), ("business_form", "主体业态"), ("business_items", "经营项目")]
    side = [("license_no", "许可证编号"), ("valid_to", "有效期至")]
    vals = dict(d.fields)
    vals["valid_to"] = cn_date(end)
    vs = 11
    if landscape:
        lx, vx, y, wd = 24, 86, h - 62, 100
        sx, svx = 200, 225
    else:
        lx, vx, y, wd = 22, 84, h - 70, w - 84 - 24
        sx, svx = 22, 84
    for key, lab in rows:
        p.text(lx, y, lab, vs - (1.5 if len(lab) > 8 else 0), r"\hei")
        if key in ("address", "premises_address", "business_items"):
            p.value(key, vx, y + 2.2, vals[key], vs, face, width=wd, lines=2)
            y -= 6
        else:
            p.value(key, vx, y, vals[key], vs, face)
        y -= 12
    if landscape:
        sy = h - 62
    else:
        sy = y
    for key, lab in side:
        p.text(sx, sy, lab, vs, r"\hei")
        p.value(key, svx, sy, vals[key], vs, face)
        sy -= 12
    p.text(sx, sy, "日常监督管理机构", vs - 1.5, r"\hei")
    organ = regulator(reg)
    p.text(sx + 4 if landscape else svx, sy - (7 if landscape else 0), organ.replace("市场监督管理局", "市场监督管理所") if landscape else organ, vs - 1, face)
    sy -= 12 if not landscape else 18
    p.text(sx, sy, "投诉举报电话", vs - 1, r"\hei")
    p.text(svx + (6 if landscape else 0), sy, "12315", vs, face)
    p.text(w - 95, 40, "发证机关", 11, r"\hei")
    p.text(w - 95, 30, cn_date(issue), 11, face)
    p.seal(w - 60, 42, 19, organ, rng)
    p.qr(rng, 24, 22, 20)
    return d


# ---------------------------------------------------------------- other
def other(rng: random.Random) -> Doc:
    which = rng.choice(["letter", "receipt", "hukou", "marriage", "form"])
    d = Doc("other", "a4p", which, {})
    p = Page(d)
    w, h = GEOM["a4p"]
    p.paper((0.995, 0.995, 0.99))
    reg = rng.choice(V.REGIONS)
    fk = rng.choice(["sung", "kai", "serif", "hei"])
    face = VALUE_FACES[fk]
    d.faces = ["value-" + fk]
    name = V.person_name(rng)
    if which == "letter":
        p.text(w / 2, h - 40, "关于补正营业执照登记材料的函", 18, r"\hei", "(0,0)")
        body = (f"{name}：\\par 　　你单位提交的营业执照变更登记申请材料经审查尚不齐全，请于十五个工作日内补充提交法定代表人身份证明、"
                f"住所使用证明及章程修正案。统一社会信用代码、注册资本等事项以登记机关核准为准。逾期未补正的，视为撤回申请。"
                f"\\par 　　联系人：{V.person_name(rng)}，电话：0{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}。")
        p.para(26, h - 58, body, w - 52, 12, face, lead=1.6)
        p.text(w - 80, 70, regulator(reg), 12, face)
        p.text(w - 70, 60, cn_date(V.date(rng, 2020, 2025)), 12, face)
        p.seal(w - 55, 68, 20, regulator(reg), rng)
    elif which == "receipt":
        p.text(w / 2, h - 40, "收　款　收　据", 20, r"\hei", "(0,0)")
        p.text(30, h - 56, f"NO.{rng.randint(1000000, 9999999)}", 11, r"\serif", color="rgb(0.8,0.1,0.1)")
        y = h - 70
        for i in range(4):
            p.box(28, y - 12 * (i + 1), w - 28, y - 12 * i)
        p.text(32, y - 6, f"今收到 {name}", 12, face)
        p.text(32, y - 18, f"交来 办公场地租金（{rng.randint(1, 12)}月）", 12, face)
        amt = rng.randint(800, 90000)
        p.text(32, y - 30, f"人民币（大写）{'伍' if amt % 2 else '叁'}万元整", 12, face)
        p.text(32, y - 42, f"￥{amt}.00", 12, face)
        p.text(w - 90, y - 60, "收款单位（盖章）", 11, r"\hei")
        p.seal(w - 60, y - 70, 17, f"{reg[2].split('省')[-1][:3]}{rng.choice(V.COMPANY_WORDS)}物业管理有限公司", rng, "财务专用章"[0])
    elif which == "hukou":
        p.text(w / 2, h - 40, "常住人口登记卡", 20, r"\hei", "(0,0)")
        sex = rng.choice("男女")
        b = V.date(rng, 1950, 2015)
        rows = [("姓名", name), ("户主或与户主关系", rng.choice(["户主", "妻", "长子", "长女", "次子"])), ("性别", sex),
                ("民族", rng.choice(V.NATIONS)), ("出生日期", cn_date(b)), ("出生地", reg[2]),
                ("公民身份号码", V.id_number(rng, reg[0], b, sex)), ("文化程度", rng.choice(["大学本科", "高中", "初中"])),
                ("服务处所", f"{reg[2].split('省')[-1][:3]}{rng.choice(V.COMPANY_WORDS)}科技有限公司")]
        y = h - 60
        for lab, val in rows:
            p.box(25, y - 6, 75, y + 6)
            p.box(75, y - 6, w - 25, y + 6)
            p.text(28, y, lab, 10.5, r"\hei")
            p.text(79, y, val, 11, face)
            y -= 12
        p.text(w - 100, y - 10, "承办人签章：", 10.5, r"\hei")
        p.seal(w - 55, y - 20, 18, police(reg) + "户口专用章", rng)
    elif which == "marriage":
        p.paper((0.98, 0.93, 0.9))
        p.text(w / 2, h - 40, "结　婚　证", 22, r"\serif\bfseries", "(0,0)", color="rgb(0.6,0.1,0.1)")
        other_name = V.person_name(rng)
        y = h - 62
        for lab, val in [("持证人", name), ("登记日期", cn_date(V.date(rng, 2005, 2024))),
                         ("结婚证字号", f"J{reg[0]}-{rng.randint(2005, 2024)}-{rng.randint(1, 9999):06d}"),
                         ("姓名", name), ("性别", "男"), ("国籍", "中国"), ("姓名", other_name), ("性别", "女"), ("国籍", "中国")]:
            p.text(30, y, lab, 11, r"\hei")
            p.text(70, y, val, 11, face)
            y -= 11
        p.seal(w - 65, 80, 20, regulator(reg, "民政局") + "婚姻登记专用章", rng)
    else:
        p.text(w / 2, h - 36, "政务服务事项申请表", 18, r"\hei", "(0,0)")
        y = h - 54
        for lab in ["申请人", "联系电话", "申请事项", "办理方式", "材料清单", "申请人签字", "受理窗口", "受理日期"]:
            p.box(25, y - 8, 70, y + 8)
            p.box(70, y - 8, w - 25, y + 8)
            p.text(28, y, lab, 11, r"\hei")
            y -= 16
        p.text(74, h - 54, name, 13, r"\hand", color="rgb(0.1,0.15,0.5)")
        p.text(74, h - 70, f"13{rng.randint(100000000, 999999999)}", 13, r"\hand", color="rgb(0.1,0.15,0.5)")
        p.text(74, h - 86, "个体工商户设立登记", 12, face)
        p.text(74, h - 102, "窗口现场办理", 12, face)
        p.para(74, h - 113, "身份证复印件一份；经营场所使用证明一份", 100, 10, face)
    return d
