"""Compiling every rule's CEL when a catalog loads (a `register_load_hook` stage).

A rule that does not parse, calls a function we do not provide, reads a root the case context
does not have, names a field/情形/material the item does not have, or mixes types (caught by a
dry run against a fully filled sample case of that item) fails the whole catalog load with a
`CatalogError` naming the file, the item and the rule id. Compiled programs are kept in
`catalog.extras["review"]`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import cel

from app.catalog.loader import register_load_hook
from app.catalog.model import Catalog
from app.catalog.schema import FieldType, Rule, ServiceItem
from app.errors import CatalogError
from app.review.context import (
    CARD_KEYS,
    CENTER_KEYS,
    ITEM_KEYS,
    MATERIAL_KEYS,
    RETIREMENT_KEYS,
    retirement_context,
)
from app.review.functions import CEL_BUILTINS, FUNCTIONS, quiet_stderr, ts

ROOTS = frozenset({"item", "fields", "answers", "materials", "ocr", "ocr_conf", "card", "applicant",
                   "acceptance_date", "age", "center", "region", "prior", "consent", "agent", "retirement", "unknown_fields"})
APPLICANT_KEYS = ("kind", "name", "id_type", "id_number", "credit_code", "phone", "address", "contact_name",
                  "contact_id_number")
_STRING = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"")
_PATH = re.compile(r"(?<![\w.])([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)+)(\s*\()?")
_HAS = re.compile(r"\bhas\(\s*([^)]*)\)")
_MACRO_VAR = re.compile(r"\.(?:all|exists|exists_one|map|filter)\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*,")


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    check: cel.Program
    when: cel.Program | None
    paths: tuple[tuple[str, ...], ...]  # dotted reads that must resolve for the rule to apply


def reads(source: str) -> tuple[tuple[str, ...], ...]:
    """Dotted context reads in an expression (`fields.x`, `ocr.M02.name`), outside has()."""
    text = _STRING.sub("''", source)
    guarded = {m.group(1).strip() for m in _HAS.finditer(text)}
    text = _HAS.sub("true", text)
    out: list[tuple[str, ...]] = []
    for m in _PATH.finditer(text):
        parts = (m.group(1), *m.group(2)[1:].split("."))
        if m.group(3):  # a method call: the last segment is the method
            parts = parts[:-1]
        if parts[0] in ROOTS and len(parts) > 1 and ".".join(parts) not in guarded:
            out.append(parts)
    # bare roots that may be absent (age, card) also guard the rule
    for root in ("age", "card"):
        if re.search(rf"(?<![\w.]){root}(?![\w])", text) and not any(p[0] == root for p in out):
            out.append((root,))
    return tuple(dict.fromkeys(out))


def _fail(catalog: Catalog, item: ServiceItem, rule: Rule, part: str, zh: str, en: str) -> CatalogError:
    return CatalogError(catalog.origin.get(item.code, "?"), None, f"{item.code} rules.{rule.id}.{part}",
                        f"事项 {item.code} 的规则 {rule.id}：{zh}", f"item {item.code}, rule {rule.id}: {en}")


def _check_paths(catalog: Catalog, item: ServiceItem, rule: Rule, part: str, paths) -> None:
    fields = {f.key for f in item.fields}
    questions = {s.id for s in item.situations}
    materials = {m.code for m in item.materials}
    closed = {"card": set(CARD_KEYS), "center": set(CENTER_KEYS), "item": set(ITEM_KEYS),
              "applicant": set(APPLICANT_KEYS), "retirement": {"worker", "cadre"}}
    for p in paths:
        root = p[0]
        if len(p) < 2:
            continue
        key = p[1]
        bad = None
        if root == "fields" and key not in fields:
            bad = ("字段", key)
        elif root == "answers" and key not in questions:
            bad = ("情形问题", key)
        elif root in ("materials", "ocr", "ocr_conf") and key not in materials:
            bad = ("材料", key)
        elif root == "materials" and len(p) > 2 and p[2] not in MATERIAL_KEYS:
            bad = ("材料属性", p[2])
        elif root == "retirement" and len(p) > 2 and p[2] not in RETIREMENT_KEYS:
            bad = ("退休年龄属性", p[2])
        elif root in closed and key not in closed[root]:
            bad = (f"{root} 的键", key)
        if bad:
            raise _fail(catalog, item, rule, part, f"引用了不存在的{bad[0]} {bad[1]}（{'.'.join(p)}）",
                        f"refers to unknown {root} key {bad[1]} ({'.'.join(p)})")


def _compile_one(catalog: Catalog, item: ServiceItem, rule: Rule, part: str, source: str) -> cel.Program:
    from app.catalog.yaml_guard import check_rule_source

    refused = check_rule_source(source)  # before the Rust parser, which panics on deep nesting
    if refused is not None:
        zh, _, en = refused.partition(" / ")
        raise _fail(catalog, item, rule, part, zh, en)
    try:
        program = cel.compile(source)
    except Exception as exc:  # the binding raises ValueError with the parser's message
        raise _fail(catalog, item, rule, part, f"CEL 语法错误：{exc}", f"CEL syntax error: {exc}") from None
    bound = set(_MACRO_VAR.findall(source))
    for name in program.functions():
        if name[0] in "_@!" or name in CEL_BUILTINS or name in FUNCTIONS:
            continue
        raise _fail(catalog, item, rule, part, f"未知函数 {name}（可用：{', '.join(sorted(FUNCTIONS))}）",
                    f"unknown function {name}")
    for var in program.variables():
        if var not in ROOTS and var not in bound and var not in FUNCTIONS:
            raise _fail(catalog, item, rule, part, f"未知变量 {var}（可用：{', '.join(sorted(ROOTS))}）",
                        f"unknown variable {var}")
    _check_paths(catalog, item, rule, part, reads(source))
    return program


_SAMPLE_TEXT = {"cn_id": "11010519491231002X", "uscc": "91110000600037341L", "mobile": "13800138000",
                "phone": "13800138000", "date": "2026-01-01"}


def sample_context(item: ServiceItem) -> dict:
    """A fully filled case of this item, for the type dry run."""
    fields: dict = {}
    for f in item.fields:
        if f.type == FieldType.INT:
            fields[f.key] = 1
        elif f.type == FieldType.DECIMAL:
            fields[f.key] = 1.5
        elif f.type in (FieldType.DATE, FieldType.DATE_OR_LONG):
            fields[f.key] = ts(dt.date(2026, 1, 1))
        elif f.type == FieldType.BOOL:
            fields[f.key] = True
        elif f.type == FieldType.MULTI:
            fields[f.key] = [f.options[0]] if f.options else []
        elif f.type == FieldType.CHOICE:
            fields[f.key] = f.options[0] if f.options else ""
        else:
            fields[f.key] = next((_SAMPLE_TEXT[v] for v in f.validators if v in _SAMPLE_TEXT), "示例")
    day = ts(dt.date(2026, 1, 1))
    card = {k: "示例" for k in CARD_KEYS}
    card.update({"birth_date": day, "valid_from": day, "valid_to": day, "long_term": False,
                 "id_number": "11010519491231002X"})
    material = {"status": "received", "present": True, "required": True, "name": "示例", "doc_kind": "other",
                "pages": 1, "originals": 1, "copies": 1, "quality": {}, "files": 1}

    return {
        "item": {k: "示例" for k in ITEM_KEYS} | {"promised_days": 1},
        "fields": fields,
        "answers": {s.id: [s.options[0].value] for s in item.situations},
        "materials": {m.code: dict(material, name=m.name) for m in item.materials},
        "ocr": {m.code: {} for m in item.materials},
        "ocr_conf": {m.code: {} for m in item.materials},
        "card": card, "applicant": {k: "示例" for k in APPLICANT_KEYS} | {"kind": "person"},
        "acceptance_date": day, "age": 30, "center": {k: "420107" for k in CENTER_KEYS}, "region": "420107",
        "prior": [], "consent": False, "agent": False,
        "unknown_fields": ["legal_representative"],
        "retirement": retirement_context(dt.date(1966, 9, 1), "女", dt.date(2026, 1, 1)),
    }


def _sample_for(item: ServiceItem, paths) -> dict:
    ctx = sample_context(item)
    for m in item.materials:
        ctx["ocr"][m.code] = {}
    for p in paths:  # give OCR reads a concrete value so dict conversion keeps them
        if p[0] == "ocr" and len(p) > 2:
            ctx["ocr"][p[1]][p[2]] = "2026-01-01"
    return ctx


def _dry_run(catalog: Catalog, item: ServiceItem, compiled: CompiledRule, context: cel.Context) -> None:
    for part, program in (("when", compiled.when), ("check", compiled.check)):
        if program is None:
            continue
        try:
            value = program.execute(context)
        except TypeError as exc:
            raise _fail(catalog, item, compiled.rule, part, f"类型错误：{exc}".split("CEL does not")[0],
                        f"type error: {exc}") from None
        except Exception:
            continue  # a value-dependent failure (e.g. a sample date) is judged at run time
        if not isinstance(value, bool):
            raise _fail(catalog, item, compiled.rule, part, f"表达式应得到 true/false，实际得到 {type(value).__name__}",
                        f"the expression must yield a bool, got {type(value).__name__}")


DOCUMENTS_FOR = {
    "容缺": ("容缺受理通知书", "容缺受理承诺书"),
    "告知承诺": ("告知承诺书",),
}


def _check_documents(catalog: Catalog, item: ServiceItem) -> None:
    """An item whose materials may be 容缺 or replaced by 告知承诺 must list the documents that
    decision prints (an empty list means every document)."""
    if not item.documents:
        return
    uses = {"容缺": [m.code for m in item.materials if m.tolerance],
            "告知承诺": [m.code for m in item.materials if m.commitment]}
    for how, codes in uses.items():
        missing = [d for d in DOCUMENTS_FOR[how] if codes and d not in item.documents]
        if missing:
            raise CatalogError(catalog.origin.get(item.code, "?"), None, f"{item.code} documents",
                               f"事项 {item.code} 的材料 {'、'.join(codes)} 可{how}，但文书清单（documents）缺少"
                               f"{'、'.join(missing)}",
                               f"item {item.code}: materials {', '.join(codes)} allow {how} but documents lack "
                               f"{', '.join(missing)}")


def compile_item(catalog: Catalog, item: ServiceItem) -> list[CompiledRule]:
    out: list[CompiledRule] = []
    for rule in item.rules:
        check = _compile_one(catalog, item, rule, "check", rule.check)
        when = _compile_one(catalog, item, rule, "when", rule.when) if rule.when else None
        if rule.severity == "容缺":
            spec = item.material(rule.material) if rule.material else None
            if spec is None or spec.tolerance is None:
                raise _fail(catalog, item, rule, "severity", "容缺级别的规则必须指向目录允许容缺的材料",
                            "a 容缺 rule must name a material the catalog marks 容缺-able")
        if rule.refuse and rule.severity != "block":
            raise _fail(catalog, item, rule, "refuse", "不予受理规则的级别必须是 block",
                        "a refuse rule must have severity block")
        if not rule.field and not rule.material:
            raise _fail(catalog, item, rule, "field", "规则必须指明字段（field）或材料（material），以便定位",
                        "a rule must name its field or material")
        paths = tuple(dict.fromkeys(reads(rule.check) + (reads(rule.when) if rule.when else ())))
        out.append(CompiledRule(rule, check, when, paths))
    if out:
        context = cel.Context(_sample_for(item, [p for c in out for p in c.paths]), FUNCTIONS)
        with quiet_stderr():
            for compiled in out:
                _dry_run(catalog, item, compiled, context)
    _check_documents(catalog, item)
    for m in item.materials:
        if m.tolerance and item.time_limit.promised == 0:
            raise CatalogError(catalog.origin.get(item.code, "?"), None, f"{item.code} materials.{m.code}.tolerance",
                               f"事项 {item.code} 是即办件（承诺 0 个工作日），材料 {m.code} 不能容缺：补正期限不得晚于办结日期",
                               f"item {item.code} is done on the spot; material {m.code} cannot be 容缺")
    return out


def compile_catalog(catalog: Catalog) -> dict[str, list[CompiledRule]]:
    compiled = {code: compile_item(catalog, item) for code, item in catalog.items.items()}
    catalog.extras["review"] = compiled
    return compiled


def compiled_rules(catalog: Catalog, item_code: str) -> list[CompiledRule]:
    """The compiled rules of an item (compiling the catalog now if the hook did not run)."""
    compiled = catalog.extras.get("review")
    if compiled is None:
        compiled = compile_catalog(catalog)
    return compiled.get(item_code, [])  # type: ignore[union-attr]


register_load_hook(compile_catalog)
