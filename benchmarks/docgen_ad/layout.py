"""Family AD's page layouts, in millimetres, as drawing operations for the Allegro page drawer (c/adpage.c)
and the jsPDF e-licence writer (node/adpdf.js): our own line breaking (advances from each face's hmtx),
letter-spaced labels, glyph runs split by face after a cmap check (fallback faces for missing characters),
seals with characters on an arc, a simplified national emblem, guilloche, QR modules, handwriting strokes,
watermarks.  Each page records the box of every field's value (for the capture's occlusion checks)."""

from __future__ import annotations

import math
import random
from functools import cache

from fontTools.ttLib import TTFont

FONTS = "/usr/share/fonts/truetype"
FACES = {  # role -> faces (paths); the file's face per role is picked from these by its RNG
    "song": [f"{FONTS}/arphic-gbsn00lp/gbsn00lp.ttf", f"{FONTS}/arphic/uming.ttc"],
    "hei": [f"{FONTS}/wqy/wqy-zenhei.ttc", f"{FONTS}/wqy/wqy-microhei.ttc", f"{FONTS}/droid/DroidSansFallbackFull.ttf"],
    "kai": [f"{FONTS}/arphic-gkai00mp/gkai00mp.ttf", f"{FONTS}/arphic/ukai.ttc", f"{FONTS}/lxgw-wenkai/LXGWWenKai-Regular.ttf"],
    "hand": [f"{FONTS}/lxgw-wenkai/LXGWWenKai-Light.ttf", f"{FONTS}/smiley-sans/SmileySans-Oblique.ttf"],
}
PDF_FACES = {  # jsPDF reads TrueType files, not collections
    "song": [f"{FONTS}/arphic-gbsn00lp/gbsn00lp.ttf"],
    "hei": [f"{FONTS}/droid/DroidSansFallbackFull.ttf"],
    "kai": [f"{FONTS}/arphic-gkai00mp/gkai00mp.ttf", f"{FONTS}/lxgw-wenkai/LXGWWenKai-Regular.ttf"],
    "hand": [f"{FONTS}/lxgw-wenkai/LXGWWenKai-Light.ttf"],
}
FALLBACK = [f"{FONTS}/droid/DroidSansFallbackFull.ttf", f"{FONTS}/wqy/wqy-zenhei.ttc", f"{FONTS}/lxgw-wenkai/LXGWWenKai-Regular.ttf"]
NO_START = set("，。、；：）》」』”’！？%·—")
RED = (205, 30, 35)


def all_faces() -> list[str]:
    return sorted({p for v in (*FACES.values(), *PDF_FACES.values(), FALLBACK) for p in v})


@cache
def face_info(path: str) -> tuple[dict, dict, int]:
    """(cmap codepoint -> glyph name, advance by glyph name, units per em) of a face file (index 0)."""
    f = TTFont(path, fontNumber=0, lazy=True)
    cmap = f.getBestCmap()
    hmtx = f["hmtx"].metrics
    return cmap, {g: hmtx[g][0] for g in set(cmap.values())}, f["head"].unitsPerEm


def has(path: str, ch: str) -> bool:
    return ord(ch) in face_info(path)[0]


def advance(path: str, ch: str, size: float) -> float:
    cmap, adv, upem = face_info(path)
    return adv[cmap[ord(ch)]] * size / upem


def pick_face(path: str, ch: str, pdf: bool) -> str:
    if ch == " " or has(path, ch):
        return path
    for p in (PDF_FACES["hei"] + PDF_FACES["kai"]) if pdf else FALLBACK:
        if has(p, ch):
            return p
    raise ValueError(f"no installed face has {ch!r} (U+{ord(ch):04X})")


