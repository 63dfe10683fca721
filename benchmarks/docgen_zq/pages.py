"""Family ZQ's documents laid out in its own code on cairo: ID card front/back (85.6×54 mm), 营业执照
2019 template 正本 (A3 landscape) and 副本 (A4 portrait), 公共场所卫生许可证, 食品经营许可证 and
unrelated pages. `render` paints one at a capture's dpi on an ImageSurface (RGB24) or as a vector
PDFSurface (e-licences) and returns the page with the ink boxes of each truth field."""

from __future__ import annotations

import math

import cairocffi as cairo
import numpy as np

from benchmarks.docgen_zq import draw as D
from benchmarks.docgen_zq import faces as F
from benchmarks.docgen_zq.values import cn_date

SIZES = {"card": (85.6, 54.0), "a3l": (420.0, 297.0), "a4p": (210.0, 297.0)}
BLACK = (0.05, 0.05, 0.06)


def page_size(doc) -> tuple[float, float]:
    return SIZES[doc["paper"]]


def _face(candidates, strings, rng):
    """A face among `candidates` that covers every string the page will print (the draw check still
    raises if one does not)."""
    ok = [f for f in candidates if all(F.covers(f, s) for s in strings)]
    if not ok:
        raise F.MissingGlyph(f"no face of {candidates} covers the page")
    return ok[int(rng.integers(len(ok)))]


def _dt(s: str) -> str:
    y, m, d = s.split("-")
    return f"{y}年{m}月{d}日"


# ---------------------------------------------------------------- ID card
def id_front(ctx, doc, rng, ink):
    v = doc["fields"]
    W, H = SIZES["card"]
    g = cairo.LinearGradient(0, 0, W, H)
    g.add_color_stop_rgb(0, 0.93, 0.95, 0.96)
    g.add_color_stop_rgb(0.5, 0.97, 0.96, 0.93)
    g.add_color_stop_rgb(1, 0.9, 0.94, 0.95)
    ctx.set_source(g)
    ctx.paint()
    D.waves(ctx, 0, 2, W, H - 4, (0.6, 0.75, 0.8), n=30, amp=1.2, lw=0.05, phase=rng.random() * 6)
    lab = (0.2, 0.45, 0.65)
    lf = doc["label_face"]
    vf = doc["value_face"]
    s = 2.9
    x0, xv = 6.0, 17.5
    D.spread(ctx, lf, 2.6, x0, 10.5, "姓名", 8.5, lab)
    D.text(ctx, vf, 3.4, xv, 10.7, v["name"], BLACK, ink, "name")
    D.spread(ctx, lf, 2.6, x0, 17.5, "性别", 8.5, lab)
    D.text(ctx, vf, s, xv, 17.5, v["sex"], BLACK, ink, "sex")
    D.spread(ctx, lf, 2.6, 28, 17.5, "民族", 8.5, lab)
    D.text(ctx, vf, s, 39.0, 17.5, v["nation"], BLACK, ink, "nation")
    D.spread(ctx, lf, 2.6, x0, 24.5, "出生", 8.5, lab)
    y, m, d = v["birth_date"].split("-")
    x = xv
    x += D.text(ctx, vf, s, x, 24.5, y, BLACK, ink, "birth_date") + 1.0
    x += D.text(ctx, lf, 2.6, x, 24.5, "年", lab) + 1.2
    x += D.text(ctx, vf, s, x, 24.5, str(int(m)), BLACK, ink, "birth_date") + 1.0
    x += D.text(ctx, lf, 2.6, x, 24.5, "月", lab) + 1.2
    x += D.text(ctx, vf, s, x, 24.5, str(int(d)), BLACK, ink, "birth_date") + 1.0
    D.text(ctx, lf, 2.6, x, 24.5, "日", lab)
    D.spread(ctx, lf, 2.6, x0, 31.5, "住址", 8.5, lab)
    D.para(ctx, vf, s, xv, 31.5, v["address"], 34.0, 4.3, BLACK, ink, "address", max_lines=3)
    D.text(ctx, lf, 2.6, x0, 47.5, "公民身份号码", lab)
    D.text(ctx, doc["digit_face"], 3.5, 24.5, 47.7, v["id_number"], BLACK, ink, "id_number")
    D.portrait(ctx, 55.5, 6.5, 26.0, 32.0, rng)


