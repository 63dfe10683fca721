"""Family AG's documents laid out in its own code as display lists (millimetres, y down): text runs in named
TrueType faces, filled rectangles and polygons, pen strokes. raster.py draws them, pdfout.py writes them as
vector PDFs. Each builder returns the list and the box of every field value (for the unreadable rule)."""

from __future__ import annotations

import datetime as dt
import math
import random

from benchmarks.docgen_ag.fonts import FALLBACK, face

BLACK = (0.08, 0.08, 0.09)
RED = (0.86, 0.12, 0.12)
LABEL_BLUE = (0.16, 0.38, 0.58)


def cn_date(iso: str, pad: bool = True) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


class Doc:
    def __init__(self, w: float, h: float, paper=(1.0, 1.0, 1.0)):
        self.w, self.h, self.paper = w, h, paper
        self.items: list = []
        self.boxes: dict[str, list[float]] = {}
        self.faces_used: set[str] = set()

    def width(self, text: str, size: float, fname: str, track: float = 0.0) -> float:
        return sum(self._face_for(fname, ch)[1].advance(ch) * size + track for ch in text)

    def _face_for(self, fname: str, ch: str):
        f = face(fname)
        if f.has(ch) or ch == " ":
            return fname, f
        return FALLBACK, face(FALLBACK)

    def text(self, x, y, size, fname, text, color=BLACK, track=0.0, angle=0.0, field=None, anchor="l"):
        """A run at baseline (x, y); characters missing from `fname` come from the fallback face."""
        w = self.width(text, size, fname, track)
        if anchor == "c":
            x -= w / 2
        elif anchor == "r":
            x -= w
        run, rf, rx, ry, pen = "", None, x, y, 0.0
        ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        for ch in text:
            fn, f = self._face_for(fname, ch)
            if fn != rf and run:
                self.items.append(("T", rx, ry, size, rf, run, color, track, angle))
                self.faces_used.add(rf)
                run = ""
            if not run:
                rf, rx = fn, x + pen * ca
                ry = y + pen * sa
            run += ch
            pen += f.advance(ch) * size + track
        if run:
            self.items.append(("T", rx, ry, size, rf, run, color, track, angle))
            self.faces_used.add(rf)
        if field:
            b = [x, y - size * 0.88, x + w, y + size * 0.15]
            o = self.boxes.get(field)
            self.boxes[field] = b if o is None else [min(o[0], b[0]), min(o[1], b[1]), max(o[2], b[2]), max(o[3], b[3])]
        return w

    def wrap(self, text: str, width: float, size: float, fname: str) -> list[str]:
        lines, cur = [], ""
        for ch in text:
            if self.width(cur + ch, size, fname) > width and cur:
                if ch in "，；、）。：" and len(cur) > 1:  # no line starts with closing punctuation
                    lines.append(cur[:-1])
                    cur = cur[-1]
                else:
                    lines.append(cur)
                    cur = ""
            cur += ch
        return lines + [cur] if cur else lines

    def para(self, x, y, width, size, fname, text, lead=1.5, field=None, color=BLACK):
        for i, ln in enumerate(self.wrap(text, width, size, fname)):
            self.text(x, y + i * size * lead, size, fname, ln, color=color, field=field)
        return y + len(self.wrap(text, width, size, fname)) * size * lead

    def rect(self, x, y, w, h, color, alpha=1.0):
        self.items.append(("R", x, y, w, h, color, alpha))

    def frame(self, x, y, w, h, lw, color, alpha=1.0):
        self.rect(x, y, w, lw, color, alpha)
        self.rect(x, y + h - lw, w, lw, color, alpha)
        self.rect(x, y + lw, lw, h - 2 * lw, color, alpha)
        self.rect(x + w - lw, y + lw, lw, h - 2 * lw, color, alpha)

    def poly(self, polys, color, alpha=1.0):
        self.items.append(("P", [[list(map(float, p)) for p in poly] for poly in polys], color, alpha))

    def stroke(self, pts, width, color, alpha=1.0):
        self.items.append(("S", [list(map(float, p)) for p in pts], width, color, alpha))

    def dict(self) -> dict:
        return {"w": self.w, "h": self.h, "paper": self.paper, "items": self.items}


