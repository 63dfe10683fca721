"""Family AE's page layouts: each document as a list of drawing operations (text runs at measured
positions, paths, QR modules, guilloche bands, seals with text on an arc, handwriting strokes) for the
Rust drawer (rust/src/main.rs), with each scored field's value and its box on the page. Line
breaking and letter-spaced labels are our own, measured from each face's hmtx; every character is
checked against the chosen face's cmap and falls back along the role's face list (never tofu)."""

from __future__ import annotations

import datetime as dt
import math
import random
from functools import cache
from pathlib import Path

from benchmarks.docgen_ae import values as V

FONT_DIRS = Path("/usr/share/fonts")
# roles -> candidate face files, chosen per document by path; the tail of each list is the fallback chain
ROLES = {  # faces fontdue loads whole: kept to the lighter files, ~1.5 GB for all of them in one drawer
    "song": ["truetype/arphic-gbsn00lp/gbsn00lp.ttf", "truetype/arphic/uming.ttc"],
    "hei": ["truetype/wqy/wqy-microhei.ttc", "truetype/droid/DroidSansFallbackFull.ttf"],
    "kai": ["truetype/arphic-gkai00mp/gkai00mp.ttf", "truetype/arphic/ukai.ttc"],
    "title": ["opentype/noto/NotoSerifCJK-Bold.ttc"],
}
LAST_RESORT = ["truetype/wqy/wqy-microhei.ttc", "truetype/arphic-gbsn00lp/gbsn00lp.ttf", "opentype/noto/NotoSansCJK-Regular.ttc",
               "truetype/babelstone/BabelStoneHan.ttf"]
RED = [205, 30, 35, 215]
INK = [25, 25, 30, 255]


def installed(rel: str) -> bool:
    return (FONT_DIRS / rel).exists()


@cache
def face_metrics(rel: str) -> tuple[dict, dict, int]:
    """cmap (codepoint -> glyph name), advances (glyph name -> units), unitsPerEm of face 0 of the file."""
    from fontTools.ttLib import TTFont

    tt = TTFont(str(FONT_DIRS / rel), fontNumber=0, lazy=True)
    cmap = dict(tt.getBestCmap())
    adv = {g: a for g, (a, _) in tt["hmtx"].metrics.items()}
    return cmap, adv, tt["head"].unitsPerEm


def chain(role: str, first: str) -> list[str]:
    out = [first] + [f for f in ROLES[role] if f != first] + [f for f in LAST_RESORT]
    seen: list[str] = []
    for f in out:
        if f not in seen and installed(f):
            seen.append(f)
    return seen