def id_back(ctx, doc, rng, ink):
    v = doc["fields"]
    W, H = SIZES["card"]
    g = cairo.LinearGradient(0, 0, 0, H)
    g.add_color_stop_rgb(0, 0.95, 0.94, 0.9)
    g.add_color_stop_rgb(1, 0.9, 0.94, 0.96)
    ctx.set_source(g)
    ctx.paint()
    D.waves(ctx, 0, 2, W, H - 4, (0.75, 0.7, 0.55), n=26, amp=1.6, lw=0.05, phase=rng.random() * 6)
    ctx.save()
    ctx.set_source_rgba(0.8, 0.75, 0.6, 0.35)
    ctx.arc(W / 2, H / 2 - 2, 14, 0, 2 * math.pi)
    ctx.set_line_width(0.3)
    ctx.stroke()
    ctx.restore()
    D.emblem(ctx, 13.5, 13.5, 8.5)
    tf = doc["title_face"]
    D.text(ctx, tf, 4.4, 27.0, 13.5, "中华人民共和国", BLACK, bold=True)
    D.spread(ctx, tf, 6.3, 27.0, 24.5, "居民身份证", 50.0, BLACK, bold=True)
    lf, vf = doc["label_face"], doc["value_face"]
    lab = (0.15, 0.15, 0.15)
    D.text(ctx, lf, 2.6, 18.0, 40.5, "签发机关", lab)
    D.text(ctx, vf, 2.9, 31.0, 40.5, v["issuing_authority"], BLACK, ink, "issuing_authority")
    D.text(ctx, lf, 2.6, 18.0, 47.5, "有效期限", lab)
    a = v["valid_from"].replace("-", ".")
    b = v["valid_to"].replace("-", ".")
    x = 31.0 + D.text(ctx, doc["digit_face"], 2.9, 31.0, 47.5, a, BLACK, ink, "valid_from")
    x += D.text(ctx, doc["digit_face"], 2.9, x, 47.5, "-", BLACK)
    D.text(ctx, vf if b == "长期" else doc["digit_face"], 2.9, x, 47.5, b, BLACK, ink, "valid_to")


# ---------------------------------------------------------------- 营业执照
def _licence_frame(ctx, W, H, rng, color):
    ctx.set_source_rgb(1, 1, 1)
    ctx.paint()
    m = W * 0.045
    D.guilloche(ctx, m, m, W - 2 * m, H - 2 * m, color, lw=0.1 * W / 210, loops=int(60 * W / 210), amp=3.0 * W / 210)
    ctx.set_source_rgb(*color)
    ctx.set_line_width(0.35)
    ctx.rectangle(m + 4.5 * W / 210, m + 4.5 * W / 210, W - 2 * m - 9 * W / 210, H - 2 * m - 9 * W / 210)
    ctx.stroke()


def _labels(form):
    rep = {"company": "法定代表人", "branch": "负责人", "partnership": "执行事务合伙人", "individual": "经营者"}[form]
    addr = {"company": "住所", "branch": "营业场所", "partnership": "主要经营场所", "individual": "经营场所"}[form]
    cap = {"company": "注册资本", "partnership": "出资额"}.get(form)
    term = {"company": "营业期限", "branch": "营业期限", "partnership": "合伙期限"}.get(form)
    est = "注册日期" if form == "individual" else "成立日期"
    return rep, addr, cap, term, est