# ---------- shared ornaments ----------

def ring(cx, cy, r, width, n=120):
    t = [2 * math.pi * i / n for i in range(n)]
    outer = [(cx + r * math.cos(a), cy + r * math.sin(a)) for a in t]
    inner = [(cx + (r - width) * math.cos(a), cy + (r - width) * math.sin(a)) for a in reversed(t)]
    return [outer, inner]


def star(cx, cy, r):
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.382
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return [pts]


def seal(d: Doc, cx, cy, r, text, rng: random.Random, fname="song", color=RED, alpha=0.8, bottom=""):
    """A round red seal: ring, star, the authority's name along the upper arc, a line under the star."""
    d.poly(ring(cx, cy, r, r * 0.07), color, alpha)
    d.poly(star(cx, cy, r * 0.3), color, alpha)
    n = len(text)
    span = min(250.0, 22.0 * n)
    size = min(r * 0.34, 2 * math.pi * r * 0.72 * span / 360 / max(n, 1) * 1.05)
    for i, ch in enumerate(text):
        a = -90 - span / 2 + span * (i + 0.5) / n
        rad = math.radians(a)
        rr = r * 0.8
        gx, gy = cx + rr * math.cos(rad), cy + rr * math.sin(rad)
        rot = a + 90
        ca, sa = math.cos(math.radians(rot)), math.sin(math.radians(rot))
        lx, ly = size / 2, -size * 0.38  # the glyph's centre from its pen origin, unrotated
        gx -= lx * ca - ly * sa
        gy -= lx * sa + ly * ca
        d.text(gx, gy, size, fname, ch, color=color, angle=rot)
    if bottom:
        d.text(cx, cy + r * 0.62, r * 0.2, fname, bottom, color=color, anchor="c")


def emblem(d: Doc, cx, cy, r, color=RED):
    d.poly([[(cx + r * math.cos(2 * math.pi * i / 64), cy + r * math.sin(2 * math.pi * i / 64)) for i in range(64)]], color, 0.9)
    d.poly(star(cx, cy - r * 0.3, r * 0.32), (0.98, 0.85, 0.2), 1.0)
    for k in range(4):
        a = math.radians(200 + k * 35)
        d.poly(star(cx + r * 0.62 * math.cos(a) * 0.9, cy - r * 0.3 + r * 0.55 * math.sin(a) + r * 0.25, r * 0.1), (0.98, 0.85, 0.2), 1.0)
    d.rect(cx - r * 0.5, cy + r * 0.2, r, r * 0.12, (0.98, 0.85, 0.2))
    d.rect(cx - r * 0.35, cy + r * 0.38, r * 0.7, r * 0.1, (0.98, 0.85, 0.2))


def qr(d: Doc, x, y, s, rng: random.Random):
    n = 25
    c = s / n
    d.rect(x - c, y - c, s + 2 * c, s + 2 * c, (1, 1, 1))
    for i in range(n):
        for j in range(n):
            fin = any(0 <= i - a < 7 and 0 <= j - b < 7 for a, b in ((0, 0), (0, n - 7), (n - 7, 0)))
            if fin:
                ii, jj = min(i % (n - 7) if i >= n - 7 else i, 6), min(j % (n - 7) if j >= n - 7 else j, 6)
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                d.rect(x + j * c, y + i * c, c * 1.02, c * 1.02, BLACK)


