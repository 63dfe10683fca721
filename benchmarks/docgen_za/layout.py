"""Family ZA's documents as Scribus page descriptions: absolute frames in millimetres (text with its
face, size, alignment — labels forced-justified across the label column — line spacing and horizontal
scaling; rectangles, ellipses, polylines for guilloche borders, polygons for the emblem's stars, one
frame per character for seal rings) that scribus_job.py lays out. Each builder returns the page, the
truth fields and the variant; each value frame records its box so a capture can tell what it hides."""

from __future__ import annotations

import datetime as dt
import math
import random

from benchmarks.docgen_za import faces as F
from benchmarks.docgen_za import values as V

PT = 0.3528  # mm per point

COLORS = {"za_red": (214, 32, 38), "za_seal": (222, 40, 52), "za_blue": (38, 92, 160), "za_gray": (110, 110, 110),
          "za_gold": (190, 150, 60), "za_pale": (238, 226, 200), "za_guil": (200, 120, 110), "za_guil2": (140, 170, 200),
          "za_idbg": (232, 240, 246), "za_idbg2": (246, 236, 232), "za_photo": (240, 244, 248), "za_skin": (205, 180, 160),
          "za_hair": (40, 36, 34), "za_cloth": (60, 64, 80), "za_green": (30, 120, 70), "za_line": (90, 90, 90),
          "za_cream": (252, 248, 236), "za_qr": (20, 20, 20)}


class Page:
    def __init__(self, w: float, h: float, dpi: int, r: random.Random) -> None:
        self.w, self.h, self.dpi, self.r = w, h, dpi, r
        self.items: list[dict] = []
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self.faces: set[str] = set()
        self.images: list = []  # PIL images for image frames, written next to the page at spec()

    def text(self, x: float, y: float, w: float, s: str, face: str, size: float, role: str = "serif", *,
             align: str = "L", color: str = "Black", lsp: float | None = None, sx: float = 100, field: str | None = None,
             h: float | None = None, rot: float = 0, layer: str | None = None) -> float:
        """A text frame; returns its height (mm). The frame is tall enough for the wrapped lines."""
        if not s:
            return 0.0
        face = F.pick(face, s, role)
        self.faces.add(face)
        lsp = lsp or size * 1.3
        if h is None:
            per_line = max(1, int(w / (size * PT * sx / 100 * 0.98)))
            lines = sum(math.ceil(max(len(part), 1) / per_line) for part in s.split("\n"))
            h = lines * lsp * PT + size * PT * 0.9 + 1.2
        it = {"t": "text", "x": x, "y": y, "w": w, "h": h, "s": s, "font": face, "size": size, "align": align,
              "color": color, "lsp": lsp, "sx": sx}
        if rot:
            it["rot"] = rot
        if layer:
            it["layer"] = layer
        self.items.append(it)
        if field:  # the ink's box: one line is as wide as its characters, placed by the alignment
            tw = sum(0.55 if ord(c) < 128 else 1.0 for c in s) * size * PT * sx / 100
            bw = min(w, tw)
            bx = x if align in ("L", "F", "B") or bw >= w else x + (w - bw) / (2 if align == "C" else 1)
            self.boxes.setdefault(field, []).append((bx, y, bw, min(h, lines_h(s, w, size, lsp, sx))))
        return h

    def rect(self, x, y, w, h, fill="None", line="None", lw=0.3, op=None, rot=0, t="rect", layer=None) -> None:
        it = {"t": t, "x": x, "y": y, "w": w, "h": h, "fill": fill, "line": line, "lw": lw}
        if op is not None:
            it["op"] = op
        if rot:
            it["rot"] = rot
        if layer:
            it["layer"] = layer
        self.items.append(it)

    def ellipse(self, x, y, w, h, **kw) -> None:
        self.rect(x, y, w, h, t="ellipse", **kw)

    def poly(self, pts: list[tuple[float, float]], line="Black", lw=0.3, fill="None", closed=False) -> None:
        flat = [round(v, 2) for p in pts for v in p]
        self.items.append({"t": "polygon" if closed else "poly", "pts": flat, "line": line, "lw": lw, "fill": fill})

    def spec(self, out: str) -> dict:
        for it in self.items:
            if it["t"] == "image":
                it["path"] = out.replace(".png", f"_img{it['img']}.png")
                self.images[it["img"]].save(it["path"])
        return {"w": self.w, "h": self.h, "dpi": self.dpi, "out": out, "colors": COLORS, "items": self.items}


def lines_h(s: str, w: float, size: float, lsp: float, sx: float) -> float:
    per_line = max(1, int(w / (size * PT * sx / 100 * 0.98)))
    lines = sum(math.ceil(max(len(part), 1) / per_line) for part in s.split("\n"))
    return lines * lsp * PT + size * PT * 0.3


