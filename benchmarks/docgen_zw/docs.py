"""Family ZW's documents: values from values.py turned into the jobs layout.php lays out (template name,
page size, printed runs with their faces, style) and the truth each one's fields carry."""

from __future__ import annotations

import datetime as dt
import random

from . import values as V
from .faces import run

SP = "\u3000"


def spread(label: str) -> str:
    return label


def _f(value: str, box: str | None = None) -> dict:
    return {"value": value, "box": box}


def _valid_text(frm: dt.date, to, style: int) -> str:
    if style == 0:
        return f"{frm:%Y.%m.%d}-" + ("长期" if to is None else f"{to:%Y.%m.%d}")
    return f"{frm:%Y.%m.%d} - " + ("长期" if to is None else f"{to:%Y.%m.%d}")


def id_front(r: random.Random) -> dict:
    p = V.person(r)
    face = V.pick(r, ["hei", "song", "hei"])
    b = p["birth"]
    labels = {"name": run("姓名", "hei"), "sex": run("性别", "hei"), "nation": run("民族", "hei"),
              "birth": run("出生", "hei"), "addr": run("住址", "hei"), "idno": run("公民身份号码", "hei")}
    v = {"labels": labels, "name": run(p["name"], face), "sex": run(p["sex"], face), "nation": run(p["nation"], face),
         "birth": run(f"{b.year}  年  {b.month}  月  {b.day}  日", face), "address": run(p["address"], face),
         "id_number": run(p["id"], "mono")}
    fields = {"name": _f(p["name"], "name"), "sex": _f(p["sex"], "sex"), "nation": _f(p["nation"], "nation"),
              "birth_date": _f(V.iso(b), "birth_date"), "address": _f(p["address"], "address"),
              "id_number": _f(p["id"], "id_number")}
    return {"tpl": "id_front", "w": 85.6, "h": 54.0, "v": v, "style": {"size": 8.6}, "fields": fields,
            "variant": f"id_front-{face}", "faces": [face, "mono"]}


def id_back(r: random.Random) -> dict:
    b = V.id_back(r)
    face = V.pick(r, ["hei", "song"])
    v = {"t1": run("中华人民共和国", "hei"), "t2": run("居民身份证", "hei"), "l_auth": run("签发机关", "hei"),
         "l_valid": run("有效期限", "hei"), "auth": run(b["authority"], face),
         "valid": run(_valid_text(b["from"], b["to"], r.randrange(2)), face)}
    fields = {"issuing_authority": _f(b["authority"], "issuing_authority"), "valid_from": _f(V.iso(b["from"]), "validity"),
              "valid_to": _f("长期" if b["to"] is None else V.iso(b["to"]), "validity")}
    return {"tpl": "id_back", "w": 85.6, "h": 54.0, "v": v, "style": {"size": 8.4}, "fields": fields,
            "variant": "id_back-" + ("long" if b["to"] is None else "dated"), "faces": [face]}