def guilloche(d: Doc, x, y, w, h, color, rng: random.Random, n=10):
    for k in range(n):
        ph, amp, fr = rng.uniform(0, 6.3), rng.uniform(1.5, 4.0), rng.uniform(0.05, 0.12)
        yy = y + h * (k + 0.5) / n
        pts = [(x + t, yy + amp * math.sin(fr * t + ph)) for t in [w * i / 80 for i in range(81)]]
        d.stroke(pts, 0.12, color, 0.5)


# ---------- ID card ----------

def id_front(v: dict, rng: random.Random) -> Doc:
    d = Doc(85.6, 54.0, (0.96, 0.975, 0.965))
    guilloche(d, 2, 3, 82, 48, (0.78, 0.86, 0.9), rng, 12)
    lf, vf = rng.choice(["hei", "zenhei"]), rng.choice(["hei", "song", "zenhei"])
    ls, vs = 2.7, 3.2
    d.text(6, 10, ls, lf, "姓  名" if rng.random() < 0.5 else "姓名", LABEL_BLUE)
    d.text(17, 10, vs + 0.3, vf, v["name"], field="name")
    d.text(6, 17, ls, lf, "性  别", LABEL_BLUE)
    d.text(17, 17, vs, vf, v["sex"], field="sex")
    d.text(27, 17, ls, lf, "民  族", LABEL_BLUE)
    d.text(37, 17, vs, vf, v["nation"], field="nation")
    b = dt.date.fromisoformat(v["birth_date"])
    d.text(6, 24, ls, lf, "出  生", LABEL_BLUE)
    d.text(17, 24, vs, vf, str(b.year), field="birth_date")
    d.text(27, 24, ls, lf, "年", LABEL_BLUE)
    d.text(32, 24, vs, vf, str(b.month), field="birth_date", anchor="c")
    d.text(35, 24, ls, lf, "月", LABEL_BLUE)
    d.text(40.5, 24, vs, vf, str(b.day), field="birth_date", anchor="c")
    d.text(43, 24, ls, lf, "日", LABEL_BLUE)
    d.text(6, 31, ls, lf, "住  址", LABEL_BLUE)
    d.para(17, 31, 36, vs, vf, v["address"], lead=1.45, field="address")
    d.text(6, 47.5, ls, lf, "公民身份号码", LABEL_BLUE)
    d.text(25, 47.5, 3.5, "hei", v["id_number"], track=0.28, field="id_number")
    # photo: a grey-blue ground and a head-and-shoulders silhouette
    d.rect(57, 7, 24, 31, (0.86, 0.9, 0.95))
    d.poly([[(69 + 5.2 * math.cos(t / 20 * math.pi), 18 + 6.6 * math.sin(t / 20 * math.pi)) for t in range(40)]], (0.45, 0.42, 0.42))
    d.poly([[(58.5, 38), (60, 31), (65, 27.5), (73, 27.5), (78, 31), (79.5, 38)]], (0.3, 0.32, 0.38))
    return d


def id_back(v: dict, rng: random.Random) -> Doc:
    d = Doc(85.6, 54.0, (0.965, 0.97, 0.955))
    guilloche(d, 2, 3, 82, 48, (0.88, 0.82, 0.78), rng, 14)
    emblem(d, 15, 15, 8.5)
    tf = rng.choice(["hei", "song", "zenhei"])
    d.text(50, 13, 4.3, tf, "中华人民共和国", BLACK, track=0.6, anchor="c")
    d.text(50, 25, 6.6, tf, "居民身份证", BLACK, track=1.4, anchor="c")
    lf, vf = rng.choice(["hei", "zenhei"]), rng.choice(["hei", "song"])
    d.text(14, 40, 2.7, lf, "签发机关", BLACK)
    d.text(28, 40, 3.1, vf, v["issuing_authority"], field="issuing_authority")
    frm = v["valid_from"].replace("-", ".")
    to = v["valid_to"].replace("-", ".")
    d.text(14, 47, 2.7, lf, "有效期限", BLACK)
    d.text(28, 47, 3.1, vf, frm, field="valid_from")
    x = 28 + d.width(frm, 3.1, vf)
    d.text(x, 47, 3.1, vf, "-")
    d.text(x + d.width("-", 3.1, vf), 47, 3.1, vf, to, field="valid_to")
    return d


