"""Family V's pages, laid out with fpdf2: every run placed by our own code (`text`, per-character
justified labels, wrapped paragraphs measured with `get_string_width`, `set_char_spacing`,
`rotation` contexts), CJK faces embedded with `add_font`, vector guilloche, emblems, seals and
QR-like blocks. Each builder returns the PDF bytes, the page size in mm and the boxes (mm) of every
truth value's printed lines, so a capture can tell which values it really hides."""

from __future__ import annotations

import datetime as dt
import math
import random

from fpdf import FPDF

from benchmarks.docgen_v import faces as F

FIXED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
PT = 25.4 / 72  # mm per point


class Doc:
    """One fpdf2 page and the boxes of the truth values drawn on it."""

    def __init__(self, w: float, h: float, r: random.Random) -> None:
        self.w, self.h, self.r = w, h, r
        self.pdf = FPDF(unit="mm", format=(w, h))
        self.pdf.set_creation_date(FIXED)
        self.pdf.set_producer("docgen_v")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margin(0)
        self.pdf.add_page()
        self.loaded: set[str] = set()
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self.used: list[str] = []

    def font(self, key: str, size: float) -> None:
        if key not in self.loaded:
            self.pdf.add_font(key, "", F.path(key))
            self.loaded.add(key)
            self.used.append(key)
        self.pdf.set_font(key, size=size)

    def color(self, rgb: tuple[int, int, int]) -> None:
        self.pdf.set_text_color(*rgb)

    def text(self, key: str, size: float, x: float, y: float, s: str, rgb=(20, 20, 20), field: str | None = None,
             spacing: float = 0.0) -> float:
        """One run with its baseline at y; returns its width. `field` records its box."""
        if not s:
            return 0.0
        F.check(key, s)
        self.font(key, size)
        self.color(rgb)
        self.pdf.set_char_spacing(spacing)
        self.pdf.text(x, y, s)
        wd = self.pdf.get_string_width(s)
        self.pdf.set_char_spacing(0)
        if field:
            self.boxes.setdefault(field, []).append((x, y - size * PT * 0.88, x + wd, y + size * PT * 0.12))
        return wd

    def label(self, key: str, size: float, x: float, y: float, s: str, width: float, rgb=(20, 20, 20)) -> None:
        """A label justified across the label column (名　　称), each character placed by us."""
        F.check(key, s)
        size = min(size, width / len(s) / PT)  # a long label (执行事务合伙人) is set smaller to fit its column
        self.font(key, size)
        self.color(rgb)
        if len(s) == 1:
            self.pdf.text(x, y, s)
            return
        cw = size * PT
        gap = (width - cw * len(s)) / (len(s) - 1)
        for i, ch in enumerate(s):
            self.pdf.text(x + i * (cw + max(gap, 0.0)), y, ch)

    def lines(self, key: str, size: float, s: str, width: float) -> list[str]:
        self.font(key, size)
        out, cur = [], ""
        for ch in s:
            if cur and self.pdf.get_string_width(cur + ch) > width:
                # keep closing punctuation with its line (避头)
                if ch in "，。；、）》：" and len(cur) > 1:
                    out.append(cur[:-1])
                    cur = cur[-1]
                else:
                    out.append(cur)
                    cur = ""
            cur += ch
        if cur:
            out.append(cur)
        return out

    def para(self, key: str, size: float, x: float, y: float, s: str, width: float, lh: float,
             field: str | None = None, rgb=(20, 20, 20), max_lines: int = 99) -> float:
        """A wrapped paragraph from baseline y; returns the next baseline."""
        ls = self.lines(key, size, s, width)
        if len(ls) > max_lines:  # shrink the face rather than lose text
            return self.para(key, size * 0.9, x, y, s, width, lh * 0.9, field, rgb, max_lines + 1)
        for ln in ls:
            self.text(key, size, x, y, ln, rgb, field)
            y += lh
        return y

    # --- vector ornaments -------------------------------------------------------------------
    def guilloche(self, inset: float, band: float, rgb=(196, 150, 90), waves: int = 5) -> None:
        """A guilloche band around the page: phase-shifted sine polylines along each edge."""
        p = self.pdf
        p.set_draw_color(*rgb)
        p.set_line_width(0.12)
        r = self.r
        per = r.uniform(3.0, 6.0)
        for k in range(waves):
            ph = k * math.pi / waves
            for edge in range(4):
                pts = []
                n = int((self.w if edge < 2 else self.h) / 0.8)
                for i in range(n + 1):
                    t = i * 0.8
                    off = inset + band / 2 + band / 2 * math.sin(t / per * 2 * math.pi + ph)
                    if edge == 0:
                        pts.append((t, off))
                    elif edge == 1:
                        pts.append((t, self.h - off))
                    elif edge == 2:
                        pts.append((off, t))
                    else:
                        pts.append((self.w - off, t))
                p.polyline(pts)
        p.set_line_width(0.4)
        p.rect(inset + band + 1.5, inset + band + 1.5, self.w - 2 * (inset + band + 1.5), self.h - 2 * (inset + band + 1.5))

    def rosette(self, cx: float, cy: float, rad: float, rgb=(215, 225, 235), n: int = 18) -> None:
        p = self.pdf
        p.set_draw_color(*rgb)
        p.set_line_width(0.1)
        for k in range(n):
            a = k * math.pi / n
            with p.rotation(math.degrees(a), cx, cy):
                p.ellipse(cx - rad, cy - rad * 0.35, 2 * rad, 0.7 * rad)

    def star(self, cx: float, cy: float, rad: float, rgb, rot: float = 0.0) -> None:
        pts = []
        for i in range(10):
            a = math.pi / 2 + i * math.pi / 5 + rot
            rr = rad if i % 2 == 0 else rad * 0.38
            pts.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
        self.pdf.set_fill_color(*rgb)
        self.pdf.polygon(pts, style="F")

    def emblem(self, cx: float, cy: float, rad: float) -> None:
        """The national emblem, simplified: red disc, gold rim, one large and four small stars, wheat rays."""
        p = self.pdf
        p.set_fill_color(200, 30, 30)
        p.set_draw_color(218, 170, 40)
        p.set_line_width(rad * 0.08)
        p.circle(cx, cy, rad, style="DF")
        self.star(cx, cy - rad * 0.35, rad * 0.28, (240, 200, 40))
        for k in range(4):
            a = math.radians(150 - k * 40)
            self.star(cx + rad * 0.55 * math.cos(a), cy - rad * 0.1 - rad * 0.45 * math.sin(a) + rad * 0.3, rad * 0.09, (240, 200, 40))
        p.set_fill_color(240, 200, 40)
        p.rect(cx - rad * 0.45, cy + rad * 0.35, rad * 0.9, rad * 0.16, style="F")

    def seal(self, cx: float, cy: float, rad: float, ring_text: str, bottom: str = "", rgb=(215, 35, 40),
             key: str = "noto_sans", opacity: float = 0.8) -> None:
        """A round red seal: rim, star, the authority's name set round the arc char by char."""
        p = self.pdf
        with p.local_context(fill_opacity=opacity, stroke_opacity=opacity):
            p.set_draw_color(*rgb)
            p.set_line_width(rad * 0.06)
            p.circle(cx, cy, rad, style="D")
            self.star(cx, cy, rad * 0.3, rgb)
            n = len(ring_text)
            span = min(250.0, 22.0 * n)
            size = min(rad * 0.36, 0.85 * rad * 0.72 * math.radians(span) / n) / PT
            F.check(key, ring_text)
            self.font(key, size)
            self.color(rgb)
            for i, ch in enumerate(ring_text):
                ang = -span / 2 + span * (i + 0.5) / n  # degrees from the top, clockwise
                a = math.radians(90 - ang)
                x = cx + rad * 0.72 * math.cos(a)
                y = cy - rad * 0.72 * math.sin(a)
                with p.rotation(-ang, x, y):
                    p.text(x - size * PT / 2, y + size * PT * 0.35, ch)
            if bottom:
                self.text(key, size * 0.7, cx - p.get_string_width(bottom) * 0.35, cy + rad * 0.6, bottom, rgb)

    def qr(self, x: float, y: float, size: float, rgb=(10, 10, 10)) -> None:
        """A QR-like block: three finder patterns and a seeded module field."""
        p = self.pdf
        n = 29
        m = size / n
        p.set_fill_color(*rgb)
        finder = {(i, j) for i in range(7) for j in range(7) if i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4)}
        for i in range(n):
            for j in range(n):
                on = None
                for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
                    if ox <= i < ox + 7 and oy <= j < oy + 7:
                        on = (i - ox, j - oy) in finder
                    elif ox - 1 <= i <= ox + 7 and oy - 1 <= j <= oy + 7:
                        on = False if on is None else on
                if on is None:
                    on = self.r.random() < 0.5
                if on:
                    p.rect(x + i * m, y + j * m, m + 0.02, m + 0.02, style="F")

    def watermark(self, s: str, key: str, rgb=(120, 120, 120), opacity: float = 0.28, size: float = 26) -> None:
        """仅供…使用 repeated diagonally over the page, translucent (the text stays readable)."""
        F.check(key, s)
        p = self.pdf
        self.font(key, size)
        with p.local_context(fill_opacity=opacity):
            self.color(rgb)
            step = size * PT * 5
            for yy in range(-1, int(self.h / step) + 2):
                for xx in range(-1, int(self.w / (p.get_string_width(s) + 20)) + 2):
                    x = xx * (p.get_string_width(s) + 20) + (yy % 2) * 30
                    y = yy * step + 20
                    with p.rotation(30, x, y):
                        p.text(x, y, s)

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def ymd(iso: str, sep: str = "cn") -> str:
    if iso in ("", "长期"):
        return iso
    y, m, d = iso.split("-")
    if sep == "cn":
        return f"{y}年{m}月{d}日"
    if sep == "cn_sp":
        return f"{y} 年 {m} 月 {d} 日"
    return f"{y}.{m}.{d}"


