"""The documents the product can print, their Chinese names and ASCII aliases, and which of
them an item offers (its catalog `documents` list plus `result.certificate`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.catalog.schema import ServiceItem
from app.documents import notices
from app.documents.errors import UnknownDocument


@dataclass(frozen=True)
class DocumentSpec:
    name: str
    aliases: tuple[str, ...]
    title_en: str
    kind: str  # notice | certificate | calibration
    builder: Callable | None = None
    copies: int = 1  # default number of copies (容缺受理通知书 is issued in two)


DOCUMENTS: list[DocumentSpec] = [
    DocumentSpec("申请表", ("application-form", "application"), "application form, for the applicant's signature",
                 "notice", notices.application_form),
    DocumentSpec("受理回执", ("receipt", "acceptance-receipt"), "acceptance receipt", "notice", notices.receipt),
    DocumentSpec("材料接收凭证", ("material-receipt", "materials"), "materials received voucher", "notice",
                 notices.material_receipt),
    DocumentSpec("一次性告知书", ("notice", "one-time-notice"), "one-time notice of all problems", "notice",
                 notices.one_time_notice),
    DocumentSpec("补正告知书", ("correction-notice", "correction"), "notice to correct/supplement", "notice",
                 notices.correction_notice),
    DocumentSpec("容缺受理通知书", ("tolerance-notice",), "acceptance-with-tolerance notice", "notice",
                 notices.tolerance_notice, copies=2),
    DocumentSpec("容缺受理承诺书", ("tolerance-pledge", "tolerance-commitment"), "applicant's tolerance pledge",
                 "notice", notices.tolerance_pledge),
    DocumentSpec("告知承诺书", ("commitment", "commitment-letter"), "notification-and-commitment letter", "notice",
                 notices.commitment_letter),
    DocumentSpec("不予受理通知书", ("refusal", "refusal-notice"), "notice of refusal to accept", "notice",
                 notices.refusal_notice),
]
CERTIFICATE_ALIASES = ("certificate", "证照", "licence", "license")
CALIBRATION = DocumentSpec("套打校准页", ("calibration", "calibration-page"), "套打 calibration grid", "calibration")
_BY_NAME = {d.name: d for d in DOCUMENTS}


def certificate_spec(name: str) -> DocumentSpec:
    alias = {"公共场所卫生许可证": ("health-license",)}.get(name, ())
    return DocumentSpec(name, alias + CERTIFICATE_ALIASES, f"certificate: {name}", "certificate")


def known_names(item: ServiceItem | None = None) -> list[str]:
    names = [d.name for d in DOCUMENTS] + ["公共场所卫生许可证", CALIBRATION.name]
    if item and item.result.certificate and item.result.certificate not in names:
        names.append(item.result.certificate)
    return names


def resolve_document(name: str, item: ServiceItem | None = None) -> DocumentSpec:
    """A document by Chinese name or ASCII alias; `certificate` means the item's certificate."""
    key = name.strip()
    low = key.lower()
    if key in _BY_NAME:
        return _BY_NAME[key]
    for d in DOCUMENTS:
        if low in d.aliases:
            return d
    if key == CALIBRATION.name or low in CALIBRATION.aliases:
        return CALIBRATION
    if low in CERTIFICATE_ALIASES or low == "health-license":
        if low == "health-license":
            return certificate_spec("公共场所卫生许可证")
        if item is None or not item.result.certificate:
            raise UnknownDocument(name, known_names(item))
        return certificate_spec(item.result.certificate)
    if key == "公共场所卫生许可证" or (item is not None and key == item.result.certificate):
        return certificate_spec(key)
    raise UnknownDocument(name, known_names(item))


def documents_for_item(item: ServiceItem) -> list[DocumentSpec]:
    """What this item prints, in catalog order: the 申请表 when a material is generated from the
    form, its `documents` (with 补正告知书 next to 一次性告知书) and its certificate."""
    out: list[DocumentSpec] = []
    if any(m.generated_from == "form" for m in item.materials):  # printed from the form, signed at the window
        out.append(_BY_NAME["申请表"])
    for name in item.documents:
        spec = _BY_NAME.get(name) or (certificate_spec(name) if name == item.result.certificate else None)
        if spec is None:
            continue
        out.append(spec)
        if name == "一次性告知书" and "补正告知书" not in item.documents:
            out.append(_BY_NAME["补正告知书"])
    if item.result.certificate and all(d.name != item.result.certificate for d in out):
        out.append(certificate_spec(item.result.certificate))
    return out
