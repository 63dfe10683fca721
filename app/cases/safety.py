"""Bounds on untrusted case documents, checked before anything is parsed into models or written.

A case file (`case import`, `prereview`) or a platform submission comes from outside: it may be
huge, nested thousands deep, carry a 100,000-digit number or a lone UTF-16 surrogate
(`"\\ud800"`) that Python accepts in a `str` but no UTF-8 store, PDF or terminal can hold. Each
of those once crashed something *after* a draft was stored. `load_json_bounded` refuses them all
up front with a bilingual `InputError` naming the problem, so a refused document leaves nothing
behind.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.errors import InputError

MAX_DOCUMENT_BYTES = 8 * 1024 * 1024  # a case document (attachments travel as files, not inline)
MAX_DEPTH = 64
MAX_NODES = 200_000
MAX_STRING_CHARS = 1024 * 1024
MAX_NUMBER_CHARS = 40


class DocumentTooLarge(InputError):
    pass


def _bad_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError("number too long")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError("number too long")
    return float(text)


def load_json_bounded(raw: bytes | str, source: str = "", *, max_bytes: int = MAX_DOCUMENT_BYTES,
                      max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON within the bounds above; raise InputError (DocumentTooLarge for size)."""
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise DocumentTooLarge(f"{source} 过大（{size} 字节，上限 {max_bytes}）",
                               f"{source} is too large ({size} bytes, limit {max_bytes})")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{source} 不是 UTF-8 文本", f"{source} is not UTF-8 text") from None
    _check_nesting(raw, source, max_depth)
    try:
        data = json.loads(raw, parse_int=_int, parse_float=_float, parse_constant=_bad_constant)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source} 不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{exc.msg}",
                         f"{source} is not valid JSON: line {exc.lineno} column {exc.colno}: {exc.msg}",
                         hint_zh="请检查文件是否完整（引号、逗号、括号）",
                         hint_en="check the file is complete (quotes, commas, brackets)") from None
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{source} 含有无效的值（过长的数字、NaN 等）", f"{source} has an invalid value: {exc}") from None
    check_structure(data, source, max_depth=max_depth)
    return data


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_BRACKET = re.compile(r"[\[\]{}]")


def _check_nesting(text: str, source: str, max_depth: int) -> None:
    """Bracket depth outside strings, before the parser recurses (regex scan, no recursion)."""
    if text.count("[") + text.count("{") <= max_depth:
        return
    depth = 0
    for m in _BRACKET.finditer(_STRING.sub("", text)):
        if m.group() in "[{":
            depth += 1
            if depth > max_depth:
                raise InputError(f"{source} 嵌套过深（超过 {max_depth} 层）", f"{source} is nested deeper than {max_depth}")
        else:
            depth -= 1


def check_structure(data: Any, source: str = "", *, max_depth: int = MAX_DEPTH) -> None:
    """Depth, node count and well-formed Unicode of every key and string (iterative walk)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    nodes = 0
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise DocumentTooLarge(f"{source} 的条目过多（上限 {MAX_NODES}）", f"{source} has too many entries (limit {MAX_NODES})")
        if isinstance(node, str):
            _check_text(node, source)
        elif isinstance(node, dict | list):
            if depth > max_depth:
                raise InputError(f"{source} 嵌套过深（超过 {max_depth} 层）", f"{source} is nested deeper than {max_depth}")
            if isinstance(node, dict):
                for key, value in node.items():
                    _check_text(str(key), source)
                    stack.append((value, depth + 1))
            else:
                stack.extend((v, depth + 1) for v in node)


def _check_text(text: str, source: str) -> None:
    if len(text) > MAX_STRING_CHARS:
        raise DocumentTooLarge(f"{source} 中有过长的文本（上限 {MAX_STRING_CHARS} 字符）",
                               f"{source} has a text longer than {MAX_STRING_CHARS} characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{source} 中有无效的 Unicode 字符（孤立的代理项，如 \\ud800）",
                         f"{source} has malformed Unicode (a lone surrogate such as \\ud800)") from None
    if "\x00" in text:
        raise InputError(f"{source} 中有空字符（\\u0000）", f"{source} has a NUL character (\\u0000)")
