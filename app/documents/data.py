"""What a document may show, gathered from a case: plain values, no ORM rows.

`app.services.printing.document_data` builds one from the store; tests may build one by hand
(with fixed dates and uuid) to render a stable golden page. Templates read values through
`require`, which refuses an empty value with the field named instead of printing a hole.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.catalog.schema import ServiceItem
from app.documents.errors import MissingDocumentValue
from app.security.masking import mask_id_number, mask_phone

MATERIAL_STATUS_ZH = {
    "received": "已收取",
    "tolerated": "容缺后补",
    "committed": "告知承诺",
    "exempted": "免提交（共享核验）",
    "pending": "未收取",
}

EXEMPTION_NOTES = ("电子证照调用", "数据共享核验")

SEVERITY_ZH = {"block": "须补正", "容缺": "容缺后补", "warn": "请核对", "info": "提示"}


@dataclass(frozen=True)
class MaterialLine:
    code: str
    name: str
    status: str = "received"
    originals: int = 0
    copies: int = 0
    pages: int = 0
    note: str = ""

    @property
    def status_zh(self) -> str:
        if self.status == "exempted" and self.note.startswith(EXEMPTION_NOTES):
            return self.note  # 电子证照调用（证照编号 …） / 数据共享核验（…）, see app/services/elicense.py
        return MATERIAL_STATUS_ZH.get(self.status, self.status)


@dataclass
class DocumentData:
    uuid: str
    acceptance_number: str
    item: ServiceItem
    state: str
    applicant: dict[str, Any]
    fields: dict[str, str | None]
    materials: list[MaterialLine]
    catalog_version: str
    catalog_hash: str
    center_name: str
    center_code: str
    window_no: str
    clerk: str
    accepted_on: dt.date | None = None
    due_date: dt.date | None = None
    decision: dict[str, Any] | None = None
    result: dict[str, Any] | None = None
    refusal_reason: str = ""
    platform_url: str = ""
    states_seen: tuple[str, ...] = ()  # every state the case has been in (its event history)
    answers: dict[str, Any] = field(default_factory=dict)  # the 情形 answers (which fields apply)
    extra: dict[str, Any] = field(default_factory=dict)

    # ---- lifecycle ----------------------------------------------------------------------------
    def _seen(self) -> set[str]:
        return {self.state, *self.states_seen}

    @property
    def was_accepted(self) -> bool:
        return bool(self._seen() & {"accepted", "accepted_tolerance"})

    @property
    def taken_decision(self) -> str:
        """The decision the clerk took (pre-review record `taken`), else the engine's."""
        taken = (self.decision or {}).get("taken") or {}
        return str(taken.get("decision") or self.decision_kind)

    # ---- reading values -------------------------------------------------------------------
    def require(self, document: str, key: str, value: Any, label_zh: str, label_en: str = "") -> Any:
        """`value`, or `MissingDocumentValue` naming `key` when it is empty."""
        if value is None or (isinstance(value, str | list | tuple | dict) and len(value) == 0):
            raise MissingDocumentValue(document, key, label_zh, label_en)
        if isinstance(value, str) and not value.strip():
            raise MissingDocumentValue(document, key, label_zh, label_en)
        return value

    def field_value(self, key: str) -> str:
        return (self.fields.get(key) or "").strip()

    def field_label(self, key: str) -> str:
        f = self.item.field(key)
        return f.label if f else key

    def material_name(self, code: str) -> str:
        m = self.item.material(code)
        if m:
            return m.name
        line = next((x for x in self.materials if x.code == code), None)
        return line.name if line else code

    @property
    def is_organisation(self) -> bool:
        return (self.applicant.get("kind") or "person") == "organisation"

    def applicant_name(self, document: str) -> str:
        return self.require(document, "applicant.name", (self.applicant.get("name") or "").strip(),
                            "申请人姓名或名称", "applicant name")

    def applicant_identity(self, document: str) -> tuple[str, str]:
        """(label, value) of the applicant's identifier: credit code for organisations (public),
        the masked ID number for people."""
        if self.is_organisation:
            code = self.require(document, "applicant.credit_code", (self.applicant.get("credit_code") or "").strip(),
                                "统一社会信用代码", "unified social credit code")
            return "统一社会信用代码", code
        number = self.require(document, "applicant.id_number", (self.applicant.get("id_number") or "").strip(),
                              "申请人身份证件号码", "applicant ID number")
        return self.applicant.get("id_type") or "居民身份证", mask_id_number(number)

    def signer_identity(self, document: str) -> tuple[str, str]:
        """(label, value) naming who binds themselves by a pledge. An organisation that is still being
        set up has no credit code yet (in a 一件事 the registration member issues it later; a 设立 item
        is the registration itself): the person who signs for it — its operator or contact — is named
        with their masked ID number, and the code is marked as pending. Otherwise the applicant's own
        identifier (`applicant_identity`), which still insists on a code when nobody is named."""
        code = (self.applicant.get("credit_code") or "").strip()
        person = (self.applicant.get("contact_name") or "").strip()
        number = (self.applicant.get("contact_id_number") or "").strip()
        if self.is_organisation and not code and person and number:
            return "设立中，统一社会信用代码待登记后取得；签署人", f"{person}，居民身份证 {mask_id_number(number)}"
        return self.applicant_identity(document)

    def contact_line(self) -> str:
        """Contact person and phone (masked) if known; empty otherwise."""
        parts = []
        name = (self.applicant.get("contact_name") or "").strip()
        if self.is_organisation and name:
            idn = (self.applicant.get("contact_id_number") or "").strip()
            parts.append(name + (f"（身份证件 {mask_id_number(idn)}）" if idn else ""))
        phone = (self.applicant.get("phone") or "").strip()
        if phone:
            parts.append(f"电话 {mask_phone(phone)}")
        return "，".join(parts)

    # ---- decision ---------------------------------------------------------------------------
    @property
    def findings(self) -> list[dict[str, Any]]:
        return list((self.decision or {}).get("findings") or [])

    @property
    def decision_kind(self) -> str:
        return str((self.decision or {}).get("decision") or "")

    def effective_due_date(self) -> dt.date | None:
        if self.due_date:
            return self.due_date
        raw = (self.decision or {}).get("due_date")
        return _as_date(raw)

    def due_date_provisional(self) -> bool:
        """The due date was counted before the year's holiday notice was loaded (暂定)."""
        return bool((self.decision or {}).get("due_provisional"))

    def supplement_deadline(self) -> dt.date | None:
        return _as_date((self.decision or {}).get("supplement_deadline"))

    def rule_version(self) -> tuple[str, str]:
        d = self.decision or {}
        return (str(d.get("catalog_version") or self.catalog_version), str(d.get("catalog_hash") or self.catalog_hash))

    def finding_subject(self, f: dict[str, Any]) -> str:
        if f.get("material_name"):
            return str(f["material_name"])
        if f.get("field_label"):
            return str(f["field_label"])
        if f.get("material"):
            return self.material_name(str(f["material"]))
        if f.get("field"):
            return self.field_label(str(f["field"]))
        return "申请事项"


def _as_date(raw: Any) -> dt.date | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None


def zh_date(d: dt.date) -> str:
    """GB/T 9704-2012 style date: Arabic numerals, no leading zeros (2026年11月22日)."""
    return f"{d.year}年{d.month}月{d.day}日"
