"""Family ZF's documents as Typst markup, generated from the values.

One `Page` collects Typst markup in millimetres: `#set page(...)` for the paper (A3 landscape 正本,
A4 portrait 副本, the 85.6 x 54 mm card), grids for the rows, labels spread over their box with
`h(1fr)` like the printed template (`名　　　称`), per-element faces and sizes, guilloche frames as
polygons, seals as a ring with rotated characters and a star, a QR-like block, the emblem and the ID
photo drawn with shapes. Every page is built twice: the print (`ink=False`) and an ink map
(`ink=True`) where only the scored values are drawn, each in its key's colour, everything else white
— the ink map tells the capture where each value's ink is, so `unreadable` is computed, never guessed.
"""

from __future__ import annotations

import json
import math

from . import faces as F
from . import values as V

KEY_DIRS = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0), (255, 0, 255), (0, 255, 255), (255, 255, 255),
            (255, 128, 0), (0, 255, 128), (128, 0, 255)]   # white minus each key's ink colour


def _page_fill(ink: bool, fill: str) -> str:
    if ink:
        return "white"
    return fill if fill == "none" else f'rgb("{fill}")'


def s(text: str) -> str:
    """A Typst string literal."""
    return json.dumps(text, ensure_ascii=False)


class Page:
    def __init__(self, w: float, h: float, ink: bool, keys: list[str], fill: str = "#ffffff", rng=None):
        self.w, self.h, self.ink, self.keys = w, h, ink, keys
        self.rng = rng
        self.parts: list[str] = [
            f"#set page(width: {w}mm, height: {h}mm, margin: 0mm, fill: {_page_fill(ink, fill)})",
            "#set text(lang: \"zh\", region: \"cn\", top-edge: \"ascender\", bottom-edge: \"descender\", cjk-latin-spacing: none)",
            "#set par(leading: 0.45em, spacing: 0.3em)",
        ]
        self.faces: set[str] = set()

    # colours -------------------------------------------------------------------------------------------
    def col(self, c: str) -> str:
        return "white" if self.ink else f'rgb("{c}")'

    def key_col(self, key: str) -> str:
        d = KEY_DIRS[self.keys.index(key)]
        return f"rgb({255 - d[0]}, {255 - d[1]}, {255 - d[2]})"

    # text ----------------------------------------------------------------------------------------------
    def t(self, text: str, face: str, size: float, color: str = "#111111", weight: str = "regular",
          tracking: float = 0.0, key: str | None = None) -> str:
        """A run of text as markup; `key` marks a scored value (its key's colour in the ink map)."""
        F.DRAWN.append((face, text))
        self.faces.add(face)
        fill = self.key_col(key) if (self.ink and key) else self.col(color)
        tr = f", tracking: {tracking}pt" if tracking else ""
        return f'#text(font: {s(face)}, size: {size}pt, weight: "{weight}", fill: {fill}{tr})[#{s(text)}]'

    def spread(self, label: str, face: str, size: float, width_mm: float, color: str = "#111111",
               weight: str = "regular") -> str:
        """A label spread over its box like the printed template: 名　　　称."""
        inner = "#h(1fr)".join(self.t(ch, face, size, color, weight) for ch in label)
        if len(label) == 1:
            inner = "#h(1fr)" + inner + "#h(1fr)"
        return f"#box(width: {width_mm}mm)[{inner}]"

    def place(self, x: float, y: float, content: str, align: str = "top + left") -> None:
        self.parts.append(f"#place({align}, dx: {x:.2f}mm, dy: {y:.2f}mm)[{content}]")

    def block(self, width: float, content: str, justify: bool = False, leading: float = 0.45) -> str:
        j = "#set par(justify: true); " if justify else ""
        return f"#block(width: {width:.2f}mm)[#set par(leading: {leading}em); {j}{content}]"

    def deco(self, markup: str) -> None:
        """Markup drawn on the print only (frames, emblems, seals, QR, photo): absent from the ink map."""
        if not self.ink:
            self.parts.append(markup)

    def source(self) -> str:
        return "\n".join(self.parts) + "\n"

    # shapes -------------------------------------------------------------------------------------------
    def guilloche(self, inset: float, band: float, color: str, loops: int, rng, width: float = 0.25) -> None:
        """Phase-shifted sine loops running round the page inside a band: the licence's printed frame."""
        if self.ink:
            return
        x0, y0, x1, y1 = inset, inset, self.w - inset, self.h - inset
        per = 2 * ((x1 - x0) + (y1 - y0))
        n = 900
        freq = int(rng.integers(90, 160))
        for k in range(loops):
            ph = 2 * math.pi * k / loops
            amp = band / 2 * (0.55 + 0.4 * ((k % 3) / 2))
            pts = []
            for i in range(n):
                u = per * i / n
                px, py, nx, ny = _perimeter(u, x0, y0, x1, y1)
                off = band / 2 + amp * math.sin(2 * math.pi * freq * i / n + ph) * (0.8 + 0.2 * math.sin(7 * math.pi * i / n))
                pts.append(f"({px + nx * off:.2f}mm,{py + ny * off:.2f}mm)")
            self.parts.append(f'#place(top + left)[#polygon(stroke: {width}pt + rgb("{color}"), {", ".join(pts)})]')
        # the ruled lines either side of the band
        for off in (0.0, band):
            self.parts.append(f'#place(top + left, dx: {x0 + off:.2f}mm, dy: {y0 + off:.2f}mm)[#rect(width: {x1 - x0 - 2 * off:.2f}mm, '
                              f'height: {y1 - y0 - 2 * off:.2f}mm, stroke: 0.6pt + rgb("{color}"))]')

    def seal(self, cx: float, cy: float, r: float, arc_text: str, face: str, center: str = "", color: str = "#d81e1e",
             opacity: int = 200, rot: float = 0.0) -> None:
        """A round red seal: ring, the issuer's name on the upper arc as rotated characters, a star."""
        if self.ink:
            return
        F.DRAWN.append((face, arc_text + center))
        self.faces.add(face)
        c = f'rgb("{color}{opacity:02x}")'
        parts = [f'#place(top + left, dx: {cx - r:.2f}mm, dy: {cy - r:.2f}mm)[#circle(radius: {r:.2f}mm, stroke: {r * 0.07:.2f}mm + {c})]',
                 f'#place(top + left, dx: {cx - r * 0.9:.2f}mm, dy: {cy - r * 0.9:.2f}mm)[#circle(radius: {r * 0.9:.2f}mm, stroke: {r * 0.012:.2f}mm + {c})]']
        n = len(arc_text)
        span = min(250.0, 24.0 * n)
        # characters sized to the arc they share, at most 0.3 r
        size_pt = min(r * 0.30, 2 * math.pi * r * 0.68 * span / 360 / n * 0.92) / 0.3528
        for i, ch in enumerate(arc_text):
            a = math.radians(-90 - span / 2 + span * (i + 0.5) / n + rot)
            rr = r * 0.68
            x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
            deg = math.degrees(a) + 90
            parts.append(f'#place(top + left, dx: {x - size_pt * 0.3528 / 2:.2f}mm, dy: {y - size_pt * 0.3528 / 2:.2f}mm)'
                         f'[#rotate({deg:.1f}deg, origin: center)[#box(width: {size_pt * 0.3528:.2f}mm, height: {size_pt * 0.3528:.2f}mm)'
                         f'[#align(center + horizon)[#text(font: {s(face)}, size: {size_pt:.1f}pt, weight: "bold", fill: {c}, top-edge: "cap-height", bottom-edge: "baseline")[#{s(ch)}]]]]]')
        parts.append(_star(cx, cy, r * 0.28, c))
        if center:
            parts.append(f'#place(top + left, dx: {cx - r * 0.7:.2f}mm, dy: {cy + r * 0.35:.2f}mm)[#box(width: {r * 1.4:.2f}mm)[#align(center)'
                         f'[#text(font: {s(face)}, size: {size_pt * 0.7:.1f}pt, fill: {c})[#{s(center)}]]]]')
        self.parts.extend(parts)

    def emblem(self, x: float, y: float, size: float) -> None:
        """The national emblem, drawn simply: red disc, gold ring, a large star and four small ones, the gate."""
        if self.ink:
            return
        r = size / 2
        cx, cy = x + r, y + r
        gold, red = 'rgb("#e8b420")', 'rgb("#d42a1e")'
        p = [f'#place(top + left, dx: {x:.2f}mm, dy: {y:.2f}mm)[#circle(radius: {r:.2f}mm, fill: {gold})]',
             f'#place(top + left, dx: {x + r * 0.12:.2f}mm, dy: {y + r * 0.12:.2f}mm)[#circle(radius: {r * 0.88:.2f}mm, fill: {red})]',
             _star(cx, cy - r * 0.35, r * 0.22, gold)]
        for k in range(4):
            a = math.radians(-150 + 40 * k)
            p.append(_star(cx + r * 0.48 * math.cos(a), cy - r * 0.2 + r * 0.35 * math.sin(a), r * 0.08, gold))
        p.append(f'#place(top + left, dx: {cx - r * 0.45:.2f}mm, dy: {cy + r * 0.05:.2f}mm)[#rect(width: {r * 0.9:.2f}mm, height: {r * 0.28:.2f}mm, fill: {gold})]')
        p.append(f'#place(top + left, dx: {cx - r * 0.55:.2f}mm, dy: {cy + r * 0.38:.2f}mm)[#rect(width: {r * 1.1:.2f}mm, height: {r * 0.1:.2f}mm, fill: {gold})]')
        for k in range(5):
            p.append(f'#place(top + left, dx: {cx - r * 0.36 + k * r * 0.17:.2f}mm, dy: {cy + r * 0.12:.2f}mm)[#rect(width: {r * 0.06:.2f}mm, height: {r * 0.14:.2f}mm, fill: {red})]')
        self.parts.extend(p)

    def qr(self, x: float, y: float, size: float, rng) -> None:
        """A QR-like block: 25 modules with the three finder squares, random data runs."""
        if self.ink:
            return
        n = 25
        m = size / n
        grid = rng.random((n, n)) < 0.5
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            grid[fy:fy + 7, fx:fx + 7] = False
            grid[fy, fx:fx + 7] = grid[fy + 6, fx:fx + 7] = True
            grid[fy:fy + 7, fx] = grid[fy:fy + 7, fx + 6] = True
            grid[fy + 2:fy + 5, fx + 2:fx + 5] = True
        rects = []
        for r in range(n):
            c = 0
            while c < n:
                if grid[r, c]:
                    c2 = c
                    while c2 < n and grid[r, c2]:
                        c2 += 1
                    rects.append(f'#place(top + left, dx: {x + c * m:.2f}mm, dy: {y + r * m:.2f}mm)[#rect(width: {(c2 - c) * m + 0.02:.2f}mm, height: {m + 0.02:.2f}mm, fill: black)]')
                    c = c2
                else:
                    c += 1
        self.parts.extend(rects)

    def photo(self, x: float, y: float, w: float, h: float, rng) -> None:
        """The holder's photo on the card: a pale ground, head and shoulders in grey."""
        if self.ink:
            return
        g = int(rng.integers(60, 110))
        # shapes relative to the photo box, clipped to it
        hair = f"rgb({g - 40}, {g - 40}, {g - 35})"
        skin = f"rgb({int(rng.integers(200, 235))}, {int(rng.integers(170, 200))}, {int(rng.integers(150, 180))})"
        shapes = [
            f'#place(top + left, dx: {w * 0.08:.2f}mm, dy: {h * 0.72:.2f}mm)[#ellipse(width: {w * 0.84:.2f}mm, height: {h * 0.6:.2f}mm, fill: rgb({g}, {g}, {g + 20}))]',
            f'#place(top + left, dx: {w * 0.40:.2f}mm, dy: {h * 0.55:.2f}mm)[#rect(width: {w * 0.2:.2f}mm, height: {h * 0.2:.2f}mm, fill: {skin})]',
            f'#place(top + left, dx: {w * 0.29:.2f}mm, dy: {h * 0.16:.2f}mm)[#ellipse(width: {w * 0.42:.2f}mm, height: {h * 0.50:.2f}mm, fill: {skin})]',
            f'#place(top + left, dx: {w * 0.26:.2f}mm, dy: {h * 0.10:.2f}mm)[#ellipse(width: {w * 0.48:.2f}mm, height: {h * 0.24:.2f}mm, fill: {hair})]',
        ]
        self.parts.append(f'#place(top + left, dx: {x:.2f}mm, dy: {y:.2f}mm)[#box(width: {w:.2f}mm, height: {h:.2f}mm, clip: true)[' + " ".join(shapes) + "]]")


