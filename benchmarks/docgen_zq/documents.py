"""One document of family ZQ: the values (values.py), its variant (正本/副本, entity form, negative
type), paper, and the faces chosen for its title, labels, values and digits."""

from __future__ import annotations

from benchmarks.docgen_zq import faces as F
from benchmarks.docgen_zq import values as V
from benchmarks.docgen_zq.pages import _face

FORMS = ["company", "company", "company", "branch", "partnership", "individual"]
OTHER = ["blank", "receipt", "form", "letter", "certificate", "letter"]


def _other_lines(rng, sub):
    p = V.place(rng)
    org = V.company_name(rng, p, "company")
    if sub == "receipt":
        return org, [f"今收到 {V.person_name(rng)} 交来 办公用品款", f"人民币（大写）{V.cn_money(int(rng.integers(1, 99)))}元整",
                     f"¥{int(rng.integers(100, 9999))}.00", f"收款单位：{org}", f"经办人：{V.person_name(rng)}　{V.cn_date(V.date_between(rng, V.TODAY.replace(year=2024), V.TODAY))}"]
    if sub == "form":
        return org, ["申请人姓名：", "联系电话：", "申请事项：营业执照变更登记（住所）", "所需材料：营业执照副本、身份证复印件",
                     "办理窗口：", "受理日期：", "经办人签字：", "备注：本表仅用于预约，不作为许可证件"]
    if sub == "certificate":
        return org, [f"{V.person_name(rng)} 同志：", f"在{V.TODAY.year - 1}年度工作中表现突出，被评为优秀员工。", "特发此证，以资鼓励。"]
    return org, [f"致{p[1] or p[0]}{p[2]}市场监督管理局：",
                 f"我单位{org}因办公场所搬迁，原营业执照正本暂存于新住所，现申请办理住所变更登记，"
                 "并同步更新食品经营许可证和卫生许可证的相关信息。", "特此说明。",
                 f"联系人：{V.person_name(rng)}　电话：1{int(rng.integers(3, 9))}{int(rng.integers(100000000, 999999999))}"]


def make(kind: str, rng, idx: int) -> dict:
    strings: list[str] = []
    doc: dict = {"kind": kind, "draw_seed": int(rng.integers(2**31))}
    if kind == "id_card_front":
        d = V.id_front(rng)
        doc.update(paper="card", variant="front")
    elif kind == "id_card_back":
        d = V.id_back(rng)
        doc.update(paper="card", variant="back")
    elif kind == "business_license":
        form = FORMS[idx % len(FORMS)] if rng.random() < 0.7 else V.pick(rng, FORMS)
        d = V.business_license(rng, form)
        orig = rng.random() < 0.5
        d["extra"]["cert_no"] = "".join(str(int(rng.integers(10))) for _ in range(16))
        doc.update(paper="a3l" if orig else "a4p", variant=f"{'zb' if orig else 'fb'}-{form}", red_title=rng.random() < 0.5)
        strings += [d["extra"]["authority"], d["extra"]["start_text"], d["extra"]["org_form"]]
    elif kind == "public_health_license":
        d = V.health_license(rng)
        d["extra"]["issue"] = V.date_between(rng, V.TODAY.replace(year=2019), V.TODAY)
        doc.update(paper="a4p", variant="fb-health")
        strings.append(d["extra"]["authority"])
    elif kind == "food_business_license":
        d = V.food_license(rng)
        orig = rng.random() < 0.4
        doc.update(paper="a3l" if orig else "a4p", variant=f"{'zb' if orig else 'fb'}-food", signer=V.person_name(rng))
        strings += [d["extra"]["authority"], doc["signer"]]
    else:
        sub = OTHER[idx % len(OTHER)]
        org, lines = _other_lines(rng, sub)
        d = {"fields": {}, "extra": {}}
        doc.update(paper="a4p", variant=sub, other_lines=lines, org=org)
        strings += lines + [org]
    doc["fields"], doc["extra"] = d["fields"], d["extra"]
    strings += [str(x) for x in d["fields"].values()]
    if kind.startswith("id_card"):
        label, value, title = ["Noto Sans CJK SC", "WenQuanYi Zen Hei", "Droid Sans Fallback"], ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Noto Serif CJK SC"], ["Noto Serif CJK SC", "AR PL UMing CN"]
    else:
        label, value, title = F.SERIF_BODY + F.SANS_BODY[:1], F.SERIF_BODY + F.KAI + F.SANS_BODY, ["Noto Serif CJK SC", "AR PL UMing CN", "Noto Sans CJK SC"]
    doc["value_face"] = _face(value, strings, rng)
    doc["label_face"] = _face(label, strings + ["统一社会信用代码（副　本）法定代表人执行事务合伙人扫描二维码登录国家企业信用信息公示系统证照编号："], rng)
    doc["title_face"] = _face(title, ["营业执照中华人民共和国居民身份证卫生许可证食品经营荣誉"], rng)
    doc["digit_face"] = _face(["Noto Sans CJK SC", "DejaVu Sans", "Liberation Serif", "WenQuanYi Zen Hei"],
                              [x for x in (d["fields"].get("credit_code"), d["fields"].get("id_number"), d["fields"].get("license_no"),
                                           d["fields"].get("valid_from", "").replace("-", "."), d["fields"].get("valid_to", "").replace("-", "."))
                               if x and x != "长期"], rng)
    doc["seal_face"] = _face(["Noto Serif CJK SC", "AR PL UMing CN", "Noto Sans CJK SC"], [d["extra"].get("authority", ""), doc.get("org", ""), "卫生许可专用章"], rng)
    return doc
