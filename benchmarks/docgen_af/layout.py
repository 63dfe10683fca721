"""Family AF's layouts: each document as drawing commands in millimetres (the Nim drawer and the PoDoFo
writer read the same commands, scaled to their units), its truth values, and the box of every field's
value (for deciding what a thumb, glare or the frame's edge destroyed). Our own layout: label columns,
letter-spaced labels, wrapped values (the drawers break the lines; the height is estimated here with
the same one-em CJK rule to place the next row)."""

from __future__ import annotations

import datetime as dt
import math
import random

from benchmarks.docgen_af import values as V

# face table: id, path, collection index
FACES = [
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),   # 0 serif (宋体-like)
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),    # 1 sans (黑体-like)
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),       # 2 bold sans
    ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),    # 3 AR PL SungtiL GB
    ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),                 # 4 AR PL UKai CN (楷体-like)
    ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),  # 5 handwriting-like
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),  # 6 fallback
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),            # 7 WenQuanYi Micro Hei
    ("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf", 0),  # 8 Latin digits
    ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),  # 9 bold kai
]
CHAINS = {"serif": "0,3,6", "sans": "1,7,6", "bold": "2,1,6", "song": "3,0,6", "kai": "4,5,0,6", "hand": "5,4,6",
          "hei": "7,1,6", "digits": "8,1,6", "boldkai": "9,4,0,6"}
PDF_FACES = [  # TrueType faces PoDoFo embeds (its subsetter takes glyf outlines only)
    "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
]
PDF_CHAIN = {"serif": [0, 1], "song": [0, 1], "sans": [1, 0], "bold": [1, 0], "hei": [1, 0], "kai": [2, 1],
             "hand": [2, 1], "digits": [1, 0], "boldkai": [2, 1]}

BLACK = (25, 25, 28)
RED = (210, 30, 35)


def _w(text: str, size: float) -> float:
    return sum(size if ord(c) >= 0x2E80 else size * 0.6 for c in text)


class Page:
    """Commands in mm; `cmds` holds tuples (op, *args) with numbers in mm and text last."""

    def __init__(self, w: float, h: float, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.cmds: list[tuple] = []
        self.boxes: dict[str, tuple] = {}
        self.styles: set[str] = set()

    def text(self, style, size, x, top, s, col=BLACK, a=1.0, spacing=0.0, align="T"):
        self.styles.add(style)
        self.cmds.append((align, style, size, x, top, *col, a, spacing, s))

    def spread(self, style, size, x, top, width, s, col=BLACK):
        self.styles.add(style)
        self.cmds.append(("TS", style, size, x, top, width, *col, s))

    def wrap(self, style, size, x, top, width, s, lh=1.45, col=BLACK, a=1.0) -> float:
        self.styles.add(style)
        self.cmds.append(("W", style, size, x, top, width, size * lh, *col, a, s))
        lines = max(1, math.ceil(_w(s, size) / width - 0.02))
        return lines * size * lh

    def line(self, x1, y1, x2, y2, w=0.3, col=BLACK, a=1.0):
        self.cmds.append(("L", x1, y1, x2, y2, w, *col, a))

    def rect(self, x, y, w, h, lw=0.3, col=BLACK, a=1.0):
        self.cmds.append(("R", x, y, w, h, lw, *col, a))

    def fill(self, x, y, w, h, col, a=1.0):
        self.cmds.append(("F", x, y, w, h, *col, a))

    def box(self, key, x, y, w, h):
        self.boxes[key] = (x, y, x + w, y + h)

    def seal(self, cx, cy, r, text, bottom="", col=RED, a=0.78, style="song"):
        self.styles.add(style)
        self.cmds.append(("C", cx, cy, r, r * 0.06, *col, a))
        self.cmds.append(("STAR", cx, cy, r * 0.3, *col, a))
        size = r * 0.3
        n = len(text)
        sweep = min(250.0, 22.0 * n)
        self.cmds.append(("A", style, size, cx, cy, r * 0.92 - 1.8 * size, -90 - sweep / 2, sweep, *col, a, text))
        if bottom:
            self.cmds.append(("TC", style, size * 0.8, cx, cy + r * 0.42, *col, a, 0.0, bottom))

    def emblem(self, cx, cy, r):
        self.cmds.append(("E", cx, cy, r))

    def qr(self, x, y, size, seed):
        self.cmds.append(("Q", x, y, size / 25.0, seed))

    def guilloche(self, x, y, w, h, seed, col=(150, 180, 210), a=0.5):
        self.cmds.append(("U", x, y, w, h, seed, *col, a))

    def stroke(self, pts, w=0.5, col=(20, 40, 140), a=0.9):
        self.cmds.append(("S", w, *col, a, ";".join(f"{x:.2f},{y:.2f}" for x, y in pts)))

    def poly(self, pts, col, a=1.0):
        self.cmds.append(("G", *col, a, ";".join(f"{x:.2f},{y:.2f}" for x, y in pts)))

    def rotated(self, style, size, x, y, deg, s, col=(150, 150, 150), a=0.35, spacing=0.0):
        self.styles.add(style)
        self.cmds.append(("K", style, size, x, y, deg, *col, a, spacing, s))


# ---- serialisation for the two drawers -----------------------------------------------------------
_SCALED = {  # indices of arguments that are lengths (scaled), per op
    "T": (2, 3, 4, 9), "TR": (2, 3, 4, 9), "TC": (2, 3, 4, 9), "TS": (2, 3, 4, 5), "W": (2, 3, 4, 5, 6),
    "L": (1, 2, 3, 4, 5), "R": (1, 2, 3, 4, 5), "F": (1, 2, 3, 4), "C": (1, 2, 3, 4), "STAR": (1, 2, 3),
    "A": (2, 3, 4, 5), "E": (1, 2, 3), "Q": (1, 2, 3), "U": (1, 2, 3, 4), "K": (2, 3, 4, 10), "S": (1,),
}
_STYLE_AT = {"T", "TR", "TC", "TS", "W", "A", "K"}


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".")
    return str(v)


