"""Pre-review: every check and every rule against one case, all findings at once, a decision.

Decision order (docs/prereview.md): an inadmissible finding (`refuse` rule, 情形 redirect) →
`refuse` (不予受理); any other `block` → `refuse` with `refuse_kind` "correction" (材料不齐全或
不符合法定形式: 一次性告知补正, 行政许可法 第三十二条); a finding that needs a human → `manual`;
only 容缺 gaps on materials the catalog marks 容缺-able → `accept_with_tolerance`; else `accept`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import cel

from app.cases.interchange import CaseDocument
from app.catalog import normalize_answers, resolve
from app.catalog.model import Catalog
from app.catalog.schema import ServiceItem
from app.errors import CalendarNotCovered
from app.review.builtin import (
    _id_material,
    check_applicant,
    check_card,
    check_fields,
    check_id_copies,
    check_materials,
    check_person_facts,
    check_situations,
)
from app.review.compiler import CompiledRule, compiled_rules
from app.review.context import build_context
from app.review.elicense import check_exemptions
from app.review.facts import check_agents, check_guardians, check_licence_facts, find_id_slip, id_slip_finding
from app.review.functions import FUNCTIONS, quiet_stderr
from app.review.result import SEVERITY_ORDER, CommittedMaterial, Finding, PrereviewResult, ToleratedMaterial

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_.]*)\}")
_MISSING = object()


def _lookup(variables: dict[str, Any], path: tuple[str, ...] | list[str]) -> Any:
    node: Any = variables
    for part in path:
        if isinstance(node, dict) and part in node and node[part] is not None:
            node = node[part]
        else:
            return _MISSING
    return node


def _show(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return "长期" if value.year == 9999 else value.date().isoformat()
    if isinstance(value, list):
        return "、".join(_show(v) for v in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _message(rule_msg: str, item: ServiceItem, compiled: CompiledRule, variables: dict[str, Any]) -> tuple[str, str | None, str | None]:
    rule = compiled.rule
    label = item.field(rule.field).label if rule.field and item.field(rule.field) else None
    mname = item.material(rule.material).name if rule.material and item.material(rule.material) else None

    def sub(m: re.Match) -> str:
        key = m.group(1)
        if key == "field":
            return label or ""
        if key == "material":
            return mname or ""
        value = _lookup(variables, key.split("."))
        return "（未识别）" if value is _MISSING else _show(value)

    text = _PLACEHOLDER.sub(sub, rule_msg)
    names = [n for n in (label, mname) if n and n not in text]
    if names:
        text = "【" + "／".join(names) + "】" + text
    return text, label, mname


def run_rules(item: ServiceItem, rules: list[CompiledRule], variables: dict[str, Any]) -> tuple[list[Finding], int]:
    out: list[Finding] = []
    context = cel.Context(variables, FUNCTIONS)
    evaluated = 0
    for compiled in rules:
        rule = compiled.rule
        if any(_lookup(variables, p) is _MISSING for p in compiled.paths):
            continue  # reads a value this case does not have: not applicable
        try:
            if compiled.when is not None:
                applies = compiled.when.execute(context)
                if applies is not True:
                    if not isinstance(applies, bool):
                        raise TypeError(f"when 应得到 true/false，实际得到 {applies!r}")
                    continue
            evaluated += 1
            ok = compiled.check.execute(context)
            if not isinstance(ok, bool):
                raise TypeError(f"check 应得到 true/false，实际得到 {ok!r}")
        except Exception as exc:  # a rule that raises is a finding of its own, never a crash
            text, label, mname = _message(rule.message, item, compiled, variables)
            out.append(Finding(rule.id, "warn", f"此项规则无法执行，须人工审查：{text}", field=rule.field,
                               material=rule.material, basis=rule.basis,
                               hint=f"请人工核对此项，并将规则 {rule.id} 无法执行（{type(exc).__name__}）报告目录管理员",
                               field_label=label, material_name=mname,
                               manual=True, source="error"))
            continue
        if ok:
            continue
        text, label, mname = _message(rule.message, item, compiled, variables)
        out.append(Finding(rule.id, str(rule.severity), text, field=rule.field, material=rule.material,
                           basis=rule.basis, hint=rule.hint, field_label=label, material_name=mname,
                           manual=rule.manual, refuse=rule.refuse, source="rule"))
    return out, evaluated


def _documents(item: ServiceItem, decision: str, refuse_kind: str | None, committed: bool) -> list[str]:
    if decision == "accept":
        docs = ["受理回执", "材料接收凭证"]
    elif decision == "accept_with_tolerance":
        docs = ["受理回执", "材料接收凭证", "容缺受理通知书", "容缺受理承诺书"]
    elif decision == "refuse":
        docs = ["不予受理通知书"] if refuse_kind == "inadmissible" else ["一次性告知书"]
    else:
        docs = []
    if committed and decision in ("accept", "accept_with_tolerance"):
        docs.append("告知承诺书")
    return [d for d in docs if not item.documents or d in item.documents]


def decide(findings: list[Finding]) -> tuple[str, str | None]:
    if any(f.refuse for f in findings):
        return "refuse", "inadmissible"
    if any(f.severity == "block" for f in findings):
        return "refuse", "correction"
    if any(f.manual for f in findings):
        return "manual", None
    if any(f.severity == "容缺" for f in findings):
        return "accept_with_tolerance", None
    return "accept", None


_BASIS_BY_PREFIX = (
    ("CARD-", "《中华人民共和国居民身份证法》第三条、第五条"),
    ("APPLICANT-", "《中华人民共和国行政许可法》第三十一条（申请人应当如实提交有关材料和反映真实情况）"),
    ("SYS-CALENDAR", "《中华人民共和国行政许可法》第四十二条（办理期限按工作日计算）"),
    ("MAT-", "《中华人民共和国行政许可法》第三十二条（申请材料齐全、符合法定形式）"),
    ("FLD-", "《中华人民共和国行政许可法》第三十二条（申请材料齐全、符合法定形式）"),
    ("SYS-", "《中华人民共和国行政许可法》第三十二条"),
)


def default_basis(item: ServiceItem, f: Finding) -> str:
    """Every finding cites a basis: built-in checks by family, a rule without one by the item's
    own legal basis."""
    if f.source != "rule":
        for prefix, basis in _BASIS_BY_PREFIX:
            if f.rule.startswith(prefix):
                return basis
    law = item.legal_basis[0]
    return f"《{law.law}》{law.article}"


def _supplement_words(t: ToleratedMaterial) -> str:
    """The real deadline a 容缺 finding sets: acceptance + supplement days, never after the due date."""
    if t.deadline is None:
        return f"，须在受理后 {t.supplement_days} 个工作日内补齐（承诺办结日期无法计算，以受理通知书为准）"
    day = f"{t.deadline.year}年{t.deadline.month}月{t.deadline.day}日"
    if t.capped:
        return f"，须于 {day}前补齐（不晚于承诺办结日期）"
    return f"，须于 {day}前补齐（受理后 {t.supplement_days} 个工作日内）"


def _unknown_field_rules(item: ServiceItem, rules: list[CompiledRule], variables: dict[str, Any],
                         findings: list[Finding]) -> list[Finding]:
    """A rule about form keys the item does not have (`unknown_fields`) says what they are and
    points at the item's own field that replaces them (法定代表人 → 经营者姓名); the generic
    FLD-UNKNOWN is dropped for each key such a rule objects to."""
    about = {c.rule.id: c for c in rules if "unknown_fields" in c.rule.check or "unknown_fields" in (c.rule.when or "")}
    fired = {f.rule for f in findings if f.source == "rule" and f.rule in about}
    if not fired:
        return findings
    covered: set[str] = set()
    for rule_id in fired:
        compiled = about[rule_id]
        for key in variables.get("unknown_fields", []):
            context = cel.Context({**variables, "unknown_fields": [key]}, FUNCTIONS)
            try:
                applies = compiled.when is None or compiled.when.execute(context) is True
                ok = compiled.check.execute(context) if applies else True
            except Exception:
                ok = True
            if ok is not True:
                covered.add(key)
    return [f for f in findings if not (f.rule == "FLD-UNKNOWN" and f.field in covered)]


def _keying_slips(item: ServiceItem, doc: CaseDocument, resolution, agent: bool, rules: list[CompiledRule],
                  findings: list[Finding]) -> list[Finding]:
    """The right person with a mistyped ID number: one finding saying so replaces those that
    compare that number with the card or the ID copy (which would say "不是本人")."""
    slip = find_id_slip(item, doc, resolution, agent)
    if slip is None:
        return findings
    spec, how = slip
    key = ("fields", spec.key)
    compares = {c.rule.id for c in rules if key in c.paths and any(
        p[0] == "card" or (p[0] == "ocr" and p[-1] == "id_number") for p in c.paths)}
    kept = [f for f in findings if not (
        (f.source == "rule" and f.rule in compares) or f.rule == "APPLICANT-CARD"
        or (f.rule == "FLD-FORMAT" and f.field == spec.key))]
    code = _id_material(item, resolution, agent)
    m = item.material(code) if code else None
    return [*kept, id_slip_finding(spec, how, code, m.name if m else None)]


def prereview(catalog: Catalog, doc: CaseDocument, *, calendar, region: str = "", today: dt.date | None = None,
              strict_calendar: bool = False) -> PrereviewResult:
    """Pre-review one interchange document against the catalog.

    Raises `NotFoundError` for an unknown item and `InputError` for answers naming unknown
    questions/options; with `strict_calendar`, `CalendarNotCovered` when the due date cannot
    be counted (otherwise that becomes a `manual` finding).
    """
    item = catalog.get(doc.item_code)
    answers = normalize_answers(item, doc.answers)
    resolution = resolve(item, answers)
    acceptance = doc.acceptance_date or today or dt.date.today()
    region = doc.center.region or region or catalog.manifest.region
    cctx = build_context(item, doc, resolution, acceptance=acceptance, region=region)
    findings: list[Finding] = []
    findings += check_situations(item, resolution)
    findings += check_materials(item, doc, resolution)
    findings += check_exemptions(item, doc, resolution)
    findings += check_fields(item, doc, resolution, cctx)
    findings += check_card(item, doc, resolution, acceptance, bool(cctx.variables.get("agent")))
    expired = {f.material for f in findings if f.rule == "CARD-EXPIRED" and f.material}
    findings += check_id_copies(item, doc, resolution, acceptance, expired)
    rules = compiled_rules(catalog, item.code)
    with quiet_stderr():
        rule_findings, evaluated = run_rules(item, rules, cctx.variables)
    findings += rule_findings
    findings += check_applicant(item, doc, resolution, bool(cctx.variables.get("agent")), findings)
    findings += check_licence_facts(item, doc, resolution, acceptance)
    findings += check_guardians(item, doc, resolution, acceptance)
    findings += check_agents(item, doc, resolution, acceptance)
    findings += check_person_facts(item, doc, resolution, acceptance, findings)
    findings = _keying_slips(item, doc, resolution, bool(cctx.variables.get("agent")), rules, findings)
    findings = _unknown_field_rules(item, rules, cctx.variables, findings)

    due: dt.date | None = None
    due_provisional: list[int] = []
    calendar_error: CalendarNotCovered | None = None
    try:
        due = calendar.add_workdays(acceptance, item.time_limit.promised)
    except CalendarNotCovered as exc:
        # next year's notice not loaded yet: a provisional (暂定) date from the statutory rules
        # keeps the window open; a year too far from known data still goes to a human
        try:
            due, due_provisional = calendar.add_workdays_provisional(acceptance, item.time_limit.promised)
            findings.append(Finding("SYS-CALENDAR-PROVISIONAL", "info",
                                    f"承诺办结日期 {due.isoformat()} 为暂定：{'、'.join(map(str, due_provisional))} 年节假日"
                                    "安排尚未导入，按《全国年节及纪念日放假办法》推算，导入通知后自动重算",
                                    hint="信息管理员可用 zongchuang calendar import 导入国务院办公厅通知", source="builtin"))
        except CalendarNotCovered:
            if strict_calendar:
                raise
            calendar_error = exc
            findings.append(Finding("SYS-CALENDAR", "warn", f"无法计算承诺办结日期：{exc.message_zh}",
                                    hint=exc.hint_zh, manual=True, source="builtin"))

    # 容缺: per-material deadlines, never later than the promised due date
    tolerated: list[ToleratedMaterial] = []
    for f in findings:
        if f.severity == "容缺" and f.material and f.material not in {t.code for t in tolerated}:
            spec = item.material(f.material)
            if spec is None or spec.tolerance is None:
                continue
            deadline, capped = None, False
            if due is not None:
                try:
                    own = calendar.add_workdays_provisional(acceptance, spec.tolerance.supplement_days)[0]
                except CalendarNotCovered:
                    own = None
                capped = own is None or own > due
                deadline = due if capped else own
            tolerated.append(ToleratedMaterial(spec.code, spec.name, spec.tolerance.supplement_days, deadline, capped))
    by_code = {t.code: t for t in tolerated}
    for f in findings:
        t = by_code.get(f.material or "") if f.severity == "容缺" else None
        if t is not None:
            f.message += _supplement_words(t)
    committed = [CommittedMaterial(m.code, m.name, m.commitment.verification)
                 for m in resolution.materials if m.commitment
                 and any(e.code == m.code and e.status == "committed" for e in doc.materials)]

    for f in findings:
        if not f.basis:
            f.basis = default_basis(item, f)
    findings.sort(key=lambda f: SEVERITY_ORDER.get(f.severity, 9))
    decision, refuse_kind = decide(findings)
    deadlines = [t.deadline for t in tolerated if t.deadline]
    return PrereviewResult(
        decision=decision, findings=findings, item_code=item.code, item_name=item.name, acceptance_date=acceptance,
        due_date=due, supplement_deadline=min(deadlines) if decision == "accept_with_tolerance" and deadlines else None,
        catalog_version=catalog.version, catalog_hash=catalog.content_hash, refuse_kind=refuse_kind,
        redirect=resolution.redirect, tolerated=tolerated,
        committed=committed, documents=_documents(item, decision, refuse_kind, bool(committed)),
        rules_evaluated=evaluated, calendar_error=calendar_error, due_provisional=due_provisional)