def _perimeter(u: float, x0: float, y0: float, x1: float, y1: float):
    """The point at arc length u along the rectangle (clockwise from top-left) and its inward normal."""
    w, h = x1 - x0, y1 - y0
    if u < w:
        return x0 + u, y0, 0.0, 1.0
    u -= w
    if u < h:
        return x1, y0 + u, -1.0, 0.0
    u -= h
    if u < w:
        return x1 - u, y1, 0.0, -1.0
    u -= w
    return x0, y1 - u, 1.0, 0.0


def _star(cx: float, cy: float, r: float, color: str) -> str:
    pts = []
    for k in range(10):
        a = math.radians(-90 + 36 * k)
        rr = r if k % 2 == 0 else r * 0.382
        pts.append(f"({cx + rr * math.cos(a):.2f}mm,{cy + rr * math.sin(a):.2f}mm)")
    return f"#place(top + left)[#polygon(fill: {color}, {', '.join(pts)})]"


# ------------------------------------------------------------------------------------------------------
# ID card
# ------------------------------------------------------------------------------------------------------
CARD_W, CARD_H = 85.6, 54.0


def _card_ground(pg: Page, rng, back: bool) -> None:
    if pg.ink:
        return
    a, b = ("#dfe9f1", "#f3e6e6") if not back else ("#e4eef3", "#f1ead9")
    pg.parts.append(f'#place(top + left)[#rect(width: {CARD_W}mm, height: {CARD_H}mm, radius: 3.2mm, fill: rgb("{a}"))]')
    # a warmer tint over part of the card (the printed colour shift), as a translucent ellipse
    pg.parts.append(f'#place(top + left, dx: {float(rng.uniform(20, 50)):.1f}mm, dy: {float(rng.uniform(5, 25)):.1f}mm)'
                    f'[#ellipse(width: 60mm, height: 40mm, fill: rgb("{b}70"))]')
    # faint guilloche lines across the card
    for k in range(7):
        pts = []
        ph = rng.random() * 6.28
        for i in range(120):
            x = 2 + 81.6 * i / 119
            y = 8 + k * 6.5 + 2.2 * math.sin(x / 5.0 + ph) + 1.1 * math.sin(x / 1.7 + ph * 2)
            pts.append(f"({x:.2f}mm,{y:.2f}mm)")
        pg.parts.append(f'#place(top + left)[#curve(stroke: 0.18pt + rgb("#b9cfe0"), curve.move({pts[0]}), '
                        + ", ".join(f"curve.line({p})" for p in pts[1:]) + ")]")