def serialise(page: Page, s: float, out: str, pdf: bool = False, pick=None) -> list[str]:
    """The page as command lines at `s` units per mm (pixels for Nim, points for PoDoFo)."""
    lines = ["\t".join(["P", str(round(page.w * s)), str(round(page.h * s)), *map(str, page.bg), out])]
    for c in page.cmds:
        op, args = c[0], list(c[1:])
        for i in _SCALED.get(op, ()):
            args[i - 1] = args[i - 1] * s
        if op in _STYLE_AT:
            style = args[0]
            args[0] = pick(style, args[-1]) if pdf else CHAINS[style]
        if op in ("S", "G"):
            pts = ";".join(f"{float(x) * s:.2f},{float(y) * s:.2f}" for x, y in (p.split(",") for p in args[-1].split(";")))
            args[-1] = pts
        lines.append("\t".join([op, *(_fmt(a) for a in args)]))
    lines.append("X")
    return lines


# ---- marks ----------------------------------------------------------------------------------------
def handwriting(r: random.Random, x, y, w, h) -> list[list[tuple]]:
    """A signature-like scrawl: a few connected loops drawn left to right."""
    strokes = []
    pen = x
    for _ in range(r.randint(2, 3)):
        pts = []
        n = r.randint(10, 18)
        for k in range(n):
            t = k / (n - 1)
            px = pen + t * w / 3 + 1.2 * math.sin(t * 9 + r.random())
            py = y + h / 2 + h / 2 * math.sin(t * r.uniform(8, 14) + r.random()) * r.uniform(0.6, 1.0)
            pts.append((px, py))
        strokes.append(pts)
        pen += w / 3 + r.uniform(0, 2)
    strokes.append([(x - 1, y + h * 0.9), (x + w * 0.6, y + h * 1.05), (x + w, y + h * 0.8)])
    return strokes


