"""The case interchange format (`zongchuang-case/1`): what pre-review reads, export/import
writes and sync carries. Documented in docs/case-format.md; versioned by `format`.

Import is strict about structure (unknown top-level keys, wrong types are errors naming the
path) but a field may be given as a bare value or as an object with its provenance.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from app.errors import InputError

FORMAT = "zongchuang-case/1"


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldValue(_M):
    value: str | None = None
    source: str = "clerk"
    source_ref: str | None = None
    confidence: float | None = Field(default=None, ge=0, le=1)
    confirmed: bool = False
    box: list[float] | None = None


class FileRef(_M):
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    page: int = Field(default=1, ge=1)
    media_type: str = "image/jpeg"
    size: int | None = Field(default=None, ge=0)
    role: str = "page"
    path: str | None = None  # only in local exports: where the file sits next to the JSON


class MaterialEntry(_M):
    code: str
    status: Literal["pending", "received", "tolerated", "committed", "exempted"] = "received"
    doc_kind: str | None = None
    pages: int = Field(default=0, ge=0)
    quality: dict[str, Any] | None = None
    originals: int = Field(default=0, ge=0)
    copies: int = Field(default=0, ge=0)
    files: list[FileRef] = []
    ocr: dict[str, Any] | None = None  # field key → {value, confidence, box} read from this material
    note: str = ""


class Applicant(_M):
    kind: Literal["person", "organisation"] = "person"
    name: str = ""
    id_type: str = "居民身份证"
    id_number: str = ""
    credit_code: str = ""
    phone: str = ""
    address: str = ""
    contact_name: str = ""
    contact_id_number: str = ""


class CardRead(_M):
    """What the ID-card chip said (hardware IdentityCard, without the photo bytes)."""

    card_type: str = "resident"
    name: str = ""
    sex: str = ""
    nation: str = ""
    birth_date: str = ""
    address: str = ""
    id_number: str = ""
    issuing_authority: str = ""
    valid_from: str = ""
    valid_to: str = ""
    english_name: str = ""
    nationality: str = ""
    pass_number: str = ""
    issue_count: str = ""
    source: str = "chip"  # chip / ocr
    read_at: str | None = None


class Center(_M):
    code: str = ""
    window: str = ""
    region: str = ""
    name: str = ""


class CaseDocument(_M):
    format: Literal["zongchuang-case/1"] = FORMAT
    uuid: str | None = None
    acceptance_number: str | None = None
    item_code: str
    catalog: dict[str, str] = {}
    state: str | None = None
    answers: dict[str, list[str] | str] = {}
    applicant: Applicant = Applicant()
    fields: dict[str, FieldValue | str | int | float | bool | list[str] | None] = {}
    materials: list[MaterialEntry] = []
    card_read: CardRead | None = None
    masked: bool = False  # a masked export (`case export` without --unmasked): for reading, never imported
    acceptance_date: dt.date | None = None
    center: Center = Center()
    prior_cases: list[dict[str, Any]] = []  # 一人一档 history, only with consent
    consents: list[dict[str, Any]] = []
    decision: dict[str, Any] | None = None
    due_date: dt.date | None = None
    result: dict[str, Any] | None = None

    @field_validator("fields")
    @classmethod
    def _normalise_fields(cls, v: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, FieldValue] = {}
        for key, raw in v.items():
            if isinstance(raw, FieldValue):
                out[key] = raw
            elif raw is None:
                out[key] = FieldValue(value=None)
            elif isinstance(raw, list):
                out[key] = FieldValue(value=",".join(str(x) for x in raw))
            elif isinstance(raw, bool):
                out[key] = FieldValue(value="是" if raw else "否")
            else:
                out[key] = FieldValue(value=str(raw))
        return out

    def field_values(self) -> dict[str, FieldValue]:
        return self.fields  # type: ignore[return-value]


def parse_case_document(data: Any, source: str = "") -> CaseDocument:
    """Validate interchange JSON; errors name the path and what is wrong, in both languages."""
    if not isinstance(data, dict):
        raise InputError(f"办件文件 {source} 顶层应为 JSON 对象", f"case file {source}: the top level must be an object")
    from app.cases.safety import check_structure

    check_structure(data, source)  # depth, size and well-formed Unicode before any model sees it
    try:
        return CaseDocument.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        path = ".".join(str(p) for p in err["loc"]) or "(root)"
        raise InputError(f"办件文件 {source} 的 {path} 有误：{err['msg']}",
                         f"case file {source}: {path}: {err['msg']}") from None
