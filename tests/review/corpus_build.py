"""Writes the pre-review quality corpus (tests/review/corpus/*.json) from readable sources.

Each case is an application as a clerk meets it at the window — a clean base case per item
with one realistic flaw (or a few) — and what a careful clerk would say about it: the places
(field / material, severity) that must be flagged, the decision, and places that must not be
flagged. Expectations name places, not engine internals; `rule` is given only where the catalog
rule is the point of the case. Run: `python -m tests.review.corpus_build`.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from app.validators.creditcode import org_code_check_char, uscc_check_char
from app.validators.idnumber import check_digit

OUT = Path(__file__).resolve().parent / "corpus"
DAY = "2026-11-20"  # a Friday; the due dates count from here


def pid(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + check_digit(body)


def uscc(prefix8: str, org8: str) -> str:
    """A code as issued: department+category+region, the 9-character 组织机构代码 (with its own
    GB 11714 check character), then the GB 32100 check character."""
    first17 = prefix8 + org8 + org_code_check_char(org8)
    return first17 + uscc_check_char(first17)


def person(name, sex, birth, region, seq, valid_from, valid_to, address):
    number = pid(region, birth.replace("-", ""), seq)
    return {"name": name, "sex": sex, "nation": "汉", "birth_date": birth, "address": address, "id_number": number,
            "issuing_authority": "武汉市公安局青山分局", "valid_from": valid_from, "valid_to": valid_to, "source": "chip"}


ZHANG = person("张伟", "男", "1985-03-15", "420107", "013", "2016-04-01", "2036-04-01", "武汉市青山区红卫路12号")
LI = person("李娜", "女", "1990-07-08", "420107", "024", "2018-01-10", "2038-01-10", "武汉市青山区冶金大道88号")
WANG = person("王强", "男", "1978-11-02", "420106", "035", "2010-03-03", "2030-03-03", "武汉市武昌区中南路5号")
ZHAO = person("赵敏", "女", "1962-05-20", "420107", "046", "2012-08-08", "长期", "武汉市青山区钢都花园3栋")
ZHOU = person("周杰", "男", "1988-09-09", "420107", "057", "2019-09-09", "2039-09-09", "武汉市青山区工人村路7号")
MINOR15 = person("刘洋", "男", "2011-04-01", "420107", "017", "2024-05-05", "2029-05-05", "武汉市青山区建设一路9号")
TEEN17 = person("陈晨", "女", "2009-06-01", "420107", "028", "2025-01-01", "2030-01-01", "武汉市青山区建设二路3号")
RETIRING = person("钱进", "男", "1966-06-10", "420107", "019", "2016-06-10", "2036-06-10", "武汉市青山区钢花村5号")
FLEX60 = person("吴刚", "男", "1966-09-01", "420107", "031", "2016-09-01", "长期", "武汉市青山区钢花村6号")
LINE60 = person("郑亮", "男", "1966-07-05", "420107", "035", "2016-07-05", "长期", "武汉市青山区钢花村8号")
YOUNG45 = person("孙丽", "女", "1981-02-02", "420107", "048", "2015-02-02", "2035-02-02", "武汉市青山区和平大道100号")

HOTEL = {"name": "武汉市青山区悦来宾馆有限公司", "credit_code": uscc("91420107", "MA4K2XQ1"), "legal_representative": "张伟",
         "address": "武汉市青山区和平大道809号", "entity_type": "有限责任公司"}
SHOP = {"name": "青山区李娜便利店", "credit_code": uscc("92420107", "MA4L3YB2"), "legal_representative": "李娜",
        "address": "武汉市青山区冶金大道88号附1号", "entity_type": "个体工商户"}
BOOKS = {"name": "武汉市青山区知新书店有限公司", "credit_code": uscc("91420107", "MA4N7RT3"), "legal_representative": "张伟",
         "address": "武汉市青山区友谊大道2号", "entity_type": "有限责任公司"}
CANTEEN = {"name": "武汉市青山区味道餐饮管理有限公司", "credit_code": uscc("91420107", "MA4P8KL4"), "legal_representative": "张伟",
           "address": "武汉市青山区和平大道300号", "entity_type": "有限责任公司"}


def ocr_id(p: dict) -> dict:
    return {k: {"value": p[k], "confidence": 0.97} for k in ("name", "sex", "nation", "birth_date", "address",
                                                              "id_number", "valid_from", "valid_to")}


def ocr_lic(b: dict) -> dict:
    return {k: {"value": v, "confidence": 0.96} for k, v in b.items()}


def mat(code, status="received", ocr=None, kind=None, **kw):
    m = {"code": code, "status": status, "pages": 1 if status == "received" else 0}
    if ocr:
        m["ocr"] = ocr
    if kind:
        m["doc_kind"] = kind
    m.update(kw)
    return m


def case(item, answers, fields, materials, card, applicant=None):
    return {"format": "zongchuang-case/1", "item_code": item, "acceptance_date": DAY, "answers": answers,
            "applicant": applicant or {}, "fields": fields, "materials": materials, "card_read": card,
            "center": {"code": "420107", "window": "01", "region": "420107", "name": "青山区政务服务中心"}}


# ---- clean base cases ---------------------------------------------------------------------------

def ph_fields():
    return {"unit_name": HOTEL["name"], "credit_code": HOTEL["credit_code"], "unit_nature": "企业",
            "legal_rep_name": "张伟", "legal_rep_id_number": ZHANG["id_number"], "legal_rep_phone": "13971234567",
            "manager_name": "周杰", "manager_id_number": ZHOU["id_number"], "manager_phone": "13871234567",
            "registered_address": HOTEL["address"], "premises_address": HOTEL["address"], "staff_count": "12",
            "examined_count": "12", "building_area": "1200", "business_area": "950", "central_ac": "否",
            "license_items": "住宿"}


PH_LICENSE = {"license_no": "鄂卫公证字〔2023〕第420107000123号", "name": HOTEL["name"],
              "legal_representative": "张伟", "address": HOTEL["address"], "license_items": "住宿",
              "valid_to": "2027-08-31"}


def ph_new():
    return case("010170001000-01", {"central_ac": ["no"], "agent": ["no"]}, ph_fields(),
                [mat("M01"), mat("M02", ocr=ocr_lic(HOTEL), kind="business_license"),
                 mat("M03", ocr=ocr_id(ZHANG), kind="id_card_front"), mat("M04"), mat("M05"), mat("M06"), mat("M08")],
                ZHANG, {"kind": "organisation", "name": HOTEL["name"], "credit_code": HOTEL["credit_code"]})


def ph_chg():
    f = ph_fields() | {"original_license_no": PH_LICENSE["license_no"], "original_valid_to": "2027-08-31",
                       "change_content": "法定代表人由王强变更为张伟"}
    lic = dict(PH_LICENSE, legal_representative="王强")
    return case("010170001000-02", {"what_changes": ["legal_rep"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_lic(HOTEL), kind="business_license"),
                 mat("M03", ocr=ocr_id(ZHANG), kind="id_card_front"),
                 mat("M04", ocr=ocr_lic(lic), kind="public_health_license"), mat("M06")],
                ZHANG, {"kind": "organisation", "name": HOTEL["name"], "credit_code": HOTEL["credit_code"]})


def ph_ren():
    f = ph_fields() | {"original_license_no": PH_LICENSE["license_no"], "original_valid_to": "2027-02-28"}
    lic = dict(PH_LICENSE, valid_to="2027-02-28")
    return case("010170001000-03", {"conditions_changed": ["no"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02"), mat("M03", ocr=ocr_lic(lic), kind="public_health_license"),
                 mat("M04", ocr=ocr_lic(HOTEL), kind="business_license"), mat("M05")],
                ZHANG, {"kind": "organisation", "name": HOTEL["name"], "credit_code": HOTEL["credit_code"]})


def ib():
    f = {"operator_name": "李娜", "operator_id_number": LI["id_number"], "operator_sex": "女", "operator_nation": "汉",
         "operator_address": LI["address"], "operator_phone": "13912345678", "business_name": "青山区李娜便利店",
         "premises_address": "武汉市青山区冶金大道88号附1号", "business_scope": "日用百货零售；文具用品零售",
         "capital": "5", "staff_count": "2"}
    return case("010230004000-01", {"composition": ["individual"], "premises_right": ["leased"],
                                    "licensed_scope": ["no"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_id(LI), kind="id_card_front"),
                 mat("M04", ocr={"address": {"value": "武汉市青山区冶金大道88号附1号", "confidence": 0.93}})],
                LI, {"kind": "person", "name": "李娜", "id_number": LI["id_number"]})


def hf(ground="purchase"):
    f = {"applicant_name": "张伟", "applicant_id_number": ZHANG["id_number"], "applicant_phone": "13971234567",
         "fund_account": "420100123456789", "employer": "武汉钢铁有限公司", "bank_name": "中国工商银行武汉青山支行",
         "bank_account": "6222021234567890123", "amount": "50000", "account_balance": "86000.50",
         "house_address": "武汉市青山区和平大道1000号3栋2单元1201室", "purchase_date": "2026-09-01"}
    mats = [mat("M01"), mat("M02", ocr=ocr_id(ZHANG), kind="id_card_front"),
            mat("M03", ocr={"name": {"value": "张伟", "confidence": 0.9},
                            "card_number": {"value": "6222021234567890123", "confidence": 0.95}})]
    if ground == "purchase":
        mats += [mat("M10"), mat("M11")]
    return case("110420005000-01", {"ground": [ground], "agent": ["no"]}, f, mats, ZHANG,
                {"kind": "person", "name": "张伟", "id_number": ZHANG["id_number"]})


def ff():
    f = {"operator_name": SHOP["name"], "credit_code": SHOP["credit_code"], "legal_rep_name": "李娜",
         "legal_rep_id_number": LI["id_number"], "contact_phone": "13912345678", "registered_address": SHOP["address"],
         "premises_address": SHOP["address"], "storage_address": "无", "food_scope": "预包装食品（饮料、休闲食品、酒类）"}
    return case("100230002000-01", {"sales_mode": ["physical"], "special_food": ["no"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_lic(SHOP), kind="business_license"),
                 mat("M03", ocr=ocr_id(LI), kind="id_card_front"), mat("M04")],
                LI, {"kind": "organisation", "name": SHOP["name"], "credit_code": SHOP["credit_code"]})


def fl():
    f = {"operator_name": CANTEEN["name"], "credit_code": CANTEEN["credit_code"], "legal_rep_name": "张伟",
         "legal_rep_id_number": ZHANG["id_number"], "contact_phone": "13971234567", "registered_address": CANTEEN["address"],
         "premises_address": CANTEEN["address"], "business_items": "热食类食品制售,冷食类食品制售,自制饮品制售",
         "premises_area": "180", "food_safety_manager": "周杰", "staff_count": "8", "health_cert_count": "8"}
    return case("010230001000-01", {"main_business": ["catering"], "vending": ["no"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_lic(CANTEEN), kind="business_license"),
                 mat("M03", ocr=ocr_id(ZHANG), kind="id_card_front"), mat("M04"), mat("M05"), mat("M06"), mat("M08")],
                ZHANG, {"kind": "organisation", "name": CANTEEN["name"], "credit_code": CANTEEN["credit_code"]})


def mi():
    f = {"applicant_name": "李娜", "applicant_id_number": LI["id_number"], "applicant_sex": "女", "applicant_nation": "汉",
         "applicant_phone": "13912345678", "hukou_address": LI["address"], "residence_address": LI["address"],
         "start_month": "2026-12-01", "employment_form": "新就业形态劳动者"}
    return case("110480001000-01", {"hukou": ["local"], "prior_insurance": ["none"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_id(LI), kind="id_card_front")], LI,
                {"kind": "person", "name": "李娜", "id_number": LI["id_number"]})


def fe():
    f = {"applicant_name": "张伟", "applicant_id_number": ZHANG["id_number"], "applicant_sex": "男",
         "applicant_phone": "13971234567", "education": "大学专科", "residence_address": ZHANG["address"],
         "employment_start": "2026-10-08", "occupation": "网约车驾驶员", "platform_name": "某出行平台"}
    return case("110360002000-01", {"employment_type": ["platform"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_id(ZHANG), kind="id_card_front"), mat("M03")], ZHANG,
                {"kind": "person", "name": "张伟", "id_number": ZHANG["id_number"]})


def db():
    f = {"applicant_name": "赵敏", "applicant_id_number": ZHAO["id_number"], "applicant_phone": "13612345678",
         "hukou_address": ZHAO["address"], "residence_address": ZHAO["address"], "household_size": "2",
         "household_members": "赵敏（本人）；刘军（配偶）", "monthly_income": "1200", "local_standard": "1010",
         "owns_vehicle": "否", "houses": "1", "bank_account": "6217001234567890"}
    c = case("030250001000-01", {"residence": ["hukou"], "special": ["no"], "agent": ["no"]}, f,
             [mat("M01"), mat("M02", ocr=ocr_id(ZHAO), kind="id_card_front"), mat("M03"), mat("M04")], ZHAO,
             {"kind": "person", "name": "赵敏", "id_number": ZHAO["id_number"]})
    c["acceptance_date"] = "2026-10-16"  # 30 working days must end inside the holiday calendar's coverage
    return c


def dc():
    f = {"applicant_name": "张伟", "applicant_id_number": ZHANG["id_number"], "applicant_sex": "男",
         "hukou_address": ZHANG["address"], "contact_phone": "13971234567", "disability_category": "肢体残疾"}
    return case("110500001000-01", {"applicant_role": ["self"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_id(ZHANG), kind="id_card_front"), mat("M03"), mat("M04", originals=3),
                 mat("M06")], ZHANG, {"kind": "person", "name": "张伟", "id_number": ZHANG["id_number"]})


def pb():
    f = {"unit_name": BOOKS["name"], "credit_code": BOOKS["credit_code"], "legal_rep_name": "张伟",
         "legal_rep_id_number": ZHANG["id_number"], "contact_phone": "027-86661234", "premises_address": BOOKS["address"],
         "license_no": "新出发鄂青字第2023017号", "license_valid_to": "2028-12-31", "loss_date": "2026-11-02",
         "loss_reason": "搬运货架时遗失"}
    return case("010310003000-04", {"loss_notice": ["commitment"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_lic(BOOKS), kind="business_license"), mat("M04", status="committed"),
                 mat("M05", ocr=ocr_id(ZHANG), kind="id_card_front")], ZHANG,
                {"kind": "organisation", "name": BOOKS["name"], "credit_code": BOOKS["credit_code"]})


CHILD_BIRTH = "2026-11-10"
CHILD_ID = pid("420107", "20261110", "015")  # 男


def fs():
    f = {"venue_name": CANTEEN["name"], "credit_code": CANTEEN["credit_code"], "legal_rep_name": "张伟",
         "legal_rep_id_number": ZHANG["id_number"], "contact_phone": "13971234567", "premises_address": CANTEEN["address"],
         "floor_area": "180", "capacity": "120", "fire_safety_manager": "周杰"}
    return case("010360001000-01", {"mode": ["commitment"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_lic(CANTEEN), kind="business_license"),
                 mat("M03", ocr=ocr_id(ZHANG), kind="id_card_front"), mat("M04"), mat("M05"), mat("M06"), mat("M08")],
                ZHANG, {"kind": "organisation", "name": CANTEEN["name"], "credit_code": CANTEEN["credit_code"]})


def sb():
    f = {"business_name": SHOP["name"], "credit_code": SHOP["credit_code"], "applicant_name": "李娜",
         "contact_phone": "13912345678", "premises_address": SHOP["address"], "sign_text": "李娜便利店",
         "sign_width": "4.5", "sign_height": "0.8", "sign_material": "铝塑板", "sign_lighting": "否"}
    return case("010410001000-01", {"premises_right": ["leased"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_lic(SHOP), kind="business_license"),
                 mat("M03", ocr=ocr_id(LI), kind="id_card_front"), mat("M05"), mat("M06")],
                LI, {"kind": "organisation", "name": SHOP["name"], "credit_code": SHOP["credit_code"]})


def tb():
    f = {"business_name": SHOP["name"], "credit_code": SHOP["credit_code"], "operator_name": "李娜",
         "operator_id_number": LI["id_number"], "contact_phone": "13912345678", "premises_address": SHOP["address"],
         "premises_area": "40", "business_form": "便利店"}
    return case("010520001000-01", {"premises_right": ["leased"], "near_school": ["no"], "agent": ["no"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_lic(SHOP), kind="business_license"),
                 mat("M03", ocr=ocr_id(LI), kind="id_card_front"), mat("M05")],
                LI, {"kind": "organisation", "name": SHOP["name"], "credit_code": SHOP["credit_code"]})


def br():
    f = {"child_name": "张小宇", "child_sex": "男", "child_birth_date": CHILD_BIRTH, "child_nation": "汉",
         "birth_place": "湖北省武汉市青山区", "birth_cert_no": "S420123456", "father_name": "张伟",
         "father_id_number": ZHANG["id_number"], "mother_name": "李娜", "mother_id_number": LI["id_number"],
         "household_head": "李娜", "household_address": LI["address"], "declarant_phone": "13912345678"}
    return case("070010001000-01", {"follow": ["mother"], "married": ["yes"]}, f,
                [mat("M01"), mat("M02"), mat("M03"), mat("M04", ocr=ocr_id(LI), kind="id_card_front"), mat("M05")],
                LI, {"kind": "person", "name": "李娜", "id_number": LI["id_number"]})


def bmc():
    f = {"child_name": "张小宇", "child_sex": "男", "child_birth_date": CHILD_BIRTH, "birth_place": "武汉市第九医院",
         "mother_name": "李娜", "mother_id_number": LI["id_number"], "father_name": "张伟",
         "father_id_number": ZHANG["id_number"], "contact_phone": "13912345678"}
    return case("110170002000-01", {"father_known": ["yes"]}, f,
                [mat("M01"), mat("M02", ocr=ocr_id(LI), kind="id_card_front"),
                 mat("M03", ocr=ocr_id(ZHANG), kind="id_card_front"), mat("M04")],
                LI, {"kind": "person", "name": "李娜", "id_number": LI["id_number"]})


def vc():
    f = {"child_name": "张小宇", "child_sex": "男", "child_birth_date": CHILD_BIRTH, "guardian_name": "李娜",
         "guardian_id_number": LI["id_number"], "contact_phone": "13912345678", "residence_address": LI["address"]}
    return case("110170003000-01", {}, f,
                [mat("M01"), mat("M02"), mat("M03", ocr=ocr_id(LI), kind="id_card_front")],
                LI, {"kind": "person", "name": "李娜", "id_number": LI["id_number"]})


def ssc():
    f = {"holder_name": "张小宇", "holder_id_number": CHILD_ID, "holder_sex": "男", "guardian_name": "李娜",
         "guardian_id_number": LI["id_number"], "contact_phone": "13912345678", "mailing_address": LI["address"]}
    return case("110360003000-01", {"under16": ["yes"]}, f,
                [mat("M01"), mat("M02"), mat("M04", ocr=ocr_id(LI), kind="id_card_front")],
                LI, {"kind": "person", "name": "李娜", "id_number": LI["id_number"]})


def rmi():
    f = {"insured_name": "张小宇", "insured_id_number": CHILD_ID, "insured_sex": "男", "insured_birth_date": CHILD_BIRTH,
         "guardian_name": "李娜", "guardian_id_number": LI["id_number"], "contact_phone": "13912345678",
         "residence_address": LI["address"]}
    return case("110480002000-01", {}, f,
                [mat("M01"), mat("M02"), mat("M03", ocr=ocr_id(LI), kind="id_card_front")],
                LI, {"kind": "person", "name": "李娜", "id_number": LI["id_number"]})


BASES = {"ph_new": ph_new, "ph_chg": ph_chg, "ph_ren": ph_ren, "ib": ib, "hf": hf, "ff": ff, "fl": fl, "mi": mi,
         "fe": fe, "db": db, "dc": dc, "pb": pb,
         "fs": fs, "sb": sb, "tb": tb, "br": br, "bmc": bmc, "vc": vc, "ssc": ssc, "rmi": rmi}
ALLOW_INFO = {"severity": "info"}  # notes (告知承诺 事后核查, licensed scope) are never false positives


# ---- helpers to describe flaws ------------------------------------------------------------------

def drop(c, code):
    c["materials"] = [m for m in c["materials"] if m["code"] != code]


def status(c, code, st):
    for m in c["materials"]:
        if m["code"] == code:
            m["status"] = st
            m["pages"] = 0
            return
    c["materials"].append(mat(code, status=st))


def ocr_set(c, code, key, value):
    for m in c["materials"]:
        if m["code"] == code:
            m.setdefault("ocr", {})[key] = {"value": value, "confidence": 0.95}


def B(field=None, material=None, rule=None, severity="block"):
    e = {"severity": severity}
    if field:
        e["field"] = field
    if material:
        e["material"] = material
    if rule:
        e["rule"] = rule
    return e


CASES: list[dict] = []


PERSON_KEYS = {"ib": ("operator_name", "operator_id_number"), "hf": ("applicant_name", "applicant_id_number"),
               "br": ("mother_name", "mother_id_number"), "bmc": ("mother_name", "mother_id_number"),
               "ssc": ("holder_name", "holder_id_number"), "rmi": ("insured_name", "insured_id_number"),
               "vc": ("child_name", "")}


def add(name, base, change, must, decision, must_not=(), allow=(), note="", cls=""):
    c = copy.deepcopy(BASES[base]())
    change(c)
    if c["applicant"].get("kind") == "person":  # the workstation keeps the applicant block in step with the form
        name_key, id_key = PERSON_KEYS.get(base, ("applicant_name", "applicant_id_number"))
        c["applicant"].update(name=c["fields"].get(name_key, ""), id_number=c["fields"].get(id_key, ""))
    CASES.append({"name": name, "description": note, "class": cls or ("correct" if not must else "earlier"), "case": c,
                  "expect": {"decision": decision, "must": list(must), "must_not": list(must_not),
                             "allow": [ALLOW_INFO, *allow]}})


def clean(name, base, decision="accept", allow=()):
    add(name, base, lambda c: None, [], decision, allow=allow, note="完整、一致的申请")


for key in BASES:
    clean(f"{key}-clean", key)

# 公共场所卫生许可（新办）
add("ph_new-missing-test-report", "ph_new", lambda c: drop(c, "M05"), [B(material="M05")], "refuse",
    note="没带卫生检测报告")
add("ph_new-missing-rules-tolerable", "ph_new", lambda c: drop(c, "M06"), [B(material="M06", severity="容缺")],
    "accept_with_tolerance", note="卫生管理制度没带，可容缺")
add("ph_new-staff-list-tolerated", "ph_new", lambda c: status(c, "M08", "tolerated"),
    [B(material="M08", severity="容缺")], "accept_with_tolerance", note="从业人员健康证明容缺")
add("ph_new-floorplan-tolerated-not-allowed", "ph_new", lambda c: status(c, "M04", "tolerated"),
    [B(material="M04")], "refuse", note="窗口把平面图标成容缺，但平面图不是可容缺材料")
add("ph_new-uscc-typo", "ph_new", lambda c: c["fields"].update(credit_code=HOTEL["credit_code"][:-1] + "0"),
    [B(field="credit_code")], "refuse", note="信用代码最后一位抄错")
add("ph_new-name-differs-from-licence", "ph_new", lambda c: c["fields"].update(unit_name="武汉悦来宾馆"),
    [B(field="unit_name", material="M02")], "refuse", note="申请表写了简称")
add("ph_new-rep-differs-from-licence", "ph_new", lambda c: ocr_set(c, "M02", "legal_representative", "王强"),
    [B(field="legal_rep_name", material="M02")], "refuse", note="营业执照上的法定代表人是王强，表上写张伟")
add("ph_new-expired-id-card", "ph_new",
    lambda c: (c["card_read"].update(valid_from="2006-04-01", valid_to="2016-04-01"),
               ocr_set(c, "M03", "valid_from", "2006-04-01"), ocr_set(c, "M03", "valid_to", "2016-04-01")),
    [B(material="M03")], "refuse", note="法定代表人身份证已过期")
add("ph_new-someone-else-at-window", "ph_new", lambda c: c.update(card_read=WANG), [B(field="legal_rep_name")],
    "refuse", note="来办的是王强，没有选委托办理")
add("ph_new-premises-outside-district", "ph_new",
    lambda c: c["fields"].update(premises_address="武汉市江岸区中山大道1000号", registered_address="武汉市江岸区中山大道1000号"),
    [B(field="premises_address", rule="PH-JURISDICTION")], "refuse", note="场所在江岸区")
add("ph_new-not-all-staff-examined", "ph_new", lambda c: c["fields"].update(examined_count="9"),
    [B(field="examined_count")], "refuse", note="12 人只有 9 人有健康证")
add("ph_new-examined-more-than-staff", "ph_new", lambda c: c["fields"].update(examined_count="15"),
    [B(field="examined_count")], "refuse", note="已体检人数大于从业人数")
add("ph_new-area-swapped", "ph_new", lambda c: c["fields"].update(building_area="950", business_area="1200"),
    [B(field="business_area")], "refuse", note="营业面积和建筑面积填反了")
add("ph_new-central-ac-inconsistent", "ph_new", lambda c: c["fields"].update(central_ac="是"),
    [B(field="central_ac")], "refuse", note="表上勾了有集中空调，情形选的无")
add("ph_new-central-ac-report-missing", "ph_new",
    lambda c: (c["answers"].update(central_ac=["yes"]), c["fields"].update(central_ac="是")),
    [B(material="M07")], "refuse", note="有集中空调但没带空调检测报告")
add("ph_new-manager-phone-empty", "ph_new", lambda c: c["fields"].pop("manager_phone"),
    [B(field="manager_phone")], "refuse", note="卫生负责人电话没填")
add("ph_new-phone-too-short", "ph_new", lambda c: c["fields"].update(legal_rep_phone="1397123456"),
    [B(field="legal_rep_phone")], "refuse", note="手机号少一位")
add("ph_new-agent-without-power-of-attorney", "ph_new",
    lambda c: (c["answers"].update(agent=["yes"]), c.update(card_read=WANG)),
    [B(material="M90"), B(field="agent_name"), B(field="agent_id_number"), B(field="agent_phone")], "refuse",
    note="王强代办，没带委托书，代理人信息没填")
add("ph_new-low-confidence-ocr", "ph_new",
    lambda c: c["fields"].update(credit_code={"value": HOTEL["credit_code"], "source": "ocr", "source_ref": "M02",
                                              "confidence": 0.62}),
    [B(field="credit_code", severity="warn")], "manual", note="信用代码是识别填入的，可信度低，窗口没确认")
add("ph_new-blurred-report", "ph_new",
    lambda c: c["materials"][4].update(quality={"ok": False, "reasons": ["blurred", "glare"]}),
    [B(material="M05", severity="warn")], "manual", note="检测报告拍糊了")
add("ph_new-id-number-checksum", "ph_new",
    lambda c: c["fields"].update(legal_rep_id_number=ZHANG["id_number"][:-1] + ("0" if ZHANG["id_number"][-1] != "0" else "1")),
    [B(field="legal_rep_id_number")], "refuse", note="身份证号最后一位抄错")
add("ph_new-staff-count-in-words", "ph_new", lambda c: c["fields"].update(staff_count="十二"),
    [B(field="staff_count")], "refuse", note="从业人员数写了汉字")
add("ph_new-unknown-field-key", "ph_new", lambda c: c["fields"].update(unit_nmae="武汉市青山区悦来宾馆有限公司"),
    [B(field="unit_nmae", severity="warn")], "manual", note="导入的办件里有拼错的字段名")
add("ph_new-individual-nature-with-company-code", "ph_new", lambda c: c["fields"].update(unit_nature="个体工商户"),
    [B(field="unit_nature")], "refuse", note="单位性质选了个体工商户，但代码是企业（91）")
add("ph_new-several-problems", "ph_new",
    lambda c: (drop(c, "M05"), drop(c, "M06"), c["fields"].update(examined_count="10"), c["fields"].pop("manager_phone")),
    [B(material="M05"), B(material="M06", severity="容缺"), B(field="examined_count"), B(field="manager_phone")],
    "refuse", note="一次性告知：四个问题一起说")

add("ph_new-applicant-code-differs", "ph_new",
    lambda c: c["applicant"].update(credit_code=uscc("91420107", "MA4K2XQ2")),
    [B(field="credit_code")], "refuse", note="登记申请人时信用代码录错了一位，与表单不一致")

add("ph_new-agent-clean", "ph_new",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90", ocr=ocr_id(WANG), kind="id_card_front")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"], agent_phone="13512345678"),
               c.update(card_read=WANG)),
    [], "accept", note="王强持授权委托书代办，信息一致")

# 公共场所卫生许可（变更）
add("ph_chg-moved-premises", "ph_chg", lambda c: c["fields"].update(premises_address="武汉市青山区友谊大道500号"),
    [B(field="premises_address", material="M04")], "refuse", note="名义上变更法人，实际搬了家")
add("ph_chg-adds-swimming", "ph_chg",
    lambda c: c["fields"].update(change_content="法定代表人变更，同时增加游泳项目", license_items="住宿,游泳"),
    [B(field="change_content"), B(field="license_items")], "refuse", note="变更时顺便加游泳")
add("ph_chg-original-expired", "ph_chg",
    lambda c: (c["fields"].update(original_valid_to="2026-10-31"), ocr_set(c, "M04", "valid_to", "2026-10-31")),
    [B(field="original_valid_to")], "refuse", note="原证已过期还想变更")
add("ph_chg-name-proof-missing", "ph_chg",
    lambda c: (c["answers"].update(what_changes=["unit_name"]),
               c["fields"].update(change_content="单位名称由青山区悦来旅社变更为武汉市青山区悦来宾馆有限公司"),
               ocr_set(c, "M04", "name", "青山区悦来旅社"), ocr_set(c, "M04", "legal_representative", "张伟"),
               drop(c, "M06")),
    [B(material="M05", severity="容缺")], "accept_with_tolerance", note="改名，名称变更通知书没带")
add("ph_chg-name-unchanged", "ph_chg",
    lambda c: (c["answers"].update(what_changes=["unit_name"]), ocr_set(c, "M04", "legal_representative", "张伟"),
               drop(c, "M06"), c["materials"].append(mat("M05"))),
    [B(field="unit_name", material="M04")], "refuse", note="选了改名，但名称和原证一样")
add("ph_chg-licence-number-mismatch", "ph_chg",
    lambda c: c["fields"].update(original_license_no="鄂卫公证字〔2023〕第420107000132号"),
    [B(field="original_license_no", material="M04")], "refuse", note="原证号抄错两位")
add("ph_chg-chose-move", "ph_chg", lambda c: c["answers"].update(what_changes=["premises_or_items"]),
    [{"rule": "SYS-REDIRECT", "severity": "block"}], "refuse", note="情形选了迁址")
add("ph_chg-rep-change-no-appointment", "ph_chg", lambda c: drop(c, "M06"),
    [B(material="M06", severity="容缺")], "accept_with_tolerance", note="换法人，任职文件没带")
add("ph_chg-new-licence-not-updated", "ph_chg", lambda c: ocr_set(c, "M02", "legal_representative", "王强"),
    [B(field="legal_rep_name", material="M02")], "refuse", note="营业执照还没变更法人")

# 公共场所卫生许可（延续）
add("ph_ren-less-than-30-days", "ph_ren",
    lambda c: (c["fields"].update(original_valid_to="2026-12-10"), ocr_set(c, "M03", "valid_to", "2026-12-10")),
    [B(field="original_valid_to", rule="PH-REN-30")], "refuse", note="到期前 20 天才来延续")
add("ph_ren-already-expired", "ph_ren",
    lambda c: (c["fields"].update(original_valid_to="2026-11-01"), ocr_set(c, "M03", "valid_to", "2026-11-01")),
    [B(field="original_valid_to")], "refuse", note="已过期")
add("ph_ren-report-by-commitment", "ph_ren", lambda c: status(c, "M05", "committed"),
    [B(material="M05", severity="info")], "accept", note="检测报告以告知承诺替代")
add("ph_ren-declaration-by-commitment-not-allowed", "ph_ren", lambda c: status(c, "M02", "committed"),
    [B(material="M02")], "refuse", note="声明不能用承诺替代")
add("ph_ren-conditions-changed", "ph_ren", lambda c: c["answers"].update(conditions_changed=["yes"]),
    [{"rule": "SYS-REDIRECT", "severity": "block"}], "refuse", note="条件变了")
add("ph_ren-moved", "ph_ren", lambda c: c["fields"].update(premises_address="武汉市青山区建设十路8号"),
    [B(field="premises_address", material="M03")], "refuse", note="延续但场所已迁")
add("ph_ren-valid-to-typo", "ph_ren", lambda c: c["fields"].update(original_valid_to="2027-02-29"),
    [B(field="original_valid_to")], "refuse", note="有效期写了不存在的日期")
add("ph_ren-business-licence-missing", "ph_ren", lambda c: drop(c, "M04"), [B(material="M04")], "refuse",
    note="营业执照没带")
add("ph_ren-business-licence-exempted", "ph_ren", lambda c: status(c, "M04", "exempted"), [], "accept",
    note="营业执照经授权调取电子证照免提交")

# 个体工商户设立登记
add("ib-name-company", "ib", lambda c: c["fields"].update(business_name="青山区李娜商贸有限公司"),
    [B(field="business_name")], "refuse", note="个体户名称用了“有限公司”")
add("ib-name-enterprise", "ib", lambda c: c["fields"].update(business_name="青山区李娜百货企业"),
    [B(field="business_name")], "refuse", note="个体户名称用了“企业”")
add("ib-operator-17", "ib",
    lambda c: (c.update(card_read=TEEN17), c["fields"].update(operator_name="陈晨", operator_id_number=TEEN17["id_number"]),
               c["materials"][1].update(ocr=ocr_id(TEEN17))),
    [B(field="operator_id_number", severity="warn")], "manual", note="17 岁经营者")
add("ib-operator-15", "ib",
    lambda c: (c.update(card_read=MINOR15), c["fields"].update(operator_name="刘洋", operator_id_number=MINOR15["id_number"],
                                                                operator_sex="男"),
               c["materials"][1].update(ocr=ocr_id(MINOR15))),
    [B(field="operator_id_number")], "refuse", note="15 岁经营者")
add("ib-sex-wrong", "ib", lambda c: c["fields"].update(operator_sex="男"), [B(field="operator_sex")], "refuse",
    note="性别勾错")
add("ib-premises-no-number", "ib",
    lambda c: (c["fields"].update(premises_address="武汉市青山区冶金大道"), ocr_set(c, "M04", "address", "武汉市青山区冶金大道")),
    [B(field="premises_address")], "refuse", note="经营场所没写门牌号")
add("ib-premises-outside", "ib",
    lambda c: (c["fields"].update(premises_address="武汉市洪山区珞喻路100号"), ocr_set(c, "M04", "address", "武汉市洪山区珞喻路100号")),
    [B(field="premises_address")], "refuse", note="场所在洪山区")
add("ib-lease-missing", "ib", lambda c: drop(c, "M04"), [B(material="M04", severity="容缺")], "accept_with_tolerance",
    note="租赁合同没带，可容缺")
add("ib-family-without-members", "ib", lambda c: c["answers"].update(composition=["family"]),
    [B(field="family_members"), B(material="M05")], "refuse", note="家庭经营但家庭成员没填、证明没带")
add("ib-id-photo-other-person", "ib", lambda c: c["materials"][1].update(ocr=ocr_id(ZHAO)),
    [B(material="M02")], "refuse", note="身份证复印件拿错了人")
add("ib-lease-address-differs", "ib", lambda c: ocr_set(c, "M04", "address", "武汉市青山区冶金大道90号"),
    [B(field="premises_address", material="M04")], "refuse", note="租赁合同地址和登记的场所不一致")
add("ib-owned-exempted", "ib",
    lambda c: (c["answers"].update(premises_right=["owned"]), drop(c, "M04"), c["materials"].append(mat("M03", status="exempted"))),
    [], "accept", note="自有房产，产权证明经共享调取免交")
add("ib-lease-exempted-not-allowed", "ib", lambda c: status(c, "M04", "exempted"), [B(material="M04")], "refuse",
    note="租赁合同不能免提交")
add("ib-card-expired", "ib", lambda c: c["card_read"].update(valid_from="2010-01-10", valid_to="2020-01-10"),
    [B(material="M02")], "refuse", note="身份证过期")

add("ib-several-problems", "ib",
    lambda c: (c["fields"].update(business_name="青山区李娜商贸有限公司", operator_sex="男"), drop(c, "M04")),
    [B(field="business_name"), B(field="operator_sex"), B(material="M04", severity="容缺")], "refuse",
    note="一次性告知：名称用了公司、性别勾错、租赁合同没带")

# 住房公积金提取
add("hf-purchase-no-contract", "hf", lambda c: drop(c, "M10"), [B(material="M10")], "refuse", note="购房提取没带合同")
add("hf-several-problems", "hf",
    lambda c: (ocr_set(c, "M03", "name", "王强"), c["fields"].update(amount="90000"), drop(c, "M11")),
    [B(material="M03"), B(field="amount"), B(material="M11", severity="容缺")], "refuse",
    note="一次性告知：银行卡不是本人的、金额超余额、发票没带")
add("hf-purchase-invoice-missing", "hf", lambda c: drop(c, "M11"), [B(material="M11", severity="容缺")],
    "accept_with_tolerance", note="发票没带，可容缺 1 个工作日")
add("hf-amount-over-balance", "hf", lambda c: c["fields"].update(amount="90000"), [B(field="amount")], "refuse",
    note="提取金额超过余额")
add("hf-bank-card-other-person", "hf", lambda c: ocr_set(c, "M03", "name", "王强"), [B(material="M03")], "refuse",
    note="银行卡是别人的")
add("hf-bank-number-typo", "hf", lambda c: c["fields"].update(bank_account="6222021234567890132"),
    [B(field="bank_account", material="M03")], "refuse", note="卡号抄错")
add("hf-no-ground", "hf", lambda c: c.update(answers={"agent": ["no"]}) or drop(c, "M10") or drop(c, "M11"),
    [{"rule": "SYS-SITUATION", "severity": "block"}], "refuse", note="没选提取原因")


def _retire(c, who=ZHAO, amount="86000.50"):
    c["answers"]["ground"] = ["retire"]
    drop(c, "M10")
    drop(c, "M11")
    c["materials"].append(mat("M13"))
    c["fields"].update(applicant_name=who["name"], applicant_id_number=who["id_number"], amount=amount)
    c["card_read"] = who
    c["materials"][1]["ocr"] = ocr_id(who)
    c["materials"][2]["ocr"]["name"]["value"] = who["name"]


add("hf-retire-clean", "hf", lambda c: _retire(c), [], "accept", note="退休提取，全部余额")
add("hf-retire-young", "hf", lambda c: _retire(c, YOUNG45), [B(field="applicant_id_number", severity="warn")], "manual",
    note="45 岁说退休")
add("hf-retire-33", "hf", lambda c: _retire(c, ZHOU), [B(field="applicant_id_number", rule="HF-RETIRE-AGE")], "refuse",
    note="38 岁说退休：任何退休办法都不可能")
add("hf-retire-flexible", "hf", lambda c: _retire(c, FLEX60), [B(field="applicant_id_number", severity="info")],
    "accept", note="1966 年 9 月出生的男性，法定退休年龄 60 岁 6 个月，现 60 岁 2 个月：弹性提前退休（不低于原 60 岁），"
    "离退休证明即其审批，受理并说明所用规则（2026-12-02 改：原为转人工，但 4 个月前的弹性提前退休不是临界月份）")
add("hf-retire-month-before-line", "hf", lambda c: _retire(c, LINE60), [B(field="applicant_id_number", severity="warn")],
    "manual", note="1966 年 7 月出生的男性，法定退休年龄 60 岁 5 个月（2026 年 12 月）；11 月受理差 1 个月，退休可能尚未开始，核实")
add("hf-retire-partial", "hf", lambda c: _retire(c, amount="30000"), [B(field="amount", severity="warn")], "accept",
    note="退休提取只取一部分")


def _rent(c, addr="武汉市洪山区珞喻路100号5栋301室"):
    c["answers"]["ground"] = ["rent"]
    drop(c, "M10")
    drop(c, "M11")
    c["materials"].append(mat("M18"))
    c["fields"].update(house_address=addr, amount="6000")
    c["fields"].pop("purchase_date")


add("hf-rent-clean", "hf", lambda c: _rent(c), [], "accept", note="在本市洪山区租房，属本市")
add("hf-rent-other-city", "hf", lambda c: _rent(c, "北京市朝阳区建国路88号"), [B(field="house_address")], "refuse",
    note="在北京租房")
add("hf-rent-recent-prior", "hf",
    lambda c: (_rent(c), c.update(consents=[{"scope": "history", "purpose": "一人一档复用", "expires": "2027-12-31"}],
                                  prior_cases=[{"item_code": "110420005000-01", "ground": "rent", "accepted": "2026-10-15",
                                                "state": "delivered"}])),
    [B(field="amount", severity="warn")], "manual", note="一个月前刚提过租房")
add("hf-rent-prior-without-consent", "hf",
    lambda c: (_rent(c), c.update(prior_cases=[{"item_code": "110420005000-01", "ground": "rent",
                                                "accepted": "2026-10-15", "state": "delivered"}])),
    [], "accept", must_not=[{"rule": "HF-RENT-INTERVAL"}], note="有历史但没授权，不能用")
add("hf-loan-no-contract-number", "hf",
    lambda c: (c["answers"].update(ground=["loan"]), drop(c, "M10"), drop(c, "M11"), c["materials"].append(mat("M17")),
               c["fields"].pop("purchase_date")),
    [B(field="loan_contract_no")], "refuse", note="还贷提取没填借款合同编号")
add("hf-purchase-date-future", "hf", lambda c: c["fields"].update(purchase_date="2026-12-20"),
    [B(field="purchase_date")], "refuse", note="购房日期写到了下个月")
add("hf-agent-card-mismatch", "hf",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"]), c.update(card_read=LI)),
    [B(field="agent_name")], "refuse", note="委托王强，来的却是李娜")

# 仅销售预包装食品备案
add("ff-bulk-food", "ff", lambda c: c["fields"].update(food_scope="预包装食品、散装熟食"), [B(field="food_scope")],
    "refuse", note="卖散装熟食不能备案")
add("ff-special-food-types-but-no", "ff", lambda c: c["fields"].update(special_food_types="保健食品"),
    [B(field="special_food_types")], "refuse", note="说不卖特殊食品，却填了保健食品")
add("ff-special-food-without-types", "ff", lambda c: c["answers"].update(special_food=["yes"]),
    [B(field="special_food_types")], "refuse", note="卖特殊食品没填类别")
add("ff-outside", "ff",
    lambda c: c["fields"].update(premises_address="湖北省孝感市孝南区城站路1号"), [B(field="premises_address")], "refuse",
    note="场所在孝感")
add("ff-rules-by-commitment", "ff", lambda c: status(c, "M04", "committed"), [B(material="M04", severity="info")],
    "accept", note="管理制度告知承诺")
add("ff-uscc-differs", "ff", lambda c: ocr_set(c, "M02", "credit_code", uscc("92420107", "MA4L3YB3")),
    [B(field="credit_code", material="M02")], "refuse", note="执照上的代码和表不一样")
add("ff-online-no-website-info", "ff", lambda c: c["answers"].update(sales_mode=["physical", "online"]),
    [B(material="M05")], "refuse", note="网上也卖，但没交网址信息")

# 食品经营许可（新办）
add("fl-prepackaged-only", "fl", lambda c: c["fields"].update(business_items="预包装食品销售"),
    [B(field="business_items")], "refuse", note="只卖预包装食品，应备案")
add("fl-catering-no-production-items", "fl", lambda c: c["fields"].update(business_items="预包装食品销售,散装食品销售"),
    [B(field="business_items")], "refuse", note="餐饮却没选制售项目")
add("fl-health-certs-short", "fl", lambda c: c["fields"].update(health_cert_count="6"), [B(field="health_cert_count")],
    "refuse", note="8 人只有 6 个健康证")
add("fl-rules-list-missing", "fl", lambda c: drop(c, "M06"), [B(material="M06", severity="容缺")],
    "accept_with_tolerance", note="制度清单没带")
add("fl-layout-missing", "fl", lambda c: drop(c, "M05"), [B(material="M05")], "refuse", note="餐饮布局图没带")
add("fl-item-not-in-options", "fl", lambda c: c["fields"].update(business_items="热食类食品制售,烧烤"),
    [B(field="business_items")], "refuse", note="经营项目写了表里没有的“烧烤”")
add("fl-vending-without-materials", "fl", lambda c: c["answers"].update(vending=["yes"]), [B(material="M07")], "refuse",
    note="有自动售货设备，没交设备材料")

# 灵活就业人员医保参保
add("mi-still-employee", "mi", lambda c: c["answers"].update(prior_insurance=["employee"]),
    [{"rule": "SYS-BLOCKED", "severity": "block"}], "refuse", note="还在单位参保")
add("mi-nonlocal-without-permit", "mi", lambda c: c["answers"].update(hukou=["nonlocal"]),
    [B(field="residence_permit_no"), B(material="M03")], "refuse", note="外地户籍，没居住证")
add("mi-start-month-not-first", "mi", lambda c: c["fields"].update(start_month="2026-12-15"),
    [B(field="start_month")], "refuse", note="起始月份写成 15 日")
add("mi-minor", "mi",
    lambda c: (c.update(card_read=MINOR15), c["fields"].update(applicant_name="刘洋", applicant_id_number=MINOR15["id_number"],
                                                                applicant_sex="男"),
               c["materials"][1].update(ocr=ocr_id(MINOR15))),
    [B(field="applicant_id_number")], "refuse", note="15 岁")
add("mi-hukou-choice-wrong", "mi", lambda c: c["fields"].update(hukou_address="湖北省孝感市孝南区书院街1号"),
    [B(field="hukou_address")], "refuse", note="户籍在孝感却选本市户籍")
add("mi-resident-stop-by-commitment", "mi",
    lambda c: (c["answers"].update(prior_insurance=["resident"]), c["materials"].append(mat("M04", status="committed"))),
    [B(material="M04", severity="info")], "accept", note="居民医保停保证明以承诺替代")
add("mi-sex-wrong", "mi", lambda c: c["fields"].update(applicant_sex="男"), [B(field="applicant_sex")], "refuse",
    note="性别选错")

add("mi-id-copy-expired-no-reader", "mi",
    lambda c: (c.update(card_read=None), ocr_set(c, "M02", "valid_from", "2008-01-10"), ocr_set(c, "M02", "valid_to", "2018-01-10")),
    [B(material="M02")], "refuse", note="读卡器坏了，只拍了身份证，身份证已过期")
add("mi-agent-card-expired", "mi",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"]),
               c.update(card_read=dict(WANG, valid_from="2000-03-03", valid_to="2020-03-03"))),
    [B(material="M90")], "refuse", note="代办人王强的身份证过期")

# 就业登记（灵活就业）
add("fe-start-in-future", "fe", lambda c: c["fields"].update(employment_start="2026-12-01"),
    [B(field="employment_start")], "refuse", note="还没开始干")
add("fe-self-employed-company-code", "fe",
    lambda c: (c["answers"].update(employment_type=["self_employed"]), drop(c, "M03"),
               c["fields"].update(business_credit_code=HOTEL["credit_code"]),
               c["materials"].append(mat("M04", ocr=ocr_lic(HOTEL), kind="business_license"))),
    [B(field="business_credit_code")], "refuse", note="拿公司执照来做个体经营登记")
add("fe-residence-outside", "fe", lambda c: c["fields"].update(residence_address="武汉市汉阳区钟家村1号"),
    [B(field="residence_address")], "refuse", note="住在汉阳")
add("fe-platform-name-missing", "fe", lambda c: c["fields"].pop("platform_name"), [B(field="platform_name")], "refuse",
    note="平台名称没填")
add("fe-explanation-by-commitment", "fe", lambda c: status(c, "M03", "committed"),
    [B(material="M03", severity="info")], "accept", note="灵活就业情况说明以承诺替代")

# 最低生活保障
add("db-income-above-standard", "db", lambda c: c["fields"].update(monthly_income="2600"),
    [B(field="monthly_income", severity="warn")], "manual", note="人均收入超过标准")
add("db-hukou-outside", "db", lambda c: c["fields"].update(hukou_address="湖北省黄冈市黄州区东门路5号"),
    [B(field="hukou_address")], "refuse", note="户籍在黄冈")
add("db-special-proof-missing", "db", lambda c: c["answers"].update(special=["yes"]),
    [B(material="M06", severity="容缺")], "accept_with_tolerance", note="有重病成员，诊断证明没带")
add("db-owns-car", "db", lambda c: c["fields"].update(owns_vehicle="是"), [B(field="owns_vehicle", severity="warn")],
    "manual", note="家里有车")
add("db-habitual-without-permit", "db",
    lambda c: (c["answers"].update(residence=["habitual"]), c["fields"].update(hukou_address="湖北省黄冈市黄州区东门路5号")),
    [B(field="residence_permit_no"), B(material="M05")], "refuse", note="在本区常住但户籍外地，居住证没带")
add("db-income-not-number", "db", lambda c: c["fields"].update(monthly_income="约一千元"), [B(field="monthly_income")],
    "refuse", note="收入写了文字")

# 残疾人证
add("dc-minor-self", "dc",
    lambda c: (c.update(card_read=MINOR15), c["fields"].update(applicant_name="刘洋", applicant_id_number=MINOR15["id_number"]),
               c["materials"][1].update(ocr=ocr_id(MINOR15))),
    [B(field="disability_category", material="M05")], "refuse", note="15 岁自己来申请")
add("dc-mental-self", "dc", lambda c: c["fields"].update(disability_category="精神残疾"),
    [B(field="disability_category", material="M05")], "refuse", note="精神残疾本人申请")
add("dc-guardian-same-id", "dc",
    lambda c: (c["answers"].update(applicant_role=["guardian"]), c["materials"].append(mat("M05")),
               c["fields"].update(guardian_name="张伟", guardian_id_number=ZHANG["id_number"], guardian_relation="父母")),
    [B(field="guardian_id_number")], "refuse", note="监护人填成了本人")
add("dc-hukou-outside", "dc", lambda c: c["fields"].update(hukou_address="武汉市江汉区新华路20号"),
    [B(field="hukou_address")], "refuse", note="户籍在江汉区")
add("dc-records-missing", "dc", lambda c: drop(c, "M06"), [B(material="M06", severity="容缺")],
    "accept_with_tolerance", note="病历没带")
add("dc-photos-missing", "dc", lambda c: drop(c, "M04"), [B(material="M04")], "refuse", note="照片没带")
add("dc-guardian-clean", "dc",
    lambda c: (c["answers"].update(applicant_role=["guardian"]), c["materials"].append(mat("M05")),
               c.update(card_read=LI),
               c["fields"].update(applicant_name="刘洋", applicant_id_number=MINOR15["id_number"], guardian_name="李娜",
                                  guardian_id_number=LI["id_number"], guardian_relation="父母",
                                  disability_category="智力残疾"),
               c["materials"][1].update(ocr=ocr_id(MINOR15))),
    [], "accept", note="母亲为 15 岁孩子申请智力残疾评定")

# 出版物经营许可证遗失补证
add("pb-licence-expired", "pb", lambda c: c["fields"].update(license_valid_to="2026-06-30"),
    [B(field="license_valid_to")], "refuse", note="原证已过期")
add("pb-loss-date-future", "pb", lambda c: c["fields"].update(loss_date="2026-11-25"), [B(field="loss_date")], "refuse",
    note="遗失日期写成以后")
add("pb-newspaper-notice-missing", "pb",
    lambda c: (c["answers"].update(loss_notice=["newspaper"]), drop(c, "M04")), [B(material="M03")], "refuse",
    note="说登了报，登报页没带")
add("pb-outside", "pb", lambda c: c["fields"].update(premises_address="武汉市东西湖区金银湖路1号"),
    [B(field="premises_address")], "refuse", note="书店在东西湖")
add("pb-rep-card-other", "pb", lambda c: c.update(card_read=ZHOU), [B(field="legal_rep_name")], "refuse",
    note="周杰来办，没委托")
add("pb-loss-reason-empty", "pb", lambda c: c["fields"].update(loss_reason=""), [B(field="loss_reason")], "refuse",
    note="没写遗失原因")


# ---- more of what clerks meet, across the items (analogous checks on every item) ---------------
add("ph_chg-valid-to-mismatch", "ph_chg", lambda c: c["fields"].update(original_valid_to="2027-08-30"),
    [B(field="original_valid_to", material="M04")], "refuse", note="原证有效期抄错一天")
add("ph_chg-rep-same-as-before", "ph_chg", lambda c: ocr_set(c, "M04", "legal_representative", "张伟"),
    [B(field="legal_rep_name", material="M04", severity="warn")], "accept", note="说换了法人，原证上已经是张伟")
add("ph_chg-manager-at-window", "ph_chg", lambda c: c.update(card_read=ZHOU), [B(field="legal_rep_name")], "refuse",
    note="卫生负责人周杰来办，没有委托书")
add("ph_ren-items-differ", "ph_ren", lambda c: c["fields"].update(license_items="住宿,沐浴"),
    [B(field="license_items", material="M03")], "refuse", note="延续时许可项目多了沐浴")
add("ph_ren-licence-number-typo", "ph_ren", lambda c: c["fields"].update(original_license_no="鄂卫公证字〔2023〕第420107000321号"),
    [B(field="original_license_no", material="M03")], "refuse", note="原证号抄错")
add("ph_ren-uscc-differs-from-licence", "ph_ren", lambda c: ocr_set(c, "M04", "credit_code", uscc("91420107", "MA4K2XQ9")),
    [B(field="credit_code", material="M04")], "refuse", note="营业执照上的代码与表不一致")
add("ph_new-id-copy-other-person", "ph_new", lambda c: c["materials"][2].update(ocr=ocr_id(LI)),
    [B(material="M03")], "refuse", note="法定代表人身份证复印件拿成了李娜的")
add("ph_new-chip-and-copy-disagree", "ph_new",
    lambda c: c["materials"][2].update(quality={"ok": True, "discrepancies": [
        {"field": "legal_rep_id_number", "source": "id_card.id_number", "chip": ZHANG["id_number"],
         "ocr": ZHANG["id_number"][:-2] + "11", "material": "M03"}]}),
    [B(field="legal_rep_id_number", material="M03", severity="warn")], "accept",
    note="复印件识别出的号码与读卡不一致（预填时已以读卡为准）")
add("ph_new-flagged-ocr-is-no-evidence", "ph_new",
    lambda c: c["materials"][1]["ocr"].update(name={"value": "武汉市青山区悦来宾馆有限公言", "confidence": 0.41, "flagged": True}),
    [], "accept", note="营业执照名称识别可信度低（已标记），不作为不一致的依据")
add("ph_new-form-printed-at-acceptance", "ph_new", lambda c: status(c, "M01", "pending"), [], "accept",
    note="申请表由系统按表单生成，受理时打印签字，不算缺件")
add("ph_new-agent-card-mismatch", "ph_new",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"], agent_phone="13512345678"),
               c.update(card_read=ZHOU)),
    [B(field="agent_name")], "refuse", note="委托书写王强，来的是周杰")

add("ib-name-no-form", "ib", lambda c: c["fields"].update(business_name="青山区李娜小吃"),
    [B(field="business_name", severity="warn")], "accept", note="名称缺组织形式")
add("ib-someone-else", "ib", lambda c: c.update(card_read=ZHAO), [B(field="operator_name")], "refuse",
    note="赵敏替李娜来办，没选委托")
add("ib-licensed-scope-note", "ib", lambda c: c["fields"].update(business_scope="日用百货零售；预包装食品销售（含冷藏冷冻食品）；餐饮服务"),
    [B(field="business_scope", severity="info")], "accept", note="经营范围含许可项目，提示后续办证")
add("ib-agent-card-mismatch", "ib",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"]), c.update(card_read=ZHOU)),
    [B(field="agent_name")], "refuse", note="代理人不是委托书上的人")

add("hf-someone-else", "hf", lambda c: c.update(card_read=LI), [B(field="applicant_name")], "refuse",
    note="妻子李娜来取丈夫的公积金，没委托书")
add("hf-id-copy-other", "hf", lambda c: c["materials"][1].update(ocr=ocr_id(WANG)), [B(material="M02")], "refuse",
    note="身份证复印件是别人的")

add("ff-licence-name-differs", "ff", lambda c: ocr_set(c, "M02", "name", "青山区李娜副食店"),
    [B(field="operator_name", material="M02")], "refuse", note="执照名称和表不一致")
add("ff-licence-rep-differs", "ff", lambda c: ocr_set(c, "M02", "legal_representative", "赵敏"),
    [B(field="legal_rep_name", material="M02")], "refuse", note="执照上经营者是赵敏")
add("ff-id-copy-other", "ff", lambda c: c["materials"][2].update(ocr=ocr_id(ZHAO)), [B(material="M03")], "refuse",
    note="身份证复印件是赵敏的")
add("ff-someone-else", "ff", lambda c: c.update(card_read=ZHANG), [B(field="legal_rep_name")], "refuse",
    note="张伟替李娜来办，没委托")
add("ff-agent-card-mismatch", "ff",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"]), c.update(card_read=ZHOU)),
    [B(field="agent_name")], "refuse", note="代理人对不上")

add("fl-licence-name-differs", "fl", lambda c: c["fields"].update(operator_name="武汉味道餐饮"),
    [B(field="operator_name", material="M02")], "refuse", note="经营者名称写了简称")
add("fl-licence-uscc-differs", "fl", lambda c: c["fields"].update(credit_code=uscc("91420107", "MA4P8KL5")),
    [B(field="credit_code", material="M02")], "refuse", note="抄了别家公司的代码")
add("fl-rep-differs", "fl", lambda c: ocr_set(c, "M02", "legal_representative", "王强"),
    [B(field="legal_rep_name", material="M02")], "refuse", note="执照法人是王强")
add("fl-id-copy-other", "fl", lambda c: c["materials"][2].update(ocr=ocr_id(WANG)), [B(material="M03")], "refuse",
    note="身份证复印件是王强的")
add("fl-outside", "fl", lambda c: c["fields"].update(premises_address="武汉市武昌区中南路99号"),
    [B(field="premises_address")], "refuse", note="饭店在武昌")
add("fl-health-more-than-staff", "fl", lambda c: c["fields"].update(health_cert_count="10"),
    [B(field="health_cert_count")], "refuse", note="健康证人数多于从业人数")
add("fl-someone-else", "fl", lambda c: c.update(card_read=ZHOU), [B(field="legal_rep_name")], "refuse",
    note="食品安全管理员周杰来办，没有委托书")
add("fl-agent-clean", "fl",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="周杰", agent_id_number=ZHOU["id_number"]), c.update(card_read=ZHOU)),
    [], "accept", note="周杰持委托书代办")

add("mi-someone-else", "mi", lambda c: c.update(card_read=ZHAO), [B(field="applicant_name")], "refuse",
    note="母亲替女儿来参保，没委托")
add("mi-agent-card-mismatch", "mi",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"]), c.update(card_read=ZHOU)),
    [B(field="agent_name")], "refuse", note="代理人对不上")
add("mi-id-copy-other", "mi", lambda c: c["materials"][1].update(ocr=ocr_id(ZHAO)), [B(material="M02")], "refuse",
    note="身份证复印件拿错")
add("mi-near-retirement", "mi",
    lambda c: (c.update(card_read=ZHAO), c["fields"].update(applicant_name="赵敏", applicant_id_number=ZHAO["id_number"],
                                                             hukou_address=ZHAO["address"], residence_address=ZHAO["address"]),
               c["materials"][1].update(ocr=ocr_id(ZHAO))),
    [B(field="applicant_id_number", rule="MI-AGE-RETIRED")], "refuse",
    note="64 岁女性：早已超过法定退休年龄，不能以灵活就业身份新参保（缴费年限不足的办延缴）")
add("mi-not-in-city", "mi",
    lambda c: (c["answers"].update(hukou=["nonlocal"]), c["materials"].append(mat("M03")),
               c["fields"].update(hukou_address="北京市海淀区中关村大街1号", residence_address="湖北省黄冈市黄州区东门路5号",
                                  residence_permit_no="420100-2025-001234")),
    [B(field="residence_address")], "refuse", note="户籍在北京、住在黄冈，不能在武汉参保")

add("fe-someone-else", "fe", lambda c: c.update(card_read=WANG), [B(field="applicant_name")], "refuse",
    note="王强替张伟来登记")
add("fe-agent-card-mismatch", "fe",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"]), c.update(card_read=ZHOU)),
    [B(field="agent_name")], "refuse", note="代理人对不上")
add("fe-id-copy-other", "fe", lambda c: c["materials"][1].update(ocr=ocr_id(ZHOU)), [B(material="M02")], "refuse",
    note="身份证复印件拿错")
add("fe-sex-wrong", "fe", lambda c: c["fields"].update(applicant_sex="女"), [B(field="applicant_sex")], "refuse",
    note="性别选错")
add("fe-minor", "fe",
    lambda c: (c.update(card_read=MINOR15), c["fields"].update(applicant_name="刘洋", applicant_id_number=MINOR15["id_number"],
                                                                residence_address=MINOR15["address"]),
               c["materials"][1].update(ocr=ocr_id(MINOR15))),
    [B(field="applicant_id_number")], "refuse", note="15 岁来登记就业")
add("fe-retired", "fe",
    lambda c: (c.update(card_read=ZHAO), c["fields"].update(applicant_name="赵敏", applicant_id_number=ZHAO["id_number"],
                                                             applicant_sex="女", residence_address=ZHAO["address"]),
               c["materials"][1].update(ocr=ocr_id(ZHAO))),
    [B(field="applicant_id_number", rule="FE-AGE-RETIRED")], "refuse",
    note="64 岁女性：已超过法定退休年龄多年（灵活就业女性按原 55 周岁一类）")
add("fe-retirement-this-month", "fe",
    lambda c: (c.update(card_read=RETIRING), c["fields"].update(applicant_name="钱进", applicant_id_number=RETIRING["id_number"],
                                                                 applicant_sex="男", residence_address=RETIRING["address"]),
               c["materials"][1].update(ocr=ocr_id(RETIRING))),
    [B(field="applicant_id_number", severity="warn")], "manual",
    note="1966 年 6 月出生的男性，法定退休年龄 60 岁 5 个月（2026 年 11 月），本月到龄：由人核实")
add("fe-business-licence-other-operator", "fe",
    lambda c: (c["answers"].update(employment_type=["self_employed"]), drop(c, "M03"),
               c["fields"].update(business_credit_code=SHOP["credit_code"]),
               c["materials"].append(mat("M04", ocr=ocr_lic(SHOP), kind="business_license"))),
    [B(field="business_credit_code", material="M04")], "refuse", note="拿了李娜的个体户执照")

add("db-someone-else", "db", lambda c: c.update(card_read=LI), [B(field="applicant_name")], "refuse",
    note="女儿替母亲来申请，没选代为申请")
add("db-id-copy-other", "db", lambda c: c["materials"][1].update(ocr=ocr_id(LI)), [B(material="M02")], "refuse",
    note="身份证复印件拿错")
add("db-habitual-outside", "db",
    lambda c: (c["answers"].update(residence=["habitual"]), c["materials"].append(mat("M05")),
               c["fields"].update(hukou_address="湖北省黄冈市黄州区东门路5号", residence_address="武汉市洪山区珞喻路100号",
                                  residence_permit_no="420100-2024-000777")),
    [B(field="residence_address")], "refuse", note="户籍黄冈、住洪山，来青山申请")
add("db-three-houses", "db", lambda c: c["fields"].update(houses="3"), [B(field="houses", severity="warn")], "manual",
    note="家里有三套房")
add("db-agent-card-mismatch", "db",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"]), c.update(card_read=ZHOU)),
    [B(field="agent_name")], "refuse", note="代理人对不上")

add("dc-someone-else", "dc", lambda c: c.update(card_read=WANG), [B(field="applicant_name")], "refuse",
    note="王强替张伟来申请，没选监护人代为申请")
add("dc-guardian-card-mismatch", "dc",
    lambda c: (c["answers"].update(applicant_role=["guardian"]), c["materials"].append(mat("M05")), c.update(card_read=ZHOU),
               c["fields"].update(guardian_name="李娜", guardian_id_number=LI["id_number"], guardian_relation="配偶")),
    [B(field="guardian_name")], "refuse", note="监护人写李娜，来的是周杰")
add("dc-id-copy-other", "dc", lambda c: c["materials"][1].update(ocr=ocr_id(WANG)), [B(material="M02")], "refuse",
    note="身份证复印件拿错")
add("dc-sex-wrong", "dc", lambda c: c["fields"].update(applicant_sex="女"), [B(field="applicant_sex")], "refuse",
    note="性别选错")
add("dc-already-holds-certificate", "dc",
    lambda c: c.update(consents=[{"scope": "一人一档", "purpose": "历史办件复用", "expires": "2027-06-30"}],
                       prior_cases=[{"item_code": "110500001000-01", "state": "delivered", "accepted": "2024-03-01"}]),
    [B(field="applicant_id_number", severity="warn")], "manual", note="一人一档显示已办过残疾人证")

add("pb-licence-name-differs", "pb", lambda c: ocr_set(c, "M02", "name", "武汉市青山区知新文化有限公司"),
    [B(field="unit_name", material="M02")], "refuse", note="营业执照名称已变更，表上还是旧名")
add("pb-uscc-typo", "pb", lambda c: c["fields"].update(credit_code=BOOKS["credit_code"][:-2] + "00"),
    [B(field="credit_code")], "refuse", note="代码最后两位抄错")
add("pb-rep-differs", "pb", lambda c: ocr_set(c, "M02", "legal_representative", "周杰"),
    [B(field="legal_rep_name", material="M02")], "refuse", note="执照法人是周杰")
add("pb-id-copy-other", "pb", lambda c: c["materials"][3].update(ocr=ocr_id(ZHOU)), [B(material="M05")], "refuse",
    note="身份证复印件拿错")
add("pb-agent-card-mismatch", "pb",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"]), c.update(card_read=ZHOU)),
    [B(field="agent_name")], "refuse", note="代理人对不上")


# ---- the catalog's newer items (消防检查, 户外招牌, 烟草零售, 新生儿出生一件事) -------------------------------

OUTSIDE = "武汉市江岸区中山大道1000号"

add("fs-floorplan-missing", "fs", lambda c: drop(c, "M04"), [B(material="M04")], "refuse", note="没带场所平面布置图")
add("fs-fire-plan-tolerated", "fs", lambda c: drop(c, "M05"), [B(material="M05", severity="容缺")],
    "accept_with_tolerance", note="消防安全制度和疏散预案没带，可容缺")
add("fs-commitment-letter-missing", "fs", lambda c: drop(c, "M08"), [B(material="M08")], "refuse",
    note="选了告知承诺方式，没签告知承诺书")
add("fs-inspection-mode-clean", "fs", lambda c: (c["answers"].update(mode=["inspection"]), drop(c, "M08")), [], "accept",
    note="不采用告知承诺，等现场检查：不要承诺书", cls="correct")
add("fs-manager-empty", "fs", lambda c: c["fields"].pop("fire_safety_manager"), [B(field="fire_safety_manager")],
    "refuse", note="消防安全管理人没填")
add("fs-capacity-too-high", "fs", lambda c: c["fields"].update(capacity="600"),
    [B(field="capacity", rule="FS-CAPACITY", severity="warn")], "manual", note="180 平方米的饭店核定 600 人")
add("fs-outside", "fs", lambda c: c["fields"].update(premises_address=OUTSIDE),
    [B(field="premises_address", rule="FS-JURISDICTION")], "refuse", note="场所在江岸区")
add("fs-uscc-differs", "fs", lambda c: (c["fields"].update(credit_code=uscc("91420107", "MA4P8KL5")),
                                        c["applicant"].update(credit_code=uscc("91420107", "MA4P8KL5"))),
    [B(field="credit_code", material="M02")], "refuse", note="抄了别家公司的代码")

add("sb-design-missing", "sb", lambda c: drop(c, "M06"), [B(material="M06")], "refuse", note="没带招牌设计效果图")
add("sb-lease-tolerated", "sb", lambda c: drop(c, "M05"), [B(material="M05", severity="容缺")], "accept_with_tolerance",
    note="租赁合同没带，可容缺")
add("sb-owned-without-deed", "sb", lambda c: (c["answers"].update(premises_right=["owned"]), drop(c, "M05")),
    [B(material="M04")], "refuse", note="自有房产，产权证明没带")
add("sb-text-not-name", "sb", lambda c: c["fields"].update(sign_text="好又多超市"),
    [B(field="sign_text", rule="SB-TEXT-NAME", severity="warn")], "accept", note="招牌文字和执照名称不一致")
add("sb-name-not-licence", "sb", lambda c: c["fields"].update(business_name="青山区好又多超市"),
    [B(field="business_name", rule="SB-LIC-NAME")], "refuse", allow=[{"rule": "SB-TEXT-NAME"}],
    note="申请名称和营业执照名称不一致")
add("sb-large-sign", "sb", lambda c: c["fields"].update(sign_width="12", sign_height="3"),
    [B(field="sign_width", rule="SB-LARGE", severity="warn")], "manual", note="36 平方米的大招牌")
add("sb-outside", "sb", lambda c: c["fields"].update(premises_address=OUTSIDE),
    [B(field="premises_address", rule="SB-JURISDICTION")], "refuse", note="招牌设在江岸区")
add("sb-lighting-empty", "sb", lambda c: c["fields"].pop("sign_lighting"), [B(field="sign_lighting")], "refuse",
    note="是否设置照明没选")

add("tb-licence-missing", "tb", lambda c: drop(c, "M02"), [B(material="M02")], "refuse", note="营业执照没带")
add("tb-lease-tolerated", "tb", lambda c: drop(c, "M05"), [B(material="M05", severity="容缺")], "accept_with_tolerance",
    note="租赁合同没带，可容缺")
add("tb-near-school", "tb", lambda c: c["answers"].update(near_school=["yes"]),
    [{"rule": "SYS-BLOCKED", "severity": "block"}], "refuse", note="店在小学门口")
add("tb-operator-minor", "tb",
    lambda c: (c.update(card_read=TEEN17), c["fields"].update(operator_name="陈晨", operator_id_number=TEEN17["id_number"]),
               c["materials"][2].update(ocr=ocr_id(TEEN17))),
    [B(field="operator_id_number", rule="TB-AGE-18", severity="warn")], "manual",
    note="17 岁的负责人：以自己的劳动收入为主要生活来源的视为完全民事行为能力人，由人核实")
add("tb-operator-15", "tb",
    lambda c: (c.update(card_read=MINOR15), c["fields"].update(operator_name="刘洋", operator_id_number=MINOR15["id_number"]),
               c["materials"][2].update(ocr=ocr_id(MINOR15))),
    [B(field="operator_id_number", rule="TB-AGE")], "refuse", note="15 岁的负责人")
add("tb-someone-else", "tb", lambda c: c.update(card_read=ZHANG), [B(field="operator_name")], "refuse",
    note="张伟替李娜来办，没选委托办理")
add("fs-someone-else", "fs", lambda c: c.update(card_read=WANG), [B(field="legal_rep_name")], "refuse",
    note="王强来办，没选委托办理")
add("sb-someone-else", "sb", lambda c: c.update(card_read=ZHAO), [B(field="applicant_name")], "refuse",
    note="赵敏替李娜来办，没选委托办理")
add("sb-agent-clean", "sb",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="周杰", agent_id_number=ZHOU["id_number"]), c.update(card_read=ZHOU)),
    [], "accept", note="周杰持委托书代办", cls="correct")
add("tb-agent-clean", "tb",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="周杰", agent_id_number=ZHOU["id_number"]), c.update(card_read=ZHOU)),
    [], "accept", note="周杰持委托书代办", cls="correct")
add("fs-id-copy-other", "fs", lambda c: c["materials"][2].update(ocr=ocr_id(WANG)),
    [B(field="legal_rep_name", material="M03")], "refuse", note="法定代表人身份证件拿成了王强的")
add("fs-agent-without-power-of-attorney", "fs", lambda c: (c["answers"].update(agent=["yes"]), c.update(card_read=WANG)),
    [B(material="M90"), B(field="agent_name"), B(field="agent_id_number")], "refuse",
    note="王强代办，没带委托书，受托人信息没填")
add("sb-agent-card-mismatch", "sb",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="王强", agent_id_number=WANG["id_number"]), c.update(card_read=ZHOU)),
    [B(field="agent_name")], "refuse", note="委托书上是王强，来的是周杰")
add("tb-id-copy-other", "tb", lambda c: c["materials"][2].update(ocr=ocr_id(ZHAO)), [B(material="M03")], "refuse",
    note="经营者身份证明拿成了赵敏的")
add("tb-outside", "tb", lambda c: c["fields"].update(premises_address=OUTSIDE),
    [B(field="premises_address", rule="TB-JURISDICTION")], "refuse", note="店在江岸区")
add("tb-business-form-empty", "tb", lambda c: c["fields"].pop("business_form"), [B(field="business_form")], "refuse",
    note="经营业态没选")

add("br-follow-father-no-father", "br",
    lambda c: (c["answers"].update(follow=["father"]), c["fields"].pop("father_name"), c["fields"].pop("father_id_number")),
    [B(field="father_name", rule="BR-FATHER"), B(field="father_id_number", rule="BR-FATHER-ID")], "refuse", note="随父落户，父亲信息没填")
add("br-unmarried-no-statement", "br", lambda c: (c["answers"].update(married=["no"]), drop(c, "M05")),
    [B(material="M06")], "refuse", note="非婚生育，没带非婚生育说明")
add("br-birth-cert-missing", "br", lambda c: drop(c, "M02"), [B(material="M02")], "refuse", note="出生医学证明没带")
add("br-late", "br", lambda c: c["fields"].update(child_birth_date="2026-09-01"),
    [B(field="child_birth_date", rule="BR-ONE-MONTH", severity="warn")], "accept", note="出生两个多月才来申报")
add("br-outside", "br", lambda c: c["fields"].update(household_address=OUTSIDE),
    [B(field="household_address", rule="BR-JURISDICTION")], "refuse", note="落户地址在江岸区")

add("bmc-birth-future", "bmc", lambda c: c["fields"].update(child_birth_date="2026-11-25"),
    [B(field="child_birth_date", rule="BMC-BIRTH-FUTURE")], "refuse", note="出生日期写成了预产期")
add("bmc-mother-id-other", "bmc", lambda c: c["materials"][1].update(ocr=ocr_id(ZHAO)),
    [B(field="mother_name", material="M02")], "refuse", note="母亲身份证件拿成了外婆的")
add("bmc-father-id-empty", "bmc", lambda c: c["fields"].pop("father_id_number"), [B(field="father_id_number")],
    "refuse", note="登记父亲信息，但父亲身份证号没填")
add("bmc-delivery-record-missing", "bmc", lambda c: drop(c, "M04"), [B(material="M04")], "refuse",
    note="分娩记录没带")
add("bmc-no-father-clean", "bmc",
    lambda c: (c["answers"].update(father_known=["no"]), drop(c, "M03"), c["fields"].pop("father_name"),
               c["fields"].pop("father_id_number")), [], "accept", note="暂不登记父亲信息", cls="correct")

add("vc-outside", "vc", lambda c: c["fields"].update(residence_address="武汉市洪山区珞喻路100号"),
    [B(field="residence_address", rule="VC-RESIDENCE")], "refuse", note="孩子住洪山区")
add("vc-guardian-id-missing", "vc", lambda c: drop(c, "M03"), [B(material="M03")], "refuse", note="监护人身份证没带")
add("vc-phone-empty", "vc", lambda c: c["fields"].pop("contact_phone"), [B(field="contact_phone")], "refuse",
    note="联系电话没填")
add("vc-late", "vc", lambda c: c["fields"].update(child_birth_date="2026-08-01"),
    [B(field="child_birth_date", rule="VC-ONE-MONTH", severity="info")], "accept", note="出生三个多月才来办，只提示")

add("ssc-sex-wrong", "ssc", lambda c: c["fields"].update(holder_sex="女"), [B(field="holder_sex", rule="SSC-ID-SEX")],
    "refuse", note="性别选错")
add("ssc-guardian-id-missing", "ssc", lambda c: drop(c, "M04"), [B(material="M04")], "refuse",
    note="监护人代办，监护人身份证没带")
add("ssc-guardian-name-empty", "ssc", lambda c: c["fields"].pop("guardian_name"), [B(field="guardian_name")], "refuse",
    note="监护人姓名没填")
add("ssc-adult-photo-tolerated", "ssc",
    lambda c: (c["answers"].update(under16=["no"]), drop(c, "M04"), c["fields"].pop("guardian_name"),
               c["fields"].pop("guardian_id_number"), c.update(card_read=ZHANG),
               c["fields"].update(holder_name="张伟", holder_id_number=ZHANG["id_number"], holder_sex="男")),
    [B(material="M05", severity="容缺")], "accept_with_tolerance", note="成年人本人申领，电子照片没带，可容缺")

add("rmi-stranger-at-window", "rmi", lambda c: c.update(card_read=WANG), [B(field="insured_name")], "refuse",
    note="来办的王强既不是表上的监护人，也没有委托", cls="someone-else")
add("ssc-stranger-at-window", "ssc", lambda c: c.update(card_read=WANG), [B(field="holder_name")], "refuse",
    note="来办的王强既不是表上的监护人，也没有委托", cls="someone-else")
add("br-father-declares", "br", lambda c: c.update(card_read=ZHANG), [], "accept",
    note="父亲来申报（父母任一方均可申报出生登记）", cls="correct")
CASES[-1]["case"]["applicant"].update(name="张伟", id_number=ZHANG["id_number"])  # the declarant at the window
add("rmi-birth-cert-missing", "rmi", lambda c: drop(c, "M02"), [B(material="M02")], "refuse", note="出生医学证明没带")
add("rmi-guardian-name-empty", "rmi", lambda c: c["fields"].pop("guardian_name"), [B(field="guardian_name")], "refuse",
    note="监护人姓名没填")
add("rmi-late", "rmi",
    lambda c: (c["fields"].update(insured_birth_date="2026-07-01"), c["fields"].pop("insured_id_number")),
    [B(field="insured_birth_date", rule="MI-90-DAYS", severity="info")], "accept", note="出生超过 90 天才参保，只提示")
add("rmi-no-id-number-yet", "rmi", lambda c: c["fields"].pop("insured_id_number"), [], "accept",
    note="还没上户口，凭出生医学证明先参保", cls="correct")


# ---- issue 16: what a senior clerk catches --------------------------------------------------------

def _kind(code, kind, ocr):
    def change(c):
        for m in c["materials"]:
            if m["code"] == code:
                m.update(doc_kind=kind, ocr=ocr)
    return change


def _swap(number, i):
    return number[:i] + number[i + 1] + number[i] + number[i + 2:]


add("ib-licence-as-operator-id", "ib", _kind("M02", "business_license", ocr_lic(SHOP)), [B(material="M02")], "refuse",
    note="经营者身份证明一栏放的是营业执照", cls="wrong-slot")
add("pb-id-card-as-licence", "pb", _kind("M02", "id_card_front", ocr_id(ZHANG)), [B(material="M02")], "refuse",
    must_not=[{"field": "unit_name"}], note="营业执照一栏放的是身份证：只说放错，不说名称不一致", cls="wrong-slot")
add("ph_chg-health-licence-as-business-licence", "ph_chg", _kind("M02", "public_health_license", ocr_lic(PH_LICENSE)),
    [B(material="M02")], "refuse", must_not=[{"field": "unit_name"}], note="营业执照一栏放的是卫生许可证", cls="wrong-slot")
add("hf-id-slot-other-page", "hf", _kind("M02", "other", None), [], "accept",
    note="身份证一栏的页面识别为“其他”（白底扫描常见）：不据此退回", cls="correct")
add("dc-guardian-proof-household-register", "dc",
    lambda c: (c["answers"].update(applicant_role=["guardian"]), c.update(card_read=LI),
               c["materials"].append(mat("M05", kind="household_register")),
               c["fields"].update(applicant_name="刘洋", applicant_id_number=MINOR15["id_number"], guardian_name="李娜",
                                  guardian_id_number=LI["id_number"], guardian_relation="父母", disability_category="智力残疾"),
               c["materials"][1].update(ocr=ocr_id(MINOR15))),
    [], "accept", note="监护关系证明交的是户口簿（母子同页）：该栏接受户口簿", cls="correct")
add("hf-id-card-as-bank-card", "hf", _kind("M03", "id_card_front", ocr_id(ZHANG)), [B(material="M03")], "refuse",
    note="银行卡一栏放的是身份证", cls="wrong-slot")
add("pb-licence-term-ended", "pb", lambda c: ocr_set(c, "M02", "valid_to", "2026-06-30"), [B(material="M02")], "refuse",
    note="营业执照营业期限 2026-06-30 已届满", cls="licence-facts")
add("pb-licence-term-long", "pb", lambda c: (ocr_set(c, "M02", "valid_from", "2016-07-01"),
                                             ocr_set(c, "M02", "valid_to", "长期")), [], "accept",
    note="营业期限长期", cls="correct")
add("fl-licence-founded-later", "fl", lambda c: ocr_set(c, "M02", "established_date", "2027-01-05"),
    [B(material="M02")], "refuse", note="营业执照成立日期晚于受理日期", cls="licence-facts")
add("ph_ren-licence-number-no-brackets", "ph_ren", lambda c: c["fields"].update(original_license_no="鄂卫公证字2023第420107000123号"),
    [B(field="original_license_no")], "refuse", note="卫生许可证号缺年份括号", cls="licence-facts")
add("ph_ren-licence-number-square-brackets", "ph_ren",
    lambda c: c["fields"].update(original_license_no="鄂卫公证字[2023]第420107000123号"), [], "accept",
    note="卫生许可证号用 [ ] 书写，与原证同号", cls="correct")
add("pb-licence-number-shape", "pb", lambda c: c["fields"].update(license_no="鄂出版2023017"), [B(field="license_no")],
    "refuse", note="出版物经营许可证编号不是“新出发…字第…号”", cls="licence-facts")
add("dc-guardian-minor", "dc",
    lambda c: (c["answers"].update(applicant_role=["guardian"]), c["materials"].append(mat("M05")), c.update(card_read=TEEN17),
               c["fields"].update(applicant_name="刘洋", applicant_id_number=MINOR15["id_number"], guardian_name=TEEN17["name"],
                                  guardian_id_number=TEEN17["id_number"], guardian_relation="其他近亲属",
                                  disability_category="智力残疾"),
               c["materials"][1].update(ocr=ocr_id(MINOR15))),
    [B(field="guardian_id_number")], "refuse", note="17 岁的姐姐作监护人", cls="guardian-minor")
add("db-household-size-differs", "db", lambda c: c["fields"].update(household_size="3"), [B(field="household_size")],
    "refuse", note="人数 3，名单 2 人", cls="household")
add("db-household-listed-with-commas", "db",
    lambda c: c["fields"].update(household_members="赵敏 本人, 刘军 配偶"), [], "accept", note="名单用逗号分隔", cls="correct")
add("ib-nation-not-coded", "ib", lambda c: c["fields"].update(operator_nation="汉人"), [B(field="operator_nation")],
    "refuse", note="民族写成“汉人”", cls="nation")
add("ib-form-legal-rep", "ib", lambda c: c["fields"].update(legal_representative="李娜"), [B(field="operator_name")],
    "refuse", note="个体工商户申请书填了法定代表人", cls="individual-form")
add("ib-form-registered-capital", "ib", lambda c: c["fields"].update(registered_capital="10万元"), [B(field="capital")],
    "refuse", note="个体工商户申请书填了注册资本", cls="individual-form")
add("hf-id-number-swapped-digits", "hf",
    lambda c: c["fields"].update(applicant_id_number=_swap(c["fields"]["applicant_id_number"], 14)),
    [B(field="applicant_id_number", rule="ID-KEYING")], "refuse", must_not=[{"field": "applicant_name"}],
    note="本人到场，身份证号两位颠倒：按读卡结果更正，不说不是本人", cls="id-typo")
add("ib-lease-missing-deadline", "ib", lambda c: drop(c, "M04"), [B(material="M04", severity="容缺")],
    "accept_with_tolerance", note="租赁合同容缺：3 个工作日，但承诺 1 个工作日办结，补齐日期为办结日", cls="tolerance")

# ---- 2026-12-02: what the fresh held-out batch (corpus_guide n16-*) and probing next to it showed
add("hf-id-number-old-15-digits", "hf",
    lambda c: c["fields"].update(applicant_id_number=ZHANG["id_number"][:6] + ZHANG["id_number"][8:17]),
    [B(field="applicant_id_number", rule="ID-KEYING")], "refuse", must_not=[{"field": "applicant_name"}],
    allow=[{"field": "applicant_id_number", "severity": "info"}],
    note="本人到场，表上填的是 15 位旧身份证号：按读卡结果填 18 位，不说不是本人", cls="id-typo")
add("hf-bank-card-14-digits", "hf",
    lambda c: (c["fields"].update(bank_account="62220232020123"), c["materials"][2].pop("ocr")),
    [B(field="bank_account", rule="FLD-FORMAT")], "refuse", note="收款借记卡号只有 14 位（JR/T 0008：16–19 位）", cls="format")
add("br-birth-cert-no-shape", "br", lambda c: c["fields"].update(birth_cert_no="420987654"),
    [B(field="birth_cert_no", rule="FLD-FORMAT")], "refuse", note="出生医学证明编号少了字母", cls="format")
add("br-mother-id-is-a-mans", "br", lambda c: c["fields"].update(mother_id_number=WANG["id_number"]),
    [B(field="mother_id_number", rule="BR-MOTHER-SEX")], "refuse", allow=[{"field": "mother_id_number"}],
    note="母亲身份证号填成了男性的号码", cls="consistency")
add("bmc-father-id-is-a-womans", "bmc", lambda c: c["fields"].update(father_id_number=ZHAO["id_number"]),
    [B(field="father_id_number", rule="BC-FATHER-SEX")], "refuse", allow=[{"field": "father_id_number"}],
    note="父亲身份证号填成了女性的号码", cls="consistency")
add("ssc-under16-but-adult", "ssc",
    lambda c: (c["fields"].update(holder_name="张伟", holder_id_number=ZHANG["id_number"], holder_sex="男")),
    [B(field="holder_id_number", rule="SSC-UNDER16-AGE")], "refuse", allow=[{"field": "holder_id_number"}],
    note="选了“未满 16 周岁由监护人代办”，持卡人却是成年人", cls="situation-age")

add("ph-new-nature-other-for-91", "ph_new", lambda c: c["fields"].update(unit_nature="其他"),
    [B(field="unit_nature", rule="PH-NATURE-USCC")], "refuse", note="91 开头的企业把单位性质选成“其他”", cls="unit-nature")
add("mi-agent-15", "mi",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="刘洋", agent_id_number=MINOR15["id_number"]), c.update(card_read=MINOR15)),
    [B(field="agent_id_number", rule="AGENT-MINOR")], "refuse", note="委托 15 岁的孩子来代办", cls="agent-minor")
add("mi-agent-17", "mi",
    lambda c: (c["answers"].update(agent=["yes"]), c["materials"].append(mat("M90")),
               c["fields"].update(agent_name="陈晨", agent_id_number=TEEN17["id_number"]), c.update(card_read=TEEN17)),
    [B(field="agent_id_number", rule="AGENT-MINOR", severity="warn")], "manual",
    note="委托 17 岁的人代办：仅以自己劳动收入为主要生活来源时才是完全民事行为能力人", cls="agent-minor")

def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.json"):
        old.unlink()
    for entry in CASES:
        (OUT / f"{entry['name']}.json").write_text(json.dumps(entry, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    flawed = sum(1 for e in CASES if e["expect"]["must"])
    print(f"wrote {len(CASES)} cases ({flawed} flawed, {len(CASES) - flawed} clean) to {OUT}")


if __name__ == "__main__":
    main()