IDF_KEYS = ["name", "sex", "nation", "birth_date", "address", "id_number"]
IDB_KEYS = ["issuing_authority", "valid_from", "valid_to"]


def id_front(v: dict, ink: bool, rng, style: dict) -> Page:
    pg = Page(CARD_W, CARD_H, ink, IDF_KEYS, fill="none")
    _card_ground(pg, rng, False)
    lab = style["label_face"]
    val = style["value_face"]
    dig = style["digit_face"]
    lc = "#2f6fa8"
    pg.photo(55.5, 6.0, 25.5, 33.0, rng)
    pg.place(6.0, 6.5, pg.t("姓 名", lab, 6.6, lc))
    pg.place(15.8, 6.0, pg.t(v["name"], val, 8.8, "#111111", "bold", key="name"))
    pg.place(6.0, 13.2, pg.t("性 别", lab, 6.6, lc))
    pg.place(15.8, 12.7, pg.t(v["sex"], val, 8.4, key="sex"))
    pg.place(26.5, 13.2, pg.t("民 族", lab, 6.6, lc))
    pg.place(35.8, 12.7, pg.t(v["nation"], val, 8.4, key="nation"))
    b = v["birth"]
    pg.place(6.0, 19.9, pg.t("出 生", lab, 6.6, lc))
    pg.place(15.8, 19.4, pg.t(str(b.year), val, 8.4, key="birth_date"))
    pg.place(25.0, 19.9, pg.t("年", lab, 6.6, lc))
    pg.place(29.5, 19.4, pg.t(str(b.month), val, 8.4, key="birth_date"))
    pg.place(33.6, 19.9, pg.t("月", lab, 6.6, lc))
    pg.place(38.0, 19.4, pg.t(str(b.day), val, 8.4, key="birth_date"))
    pg.place(42.3, 19.9, pg.t("日", lab, 6.6, lc))
    pg.place(6.0, 26.6, pg.t("住 址", lab, 6.6, lc))
    pg.place(15.8, 26.1, pg.block(37.5, pg.t(v["address"], val, 8.4, key="address"), leading=0.5))
    pg.place(6.0, 45.6, pg.t("公民身份号码", lab, 6.6, lc))
    pg.place(25.5, 44.7, pg.t(v["id_number"], dig, 10.6, "#111111", "bold", tracking=1.1, key="id_number"))
    return pg


