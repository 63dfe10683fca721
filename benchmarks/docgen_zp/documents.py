"""Family ZP's documents laid out in our own code on libharu pages: the 居民身份证 (front, back),
the 2019 营业执照 template (正本 A3 landscape, 副本 A4 portrait; company, 分公司, 合伙企业, 个体工商户),
公共场所卫生许可证, 食品经营许可证, and unrelated pages. Each builder takes the values and draws onto
a Canvas; value runs carry their field key so their ink boxes are known."""

from __future__ import annotations

import datetime as dt

from benchmarks.docgen_zp import values as V
from benchmarks.docgen_zp.canvas import MM, Canvas, portrait_png

BLUE = (0.16, 0.33, 0.55)
RED = (0.8, 0.1, 0.1)
BLACK = (0.05, 0.05, 0.05)
GREY = (0.35, 0.35, 0.38)


def _d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- ID card ----------------------------
def id_front(doc, rng, v: dict, st: dict) -> Canvas:  # noqa: ANN001
    c = Canvas(doc, 85.6, 54.0)
    c.fill_color((0.93, 0.95, 0.96))
    c.rect(0, 0, 85.6, 54, fill=True, stroke=False)
    c.waves(0, 2, 85.6, 50, (0.72, 0.82, 0.88), rng, n=22)
    c.rosette(62, 30, 16, (0.85, 0.78, 0.7), k=9)
    lf, vf = st["label_face"], st["value_face"]
    lab = (0.25, 0.45, 0.62)
    c.text(6.2, 9.6, "姓  名", lf, 7.6, lab)
    c.text(17.0, 9.8, v["name"], vf, 10.2, BLACK, "name")
    c.text(6.2, 16.6, "性  别", lf, 7.6, lab)
    c.text(17.0, 16.7, v["sex"], vf, 9.2, BLACK, "sex")
    c.text(29.0, 16.6, "民  族", lf, 7.6, lab)
    c.text(39.5, 16.7, v["nation"], vf, 9.2, BLACK, "nation")
    b = _d(v["birth_date"])
    c.text(6.2, 23.4, "出  生", lf, 7.6, lab)
    c.text(17.0, 23.5, f"{b.year}", vf, 9.2, BLACK, "birth_date")
    c.text(26.6, 23.4, "年", lf, 7.6, lab)
    c.text(31.0, 23.5, f"{b.month}", vf, 9.2, BLACK, "birth_date")
    c.text(35.2, 23.4, "月", lf, 7.6, lab)
    c.text(39.5, 23.5, f"{b.day}", vf, 9.2, BLACK, "birth_date")
    c.text(44.2, 23.4, "日", lf, 7.6, lab)
    c.text(6.2, 30.4, "住  址", lf, 7.6, lab)
    c.para(17.0, 30.5, v["address"], vf, 9.2, 34.0, 4.5, BLACK, "address", max_lines=4)
    c.text(6.2, 47.6, "公民身份号码", lf, 7.6, lab)
    c.text(28.5, 47.9, v["id_number"], "mono", 10.6, BLACK, "id_number", spacing=0.45)
    c.image_png(portrait_png(rng), 57.5, 6.5, 23.5, 29.5)
    return c


def id_back(doc, rng, v: dict, st: dict) -> Canvas:  # noqa: ANN001
    c = Canvas(doc, 85.6, 54.0)
    c.fill_color((0.95, 0.95, 0.93))
    c.rect(0, 0, 85.6, 54, fill=True, stroke=False)
    c.waves(0, 2, 85.6, 50, (0.82, 0.86, 0.78), rng, n=20)
    c.rosette(50, 22, 20, (0.86, 0.8, 0.72), k=11)
    c.emblem(14.5, 14.0, 8.5)
    c.text(28.0, 12.8, "中华人民共和国", st["title_face"], 14.0, BLACK, spacing=1.2)
    c.text(30.0, 24.0, "居民身份证", st["title_face"], 17.0, BLACK, spacing=3.0)
    lf, vf = st["label_face"], st["value_face"]
    c.text(17.0, 41.0, "签发机关", lf, 7.6, BLACK)
    c.text(31.5, 41.1, v["issuing_authority"], vf, 9.0, BLACK, "issuing_authority")
    c.text(17.0, 48.0, "有效期限", lf, 7.6, BLACK)
    f = _d(v["valid_from"])
    to = v["valid_to"]
    x = 31.5 + c.text(31.5, 48.1, f"{f:%Y.%m.%d}", vf, 9.0, BLACK, "valid_from")
    x += c.text(x, 48.1, "-", vf, 9.0, BLACK)
    c.text(x, 48.1, "长期" if to == "长期" else f"{_d(to):%Y.%m.%d}", vf, 9.0, BLACK, "valid_to")
    return c