class Page:
    def __init__(self, w: int, h: int, rng: random.Random, bg=(252, 251, 246), pick=None):
        self.w, self.h, self.rng = w, h, rng
        self.bg = list(bg)
        self.ops: list[dict] = []
        self.faces: list[str] = []  # face files the drawer loads (index = position)
        self.fields: dict[str, dict] = {}
        self.used: set[str] = set()
        self.pick = {r: rng.choice([f for f in fs if installed(f)]) for r, fs in ROLES.items()}
        if pick:  # e-licences: the TrueType faces borb embeds (the draw above keeps the values' random stream)
            self.pick = dict(pick)
        self.occl: list = []  # marks over the sheet: inside(x, y) tests in page pixels
        self.text_px: dict[str, float] = {}  # each field's character height in page pixels

    def _fid(self, rel: str) -> int:
        if rel not in self.faces:
            self.faces.append(rel)
        return self.faces.index(rel)

    def face_for(self, role: str, ch: str) -> str:
        for f in chain(role, self.pick[role]):
            if ord(ch) in face_metrics(f)[0] or ch in " \u3000":
                return f
        raise ValueError(f"no installed face has {ch!r} (U+{ord(ch):04X})")

    def adv(self, role: str, ch: str, size: float) -> float:
        f = self.face_for(role, ch)
        cmap, adv, upm = face_metrics(f)
        g = cmap.get(ord(ch))
        if g is None:
            return size * (1.0 if ch == "\u3000" else 0.3)
        return adv.get(g, upm) * size / upm

    def width(self, role: str, txt: str, size: float, sp: float = 0.0) -> float:
        return sum(self.adv(role, c, size) + sp for c in txt)

    def text(self, x, y, txt, size, role="song", color=INK, sp=0.0, rot=0.0, anchor="l", bm=None) -> float:
        wdt = self.width(role, txt, size, sp)
        if anchor == "c":
            x -= wdt / 2
        elif anchor == "r":
            x -= wdt
        chain_ids = []
        for c in txt:
            if c.strip():
                self.used.add(self.face_for(role, c))
        for f in chain(role, self.pick[role]):
            chain_ids.append(self._fid(f))
        op = {"t": "text", "x": round(x, 2), "y": round(y, 2), "s": size, "f": chain_ids, "c": list(color),
              "txt": txt, "sp": sp, "rot": rot, "role": role}
        if bm:
            op["bm"] = bm
        self.ops.append(op)
        return wdt

    def wrap(self, txt: str, size: float, maxw: float, role="song") -> list[str]:
        """Greedy CJK line breaking with kinsoku: no line starts with closing punctuation, none ends
        with an opening bracket; ASCII runs (numbers, codes) are kept whole."""
        no_start = set("，。、；：）》」』〕】,.;:)!?！？%")
        no_end = set("（《「『〔【(")
        tokens: list[str] = []
        for c in txt:
            if tokens and c.isascii() and c.isalnum() and tokens[-1][-1].isascii() and tokens[-1][-1].isalnum():
                tokens[-1] += c
            else:
                tokens.append(c)
        lines, cur, cw = [], "", 0.0
        for t in tokens:
            tw = self.width(role, t, size)
            if cur and cw + tw > maxw and t[0] not in no_start:
                if cur[-1] in no_end:
                    lines.append(cur[:-1])
                    cur, cw = cur[-1], self.width(role, cur[-1], size)
                else:
                    lines.append(cur)
                    cur, cw = "", 0.0
            cur += t
            cw += tw
        if cur:
            lines.append(cur)
        return lines

    def block(self, key: str | None, x, y, txt, size, maxw, lh=1.45, role="song", color=INK, value=None) -> float:
        """A (wrapping) value at baseline y; records the field box; returns the y after the block."""
        lines = self.wrap(txt, size, maxw, role) if txt else [""]
        for k, ln in enumerate(lines):
            if ln:
                self.text(x, y + k * size * lh, ln, size, role, color)
        if key:
            self.text_px[key] = size
            wmax = max(self.width(role, ln, size) for ln in lines) if txt else size
            self.fields[key] = {"value": txt if value is None else value,
                                "box": [x, y - size * 0.9, x + max(wmax, size), y + (len(lines) - 1) * size * lh + size * 0.25]}
        return y + len(lines) * size * lh

    def spaced(self, x, y, label, size, span, role="hei", color=INK) -> None:
        """A label spread over `span` px like 名　　称 / 住　　所 on real licences."""
        if len(label) < 2:
            self.text(x, y, label, size, role, color)
            return
        wl = self.width(role, label, size)
        gap = max(0.0, (span - wl) / (len(label) - 1))
        cx = x
        for c in label:
            self.text(cx, y, c, size, role, color)
            cx += self.adv(role, c, size) + gap

    # ---- vector art -----------------------------------------------------------------------
    def rect(self, x, y, w, h, fill=None, stroke=None, sw=1.0, **kw):
        op = {"t": "rect", "x": x, "y": y, "w": w, "h": h, "sw": sw}
        if fill:
            op["fill"] = list(fill)
        if stroke:
            op["stroke"] = list(stroke)
        op.update(kw)
        self.ops.append(op)

    def poly(self, pts, stroke=None, fill=None, sw=1.0, close=False, curve=False, **kw):
        op = {"t": "curve" if curve else "poly", "pts": [[round(a, 2), round(b, 2)] for a, b in pts], "sw": sw, "close": close}
        if fill:
            op["fill"] = list(fill)
        if stroke:
            op["stroke"] = list(stroke)
        op.update(kw)
        self.ops.append(op)

    def circle(self, cx, cy, r, fill=None, stroke=None, sw=1.0, **kw):
        op = {"t": "circle", "cx": cx, "cy": cy, "r": r, "sw": sw}
        if fill:
            op["fill"] = list(fill)
        if stroke:
            op["stroke"] = list(stroke)
        op.update(kw)
        self.ops.append(op)

    def star(self, cx, cy, r, color, rot=0.0, **kw):
        self.ops.append({"t": "star", "cx": cx, "cy": cy, "r": r, "rot": rot, "fill": list(color), **kw})

    def guilloche_border(self, m, color=(190, 150, 90, 140)):
        w, h = self.w, self.h
        band = m * 0.55
        for (x, y, bw, bh) in ((m, m * 0.7, w - 2 * m, band), (m, h - m * 0.7 - band, w - 2 * m, band)):
            self.ops.append({"t": "guil", "x": x, "y": y, "w": bw, "h": bh, "n": 7, "freq": 0.045, "stroke": list(color), "sw": 0.9})
        self.rect(m * 0.6, m * 0.6, w - 1.2 * m, h - 1.2 * m, stroke=(170, 120, 60, 230), sw=max(2.0, w / 600))
        self.rect(m * 0.75, m * 0.75, w - 1.5 * m, h - 1.5 * m, stroke=(170, 120, 60, 200), sw=1.0)

    def emblem(self, cx, cy, r):
        """A national-emblem style device: red disc, gold ring of ears, five stars, gate, gear."""
        gold = (232, 190, 60, 255)
        self.circle(cx, cy, r, fill=gold)
        self.circle(cx, cy, r * 0.8, fill=(200, 25, 30, 255))
        self.star(cx - r * 0.3, cy - r * 0.35, r * 0.22, gold)
        for k in range(4):
            a = math.radians(-70 + k * 28)
            self.star(cx - r * 0.3 + math.cos(a) * r * 0.42, cy - r * 0.35 + math.sin(a) * r * 0.42, r * 0.07, gold, rot=k * 20)
        gx, gy = cx - r * 0.42, cy + r * 0.05
        self.poly([(gx, gy), (gx + r * 0.84, gy), (gx + r * 0.74, gy - r * 0.12), (gx + r * 0.1, gy - r * 0.12)], fill=gold, close=True)
        self.rect(gx + r * 0.06, gy, r * 0.72, r * 0.28, fill=gold)
        for k in range(5):
            self.rect(gx + r * 0.12 + k * r * 0.13, gy + r * 0.06, r * 0.06, r * 0.22, fill=(200, 25, 30, 255))
        for k in range(18):
            a = math.radians(110 + k * 18)
            self.poly([(cx + math.cos(a) * r * 0.82, cy + math.sin(a) * r * 0.82),
                       (cx + math.cos(a + 0.12) * r * 0.97, cy + math.sin(a + 0.12) * r * 0.97)], stroke=(200, 25, 30, 255), sw=max(1.0, r / 25))

    def qr(self, x, y, size):
        n = 25
        self.rect(x - size * 0.04, y - size * 0.04, size * 1.08, size * 1.08, fill=(255, 255, 255, 255))
        self.ops.append({"t": "qr", "x": x, "y": y, "m": size / n, "n": n, "bits": V.qr_bits(self.rng, n), "fill": [20, 20, 20, 255]})

    def seal(self, cx, cy, r, ring_text, centre="", shape="round", alpha=0.8):
        """An organisation seal: ring, star, inscription on an arc (per-glyph transforms), centre words."""
        col = [RED[0], RED[1] + self.rng.randint(-10, 20), RED[2], int(255 * alpha)]
        if shape == "oval":
            self.ops.append({"t": "oval", "x": cx - r * 1.3, "y": cy - r * 0.9, "w": r * 2.6, "h": r * 1.8, "stroke": col, "sw": r * 0.06, "bm": "mul"})
            self.text(cx, cy - r * 0.2, ring_text[:14], r * 0.26, "song", col, anchor="c", bm="mul")
            self.text(cx, cy + r * 0.35, centre, r * 0.22, "song", col, anchor="c", bm="mul")
            return
        self.circle(cx, cy, r, stroke=col, sw=r * 0.06, bm="mul")
        self.star(cx, cy, r * 0.28, col, bm="mul")
        chain_ids = [self._fid(f) for f in chain("song", self.pick["song"])]
        for c in ring_text:
            self.used.add(self.face_for("song", c))
        span = min(250.0, 16.0 * len(ring_text) + 40)
        self.ops.append({"t": "arctext", "cx": cx, "cy": cy, "r": r * 0.7, "a0": -span / 2, "a1": span / 2, "s": r * 0.26,
                         "f": chain_ids, "c": col, "txt": ring_text, "bm": "mul"})
        if centre:
            self.text(cx, cy + r * 0.55, centre, r * 0.18, "song", col, anchor="c", bm="mul")

    def handwriting(self, x, y, size, n_strokes=None, color=(30, 40, 120, 230), sw=None):
        """A scrawled signature: connected smooth loops drawn as quadratic strokes."""
        rng = self.rng
        pts = []
        cx = x
        for _k in range(n_strokes or rng.randint(3, 6)):
            w = size * rng.uniform(0.5, 1.0)
            for j in range(5):
                t = j / 4
                pts.append((cx + w * t + rng.uniform(-2, 2), y - size * 0.5 * math.sin(t * math.pi * rng.uniform(1.5, 2.5)) + rng.uniform(-size * 0.15, size * 0.15)))
            cx += w * 0.9
        self.poly(pts, stroke=color, sw=sw or max(1.5, size / 14), curve=True)
        self.poly([(x - size * 0.2, y + size * 0.15), (cx + size * 0.3, y - size * 0.1)], stroke=color, sw=max(1.0, size / 20), curve=False)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def _marks(p: Page, marks: list[str], agency: str):
    """Paper marks that belong to the sheet before capture."""
    rng = p.rng
    s = max(p.w, p.h)
    if "watermark" in marks:
        use = rng.choice(["仅供办理营业执照变更使用", "仅供办理食品经营许可使用", "仅供本次业务办理使用，他用无效", "仅供银行开户使用"])
        ang = rng.choice([-30, -25, -35, 25])
        size = s * 0.024
        step = s * 0.3
        for yy in range(int(-p.h * 0.2), int(p.h * 1.2), int(step * 0.8)):
            for xx in range(int(-p.w * 0.3), int(p.w * 1.1), int(step * 1.8)):
                p.text(xx, yy, use, size, "hei", (120, 120, 120, 70), rot=ang, bm="mul")
    if "copy_note" in marks:
        x, y = p.w * rng.uniform(0.45, 0.6), p.h * rng.uniform(0.62, 0.8)
        size = s * 0.03
        col = (25, 35, 140, 235) if rng.random() < 0.7 else (35, 35, 40, 235)
        p.text(x, y, "复印件与原件一致", size, "kai", col, rot=rng.uniform(-6, 4))
        # the note's own words and the signature scrawl hide what lies under their strokes
        p.occl.append(lambda px, py, b=(x, y - size, x + size * 8, y + size * 1.9): b[0] <= px <= b[2] and b[1] <= py <= b[3])
        p.handwriting(x + size * 1.5, y + size * 1.5, size * 1.2, color=col)
        p.text(x + size * 0.5, y + size * 2.9, f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}", size * 0.8, "kai", col)
    if "stamp" in marks:
        x, y = p.w * rng.uniform(0.08, 0.5), p.h * rng.uniform(0.12, 0.5)
        col = [190, 30, 40, 170]
        words = rng.choice(["已审核", "受理专用", "与原件核对无误", "窗口收件"])
        size = s * 0.028
        wdt = p.width("hei", words, size) + size
        p.rect(x, y - size * 1.2, wdt, size * 1.6, stroke=col, sw=size * 0.12, bm="mul")
        p.occl.append(lambda px, py, b=(x, y - size * 1.2, x + wdt, y + size * 0.4): b[0] <= px <= b[2] and b[1] <= py <= b[3])
        p.text(x + size * 0.5, y, words, size, "hei", col, bm="mul")
    if "handwriting" in marks:
        x, y = p.w * rng.uniform(0.55, 0.8), p.h * rng.uniform(0.08, 0.14)
        size = s * 0.026
        p.text(x, y, rng.choice(["已核", "原件已看", "请补材料", "办结"]), size, "kai", (30, 40, 130, 230), rot=rng.uniform(-8, 8))
        p.handwriting(x, y + size * 1.6, size, color=(30, 40, 130, 230))