def business_license(ctx, doc, rng, ink):
    v, ex = doc["fields"], doc["extra"]
    W, H = page_size(doc)
    orig = doc["variant"].startswith("zb")  # 正本
    _licence_frame(ctx, W, H, rng, (0.75, 0.55, 0.35) if orig else (0.6, 0.45, 0.35))
    k = W / 297 if orig else W / 210  # scale relative to the template
    tf, lf, vf = doc["title_face"], doc["label_face"], doc["value_face"]
    D.emblem(ctx, W / 2, 30 * k, 13 * k)
    tw = 104 * k if orig else 76 * k
    D.spread(ctx, tf, (17 if orig else 14) * k, W / 2 - tw / 2, 65 * k, "营业执照", tw, (0.78, 0.1, 0.08) if doc["red_title"] else BLACK, bold=True)
    if not orig:
        D.text(ctx, lf, 6 * k, W / 2, 76 * k, "（副　本）", BLACK, anchor="center")
    D.text(ctx, lf, 3.6 * k, 24 * k, 48 * k, "统一社会信用代码", BLACK)
    D.text(ctx, doc["digit_face"], (4.4 if orig else 3.4) * k, 24 * k, 55 * k, v["credit_code"], BLACK, ink, "credit_code")
    D.text(ctx, lf, 2.6 * k, 24 * k, 61 * k, f"证照编号：{ex['cert_no']}", BLACK)
    D.qr_block(ctx, W - 52 * k, 30 * k, 26 * k, rng)
    D.text(ctx, lf, 2.2 * k, W - 39 * k, 61 * k, "扫描二维码登录", BLACK, anchor="center")
    D.text(ctx, lf, 2.2 * k, W - 39 * k, 64.5 * k, "国家企业信用信息公示系统", BLACK, anchor="center")
    rep, addr_l, cap_l, term_l, est_l = _labels(ex["form"])
    rows = [("名称", v["name"], "name"), ("类型", v["entity_type"], "entity_type"), (rep, v["legal_representative"], "legal_representative")]
    if ex["form"] == "individual":
        rows.append(("组成形式", ex["org_form"], None))
    right = []
    if cap_l:
        right.append((cap_l, v["registered_capital"], "registered_capital"))
    right.append((est_l, ex["start_text"], "established_date"))
    if term_l:
        right.append((term_l, f"{ex['start_text']}至{'长期' if v['valid_to'] == '长期' else _dt(v['valid_to'])}", "valid_to"))
    right.append((addr_l, v["address"], "address"))
    size = 3.9 * k
    lead = 6.6 * k
    labw = 22 * k

    def field(x, y, label, value, key, wv, max_lines=6):
        D.spread(ctx, lf, size, x, y, label, labw if len(label) <= 4 else max(labw, D.width(ctx, lf, size, label)), BLACK)
        n = D.para(ctx, vf, size, x + labw + 6 * k, y, value, wv, lead * 0.82, BLACK, ink, key, max_lines)
        return y + max(n, 1) * lead * 0.82 + lead * 0.55

    if orig:
        y = 92 * k
        xl, xr = 40 * k, W / 2 + 12 * k
        for lab, val, key in rows:
            y = field(xl, y, lab, val, key, W / 2 - xl - labw - 12 * k)
        D.spread(ctx, lf, size, xl, y, "经营范围", labw, BLACK)
        D.para(ctx, vf, size * 0.92, xl + labw + 6 * k, y, v["business_scope"], W / 2 - xl - labw - 12 * k, lead * 0.74, BLACK, ink, "business_scope", 14)
        y = 92 * k
        for lab, val, key in right:
            y = field(xr, y, lab, val, key, W - xr - labw - 40 * k)
        sx, sy = W - 80 * k, H - 42 * k
    else:
        y = 92 * k
        xl = 30 * k
        for lab, val, key in rows + right:
            y = field(xl, y, lab, val, key, W - 2 * xl - labw - 6 * k)
        D.spread(ctx, lf, size, xl, y, "经营范围", labw, BLACK)
        D.para(ctx, vf, size * 0.92, xl + labw + 6 * k, y, v["business_scope"], W - 2 * xl - labw - 6 * k, lead * 0.74, BLACK, ink, "business_scope", 16)
        sx, sy = W - 62 * k, H - 40 * k
    D.text(ctx, lf, 4 * k, sx - 30 * k, sy - 3 * k, "登记机关", BLACK)
    d = ex["issue"]
    D.text(ctx, lf, 3.8 * k, sx, sy + 8 * k, f"{d.year}年{d.month:02d}月{d.day:02d}日", BLACK, anchor="center")
    D.seal(ctx, doc["seal_face"], sx, sy, 19 * k, ex["authority"], "", rng=rng)
    foot = "国家市场监督管理总局监制"
    D.text(ctx, lf, 2.4 * k, W / 2, H - 17 * k, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", BLACK, anchor="center")
    D.text(ctx, lf, 2.2 * k, W / 2, H - 13.5 * k, foot, BLACK, anchor="center")


# ---------------------------------------------------------------- 卫生许可证 / 食品经营许可证
def health_license(ctx, doc, rng, ink):
    v, ex = doc["fields"], doc["extra"]
    W, H = page_size(doc)
    _licence_frame(ctx, W, H, rng, (0.3, 0.5, 0.7))
    tf, lf, vf = doc["title_face"], doc["label_face"], doc["value_face"]
    D.emblem(ctx, W / 2, 38, 12)
    D.spread(ctx, tf, 14, W / 2 - 40, 72, "卫生许可证", 80, (0.75, 0.1, 0.1), bold=True)
    D.text(ctx, lf, 4.2, W / 2, 86, "（公共场所）", BLACK, anchor="center")
    x, y = 30, 104
    lw = 44
    D.text(ctx, vf, 4.2, W / 2, y, v["license_no"], BLACK, ink, "license_no", anchor="center")
    y += 16
    rows = [("单位名称", v["name"], "name"), ("法定代表人（负责人）", v["legal_representative"], "legal_representative"),
            ("地址", v["address"], "address"), ("许可项目", v["license_items"], "license_items")]
    for lab, val, key in rows:
        if len(lab) <= 4:
            D.spread(ctx, lf, 4.2, x, y, lab, 18, BLACK)
        else:
            D.text(ctx, lf, 4.2, x, y, lab, BLACK)
        D.text(ctx, lf, 4.2, x + lw - 3, y, "：", BLACK)
        n = D.para(ctx, vf, 4.4, x + lw, y, val, W - x - lw - 26, 7, BLACK, ink, key, 3)
        y += 7 * n + 6
    D.spread(ctx, lf, 4.2, x, y, "有效期限", 18, BLACK)
    D.text(ctx, lf, 4.2, x + lw - 3, y, "：", BLACK)
    xx = x + lw
    xx += D.text(ctx, lf, 4.4, xx, y, "自", BLACK)
    xx += D.text(ctx, vf, 4.4, xx, y, _dt(v["valid_from"]), BLACK, ink, "valid_from")
    xx += D.text(ctx, lf, 4.4, xx, y, "至", BLACK)
    D.text(ctx, vf, 4.4, xx, y, _dt(v["valid_to"]), BLACK, ink, "valid_to")
    sx, sy = W - 60, H - 55
    D.text(ctx, lf, 4.2, sx - 38, sy, "发证机关", BLACK)
    D.seal(ctx, doc["seal_face"], sx, sy, 19, ex["authority"], "卫生许可专用章", rng=rng)
    D.text(ctx, lf, 4.2, sx, sy + 24, cn_date(ex["issue"] if "issue" in ex else doc["issue"]), BLACK, anchor="center")


def food_license(ctx, doc, rng, ink):
    v, ex = doc["fields"], doc["extra"]
    W, H = page_size(doc)
    orig = doc["variant"].startswith("zb")
    _licence_frame(ctx, W, H, rng, (0.35, 0.55, 0.4))
    k = W / 297 if orig else W / 210
    tf, lf, vf = doc["title_face"], doc["label_face"], doc["value_face"]
    D.emblem(ctx, W / 2, 28 * k, 11 * k)
    D.spread(ctx, tf, 13 * k, W / 2 - 58 * k, 58 * k, "食品经营许可证", 116 * k, (0.75, 0.1, 0.1), bold=True)
    if not orig:
        D.text(ctx, lf, 5 * k, W / 2, 68 * k, "（副本）", BLACK, anchor="center")
    D.qr_block(ctx, W - 50 * k, 24 * k, 22 * k, rng)
    rows = [("经营者名称", v["name"], "name"), ("社会信用代码（身份证号码）", v["credit_code"], "credit_code"),
            ("法定代表人（负责人）", v["legal_representative"], "legal_representative"),
            ("住所", v["address"], "address"), ("经营场所", v["premises_address"], "premises_address"),
            ("主体业态", v["business_form"], "business_form"), ("经营项目", v["business_items"], "business_items")]
    size = 3.6 * k
    x, y = 26 * k, 84 * k
    lw = 58 * k
    for lab, val, key in rows:
        D.text(ctx, lf, size, x, y, lab, BLACK)
        n = D.para(ctx, vf, size, x + lw, y, val, W - x - lw - 26 * k, 5.6 * k, BLACK, ink, key, 4)
        y += 5.6 * k * n + 3.6 * k
    D.text(ctx, lf, size, x, y, "许可证编号", BLACK)
    D.text(ctx, doc["digit_face"], size * 1.05, x + lw, y, v["license_no"], BLACK, ink, "license_no")
    y += 9.2 * k
    D.text(ctx, lf, size, x, y, "有效期至", BLACK)
    D.text(ctx, vf, size, x + lw, y, _dt(v["valid_to"]), BLACK, ink, "valid_to")
    y += 9.2 * k
    D.text(ctx, lf, size * 0.9, x, y, "日常监督管理机构：" + ex["authority"], BLACK)
    y += 7 * k
    D.text(ctx, lf, size * 0.9, x, y, "投诉举报电话：12315", BLACK)
    sx, sy = W - 62 * k, H - 42 * k
    D.text(ctx, lf, 3.6 * k, sx - 36 * k, sy - 6 * k, "发证机关", BLACK)
    D.text(ctx, lf, 3.6 * k, sx - 36 * k, sy + 2 * k, "签发人：" + doc["signer"], BLACK)
    D.seal(ctx, doc["seal_face"], sx, sy, 17 * k, ex["authority"], "", rng=rng)
    D.text(ctx, lf, 3.6 * k, sx, sy + 24 * k, cn_date(ex["issue"]), BLACK, anchor="center")


# ---------------------------------------------------------------- negatives
def other(ctx, doc, rng, ink):
    W, H = page_size(doc)
    ctx.set_source_rgb(1, 1, 1)
    ctx.paint()
    sub = doc["variant"]
    lf, vf = doc["label_face"], doc["value_face"]
    lines = doc["other_lines"]
    if sub == "blank":
        return
    if sub == "certificate":
        D.guilloche(ctx, 12, 12, W - 24, H - 24, (0.8, 0.6, 0.2), lw=0.15, loops=60, amp=3)
        D.spread(ctx, doc["title_face"], 16, W / 2 - 45, 70, "荣誉证书", 90, (0.75, 0.1, 0.1), bold=True)
        y = 110
        for ln in lines:
            y += 12 * D.para(ctx, vf, 6, 35, y, ln, W - 70, 10, BLACK)
        D.seal(ctx, doc["seal_face"], W - 70, H - 60, 20, doc["org"], rng=rng)
        return
    title = {"receipt": "收　款　收　据", "form": "申请表", "letter": "情况说明"}[sub]
    D.text(ctx, doc["title_face"], 8, W / 2, 32, title, BLACK, bold=True, anchor="center")
    y = 50
    if sub == "form":
        ctx.set_line_width(0.3)
        ctx.set_source_rgb(0, 0, 0)
        for i, ln in enumerate(lines):
            ctx.rectangle(20, y - 7 + i * 14, W - 40, 14)
            ctx.stroke()
            D.text(ctx, lf, 4.2, 24, y + 2 + i * 14, ln, BLACK)
        return
    for ln in lines:
        y += 8 * D.para(ctx, vf, 4.4, 25, y, ln, W - 50, 8, BLACK) + 3
    D.seal(ctx, doc["seal_face"], W - 60, y + 20, 18, doc["org"], rng=rng)


PAINT = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
         "public_health_license": health_license, "food_business_license": food_license, "other": other}