def add_marks(page: Page, r: random.Random, kind: str, marks: list[str]) -> None:
    W, H = page.w, page.h
    if "watermark" in marks:
        purpose = r.choice(["办理公共场所卫生许可", "办理食品经营许可", "银行开户", "办理社保登记", "综合窗口受理", "办理营业执照变更"])
        text = f"仅供{purpose}使用，他用无效"
        size = min(W, H) * (0.05 if kind.startswith("id_card") else 0.035)
        deg = r.choice([-30, -25, -35, -20])
        col = r.choice([(120, 120, 120), (90, 110, 170), (200, 80, 80)])
        step = size * 6
        y = -H * 0.2
        while y < H * 1.3:  # diagonal rows across the whole page
            x = -W * 0.3 + (y / step % 2) * size * 3
            while x < W:
                page.rotated("hei", size, x, y, deg, text, col=col, a=0.28)
                x += _w(text, size) + size * 4
            y += step
    if "copy_note" in marks:
        x = W * r.uniform(0.45, 0.6)
        y = H * r.uniform(0.72, 0.84) if not kind.startswith("id_card") else H * 0.58
        size = min(W, H) * (0.04 if kind.startswith("id_card") else 0.028)
        ink = r.choice([(20, 40, 150), (30, 30, 30), (180, 20, 30)])
        page.text("hand", size, x, y, "复印件与原件一致", col=ink, a=0.92)
        for st in handwriting(r, x + size, y + size * 1.5, size * 5, size * 1.4):
            page.stroke(st, w=size * 0.07, col=ink)
        d = dt.date(2026, r.randint(1, 11), r.randint(1, 28))
        page.text("hand", size * 0.8, x + size * 6.5, y + size * 1.9, f"{d.year}.{d.month}.{d.day}", col=ink, a=0.9)
    if "stamp" in marks:  # the applicant's own company seal over the text
        R = min(W, H) * (0.11 if kind.startswith("id_card") else 0.09)
        cx, cy = W * r.uniform(0.3, 0.7), H * r.uniform(0.3, 0.7)
        page.seal(cx, cy, R, r.choice(["上海鑫源餐饮管理有限公司", "杭州瑞丰商贸有限公司", "深圳恒达信息技术有限公司"]),
                  r.choice(["", "业务专用章", "合同专用章"]), a=0.7)
    if "handwriting" in marks:
        x, y = W * r.uniform(0.05, 0.5), H * r.uniform(0.04, 0.12)
        size = min(W, H) * 0.03
        page.text("hand", size, x, y, r.choice(["已核对原件", "原件已收回", "补交材料", "请于周五前补正"]), col=(20, 40, 150), a=0.9)


# ---- documents ------------------------------------------------------------------------------------
def _f(value: str) -> dict:
    return {"value": value, "unreadable": False}