# ---- documents ----------------------------------------------------------------------------------------------------

def business_license(rng: random.Random, variant: str, marks: list[str], pick=None) -> Page:
    landscape = variant.startswith("zhengben")
    entity = variant.split("-")[1]
    reg = V.region(rng)
    w, h = (2000, 1414) if landscape else (1414, 2000)
    p = Page(w, h, rng, pick=pick)
    p.guilloche_border(w * 0.045)
    s = w * (0.0125 if landscape else 0.0165)
    code = V.uscc(rng, reg[0], "92" if entity == "geti" else "91")
    est = V.date_between(rng, dt.date(2001, 1, 1), dt.date(2025, 6, 1))
    p.emblem(w / 2, h * 0.1, w * 0.035)
    p.text(w / 2, h * (0.24 if landscape else 0.2), "营 业 执 照", s * 3.4, "title", INK, anchor="c")
    if not landscape:
        p.text(w / 2, h * 0.235, "（副　本）", s * 1.3, "song", INK, anchor="c")
    p.text(w * 0.09, h * 0.2 if landscape else h * 0.17, "统一社会信用代码", s * 1.0, "hei")
    p.block("credit_code", w * 0.09, (h * 0.2 if landscape else h * 0.17) + s * 1.6, code, s * 1.15, w * 0.4, role="hei")
    qs = w * (0.08 if landscape else 0.12)
    qx, qy = w * 0.84 - qs / 2, h * (0.14 if landscape else 0.12)
    p.qr(qx, qy, qs)
    p.text(qx + qs / 2, qy + qs * 1.25, "扫描二维码登录“国家企业信用", s * 0.55, "hei", anchor="c")
    p.text(qx + qs / 2, qy + qs * 1.25 + s * 0.8, "信息公示系统”了解更多登记、", s * 0.55, "hei", anchor="c")
    p.text(qx + qs / 2, qy + qs * 1.25 + s * 1.6, "备案、许可、监管信息", s * 0.55, "hei", anchor="c")
    name, scopes, _ = V.company(rng, reg)
    legal = V.person(rng)
    long = rng.random() < 0.6
    if entity == "geti":
        name = (reg[3] + rng.choice(V.ZIHAO) + rng.choice(["小吃店", "便利店", "理发店", "五金店", "餐馆", "水果店"]))
        if rng.random() < 0.3:
            name = name.replace(reg[3], reg[3] + rng.choice(["新城", "滨湖"]))
        etype, cap, valid = "个体工商户", "", ""
        lab_legal, lab_addr, lab_est = "经营者", "经营场所", "注册日期"
        addr = V.address(rng, reg, long=False)
    elif entity == "branch":
        name = name.replace("有限公司", "有限公司" + reg[3] + "分公司").replace("有限责任公司", "有限责任公司" + reg[3] + "分公司")
        etype = rng.choice(["有限责任公司分公司(自然人投资或控股)", "其他有限责任公司分公司"])
        cap = ""
        valid = V.add_years(est, 20).isoformat() if rng.random() < 0.5 else "长期"
        lab_legal, lab_addr, lab_est = "负责人", "营业场所", "成立日期"
        addr = V.address(rng, reg, long=long)
    else:
        etype = rng.choice(["有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "其他有限责任公司", "股份有限公司(非上市、自然人投资或控股)"])
        if "股份" in name and "股份" not in etype:
            name = name.replace("股份有限公司", "有限公司")
        if "股份" in etype and "股份" not in name:
            name = name.replace("有限责任公司", "股份有限公司").replace("有限公司", "股份有限公司")
        cap = V.capital(rng)
        valid = V.add_years(est, rng.choice([20, 30, 50])).isoformat() if rng.random() < 0.55 else "长期"
        lab_legal, lab_addr, lab_est = "法定代表人", rng.choice(["住所", "住所", "主要经营场所"]), "成立日期"
        addr = V.address(rng, reg, long=long)
    scope = V.scope_text(rng, scopes, long) if entity != "geti" else "一般项目：" + "；".join(rng.sample(scopes, min(3, len(scopes)))) + "。"
    lab_w = s * 5.2
    span = s * 4.0
    if landscape:
        cols = [(w * 0.09, w * 0.46), (w * 0.5, w * 0.88)]
    else:
        cols = [(w * 0.12, w * 0.88), (w * 0.12, w * 0.88)]
    y = h * (0.36 if landscape else 0.3)
    left = [("名称", "name", name), ("类型", "entity_type", etype), (lab_legal, "legal_representative", legal),
            ("经营范围", "business_scope", scope)]
    right = []
    if entity == "geti":
        right.append(("组成形式", None, "个人经营"))
    if entity not in ("geti", "branch"):
        right.append(("注册资本", "registered_capital", cap))
    right.append((lab_est, "established_date", cn_date(est)))
    if entity != "geti":
        right.append(("营业期限", "valid_to", f"{cn_date(est)}至{'长期' if valid == '长期' else cn_date(dt.date.fromisoformat(valid))}"))
    right.append((lab_addr, "address", addr))
    rows = left + right if not landscape else None
    lh = s * 2.15
    if landscape:
        for col, items in zip(cols, (left, right), strict=False):
            yy = y
            for lab, key, val in items:
                p.spaced(col[0], yy, lab, s, span)
                vv = val if key not in ("established_date", "valid_to") else val
                yy = p.block(key, col[0] + lab_w, yy, vv, s, col[1] - col[0] - lab_w) + (lh - s * 1.45)
    else:
        yy = y
        order = [r for r in rows if r[1] != "business_scope"] + [r for r in rows if r[1] == "business_scope"]
        for lab, key, val in order:
            p.spaced(cols[0][0], yy, lab, s, span)
            yy = p.block(key, cols[0][0] + lab_w, yy, val, s, cols[0][1] - cols[0][0] - lab_w) + (lh - s * 1.45)
    # true values in the contract's form
    p.fields["established_date"]["value"] = est.isoformat()
    if "valid_to" in p.fields:
        p.fields["valid_to"]["value"] = valid
    else:
        p.fields["valid_to"] = {"value": "", "box": None}
    if "registered_capital" not in p.fields:
        p.fields["registered_capital"] = {"value": "", "box": None}
    issue = V.date_between(rng, est, dt.date(2026, 6, 1))
    agency = (reg[2] or reg[1]) + reg[3] + "市场监督管理局"
    bx, by = w * 0.72, h * (0.86 if landscape else 0.88)
    p.text(bx - s * 5, by - s * 1.2, "登记机关", s * 1.1, "hei")
    p.text(bx, by + s * 1.4, f"{issue.year}　年　{issue.month:02d}　月　{issue.day:02d}　日", s, "song", anchor="c")
    p.seal(bx + s * 0.5, by - s * 0.6, s * 3.6, agency, "登记专用章" if rng.random() < 0.5 else "")
    p.text(w / 2, h - w * 0.045 * 0.9, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", s * 0.6, "hei", anchor="c")
    p.text(w / 2, h - w * 0.045 * 0.9 + s * 0.9, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", s * 0.55, "hei", anchor="c")
    _marks(p, marks, agency)
    return p


def health_license(rng: random.Random, variant: str, marks: list[str], pick=None) -> Page:
    w, h = 1414, 2000
    p = Page(w, h, rng, pick=pick, bg=(250, 250, 244))
    p.guilloche_border(w * 0.05, (120, 160, 200, 140))
    s = w * 0.019
    reg = V.region(rng)
    year = rng.randint(2019, 2025)
    no = V.health_license_no(rng, reg, year)
    p.emblem(w / 2, h * 0.1, w * 0.04)
    p.text(w / 2, h * 0.19, "公共场所卫生许可证", s * 2.6, "title", anchor="c")
    p.text(w * 0.56, h * 0.235, "编号：", s, "song")
    p.block("license_no", w * 0.56 + p.width("song", "编号：", s), h * 0.235, no, s, w * 0.34)
    name, _, _ = V.company(rng, reg)
    items = rng.sample(V.HEALTH_ITEMS, rng.randint(1, 3))
    if rng.random() < 0.5:
        name = name.replace("有限公司", rng.choice(["酒店有限公司", "浴场有限公司", "美容美发店"]))
    legal = V.person(rng)
    addr = V.address(rng, reg, long=rng.random() < 0.5)
    vf = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    vt = V.add_years(vf, 4) - dt.timedelta(days=1)
    y = h * 0.31
    x0, lab_w = w * 0.12, s * 9.5
    rows = [("单位名称", "name", name), ("法定代表人（负责人）", "legal_representative", legal), ("地　　址", "address", addr),
            ("许可项目", "license_items", "、".join(items))]
    for lab, key, val in rows:
        p.text(x0, y, lab, s, "hei")
        y = p.block(key, x0 + lab_w, y, val, s * 1.05, w * 0.86 - x0 - lab_w) + s * 1.3
    p.text(x0, y, "有效期限", s, "hei")
    p.text(x0 + lab_w, y, "自", s, "song")
    p.block("valid_from", x0 + lab_w + s * 1.5, y, cn_date(vf), s * 1.05, w * 0.5, value=vf.isoformat())
    y += s * 2.2
    p.text(x0 + lab_w, y, "至", s, "song")
    p.block("valid_to", x0 + lab_w + s * 1.5, y, cn_date(vt), s * 1.05, w * 0.5, value=vt.isoformat())
    agency = (reg[2] or reg[1]) + reg[3] + "卫生健康委员会"
    bx, by = w * 0.66, h * 0.82
    p.text(bx, by, "发证机关", s, "hei", anchor="c")
    p.text(bx, by + s * 2, cn_date(vf), s, "song", anchor="c")
    p.seal(bx, by - s * 0.2, s * 4.2, agency, "")
    _marks(p, marks, agency)
    return p


def food_license(rng: random.Random, variant: str, marks: list[str], pick=None) -> Page:
    landscape = variant == "zhengben"
    w, h = (2000, 1414) if landscape else (1414, 2000)
    p = Page(w, h, rng, pick=pick, bg=(253, 252, 248))
    p.guilloche_border(w * 0.045, (90, 150, 110, 140))
    s = w * (0.0125 if landscape else 0.0165)
    reg = V.region(rng)
    code_f, form, items_all = rng.choice(V.FOOD_FORMS)
    no = V.food_license_no(rng, reg, code_f)
    name, _, _ = V.company(rng, reg)
    if code_f == 2:
        name = name.split("有限")[0].replace("科技", "").replace("贸易", "") + rng.choice(["餐饮店", "餐饮管理有限公司", "饭店"])
    code = V.uscc(rng, reg[0], "92" if "店" in name[-3:] else "91")
    legal = V.person(rng)
    addr = V.address(rng, reg, long=rng.random() < 0.4)
    prem = addr if rng.random() < 0.5 else V.address(rng, reg, long=rng.random() < 0.5)
    items = "；".join(rng.sample(items_all, rng.randint(1, len(items_all))))
    vt = V.date_between(rng, dt.date(2026, 1, 1), dt.date(2031, 12, 31))
    p.text(w / 2, h * (0.14 if landscape else 0.12), "食品经营许可证", s * 3.3, "title", anchor="c")
    if not landscape:
        p.text(w / 2, h * 0.16, "（副本）", s * 1.2, "song", anchor="c")
    qs = w * (0.07 if landscape else 0.1)
    p.qr(w * 0.8, h * (0.22 if landscape else 0.19), qs)
    y = h * (0.27 if landscape else 0.24)
    x0, lab_w = w * 0.1, s * 13.6
    maxw = (w * 0.76 if landscape else w * 0.88) - x0 - lab_w
    rows = [("经营者名称", "name", name), ("社会信用代码（身份证号码）", "credit_code", code), ("法定代表人（负责人）", "legal_representative", legal),
            ("住　　所", "address", addr), ("经营场所", "premises_address", prem), ("主体业态", "business_form", form),
            ("经营项目", "business_items", items), ("许可证编号", "license_no", no), ("有效期至", "valid_to", cn_date(vt))]
    for lab, key, val in rows:
        p.text(x0, y, lab, s, "hei")
        y = p.block(key, x0 + lab_w, y, val, s, maxw if key not in ("license_no", "valid_to") else w * 0.5) + s * 0.95
    p.fields["valid_to"]["value"] = vt.isoformat()
    agency = (reg[2] or reg[1]) + reg[3] + "市场监督管理局"
    p.text(x0, y, "日常监督管理机构：" + reg[3] + "市场监督管理所", s * 0.9, "hei")
    p.text(x0, y + s * 1.6, "日常监督管理人员：" + V.person(rng) + "　" + V.person(rng), s * 0.9, "hei")
    p.text(x0, y + s * 3.2, "投诉举报电话：12315", s * 0.9, "hei")
    bx, by = w * 0.72, h * 0.86
    p.text(bx, by - s * 1.5, "发证机关：" + agency, s * 0.95, "hei", anchor="c")
    p.text(bx, by, "签发人：" + V.person(rng), s * 0.95, "hei", anchor="c")
    issue = V.add_years(vt, -5)
    p.text(bx, by + s * 1.6, cn_date(issue), s * 0.95, "song", anchor="c")
    p.seal(bx, by - s * 0.6, s * 3.8, agency, "")
    _marks(p, marks, agency)
    return p


def id_front(rng: random.Random, variant: str, marks: list[str], pick=None) -> Page:
    w, h = 1012, 638
    p = Page(w, h, rng, pick=pick, bg=(238, 241, 236))
    for k in range(4):
        p.ops.append({"t": "guil", "x": 0, "y": h * (0.1 + 0.22 * k), "w": w, "h": h * 0.15, "n": 5, "freq": 0.02 + 0.005 * k,
                      "stroke": [150, 185, 205, 90], "sw": 0.8})
    sex = rng.choice(["男", "女"])
    nation = rng.choice(V.NATIONS)
    reg = V.region(rng)
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    idn = V.id_number(rng, reg[0], birth, sex)
    name = V.person(rng)
    addr = V.address(rng, reg, long=rng.random() < 0.5, home=True)
    s = 30.0
    lab = (40, 110, 160, 255)
    x0, xv = 70, 170
    p.text(x0, 100, "姓　名", s * 0.8, "hei", lab)
    p.block("name", xv, 100, name, s * 1.05, 400, role="hei")
    p.text(x0, 160, "性　别", s * 0.8, "hei", lab)
    p.block("sex", xv, 160, sex, s, 60, role="hei")
    p.text(xv + 110, 160, "民　族", s * 0.8, "hei", lab)
    p.block("nation", xv + 210, 160, nation, s, 160, role="hei")
    p.text(x0, 220, "出　生", s * 0.8, "hei", lab)
    bs = f"{birth.year}"
    p.text(xv, 220, bs, s, "hei")
    p.text(xv + 80, 220, "年", s * 0.8, "hei", lab)
    p.text(xv + 125, 220, f"{birth.month}", s, "hei")
    p.text(xv + 165, 220, "月", s * 0.8, "hei", lab)
    p.text(xv + 205, 220, f"{birth.day}", s, "hei")
    p.text(xv + 245, 220, "日", s * 0.8, "hei", lab)
    p.fields["birth_date"] = {"value": birth.isoformat(), "box": [xv, 194, xv + 270, 228]}
    p.text(x0, 285, "住　址", s * 0.8, "hei", lab)
    p.block("address", xv, 285, addr, s, 440, lh=1.35, role="hei")
    p.text(x0, 560, "公民身份号码", s * 0.8, "hei", lab)
    p.block("id_number", 330, 562, idn, s * 1.15, 650, role="hei")
    p.text(330, 562, "", s, "hei")
    # portrait: head, hair, shoulders
    px, py = 760, 120
    p.rect(px - 20, py - 20, 250, 330, fill=(228, 232, 236, 255))
    p.ops.append({"t": "oval", "x": px + 50, "y": py + 20, "w": 110, "h": 140, "fill": [222, 190, 165, 255]})
    p.ops.append({"t": "oval", "x": px + 42, "y": py + 5, "w": 126, "h": 70, "fill": [35, 30, 28, 255]})
    p.poly([(px - 5, py + 300), (px + 30, py + 185), (px + 180, py + 185), (px + 215, py + 300)], fill=(40, 50, 70, 255), close=True)
    _marks(p, [m for m in marks if m in ("watermark", "copy_note")], "")
    return p


def id_back(rng: random.Random, variant: str, marks: list[str], pick=None) -> Page:
    w, h = 1012, 638
    p = Page(w, h, rng, pick=pick, bg=(236, 240, 238))
    for k in range(5):
        p.ops.append({"t": "guil", "x": 0, "y": h * (0.05 + 0.18 * k), "w": w, "h": h * 0.14, "n": 6, "freq": 0.018 + 0.004 * k,
                      "stroke": [200, 160, 120, 90], "sw": 0.8})
    p.emblem(150, 150, 90)
    p.text(330, 140, "中华人民共和国", 54, "title", anchor="l", sp=6)
    p.text(330, 250, "居 民 身 份 证", 66, "title", anchor="l", sp=8)
    reg = V.region(rng)
    auth = (reg[2] or reg[1]) + "公安局" + reg[3] + "分局" if reg[2] else reg[1] + "公安局" + reg[3] + "分局"
    if rng.random() < 0.3:
        auth = (reg[2] or reg[1]).replace("市", "") + "市公安局" + reg[3] + "分局"
    vf = V.date_between(rng, dt.date(2006, 1, 1), dt.date(2025, 12, 1))
    span = rng.choice([5, 10, 20, 20, 0])
    vt = "长期" if span == 0 else V.add_years(vf, span).isoformat()
    s = 30
    lab = (30, 30, 30, 255)
    p.text(220, 470, "签发机关", s * 0.85, "hei", lab)
    p.block("issuing_authority", 380, 470, auth, s, 580, role="hei")
    p.text(220, 545, "有效期限", s * 0.85, "hei", lab)
    vts = "长期" if vt == "长期" else vt.replace("-", ".")
    txt = f"{vf.isoformat().replace('-', '.')}-{vts}"
    p.text(380, 545, txt, s, "hei")
    wd = p.width("hei", vf.isoformat(), s)
    p.fields["valid_from"] = {"value": vf.isoformat(), "box": [380, 518, 380 + wd, 552]}
    p.fields["valid_to"] = {"value": vt, "box": [380 + wd + 10, 518, 380 + p.width("hei", txt, s), 552]}
    _marks(p, [m for m in marks if m in ("watermark", "copy_note")], "")
    return p


def other_doc(rng: random.Random, variant: str, marks: list[str], pick=None) -> Page:
    w, h = 1414, 2000
    p = Page(w, h, rng, pick=pick, bg=(251, 250, 245))
    s = 30
    if variant == "hukou":
        p.rect(100, 160, w - 200, h - 500, stroke=(150, 60, 60, 255), sw=3)
        p.text(w / 2, 130, "常住人口登记卡", 60, "title", (150, 40, 40, 255), anchor="c")
        labels = ["姓名", "户主或与户主关系", "曾用名", "性别", "出生地", "民族", "籍贯", "出生日期", "本市（县）其他住址", "宗教信仰",
                  "公民身份号码", "身高", "血型", "文化程度", "婚姻状况", "兵役状况", "服务处所", "职业"]
        y = 230
        for lab in labels:
            p.text(130, y, lab, s, "song", (150, 60, 60, 255))
            p.poly([(100, y + 25), (w - 100, y + 25)], stroke=(150, 60, 60, 160), sw=1.5)
            y += 72
        reg = V.region(rng)
        b = V.date_between(rng, dt.date(1960, 1, 1), dt.date(2010, 1, 1))
        sx = rng.choice(["男", "女"])
        vals = [V.person(rng), rng.choice(["户主", "妻", "长子", "长女"]), "", sx, reg[1] + reg[3], rng.choice(V.NATIONS) + "族", reg[1],
                f"{b.year}年{b.month}月{b.day}日", "", "", V.id_number(rng, reg[0], b, sx)]
        y = 230
        for v in vals:
            if v:
                p.text(560, y, v, s, "kai", (30, 30, 60, 255))
            y += 72
    elif variant == "marriage":
        p.text(w / 2, 150, "结婚证", 70, "title", (160, 30, 30, 255), anchor="c")
        reg = V.region(rng)
        rows = [("持证人", V.person(rng)), ("登记日期", cn_date(V.date_between(rng, dt.date(2000, 1, 1), dt.date(2025, 1, 1)))),
                ("结婚证字号", f"J{reg[0]}-{rng.randint(2000, 2024)}-{rng.randint(1, 9999):06d}"), ("备注", "")]
        y = 300
        for lab, v in rows:
            p.text(160, y, lab, s, "song")
            p.text(460, y, v, s, "song")
            y += 80
        for k in range(2):
            sx = "男" if k == 0 else "女"
            b = V.date_between(rng, dt.date(1965, 1, 1), dt.date(2000, 1, 1))
            for lab, v in (("姓名", V.person(rng)), ("性别", sx), ("国籍", "中国"), ("出生日期", cn_date(b)),
                           ("身份证件号", V.id_number(rng, V.region(rng)[0], b, sx))):
                p.text(160, y, lab, s, "song")
                p.text(460, y, v, s, "song")
                y += 70
            y += 40
        p.seal(w * 0.7, 1500, 140, reg[1] + reg[3] + "民政局", "婚姻登记专用章")
    elif variant == "receipt":
        p.text(w / 2, 150, rng.choice(["增值税普通发票", "收款收据", "非税收入统一票据"]), 56, "title", anchor="c")
        y = 300
        for _k in range(rng.randint(5, 9)):
            p.text(150, y, rng.choice(["办公用品", "打印纸", "服务费", "咨询费", "餐费", "材料费"]) + f"　×{rng.randint(1, 20)}", s, "song")
            p.text(w - 150, y, f"{rng.randint(10, 9999)}.{rng.randint(0, 99):02d}", s, "song", anchor="r")
            y += 60
        p.text(150, y + 60, "合计（大写）：" + rng.choice(["壹仟贰佰元整", "叁佰伍拾元整", "捌拾元整"]), s, "song")
        p.seal(w * 0.7, y + 250, 120, "财务专用章" + V.person(rng), "", shape="oval")
    elif variant == "letter":
        p.text(w / 2, 150, "关于补充提交申请材料的告知书", 48, "title", anchor="c")
        body = ("您单位于近日提交的办理申请，经审查，尚需补充以下材料：营业执照副本复印件、法定代表人身份证复印件、"
                "经营场所使用证明、食品经营许可证或公共场所卫生许可证（如涉及）。请于十五个工作日内携带上述材料原件到政务服务中心窗口办理。"
                "逾期未补正的，视为放弃申请。特此告知。")
        y = 300
        for _para in range(rng.randint(2, 3)):
            y = p.block(None, 150, y, body, s, w - 300, lh=1.7) + 40
        p.text(w - 200, y + 100, "政务服务中心", s, "song", anchor="r")
    else:  # blank application form
        p.text(w / 2, 150, rng.choice(["市场主体登记申请书", "办事指南", "事项申请表"]), 52, "title", anchor="c")
        y = 280
        for lab in ["申请人", "联系电话", "通讯地址", "申请事项", "材料清单", "经办人签字", "日期"]:
            p.rect(120, y - 40, w - 240, 80, stroke=(40, 40, 40, 255), sw=2)
            p.text(140, y + 10, lab, s, "song")
            y += 80
    _marks(p, marks, "")
    return p


BUILDERS = {"business_license": business_license, "public_health_license": health_license, "food_business_license": food_license,
            "id_card_front": id_front, "id_card_back": id_back, "other": other_doc}