def id_back(v: dict, ink: bool, rng, style: dict) -> Page:
    pg = Page(CARD_W, CARD_H, ink, IDB_KEYS, fill="none")
    _card_ground(pg, rng, True)
    lab, val, title = style["label_face"], style["value_face"], style["title_face"]
    pg.emblem(5.5, 4.5, 17.0)
    pg.place(28.0, 8.0, pg.t("中华人民共和国", title, 11.0, "#111111", "bold", tracking=2.5))
    pg.place(25.5, 17.5, pg.t("居民身份证", title, 19.0, "#111111", "bold", tracking=4.5))
    pg.place(14.0, 36.2, pg.t("签发机关", lab, 6.8, "#111111"))
    pg.place(27.5, 35.7, pg.t(v["issuing_authority"], val, 8.4, key="issuing_authority"))
    pg.place(14.0, 43.4, pg.t("有效期限", lab, 6.8, "#111111"))
    vf = v["valid_from"].replace("-", ".")
    vt = v["valid_to"].replace("-", ".")
    pg.place(27.5, 42.9, pg.t(vf, val, 8.4, key="valid_from") + pg.t("-", val, 8.4) + pg.t(vt, val, 8.4, key="valid_to"))
    return pg


# ------------------------------------------------------------------------------------------------------
# 营业执照 (2019 template): 正本 A3 landscape, 副本 A4 portrait
# ------------------------------------------------------------------------------------------------------
BL_KEYS = ["name", "credit_code", "entity_type", "legal_representative", "registered_capital", "established_date",
           "address", "business_scope", "valid_to"]


def bl_rows(v: dict) -> tuple[list, list]:
    """(left rows, right rows) of (label, text, key) as the licence prints them for its entity class."""
    cls = v["class"]
    if cls == "individual":
        left = [("名称", v["name"], "name"), ("类型", v["entity_type"], "entity_type"),
                ("经营者", v["legal_representative"], "legal_representative"), ("组成形式", v["composition"], None),
                ("经营范围", v["business_scope"], "business_scope")]
        right = [("注册日期", v["established_text"], "established_date"), ("经营场所", v["address"], "address")]
        return left, right
    rep = {"company": "法定代表人", "branch": "负责人", "partnership": "执行事务合伙人"}[cls]
    left = [("名称", v["name"], "name"), ("类型", v["entity_type"], "entity_type"), (rep, v["legal_representative"], "legal_representative"),
            ("经营范围", v["business_scope"], "business_scope")]
    right = []
    if cls == "company":
        right.append(("注册资本", v["registered_capital"], "registered_capital"))
    right.append(("成立日期", v["established_text"], "established_date"))
    term = "合伙期限" if cls == "partnership" else "营业期限"
    right.append((term, v["term_text"], "valid_to"))
    addr = {"company": "住所", "branch": "营业场所", "partnership": "主要经营场所"}[cls]
    right.append((addr, v["address"], "address"))
    return left, right


def _value_markup(pg: Page, label: str, text: str, key, face: str, size: float, v: dict) -> str:
    if key == "valid_to" and "至" in text:
        a, b = text.split("至")
        return pg.t(a + "至", face, size) + pg.t(b, face, size, key="valid_to")
    if key == "valid_to":
        return pg.t(text, face, size, key="valid_to")
    return pg.t(text, face, size, key=key)


def _rows_grid(pg: Page, rows, lab_face, val_face, lsize, vsize, lab_w, val_w, gutter, justify_keys=("business_scope",)):
    cells = []
    for label, text, key in rows:
        cells.append(f"[{pg.spread(label, lab_face, lsize, lab_w, '#111111', 'bold')}]")
        inner = _value_markup(pg, label, text, key, val_face, vsize, {})
        cells.append(f"[{pg.block(val_w, inner, justify=key in justify_keys, leading=0.55)}]")
    return (f"#grid(columns: ({lab_w + 4:.1f}mm, {val_w:.1f}mm), row-gutter: {gutter}mm, " + ", ".join(cells) + ")")


