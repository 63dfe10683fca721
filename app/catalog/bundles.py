"""高效办成一件事 as catalog data: a bundle of member items with one form and one set of materials.

A bundle file (`resources/catalog/bundle_*.yaml`, key `bundle:`) names its member items, the
情形 questions that decide which members apply, how each bundle field feeds the members' own
fields (多表合一: a value several items need is asked once), and which members' materials are
one and the same document (one ID card serves every item). The loader checks it against the
loaded items and names file:line on every problem: an unknown member, a mapping onto a field
the member does not have, a member material shared twice, and — the coverage check — a member
field that is neither mapped from a bundle field nor derived.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from pydantic import Field, ValidationError

from app.catalog.schema import Code, Condition, FieldType, Key, LegalBasis, MaskKind, ServiceItem, Strict
from app.catalog.situations import check_answers, matches, normalize_answers, resolve
from app.errors import CatalogError

BUNDLE_PREFIX = "bundle_"


class BundleOption(Strict):
    value: Key
    label: str
    note: str = ""


class BundleQuestion(Strict):
    """A 情形 question of the bundle; its answers choose the members and feed their own 情形."""

    id: Key
    question: str
    multi: bool = False
    default: list[Key] = []
    options: list[BundleOption] = Field(min_length=1)
    help: str = ""


class Derived(Strict):
    """A member field not asked of the applicant: a constant, another bundle field, or the
    result of an earlier member (e.g. the credit code the 个体工商户设立登记 issues)."""

    value: str | None = None
    from_field: Key | None = None
    from_result: str | None = None  # "<member item code>.<result key>"
    note: str = ""


class BundleMember(Strict):
    item: Code
    when: Condition = {}
    reason: str = ""  # why it applies (shown on the 情形 page)
    skip_reason: str = ""  # why it does not, when `when` fails
    answers: dict[Key, list[Key]] = {}  # fixed answers to the member's own 情形
    answer_from: dict[Key, Key] = {}  # member question → bundle question (values copied)
    derived: dict[Key, Derived] = {}


class BundleField(Strict):
    """One field of the merged form; `maps` says which member fields it feeds."""

    key: Key
    label: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    options: list[str] = []
    validators: list[str] = []
    prefill: list[str] = []
    sensitive: bool = False
    mask: MaskKind = MaskKind.NONE
    group: str = ""  # the topic the form groups it under (not the member)
    help: str = ""
    when: Condition = {}
    min: float | None = None
    max: float | None = None
    max_length: int | None = Field(default=None, ge=1)
    maps: dict[Code, Key] = Field(min_length=1)


class SharedMaterial(Strict):
    """One document that several members ask for: captured once, attached to each."""

    key: Key
    name: str
    doc_kinds: list[str] = []
    members: dict[Code, Code] = Field(min_length=1)
    produced_by: Code | None = None  # a member issues it (营业执照 from 设立登记): not handed in then


class Bundle(Strict):
    code: Code
    name: str
    kind: Literal["企业", "个人"] = "企业"
    lead_department: str
    legal_basis: list[LegalBasis] = Field(min_length=1)
    keywords: list[str] = []
    questions: list[BundleQuestion] = []
    members: list[BundleMember] = Field(min_length=2)
    fields: list[BundleField] = Field(min_length=1)
    materials: list[SharedMaterial] = []
    note: str = ""

    def member(self, item_code: str) -> BundleMember | None:
        return next((m for m in self.members if m.item == item_code), None)

    def question(self, qid: str) -> BundleQuestion | None:
        return next((q for q in self.questions if q.id == qid), None)

    def field(self, key: str) -> BundleField | None:
        return next((f for f in self.fields if f.key == key), None)


class BundleFile(Strict):
    bundle: Bundle


# ---- loading and checking -------------------------------------------------------------------

def load_bundle_text(name: str, text: str, items: Mapping[str, ServiceItem]) -> Bundle:
    """Parse, validate and cross-check one bundle file against the loaded items."""
    from app.catalog.loader import _line_of, _parse, _plain, _validation_error

    doc = _parse(name, text)
    try:
        bundle = BundleFile.model_validate(_plain(doc)).bundle
    except ValidationError as exc:
        raise _validation_error(name, doc, exc) from None

    def fail(loc: tuple, zh: str, en: str) -> None:
        path = ("bundle", *loc)
        from app.catalog.loader import _dotted

        raise CatalogError(name, _line_of(doc, path), _dotted(path), zh, en)

    _check_bundle(bundle, items, fail)
    return bundle


def _check_bundle(b: Bundle, items: Mapping[str, ServiceItem], fail) -> None:  # noqa: C901 - one checklist
    questions = {q.id: q for q in b.questions}
    for attr, ident in (("questions", "id"), ("fields", "key"), ("materials", "key")):
        seen: set[str] = set()
        for i, entry in enumerate(getattr(b, attr)):
            if getattr(entry, ident) in seen:
                fail((attr, i, ident), f"重复的标识 {getattr(entry, ident)}", f"duplicate id {getattr(entry, ident)}")
            seen.add(getattr(entry, ident))
    for qi, q in enumerate(b.questions):
        for d in q.default:
            if d not in {o.value for o in q.options}:
                fail(("questions", qi, "default"), f"默认选项 {d} 不存在", f"default option {d} does not exist")

    def check_condition(cond: Mapping[str, list[str]], loc: tuple) -> None:
        for q, values in cond.items():
            if q not in questions:
                fail((*loc, "when", q), f"条件引用了不存在的情形问题 {q}", f"condition names unknown question {q}")
            for v in values:
                if v not in {o.value for o in questions[q].options}:
                    fail((*loc, "when", q), f"情形 {q} 没有选项 {v}", f"question {q} has no option {v}")

    members: dict[str, ServiceItem] = {}
    for mi, m in enumerate(b.members):
        item = items.get(m.item)
        if item is None:
            fail(("members", mi, "item"), f"成员事项 {m.item} 不在目录中", f"member item {m.item} is not in the catalog")
        if m.item in members:
            fail(("members", mi, "item"), f"成员事项 {m.item} 重复", f"member item {m.item} listed twice")
        members[m.item] = item
        check_condition(m.when, ("members", mi))
        for mq, values in m.answers.items():
            s = item.situation(mq)
            if s is None:
                fail(("members", mi, "answers", mq), f"事项 {m.item} 没有情形问题 {mq}", f"item {m.item} has no question {mq}")
            for v in values:
                if v not in {o.value for o in s.options}:
                    fail(("members", mi, "answers", mq), f"事项 {m.item} 的情形 {mq} 没有选项 {v}",
                         f"question {mq} of {m.item} has no option {v}")
        for mq, bq in m.answer_from.items():
            s = item.situation(mq)
            if s is None:
                fail(("members", mi, "answer_from", mq), f"事项 {m.item} 没有情形问题 {mq}",
                     f"item {m.item} has no question {mq}")
            if bq not in questions:
                fail(("members", mi, "answer_from", mq), f"一件事没有情形问题 {bq}", f"the bundle has no question {bq}")
            missing = {o.value for o in questions[bq].options} - {o.value for o in s.options}
            if missing:
                fail(("members", mi, "answer_from", mq), f"情形 {bq} 的选项 {'、'.join(sorted(missing))} 在事项 "
                     f"{m.item} 的情形 {mq} 中不存在", f"options {', '.join(sorted(missing))} of {bq} are not options of "
                     f"{mq} in {m.item}")

    fed: dict[tuple[str, str], str] = {}  # (member, member field) → bundle field key
    for fi, f in enumerate(b.fields):
        check_condition(f.when, ("fields", fi))
        if f.type in ("choice", "multi") and not f.options:
            fail(("fields", fi, "options"), "选择型字段必须列出选项", "choice fields need options")
        for code, key in f.maps.items():
            item = members.get(code)
            if item is None:
                fail(("fields", fi, "maps", code), f"映射到的事项 {code} 不是本一件事的成员",
                     f"maps onto {code}, which is not a member of this bundle")
            target = item.field(key)
            if target is None:
                fail(("fields", fi, "maps", code), f"映射错误：事项 {code}（{item.name}）没有字段 {key}",
                     f"broken mapping: item {code} has no field {key}")
            if (code, key) in fed:
                fail(("fields", fi, "maps", code), f"事项 {code} 的字段 {key} 已由一件事字段 {fed[(code, key)]} 填写",
                     f"field {key} of {code} is already fed by bundle field {fed[(code, key)]}")
            if target.options and f.options and not set(f.options) <= set(target.options):
                extra = sorted(set(f.options) - set(target.options))
                fail(("fields", fi, "options"), f"选项 {'、'.join(extra)} 不是事项 {code} 字段 {key} 的选项",
                     f"options {', '.join(extra)} are not options of {key} in {code}")
            fed[(code, key)] = f.key
    for mi, m in enumerate(b.members):
        item = members[m.item]
        for key, d in m.derived.items():
            if item.field(key) is None:
                fail(("members", mi, "derived", key), f"映射错误：事项 {m.item} 没有字段 {key}",
                     f"broken mapping: item {m.item} has no field {key}")
            if (m.item, key) in fed and not b.field(fed[(m.item, key)]).when:  # a conditional field may fall back
                fail(("members", mi, "derived", key), f"字段 {key} 已由一件事字段 {fed[(m.item, key)]} 填写，不能再推导",
                     f"field {key} is already fed by bundle field {fed[(m.item, key)]}")
            if sum(x is not None for x in (d.value, d.from_field, d.from_result)) != 1:
                fail(("members", mi, "derived", key), "推导字段须且只能给出 value、from_field、from_result 之一",
                     "a derived field needs exactly one of value, from_field, from_result")
            if d.from_field and b.field(d.from_field) is None:
                fail(("members", mi, "derived", key), f"推导来源字段 {d.from_field} 不在一件事表单中",
                     f"derived from unknown bundle field {d.from_field}")
            if d.from_result and d.from_result.split(".")[0] not in members:
                fail(("members", mi, "derived", key), f"推导来源事项 {d.from_result} 不是成员",
                     f"derived from {d.from_result}, which is not a member")
        for key in (f.key for f in item.fields):  # the coverage check: nothing is asked twice or forgotten
            if (m.item, key) not in fed and key not in m.derived:
                fail(("members", mi, "item"), f"事项 {m.item}（{item.name}）的字段 {key} 既未映射也未推导",
                     f"field {key} of member {m.item} is neither mapped nor derived")

    shared: dict[tuple[str, str], str] = {}
    for si, s in enumerate(b.materials):
        if s.produced_by and s.produced_by not in members:
            fail(("materials", si, "produced_by"), f"核发该材料的事项 {s.produced_by} 不是成员",
                 f"produced_by {s.produced_by} is not a member")
        for code, mcode in s.members.items():
            item = members.get(code)
            if item is None:
                fail(("materials", si, "members", code), f"共享材料引用的事项 {code} 不是本一件事的成员",
                     f"shared material names {code}, which is not a member")
            if item.material(mcode) is None:
                fail(("materials", si, "members", code), f"事项 {code} 没有材料 {mcode}", f"item {code} has no material {mcode}")
            if s.produced_by and code != s.produced_by and not item.material(mcode).exempt_by:
                fail(("materials", si, "members", code), f"材料 {mcode} 由成员事项核发后共享，但事项 {code} 未列明免提交依据"
                     "（exempt_by）", f"{mcode} of {code} is produced by a member but lists no exempt_by")
            if (code, mcode) in shared:
                fail(("materials", si, "members", code), f"重复的材料：事项 {code} 的材料 {mcode} 已在共享材料 "
                     f"{shared[(code, mcode)]} 中", f"duplicate material: {mcode} of {code} is already in {shared[(code, mcode)]}")
            shared[(code, mcode)] = s.key


def load_bundles(texts: list[tuple[str, str]], items: Mapping[str, ServiceItem]) -> tuple[dict[str, Bundle], dict[str, str]]:
    bundles: dict[str, Bundle] = {}
    origin: dict[str, str] = {}
    for name, text in sorted(texts):
        b = load_bundle_text(name, text, items)
        if b.code in bundles or b.code in items:
            raise CatalogError(name, None, "bundle.code", f"一件事编码 {b.code} 重复", f"bundle code {b.code} is used twice")
        bundles[b.code] = b
        origin[b.code] = name
    return bundles, origin


# ---- 情形 → members, merged form, merged materials ----------------------------------------------

@dataclass
class MemberPlan:
    item: ServiceItem
    applies: bool
    reason: str
    answers: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class MergedMaterial:
    """One line of the merged checklist: a document and the members (item → material) it serves."""

    key: str
    name: str
    members: dict[str, str]
    required: bool
    shared: bool
    produced_by: str | None = None  # issued by this applicable member: shared from its result

    @property
    def handed_in(self) -> bool:
        return self.produced_by is None


@dataclass
class BundlePlan:
    bundle: Bundle
    answers: dict[str, list[str]]
    members: list[MemberPlan]
    fields: list[BundleField]
    materials: list[MergedMaterial]

    @property
    def applicable(self) -> list[MemberPlan]:
        return [m for m in self.members if m.applies]


def normalize_bundle_answers(b: Bundle, raw: Mapping[str, str | list[str]]) -> dict[str, list[str]]:
    out = check_answers(raw, b.question, [x.id for x in b.questions], f"一件事 {b.name}", f"bundle {b.code}")
    for q in b.questions:
        if q.id not in out and q.default:
            out[q.id] = list(q.default)
    return out


def plan_bundle(b: Bundle, items: Mapping[str, ServiceItem], raw_answers: Mapping[str, str | list[str]]) -> BundlePlan:
    """Which members apply and why, their own 情形 answers, the merged form and checklist."""
    answers = normalize_bundle_answers(b, raw_answers)
    plans: list[MemberPlan] = []
    for m in b.members:
        item = items[m.item]
        applies = matches(m.when, answers)
        own = {**{k: list(v) for k, v in m.answers.items()},
               **{mq: list(answers[bq]) for mq, bq in m.answer_from.items() if bq in answers}}
        own = normalize_answers(item, own)
        reason = (m.reason or "本一件事的必办事项") if applies else (m.skip_reason or "所选情形不涉及")
        plans.append(MemberPlan(item, applies, reason, own))
    active = {p.item.code: p for p in plans if p.applies}
    fields = [f for f in b.fields if any(c in active for c in f.maps) and matches(f.when, answers)]
    materials: list[MergedMaterial] = []
    resolutions = {code: resolve(p.item, p.answers) for code, p in active.items()}
    taken: set[tuple[str, str]] = set()
    for s in b.materials:
        used = {c: mc for c, mc in s.members.items()
                if c in resolutions and any(x.code == mc for x in resolutions[c].materials)}
        if not used:
            continue
        taken.update(used.items())
        producer = s.produced_by if s.produced_by in active else None
        required = producer is None and any(mc in resolutions[c].required_materials for c, mc in used.items())
        materials.append(MergedMaterial(s.key, s.name, used, required, len(used) > 1, producer))
    for code, r in resolutions.items():
        for mat in r.materials:
            if (code, mat.code) not in taken:
                materials.append(MergedMaterial(f"{code}:{mat.code}", mat.name, {code: mat.code},
                                                mat.code in r.required_materials, False))
    return BundlePlan(b, answers, plans, fields, materials)


def count_savings(b: Bundle, items: Mapping[str, ServiceItem], raw_answers: Mapping[str, str | list[str]]) -> dict[str, int]:
    """What the one form and one set of materials save for these 情形: the fields the applicant
    would fill item by item (each member's visible form) versus once in the bundle, and the
    materials handed in item by item (each member's checklist) versus once (a document a
    member issues is not handed in at all)."""
    plan = plan_bundle(b, items, raw_answers)
    fields_items = fields_bundle = 0
    mats_items = mats_bundle = req_items = req_bundle = 0
    for m in plan.applicable:
        r = resolve(m.item, m.answers)
        fields_items += len(r.fields)
        mats_items += len(r.materials)
        req_items += len(r.required_materials)
    fields_bundle = len(plan.fields)
    for line in plan.materials:
        if line.handed_in:
            mats_bundle += 1
            req_bundle += int(line.required)
    return {"members": len(plan.applicable), "fields_item_by_item": fields_items, "fields_once": fields_bundle,
            "materials_item_by_item": mats_items, "materials_once": mats_bundle,
            "required_materials_item_by_item": req_items, "required_materials_once": req_bundle}