class Page:
    """One page in mm; ops keep mm too (the drawers scale)."""

    def __init__(self, w: float, h: float, faces: dict, bg=(250, 249, 244), pdf: bool = False) -> None:
        self.w, self.h, self.bg, self.faces, self.pdf = w, h, bg, faces, pdf
        self.ops: list[tuple] = []
        self.boxes: dict[str, list[float]] = {}
        self.used: set[str] = set()

    # --- text -------------------------------------------------------------------------------------------
    def measure(self, s: str, size: float, role: str = "song", spacing: float = 0.0) -> float:
        base = self.faces[role]
        return sum(advance(pick_face(base, ch, self.pdf), ch, size) if ch != " " else size * 0.3 for ch in s) + spacing * max(len(s) - 1, 0)

    def text(self, x: float, y: float, s: str, size: float, role: str = "song", color=(20, 20, 20), alpha: int = 255,
             angle: float = 0.0, spacing: float = 0.0, key: str | None = None, anchor: str = "l") -> float:
        """A run on the baseline through (x, y) in mm (size = em in mm); returns its width."""
        base = self.faces[role]
        w = self.measure(s, size, role, spacing)
        if anchor == "c":
            x -= w / 2 * math.cos(angle)
            y -= w / 2 * math.sin(angle)
        elif anchor == "r":
            x -= w
        runs: list[tuple[str, list]] = []
        pos = 0.0
        for ch in s:
            if ch == " ":
                pos += size * 0.3 + spacing
                continue
            face = pick_face(base, ch, self.pdf)
            self.used.add(face)
            if not runs or runs[-1][0] != face:
                runs.append((face, []))
            runs[-1][1].append((ord(ch), pos))
            pos += advance(face, ch, size) + spacing
        for face, glyphs in runs:
            self.ops.append(("T", face, size, color, alpha, angle, x, y, glyphs))
        if key:
            box = [x, y - size * 0.9, x + w, y + size * 0.2]
            old = self.boxes.get(key)
            self.boxes[key] = box if old is None else [min(old[0], box[0]), min(old[1], box[1]), max(old[2], box[2]), max(old[3], box[3])]
        return w

    def spread(self, x: float, y: float, label: str, size: float, width: float, role: str = "hei", color=(20, 20, 20)) -> None:
        """A label letter-spaced to a fixed width, as 名　　称 / 住　　所 on licences."""
        if len(label) <= 1:
            self.text(x, y, label, size, role, color)
            return
        natural = self.measure(label, size, role)
        sp = max((width - natural) / (len(label) - 1), 0.0)
        self.text(x, y, label, size, role, color, spacing=sp)

    def wrap(self, s: str, size: float, width: float, role: str = "song") -> list[str]:
        """Greedy CJK line breaking: any character may end a line except that closing punctuation never
        starts one and Latin/digit runs stay whole."""
        tokens: list[str] = []
        for ch in s:
            if tokens and ch.isascii() and ch.isalnum() and tokens[-1][-1:].isascii() and tokens[-1][-1:].isalnum():
                tokens[-1] += ch
            else:
                tokens.append(ch)
        lines, cur = [], ""
        for t in tokens:
            if cur and self.measure(cur + t, size, role) > width and t not in NO_START:
                lines.append(cur)
                cur = t
            else:
                cur += t
        if cur:
            lines.append(cur)
        return lines

    def para(self, x: float, y: float, s: str, size: float, width: float, lead: float, role: str = "song",
             key: str | None = None, color=(20, 20, 20), max_lines: int = 99) -> float:
        lines = self.wrap(s, size, width, role)
        if len(lines) > max_lines:  # shrink rather than cut: the truth is the whole text
            return self.para(x, y, s, size * 0.9, width, lead * 0.9, role, key, color, max_lines)
        for i, ln in enumerate(lines):
            self.text(x, y + i * lead, ln, size, role, color, key=key)
        return y + (len(lines) - 1) * lead

    # --- shapes ------------------------------------------------------------------------------------------
    def line(self, x1, y1, x2, y2, color=(20, 20, 20), th=0.3, alpha=255):
        self.ops.append(("L", x1, y1, x2, y2, color, alpha, th))

    def rect(self, x1, y1, x2, y2, color=(20, 20, 20), th=0.3, alpha=255):
        self.ops.append(("R", x1, y1, x2, y2, color, alpha, th))

    def circle(self, cx, cy, r, color=RED, th=0.6, alpha=255):
        self.ops.append(("C", cx, cy, r, color, alpha, th))

    def ellipse(self, cx, cy, rx, ry, color, th=0.0, alpha=255):
        self.ops.append(("E", cx, cy, rx, ry, color, alpha, th))

    def poly(self, pts, color, th=0.3, alpha=255):
        self.ops.append(("S", [c for p in pts for c in p], color, alpha, th))

    def fill(self, pts, color, alpha=255):
        self.ops.append(("G", [c for p in pts for c in p], color, alpha))

    def star(self, cx, cy, r, color, rot=-math.pi / 2, alpha=255):
        pts = []
        for k in range(10):
            rr = r if k % 2 == 0 else r * 0.382
            a = rot + k * math.pi / 5
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        # as 5 triangles + a pentagon so the polygon filler never sees a concave shape
        self.fill([pts[1], pts[3], pts[5], pts[7], pts[9]], color, alpha)
        for k in range(0, 10, 2):
            self.fill([pts[k - 1], pts[k], pts[(k + 1) % 10]], color, alpha)

    def qr(self, x, y, size, data: str):
        import qrcode

        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(data)
        q.make(fit=True)
        m = q.get_matrix()
        n = len(m)
        self.ops.append(("Q", x, y, size / n, n, "".join("1" if v else "0" for row in m for v in row)))
        self.rect(x - size * 0.04, y - size * 0.04, x + size * 1.04, y + size * 1.04, (250, 250, 250), 0, 0)

    # --- marks -------------------------------------------------------------------------------------------
    def arc_text(self, cx, cy, r, s, size, a0, a1, color=RED, role="song", alpha=235):
        """Characters on an arc from angle a0 to a1 (radians, clockwise on the page), each upright to the
        centre: one glyph run per character, rotated by its own angle."""
        n = len(s)
        for i, ch in enumerate(s):
            a = a0 + (a1 - a0) * (i + 0.5) / n
            w = self.measure(ch, size, role)
            px, py = cx + r * math.cos(a), cy + r * math.sin(a)
            rot = a + math.pi / 2
            # centre the glyph on the arc point: back off half its width along the tangent
            self.text(px - w / 2 * math.cos(rot), py - w / 2 * math.sin(rot), ch, size, role, color, alpha, angle=rot)

    def seal(self, cx, cy, r, name: str, bottom: str = "", color=RED, rng: random.Random | None = None, role="song"):
        alpha = 215 if rng is None else rng.randint(170, 235)
        self.circle(cx, cy, r, color, r * 0.06, alpha)
        self.star(cx, cy, r * 0.28, color, alpha=alpha)
        n = len(name)
        span = min(math.radians(12 * n + 100), math.radians(250))
        size = min(r * 0.30, 2 * math.pi * r * 0.72 * (span / (2 * math.pi)) / max(n, 1) * 0.95)
        self.arc_text(cx, cy, r * 0.74, name, size, -math.pi / 2 - span / 2, -math.pi / 2 + span / 2, color, role, alpha)
        if bottom:
            self.text(cx, cy + r * 0.62, bottom, r * 0.18, role, color, alpha, anchor="c")

    def emblem(self, cx, cy, r):
        """The national emblem, simplified: red field, gold ring of wheat, gate, five stars, cog."""
        gold = (226, 177, 60)
        red = (200, 32, 36)
        self.circle(cx, cy, r, gold, 0, 255)
        self.circle(cx, cy, r * 0.80, red, 0, 255)
        for k in range(22):  # wheat ears around the ring
            a = math.pi * 0.15 + k * (math.pi * 1.7 / 21)
            self.ellipse(cx + r * 0.9 * math.cos(a), cy + r * 0.9 * math.sin(a), r * 0.10, r * 0.06, (240, 200, 90))
        self.star(cx - r * 0.05, cy - r * 0.42, r * 0.22, gold)
        for k, a in enumerate((-2.4, -2.0, -1.5, -1.0)):
            self.star(cx + r * 0.42 + r * 0.22 * math.cos(a) * 0 - 0.0 * k, cy - r * 0.55 + k * r * 0.14, r * 0.07, gold)
        self.rect(cx - r * 0.5, cy - r * 0.05, cx + r * 0.5, cy + r * 0.05, gold, 0)
        self.rect(cx - r * 0.42, cy + r * 0.05, cx + r * 0.42, cy + r * 0.32, gold, 0)
        for k in range(5):
            gx = cx - r * 0.32 + k * r * 0.16
            self.rect(gx - r * 0.03, cy + r * 0.14, gx + r * 0.03, cy + r * 0.30, red, 0)
        self.rect(cx - r * 0.55, cy + r * 0.32, cx + r * 0.55, cy + r * 0.40, gold, 0)
        self.circle(cx, cy + r * 0.62, r * 0.14, gold, 0)
        self.circle(cx, cy + r * 0.62, r * 0.06, red, 0)

    def guilloche(self, x0, y0, x1, y1, color, rng: random.Random, band=6.0, waves=3):
        """Interlaced sine bands along the four sides of a frame."""
        for k in range(waves):
            ph = rng.random() * 6.28
            amp = band * (0.25 + 0.1 * k)
            for side in range(4):
                pts = []
                n = 160
                for i in range(n + 1):
                    t = i / n
                    if side == 0:
                        bx, by, nx, ny = x0 + (x1 - x0) * t, y0 + band / 2, 0, 1
                    elif side == 1:
                        bx, by, nx, ny = x1 - band / 2, y0 + (y1 - y0) * t, 1, 0
                    elif side == 2:
                        bx, by, nx, ny = x0 + (x1 - x0) * t, y1 - band / 2, 0, 1
                    else:
                        bx, by, nx, ny = x0 + band / 2, y0 + (y1 - y0) * t, 1, 0
                    d = amp * math.sin(t * 2 * math.pi * 28 + ph + k * 2.1)
                    pts.append((bx + nx * d, by + ny * d))
                self.poly(pts, color, 0.18, 200)
        self.rect(x0, y0, x1, y1, color, 0.5)
        self.rect(x0 + band, y0 + band, x1 - band, y1 - band, color, 0.3)

    def waves(self, x0, y0, x1, y1, color, rng: random.Random, n=14, alpha=90):
        for k in range(n):
            y = y0 + (y1 - y0) * (k + 0.5) / n
            ph = rng.random() * 6.28
            pts = [(x0 + (x1 - x0) * i / 80, y + 1.6 * math.sin(i / 80 * 18 + ph)) for i in range(81)]
            self.poly(pts, color, 0.15, alpha)

    def scribble(self, x, y, w, h, rng: random.Random, color=(25, 35, 120), th=0.45):
        """A signature: a few connected loops drawn as one smooth stroke."""
        pts = []
        n = rng.randint(3, 5)
        for k in range(n * 12 + 1):
            t = k / 12
            px = x + w * t / n + w * 0.08 * math.sin(t * 6.28 * 1.3 + rng.random() * 0.2)
            py = y + h * 0.5 * math.sin(t * 6.28 + k * 0.02) * (0.6 + 0.4 * math.sin(t * 2.1))
            pts.append((px, py))
        self.poly(pts, color, th, 230)
        self.line(x - w * 0.05, y + h * 0.6, x + w * 1.05, y + h * 0.3, color, th * 0.8, 200)

    def watermark(self, s: str, size: float, rng: random.Random, angle: float = -0.5, color=(120, 120, 120), alpha=70):
        """Diagonal text repeated across the page (crossing the rows of fields)."""
        step_y = size * 4.5
        w = self.measure(s, size, "hei") + size * 3
        y = -self.h * 0.3
        row = 0
        while y < self.h * 1.4:
            x = -self.w * 0.4 + (row % 2) * w / 2
            while x < self.w * 1.2:
                self.text(x, y, s, size, "hei", color, alpha, angle=angle)
                x += w
            y += step_y
            row += 1

    def copy_note(self, x, y, rng: random.Random, date: str):
        """复印件与原件一致 in a rubber-stamp frame, a signature over it and a handwritten date."""
        c = (30, 40, 140) if rng.random() < 0.6 else (20, 20, 20)
        self.rect(x, y, x + 52, y + 11, c, 0.5, 200)
        self.text(x + 26, y + 8, "复印件与原件一致", 6.0, "kai", c, 210, anchor="c")
        self.scribble(x + 10, y + 17, 26, 6, rng)
        self.text(x + 4, y + 27, date, 4.2, "hand", (30, 40, 140), 220, angle=-0.03)

    def stamp(self, x, y, s: str, rng: random.Random, color=RED):
        a = rng.uniform(-0.25, 0.25)
        w = self.measure(s, 6.0, "hei") + 6
        ca, sa = math.cos(a), math.sin(a)
        corners = [(0, 0), (w, 0), (w, 11), (0, 11), (0, 0)]
        self.poly([(x + cx * ca - cy * sa, y + cx * sa + cy * ca) for cx, cy in corners], color, 0.8, 200)
        self.text(x + 3 * ca - 8 * sa, y + 3 * sa + 8 * ca, s, 6.0, "hei", color, 200, angle=a)


