"""Reading an OFD licence file (GB/T 33190) at import: a real 电子证照 export often ships the
licence as OFD, not PDF. The platform keeps the file as given (its sha256 is what the window
checks), but first proves it is an OFD it can read — a broken or disguised file is refused, not
stored — and takes out what the licence says: the document metadata (DocInfo, CustomDatas, where
licence systems put the 照面信息) and the text of each page.

An OFD is a ZIP of XML parts: `OFD.xml` → `DocBody/DocRoot` (`Document.xml`) → `Pages/Page/@BaseLoc`
(`Content.xml`, `Layer/TextObject/TextCode`). The XML comes from outside, so it is parsed with
`defusedxml` (no entities, no external references) and the ZIP is bounded (entries, sizes).
`easyofd` was tried first: it pulls PyMuPDF (AGPL) and cannot read its own `pdf2ofd` output
(KeyError '@Size' on a TextObject without a size), so it is not used.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from typing import Any

from defusedxml import ElementTree

from app.errors import InputError

NS = "http://www.ofdspec.org/2016"  # the ofd: namespace (parts are matched by local name)
MAX_ENTRIES = 2000
MAX_PART_BYTES = 20 * 1024 * 1024  # one XML part, uncompressed
MAX_TOTAL_BYTES = 200 * 1024 * 1024


@dataclass
class OfdDocument:
    title: str = ""
    doc_id: str = ""
    creator: str = ""
    custom: dict[str, str] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def is_ofd(data: bytes) -> bool:
    """An OFD is a ZIP whose root holds `OFD.xml`."""
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "OFD.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def _bad(why: str, why_en: str) -> InputError:
    return InputError(f"OFD 文件无法读取：{why}", f"unreadable OFD file: {why_en}")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: Any, name: str) -> Any:
    return next((c for c in el if _local(c.tag) == name), None)


def _children(el: Any, name: str) -> list[Any]:
    return [c for c in el if _local(c.tag) == name] if el is not None else []


def read_ofd(data: bytes) -> OfdDocument:
    """Metadata and page text of the first document of an OFD package (InputError if it is not one)."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise _bad("不是 OFD（ZIP）包", "not an OFD (ZIP) package") from exc
    with z:
        infos = z.infolist()
        if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise _bad("包内文件过多或过大", "too many or too large parts")
        names = {i.filename.lstrip("/"): i for i in infos}

        def part(path: str) -> Any:
            info = names.get(posixpath.normpath(path.lstrip("/")))
            if info is None:
                raise _bad(f"缺少 {path}", f"missing part {path}")
            if info.file_size > MAX_PART_BYTES:
                raise _bad(f"{path} 过大", f"part {path} too large")
            try:
                return ElementTree.fromstring(z.read(info))
            except Exception as exc:  # defusedxml refusals and malformed XML alike
                raise _bad(f"{path} 不是有效的 XML", f"{path} is not valid XML") from exc

        root = part("OFD.xml")
        if _local(root.tag) != "OFD":
            raise _bad("OFD.xml 的根元素不是 ofd:OFD", "OFD.xml has no ofd:OFD root")
        body = _child(root, "DocBody")
        doc_root = _child(body, "DocRoot") if body is not None else None
        if doc_root is None or not (doc_root.text or "").strip():
            raise _bad("缺少 DocRoot", "no DocRoot")
        out = OfdDocument()
        info = _child(body, "DocInfo")
        if info is not None:
            out.title = (getattr(_child(info, "Title"), "text", "") or "").strip()
            out.doc_id = (getattr(_child(info, "DocID"), "text", "") or "").strip()
            out.creator = (getattr(_child(info, "Creator"), "text", "") or "").strip()
            for cd in _children(_child(info, "CustomDatas"), "CustomData"):
                if cd.get("Name"):
                    out.custom[cd.get("Name")] = (cd.text or "").strip()
        doc_path = doc_root.text.strip().lstrip("/")
        base = posixpath.dirname(doc_path)
        document = part(doc_path)
        for page in _children(_child(document, "Pages"), "Page"):
            loc = page.get("BaseLoc") or ""
            content = part(posixpath.join(base, loc))
            lines = ["".join(code.text or "" for code in obj.iter() if _local(code.tag) == "TextCode")
                     for obj in content.iter() if _local(obj.tag) == "TextObject"]
            out.pages.append("\n".join(x for x in lines if x))
        if not out.pages:
            raise _bad("没有页面", "no pages")
        return out
