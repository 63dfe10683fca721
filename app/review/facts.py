"""Checks on facts every item shares: what a licence says about the business, who may act for
whom, and how a keying slip in an ID number is told apart from a different person.

- a business licence (any material whose slot takes `business_license`) whose 营业期限 has ended,
  or whose 成立日期 is after the acceptance date;
- a 法定监护人 (any ID-number field of a guardian) who is a minor;
- 民族 not one of the 56 names of GB/T 3304 (unless it is what the chip read says);
- an ID number on the form that differs from the chip read by one or two digits or a swap of
  two neighbours while the name agrees: a keying error, told as such, replacing the findings
  that would say "不是申请人本人".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.cases.interchange import CaseDocument
from app.catalog.schema import ServiceItem
from app.catalog.situations import Resolution
from app.review.context import field_text, wrong_kinds
from app.review.result import Finding
from app.validators.dates import LONG_TERM, age_on, parse_date
from app.validators.idnumber import upgrade_15, validate_id_number
from app.validators.nations import normalize_nation

BASIS_TERM = "《中华人民共和国市场主体登记管理条例》第八条、第二十四条（营业期限为登记事项，变更须办理变更登记）；《中华人民共和国公司法》第二百二十九条"
BASIS_TRUE = "《中华人民共和国行政许可法》第三十一条（申请人应当如实提交有关材料和反映真实情况）"
BASIS_GUARDIAN = "《中华人民共和国民法典》第十七条、第二十七条、第二十八条（监护人应当是具有监护能力的成年人）"
BASIS_NATION = "GB/T 3304《中国各民族名称的罗马字母拼写法和代码》（56 个民族）；《中华人民共和国居民身份证法》第三条"
BASIS_ID_TYPO = "《中华人民共和国居民身份证法》第三条（公民身份号码）；以居民身份证读卡结果为准"

TERM_KEYS = ("valid_to", "business_term", "operating_period", "operating_term", "business_period", "term", "period",
             "valid_period", "term_to", "营业期限")
"""Where OCR may put a business licence's 营业期限 (the pre-fill key, and what other readers use)."""

FOUNDED_KEYS = ("established_date", "established", "founded_date", "date_established", "成立日期", "注册日期")

_RANGE = re.compile(r"[至到~—–-]+")


def term_end(text: Any) -> dt.date | None:
    """The last day of a 营业期限 ('2015年03月01日至2035年02月28日', '…至长期', '长期', a date)."""
    s = "".join(str(text or "").split())
    if not s or s.endswith(LONG_TERM) or s in ("长期有效", "永久", "不约定期限"):
        return None
    parts = [p for p in re.split(r"至|到|~|—|–", s) if p]
    if len(parts) >= 2:
        return parse_date(parts[-1])
    d = parse_date(s)
    if d is not None:
        return d
    tail = _RANGE.split(s)
    return parse_date(tail[-1]) if len(tail) > 1 else None


def _ocr_value(entry: Any) -> str | None:
    v = entry.get("value") if isinstance(entry, dict) else entry
    if isinstance(entry, dict) and entry.get("flagged"):
        return None
    return str(v) if v not in (None, "") else None


def check_licence_facts(item: ServiceItem, doc: CaseDocument, resolution: Resolution,
                        acceptance: dt.date) -> list[Finding]:
    out: list[Finding] = []
    in_scope = {m.code: m for m in resolution.materials}
    for e in doc.materials:
        spec = in_scope.get(e.code)
        if spec is None or e.status != "received" or not e.ocr or "business_license" not in spec.doc_kinds:
            continue
        if wrong_kinds(spec.doc_kinds, e):
            continue  # MAT-WRONG-KIND already says it is not a licence
        link = {"material": spec.code, "material_name": spec.name, "source": "builtin"}
        name = f"“{spec.name}”"
        for key in TERM_KEYS:
            text = _ocr_value(e.ocr.get(key))
            if not text:
                continue
            end = term_end(text)
            if end is not None and end < acceptance:
                out.append(Finding("LIC-TERM-ENDED", "block",
                                   f"材料{name}上的营业期限已于 {end.isoformat()} 届满，营业执照不再有效",
                                   basis=BASIS_TERM,
                                   hint="请先到登记机关办理延长营业期限的变更登记，再提交有效的营业执照", **link))
            break
        text = next((_ocr_value(e.ocr.get(k)) for k in FOUNDED_KEYS if _ocr_value(e.ocr.get(k))), None)
        founded = parse_date(text) if text else None
        if founded is not None and founded > acceptance:
            out.append(Finding("LIC-FOUNDED-LATER", "block",
                               f"材料{name}上的成立日期 {founded.isoformat()} 晚于受理日期 {acceptance.isoformat()}，"
                               f"证照信息不真实或识别有误", basis=BASIS_TRUE,
                               hint="请核对营业执照原件（可在国家企业信用信息公示系统查询）", **link))
    return out


def _ages_of(doc: CaseDocument, resolution: Resolution, prefix: str, acceptance: dt.date):
    """(field, age on the acceptance date) of every ID-number field whose key starts with
    `prefix` and holds a valid number (an invalid one is the validator's finding, not ours)."""
    values = doc.field_values()
    for f in resolution.fields:
        if not f.key.startswith(prefix) or "cn_id" not in f.validators:
            continue
        check = validate_id_number(field_text(values.get(f.key)) or "")
        birth = check.facts.get("birth_date") if check.ok else None
        if birth is not None:
            yield f, age_on(birth, acceptance)


