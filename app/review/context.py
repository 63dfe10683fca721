"""The typed case context rules run against, built from an interchange `CaseDocument`.

Roots (documented in docs/prereview.md): `item`, `fields`, `answers`, `materials`, `ocr`,
`ocr_conf`, `card`, `applicant`, `acceptance_date`, `age`, `center`, `region`, `prior`,
`consent`, `agent`. Field values are typed by the catalog's FieldType (int → int, decimal →
double, date/date_or_long → timestamp (长期 → 9999-12-31), bool → bool, multi → list); a field
that is empty or does not parse is absent from `fields`, and a rule that reads an absent value
is not applicable (the built-in checks already report the empty or malformed field).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from app.cases.interchange import CardRead, CaseDocument, FieldValue
from app.catalog.schema import FieldType, FormField, ServiceItem
from app.catalog.situations import Resolution
from app.review.functions import age_at, to_ts_or_none, ts
from app.validators.dates import LONG_TERM, parse_date
from app.validators.idnumber import validate_id_number
from app.validators.regions import region_name
from app.validators.retirement import assess_retired

TRUE_WORDS = {"是", "有", "true", "yes", "y", "1", "√", "使用"}
FALSE_WORDS = {"否", "无", "false", "no", "n", "0", "×", "不使用", "未使用"}
_MULTI_SPLIT = re.compile(r"[,，、;；\n]+")

SATISFIED = frozenset({"received", "exempted", "committed"})
MATERIAL_KEYS = ("status", "present", "required", "name", "doc_kind", "pages", "originals", "copies", "quality",
                 "files")
CARD_KEYS = tuple(CardRead.model_fields) + ("long_term",)
CENTER_KEYS = ("code", "window", "region", "name", "region_name")
ITEM_KEYS = ("code", "name", "main_item", "handling", "kind", "promised_days")

DOC_KIND_NAMES = {"id_card_front": "居民身份证（人像面）", "id_card_back": "居民身份证（国徽面）",
                  "business_license": "营业执照", "public_health_license": "公共场所卫生许可证",
                  "food_business_license": "食品经营许可证", "publication_license": "出版物经营许可证",
                  "household_register": "居民户口簿", "marriage_certificate": "结婚证", "bank_card": "银行卡",
                  "lease_contract": "租赁合同", "real_estate_certificate": "不动产权证书", "other": "其他文件"}
"""What OCR may call a page, in the words a clerk and an applicant use."""


def kind_name(kind: str) -> str:
    return DOC_KIND_NAMES.get(kind, "其他类型的文件")


def found_kinds(entry: Any) -> list[str]:
    """Every kind OCR gave the pages of a material entry (the entry's doc_kind, each OCR'd page,
    each OCR reading), in order, without 'other'."""
    kinds: list[str] = []
    if getattr(entry, "doc_kind", None):
        kinds.append(str(entry.doc_kind))
    quality = getattr(entry, "quality", None) or {}
    for page in quality.get("ocr_pages") or []:
        if isinstance(page, dict) and page.get("kind"):
            kinds.append(str(page["kind"]))
    for reading in (getattr(entry, "ocr", None) or {}).values():
        if isinstance(reading, dict) and reading.get("kind"):
            kinds.append(str(reading["kind"]))
    return [k for k in dict.fromkeys(kinds) if k and k != "other"]


def wrong_kinds(doc_kinds: list[str], entry: Any) -> list[str]:
    """Kinds found on a material's pages that its slot does not take (a slot without doc_kinds
    takes anything; a page OCR could not classify, 'other', is never held against a slot)."""
    if not doc_kinds:
        return []
    return [k for k in found_kinds(entry) if k not in doc_kinds]


@dataclass
class TypeProblem:
    key: str
    message: str


@dataclass
class CaseContext:
    variables: dict[str, Any]
    problems: list[TypeProblem] = field(default_factory=list)
    unknown_fields: list[str] = field(default_factory=list)


def split_multi(text: str) -> list[str]:
    return [p.strip() for p in _MULTI_SPLIT.split(text) if p.strip()]


def typed_value(f: FormField, raw: str) -> tuple[Any, str | None]:
    """(value for CEL, problem) for one filled field."""
    label = f"“{f.label}”"
    text = raw.strip()
    if f.type == FieldType.INT:
        try:
            v = int(text.replace(",", ""))
        except ValueError:
            return None, f"{label}应为整数，填写的是“{text}”"
        if (f.min is not None and v < f.min) or (f.max is not None and v > f.max):
            return v, _range_msg(label, text, f)
        return v, None
    if f.type == FieldType.DECIMAL:
        try:
            d = Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None, f"{label}应为数字，填写的是“{text}”"
        v2 = float(d)
        if (f.min is not None and v2 < f.min) or (f.max is not None and v2 > f.max):
            return v2, _range_msg(label, text, f)
        return v2, None
    if f.type in (FieldType.DATE, FieldType.DATE_OR_LONG):
        if f.type == FieldType.DATE_OR_LONG and "".join(text.split()) == LONG_TERM:
            return to_ts_or_none(LONG_TERM), None
        d3 = parse_date(text)
        if d3 is None:
            return None, f"{label}应为真实日期（YYYY-MM-DD），填写的是“{text}”"
        return ts(d3), None
    if f.type == FieldType.BOOL:
        low = text.lower()
        if low in TRUE_WORDS:
            return True, None
        if low in FALSE_WORDS:
            return False, None
        return None, f"{label}应为“是”或“否”，填写的是“{text}”"
    if f.type == FieldType.CHOICE:
        if f.options and text not in f.options:
            return None, f"{label}的取值“{text}”不在可选项内（{'、'.join(f.options)}）"
        return text, None
    if f.type == FieldType.MULTI:
        values = split_multi(text)
        bad = [v for v in values if f.options and v not in f.options]
        if bad:
            return None, f"{label}的取值“{'、'.join(bad)}”不在可选项内（{'、'.join(f.options)}）"
        return values, None
    if f.max_length is not None and len(text) > f.max_length:
        return text, f"{label}最多 {f.max_length} 个字，现有 {len(text)} 个字"
    return text, None


def _range_msg(label: str, text: str, f: FormField) -> str:
    lo = "" if f.min is None else f"不小于 {f.min:g}"
    hi = "" if f.max is None else f"不大于 {f.max:g}"
    return f"{label}应{'、'.join(x for x in (lo, hi) if x)}，填写的是“{text}”"


def field_text(value: FieldValue | Any) -> str | None:
    v = value.value if isinstance(value, FieldValue) else value
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _ocr_maps(raw: dict[str, Any] | None) -> tuple[dict[str, str], dict[str, float]]:
    values: dict[str, str] = {}
    conf: dict[str, float] = {}
    for key, entry in (raw or {}).items():
        if isinstance(entry, dict):
            if entry.get("flagged"):  # low-confidence reading: not evidence either way
                continue
            v = entry.get("value")
            if v not in (None, ""):
                values[str(key)] = str(v)
                if isinstance(entry.get("confidence"), int | float):
                    conf[str(key)] = float(entry["confidence"])
        elif entry not in (None, ""):
            values[str(key)] = str(entry)
    return values, conf


def _card(card: CardRead | None) -> dict[str, Any] | None:
    if card is None or not (card.id_number or card.name):
        return None
    out: dict[str, Any] = {}
    for key, value in card.model_dump().items():
        if value in (None, ""):
            continue
        if key in ("birth_date", "valid_from", "valid_to"):
            t = to_ts_or_none(value)
            if t is not None:
                out[key] = t
            continue
        out[key] = value
    out["long_term"] = "".join((card.valid_to or "").split()) == LONG_TERM
    return out


def applicant_age(doc: CaseDocument, card: dict[str, Any] | None, on: dt.date, item: ServiceItem,
                  fields: dict[str, Any]) -> int | None:
    if card and "birth_date" in card:
        return age_at(card["birth_date"], ts(on))
    candidates = [doc.applicant.id_number] if doc.applicant.kind == "person" else []
    candidates += [fields[f.key] for f in item.fields if "cn_id" in f.validators and f.key in fields
                   and not f.key.startswith("agent")]
    for c in candidates:
        check = validate_id_number(str(c or ""))
        if check.ok and check.facts.get("birth_date"):
            return age_at(ts(check.facts["birth_date"]), ts(on))
    return None


RETIREMENT_KEYS = ("age", "months", "date", "earliest", "latest", "floor", "rule", "reached", "this_month",
                   "months_to_line", "status", "message", "basis")


def _own_birth_sex(doc: CaseDocument, card: dict[str, Any] | None, item: ServiceItem, fields: dict[str, Any],
                   agent: bool) -> tuple[dt.date, str] | None:
    """The applicant's own birth date and sex: their ID number on the form, the applicant block,
    or (applying in person) the chip read."""
    candidates = [fields[f.key] for f in item.fields if "cn_id" in f.validators and f.key in fields
                  and not f.key.startswith(("agent", "guardian"))]
    if doc.applicant.kind == "person":
        candidates.append(doc.applicant.id_number)
    if card and not agent:
        candidates.append(card.get("id_number"))
    for c in candidates:
        check = validate_id_number(str(c or ""))
        if check.ok and check.facts.get("birth_date") and check.facts.get("sex"):
            return check.facts["birth_date"], str(check.facts["sex"])
    return None


def retirement_context(birth: dt.date, sex: str, on: dt.date) -> dict[str, Any]:
    """`retirement.worker` / `retirement.cadre`: the statutory retirement of the applicant
    (app.validators.retirement); for men both are the same, for women `worker` is the 原五十周岁
    category and `cadre` the 原五十五周岁 one (管理和专业技术岗位; 灵活就业人员 by local practice)."""
    out: dict[str, Any] = {}
    for post in ("worker", "cadre"):
        a = assess_retired(birth, sex, on, post)
        r = a.retirement
        out[post] = {"age": r.age_text, "months": r.months, "date": ts(r.month), "earliest": ts(r.earliest),
                     "latest": ts(r.latest), "floor": ts(r.floor), "rule": r.rule, "reached": r.reached(on),
                     "this_month": (on.year, on.month) == (r.month.year, r.month.month),
                     "months_to_line": (r.month.year * 12 + r.month.month) - (on.year * 12 + on.month),
                     "status": a.status, "message": a.message, "basis": a.basis}
    return out


def build_context(item: ServiceItem, doc: CaseDocument, resolution: Resolution, *, acceptance: dt.date,
                  region: str) -> CaseContext:
    problems: list[TypeProblem] = []
    fields: dict[str, Any] = {}
    unknown: list[str] = []
    visible = {f.key for f in resolution.fields}
    for key, value in doc.field_values().items():
        spec = item.field(key)
        if spec is None:
            unknown.append(key)
            continue
        text = field_text(value)
        if text is None or key not in visible:
            continue
        typed, problem = typed_value(spec, text)
        if problem:
            problems.append(TypeProblem(key, problem))
        if typed is not None and problem is None:
            fields[key] = typed
    entries = {m.code: m for m in doc.materials}
    materials: dict[str, Any] = {}
    ocr: dict[str, dict[str, str]] = {}
    ocr_conf: dict[str, dict[str, float]] = {}
    resolved = {m.code for m in resolution.materials}
    for m in item.materials:
        e = entries.get(m.code)
        status = e.status if e else "missing"
        materials[m.code] = {
            "status": status, "present": status in SATISFIED or m.generated_from == "form", "name": m.name,
            "required": m.code in resolution.required_materials and m.code in resolved,
            "doc_kind": (e.doc_kind or "") if e else "", "pages": e.pages if e else 0,
            "originals": e.originals if e else 0, "copies": e.copies if e else 0,
            "quality": dict(e.quality or {}) if e else {}, "files": len(e.files) if e else 0,
        }
        if e is not None and not wrong_kinds(m.doc_kinds, e):  # a misfiled page is no evidence for this slot
            values, conf = _ocr_maps(e.ocr)
            if values:
                ocr[m.code] = values
                ocr_conf[m.code] = conf
    card = _card(doc.card_read)
    answers = {k: list(v) for k, v in resolution.answers.items()}
    variables: dict[str, Any] = {
        "item": {"code": item.code, "name": item.name, "main_item": item.main_item, "handling": item.handling,
                 "kind": str(item.kind), "promised_days": item.time_limit.promised},
        "fields": fields,
        "answers": answers,
        "materials": materials,
        "ocr": ocr,
        "ocr_conf": ocr_conf,
        "applicant": doc.applicant.model_dump(),
        "acceptance_date": ts(acceptance),
        "center": {"code": doc.center.code, "window": doc.center.window, "region": region,
                   "name": doc.center.name, "region_name": region_name(region) or ""},
        "region": region,
        "agent": "yes" in answers.get("agent", []),
    }
    if card is not None:
        variables["card"] = card
    variables["unknown_fields"] = list(unknown)
    own = _own_birth_sex(doc, card, item, fields, bool(variables["agent"]))
    if own is not None:
        variables["retirement"] = retirement_context(own[0], own[1], acceptance)
    age = applicant_age(doc, None if variables["agent"] else card, acceptance, item, fields)  # the card is the agent's
    if age is not None:
        variables["age"] = age
    consent = any(_consent_ok(c, acceptance) for c in doc.consents)
    variables["consent"] = consent
    variables["prior"] = [_plain(p) for p in doc.prior_cases] if consent else []
    return CaseContext(variables, problems, unknown)


def _consent_ok(c: dict[str, Any], on: dt.date) -> bool:
    if c.get("revoked"):
        return False
    scope = c.get("scope", "")
    scopes = scope if isinstance(scope, list) else [scope]
    if not any(s in ("history", "一人一档", "一企一档", "prior_cases") for s in scopes):
        return False
    expires = parse_date(str(c.get("expires", ""))) if c.get("expires") else None
    return expires is None or expires >= on


def _plain(value: Any) -> Any:
    """JSON-ish values for CEL: dates in prior cases become timestamps."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        d = parse_date(value)
        return ts(d) if d else value
    return value
