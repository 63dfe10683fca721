"""Family ZN's documents laid out as grid pages (rgrid.Page): ID card fronts and backs (85.6×54 mm),
营业执照 2019 template 正本 (A3 landscape) and 副本 (A4 portrait) for companies, 分公司, 合伙企业 and
个体工商户, 公共场所卫生许可证, 食品经营许可证, and unrelated pages. Each builder returns the page and
the truth values; ink boxes of the values are recorded under their field keys."""

from __future__ import annotations

import datetime as dt

import numpy as np

from benchmarks.docgen_zn import faces as F
from benchmarks.docgen_zn import values as V
from benchmarks.docgen_zn.rgrid import Page, q


def _d(s: str) -> str:
    return V.cn_date(dt.date.fromisoformat(s))


def _bits(rng: np.random.Generator, n: int = 25) -> str:
    return "".join("1" if b else "0" for b in rng.random(n * n) < 0.5)


def id_front(rng: np.random.Generator, back: dict | None = None) -> tuple[Page, dict, dict]:
    v = V.id_front(rng, back)
    p = Page(85.6, 54.0)
    lab = V.pick(rng, ["zn_fhei", "zn_notosans", "zn_zenhei"])
    val = V.pick(rng, ["zn_fhei", "zn_notosans", "zn_zenhei"])
    p.rect(0, 0, 85.6, 54, fill="#f4f1ea", col="NA")
    p.call(f'waves(85.6, 54, "{V.pick(rng, ["#d9e4ec", "#e6dccd", "#dfe7d8"])}")')
    p.call('grid.circle(mm(42), mm(27), r=mm(14), gp=gpar(col="#e3d6c1", fill=NA, lwd=2))')
    blue = "#3a6fa0"
    p.text(5.5, 8.5, "姓名", 3.1 * 2.835 * 0.36 * 2.6, lab, col=blue)
    fs = 9.2
    p.text(14.5, 8.5, v["name"], fs + 1.2, val, key="name")
    p.text(5.5, 15, "性别", 7.5, lab, col=blue)
    p.text(14.5, 15, v["sex"], fs, val, key="sex")
    p.text(25, 15, "民族", 7.5, lab, col=blue)
    p.text(33.5, 15, v["nation"], fs, val, key="nation")
    b = dt.date.fromisoformat(v["birth_date"])
    p.text(5.5, 21.5, "出生", 7.5, lab, col=blue)
    p.text(14.5, 21.5, f"{b.year}", fs, val, key="birth_date")
    p.text(25.2, 21.5, "年", 7.5, lab, col=blue)
    p.text(30.5, 21.5, f"{b.month}", fs, val, key="birth_date")
    p.text(35, 21.5, "月", 7.5, lab, col=blue)
    p.text(39.5, 21.5, f"{b.day}", fs, val, key="birth_date")
    p.text(44, 21.5, "日", 7.5, lab, col=blue)
    p.text(5.5, 28, "住址", 7.5, lab, col=blue)
    p.para(14.5, 28, v["address"], 36.5, fs, val, key="address", lead=1.45, maxlines=3)
    p.text(5.5, 47, "公民身份号码", 7.5, lab, col=blue)
    p.text(29.5, 47, v["id_number"], 11.5, "zn_ocrb", key="id_number")
    shade = V.pick(rng, [("#2b2b33", "#e7c7a9", "#1d1d1d"), ("#3b4a63", "#f0cfb4", "#2a1f18"), ("#6b3030", "#dcb896", "#111111")])
    p.call(f'portrait(57, 6, 24, 30, c("{shade[0]}","{shade[1]}","{shade[2]}"))')
    return p, {k: v[k] for k in ("name", "sex", "nation", "birth_date", "address", "id_number")}, {"faces": [lab, val, "zn_ocrb"]}


