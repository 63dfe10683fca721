"""Family AA: the plan, the values of each document, its marks and capture, and its truth entry.

Pages are drawn (or written as PDFs) by the OCaml program, photos rendered by the CImg program,
scans/copies/faxes/scanner-app output/chat forwards made by the Haskell program (engines.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import random
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.docgen_aa import pages as P
from benchmarks.docgen_aa import values as V
from benchmarks.docgen_aa.engines import Engines

FAMILY = "AA"
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
CAPTURES = ["flatbed", "photocopy", "copy_of_copy", "fax", "desk_photo", "handheld", "gaopaiyi", "sleeve", "screen",
            "chat_forward", "scanner_app", "e_pdf"]
LICENCES = {"business_license", "public_health_license", "food_business_license"}
HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 20)


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{FAMILY}|{n}|{seed}".encode())
    for p in sorted(HERE.rglob("*")):
        if p.suffix in (".py", ".ml", ".cpp", ".hs") and "__pycache__" not in p.parts:
            h.update(p.relative_to(HERE).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _counts(n: int) -> dict:
    if n == 150:
        return dict(MIX)
    raw = {k: v * n / 150 for k, v in MIX.items()}
    out = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: raw[k] - out[k], reverse=True)[: n - sum(out.values())]:
        out[k] += 1
    return out


def kinds_for(n: int, seed: int) -> list[dict]:
    r = random.Random(f"aa-plan-{seed}-{n}")
    kinds = [k for k, c in _counts(n).items() for _ in range(c)]
    r.shuffle(kinds)
    plan = []
    cyc = {k: r.sample(CAPTURES, len(CAPTURES)) for k in MIX}
    pos = Counter()
    for k in kinds:
        caps = [c for c in cyc[k] if c != "e_pdf" or k in LICENCES]
        cap = caps[pos[k] % len(caps)]
        pos[k] += 1
        plan.append({"kind": k, "capture": cap})
    return plan


# ------------------------------------------------------------------ values per kind

def _values(kind: str, r: random.Random, i: int) -> tuple[dict, dict, str]:
    """(values for the layout, truth fields {key: value}, variant)."""
    reg = V.region(r)
    v: dict = {"seed": 1000 + i, "region": reg}
    auth_city = reg[1] or reg[0]
    if kind == "id_card_front":
        sex = r.choice(["男", "女"])
        birth = V.date_between(r, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
        nm = V.name(r)
        nation = r.choice(V.NATIONS)
        addr = V.address(r, reg, long=r.random() < 0.3)
        idn = V.id_number(r, reg, birth, sex)
        v.update(name=nm, sex=sex, nation=nation, birth=birth, address=addr, id_number=idn)
        return v, {"name": nm, "sex": sex, "nation": nation, "birth_date": birth.isoformat(), "address": addr,
                   "id_number": idn}, "card-front"
    if kind == "id_card_back":
        age = r.randint(10, 70)
        frm = V.date_between(r, dt.date(2008, 1, 1), dt.date(2025, 12, 31))
        yrs = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else 0
        to = "长期" if yrs == 0 else V.add_years(frm, yrs).isoformat()
        auth = f"{auth_city}公安局{reg[2]}分局" if r.random() < 0.85 else f"{auth_city}公安局"
        to_txt = "长期" if to == "长期" else to.replace("-", ".")
        v.update(issuing_authority=auth, validity_text=f"{frm.isoformat().replace('-', '.')}-{to_txt}")
        return v, {"issuing_authority": auth, "valid_from": frm.isoformat(), "valid_to": to}, "card-back"
    authority = f"{auth_city}{reg[2]}市场监督管理局"
    v["authority"] = authority
    issue = V.date_between(r, dt.date(2016, 1, 1), dt.date(2026, 10, 30))
    v["issue_date_text"] = V.cn_date_nopad(issue) if r.random() < 0.5 else V.cn_date(issue)
    if kind == "business_license":
        f = V.firm(r, reg)
        kind_v = r.choices(["company", "individual", "branch"], [0.7, 0.18, 0.12])[0]
        rep = V.name(r)
        est = V.date_between(r, dt.date(1998, 1, 1), issue)
        addr = V.address(r, reg, long=r.random() < 0.35)
        if kind_v == "individual":
            nm = (reg[2] + r.choice(["", "城区"]) + f["name"][len(reg[1] or reg[0]) - 1:][:4] + r.choice(["小吃店", "便利店", "理发店", "五金店", "百货商行"]))
            nm = nm if r.random() < 0.8 else ""
            et, cap, to = "个体工商户", "", ""
            code = V.uscc(r, reg, "92")
            rows2 = [("组成形式", "form"), ("注册日期", "established_date"), ("经营场所", "address")]
            v.update(rep_label="经营者", addr_label="经营场所", form_text=r.choice(["个人经营", "家庭经营"]))
            scope = f["scope"].split("。")[0].replace("一般项目：", "") + "。"
        else:
            nm = f["name"]
            if kind_v == "branch":
                nm = nm.replace("有限公司", "有限公司" + reg[2] + "分公司") if "分公司" not in nm else nm
                et = "有限责任公司分公司（自然人投资或控股）"
                cap = ""
                rows2 = [("成立日期", "established_date"), ("营业期限", "valid_to"), ("营业场所", "address")]
                v.update(rep_label="负责人", addr_label="营业场所")
            else:
                et = f["entity_type"]
                wan = r.choice([10, 30, 50, 100, 200, 300, 500, 1000, 1200, 2000, 5000])
                cap = r.choice([f"{wan}万元整", f"人民币{V.capital_cn(wan)}", f"{wan}.0000万人民币", f"{wan}万元"])
                if "合伙" in et or "独资企业" in et:
                    cap = "" if "独资企业" in et else f"{wan}万元"
                rows2 = [("注册资本" if "合伙" not in et else "出资额", "registered_capital"), ("成立日期", "established_date"),
                         ("营业期限" if "合伙" not in et else "合伙期限", "valid_to"),
                         ("住　　所" if "合伙" not in et else "主要经营场所", "address")]
                if cap == "":
                    rows2 = rows2[1:]
                v.update(rep_label="执行事务合伙人" if "合伙" in et else "法定代表人" if "独资" not in et or "有限" in et else "投资人",
                         addr_label=rows2[-1][0])
            code = V.uscc(r, reg, "91")
            to = "长期" if r.random() < 0.45 else V.add_years(est, r.choice([10, 20, 30, 50])) - dt.timedelta(days=1)
            to = to if isinstance(to, str) else to.isoformat()
            scope = f["scope"]
        est_txt = V.cn_date(est) if r.random() < 0.6 else V.cn_date_nopad(est)
        to_txt = "" if to == "" else (f"{est_txt}至长期" if to == "长期" else f"{est_txt}至{V.cn_date(dt.date.fromisoformat(to))}")
        v.update(credit_code=code, name_text=nm or "", entity_type_text=et, legal_representative_text=rep,
                 registered_capital_text=cap, established_date_text=est_txt, valid_to_text=to_txt, address_text=addr,
                 business_scope_text=scope, rows2=rows2, copy_no=f"{r.randint(1, 9)}", credit_code_text=code)
        truth = {"name": nm, "credit_code": code, "entity_type": et, "legal_representative": rep,
                 "registered_capital": cap, "established_date": est.isoformat(), "address": addr,
                 "business_scope": scope.replace(" ", ""), "valid_to": to}
        return v, truth, kind_v
    if kind == "public_health_license":
        f = V.firm(r, reg)
        year = issue.year
        no = r.choice([f"{reg[4]}卫公字（{year}）第{reg[3]}{r.randint(1, 999999):06d}号",
                       f"{reg[4]}卫公证字〔{year}〕第{r.randint(100, 99999)}号",
                       f"{reg[4]}卫公字[{year}]第{reg[3][:4]}{r.randint(1, 99999):05d}号"])
        items = r.choice(["住宿", "住宿、沐浴", "美容、美发", "美发", "沐浴", "游泳场所", "商场（店）", "候车（机、船）室",
                          "歌舞厅、游艺厅", "住宿、美容、美发", "公共浴室、足浴"])
        nm = f["name"].replace(f["trade"], r.choice(["酒店管理", "美容美发", "洗浴服务", "体育文化", "宾馆"]))
        rep = V.name(r)
        addr = V.address(r, reg, long=r.random() < 0.3)
        to = V.add_years(issue, 4) - dt.timedelta(days=1)
        v.update(license_no=no, name=nm, legal_representative=rep, address=addr, license_items=items,
                 validity_text=f"{V.cn_date(issue)}至{V.cn_date(to)}")
        v["authority"] = f"{auth_city}{reg[2]}卫生健康委员会"
        return v, {"license_no": no, "name": nm, "legal_representative": rep, "address": addr, "license_items": items,
                   "valid_from": issue.isoformat(), "valid_to": to.isoformat()}, "health"
    if kind == "food_business_license":
        f = V.firm(r, reg)
        nm = f["name"].replace(f["trade"], r.choice(["餐饮管理", "食品", "商贸", "酒店管理"]))
        code = V.uscc(r, reg, "91")
        no = "JY" + str(r.choice([1, 2, 3])) + reg[3] + f"{r.randint(0, 9999999):07d}"
        rep = V.name(r)
        addr = V.address(r, reg)
        prem = addr if r.random() < 0.5 else V.address(r, reg, long=True)
        form = r.choice(["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "食品销售经营者（超市）",
                         "食品销售经营者（便利店）", "单位食堂（学校食堂）", "单位食堂（机关企事业单位食堂）", "餐饮服务经营者（饮品店）"])
        items = "；".join(r.sample(["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售",
                                   "冷食类食品制售", "自制饮品制售（不含自酿酒）", "保健食品销售", "特殊医学用途配方食品销售",
                                   "糕点类食品制售（不含裱花蛋糕）", "婴幼儿配方乳粉销售"], r.randint(1, 4)))
        to = V.add_years(issue, 5) - dt.timedelta(days=1)
        v.update(license_no=no, name=nm, credit_code=code, legal_representative=rep, address=addr, premises_address=prem,
                 business_form=form, business_items=items, valid_to_text=V.cn_date(to), supervisor=f"{reg[2]}市场监督管理局{r.choice(['第一', '第二', '城东', '城西'])}市场监管所",
                 inspector=f"{V.name(r)}、{V.name(r)}", signer=V.name(r))
        return v, {"license_no": no, "name": nm, "credit_code": code, "legal_representative": rep, "address": addr,
                   "premises_address": prem, "business_form": form, "business_items": items,
                   "valid_to": to.isoformat()}, "food"
    # other
    other = r.choice(["hukou", "marriage", "receipt", "form", "letter"])
    sex = r.choice(["男", "女"])
    b = V.date_between(r, dt.date(1955, 1, 1), dt.date(2005, 1, 1))
    v.update(other=other, pname=V.name(r), psex=sex, pnation=r.choice(V.NATIONS), pbirth=V.cn_date(b),
             pid=V.id_number(r, reg, b, sex), paddr=V.address(r, reg), firm=V.firm(r, reg)["name"],
             uscc=V.uscc(r, reg), code6=reg[3])
    return v, {}, other


# ------------------------------------------------------------------ page geometry

def _geometry(kind: str, variant: str, copy: bool) -> tuple[float, float]:
    if kind.startswith("id_card"):
        return 85.6, 54.0
    if kind == "business_license":
        return (210, 297) if copy else (297, 210)
    if kind == "public_health_license":
        return (210, 297) if copy else (297, 210)
    if kind == "food_business_license":
        return (210, 297) if copy else (297, 210)
    return (210, 148) if variant in ("receipt",) else (210, 297) if variant in ("form", "letter") else (180, 130)


def _dpi(kind: str, cap: str, r: random.Random) -> float:
    card = kind.startswith("id_card")
    if cap == "e_pdf":
        return 150
    if cap in ("flatbed", "photocopy", "copy_of_copy", "fax", "scanner_app"):
        return r.choice([300, 360]) if card else r.choice([150, 170, 200])
    return 330 if card else 140


def _marks(p: P.Page, kind: str, cap: str, v: dict, r: random.Random, face_hand: str) -> list[str]:
    marks = []
    W, H = p.w, p.h
    if kind in LICENCES:
        marks.append("seal_over_text")
    if cap != "e_pdf" and r.random() < 0.45:
        purpose = r.choice(["办理食品经营许可", "办理卫生许可", "银行开户", "本次业务办理", "政务服务中心备案", "社保登记"])
        txt = f"仅供{purpose}使用，他用无效"
        ang = r.uniform(20, 38)
        sz = (W / 24) if not kind.startswith("id_card") else 3.4
        col = r.choice([(110, 110, 110), (60, 90, 170), (190, 60, 60)])
        rows = int(H / (sz * 6)) + 2
        for j in range(rows):
            for k in range(2):
                p.rtext("hei", sz, W * (0.28 + 0.46 * k) + (j % 2) * sz * 2, H * (j + 0.5) / rows, ang, txt, col=col,
                        a=r.uniform(0.22, 0.34), mult=True)
        marks.append("watermark")
    if cap in ("flatbed", "photocopy", "copy_of_copy", "fax", "scanner_app", "desk_photo", "handheld", "chat_forward") and r.random() < 0.5:
        card = kind.startswith("id_card")
        # on a card the note goes along the top edge, clear of the values; on a page into the lower margin
        x = r.uniform(0.05, 0.35) * W if not card else r.uniform(0.42, 0.5) * W
        y = H * r.uniform(0.78, 0.86) if not card else H * 0.045
        hs = 5 if not card else 2.4
        p.hand(face_hand, hs, x, y, "复印件与原件一致", seed=v["seed"] + 3)
        if not card:
            p.sign(x + hs * 2, y + hs * 0.6, hs * 6, hs * 2.2, seed=v["seed"] + 4)
            p.hand(face_hand, hs * 0.8, x + hs * 8.5, y + hs * 2.2, f"{TODAY.year}.{r.randint(1, 11)}.{r.randint(1, 28)}", seed=v["seed"] + 5)
        marks.append("copy_note")
    if kind in ("business_license", "food_business_license") and cap != "e_pdf" and r.random() < 0.35:
        firm = v.get("name_text") or v.get("name") or "经办"
        if firm:
            p.seal(W * r.uniform(0.25, 0.45), H * r.uniform(0.45, 0.6), min(W, H) * 0.1, firm, "", a=0.7)
            marks.append("stamp")
    if cap != "e_pdf" and r.random() < 0.25 and not kind.startswith("id_card"):
        p.hand(face_hand, 4.5, W * 0.6, H * 0.12, r.choice(["已核对", "原件已收回", "经办人：" + V.name(r), "同意受理"]),
               col=(30, 30, 30) if r.random() < 0.5 else (200, 40, 40), seed=v["seed"] + 9)
        marks.append("handwriting")
    return marks


# ------------------------------------------------------------------ damage → unreadable

def _in_ellipse(u, v, cu, cv, ru, rv, ang=0.0):
    du, dv = u - cu, v - cv
    ca, sa = math.cos(ang), math.sin(ang)
    x, y = ca * du + sa * dv, -sa * du + ca * dv
    return (x / ru) ** 2 + (y / rv) ** 2 <= 1


def _box_hit(box, test) -> bool:
    u0, v0, u1, v1 = box
    return any(test(u0 + (u1 - u0) * a / 8, v0 + (v1 - v0) * b / 3) for a in range(9) for b in range(4))


def _photo_job(cap: str, r: random.Random, landscape: bool, card: bool, tw: int, th: int) -> dict:
    W, H = (1600, 1200) if landscape else (1200, 1600)
    if card:
        W, H = (1400, 1050)
    j = {"w": W, "h": H, "pitch": r.uniform(-18, 18), "yaw": r.uniform(-10, 10), "roll": r.uniform(-6, 6),
         "frac": r.uniform(0.7, 0.88), "bend": 0.0, "curl": 0.0, "fold": 0.0, "focale": r.uniform(1100, 1700),
         "lx": r.uniform(-800, 800), "ly": r.uniform(-900, -200), "lz": -3000, "spec": r.uniform(0.05, 0.25),
         "blur": r.uniform(0.4, 0.9), "noise": r.uniform(2, 6), "q": r.randint(78, 92), "vig": r.uniform(0.1, 0.4),
         "expo": r.uniform(0.92, 1.08), "bg": r.choice(["desk", "desk", "desk2"])}
    if not card:
        j["bend"] = r.choice([0, r.uniform(0.005, 0.03)])
        j["curl"] = r.choice([0, 0, r.uniform(0.05, 0.3)])
        j["fold"] = r.choice([0, 0, r.uniform(0.05, 0.3)])
        j["foldpos"] = r.uniform(0.35, 0.65)
    if cap == "handheld":
        j.update(roll=r.uniform(-12, 12), blur=r.uniform(0.8, 1.6), frac=r.uniform(0.82, 1.02),
                 shiftx=r.uniform(-0.05, 0.05), shifty=r.uniform(-0.05, 0.05))
        side = r.choice(["l", "r", "b"])
        j["thumb_u"] = {"l": r.uniform(0.0, 0.06), "r": r.uniform(0.94, 1.0), "b": r.uniform(0.15, 0.85)}[side]
        j["thumb_v"] = {"l": r.uniform(0.25, 0.85), "r": r.uniform(0.25, 0.85), "b": r.uniform(0.93, 1.0)}[side]
        j["thumb_s"] = r.uniform(0.1, 0.16) if card else r.uniform(0.06, 0.1)
        j["thumb_a"] = r.uniform(-0.5, 0.5)
    elif cap == "gaopaiyi":
        j.update(pitch=r.uniform(-2, 2), yaw=r.uniform(-2, 2), roll=r.choice([r.uniform(-3, 3), 90 + r.uniform(-2, 2)]),
                 bg="gaopaiyi", lx=0, ly=0, lz=-2500, spec=0.05, frac=r.uniform(0.78, 0.9), vig=0.15, blur=0.5, noise=2)
    elif cap == "sleeve":
        j.update(sheen=r.uniform(0.06, 0.14), glare_a=r.uniform(0.7, 1.0), glare_u=r.uniform(0.15, 0.85),
                 glare_v=r.uniform(0.15, 0.85), glare_r=r.uniform(0.08, 0.16), glare_e=r.uniform(1.2, 2.2))
    elif cap == "screen":
        j.update(bg="screen", pitch=r.uniform(-10, 10), yaw=r.uniform(-15, 15), roll=r.uniform(-4, 4),
                 screen_px=r.randint(720, 1000) if not card else r.randint(520, 700), frac=r.uniform(0.8, 0.92),
                 edge=r.choice([0, r.uniform(0.04, 0.09)]), blur=r.uniform(0.6, 1.1), noise=r.uniform(3, 7))
    elif cap in ("desk_photo", "chat_forward") and r.random() < 0.3:
        j.update(glare_a=r.uniform(0.3, 0.6), glare_u=r.uniform(0.2, 0.8), glare_v=r.uniform(0.2, 0.8), glare_r=r.uniform(0.1, 0.2))
    return j


def make_one(i: int, entry: dict, seed: int, out_dir, engines: Engines | None = None) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    own = engines is None
    eng = engines or Engines()
    try:
        return _make(i, entry, seed, out_dir, eng)
    finally:
        if own:
            eng.close()


def _make(i: int, entry: dict, seed: int, out_dir: Path, eng: Engines) -> dict:
    kind, cap = entry["kind"], entry["capture"]
    r = random.Random(f"aa-{seed}-{i}-{kind}-{cap}")
    v, fields, variant = _values(kind, r, i)
    copy = r.random() < 0.45 and kind in LICENCES
    w, h = _geometry(kind, variant, copy)
    dpi = _dpi(kind, cap, r)
    face = r.choice(["song", "song", "hei", "kai"]) if kind not in ("id_card_front", "id_card_back") else "hei"
    face_hand = r.choice(["wenkai", "kai", "smiley"])
    pdf = cap == "e_pdf"
    if pdf:
        face = r.choice(["hei", "song"])
    p = P.Page(w, h, dpi, pdf=pdf)
    if pdf:
        p.pdf_face = face
    if kind == "business_license":
        P.business_license(p, v, r, face, copy)
    elif kind == "id_card_front":
        P.id_front(p, v, r, face)
    elif kind == "id_card_back":
        P.id_back(p, v, r, face)
    elif kind == "public_health_license":
        P.health_license(p, v, r, face)
    elif kind == "food_business_license":
        P.food_license(p, v, r, face, copy)
    else:
        P.other_doc(p, v, r, face)
    marks = _marks(p, kind, cap, v, r, face_hand)
    stem = f"aa_{i:03d}_{kind}_{cap}"
    tmp = Path(tempfile.mkdtemp(prefix="aa_", dir=out_dir))
    try:
        if pdf:
            out = out_dir / f"{stem}.pdf"
            lines = eng.page(p.script(str(out)))
        else:
            ppm = tmp / "page.ppm"
            lines = eng.page(p.script(str(ppm)))
        boxes = {}
        for ln in lines:
            t = ln.split("\t")
            if t[0] == "BOX":
                x0, y0, x1, y1 = (float(a) for a in t[2:6])
                boxes[t[1]] = ((x0 / p.wpx, y0 / p.hpx, x1 / p.wpx, y1 / p.hpx), int(t[6]), int(t[7]))
        unread: set[str] = set()
        fmt = "pdf"
        if not pdf:
            out, fmt, unread = _capture(eng, cap, ppm, out_dir, stem, r, kind, p, boxes, v)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def box_of(key):
        if kind == "id_card_back" and key == "valid_to":
            return "valid_from"
        if kind == "public_health_license" and key == "valid_to":
            return "valid_from"
        return key

    tf = {}
    for key, val in fields.items():
        tf[key] = {"value": val, "unreadable": bool(val) and box_of(key) in unread}
    return {"file": out.name, "kind": kind, "capture": cap, "variant": f"{'fuben' if copy else 'zhengben'}-{variant}" if kind in LICENCES else variant,
            "marks": sorted(set(marks)), "faces": sorted(p.faces_used), "formats": [fmt], "dpi": dpi, "fields": tf}


def _capture(eng, cap, ppm, out_dir, stem, r, kind, p, boxes, v):
    card = kind.startswith("id_card")
    unread: set[str] = set()
    char_px = {k: b[2] for k, b in boxes.items()}
    if cap in ("flatbed", "photocopy", "copy_of_copy", "fax", "scanner_app"):
        skew = r.uniform(-1.5, 1.5)
        if cap == "flatbed":
            ext = r.choice(["jpg", "png", "jpg"])
            sc = r.choice([1.0, 1.0, 0.85])
            job = ["flatbed", ppm, None, r.randint(1, 10**6), sc, skew, r.uniform(0.4, 0.9), r.uniform(1.5, 4), r.randint(80, 93), 0]
            min_px = 9
        elif cap == "photocopy":
            ext, sc = "png", 1.0
            job = ["photocopy", ppm, None, r.randint(1, 10**6), sc, skew, r.uniform(0.5, 1.0), 0, 0, r.uniform(0.3, 0.8)]
            min_px = 10
        elif cap == "copy_of_copy":
            ext, sc = r.choice(["png", "jpg"]), 1.0
            job = ["copy2", ppm, None, r.randint(1, 10**6), sc, skew, r.uniform(0.6, 1.0), 0, 85, r.uniform(0.4, 0.8)]
            min_px = 12
        elif cap == "fax":
            ext = r.choice(["tif", "png"])
            vdpi = r.choice([98, 196])
            sc = 204 / p.dpi
            job = ["fax", ppm, None, r.randint(1, 10**6), sc, skew * 0.6, 0.5, 1 if card else 0, 0, vdpi]
            sc = min(sc, vdpi / p.dpi)
            min_px = 11
        else:
            ext, sc = "jpg", r.choice([1.0, 0.8])
            job = ["scanapp", ppm, None, r.randint(1, 10**6), sc, skew * 0.5, r.uniform(0.3, 0.7), 0, r.randint(75, 90), r.choice([0, 1])]
            min_px = 9
        out = out_dir / f"{stem}.{ext}"
        job[2] = out
        eng.scan("\t".join(str(a) for a in job))
        for k, px in char_px.items():
            if px * sc < min_px:
                unread.add(k)
        return out, ext, unread
    # camera captures
    landscape = p.wpx >= p.hpx
    j = _photo_job(cap, r, landscape, card, p.wpx, p.hpx)
    chat = cap == "chat_forward"
    out = out_dir / f"{stem}.jpg"
    j.update(mode="screen" if cap == "screen" else "photo", seed=r.randint(1, 10**6), **{"in": str(ppm)})
    j["out"] = str(out.with_suffix(".ppm")) if chat else str(out)
    j["texmax"] = 1800
    j["probes"] = ";".join(f"{k}:{b[0][0]:.4f},{b[0][1]:.4f},{b[0][2]:.4f},{b[0][3]:.4f}" for k, b in boxes.items())
    lines = eng.photo("\t".join(f"{k}={val:.5f}" if isinstance(val, float) else f"{k}={val}" for k, val in j.items()))
    scale_after = 1.0
    if chat:
        cap_px = r.choice([1080, 1280, 1600])
        scale_after = min(1.0, cap_px / max(j["w"], j["h"]))
        job = ["chat", j["out"], out, r.randint(1, 10**6), 1.0, 0, 0, r.uniform(0, 2), r.randint(68, 82), cap_px]
        eng.scan("\t".join(str(a) for a in job))
        Path(j["out"]).unlink(missing_ok=True)
    # texture scale: the page was shrunk to texmax before rendering
    for ln in lines:
        t = ln.split("\t")
        if t[0] != "VIS":
            continue
        k, frac, hpx = t[1], float(t[2]), float(t[3])
        box, nl, cpx = boxes[k]
        box_h_page = (box[3] - box[1]) * p.hpx
        ch = hpx * (cpx / max(1.0, box_h_page)) * scale_after
        limit = 9 if cap != "screen" else 11
        if frac < 0.999 or ch < limit:
            unread.add(k)
    # thumb and glare
    aspect = p.wpx / p.hpx
    if "thumb_u" in j:
        tu, tv, ts, ta = j["thumb_u"], j["thumb_v"], j["thumb_s"], j["thumb_a"]
        ru, rv = ts * 0.55 * 1.25, ts * aspect * 1.25
        for k, b in boxes.items():
            if _box_hit(b[0], lambda u, vv: _in_ellipse(u, vv, tu, tv, ru, rv, ta)):
                unread.add(k)
    if j.get("glare_a", 0) > 0:
        ga = j["glare_a"]
        thr = 0.72
        if ga > thr:
            d0 = math.sqrt(-math.log(thr / ga) / 1.2)
            ru, rv = d0 * j["glare_r"] * j.get("glare_e", 1.6), d0 * j["glare_r"] * aspect
            for k, b in boxes.items():
                if _box_hit(b[0], lambda u, vv: _in_ellipse(u, vv, j["glare_u"], j["glare_v"], ru, rv)):
                    unread.add(k)
    return out, "jpg", unread


def generate(out_dir, n: int = 150, seed: int = 5151) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    files = []
    with Engines() as eng:
        for i, entry in enumerate(plan):
            files.append(make_one(i, entry, seed, out_dir, eng))
    truth = {"family": FAMILY, "seed": seed, "n": n, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])), "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
