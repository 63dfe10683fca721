"""Loading a catalog folder: YAML with line numbers, schema validation, cross-references.

Every error names the file, the line and the key (e.g. `gonggong.yaml:41 key
item.materials[2].copies.original`), so whoever edits the catalog can fix it without a
debugger. Nothing is loaded half: a folder either loads whole or raises `CatalogError`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import yaml as pyyaml
from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from app.catalog.model import Catalog
from app.catalog.schema import CatalogManifest, ItemFile, ServiceItem
from app.catalog.yaml_guard import MAX_CATALOG_BYTES, MAX_FILES, check_yaml_text, read_yaml_file
from app.errors import CatalogError

MANIFEST = "catalog.yaml"


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.allow_duplicate_keys = False
    return y


class _FastLoader(getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader)):  # type: ignore[misc]
    """LibYAML parsing with YAML 1.2 scalars (no yes/no booleans, no 1.1 octals) and no
    duplicate keys — the same meaning as the round-trip parser, about ten times faster.
    Used for the common case; any problem re-parses with ruamel to report file:line."""


class _Duplicate(Exception):
    pass


def _construct_mapping(loader: Any, node: Any, deep: bool = False) -> dict:
    loader.flatten_mapping(node)
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise _Duplicate(key)
        seen.add(key)
    return pyyaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_FastLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int")]
    for first, resolvers in pyyaml.SafeLoader.yaml_implicit_resolvers.items()
}
_FastLoader.add_implicit_resolver("tag:yaml.org,2002:bool", __import__("re").compile(
    r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_FastLoader.add_implicit_resolver("tag:yaml.org,2002:int", __import__("re").compile(
    r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789"))
_FastLoader.add_constructor("tag:yaml.org,2002:int", lambda loader, node: int(loader.construct_scalar(node), 0)
                            if loader.construct_scalar(node).startswith(("0o", "0x"))
                            else int(loader.construct_scalar(node)))
_FastLoader.add_constructor(pyyaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _fast_items(text: str) -> list[ServiceItem] | None:
    """The items of a file if it parses and checks cleanly on the fast path, else None."""
    try:
        data = pyyaml.load(text, Loader=_FastLoader)  # noqa: S506 - a SafeLoader subclass
        if not isinstance(data, dict):
            return None
        parsed = ItemFile.model_validate(_plain(data))
        found = parsed.all_items()
        if not found:
            return None
        for prefix, item in found:
            _check_references("", None, item, prefix)
    except (pyyaml.YAMLError, _Duplicate, ValidationError, CatalogError, ValueError, TypeError):
        return None
    return [item for _, item in found]


def _parse(name: str, text: str) -> Any:
    try:
        return _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise CatalogError(name, line, "(YAML)", f"YAML 语法错误：{exc.problem or exc}",
                           f"YAML syntax error: {exc.problem or exc}") from None
    except YAMLError as exc:
        raise CatalogError(name, None, "(YAML)", f"YAML 语法错误：{exc}", f"YAML syntax error: {exc}") from None


def _line_of(doc: Any, loc: tuple[Any, ...]) -> int | None:
    """Walk a ruamel document along a pydantic error location; return the 1-based line."""
    node, line = doc, None
    for part in loc:
        if isinstance(node, CommentedMap):
            if part in node:
                try:
                    line = node.lc.key(part)[0] + 1
                except (KeyError, TypeError):
                    pass
                node = node[part]
                continue
            if node.lc.line is not None:
                line = node.lc.line + 1
            break
        if isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            try:
                line = node.lc.item(part)[0] + 1
            except (KeyError, TypeError):
                pass
            node = node[part]
            continue
        break
    return line


def _dotted(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


_PYDANTIC_ZH = {
    "missing": "缺少必填项",
    "extra_forbidden": "不认识的键（拼写错误？）",
    "string_type": "应为文本",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "bool_type": "应为 true/false",
    "bool_parsing": "应为 true/false",
    "list_type": "应为列表",
    "dict_type": "应为映射",
    "model_type": "应为映射",
    "enum": "取值不在允许范围内",
    "literal_error": "取值不在允许范围内",
    "string_pattern_mismatch": "格式不符合要求",
    "too_short": "至少需要一项",
    "greater_than_equal": "数值太小",
    "less_than_equal": "数值太大",
}


def _validation_error(name: str, doc: Any, exc: ValidationError, prefix: tuple = ()) -> CatalogError:
    err = exc.errors()[0]
    loc = prefix + tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    zh = _PYDANTIC_ZH.get(err["type"], "取值无效")
    return CatalogError(name, _line_of(doc, loc), _dotted(loc), f"{zh}（{err['msg']}）", err["msg"])


_SPLICED = frozenset({"fields", "materials", "legal_basis", "situations", "rules", "conditions", "documents"})


def _plain(node: Any, key: str = "") -> Any:
    """ruamel round-trip nodes → plain dicts/lists (anchors resolved) for pydantic.

    In list-valued keys such as `fields`, an element that is itself a list (an alias of a
    shared block: `fields: [*unit_fields, *agent_fields]`) is spliced in place.
    """
    if isinstance(node, dict):
        return {str(k): _plain(v, str(k)) for k, v in node.items()}
    if isinstance(node, list):
        out: list[Any] = []
        for v in node:
            if key in _SPLICED and isinstance(v, list):
                out.extend(_plain(x) for x in v)
            else:
                out.append(_plain(v))
        return out
    return node


def _check_references(name: str, doc: Any, item: ServiceItem, prefix: tuple = ("item",)) -> None:
    """Cross-references inside one item: unique ids, options pointing at real materials/fields."""

    def fail(loc: tuple, zh: str, en: str) -> None:
        raise CatalogError(name, _line_of(doc, (*prefix, *loc)), _dotted((*prefix, *loc)), zh, en)

    for attr, ident in (("materials", "code"), ("fields", "key"), ("situations", "id"), ("rules", "id")):
        seen: set[str] = set()
        for i, entry in enumerate(getattr(item, attr)):
            value = getattr(entry, ident)
            if value in seen:
                fail((attr, i, ident), f"重复的标识 {value}", f"duplicate id {value}")
            seen.add(value)
    materials = {m.code for m in item.materials}
    fields = {f.key for f in item.fields}
    questions = {s.id: s for s in item.situations}

    def check_condition(cond: dict[str, list[str]], loc: tuple) -> None:
        for q, values in cond.items():
            if q not in questions:
                fail((*loc, "when", q), f"条件引用了不存在的情形问题 {q}", f"condition names unknown question {q}")
            known = {o.value for o in questions[q].options}
            for v in values:
                if v not in known:
                    fail((*loc, "when", q), f"情形 {q} 没有选项 {v}", f"question {q} has no option {v}")

    for si, s in enumerate(item.situations):
        check_condition(s.when, ("situations", si))
        for d in s.default:
            if d not in {o.value for o in s.options}:
                fail(("situations", si, "default"), f"默认选项 {d} 不存在", f"default option {d} does not exist")
        for oi, o in enumerate(s.options):
            for key, pool, what in (("add_materials", materials, "材料"), ("remove_materials", materials, "材料"),
                                    ("require_fields", fields, "字段"), ("optional_fields", fields, "字段")):
                for ref in getattr(o, key):
                    if ref not in pool:
                        fail(("situations", si, "options", oi, key), f"引用了不存在的{what} {ref}",
                             f"refers to unknown {key.split('_')[1][:-1]} {ref}")
    for mi, m in enumerate(item.materials):
        check_condition(m.when, ("materials", mi))
        if m.tolerance and m.commitment:
            fail(("materials", mi, "commitment"), "同一材料不能既容缺又告知承诺",
                 "a material cannot be both 容缺-able and replaced by commitment")
    for fi, f in enumerate(item.fields):
        check_condition(f.when, ("fields", fi))
        if f.type in ("choice", "multi") and not f.options:
            fail(("fields", fi, "options"), "选择型字段必须列出选项", "choice fields need options")
        from app.validators import VALIDATORS

        for v in f.validators:
            if v not in VALIDATORS:
                fail(("fields", fi, "validators"), f"未知的校验器 {v}（可用：{', '.join(VALIDATORS)}）",
                     f"unknown validator {v}")
    for ri, r in enumerate(item.rules):
        if r.field and r.field not in fields:
            fail(("rules", ri, "field"), f"规则引用了不存在的字段 {r.field}", f"rule names unknown field {r.field}")
        if r.material and r.material not in materials:
            fail(("rules", ri, "material"), f"规则引用了不存在的材料 {r.material}",
                 f"rule names unknown material {r.material}")


def load_item_text(name: str, text: str) -> list[ServiceItem]:
    """Parse and check one item file; returns its items (one or more 业务办理项)."""
    check_yaml_text(name, text)  # size, depth, alias expansion: before anything is constructed
    fast = _fast_items(text)
    return fast if fast is not None else _checked_items(name, text)


def _checked_items(name: str, text: str) -> list[ServiceItem]:
    """The round-trip path: slower, but every error carries its file:line."""
    doc = _parse(name, text)
    if not isinstance(doc, CommentedMap):
        raise CatalogError(name, 1, "(root)", "文件顶层应为映射，包含 item 或 items 键",
                           "the top level must be a mapping with 'item' or 'items'")
    try:
        parsed = ItemFile.model_validate(_plain(doc))
    except ValidationError as exc:
        raise _validation_error(name, doc, exc) from None
    found = parsed.all_items()
    if not found:
        raise CatalogError(name, 1, "item", "文件中没有事项（缺少 item 或 items）", "the file holds no item")
    for prefix, item in found:
        _check_references(name, doc, item, prefix)
    return [item for _, item in found]


def _entries(folder: Path | Traversable) -> list[tuple[str, str]]:
    files = sorted((f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))), key=lambda f: f.name)
    if len(files) > MAX_FILES:
        raise CatalogError(str(folder), None, "(folder)", f"目录文件过多（上限 {MAX_FILES} 个）",
                           f"too many catalog files (limit {MAX_FILES})")
    budget = [0]
    return [(f.name, read_yaml_file(f, budget=budget)) for f in files]


def load_catalog_texts(texts: list[tuple[str, str]], source: str = "") -> Catalog:
    """Build a catalog from (file name, text) pairs; one must be `catalog.yaml`."""
    by_name = dict(texts)
    if MANIFEST not in by_name:
        raise CatalogError(source or ".", None, MANIFEST, "目录文件夹中缺少 catalog.yaml",
                           "the catalog folder has no catalog.yaml")
    if len(texts) > MAX_FILES or sum(len(t) for _n, t in texts) > MAX_CATALOG_BYTES:
        raise CatalogError(source or ".", None, "(folder)", "目录文件过多或合计过大", "too many or too large catalog files")
    check_yaml_text(MANIFEST, by_name[MANIFEST])
    mdoc = _parse(MANIFEST, by_name[MANIFEST])
    try:
        manifest = CatalogManifest.model_validate(_plain(mdoc))
    except ValidationError as exc:
        raise _validation_error(MANIFEST, mdoc, exc) from None
    items: dict[str, ServiceItem] = {}
    origin: dict[str, str] = {}
    from app.catalog.bundles import BUNDLE_PREFIX, load_bundles

    for name, text in sorted(texts):
        if name == MANIFEST or name.startswith(BUNDLE_PREFIX):
            continue
        for item in load_item_text(name, text):
            if item.code in items:
                raise CatalogError(name, None, "item.code", f"事项编码 {item.code} 与 {origin[item.code]} 重复",
                                   f"item code {item.code} also used in {origin[item.code]}")
            items[item.code] = item
            origin[item.code] = name
    for code, item in items.items():
        for s in item.situations:
            for o in s.options:
                if o.redirect and o.redirect not in items:
                    raise CatalogError(origin[code], None, f"item.situations.{s.id}.{o.value}.redirect",
                                       f"转办的事项 {o.redirect} 不在目录中", f"redirect target {o.redirect} is not in the catalog")
    digest = hashlib.sha256()
    for name, text in sorted(texts):
        digest.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
    bundles, bundle_origin = load_bundles([(n, t) for n, t in texts if n.startswith(BUNDLE_PREFIX)], items)
    catalog = Catalog(manifest=manifest, items=items, content_hash=digest.hexdigest(), origin=origin,
                      bundles=bundles, bundle_origin=bundle_origin)
    for hook in _LOAD_HOOKS:
        hook(catalog)
    return catalog


_LOAD_HOOKS: list = []


def register_load_hook(hook) -> None:
    """Let a later stage (rule compilation in app.review) check a catalog as it loads."""
    if hook not in _LOAD_HOOKS:
        _LOAD_HOOKS.append(hook)


def load_catalog(folder: Path | Traversable | None = None) -> Catalog:
    """Load a catalog folder; the packaged one when no folder is given."""
    if folder is None:
        folder = resources.files("resources.catalog")
    elif isinstance(folder, Path) and not folder.is_dir():
        from app.errors import NotFoundError

        raise NotFoundError(f"目录文件夹不存在：{folder}", f"catalog folder not found: {folder}")
    return load_catalog_texts(_entries(folder), source=str(folder))
