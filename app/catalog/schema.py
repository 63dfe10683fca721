"""The 事项 catalog schema: what a service item (事项) looks like as data.

The YAML under `resources/catalog/` is validated against these models when it loads; unknown
keys are errors (a typo in a catalog must not silently drop a material). Conditions on
situations, materials and fields are plain answer matches (`{question: [values]}`), so they
can be checked statically; pre-review rules are CEL expressions compiled by `app.review`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Code = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z][0-9A-Za-z_.\-]*$")]
Key = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ItemKind(StrEnum):
    LICENSING = "行政许可"
    CONFIRMATION = "行政确认"
    PAYMENT = "行政给付"
    FILING = "行政备案"
    PUBLIC_SERVICE = "公共服务"
    OTHER_POWER = "其他行政权力"


class LegalBasis(Strict):
    law: str
    article: str = ""
    text: str = ""


class TimeLimit(Strict):
    """Legal and promised limits in working days; 0 promised means 即办件 (done on the spot)."""

    legal: int = Field(ge=0, le=365)
    promised: int = Field(ge=0, le=365)
    note: str = ""


class Fee(Strict):
    charged: bool = False
    note: str = ""


class Result(Strict):
    name: str
    kind: Literal["证照", "批文", "备案凭证", "其他", "无"] = "证照"
    certificate: str | None = None  # document name printed at 出件
    validity: str = ""


Condition = dict[Key, list[str]]
"""Answer match: every question listed must have one of the values (OR within a list)."""


class Option(Strict):
    value: Key
    label: str
    add_materials: list[Code] = []
    remove_materials: list[Code] = []
    require_fields: list[Key] = []
    optional_fields: list[Key] = []
    redirect: Code | None = None
    block: str | None = None
    note: str = ""


class Situation(Strict):
    """A 情形 question; its options shape the material checklist and the form."""

    id: Key
    question: str
    multi: bool = False
    required: bool = True
    default: list[Key] = []
    when: Condition = {}
    options: list[Option] = Field(min_length=1)
    help: str = ""


class Copies(Strict):
    original: int = Field(default=0, ge=0, le=20)
    copy_: int = Field(default=0, ge=0, le=20, alias="copy")


class Tolerance(Strict):
    """容缺: may be accepted missing, with a signed 承诺书 and a supplement deadline."""

    supplement_days: int = Field(ge=1, le=60)
    note: str = ""


class Commitment(Strict):
    """告知承诺: replaced for good by a written commitment, checked afterwards (事后核查)."""

    verification: str
    note: str = ""


class Material(Strict):
    code: Code
    name: str
    source: Literal["申请人自备", "政府部门核发", "中介机构出具", "系统生成", "其他"] = "申请人自备"
    copies: Copies = Copies()
    paper: bool = True
    electronic: bool = True
    required: bool = True
    key: bool = False
    when: Condition = {}
    tolerance: Tolerance | None = None
    commitment: Commitment | None = None
    exempt_by: list[str] = []  # e.g. elicense.营业执照 / shared.户籍
    doc_kinds: list[str] = []  # what OCR may classify its pages as
    generated_from: Literal["form"] | None = None
    note: str = ""


class FieldType(StrEnum):
    TEXT = "text"
    TEXTAREA = "textarea"
    INT = "int"
    DECIMAL = "decimal"
    DATE = "date"
    DATE_OR_LONG = "date_or_long"
    BOOL = "bool"
    CHOICE = "choice"
    MULTI = "multi"


class MaskKind(StrEnum):
    NONE = "none"
    ID = "id"
    NAME = "name"
    PHONE = "phone"
    ADDRESS = "address"
    ALL = "all"


class FormField(Strict):
    key: Key
    label: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    options: list[str] = []
    validators: list[str] = []
    prefill: list[str] = []  # ordered sources: id_card.name, business_license.credit_code, history, ...
    sensitive: bool = False
    mask: MaskKind = MaskKind.NONE
    group: str = ""
    help: str = ""
    when: Condition = {}
    min: float | None = None
    max: float | None = None
    max_length: int | None = Field(default=None, ge=1)


class Severity(StrEnum):
    BLOCK = "block"
    TOLERABLE = "容缺"
    WARN = "warn"
    INFO = "info"


class Rule(Strict):
    """A pre-review rule: `check` (CEL) must be true, else a finding is raised."""

    id: Code
    check: str
    when: str | None = None
    severity: Severity = Severity.BLOCK
    message: str
    field: Key | None = None
    material: Code | None = None
    basis: str = ""
    hint: str = ""
    manual: bool = False  # a human must judge: routes the decision to `manual`
    refuse: bool = False  # failing makes the application inadmissible (不予受理), not a 补正


class ServiceItem(Strict):
    code: Code
    name: str
    main_item: str
    handling: str  # 业务办理项: 新办 / 变更 / 延续 / 补证 / 设立 / 备案 / 提取 ...
    kind: ItemKind
    department: str
    implementer: str
    legal_basis: list[LegalBasis] = Field(min_length=1)
    conditions: list[str] = []
    time_limit: TimeLimit
    fee: Fee = Fee()
    result: Result
    service_object: list[str] = []
    applicant_kind: Literal["person", "organisation", "either"] = "either"
    keywords: list[str] = []
    situations: list[Situation] = []
    materials: list[Material] = Field(min_length=1)
    fields: list[FormField] = Field(min_length=1)
    rules: list[Rule] = []
    documents: list[str] = []
    prohibitions: list[str] = []

    @field_validator("documents")
    @classmethod
    def _unique_documents(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("documents 中有重复项 / duplicate document names")
        return v

    def field(self, key: str) -> FormField | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def form(self) -> list[FormField]:
        """The item's form fields in catalog order (an alias of `fields`; the pre-fill service reads it)."""
        return self.fields

    def material(self, code: str) -> Material | None:
        return next((m for m in self.materials if m.code == code), None)

    def situation(self, sid: str) -> Situation | None:
        return next((s for s in self.situations if s.id == sid), None)


class CatalogManifest(Strict):
    """`catalog.yaml` at the top of a catalog folder."""

    schema_: Literal["zongchuang-catalog/1"] = Field(alias="schema")
    version: str
    name: str = ""
    region: str = ""  # GB/T 2260 code of the center's jurisdiction, used by jurisdiction rules


class ItemFile(Strict):
    """One catalog file: `item:` or `items:` (one 主项's 业务办理项 side by side), plus an
    optional `anchors:` block that only holds YAML anchors for blocks the items share."""

    item: ServiceItem | None = None
    items: list[ServiceItem] = []
    anchors: dict | list | None = None

    def all_items(self) -> list[tuple[tuple, ServiceItem]]:
        """Each item with its location prefix in the file (for error lines)."""
        out: list[tuple[tuple, ServiceItem]] = [(("item",), self.item)] if self.item else []
        out += [(("items", i), it) for i, it in enumerate(self.items)]
        return out