def render(doc, dpi: float, fo: tuple[str, str] = ("gray", "slight"), pdf_path=None, marks=None):
    """Paint `doc` at `dpi` (RGB24 ImageSurface → uint8 HxWx3 array) or as a vector PDF at
    `pdf_path`; returns (array or None, ink boxes in mm)."""
    W, H = page_size(doc)
    ink = D.Ink()
    rng = np.random.default_rng(doc["draw_seed"])
    if pdf_path is not None:
        surf = cairo.PDFSurface(str(pdf_path), W / 25.4 * 72, H / 25.4 * 72)
        ctx = cairo.Context(surf)
        ctx.scale(72 / 25.4, 72 / 25.4)
    else:
        w, h = round(W / 25.4 * dpi), round(H / 25.4 * dpi)
        surf = cairo.ImageSurface(cairo.FORMAT_RGB24, w, h)
        ctx = cairo.Context(surf)
        ctx.scale(w / W, h / H)
    ctx.set_font_options(D.font_options(*fo))
    PAINT[doc["kind"]](ctx, doc, rng, ink)
    if marks:
        marks(ctx, W, H, rng)
    if pdf_path is not None:
        surf.finish()
        return None, ink
    surf.flush()
    a = np.ndarray((surf.get_height(), surf.get_stride() // 4, 4), np.uint8, surf.get_data())[:, :surf.get_width()]
    return a[:, :, 2::-1].copy(), ink