# ------------------------------------------------------------------------------------------------------------
def zh_date(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{y}年{m}月{dd}日"


def licence_frame(p: Page, rng: random.Random, color=(150, 110, 60)):
    p.guilloche(6, 6, p.w - 6, p.h - 6, color, rng, band=min(p.w, p.h) * 0.03)


def business_license(p: Page, v: dict, rng: random.Random, copy: bool) -> None:
    W, H = p.w, p.h
    licence_frame(p, rng)
    s = W / 297  # scale of the template
    p.emblem(W / 2, 30 * s, 13 * s)
    p.text(W / 2, 62 * s, "营 业 执 照", 17 * s, "song", (20, 20, 20), anchor="c")
    if copy:
        p.text(W / 2, 72 * s, "（副　本）", 7 * s, "song", anchor="c")
    p.text(20 * s, 34 * s, "统一社会信用代码", 4.6 * s, "hei")
    p.text(20 * s, 41 * s, v["credit_code"], 5.2 * s, "hei", key="credit_code")
    p.text(W - 20 * s, 34 * s, "证照编号：" + v["serial"], 3.6 * s, "hei", anchor="r")
    fs = 4.4 * s
    lw = fs * 5.2
    L = v["labels"]
    if W > H:  # 正本 landscape: two columns, scope under the left one
        qs = 26 * s
        p.qr(W - 48 * s, 60 * s, qs, "http://www.gsxt.gov.cn/index?uniscid=" + v["credit_code"])
        p.para(W - 62 * s, 60 * s + qs + 6 * s, "扫描二维码登录\u201c国家企业信用信息公示系统\u201d了解更多登记、备案、许可、监管信息。", 2.6 * s, 40 * s, 3.4 * s, "song")
        xl, xr = 28 * s, W * 0.52
        y = 88 * s
        rows_l = [("name", L["name"], v["name"]), ("entity_type", "类　　型", v["entity_type"]), ("legal_representative", L["rep"], v["legal_representative"])]
        rows_r = [(k, lab, val) for k, lab, val in (("registered_capital", "注册资本", v["registered_capital"]), ("established_date", L["est"], zh_date(v["established_date"])),
                  ("valid_to", "营业期限", v["period"]), ("address", L["addr"], v["address"])) if lab]
        if v["entity_type"] == "个体工商户":
            rows_l.insert(2, ("", "组成形式", v["form"]))
        yl = y
        for key, lab, val in rows_l:
            p.spread(xl, yl, lab, fs, lw, "hei")
            yl = p.para(xl + lw + 3 * s, yl, val, fs, xr - xl - lw - 10 * s, fs * 1.45, "song", key or None) + fs * 2.2
        p.spread(xl, yl, "经营范围", fs, lw, "hei")
        p.para(xl + lw + 3 * s, yl, v["business_scope"], fs * 0.92, xr - xl - lw - 10 * s, fs * 1.4, "song", "business_scope", max_lines=10)
        yr = y
        for key, lab, val in rows_r:
            if key == "registered_capital" and not val:
                continue
            p.spread(xr, yr, lab, fs, lw, "hei")
            yr = p.para(xr + lw + 3 * s, yr, val, fs, W - xr - lw - 70 * s, fs * 1.45, "song", key) + fs * 2.2
        sx, sy = W - 70 * s, H - 45 * s
    else:  # 副本 portrait: one column
        qs = 22 * s
        p.qr(W - 42 * s, 78 * s, qs, "http://www.gsxt.gov.cn/index?uniscid=" + v["credit_code"])
        x = 20 * s
        y = 108 * s
        rows = [("name", L["name"], v["name"]), ("entity_type", "类　　型", v["entity_type"]), ("legal_representative", L["rep"], v["legal_representative"])]
        if v["entity_type"] == "个体工商户":
            rows.append(("", "组成形式", v["form"]))
        if v["registered_capital"]:
            rows.append(("registered_capital", "注册资本", v["registered_capital"]))
        rows.append(("established_date", L["est"], zh_date(v["established_date"])))
        if v["period"]:
            rows.append(("valid_to", "营业期限", v["period"]))
        rows.append(("address", L["addr"], v["address"]))
        for key, lab, val in rows:
            p.spread(x, y, lab, fs, lw, "hei")
            y = p.para(x + lw + 3 * s, y, val, fs, W - x - lw - 24 * s, fs * 1.45, "song", key or None) + fs * 2.1
        p.spread(x, y, "经营范围", fs, lw, "hei")
        p.para(x + lw + 3 * s, y, v["business_scope"], fs * 0.92, W - x - lw - 24 * s, fs * 1.4, "song", "business_scope", max_lines=14)
        sx, sy = W - 62 * s, H - 40 * s
    p.text(sx - 24 * s, sy, "登记机关", fs, "hei")
    p.text(sx, sy + 12 * s, zh_date(v["issue_date"]), fs * 0.95, "song")
    p.seal(sx + 14 * s, sy + 4 * s, 19 * s, v["authority"], "", rng=rng)
    p.text(W / 2, H - 14 * s, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 2.8 * s, "song", anchor="c")
    p.text(W / 2, H - 9.5 * s, "国家市场监督管理总局监制", 2.6 * s, "song", anchor="c")


def health_license(p: Page, v: dict, rng: random.Random) -> None:
    W, H = p.w, p.h
    licence_frame(p, rng, (60, 110, 150))
    p.emblem(W / 2, 34, 12)
    p.text(W / 2, 64, v["title"], 11, "song", anchor="c")
    p.text(W / 2, 78, v["license_no"], 4.4, "song", anchor="c", key="license_no")
    x0, x1 = 22, W - 22
    lw = 44
    y = 90
    rows = [("name", "单位名称", v["name"]), ("legal_representative", "法定代表人（负责人）", v["legal_representative"]),
            ("address", v["addr_label"], v["address"]), ("license_items", "许可项目", v["license_items"]),
            ("valid", "有效期限", f"自{zh_date(v['valid_from'])}至{zh_date(v['valid_to'])}")]
    for key, lab, val in rows:
        lines = p.wrap(val, 4.6, x1 - x0 - lw - 6, "song")
        hgt = max(16, 7 + len(lines) * 6.6)
        p.rect(x0, y, x1, y + hgt, (40, 40, 40), 0.35)
        p.line(x0 + lw, y, x0 + lw, y + hgt, (40, 40, 40), 0.35)
        lab_lines = p.wrap(lab, 4.4, lw - 6, "hei")
        for i, ll in enumerate(lab_lines):
            p.spread(x0 + 3, y + hgt / 2 + 1.6 - (len(lab_lines) - 1) * 3 + i * 6, ll, 4.4, lw - 6 if len(lab_lines) == 1 and len(ll) <= 4 else p.measure(ll, 4.4, "hei"), "hei")
        if key == "valid":
            x = x0 + lw + 3
            yy = y + hgt / 2 + 1.6
            x += p.text(x, yy, "自", 4.6, "song")
            x += p.text(x, yy, zh_date(v["valid_from"]), 4.6, "song", key="valid_from")
            x += p.text(x, yy, "至", 4.6, "song")
            p.text(x, yy, zh_date(v["valid_to"]), 4.6, "song", key="valid_to")
        else:
            p.para(x0 + lw + 3, y + 7.5 + max(0, (hgt - 7 - len(lines) * 6.6) / 2), val, 4.6, x1 - x0 - lw - 6, 6.6, "song", key)
        y += hgt
    p.text(W - 80, H - 48, "发证机关（盖章）", 4.4, "hei")
    p.text(W - 78, H - 36, zh_date(v["issue_date"]), 4.4, "song")
    p.seal(W - 62, H - 44, 19, v["authority"], "", rng=rng)
    p.text(24, H - 20, "本证有效期四年，有效期满前三十日内申请复核。", 3.2, "song")


def food_license(p: Page, v: dict, rng: random.Random, copy: bool) -> None:
    W, H = p.w, p.h
    licence_frame(p, rng, (40, 120, 80))
    s = W / 297 if W > H else W / 210
    p.emblem(W / 2, 26 * s, 11 * s)
    p.text(W / 2, 52 * s, "食品经营许可证", 12 * s, "song", anchor="c")
    if copy:
        p.text(W / 2, 61 * s, "（副　本）", 5 * s, "song", anchor="c")
    fs = 4.0 * s
    lw = fs * 10.5
    rows = [("name", "经营者名称", v["name"]), ("credit_code", "社会信用代码（身份证号码）", v["credit_code"]),
            ("legal_representative", "法定代表人（负责人）", v["legal_representative"]), ("address", "住　　所", v["address"]),
            ("premises_address", "经营场所", v["premises_address"]), ("business_form", "主体业态", v["business_form"]),
            ("business_items", "经营项目", v["business_items"])]
    if W > H:
        x, xr = 20 * s, W * 0.62
        width = xr - x - lw - 8 * s
    else:
        x, xr = 16 * s, None
        width = W - x - lw - 20 * s
    y = 72 * s
    for key, lab, val in rows:
        if len(lab) > 6:
            p.text(x, y, lab[:6], fs * 0.9, "hei")
            p.text(x, y + fs * 1.2, lab[6:], fs * 0.9, "hei")
        else:
            p.spread(x, y, lab, fs, fs * 5, "hei")
        y = p.para(x + lw, y, val, fs, width, fs * 1.45, "song", key, max_lines=8) + fs * 2.4
    right = [("许可证编号", v["license_no"], "license_no"), ("日常监督管理机构", v["authority"], None),
             ("日常监督管理人员", v["inspector"], None), ("投诉举报电话", "12315", None), ("有效期至", zh_date(v["valid_to"]), "valid_to")]
    if xr is None:
        xr, yr = x, y + fs
        vx = xr + lw
    else:
        yr = 72 * s
        vx = xr + fs * 8.5
    for lab, val, key in right:
        p.text(xr, yr, lab, fs * 0.9, "hei")
        p.text(vx, yr, val, fs, "song", key=key)
        yr += fs * 2.6
    p.qr(W - 44 * s, 18 * s, 22 * s, "https://spjg.samr.gov.cn/flzs?no=" + v["license_no"])
    sx, sy = W - 60 * s, H - 40 * s
    p.text(sx - 30 * s, sy, "发证机关：", fs, "hei")
    p.text(sx - 30 * s, sy + 8 * s, "签发人：" + v["signer"], fs, "song")
    p.text(sx - 6 * s, sy + 16 * s, zh_date(v["issue_date"]), fs, "song")
    p.seal(sx + 8 * s, sy + 4 * s, 17 * s, v["seal"], "", rng=rng)
    p.text(W / 2, H - 10 * s, "监制：国家市场监督管理总局", 2.8 * s, "song", anchor="c")


def id_front(p: Page, v: dict, rng: random.Random) -> None:
    W, H = p.w, p.h
    p.rect(0, 0, W, H, (236, 240, 236), 0)
    p.waves(2, 2, W - 2, H - 2, (160, 190, 200), rng, 18, 110)
    p.rect(W - 30, 8, W - 5, 42, (230, 232, 232), 0)  # the photo: head and shoulders kept inside its box
    sh = [(W - 17.5 + 11 * math.cos(a), 42 - 8 * math.sin(a)) for a in (k * math.pi / 24 for k in range(25))]
    p.fill(sh, (60, 70, 110))
    p.ellipse(W - 17.5, 23, 6, 7.5, (70, 60, 55))
    lab = (60, 110, 160)
    fs, vs = 2.7, 3.4
    p.spread(5, 10, "姓名", fs, fs * 3, "hei", lab)
    p.text(15, 10, v["name"], vs + 0.4, "hei", key="name")
    p.spread(5, 17, "性别", fs, fs * 3, "hei", lab)
    p.text(15, 17, v["sex"], vs, "hei", key="sex")
    p.text(26, 17, "民族", fs, "hei", lab)
    p.text(34, 17, v["nation"], vs, "hei", key="nation")
    y, m, d = v["birth_date"].split("-")
    p.spread(5, 24, "出生", fs, fs * 3, "hei", lab)
    x = 15
    x += p.text(x, 24, y, vs, "hei", key="birth_date") + 1
    x += p.text(x, 24, "年", fs, "hei", lab) + 1
    x += p.text(x, 24, str(int(m)), vs, "hei", key="birth_date") + 1
    x += p.text(x, 24, "月", fs, "hei", lab) + 1
    x += p.text(x, 24, str(int(d)), vs, "hei", key="birth_date") + 1
    p.text(x, 24, "日", fs, "hei", lab)
    p.spread(5, 31, "住址", fs, fs * 3, "hei", lab)
    p.para(15, 31, v["address"], vs, 38, 4.4, "hei", "address")
    p.text(5, 48, "公民身份号码", fs, "hei", lab)
    p.text(25, 48, v["id_number"], 3.9, "hei", key="id_number", spacing=0.35)


def id_back(p: Page, v: dict, rng: random.Random) -> None:
    W, H = p.w, p.h
    p.rect(0, 0, W, H, (238, 238, 230), 0)
    p.waves(2, 2, W - 2, H - 2, (200, 170, 140), rng, 16, 100)
    p.emblem(14, 14, 9)
    p.text(52, 16, "中华人民共和国", 5.0, "song", (30, 30, 30), spacing=0.9, anchor="c")
    p.text(52, 28, "居民身份证", 7.2, "hei", (30, 30, 30), spacing=1.6, anchor="c")
    lab = (60, 60, 60)
    p.text(18, 41, "签发机关", 2.8, "hei", lab)
    p.text(32, 41, v["issuing_authority"], 3.2, "hei", key="issuing_authority")
    p.text(18, 48, "有效期限", 2.8, "hei", lab)
    vf = v["valid_from"].replace("-", ".")
    vt = v["valid_to"].replace("-", ".") if v["valid_to"] != "长期" else "长期"
    x = 32
    x += p.text(x, 48, vf, 3.2, "hei", key="valid_from")
    x += p.text(x, 48, "-", 3.2, "hei")
    p.text(x, 48, vt, 3.2, "hei", key="valid_to")


def other_page(p: Page, v: dict, rng: random.Random) -> None:
    """Documents that are none of the five kinds: 户口簿 page, 结婚证, a receipt, an application form, a notice."""
    W, H = p.w, p.h
    sub = v["sub"]
    if sub == "household":
        p.text(W / 2, 18, "常住人口登记卡", 8, "song", anchor="c")
        rows = [("姓名", v["name"]), ("户主或与户主关系", v["rel"]), ("性别", v["sex"]), ("民族", v["nation"] + "族"),
                ("出生日期", zh_date(v["birth"])), ("公民身份号码", v["id_number"]), ("籍贯", v["native"]),
                ("服务处所", v["work"]), ("何时由何地迁来本址", v["moved"])]
        y = 30
        for lab, val in rows:
            p.rect(14, y, W - 14, y + 12, (120, 60, 60), 0.3)
            p.line(58, y, 58, y + 12, (120, 60, 60), 0.3)
            p.text(17, y + 8, lab, 3.6, "song", (120, 60, 60))
            p.text(61, y + 8, val, 4.2, "kai", (30, 30, 50))
            y += 12
        p.seal(W - 40, y - 30, 16, v["seal"], "户口专用章", rng=rng)
    elif sub == "marriage":
        p.text(W / 2, 20, "结婚证", 10, "song", (160, 30, 30), anchor="c")
        y = 36
        for lab, val in (("持证人", v["name"]), ("登记日期", zh_date(v["date"])), ("结婚证字号", v["no"]), ("备注", "")):
            p.text(18, y, lab, 4, "song")
            p.text(50, y, val, 4.4, "kai")
            y += 10
        for who in (v["p1"], v["p2"]):
            for lab, val in (("姓名", who["name"]), ("性别", who["sex"]), ("国籍", "中国"), ("出生日期", zh_date(who["birth"])), ("身份证件号", who["id_number"])):
                p.text(18, y, lab, 3.8, "song")
                p.text(50, y, val, 4.2, "kai")
                y += 8
            y += 4
        p.seal(W - 40, H - 40, 17, v["seal"], "婚姻登记专用章", rng=rng)
    elif sub == "receipt":
        p.text(W / 2, 16, "收　款　收　据", 7, "song", anchor="c")
        p.text(14, 28, "今收到  " + v["payer"], 4.4, "kai")
        p.text(14, 40, "交来：" + v["item"], 4.4, "kai")
        p.text(14, 52, "人民币（大写）" + v["amount_cn"] + "　　¥" + v["amount"], 4.4, "kai")
        p.text(14, 64, "收款单位（盖章）　　　收款人：" + v["name"], 4, "song")
        p.text(W - 60, 16, "NO." + v["no"], 4, "hei", (180, 30, 30))
        p.seal(W - 40, 58, 14, v["seal"], "财务专用章", rng=rng)
    elif sub == "form":
        p.text(W / 2, 22, v["title"], 6.5, "song", anchor="c")
        y = 36
        for lab in v["rows"]:
            p.rect(16, y, W - 16, y + 12, (30, 30, 30), 0.3)
            p.line(64, y, 64, y + 12, (30, 30, 30), 0.3)
            p.text(19, y + 8, lab, 3.8, "song")
            if rng.random() < 0.5:
                p.text(68, y + 8, v["filler"].get(lab, ""), 4.2, "hand", (30, 40, 120))
            y += 12
        p.para(16, y + 10, "申请人承诺：以上填写内容及所附材料真实有效，如有虚假，愿承担相应法律责任。", 3.8, W - 32, 6, "song")
        p.text(W - 80, y + 30, "申请人（签字）：", 3.8, "song")
        p.scribble(W - 44, y + 27, 26, 5, rng)
    else:
        p.text(W / 2, 24, v["title"], 7, "song", anchor="c")
        p.para(20, 42, v["body"], 4.4, W - 40, 8, "song")
        p.text(W - 90, 180, v["signer"], 4.4, "song")
        p.text(W - 90, 190, zh_date(v["date"]), 4.4, "song")
        p.seal(W - 60, 180, 17, v["seal"], "", rng=rng)
