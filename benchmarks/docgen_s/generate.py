"""Family S's generator: values (values.py) → HTML + CSS pages (pages.py) laid out and rendered by one
headless Chromium over the DevTools protocol (browser.py) → captures written with numpy and
scikit-image (capture.py) → files x0001.<ext> … and truth.json in the contract of
benchmarks/docgen_b/FIELDS.md."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from benchmarks.docgen_s import browser, capture, pages
from benchmarks.docgen_s import values as V

FAMILY = "S"
HERE = Path(__file__).resolve().parent
SHARES = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
          "food_business_license": 20, "other": 20}
# capture -> weight, per broad class (documents on paper / ID cards)
DOC_CAPTURES = {"flatbed": 12, "adf": 8, "phone_desk": 18, "gaopaiyi": 10, "photocopy": 9, "copy_of_copy": 4,
                "fax": 4, "scanner_app": 8, "chat_screenshot": 9, "screen_photo": 5, "printed_scan": 4,
                "low_light": 4, "motion": 3, "pdf_vector": 2}
EL_CAPTURES = {"screenshot": 4, "screen_photo": 3, "chat_screenshot": 2, "printed_scan": 2}
CARD_CAPTURES = {"phone_desk": 28, "gaopaiyi": 18, "flatbed": 10, "photocopy": 12, "copy_of_copy": 3,
                 "chat_screenshot": 12, "scanner_app": 7, "low_light": 5, "motion": 3, "fax": 2}


def kinds_for(n: int, seed: int) -> list[str]:
    tot = sum(SHARES.values())
    counts = {k: int(round(v * n / tot)) for k, v in SHARES.items()}
    diff = n - sum(counts.values())
    order = sorted(SHARES, key=lambda k: -SHARES[k])
    i = 0
    while diff:
        k = order[i % len(order)]
        if diff > 0:
            counts[k] += 1
            diff -= 1
        elif counts[k] > 1:
            counts[k] -= 1
            diff += 1
        i += 1
    if n >= len(SHARES):
        for k in SHARES:  # every kind at least once in small sets
            if counts[k] == 0:
                big = max(counts, key=lambda x: counts[x])
                counts[big] -= 1
                counts[k] = 1
    kinds = [k for k in SHARES for _ in range(counts[k])]
    rng = np.random.default_rng([seed, 7])
    rng.shuffle(kinds)
    return kinds


def _quota(weights: dict[str, float], m: int, rng: np.random.Generator) -> list[str]:
    """m labels in the weights' proportions (largest remainder), shuffled: a set of 150 holds every
    capture and form its weights promise instead of whatever m independent draws happen to give."""
    tot = sum(weights.values())
    exact = {k: v * m / tot for k, v in weights.items()}
    counts = {k: int(x) for k, x in exact.items()}
    for k in sorted(exact, key=lambda k: counts[k] - exact[k])[: m - sum(counts.values())]:
        counts[k] += 1
    out = [k for k in weights for _ in range(counts[k])]
    rng.shuffle(out)
    return out


BL_FORMS = {"company": 58, "branch": 12, "partnership": 8, "individual": 22}
BL_ORIENTS = {"zb": 45, "fb": 45, "el": 10}


def plan_for(n: int, seed: int) -> list[dict]:
    """Per file: its kind, its capture (quota over paper files / over ID cards) and, for business
    licences, the form and layout (quota over the licences)."""
    kinds = kinds_for(n, seed)
    rng = np.random.default_rng([seed, 11])
    card = [i for i, k in enumerate(kinds) if k in ("id_card_front", "id_card_back")]
    paper = [i for i, k in enumerate(kinds) if i not in set(card)]
    bls = [i for i, k in enumerate(kinds) if k == "business_license"]
    plan: list[dict] = [{"kind": k} for k in kinds]
    for idx, caps in ((card, _quota(CARD_CAPTURES, len(card), rng)), (paper, _quota(DOC_CAPTURES, len(paper), rng))):
        for i, c in zip(idx, caps, strict=True):
            plan[i]["capture"] = c
    for i, f, o in zip(bls, _quota(BL_FORMS, len(bls), rng), _quota(BL_ORIENTS, len(bls), rng), strict=True):
        plan[i]["form"], plan[i]["orient"] = f, o
    return plan


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.glob("*.py")):
        h.update(p.read_bytes())
    h.update(browser.version().encode())
    h.update(f"{n}:{seed}".encode())
    return h.hexdigest()[:16]


def _f(value: str, hidden: set[str], key: str) -> dict:
    return {"value": value, "unreadable": key in hidden}


# ---------------------------------------------------------------- documents' values

def id_front_doc(rng: np.random.Generator) -> tuple[dict, dict]:
    p = V.place(rng)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1948, 1, 1), dt.date(2012, 12, 31))
    num = V.id_number(p[3], birth, male, rng)
    addr = V.address(rng, p, full=True)
    rows = [addr[i:i + 11] for i in range(0, len(addr), 11)]
    d = {"name": V.person_name(rng), "sex": "男" if male else "女", "nation": V.pick(rng, V.NATIONS),
         "by": str(birth.year), "bm": str(birth.month), "bd": str(birth.day), "address_rows": rows, "id_number": num}
    truth = {"name": d["name"], "sex": d["sex"], "nation": d["nation"], "birth_date": birth.isoformat(),
             "address": addr, "id_number": num}
    return d, truth


def id_back_doc(rng: np.random.Generator) -> tuple[dict, dict]:
    p = V.place(rng)
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2012, 12, 31))
    issue = V.date_between(rng, max(birth + dt.timedelta(days=400), dt.date(2006, 1, 1)), V.TODAY - dt.timedelta(days=20))
    age = (issue - birth).days // 365
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    to = V.add_years(issue, years) if years else None
    if p[0] in ("上海市", "北京市", "天津市", "重庆市"):
        auth = f"{p[0]}公安局{p[4]}分局"
    elif p[2].endswith(("市", "县")):
        auth = f"{p[2]}公安局"
    else:
        auth = f"{p[1]}公安局{p[2]}分局"
    d = {"authority": auth, "from_text": issue.strftime("%Y.%m.%d"), "to_text": to.strftime("%Y.%m.%d") if to else "长期"}
    truth = {"issuing_authority": auth, "valid_from": issue.isoformat(), "valid_to": to.isoformat() if to else "长期"}
    return d, truth


def business_doc(rng: np.random.Generator, form: str | None = None) -> tuple[dict, dict, str]:
    p = V.place(rng)
    r = rng.random()
    if form is None:
        form = "company" if r < 0.58 else "branch" if r < 0.7 else "partnership" if r < 0.78 else "individual"
    city_short = (p[1] or p[0]).removesuffix("市").removesuffix("省")
    zh = V.zihao(rng)
    trade = V.pick(rng, V.TRADES)
    est = V.date_between(rng, dt.date(2003, 1, 1), V.TODAY - dt.timedelta(days=10))
    issue = V.date_between(rng, max(est, dt.date(2019, 3, 1)), V.TODAY)
    registrar = f"{p[1] or p[0]}{p[2] if rng.random() < 0.7 else ''}市场监督管理局".replace("市市", "市")
    code_head = "92" if form == "individual" else "91"
    credit = V.uscc(rng, code_head, p[3])
    person = V.person_name(rng)
    addr = V.address(rng, p, full=rng.random() < 0.6)
    scope = V.scope(rng)
    if form == "company":
        suffix = V.pick(rng, ["有限公司", "有限公司", "有限责任公司", "股份有限公司"])
        name = f"{city_short}{zh}{trade}{suffix}" if rng.random() < 0.6 else f"{zh}{trade}（{city_short}）{suffix}"
        etype = ("股份有限公司（非上市、自然人投资或控股）" if suffix == "股份有限公司" else
                 V.pick(rng, ["有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司",
                              "有限责任公司（非自然人投资或控股的法人独资）", "有限责任公司（港澳台投资、非独资）"]))
        cap = V.capital(rng)
        if rng.random() < 0.4:
            to_text, to_val = "长期", "长期"
        else:
            end = V.add_years(est, int(V.pick(rng, [10, 20, 30, 50]))) - dt.timedelta(days=1)
            to_text, to_val = V.cn_date(end), end.isoformat()
        term = f"{V.cn_date(est)}至{to_text}"
        rows = [("名称", "name", name), ("类型", "entity_type", etype), ("法定代表人", "legal_representative", person),
                ("经营范围", "business_scope", scope), ("注册资本", "registered_capital", cap),
                ("成立日期", "established_date", V.cn_date(est)), ("营业期限", "valid_to", term), ("住所", "address", addr)]
        truth_cap = cap
    elif form == "branch":
        parent = f"{city_short}{zh}{trade}有限公司"
        name = f"{parent}{V.pick(rng, [p[4], V.pick(rng, V.ROADS) + V.pick(rng, V.ROADS)])}分公司"
        etype = V.pick(rng, ["有限责任公司分公司（自然人投资或控股）", "有限责任公司分公司（自然人独资）", "其他有限责任公司分公司"])
        to_text, to_val = ("长期", "长期") if rng.random() < 0.6 else (V.cn_date(V.add_years(est, 20) - dt.timedelta(days=1)), (V.add_years(est, 20) - dt.timedelta(days=1)).isoformat())
        rows = [("名称", "name", name), ("类型", "entity_type", etype), ("负责人", "legal_representative", person),
                ("经营范围", "business_scope", scope), ("成立日期", "established_date", V.cn_date(est)),
                ("营业期限", "valid_to", f"{V.cn_date(est)}至{to_text}"), ("营业场所", "address", addr)]
        truth_cap = ""
    elif form == "partnership":
        name = f"{city_short}{zh}{V.pick(rng, ['企业管理咨询', '股权投资', '科技', '商务信息咨询'])}合伙企业（{V.pick(rng, ['有限合伙', '普通合伙'])}）"
        etype = "有限合伙企业" if "有限合伙" in name else "普通合伙企业"
        to_text, to_val = ("长期", "长期") if rng.random() < 0.5 else (V.cn_date(V.add_years(est, 10) - dt.timedelta(days=1)), (V.add_years(est, 10) - dt.timedelta(days=1)).isoformat())
        partner = person if rng.random() < 0.6 else f"{city_short}{V.zihao(rng)}投资管理有限公司（委派代表：{person}）"
        rows = [("名称", "name", name), ("类型", "entity_type", etype), ("执行事务合伙人", "legal_representative", partner),
                ("经营范围", "business_scope", scope), ("成立日期", "established_date", V.cn_date(est)),
                ("合伙期限", "valid_to", f"{V.cn_date(est)}至{to_text}"), ("主要经营场所", "address", addr)]
        person = partner
        truth_cap = ""
    else:
        shop = V.pick(rng, ["小吃店", "便利店", "理发店", "五金店", "水果店", "服装店", "烟酒商行", "早餐店", "家电维修部", "副食店"])
        name = f"{p[2] if rng.random() < 0.5 else city_short}{V.person_name(rng)[:1]}{V.pick(rng, V.ZIHAO)}{shop}" if rng.random() < 0.75 else ""
        etype = "个体工商户"
        to_val = ""
        rows = [("名称", "name", name), ("类型", "entity_type", etype), ("经营者", "legal_representative", person),
                ("组成形式", "", "个人经营" if rng.random() < 0.8 else "家庭经营"), ("经营范围", "business_scope", V.scope(rng, licensed=rng.random() < 0.5)),
                ("注册日期", "established_date", V.cn_date(est)), ("经营场所", "address", addr)]
        truth_cap = ""
        scope = rows[4][2]
    left = {"name", "entity_type", "legal_representative", "business_scope", ""}
    if rng.random() < 0.3:  # some registrars print the labels with ideographic spaces rather than justified
        rows = [(lab if len(lab) > 2 else lab[0] + "\u3000\u3000" + lab[1], k, v) for lab, k, v in rows]
    d = {"rows": rows,
         "left_keys": left, "credit_code": credit, "registrar": registrar, "issue_date_text": V.cn_date(issue),
         "qr_caption": V.pick(rng, ["扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。",
                                   "扫描市场主体身份码了解更多登记、备案、许可、监管信息，体验更多应用服务。"]),
         "report_line": "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。"}
    truth = {"name": name, "credit_code": credit, "entity_type": etype, "legal_representative": person,
             "registered_capital": truth_cap, "established_date": est.isoformat(), "address": addr,
             "business_scope": scope, "valid_to": to_val}
    return d, truth, form


HEALTH_ITEMS = ["住宿", "沐浴", "美容店", "理发店", "游泳场所", "公共浴室", "歌舞厅", "游艺厅", "商场（店）", "书店",
                "候车（机、船）室", "健身房", "足浴", "展览馆", "影剧院"]


def health_doc(rng: np.random.Generator) -> tuple[dict, dict, str]:
    p = V.place(rng)
    ps = V.PROV_SHORT[p[0]]
    year = int(rng.integers(2019, 2027))
    br = V.pick(rng, ["（）", "〔〕", "[]"])
    style = int(rng.integers(4))
    if style == 0:
        no = f"{ps}卫公字{br[0]}{year}{br[1]}第{p[3]}{int(rng.integers(0, 999999)):06d}号"
    elif style == 1:
        no = f"{ps}{p[4][:1]}卫公证字{br[0]}{year}{br[1]}第{int(rng.integers(1, 9999)):04d}号"
    elif style == 2:
        no = f"{ps}卫公字{br[0]}{year}{br[1]}第{p[3]}-{int(rng.integers(0, 99999)):05d}号"
    else:
        no = f"{p[4]}卫公证字{br[0]}{year}{br[1]}第{p[3][:4]}{int(rng.integers(0, 9999)):04d}号"
    items = rng.choice(len(HEALTH_ITEMS), size=int(rng.integers(1, 4)), replace=False)
    items_t = "、".join(HEALTH_ITEMS[int(i)] for i in items)
    kind_name = V.pick(rng, ["宾馆", "酒店", "美容美发店", "浴室", "游泳馆", "健身会所", "足浴店", "快捷酒店"])
    name = f"{(p[1] or p[0]).removesuffix('市')}{V.zihao(rng)}{kind_name}{V.pick(rng, ['有限公司', '', '有限公司' + p[4] + '分店'])}"
    frm = V.date_between(rng, dt.date(year, 1, 1), dt.date(year, 12, 28))
    to = V.add_years(frm, 4) - dt.timedelta(days=1)
    person = V.person_name(rng)
    addr = V.address(rng, p, full=rng.random() < 0.5)
    lab_p = V.pick(rng, ["法定代表人（负责人）", "法定代表人", "负责人"])
    lab_a = V.pick(rng, ["地址", "经营场所地址", "单位地址"])
    period = f"自{V.cn_date(frm)}至{V.cn_date(to)}" if rng.random() < 0.6 else f"{V.cn_date(frm)}至{V.cn_date(to)}"
    rows = [("单位名称", "name", name), (lab_p, "legal_representative", person), (lab_a, "address", addr),
            ("许可项目", "license_items", items_t), ("有效期限", "valid_period", period)]
    issuer = f"{p[1] or p[0]}{p[2]}卫生健康委员会".replace("市市", "市") if rng.random() < 0.7 else f"{p[1] or p[0]}{p[2]}卫生健康局"
    d = {"rows": rows, "license_no": no, "boxed": rng.random() < 0.6, "lab_w": max(len(r[0]) for r in rows),
         "issuer": issuer, "issue_text": V.cn_date(frm), "title_face": "",
         "note": "本证在有效期内有效，应悬挂于经营场所醒目处。复核期限：每两年复核一次。"}
    truth = {"license_no": no, "name": name, "legal_representative": person, "address": addr, "license_items": items_t,
             "valid_from": frm.isoformat(), "valid_to": to.isoformat()}
    return d, truth, f"health-{'boxed' if d['boxed'] else 'open'}-{style}"


FORMS = {"1": ["食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "食品销售经营者（网络食品销售商）"],
         "2": ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）", "餐饮服务经营者（小吃店）"],
         "3": ["单位食堂（学校食堂）", "单位食堂（职工食堂）", "单位食堂（养老机构食堂）"]}
FOOD_ITEMS = {"1": ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "特殊食品销售（保健食品）",
                    "特殊食品销售（婴幼儿配方乳粉）", "散装食品（不含冷藏冷冻食品）销售"],
              "2": ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "自制饮品制售（不含自酿酒）", "糕点类食品制售（含裱花蛋糕）",
                    "预包装食品（不含冷藏冷冻食品）销售"],
              "3": ["热食类食品制售", "冷食类食品制售", "糕点类食品制售（不含裱花蛋糕）"]}


def food_doc(rng: np.random.Generator) -> tuple[dict, dict, str]:
    p = V.place(rng)
    cat = V.pick(rng, ["1", "2", "2", "3"])
    no = f"JY{cat}{p[3]}{int(rng.integers(0, 1000000)):06d}{int(rng.integers(10))}"
    city_short = (p[1] or p[0]).removesuffix("市").removesuffix("省")
    if cat == "3":
        name = f"{city_short}{V.pick(rng, ['第一中学', '实验小学', '职业技术学院', '人民医院', '经济开发区管委会'])}"
        credit = V.uscc(rng, "12", p[3])
    elif rng.random() < 0.4:
        name = f"{p[2]}{V.person_name(rng)[:1]}{V.pick(rng, V.ZIHAO)}{V.pick(rng, ['面馆', '超市', '便利店', '餐厅', '奶茶店', '烘焙坊'])}"
        credit = V.uscc(rng, "92", p[3])
    else:
        name = f"{city_short}{V.zihao(rng)}{V.pick(rng, ['餐饮管理有限公司', '商贸有限公司', '食品有限公司', '超市有限公司'])}"
        credit = V.uscc(rng, "91", p[3])
    person = V.person_name(rng)
    addr = V.address(rng, p, full=True)
    prem = addr if rng.random() < 0.55 else V.address(rng, p, full=True)
    bform = V.pick(rng, FORMS[cat])
    its = rng.choice(len(FOOD_ITEMS[cat]), size=int(rng.integers(1, min(4, len(FOOD_ITEMS[cat])) + 1)), replace=False)
    items = "；".join(FOOD_ITEMS[cat][int(i)] for i in sorted(its))
    issue = V.date_between(rng, dt.date(2017, 1, 1), V.TODAY)
    to = V.add_years(issue, 5) - dt.timedelta(days=1)
    template = "2023" if issue >= dt.date(2023, 12, 1) and rng.random() < 0.8 else "2015"
    issuer = f"{p[1] or p[0]}{p[2]}市场监督管理局".replace("市市", "市")
    left = [("经营者名称", "name", name), ("统一社会信用代码" if template == "2023" else "社会信用代码（身份证号码）", "credit_code", credit),
            ("法定代表人（负责人）", "legal_representative", person), ("住所", "address", addr), ("经营场所", "premises_address", prem),
            ("主体业态", "business_form", bform), ("经营项目", "business_items", items)]
    right = [("许可证编号", "license_no", no), ("日常监督管理机构", "", f"{p[2]}市场监督管理局{V.pick(rng, ['', '第一', '城区', '新城'])}市场监督管理所"),
             ("日常监督管理人员", "", f"{V.person_name(rng)}、{V.person_name(rng)}"), ("投诉举报电话", "", "12315"),
             ("签发人", "", V.person_name(rng)), ("有效期至", "valid_to", V.cn_date(to))]
    d = {"template": template, "left": left, "right": right, "license_no": no, "issuer": issuer, "issue_text": V.cn_date(issue),
         "copy": rng.random() < 0.4, "title_face": ""}
    truth = {"license_no": no, "name": name, "credit_code": credit, "legal_representative": person, "address": addr,
             "premises_address": prem, "business_form": bform, "business_items": items, "valid_to": to.isoformat()}
    return d, truth, f"food-{template}-{'fb' if d['copy'] else 'zb'}"


def other_doc(rng: np.random.Generator) -> tuple[dict, str]:
    what = V.pick(rng, ["blank", "letter", "letter", "form", "form", "receipt", "certificate"])
    p = V.place(rng)
    comp = f"{(p[1] or p[0]).removesuffix('市')}{V.zihao(rng)}{V.pick(rng, V.TRADES)}有限公司"
    d: dict = {"what": what}
    day = V.cn_date(V.date_between(rng, dt.date(2021, 1, 1), V.TODAY))
    if what == "letter":
        d.update(title=V.pick(rng, ["授权委托书", "情况说明", "承诺书", "关于办理营业执照变更登记的申请"]),
                 paras=[f"{V.pick(rng, ['市场监督管理局', '政务服务中心', '行政审批局'])}：",
                        f"我单位{comp}（统一社会信用代码见营业执照副本复印件）因经营需要，现委托{V.person_name(rng)}同志前往贵中心办理营业执照、"
                        f"食品经营许可证等相关事项，其身份证复印件附后。受托人在办理过程中所签署的文件，我单位均予以承认。",
                        "委托期限自签署之日起三十日内有效。特此说明。"],
                 sign=comp, date=day)
    elif what == "form":
        d.update(title=V.pick(rng, ["综合受理申请表", "企业登记申请书", "公共场所卫生许可申请表"]),
                 rows=[("申请人（单位）名称", comp if rng.random() < 0.5 else ""), ("统一社会信用代码", ""), ("法定代表人", V.person_name(rng) if rng.random() < 0.5 else ""),
                       ("联系电话", f"1{int(rng.integers(30, 99))}{int(rng.integers(10000000, 99999999))}"), ("住所", ""),
                       ("申请事项", V.pick(rng, ["营业执照变更", "食品经营许可新办", "卫生许可延续"])), ("提交材料", "营业执照副本、身份证复印件"), ("受理人", ""), ("受理日期", "")],
                 foot="申请人承诺所提交材料真实有效，并对其真实性负责。")
    elif what == "receipt":
        items = [(V.pick(rng, ["矿泉水", "复印费", "打印A4", "证件照", "文件袋", "签字笔", "快递费"]), f"{rng.uniform(1, 30):.2f}") for _ in range(int(rng.integers(3, 8)))]
        d.update(shop=V.pick(rng, ["政务中心便民服务部", "好邻居便利店", "图文快印店"]), no=str(int(rng.integers(10**9, 10**10))),
                 time=f"{day} {int(rng.integers(8, 18)):02d}:{int(rng.integers(0, 60)):02d}", items=items,
                 total=f"{sum(float(b) for _, b in items):.2f}")
    elif what == "certificate":
        d.update(title=V.pick(rng, ["荣誉证书", "培训合格证书", "聘书"]),
                 text=f"{V.person_name(rng)}同志：在{V.pick(rng, ['2023年度', '2024年度', '2025年度'])}{V.pick(rng, ['窗口服务', '安全生产', '食品安全管理员培训'])}工作中表现突出，特发此证，以资鼓励。",
                 sign=comp, date=day)
    return d, what


# ---------------------------------------------------------------- marks drawn into the page (HTML overlays)

def marks_html(marks: list[str], rng: np.random.Generator, w: int, h: int, hand: str, face: str, company: str) -> str:
    out = []
    for m in marks:
        if m == "watermark":
            txt = V.pick(rng, ["仅供办理营业执照变更使用", "仅供食品经营许可申请使用", "仅供综合窗口受理使用，他用无效", "仅供银行开户使用"])
            out.append('<div style="position:absolute;inset:0;overflow:hidden;pointer-events:none;z-index:5">'
                       + "".join(f'<div style="position:absolute;left:{x}px;top:{y}px;transform:rotate(-28deg);font-family:{face};'
                                 f'font-size:{int(w / 20)}px;color:rgba({V.pick(rng, ["120,120,120", "200,40,40", "40,80,200"])},.28);white-space:nowrap">{pages.esc(txt)}</div>'
                                 for x in range(-int(w * 0.2), w, int(w * 0.55)) for y in range(int(h * 0.12), h, int(h * 0.3)))
                       + "</div>")
        elif m == "certified_copy":
            x, y = rng.uniform(0.45, 0.7) * w, rng.uniform(0.72, 0.86) * h
            out.append(f'<div style="position:absolute;left:{x:.0f}px;top:{y:.0f}px;z-index:6;font-family:{hand};font-size:{w / 30:.0f}px;'
                       f'color:#1d2a6b;transform:rotate({rng.uniform(-8, 4):.1f}deg);line-height:1.4">复印件与原件一致<br>'
                       f'<span style="font-size:1.3em;font-style:italic">{pages.esc(V.person_name(rng))}</span> {V.TODAY.year}.{int(rng.integers(1, 12))}.{int(rng.integers(1, 28))}</div>')
        elif m == "company_seal":
            x, y = rng.uniform(0.1, 0.7) * w, rng.uniform(0.25, 0.75) * h
            out.append(f'<div style="position:absolute;left:{x:.0f}px;top:{y:.0f}px;z-index:6">'
                       f'{pages.seal_svg(company, int(min(w, h) * 0.2), rot=float(rng.uniform(-40, 40)), opacity=0.7, face=face)}</div>')
        elif m == "signature":
            x, y = rng.uniform(0.15, 0.6) * w, rng.uniform(0.82, 0.92) * h
            out.append(f'<div style="position:absolute;left:{x:.0f}px;top:{y:.0f}px;z-index:6;font-family:{hand};font-size:{w / 22:.0f}px;'
                       f'color:#111;transform:rotate(-6deg) skewX(-15deg)">{pages.esc(V.person_name(rng))}</div>')
        elif m == "highlighter":
            x, y = rng.uniform(0.1, 0.5) * w, rng.uniform(0.2, 0.7) * h
            out.append(f'<div style="position:absolute;left:{x:.0f}px;top:{y:.0f}px;width:{w * 0.35:.0f}px;height:{h * 0.03:.0f}px;z-index:6;'
                       f'background:rgba(255,240,0,.35);mix-blend-mode:multiply;transform:rotate({rng.uniform(-2, 2):.1f}deg)"></div>')
    return "".join(out)


# ---------------------------------------------------------------- one file

FORMATS_BY_CAPTURE = {"fax": ["tiff", "png", "pdf"], "flatbed": ["png", "jpg", "pdf", "tiff"], "adf": ["pdf", "tiff", "jpg"],
                      "photocopy": ["jpg", "png", "pdf"], "copy_of_copy": ["jpg", "png"], "scanner_app": ["pdf", "jpg"],
                      "chat_screenshot": ["jpg", "png", "webp"], "screen_photo": ["jpg", "webp"], "printed_scan": ["pdf", "jpg"],
                      "phone_desk": ["jpg", "jpg", "webp", "png"], "screenshot": ["png", "jpg"], "gaopaiyi": ["jpg", "png"], "low_light": ["jpg"], "motion": ["jpg"]}


def _choose(rng: np.random.Generator, weights: dict[str, int]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def make_one(i: int, plan: dict, seed: int, out_dir: Path, br: browser.Browser | None = None) -> dict:
    """Draw, render and capture file i (name x{i+1:04d}) as its plan entry (plan_for) says;
    deterministic for (seed, i, plan)."""
    rng = np.random.default_rng([seed, i, 19])
    own = br is None
    if own:
        br = browser.Browser()
    try:
        return _make(i, plan, rng, Path(out_dir), br)
    finally:
        if own:
            br.close()


def _make(i: int, plan: dict, rng: np.random.Generator, out_dir: Path, br: browser.Browser) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    kind = plan["kind"]
    card = kind in ("id_card_front", "id_card_back")
    cap = plan.get("capture") or _choose(rng, CARD_CAPTURES if card else DOC_CAPTURES)
    if kind == "other" and cap == "pdf_vector":
        cap = "flatbed"
    hand = V.pick(rng, pages.KAI)
    marks: list[str] = []
    company = ""
    truth_fields: dict = {}
    if kind == "id_card_front":
        d, truth_fields = id_front_doc(rng)
        lab, valf, num = V.pick(rng, pages.SANS), V.pick(rng, pages.SANS + ["fandol_song"]), V.pick(rng, pages.DIGITS)
        html, w, h = pages.id_front(d, lab, valf, num, rng)
        faces, variant = [lab, valf, num], "id-front"
    elif kind == "id_card_back":
        d, truth_fields = id_back_doc(rng)
        lab, valf, title = V.pick(rng, pages.SANS), V.pick(rng, pages.SANS + ["fandol_song"]), V.pick(rng, ["fandol_song_bold", "fandol_hei_bold", "fandol_song"])
        html, w, h = pages.id_back(d, lab, valf, title, rng)
        faces, variant = [lab, valf, title], "id-back"
    elif kind == "business_license":
        d, truth_fields, form = business_doc(rng, plan.get("form"))
        r = rng.random()
        orient = plan.get("orient") or ("zb" if r < 0.45 else "fb" if r < 0.9 else "el")
        lab, valf, dig = V.pick(rng, pages.SERIF + pages.FANG), V.pick(rng, pages.SERIF + pages.FANG + pages.SANS), V.pick(rng, pages.DIGITS)
        d["title_face"] = V.pick(rng, ["fandol_song_bold", "fandol_hei_bold", "fandol_song"])
        if orient == "el":  # the e-licence app: screenshotted, photographed on the phone, forwarded, or printed
            lab, valf = V.pick(rng, pages.SANS), V.pick(rng, pages.SANS)
            html, w, h = pages.business_license_phone(d, lab, valf, rng)
            cap = _choose(rng, EL_CAPTURES)
            faces = [lab, valf]
        else:
            html, w, h = pages.business_license(d, orient, lab, valf, dig, rng)
            faces = [lab, valf, dig, d["title_face"]]
        variant = f"bl-{orient}-{form}"
        company = truth_fields["name"] or "个体工商户专用章"
    elif kind == "public_health_license":
        d, truth_fields, variant = health_doc(rng)
        lab, valf = V.pick(rng, pages.SERIF + pages.FANG), V.pick(rng, pages.SERIF + pages.FANG + pages.SANS + pages.KAI)
        d["title_face"] = V.pick(rng, ["fandol_song_bold", "fandol_hei_bold"])
        html, w, h = pages.health_license(d, lab, valf, rng)
        faces = [lab, valf, d["title_face"]]
        company = truth_fields["name"]
    elif kind == "food_business_license":
        d, truth_fields, variant = food_doc(rng)
        lab, valf, dig = V.pick(rng, pages.SERIF + pages.FANG + pages.SANS), V.pick(rng, pages.SERIF + pages.FANG + pages.SANS), V.pick(rng, pages.DIGITS)
        d["title_face"] = V.pick(rng, ["fandol_song_bold", "fandol_hei_bold"])
        html, w, h = pages.food_license(d, lab, valf, dig, rng)
        faces = [lab, valf, dig, d["title_face"]]
        company = truth_fields["name"]
    else:
        d, what = other_doc(rng)
        face = V.pick(rng, pages.SERIF + pages.FANG + pages.SANS)
        html, w, h = pages.other_page(d, face, hand, rng)
        faces, variant = [face, hand], f"other-{what}"
    if kind != "other":
        for m, pr in (("watermark", 0.2), ("certified_copy", 0.22), ("company_seal", 0.12), ("signature", 0.1), ("highlighter", 0.05)):
            on_screen = variant.startswith("bl-el") and cap != "printed_scan"  # a phone's screen takes only an app's watermark
            if rng.random() < pr and not (card and m in ("company_seal", "highlighter")) and not (on_screen and m != "watermark"):
                marks.append(m)
        if "certified_copy" in marks or "company_seal" in marks:
            company = company or "综合受理"
        if card and "certified_copy" in marks:
            marks.remove("certified_copy")  # on a card the note goes on the copy's paper, not the card
        if marks:
            ov = marks_html(marks, rng, w, h, hand, faces[0], company or "综合受理")
            html = html.replace("</body>", ov + "</body>")
            if "certified_copy" in marks or "signature" in marks:
                faces.append(hand)
    stem = f"x{i + 1:04d}"
    effects: list[str] = []
    cam = cap in ("phone_desk", "gaopaiyi", "chat_screenshot", "screen_photo", "low_light", "motion")
    if cam:
        for e, pr in (("glare", 0.15 if card else 0.1), ("shadow", 0.2), ("cut", 0.06), ("sleeve", 0.08 if not card else 0.0)):
            if rng.random() < pr:
                effects.append(e)
    if not card and rng.random() < 0.12 and cap not in ("scanner_app", "pdf_vector"):
        effects.append("fold")
    if cap in ("chat_screenshot",) and rng.random() < 0.3:
        effects.append("lowres")
    marks += effects
    hidden: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="docgen_s_") as td:
        hp = Path(td) / f"{stem}.html"
        hp.write_text(html, encoding="utf-8")
        scale = float(rng.uniform(1.0, 1.35)) if card else float(rng.uniform(2.5, 3.0)) if w < 500 else float(rng.uniform(1.3, 1.55))
        if cap == "pdf_vector" or cap == "printed_scan":
            pdf, boxes = br.render(hp, w, h, 1.0, pdf={"printBackground": True, "paperWidth": w / 96, "paperHeight": h / 96,
                                                         "marginTop": 0, "marginBottom": 0, "marginLeft": 0, "marginRight": 0,
                                                         "pageRanges": "1"})
            if cap == "pdf_vector":
                fmt = "pdf"
                (out_dir / f"{stem}.pdf").write_bytes(pdf)
                return _entry(stem, fmt, kind, truth_fields, hidden, cap, variant, marks, faces)
            doc = pdfium.PdfDocument(pdf)
            pil = doc[0].render(scale=scale).to_pil().convert("RGB")
            doc.close()
            arr = np.asarray(pil, np.float32) / 255
            alpha = None
            sx, sy = arr.shape[1] / w, arr.shape[0] / h
            boxes = [{"key": b["key"], "rects": [[r[0] * sx, r[1] * sy, r[2] * sx, r[3] * sy] for r in b["rects"]]} for b in boxes]
        else:
            png, boxes = br.render(hp, w, h, scale, transparent=card)
            im = Image.open(io.BytesIO(png)).convert("RGBA")
            arr4 = np.asarray(im, np.float32) / 255
            alpha = arr4[..., 3] if card else None
            arr = arr4[..., :3] * (arr4[..., 3:4] if card else 1)
            sx = arr.shape[1] / w
            boxes = [{"key": b["key"], "rects": [[v * sx for v in r] for r in b["rects"]]} for b in boxes]
    hidden = _off_page(boxes, arr.shape[1], arr.shape[0])  # below a phone screen's fold: not shown at all
    img, hidden2, bilevel = capture.apply(arr, alpha, boxes, cap, rng, effects, card)
    hidden |= hidden2
    fmt = V.pick(rng, FORMATS_BY_CAPTURE[cap])
    _save(capture.to_uint8(img), out_dir / f"{stem}.{fmt}", fmt, bilevel, cap, rng)
    return _entry(stem, fmt, kind, truth_fields, hidden, cap, variant, marks, faces)


def _off_page(boxes: list[dict], w: int, h: int) -> set[str]:
    """Keys whose value box lies partly outside the rendered viewport (more than 15 % of its area)."""
    out = set()
    for b in boxes:
        area = inside = 0.0
        for x0, y0, x1, y1 in b["rects"]:
            a = max(0.0, x1 - x0) * max(0.0, y1 - y0)
            area += a
            inside += max(0.0, min(x1, w) - max(x0, 0)) * max(0.0, min(y1, h) - max(y0, 0))
        if area and inside / area < 0.85:
            out.add(b["key"])
    return out


def _entry(stem: str, fmt: str, kind: str, fields: dict, hidden: set[str], cap: str, variant: str, marks: list[str], faces: list[str]) -> dict:
    if kind == "public_health_license" and "valid_period" in hidden:
        hidden |= {"valid_from", "valid_to"}
    return {"file": f"{stem}.{fmt}", "kind": kind, "fields": {k: _f(v, hidden, k) for k, v in fields.items()},
            "capture": cap, "variant": variant, "marks": sorted(set(marks)), "faces": sorted(set(faces)), "formats": [fmt]}


def _save(img: np.ndarray, path: Path, fmt: str, bilevel: bool, cap: str, rng: np.random.Generator) -> None:
    im = Image.fromarray(img)
    if bilevel:
        im = im.convert("L").point(lambda v: 255 if v > 127 else 0).convert("1")
    elif cap in ("photocopy", "copy_of_copy", "fax") or (img[..., 0] == img[..., 1]).all():
        im = im.convert("L")
    if fmt == "jpg":
        q = int(rng.integers(38, 60)) if cap in ("chat_screenshot", "low_light") else int(rng.integers(60, 92))
        if cap == "chat_screenshot":  # forwarded: compressed twice
            b = io.BytesIO()
            im.save(b, "JPEG", quality=int(rng.integers(60, 80)))
            im = Image.open(io.BytesIO(b.getvalue()))
        im.save(path, "JPEG", quality=q)
    elif fmt == "webp":
        im.save(path, "WEBP", quality=int(rng.integers(50, 85)))
    elif fmt == "tiff":
        im.save(path, "TIFF", compression="group4" if im.mode == "1" else "tiff_lzw")
    elif fmt == "pdf":
        im.save(path, "PDF", resolution=float(V.pick(rng, [150, 200, 300])))
    else:
        im.save(path, "PNG", optimize=False)


def generate(out_dir: Path | str, n: int = 150, seed: int = 1212) -> dict:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    with browser.Browser() as br:
        for i, p in enumerate(plan_for(n, seed)):
            files.append(make_one(i, p, seed, out, br))
    truth = {"family": FAMILY, "params_hash": params_hash(n, seed), "seed": seed, "renderer": browser.version(), "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)), "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "faces": dict(Counter(x for f in fs for x in f["faces"])), "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
