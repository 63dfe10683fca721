"""Writes tests/review/corpus_guide/*.json: a pre-review quality corpus written from the service guides.

Why it exists: the rules in resources/catalog were tuned next to tests/review/corpus, so that corpus
cannot tell how the product does on applications it has never seen. These cases were written from
the item facts (情形, materials and their doc kinds, form fields), the service guides and the
regulations — never from the rules — and say what a senior clerk decides and where the finding
belongs. `python tests/review/corpus_guide_build.py` rewrites the folder; README.md there gives
the conventions (where each kind of finding is expected to point).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "corpus_guide"
CENTER = {"code": "420107", "window": "01", "region": "420107", "name": "青山区政务服务中心"}
INFO = {"severity": "info"}

# ---------------------------------------------------------------- numbers (GB 11643, GB 32100, GB 11714)

_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, _W, strict=True)) % 11]


def pid(region: str, birth: str, seq: int) -> str:
    s17 = f"{region}{birth.replace('-', '')}{seq:03d}"
    return s17 + id_check(s17)


def bad_check(idn: str) -> str:
    """The same number with a wrong check digit."""
    good = idn[-1]
    return idn[:-1] + ("1" if good != "1" else "2")


_UA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_check(body8: str) -> str:
    w = (3, 7, 9, 10, 5, 8, 4, 2)
    val = sum((int(c) if c.isdigit() else ord(c) - 55) * x for c, x in zip(body8, w, strict=True))
    c9 = 11 - val % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def uscc(kind: str, region: str, body8: str) -> str:
    s = kind + region + body8 + _org_check(body8)
    w = [pow(3, i, 31) for i in range(17)]
    total = sum(_UA.index(c) * x for c, x in zip(s, w, strict=True))
    return s + _UA[(31 - total % 31) % 31]


def bad_uscc(code: str) -> str:
    last = code[-1]
    return code[:-1] + ("3" if last != "3" else "4")


# ---------------------------------------------------------------- people and ID cards


def _add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def age_on(birth: str, day: str) -> int:
    b, d = dt.date.fromisoformat(birth), dt.date.fromisoformat(day)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


class P:
    """A person: name, sex, birth date, ID number and the card they carry."""

    def __init__(self, name: str, sex: str, birth: str, seq: int, *, region: str = "420107",
                 nation: str = "汉", address: str = "武汉市青山区钢都花园12栋3单元502室",
                 issued: str | None = None, valid_to: str | None = None):
        self.name, self.sex, self.birth, self.nation, self.address = name, sex, birth, nation, address
        if (seq % 2 == 1) != (sex == "男"):
            seq += 1
        self.id = pid(region, birth, seq)
        b = dt.date.fromisoformat(birth)
        issued_d = dt.date.fromisoformat(issued) if issued else max(_add_years(b, 16), dt.date(2019, 5, 10))
        if issued_d > dt.date(2026, 9, 1):
            issued_d = dt.date(2022, 5, 10)
        age = age_on(birth, issued_d.isoformat())
        term = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else None
        self.valid_from = issued_d.isoformat()
        self.valid_to = valid_to or ("长期" if term is None else _add_years(issued_d, term).isoformat())

    def card(self, **over: Any) -> dict[str, Any]:
        c = {"name": self.name, "sex": self.sex, "nation": self.nation, "birth_date": self.birth,
             "address": self.address, "id_number": self.id, "issuing_authority": "武汉市公安局青山分局",
             "valid_from": self.valid_from, "valid_to": self.valid_to, "source": "chip"}
        c.update(over)
        return c

    def id_ocr(self, **over: Any) -> dict[str, Any]:
        o = {"name": self.name, "sex": self.sex, "nation": self.nation, "birth_date": self.birth,
             "address": self.address, "id_number": self.id, "valid_from": self.valid_from, "valid_to": self.valid_to}
        o.update(over)
        return {k: {"value": v, "confidence": 0.97} for k, v in o.items()}


def id_material(code: str, person: P, **over: Any) -> dict[str, Any]:
    return {"code": code, "status": "received", "pages": 2, "doc_kind": "id_card_front", "ocr": person.id_ocr(**over)}


class Org:
    """An organisation with its business licence."""

    def __init__(self, name: str, kind: str, body8: str, rep: P, *, address: str = "武汉市青山区和平大道1238号",
                 entity_type: str | None = None, capital: str | None = "人民币50万元",
                 established: str = "2019-04-18", term_to: str = "长期", nature: str | None = None):
        self.name, self.rep, self.address = name, rep, address
        self.code = uscc(kind, "420107", body8)
        individual = kind == "92"
        self.entity_type = entity_type or ("个体工商户" if individual else "有限责任公司（自然人投资或控股）")
        self.capital = None if individual else capital
        self.established, self.term_to = established, term_to
        self.nature = nature or ("个体工商户" if individual else "企业" if kind.startswith("9") else "事业单位")

    def licence_ocr(self, **over: Any) -> dict[str, Any]:
        o = {"name": self.name, "credit_code": self.code, "entity_type": self.entity_type,
             "legal_representative": self.rep.name, "established_date": self.established,
             "address": self.address, "valid_from": self.established, "valid_to": self.term_to,
             "business_scope": "住宿服务；餐饮服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）"}
        if self.capital:
            o["registered_capital"] = self.capital
        o.update(over)
        return {k: {"value": v, "confidence": 0.96} for k, v in o.items() if v is not None}

    def licence(self, code: str, **over: Any) -> dict[str, Any]:
        return {"code": code, "status": "received", "pages": 1, "doc_kind": "business_license",
                "ocr": self.licence_ocr(**over)}

    def applicant(self) -> dict[str, Any]:
        return {"kind": "organisation", "name": self.name, "credit_code": self.code}


def rec(*codes: str) -> list[dict[str, Any]]:
    return [{"code": c, "status": "received", "pages": 1} for c in codes]


# ---------------------------------------------------------------- the cast

ZHANG = P("张建国", "男", "1975-06-18", 31)
LIU = P("刘晓燕", "女", "1982-11-03", 42)
WANG = P("王磊", "男", "1988-02-27", 15)
CHEN = P("陈静", "女", "1979-08-09", 64, address="武汉市青山区冶金大道45号")
HU = P("胡志强", "男", "1969-01-22", 77, address="武汉市青山区建设一路88号")
XU = P("徐丽", "女", "1990-05-14", 26)
ZHOU = P("周文斌", "男", "1984-12-01", 53)
SUN = P("孙红梅", "女", "1977-03-30", 38)
LI_AGENT = P("李娜", "女", "1993-09-09", 88, address="武汉市青山区工人村街青宜居7栋")
HE = P("何勇", "男", "1972-04-16", 95)
TAO = P("陶春花", "女", "1986-07-07", 22, nation="土家")
BAI = P("白玛", "女", "1991-10-10", 46, nation="藏")
ALI = P("阿力木", "男", "1987-03-21", 57, nation="维吾尔")
BATU = P("巴图", "男", "1983-05-05", 71, nation="蒙古")
STRANGER = P("赵海峰", "男", "1980-09-17", 119)

HOTEL = Org("武汉市青山区悦来宾馆有限公司", "91", "MA4K2XQ1", ZHANG, established="2016-03-02")
BATH = Org("武汉市青山区清泉沐浴中心", "92", "L3B7K2P5", LIU, address="武汉市青山区红钢城街八大家花园2号",
           established="2020-07-15")
SALON = Org("武汉青山区丝艺美发有限公司", "91", "MA49DKX8", XU, address="武汉市青山区友谊大道2118号",
            established="2021-09-01", term_to="2041-08-31")
POOL = Org("武汉市青山区青少年活动中心", "12", "44107781", HU, address="武汉市青山区新沟桥路22号",
           capital=None, entity_type="事业单位", established="2003-01-01")
RESTAURANT = Org("武汉市青山区湘味小厨餐饮有限公司", "91", "MA4F3TL6", WANG, address="武汉市青山区临江大道988号",
                 established="2023-02-10")
NOODLE = Org("武汉市青山区老周热干面馆", "92", "MA4M8W2H", ZHOU, address="武汉市青山区钢花村街109号",
             established="2022-06-06")
CANTEEN = Org("武汉钢联物流有限公司", "91", "MA4A7Q3R", HE, address="武汉市青山区工业四路3号",
              established="2010-10-10", capital="人民币2000万元")
SHOP = Org("武汉市青山区便民优选超市有限公司", "91", "MA4H6C9K", CHEN, address="武汉市青山区冶金大道45号",
           established="2018-05-20")
KIOSK = Org("武汉市青山区小孙便利店", "92", "MA4N2G7D", SUN, address="武汉市青山区和平大道970号",
            established="2024-03-12")
BOOKS = Org("武汉市青山区知行书店有限公司", "91", "MA4E5B1X", CHEN, address="武汉市青山区建设二路16号",
            established="2015-09-09", capital="人民币30万元")
BOOKSTALL = Org("武汉市青山区墨香书屋", "92", "MA4P4R8T", TAO, address="武汉市青山区红卫路58号",
                established="2021-04-01")

CASES: list[dict[str, Any]] = []


# 不予受理 (another authority or another item: 《行政许可法》第三十二条第一款第一、二项) versus
# 一次性告知补正 (materials incomplete or not in legal form: 同条第四项). Classes not listed (ages,
# a different person at the window) are left to the product: either can be argued.
INADMISSIBLE = {"jurisdiction", "wrong-item", "redirect", "renewal-window", "situation", "original-expired"}
CORRECTION = {"missing-material", "required-field", "format", "check-digit", "wrong-slot", "id-typo", "card-expired",
              "tolerance", "household", "nation", "unit-nature", "individual-form", "licence-facts", "name-mismatch",
              "consistency", "dates", "name-rules", "situation-unanswered"}


FOUND_WORDS = {"business_license": ["营业执照"], "id_card_front": ["身份证"], "id_card_back": ["身份证"],
               "public_health_license": ["卫生许可证"]}


def _documents(decision: str, refuse_kind: str | None, doc: dict[str, Any]) -> list[str]:
    """The notices the window must print for this decision (documents.md / 行政许可法第三十二条)."""
    if decision == "accept_with_tolerance":
        return ["受理回执", "容缺受理通知书"]
    if decision == "accept":
        committed = any(m.get("status") == "committed" for m in doc.get("materials", []))
        return ["受理回执", *(["告知承诺书"] if committed else [])]
    if refuse_kind == "correction":
        return ["一次性告知书"]
    if refuse_kind == "inadmissible":
        return ["不予受理通知书"]
    return []


def add(name: str, cls: str, note: str, doc: dict[str, Any], decision: str, must: list[dict] | None = None,
        allow: list[dict] | None = None, must_not: list[dict] | None = None) -> None:
    assert not any(c["name"] == name for c in CASES), name
    expect: dict[str, Any] = {"decision": decision, "must": must or [], "must_not": must_not or [],
                              "allow": [INFO, *(allow or [])]}
    kind = None
    if decision == "refuse":
        kind = "inadmissible" if cls in INADMISSIBLE else "correction" if cls in CORRECTION else None
        if kind:
            expect["refuse_kind"] = kind
    if cls == "wrong-slot":  # the finding names what was found instead of the slot's document
        for want in expect["must"]:
            found = next((m.get("doc_kind") for m in doc["materials"] if m["code"] == want.get("material")), None)
            if found in FOUND_WORDS:
                want["says"] = FOUND_WORDS[found]
    docs = _documents(decision, kind, doc)
    if docs:
        expect["documents_include"] = docs
    CASES.append({"name": name, "class": cls, "note": note, "description": note, "case": doc, "expect": expect})


def clean(name: str, note: str, doc: dict[str, Any], decision: str = "accept",
          must: list[dict] | None = None, allow: list[dict] | None = None) -> None:
    add(name, "correct", note, doc, decision, must, allow)


def block(field: str | None = None, material: str | None = None, **extra: Any) -> dict[str, Any]:
    e: dict[str, Any] = {"severity": "block"}
    if field:
        e["field"] = field
    if material:
        e["material"] = material
    e.update(extra)
    return e


def at(field: str | None = None, material: str | None = None, **extra: Any) -> dict[str, Any]:
    e: dict[str, Any] = {}
    if field:
        e["field"] = field
    if material:
        e["material"] = material
    e.update(extra)
    return e


def tol(material: str, deadline: str | None = None) -> dict[str, Any]:
    """A 容缺 finding; with `deadline`, its text must state the real date to supply the material by
    (acceptance date + the material's working days, never later than the due date)."""
    e: dict[str, Any] = {"material": material, "severity": "容缺"}
    if deadline:
        y, m, d = deadline.split("-")
        e["says"] = [deadline, f"{y}年{int(m)}月{int(d)}日", f"{int(m)}月{int(d)}日"]
    return e


def mats(doc: dict[str, Any], code: str) -> dict[str, Any]:
    return next(m for m in doc["materials"] if m["code"] == code)


def drop(doc: dict[str, Any], code: str) -> dict[str, Any]:
    doc["materials"] = [m for m in doc["materials"] if m["code"] != code]
    return doc


def setm(doc: dict[str, Any], code: str, **kv: Any) -> dict[str, Any]:
    mats(doc, code).update(kv)
    return doc


def wrong_kind(doc: dict[str, Any], code: str, kind: str, ocr: dict[str, Any]) -> dict[str, Any]:
    m = mats(doc, code)
    m["doc_kind"] = kind
    m["ocr"] = ocr
    return doc


def fx(doc: dict[str, Any], **kv: Any) -> dict[str, Any]:
    doc["fields"].update(kv)
    return doc


def typo(idn: str) -> str:
    """Two neighbouring digits of the 顺序码 swapped (a keying error): the check digit then fails."""
    i = 14
    if idn[i] == idn[i + 1]:
        i = 12
    return idn[:i] + idn[i + 1] + idn[i] + idn[i + 2:]


# ---------------------------------------------------------------- 公共场所卫生许可 新办 / 变更 / 延续

PH_NEW, PH_CHG, PH_REN = "010170001000-01", "010170001000-02", "010170001000-03"
HEALTH_NO = "鄂卫公证字〔2022〕第420107000318号"


def health_licence(code: str, org: Org, **over: Any) -> dict[str, Any]:
    o = {"license_no": HEALTH_NO, "name": org.name, "legal_representative": org.rep.name, "address": org.address,
         "license_items": "住宿", "valid_from": "2022-12-20", "valid_to": "2026-12-19"}
    o.update(over)
    return {"code": code, "status": "received", "pages": 2, "doc_kind": "public_health_license",
            "ocr": {k: {"value": v, "confidence": 0.95} for k, v in o.items()}}


def ph_fields(org: Org, manager: P, items: str = "住宿", ac: bool = False) -> dict[str, Any]:
    return {"unit_name": org.name, "credit_code": org.code, "unit_nature": org.nature, "legal_rep_name": org.rep.name,
            "legal_rep_id_number": org.rep.id, "legal_rep_phone": "13871234567", "manager_name": manager.name,
            "manager_id_number": manager.id, "manager_phone": "13986001122", "registered_address": org.address,
            "premises_address": org.address, "staff_count": 12, "examined_count": 12, "building_area": 860.5,
            "business_area": 720, "central_ac": "是" if ac else "否", "license_items": items}


def ph_new(org: Org = HOTEL, manager: P = CHEN, *, ac: bool = False, agent: P | None = None,
           items: str = "住宿", date: str = "2026-10-20") -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": PH_NEW, "acceptance_date": date,
           "answers": {"central_ac": ["yes" if ac else "no"], "agent": ["yes" if agent else "no"]},
           "applicant": org.applicant(), "fields": ph_fields(org, manager, items, ac),
           "materials": [org.licence("M02"), id_material("M03", org.rep), *rec("M04", "M05", "M06", "M08")],
           "card_read": (agent or org.rep).card(), "center": CENTER}
    if ac:
        doc["materials"] += rec("M07")
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id, agent_phone="15927001234")
        doc["materials"].append(id_material("M90", agent))
    return doc


def ph_chg(org: Org = HOTEL, changes: tuple[str, ...] = ("legal_rep",), *, agent: P | None = None,
           old_name: str | None = None, old_rep: P = HE, date: str = "2026-10-28") -> dict[str, Any]:
    f = ph_fields(org, CHEN)
    f.update(original_license_no=HEALTH_NO, original_valid_to="2026-12-19",
             change_content="；".join({"unit_name": f"单位名称由“{old_name}”变更为“{org.name}”",
                                       "legal_rep": f"法定代表人由{old_rep.name}变更为{org.rep.name}",
                                       "address_name": "门牌由和平大道1236号更名为和平大道1238号（位置不变）",
                                       "premises_or_items": "经营场所迁至和平大道1566号"}[c]
                                      for c in changes))
    h = health_licence("M04", org, name=old_name or org.name,
                       legal_representative=old_rep.name if "legal_rep" in changes else org.rep.name,
                       address="武汉市青山区和平大道1236号" if "address_name" in changes else org.address)
    doc = {"format": "zongchuang-case/1", "item_code": PH_CHG, "acceptance_date": date,
           "answers": {"what_changes": list(changes), "agent": ["yes" if agent else "no"]},
           "applicant": org.applicant(), "fields": f,
           "materials": [org.licence("M02"), id_material("M03", org.rep), h],
           "card_read": (agent or org.rep).card(), "center": CENTER}
    doc["materials"] += rec(*[{"unit_name": "M05", "legal_rep": "M06", "address_name": "M07"}[c] for c in changes
                              if c != "premises_or_items"])
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id, agent_phone="15927001234")
        doc["materials"].append(id_material("M90", agent))
    return doc


def ph_ren(org: Org = HOTEL, *, valid_to: str = "2027-03-31", agent: P | None = None, date: str = "2026-11-03",
           m05: str = "received") -> dict[str, Any]:
    f = ph_fields(org, CHEN)
    f.update(original_license_no=HEALTH_NO, original_valid_to=valid_to)
    doc = {"format": "zongchuang-case/1", "item_code": PH_REN, "acceptance_date": date,
           "answers": {"conditions_changed": ["no"], "agent": ["yes" if agent else "no"]},
           "applicant": org.applicant(), "fields": f,
           "materials": [*rec("M02"), health_licence("M03", org, valid_from="2023-04-01", valid_to=valid_to),
                         org.licence("M04"), {"code": "M05", "status": m05, "pages": 1 if m05 == "received" else 0}],
           "card_read": (agent or org.rep).card(), "center": CENTER}
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id, agent_phone="15927001234")
        doc["materials"].append(id_material("M90", agent))
    return doc