def check_guardians(item: ServiceItem, doc: CaseDocument, resolution: Resolution, acceptance: dt.date) -> list[Finding]:
    """A 法定监护人 must be an adult (民法典 第二十七条、第二十八条)."""
    out: list[Finding] = []
    for f, age in _ages_of(doc, resolution, "guardian", acceptance):
        if age < 18:
            out.append(Finding("GUARDIAN-MINOR", "block",
                               f"“{f.label}”显示监护人未满 18 周岁（{age} 周岁），未成年人不能担任法定监护人",
                               field=f.key, field_label=f.label, basis=BASIS_GUARDIAN,
                               hint="请由具有监护能力的成年人（父母、成年近亲属等）作为监护人申请，并提交监护关系证明",
                               source="builtin"))
    return out


BASIS_AGENT = ("《中华人民共和国民法典》第十七条、第十八条（完全民事行为能力）、第一百六十一条、第一百六十五条"
               "（委托代理）；政务服务委托办理须由具有完全民事行为能力的受托人办理")


def check_agents(item: ServiceItem, doc: CaseDocument, resolution: Resolution, acceptance: dt.date) -> list[Finding]:
    """A 受托人 (委托代理人) acts for the applicant and signs for them: under 16 cannot (block); 16–17
    only when their own labour income is their main living (民法典第十八条): a person checks."""
    out: list[Finding] = []
    for f, age in _ages_of(doc, resolution, "agent", acceptance):
        if age < 16:
            out.append(Finding("AGENT-MINOR", "block",
                               f"“{f.label}”显示受托人未满 16 周岁（{age} 周岁），不具有完全民事行为能力，不能受托代为办理",
                               field=f.key, field_label=f.label, basis=BASIS_AGENT,
                               hint="由申请人本人办理，或委托成年人办理并提交授权委托书", source="builtin"))
        elif age < 18:
            out.append(Finding("AGENT-MINOR", "warn",
                               f"“{f.label}”显示受托人未满 18 周岁（{age} 周岁），仅以自己的劳动收入为主要生活来源时"
                               "视为完全民事行为能力人，须核实",
                               field=f.key, field_label=f.label, basis=BASIS_AGENT, manual=True,
                               hint="核实受托人的劳动收入情况，或改由成年人受托办理", source="builtin"))
    return out

def nation_problem(item: ServiceItem, key: str, text: str, doc: CaseDocument) -> Finding | None:
    """民族 outside GB/T 3304 blocks, unless the chip read carries that very value (real cards do:
    穿青人, 入籍 notes), or the field belongs to someone else than the card holder."""
    name, code = normalize_nation(text)
    if code is not None or not name:
        return None
    card = doc.card_read
    if card is not None and card.nation and normalize_nation(card.nation)[0] == name:
        return None
    spec = item.field(key)
    label = spec.label if spec else "民族"
    return Finding("FLD-NATION", "block",
                   f"“{label}”填写为“{text}”，不是 56 个民族的名称之一（如“汉”“回”“满”“壮”）",
                   field=key, field_label=label, basis=BASIS_NATION,
                   hint="按居民身份证上的民族填写", source="builtin")


# ---- ID number keying errors ----------------------------------------------------------------

def keying_slip(form: str, card: str) -> str | None:
    """How the form number differs from the chip's when it looks like a keying slip: 'N 位数字不同'
    (1–2 positions), 相邻两位颠倒, a digit left out or doubled, or the old 15-digit form of the card's
    number; None when the numbers agree or look like another person's."""
    a, b = "".join(form.split()).upper(), "".join(card.split()).upper()
    if a == b or len(b) != 18:
        return None
    if len(a) == 15 and a.isdigit() and upgrade_15(a) == b:  # the pre-1999 number of the same person
        return "填写的是 15 位旧号码，居民身份证号码为 18 位"
    if abs(len(a) - len(b)) == 1:  # a digit left out or typed twice
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        if any(long_[:i] + long_[i + 1:] == short for i in range(len(long_))):
            return "漏填一位数字" if len(a) < len(b) else "多填一位数字"
        return None
    if len(a) != len(b):
        return None
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return f"第 {diff[0] + 1}、{diff[1] + 1} 位数字前后颠倒"
    if len(diff) <= 2:
        return "第 " + "、".join(str(i + 1) for i in diff) + " 位数字不同"
    return None


def find_id_slip(item: ServiceItem, doc: CaseDocument, resolution: Resolution, agent: bool) -> tuple[Any, str] | None:
    """(the form field, how it differs) when the form's ID number of whoever stands at the window
    is a keying slip of the chip read (same name)."""
    card = doc.card_read
    if card is None or not card.id_number or not card.name:
        return None
    values = doc.field_values()
    norm = lambda s: "".join((s or "").split())  # noqa: E731
    for f in resolution.fields:
        if "cn_id" not in f.validators or f.key.startswith("agent") != agent:
            continue
        number = field_text(values.get(f.key)) or ""
        slip = keying_slip(number, card.id_number)
        if slip is None:
            continue
        # the name on the same form block agrees with the card: the right person, a wrong digit
        prefix = f.key.rsplit("_id_number", 1)[0] if f.key.endswith("_id_number") else ""
        names = [g for g in resolution.fields if g.mask == "name" and (
            (prefix and g.key.startswith(prefix)) or (not prefix and not g.key.startswith(("agent", "guardian"))))]
        if any(norm(field_text(values.get(g.key))) == norm(card.name) for g in names) or norm(doc.applicant.name) == norm(card.name):
            return f, slip
    return None


def id_slip_finding(f: Any, slip: str, material: str | None, material_name: str | None) -> Finding:
    return Finding("ID-KEYING", "block",
                   f"“{f.label}”与身份证读卡结果不一致（{slip}）：身份证号码与读卡结果不一致，请按读卡结果更正",
                   field=f.key, field_label=f.label, material=material, material_name=material_name,
                   basis=BASIS_ID_TYPO, hint="按读卡结果更正身份证号码", source="builtin")