def business_license(v: dict, ink: bool, rng, style: dict, copy: bool) -> Page:
    lab, val, title = style["label_face"], style["value_face"], style["title_face"]
    if not copy:
        pg = Page(420, 297, ink, BL_KEYS, fill=style["paper"], rng=rng)
        pg.guilloche(9, 13, style["frame"], 5, rng)
        pg.emblem(193, 24, 34)
        pg.place(0, 64, f'#box(width: 420mm)[#align(center)[{pg.t("营业执照", title, 52, "#b8281e" if style["red_title"] else "#111111", "bold", tracking=22)}]]')
        pg.place(40, 40, pg.t("统一社会信用代码", lab, 13.5, "#111111", "bold"))
        pg.place(40, 49, pg.t(v["credit_code"], style["code_face"], 15.5, "#111111", "bold", tracking=0.6, key="credit_code"))
        pg.place(40, 58, pg.t("证照编号：" + v["licence_no"], lab, 9.5))
        pg.qr(352, 34, 30, rng)
        pg.place(322, 67, pg.block(62, pg.t("扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。", lab, 7.5), leading=0.4))
        left, right = bl_rows(v)
        lsize, vsize = style["size"], style["size"] - 0.5
        lw = max(4, max(len(r[0]) for r in left)) * lsize * 0.3528 * 1.15
        rw = max(4, max(len(r[0]) for r in right)) * lsize * 0.3528 * 1.15
        pg.place(42, 100, _rows_grid(pg, left, lab, val, lsize, vsize, lw, 175 - lw, 6.5))
        pg.place(232, 100, _rows_grid(pg, right, lab, val, lsize, vsize, rw, 150 - rw, 6.5))
        pg.place(282, 238, pg.t("登记机关", lab, 15, "#111111", "bold", tracking=9))
        pg.place(282, 256, pg.t(v["issue_text"], val, 14, tracking=2))
        pg.seal(318, 246, 21, v["authority"], style["seal_face"], "", rot=float(rng.normal(0, 4)))
        pg.place(38, 276, pg.t("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lab, 8.5))
        pg.place(150, 276, pg.t("市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告", lab, 8.5))
        pg.place(330, 276, pg.t("国家市场监督管理总局监制", lab, 8.5))
        return pg
    pg = Page(210, 297, ink, BL_KEYS, fill=style["paper"], rng=rng)
    pg.guilloche(7, 8, style["frame"], 4, rng, 0.2)
    pg.emblem(94, 20, 22)
    pg.place(0, 46, f'#box(width: 210mm)[#align(center)[{pg.t("营业执照", title, 34, "#b8281e" if style["red_title"] else "#111111", "bold", tracking=12)}]]')
    pg.place(0, 64, f'#box(width: 210mm)[#align(center)[{pg.t("（副　本）", title, 14, "#111111", "bold")}]]')
    pg.place(92, 73, pg.t(f"副本编号：1-{int(rng.integers(1, 4))}", lab, 8.5))
    pg.place(22, 28, pg.t("统一社会信用代码", lab, 9.5, "#111111", "bold"))
    pg.place(22, 34, pg.t(v["credit_code"], style["code_face"], 11, "#111111", "bold", tracking=0.4, key="credit_code"))
    pg.place(22, 41, pg.t("证照编号：" + v["licence_no"], lab, 7))
    pg.qr(163, 24, 22, rng)
    pg.place(150, 48, pg.block(40, pg.t("扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。", lab, 5.8), leading=0.35))
    left, right = bl_rows(v)
    scope = [r for r in left if r[2] == "business_scope"]
    rows = [r for r in left if r[2] != "business_scope"] + right + scope
    lsize = style["size"] * 0.78
    lw = max(4, max(len(r[0]) for r in rows)) * lsize * 0.3528 * 1.15
    pg.place(26, 86, _rows_grid(pg, rows, lab, val, lsize, lsize - 0.4, lw, 152 - lw, 4.2))
    pg.place(118, 240, pg.t("登记机关", lab, 11, "#111111", "bold", tracking=6))
    pg.place(116, 255, pg.t(v["issue_text"], val, 10.5, tracking=1))
    pg.seal(140, 247, 17, v["authority"], style["seal_face"], "", rot=float(rng.normal(0, 4)))
    pg.place(20, 276, pg.t("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lab, 6.5))
    pg.place(20, 281, pg.t("市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告", lab, 6.5))
    pg.place(140, 276, pg.t("国家市场监督管理总局监制", lab, 6.5))
    return pg


# ------------------------------------------------------------------------------------------------------
# 公共场所卫生许可证
# ------------------------------------------------------------------------------------------------------
PH_KEYS = ["license_no", "name", "legal_representative", "address", "license_items", "valid_from", "valid_to"]


def health_license(v: dict, ink: bool, rng, style: dict, landscape: bool) -> Page:
    lab, val, title = style["label_face"], style["value_face"], style["title_face"]
    w, h = (297, 210) if landscape else (210, 297)
    pg = Page(w, h, ink, PH_KEYS, fill=style["paper"], rng=rng)
    pg.guilloche(7, 9, style["frame"], 4, rng, 0.2)
    top = 26 if landscape else 36
    pg.place(0, top, f'#box(width: {w}mm)[#align(center)[{pg.t("公共场所卫生许可证", title, 30 if landscape else 28, "#111111", "bold", tracking=5)}]]')
    no_face = style["value_face"]
    prefix = "" if style["bare_no"] else "许可证号："
    pg.place(0, top + 19, f'#box(width: {w}mm)[#align(center)[{pg.t(prefix, lab, 12) if prefix else ""}{pg.t(v["license_no"], no_face, 12.5, key="license_no")}]]')
    rows = [("单位名称", v["name"], "name"), ("法定代表人（负责人）", v["legal_representative"], "legal_representative"),
            ("地址", v["address"], "address"), ("许可项目", v["license_items"], "license_items")]
    size = style["size"] * (0.95 if landscape else 0.92)
    x0 = 30 if landscape else 22
    lw = 10 * size * 0.3528 * 1.02
    vw = w - 2 * x0 - lw - 6
    cells = []
    table = style["table"]
    for label, text, key in rows:
        cells.append(f"[{pg.spread(label, lab, size, lw, '#111111', 'bold')}]")
        cells.append(f"[{pg.block(vw, pg.t(text, val, size, key=key), leading=0.55)}]")
    cells.append(f"[{pg.spread('有效期限', lab, size, lw, '#111111', 'bold')}]")
    cells.append("[" + pg.t("自", val, size) + pg.t(v["vf_text"], val, size, key="valid_from") + pg.t("至", val, size)
                 + pg.t(v["vt_text"], val, size, key="valid_to") + "]")
    stroke = f'0.6pt + {pg.col("#333333")}' if table else "none"
    pg.place(x0, top + 36, f"#table(columns: ({lw + 4:.1f}mm, {vw + 2:.1f}mm), inset: 3.6mm, stroke: {stroke}, " + ", ".join(cells) + ")")
    by = h - 62 if not landscape else h - 52
    pg.place(w - 95, by, pg.t("发证机关：", lab, 12, "#111111", "bold"))
    pg.place(w - 95, by + 9, pg.t(v["authority"], val, 11))
    pg.place(w - 95, by + 18, pg.t(v["issue_text"], val, 11, tracking=1))
    pg.seal(w - 62, by + 10, 19, v["authority"], style["seal_face"], "", rot=float(rng.normal(0, 6)))
    pg.place(x0, h - 24, pg.t("本许可证有效期四年，请于期满前三十日内申请延续。须悬挂于经营场所醒目位置。", lab, 8))
    return pg


# ------------------------------------------------------------------------------------------------------
# 食品经营许可证 (2015 template): 正本 landscape, 副本 portrait
# ------------------------------------------------------------------------------------------------------
FB_KEYS = ["license_no", "name", "credit_code", "legal_representative", "address", "premises_address",
           "business_form", "business_items", "valid_to"]


def food_license(v: dict, ink: bool, rng, style: dict, copy: bool) -> Page:
    lab, val, title = style["label_face"], style["value_face"], style["title_face"]
    left = [("经营者名称", v["name"], "name"), ("社会信用代码（身份证号码）", v["credit_code"], "credit_code"),
            ("法定代表人（负责人）", v["legal_representative"], "legal_representative"), ("住所", v["address"], "address"),
            ("经营场所", v["premises_address"], "premises_address"), ("主体业态", v["business_form"], "business_form")]
    items = v["items_list"]
    right_fixed = [("日常监督管理机构", v["authority"]), ("日常监督管理人员", v["supervisor"]), ("投诉举报电话", "12331"),
                   ("发证机关", v["authority"]), ("签发人", V.person_name(rng))]
    w, h = (297, 210) if not copy else (210, 297)
    pg = Page(w, h, ink, FB_KEYS, fill=style["paper"], rng=rng)
    pg.guilloche(7, 8, style["frame"], 4, rng, 0.2)
    pg.emblem(w / 2 - 11, 13, 22)
    pg.place(0, 38, f'#box(width: {w}mm)[#align(center)[{pg.t("食品经营许可证", title, 30 if not copy else 26, "#111111", "bold", tracking=6)}]]')
    if copy:
        pg.place(0, 52, f'#box(width: {w}mm)[#align(center)[{pg.t("（副本）", title, 13, "#111111", "bold")}]]')
    size = style["size"] * (0.72 if not copy else 0.8)
    items_markup = "#linebreak()".join(pg.t(it + ("；" if i < len(items) - 1 else ""), val, size, key="business_items")
                                       for i, it in enumerate(items)) if style["item_lines"] else pg.t(v["business_items"], val, size, key="business_items")

    def grid(rows, lw, vw, extra):
        cells = []
        for label, text, key in rows:
            cells.append(f"[{pg.t(label + '：', lab, size, '#111111', 'bold')}]")
            cells.append(f"[{pg.block(vw, pg.t(text, val, size, key=key), leading=0.5)}]")
        cells += extra
        return f"#grid(columns: ({lw:.1f}mm, {vw:.1f}mm), row-gutter: 3.4mm, " + ", ".join(cells) + ")"

    lw = 15 * size * 0.3528
    item_cells = [f"[{pg.t('经营项目：', lab, size, '#111111', 'bold')}]", f"[{pg.block(90, items_markup, leading=0.5)}]"]
    if not copy:
        pg.place(20, 62, grid(left, lw, 138 - lw, item_cells))
        rx = 172
        pg.place(rx, 62, pg.t("许可证编号：", lab, size, "#111111", "bold") + pg.t(v["license_no"], style["code_face"], size + 1, key="license_no"))
        y = 74
        for label, text in right_fixed:
            pg.place(rx, y, pg.t(label + "：", lab, size, "#111111", "bold") + pg.t(text, val, size))
            y += 9 if len(text) < 14 else 14
        pg.place(rx, y + 2, pg.t("有效期至", lab, size, "#111111", "bold") + pg.t(" " + v["vt_text"], val, size, key="valid_to"))
        pg.qr(w - 44, 150, 24, rng)
        pg.place(rx, h - 32, pg.t(v["issue_text"], val, size + 1, tracking=1))
        pg.seal(rx + 35, h - 44, 17, v["authority"], style["seal_face"], "", rot=float(rng.normal(0, 5)))
    else:
        rows = [*left]
        pg.place(22, 66, grid(rows, lw, 160 - lw, item_cells
                                + [f"[{pg.t('许可证编号：', lab, size, '#111111', 'bold')}]", f"[{pg.t(v['license_no'], style['code_face'], size + 1, key='license_no')}]"]
                                + [f"[{pg.t(lb + '：', lab, size, '#111111', 'bold')}]" + f", [{pg.t(tx, val, size)}]" for lb, tx in right_fixed]
                                + [f"[{pg.t('有效期至：', lab, size, '#111111', 'bold')}]", f"[{pg.t(v['vt_text'], val, size, key='valid_to')}]"]))
        pg.qr(w - 46, 18, 22, rng)
        pg.place(w - 90, h - 36, pg.t(v["issue_text"], val, size + 1, tracking=1))
        pg.seal(w - 65, h - 46, 17, v["authority"], style["seal_face"], "", rot=float(rng.normal(0, 5)))
    return pg


# ------------------------------------------------------------------------------------------------------
# negatives: pages a window also receives that are none of the kinds
# ------------------------------------------------------------------------------------------------------
def negative(sub: str, ink: bool, rng, style: dict) -> Page:
    lab, val, title = style["label_face"], style["value_face"], style["title_face"]
    co = V.business_license(rng)
    who = V.person_name(rng)
    if sub == "receipt":
        n = int(rng.integers(4, 10))
        pg = Page(80, 70 + 7 * n, ink, [], fill=style["paper"])
        pg.place(0, 6, f'#box(width: 80mm)[#align(center)[{pg.t(co["name"][:14], lab, 10, "#111111", "bold")}]]')
        pg.place(6, 15, pg.t("购物小票　　单号：" + str(int(rng.integers(10**7, 10**8))), val, 7.5))
        pg.place(6, 21, pg.t("品名　　　　数量　单价　　金额", val, 7.5))
        total = 0.0
        goods = ["矿泉水", "面包", "洗衣液", "纸巾", "酸奶", "苹果", "牙膏", "大米5kg", "食用油", "鸡蛋"]
        for i in range(n):
            q, p = int(rng.integers(1, 4)), float(rng.integers(2, 60)) + 0.5 * int(rng.integers(2))
            total += q * p
            pg.place(6, 28 + 7 * i, pg.t(f"{V.pick(rng, goods):<8}　{q}　{p:6.2f}　{q * p:7.2f}", val, 7.5))
        y = 30 + 7 * n
        pg.place(6, y, pg.t(f"合计：{total:.2f}　　实收：{total:.2f}", val, 8, "#111111", "bold"))
        pg.place(6, y + 8, pg.t(f"收银员：{who}　{V.cn_date(V.date_between(rng, V.TODAY.replace(year=2025), V.TODAY))}", val, 7))
        pg.place(6, y + 15, pg.t("谢谢惠顾，欢迎再次光临！", val, 7.5))
        return pg
    pg = Page(210, 297, ink, [], fill=style["paper"])
    if sub == "blank":
        return pg
    if sub == "letter":
        pg.place(0, 30, f'#box(width: 210mm)[#align(center)[{pg.t("情况说明", title, 22, "#111111", "bold", tracking=8)}]]')
        body = (f"{co['authority']}：\n　　我单位{co['name']}因经营需要，拟办理食品经营许可证及公共场所卫生许可证相关手续。"
                f"现将有关情况说明如下：我单位营业执照已于近期完成变更登记，法定代表人、住所等事项以最新营业执照为准，"
                f"原营业执照正副本已交回登记机关。统一社会信用代码未发生变化。\n　　我单位承诺所提交的材料真实、有效，"
                f"如有虚假，愿承担相应法律责任。\n　　特此说明。")
        pg.place(25, 55, pg.block(160, pg.t(body, val, 13), leading=0.9))
        pg.place(120, 170, pg.t("联系人：" + who, val, 12))
        pg.place(120, 180, pg.t(V.cn_date(V.date_between(rng, V.TODAY.replace(year=2025), V.TODAY)), val, 12))
        pg.seal(140, 172, 20, co["name"], style["seal_face"], "")
        return pg
    if sub == "form":
        pg.place(0, 22, f'#box(width: 210mm)[#align(center)[{pg.t("公共场所卫生许可申请表", title, 20, "#111111", "bold", tracking=3)}]]')
        labels = ["单位名称", "统一社会信用代码", "法定代表人", "联系电话", "单位地址", "经营场所地址", "许可项目", "从业人数",
                  "营业面积", "集中空调通风系统", "申请类型"]
        cells = []
        for lb in labels:
            cells += [f"[{pg.t(lb, lab, 11)}]", "[]"]
        stroke = f"0.7pt + {pg.col('#222222')}"
        pg.place(20, 45, f"#table(columns: (48mm, 122mm), rows: 13mm, inset: 3mm, stroke: {stroke}, " + ", ".join(cells) + ")")
        pg.place(20, 200, pg.block(170, pg.t("本单位承诺：以上填写内容及所附材料真实有效，营业执照、法定代表人身份证明等复印件与原件一致。", val, 11), leading=0.8))
        pg.place(120, 225, pg.t("申请人（签章）：", lab, 11))
        pg.place(120, 240, pg.t("　　　年　　月　　日", lab, 11))
        return pg
    if sub == "certificate":
        pg.guilloche(10, 12, "#c89b3c", 3, rng)
        pg.place(0, 60, f'#box(width: 210mm)[#align(center)[{pg.t("荣誉证书", title, 40, "#b8281e", "bold", tracking=14)}]]')
        pg.place(30, 110, pg.block(150, pg.t(f"{who}同志：\n　　在{V.TODAY.year - 1}年度工作中表现突出，成绩显著，被评为“先进工作者”，特发此证，以资鼓励。", val, 16), leading=1.0))
        pg.place(110, 200, pg.t(co["name"], val, 13))
        pg.place(120, 212, pg.t(V.cn_date(V.date_between(rng, V.TODAY.replace(year=2025), V.TODAY)), val, 13))
        pg.seal(140, 205, 20, co["name"], style["seal_face"], "")
        return pg
    # notice: 遗失声明 — names a licence, its code and a company, but is a newspaper notice
    pg.place(0, 30, f'#box(width: 210mm)[#align(center)[{pg.t("遗 失 声 明", title, 24, "#111111", "bold")}]]')
    text = (f"　　{co['name']}（统一社会信用代码：{co['credit_code']}）不慎遗失营业执照副本一份，"
            f"登记机关：{co['authority']}，声明作废。\n　　{who}不慎遗失公共场所卫生许可证正本，特此声明。")
    pg.place(25, 55, pg.block(160, pg.t(text, val, 13), leading=0.9))
    pg.place(25, 110, pg.t("（本报讯）分类广告　登报热线：400-" + str(int(rng.integers(1000000, 9999999))), lab, 10))
    return pg


# ------------------------------------------------------------------------------------------------------
# marks drawn onto the print: watermarks, copy notes with a signature, seals over text
# ------------------------------------------------------------------------------------------------------
def add_marks(pg: Page, marks: list[str], rng, style: dict, owner: str, signer: str) -> None:
    if pg.ink:
        return
    w, h = pg.w, pg.h
    k = min(w, h) / 210
    if "watermark" in marks:
        use = V.pick(rng, ["办理食品经营许可", "办理公共场所卫生许可", "银行开户", "税务登记", "社保业务办理", "年检"])
        txt = f"仅供{use}使用，他用无效"
        face = style["label_face"]
        F.DRAWN.append((face, txt))
        col = V.pick(rng, ["#8a8a8a", "#c04040", "#4060a0"])
        alpha = int(rng.integers(70, 130))
        ang = int(rng.integers(-35, -15))
        size = 22 * k
        for i in range(-1, 4):
            for j in range(-1, 4):
                pg.parts.append(f'#place(top + left, dx: {w * (j / 3) + (i % 2) * w / 6:.1f}mm, dy: {h * (i / 3.4) + 10:.1f}mm)'
                                f'[#rotate({ang}deg, reflow: false)[#text(font: {s(face)}, size: {size:.1f}pt, fill: rgb("{col}{alpha:02x}"))[#{s(txt)}]]]')
    if "copy_note" in marks:
        face = style["pen_face"]
        pen = V.pick(rng, ["#1c2f8c", "#111111", "#20308a"])
        x, y = w * float(rng.uniform(0.05, 0.2)), h * float(rng.uniform(0.80, 0.86))
        note = "复印件与原件一致"
        F.DRAWN.append((face, note + signer))
        pg.parts.append(f'#place(top + left, dx: {x:.1f}mm, dy: {y:.1f}mm)[#rotate({float(rng.normal(-3, 3)):.1f}deg)[#text(font: {s(face)}, size: {15 * k:.1f}pt, fill: rgb("{pen}"))[#{s(note)}]]]')
        pg.parts.append(f'#place(top + left, dx: {x + 8 * k:.1f}mm, dy: {y + 9 * k:.1f}mm)[#skew(ax: -12deg)[#text(font: {s(face)}, size: {19 * k:.1f}pt, fill: rgb("{pen}"), tracking: -2pt)[#{s(signer)}]]]')
        d = V.date_between(rng, V.TODAY.replace(year=2026, month=1), V.TODAY)
        pg.parts.append(f'#place(top + left, dx: {x + 30 * k:.1f}mm, dy: {y + 11 * k:.1f}mm)[#text(font: {s(face)}, size: {11 * k:.1f}pt, fill: rgb("{pen}"))[#{s(f"{d.year}.{d.month}.{d.day}")}]]')
        pg.faces.add(face)
    if "seal_over" in marks:
        r = 20 * k
        cx, cy = w * float(rng.uniform(0.3, 0.75)), h * float(rng.uniform(0.35, 0.7))
        pg.seal(cx, cy, r, owner, style["seal_face"], V.pick(rng, ["", "", "公章"]), opacity=int(rng.integers(110, 170)),
                rot=float(rng.normal(0, 15)))