def id_front(r: random.Random) -> tuple[Page, dict]:
    reg = r.choice(V.REGIONS)
    sex = r.choice("男女")
    birth = V.date_between(r, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    name = V.person_name(r)
    nation = r.choice(V.NATIONS)
    addr = V.address(r, reg, long=r.random() < 0.4)
    idn = V.id_number(r, reg[0], birth, sex)
    p = Page(85.6, 54.0, bg=(246, 247, 244))
    p.guilloche(2, 2, 81, 50, r.randint(1, 999), col=(170, 200, 220), a=0.45)
    lab = (40, 110, 170)
    vs = r.choice(["hei", "sans"])
    p.spread("sans", 2.6, 5, 5.5, 7, "姓名", col=lab)
    p.text(vs, 3.6, 15, 5.0, name)
    p.box("name", 15, 5.0, 3.6 * len(name), 3.6)
    p.spread("sans", 2.6, 5, 11.5, 7, "性别", col=lab)
    p.text(vs, 3.1, 15, 11.2, sex)
    p.box("sex", 15, 11.2, 3.1, 3.1)
    p.spread("sans", 2.6, 24, 11.5, 7, "民族", col=lab)
    p.text(vs, 3.1, 33, 11.2, nation)
    p.box("nation", 33, 11.2, 3.1 * len(nation), 3.1)
    p.spread("sans", 2.6, 5, 17.5, 7, "出生", col=lab)
    p.text(vs, 3.1, 15, 17.2, f"{birth.year}")
    p.text("sans", 2.6, 24, 17.5, "年", col=lab)
    p.text(vs, 3.1, 28, 17.2, f"{birth.month}")
    p.text("sans", 2.6, 32.5, 17.5, "月", col=lab)
    p.text(vs, 3.1, 36, 17.2, f"{birth.day}")
    p.text("sans", 2.6, 40.5, 17.5, "日", col=lab)
    p.box("birth_date", 15, 17.2, 28, 3.1)
    p.spread("sans", 2.6, 5, 23.5, 7, "住址", col=lab)
    h = p.wrap(vs, 3.1, 15, 23.2, 36, addr, lh=1.45)
    p.box("address", 15, 23.2, 36, h)
    p.text("sans", 2.6, 5, 44.5, "公民身份号码", col=lab)
    p.text("digits", 3.7, 28, 44.0, idn, spacing=0.55)
    p.box("id_number", 28, 44.0, 48, 3.7)
    # the photo: a head and shoulders in grey on a light ground
    p.fill(56, 6, 25, 31, (226, 230, 234))
    p.poly([(58, 37), (60, 30), (64, 27.5), (73, 27.5), (77, 30), (79, 37)], (90, 90, 95))
    pts = [(68.5 + 5.2 * math.cos(t / 20 * 2 * math.pi), 19 + 6.6 * math.sin(t / 20 * 2 * math.pi)) for t in range(20)]
    p.poly(pts, (120, 105, 95))
    fields = {"name": _f(name), "sex": _f(sex), "nation": _f(nation), "birth_date": _f(birth.isoformat()),
              "address": _f(addr), "id_number": _f(idn)}
    return p, fields


def id_back(r: random.Random) -> tuple[Page, dict]:
    reg = r.choice(V.REGIONS)
    start = V.date_between(r, dt.date(2006, 1, 1), dt.date(2025, 12, 31))
    term = r.choice([5, 10, 20, 20, 0])
    end = "长期" if term == 0 else V.plus_years(start, term).isoformat()
    p = Page(85.6, 54.0, bg=(246, 247, 244))
    p.guilloche(2, 2, 81, 50, r.randint(1, 999), col=(190, 200, 215), a=0.45)
    p.emblem(13, 13, 8.5)
    p.text("bold", 4.6, 28, 8, "中华人民共和国", spacing=0.9)
    p.text("bold", 6.4, 26, 16, "居民身份证", spacing=2.2)
    lab = (30, 30, 30)
    vs = r.choice(["hei", "sans"])
    p.spread("sans", 2.6, 16, 38, 11, "签发机关", col=lab)
    p.text(vs, 3.0, 30, 37.6, reg[4])
    p.box("issuing_authority", 30, 37.6, 3.0 * len(reg[4]), 3.0)
    p.spread("sans", 2.6, 16, 44.5, 11, "有效期限", col=lab)
    to_s = "长期" if end == "长期" else end.replace("-", ".")
    p.text(vs, 3.0, 30, 44.1, f"{start:%Y.%m.%d}-{to_s}")
    p.box("valid_from", 30, 44.1, 16, 3.0)
    p.box("valid_to", 47, 44.1, 16, 3.0)
    fields = {"issuing_authority": _f(reg[4]), "valid_from": _f(start.isoformat()), "valid_to": _f(end)}
    return p, fields


def _frame(p: Page, r: random.Random, m: float):
    col = r.choice([(180, 140, 60), (160, 120, 50), (140, 110, 70)])
    p.rect(m, m, p.w - 2 * m, p.h - 2 * m, 1.2, col)
    p.rect(m + 2.2, m + 2.2, p.w - 2 * m - 4.4, p.h - 2 * m - 4.4, 0.35, col)
    p.guilloche(m + 3, m + 3, p.w - 2 * m - 6, 6, r.randint(1, 999), col=col, a=0.4)
    p.guilloche(m + 3, p.h - m - 9, p.w - 2 * m - 6, 6, r.randint(1, 999), col=col, a=0.4)


def business_license(r: random.Random) -> tuple[Page, dict, str]:
    reg = r.choice(V.REGIONS)
    landscape = r.random() < 0.45
    indiv = r.random() < 0.2
    long_ = r.random() < 0.5
    est = V.date_between(r, dt.date(2003, 1, 1), dt.date(2025, 10, 1))
    if indiv:
        name = V.shop_name(r, reg)
        key = r.choice(list(V.SCOPES))
        etype = "个体工商户"
        cap = ""
        valid_to = ""
        code = V.uscc(r, reg[0], "92")
    else:
        name, key = V.company(r, reg)
        etype = r.choice(V.ENTITY_TYPES)
        cap = V.capital(r)
        term = r.choice([0, 0, 20, 30, 50])
        valid_to = "长期" if term == 0 else (V.plus_years(est, term) - dt.timedelta(days=1)).isoformat()
        code = V.uscc(r, reg[0], "91")
    rep = V.person_name(r)
    addr = V.address(r, reg, long=long_)
    scope = V.scope(r, key, long_)
    W, H = (297.0, 210.0) if landscape else (210.0, 297.0)
    p = Page(W, H, bg=(253, 251, 246))
    _frame(p, r, 8)
    p.emblem(W / 2, 30, 12)
    title_style = r.choice(["bold", "song", "serif"])
    p.text(title_style, 15, W / 2, 45, "营业执照", spacing=6, align="TC")
    p.text("serif", 5, W / 2, 63, "（副　　本）" if not landscape else "", align="TC")
    p.text("serif", 4, 20, 52, "统一社会信用代码", col=BLACK)
    p.text("digits", 4.6, 20, 58, code, spacing=0.3)
    p.box("credit_code", 20, 58, 60, 4.6)
    p.text("serif", 3, 20, 65, f"证照编号：{r.randint(10**13, 10**14 - 1)}{r.randint(10**5, 10**6 - 1)}")
    qs = 24
    p.qr(W - 20 - qs, 38, qs, r.randint(1, 9999))
    p.text("serif", 2.0, W - 22 - qs - 4, 64, "扫描市场主体身份码", col=(90, 90, 90))
    p.text("serif", 2.0, W - 22 - qs - 4, 67, "了解更多登记、备案、许可、监管信息", col=(90, 90, 90))
    vs = r.choice(["serif", "song", "kai", "sans"])
    lsz, vsz = (4.3, 4.3) if landscape else (4.1, 4.1)
    labels = [("name", "名称", name), ("entity_type", "类型", etype),
              ("legal_representative", "经营者" if indiv else r.choice(["法定代表人", "法定代表人", "负责人", "执行事务合伙人"]), rep)]
    if indiv:
        labels.append(("_form", "组成形式", r.choice(["个人经营", "家庭经营"])))
    if landscape:
        left = [*labels, ("business_scope", "经营范围", scope)]
        right = []
        if not indiv:
            right.append(("registered_capital", "注册资本", cap))
        right.append(("established_date", "注册日期" if indiv else "成立日期", V.cn_date(est)))
        if not indiv:
            right.append(("valid_to", "营业期限", V.cn_date(est) + "至" + ("长期" if valid_to == "长期" else V.cn_date(dt.date.fromisoformat(valid_to)))))
        right.append(("address", "经营场所" if indiv else "住所", addr))
        cols = [(left, 24, 125), (right, 160, 110)]
    else:
        rows = [*labels]
        if not indiv:
            rows.append(("registered_capital", "注册资本", cap))
        rows.append(("established_date", "注册日期" if indiv else "成立日期", V.cn_date(est)))
        if not indiv:
            rows.append(("valid_to", "营业期限", V.cn_date(est) + "至" + ("长期" if valid_to == "长期" else V.cn_date(dt.date.fromisoformat(valid_to)))))
        rows.append(("address", "经营场所" if indiv else "住所", addr))
        rows.append(("business_scope", "经营范围", scope))
        cols = [(rows, 24, 160)]
    for rows, x0, colw in cols:
        y = 78
        for key, label, value in rows:
            lw = lsz * 5.2
            if len(label) <= 4:
                p.spread("serif", lsz, x0, y, lsz * 4.2, label)
            else:
                p.text("serif", lsz, x0, y, label)
            vx = x0 + lw
            h = p.wrap(vs, vsz, vx, y, colw - lw, value, lh=1.55)
            if not key.startswith("_"):
                p.box(key, vx, y, min(colw - lw, _w(value, vsz)), h)
            y += max(h, vsz * 1.55) + (4 if landscape else 3.2)
    d = V.date_between(r, est, dt.date(2026, 11, 1))
    p.text("serif", 4.2, W - 95, H - 48, "登记机关", spacing=2)
    sx, sy = W - 60, H - 42
    p.text("serif", 4.2, W - 70, H - 34, V.cn_date(d))
    p.seal(sx, sy, 19, reg[1] + (reg[2] or "") + reg[3] + "市场监督管理局")
    p.text("serif", 2.5, 20, H - 22, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", col=(70, 70, 70))
    p.text("serif", 2.5, 20, H - 18, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告", col=(70, 70, 70))
    p.text("serif", 2.5, W / 2, H - 13.5, "国家市场监督管理总局监制", col=(70, 70, 70), align="TC")
    fields = {"name": _f(name), "credit_code": _f(code), "entity_type": _f(etype), "legal_representative": _f(rep),
              "registered_capital": _f(cap), "established_date": _f(est.isoformat()), "address": _f(addr),
              "business_scope": _f(scope), "valid_to": _f(valid_to)}
    variant = f"{'zhengben' if landscape else 'fuben'}-{'getihu' if indiv else 'company'}-{'long' if long_ else 'short'}"
    return p, fields, variant


def health_license(r: random.Random) -> tuple[Page, dict, str]:
    reg = r.choice(V.REGIONS)
    name, _ = V.company(r, reg)
    if r.random() < 0.4:
        name = name.replace("有限公司", r.choice(["有限公司" + reg[3] + "分公司", "有限公司"]))
    rep = V.person_name(r)
    addr = V.address(r, reg, long=r.random() < 0.4)
    items = "、".join(r.sample(V.HEALTH_ITEMS, r.randint(1, 3)))
    start = V.date_between(r, dt.date(2021, 1, 1), dt.date(2026, 10, 1))
    end = V.plus_years(start, 4) - dt.timedelta(days=1)
    year = start.year
    ab = V.PROV_ABBR[reg[1]]
    lno = f"{ab}卫公字（{year}）第{reg[0]}{r.randint(0, 999999):06d}号" if r.random() < 0.7 else f"{reg[3][:2]}卫公证字〔{year}〕第{r.randint(1, 9999):04d}号"
    W, H = 210.0, 297.0
    p = Page(W, H, bg=(254, 252, 248))
    _frame(p, r, 10)
    p.emblem(W / 2, 36, 13)
    p.text(r.choice(["bold", "song"]), 11, W / 2, 56, "公共场所卫生许可证", spacing=2, align="TC")
    p.text("serif", 4.3, W - 30, 74, lno, align="TR")
    p.box("license_no", W - 30 - _w(lno, 4.3), 74, _w(lno, 4.3), 4.3)
    vs = r.choice(["serif", "kai", "song"])
    rows = [("name", "单位名称", name), ("legal_representative", "法定代表人（负责人）", rep), ("address", "地　　址", addr),
            ("license_items", "许可项目", items)]
    y = 92
    for key, label, value in rows:
        p.text("serif", 4.6, 26, y, label + "：")
        lx = 26 + 4.6 * (len(label) + 1)
        h = p.wrap(vs, 4.6, lx, y, W - 26 - lx, value)
        p.box(key, lx, y, min(W - 26 - lx, _w(value, 4.6)), h)
        y += max(h, 7) + 7
    p.text("serif", 4.6, 26, y, "有效期限：")
    p.text(vs, 4.6, 26 + 4.6 * 5, y, f"自{V.cn_date(start)}至{V.cn_date(end)}")
    p.box("valid_from", 26 + 4.6 * 6, y, 4.6 * 11, 4.6)
    p.box("valid_to", 26 + 4.6 * 18, y, 4.6 * 11, 4.6)
    authority = reg[1] + (reg[2] or "") + reg[3] + "卫生健康委员会"
    p.text("serif", 4.6, W - 110, H - 70, "发证机关：")
    p.seal(W - 55, H - 65, 20, authority)
    issue = start - dt.timedelta(days=r.randint(0, 20))
    p.text("serif", 4.6, W - 80, H - 55, V.cn_date(issue))
    p.text("serif", 3, 26, H - 30, "本证有效期四年，有效期满前三十日内申请延续。", col=(80, 80, 80))
    fields = {"license_no": _f(lno), "name": _f(name), "legal_representative": _f(rep), "address": _f(addr),
              "license_items": _f(items), "valid_from": _f(start.isoformat()), "valid_to": _f(end.isoformat())}
    return p, fields, "health"


def food_license(r: random.Random) -> tuple[Page, dict, str]:
    reg = r.choice(V.REGIONS)
    fuben = r.random() < 0.5
    name, _ = V.company(r, reg) if r.random() < 0.75 else (V.shop_name(r, reg), "")
    code = V.uscc(r, reg[0], "91" if "公司" in name else "92")
    rep = V.person_name(r)
    addr = V.address(r, reg)
    prem = addr if r.random() < 0.5 else V.address(r, reg, long=True)
    form = r.choice(V.FOOD_FORMS)
    items = "；".join(r.sample(V.FOOD_ITEMS, r.randint(1, 4)))
    lno = "JY" + ("1" if "销售" in form else "2") + reg[0] + f"{r.randint(0, 10**7 - 1):07d}"
    lno = lno[:16]
    issue = V.date_between(r, dt.date(2019, 1, 1), dt.date(2026, 10, 1))
    end = V.plus_years(issue, 5) - dt.timedelta(days=1)
    W, H = (297.0, 210.0) if not fuben else (210.0, 297.0)
    p = Page(W, H, bg=(252, 253, 250))
    _frame(p, r, 9)
    p.emblem(W / 2, 28, 11)
    p.text(r.choice(["bold", "song"]), 11, W / 2, 44, "食品经营许可证", spacing=2, align="TC")
    if fuben:
        p.text("serif", 5, W / 2, 58, "（副本）", align="TC")
    vs = r.choice(["serif", "song", "kai", "hei"])
    rows = [("name", "经营者名称", name), ("credit_code", "社会信用代码（身份证号码）", code),
            ("legal_representative", "法定代表人（负责人）", rep), ("address", "住　　所", addr),
            ("premises_address", "经营场所", prem), ("business_form", "主体业态", form), ("business_items", "经营项目", items)]
    x0 = 22
    colw = (W - 2 * x0) if fuben else 170
    y = 68
    for key, label, value in rows:
        lsz = 4.0 if len(label) < 8 else 3.4
        p.text("serif", lsz, x0, y, label)
        lx = x0 + 48
        h = p.wrap(vs, 4.1, lx, y, colw - 48, value)
        p.box(key, lx, y, min(colw - 48, _w(value, 4.1)), h)
        y += max(h, 6) + 4.5
    rx = x0 + colw + 8 if not fuben else x0
    ry = 68 if not fuben else y + 4
    p.text("serif", 4.0, rx, ry, "许可证编号")
    p.text("digits", 4.3, rx + (26 if not fuben else 48), ry, lno)
    p.box("license_no", rx + (26 if not fuben else 48), ry, 50, 4.3)
    p.text("serif", 3.6, rx, ry + 10, "日常监督管理机构：" + reg[3] + "市场监督管理局")
    p.text("serif", 3.6, rx, ry + 17, "日常监督管理人员：" + V.person_name(r))
    p.text("serif", 3.6, rx, ry + 24, "投诉举报电话：12315")
    p.text("serif", 4.0, rx, ry + 33, "有效期至")
    p.text(vs, 4.1, rx + (26 if not fuben else 48), ry + 33, V.cn_date(end))
    p.box("valid_to", rx + (26 if not fuben else 48), ry + 33, 45, 4.1)
    p.qr(W - 45, H - 70, 22, r.randint(1, 9999))
    p.text("serif", 4.0, W - 120, H - 40, "发证机关：")
    p.seal(W - 85, H - 44, 18, reg[1] + (reg[2] or "") + reg[3] + "市场监督管理局")
    p.text("serif", 4.0, W - 110, H - 30, "签发人：" + V.person_name(r) + "　　" + V.cn_date(issue))
    fields = {"license_no": _f(lno), "name": _f(name), "credit_code": _f(code), "legal_representative": _f(rep),
              "address": _f(addr), "premises_address": _f(prem), "business_form": _f(form),
              "business_items": _f(items), "valid_to": _f(end.isoformat())}
    return p, fields, "food-fuben" if fuben else "food-zhengben"


def other_doc(r: random.Random) -> tuple[Page, dict, str]:
    sort = r.choice(["hukou", "marriage", "receipt", "form", "letter"])
    reg = r.choice(V.REGIONS)
    if sort == "hukou":
        p = Page(143, 105, bg=(250, 246, 236))
        p.text("bold", 6, 71.5, 6, "常住人口登记卡", spacing=2, align="TC")
        rows = [("姓名", V.person_name(r)), ("户主或与户主关系", r.choice(["户主", "妻", "长子", "长女", "孙女"])),
                ("性别", r.choice("男女")), ("民族", r.choice(V.NATIONS) + "族"),
                ("出生地", reg[1] + reg[3]), ("住址", V.address(r, reg)), ("公民身份号码", V.id_number(r, reg[0], dt.date(1988, 5, 6), "男"))]
        y = 18
        for label, val in rows:
            p.rect(6, y - 1.5, 131, 10, 0.3, (160, 60, 60))
            p.text("serif", 3.4, 8, y + 1.5, label, col=(150, 50, 50))
            p.text("kai", 3.8, 45, y + 1.2, val)
            y += 10
        p.seal(110, 88, 12, reg[4] + "户口专用章")
    elif sort == "marriage":
        p = Page(180, 125, bg=(248, 238, 232))
        p.text("bold", 8, 90, 8, "结婚证", spacing=6, align="TC")
        a, b = V.person_name(r), V.person_name(r)
        lines = [f"持证人　{a}", f"登记日期　{V.cn_date(V.date_between(r, dt.date(2000, 1, 1), dt.date(2025, 1, 1)))}",
                 f"结婚证字号　J{reg[0]}-20{r.randint(10, 24)}-{r.randint(1, 9999):06d}", "备注",
                 f"姓名　{a}　　性别　男　　国籍　中国", f"姓名　{b}　　性别　女　　国籍　中国"]
        y = 26
        for ln in lines:
            p.text("song", 4.4, 14, y, ln)
            y += 12
        p.seal(140, 95, 15, reg[1] + reg[3] + "民政局婚姻登记专用章")
    elif sort == "receipt":
        p = Page(190, 95, bg=(255, 255, 255))
        p.text("bold", 7, 95, 6, "收　款　收　据", align="TC")
        p.text("serif", 3.6, 12, 18, f"NO. {r.randint(10**6, 10**7 - 1)}", col=RED)
        p.text("serif", 4, 12, 28, "今收到：" + V.company(r, reg)[0])
        p.text("serif", 4, 12, 40, "交　来：" + r.choice(["场地租金", "物业管理费", "押金", "培训费"]))
        p.text("serif", 4, 12, 52, f"人民币（大写）{V.cn_amount(r.randint(100, 9999))}元整　　￥{r.randint(100, 9999)}.00")
        p.text("serif", 4, 12, 70, "收款单位（盖章）　　　　经手人：" + V.person_name(r))
        p.seal(150, 70, 16, V.company(r, reg)[0], "财务专用章")
    elif sort == "form":
        p = Page(210, 297, bg=(255, 255, 255))
        p.text("bold", 7, 105, 20, r.choice(["公共场所卫生许可申请表", "食品经营许可申请书", "个体工商户登记（备案）申请书"]), align="TC")
        y = 40
        for label in ["申请单位", "统一社会信用代码", "法定代表人", "联系电话", "单位地址", "经营场所地址", "从业人员数", "申请项目", "备注"]:
            p.rect(20, y, 170, 14, 0.35)
            p.line(70, y, 70, y + 14, 0.35)
            p.text("serif", 4.2, 24, y + 5, label)
            y += 14
        p.text("serif", 3.6, 20, y + 10, "本单位承诺所提交的材料真实有效，并对其真实性负责。")
        for st in handwriting(r, 140, y + 25, 30, 7):
            p.stroke(st, w=0.5)
    else:
        p = Page(210, 297, bg=(255, 255, 255))
        p.text("bold", 7, 105, 24, "情况说明", align="TC")
        body = ("我单位因经营需要，拟申请办理营业执照经营范围变更及食品经营许可证延续，现将有关情况说明如下："
                "原营业执照和卫生许可证均在有效期内，经营场所未发生变化。特此说明。")
        p.wrap("song", 4.6, 25, 45, 160, body, lh=1.8)
        p.text("song", 4.6, 120, 120, V.company(r, reg)[0][:14])
        p.text("song", 4.6, 130, 130, V.cn_date(dt.date(2026, r.randint(1, 11), r.randint(1, 28))))
    return p, {}, f"other-{sort}"


def build(kind: str, r: random.Random):
    if kind == "id_card_front":
        p, f = id_front(r)
        return p, f, "id-front"
    if kind == "id_card_back":
        p, f = id_back(r)
        return p, f, "id-back"
    if kind == "business_license":
        return business_license(r)
    if kind == "public_health_license":
        return health_license(r)
    if kind == "food_business_license":
        return food_license(r)
    return other_doc(r)


def copy_sheet(card: Page, r: random.Random) -> tuple[Page, tuple]:
    """An ID card on an A4 sheet, as it lies on a copier's or scanner's glass; returns the offset."""
    p = Page(210.0, 297.0, bg=(255, 255, 255))
    ox, oy = r.uniform(25, 95), r.uniform(20, 70)
    p.fill(ox - 0.2, oy - 0.2, card.w + 0.4, card.h + 0.4, (200, 200, 200))
    for c in card.cmds:
        p.cmds.append(_shift(c, ox, oy))
    p.styles |= card.styles
    p.boxes = {k: (b[0] + ox, b[1] + oy, b[2] + ox, b[3] + oy) for k, b in card.boxes.items()}
    return p, (ox, oy)


def _shift(c: tuple, dx: float, dy: float) -> tuple:
    op, args = c[0], list(c[1:])
    xy = {"T": (3, 4), "TR": (3, 4), "TC": (3, 4), "TS": (3, 4), "W": (3, 4), "L": (1, 2, 3, 4), "R": (1, 2),
          "F": (1, 2), "C": (1, 2), "STAR": (1, 2), "A": (3, 4), "E": (1, 2), "Q": (1, 2), "U": (1, 2), "K": (3, 4)}
    if op in ("S", "G"):
        args[-1] = ";".join(f"{float(x) + dx:.2f},{float(y) + dy:.2f}" for x, y in (q.split(",") for q in args[-1].split(";")))
        return (op, *args)
    idx = xy.get(op, ())
    for k, i in enumerate(idx):
        if op == "L":
            args[i - 1] += dx if i in (1, 3) else dy
        else:
            args[i - 1] += dx if k == 0 else dy
    return (op, *args)