# ---------------------------------------------------------- business licence -------------------------
def _bl_rows(v: dict) -> list[tuple[str, str, str | None]]:
    start = V.cn_date(_d(v["established_date"]))
    rows = [("名称", v["name"], "name"), ("类型", v["entity_type"], "entity_type")]
    rows.append((v["label_rep"], v["legal_representative"], "legal_representative"))
    if v["entity_type"] == "个体工商户":
        rows.append(("组成形式", v.get("form", "个人经营"), None))
    if v["label_cap"]:
        rows.append((v["label_cap"], v["registered_capital"], "registered_capital"))
    rows.append((v["label_est"], start, "established_date"))
    if v["label_term"]:
        end = "长期" if v["valid_to"] == "长期" else V.cn_date(_d(v["valid_to"]))
        rows.append((v["label_term"], f"{start}至{end}", "valid_to"))
    rows.append((v["label_addr"], v["address"], "address"))
    rows.append(("经营范围", v["business_scope"], "business_scope"))
    return rows


def _bl_header(c: Canvas, v: dict, st: dict, rng, s: float, copy: bool) -> None:  # noqa: ANN001
    W = c.w
    band = 9 * s
    c.guilloche_band(8 * s, 8 * s, W - 8 * s, c.h - 8 * s, band, st["frame"], rng)
    c.emblem(W / 2, 30 * s, 12 * s)
    c.centered(W / 2, 64 * s, "营业执照", st["title_face"], 46 * s, BLACK, spacing=10 * s)
    if copy:
        c.centered(W / 2, 74 * s, "（副　本）", st["label_face"], 14 * s, BLACK)
    c.text(22 * s, 44 * s, "统一社会信用代码", st["label_face"], 11 * s, BLACK)
    c.text(22 * s, 51 * s, v["credit_code"], "mono", 12.5 * s, BLACK, "credit_code")
    c.text(W - 50 * s, 44 * s, "证照编号：" + v["serial"], st["label_face"], 8 * s, BLACK)