def id_back(rng: np.random.Generator, front: dict | None = None) -> tuple[Page, dict, dict]:
    v = V.id_back(rng, front)
    p = Page(85.6, 54.0)
    lab = V.pick(rng, ["zn_fhei", "zn_notosans", "zn_zenhei"])
    tit = V.pick(rng, ["zn_notoserif_b", "zn_fsong", "zn_ming"])
    p.rect(0, 0, 85.6, 54, fill="#eef1f3", col="NA")
    p.call(f'waves(85.6, 54, "{V.pick(rng, ["#cfe0ea", "#e8dac8"])}", n=30)')
    p.call('guilloche(2, 2, 83.6, 52, "#d6c5a0", k=3, amp=1.0, lwd=0.3)')
    p.call("emblem(14, 13, 8)")
    p.text(47, 12, "中华人民共和国", 13, tit)
    p.spread(30, 76, 23, "居民身份证", 21, tit)
    p.text(14, 39, "签发机关", 7.5, lab)
    p.text(29, 39, v["issuing_authority"], 9, lab, key="issuing_authority")
    p.text(14, 46, "有效期限", 7.5, lab)
    a = v["valid_from"].replace("-", ".")
    b = v["valid_to"] if v["valid_to"] == "长期" else v["valid_to"].replace("-", ".")
    p.text(29, 46, a, 9, lab, key="valid_from")
    p.text(29 + 19.2, 46, "-", 9, lab)
    p.text(29 + 21.2, 46, b, 9, lab, key="valid_to")
    return p, {k: v[k] for k in ("issuing_authority", "valid_from", "valid_to")}, {"faces": [lab, tit]}


LABELS = {
    "company": ("法定代表人", "住所", "注册资本", "成立日期", "营业期限"),
    "branch": ("负责人", "营业场所", "", "成立日期", "营业期限"),
    "partnership": ("执行事务合伙人", "主要经营场所", "出资额", "成立日期", "合伙期限"),
    "individual": ("经营者", "经营场所", "", "注册日期", ""),
}


def business_license(rng: np.random.Generator, form: str, copy: bool) -> tuple[Page, dict, dict]:
    v = V.business_license(rng, form)
    W, H = (210.0, 297.0) if copy else (420.0, 297.0)
    p = Page(W, H)
    lab = V.pick(rng, F.SANS)
    val = V.pick(rng, F.SERIF + ["zn_fkai", "zn_ffang"])
    tit = V.pick(rng, ["zn_notoserif_b", "zn_fsong", "zn_ming"])
    p.rect(0, 0, W, H, fill="#fbf8ef", col="NA")
    m = 12 if copy else 16
    p.call(f'guilloche({m}, {m}, {W - m}, {H - m}, "{V.pick(rng, ["#c9a45c", "#d4b26a", "#b99950"])}", k=5, amp={3 if copy else 4})')
    p.call(f"emblem({W / 2}, {m + 22}, {11 if copy else 13})")
    p.spread(W / 2 - (42 if copy else 62), W / 2 + (42 if copy else 62), m + 52 if copy else m + 56, "营业执照", 40 if copy else 58, tit)
    if copy:
        p.text(W / 2, m + 68, "（副　本）", 13, tit, just="centre")
    p.text(m + 14, m + 20, "统一社会信用代码", 10 if copy else 12, lab)
    p.text(m + 14, m + 27, v["credit_code"], 12 if copy else 14, val, key="credit_code")
    p.call(f"qr({W - m - 40}, {m + 14}, {24 if copy else 28}, {q(_bits(rng))})")
    p.text(W - m - 28, m + 14 + (28 if copy else 32), "扫描二维码登录“国家企业信用", 6.5, lab, just="centre")
    p.text(W - m - 28, m + 14 + (31 if copy else 35.5), "信息公示系统”了解更多登记、", 6.5, lab, just="centre")
    p.text(W - m - 28, m + 14 + (34 if copy else 39), "备案、许可、监管信息", 6.5, lab, just="centre")
    L = LABELS[form]
    rows = [("名　称" if True else "", "name", v["name"]), ("类　型", "entity_type", v["entity_type"]),
            (L[0], "legal_representative", v["legal_representative"])]
    right = []
    if form == "individual":
        right.append(("组成形式", "", V.pick(rng, ["个人经营", "家庭经营"])))
    if L[2]:
        right.append((L[2], "registered_capital", v["registered_capital"]))
    right.append((L[3], "established_date", _d(v["established_date"])))
    if L[4]:
        vt = "长期" if v["valid_to"] == "长期" else _d(v["valid_to"])
        right.append((L[4], "valid_to", f"{_d(v['established_date'])} 至 {vt}"))
    right.append((L[1], "address", v["address"]))
    fs = 11.5 if copy else 14
    lw = 27 if copy else 34
    if copy:
        x0, y = m + 14, m + 84
        for label, key, value in rows + right[:-1] + [right[-1], ("经营范围", "business_scope", v["business_scope"])]:
            p.spread(x0, x0 + lw, y, label, fs, lab)
            if key in ("address", "business_scope"):
                y += p_h(p, x0 + lw + 6, y, value, W - m - 14 - (x0 + lw + 6), fs, val, key)
            else:
                p.text(x0 + lw + 6, y, value, fs, val, key=key if key != "valid_to" else "")
                if key == "valid_to":
                    _mark_valid_to(p, x0 + lw + 6, y, value, fs, val)
                y += fs * 0.3528 * 2.1
        seal_x, seal_y = W - m - 40, H - m - 32
    else:
        x0, y = m + 30, m + 92
        xr = W / 2 + 20
        for label, key, value in rows:
            p.spread(x0, x0 + lw, y, label, fs, lab)
            p.text(x0 + lw + 8, y, value, fs, val, key=key)
            y += fs * 0.3528 * 2.3
        p.spread(x0, x0 + lw, y, "经营范围", fs, lab)
        p_h(p, x0 + lw + 8, y, v["business_scope"], xr - 20 - (x0 + lw + 8), fs, val, "business_scope", maxlines=11)
        y = m + 92
        for label, key, value in right:
            p.spread(xr, xr + lw, y, label, fs, lab)
            if key == "address":
                p_h(p, xr + lw + 8, y, value, W - m - 26 - (xr + lw + 8), fs, val, key)
            else:
                p.text(xr + lw + 8, y, value, fs, val, key=key if key != "valid_to" else "")
                if key == "valid_to":
                    _mark_valid_to(p, xr + lw + 8, y, value, fs, val)
            y += fs * 0.3528 * 2.3
        seal_x, seal_y = W - m - 70, H - m - 40
    city = v["_place"][2] or v["_place"][1]
    auth = f"{city}{v['_place'][3]}市场监督管理局" if not copy or rng.random() < 0.5 else f"{city}市场监督管理局"
    p.text(seal_x - (26 if copy else 30), seal_y - 8, "登记机关", fs, lab)
    issue = V.date_between(rng, dt.date.fromisoformat(v["established_date"]), V.TODAY)
    p.text(seal_x, seal_y + 12, V.cn_date(issue), fs, val, just="centre")
    p.seal(seal_x, seal_y, 21 if not copy else 19, auth, "zn_notosans_b", inner="")
    p.text(W / 2, H - m - 8, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 7.5, lab, just="centre")
    p.text(W / 2, H - m - 3.5, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 7.5, lab, just="centre")
    truth = {k: v[k] for k in ("name", "credit_code", "entity_type", "legal_representative", "registered_capital",
                               "established_date", "address", "business_scope", "valid_to")}
    return p, truth, {"faces": [lab, val, tit, "zn_notosans_b"]}


