"""Bounds on catalog and calendar YAML, checked on the event stream before anything is built.

A catalog comes from the platform (master data) or an editor's folder, and YAML lets a tiny
file expand into billions of nodes through aliases ("billion laughs": `catalog validate` once
hung past 4.6 GB, and every `sync run` died of MemoryError applying such a catalog). Parsing
events builds nothing, so we walk them and count what construction *would* build: nodes after
alias expansion, nesting depth, scalar and number lengths. Files that are not UTF-8 (GBK,
UTF-16), FIFOs and devices are refused with a bilingual `CatalogError` instead of a traceback
or a hang.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

import yaml as pyyaml

from app.errors import CatalogError

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_CATALOG_BYTES = 16 * 1024 * 1024
MAX_FILES = 500
MAX_NODES = 500_000  # nodes after alias expansion, per file
MAX_DEPTH = 64
MAX_SCALAR_CHARS = 64 * 1024
MAX_DIGITS = 40
MAX_RULE_CHARS = 4096  # one CEL expression
MAX_RULE_NESTING = 32  # parentheses/brackets in one CEL expression

_NUMBER = re.compile(r"^[-+]?[0-9_]+$")
_Parser = getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader)


def _refuse(name: str, line: int | None, zh: str, en: str) -> CatalogError:
    return CatalogError(name, line, "(YAML)", zh, en)


def check_yaml_text(name: str, text: str, *, syntax_errors: bool = True) -> None:
    """Raise CatalogError when `text` is too large, too deep or expands too far (and, unless
    `syntax_errors` is False, when it is not YAML at all)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        raise _refuse(name, None, f"文件过大（{size} 字节，上限 {MAX_FILE_BYTES}）",
                      f"the file is too large ({size} bytes, limit {MAX_FILE_BYTES})")
    anchors: dict[str, int] = {}
    open_nodes: list[list[Any]] = []  # [anchor, expanded size so far]
    depth = expanded = 0

    def add(n: int, line: int) -> None:
        nonlocal expanded
        expanded += n
        if expanded > MAX_NODES:
            raise _refuse(name, line, f"展开后的节点过多（超过 {MAX_NODES}，是否有递归的别名 *alias？）",
                          f"too many nodes after alias expansion (over {MAX_NODES}; aliases nested in aliases?)")
        if open_nodes:
            open_nodes[-1][1] += n

    try:
        for ev in pyyaml.parse(text, Loader=_Parser):
            line = ev.start_mark.line + 1 if ev.start_mark is not None else None
            if isinstance(ev, pyyaml.ScalarEvent):
                value = ev.value
                if len(value) > MAX_SCALAR_CHARS:
                    raise _refuse(name, line, f"文本过长（上限 {MAX_SCALAR_CHARS} 字符）",
                                  f"a value is longer than {MAX_SCALAR_CHARS} characters")
                if not ev.style and len(value) > MAX_DIGITS and _NUMBER.match(value):
                    raise _refuse(name, line, f"数字过长（超过 {MAX_DIGITS} 位）", f"a number has more than {MAX_DIGITS} digits")
                if ev.anchor:
                    anchors[ev.anchor] = 1
                add(1, line or 0)
            elif isinstance(ev, pyyaml.AliasEvent):
                add(anchors.get(ev.anchor, 1), line or 0)
            elif isinstance(ev, pyyaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _refuse(name, line, f"嵌套过深（超过 {MAX_DEPTH} 层）", f"nested deeper than {MAX_DEPTH} levels")
                add(1, line or 0)
                open_nodes.append([ev.anchor, 1])
            elif isinstance(ev, pyyaml.CollectionEndEvent):
                depth -= 1
                anchor, n = open_nodes.pop()
                if anchor:
                    anchors[anchor] = n
                if open_nodes:
                    open_nodes[-1][1] += n - 1  # the parent already counted this node's own 1
    except pyyaml.YAMLError as exc:
        if not syntax_errors:
            return
        mark = getattr(exc, "problem_mark", None)
        raise _refuse(name, mark.line + 1 if mark is not None else None, f"YAML 语法错误：{getattr(exc, 'problem', exc)}",
                      f"YAML syntax error: {getattr(exc, 'problem', exc)}") from None


def read_yaml_file(path: Any, *, budget: list[int] | None = None) -> str:
    """The text of a catalog/calendar file: a regular file, within the size bounds, UTF-8
    (a GBK or UTF-16 file gets a bilingual message saying to save it as UTF-8)."""
    name = getattr(path, "name", str(path))
    if isinstance(path, Path):
        try:
            st = path.stat()
        except FileNotFoundError:
            raise CatalogError(name, None, "(file)", "文件不存在", "the file does not exist") from None
        if not stat.S_ISREG(st.st_mode):
            raise CatalogError(name, None, "(file)", "不是普通文件（管道、设备或文件夹）",
                               "not a regular file (a pipe, device or folder)")
        if st.st_size > MAX_FILE_BYTES:
            raise _refuse(name, None, f"文件过大（{st.st_size} 字节，上限 {MAX_FILE_BYTES}）",
                          f"the file is too large ({st.st_size} bytes, limit {MAX_FILE_BYTES})")
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    else:  # a packaged resource (importlib Traversable)
        raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        raise _refuse(name, None, f"文件过大（上限 {MAX_FILE_BYTES} 字节）", f"the file is too large (limit {MAX_FILE_BYTES} bytes)")
    if budget is not None:
        budget[0] += len(raw)
        if budget[0] > MAX_CATALOG_BYTES:
            raise CatalogError(name, None, "(folder)", f"目录文件合计过大（上限 {MAX_CATALOG_BYTES} 字节）",
                               f"the catalog files are too large together (limit {MAX_CATALOG_BYTES} bytes)")
    return decode_yaml_bytes(name, raw)


def decode_yaml_bytes(name: str, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) > 1 and b"\x00" in raw[:200]):
        raise CatalogError(name, None, "(encoding)", "文件是 UTF-16 编码，请另存为 UTF-8",
                           "the file is UTF-16; save it as UTF-8")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CatalogError(name, line, "(encoding)", "文件不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8",
                           "the file is not UTF-8 (GBK?); save it as UTF-8") from None


def check_rule_source(source: str) -> str | None:
    """Why a CEL expression is refused before it reaches the (Rust) parser, or None."""
    if len(source) > MAX_RULE_CHARS:
        return f"表达式过长（上限 {MAX_RULE_CHARS} 字符） / the expression is longer than {MAX_RULE_CHARS} characters"
    depth = worst = 0
    for ch in source:
        if ch in "([{":
            depth += 1
            worst = max(worst, depth)
        elif ch in ")]}":
            depth -= 1
    if worst > MAX_RULE_NESTING:
        return f"表达式嵌套过深（超过 {MAX_RULE_NESTING} 层） / the expression is nested deeper than {MAX_RULE_NESTING}"
    return None