# --- business licence (2019 national template and an older 副本) ---------------------------------
def business_license(v: dict, r: random.Random, variant: str) -> Doc:
    ih = v["_pat"] == "ih"
    label_face = F.pick(r, F.HEI[:3] + F.SONG[:1], ["统一社会信用代码法定代表人经营范围注册资本成立日期营业期限住所组成形式"])
    vals = [v["name"], v["entity_type"], v["legal_representative"], v["address"], v["business_scope"], v["registered_capital"]]
    val_face = F.pick(r, F.SONG + ("noto_sans", "wqy_microhei"), vals)
    title_face = r.choice(("noto_serif_bold", "noto_sans_bold"))
    rows_left: list[tuple[str, str, str]] = []
    rows_right: list[tuple[str, str, str]] = []
    if ih:
        rows_left = [("名称", v["name"], "name"), ("类型", v["entity_type"], "entity_type"),
                     ("经营者", v["legal_representative"], "legal_representative")]
        rows_right = [("组成形式", r.choice(("个人经营", "家庭经营")), ""), ("注册日期", ymd(v["established_date"]), "established_date"),
                      ("经营场所", v["address"], "address")]
    else:
        term = "长期" if v["valid_to"] == "长期" else ymd(v["valid_to"])
        term_line = f"{ymd(v['established_date'])}至{term}" if r.random() < 0.8 else (term if term == "长期" else f"{ymd(v['established_date'])} 至 {term}")
        rows_left = [("名称", v["name"], "name"), ("类型", v["entity_type"], "entity_type"),
                     (v["_rep_label"], v["legal_representative"], "legal_representative")]
        cap_label = "出资额" if v["_pat"] in ("lp", "gp") else "注册资本"
        rows_right = ([(cap_label, v["registered_capital"], "registered_capital")] if v["registered_capital"] else []) + [
            ("成立日期", ymd(v["established_date"]), "established_date"), ("营业期限", term_line, "valid_to"),
            (v["_addr_label"], v["address"], "address")]
    scope = ("经营范围", v["business_scope"], "business_scope")
    if variant == "zheng-2019":
        d = Doc(297, 210, r)
        d.guilloche(6, 9)
        d.emblem(148.5, 34, 11)
        d.text(title_face, 40, 148.5 - 2 * 40 * PT - 12, 62, "营业执照", spacing=8)
        d.text(label_face, 10.5, 30, 44, "统一社会信用代码")
        d.text(r.choice(F.MONO[:3]), 12, 30, 50, v["credit_code"], field="credit_code")
        d.qr(240, 24, 26)
        d.para(label_face, 6, 234, 55, "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。", 38, 2.6)
        y = 86.0
        for lab, val, key in rows_left:
            d.label(label_face, 12, 30, y, lab, 21)
            y = d.para(val_face, 12, 57, y, val, 88, 6.2, field=key) + 3.5
        d.label(label_face, 12, 30, y, scope[0], 21)
        d.para(val_face, 10.5, 57, y, scope[1], 88, 5.2, field="business_scope", max_lines=14)
        y = 86.0
        for lab, val, key in rows_right:
            d.label(label_face, 12, 160, y, lab, 21)
            y = d.para(val_face, 12, 187, y, val, 86, 6.2, field=key or None) + 3.5
        date_y = 176
        d.label(label_face, 12, 190, date_y - 12, "登记机关", 21)
        d.text(val_face, 12, 226, date_y - 3, ymd(v["_issued"], "cn_sp"))
        d.seal(240, date_y - 10, 19, v["_registrar"], key=F.pick(r, ("noto_sans", "wqy_microhei"), [v["_registrar"]]))
        d.text(label_face, 7, 60, 190, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn")
        d.text(label_face, 7, 200, 190, "国家市场监督管理总局监制")
        return d
    if variant in ("fu-2019", "fu-2016"):
        old = variant == "fu-2016"
        d = Doc(210, 297, r)
        d.guilloche(5, 8, rgb=(170, 140, 100) if old else (196, 150, 90))
        d.emblem(105, 36, 10)
        d.text(title_face, 34, 105 - 2 * 34 * PT - 8, 66, "营业执照", spacing=5)
        d.text(label_face, 15, 92, 76, "（副　本）" if old else "（副本）")
        d.text(label_face, 9, 24, 34, f"副本编号：{r.randint(1, 3)}-{r.randint(1, 3)}" if not old else f"注册号：{v['credit_code'][2:8]}{r.randint(100000000, 999999999)}")
        d.text(label_face, 10, 24, 44 if not old else 86, "统一社会信用代码" + ("：" if old else ""))
        d.text(r.choice(F.MONO[:3]), 11.5, 24 if not old else 58, 50 if not old else 86, v["credit_code"], field="credit_code")
        if not old:
            d.qr(158, 26, 26)
            d.para(label_face, 5.5, 153, 57, "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。", 36, 2.4)
        y = 96.0
        rows = rows_left + rows_right
        if r.random() < 0.5 or old:
            order = rows + [scope]
        else:
            order = rows_left + [scope] + rows_right
        for lab, val, key in order:
            if old:
                d.text(label_face, 11.5, 24, y, lab + "：")
                vx = 24 + d.pdf.get_string_width(lab + "：") + 1 if lab == "经营范围" else 54
            else:
                d.label(label_face, 11.5, 24, y, lab, 22)
                vx = 52
            sz = 10.5 if key == "business_scope" else 11.5
            y = d.para(val_face, sz, vx, y, val, 210 - 24 - vx, 5.6 if key == "business_scope" else 6.0,
                       field=key or None, max_lines=16) + 4.0
        date_y = 262
        d.label(label_face, 11.5, 120, date_y - 16, "登记机关", 20)
        d.text(val_face, 11.5, 140, date_y - 2, ymd(v["_issued"], "cn_sp"))
        d.seal(158, date_y - 12, 18, v["_registrar"], key=F.pick(r, ("noto_sans", "wqy_microhei"), [v["_registrar"]]))
        d.text(label_face, 6.5, 24, 280, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn")
        d.text(label_face, 6.5, 140, 280, "国家市场监督管理总局监制" if not old else "中华人民共和国国家工商行政管理总局监制")
        return d
    # e-print: an 电子营业执照 downloaded and printed on A4, born digital
    d = Doc(210, 297, r)
    d.pdf.set_fill_color(200, 32, 38)
    d.pdf.rect(0, 0, 210, 30, style="F")
    d.text("noto_sans_bold", 22, 62, 19, "电子营业执照", rgb=(255, 255, 255), spacing=3)
    d.emblem(105, 48, 9)
    d.text(title_face, 26, 105 - 2 * 26 * PT - 5, 73, "营业执照", spacing=4)
    d.text(label_face, 10, 22, 88, "统一社会信用代码")
    d.text(r.choice(F.MONO[:3]), 11, 60, 88, v["credit_code"], field="credit_code")
    y = 102.0
    for lab, val, key in rows_left + rows_right + [scope]:
        d.label(label_face, 10.5, 22, y, lab, 20)
        y = d.para(val_face, 10 if key == "business_scope" else 10.5, 48, y, val, 140, 5.4, field=key or None, max_lines=18) + 3.5
    d.qr(160, 236, 24)
    d.text(label_face, 9, 22, 245, "登记机关")
    d.text(val_face, 10, 48, 245, v["_registrar"])
    d.text(val_face, 10, 48, 252, ymd(v["_issued"]))
    d.seal(85, 245, 16, v["_registrar"], key=F.pick(r, ("noto_sans", "wqy_microhei"), [v["_registrar"]]))
    d.text(label_face, 7, 22, 282, "本执照由国家市场监督管理总局电子营业执照系统生成，与纸质营业执照具有同等法律效力。")
    d.text(label_face, 7, 22, 287, f"打印时间：{ymd(dt.date(2026, r.randint(1, 10), r.randint(1, 28)).isoformat())}")
    return d


# --- ID card ------------------------------------------------------------------------------------
BLUE = (40, 110, 170)


def id_front(v: dict, r: random.Random) -> Doc:
    d = Doc(85.6, 54, r)
    p = d.pdf
    p.set_fill_color(246, 243, 232)
    p.rect(0, 0, 85.6, 54, style="F")
    d.rosette(40, 27, 22, rgb=(215, 225, 232), n=22)
    d.rosette(70, 40, 14, rgb=(232, 214, 210), n=12)
    lab = F.pick(r, ("noto_sans", "wqy_microhei", "noto_sans_medium"), ["姓名性别民族出生住址公民身份号码年月日"])
    val = F.pick(r, ("noto_sans", "noto_sans_medium", "wqy_microhei", "wqy_zenhei", "droid"),
                 [v["name"], v["address"], v["nation"]])
    d.text(lab, 8, 6.5, 11, "姓　名", BLUE)
    d.text(val, 11, 17.5, 11.2, v["name"], field="name")
    d.text(lab, 8, 6.5, 18.5, "性　别", BLUE)
    d.text(val, 10, 17.5, 18.6, v["sex"], field="sex")
    d.text(lab, 8, 27, 18.5, "民　族", BLUE)
    d.text(val, 10, 37.5, 18.6, v["nation"], field="nation")
    y, m, dd = v["birth_date"].split("-")
    d.text(lab, 8, 6.5, 25.5, "出　生", BLUE)
    d.text(val, 10, 17.5, 25.6, y, field="birth_date")
    d.text(lab, 8, 27, 25.5, "年", BLUE)
    d.text(val, 10, 31.5, 25.6, str(int(m)), field="birth_date")
    d.text(lab, 8, 36, 25.5, "月", BLUE)
    d.text(val, 10, 40.5, 25.6, str(int(dd)), field="birth_date")
    d.text(lab, 8, 45, 25.5, "日", BLUE)
    d.text(lab, 8, 6.5, 32.5, "住　址", BLUE)
    addr = v["address"]
    per = 11
    yy = 32.6
    for i in range(0, len(addr), per):
        d.text(val, 10, 17.5, yy, addr[i:i + per], field="address")
        yy += 4.6
    d.text(lab, 8, 6.5, 48, "公民身份号码", BLUE)
    d.text(r.choice(F.MONO[:3]), 12, 27.5, 48.2, v["id_number"], field="id_number", spacing=0.45)
    # photo: pale ground, head and shoulders
    px, py = 56.5, 6.5
    p.set_fill_color(236, 238, 240)
    p.rect(px, py, 25, 32, style="F")
    tone = r.choice(((60, 50, 45), (35, 30, 30), (90, 70, 55)))
    p.set_fill_color(*tone)
    p.ellipse(px + 7.5, py + 4, 10, 12.5, style="F")
    p.set_fill_color(222, 190, 165)
    p.ellipse(px + 8.3, py + 6.5, 8.4, 11, style="F")
    p.set_fill_color(*r.choice(((30, 40, 70), (50, 50, 55), (230, 230, 235))))
    p.ellipse(px + 2.5, py + 20.5, 20, 11.5, style="F")
    return d


def id_back(v: dict, r: random.Random) -> Doc:
    d = Doc(85.6, 54, r)
    p = d.pdf
    p.set_fill_color(244, 242, 236)
    p.rect(0, 0, 85.6, 54, style="F")
    d.rosette(45, 22, 25, rgb=(220, 228, 236), n=26)
    p.set_draw_color(200, 205, 214)
    p.set_line_width(0.1)
    for k in range(12):
        p.line(0, 36 + k * 1.3, 85.6, 34 + k * 1.3)
    d.emblem(15, 15, 9)
    tface = r.choice(("noto_sans_bold", "noto_serif_bold"))
    d.text(tface, 13, 30, 14, "中华人民共和国", (20, 20, 20), spacing=1.2)
    d.text(tface, 18, 30, 25, "居民身份证", (20, 20, 20), spacing=2.2)
    lab = F.pick(r, ("noto_sans", "wqy_microhei"), ["签发机关有效期限"])
    val = F.pick(r, ("noto_sans", "noto_sans_medium", "wqy_microhei", "wqy_zenhei", "droid"), [v["issuing_authority"]])
    d.text(lab, 8, 15, 42, "签发机关", BLUE)
    d.text(val, 10, 31, 42.1, v["issuing_authority"], field="issuing_authority")
    d.text(lab, 8, 15, 49, "有效期限", BLUE)
    to = "长期" if v["valid_to"] == "长期" else ymd(v["valid_to"], "dot")
    x = 31 + d.text(val, 10, 31, 49.1, ymd(v["valid_from"], "dot") + "-", field="valid_from")
    d.text(val, 10, x, 49.1, to, field="valid_to")
    return d


# --- 公共场所卫生许可证 (local variants) ---------------------------------------------------------
def public_health(v: dict, r: random.Random, variant: str) -> Doc:
    lab = F.pick(r, F.SONG + F.HEI[:2], ["单位名称法定代表人负责人地址许可项目有效期限自至卫生许可证号经营场所"])
    val = F.pick(r, F.SONG + F.HEI[:2] + F.KAI[2:], [v["name"], v["address"], v["license_items"], v["legal_representative"], v["license_no"]])
    title = r.choice(("noto_serif_bold", "noto_sans_bold"))
    land = variant == "ph-land"
    d = Doc(297, 210, r) if land else Doc(210, 297, r)
    d.guilloche(6, 7, rgb=r.choice(((80, 140, 190), (60, 150, 110), (196, 150, 90))))
    cx = d.w / 2
    d.emblem(cx, 30, 9)
    d.text(title, 26, cx - 4.5 * 26 * PT - 9, 56, "公共场所卫生许可证", rgb=(190, 30, 30) if r.random() < 0.5 else (20, 20, 20), spacing=2)
    no_label = r.choice(("卫生许可证号：", "许可证号：", "编号："))
    d.text(lab, 11, 28 if not land else 40, 70, no_label)
    d.text(val, 11, (28 if not land else 40) + d.pdf.get_string_width(no_label) + 1, 70, v["license_no"], field="license_no")
    rows = [("单位名称", v["name"], "name"), ("法定代表人（负责人）" if r.random() < 0.6 else "法定代表人", v["legal_representative"], "legal_representative"),
            (r.choice(("地址", "地　　址", "经营场所地址")), v["address"], "address"), ("许可项目", v["license_items"], "license_items")]
    x0, lw = (28, 50) if not land else (40, 52)
    vw = d.w - x0 * 2 - lw
    y = 84.0 if not land else 80.0
    table = variant == "ph-table"
    for labt, valt, key in rows:
        top = y - 6
        d.text(lab, 12, x0 + 2, y, labt if table else labt + "：")
        ny = d.para(val, 12, x0 + lw + 2, y, valt, vw - 4, 6.5, field=key)
        if table:
            d.pdf.set_draw_color(60, 60, 60)
            d.pdf.set_line_width(0.3)
            d.pdf.rect(x0, top, lw, ny - top - 2)
            d.pdf.rect(x0 + lw, top, vw, ny - top - 2)
        y = ny + (4 if table else 6)
    d.text(lab, 12, x0 + 2, y, "有效期限" + ("" if table else "："))
    x = x0 + lw + 2
    x += d.text(lab, 12, x, y, "自") + 1.5
    x += d.text(val, 12, x, y, ymd(v["valid_from"]), field="valid_from") + 1.5
    x += d.text(lab, 12, x, y, "至") + 1.5
    d.text(val, 12, x, y, ymd(v["valid_to"]), field="valid_to")
    by = d.h - 40
    d.text(lab, 12, d.w - 100, by, "发证机关：")
    d.text(val, 12, d.w - 100, by + 8, v["_issuer"])
    d.text(val, 12, d.w - 95, by + 16, ymd(v["valid_from"], "cn_sp"))
    d.seal(d.w - 70, by + 4, 17, v["_issuer"], key=F.pick(r, ("noto_sans", "wqy_microhei"), [v["_issuer"]]))
    return d


# --- 食品经营许可证 (2015 template 正本/副本, 2023 template) ------------------------------------------
def food(v: dict, r: random.Random, variant: str) -> Doc:
    labels = "经营者名称社会信用代码统一身份证号码法定代表人负责人住所经营场所主体业态经营项目有效期至许可证编号日常监督管理机构人员投诉举报电话发证机关签发人"
    lab = F.pick(r, F.SONG + F.HEI[:2], [labels])
    val = F.pick(r, F.SONG + F.HEI[:2], [v["name"], v["address"], v["premises_address"], v["business_items"], v["business_form"], v["legal_representative"]])
    mono = r.choice(F.MONO[:3])
    title = r.choice(("noto_serif_bold", "noto_sans_bold"))
    code_label = "社会信用代码（身份证号码）" if variant != "food-2023" else "统一社会信用代码（身份证号码）"
    rows = [("经营者名称", v["name"], "name"), (code_label, v["credit_code"], "credit_code"),
            ("法定代表人（负责人）", v["legal_representative"], "legal_representative"), ("住所", v["address"], "address"),
            ("经营场所", v["premises_address"], "premises_address"), ("主体业态", v["business_form"], "business_form"),
            ("经营项目", v["business_items"], "business_items")]
    super_org = v["_issuer"].replace("市场监督管理局", "市场监督管理所") if r.random() < 0.5 else v["_issuer"]
    if variant == "food-2015-zheng":
        d = Doc(297, 210, r)
        d.guilloche(6, 8, rgb=(70, 130, 180))
        d.emblem(148.5, 28, 9)
        d.text(title, 30, 148.5 - 3.5 * 30 * PT - 8, 54, "食品经营许可证", spacing=3)
        y = 76.0
        for labt, valt, key in rows:
            d.text(lab, 10.5, 22, y, labt + "：")
            vx = 22 + d.pdf.get_string_width(labt + "：") + 1 if len(labt) > 6 else 54
            y = d.para(mono if key == "credit_code" else val, 11, vx, y, valt, 150 - vx, 5.8, field=key) + 3.2
        d.text(lab, 10.5, 22, y, "有效期至：")
        d.text(val, 11, 54, y, ymd(v["valid_to"]), field="valid_to")
        d.text(lab, 11, 180, 76, "许可证编号：")
        d.text(mono, 12, 180 + 24, 76, v["license_no"], field="license_no")
        d.text(lab, 10.5, 180, 88, "日常监督管理机构：")
        d.para(val, 10.5, 180, 95, super_org, 90, 5.5)
        d.text(lab, 10.5, 180, 106, f"日常监督管理人员：{'、'.join(r.sample(('张明', '李强', '王芳', '陈静', '刘洋'), 2))}")
        d.text(lab, 10.5, 180, 114, "投诉举报电话：12315")
        d.qr(250, 120, 22)
        d.text(lab, 10.5, 180, 160, "发证机关：")
        d.text(val, 10.5, 200, 168, v["_issuer"])
        d.text(lab, 10.5, 180, 176, f"签发人：{['王', '李', '赵', '孙'][r.randrange(4)]}{r.choice('建国卫东红梅')}")
        d.text(val, 10.5, 205, 186, f"{r.randint(2021, 2025)} 年 {r.randint(1, 12):02d} 月 {r.randint(1, 28):02d} 日")
        d.seal(225, 172, 17, v["_issuer"], key=F.pick(r, ("noto_sans", "wqy_microhei"), [v["_issuer"]]))
        return d
    d = Doc(210, 297, r)
    d.guilloche(5, 7, rgb=(70, 130, 180) if variant != "food-2023" else (180, 120, 70))
    d.emblem(105, 30, 9)
    d.text(title, 26, 105 - 3.5 * 26 * PT - 7, 56, "食品经营许可证", spacing=2.5)
    if variant == "food-2015-fu":
        d.text(lab, 14, 95, 66, "（副本）")
    y = 82.0
    if variant == "food-2023":
        rows = rows + [("许可证编号", v["license_no"], "license_no"), ("有效期至", ymd(v["valid_to"]), "valid_to")]
    else:
        d.text(lab, 11, 24, 76, "许可证编号：")
        d.text(mono, 12, 48, 76, v["license_no"], field="license_no")
        rows = rows + [("有效期至", ymd(v["valid_to"]), "valid_to")]
    for labt, valt, key in rows:
        if variant == "food-2023":
            d.pdf.set_draw_color(90, 90, 90)
            d.pdf.set_line_width(0.25)
            d.pdf.line(24, y + 3, 186, y + 3)
        labt2 = labt
        if len(labt2) > 6:
            d.text(lab, 10.5, 24, y, labt2 + "：")
            y += 6.0
            vx = 60
        else:
            d.label(lab, 10.5, 24, y, labt2, 28)
            d.text(lab, 10.5, 52, y, "：")
            vx = 60
        face = mono if key in ("credit_code", "license_no") else val
        y = d.para(face, 11, vx, y, valt, 186 - vx, 6.0, field=key) + 3.8
    if variant == "food-2015-fu":
        d.text(lab, 10, 24, y + 4, f"日常监督管理机构：{super_org}")
        d.text(lab, 10, 24, y + 11, "投诉举报电话：12315")
    d.qr(26, 238, 24)
    d.text(lab, 10.5, 110, 246, "发证机关：")
    d.text(val, 10.5, 110, 254, v["_issuer"])
    d.text(val, 10.5, 120, 264, f"{r.randint(2021, 2025)} 年 {r.randint(1, 12):02d} 月 {r.randint(1, 28):02d} 日")
    d.seal(150, 250, 17, v["_issuer"], key=F.pick(r, ("noto_sans", "wqy_microhei"), [v["_issuer"]]))
    if variant == "food-2023":
        d.text(lab, 7.5, 24, 284, "国家市场监督管理总局监制")
    return d


# --- negatives (kind `other`) ----------------------------------------------------------------------
def negative(r: random.Random, variant: str, p: tuple, who: str, company: str) -> Doc:
    from benchmarks.docgen_v import values as V

    body = F.pick(r, F.SONG + F.HEI[:2] + F.KAI, [company, who, V.region_text(p), "情况说明营业执照副本遗失"])
    if variant == "neg-blank":
        d = Doc(210, 297, r)
        if r.random() < 0.5:
            d.text(body, 8, 170, 290, f"第 {r.randint(2, 6)} 页")
        return d
    if variant == "neg-receipt":
        d = Doc(80, 180, r)
        mono = F.pick(r, ("noto_sans", "wqy_microhei", "droid"), [company])
        y = 12.0
        d.text(mono, 11, 14, y, "POS签购单  商户存根")
        y += 9
        for ln in (f"商户名称：{company}", f"商户编号：{r.randint(10**14, 10**15 - 1)}", f"终端编号：{r.randint(10**7, 10**8 - 1)}",
                   "交易类型：消费/SALE", f"卡号：6222****{r.randint(1000, 9999)}", f"日期时间：2026/{r.randint(1, 10):02d}/{r.randint(1, 28):02d} 14:{r.randint(10, 59)}",
                   f"参考号：{r.randint(10**11, 10**12 - 1)}", f"金额：RMB {r.randint(5, 3000)}.{r.randint(0, 99):02d}", "持卡人签名：", "",
                   "本人确认以上交易，同意将其记入本卡账户"):
            y = d.para(mono, 8.5, 5, y, ln, 70, 4.6) + 1.2
        return d
    if variant == "neg-form":
        d = Doc(210, 297, r)
        d.text(body, 17, 60, 26, "市场主体登记（备案）申请书")
        y = 44.0
        d.pdf.set_draw_color(40, 40, 40)
        d.pdf.set_line_width(0.3)
        for lab in ("名称", "名称预先核准文号", "住所", "联系电话", "邮政编码", "法定代表人姓名", "注册资本（万元）", "企业类型",
                    "经营范围", "营业期限", "申领执照", "营业执照副本数", "备注"):
            d.pdf.rect(20, y - 6, 50, 12)
            d.pdf.rect(70, y - 6, 120, 12)
            d.text(body, 10.5, 23, y + 1.5, lab)
            if lab == "申领执照":
                d.text(body, 10, 73, y + 1.5, "□申领纸质执照　□申领电子营业执照")
            y += 12
        d.para(body, 9, 20, y + 8, "注：1.本申请书适用于公司、非公司企业法人、个人独资企业、合伙企业申请设立登记。2.请仔细阅读填写说明，用黑色钢笔或签字笔填写，字迹工整。", 170, 5)
        return d
    if variant == "neg-letter":
        d = Doc(210, 297, r)
        d.text(body, 20, 85, 40, "情况说明")
        txt = (f"{V.region_text(p)}行政审批服务中心：　　我单位{company}因办公场所搬迁，不慎将营业执照副本遗失，"
               f"现已在报纸上刊登遗失声明，特申请补领营业执照副本。我单位承诺所提交材料真实有效，如有虚假，愿承担相应法律责任。"
               f"　　特此说明。　　联系人：{who}　　联系电话：1{r.randint(3, 9)}{r.randint(100000000, 999999999)}")
        y = 60.0
        for part in txt.split("　　"):
            y = d.para(body, 13, 28 if y > 60 else 20, y, part, 165, 8.5) + 4
        d.text(body, 13, 120, y + 20, company)
        d.text(body, 13, 130, y + 30, f"2026年{r.randint(1, 10)}月{r.randint(1, 28)}日")
        d.seal(150, y + 20, 18, company, key=F.pick(r, ("noto_sans", "wqy_microhei"), [company]))
        return d
    # another certificate: 开户许可证 / 荣誉证书 / 道路运输经营许可证
    d = Doc(297, 210, r)
    d.guilloche(6, 8, rgb=(150, 110, 160))
    which = r.choice(("开户许可证", "荣誉证书", "税务登记证"))
    d.text("noto_serif_bold", 32, 148.5 - len(which) * 32 * PT / 2 - 6, 50, which, spacing=4)
    y = 85.0
    if which == "荣誉证书":
        d.para(body, 16, 50, y, f"{company}：　在{r.randint(2019, 2025)}年度工作中表现突出，成绩显著，被评为“诚信经营示范单位”。特发此证，以资鼓励。", 200, 11)
    else:
        for lab, val in (("核准号", f"J{r.randint(10**12, 10**13 - 1)}"), ("编号", str(r.randint(10**12, 10**13 - 1))),
                         ("经核准", company), ("法定代表人（单位负责人）", who),
                         ("开户银行", r.choice(("中国工商银行股份有限公司", "中国建设银行股份有限公司", "招商银行股份有限公司")) + p[2] + "支行"),
                         ("账号", str(r.randint(10**18, 10**19 - 1)))):
            d.text(body, 13, 50, y, lab + "：")
            d.text(body, 13, 110, y, val)
            y += 11
    d.seal(220, 170, 20, r.choice(("中国人民银行", "评选委员会", "国家税务总局")) + p[2] + "支行")
    return d