def business_license(r: random.Random) -> dict:
    c = V.company(r)
    reg = c["region"]
    land = r.random() < 0.6
    copy = not land or r.random() < 0.2
    face = V.pick(r, ["song", "song", "kai", "hei"])
    lab = V.pick(r, ["hei", "song"])
    code = V.uscc(r, reg[0], "92" if c["individual"] else "91")
    est = V.date_between(r, dt.date(2003, 1, 1), dt.date(2025, 10, 1))
    lr = V.person_name(r)
    addr = V.address(r, reg, long=r.random() < 0.35)
    if c["individual"]:
        valid_to = ""
    elif r.random() < 0.45:
        valid_to = "长期"
    else:
        valid_to = V.iso(V.add_years(est, V.pick(r, [10, 20, 30])) - dt.timedelta(days=1))
    rows = []
    two = "　　" if r.random() < 0.7 else ""

    def lbl(t):
        return run(t if len(t) > 2 or not two else t[0] + two + t[1], lab)

    rows.append({"label": lbl("名称"), "value": run(c["name"], face), "id": "name", "col": 0})
    rows.append({"label": lbl("类型"), "value": run(c["type"], face), "id": "entity_type", "col": 0})
    rep_label = "经营者" if c["individual"] else ("负责人" if c["branch"] else "法定代表人")
    if c["individual"]:
        rows.append({"label": lbl("经营者"), "value": run(lr, face), "id": "legal_representative", "col": 0})
        rows.append({"label": lbl("组成形式"), "value": run("个人经营", face), "id": None, "col": 0})
    else:
        rows.append({"label": lbl(rep_label), "value": run(lr, face), "id": "legal_representative", "col": 0})
    scope_row = {"label": lbl("经营范围"), "value": run(c["scope"], face), "id": "business_scope", "col": 0}
    right = []
    if c["capital"]:
        right.append({"label": lbl("注册资本"), "value": run(c["capital"], face), "id": "registered_capital", "col": 1})
    right.append({"label": lbl("注册日期" if c["individual"] else "成立日期"), "value": run(V.cn_date(est), face),
                  "id": "established_date", "col": 1})
    if not c["individual"]:
        until = "长期" if valid_to == "长期" else V.cn_date(dt.date.fromisoformat(valid_to))
        right.append({"label": lbl("营业期限"), "value": run(f"{V.cn_date(est)} 至 {until}", face), "id": "valid_to", "col": 1})
    addr_label = "经营场所" if c["individual"] else ("营业场所" if c["branch"] else "住所")
    right.append({"label": lbl(addr_label), "value": run(addr, face), "id": "address", "col": 1})
    if land:
        rows = rows + [scope_row] + right
    else:
        rows = rows + right + [scope_row]
        for x in rows:
            x["col"] = 0
    issue = V.date_between(r, est, dt.date(2026, 6, 1))
    auth = f"{reg[2] or reg[1]}{reg[3]}市场监督管理局"
    v = {"title": run("营 业 执 照" if r.random() < 0.6 else "营业执照", "song"),
         "copyno": run(f"（副　本）（{r.randrange(1, 4)}-1）", "song") if copy else None,
         "credit_label": run("统一社会信用代码", lab), "credit_code": run(code, "song" if r.random() < 0.5 else "sans"),
         "certno": run(f"证照编号：{r.randrange(10**13, 10**14)}", lab) if r.random() < 0.7 else None,
         "qr": f"http://www.gsxt.gov.cn/index.html?uniscid={code}",
         "qr_caption": run("扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息", "hei"),
         "rows": rows, "auth_label": run("登记机关", lab), "seal": run(auth, "song"),
         "issue_date": run(V.cn_date_short(issue), face),
         "footer": run("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "hei"),
         "footer2": run("国家市场监督管理总局监制", "hei")}
    fields = {"name": _f(c["name"], "name"), "credit_code": _f(code, "credit_code"), "entity_type": _f(c["type"], "entity_type"),
              "legal_representative": _f(lr, "legal_representative"),
              "registered_capital": _f(c["capital"], "registered_capital" if c["capital"] else None),
              "established_date": _f(V.iso(est), "established_date"), "address": _f(addr, "address"),
              "business_scope": _f(c["scope"], "business_scope"),
              "valid_to": _f(valid_to, "valid_to" if valid_to else None)}
    size = V.pick(r, [11.5, 12, 12.5]) if land else V.pick(r, [11.5, 12])
    w, h = (297.0, 210.0) if land else (210.0, 297.0)
    kindtag = "individual" if c["individual"] else ("branch" if c["branch"] else "company")
    return {"tpl": "business_license", "w": w, "h": h, "v": v,
            "style": {"size": size, "gap": V.pick(r, [2.5, 3.5, 4.5]), "frame": V.pick(r, [[170, 120, 50], [150, 60, 40]]), "faces": face},
            "fields": fields, "variant": f"{'zheng' if land and not copy else 'fu'}-{'land' if land else 'port'}-{kindtag}",
            "faces": [face, lab]}


def health_license(r: random.Random) -> dict:
    c = V.company(r)
    reg = c["region"]
    face = V.pick(r, ["song", "kai", "song"])
    lab = V.pick(r, ["song", "hei"])
    year = r.randrange(2016, 2026)
    br = V.pick(r, [("（", "）"), ("〔", "〕"), ("(", ")")])
    no = f"{reg[5]}卫公字{br[0]}{year}{br[1]}第{reg[0]}{r.randrange(0, 10**6):06d}号"
    if r.random() < 0.3:
        no = f"{reg[5]}卫公证字{br[0]}{year}{br[1]}第{r.randrange(1, 9999):04d}号"
    items = V.pick(r, V.PH_ITEMS)
    name = c["name"].replace("科技", "酒店管理").replace("贸易", "休闲服务") if r.random() < 0.6 else c["name"]
    lr = V.person_name(r)
    addr = V.address(r, reg, long=r.random() < 0.3)
    frm = V.date_between(r, dt.date(year, 1, 1), dt.date(year, 12, 20))
    to = V.add_years(frm, 4) - dt.timedelta(days=1)
    rows = [{"label": run("单位名称", lab), "value": run(name, face), "id": "name"},
            {"label": run("法定代表人（负责人）", lab), "value": run(lr, face), "id": "legal_representative"},
            {"label": run("地址", lab), "value": run(addr, face), "id": "address"},
            {"label": run("许可项目", lab), "value": run(items, face), "id": "license_items"},
            {"label": run("有效期限", lab), "value": run(f"自{V.cn_date(frm)}至{V.cn_date(to)}", face), "id": "validity"}]
    auth = f"{reg[2] or reg[1]}{reg[3]}卫生健康委员会"
    v = {"title": run("公共场所卫生许可证", "song"), "no_label_value": run(f"许可证号：{no}" if r.random() < 0.5 else no, face),
         "rows": rows, "note": run("本证有效期届满前30日，应向原发证机关提出延续申请。请悬挂于经营场所醒目位置。", "song"),
         "auth": run(f"发证机关：{auth}", face), "seal": run(auth, "song"), "issue_date": run(V.cn_date(frm), face),
         "qr": f"https://wsjd.example.gov.cn/q?no={year}{reg[0]}" if r.random() < 0.5 else ""}
    fields = {"license_no": _f(no, "license_no"), "name": _f(name, "name"), "legal_representative": _f(lr, "legal_representative"),
              "address": _f(addr, "address"), "license_items": _f(items, "license_items"),
              "valid_from": _f(V.iso(frm), "validity"), "valid_to": _f(V.iso(to), "validity")}
    return {"tpl": "health_license", "w": 210.0, "h": 297.0, "v": v,
            "style": {"size": V.pick(r, [12, 13, 14]), "frame": [40, 90, 140]}, "fields": fields,
            "variant": f"health-{'gongzheng' if '公证' in no else 'gong'}", "faces": [face, lab]}


def food_license(r: random.Random) -> dict:
    c = V.company(r)
    reg = c["region"]
    land = r.random() < 0.5
    face = V.pick(r, ["song", "hei", "kai"])
    lab = V.pick(r, ["hei", "song"])
    no = f"JY{r.choice('12')}{reg[0]}{r.randrange(0, 10**7):07d}"
    name = c["name"] if r.random() < 0.5 else c["name"].replace("科技", "餐饮管理").replace("建筑工程", "食品")
    code = V.uscc(r, reg[0], "92" if c["individual"] else "91")
    lr = V.person_name(r)
    addr = V.address(r, reg)
    prem = addr if r.random() < 0.5 else V.address(r, reg, long=r.random() < 0.4)
    form = V.pick(r, V.FOOD_FORMS)
    k = r.randrange(1, 4)
    items = "；".join(r.sample(V.FOOD_ITEMS, k)) + ("*" if r.random() < 0.0 else "")
    valid = V.date_between(r, dt.date(2024, 1, 1), dt.date(2031, 1, 1))
    rows = [{"label": run("经营者名称", lab), "value": run(name, face), "id": "name", "col": 0},
            {"label": run("社会信用代码（身份证号码）", lab), "value": run(code, face), "id": "credit_code", "col": 0},
            {"label": run("法定代表人（负责人）", lab), "value": run(lr, face), "id": "legal_representative", "col": 0},
            {"label": run("住所", lab), "value": run(addr, face), "id": "address", "col": 0},
            {"label": run("经营场所", lab), "value": run(prem, face), "id": "premises_address", "col": 0},
            {"label": run("主体业态", lab), "value": run(form, face), "id": "business_form", "col": 0},
            {"label": run("经营项目", lab), "value": run(items, face), "id": "business_items", "col": 0},
            {"label": run("有效期至", lab), "value": run(V.cn_date(valid), face), "id": "valid_to", "col": 0}]
    side = [{"label": run("许可证编号", lab), "value": run(no, face), "id": "license_no", "col": 1},
            {"label": run("日常监督管理机构", lab), "value": run(f"{reg[3]}市场监督管理所", face), "id": None, "col": 1},
            {"label": run("日常监督管理人员", lab), "value": run(V.person_name(r) + "、" + V.person_name(r), face), "id": None, "col": 1},
            {"label": run("投诉举报电话", lab), "value": run("12315", face), "id": None, "col": 1}]
    if land:
        rows = rows + side
    else:
        rows = [dict(side[0], col=0)] + rows + [dict(x, col=0) for x in side[1:]]
    auth = f"{reg[2] or reg[1]}{reg[3]}市场监督管理局"
    v = {"title": run("食品经营许可证", "song"), "copyno": run("（副本）", "song") if not land else None, "rows": rows,
         "qr": f"https://spjy.example.gov.cn/v?no={no}", "auth": run(f"发证机关：{auth}", face),
         "seal": run(auth, "song"), "issue_date": run(V.cn_date(V.add_years(valid, -5) + dt.timedelta(days=1)), face),
         "footer": run("国家市场监督管理总局监制", "hei")}
    fields = {"license_no": _f(no, "license_no"), "name": _f(name, "name"), "credit_code": _f(code, "credit_code"),
              "legal_representative": _f(lr, "legal_representative"), "address": _f(addr, "address"),
              "premises_address": _f(prem, "premises_address"), "business_form": _f(form, "business_form"),
              "business_items": _f(items, "business_items"), "valid_to": _f(V.iso(valid), "valid_to")}
    w, h = (297.0, 210.0) if land else (210.0, 297.0)
    return {"tpl": "food_license", "w": w, "h": h, "v": v,
            "style": {"size": V.pick(r, [11, 11.5, 12]), "gap": V.pick(r, [2, 3, 4]), "frame": [60, 120, 70]},
            "fields": fields, "variant": f"food-{'zheng' if land else 'fu'}", "faces": [face, lab]}


def other(r: random.Random) -> dict:
    kind = V.pick(r, ["hukou", "marriage", "receipt", "notice", "form", "blank"])
    face = V.pick(r, ["song", "hei", "kai"])
    p = V.person(r)
    base = {"bg": None, "frame": None, "top": 14, "tsize": 18, "margin": 16, "size": 11, "rh": 11, "table": [], "paras": [],
            "seal": None, "sign": None}
    w, h = 210.0, 297.0
    if kind == "hukou":
        w, h = 143.0, 105.0
        base.update(title=run("常住人口登记卡", face), tsize=15, top=6, margin=6, size=8.5, rh=8, bg=[238, 232, 214])
        b = p["birth"]
        base["table"] = [[run("姓名", face), run(p["name"], face), run("户主或与户主关系", face), run(V.pick(r, ["户主", "妻", "长子", "女"]), face)],
                         [run("性别", face), run(p["sex"], face), run("民族", face), run(p["nation"] + "族", face)],
                         [run("出生日期", face), run(V.cn_date(b), face), run("出生地", face), run(p["region"][1] + p["region"][3], face)],
                         [run("公民身份号码", face), run(p["id"], face)],
                         [run("住址", face), run(p["address"], face)]]
        base["seal"] = run(p["region"][4] + "户口专用章", "song")
    elif kind == "marriage":
        w, h = 180.0, 125.0
        q = V.person(r)
        base.update(title=run("结婚证", face), tsize=16, top=6, margin=8, size=9, rh=8, bg=[250, 240, 236])
        base["table"] = [[run("持证人", face), run(p["name"], face), run("登记日期", face), run(V.cn_date(V.date_between(r, dt.date(2005, 1, 1), dt.date(2025, 1, 1))), face)],
                         [run("结婚证字号", face), run(f"J{p['region'][0]}-{r.randrange(2005, 2025)}-{r.randrange(1, 99999):06d}", face)],
                         [run("姓名", face), run(p["name"], face), run("国籍", face), run("中国", face)],
                         [run("身份证件号", face), run(p["id"], face)],
                         [run("姓名", face), run(q["name"], face), run("国籍", face), run("中国", face)],
                         [run("身份证件号", face), run(q["id"], face)]]
        base["seal"] = run(f"{p['region'][2] or p['region'][1]}{p['region'][3]}民政局婚姻登记专用章", "song")
    elif kind == "receipt":
        w, h = 80.0, 160.0
        items = [f"{V.pick(r, ['矿泉水', '面包', '牛奶', '酸奶', '薯片', '方便面', '鸡蛋', '苹果'])}  x{r.randrange(1, 4)}  {r.randrange(2, 40)}.{r.randrange(10, 99)}" for _ in range(r.randrange(3, 8))]
        base.update(title=run(V.pick(r, V.BRANDS) + "便利店", face), tsize=13, top=6, margin=5, size=8.5)
        base["paras"] = [run(f"单号：{r.randrange(10**9, 10**10)}", face), run("收银员：" + V.person_name(r), face)] + \
            [run(x, face) for x in items] + [run(f"合计：{r.randrange(10, 200)}.00 元  微信支付", face), run("谢谢惠顾，欢迎再次光临", face)]
    elif kind == "notice":
        c = V.company(r)
        base.update(title=run(V.pick(r, ["授权委托书", "情况说明", "办理须知"]), face), top=22)
        base["paras"] = [run(f"兹委托{p['name']}（身份证号码：{p['id']}）代表我单位{c['name']}前往政务服务中心办理营业执照变更、"
                             f"食品经营许可证延续及公共场所卫生许可证换证等相关手续。", face),
                         run("请携带营业执照副本原件、法定代表人身份证复印件及公章。受托人在委托权限内签署的文件，我单位均予以承认。", face),
                         run(f"委托期限：自{V.cn_date(dt.date(2026, r.randrange(1, 12), 1))}起三个月。", face)]
        base["seal"] = run(c["name"], "song")
        base["sign"] = run(V.cn_date(dt.date(2026, r.randrange(1, 12), r.randrange(1, 28))), face)
    elif kind == "form":
        c = V.company(r)
        base.update(title=run("政务服务事项申请表", face), top=16, size=10.5, rh=12)
        base["table"] = [[run("申请人", face), run(c["name"], face)], [run("经办人", face), run(p["name"], face)],
                         [run("联系电话", face), run(f"1{r.randrange(3, 9)}{r.randrange(10**8, 10**9)}", face)],
                         [run("申请事项", face), run(V.pick(r, ["设立登记", "变更登记", "许可延续", "遗失补证"]), face)],
                         [run("材料清单", face), run("1.申请书 2.身份证明 3.场所使用证明 4.其他材料", face)]]
        base["paras"] = [run("本人承诺所提交材料真实有效，如有虚假，愿承担相应法律责任。", face)]
        base["sign"] = run("申请人（签字）：____________", face)
    else:
        base.update(title=run("", face), tsize=10, paras=[])
    return {"tpl": "sheet", "w": w, "h": h, "v": base, "style": {}, "fields": {}, "variant": f"other-{kind}", "faces": [face]}


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
            "public_health_license": health_license, "food_business_license": food_license, "other": other}