def star(cx: float, cy: float, R: float, rot: float = -90) -> list[tuple[float, float]]:
    pts = []
    for k in range(10):
        rr = R if k % 2 == 0 else R * 0.382
        a = math.radians(rot + k * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def seal(p: Page, cx: float, cy: float, R: float, ring: str, bottom: str = "", face: str = "Noto Sans CJK SC Bold") -> None:
    """A registrar's red seal: double ring, star, the authority's name one frame per character around
    the upper arc, an optional line (登记专用章) across the bottom."""
    p.ellipse(cx - R, cy - R, 2 * R, 2 * R, line="za_seal", lw=R * 0.07, layer="seal")
    p.ellipse(cx - R * 0.9, cy - R * 0.9, 1.8 * R, 1.8 * R, line="za_seal", lw=0.25, layer="seal")
    p.poly(star(cx, cy, R * 0.3), line="za_seal", fill="za_seal", closed=True)
    n = len(ring)
    span = min(250.0, 22.0 * n)
    size = min(R * 0.34 / PT, 2 * math.pi * R * 0.72 * span / 360 / n / PT * 0.9)
    cw = size * PT
    face = F.pick(face, ring + bottom, "bold")
    p.faces.add(face)
    for k, ch in enumerate(ring):
        ang = -90 - span / 2 + span * (k + 0.5) / n  # degrees, screen coordinates (y down)
        a = math.radians(ang)
        rr = R * 0.72
        px, py = cx + rr * math.cos(a), cy + rr * math.sin(a)
        # Scribus rotates about the frame's top-left corner: place that corner so the glyph is centred
        rot = -(ang + 90)
        t = math.radians(-rot)
        ox, oy = -cw / 2, -cw / 2
        x0 = px + ox * math.cos(t) - oy * math.sin(t)
        y0 = py + ox * math.sin(t) + oy * math.cos(t)
        p.items.append({"t": "text", "x": x0, "y": y0, "w": cw * 1.6, "h": cw * 1.9, "s": ch, "font": face,
                        "size": size, "align": "L", "color": "za_seal", "lsp": size, "sx": 100, "rot": rot, "layer": "seal",
                        "loose": True})
    if bottom:
        bs = size * 0.8
        p.items.append({"t": "text", "x": cx - R * 0.6, "y": cy + R * 0.38, "w": R * 1.2, "h": bs * PT * 1.6, "s": bottom,
                        "font": face, "size": bs, "align": "C", "color": "za_seal", "lsp": bs, "sx": 100, "layer": "seal",
                        "loose": True})


def guilloche(p: Page, m: float, color: str, r: random.Random, waves: int = 3) -> None:
    """A guilloche border: interleaved sine polylines along each edge, in the licence's brown/red."""
    x0, y0, x1, y1 = m, m, p.w - m, p.h - m
    for k in range(waves):
        ph = r.uniform(0, math.pi) + k * 1.1
        amp = 1.6
        for (ax, ay, bx, by) in ((x0, y0, x1, y0), (x1, y0, x1, y1), (x1, y1, x0, y1), (x0, y1, x0, y0)):
            L = math.hypot(bx - ax, by - ay)
            nx, ny = -(by - ay) / L, (bx - ax) / L
            pts = []
            steps = int(L / 2.0)
            for s in range(steps + 1):
                t = s / steps
                off = amp * math.sin(t * L / 3.2 + ph) + 2.2
                pts.append((ax + (bx - ax) * t + nx * off, ay + (by - ay) * t + ny * off))
            p.poly(pts, line=color, lw=0.18)
    p.rect(m + 5.5, m + 5.5, p.w - 2 * m - 11, p.h - 2 * m - 11, line=color, lw=0.5)


def qr(p: Page, x: float, y: float, size: float, r: random.Random) -> None:
    """A QR-like code (finder patterns + random modules) placed as an image frame: Scribus scales the
    module bitmap into the frame."""
    from PIL import Image

    n = 25
    grid = [[r.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for i in range(-1, 8):
            for j in range(-1, 8):
                if 0 <= fx + i < n and 0 <= fy + j < n:
                    ring = max(abs(i - 3), abs(j - 3))
                    grid[fy + j][fx + i] = ring in (0, 1, 3)
    im = Image.new("L", (n, n), 255)
    im.putdata([0 if grid[j][i] else 255 for j in range(n) for i in range(n)])
    p.images.append(im.resize((n * 12, n * 12), Image.NEAREST))
    p.items.append({"t": "image", "x": x, "y": y, "w": size, "h": size, "img": len(p.images) - 1})


def label(p: Page, x: float, y: float, w: float, s: str, face: str, size: float, mode: str, color="Black") -> None:
    """A label justified across the label column: Scribus's forced justification, or ideographic spaces
    typed into a 2-character label (`名　　称`) as some issuing systems print it."""
    if mode == "space" and len(s) == 2:
        p.text(x, y, w + 10, s[0] + "\u3000\u3000" + s[1], face, size, "sans", color=color)
    elif mode == "left":
        p.text(x, y, w + 10, s, face, size, "sans", color=color)
    else:
        p.text(x, y, w, s, face, size, "sans", align="F", color=color)


# ---------------------------------------------------------------- people

def person(r: random.Random) -> dict:
    male = r.random() < 0.5
    birth = V.date_between(r, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    if r.random() < 0.2:
        addr, region, county = V.rural_address(r)
        auth = county + "公安局" if county.endswith("县") else addr[addr.index("省") + 1:addr.index(county)] + "公安局" + county + "分局"
    else:
        pl = V.place(r)
        addr, region = V.street_address(r, pl), pl[4]
        auth = (pl[2] or pl[0]) + "公安局" + pl[3] + "分局"
    return {"name": V.person_name(r), "sex": "男" if male else "女", "nation": r.choice(V.NATIONS), "birth": birth,
            "address": addr, "id": V.id_number(region, birth, male, r), "authority": auth}


def _photo(p: Page, x: float, y: float, w: float, h: float, r: random.Random) -> None:
    p.rect(x, y, w, h, fill="za_photo")
    cx = x + w / 2 + r.uniform(-1, 1)
    p.poly([(x + 1, y + h), (x + 2, y + h * 0.8), (cx - w * 0.18, y + h * 0.7), (cx + w * 0.18, y + h * 0.7),
            (x + w - 2, y + h * 0.8), (x + w - 1, y + h)], line="za_cloth", fill="za_cloth", closed=True)
    p.ellipse(cx - w * 0.23, y + h * 0.14, w * 0.46, h * 0.54, fill="za_skin")
    p.ellipse(cx - w * 0.25, y + h * 0.08, w * 0.5, h * 0.26, fill="za_hair")


def id_front(r: random.Random) -> tuple[Page, dict, str]:
    q = person(r)
    p = Page(85.6, 54.0, 440, r)
    p.rect(0, 0, 85.6, 54, fill="za_idbg")
    for k in range(9):  # the card's fine background lines
        yy = 4 + k * 5.6
        p.poly([(i * 2.0, yy + 1.2 * math.sin(i * 0.7 + k)) for i in range(44)], line="za_guil2", lw=0.08)
    lab = r.choice(F.SANS)
    val = r.choice(["Noto Sans CJK SC Regular", "WenQuanYi Micro Hei Regular", "Noto Serif CJK SC Regular", "AR PL UMing CN Light"])
    ls, vs = 6.2, r.choice([8.0, 8.5, 9.0])
    p.text(5.5, 5.8, 10, "姓名", lab, ls, "sans", color="za_blue")
    p.text(14.5, 5.0, 40, q["name"], val, vs + 1.5, "sans", field="name")
    p.text(5.5, 12.6, 10, "性别", lab, ls, "sans", color="za_blue")
    p.text(14.5, 12.0, 8, q["sex"], val, vs, "sans", field="sex")
    p.text(24.5, 12.6, 10, "民族", lab, ls, "sans", color="za_blue")
    p.text(33.0, 12.0, 20, q["nation"], val, vs, "sans", field="nation")
    p.text(5.5, 19.2, 10, "出生", lab, ls, "sans", color="za_blue")
    b = q["birth"]
    p.text(14.5, 18.6, 10, str(b.year), val, vs, "sans", field="birth_date")
    p.text(23.0, 19.2, 4, "年", lab, ls, "sans", color="za_blue")
    p.text(27.0, 18.6, 6, str(b.month), val, vs, "sans", align="R", field="birth_date")
    p.text(33.2, 19.2, 4, "月", lab, ls, "sans", color="za_blue")
    p.text(37.0, 18.6, 6, str(b.day), val, vs, "sans", align="R", field="birth_date")
    p.text(43.2, 19.2, 4, "日", lab, ls, "sans", color="za_blue")
    p.text(5.5, 26.0, 10, "住址", lab, ls, "sans", color="za_blue")
    p.text(14.5, 25.4, 36.5, q["address"], val, vs, "sans", lsp=vs * 1.45, field="address")
    p.text(5.5, 45.8, 22, "公民身份号码", lab, ls, "sans", color="za_blue")
    num = r.choice(F.MONO)
    p.text(28.5, 44.6, 54, q["id"], num, 11.5 if "Noto" not in num else 10.5, "mono", sx=r.choice([100, 105, 110]), field="id_number")
    _photo(p, 55.5, 6.5, 26.0, 32.0, r)
    fields = {"name": q["name"], "sex": q["sex"], "nation": q["nation"], "birth_date": b.isoformat(),
              "address": q["address"], "id_number": q["id"]}
    return p, fields, "id-front"


def id_back(r: random.Random) -> tuple[Page, dict, str]:
    q = person(r)
    p = Page(85.6, 54.0, 440, r)
    p.rect(0, 0, 85.6, 54, fill="za_idbg2")
    for k in range(7):
        p.ellipse(40 - k * 4, 18 - k * 2.5, 30 + k * 8, 20 + k * 5, line="za_guil", lw=0.07)
    # national emblem: red disc, gold stars
    p.ellipse(5.5, 4.5, 17, 17, fill="za_red")
    p.poly(star(14, 9.8, 2.6), line="za_gold", fill="za_gold", closed=True)
    for k in range(4):
        a = math.radians(-150 + k * 40)
        p.poly(star(14 + 5.2 * math.cos(a) + 0, 11.5 + 5.2 * math.sin(a) + 1, 0.9), line="za_gold", fill="za_gold", closed=True)
    p.rect(9, 16, 10, 2.2, fill="za_gold")
    bold = r.choice(F.BOLD)
    p.text(28, 7.5, 50, "中华人民共和国", bold, 12.5, "bold", align="F")
    p.text(26, 15.5, 54, "居民身份证", bold, 19, "bold", align="F")
    age_at = q["birth"]
    issue = V.date_between(r, max(V.add_years(age_at, 1), dt.date(2005, 1, 1)), V.TODAY - dt.timedelta(days=30))
    age = (issue - age_at).days // 365
    if age < 16:
        end: dt.date | str = V.add_years(issue, 5)
    elif age < 26:
        end = V.add_years(issue, 10)
    elif age < 46:
        end = V.add_years(issue, 20)
    else:
        end = "长期"
    lab = r.choice(F.SANS)
    val = r.choice(["Noto Sans CJK SC Regular", "WenQuanYi Micro Hei Regular", "Noto Serif CJK SC Regular"])
    p.text(17, 37.6, 14, "签发机关", lab, 6.4, "sans")
    p.text(32, 37.0, 52, q["authority"], val, 8.0, "sans", field="issuing_authority")
    p.text(17, 44.6, 14, "有效期限", lab, 6.4, "sans")
    e = end if isinstance(end, str) else f"{end:%Y.%m.%d}"
    p.text(32, 44.0, 52, f"{issue:%Y.%m.%d}-{e}", val, 8.0, "sans", field="valid_from")
    p.boxes["valid_to"] = list(p.boxes["valid_from"])
    fields = {"issuing_authority": q["authority"], "valid_from": issue.isoformat(),
              "valid_to": end if isinstance(end, str) else end.isoformat()}
    return p, fields, "id-back"


# ---------------------------------------------------------------- business licence

ENTITY = [("有限责任公司(自然人独资)", "法定代表人", "住所", 20), ("有限责任公司(自然人投资或控股)", "法定代表人", "住所", 22),
          ("有限责任公司(法人独资)", "法定代表人", "住所", 5), ("其他有限责任公司", "法定代表人", "住所", 4),
          ("股份有限公司(非上市、自然人投资或控股)", "法定代表人", "住所", 3),
          ("有限责任公司(港澳台法人独资)", "法定代表人", "住所", 2),
          ("有限责任公司分公司(自然人投资或控股)", "负责人", "营业场所", 6), ("普通合伙企业", "执行事务合伙人", "主要经营场所", 3),
          ("有限合伙企业", "执行事务合伙人", "主要经营场所", 3), ("个体工商户", "经营者", "经营场所", 20)]


def licence_values(r: random.Random) -> dict:
    et, rep_label, addr_label, _ = r.choices(ENTITY, weights=[e[3] for e in ENTITY])[0]
    pl = V.place(r)
    name, sector = V.company(r, pl)
    est = V.date_between(r, dt.date(2001, 1, 1), V.TODAY - dt.timedelta(days=20))
    d = {"entity_type": et, "rep_label": rep_label, "addr_label": addr_label, "place": pl,
         "legal_representative": V.person_name(r), "established_date": est, "sector": sector,
         "address": V.street_address(r, pl, True), "authority": V.authority(pl)}
    if et == "个体工商户":
        t = V.trade_name(r)
        kind = r.choice(["便利店", "餐馆", "五金店", "理发店", "水果店", "小吃店", "服装店", "烟酒店", "手机维修部"])
        d["name"] = "" if r.random() < 0.2 else f"{pl[3]}{t}{kind}" if r.random() < 0.6 else f"{(pl[2] or pl[0]).rstrip('市')}市{pl[3]}{t}{kind}"
        d["credit_code"] = V.uscc(r, "92", pl[4])
        d["capital"] = ""
        d["valid_to"] = ""
        d["form"] = r.choice(["个人经营", "家庭经营"])
        d["sector"] = {"便利店": "trade", "餐馆": "food", "小吃店": "food"}.get(kind, "trade" if "店" in kind else "service")
        if "理发" in kind:
            d["sector"] = "beauty"
    else:
        d["name"] = name
        if "分公司" in et:
            d["name"] = name.replace("有限公司", "有限公司") + f"{pl[3]}分公司"
        if "合伙" in et:
            d["name"] = name.replace("股份有限公司", "有限公司").replace("有限公司", "企业（有限合伙）" if et == "有限合伙企业" else "企业（普通合伙）")
        d["credit_code"] = V.uscc(r, "91", pl[4])
        d["capital"] = "" if ("分公司" in et or "合伙" in et) else V.registered_capital(r)
        years = [y for y in (10, 20, 30, 50) if V.add_years(est, y) > V.TODAY]  # a licence at the window is in force
        if r.random() < 0.55:
            d["valid_to"] = "长期"
        else:
            d["valid_to"] = (V.add_years(est, r.choice(years)) - dt.timedelta(days=1)).isoformat()
    d["scope"] = V.business_scope(r, d["sector"], old_style=est.year < 2021 and r.random() < 0.5)
    return d


def _term_text(d: dict) -> str:
    est = d["established_date"]
    if d["valid_to"] == "长期":
        return r_choice_term(est)
    end = dt.date.fromisoformat(d["valid_to"])
    return f"{V.cn_date(est)}至{V.cn_date(end)}"


def r_choice_term(est: dt.date) -> str:
    return f"{V.cn_date(est)}至长期" if est.day % 3 else "长期"


def business_licence(r: random.Random) -> tuple[Page, dict, str]:
    d = licence_values(r)
    copy = r.random() < 0.55  # 副本 (portrait) else 正本 (landscape)
    ind = d["entity_type"] == "个体工商户"
    if copy:
        p = Page(210, 297, 150, r)
    else:
        p = Page(380, 268, 100, r)
    p.rect(0, 0, p.w, p.h, fill="za_cream" if r.random() < 0.7 else "White")
    guilloche(p, 6 if copy else 8, r.choice(["za_guil", "za_gold"]), r, waves=2 if copy else 3)
    lab_face = r.choice(F.SANS[:3] + F.SERIF[:2])
    val_face = r.choice(F.SERIF + F.SANS[:2] + F.KAI[:1])
    mode = r.choice(["forced", "forced", "space"])
    s = 1.0 if copy else 1.45
    ls, vs = 10.5 * s, r.choice([10.0, 10.5, 11.0]) * s
    top = 22 if copy else 26
    # credit code block top-left, QR top-right
    p.text(20 * s, top, 60 * s, "统一社会信用代码", lab_face, 9 * s, "sans")
    p.text(20 * s, top + 5.5 * s, 70 * s, d["credit_code"], r.choice(F.MONO[:3] + F.SERIF[:1]), 11 * s, "mono", field="credit_code")
    if copy:
        p.text(20, top + 12, 60, f"（{r.randint(1, 3)}-{r.randint(1, 3)}）", lab_face, 8, "sans")
    qs = 24 * s
    qr(p, p.w - 22 * s - qs, top - 2, qs, r)
    p.text(p.w - 22 * s - qs - 8, top + qs, qs + 14, "扫描市场主体身份码了解更多登记、备案、许可、监管信息，体验更多应用服务。", lab_face, 5.5 * s, "sans", align="C")
    title_y = top + (24 if copy else 16)
    p.text(p.w / 2 - 60, title_y, 120, "营业执照", r.choice(F.BOLD), 34 if copy else 46, "bold", align="C", color="za_red")
    if copy:
        p.text(p.w / 2 - 20, title_y + 15, 40, "（副　本）", lab_face, 12, "sans", align="C")
    rows: list[tuple[str, str, str]] = [("名称", d["name"], "name"), ("类型", d["entity_type"], "entity_type")]
    rows.append((d["rep_label"], d["legal_representative"], "legal_representative"))
    if ind:
        rows.append(("组成形式", d["form"], ""))
    right: list[tuple[str, str, str]] = []
    if d["capital"]:
        right.append(("注册资本", d["capital"], "registered_capital"))
    right.append(("注册日期" if ind else "成立日期", V.cn_date(d["established_date"]), "established_date"))
    if not ind:
        right.append(("合伙期限" if "合伙" in d["entity_type"] else "营业期限", _term_text(d), "valid_to"))
    right.append((d["addr_label"], d["address"], "address"))
    scope = ("经营范围", d["scope"], "business_scope")
    longest = max(len(x[0]) for x in rows + right) * ls * PT * 1.1 + 1
    lw = max(26 * s if longest > 4 * ls * PT * 1.1 + 1 or mode != "space" else 22 * s, longest)
    if copy:
        y = title_y + 30
        order = rows + right
        for lbl, v, key in order + [scope]:
            label(p, 22, y + 0.3, lw * 0.95 if len(lbl) <= 4 else len(lbl) * ls * PT * 1.1 + 1, lbl, lab_face, ls,
                  mode if len(lbl) <= 4 else "forced")
            x0 = 22 + lw + 4
            h = p.text(x0, y, 188 - x0, v, val_face, vs, "serif", lsp=vs * 1.5, field=key or None) if v else 0
            y += max(h, vs * PT * 2.4 + 1.2) + 5.5
        y_bottom = max(y, 232)
    else:
        y = title_y + 26
        colx = 36
        midx = p.w / 2 + 12
        for lbl, v, key in rows + [scope]:
            label(p, colx, y + 0.3, lw, lbl, lab_face, ls, mode)
            wv = (midx - 14) - (colx + lw + 6)
            h = p.text(colx + lw + 6, y, wv, v, val_face, vs, "serif", lsp=vs * 1.45, field=key or None) if v else 0
            y += max(h, vs * PT * 2.4 + 1.2) + 5
        y2 = title_y + 26
        for lbl, v, key in right:
            label(p, midx, y2 + 0.3, lw, lbl, lab_face, ls, mode)
            wv = p.w - 34 - (midx + lw + 6)
            h = p.text(midx + lw + 6, y2, wv, v, val_face, vs, "serif", lsp=vs * 1.45, field=key or None)
            y2 += max(h, vs * PT * 2.4 + 1.2) + 5
        y_bottom = max(y, y2, p.h - 92)
    # registrar, date and seal
    bx = p.w - (78 if copy else 120)
    by = min(y_bottom + 4, p.h - (44 if copy else 80))
    p.text(bx, by, 30 * s, "登记机关", lab_face, ls, "sans", align="F")
    issue = V.date_between(r, d["established_date"], V.TODAY)
    p.text(bx - 4, by + 14 * s, 60 * s, V.cn_date(issue, pad=r.random() < 0.6), val_face, vs, "serif", align="C")
    seal(p, bx + 22 * s + r.uniform(-4, 4), by + 12 * s + r.uniform(-3, 3), 19 * s, d["authority"],
         "" if r.random() < 0.5 else "登记专用章")
    p.text(18 * s, p.h - 20 * s, 150 * s, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lab_face, 7 * s, "sans")
    p.text(p.w / 2 - 50, p.h - 13 * s, 100, "国家市场监督管理总局监制", lab_face, 7 * s, "sans", align="C")
    p.text(p.w - 130 * s, p.h - 20 * s, 110 * s, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。",
           lab_face, 5.8 * s, "sans", align="R")
    fields = {"name": d["name"], "credit_code": d["credit_code"], "entity_type": d["entity_type"],
              "legal_representative": d["legal_representative"], "registered_capital": d["capital"],
              "established_date": d["established_date"].isoformat(), "address": d["address"], "business_scope": d["scope"],
              "valid_to": d["valid_to"]}
    form = "individual" if ind else "branch" if "分公司" in d["entity_type"] else "partnership" if "合伙" in d["entity_type"] else "company"
    return p, fields, f"bl-{'copy' if copy else 'original'}-{form}-{mode}"


# ---------------------------------------------------------------- public health licence

ITEMS_PH = [("住宿", "hotel"), ("沐浴", "hotel"), ("美容店", "beauty"), ("理发店", "beauty"), ("游泳场（馆）", "gym"),
            ("健身房", "gym"), ("歌舞厅", "media"), ("商场（店）", "trade"), ("候车室", "service"), ("图书馆", "media")]


def public_health(r: random.Random) -> tuple[Page, dict, str]:
    pl = V.place(r)
    name, _ = V.company(r, pl)
    if r.random() < 0.35:
        name = f"{pl[3]}{V.trade_name(r)}{r.choice(['美发店', '足浴店', '宾馆', '酒店', '游泳馆', '美容工作室', '健身会所'])}"
    rep = V.person_name(r)
    addr = V.street_address(r, pl, True)
    items = "、".join(x[0] for x in r.sample(ITEMS_PH, r.randint(1, 3)))
    year = r.randint(2017, 2026)
    start = V.date_between(r, dt.date(year, 1, 1), min(dt.date(year, 12, 28), V.TODAY))
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    style = r.randrange(4)
    if style == 0:
        no = f"{pl[1]}卫公字（{year}）第{pl[4]}{r.randint(1, 999999):06d}号"
    elif style == 1:
        no = f"{pl[1]}卫公证字〔{year}〕第{pl[4][2:]}{r.randint(1, 9999):04d}号"
    elif style == 2:
        no = f"{pl[1]}卫公字[{year}]第{r.randint(1, 99999):05d}号"
    else:
        no = f"{(pl[2] or pl[0])[:2]}卫公字（{year}）第{pl[4]}-{r.randint(1, 9999):04d}号"
    land = r.random() < 0.3
    p = Page(297, 210, 140, r) if land else Page(210, 297, 140, r)
    p.rect(0, 0, p.w, p.h, fill="White" if r.random() < 0.5 else "za_cream")
    guilloche(p, 7, r.choice(["za_guil2", "za_green", "za_guil"]), r, waves=2)
    lab = r.choice(F.SANS[:3] + F.SERIF[:3])
    val = r.choice(F.SERIF + F.KAI[:2] + F.SANS[:1])
    p.text(p.w / 2 - 80, 26, 160, "公共场所卫生许可证", r.choice(F.BOLD), 28 if not land else 30, "bold", align="C",
           color=r.choice(["za_red", "Black"]))
    p.text(p.w - 118, 46, 98, no, val, 11, "serif", align="R", field="license_no")
    table = r.random() < 0.5
    rows = [("单位名称", name, "name"), ("法定代表人（负责人）" if r.random() < 0.6 else "法定代表人", rep, "legal_representative"),
            ("地址" if r.random() < 0.5 else "经营场所地址", addr, "address"), ("许可项目", items, "license_items"),
            ("有效期限", f"自{V.cn_date(start)}至{V.cn_date(end)}", "valid_from")]
    y = 62
    x0, lwid = 22, 44
    for lbl, v, key in rows:
        h = lines_h(v, p.w - 2 * x0 - lwid - 8, 12, 18, 100) + 6
        if table:
            p.rect(x0, y - 3, lwid + 2, h, line="za_line", lw=0.3)
            p.rect(x0 + lwid + 2, y - 3, p.w - 2 * x0 - lwid - 2, h, line="za_line", lw=0.3)
        p.text(x0 + 2, y, lwid - 2, lbl, lab, 11 if len(lbl) < 8 else 8.5, "sans", align="F" if len(lbl) <= 6 else "L")
        p.text(x0 + lwid + 6, y - 0.5, p.w - 2 * x0 - lwid - 10, v, val, 12, "serif", lsp=18, field=key)
        if not table:
            p.poly([(x0 + lwid + 4, y + h - 4), (p.w - x0, y + h - 4)], line="za_line", lw=0.2)
        y += h + (0 if table else 3)
    p.boxes["valid_to"] = list(p.boxes["valid_from"])
    auth = (pl[2] or pl[0]) + pl[3] + r.choice(["卫生健康委员会", "卫生和计划生育委员会", "卫生健康局"])
    by = min(y + 18, p.h - 48)
    p.text(p.w - 120, by, 90, "发证机关：" + auth, lab, 10, "sans")
    p.text(p.w - 100, by + 12, 60, V.cn_date(start), val, 11, "serif", align="C")
    seal(p, p.w - 72, by + 8, 20, auth)
    p.text(28, p.h - 26, 160, "本许可证应悬挂于经营场所醒目位置。" + ("　监制" if r.random() < 0.3 else ""), lab, 7.5, "sans")
    fields = {"license_no": no, "name": name, "legal_representative": rep, "address": addr, "license_items": items,
              "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    return p, fields, f"ph-{'land' if land else 'port'}-{'table' if table else 'lines'}-s{style}"


# ---------------------------------------------------------------- food business licence

FORMS = [("餐饮服务经营者（中型餐馆）", 2), ("餐饮服务经营者（小型餐馆）", 2), ("餐饮服务经营者（饮品店）", 2), ("餐饮服务经营者（小餐饮）", 2),
         ("食品销售经营者（超市）", 1), ("食品销售经营者（便利店）", 1), ("食品销售经营者（食杂店）", 1), ("食品销售经营者（网络食品销售商）", 1),
         ("单位食堂（学校食堂）", 3), ("单位食堂（机关食堂）", 3), ("单位食堂（职工食堂）", 3)]
FOOD_ITEMS = {1: ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "保健食品销售", "特殊医学用途配方食品销售",
                  "婴幼儿配方乳粉销售", "散装食品（不含冷藏冷冻食品）销售", "预包装食品（不含冷藏冷冻食品）销售"],
              2: ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（不含自酿酒）",
                  "预包装食品（含冷藏冷冻食品）销售"],
              3: ["热食类食品制售", "冷食类食品制售", "糕点类食品制售（含裱花蛋糕）"]}


def food_licence(r: random.Random) -> tuple[Page, dict, str]:
    pl = V.place(r)
    form, code = r.choice(FORMS)
    name, _ = V.company(r, pl)
    if code == 3:
        name = f"{(pl[2] or pl[0]).rstrip('市')}市第{r.choice('一二三四五六七八九十')}中学" if r.random() < 0.5 else name
    elif r.random() < 0.3:
        name = f"{pl[3]}{V.trade_name(r)}{r.choice(['餐馆', '面馆', '便利店', '超市', '奶茶店'])}"
    individual = r.random() < 0.15
    rep = V.person_name(r)
    if individual:
        cc = V.uscc(r, "92", pl[4])
    else:
        cc = V.uscc(r, "91" if code != 3 else "12", pl[4])
        if code == 3:
            cc = V.uscc(r, "12", pl[4])
    addr = V.street_address(r, pl, True)
    prem = addr if r.random() < 0.6 else V.street_address(r, pl, True)
    items = "；".join(r.sample(FOOD_ITEMS[code], r.randint(1, min(4, len(FOOD_ITEMS[code])))))
    if code == 2 and r.random() < 0.3:
        items += "。（网络经营）"
    no = V.food_license_no(r, pl[4], code)
    issue = V.date_between(r, dt.date(2018, 1, 1), V.TODAY - dt.timedelta(days=10))
    end = V.add_years(issue, 5) - dt.timedelta(days=1)
    new = issue.year >= 2023 and r.random() < 0.7
    land = not new and r.random() < 0.6
    p = Page(297, 210, 140, r) if land else Page(210, 297, 140, r)
    p.rect(0, 0, p.w, p.h, fill="White" if r.random() < 0.4 else "za_cream")
    guilloche(p, 7, r.choice(["za_gold", "za_guil", "za_guil2"]), r, waves=2)
    lab = r.choice(F.SANS[:3] + F.SERIF[:3])
    val = r.choice(F.SERIF + F.SANS[:2])
    p.text(p.w / 2 - 80, 24, 160, "食品经营许可证", r.choice(F.BOLD), 30, "bold", align="C", color=r.choice(["za_red", "Black"]))
    if not land:
        p.text(p.w / 2 - 20, 38, 40, "（副　本）" if r.random() < 0.5 else "", lab, 11, "sans", align="C")
    cc_label = "统一社会信用代码" if new else "社会信用代码（身份证号码）"
    rows = [("经营者名称", name, "name"), (cc_label, cc, "credit_code"), ("法定代表人（负责人）", rep, "legal_representative"),
            ("住所", addr, "address"), ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"),
            ("经营项目", items, "business_items")]
    side = [("许可证编号", no, "license_no"), ("日常监督管理机构", V.authority(pl).replace("市场监督管理局", "市场监督管理所"), ""),
            ("日常监督管理人员", V.person_name(r) + "、" + V.person_name(r), ""), ("投诉举报电话", "12315", ""),
            ("有效期至", V.cn_date(end), "valid_to")]
    if new:
        rows = rows + [side[0], side[4]]
        side = []
    lw = 46 if not new else 38
    lsz = 9.5
    x0 = 20
    colw = (p.w * 0.56 if land else p.w - 40)
    y = 52
    for lbl, v, key in rows:
        sz = lsz if len(lbl) <= 6 else 7.2
        p.text(x0, y + 0.5, lw, lbl, lab, sz, "sans", align="F" if len(lbl) <= 5 else "L")
        h = p.text(x0 + lw + 3, y, colw - lw - 3, v, val, 11, "serif", lsp=16, field=key or None)
        y += max(h, 5) + 4.5
    if side:
        sx0 = p.w * 0.6 if land else x0
        sy = 52 if land else y + 4
        for lbl, v, key in side:
            p.text(sx0, sy + 0.5, 38, lbl, lab, 8.5, "sans", align="L")
            h = p.text(sx0 + 39, sy, (p.w - 20 - sx0 - 39) if land else 100, v, val, 11, "serif", lsp=15, field=key or None)
            sy += max(h, 5) + 4
        y = max(y, sy)
    auth = V.authority(pl)
    by = min(y + 8, p.h - 52)
    p.text(p.w - 115, by, 90, "发证机关", lab, 10, "sans")
    p.text(p.w - 115, by + 7, 90, "签发人：" + V.person_name(r), lab, 9, "sans")
    p.text(p.w - 110, by + 20, 70, V.cn_date(issue), val, 11, "serif", align="C")
    seal(p, p.w - 75, by + 14, 19, auth)
    qr(p, 22, p.h - 50, 22, r)
    p.text(48, p.h - 36, 90, "国家市场监督管理总局监制", lab, 7.5, "sans")
    fields = {"license_no": no, "name": name, "credit_code": cc, "legal_representative": rep, "address": addr,
              "premises_address": prem, "business_form": form, "business_items": items, "valid_to": end.isoformat()}
    return p, fields, f"food-{'2023' if new else '2015'}-{'land' if land else 'port'}"


# ---------------------------------------------------------------- negatives

def other(r: random.Random) -> tuple[Page, dict, str]:
    sub = r.choice(["blank", "receipt", "form", "letter", "certificate", "authorisation"])
    pl = V.place(r)
    name, _ = V.company(r, pl)
    p = Page(210, 297, 120, r) if sub != "receipt" else Page(80, 180, 200, r)
    p.rect(0, 0, p.w, p.h, fill="White")
    lab = r.choice(F.SANS[:3])
    val = r.choice(F.SERIF[:3])
    if sub == "blank":
        if r.random() < 0.5:
            p.text(p.w - 30, p.h - 12, 20, str(r.randint(1, 9)), val, 9, "serif", align="R")
    elif sub == "receipt":
        p.text(5, 8, 70, name, lab, 10, "sans", align="C")
        p.text(5, 20, 70, "收　款　收　据", r.choice(F.BOLD), 13, "bold", align="C")
        y = 34
        lines = [f"单号：{r.randint(10 ** 9, 10 ** 10 - 1)}", f"日期：{V.date_between(r, dt.date(2024, 1, 1), V.TODAY):%Y-%m-%d %H:%M}"
                 if False else f"日期：{V.date_between(r, dt.date(2024, 1, 1), V.TODAY):%Y-%m-%d}", "-" * 30]
        total = 0.0
        for _ in range(r.randint(3, 7)):
            amt = r.randint(300, 9800) / 100
            total += amt
            lines.append(f"{r.choice(['矿泉水', '复印费', '工本费', '打印A4', '文件袋', '快递费', '咖啡'])}  x{r.randint(1, 3)}  {amt:.2f}")
        lines += ["-" * 30, f"合计：{total:.2f}元", "收款人：" + V.person_name(r), "谢谢惠顾"]
        for ln in lines:
            p.text(6, y, 70, ln, r.choice(F.MONO[3:] + F.SANS[:1]), 8.5, "mono")
            y += 6.5
    elif sub == "form":
        p.text(20, 22, 170, r.choice(["市场主体登记（备案）申请书", "食品经营许可申请书", "变更登记申请表"]), r.choice(F.BOLD), 18, "bold", align="C")
        y = 44
        for lbl in ["名称", "住所", "法定代表人", "统一社会信用代码", "联系电话", "经营范围", "申请人签字", "日期"]:
            p.rect(20, y - 2, 40, 14, line="za_line")
            p.rect(60, y - 2, 130, 14, line="za_line")
            p.text(23, y + 2, 35, lbl, lab, 10.5, "sans")
            y += 14
        p.text(20, y + 8, 170, "注：请使用黑色钢笔或签字笔填写，字迹工整。申请人应对所提交材料的真实性负责。", lab, 9, "sans")
    elif sub == "letter":
        p.text(20, 25, 170, r.choice(["情况说明", "关于补领营业执照的申请", "授权说明"]), r.choice(F.BOLD), 18, "bold", align="C")
        body = (f"{V.authority(pl)}：\n　　我单位{name}因经营场所搬迁，原营业执照正本不慎遗失，现申请补领营业执照。"
                f"我单位统一社会信用代码为{V.uscc(r, '91', pl[4])}，法定代表人为{V.person_name(r)}。特此说明，请予办理。\n"
                "　　附件：1. 营业执照副本复印件；2. 法定代表人身份证复印件。")
        p.text(22, 45, 166, body, val, 12, "serif", lsp=22)
        p.text(110, 150, 80, name, val, 12, "serif", align="R")
        p.text(110, 160, 80, V.cn_date(V.date_between(r, dt.date(2024, 1, 1), V.TODAY)), val, 12, "serif", align="R")
    elif sub == "certificate":
        p.rect(8, 8, 194, 281, line="za_gold", lw=2.0)
        p.text(20, 50, 170, r.choice(["荣誉证书", "培训合格证书", "开户许可证"]), r.choice(F.BOLD), 32, "bold", align="C", color="za_red")
        p.text(30, 90, 150, f"{V.person_name(r)}同志：\n　　在{r.randint(2019, 2025)}年度工作中表现突出，被评为先进个人，特发此证，以资鼓励。",
               r.choice(F.KAI), 16, "kai", lsp=30)
        p.text(100, 190, 90, name, val, 13, "serif", align="C")
        seal(p, 145, 200, 20, name[:14])
    else:
        p.text(20, 25, 170, "授权委托书", r.choice(F.BOLD), 20, "bold", align="C")
        body = (f"委托人：{name}\n受托人：{V.person_name(r)}，身份证号码：{V.id_number(pl[4], V.date_between(r, dt.date(1970, 1, 1), dt.date(2000, 1, 1)), r.random() < 0.5, r)}\n"
                "　　现委托上述受托人代表我单位办理营业执照变更登记相关事宜，受托人在办理过程中所签署的文件，我单位均予以承认。\n委托期限：自签署之日起三个月。")
        p.text(22, 45, 166, body, val, 12, "serif", lsp=22)
    return p, {}, f"other-{sub}"


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_licence,
            "public_health_license": public_health, "food_business_license": food_licence, "other": other}