def business_license(doc, rng, v: dict, st: dict, copy: bool) -> Canvas:  # noqa: ANN001
    if not copy:  # 正本: A3 landscape, two columns
        c = Canvas(doc, 420.0, 297.0)
        s = 1.0
        _bl_header(c, v, st, rng, s, copy)
        c.qr(c.w - 70, 40, 32, rng)
        c.text(c.w - 78, 80, "扫描二维码登录‘国家企业信用", st["label_face"], 7, BLACK)
        c.text(c.w - 78, 84, "信息公示系统’了解更多登记、", st["label_face"], 7, BLACK)
        c.text(c.w - 78, 88, "备案、许可、监管信息。", st["label_face"], 7, BLACK)
        rows = _bl_rows(v)
        right_keys = {"registered_capital", "established_date", "valid_to", "address"}
        left = [r for r in rows if r[2] not in right_keys]
        right = [r for r in rows if r[2] in right_keys]
        lw, fs, lead = 30.0, 13.0, 7.4
        y = 110.0
        for lab, val, key in left:
            c.spread(40, y, lab, lw, st["label_face"], fs, BLACK)
            if key == "business_scope":
                y = c.para(40 + lw + 8, y, val, st["value_face"], fs - 1, 118, lead - 0.9, BLACK, key, max_lines=16)
            else:
                y = c.para(40 + lw + 8, y, val, st["value_face"], fs, 118, lead, BLACK, key)
            y += 4.5
        y = 110.0
        xr = 232.0
        for lab, val, key in right:
            c.spread(xr, y, lab, lw, st["label_face"], fs, BLACK)
            y = c.para(xr + lw + 8, y, val, st["value_face"], fs, 115, lead, BLACK, key) + 4.5
        base = 262.0
    else:  # 副本: A4 portrait, one column
        c = Canvas(doc, 210.0, 297.0)
        s = 0.62
        _bl_header(c, v, st, rng, s, copy)
        c.qr(c.w - 46, 22, 22, rng)
        rows = _bl_rows(v)
        lw, fs, lead = 22.0, 10.0, 5.6
        y = 96.0
        for lab, val, key in rows:
            c.spread(24, y, lab, lw, st["label_face"], fs, BLACK)
            w = 135
            mx = 22 if key == "business_scope" else 6
            y = c.para(24 + lw + 7, y, val, st["value_face"], fs - (0.6 if key == "business_scope" else 0), w, lead, BLACK, key, max_lines=mx)
            y += 3.2
        base = 262.0
    cx = c.w - (90 if not copy else 52)
    c.text(cx - 10, base - 8, "登记机关", st["label_face"], 13 if not copy else 10, BLACK)
    c.seal(cx + 22, base - 12, 21 if not copy else 16, v["authority"], "", rng, face=st["seal_face"], number="")
    c.centered(cx + 22, base + 6, V.cn_date(_d(v["issue_date"])), st["value_face"], 12 if not copy else 9.5, BLACK)
    c.text(24, c.h - 14, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", st["label_face"], 8 if not copy else 6.5, BLACK)
    c.centered(c.w / 2, c.h - 9.6, "国家市场监督管理总局监制", st["label_face"], 7 if not copy else 6, BLACK)
    return c


# ---------------------------------------------------------- 卫生许可证 ----------------------------------
def health_license(doc, rng, v: dict, st: dict) -> Canvas:  # noqa: ANN001
    c = Canvas(doc, 297.0, 210.0)
    c.guilloche_band(8, 8, 289, 202, 7, st["frame"], rng, n=4)
    c.emblem(148.5, 28, 9)
    c.centered(148.5, 52, "公共场所卫生许可证", st["title_face"], 30, BLACK, spacing=3)
    c.text(178, 64, v["license_no"], st["value_face"], 11, BLACK, "license_no")
    rows = [("单位名称", v["name"], "name"), ("法定代表人（负责人）", v["legal_representative"], "legal_representative"),
            ("地　　址", v["address"], "address"), ("许可项目", v["license_items"], "license_items")]
    y = 82.0
    for lab, val, key in rows:
        lw = c.text(40, y, lab + "：", st["label_face"], 13, BLACK)
        y = c.para(40 + lw + 2, y, val, st["value_face"], 13, 200 - lw, 7.5, BLACK, key) + 5.5
    f, t = _d(v["valid_from"]), _d(v["valid_to"])
    x = 40 + c.text(40, y, "有效期限：自", st["label_face"], 13, BLACK)
    x += c.text(x, y, V.cn_date(f), st["value_face"], 13, BLACK, "valid_from")
    x += c.text(x, y, "至", st["label_face"], 13, BLACK)
    c.text(x, y, V.cn_date(t), st["value_face"], 13, BLACK, "valid_to")
    c.text(190, 178, "发证机关", st["label_face"], 12, BLACK)
    c.seal(232, 172, 19, v["authority"], "", rng, face=st["seal_face"])
    c.centered(232, 190, V.cn_date(_d(v["issue_date"])), st["value_face"], 11, BLACK)
    c.text(22, 196, "本证有效期四年，应悬挂于经营场所醒目位置。", st["label_face"], 8, GREY)
    return c


# ---------------------------------------------------------- 食品经营许可证 -------------------------------
def food_license(doc, rng, v: dict, st: dict, copy: bool) -> Canvas:  # noqa: ANN001
    if copy:
        c = Canvas(doc, 210.0, 297.0)
        c.guilloche_band(7, 7, 203, 290, 6, st["frame"], rng, n=4)
        c.emblem(105, 26, 8)
        c.centered(105, 50, "食品经营许可证", st["title_face"], 26, BLACK, spacing=2)
        c.centered(105, 59, "（副本）", st["label_face"], 12, BLACK)
        x0, wv, fs, lead, y = 24.0, 118.0, 10.5, 6.0, 74.0
    else:
        c = Canvas(doc, 297.0, 210.0)
        c.guilloche_band(8, 8, 289, 202, 7, st["frame"], rng, n=4)
        c.emblem(148.5, 26, 8)
        c.centered(148.5, 48, "食品经营许可证", st["title_face"], 28, BLACK, spacing=3)
        x0, wv, fs, lead, y = 28.0, 112.0, 11.0, 6.2, 66.0
    rows = [("经营者名称", v["name"], "name"), ("社会信用代码（身份证号码）", v["credit_code"], "credit_code"),
            ("法定代表人（负责人）", v["legal_representative"], "legal_representative"),
            ("住　　所", v["address"], "address"), ("经营场所", v["premises_address"], "premises_address"),
            ("主体业态", v["business_form"], "business_form"), ("经营项目", v["business_items"], "business_items")]
    lw = 50.0 if not copy else 52.0
    for lab, val, key in rows:
        c.text(x0, y, lab, st["label_face"], fs - 1, BLACK)
        face = "mono" if key == "credit_code" else st["value_face"]
        y = c.para(x0 + lw, y, val, face, fs if key != "credit_code" else fs - 1.5, wv, lead, BLACK, key) + 3.0
    xr = x0 + lw + wv + 8 if not copy else x0
    yr = 66.0 if not copy else y + 4
    c.text(xr, yr, "许可证编号：", st["label_face"], fs - 1, BLACK)
    c.text(xr + 24, yr, v["license_no"], "mono", fs - 1.5, BLACK, "license_no")
    c.text(xr, yr + 9, "日常监督管理机构：" + v["supervisor"], st["label_face"], fs - 2, BLACK)
    c.text(xr, yr + 16, "日常监督管理人员：" + v["inspector"], st["label_face"], fs - 2, BLACK)
    c.text(xr, yr + 23, "投诉举报电话：12315", st["label_face"], fs - 2, BLACK)
    c.text(xr, yr + 33, "有效期至", st["label_face"], fs - 1, BLACK)
    c.text(xr + 20, yr + 33, V.cn_date(_d(v["valid_to"])), st["value_face"], fs, BLACK, "valid_to")
    if not copy:
        c.qr(xr + 4, yr + 44, 26, rng)
    sx, sy = (c.w - 60, c.h - 38) if not copy else (c.w - 56, c.h - 40)
    c.text(sx - 22, sy + 2, "发证机关：", st["label_face"], fs - 1, BLACK)
    c.text(sx - 22, sy + 10, "签发人：" + v["signer"], st["label_face"], fs - 1, BLACK)
    c.seal(sx + 16, sy, 17, v["authority"], "", rng, face=st["seal_face"])
    c.centered(sx + 16, sy + 20, V.cn_date(_d(v["issue_date"])), st["value_face"], fs - 1, BLACK)
    return c


# ---------------------------------------------------------- negatives ---------------------------------
def other_page(doc, rng, v: dict, st: dict) -> Canvas:  # noqa: ANN001
    kind = v["other"]
    if kind == "blank":
        c = Canvas(doc, 210.0, 297.0)
        c.fill_color((0.985, 0.98, 0.97))
        c.rect(0, 0, 210, 297, fill=True, stroke=False)
        return c
    if kind == "receipt":
        c = Canvas(doc, 80.0, 180.0)
        c.centered(40, 14, v["shop"], st["value_face"], 11, BLACK)
        c.centered(40, 21, "销售小票", st["label_face"], 9, BLACK)
        y = 32.0
        c.text(6, y, f"单号：{v['serial']}", st["label_face"], 7.5, BLACK)
        y += 6
        c.text(6, y, f"日期：{v['date']}", st["label_face"], 7.5, BLACK)
        y += 5
        c.polyline([(5, y), (75, y)])
        total = 0.0
        for name, price in v["items"]:
            y += 7
            c.text(6, y, name, st["label_face"], 8, BLACK)
            c.text(56, y, f"{price:.2f}", "sans", 7.5, BLACK)
            total += price
        y += 5
        c.polyline([(5, y), (75, y)])
        y += 7
        c.text(6, y, "合计：", st["label_face"], 9, BLACK)
        c.text(52, y, f"{total:.2f}", "sans", 9, BLACK)
        y += 10
        c.text(6, y, "谢谢惠顾，欢迎再次光临！", st["label_face"], 8, BLACK)
        c.qr(25, y + 8, 30, rng)
        return c
    c = Canvas(doc, 210.0, 297.0)
    if kind == "certificate":
        c.guilloche_band(10, 10, 200, 287, 8, (0.75, 0.55, 0.2), rng, n=4)
        c.centered(105, 70, "荣誉证书", st["title_face"], 40, RED, spacing=6)
        y = c.para(32, 110, f"{v['person']}同志：", st["value_face"], 15, 150, 10, BLACK)
        y = c.para(40, y + 4, v["body"], st["value_face"], 14, 138, 10, BLACK)
        c.seal(150, 240, 20, v["org"], "", rng, face=st["seal_face"])
        c.centered(150, 262, v["date"], st["value_face"], 12, BLACK)
        return c
    if kind == "form":
        c.centered(105, 30, v["title"], st["title_face"], 18, BLACK)
        y = 45.0
        c.line_width(0.3)
        c.stroke_color((0, 0, 0))
        for lab in v["labels"]:
            c.rect(20, y, 170, 12)
            c.polyline([(62, y), (62, y + 12)])
            c.text(23, y + 8, lab, st["label_face"], 10.5, BLACK)
            y += 12
        c.text(20, y + 16, "申请人（签字）：", st["label_face"], 11, BLACK)
        c.text(120, y + 16, "年　　月　　日", st["label_face"], 11, BLACK)
        return c
    # a letter or notice mentioning licence words
    c.centered(105, 32, v["title"], st["title_face"], 17, BLACK)
    y = c.para(24, 50, v["to"], st["value_face"], 12, 162, 8, BLACK)
    for para in v["paras"]:
        y = c.para(32, y + 2, para, st["value_face"], 12, 154, 8, BLACK)
    c.text(120, y + 20, v["org"], st["value_face"], 12, BLACK)
    c.text(128, y + 29, v["date"], st["value_face"], 12, BLACK)
    if v.get("sealed"):
        c.seal(140, y + 20, 18, v["org"], "", rng, face=st["seal_face"])
    return c


def page_mm(c: Canvas) -> tuple[float, float]:
    return c.w, c.h


__all__ = ["MM", "id_front", "id_back", "business_license", "health_license", "food_license", "other_page", "page_mm"]