def build_public_health() -> None:
    B = "《公共场所卫生管理条例实施细则》第二十三条"
    # correct ones
    clean("ph-new-hotel-clean", "宾馆新办：材料齐全、执照与表一致（实施细则第二十三条）", ph_new())
    clean("ph-new-bath-individual-ac", "个体工商户沐浴场所新办，使用集中空调并附检测报告；单位性质个体工商户与 92 代码一致",
          ph_new(BATH, SUN, ac=True, items="沐浴"))
    clean("ph-new-pool-institution-agent", "事业单位游泳馆新办，委托代理人办理（12 开头信用代码，单位性质事业单位）",
          ph_new(POOL, ZHOU, agent=LI_AGENT, items="游泳"))
    clean("ph-new-salon-term-ends-2041", "美发美容新办；营业执照营业期限至 2041 年，仍在期内",
          ph_new(SALON, XU, items="美发,美容"))
    d = ph_new()
    setm(d, "M02", status="exempted", doc_kind=None, ocr=None, pages=0)
    clean("ph-new-licence-from-elicense", "营业执照由电子证照免提交（exempt_by elicense.营业执照）", d)
    # flawed
    d = drop(ph_new(), "M05")
    add("ph-new-missing-health-report", "missing-material", f"缺公共场所卫生检测或者评价报告（{B}第四项），一次性告知补正",
        d, "refuse", [block(material="M05")])
    d = setm(ph_new(), "M06", status="pending", pages=0)
    add("ph-new-rules-pending-tolerance", "tolerance", "卫生管理制度未带，属可容缺材料（5 个工作日补齐）→ 容缺受理",
        d, "accept_with_tolerance", [tol("M06", "2026-10-27")])
    d = drop(ph_new(BATH, SUN, ac=True, items="沐浴"), "M07")
    add("ph-new-ac-report-missing", "missing-material",
        "使用集中空调通风系统却未附其卫生检测或者评价报告（《公共场所集中空调通风系统卫生管理办法》）", d, "refuse",
        [block(material="M07")])
    d = wrong_kind(ph_new(), "M03", "business_license", HOTEL.licence_ocr())
    add("ph-new-licence-as-rep-id", "wrong-slot", "“法定代表人身份证明”一栏放的是营业执照（OCR 类别 business_license，不在该栏 doc_kinds 内）",
        d, "refuse", [block(material="M03")], [at(material="M03")])
    d = wrong_kind(ph_new(), "M02", "id_card_front", ZHANG.id_ocr())
    add("ph-new-id-as-licence", "wrong-slot", "“营业执照”一栏放的是法定代表人身份证正面：应指出放错材料，而不是报“名称不一致”",
        d, "refuse", [block(material="M02")], [at(material="M02")])
    d = ph_new()
    d["materials"][0] = HOTEL.licence("M02", valid_from="2016-03-02", valid_to="2026-03-01")
    add("ph-new-licence-term-ended", "licence-facts", "营业执照营业期限已于 2026-03-01 届满（《市场主体登记管理条例》：营业期限届满即不得以该主体经营）",
        d, "refuse", [block(material="M02")], [at(material="M02")])
    d = ph_new()
    d["materials"][0] = HOTEL.licence("M02", established_date="2027-03-02", valid_from="2027-03-02")
    add("ph-new-licence-established-future", "licence-facts", "营业执照成立日期 2027-03-02 晚于受理日期，执照信息不可能成立（疑为伪造或识别错误）",
        d, "refuse", [block(material="M02")], [at(material="M02")])
    d = fx(ph_new(), unit_nature="个体工商户")
    add("ph-new-nature-individual-but-91", "unit-nature", "单位性质填“个体工商户”，但信用代码 91 开头为企业（GB 32100 第 2 位 1=企业、2=个体工商户）",
        d, "refuse", [block(field="unit_nature")], [at(field="credit_code")])
    d = fx(ph_new(BATH, SUN, items="沐浴"), unit_nature="企业")
    add("ph-new-nature-enterprise-but-92", "unit-nature", "单位性质填“企业”，但信用代码 92 开头、执照类型为个体工商户（GB 32100）",
        d, "refuse", [block(field="unit_nature")], [at(field="credit_code")])
    d = ph_new()
    bad = bad_uscc(HOTEL.code)
    d["fields"]["credit_code"] = bad
    d["applicant"]["credit_code"] = bad
    add("ph-new-credit-code-check", "check-digit", "统一社会信用代码校验位错误（GB 32100-2015）", d, "refuse",
        [block(field="credit_code")], [at(field="credit_code"), at(material="M02")])
    d = fx(ph_new(), legal_rep_id_number=typo(ZHANG.id))
    add("ph-new-rep-id-keying-typo", "id-typo", "法定代表人身份证号两位数字颠倒，本人到场读卡：应提示“按读卡结果更正”，不得称“非本人”",
        d, "refuse", [block(field="legal_rep_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="legal_rep_id_number"), at(material="M03")])
    d = ph_new()
    d["card_read"] = STRANGER.card()
    add("ph-new-someone-else-at-window", "person-mismatch", "未委托代理人，但到场读卡的不是法定代表人（须本人办理或出具委托书）",
        d, "refuse", [block(field="legal_rep_name")], [at(field="legal_rep_id_number"), at(field="legal_rep_name"),
                                                         at(material="M03"), at(material="M02")])
    d = fx(ph_new(), premises_address="武汉市江岸区沿江大道188号")
    add("ph-new-premises-other-district", "jurisdiction", "经营场所在江岸区，不属青山区卫生健康局管辖（《行政许可法》第三十二条第一款第二项 不予受理并告知向有关机关申请）",
        d, "refuse", [block(field="premises_address")])
    p = P("张建国", "男", "1975-06-18", 31, issued="2006-05-10")
    d = ph_new()
    d["card_read"] = p.card(valid_to="2026-05-10")
    d["materials"][1] = id_material("M03", p, valid_to="2026-05-10")
    add("ph-new-rep-card-expired", "card-expired", "法定代表人身份证已于 2026-05-10 过期（《居民身份证法》第五条）",
        d, "refuse", [block(material="M03")], [at(field="legal_rep_id_number"), at(material="M03")])
    d = drop(ph_new(agent=LI_AGENT), "M90")
    add("ph-new-agent-no-authorisation", "missing-material", "委托代理人办理却没有授权委托书及受托人身份证件", d, "refuse",
        [block(material="M90")])
    d = fx(ph_new(agent=LI_AGENT), agent_phone="")
    add("ph-new-agent-phone-empty", "required-field", "委托办理时受托人联系电话为必填项", d, "refuse", [block(field="agent_phone")])
    d = fx(ph_new(), legal_rep_phone="1387123456")
    add("ph-new-phone-malformed", "format", "法定代表人联系电话只有 10 位", d, "refuse", [block(field="legal_rep_phone")])
    d = ph_new()
    d["materials"][0] = HOTEL.licence("M02", name="武汉市青山区悦来酒店管理有限公司")
    add("ph-new-licence-name-differs", "name-mismatch", "申请单位名称与营业执照名称不一致", d, "refuse",
        [block(field="unit_name")], [at(material="M02"), at(field="unit_name")])

    # 变更
    clean("ph-chg-legal-rep-clean", "变更法定代表人：原卫生许可证上仍为原法定代表人，属正常（执照已先行变更）",
          ph_chg(HOTEL, ("legal_rep",), old_rep=HE))
    clean("ph-chg-name-clean", "变更单位名称：原证为旧名称，新执照为新名称，属正常，不得报名称不一致",
          ph_chg(SALON, ("unit_name",), old_name="武汉青山区丝艺理发店"))
    clean("ph-chg-address-name-agent", "地址名称变更（位置不变），委托代理人办理", ph_chg(HOTEL, ("address_name",), agent=LI_AGENT))
    d = ph_chg(HOTEL, ("premises_or_items",))
    add("ph-chg-move-premises-redirect", "redirect", "迁移经营场所应按新办申请（实施细则：变更地址按新办）", d, "refuse",
        [{"rule": "SYS-REDIRECT"}], [{"severity": "block"}])
    d = fx(ph_chg(), original_valid_to="2026-08-31")
    d["materials"][2] = health_licence("M04", HOTEL, legal_representative=HE.name, valid_to="2026-08-31")
    add("ph-chg-original-expired", "original-expired", "原卫生许可证已于 2026-08-31 过期，不能办理变更，应重新申请新办", d, "refuse",
        [block(field="original_valid_to")], [at(material="M04")])
    d = fx(ph_chg(), original_license_no="JY14201070012345")
    add("ph-chg-license-no-food-shape", "licence-facts", "原卫生许可证号填成食品经营许可证号（JY 开头），不是卫生许可证号的形式（X卫公证字〔年〕第…号）",
        d, "refuse", [block(field="original_license_no")], [at(material="M04")])
    d = ph_chg()
    d["materials"][2] = health_licence("M04", HOTEL, legal_representative=HE.name,
                                       license_no="鄂卫公证字〔2022〕第420107000381号")
    add("ph-chg-license-no-differs-ocr", "licence-facts", "表上原卫生许可证号与原证识别结果不一致（末位数字不同）", d, "refuse",
        [block(field="original_license_no")], [at(material="M04")])
    d = wrong_kind(ph_chg(), "M04", "business_license", HOTEL.licence_ocr())
    add("ph-chg-licence-as-health-permit", "wrong-slot", "“原公共场所卫生许可证”一栏放的是营业执照", d, "refuse",
        [block(material="M04")], [at(material="M04"), at(field="original_license_no")])
    d = wrong_kind(ph_chg(), "M03", "public_health_license", health_licence("M04", HOTEL)["ocr"])
    add("ph-chg-health-permit-as-rep-id", "wrong-slot", "“法定代表人身份证明”一栏放的是卫生许可证", d, "refuse",
        [block(material="M03")], [at(material="M03")])
    d = ph_chg()
    d["materials"][0] = HOTEL.licence("M02", legal_representative=HE.name)
    add("ph-chg-licence-not-yet-changed", "name-mismatch", "新法定代表人与营业执照不符：营业执照尚未先行变更（变更条件）",
        d, "refuse", [block(field="legal_rep_name")], [at(material="M02"), at(field="legal_rep_name")])
    d = setm(ph_chg(), "M06", status="pending", pages=0)
    add("ph-chg-appointment-pending", "tolerance", "新任法定代表人任职文件未带，属可容缺材料（5 个工作日）", d,
        "accept_with_tolerance", [tol("M06")])
    d = fx(ph_chg(), change_content="")
    add("ph-chg-content-empty", "required-field", "变更内容说明为必填项", d, "refuse", [block(field="change_content")])

    # 延续
    clean("ph-ren-clean", "延续：有效期届满前约 5 个月申请，材料齐全", ph_ren())
    clean("ph-ren-report-committed", "检测报告以告知承诺方式提交（事后核查）", ph_ren(m05="committed"))
    clean("ph-ren-individual-agent", "个体工商户沐浴场所延续，委托代理人", ph_ren(BATH, agent=LI_AGENT, valid_to="2027-02-28"))
    d = ph_ren()
    d["materials"][1] = {"code": "M03", "status": "exempted"}
    clean("ph-ren-permit-from-elicense", "原卫生许可证由电子证照免提交", d)
    d = ph_ren(valid_to="2026-11-20")
    add("ph-ren-less-than-30-days", "renewal-window", "距有效期届满不足 30 日，不予受理延续，应按新办申请（实施细则第二十五条）",
        d, "refuse", [block(field="original_valid_to")], [at(material="M03")])
    d = ph_ren(valid_to="2026-09-30")
    add("ph-ren-already-expired", "renewal-window", "原证已于 2026-09-30 过期，不能延续，应新办", d, "refuse",
        [block(field="original_valid_to")], [at(material="M03")])
    d = ph_ren()
    d["answers"]["conditions_changed"] = ["yes"]
    add("ph-ren-conditions-changed", "redirect", "许可事项或卫生条件已变化，应按新办申请", d, "refuse",
        [{"rule": "SYS-REDIRECT"}], [{"severity": "block"}])
    d = fx(ph_ren(), original_license_no="91420107MA4K2XQ1")
    add("ph-ren-license-no-is-credit-code", "licence-facts", "原卫生许可证号一栏填的是信用代码片段，不是卫生许可证号", d, "refuse",
        [block(field="original_license_no")], [at(material="M03")])
    d = wrong_kind(ph_ren(), "M03", "business_license", HOTEL.licence_ocr())
    add("ph-ren-licence-as-health-permit", "wrong-slot", "“原公共场所卫生许可证正、副本”一栏放的是营业执照", d, "refuse",
        [block(material="M03")], [at(material="M03"), at(field="original_license_no"), at(field="original_valid_to")])
    d = wrong_kind(ph_ren(), "M04", "public_health_license", health_licence("M03", HOTEL)["ocr"])
    add("ph-ren-health-permit-as-licence", "wrong-slot", "“营业执照”一栏放的是卫生许可证", d, "refuse",
        [block(material="M04")], [at(material="M04")])
    d = ph_ren()
    d["materials"][2] = HOTEL.licence("M04", valid_to="2026-06-30")
    add("ph-ren-licence-term-ended", "licence-facts", "营业执照营业期限已于 2026-06-30 届满", d, "refuse",
        [block(material="M04")], [at(material="M04")])
    d = drop(ph_ren(), "M02")
    add("ph-ren-declaration-missing", "missing-material", "缺“原许可事项及条件未改变的声明和守法承诺”", d, "refuse",
        [block(material="M02")])
    d = setm(ph_ren(), "M05", status="tolerated", pages=0)
    add("ph-ren-report-tolerated-not-allowed", "tolerance", "检测报告只可告知承诺，不在容缺范围内", d, "refuse",
        [block(material="M05")])
    d = fx(ph_ren(POOL), unit_nature="企业")
    add("ph-ren-nature-enterprise-but-12", "unit-nature", "单位性质填“企业”，但信用代码 12 开头为机构编制部门登记的事业单位",
        d, "refuse", [block(field="unit_nature")], [at(field="credit_code")])
    d = fx(ph_ren(), manager_id_number=bad_check(CHEN.id))
    add("ph-ren-manager-id-check", "check-digit", "卫生负责人身份证号校验位错误（GB 11643）", d, "refuse",
        [block(field="manager_id_number")])
    d = fx(ph_ren(), original_valid_to="2027-04-30")
    add("ph-ren-valid-to-differs-ocr", "licence-facts", "表上原证有效期（2027-04-30）与原证识别（2027-03-31）不一致", d, "refuse",
        [block(field="original_valid_to")], [at(material="M03")])


# ---------------------------------------------------------------- 食品经营许可 / 仅销售预包装食品备案

FOOD, PREPACK = "010230001000-01", "100230002000-01"


def fb(org: Org = SHOP, *, business: str = "sales", vending: bool = False, agent: P | None = None,
       items: str = "预包装食品销售,散装食品销售", date: str = "2026-10-16") -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": FOOD, "acceptance_date": date,
           "answers": {"main_business": [business], "vending": ["yes" if vending else "no"],
                       "agent": ["yes" if agent else "no"]},
           "applicant": org.applicant(),
           "fields": {"operator_name": org.name, "credit_code": org.code, "legal_rep_name": org.rep.name,
                      "legal_rep_id_number": org.rep.id, "contact_phone": "13407161234",
                      "registered_address": org.address, "premises_address": org.address, "business_items": items,
                      "premises_area": 120.5, "food_safety_manager": org.rep.name, "staff_count": 6,
                      "health_cert_count": 6},
           "materials": [org.licence("M02"), id_material("M03", org.rep), *rec("M04", "M06", "M08")],
           "card_read": (agent or org.rep).card(), "center": CENTER}
    if business in ("catering", "canteen"):
        doc["materials"] += rec("M05")
    if vending:
        doc["materials"] += rec("M07")
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"].append(id_material("M90", agent))
    return doc


def pf(org: Org = KIOSK, *, modes: tuple[str, ...] = ("physical",), special: bool = False, agent: P | None = None,
       m04: str = "received", date: str = "2026-10-20") -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": PREPACK, "acceptance_date": date,
           "answers": {"sales_mode": list(modes), "special_food": ["yes" if special else "no"],
                       "agent": ["yes" if agent else "no"]},
           "applicant": org.applicant(),
           "fields": {"operator_name": org.name, "credit_code": org.code, "legal_rep_name": org.rep.name,
                      "legal_rep_id_number": org.rep.id, "contact_phone": "027-86801234",
                      "registered_address": org.address, "premises_address": org.address, "storage_address": "无",
                      "food_scope": "预包装食品（含冷藏冷冻食品）、酒类、饮料"},
           "materials": [org.licence("M02"), id_material("M03", org.rep),
                         {"code": "M04", "status": m04, "pages": 1 if m04 == "received" else 0}],
           "card_read": (agent or org.rep).card(), "center": CENTER}
    if special:
        doc["fields"]["special_food_types"] = "保健食品,婴幼儿配方乳粉"
    if "online" in modes:
        doc["materials"] += rec("M05")
    if "vending" in modes:
        doc["materials"] += rec("M06")
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"] += rec("M90")
    return doc


def build_food() -> None:
    clean("fb-sales-clean", "食品销售经营者（含散装食品）新办许可，材料齐全（《食品经营许可和备案管理办法》第十二条）", fb())
    clean("fb-catering-individual", "个体工商户餐饮服务，附平面布局图；负责人为经营者", fb(NOODLE, business="catering",
          items="热食类食品制售,冷食类食品制售"))
    clean("fb-canteen-agent", "单位食堂，委托代理人办理", fb(CANTEEN, business="canteen", agent=LI_AGENT, items="热食类食品制售"))
    clean("fb-vending-clean", "利用自动设备经营，附合格证明和放置地点", fb(RESTAURANT, business="catering", vending=True,
          items="热食类食品制售,自制饮品制售"))
    d = fb(items="预包装食品销售")
    add("fb-prepackaged-only-is-filing", "wrong-item", "仅销售预包装食品的不需许可，应办理备案（《食品安全法》第三十五条）→ 不予受理并引导备案",
        d, "refuse", [block(field="business_items")])
    d = drop(fb(RESTAURANT, business="catering", items="热食类食品制售"), "M05")
    add("fb-catering-layout-missing", "missing-material", "餐饮服务缺经营场所平面布局图及操作流程说明", d, "refuse", [block(material="M05")])
    d = setm(fb(), "M08", status="pending", pages=0)
    add("fb-health-certs-pending", "tolerance", "健康证明未带，可容缺（5 个工作日，至 2026-10-23）", d, "accept_with_tolerance",
        [tol("M08", "2026-10-23")])
    d = setm(setm(fb(), "M08", status="tolerated", pages=0), "M06", status="tolerated", pages=0)
    add("fb-two-tolerated", "tolerance", "规章制度目录与健康证明均容缺", d, "accept_with_tolerance", [tol("M06"), tol("M08")])
    d = setm(fb(), "M04", status="tolerated", pages=0)
    add("fb-equipment-tolerated-not-allowed", "tolerance", "设备设施布局等文件是关键材料，不可容缺", d, "refuse", [block(material="M04")])
    d = wrong_kind(fb(), "M03", "business_license", SHOP.licence_ocr())
    add("fb-licence-as-rep-id", "wrong-slot", "“法定代表人（负责人）身份证件”一栏放的是营业执照", d, "refuse",
        [block(material="M03")], [at(material="M03")])
    d = wrong_kind(fb(), "M02", "id_card_back", {"issuing_authority": {"value": "武汉市公安局青山分局", "confidence": 0.95},
                                                 "valid_to": {"value": "长期", "confidence": 0.95}})
    add("fb-id-back-as-licence", "wrong-slot", "“营业执照”一栏放的是身份证反面", d, "refuse", [block(material="M02")],
        [at(material="M02")])
    d = fb()
    d["materials"][0] = SHOP.licence("M02", valid_from="2018-05-20", valid_to="2025-05-19")
    add("fb-licence-term-ended", "licence-facts", "营业执照营业期限 2025-05-19 已届满，主体不具备经营资格（许可条件：已取得合法主体资格）",
        d, "refuse", [block(material="M02")], [at(material="M02")])
    d = fb()
    d["materials"][0] = SHOP.licence("M02", established_date="2026-12-28", valid_from="2026-12-28")
    add("fb-licence-established-future", "licence-facts", "营业执照成立日期晚于受理日期", d, "refuse", [block(material="M02")],
        [at(material="M02")])
    d = fx(fb(), legal_rep_id_number=typo(CHEN.id))
    add("fb-rep-id-keying-typo", "id-typo", "法定代表人身份证号录入时两位颠倒，本人到场读卡：请按读卡结果更正", d, "refuse",
        [block(field="legal_rep_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="legal_rep_id_number"), at(material="M03")])
    d = fb()
    d["card_read"] = STRANGER.card()
    add("fb-someone-else-at-window", "person-mismatch", "未委托却由他人到场（读卡为他人）", d, "refuse",
        [block(field="legal_rep_name")], [at(field="legal_rep_id_number"), at(field="legal_rep_name"), at(material="M03")])
    d = fx(fb(), health_cert_count=8)
    add("fb-health-certs-exceed-staff", "consistency", "持健康证明人数 8 大于从业人员数 6，自相矛盾", d, "refuse",
        [block(field="health_cert_count")], [at(field="staff_count")])
    d = fx(fb(), premises_address="武汉市洪山区珞喻路1037号")
    add("fb-premises-other-district", "jurisdiction", "经营场所在洪山区，不属青山区市场监管局管辖", d, "refuse",
        [block(field="premises_address")])
    d = fb()
    d["materials"][0] = SHOP.licence("M02", name="武汉市青山区便民优选商贸有限公司")
    add("fb-licence-name-differs", "name-mismatch", "经营者名称与营业执照名称不一致", d, "refuse", [block(field="operator_name")],
        [at(material="M02"), at(field="operator_name")])
    d = drop(fb(RESTAURANT, business="catering", vending=True, items="热食类食品制售"), "M07")
    add("fb-vending-proof-missing", "missing-material", "利用自动设备经营却未附设备合格证明及放置地点", d, "refuse",
        [block(material="M07")])
    d = fx(fb(), contact_phone="")
    add("fb-phone-empty", "required-field", "联系电话为必填项", d, "refuse", [block(field="contact_phone")])

    # 备案
    clean("pf-physical-clean", "个体便利店实体门店备案，即办（《食品安全法》第三十五条）", pf())
    clean("pf-online-special-clean", "实体+网络销售，销售保健食品等特殊食品并如实填报类别", pf(SHOP, modes=("physical", "online"),
          special=True))
    clean("pf-rules-committed", "食品安全管理制度以告知承诺方式提交（事后 30 日内现场核查）", pf(m04="committed"))
    clean("pf-vending-agent", "自动售货设备销售，委托代理人", pf(SHOP, modes=("vending",), agent=LI_AGENT))
    d = drop(pf(SHOP, modes=("physical", "online")), "M05")
    add("pf-online-no-website-info", "missing-material", "网络销售未提供网址及 ICP 备案信息", d, "refuse", [block(material="M05")])
    d = pf(special=True)
    del d["fields"]["special_food_types"]
    add("pf-special-without-types", "required-field", "销售特殊食品须如实填报特殊食品类别", d, "refuse",
        [block(field="special_food_types")])
    d = setm(pf(), "M04", status="tolerated", pages=0)
    add("pf-rules-tolerated-on-instant-item", "tolerance", "即办件不能容缺；该材料只可告知承诺", d, "refuse", [block(material="M04")])
    d = fx(pf(), food_scope="预包装食品、散装熟食、现制奶茶")
    add("pf-scope-includes-licensable", "wrong-item", "经营项目含散装熟食、现制饮品，超出仅销售预包装食品，须申请食品经营许可（《食品安全法》第三十五条）",
        d, "refuse", [block(field="food_scope")])
    d = wrong_kind(pf(), "M02", "id_card_front", SUN.id_ocr())
    add("pf-id-as-licence", "wrong-slot", "“营业执照”一栏放的是身份证", d, "refuse", [block(material="M02")], [at(material="M02")])
    d = wrong_kind(pf(), "M03", "business_license", KIOSK.licence_ocr())
    add("pf-licence-as-rep-id", "wrong-slot", "“法定代表人（负责人）身份证件”一栏放的是营业执照", d, "refuse", [block(material="M03")],
        [at(material="M03")])
    d = pf()
    d["materials"][0] = KIOSK.licence("M02", valid_from="2024-03-12", valid_to="2026-03-11")
    add("pf-licence-term-ended", "licence-facts", "营业执照营业期限已届满", d, "refuse", [block(material="M02")], [at(material="M02")])
    d = fx(pf(), legal_rep_id_number=typo(SUN.id))
    add("pf-rep-id-keying-typo", "id-typo", "负责人身份证号两位颠倒，本人读卡到场：按读卡结果更正", d, "refuse",
        [block(field="legal_rep_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="legal_rep_id_number"), at(material="M03")])
    d = pf()
    bad = bad_uscc(KIOSK.code)
    d["fields"]["credit_code"] = bad
    d["applicant"]["credit_code"] = bad
    add("pf-credit-code-check", "check-digit", "信用代码校验位错误", d, "refuse", [block(field="credit_code")],
        [at(field="credit_code"), at(material="M02")])
    d = fx(pf(), premises_address="武汉市武昌区中南路99号")
    add("pf-premises-other-district", "jurisdiction", "经营场所在武昌区，应向所在地市场监管部门备案", d, "refuse",
        [block(field="premises_address")])
    d = pf()
    d["card_read"] = STRANGER.card()
    add("pf-someone-else-at-window", "person-mismatch", "未委托却由他人到场", d, "refuse", [block(field="legal_rep_name")],
        [at(field="legal_rep_id_number"), at(field="legal_rep_name"), at(material="M03")])


# ---------------------------------------------------------------- 个体工商户设立登记 / 出版物经营许可证遗失补证

IND, PUB = "010230004000-01", "010310003000-04"


def ib(op: P = TAO, *, family: bool = False, owned: bool = False, licensed: bool = False, agent: P | None = None,
       date: str = "2026-10-16", nation: str | None = None) -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": IND, "acceptance_date": date,
           "answers": {"composition": ["family" if family else "individual"], "premises_right": ["owned" if owned else "leased"],
                       "licensed_scope": ["yes" if licensed else "no"], "agent": ["yes" if agent else "no"]},
           "applicant": {"kind": "person", "name": op.name, "id_number": op.id},
           "fields": {"operator_name": op.name, "operator_id_number": op.id, "operator_sex": op.sex,
                      "operator_nation": nation or op.nation + "族", "operator_address": op.address,
                      "operator_phone": "18971234567", "business_name": "武汉市青山区春花百货店",
                      "premises_address": "武汉市青山区红钢城街青和居17号门面", "business_scope": "日用百货、文具用品零售",
                      "capital": 5, "staff_count": 2},
           "materials": [id_material("M02", op), *rec("M03" if owned else "M04")],
           "card_read": (agent or op).card(), "center": CENTER}
    if family:
        doc["fields"]["family_members"] = "陶建平（配偶，" + pid("420107", "1984-02-02", 11) + "）"
        doc["materials"] += rec("M05")
    if licensed:
        doc["fields"]["business_scope"] = "烟草制品零售；日用百货零售"
        doc["materials"] += rec("M06")
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"] += rec("M90")
    return doc


def pub(org: Org = BOOKS, *, notice: str = "commitment", agent: P | None = None, m04: str = "committed",
        date: str = "2026-10-22") -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": PUB, "acceptance_date": date,
           "answers": {"loss_notice": [notice], "agent": ["yes" if agent else "no"]},
           "applicant": org.applicant(),
           "fields": {"unit_name": org.name, "credit_code": org.code, "legal_rep_name": org.rep.name,
                      "legal_rep_id_number": org.rep.id, "contact_phone": "13317191234", "premises_address": org.address,
                      "license_no": "新出发鄂零字第青山0126号", "license_valid_to": "2028-03-31", "loss_date": "2026-09-28",
                      "loss_reason": "店面搬运货架时正本遗失，经查找未果"},
           "materials": [org.licence("M02", business_scope="图书、报刊零售；文具用品零售"), id_material("M05", org.rep)],
           "card_read": (agent or org.rep).card(), "center": CENTER}
    if notice == "newspaper":
        doc["materials"] += rec("M03")
    else:
        doc["materials"].append({"code": "M04", "status": m04, "pages": 1 if m04 == "received" else 0})
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"] += rec("M90")
    return doc


def build_business() -> None:
    clean("ib-individual-leased-clean", "个人经营、租赁场所，材料齐全（《市场主体登记管理条例》第八条）；民族“土家族”", ib())
    clean("ib-family-owned", "家庭经营、自有房产，列明参加经营的家庭成员", ib(BATU, family=True, owned=True))
    clean("ib-licensed-scope-agent", "经营范围含预包装食品销售（附前置许可/备案凭证），委托代理人", ib(ALI, licensed=True, agent=LI_AGENT))
    d = ib(BAI, owned=True)
    setm(d, "M03", status="exempted", pages=0)
    clean("ib-owned-premises-shared", "自有房产，产权证明由不动产登记共享数据免提交；民族“藏族”", d)
    clean("ib-operator-just-18", "经营者刚满 18 周岁，完全民事行为能力人（民法典第十七条）",
          ib(P("吴小军", "男", "2008-10-15", 13), date="2026-10-16"))
    kid = P("吴小军", "男", "2011-03-05", 13)
    add("ib-operator-15", "age-capacity", "经营者 15 周岁，不具备完全民事行为能力，不能登记为个体工商户经营者（民法典第十八条、促进个体工商户发展条例第八条“有经营能力的公民”）",
        ib(kid), "refuse", [block(field="operator_id_number")], [at(field="operator_id_number")])
    teen = P("吴晓琳", "女", "2009-05-20", 24)
    add("ib-operator-17-manual", "age-capacity", "经营者 17 周岁：仅当以自己的劳动收入为主要生活来源时视为完全民事行为能力人（民法典第十八条第二款），需人工核实",
        ib(teen), "manual", [at(field="operator_id_number")], [at(field="operator_id_number")])
    add("ib-nation-colloquial-mong", "nation", "民族填“蒙族”，不是 GB/T 3304 的民族名称（应为“蒙古族”，以身份证为准）",
        ib(BATU, nation="蒙族"), "refuse", [block(field="operator_nation")])
    add("ib-nation-han-ren", "nation", "民族填“汉人”，不是 GB/T 3304 的民族名称", ib(nation="汉人"), "refuse",
        [block(field="operator_nation")])
    d = fx(ib(), legal_rep_name=TAO.name)
    add("ib-form-carries-legal-rep", "individual-form", "个体工商户申请书出现“法定代表人”：个体工商户只有经营者，没有法定代表人（应使用个体工商户登记申请书）；"
        "表单上没有该栏，提示指向“经营者姓名”", d, "refuse", [block(field="operator_name", says=["经营者"])],
        [at(field="legal_rep_name")])
    d = fx(ib(), registered_capital="50")
    add("ib-form-carries-registered-capital", "individual-form", "个体工商户申请书出现“注册资本”：个体工商户只填资金数额，无注册资本；"
        "表单上没有该栏，提示指向“资金数额”", d, "refuse", [block(field="capital", says=["资金数额"])],
        [at(field="registered_capital"), at(field="operator_name")])
    d = setm(ib(), "M04", status="pending", pages=0)
    add("ib-lease-pending-tolerance", "tolerance", "租赁合同未带，可容缺；3 个工作日超过承诺时限 1 个工作日，补齐日期以办结日 2026-10-19 为限，告知书须写明该日期",
        d, "accept_with_tolerance", [tol("M04", "2026-10-19")])
    d = drop(ib(owned=True), "M03")
    add("ib-owned-proof-missing", "missing-material", "自有房产却无产权证明", d, "refuse", [block(material="M03")])
    d = ib(family=True)
    del d["fields"]["family_members"]
    add("ib-family-members-empty", "required-field", "家庭经营须填参加经营的家庭成员", d, "refuse", [block(field="family_members")])
    d = drop(ib(family=True), "M05")
    add("ib-family-proof-missing", "missing-material", "家庭经营缺家庭成员身份及关系证明", d, "refuse", [block(material="M05")])
    d = wrong_kind(ib(), "M02", "business_license", KIOSK.licence_ocr())
    add("ib-licence-as-operator-id", "wrong-slot", "“经营者身份证明”一栏放的是别人的营业执照", d, "refuse", [block(material="M02")],
        [at(material="M02")])
    d = ib()
    d["fields"]["operator_id_number"] = typo(TAO.id)
    d["applicant"]["id_number"] = typo(TAO.id)
    add("ib-operator-id-keying-typo", "id-typo", "经营者身份证号两位颠倒，本人读卡到场：请按读卡结果更正", d, "refuse",
        [block(field="operator_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="operator_id_number"), at(material="M02")])
    d = ib()
    d["card_read"] = STRANGER.card()
    add("ib-someone-else-at-window", "person-mismatch", "未委托却由他人到场（读卡为他人）", d, "refuse",
        [block(field="operator_name")], [at(field="operator_id_number"), at(field="operator_name"), at(material="M02")])
    d = fx(ib(), premises_address="武汉市洪山区关山大道355号")
    add("ib-premises-other-district", "jurisdiction", "经营场所在洪山区，应向经营场所所在地登记机关申请", d, "refuse",
        [block(field="premises_address")])
    d = fx(ib(), business_name="武汉市青山区春花百货有限公司")
    add("ib-name-uses-company", "name-rules", "个体工商户名称不得使用“有限公司”等企业组织形式（《个体工商户名称登记管理办法》）",
        d, "refuse", [block(field="business_name")])
    d = drop(ib(licensed=True), "M06")
    add("ib-licensed-scope-no-permit", "missing-material", "经营范围含前置许可项目却未附许可文件", d, "refuse", [block(material="M06")])
    d = fx(ib(), operator_phone="189712345678")
    add("ib-phone-12-digits", "format", "联系电话 12 位", d, "refuse", [block(field="operator_phone")])
    d = fx(ib(), operator_sex="男")
    add("ib-sex-contradicts-id", "consistency", "性别填“男”，身份证号第 17 位为偶数（女）", d, "refuse", [block(field="operator_sex")])

    # 出版物经营许可证遗失补证
    clean("pub-commitment-clean", "以遗失承诺代替登报（告知承诺），补证", pub())
    clean("pub-newspaper-clean", "已登报遗失声明，附登载页", pub(notice="newspaper"))
    clean("pub-individual-agent", "个体书屋补证，委托代理人", pub(BOOKSTALL, agent=LI_AGENT, m04="received"))
    d = pub()
    setm(d, "M02", status="exempted", doc_kind=None, ocr=None, pages=0)
    clean("pub-licence-from-elicense", "营业执照由电子证照免提交", d)
    d = fx(pub(), license_no=HEALTH_NO)
    add("pub-license-no-health-shape", "licence-facts", "原出版物经营许可证编号填成卫生许可证号（X卫公证字），不是“新出发…字第…号”的形式",
        d, "refuse", [block(field="license_no")])
    d = fx(pub(), license_no=BOOKS.code)
    add("pub-license-no-is-credit-code", "licence-facts", "原出版物经营许可证编号一栏填的是统一社会信用代码", d, "refuse",
        [block(field="license_no")])
    d = fx(pub(), license_valid_to="2026-06-30")
    add("pub-original-expired", "original-expired", "原许可证已于 2026-06-30 到期：过期证件不能补发，应重新申请（补证条件：原证在有效期内）",
        d, "refuse", [block(field="license_valid_to")])
    d = fx(pub(), loss_date="2026-11-15")
    add("pub-loss-date-after-acceptance", "dates", "遗失日期晚于受理日期", d, "refuse", [block(field="loss_date")])
    d = drop(pub(notice="newspaper"), "M03")
    add("pub-newspaper-page-missing", "missing-material", "选择登报声明却没有登载页", d, "refuse", [block(material="M03")])
    d = wrong_kind(pub(), "M05", "business_license", BOOKS.licence_ocr())
    add("pub-licence-as-rep-id", "wrong-slot", "“法定代表人或负责人身份证明”一栏放的是营业执照", d, "refuse", [block(material="M05")],
        [at(material="M05")])
    d = wrong_kind(pub(), "M02", "id_card_front", CHEN.id_ocr())
    add("pub-id-as-licence", "wrong-slot", "“营业执照”一栏放的是身份证", d, "refuse", [block(material="M02")], [at(material="M02")])
    d = pub()
    d["materials"][0] = BOOKS.licence("M02", valid_from="2015-09-09", valid_to="2025-09-08")
    add("pub-licence-term-ended", "licence-facts", "营业执照营业期限已届满", d, "refuse", [block(material="M02")], [at(material="M02")])
    d = pub()
    d["materials"][0] = BOOKS.licence("M02", established_date="2027-01-05", valid_from="2027-01-05")
    add("pub-licence-established-future", "licence-facts", "营业执照成立日期晚于受理日期", d, "refuse", [block(material="M02")],
        [at(material="M02")])
    d = fx(pub(), legal_rep_id_number=typo(CHEN.id))
    add("pub-rep-id-keying-typo", "id-typo", "负责人身份证号两位颠倒，本人到场：按读卡结果更正", d, "refuse",
        [block(field="legal_rep_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="legal_rep_id_number"), at(material="M05")])
    d = fx(pub(), loss_reason="")
    add("pub-loss-reason-empty", "required-field", "补证申请须写明遗失原因", d, "refuse", [block(field="loss_reason")])
    d = setm(pub(), "M04", status="tolerated")
    add("pub-commitment-tolerated", "tolerance", "遗失承诺书只可告知承诺，不能容缺", d, "refuse", [block(material="M04")])


# ---------------------------------------------------------------- 最低生活保障 / 残疾人证新办

DIBAO, DISABLED = "030250001000-01", "110500001000-01"


def db(app: P = SUN, *, members: list[tuple[str, str]] | None = None, income: int = 1800, habitual: bool = False,
       special: bool = False, agent: P | None = None, date: str = "2026-10-20") -> dict[str, Any]:
    members = members if members is not None else [(app.name, "本人"), ("王建华", "配偶"), ("王子涵", "子女")]
    doc = {"format": "zongchuang-case/1", "item_code": DIBAO, "acceptance_date": date,
           "answers": {"residence": ["habitual" if habitual else "hukou"], "special": ["yes" if special else "no"],
                       "agent": ["yes" if agent else "no"]},
           "applicant": {"kind": "person", "name": app.name, "id_number": app.id},
           "fields": {"applicant_name": app.name, "applicant_id_number": app.id, "applicant_phone": "13545012345",
                      "hukou_address": app.address, "residence_address": app.address,
                      "household_size": len(members), "household_members": "；".join(f"{n}（{r}）" for n, r in members),
                      "monthly_income": income, "local_standard": 1010, "owns_vehicle": "否", "houses": 1,
                      "bank_account": "6217002870012345678"},
           "materials": [id_material("M02", app), *rec("M03", "M04")],
           "card_read": (agent or app).card(), "center": CENTER}
    if habitual:
        doc["fields"]["residence_permit_no"] = "420107202400012345"
        doc["materials"] += rec("M05")
    if special:
        doc["materials"] += rec("M06")
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"].append(id_material("M90", agent))
    return doc


def dc(app: P = WANG, *, guardian: P | None = None, relation: str = "父母", category: str = "肢体残疾",
       date: str = "2026-10-13") -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": DISABLED, "acceptance_date": date,
           "answers": {"applicant_role": ["guardian" if guardian else "self"]},
           "applicant": {"kind": "person", "name": app.name, "id_number": app.id},
           "fields": {"applicant_name": app.name, "applicant_id_number": app.id, "applicant_sex": app.sex,
                      "hukou_address": app.address, "contact_phone": "13871230987", "disability_category": category},
           "materials": [id_material("M02", app), *rec("M03", "M04", "M06")],
           "card_read": (guardian or app).card(), "center": CENTER}
    if guardian:
        doc["fields"].update(guardian_name=guardian.name, guardian_id_number=guardian.id, guardian_relation=relation)
        doc["materials"].append(id_material("M05", guardian))
    return doc


CHILD = P("王子涵", "男", "2017-06-01", 35, issued="2023-07-01")
MOTHER = P("王丽", "女", "1987-04-12", 20)
ADULT_SON = P("刘畅", "男", "1998-12-12", 39)
SPOUSE = P("刘振华", "男", "1965-08-08", 51)


def build_social() -> None:
    clean("db-family-of-three", "三口之家，人均收入 600 元低于标准 1010 元，成员人数与列表一致（《最低生活保障审核确认办法》第八条）", db())
    clean("db-single-person", "单人户申请，成员 1 人", db(HU, members=[(HU.name, "本人")], income=700))
    clean("db-special-with-proof", "家庭有重度残疾人，附残疾人证", db(special=True))
    clean("db-habitual-with-permit", "持居住证在经常居住地申请", db(ZHOU, habitual=True, members=[(ZHOU.name, "本人"), ("周敏", "配偶")],
          income=1500))
    clean("db-agent-community", "由社区工作人员代为提出申请，附委托书及代理人身份证", db(agent=LI_AGENT))
    d = db()
    d["fields"]["household_size"] = 4
    add("db-size-more-than-listed", "household", "共同生活家庭成员人数填 4，但只列出 3 人（人数与名单应一致，影响人均收入计算）",
        d, "refuse", [block(field="household_size")], [at(field="household_members")])
    d = db(members=[(SUN.name, "本人"), ("王建华", "配偶")])
    d["fields"]["household_size"] = 1
    add("db-size-less-than-listed", "household", "人数填 1，名单却列出 2 人", d, "refuse", [block(field="household_size")],
        [at(field="household_members"), at(field="monthly_income")])
    d = setm(db(special=True), "M06", status="pending", pages=0)
    add("db-special-proof-pending", "tolerance", "特殊情况证明未带，可容缺（10 个工作日，至 2026-11-03）", d, "accept_with_tolerance",
        [tol("M06", "2026-11-03")])
    d = db()
    d["fields"]["hukou_address"] = "武汉市江汉区万松街青年路56号"
    add("db-hukou-other-district", "jurisdiction", "按户籍地申请，但户籍在江汉区（社会救助暂行办法第十一条：向户籍所在地提出）",
        d, "refuse", [block(field="hukou_address")])
    d = db(ZHOU, habitual=True, members=[(ZHOU.name, "本人")], income=700)
    del d["fields"]["residence_permit_no"]
    add("db-habitual-no-permit-no", "required-field", "在经常居住地申请须填居住证编号", d, "refuse", [block(field="residence_permit_no")])
    d = db()
    d["fields"]["applicant_id_number"] = bad_check(SUN.id)
    d["applicant"]["id_number"] = bad_check(SUN.id)
    d["card_read"] = None
    mats(d, "M02")["ocr"] = None
    add("db-id-check-digit", "check-digit", "申请人公民身份号码校验位错误（GB 11643，无读卡）", d, "refuse",
        [block(field="applicant_id_number")], [at(field="applicant_id_number")])
    d = db()
    d["fields"]["applicant_id_number"] = typo(SUN.id)
    d["applicant"]["id_number"] = typo(SUN.id)
    add("db-id-keying-typo", "id-typo", "申请人本人到场，表上身份证号两位颠倒：提示按读卡结果更正，不得称非本人", d, "refuse",
        [block(field="applicant_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="applicant_id_number"), at(material="M02")])
    d = wrong_kind(db(), "M02", "business_license", KIOSK.licence_ocr())
    add("db-licence-as-id", "wrong-slot", "“身份证件”一栏放的是营业执照", d, "refuse", [block(material="M02")], [at(material="M02")])
    d = fx(db(), bank_account="")
    add("db-bank-account-empty", "required-field", "低保金发放账户为必填项", d, "refuse", [block(field="bank_account")])
    d = fx(db(), applicant_phone="2786")
    add("db-phone-malformed", "format", "联系电话只有 4 位", d, "refuse", [block(field="applicant_phone")])
    p = P("孙红梅", "女", "1977-03-30", 38, issued="2005-08-01")
    d = db(p)
    add("db-card-expired", "card-expired", "申请人身份证 2025-08-01 已过期", d, "refuse", [block(material="M02")],
        [at(field="applicant_id_number"), at(material="M02")])
    d = drop(db(), "M04")
    add("db-income-declaration-missing", "missing-material", "缺家庭收入和财产状况申报表及核对授权书", d, "refuse", [block(material="M04")])

    # 残疾人证
    clean("dc-adult-self", "成年人本人申请肢体残疾评定", dc())
    clean("dc-child-by-mother", "8 岁儿童由母亲代为申请（未满十六周岁由法定监护人代为申请，管理办法第八条）",
          dc(CHILD, guardian=MOTHER, category="听力残疾"))
    clean("dc-mental-by-spouse", "精神残疾成年人由配偶代为申请", dc(CHEN, guardian=SPOUSE, relation="配偶", category="精神残疾"))
    d = dc(ADULT_SON, guardian=P("刘小雨", "女", "2011-02-14", 42), relation="其他近亲属", category="智力残疾")
    add("dc-guardian-minor-15", "guardian-minor", "监护人为 15 周岁未成年人，本人无完全民事行为能力，不能担任监护人（民法典第二十七条、第二十八条）",
        d, "refuse", [block(field="guardian_id_number")], [at(field="guardian_id_number"), at(material="M05")])
    d = dc(CHILD, guardian=P("王子轩", "男", "2014-09-30", 17), relation="其他近亲属")
    add("dc-guardian-minor-12", "guardian-minor", "12 岁的哥哥作为监护人代为申请", d, "refuse", [block(field="guardian_id_number")],
        [at(field="guardian_id_number"), at(material="M05")])
    d = fx(dc(), applicant_sex="女")
    add("dc-sex-contradicts-id", "consistency", "性别与身份证号第 17 位不符", d, "refuse", [block(field="applicant_sex")])
    d = fx(dc(), hukou_address="湖北省孝感市孝南区书院街12号")
    add("dc-hukou-other-city", "jurisdiction", "户籍在孝感，应向户籍所在地县级残联申请（管理办法第八条）", d, "refuse",
        [block(field="hukou_address")])
    d = setm(dc(), "M06", status="pending", pages=0)
    add("dc-records-pending", "tolerance", "病历、诊断证明未带，可容缺（10 个工作日，至 2026-10-27）", d, "accept_with_tolerance",
        [tol("M06", "2026-10-27")])
    d = drop(dc(), "M04")
    add("dc-photos-missing", "missing-material", "缺照片（未从共享数据免提交）", d, "refuse", [block(material="M04")])
    d = wrong_kind(dc(), "M02", "business_license", NOODLE.licence_ocr())
    add("dc-licence-as-id", "wrong-slot", "“申请人居民身份证”一栏放的是营业执照", d, "refuse", [block(material="M02")], [at(material="M02")])
    d = dc()
    d["fields"]["applicant_id_number"] = typo(WANG.id)
    d["applicant"]["id_number"] = typo(WANG.id)
    add("dc-id-keying-typo", "id-typo", "本人到场，身份证号录入两位颠倒：按读卡结果更正", d, "refuse",
        [block(field="applicant_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="applicant_id_number"), at(material="M02")])
    d = dc()
    d["card_read"] = STRANGER.card()
    add("dc-someone-else-at-window", "person-mismatch", "本人申请却由他人持卡到场", d, "refuse", [block(field="applicant_name")],
        [at(field="applicant_id_number"), at(field="applicant_name"), at(material="M02")])
    d = dc(CHILD, guardian=MOTHER)
    del d["fields"]["guardian_relation"]
    add("dc-guardian-relation-empty", "required-field", "代为申请须填与申请人关系", d, "refuse", [block(field="guardian_relation")])
    d = drop(dc(CHILD, guardian=MOTHER), "M05")
    add("dc-guardian-proof-missing", "missing-material", "监护人代为申请缺监护人身份证件及监护关系证明", d, "refuse", [block(material="M05")])


# ---------------------------------------------------------------- 就业登记 / 灵活就业医保 / 住房公积金提取 (ages)

EMPLOY, MEDICAL, FUND = "110360002000-01", "110480001000-01", "110420005000-01"
RETIRE_BASIS = "全国人大常委会《关于实施渐进式延迟法定退休年龄的决定》（2024-09-13）附件1–3"


def fe(app: P = XU, *, kind: str = "flexible", agent: P | None = None, m03: str = "received",
       date: str = "2026-10-16", org: Org = KIOSK) -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": EMPLOY, "acceptance_date": date,
           "answers": {"employment_type": [kind], "agent": ["yes" if agent else "no"]},
           "applicant": {"kind": "person", "name": app.name, "id_number": app.id},
           "fields": {"applicant_name": app.name, "applicant_id_number": app.id, "applicant_sex": app.sex,
                      "applicant_phone": "15071234567", "education": "高中（中专、技校）", "residence_address": app.address,
                      "employment_start": "2026-06-01", "occupation": "家政服务员（非全日制）"},
           "materials": [id_material("M02", app)], "card_read": (agent or app).card(), "center": CENTER}
    if kind in ("flexible", "platform"):
        doc["materials"].append({"code": "M03", "status": m03, "pages": 1 if m03 == "received" else 0})
    if kind == "platform":
        doc["fields"].update(platform_name="美团外卖", occupation="网约配送员")
    if kind == "self_employed":
        doc["fields"].update(business_credit_code=org.code, occupation="便利店经营")
        doc["materials"].append(org.licence("M04"))
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"].append(id_material("M90", agent))
    return doc


def fm(app: P = XU, *, nonlocal_: bool = False, prior: str = "none", agent: P | None = None,
       date: str = "2026-10-20", nation: str | None = None) -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": MEDICAL, "acceptance_date": date,
           "answers": {"hukou": ["nonlocal" if nonlocal_ else "local"], "prior_insurance": [prior],
                       "agent": ["yes" if agent else "no"]},
           "applicant": {"kind": "person", "name": app.name, "id_number": app.id},
           "fields": {"applicant_name": app.name, "applicant_id_number": app.id, "applicant_sex": app.sex,
                      "applicant_nation": nation or app.nation + "族", "applicant_phone": "13296701234",
                      "hukou_address": app.address, "residence_address": app.address, "start_month": "2026-11-01",
                      "employment_form": "其他灵活就业人员"},
           "materials": [id_material("M02", app)], "card_read": (agent or app).card(), "center": CENTER}
    if nonlocal_:
        doc["fields"]["residence_permit_no"] = "420107202500067890"
        doc["materials"] += rec("M03")
    if prior == "resident":
        doc["materials"].append({"code": "M04", "status": "committed"})
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"].append(id_material("M90", agent))
    return doc


GROUND_MATS = {"purchase": ("M10", "M11"), "build_repair": ("M12",), "retire": ("M13",), "disability": ("M14", "M15"),
               "emigrate": ("M16",), "loan": ("M17",), "rent": ("M18",), "unemployed": ("M21",)}


def fw(app: P = ZHOU, ground: str = "purchase", *, agent: P | None = None, date: str = "2026-10-28",
       amount: float = 80000) -> dict[str, Any]:
    f = {"applicant_name": app.name, "applicant_id_number": app.id, "applicant_phone": "18627001234",
         "fund_account": "1070123456", "employer": "武汉钢联物流有限公司", "bank_name": "中国工商银行武汉青山支行",
         "bank_account": "6222023202012345678", "account_balance": 126543.21,
         # 离退休、丧失劳动能力、出境定居 close the account: the whole balance is withdrawn (条例第二十四条第二款)
         "amount": 126543.21 if ground in ("retire", "disability", "emigrate") else amount}
    if ground == "purchase":
        f.update(house_address="武汉市青山区和平大道1566号和平家园3栋1202室", purchase_date="2026-09-12")
    if ground in ("build_repair", "rent"):
        f["house_address"] = "武汉市青山区冶金大道18号工人村小区5栋201室"
    if ground == "loan":
        f["loan_contract_no"] = "GJJ2023-0107-004512"
    doc = {"format": "zongchuang-case/1", "item_code": FUND, "acceptance_date": date,
           "answers": {"ground": [ground], "agent": ["yes" if agent else "no"]},
           "applicant": {"kind": "person", "name": app.name, "id_number": app.id},
           "fields": f,
           "materials": [id_material("M02", app),
                         {"code": "M03", "status": "received", "pages": 1, "doc_kind": "bank_card",
                          "ocr": {"name": {"value": app.name, "confidence": 0.93},
                                  "card_number": {"value": f["bank_account"], "confidence": 0.95}}},
                         *rec(*GROUND_MATS[ground])],
           "card_read": (agent or app).card(), "center": CENTER}
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"] += rec("M90")
    return doc


def build_people() -> None:
    # 就业登记
    clean("fe-flexible-clean", "非全日制家政，附灵活就业情况说明（《就业服务与就业管理规定》第六十一条）", fe())
    clean("fe-flexible-committed", "灵活就业情况说明以告知承诺代替（登记后 3 个月内核实）", fe(TAO, m03="committed"))
    clean("fe-platform-clean", "外卖平台骑手，填平台名称", fe(WANG, kind="platform"))
    clean("fe-self-employed-92", "从事个体经营，个体工商户营业执照 92 开头，与身份一致", fe(SUN, kind="self_employed"))
    m1966 = P("杨国庆", "男", "1966-09-12", 71)
    clean("fe-man-60y1m-under-new-age", f"男 1966-09 出生，新法定退休年龄 60 岁 6 个月（2027-03）；2026-10 才 60 岁 1 个月，仍在劳动年龄内（{RETIRE_BASIS}，旧 60 岁规则会误拒）",
          fe(m1966))
    w1972 = P("曹玉兰", "女", "1972-01-08", 82)
    clean("fe-woman-54-flexible", f"女（灵活就业按原 55 岁岗位）1972-01 出生，新法定退休年龄 55 岁 7 个月（2027-08），仍在劳动年龄内（{RETIRE_BASIS}）",
          fe(w1972, date="2026-10-20"))
    kid = P("田小宇", "男", "2011-02-02", 91)
    add("fe-age-15", "age-capacity", "15 周岁，未满法定劳动年龄（《劳动法》第十五条，禁止招用未满十六周岁的未成年人），不予登记",
        fe(kid, kind="platform"), "refuse", [block(field="applicant_id_number")], [at(field="applicant_id_number")])
    old = P("黄德明", "男", "1963-05-20", 93)
    add("fe-man-63-retired", "retirement", f"男 1963-05 出生，法定退休年龄 60 岁（2023-05 已达），超出劳动年龄（{RETIRE_BASIS}）",
        fe(old), "refuse", [block(field="applicant_id_number")], [at(field="applicant_id_number")])
    line = P("范志刚", "男", "1966-04-20", 97)
    add("fe-man-line-month-manual", "retirement", f"男 1966-04 出生，法定退休年龄 60 岁 4 个月 → 2026-08-20；8 月受理，正在临界月份，转人工核实（{RETIRE_BASIS}）",
        fe(line, date="2026-08-18"), "manual", [at(field="applicant_id_number")], [at(field="applicant_id_number")])
    w1970 = P("罗桂芳", "女", "1970-06-11", 62)
    add("fe-woman-past-55y2m", "retirement", f"女 1970-06 出生，原 55 岁岗位新法定退休年龄 55 岁 2 个月（2025-08），已超出（{RETIRE_BASIS}）",
        fe(w1970), "refuse", [block(field="applicant_id_number")], [at(field="applicant_id_number")])
    d = fe(ZHOU, kind="self_employed", org=SHOP)
    add("fe-self-employed-company-code", "unit-nature", "从事个体经营却填 91 开头的企业信用代码（GB 32100：92 为个体工商户）",
        d, "refuse", [block(field="business_credit_code")], [at(material="M04")])
    d = wrong_kind(fe(SUN, kind="self_employed"), "M04", "id_card_front", SUN.id_ocr())
    add("fe-id-as-business-licence", "wrong-slot", "“个体工商户营业执照”一栏放的是身份证", d, "refuse", [block(material="M04")],
        [at(material="M04")])
    d = fx(fe(), applicant_sex="男")
    add("fe-sex-contradicts-id", "consistency", "性别与身份证号不符", d, "refuse", [block(field="applicant_sex")])
    d = fe()
    d["fields"]["applicant_id_number"] = typo(XU.id)
    d["applicant"]["id_number"] = typo(XU.id)
    add("fe-id-keying-typo", "id-typo", "本人到场，身份证号两位颠倒：按读卡结果更正", d, "refuse",
        [block(field="applicant_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="applicant_id_number"), at(material="M02")])
    d = fx(fe(), residence_address="武汉市东西湖区吴家山街四明路8号")
    add("fe-residence-other-district", "jurisdiction", "常住地在东西湖区，应在常住地街道办理", d, "refuse",
        [block(field="residence_address")])
    d = fe(WANG, kind="platform")
    del d["fields"]["platform_name"]
    add("fe-platform-name-empty", "required-field", "依托平台就业须填平台名称", d, "refuse", [block(field="platform_name")])
    d = wrong_kind(fe(), "M02", "business_license", KIOSK.licence_ocr())
    add("fe-licence-as-id", "wrong-slot", "“本人居民身份证”一栏放的是营业执照", d, "refuse", [block(material="M02")], [at(material="M02")])

    # 灵活就业医保
    clean("fm-local-clean", "本市户籍、未参保，登记（《社会保险法》第二十三条）", fm())
    clean("fm-nonlocal-permit", "外地户籍，持本市居住证", fm(ALI, nonlocal_=True))
    clean("fm-resident-stop-committed", "正在参加居民医保，停保证明以告知承诺代替", fm(BATU, prior="resident"))
    m1966b = P("邓春生", "男", "1966-08-03", 73)
    clean("fm-man-60y2m-under-new-age", f"男 1966-08 出生，新法定退休年龄 60 岁 5 个月（2027-01）；2026-10 受理，未达退休年龄（{RETIRE_BASIS}）",
          fm(m1966b))
    w1972b = P("龚秀英", "女", "1972-09-14", 66)
    clean("fm-woman-54-clean", f"女 1972-09 出生，灵活就业按原 55 岁，新法定退休年龄 55 岁 9 个月（2028-06）（{RETIRE_BASIS}）",
          fm(w1972b, date="2026-10-16"))
    add("fm-nation-wei", "nation", "民族填“维族”，GB/T 3304 名称为“维吾尔族”（以身份证为准）", fm(ALI, nation="维族"), "refuse",
        [block(field="applicant_nation")])
    add("fm-nation-country", "nation", "民族填“中国”（填成了国籍）", fm(nation="中国"), "refuse", [block(field="applicant_nation")])
    add("fm-employee-blocked", "situation", "仍在单位参加职工医保，不能以灵活就业身份重复参保", fm(prior="employee"), "refuse",
        [{"rule": "SYS-BLOCKED"}], [{"severity": "block"}])
    m1965 = P("汪建平", "男", "1965-12-05", 75)
    add("fm-man-past-60y3m", "retirement", f"男 1965-12 出生，新法定退休年龄 60 岁 3 个月（2026-03），已超出，不能新参保登记（{RETIRE_BASIS}）",
        fm(m1965), "refuse", [block(field="applicant_id_number")], [at(field="applicant_id_number")])
    w_line = P("姚美华", "女", "1971-06-25", 86)
    add("fm-woman-line-month-manual", "retirement", f"女 1971-06 出生，55 岁 5 个月 → 2026-11-25；11 月受理，临界月份转人工（{RETIRE_BASIS}）",
        fm(w_line, date="2026-11-10"), "manual", [at(field="applicant_id_number")], [at(field="applicant_id_number")])
    d = fm(ALI, nonlocal_=True)
    del d["fields"]["residence_permit_no"]
    add("fm-nonlocal-no-permit-no", "required-field", "外地户籍须填居住证编号", d, "refuse", [block(field="residence_permit_no")])
    d = fx(fm(), hukou_address="湖北省孝感市孝南区槐荫大道99号")
    add("fm-local-but-hukou-xiaogan", "consistency", "答“本市户籍”，户籍地址却在孝感：应按外地户籍持居住证办理", d, "refuse",
        [block(field="hukou_address")])
    d = wrong_kind(fm(), "M02", "business_license", SALON.licence_ocr())
    add("fm-licence-as-id", "wrong-slot", "“本人居民身份证”一栏放的是营业执照", d, "refuse", [block(material="M02")], [at(material="M02")])
    p = P("徐丽", "女", "1990-05-14", 26, issued="2010-06-01")
    add("fm-card-expired", "card-expired", "身份证 2020-06-01 已过期", fm(p), "refuse", [block(material="M02")],
        [at(field="applicant_id_number"), at(material="M02")])

    # 公积金提取
    clean("fw-purchase-clean", "购买自住住房提取（《住房公积金管理条例》第二十四条第一款第一项）", fw())
    clean("fw-rent-clean", "租房提取", fw(LIU, "rent", amount=12000))
    clean("fw-loan-agent", "偿还贷款提取，委托代理人", fw(HE, "loan", agent=LI_AGENT, amount=30000))
    old_m = P("郑国华", "男", "1960-04-11", 33)
    clean("fw-retire-man-66", f"男 66 岁退休提取（{RETIRE_BASIS}：1965 年前出生为 60 岁）", fw(old_m, "retire", amount=126543.21))
    w58 = P("吕淑芬", "女", "1968-02-19", 44)
    clean("fw-retire-woman-58", "女 58 岁退休提取：任何岗位都已达法定退休年龄", fw(w58, "retire", amount=126543.21))
    m65 = P("钱卫东", "男", "1965-02-07", 55)
    clean("fw-retire-man-1965-02", f"男 1965-02 出生，新法定退休年龄 60 岁 1 个月（2025-03），已退休（{RETIRE_BASIS}）",
          fw(m65, "retire", amount=126543.21))
    w52 = P("蔡小芳", "女", "1974-03-09", 68)
    clean("fw-retire-woman-52-worker", "女 52 岁持离退休证明：原 50 岁岗位（1975 年前出生不延迟）已退休，属正常",
          fw(w52, "retire", amount=126543.21))
    young = P("林浩", "男", "1993-07-01", 77)
    add("fw-retire-at-33", "retirement", f"男 33 岁以“退休”为由提取：不可能达到任何退休年龄（{RETIRE_BASIS}）", fw(young, "retire"),
        "refuse", [block(field="applicant_id_number")], [at(field="applicant_id_number"), at(material="M13")])
    young_w = P("郑雪", "女", "1990-11-30", 28)
    add("fw-retire-woman-35", "retirement", f"女 35 岁以“退休”为由提取（{RETIRE_BASIS}）", fw(young_w, "retire"), "refuse",
        [block(field="applicant_id_number")], [at(field="applicant_id_number"), at(material="M13")])
    line_m = P("贺建军", "男", "1966-07-15", 57)
    add("fw-retire-man-line-manual", "retirement", f"男 1966-07 出生，新法定退休年龄 60 岁 5 个月 → 2026-12-15；2026-11 受理差 1 个月，转人工核实退休审批（{RETIRE_BASIS}）",
        fw(line_m, "retire", date="2026-11-10"), "manual", [at(field="applicant_id_number")],
        [at(field="applicant_id_number"), at(material="M13")])
    d = fw()
    d["answers"] = {"agent": ["no"]}
    add("fw-ground-unanswered", "situation-unanswered", "未选择提取原因", d, "refuse", [{"rule": "SYS-SITUATION"}], [{"severity": "block"}])
    add("fw-amount-over-balance", "consistency", "申请提取金额大于账户余额", fw(amount=200000), "refuse", [block(field="amount")],
        [at(field="account_balance")])
    d = drop(fw(), "M10")
    add("fw-purchase-contract-missing", "missing-material", "购房提取缺购房合同", d, "refuse", [block(material="M10")])
    d = setm(fw(), "M11", status="pending", pages=0)
    add("fw-invoice-pending", "tolerance", "购房发票未带，可容缺（1 个工作日）：告知书须写明补齐日期", d, "accept_with_tolerance",
        [tol("M11", "2026-10-29")])
    d = fw()
    del d["fields"]["purchase_date"]
    add("fw-purchase-date-empty", "required-field", "购房提取须填购房合同签订日期", d, "refuse", [block(field="purchase_date")])
    d = fw()
    mats(d, "M03")["ocr"]["name"]["value"] = "周敏"
    add("fw-bank-card-other-name", "name-mismatch", "银行卡户名为他人，须本人名下借记卡", d, "refuse", [block(material="M03")],
        [at(material="M03"), at(field="bank_account")])
    d = fw()
    mats(d, "M03")["ocr"]["card_number"]["value"] = "6222023202087654321"
    add("fw-bank-card-number-differs", "consistency", "表上收款卡号与所附银行卡卡号不一致", d, "refuse", [block(field="bank_account")],
        [at(material="M03")])
    d = fw()
    d["fields"]["applicant_id_number"] = typo(ZHOU.id)
    d["applicant"]["id_number"] = typo(ZHOU.id)
    add("fw-id-keying-typo", "id-typo", "本人到场，身份证号两位颠倒：按读卡结果更正", d, "refuse",
        [block(field="applicant_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="applicant_id_number"), at(material="M02")])
    d = fw()
    d["card_read"] = STRANGER.card()
    add("fw-someone-else-at-window", "person-mismatch", "本人办理却由他人持卡到场", d, "refuse", [block(field="applicant_name")],
        [at(field="applicant_id_number"), at(field="applicant_name"), at(material="M02")])
    d = wrong_kind(fw(), "M02", "business_license", SHOP.licence_ocr())
    add("fw-licence-as-id", "wrong-slot", "“职工本人身份证件”一栏放的是营业执照", d, "refuse", [block(material="M02")], [at(material="M02")])
    d = fw(HE, "loan")
    del d["fields"]["loan_contract_no"]
    add("fw-loan-contract-no-empty", "required-field", "偿还贷款提取须填借款合同编号", d, "refuse", [block(field="loan_contract_no")])
    d = fx(fw(LIU, "rent", amount=12000), house_address="湖北省孝感市孝南区城站路88号")
    add("fw-rent-outside-city", "eligibility", "租房提取的房屋在孝感，不在本公积金中心缴存城市", d, "refuse", [block(field="house_address")])


# ---------------------------------------------------------------- second slice: edges both ways


def one_digit(idn: str) -> str:
    """One digit of the 顺序码 mistyped (check digit then fails)."""
    d = idn[15]
    return idn[:15] + ("7" if d != "7" else "3") + idn[16:]


def build_more() -> None:
    # ages under the 2024 decision: rows of the tables where the old 60/55 rule and the new one disagree
    w1971 = P("肖桂英", "女", "1971-09-09", 64)
    clean("fm-woman-55y1m-under-new-age", f"女 1971-09 出生，原 55 岁，新法定退休年龄 55 岁 6 个月（2027-03）；2026-10 时 55 岁 1 个月仍可参保（{RETIRE_BASIS}，旧 55 岁规则会误拒）",
          fm(w1971))
    w1971b = P("龙翠萍", "女", "1971-08-01", 46)
    clean("fe-woman-55y2m-under-new-age", f"女 1971-08 出生，新法定退休年龄 55 岁 5 个月（2027-01）（{RETIRE_BASIS}）", fe(w1971b))
    m1966c = P("冯建设", "男", "1966-01-10", 79)
    clean("fw-retire-man-1966-01-past", f"男 1966-01 出生，新法定退休年龄 60 岁 4 个月（2026-05），2026-10 已达，退休提取（{RETIRE_BASIS}）",
          fw(m1966c, "retire"))
    w1976 = P("江丽华", "女", "1976-01-21", 70)
    clean("fw-retire-woman-1976-01-worker", f"女 1976-01 出生，原 50 岁岗位新法定退休年龄 50 岁 7 个月（2026-08），持离退休证明（{RETIRE_BASIS}）",
          fw(w1976, "retire"))
    m1965a = P("谢光明", "男", "1965-01-15", 97)
    add("fe-man-1965-01-past", "retirement", f"男 1965-01 出生，新法定退休年龄 60 岁 1 个月（2025-02），已超出劳动年龄（{RETIRE_BASIS}）",
        fe(m1965a), "refuse", [block(field="applicant_id_number")], [at(field="applicant_id_number")])
    w1970a = P("熊秀兰", "女", "1970-01-20", 48)
    add("fm-woman-1970-01-past", "retirement", f"女 1970-01 出生，新法定退休年龄 55 岁 1 个月（2025-02），已超出，不能新参保（{RETIRE_BASIS}）",
        fm(w1970a), "refuse", [block(field="applicant_id_number")], [at(field="applicant_id_number")])
    m1964 = P("万大勇", "男", "1964-12-01", 15)
    add("fm-man-1964-12-past", "retirement", f"男 1964-12 出生，不在延迟范围，60 岁（2024-12）已退休（{RETIRE_BASIS}）", fm(m1964), "refuse",
        [block(field="applicant_id_number")], [at(field="applicant_id_number")])
    young_w2 = P("邹晴", "女", "1985-03-03", 84)
    add("fw-retire-woman-41", "retirement", f"女 41 岁以“退休”为由提取：低于任何岗位、任何提前退休情形的年龄（{RETIRE_BASIS}）", fw(young_w2, "retire"),
        "refuse", [block(field="applicant_id_number")], [at(field="applicant_id_number"), at(material="M13")])
    line_w = P("万春燕", "女", "1971-05-10", 88)
    add("fe-woman-line-month-manual", "retirement", f"女 1971-05 出生，55 岁 5 个月 → 2026-10-10；10 月受理，正处临界月份，转人工（{RETIRE_BASIS}）",
        fe(line_w), "manual", [at(field="applicant_id_number")], [at(field="applicant_id_number")])
    teen16 = P("吴浩然", "男", "2010-06-06", 55)
    add("ib-operator-16-manual", "age-capacity", "经营者 16 周岁：须核实是否以自己的劳动收入为主要生活来源（民法典第十八条第二款），转人工",
        ib(teen16), "manual", [at(field="operator_id_number")], [at(field="operator_id_number")])
    teen16b = P("马小龙", "男", "2010-02-14", 67)
    clean("fe-age-16-platform", "16 周岁，已达法定劳动年龄（《劳动法》第十五条），依托平台就业可以登记", fe(teen16b, kind="platform"))

    # wrong kind in a slot, both ways, and the permitted kinds that must not be flagged
    d = ph_new()
    setm(d, "M03", doc_kind="id_card_back", ocr={"issuing_authority": {"value": "武汉市公安局青山分局", "confidence": 0.95},
                                                  "valid_from": {"value": ZHANG.valid_from, "confidence": 0.95},
                                                  "valid_to": {"value": ZHANG.valid_to, "confidence": 0.95}})
    clean("ph-new-rep-id-back-side", "法定代表人身份证明一栏为身份证反面（id_card_back 属该栏允许的类别）", d)
    d = ph_new(agent=LI_AGENT)
    setm(d, "M90", doc_kind="other", ocr=None)
    clean("ph-new-authorisation-letter-other", "委托书一栏识别为 other（授权委托书本身），属该栏允许的类别", d)
    d = wrong_kind(dc(CHILD, guardian=MOTHER), "M05", "business_license", NOODLE.licence_ocr())
    add("dc-licence-as-guardian-proof", "wrong-slot", "“法定监护人身份证件及监护关系证明”一栏放的是营业执照", d, "refuse",
        [block(material="M05")], [at(material="M05")])
    d = wrong_kind(ph_ren(), "M03", "id_card_front", ZHANG.id_ocr())
    add("ph-ren-id-as-health-permit", "wrong-slot", "“原公共场所卫生许可证”一栏放的是身份证", d, "refuse", [block(material="M03")],
        [at(material="M03"), at(field="original_license_no"), at(field="original_valid_to")])
    d = wrong_kind(fe(SUN, kind="self_employed"), "M04", "public_health_license", health_licence("M04", BATH)["ocr"])
    add("fe-health-permit-as-business-licence", "wrong-slot", "“个体工商户营业执照”一栏放的是卫生许可证", d, "refuse",
        [block(material="M04")], [at(material="M04")])
    d = wrong_kind(pub(), "M05", "public_health_license", health_licence("M05", BOOKS)["ocr"])
    add("pub-health-permit-as-rep-id", "wrong-slot", "“法定代表人或负责人身份证明”一栏放的是卫生许可证", d, "refuse",
        [block(material="M05")], [at(material="M05")])

    # licence facts: edges that are fine, and more that are not
    d = ph_new()
    d["materials"][0] = HOTEL.licence("M02", valid_to="2026-10-20")
    clean("ph-new-licence-term-ends-today", "营业期限至受理当日（2026-10-20），当日仍在期内；可提醒尽快办理营业期限变更（warn 可接受）", d,
          allow=[{"material": "M02", "severity": "warn"}])
    d = fx(ph_ren(), original_license_no="鄂卫公证字[2022]第420107000318号")
    clean("ph-ren-license-no-square-brackets", "表上卫生许可证号用 [ ] 代替〔〕，与原证同一号码，属书写习惯", d)
    d = fx(pub(), license_no="新出发鄂零字第420107012号")
    clean("pub-license-no-numeric-variant", "出版物经营许可证编号“新出发鄂零字第420107012号”，形式正确", d)
    d = fx(ph_ren(), original_license_no="卫生许可证2022-318")
    add("ph-ren-license-no-free-text", "licence-facts", "原卫生许可证号写成“卫生许可证2022-318”，不是“X卫公证字〔年〕第…号”的形式", d, "refuse",
        [block(field="original_license_no")], [at(material="M03")])
    d = fx(pub(), license_no="JY14201070034567")
    add("pub-license-no-food-shape", "licence-facts", "出版物经营许可证编号填成食品经营许可证号（JY 开头）", d, "refuse",
        [block(field="license_no")])
    d = ph_chg()
    d["materials"][0] = HOTEL.licence("M02", established_date="2027-02-01", valid_from="2027-02-01")
    add("ph-chg-licence-established-future", "licence-facts", "变更后营业执照成立日期晚于受理日期", d, "refuse", [block(material="M02")],
        [at(material="M02")])
    d = fe(SUN, kind="self_employed")
    d["materials"][1] = KIOSK.licence("M04", valid_from="2024-03-12", valid_to="2026-03-11")
    add("fe-business-licence-term-ended", "licence-facts", "个体工商户营业执照营业期限已届满，不能以个体经营登记就业", d, "refuse",
        [block(material="M04")], [at(material="M04")])
    d = pf()
    d["materials"][0] = KIOSK.licence("M02", established_date="2026-11-30", valid_from="2026-11-30")
    add("pf-licence-established-future", "licence-facts", "营业执照成立日期晚于受理日期", d, "refuse", [block(material="M02")],
        [at(material="M02")])

    # household
    d = db(members=[(SUN.name, "本人"), ("王建华", "配偶")])
    d["fields"]["household_members"] = (f"孙红梅（本人，{SUN.id}）；王建华（配偶，{pid('420107', '1976-10-02', 15)}）")
    clean("db-members-with-id-numbers", "成员名单带身份证号，2 人，与人数一致", d)
    d = db()
    d["fields"]["household_members"] = "孙红梅 本人, 王建华 配偶, 王子涵 子女"
    clean("db-members-comma-separated", "成员名单以逗号分隔，3 人，与人数一致", d)
    d = db()
    d["fields"]["household_members"] = "孙红梅（本人）、王建华（配偶）"
    add("db-size-3-listed-2-dunhao", "household", "人数填 3，名单（顿号分隔）只有 2 人", d, "refuse", [block(field="household_size")],
        [at(field="household_members")])

    # 民族
    add("ib-nation-chao", "nation", "民族填“朝族”，GB/T 3304 名称为“朝鲜族”", ib(nation="朝族"), "refuse", [block(field="operator_nation")])
    clean("fm-nation-hui", "民族“回族”（GB/T 3304 第 3 号）", fm(P("马文华", "男", "1985-08-18", 37, nation="回")))
    clean("ib-nation-manchu-no-suffix", "民族填“满”（不带“族”字，与身份证一致）", ib(P("关秀琴", "女", "1980-01-05", 58, nation="满"),
          nation="满"))

    # 单位性质 vs credit code
    d = fx(ph_new(), unit_nature="社会组织")
    add("ph-new-nature-social-org-but-91", "unit-nature", "单位性质填“社会组织”，信用代码 91 开头为企业（社会组织为 5 开头）", d, "refuse",
        [block(field="unit_nature")], [at(field="credit_code")])
    d = fx(ph_chg(POOL, ("address_name",)), unit_nature="个体工商户")
    add("ph-chg-nature-individual-but-12", "unit-nature", "单位性质填“个体工商户”，信用代码 12 开头为事业单位", d, "refuse",
        [block(field="unit_nature")], [at(field="credit_code")])

    # ID number: keying errors vs a different person
    d = fm()
    d["fields"]["applicant_id_number"] = one_digit(XU.id)
    d["applicant"]["id_number"] = one_digit(XU.id)
    add("fm-id-one-digit-typo", "id-typo", "本人到场，身份证号一位录错：按读卡结果更正", d, "refuse",
        [block(field="applicant_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="applicant_id_number"), at(material="M02")])
    d = fx(ph_new(agent=LI_AGENT), agent_id_number=typo(LI_AGENT.id))
    add("ph-new-agent-id-typo", "id-typo", "受托人到场读卡，表上受托人身份证号两位颠倒：按读卡结果更正", d, "refuse",
        [block(field="agent_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(field="agent_id_number"), at(material="M90")])
    namesake = P("徐丽", "女", "1979-12-24", 28)
    d = fe()
    d["fields"]["applicant_id_number"] = namesake.id
    d["applicant"]["id_number"] = namesake.id
    add("fe-namesake-different-person", "person-mismatch", "同名不同人：表上身份证号（1979 年生）与读卡（1990 年生）相差多位，不是录入笔误，到场者不是申请人",
        d, "refuse", [block(field="applicant_id_number", says_not=["按读卡结果更正"])],
        [at(field="applicant_id_number"), at(field="applicant_name"), at(material="M02")])
    namesake2 = P("孙红梅", "女", "1962-06-06", 40)
    d = db()
    d["fields"]["applicant_id_number"] = namesake2.id
    d["applicant"]["id_number"] = namesake2.id
    add("db-namesake-different-person", "person-mismatch", "同名不同人：表上身份证号与读卡差异远超录入笔误", d, "refuse",
        [block(field="applicant_id_number", says_not=["按读卡结果更正"])],
        [at(field="applicant_id_number"), at(field="applicant_name"), at(material="M02")])

    # 容缺 / 告知承诺 / 免提交 used where the catalog does not allow them
    d = setm(fb(), "M06", status="committed", pages=0)
    add("fb-rules-committed-not-allowed", "tolerance", "规章制度目录只可容缺，不能以告知承诺代替", d, "refuse", [block(material="M06")])
    d = setm(db(), "M04", status="exempted", pages=0)
    add("db-declaration-exempted-not-allowed", "tolerance", "收入财产申报表须本人签署，不能免提交", d, "refuse", [block(material="M04")])
    d = setm(fe(), "M03", status="pending", pages=0)
    add("fe-explanation-pending-instant", "missing-material", "即办件：灵活就业情况说明未带，只能提交或告知承诺，不能容缺", d, "refuse",
        [block(material="M03")])
    d = setm(ib(), "M02", status="tolerated", pages=0)
    add("ib-operator-id-tolerated", "tolerance", "经营者身份证明是关键材料，不能容缺", d, "refuse", [block(material="M02")])
    d = setm(ph_chg(), "M06", status="tolerated", pages=0)
    add("ph-chg-appointment-tolerated", "tolerance", "任职文件标为容缺（允许，5 个工作日）", d, "accept_with_tolerance", [tol("M06")])

    # classics
    d = fx(dc(), applicant_name="王蕾")
    add("dc-name-differs-from-card", "name-mismatch", "表上姓名“王蕾”与身份证“王磊”不一致", d, "refuse", [block(field="applicant_name")],
        [at(field="applicant_name"), at(material="M02")])
    d = fw()
    p = P("周文斌", "男", "1984-12-01", 53, issued="2005-01-10")
    d["materials"][0] = id_material("M02", p)
    d["card_read"] = None
    add("fw-id-copy-expired-no-chip", "card-expired", "未读卡，身份证复印件显示有效期至 2025-01-10，已过期", d, "refuse",
        [block(material="M02")], [at(material="M02"), at(field="applicant_id_number")])
    d = fx(db(ZHOU, habitual=True, members=[(ZHOU.name, "本人")], income=700), residence_address="武汉市江岸区解放大道1688号")
    add("db-habitual-residence-outside", "jurisdiction", "按经常居住地申请，居住地却在江岸区", d, "refuse", [block(field="residence_address")])
    d = fe(agent=LI_AGENT)
    d["fields"]["agent_id_number"] = bad_check(LI_AGENT.id)
    d["card_read"] = LI_AGENT.card(id_number=bad_check(LI_AGENT.id))
    add("fe-agent-id-check-digit", "check-digit", "受托人身份证号校验位错误", d, "refuse", [block(field="agent_id_number")],
        [at(field="agent_id_number"), at(material="M90")])
    d = fb()
    d["fields"]["premises_area"] = {"value": "1205", "source": "ocr", "source_ref": "M04", "confidence": 0.55}
    add("fb-area-low-confidence", "low-confidence", "经营场所面积由 OCR 读出、置信度 0.55 且未经确认，须人工核对", d, "manual",
        [at(field="premises_area")], [at(field="premises_area")])
    d = ph_ren()
    d["fields"]["original_valid_to"] = {"value": "2027-03-31", "source": "ocr", "source_ref": "M03", "confidence": 0.62}
    add("ph-ren-valid-to-low-confidence", "low-confidence", "原证有效期由 OCR 读出、置信度低且未确认", d, "manual",
        [at(field="original_valid_to")], [at(field="original_valid_to")])
    d = ph_ren()
    d["fields"]["original_valid_to"] = {"value": "2027-03-31", "source": "ocr", "source_ref": "M03", "confidence": 0.62,
                                        "confirmed": True}
    clean("ph-ren-valid-to-confirmed", "OCR 置信度低但窗口人员已核对确认", d)
    d = setm(fb(), "M04", quality={"ok": False, "readable": False, "reasons": ["blurred"]})
    add("fb-layout-unreadable", "unreadable", "设备布局文件扫描模糊无法辨认，须重新采集", d, "manual", [at(material="M04")], [at(material="M04")])


def build_places() -> None:
    """Jurisdiction follows the premises (许可/登记/备案) or the place of residence (就业、医保、低保 经常居住地),
    not the registered seat or the 户籍 printed on the ID card: correct applications a naive address rule would block."""
    d = ph_new()
    d["fields"]["registered_address"] = "武汉市江岸区沿江大道188号"
    d["materials"][0] = HOTEL.licence("M02", address="武汉市江岸区沿江大道188号")
    clean("ph-new-seat-elsewhere-premises-here", "注册地址在江岸区，经营场所在青山区：卫生许可按经营场所所在地管辖，属本区", d)
    d = fb()
    d["fields"]["registered_address"] = "武汉市武昌区中南路99号"
    d["materials"][0] = SHOP.licence("M02", address="武汉市武昌区中南路99号")
    clean("fb-seat-elsewhere-premises-here", "住所在武昌区、经营场所在青山区：食品经营许可向经营场所所在地申请（管理办法第十一条）", d)
    henan = P("郭振东", "男", "1989-09-19", 51, region="410102", address="河南省郑州市中原区建设路66号")
    d = ib(henan)
    clean("ib-operator-from-henan", "经营者户籍在河南，经营场所在青山区：个体工商户在经营场所所在地登记，与户籍无关", d)
    d = fe(henan)
    d["fields"]["residence_address"] = "武汉市青山区工人村街青宜居7栋402室"
    clean("fe-hukou-henan-lives-here", "户籍在河南、常住青山区：就业登记在常住地办理", d)
    xj = P("艾尔肯", "男", "1992-04-04", 63, region="650102", nation="维吾尔",
           address="新疆维吾尔自治区乌鲁木齐市天山区解放南路8号")
    d = fm(xj, nonlocal_=True)
    d["fields"]["residence_address"] = "武汉市青山区和平大道1566号和平家园3栋1202室"
    clean("fm-nonlocal-xinjiang-permit", "新疆户籍、持本市居住证，民族“维吾尔族”：外地户籍按居住证参保", d)
    hg = P("程晓红", "女", "1981-06-16", 26, region="421102", address="湖北省黄冈市黄州区东坡大道12号")
    d = db(hg, habitual=True, members=[(hg.name, "本人"), ("程子墨", "子女")], income=1300)
    d["fields"]["residence_address"] = "武汉市青山区红钢城街八大家花园2号"
    clean("db-habitual-hukou-huanggang", "户籍黄冈、持居住证在青山区经常居住地申请（社会救助暂行办法第十一条、审核确认办法）", d)


def build_third() -> None:
    """Third slice: impossible numbers and dates, and edges that are fine."""
    d = fx(ph_new(), business_area=980)
    add("ph-new-business-area-exceeds-building", "consistency", "营业面积 980 平方米大于场所建筑面积 860.5 平方米，不可能", d, "refuse",
        [block(field="business_area")], [at(field="building_area")])
    d = fx(fw(), purchase_date="2026-12-15")
    add("fw-purchase-date-future", "dates", "购房合同签订日期晚于受理日期", d, "refuse", [block(field="purchase_date")])
    d = fx(fe(), employment_start="2026-11-20")
    add("fe-start-after-acceptance", "dates", "就业开始日期晚于登记日期，尚未就业不能办理就业登记", d, "refuse",
        [block(field="employment_start")])
    d = fx(ib(), staff_count=0)
    add("ib-staff-zero", "format", "从业人数为 0（至少经营者本人 1 人）", d, "refuse", [block(field="staff_count")])
    d = fx(pf(SHOP), storage_address="武汉市江岸区后湖大道111号仓储中心")
    clean("pf-storage-in-other-district", "仓库在江岸区、经营场所在青山区：备案向经营场所所在地办理，仓库地址如实填报即可", d)
    d = fb(CANTEEN, business="canteen", agent=P("李娜", "女", "1993-09-09", 88, issued="2012-03-01"),
           items="热食类食品制售")
    add("fb-agent-card-expired", "card-expired", "受托人身份证 2022-03-01 已过期（委托办理须持有效身份证件）", d, "refuse",
        [block(material="M90")], [at(material="M90"), at(field="agent_id_number")])
    today = P("胡晓东", "男", "1995-03-03", 27, issued="2016-10-13")  # 21 at issue: 10 years, to 2026-10-13
    clean("dc-card-valid-to-today", "身份证有效期至受理当日（2026-10-13），当日仍有效", dc(today))
    d = dc(P("石桂珍", "女", "1955-07-07", 44), category="多重残疾")
    clean("dc-elderly-multiple", "71 岁老人本人申请多重残疾评定（长期身份证）", d)
    d = fw(ground="purchase", amount=126543.21)
    clean("fw-purchase-whole-balance", "购房提取全部余额（不超过余额即可）", d)


# ---------------------------------------------------------------- 2026-12 catalog items: 消防检查, 户外招牌, 烟草零售,
# 出生登记, 出生医学证明, 预防接种证, 社保卡首次申领, 新生儿城乡居民医保 (written from the service guides and laws)

FIRE, SIGN, TOBACCO = "010360001000-01", "010410001000-01", "010520001000-01"
BIRTH_REG, BIRTH_CERT, VACC, SSCARD, NB_MED = ("070010001000-01", "110170002000-01", "110170003000-01",
                                               "110360003000-01", "110480002000-01")
BABY_BIRTH = "2026-10-05"
BABY_ID = pid("420107", BABY_BIRTH, 13)  # a boy (odd 顺序码), numbered at 出生登记
BIRTH_CERT_NO = "R420987654"


def fs(org: Org = RESTAURANT, *, mode: str = "commitment", agent: P | None = None, date: str = "2026-10-20",
       m07: bool = False) -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": FIRE, "acceptance_date": date,
           "answers": {"mode": [mode], "agent": ["yes" if agent else "no"]},
           "applicant": org.applicant(),
           "fields": {"venue_name": org.name, "credit_code": org.code, "legal_rep_name": org.rep.name,
                      "legal_rep_id_number": org.rep.id, "contact_phone": "13871234567",
                      "premises_address": org.address, "floor_area": 420.0, "capacity": 180,
                      "fire_safety_manager": org.rep.name},
           "materials": [org.licence("M02"), id_material("M03", org.rep), *rec("M04", "M05", "M06")],
           "card_read": (agent or org.rep).card(), "center": CENTER}
    if mode == "commitment":
        doc["materials"] += rec("M08")
    if m07:
        doc["fields"]["fire_acceptance_no"] = "青消验字〔2026〕第0087号"
        doc["materials"] += rec("M07")
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"].append(id_material("M90", agent))
    return doc


def sg(org: Org = KIOSK, *, owned: bool = False, agent: P | None = None, date: str = "2026-10-20") -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": SIGN, "acceptance_date": date,
           "answers": {"premises_right": ["owned" if owned else "leased"], "agent": ["yes" if agent else "no"]},
           "applicant": org.applicant(),
           "fields": {"business_name": org.name, "credit_code": org.code, "applicant_name": org.rep.name,
                      "contact_phone": "13986005566", "premises_address": org.address,
                      "sign_text": org.name.replace("武汉市青山区", ""), "sign_width": 6.0, "sign_height": 1.2,
                      "sign_material": "铝塑板底板、亚克力发光字", "sign_lighting": "是"},
           "materials": [org.licence("M02"), id_material("M03", org.rep), *rec("M04" if owned else "M05", "M06")],
           "card_read": (agent or org.rep).card(), "center": CENTER}
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"].append(id_material("M90", agent))
    return doc


def tb(org: Org = KIOSK, *, owned: bool = False, form: str = "便利店", agent: P | None = None,
       date: str = "2026-10-20", operator: P | None = None) -> dict[str, Any]:
    op = operator or org.rep
    doc = {"format": "zongchuang-case/1", "item_code": TOBACCO, "acceptance_date": date,
           "answers": {"premises_right": ["owned" if owned else "leased"], "near_school": ["no"],
                       "agent": ["yes" if agent else "no"]},
           "applicant": org.applicant(),
           "fields": {"business_name": org.name, "credit_code": org.code, "operator_name": op.name,
                      "operator_id_number": op.id, "contact_phone": "15827003344", "premises_address": org.address,
                      "premises_area": 45.0, "business_form": form},
           "materials": [org.licence("M02"), id_material("M03", op), *rec("M04" if owned else "M05")],
           "card_read": (agent or op).card(), "center": CENTER}
    if agent:
        doc["fields"].update(agent_name=agent.name, agent_id_number=agent.id)
        doc["materials"].append(id_material("M90", agent))
    return doc


NB_MOTHER, NB_FATHER = XU, WANG  # 徐丽 and 王磊: parents of the newborn 王沐辰


def br(*, follow: str = "mother", married: bool = True, date: str = "2026-10-20") -> dict[str, Any]:
    declarant = NB_MOTHER if follow == "mother" else NB_FATHER
    doc = {"format": "zongchuang-case/1", "item_code": BIRTH_REG, "acceptance_date": date,
           "answers": {"follow": [follow], "married": ["yes" if married else "no"]},
           "applicant": {"kind": "person", "name": declarant.name, "id_number": declarant.id},
           "fields": {"child_name": "王沐辰", "child_sex": "男", "child_birth_date": BABY_BIRTH, "child_nation": "汉",
                      "birth_place": "湖北省武汉市青山区", "birth_cert_no": BIRTH_CERT_NO,
                      "father_name": NB_FATHER.name, "father_id_number": NB_FATHER.id,
                      "mother_name": NB_MOTHER.name, "mother_id_number": NB_MOTHER.id,
                      "household_head": declarant.name, "household_address": declarant.address,
                      "declarant_phone": "15071234567"},
           "materials": [*rec("M02", "M03"), id_material("M04", NB_MOTHER), *rec("M05" if married else "M06")],
           "card_read": declarant.card(), "center": CENTER}
    return doc


def bc(*, father_known: bool = True, date: str = "2026-10-08") -> dict[str, Any]:
    doc = {"format": "zongchuang-case/1", "item_code": BIRTH_CERT, "acceptance_date": date,
           "answers": {"father_known": ["yes" if father_known else "no"]},
           "applicant": {"kind": "person", "name": NB_MOTHER.name, "id_number": NB_MOTHER.id},
           "fields": {"child_name": "王沐辰", "child_sex": "男", "child_birth_date": BABY_BIRTH,
                      "birth_place": "武汉市第九医院", "mother_name": NB_MOTHER.name,
                      "mother_id_number": NB_MOTHER.id, "contact_phone": "15071234567"},
           "materials": [id_material("M02", NB_MOTHER), *rec("M04")],
           "card_read": NB_MOTHER.card(), "center": CENTER}
    if father_known:
        doc["fields"].update(father_name=NB_FATHER.name, father_id_number=NB_FATHER.id)
        doc["materials"].insert(1, id_material("M03", NB_FATHER))
    return doc


def vc(guardian: P = NB_MOTHER, *, date: str = "2026-10-20") -> dict[str, Any]:
    return {"format": "zongchuang-case/1", "item_code": VACC, "acceptance_date": date, "answers": {},
            "applicant": {"kind": "person", "name": guardian.name, "id_number": guardian.id},
            "fields": {"child_name": "王沐辰", "child_sex": "男", "child_birth_date": BABY_BIRTH,
                       "guardian_name": guardian.name, "guardian_id_number": guardian.id,
                       "contact_phone": "15071234567", "residence_address": guardian.address},
            "materials": [*rec("M02"), id_material("M03", guardian)], "card_read": guardian.card(), "center": CENTER}


def sc(holder: P | None = None, *, guardian: P | None = NB_MOTHER, date: str = "2026-10-20",
       m05: str = "received") -> dict[str, Any]:
    """社保卡首次申领: a child under 16 (the newborn by default) through a guardian, or an adult holder."""
    under16 = holder is None or guardian is not None
    name, idn, sex = (holder.name, holder.id, holder.sex) if holder else ("王沐辰", BABY_ID, "男")
    at_window = guardian if under16 and guardian else holder
    assert at_window is not None
    doc = {"format": "zongchuang-case/1", "item_code": SSCARD, "acceptance_date": date,
           "answers": {"under16": ["yes" if under16 else "no"]},
           "applicant": {"kind": "person", "name": name, "id_number": idn},
           "fields": {"holder_name": name, "holder_id_number": idn, "holder_sex": sex, "contact_phone": "15071234567",
                      "mailing_address": at_window.address},
           "materials": rec("M02"), "card_read": at_window.card(), "center": CENTER}
    if under16 and guardian:
        doc["fields"].update(guardian_name=guardian.name, guardian_id_number=guardian.id)
        doc["materials"].append(id_material("M04", guardian))
    else:
        doc["materials"].append({"code": "M05", "status": m05, "pages": 1 if m05 == "received" else 0})
    return doc


def nm(guardian: P = NB_MOTHER, *, with_id: bool = True, date: str = "2026-10-20") -> dict[str, Any]:
    # the applicant is the insured newborn (as for 残疾人证 by a guardian); the guardian is at the window
    doc = {"format": "zongchuang-case/1", "item_code": NB_MED, "acceptance_date": date, "answers": {},
           "applicant": {"kind": "person", "name": "王沐辰", **({"id_number": BABY_ID} if with_id else {})},
           "fields": {"insured_name": "王沐辰", "insured_sex": "男", "insured_birth_date": BABY_BIRTH,
                      "guardian_name": guardian.name, "guardian_id_number": guardian.id,
                      "contact_phone": "15071234567", "residence_address": guardian.address},
           "materials": [*rec("M02"), id_material("M03", guardian)], "card_read": guardian.card(), "center": CENTER}
    if with_id:
        doc["fields"]["insured_id_number"] = BABY_ID
    return doc


def build_new_items() -> None:
    """The eight items added to the catalog in 2026-12."""
    # 公众聚集场所投入使用、营业前消防安全检查 (消防法第十五条; 应急管理部令第 5 号《公众聚集场所投入使用、营业前消防安全检查规则》)
    clean("fs-restaurant-commitment", "饭店选择告知承诺方式：附告知承诺书，材料齐全当场许可（消防法第十五条）", fs())
    clean("fs-hotel-inspection-with-acceptance", "宾馆不采用告知承诺、附建设工程消防验收凭证及文号，受理后现场检查",
          fs(HOTEL, mode="inspection", m07=True))
    clean("fs-individual-agent", "个体工商户面馆委托代理人办理（告知承诺方式）", fs(NOODLE, agent=LI_AGENT))
    d = fs()
    setm(d, "M02", status="exempted", doc_kind=None, ocr=None, pages=0)
    clean("fs-licence-from-elicense", "营业执照由电子证照免提交", d)
    add("fs-missing-floor-plan", "missing-material", "缺场所平面布置图、消防设施平面图（检查规则规定的申请材料），一次性告知补正",
        drop(fs(), "M04"), "refuse", [block(material="M04")])
    add("fs-commitment-without-letter", "missing-material", "选择告知承诺方式却未签署告知承诺书（消防法第十五条：作出承诺并提交材料）",
        drop(fs(), "M08"), "refuse", [block(material="M08")])
    d = setm(fs(), "M05", status="pending", pages=0)
    add("fs-fire-plan-pending-tolerance", "tolerance", "消防安全制度、灭火和应急疏散预案未带，属可容缺材料（5 个工作日，至 2026-10-27）",
        d, "accept_with_tolerance", [tol("M05", "2026-10-27")])
    d = fs()
    del d["fields"]["floor_area"]
    add("fs-floor-area-missing", "required-field", "场所建筑面积未填（申请表必填，现场检查和疏散核定依据）", d, "refuse",
        [block(field="floor_area")])
    add("fs-manager-empty", "required-field", "消防安全管理人为空（检查规则：确定消防安全管理人）", fx(fs(), fire_safety_manager=""),
        "refuse", [block(field="fire_safety_manager")])
    add("fs-premises-other-district", "jurisdiction", "场所在江岸区，应向场所所在地消防救援机构申请（消防法第十五条）",
        fx(fs(), premises_address="武汉市江岸区中山大道1515号"), "refuse", [block(field="premises_address")])
    d = wrong_kind(fs(), "M02", "id_card_front", WANG.id_ocr())
    add("fs-id-as-licence", "wrong-slot", "“营业执照”一栏放的是法定代表人身份证正面", d, "refuse", [block(material="M02")],
        [at(material="M02")])
    d = fs()
    d["fields"]["credit_code"] = d["applicant"]["credit_code"] = bad_uscc(RESTAURANT.code)
    add("fs-credit-code-check", "check-digit", "统一社会信用代码校验位错误（GB 32100-2015）", d, "refuse",
        [block(field="credit_code")], [at(material="M02")])
    add("fs-rep-id-keying-typo", "id-typo", "法定代表人身份证号两位数字颠倒，本人到场读卡：提示按读卡结果更正",
        fx(fs(), legal_rep_id_number=typo(WANG.id)), "refuse",
        [block(field="legal_rep_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])],
        [at(material="M03")])

    d = fs()
    d["card_read"] = STRANGER.card()
    add("fs-someone-else-at-window", "person-mismatch", "未委托代理人，到场读卡的不是法定代表人（须本人办理或出具委托书）", d,
        "refuse", [block(field="legal_rep_name")], [at(field="legal_rep_id_number"), at(material="M03")])

    # 户外招牌设施设置 (城市市容和环境卫生管理条例第十一条; 武汉市户外广告和招牌设置管理办法)
    clean("sg-kiosk-leased", "个体便利店在租赁门面设置店招，附租赁合同及出租方同意设置证明、设计效果图", sg())
    clean("sg-shop-owned", "超市在自有产权门面设置招牌，附产权证明", sg(SHOP, owned=True))
    clean("sg-restaurant-agent", "餐饮公司委托代理人办理招牌设置", sg(RESTAURANT, agent=LI_AGENT))
    d = sg(SHOP, owned=True)
    setm(d, "M04", status="exempted", pages=0)
    clean("sg-deed-shared", "产权证明由不动产登记信息共享免提交", d)
    add("sg-missing-design", "missing-material", "缺招牌设计效果图（须标明文字、尺寸、材质、位置、照明方式），一次性告知补正",
        drop(sg(), "M06"), "refuse", [block(material="M06")])
    d = setm(sg(), "M05", status="pending", pages=0)
    add("sg-lease-pending-tolerance", "tolerance", "出租方同意证明未带，可容缺（3 个工作日，至 2026-10-23）", d,
        "accept_with_tolerance", [tol("M05", "2026-10-23")])
    add("sg-text-empty", "required-field", "招牌文字未填（设计方案审查依据）", fx(sg(), sign_text=""), "refuse",
        [block(field="sign_text")])
    add("sg-other-district", "jurisdiction", "设置地址在洪山区，应向该区城市管理部门申请",
        fx(sg(), premises_address="武汉市洪山区珞喻路1037号"), "refuse", [block(field="premises_address")])
    d = wrong_kind(sg(), "M03", "business_license", KIOSK.licence_ocr())
    add("sg-licence-as-id", "wrong-slot", "“经营者身份证件”一栏放的是营业执照", d, "refuse", [block(material="M03")],
        [at(material="M03")])
    d = sg()
    d["fields"]["credit_code"] = d["applicant"]["credit_code"] = bad_uscc(KIOSK.code)
    add("sg-credit-code-check", "check-digit", "统一社会信用代码校验位错误（GB 32100-2015）", d, "refuse",
        [block(field="credit_code")], [at(material="M02")])
    d = sg()
    d["materials"][0] = KIOSK.licence("M02", name="武汉市青山区小孙烟酒店")
    add("sg-licence-name-differs", "name-mismatch", "申请名称与营业执照名称不一致（招牌应与登记名称相符）", d, "refuse",
        [block(field="business_name")], [at(material="M02"), at(field="sign_text")])
    add("sg-phone-malformed", "format", "联系电话只有 10 位", fx(sg(), contact_phone="1398600556"), "refuse",
        [block(field="contact_phone")])

    # 烟草专卖零售许可证核发 (烟草专卖法第十六条; 实施条例第十一、十四条; 《烟草专卖许可证管理办法》; 未成年人保护法第五十九条)
    clean("tb-kiosk-leased", "个体便利店租赁门面申请零售许可，附租赁合同", tb())
    clean("tb-supermarket-owned", "超市公司在自有房产经营，附产权证明", tb(SHOP, owned=True, form="超市"))
    clean("tb-noodle-agent", "面馆（餐饮业态）委托代理人办理", tb(NOODLE, form="餐饮", agent=LI_AGENT))
    d = setm(tb(), "M05", status="pending", pages=0)
    add("tb-lease-pending-tolerance", "tolerance", "租赁合同未带，可容缺（5 个工作日，至 2026-10-27）", d, "accept_with_tolerance",
        [tol("M05", "2026-10-27")])
    d = tb()
    d["answers"]["near_school"] = ["yes"]
    add("tb-near-school", "situation", "经营场所在中小学、幼儿园周边，不得设置烟草制品销售网点（未成年人保护法第五十九条）",
        d, "refuse", [{"rule": "SYS-BLOCKED"}], [{"severity": "block"}])
    kid = P("孙小雨", "女", "2011-04-18", 62, issued="2022-05-10")
    add("tb-operator-15", "age-capacity", "经营者 15 周岁，无完全民事行为能力，不能申领烟草专卖零售许可证（民法典第十八条；许可证管理办法：申请人具有完全民事行为能力）",
        tb(operator=kid), "refuse", [block(field="operator_id_number")], [at(field="operator_id_number"),
                                                                          at(field="operator_name"), at(material="M03")])
    teen = P("孙小雨", "女", "2009-06-18", 62)
    add("tb-operator-17-manual", "age-capacity", "经营者 17 周岁：仅当以自己的劳动收入为主要生活来源时视为完全民事行为能力人（民法典第十八条第二款），需人工核实",
        tb(operator=teen), "manual", [at(field="operator_id_number")], [at(field="operator_id_number")])
    add("tb-missing-operator-id", "missing-material", "缺经营者身份证明", drop(tb(), "M03"), "refuse", [block(material="M03")])
    d = tb()
    del d["fields"]["premises_area"]
    add("tb-area-missing", "required-field", "经营面积未填（许可证核发须核定经营场所）", d, "refuse",
        [block(field="premises_area")])
    add("tb-premises-other-district", "jurisdiction", "经营场所在江汉区，应向所在地烟草专卖局申请（实施条例第十四条）",
        fx(tb(), premises_address="武汉市江汉区解放大道688号"), "refuse", [block(field="premises_address")])
    add("tb-operator-id-check", "check-digit", "经营者身份证号校验位错误（GB 11643）",
        fx(tb(), operator_id_number=bad_check(SUN.id)), "refuse", [block(field="operator_id_number")],
        [at(material="M03")])
    d = wrong_kind(tb(), "M02", "id_card_front", SUN.id_ocr())
    add("tb-id-as-licence", "wrong-slot", "“营业执照”一栏放的是经营者身份证", d, "refuse", [block(material="M02")],
        [at(material="M02")])
    d = tb()
    d["card_read"] = STRANGER.card()
    add("tb-someone-else-at-window", "person-mismatch", "未委托代理人，到场读卡的不是经营者本人", d, "refuse",
        [block(field="operator_name")], [at(field="operator_id_number"), at(material="M03")])

    # 出生登记 (户口登记条例第七条; 国办发〔2015〕96号)
    clean("br-follow-mother-married", "婚生子女随母落户，出生后 15 天申报，附出生医学证明、户口簿、父母身份证、结婚证", br())
    clean("br-follow-father-married", "婚生子女随父落户（父亲为户主）", br(follow="father"))
    clean("br-unmarried-follow-mother", "非婚生育随母落户，附非婚生育说明（国办发〔2015〕96号第二条）", br(married=False))
    d = br()
    setm(d, "M02", status="exempted", pages=0)
    setm(d, "M05", status="exempted", pages=0)
    clean("br-certificates-shared", "出生医学证明由电子证照、结婚证由婚姻登记信息共享免提交", d)
    add("br-missing-birth-cert", "missing-material", "缺出生医学证明（出生登记的基本凭证）", drop(br(), "M02"), "refuse",
        [block(material="M02")])
    add("br-unmarried-no-statement", "missing-material", "非婚生育却未附非婚生育说明", drop(br(married=False), "M06"), "refuse",
        [block(material="M06")])
    add("br-nation-han-ren", "nation", "民族填“汉人”，不是 GB/T 3304 的民族名称", fx(br(), child_nation="汉人"), "refuse",
        [block(field="child_nation")])
    add("br-mother-id-check", "check-digit", "母亲公民身份号码校验位错误", fx(br(), mother_id_number=bad_check(XU.id)), "refuse",
        [block(field="mother_id_number")], [at(material="M04")])
    add("br-other-district", "jurisdiction", "落户地址在江岸区，应向婴儿常住地户口登记机关申报（户口登记条例第七条）",
        fx(br(), household_address="武汉市江岸区沿江大道188号"), "refuse", [block(field="household_address")])
    add("br-follow-father-no-father-id", "required-field", "随父落户却未填父亲公民身份号码",
        fx(br(follow="father"), father_id_number=""), "refuse", [block(field="father_id_number")],
        [at(field="father_name")])
    add("br-birth-date-future", "dates", "出生日期晚于申报日期", fx(br(), child_birth_date="2026-11-05"), "refuse",
        [block(field="child_birth_date")])
    add("br-cert-no-empty", "required-field", "出生医学证明编号未填", fx(br(), birth_cert_no=""), "refuse",
        [block(field="birth_cert_no")])

    # 出生医学证明首次签发 (母婴保健法第二十三条; 《出生医学证明》管理办法)
    clean("bc-father-known", "父母双方信息齐全，附双方身份证件和分娩记录", bc())
    clean("bc-father-unknown", "父亲信息不详，仅填母亲信息（父亲栏可空）", bc(father_known=False))
    add("bc-missing-delivery-record", "missing-material", "缺助产机构分娩记录（签发依据）", drop(bc(), "M04"), "refuse",
        [block(material="M04")])
    add("bc-mother-id-check", "check-digit", "母亲身份证件号码校验位错误", fx(bc(), mother_id_number=bad_check(XU.id)),
        "refuse", [block(field="mother_id_number")], [at(material="M02")])
    add("bc-father-id-empty", "required-field", "选择父亲信息已知却未填父亲身份证件号码", fx(bc(), father_id_number=""), "refuse",
        [block(field="father_id_number")])
    add("bc-missing-father-id-card", "missing-material", "父亲信息已知，但未附父亲身份证件", drop(bc(), "M03"), "refuse",
        [block(material="M03")])
    add("bc-birth-date-future", "dates", "出生日期晚于申请日期", fx(bc(), child_birth_date="2026-10-30"), "refuse",
        [block(field="child_birth_date")])
    add("bc-mother-name-differs", "name-mismatch", "母亲姓名与其身份证件不一致", fx(bc(), mother_name="徐莉"), "refuse",
        [block(field="mother_name")], [at(material="M02")])

    # 预防接种证办理 (疫苗管理法第四十七条)
    clean("vc-mother", "母亲为新生儿办理预防接种证（出生一个月内，疫苗管理法第四十七条）", vc())
    clean("vc-father", "父亲作为监护人办理", vc(NB_FATHER))
    d = vc()
    setm(d, "M02", status="exempted", pages=0)
    clean("vc-birth-cert-elicense", "出生医学证明由电子证照免提交", d)
    add("vc-missing-guardian-id", "missing-material", "缺监护人身份证件", drop(vc(), "M03"), "refuse", [block(material="M03")])
    add("vc-missing-birth-cert", "missing-material", "缺出生医学证明", drop(vc(), "M02"), "refuse", [block(material="M02")])
    add("vc-guardian-id-check", "check-digit", "监护人身份证号校验位错误", fx(vc(), guardian_id_number=bad_check(XU.id)),
        "refuse", [block(field="guardian_id_number")], [at(material="M03")])
    kid = P("王小雪", "女", "2011-02-02", 26, issued="2022-05-10")
    add("vc-guardian-minor", "guardian-minor", "监护人为 15 周岁未成年人，不能担任监护人（民法典第二十七条）", vc(kid), "refuse",
        [block(field="guardian_id_number")], [at(field="guardian_id_number"), at(material="M03")])
    add("vc-birth-date-future", "dates", "儿童出生日期晚于办理日期", fx(vc(), child_birth_date="2026-11-10"), "refuse",
        [block(field="child_birth_date")])

    # 社会保障卡首次申领 (社会保险法第五十八条; 《社会保障卡管理办法》)
    clean("sc-newborn-guardian", "新生儿由母亲代为首次申领（未满 16 周岁，附监护人身份证件）", sc())
    clean("sc-adult-with-photo", "成年人本人首次申领，附近期免冠照片", sc(ZHOU, guardian=None))
    child10 = P("刘子墨", "男", "2016-03-15", 41, issued="2023-04-01")
    clean("sc-child10-father", "10 岁儿童由父亲代为申领", sc(child10, guardian=SPOUSE))
    d = sc(ZHOU, guardian=None)
    setm(d, "M02", status="exempted", pages=0)
    clean("sc-adult-hukou-shared", "户籍信息共享免提交户口簿", d)
    add("sc-photo-pending-tolerance", "tolerance", "照片未带，可容缺（5 个工作日，至 2026-10-27）",
        sc(ZHOU, guardian=None, m05="pending"), "accept_with_tolerance", [tol("M05", "2026-10-27")])
    add("sc-holder-id-check", "check-digit", "持卡人公民身份号码校验位错误", fx(sc(), holder_id_number=bad_check(BABY_ID)),
        "refuse", [block(field="holder_id_number")])
    add("sc-sex-contradicts-id", "consistency", "性别与公民身份号码第 17 位不符", fx(sc(ZHOU, guardian=None), holder_sex="女"),
        "refuse", [block(field="holder_sex")])
    add("sc-guardian-id-missing", "missing-material", "未满 16 周岁由监护人代办，却未附监护人身份证件", drop(sc(), "M04"),
        "refuse", [block(material="M04")])
    add("sc-guardian-name-empty", "required-field", "未满 16 周岁，监护人姓名未填", fx(sc(), guardian_name=""), "refuse",
        [block(field="guardian_name")])
    add("sc-adult-id-typo", "id-typo", "持卡人身份证号两位数字颠倒，本人到场读卡：提示按读卡结果更正",
        fx(sc(ZHOU, guardian=None), holder_id_number=typo(ZHOU.id)), "refuse",
        [block(field="holder_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])])

    # 城乡居民基本医疗保险参保登记（新生儿）(社会保险法第二十五条; 国家医保局：新生儿出生后可凭出生医学证明参保)
    clean("nm-with-id-number", "新生儿已落户，凭出生医学证明和监护人身份证参保", nm())
    clean("nm-before-hukou", "新生儿尚未落户，公民身份号码暂缺（参保人号码非必填），凭出生医学证明先行参保", nm(with_id=False))
    clean("nm-father", "父亲作为监护人办理", nm(NB_FATHER))
    add("nm-missing-birth-cert", "missing-material", "缺出生医学证明", drop(nm(), "M02"), "refuse", [block(material="M02")])
    add("nm-insured-id-check", "check-digit", "参保人公民身份号码校验位错误", fx(nm(), insured_id_number=bad_check(BABY_ID)),
        "refuse", [block(field="insured_id_number")])
    add("nm-guardian-id-typo", "id-typo", "监护人身份证号两位数字颠倒，本人到场读卡：提示按读卡结果更正",
        fx(nm(), guardian_id_number=typo(XU.id)), "refuse",
        [block(field="guardian_id_number", says=["读卡"], says_not=["不是申请人本人", "非本人"])], [at(material="M03")])
    add("nm-sex-contradicts-id", "consistency", "性别填“女”，但公民身份号码第 17 位为奇数（男）", fx(nm(), insured_sex="女"),
        "refuse", [block(field="insured_sex")], [at(field="insured_id_number")])
    add("nm-birth-date-contradicts-id", "consistency", "出生日期与公民身份号码中的出生日期不一致",
        fx(nm(), insured_birth_date="2026-09-28"), "refuse", [block(field="insured_birth_date")],
        [at(field="insured_id_number")])
    add("nm-guardian-name-empty", "required-field", "监护人姓名未填", fx(nm(), guardian_name=""), "refuse",
        [block(field="guardian_name")])


# ---------------------------------------------------------------- fresh batch 2026-12-02 (helper v16)
# Written on 2026-12-02 from the service guides (`zongchuang catalog show`: materials, doc kinds,
# fields, 容缺/告知承诺 flags), the regulations and the 2024 retirement decision — before reading
# the rules or app/review — and measured before any fix (docs/prereview.md gives the figures).

N16_DATE = "2026-11-10"


def build_fresh_v16() -> None:  # noqa: PLR0915 — one case after the other, as a clerk would list them
    # ---- a document in the wrong slot (the slot's doc kinds, 《行政许可法》第三十一条 真实、合法的材料)
    d = wrong_kind(fb(date=N16_DATE), "M03", "business_license", SHOP.licence_ocr())
    add("n16-fb-licence-in-id-slot", "wrong-slot", "食品经营许可：法定代表人身份证件栏里扫的是营业执照", d, "refuse",
        [block(material="M03")])
    d = ph_ren(date="2026-11-05")
    wrong_kind(d, "M04", "public_health_license", health_licence("M04", HOTEL)["ocr"])
    add("n16-phren-health-licence-in-licence-slot", "wrong-slot", "卫生许可延续：营业执照栏里放的是原卫生许可证", d, "refuse",
        [block(material="M04")])
    d = wrong_kind(fw(date="2026-11-12"), "M02", "bank_card",
                   {"name": {"value": ZHOU.name, "confidence": 0.93},
                    "card_number": {"value": "6222023202012345678", "confidence": 0.95}})
    add("n16-fw-bank-card-in-id-slot", "wrong-slot", "公积金提取：身份证件栏里扫的是银行卡", d, "refuse", [block(material="M02")])
    d = ib(date=N16_DATE)
    wrong_kind(d, "M04", "id_card_front", TAO.id_ocr())
    add("n16-ib-id-card-as-lease", "wrong-slot", "个体工商户登记：租赁合同栏里扫的是经营者身份证", d, "refuse", [block(material="M04")])
    d = wrong_kind(pub(date=N16_DATE), "M05", "business_license", BOOKS.licence_ocr())
    add("n16-pub-licence-as-rep-id", "wrong-slot", "出版物补证：负责人身份证明栏里是营业执照", d, "refuse", [block(material="M05")])
    d = wrong_kind(tb(date=N16_DATE), "M02", "id_card_front", SUN.id_ocr())
    add("n16-tb-id-card-as-licence", "wrong-slot", "烟草零售：营业执照栏里扫的是经营者身份证", d, "refuse", [block(material="M02")],
        [at(material="M02")])

    # ---- licence facts (《市场主体登记管理条例》第二十一条 营业期限; 成立日期 cannot follow the day of application)
    shop_over = Org("武汉市青山区惠民粮油店有限公司", "91", "MA4J7R2C", CHEN, address="武汉市青山区冶金大道47号",
                    established="2016-10-01", term_to="2026-09-30")
    add("n16-fb-business-term-ended", "licence-facts", "营业执照营业期限至 2026-09-30，受理日已届满（须先办理变更/注销）",
        fb(shop_over, date=N16_DATE), "refuse", [block(material="M02")])
    new_kiosk = Org("武汉市青山区佳佳便利店", "92", "MA4Q5T3W", SUN, address="武汉市青山区和平大道972号",
                    established="2026-11-18")
    add("n16-sg-established-after-acceptance", "licence-facts", "营业执照成立日期 2026-11-18 晚于受理日 2026-11-10，执照信息有误",
        sg(new_kiosk, date=N16_DATE), "refuse", [block(material="M02")])
    d = fx(ph_chg(date=N16_DATE), original_license_no="JY14201070012345")
    add("n16-phchg-food-licence-number", "licence-facts", "原卫生许可证编号填的是食品经营许可证号（JY…），不是卫生许可证编号",
        d, "refuse", [block(field="original_license_no")], [at(field="original_license_no")])
    d = fx(ph_ren(date="2026-11-05"), original_license_no="420107000318")
    add("n16-phren-number-bare-digits", "licence-facts", "原卫生许可证编号只填了流水号 420107000318，缺“鄂卫公证字〔年份〕第…号”",
        d, "refuse", [block(field="original_license_no")], [at(field="original_license_no")])
    d = fx(pub(date=N16_DATE), license_no=HEALTH_NO)
    add("n16-pub-health-number-as-pub-number", "licence-facts", "原出版物经营许可证编号填成了卫生许可证编号", d, "refuse",
        [block(field="license_no")], [at(field="license_no")])
    d = fx(pub(date=N16_DATE), license_valid_to="2026-06-30")
    add("n16-pub-licence-already-expired", "original-expired", "原出版物经营许可证 2026-06-30 已过有效期，不能补证，应重新申请",
        d, "refuse", [block(field="license_valid_to")], [at(field="license_valid_to")])
    d = ph_ren(date="2026-11-05")
    d["fields"]["original_valid_to"] = "2027-05-31"
    add("n16-phren-valid-to-differs-from-certificate", "licence-facts",
        "表填原证有效期至 2027-05-31，原证上为 2027-03-31", d, "refuse", [block(field="original_valid_to")],
        [at(field="original_valid_to"), at(material="M03")])

    # ---- people: ages and relations (民法典第十七、十八、二十七条)
    sibling = P("王子轩", "男", "2010-03-14", 45)
    add("n16-dc-minor-sibling-guardian", "guardian-minor", "残疾人证：监护人是 16 岁的哥哥，未成年人不能担任监护人（民法典第二十七条）",
        dc(CHILD, guardian=sibling, relation="其他近亲属", date=N16_DATE), "refuse",
        [block(field="guardian_id_number")], [at(field="guardian_id_number"), at(field="guardian_relation")])
    teen_sister = P("王若溪", "女", "2012-01-09", 48)
    add("n16-sc-minor-guardian", "guardian-minor", "社保卡（未满 16 周岁）：代办的监护人是 14 岁的姐姐", sc(guardian=teen_sister, date=N16_DATE),
        "refuse", [block(field="guardian_id_number")], [at(field="guardian_id_number")])
    d = db(date=N16_DATE)
    d["fields"]["household_size"] = 2
    add("n16-db-size-2-three-listed", "household", "低保：家庭人数填 2，名单 3 人", d, "refuse", [block(field="household_size")],
        [at(field="household_members")])
    d = db(date=N16_DATE)
    d["fields"]["household_members"] = "、".join([f"{SUN.name}（本人）", "王建华（配偶）", "王子涵（子女）", "孙桂芝（母亲）"])
    add("n16-db-four-listed-size-3", "household", "低保：名单用顿号列了 4 人，人数仍填 3", d, "refuse", [block(field="household_size")],
        [at(field="household_members")])
    kid14 = P("吴小杰", "男", "2012-08-08", 17)
    add("n16-ib-operator-14", "age-capacity", "个体工商户经营者 14 周岁（民法典第十八条，无完全民事行为能力）", ib(kid14, date=N16_DATE),
        "refuse", [block(field="operator_id_number")], [at(field="operator_id_number")])
    teen16 = P("吴晓彤", "女", "2010-06-30", 26)
    add("n16-ib-operator-16-manual", "age-capacity", "经营者 16 周岁：仅以自己劳动收入为主要生活来源时视为完全民事行为能力人，人工核实",
        ib(teen16, date=N16_DATE), "manual", [at(field="operator_id_number")], [at(field="operator_id_number")])

    # ---- retirement (全国人大常委会关于实施渐进式延迟法定退休年龄的决定, 附件1–3)
    young = P("张浩然", "男", "1988-03-15", 33)
    add("n16-fw-retire-at-38", "retirement", f"38 岁男职工以“离退休”为由提取：远未达任何退休年龄（{RETIRE_BASIS}）",
        fw(young, "retire", date="2026-11-12"), "refuse", [block(field="applicant_id_number")],
        [at(field="applicant_id_number"), at(material="M13")])
    young_w = P("李雪", "女", "1990-07-07", 62)
    add("n16-fw-retire-woman-36", "retirement", f"36 岁女职工以“离退休”为由提取（{RETIRE_BASIS}）",
        fw(young_w, "retire", date="2026-11-12"), "refuse", [block(field="applicant_id_number")],
        [at(field="applicant_id_number"), at(material="M13")])
    m6606 = P("邓国华", "男", "1966-06-08", 73)
    add("n16-fe-man-line-month", "retirement",
        f"男 1966-06-08 出生：法定退休年龄 60 岁 5 个月，2026-11-08 达到；11 月受理正在临界月份，人工核实（{RETIRE_BASIS}）",
        fe(m6606, date=N16_DATE), "manual", [at(field="applicant_id_number")], [at(field="applicant_id_number")])
    w7005 = P("罗秀英", "女", "1970-05-03", 86)
    add("n16-fe-woman-past-new-age", "retirement",
        f"女（灵活就业按 55 岁）1970-05-03 出生：新法定退休年龄 55 岁 2 个月（2025-07-03），已超过（{RETIRE_BASIS}）",
        fe(w7005, date=N16_DATE), "refuse", [block(field="applicant_id_number")], [at(field="applicant_id_number")])
    m6502 = P("秦国栋", "男", "1965-02-14", 79)
    add("n16-fe-man-61-past-new-age", "retirement",
        f"男 1965-02 出生：新法定退休年龄 60 岁 1 个月（2025-03），已超过（{RETIRE_BASIS}）", fe(m6502, kind="platform", date=N16_DATE),
        "refuse", [block(field="applicant_id_number")], [at(field="applicant_id_number")])

    # ---- 民族 (GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码)
    add("n16-ib-nation-manzhou", "nation", "民族写成“满州族”（GB/T 3304 为“满族”）", ib(nation="满州族", date=N16_DATE), "refuse",
        [block(field="operator_nation")])
    add("n16-fm-nation-miaojia", "nation", "民族写成“苗家”（应为“苗族”）", fm(nation="苗家", date=N16_DATE), "refuse",
        [block(field="applicant_nation")])
    add("n16-fm-nation-hanzu-typo", "nation", "民族写成“汗族”（错字）", fm(nation="汗族", date=N16_DATE), "refuse",
        [block(field="applicant_nation")])

    # ---- 单位性质 vs the credit code's type digits (GB 32100-2015: 91 企业, 92 个体工商户, 12 事业单位)
    d = fx(ph_new(date=N16_DATE), unit_nature="个体工商户")
    add("n16-ph-91-said-individual", "unit-nature", "91 开头（企业）却选“个体工商户”", d, "refuse", [block(field="unit_nature")])
    d = fx(ph_new(BATH, SUN, items="沐浴", date=N16_DATE), unit_nature="企业")
    add("n16-ph-92-said-enterprise", "unit-nature", "92 开头（个体工商户）却选“企业”（个体工商户不是企业）", d, "refuse",
        [block(field="unit_nature")])
    d = fx(ph_new(POOL, ZHOU, items="游泳", date=N16_DATE), unit_nature="社会组织")
    add("n16-ph-12-said-social-org", "unit-nature", "12 开头（机构编制登记的事业单位）却选“社会组织”", d, "refuse",
        [block(field="unit_nature")])

    # ---- an 个体工商户 form carrying 法定代表人 / 注册资本 (市场主体登记管理条例第八条：经营者、资金数额)
    d = fx(ib(date=N16_DATE), registered_capital="人民币10万元")
    add("n16-ib-registered-capital", "individual-form", "个体工商户申请表带了“注册资本”，个体户只有资金数额", d, "refuse",
        [block(field="capital")], [at(field="capital"), at(field="registered_capital")])
    d = fx(ib(date=N16_DATE), legal_representative=TAO.name)
    add("n16-ib-legal-representative", "individual-form", "个体工商户申请表带了“法定代表人”，个体户只有经营者", d, "refuse",
        [block(field="operator_name")], [at(field="operator_name"), at(field="legal_representative")])

    # ---- keying error vs a different person (GB 11643; the chip read is authoritative)
    no_self = ["不是申请人本人", "非本人"]
    d = fw(date="2026-11-12")
    d["fields"]["applicant_id_number"] = typo(ZHOU.id)
    add("n16-fw-id-transposed", "id-typo", "公积金提取：身份证号两位颠倒，本人到场读卡正确", d, "refuse",
        [block(field="applicant_id_number", says=["读卡"], says_not=no_self)], [at(field="applicant_id_number")])
    d = dc(date=N16_DATE)
    d["fields"]["applicant_id_number"] = one_digit(WANG.id)
    add("n16-dc-id-one-digit", "id-typo", "残疾人证：身份证号错一位，本人到场读卡正确", d, "refuse",
        [block(field="applicant_id_number", says=["读卡"], says_not=no_self)], [at(field="applicant_id_number")])
    d = pf(date=N16_DATE)
    d["fields"]["legal_rep_id_number"] = typo(SUN.id)
    add("n16-pf-rep-id-transposed", "id-typo", "预包装备案：负责人身份证号两位颠倒，负责人本人到场", d, "refuse",
        [block(field="legal_rep_id_number", says=["读卡"], says_not=no_self)], [at(field="legal_rep_id_number")])
    d = fb(date=N16_DATE)
    d["card_read"] = STRANGER.card()
    add("n16-fb-stranger-at-window", "person-mismatch", "食品经营许可：未选委托，到场读卡的是他人", d, "refuse",
        [block(field="legal_rep_name")], [at(field="legal_rep_name"), at(field="legal_rep_id_number")])

    # ---- 容缺: the text states the real date (acceptance + the material's working days, capped by the due date)
    d = setm(ib(date="2026-11-13"), "M04", status="pending", pages=0)
    add("n16-ib-lease-tolerated-capped", "tolerance", "个体户承诺 1 个工作日办结：租赁合同容缺 3 日，但不晚于办结日 2026-11-16",
        d, "accept_with_tolerance", [tol("M04", "2026-11-16")])
    d = setm(ph_new(date="2026-11-20"), "M06", status="pending", pages=0)
    add("n16-ph-rules-tolerated", "tolerance", "卫生管理制度容缺 5 个工作日：2026-11-20 受理，至 2026-11-27", d,
        "accept_with_tolerance", [tol("M06", "2026-11-27")])
    d = setm(sg(date="2026-11-26"), "M05", status="pending", pages=0)
    add("n16-sg-lease-tolerated", "tolerance", "招牌租赁合同容缺 3 个工作日：2026-11-26 受理，至 2026-12-01", d,
        "accept_with_tolerance", [tol("M05", "2026-12-01")])
    d = setm(db(special=True, date="2026-11-02"), "M06", status="pending", pages=0)
    add("n16-db-special-proof-tolerated", "tolerance", "低保特殊情况证明容缺 10 个工作日：2026-11-02 受理，至 2026-11-16", d,
        "accept_with_tolerance", [tol("M06", "2026-11-16")])

    # ---- other things a senior clerk catches
    d = fx(ph_new(date=N16_DATE), examined_count=15)
    add("n16-ph-examined-more-than-staff", "consistency", "持健康合格证明 15 人，从业人员只有 12 人", d, "refuse",
        [block(field="examined_count")], [at(field="staff_count"), at(field="examined_count")])
    d = fx(ph_new(date=N16_DATE), business_area=980)
    add("n16-ph-business-area-exceeds-building", "consistency", "营业面积 980 ㎡ 大于建筑面积 860.5 ㎡", d, "refuse",
        [block(field="business_area")], [at(field="building_area"), at(field="business_area")])
    d = fx(fb(date=N16_DATE), health_cert_count=9)
    add("n16-fb-health-certs-exceed-staff", "consistency", "持有效健康证明 9 人，从业人员 6 人", d, "refuse",
        [block(field="health_cert_count")], [at(field="staff_count"), at(field="health_cert_count")])
    d = fx(fw(date="2026-11-12"), amount=200000)
    add("n16-fw-amount-exceeds-balance", "consistency", "申请提取 20 万元，账户余额 126543.21 元", d, "refuse",
        [block(field="amount")], [at(field="amount"), at(field="account_balance")])
    d = fx(fw(date="2026-11-12"), purchase_date="2026-12-20")
    add("n16-fw-purchase-date-future", "dates", "购房合同签订日期 2026-12-20 晚于受理日", d, "refuse", [block(field="purchase_date")],
        [at(field="purchase_date")])
    d = fx(fe(date=N16_DATE), employment_start="2027-03-01")
    add("n16-fe-employment-starts-later", "dates", "就业开始日期 2027-03-01 尚未到来，不能办理就业登记", d, "refuse",
        [block(field="employment_start")], [at(field="employment_start")])
    d = fx(sg(date=N16_DATE), sign_width=0)
    add("n16-sg-width-zero", "format", "招牌长度填 0 米", d, "refuse", [block(field="sign_width")], [at(field="sign_width")])
    # (first written on 低保's 发放账户; corrected after the first measurement: a 低保金 account may be a
    # 存折 account, whose number is not a card number — the bank-card rule holds for a 借记卡 only)
    d = fx(fw(date="2026-11-12"), bank_account="62220232020123")
    setm(d, "M03", doc_kind=None, ocr=None)
    add("n16-fw-bank-card-14-digits", "format", "收款银行卡号（借记卡）只有 14 位，银行卡号为 16–19 位（JR/T 0008）", d, "refuse",
        [block(field="bank_account")], [at(field="bank_account")])
    # (the acceptance date first was 2026-11-10, 36 days after the birth: the 一个月内申报 warning of
    # 《户口登记条例》第七条 is right there, so the case is moved into the month — it is about the number)
    d = fx(br(date="2026-10-20"), birth_cert_no="420987654")
    add("n16-br-birth-cert-no-no-letter", "format", "出生医学证明编号缺字母（应为 1 位字母 + 9 位数字）", d, "refuse",
        [block(field="birth_cert_no")], [at(field="birth_cert_no")])
    d = fx(fe(date=N16_DATE), applicant_phone="1507123456")
    add("n16-fe-phone-10-digits", "format", "手机号码只有 10 位", d, "refuse", [block(field="applicant_phone")])
    d = fx(ib(date=N16_DATE), premises_address="武汉市江岸区解放大道1688号")
    add("n16-ib-premises-other-district", "jurisdiction", "经营场所在江岸区，不属青山区登记机关管辖", d, "refuse",
        [block(field="premises_address")], [at(field="premises_address")])
    d = fe(agent=LI_AGENT, date=N16_DATE)
    d["materials"] = [m for m in d["materials"] if m["code"] != "M90"]
    add("n16-fe-agent-without-authorisation", "missing-material", "代理人到场，未带授权委托书及受托人身份证件", d, "refuse",
        [block(material="M90")])

    # ---- correct ones
    m6610 = P("郑国强", "男", "1966-10-02", 91)
    clean("n16-fw-flexible-early-retirement", f"男 1966-10 出生，新法定退休年龄 60 岁 6 个月；60 岁 1 个月持离退休证明：弹性提前退休不低于原 60 岁，合法（{RETIRE_BASIS} 第二条）",
          fw(m6610, "retire", date="2026-11-12"), allow=[at(field="applicant_id_number"), at(material="M13")])
    w7109 = P("方桂香", "女", "1971-09-20", 92)
    clean("n16-fe-woman-55y1m-working-age", f"女（灵活就业按 55 岁）1971-09 出生，新法定退休年龄 55 岁 6 个月（2027-03），仍在劳动年龄内（{RETIRE_BASIS}）",
          fe(w7109, date=N16_DATE), allow=[at(field="applicant_id_number")])
    w7504 = P("汪红霞", "女", "1975-04-10", 94)
    clean("n16-fw-woman-50-post-retired", f"女 1975-04 出生，持离退休证明：50 岁岗位新法定退休年龄 50 岁 2 个月（2025-06）已达（{RETIRE_BASIS}）",
          fw(w7504, "retire", date="2026-11-12"), allow=[at(field="applicant_id_number"), at(material="M13")])
    d = dc(CHILD, guardian=MOTHER, date=N16_DATE)
    setm(d, "M05", doc_kind="household_register", ocr=None)
    clean("n16-dc-guardian-proof-household-register", "监护关系证明交的是户口簿（在监护证明允许的材料种类内）", d)
    d = db(date=N16_DATE)
    d["fields"]["household_members"] = "、".join([f"{SUN.name}（本人，{SUN.id}）", f"王建华（配偶，{pid('420107', '1976-05-05', 33)}）",
                                                  f"王子涵（子女，{CHILD.id}）"])
    clean("n16-db-members-with-ids", "低保：名单含身份证号、顿号分隔，3 人与人数一致", d)
    today_co = Org("武汉市青山区晨光书吧有限公司", "91", "MA4R6U8W", XU, address="武汉市青山区友谊大道2120号",
                   established=N16_DATE)
    clean("n16-sg-established-today", "营业执照当天成立、当天申请招牌", sg(today_co, date=N16_DATE))
    short_term = Org("武汉市青山区四季果蔬有限公司", "91", "MA4T9W1Y", CHEN, address="武汉市青山区冶金大道51号",
                     established="2016-12-31", term_to="2026-12-30")
    clean("n16-fb-term-ends-next-month", "营业期限至 2026-12-30，受理日仍在期内", fb(short_term, date=N16_DATE),
          allow=[at(material="M02")])
    clean("n16-fm-nation-ewenki", "民族“鄂温克族”（GB/T 3304 第 49 项）", fm(P("涂雅", "女", "1992-02-02", 44, nation="鄂温克"),
          date=N16_DATE))
    clean("n16-pf-commitment-letter", "预包装备案：食品安全管理制度以告知承诺代替，须出告知承诺书", pf(m04="committed", date=N16_DATE))
    d = tb(date=N16_DATE)
    setm(d, "M03", doc_kind="id_card_back")
    clean("n16-tb-id-back-side", "烟草零售：经营者身份证栏先扫的是国徽面（身份证件的一面）", d)
    adult_sib = P("王子豪", "男", "2007-11-10", 49)
    clean("n16-dc-adult-sibling-guardian", "残疾人证：监护人为 19 岁成年哥哥（其他近亲属，民法典第二十七条）",
          dc(CHILD, guardian=adult_sib, relation="其他近亲属", date=N16_DATE))


def build() -> list[dict[str, Any]]:
    """Every case, in a fixed order (rebuilt from scratch on each call)."""
    CASES.clear()
    build_public_health()
    build_food()
    build_business()
    build_social()
    build_people()
    build_more()
    build_places()
    build_third()
    build_new_items()
    build_fresh_v16()
    return list(CASES)


def render(case: dict[str, Any]) -> str:
    return json.dumps(case, ensure_ascii=False, indent=1) + "\n"


def main(out: Path = OUT) -> int:
    cases = build()
    out.mkdir(exist_ok=True)
    for old in out.glob("*.json"):
        old.unlink()
    for c in cases:
        (out / f"{c['name']}.json").write_text(render(c), encoding="utf-8")
    clean_n = sum(1 for c in cases if not c["expect"]["must"])
    print(f"{len(cases)} cases ({clean_n} correct) → {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