# ---------- licences ----------

def _border(d: Doc, m: float, color, rng: random.Random):
    d.frame(m, m, d.w - 2 * m, d.h - 2 * m, 1.6, color)
    d.frame(m + 3, m + 3, d.w - 2 * m - 6, d.h - 2 * m - 6, 0.4, color)
    step = 6.0
    for i in range(int((d.w - 2 * m) / step)):
        x = m + 1 + i * step
        d.poly([[(x, m + 1.8), (x + 1.5, m + 2.6), (x + 3, m + 1.8), (x + 1.5, m + 2.2)]], color, 0.8)
        d.poly([[(x, d.h - m - 1.8), (x + 1.5, d.h - m - 2.6), (x + 3, d.h - m - 1.8), (x + 1.5, d.h - m - 2.2)]], color, 0.8)


def business(v: dict, rng: random.Random, landscape: bool) -> Doc:
    d = Doc(297, 210) if landscape else Doc(210, 297)
    fr = rng.choice([(0.62, 0.45, 0.2), (0.55, 0.2, 0.15), (0.7, 0.55, 0.3)])
    _border(d, 8, fr, rng)
    emblem(d, d.w / 2, 30, 10)
    tf = rng.choice(["song", "zenhei", "uming"])
    lf = rng.choice(["song", "hei", "uming"])
    vf = rng.choice(["song", "kai", "hei", "uming"])
    d.text(d.w / 2, 60, 13 if not landscape else 16, tf, "营 业 执 照", anchor="c", track=1)
    if not landscape:
        d.text(d.w / 2, 68, 5.5, lf, "（副　本）", anchor="c")
    # credit code block top-left, QR right
    d.text(17, 46, 3.4, lf, "统一社会信用代码")
    d.text(17, 52.5, 3.7, "hei", v["credit_code"], field="credit_code", track=0.1)
    d.text(17, 58, 2.8, lf, f"证照编号：{rng.randint(10, 99)}{rng.randint(10**12, 10**13 - 1)}")
    qr(d, d.w - 52, 36, 26, rng)
    d.text(d.w - 39, 68, 2.5, lf, "扫描二维码登录", anchor="c")
    d.text(d.w - 39, 71.5, 2.5, lf, "国家企业信用信息公示系统", anchor="c")
    sole = v["entity_type"] == "个体工商户"
    ls, vs = 4.1, 4.1
    rows_l = [("名　　称", "name"), ("类　　型", "entity_type"), ("经 营 者" if sole else "法定代表人", "legal_representative")]
    if sole:
        rows_r = [("组成形式", None), ("注册日期", "established_date"), ("经营场所", "address")]
    else:
        rows_r = [("注册资本", "registered_capital"), ("成立日期", "established_date"), ("营业期限", "valid_to"), ("住　　所", "address")]

    def value_of(key):
        if key is None:
            return "个人经营"
        if key == "established_date":
            return cn_date(v[key])
        if key == "valid_to":
            return cn_date(v["established_date"]) + " 至 " + (v[key] if v[key] == "长期" else cn_date(v[key]))
        return v[key]

    def row(x, y, lab, key, vw):
        d.text(x, y, ls, lf, lab)
        if key == "valid_to":
            s = cn_date(v["established_date"]) + " 至 "
            d.text(x + 24, y, vs, vf, s)
            d.text(x + 24 + d.width(s, vs, vf), y, vs, vf, value_of(key)[len(s):], field="valid_to")
            return y + vs * 2.2
        end = d.para(x + 24, y, vw, vs, vf, value_of(key), lead=1.55, field=key)
        return max(end, y + vs * 1.55) + vs * 0.65

    if landscape:
        y = 88
        for lab, key in rows_l:
            y = row(30, y, lab, key, 100)
        d.text(30, y, ls, lf, "经营范围")
        d.para(54, y, 92, vs, vf, v["business_scope"], lead=1.55, field="business_scope")
        y = 88
        for lab, key in rows_r:
            y = row(160, y, lab, key, 100)
        bx, by = d.w - 80, d.h - 42
    else:
        y = 86
        for lab, key in rows_l + rows_r:
            y = row(26, y, lab, key, 140)
        d.text(26, y, ls, lf, "经营范围")
        d.para(50, y, 136, vs, vf, v["business_scope"], lead=1.55, field="business_scope")
        bx, by = d.w - 80, d.h - 52
    issued = dt.date.fromisoformat(v["established_date"]) + dt.timedelta(days=rng.randint(0, 2500))
    issued = min(issued, dt.date(2025, 11, 30))
    d.text(bx, by, 4.2, lf, "登 记 机 关")
    d.text(bx + 8, by + 14, 4.2, lf, cn_date(issued.isoformat(), pad=False))
    seal(d, bx + 26, by + 2, 19, v["_reg"][6], rng)
    d.text(d.w / 2, d.h - 17, 2.6, lf, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", anchor="c")
    d.text(d.w / 2, d.h - 13, 2.6, lf, "国家市场监督管理总局监制", anchor="c")
    return d


def health(v: dict, rng: random.Random) -> Doc:
    d = Doc(210, 297)
    fr = rng.choice([(0.2, 0.4, 0.65), (0.3, 0.5, 0.3), (0.6, 0.3, 0.2)])
    _border(d, 10, fr, rng)
    emblem(d, d.w / 2, 34, 9)
    lf = rng.choice(["song", "hei", "uming"])
    vf = rng.choice(["song", "kai", "uming", "hei"])
    d.text(d.w / 2, 62, 10, rng.choice(["song", "zenhei"]), "公共场所卫生许可证", anchor="c", track=0.8)
    no_x = d.w / 2 - d.width(v["license_no"], 4.2, vf) / 2
    d.text(no_x, 75, 4.2, vf, v["license_no"], field="license_no")
    y = 95
    for lab, key in (("单位名称", "name"), ("法定代表人（负责人）", "legal_representative"), ("地　　址", "address"),
                     ("许可项目", "license_items")):
        d.text(28, y, 4.4, lf, lab)
        x0 = 28 + d.width(lab, 4.4, lf) + 5
        y = max(d.para(x0, y, 180 - x0, 4.4, vf, v[key], lead=1.6, field=key), y + 7) + 6
    d.text(28, y, 4.4, lf, "有效期限")
    x = 28 + d.width("有效期限", 4.4, lf) + 5
    x += d.text(x, y, 4.4, lf, "自")
    x += d.text(x + 1, y, 4.4, vf, cn_date(v["valid_from"]), field="valid_from") + 2
    x += d.text(x, y, 4.4, lf, "至")
    d.text(x + 1, y, 4.4, vf, cn_date(v["valid_to"]), field="valid_to")
    issued = dt.date.fromisoformat(v["valid_from"])
    auth = v["_reg"][2][3:] + v["_reg"][3] + "卫生健康局" if v["_reg"][3] else v["_reg"][2][3:] + "卫生健康委员会"
    d.text(120, 238, 4.4, lf, "发证机关")
    d.text(120, 252, 4.4, lf, cn_date(issued.isoformat(), pad=False))
    seal(d, 150, 240, 20, auth, rng)
    d.text(d.w / 2, 278, 2.8, lf, "中华人民共和国国家卫生健康委员会监制", anchor="c")
    return d


def food(v: dict, rng: random.Random, landscape: bool) -> Doc:
    d = Doc(297, 210) if landscape else Doc(210, 297)
    fr = rng.choice([(0.1, 0.45, 0.35), (0.2, 0.35, 0.6)])
    _border(d, 9, fr, rng)
    lf = rng.choice(["song", "hei", "uming"])
    vf = rng.choice(["song", "kai", "hei"])
    emblem(d, d.w / 2, 28, 9)
    d.text(d.w / 2, 54, 11, rng.choice(["song", "zenhei"]), "食品经营许可证", anchor="c", track=1.2)
    if not landscape:
        d.text(d.w / 2, 63, 5, lf, "（副本）", anchor="c")
    rows = [("经营者名称", "name"), ("社会信用代码（身份证号码）", "credit_code"), ("法定代表人（负责人）", "legal_representative"),
            ("住　　所", "address"), ("经营场所", "premises_address"), ("主体业态", "business_form"), ("经营项目", "business_items")]
    s = 3.9
    if landscape:
        x, y, lw, vw = 24, 76, 50, 100
    else:
        x, y, lw, vw = 22, 80, 56, 108
    for lab, key in rows:
        d.text(x, y, s, lf, lab)
        y = max(d.para(x + lw, y, vw, s, vf, v[key], lead=1.55, field=key), y + s * 1.55) + s * 0.7
    if landscape:
        rx, ry = 185, 82
    else:
        rx, ry = x, y + 2
    issued = v["_issued"]
    right = [("许可证编号", v["license_no"], "license_no"), ("日常监督管理机构", v["_reg"][6].replace("市场监督管理局", "市场监管所"), None),
             ("日常监督管理人员", rng.choice(["王建国、李娜", "陈立", "赵敏、孙涛"]), None), ("投诉举报电话", "12315", None),
             ("有效期至", cn_date(v["valid_to"]), "valid_to")]
    for lab, val, key in right:
        d.text(rx, ry, s, lf, lab)
        d.text(rx + 40 if landscape else rx + lw, ry, s if key != "license_no" else s + 0.4,
               "hei" if key == "license_no" else vf, val, field=key)
        ry += s * 2.3
    qr(d, d.w - 48, 24, 22, rng)
    bx, by = (d.w - 80, d.h - 40) if landscape else (d.w - 85, d.h - 42)
    d.text(bx, by, s, lf, "发证机关")
    d.text(bx, by + 8, s, lf, "签 发 人  " + rng.choice(["刘卫东", "周静", "马骏"]))
    d.text(bx + 6, by + 16, s, lf, cn_date(issued, pad=False))
    seal(d, bx + 26, by + 4, 18, v["_reg"][6], rng)
    d.text(d.w / 2, d.h - 14, 2.6, lf, "国家市场监督管理总局监制", anchor="c")
    return d


# ---------- other documents (kind other, no fields) ----------

def other(kind: str, rng: random.Random) -> Doc:
    from benchmarks.docgen_ag import values as V
    lf = rng.choice(["song", "hei", "kai", "uming"])
    if kind == "household":
        d = Doc(143, 105, (0.97, 0.95, 0.9))
        p = V.id_front(rng)
        d.text(71.5, 10, 5, "song", "常住人口登记卡", anchor="c", track=0.8)
        rows = [("姓名", p["name"], "户主或与户主关系", rng.choice(["户主", "妻", "长子", "女"])), ("曾用名", "", "性别", p["sex"]),
                ("出生地", p["address"][:6], "民族", p["nation"]), ("籍贯", p["address"][:6], "出生日期", cn_date(p["birth_date"])),
                ("公民身份号码", p["id_number"], "身高", f"{rng.randint(150, 186)}厘米"), ("文化程度", rng.choice(["大学本科", "高中", "初中"]), "婚姻状况", rng.choice(["已婚", "未婚"])),
                ("服务处所", "", "职业", rng.choice(["职员", "个体", "教师"]))]
        y = 16
        for a, b, c, e in rows:
            d.frame(6, y, 131, 11, 0.25, (0.4, 0.3, 0.25))
            d.text(8, y + 7, 2.8, "song", a)
            d.text(32, y + 7, 3.0, lf, b)
            d.text(74, y + 7, 2.8, "song", c)
            d.text(104, y + 7, 3.0, lf, e)
            y += 11
        return d
    if kind == "marriage":
        d = Doc(176, 125, (0.99, 0.96, 0.93))
        a, b = V.id_front(rng), V.id_front(rng)
        d.text(88, 14, 5.5, "song", "结婚证", anchor="c", track=2)
        d.text(14, 30, 3.4, "song", "持证人　" + a["name"])
        d.text(14, 38, 3.4, "song", "登记日期　" + cn_date(f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"))
        d.text(14, 46, 3.4, "song", f"结婚证字号　J{a['id_number'][:6]}-20{rng.randint(10, 24)}-{rng.randint(1, 9999):06d}")
        for k, p in enumerate((a, b)):
            y = 62 + k * 26
            d.text(14, y, 3.4, lf, f"姓名　{p['name']}　　性别　{p['sex']}　　国籍　中国")
            d.text(14, y + 8, 3.4, lf, f"出生日期　{cn_date(p['birth_date'])}　　身份证件号　{p['id_number']}")
        seal(d, 140, 40, 16, "婚姻登记专用章", rng)
        return d
    d = Doc(210, 297)
    if kind == "receipt":
        d = Doc(210, 99)
        d.text(105, 16, 7, "song", "收　　据", anchor="c", track=2)
        d.text(20, 32, 4, lf, f"今收到　{V.person_name(rng)}")
        d.text(20, 44, 4, lf, "交来　" + rng.choice(["办公用品款", "场地租金", "押金", "复印费"]))
        d.text(20, 56, 4, lf, f"人民币（大写）{rng.choice(['壹仟贰佰元整', '叁佰伍拾元整', '捌佰元整'])}　¥{rng.randint(100, 3000)}.00")
        d.text(20, 70, 4, lf, "收款单位（盖章）　　　　　经手人：" + V.person_name(rng))
        seal(d, 80, 68, 14, V.company(rng, False)["name"] + "财务专用章"[:0], rng)
        return d
    if kind == "letter":
        c = V.company(rng, False)
        d.text(105, 30, 6, "song", "情况说明", anchor="c", track=1)
        body = (f"{c['_reg'][6]}：\n　　我单位{c['name']}因经营需要，拟办理营业执照住所变更登记，"
                "现就有关情况说明如下：新住所为自有房产，权属清晰，无纠纷。营业执照、食品经营许可证及卫生许可证原件将在办理时一并提交核验。"
                "特此说明。")
        y = 50
        for para in body.split("\n"):
            y = d.para(24, y, 162, 4.4, lf, para, lead=1.8) + 4
        d.text(120, y + 20, 4.4, lf, c["name"])
        d.text(130, y + 30, 4.4, lf, cn_date("2025-0" + str(rng.randint(1, 9)) + "-15", pad=False))
        return d
    if kind == "form":
        d.text(105, 26, 6, "song", "行政许可申请表", anchor="c", track=1)
        y = 40
        for lab in ("申请人", "联系电话", "申请事项", "申请理由", "承诺", "申请人签字", "受理意见"):
            d.frame(20, y, 170, 22, 0.3, BLACK)
            d.rect(60, y, 0.3, 22, BLACK)
            d.text(24, y + 13, 4, "song", lab)
            y += 22
        d.text(66, 53, 4, "hand", V.person_name(rng), (0.12, 0.18, 0.5))
        d.text(66, 75, 4, "hand", f"13{rng.randint(100000000, 999999999)}", (0.12, 0.18, 0.5))
        return d
    # blank: an empty page with a faint ruled header
    d.rect(20, 20, 170, 0.3, (0.7, 0.7, 0.7))
    return d