def p_h(p: Page, x: float, y: float, s: str, width: float, fs: float, face: str, key: str, maxlines: int = 99) -> float:
    """A wrapped paragraph; the height it takes is estimated here for the next row (R lays it out)."""
    p.para(x, y, s, width, fs, face, key=key, lead=1.5, maxlines=maxlines)
    per_line = max(1, int(width / (fs * 0.3528)))
    n = -(-len(s) // per_line)
    return max(n, 1) * fs * 0.3528 * 1.5 + fs * 0.3528 * 0.7


def _mark_valid_to(p: Page, x: float, y: float, value: str, fs: float, face: str) -> None:
    """The end of 营业期限 drawn again invisibly to record its ink box under `valid_to` (the visible run is drawn once)."""
    head = value.split(" 至 ")[0] + " 至 "
    p.call(f'local({{ w <- tw({q(head)}, "{face}", {fs}); h <- {fs} * 0.3528; '
           f'rec("valid_to", {x} + w, {y} - h / 2, {x} + w + tw({q(value.split(" 至 ")[1])}, "{face}", {fs}), {y} + h / 2) }})')


def public_health(rng: np.random.Generator) -> tuple[Page, dict, dict]:
    v = V.public_health(rng)
    W, H = 210.0, 297.0
    if rng.random() < 0.4:
        W, H = 297.0, 210.0
    p = Page(W, H)
    lab = V.pick(rng, F.SERIF + F.SANS)
    val = V.pick(rng, F.SERIF + F.KAI)
    tit = V.pick(rng, ["zn_notoserif_b", "zn_notosans_b", "zn_fsong"])
    p.rect(0, 0, W, H, fill="#fffdf7", col="NA")
    p.call(f'guilloche(10, 10, {W - 10}, {H - 10}, "#6f9ccf", k=4, amp=3)')
    p.call(f"emblem({W / 2}, 34, 11)")
    p.spread(W / 2 - 62, W / 2 + 62, 60, "公共场所卫生许可证", 30, tit)
    y = 76
    p.text(W / 2 - 40, y, "编号：", 12, lab)
    p.text(W / 2 - 26, y, v["license_no"], 12, val, key="license_no")
    x0, lw, fs = 30, 42, 13
    y = 94
    for label, key, value in [("单位名称", "name", v["name"]), ("法定代表人（负责人）", "legal_representative", v["legal_representative"]),
                              ("地　　址", "address", v["address"]), ("许可项目", "license_items", v["license_items"])]:
        p.text(x0, y, label + "：", fs, lab)
        if key == "address":
            y += p_h(p, x0 + lw + 8, y, value, W - 30 - (x0 + lw + 8), fs, val, key)
        else:
            p.text(x0 + lw + 8, y, value, fs, val, key=key)
            y += fs * 0.3528 * 2.4
    p.text(x0, y, "有效期限：", fs, lab)
    p.text(x0 + lw + 8, y, "自", fs, lab)
    p.text(x0 + lw + 15, y, _d(v["valid_from"]), fs, val, key="valid_from")
    p.text(x0 + lw + 55, y, "至", fs, lab)
    p.text(x0 + lw + 62, y, _d(v["valid_to"]), fs, val, key="valid_to")
    city = v["_place"][2] or v["_place"][1]
    auth = f"{city}{v['_place'][3]}卫生健康委员会"
    p.text(W - 80, H - 50, "发证机关（盖章）", 12, lab)
    p.text(W - 60, H - 30, _d(v["valid_from"]), 12, val, just="centre")
    p.seal(W - 60, H - 42, 19, auth, "zn_notosans_b")
    truth = {k: v[k] for k in ("license_no", "name", "legal_representative", "address", "license_items", "valid_from", "valid_to")}
    return p, truth, {"faces": [lab, val, tit]}


def food(rng: np.random.Generator, copy: bool) -> tuple[Page, dict, dict]:
    v = V.food(rng)
    W, H = (210.0, 297.0) if copy else (297.0, 210.0)
    p = Page(W, H)
    lab = V.pick(rng, F.SANS + F.SERIF)
    val = V.pick(rng, F.SERIF + F.KAI + F.SANS)
    tit = V.pick(rng, ["zn_notoserif_b", "zn_fsong", "zn_ming"])
    p.rect(0, 0, W, H, fill="#fbfbf4", col="NA")
    p.call(f'guilloche(9, 9, {W - 9}, {H - 9}, "#7fb07a", k=4, amp=2.6)')
    p.call(f"emblem({W / 2}, 28, 10)")
    p.spread(W / 2 - 55, W / 2 + 55, 52, "食品经营许可证", 30, tit)
    if copy:
        p.text(W / 2, 64, "（副本）", 13, tit, just="centre")
    fs = 11 if copy else 11.5
    rows = [("经营者名称", "name", v["name"]), ("社会信用代码（身份证号码）", "credit_code", v["credit_code"]),
            ("法定代表人（负责人）", "legal_representative", v["legal_representative"]), ("住　　所", "address", v["address"]),
            ("经营场所", "premises_address", v["premises_address"]), ("主体业态", "business_form", v["business_form"]),
            ("经营项目", "business_items", v["business_items"])]
    side = [("许可证编号", "license_no", v["license_no"]), ("日常监督管理机构", "", f"{v['_place'][3]}市场监督管理局"),
            ("日常监督管理人员", "", V.person_name(rng)), ("投诉举报电话", "", "12315"),
            ("发证机关", "", f"{v['_place'][2] or v['_place'][1]}{v['_place'][3]}市场监督管理局"),
            ("签发人", "", V.person_name(rng)), ("有效期至", "valid_to", _d(v["valid_to"]))]
    if copy:
        x0, y, lw = 22, 78, 58
        for label, key, value in side[:1] + rows + side[1:]:
            p.text(x0, y, label, fs, lab)
            if key in ("address", "premises_address", "business_items"):
                y += p_h(p, x0 + lw + 4, y, value, W - 22 - (x0 + lw + 4), fs, val, key)
            else:
                p.text(x0 + lw + 4, y, value, fs, val, key=key)
                y += fs * 0.3528 * 2.2
        p.seal(W - 55, H - 40, 19, side[4][2], "zn_notosans_b")
    else:
        x0, y, lw = 20, 72, 56
        for label, key, value in rows:
            p.text(x0, y, label, fs, lab)
            if key in ("address", "premises_address", "business_items"):
                y += p_h(p, x0 + lw + 3, y, value, W / 2 + 20 - (x0 + lw + 3), fs, val, key)
            else:
                p.text(x0 + lw + 3, y, value, fs, val, key=key)
                y += fs * 0.3528 * 2.3
        xr, y = W / 2 + 32, 72
        for label, key, value in side:
            p.text(xr, y, label, fs, lab)
            p.para(xr + 38, y, value, W - 14 - (xr + 38), fs, val, key=key)
            y += fs * 0.3528 * (2.3 if len(value) < 14 else 3.8)
        p.seal(W - 50, H - 36, 18, side[4][2], "zn_notosans_b")
    p.call(f"qr({W - 44 if not copy else W - 46}, 14, 22, {q(_bits(rng))})")
    truth = {k: v[k] for k in ("license_no", "name", "credit_code", "legal_representative", "address",
                               "premises_address", "business_form", "business_items", "valid_to")}
    return p, truth, {"faces": [lab, val, tit]}


def other(rng: np.random.Generator) -> tuple[Page, dict, dict]:
    kind = V.pick(rng, ["blank", "receipt", "letter", "form", "certificate", "notice"])
    W, H = (210.0, 297.0)
    if kind == "receipt":
        W, H = 80.0, 180.0
    p = Page(W, H)
    f1 = V.pick(rng, F.SERIF + F.SANS)
    f2 = V.pick(rng, F.SANS)
    p.rect(0, 0, W, H, fill="#ffffff", col="NA")
    who = V.person_name(rng)
    co = V.business_license(rng, "company")
    if kind == "blank":
        if rng.random() < 0.5:
            p.text(W / 2, H - 12, "- 1 -", 9, f1, just="centre")
    elif kind == "receipt":
        y = 12
        for s in [co["name"][:14], "购物小票", f"单号：{int(rng.integers(10**9, 10**10))}", "-" * 28]:
            p.text(W / 2, y, s, 9, f2, just="centre")
            y += 6
        tot = 0.0
        for _ in range(int(rng.integers(3, 9))):
            pr = round(float(rng.uniform(2, 80)), 2)
            tot += pr
            p.text(6, y, V.pick(rng, ["矿泉水", "面包", "洗衣液", "牛奶", "纸巾", "苹果", "电池"]), 9, f2)
            p.text(W - 6, y, f"{pr:.2f}", 9, f2, just="right")
            y += 6
        p.text(6, y + 4, "合计", 10, f2)
        p.text(W - 6, y + 4, f"{tot:.2f}", 10, f2, just="right")
        p.text(W / 2, y + 16, "谢谢惠顾，欢迎再次光临", 8, f2, just="centre")
    elif kind in ("letter", "notice"):
        title = "关于补交营业执照复印件的通知" if kind == "notice" else "情况说明"
        p.text(W / 2, 30, title, 18, "zn_notosans_b", just="centre")
        body = (f"{co['name']}：根据相关规定，贵单位在办理食品经营许可证及公共场所卫生许可证延续手续时，"
                f"需提交营业执照副本复印件、法定代表人身份证复印件，并加盖单位公章。请于{V.cn_date(V.TODAY + dt.timedelta(days=14))}前"
                f"到政务服务中心综合受理窗口补交材料。联系人：{who}。")
        p.para(25, 48, body, 160, 12.5, f1, lead=1.8)
        p.text(W - 30, 140, V.cn_date(V.TODAY), 12, f1, just="right")
        p.seal(W - 50, 130, 18, co["name"][:16], "zn_notosans_b")
    elif kind == "form":
        p.text(W / 2, 25, "政务服务事项申请表", 18, "zn_notosans_b", just="centre")
        y = 40
        for lbl in ["申请人", "联系电话", "办理事项", "申请材料", "备注"]:
            p.rect(20, y, 170, 14, col="black", lwd=0.8)
            p.line([55, 55], [y, y + 14], lwd=0.8)
            p.text(24, y + 7, lbl, 11, f1)
            y += 14
        p.text(60, 47, who, 11, "zn_kai")
    else:
        p.call(f'guilloche(10, 10, {W - 10}, {H - 10}, "#c0392b", k=3, amp=2)')
        p.spread(W / 2 - 50, W / 2 + 50, 60, "荣誉证书", 34, "zn_notoserif_b")
        p.para(30, 100, f"{who}同志在{V.TODAY.year - 1}年度工作中表现突出，被评为优秀工作者，特发此证，以资鼓励。", 150, 15, f1, lead=1.9)
        p.seal(W - 60, 200, 20, co["name"][:16], "zn_notosans_b")
    return p, {}, {"faces": [f1, f2], "variant": kind}
