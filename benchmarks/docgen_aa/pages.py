"""Family AA page layouts: each document kind as a list of drawing commands (in millimetres here,
pixels for the OCaml writer), with the faces chosen by file path and every string checked against the
face's cmap (falling back to another face when a character is missing)."""

from __future__ import annotations

import functools
import random
from pathlib import Path

FACES = {
    "song": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "hei": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "kai": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
    "wenkai": "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "smiley": "/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf",
    "babel": "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf",
}
FALLBACK = ["hei", "song", "wenkai", "babel"]


@functools.cache
def cmap(face: str) -> frozenset:
    from fontTools.ttLib import TTFont

    f = TTFont(FACES[face], lazy=True, fontNumber=0)
    return frozenset(f.getBestCmap().keys())


def available() -> list[str]:
    return [k for k, p in FACES.items() if Path(p).exists()]


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(ord(c) in cm for c in text if c not in " \u3000")


def pick_face(face: str, text: str) -> str:
    if covers(face, text):
        return face
    for f in FALLBACK:
        if f != face and Path(FACES[f]).exists() and covers(f, text):
            return f
    raise ValueError(f"no installed face covers {text!r}")


def clean(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ")


class Page:
    """Collects commands for one page of w×h mm drawn at `dpi`."""

    def __init__(self, w_mm: float, h_mm: float, dpi: float, paper=(250, 249, 244), pdf: bool = False):
        self.w, self.h, self.dpi = w_mm, h_mm, dpi
        self.k = dpi / 25.4
        self.wpx, self.hpx = round(w_mm * self.k), round(h_mm * self.k)
        head = f"PDF\t{self.wpx}\t{self.hpx}\t{dpi}" if pdf else f"PAGE\t{self.wpx}\t{self.hpx}\t{paper[0]}\t{paper[1]}\t{paper[2]}"
        self.ops: list[str] = [head]
        self.faces_used: set[str] = set()
        self.pdf = pdf
        self.boxes_mm: dict[str, tuple] = {}
        self.pdf_face = ""

    def p(self, v: float) -> str:
        return f"{v * self.k:.2f}"

    def _face(self, face: str, text: str) -> str:
        if self.pdf_face:  # an e-licence embeds one whole face file: use it wherever it covers the text
            face = self.pdf_face
        f = pick_face(face, text)
        self.faces_used.add(f)
        return f

    def text(self, key, face, size, x, y, w, h, text, lh=None, sp=0.0, align=0, col=(20, 20, 20), a=1.0):
        text = clean(text)
        f = self._face(face, text)
        lh = size * 1.35 if lh is None else lh
        self.ops.append("\t".join(["TEXT", key or "-", f, "hei" if f != "hei" else "song", self.p(size), self.p(x), self.p(y),
                                   self.p(w), self.p(h), self.p(lh), self.p(sp), str(align),
                                   *(str(c) for c in col), f"{a}", text]))
        if key:
            self.boxes_mm[key] = (x, y, x + w, y + max(h, size))

    def label(self, face, size, x, y, w, text, col=(20, 20, 20)):
        """a letter-spaced label spread over w (名　　称)."""
        self.text(None, face, size, x, y, w, 0, text, align=2 if len(text) > 1 else 0, col=col)

    def rtext(self, face, size, cx, cy, ang, text, col=(0, 0, 0), a=1.0, mult=False):
        text = clean(text)
        f = self._face(face, text)
        self.ops.append("\t".join(["RTEXT", f, str(max(6, round(size * self.k))), self.p(cx), self.p(cy), f"{ang}",
                                   *(str(c) for c in col), f"{a}", "1" if mult else "0", text]))

    def rect(self, x, y, w, h, col, a=1.0, mult=False):
        self.ops.append("\t".join(["RECT", self.p(x), self.p(y), self.p(w), self.p(h), *(str(c) for c in col), f"{a}", "1" if mult else "0"]))

    def frame(self, x, y, w, h, t, col=(30, 30, 30), a=1.0):
        self.ops.append("\t".join(["FRAME", self.p(x), self.p(y), self.p(w), self.p(h), self.p(t), *(str(c) for c in col), f"{a}"]))

    def line(self, x1, y1, x2, y2, t, col=(30, 30, 30), a=1.0):
        self.ops.append("\t".join(["LINE", self.p(x1), self.p(y1), self.p(x2), self.p(y2), self.p(t), *(str(c) for c in col), f"{a}"]))

    def circle(self, cx, cy, r, t, col, a=1.0, mult=False):
        self.ops.append("\t".join(["CIRCLE", self.p(cx), self.p(cy), self.p(r), self.p(t), *(str(c) for c in col), f"{a}", "1" if mult else "0"]))

    def seal(self, cx, cy, r, text, bottom="", col=(215, 35, 40), a=0.82, face="song"):
        f = self._face(face, text + bottom)
        self.ops.append("\t".join(["SEAL", self.p(cx), self.p(cy), self.p(r), f, clean(text), clean(bottom), *(str(c) for c in col), f"{a}"]))

    def emblem(self, cx, cy, r):
        self.ops.append("\t".join(["EMBLEM", self.p(cx), self.p(cy), self.p(r)]))

    def qr(self, x, y, size, data: str):
        import qrcode

        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(data)
        q.make(fit=True)
        m = q.get_matrix()
        rows = "/".join("".join("1" if b else "0" for b in row) for row in m)
        self.ops.append("\t".join(["QR", self.p(x), self.p(y), self.p(size / len(m)), rows]))

    def guill(self, x, y, w, h, col):
        self.ops.append("\t".join(["GUILL", self.p(x), self.p(y), self.p(w), self.p(h), *(str(c) for c in col), "1"]))

    def wave(self, x, y, w, h, col, seed):
        self.ops.append("\t".join(["WAVE", self.p(x), self.p(y), self.p(w), self.p(h), *(str(c) for c in col), "1", str(seed)]))

    def portrait(self, x, y, w, h, seed):
        self.ops.append("\t".join(["PORTRAIT", self.p(x), self.p(y), self.p(w), self.p(h), str(seed)]))

    def hand(self, face, size, x, y, text, col=(25, 35, 120), seed=1):
        text = clean(text)
        f = self._face(face, text)
        self.ops.append("\t".join(["HAND", f, str(round(size * self.k)), self.p(x), self.p(y), *(str(c) for c in col), "0.92", str(seed), text]))

    def sign(self, x, y, w, h, col=(25, 35, 120), seed=1):
        self.ops.append("\t".join(["SIGN", self.p(x), self.p(y), self.p(w), self.p(h), *(str(c) for c in col), "0.9", str(seed)]))

    def script(self, out: str) -> str:
        fonts = [f"FONT\t{f}\t{FACES[f]}" for f in sorted(self.faces_used | {"hei", "song"})]
        return "\n".join(fonts + self.ops + [f"END\t{out}"]) + "\n"


# ---------------------------------------------------------------- documents

INK = (22, 22, 24)
LABEL = (40, 40, 40)


def _scope_lines(p: Page, key, face, size, x, y, w, h, text):
    p.text(key, face, size, x, y, w, h, text, lh=size * 1.45)


def business_license(p: Page, v: dict, r: random.Random, face: str, copy: bool) -> None:
    """营业执照 2019 national template: 正本 landscape (copy=False) or 副本 portrait (copy=True)."""
    W, H = p.w, p.h
    p.guill(8, 8, W - 16, 5, (190, 140, 60))
    p.guill(8, H - 13, W - 16, 5, (190, 140, 60))
    p.frame(6, 6, W - 12, H - 12, 0.8, (190, 140, 60))
    p.emblem(W / 2, 30 if not copy else 28, 15)
    p.text(None, "song", 15 if not copy else 13, W / 2 - 45, 48, 90, 0, "营业执照", align=2, col=(20, 20, 20))
    if copy:
        p.text(None, "song", 6, W / 2 - 15, 64, 30, 0, "（副　本）", align=1)
        p.text(None, "hei", 3.2, W / 2 - 25, 71, 50, 0, f"（{v['copy_no']}－{r.randint(1, 3)}）", align=1)
    # 统一社会信用代码 top-left
    cy = 42 if not copy else 40
    p.text(None, "song", 3.6, 14, cy, 60, 0, "统一社会信用代码", align=0)
    p.text("credit_code", "hei", 4.2, 14, cy + 6, 70, 0, v["credit_code"])
    p.qr(W - 50 if not copy else W - 48, cy - 8 if not copy else 36, 26, "http://www.gsxt.gov.cn/" + v["credit_code"])
    p.text(None, "song", 2.6, W - 56 if not copy else W - 54, cy + 20 if not copy else 64, 38, 0,
           "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。", lh=3.4)
    rows = [("名　　称", "name"), ("类　　型", "entity_type"),
            (v["rep_label"], "legal_representative"), ("经营范围", "business_scope")]
    rows2 = v["rows2"]
    fs = 4.0 if not copy else 3.8
    lab_w = 20
    if not copy:
        xl, xr, y0 = 26, W / 2 + 18, 80
        colw = W / 2 - 50
        y = y0
        for lab, key in rows:
            p.label(face, fs, xl, y, lab_w, lab, col=LABEL)
            if key == "business_scope":
                _scope_lines(p, key, face, fs * 0.92, xl + lab_w + 6, y, colw, H - 45 - y, v["business_scope_text"])
            else:
                p.text(key, face, fs, xl + lab_w + 6, y, colw, 12, v[key + "_text"])
                y += 13
        y = y0
        for lab, key in rows2:
            p.label(face, fs, xr, y, lab_w, lab, col=LABEL)
            p.text(key, face, fs, xr + lab_w + 6, y, W - 26 - xr - lab_w, 16, v[key + "_text"])
            y += 14
        sx, sy = W - 70, H - 48
    else:
        xl, y = 24, 84
        colw = W - 48 - lab_w - 6
        for lab, key in rows[:3] + rows2 + rows[3:]:
            p.label(face, fs, xl, y, lab_w, lab, col=LABEL)
            if key == "business_scope":
                _scope_lines(p, key, face, fs * 0.9, xl + lab_w + 6, y, colw, H - 80 - y, v["business_scope_text"])
            else:
                p.text(key, face, fs, xl + lab_w + 6, y, colw, 11, v[key + "_text"])
                y += 11 if len(v[key + "_text"]) * fs < colw else 15
        sx, sy = W - 62, H - 52
    p.text(None, "song", 4, sx - 30, sy - 4, 28, 0, "登记机关", align=2)
    p.seal(sx + 18, sy + 6, 19, v["authority"], "")
    p.text(None, "song", 3.6, sx - 6, sy + 22, 50, 0, v["issue_date_text"], align=1)
    p.text(None, "song", 2.6, 14, H - 22, W - 28, 0,
           "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn　　市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。",
           col=(60, 60, 60))


def id_front(p: Page, v: dict, r: random.Random, face: str) -> None:
    W, H = p.w, p.h
    p.rect(0, 0, W, H, (236, 238, 232))
    p.wave(0, 0, W, H, (196, 214, 222), v["seed"])
    lab = (30, 110, 165)
    x, fs = 8, 3.1
    p.text(None, "hei", 2.6, x, 7, 9, 0, "姓名", align=2, col=lab)
    p.text("name", face, 3.6, x + 12, 6.4, 36, 5, v["name"], sp=0.6)
    p.text(None, "hei", 2.6, x, 14, 9, 0, "性别", align=2, col=lab)
    p.text("sex", face, fs, x + 12, 13.7, 8, 4, v["sex"])
    p.text(None, "hei", 2.6, x + 22, 14, 9, 0, "民族", align=2, col=lab)
    p.text("nation", face, fs, x + 34, 13.7, 16, 4, v["nation"])
    b = v["birth"]
    p.text(None, "hei", 2.6, x, 21, 9, 0, "出生", align=2, col=lab)
    p.text("birth_date", face, fs, x + 12, 20.7, 44, 4, f"{b.year}  年  {b.month}  月  {b.day}  日")
    p.text(None, "hei", 2.6, x, 28, 9, 0, "住址", align=2, col=lab)
    p.text("address", face, fs, x + 12, 27.7, 40, 12, v["address"], lh=4.4)
    p.text(None, "hei", 2.6, x, 45.5, 22, 0, "公民身份号码", align=2, col=lab)
    p.text("id_number", "hei", 3.7, x + 24, 45, 48, 5, v["id_number"], sp=0.35)
    p.portrait(W - 32, 8, 25, 32, v["seed"])


def id_back(p: Page, v: dict, r: random.Random, face: str) -> None:
    W, H = p.w, p.h
    p.rect(0, 0, W, H, (238, 236, 228))
    p.wave(0, 0, W, H, (214, 206, 186), v["seed"])
    p.emblem(15, 15, 9.5)
    p.text(None, "hei", 5.4, 30, 9, 50, 0, "中华人民共和国", align=2, col=(20, 20, 20))
    p.text(None, "hei", 7.0, 30, 18, 50, 0, "居民身份证", align=2, col=(20, 20, 20))
    p.text(None, "hei", 2.8, 16, 38, 14, 0, "签发机关", align=2, col=(30, 30, 30))
    p.text("issuing_authority", face, 3.2, 33, 37.6, 48, 4, v["issuing_authority"])
    p.text(None, "hei", 2.8, 16, 45, 14, 0, "有效期限", align=2, col=(30, 30, 30))
    p.text("valid_from", face, 3.2, 33, 44.6, 48, 4, v["validity_text"])


def health_license(p: Page, v: dict, r: random.Random, face: str) -> None:
    W, H = p.w, p.h
    p.frame(10, 10, W - 20, H - 20, 1.2, (150, 30, 30))
    p.frame(12.5, 12.5, W - 25, H - 25, 0.4, (150, 30, 30))
    p.text(None, "song", 10, 30, 30, W - 60, 0, "公共场所卫生许可证", align=2, col=(150, 20, 20))
    p.text("license_no", face, 4, 30, 48, W - 60, 0, v["license_no"], align=1)
    y = 70
    rows = [("单位名称", "name"), ("法定代表人（负责人）", "legal_representative"), ("地　　址", "address"),
            ("许可项目", "license_items")]
    for lab, key in rows:
        p.text(None, face, 4.4, 24, y, 50 if len(lab) > 5 else 30, 0, lab, align=2 if len(lab) <= 5 else 0, col=LABEL)
        p.text(key, face, 4.4, 78, y, W - 100, 18, v[key], lh=6.2)
        p.line(76, y + 6.6 if len(v[key]) * 4.4 < W - 100 else y + 12.8, W - 22, y + 6.6 if len(v[key]) * 4.4 < W - 100 else y + 12.8, 0.2, (120, 120, 120))
        y += 20
    p.text(None, face, 4.4, 24, y, 30, 0, "有效期限", align=2, col=LABEL)
    p.text("valid_from", face, 4.4, 78, y, W - 100, 8, v["validity_text"])
    p.text(None, face, 4.4, W - 110, H - 62, 30, 0, "发证机关", align=2)
    p.seal(W - 58, H - 56, 20, v["authority"], "")
    p.text(None, face, 4.2, W - 90, H - 36, 60, 0, v["issue_date_text"], align=1)
    p.text(None, "song", 3, 24, H - 24, W - 48, 0, "本证有效期四年，复核期两年。不得涂改、转让，严禁伪造。", col=(80, 80, 80))


def food_license(p: Page, v: dict, r: random.Random, face: str, copy: bool) -> None:
    W, H = p.w, p.h
    p.frame(8, 8, W - 16, H - 16, 1.0, (40, 90, 150))
    p.guill(10, 10, W - 20, 4, (120, 160, 200))
    p.text(None, "song", 11 if not copy else 9, W / 2 - 55, 22, 110, 0, "食品经营许可证", align=2, col=(20, 20, 20))
    if copy:
        p.text(None, "song", 5, W / 2 - 15, 35, 30, 0, "（副本）", align=1)
    left = [("经营者名称", "name"), ("社会信用代码（身份证号码）", "credit_code"), ("法定代表人（负责人）", "legal_representative"),
            ("住　　所", "address"), ("经营场所", "premises_address"), ("主体业态", "business_form"), ("经营项目", "business_items")]
    fs = 3.8
    if not copy:
        x, y, lw, vw = 20, 48, 46, W / 2 + 10 - 66
    else:
        x, y, lw, vw = 18, 46, 46, W - 36 - 48
    for lab, key in left:
        p.text(None, face, fs * 0.95, x, y, 24 if len(lab) <= 5 else lw, 0, lab, align=2 if len(lab) <= 5 else 0, col=LABEL)
        hh = 18 if key in ("business_items", "premises_address", "address") else 10
        p.text(key, face, fs, x + lw + 2, y, vw, hh, v[key], lh=fs * 1.4)
        y += hh + 2
    if not copy:
        rx, ry = W / 2 + 22, 48
    else:
        rx, ry = 18, y + 2
    for lab, key, val in [("许可证编号", "license_no", v["license_no"]), ("日常监督管理机构", None, v["supervisor"]),
                          ("日常监督管理人员", None, v["inspector"]), ("投诉举报电话", None, "12315"),
                          ("有效期至", "valid_to", v["valid_to_text"])]:
        p.text(None, face, fs * 0.95, rx, ry, 36, 0, lab, align=2 if len(lab) <= 5 else 0, col=LABEL)
        p.text(key, face, fs, rx + 38, ry, 70, 8, val)
        ry += 10
    p.qr(W - 42, H - 70 if not copy else 46, 22, "https://spjy.samr.gov.cn/" + v["license_no"])
    p.text(None, face, 3.8, W - 120, H - 44, 30, 0, "发证机关", align=2)
    p.text(None, face, 3.8, W - 120, H - 37, 30, 0, "签发人", align=2)
    p.text(None, face, 3.8, W - 86, H - 37, 20, 0, v["signer"])
    p.seal(W - 70, H - 40, 18, v["authority"], "")
    p.text(None, face, 3.6, W - 100, H - 24, 60, 0, v["issue_date_text"], align=1)


def other_doc(p: Page, v: dict, r: random.Random, face: str) -> None:
    W, H = p.w, p.h
    k = v["other"]
    if k == "hukou":
        p.frame(10, 10, W - 20, H - 20, 0.6, (60, 60, 60))
        p.text(None, "song", 7, 20, 16, W - 40, 0, "常住人口登记卡", align=2)
        cells = [("姓名", v["pname"]), ("户主或与户主关系", r.choice(["户主", "妻", "长子", "女"])), ("性别", v["psex"]),
                 ("出生地", v["paddr"][:9]), ("民族", v["pnation"]), ("出生日期", v["pbirth"]), ("公民身份号码", v["pid"]),
                 ("文化程度", r.choice(["大学本科", "高中", "硕士研究生"])), ("服务处所", v["firm"]), ("何时由何地迁来本址", v["paddr"])]
        y = 32
        for lab, val in cells:
            p.line(12, y - 2, W - 12, y - 2, 0.3)
            p.text(None, "song", 3.6, 16, y, 40, 0, lab)
            p.text(None, face, 3.8, 62, y, W - 78, 9, val)
            y += 11
    elif k == "marriage":
        p.rect(0, 0, W, H, (250, 232, 228))
        p.text(None, "song", 8, 20, 14, W - 40, 0, "结婚证", align=1, col=(170, 30, 30))
        p.text(None, "song", 3.8, 18, 32, W - 36, 40,
               f"持证人　{v['pname']}　　登记日期　{v['pbirth']}　　结婚证字号　J{v['code6']}-{r.randint(2005, 2024)}-{r.randint(1, 9999):06d}"
               f"　　姓名　{v['pname']}　性别　{v['psex']}　国籍　中国　出生日期　{v['pbirth']}　身份证件号　{v['pid']}", lh=7)
        p.seal(W - 40, H - 34, 17, v["authority"].replace("市场监督管理局", "民政局"), "婚姻登记专用章")
    elif k == "receipt":
        p.text(None, "song", 6, 20, 12, W - 40, 0, "增值税电子普通发票", align=1, col=(120, 60, 30))
        p.frame(12, 26, W - 24, H - 44, 0.4, (120, 60, 30))
        p.text(None, face, 3.4, 16, 30, W - 32, H - 60,
               f"购买方名称：{v['firm']}　纳税人识别号：{v['uscc']}　货物或应税劳务、服务名称　*餐饮服务*餐费　数量 1　"
               f"金额 {r.randint(50, 3000)}.00　税率 6%　价税合计（大写）{r.choice(['壹佰圆整', '叁佰伍拾圆整', '捌拾陆圆整'])}　"
               f"销售方：{v['pname']}经营部　开票人：{v['pname']}", lh=6)
        p.seal(W - 40, H - 30, 14, v["firm"], "发票专用章")
    elif k == "form":
        p.text(None, "song", 6, 16, 14, W - 32, 0, "公共场所卫生许可申请表", align=1)
        y = 30
        for lab in ["申请单位", "统一社会信用代码", "法人代表", "联系电话", "单位地址（注册）", "经营场所地址", "从业职工人数",
                    "申请许可项目", "集中空调通风系统（有/无）"]:
            p.frame(14, y, W - 28, 10, 0.3)
            p.text(None, "song", 3.4, 17, y + 3, 50, 0, lab)
            y += 10
        p.hand("wenkai", 4.6, 72, y - 82, v["firm"], seed=v["seed"])
        p.hand("wenkai", 4.6, 72, y - 62, v["pname"], seed=v["seed"] + 1)
    else:  # a letter that mentions licence words (a negative)
        p.text(None, "song", 5.5, 20, 18, W - 40, 0, "关于办理营业执照变更登记的情况说明", align=1)
        p.text(None, face, 3.8, 22, 34, W - 44, H - 70,
               f"{v['authority']}：我单位{v['firm']}因经营需要，拟办理营业执照及食品经营许可证的变更手续。"
               f"现将有关情况说明如下：一、原住所{v['paddr']}因租赁到期不再使用；二、法定代表人由{v['pname']}担任。"
               "特此说明，请予办理。", lh=6.6)
        p.text(None, face, 3.8, W - 90, H - 40, 70, 0, f"{v['firm']}", align=3)
        p.seal(W - 48, H - 40, 16, v["firm"], "")
