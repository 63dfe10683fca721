"""The reference platform's 电子证照 library (GB/T 36901–36906 in miniature) and its access rules.

Why it exists: the window stops photocopying what a government body issued ("两个免于提交").
The platform keeps every licence as its metadata (GB/T 36903/36904: 证照标识, 证照类型 and its
code, 证照编号, 持证主体 and its code, 颁证机构, dates, 状态), its 照面信息 (data items, keyed
like the OCR extraction keys so the window pre-fills the same fields) and its file (PDF; OFD is
stored as it is), with the file's sha256 and an Ed25519 signature of the platform over all of it.

Access (GB/T 36906 共享服务接口, 申请事由 required): a workstation first registers the
applicant's authorization (one case, one holder, a purpose, a scope, an expiry — 一次一授权) and
passes its id with every search, fetch and shared-data lookup. An authorization belongs to the
workstation that registered it: another workstation's token cannot use it. Every lookup,
allowed or refused, is written to a hash-chained access log (共享数据使用全程留痕).

Tables live in their own metadata (created on first use), so the library can be added to a
platform database without touching the sync tables or their schema version.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import threading
import time
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String, Text, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.errors import InputError, NotFoundError
from app.security.licence_sig import canonical, signed_part, verify_licence_signature
from app.security.masking import mask_id_number
from sync.platform.crypto import blind_index
from sync.platform.models import SealedBytes, SealedJSON, UTCDateTime, utcnow

ELICENSE_SCHEMA = "2"  # 2: personal data sealed, lookups by blind index (tables renamed)
OLD_TABLES = ("elicenses", "elicense_files", "shared_records", "elicense_authorizations")  # schema 1
CN_TZ = dt.timezone(dt.timedelta(hours=8))

# 证照类型 → (证照类型代码, the window's OCR doc kind whose field keys the data items use).
# Reference codes for this platform; a real export carries its own 证照类型代码.
LICENCE_TYPES: dict[str, tuple[str, str]] = {
    "营业执照": ("11100000000013338W001", "business_license"),
    "公共场所卫生许可证": ("11100000000013338W002", "public_health_license"),
    "食品经营许可证": ("11100000000013338W003", "food_business_license"),
    "出版物经营许可证": ("11100000000013338W004", "publication_license"),
    "居民身份证": ("11100000000013338W005", "id_card_front"),
}

ID_TYPES = ("公民身份号码", "统一社会信用代码")


def today_cn() -> dt.date:
    return dt.datetime.now(CN_TZ).date()


def holder_id_type(holder_id: str) -> str:
    """统一社会信用代码 (18, starts with a registration-authority code) or 公民身份号码."""
    h = holder_id.strip().upper()
    if re.fullmatch(r"\d{17}[\dX]", h):
        return "公民身份号码"
    return "统一社会信用代码"


def mask_holder(holder_id: str) -> str:
    """A holder as the access log keeps it: masked like any ID number (one masking module)."""
    return mask_id_number(holder_id)


def licence_identifier(type_code: str, issuer_code: str, serial: str, version: str = "001") -> str:
    """电子证照标识 (GB/T 36904): 1.2.156.3005.2.<type>.<issuer>.<serial>.<version>.<check>,
    the check character being ISO 7064 MOD 37,36 over type + issuer + serial + version."""
    from stdnum.iso7064 import mod_37_36

    body = f"{type_code}{issuer_code}{serial}{version}".upper()
    check = mod_37_36.calc_check_digit(body)
    return f"1.2.156.3005.2.{type_code}.{issuer_code}.{serial}.{version}.{check}"


class EBase(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class ElicenseMetaRow(EBase):
    __tablename__ = "elicense_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LicenceRow(EBase):
    """One electronic licence (metadata + 照面信息 + signature; the file is in LicenceFileRow).

    Personal data is sealed with the platform's server key (models.SealedJSON): the holder's
    name and code, the 证照编号 (a 居民身份证's number is the ID number) and the 照面信息.
    Lookups go by keyed blind indexes (`holder_ref`, `number_ref`: crypto.blind_index)."""

    __tablename__ = "elicense_licences"
    id: Mapped[str] = mapped_column(String(120), primary_key=True)  # 电子证照标识
    type_name: Mapped[str] = mapped_column(String(80), index=True)
    type_code: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(SealedJSON("elicense_licences.number"))  # 证照编号
    number_ref: Mapped[str] = mapped_column(String(64), index=True)
    holder_name: Mapped[str] = mapped_column(SealedJSON("elicense_licences.holder_name"))
    holder_id: Mapped[str] = mapped_column(SealedJSON("elicense_licences.holder_id"))
    holder_ref: Mapped[str] = mapped_column(String(64), index=True)
    holder_id_type: Mapped[str] = mapped_column(String(20))
    issuer_name: Mapped[str] = mapped_column(String(200))
    issuer_code: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[str] = mapped_column(String(10))
    valid_from: Mapped[str] = mapped_column(String(10))
    valid_to: Mapped[str | None] = mapped_column(String(10), nullable=True)  # None: 长期
    status: Mapped[str] = mapped_column(String(16), default="valid")  # valid / revoked
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoke_reason: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(SealedJSON("elicense_licences.data"), default=dict)
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_media_type: Mapped[str] = mapped_column(String(80))
    signature: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(40), default="import")  # import / issued
    case_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class LicenceFileRow(EBase):
    __tablename__ = "elicense_licence_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(80))
    content: Mapped[bytes] = mapped_column(SealedBytes("elicense_licence_files.content"))


class SharedRecordRow(EBase):
    """One record a department shares (户籍, 婚姻登记, 社保参保, 市场主体登记), as given to the
    platform (subject and data sealed; looked up by `subject_ref`)."""

    __tablename__ = "elicense_shared_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    subject_id: Mapped[str] = mapped_column(SealedJSON("elicense_shared_records.subject_id"))
    subject_ref: Mapped[str] = mapped_column(String(64), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(SealedJSON("elicense_shared_records.data"), default=dict)
    source: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuthorizationRow(EBase):
    """The applicant's authorization as the workstation registered it (一次一授权); the holder
    is kept as its blind index only, the purpose sealed."""

    __tablename__ = "elicense_grants"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workstation_id: Mapped[str] = mapped_column(String(32), index=True)
    center_code: Mapped[str] = mapped_column(String(6))
    holder_ref: Mapped[str] = mapped_column(String(64), index=True)
    holder_masked: Mapped[str] = mapped_column(String(40), default="")
    purpose: Mapped[str] = mapped_column(SealedJSON("elicense_grants.purpose"))
    scope: Mapped[list[Any]] = mapped_column(JSON, default=list)
    case_ref: Mapped[str] = mapped_column(String(80), default="")
    consent_ref: Mapped[str] = mapped_column(String(80), default="")
    operator: Mapped[str] = mapped_column(String(64), default="")
    granted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class _LegacySealed(SealedJSON):
    """Sealed like SealedJSON; a value written in the clear by schema 1 still reads (the access
    log is append-only and hash-chained, so its old rows are not rewritten)."""

    cache_ok = True

    def process_result_value(self, value, dialect):
        from sync.platform.crypto import PREFIX

        if value is None or not str(value).startswith(PREFIX):
            return value
        return super().process_result_value(value, dialect)


class AccessLogRow(EBase):
    """The access log: each row's hash covers the previous row's hash (tampering breaks the chain)."""

    __tablename__ = "elicense_access_log"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    workstation_id: Mapped[str] = mapped_column(String(32), index=True)
    center_code: Mapped[str] = mapped_column(String(6))
    operator: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(40))  # authorize / search / fetch / file / verify / shared / revoke
    holder: Mapped[str] = mapped_column(String(40), default="")  # masked
    authorization_id: Mapped[str] = mapped_column(String(36), default="")
    purpose: Mapped[str] = mapped_column(_LegacySealed("elicense_access_log.purpose"), default="")  # may name the applicant
    target: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(40))  # ok / denied / not_found
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AccessTipRow(EBase):
    __tablename__ = "elicense_access_tip"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64))


@dataclass(frozen=True)
class Caller:
    """Who asks: the authenticated workstation and the operator it names (X-Operator)."""

    workstation_id: str
    center_code: str
    operator: str = ""


class Denied(Exception):
    """No usable authorization for this holder/scope (the routes answer 403)."""

    def __init__(self, zh: str, en: str):
        super().__init__(f"{zh} / {en}")
        self.zh, self.en = zh, en


GENESIS = "0" * 64


def _signing_key(data_dir: Path):
    """The platform's Ed25519 licence-signing key (created once, mode 0600)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = data_dir / "elicense" / "signing-key.pem"
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path.parent, 0o700)  # a private key's folder: no one else lists it
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another worker made it first
        else:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


def verify_signature(public_key_b64: str, licence: dict[str, Any]) -> bool:
    return verify_licence_signature(public_key_b64, licence)


def effective_status(row: LicenceRow, today: dt.date | None = None) -> str:
    if row.status == "revoked":
        return "revoked"
    today = today or today_cn()
    if row.valid_to and row.valid_to < today.isoformat():
        return "expired"
    if row.valid_from and row.valid_from > today.isoformat():
        return "not_yet_valid"
    return "valid"


def licence_json(row: LicenceRow, *, data: bool = True) -> dict[str, Any]:
    out = {**signed_part(row), "status": effective_status(row), "stored_status": row.status,
           "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None, "revoke_reason": row.revoke_reason,
           "file_media_type": row.file_media_type, "signature": row.signature, "source": row.source,
           "doc_kind": LICENCE_TYPES.get(row.type_name, ("", ""))[1]}
    if not data:
        out.pop("data")
    return out


def _date(value: Any) -> str | None:
    if value in (None, "", "长期", "long"):
        return None
    from app.validators.dates import parse_date

    d = parse_date(str(value))
    if d is None:
        raise InputError(f"日期无法识别：{value}", f"cannot read the date {value!r}")
    return d.isoformat()


# Column names a real export may use (Chinese, GB/T 36903 wording) → ours.
ALIASES = {
    "电子证照标识": "id", "证照标识": "id", "证照类型": "type_name", "证照类型名称": "type_name",
    "证照类型代码": "type_code", "证照编号": "number", "持证主体": "holder_name", "持证主体代码": "holder_id",
    "持证主体代码类型": "holder_id_type", "颁证单位": "issuer_name", "颁证机构": "issuer_name",
    "颁证单位代码": "issuer_code", "颁证机构代码": "issuer_code", "颁证日期": "issued_on",
    "有效期起始": "valid_from", "有效期开始": "valid_from", "有效期截止": "valid_to", "有效期结束": "valid_to",
    "状态": "status", "照面信息": "data", "文件": "file",
}
STATUS_WORDS = {"有效": "valid", "正常": "valid", "valid": "valid", "吊销": "revoked", "注销": "revoked",
                "撤销": "revoked", "废止": "revoked", "revoked": "revoked"}


def _certificate_name(item_code: str) -> str:
    """The certificate an item issues (catalog `result.certificate`, else its name)."""
    try:
        from app.catalog import default_catalog

        result = default_catalog().get(item_code).result
    except Exception:
        return ""
    return str(getattr(result, "certificate", None) or getattr(result, "name", "") or "")


def read_export(path: Path) -> list[dict[str, Any]]:
    """Rows of a CSV (UTF-8, optional BOM; `data.<key>` columns or a `data` JSON column) or a
    JSON export (a list, or {"licences": [...], "shared": [...]}) as plain dicts."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json":
        obj = json.loads(text)
        rows = obj.get("licences", []) if isinstance(obj, dict) else obj
        if not isinstance(rows, list):
            raise InputError("JSON 应为证照列表或 {licences: [...]}", "the JSON must be a list or {licences: [...]}")
        return [{ALIASES.get(k, k): v for k, v in r.items()} for r in rows]
    out = []
    for raw in csv.DictReader(io.StringIO(text)):
        row: dict[str, Any] = {}
        data: dict[str, Any] = {}
        for k, v in raw.items():
            if k is None:
                continue
            k = k.strip()
            if k.startswith("data."):
                if v not in (None, ""):
                    data[k[5:]] = v
                continue
            row[ALIASES.get(k, k)] = v
        if isinstance(row.get("data"), str) and row["data"].strip():
            data = {**json.loads(row["data"]), **data}
        row["data"] = data
        out.append(row)
    return out


def licence_file_media(rec: dict[str, Any], name: str, content: bytes) -> str:
    """The media type of a licence file of an export, after reading it: an OFD (GB/T 33190) must
    parse (`sync.platform.ofd`), and when its pages carry text they must show the 证照编号; its
    CustomDatas fill the 照面信息 the export row left out. A PDF must be one. Anything else is refused."""
    from sync.platform.ofd import is_ofd, read_ofd

    if is_ofd(content) or name.lower().endswith(".ofd"):
        doc = read_ofd(content)
        number = "".join(str(rec.get("number") or "").split())
        shown = "".join(doc.text.split()) + "".join("".join(v.split()) for v in doc.custom.values())
        if number and doc.text.strip() and number not in shown:
            raise InputError(f"OFD 文件 {name} 中找不到证照编号 {number}", f"the OFD file {name} does not show {number}")
        data = rec.setdefault("data", {})
        for key, value in doc.custom.items():
            if value and key not in data:
                data[key] = value
        return "application/ofd"
    if content.startswith(b"%PDF"):
        return "application/pdf"
    raise InputError(f"证照文件 {name} 既不是 PDF 也不是 OFD", f"licence file {name} is neither PDF nor OFD")


class ElicenseLibrary:
    """The library over the platform's engine (SQLite or PostgreSQL)."""

    _lock = threading.Lock()

    def __init__(self, platform: Any):
        self.platform = platform
        self.engine = platform.engine
        self.sessions = platform.sessions
        self.reads = platform.reads
        self._index_key = self.engine.dialect.zc_key  # the server key (blind indexes, sealed columns)
        for attempt in range(3):  # worker processes starting together race on CREATE TABLE / the first rows
            try:
                EBase.metadata.create_all(self.engine)
                with self.sessions.begin() as s:
                    meta = s.get(ElicenseMetaRow, "schema")
                    if meta is None:
                        s.add(ElicenseMetaRow(key="schema", value=ELICENSE_SCHEMA))
                    elif meta.value == "1":
                        self._migrate_v1(s)
                        meta.value = ELICENSE_SCHEMA
                    if s.get(AccessTipRow, 1) is None:
                        s.add(AccessTipRow(id=1, last_hash=GENESIS))
                break
            except DBAPIError:
                if attempt == 2:
                    raise
                time.sleep(0.2 * (attempt + 1))
        self._key = _signing_key(platform.settings.data_dir)

    def ref(self, kind: str, value: str) -> str:
        """The blind index of a holder code or licence number (normalised: stripped, upper case)."""
        return blind_index(self._index_key, kind, str(value or "").strip().upper())

    def _migrate_v1(self, s: Any) -> None:
        """Schema 1 kept holder data in the clear: copy its rows into the sealed tables (the
        signatures stay valid: they cover the values, not how they are stored), then drop them."""
        from sqlalchemy import inspect

        conn = s.connection()
        present = set(inspect(conn).get_table_names())
        old = [name for name in OLD_TABLES if name in present]

        def rows(name: str) -> list[dict[str, Any]]:
            if name not in old:
                return []
            out = [dict(r._mapping) for r in conn.exec_driver_sql(f"SELECT * FROM {name}")]  # noqa: S608 - fixed names
            for r in out:  # as the driver gives them: JSON and times may be text
                for k in ("data", "scope"):
                    if isinstance(r.get(k), str):
                        r[k] = json.loads(r[k])
                for k in ("revoked_at", "created_at", "granted_at", "expires_at"):
                    if isinstance(r.get(k), str):
                        r[k] = dt.datetime.fromisoformat(r[k])
            return out

        for r in rows("elicense_files"):
            s.add(LicenceFileRow(sha256=r["sha256"], media_type=r["media_type"], content=bytes(r["content"])))
        for r in rows("elicenses"):
            r["holder_ref"], r["number_ref"] = self.ref("holder", r["holder_id"]), self.ref("number", r["number"])
            for k in ("revoked_at", "created_at"):
                if isinstance(r.get(k), dt.datetime) and r[k].tzinfo is None:
                    r[k] = r[k].replace(tzinfo=dt.UTC)
            s.add(LicenceRow(**{k: v for k, v in r.items() if k in LicenceRow.__table__.columns}))
        for r in rows("shared_records"):
            s.add(SharedRecordRow(kind=r["kind"], subject_id=r["subject_id"], subject_ref=self.ref("holder", r["subject_id"]),
                                  data=r["data"] or {}, source=r["source"] or "", updated_at=utcnow()))
        for r in rows("elicense_authorizations"):
            def aware(v: Any) -> Any:
                return v.replace(tzinfo=dt.UTC) if isinstance(v, dt.datetime) and v.tzinfo is None else v

            s.add(AuthorizationRow(id=r["id"], workstation_id=r["workstation_id"], center_code=r["center_code"],
                                   holder_ref=self.ref("holder", r["holder_id"]), holder_masked=mask_holder(r["holder_id"]),
                                   purpose=r["purpose"], scope=r["scope"] or [], case_ref=r["case_ref"] or "",
                                   consent_ref=r["consent_ref"] or "", operator=r["operator"] or "",
                                   granted_at=aware(r["granted_at"]), expires_at=aware(r["expires_at"]),
                                   revoked_at=aware(r["revoked_at"])))
        s.flush()
        if conn.dialect.name == "sqlite":  # the freed pages are zeroed, not left holding the old rows
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
        for name in old:
            conn.exec_driver_sql(f"DROP TABLE {name}")

    # --- keys --------------------------------------------------------------------------------

    def public_key(self) -> str:
        from cryptography.hazmat.primitives import serialization

        raw = self._key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode()

    def _sign(self, fields: dict[str, Any]) -> str:
        return base64.b64encode(self._key.sign(canonical(signed_part(fields)))).decode()

    # --- loading -----------------------------------------------------------------------------

    def add(self, rec: dict[str, Any], *, file_bytes: bytes | None = None, file_media_type: str | None = None,
            source: str = "import", case_uuid: str | None = None, session: Any = None) -> dict[str, Any]:
        """Add (or replace, same 证照标识) one licence; the file is rendered when none is given."""
        type_name = str(rec.get("type_name") or "").strip()
        number = str(rec.get("number") or "").strip()
        holder_id = str(rec.get("holder_id") or "").strip().upper()
        if not type_name or not number or not holder_id:
            raise InputError("证照类型、证照编号和持证主体代码必填", "type_name, number and holder_id are required")
        type_code = str(rec.get("type_code") or LICENCE_TYPES.get(type_name, ("99999999999999999Z999", ""))[0])
        issuer_code = str(rec.get("issuer_code") or "11420107MB0000000X").strip().upper()
        issued = _date(rec.get("issued_on")) or today_cn().isoformat()
        # the issuer's serial (year + 7 digits): stable for one 证照编号, so a re-import replaces it
        serial = issued[:4] + f"{int(hashlib.sha256(f'{type_name}|{number}'.encode()).hexdigest(), 16) % 10**7:07d}"
        fields = {
            "id": str(rec.get("id") or licence_identifier(type_code, issuer_code, serial)),
            "type_name": type_name, "type_code": type_code, "number": number,
            "holder_name": str(rec.get("holder_name") or "").strip(), "holder_id": holder_id,
            "holder_id_type": str(rec.get("holder_id_type") or holder_id_type(holder_id)),
            "issuer_name": str(rec.get("issuer_name") or "").strip(), "issuer_code": issuer_code,
            "issued_on": issued,
            "valid_from": _date(rec.get("valid_from")) or _date(rec.get("issued_on")) or today_cn().isoformat(),
            "valid_to": _date(rec.get("valid_to")),
            "data": dict(rec.get("data") or {}),
        }
        if file_bytes is None:
            file_bytes, file_media_type = render_licence_pdf(fields), "application/pdf"
        fields["file_sha256"] = hashlib.sha256(file_bytes).hexdigest()
        status = STATUS_WORDS.get(str(rec.get("status") or "valid").strip())
        if status is None:
            raise InputError(f"未知的证照状态：{rec.get('status')}", f"unknown licence status {rec.get('status')!r}")
        signature = self._sign(fields)
        if session is not None:  # inside the caller's transaction (the back office's decision)
            return self._store(session, fields, status, signature, source, case_uuid, file_bytes, file_media_type)
        with self.sessions.begin() as s:
            return self._store(s, fields, status, signature, source, case_uuid, file_bytes, file_media_type)

    def _store(self, s: Any, fields: dict[str, Any], status: str, signature: str, source: str, case_uuid: str | None,
               file_bytes: bytes, file_media_type: str | None) -> dict[str, Any]:
        if s.get(LicenceFileRow, fields["file_sha256"]) is None:
            s.add(LicenceFileRow(sha256=fields["file_sha256"], media_type=file_media_type or "application/pdf",
                                 content=file_bytes))
        row = s.get(LicenceRow, fields["id"])
        if row is None:
            row = LicenceRow(id=fields["id"])
            s.add(row)
        for k, v in fields.items():
            setattr(row, k, v)
        row.holder_ref, row.number_ref = self.ref("holder", fields["holder_id"]), self.ref("number", fields["number"])
        row.status, row.signature, row.source, row.case_uuid = status, signature, source, case_uuid
        row.file_media_type = file_media_type or "application/pdf"
        row.revoked_at = utcnow() if status == "revoked" else None
        row.created_at = utcnow()
        s.flush()
        return licence_json(row)

    def import_file(self, path: Path) -> list[dict[str, Any]]:
        """Load a real export (CSV or JSON); a `file` column names the PDF/OFD beside it."""
        added = []
        for rec in read_export(path):
            file_bytes = media = None
            if rec.get("file"):
                f = (path.parent / str(rec["file"])).resolve()
                file_bytes = f.read_bytes()
                media = licence_file_media(rec, f.name, file_bytes)
            added.append(self.add(rec, file_bytes=file_bytes, file_media_type=media))
        if path.suffix.lower() == ".json":
            obj = json.loads(path.read_text(encoding="utf-8-sig"))
            if isinstance(obj, dict):
                for shared in obj.get("shared", []):
                    self.put_shared(shared["kind"], shared["subject_id"], shared.get("data") or {},
                                    source=shared.get("source", ""))
        return added

    def revoke(self, ident: str, reason: str = "") -> dict[str, Any]:
        with self.sessions.begin() as s:
            row = self._find(s, ident)
            row.status, row.revoked_at, row.revoke_reason = "revoked", utcnow(), reason
            return licence_json(row)

    def list(self, *, holder: str | None = None, type_name: str | None = None) -> list[dict[str, Any]]:
        with self.reads() as s:
            stmt = select(LicenceRow).order_by(LicenceRow.type_name, LicenceRow.issued_on)
            if holder:
                stmt = stmt.where(LicenceRow.holder_ref == self.ref("holder", holder))
            if type_name:
                stmt = stmt.where(LicenceRow.type_name == type_name)
            return [licence_json(r, data=False) for r in s.execute(stmt).scalars()]

    def _find(self, s: Any, ident: str) -> LicenceRow:
        row = s.get(LicenceRow, ident)
        if row is None:
            row = s.execute(select(LicenceRow).where(LicenceRow.number_ref == self.ref("number", ident))).scalars().first()
        if row is None:
            raise NotFoundError(f"电子证照库中没有 {ident}", f"no licence {ident} in the library")
        return row

    def register_issued(self, session: Any, case: Any, certificate: dict[str, Any]) -> dict[str, Any]:
        """出件: a certificate issued for a case becomes a licence in the library (inside the
        decision's transaction), so the next case can use it; returns the certificate with its
        `elicense_id` (the printed certificate's QR carries it)."""
        doc = case.document or {}
        applicant = doc.get("applicant") or {}
        holder = str(applicant.get("credit_code") or applicant.get("id_number") or "").strip().upper()
        number = str(certificate.get("license_no") or certificate.get("number") or "")
        type_name = certificate.get("name") or _certificate_name(case.item_code)
        if not holder or not number or not type_name:
            return certificate
        fields = {k: (v.get("value") if isinstance(v, dict) else v) for k, v in (doc.get("fields") or {}).items()}
        data = {"license_no": number, "name": fields.get("unit_name") or certificate.get("holder") or applicant.get("name"),
                "credit_code": applicant.get("credit_code"), "legal_representative": fields.get("legal_rep_name"),
                "address": fields.get("premises_address") or fields.get("registered_address"),
                "license_items": fields.get("license_items"), "valid_from": certificate.get("valid_from"),
                "valid_to": certificate.get("valid_to")}
        lic = self.add({"type_name": type_name, "number": number, "holder_id": holder,
                        "holder_name": data["name"] or "", "issuer_name": certificate.get("issuer", ""),
                        "issued_on": certificate.get("issued_on"), "valid_from": certificate.get("valid_from"),
                        "valid_to": certificate.get("valid_to"), "data": {k: v for k, v in data.items() if v}},
                       source="issued", case_uuid=case.uuid, session=session)
        return {**certificate, "elicense_id": lic["id"], "elicense_sha256": lic["file_sha256"]}

    def qr_check(self, number: str, eid: str = "") -> dict[str, Any]:
        """What a scanned certificate QR is told: is this licence in the library and in force?
        (Public: no personal data beyond the type, number and validity printed on the paper.)"""
        with self.sessions.begin() as s:
            row = s.get(LicenceRow, eid) if eid else None
            if row is None and number:
                row = s.execute(select(LicenceRow).where(LicenceRow.number_ref == self.ref("number", number))
                                ).scalars().first()
            # a 居民身份证's number is the ID number: the log keeps it masked, like every holder
            shown = (mask_holder(number) if number and holder_id_type(number) == "公民身份号码" else number) or eid
            self._log(s, Caller("public", ""), "qr", row.holder_id if row else "", "", "", shown,
                      "ok" if row else "not_found")
            if row is None or (number and row.number != number):
                return {"found": False, "valid": False, "message": "证照库中没有该证照 / no such licence"}
            lic = licence_json(row)
            genuine = verify_licence_signature(self.public_key(), lic)
            return {"found": True, "valid": genuine and lic["status"] == "valid", "status": lic["status"],
                    "genuine": genuine, "type_name": row.type_name, "number": row.number, "issuer": row.issuer_name,
                    "valid_from": row.valid_from, "valid_to": row.valid_to, "licence": row.id}

    # --- shared data -------------------------------------------------------------------------

    def put_shared(self, kind: str, subject_id: str, data: dict[str, Any], *, source: str = "") -> None:
        with self.sessions.begin() as s:
            row = s.execute(select(SharedRecordRow).where(SharedRecordRow.kind == kind,
                                                          SharedRecordRow.subject_ref == self.ref("holder", subject_id))
                            ).scalars().first()
            if row is None:
                row = SharedRecordRow(kind=kind, subject_id=subject_id.strip().upper(),
                                      subject_ref=self.ref("holder", subject_id))
                s.add(row)
            row.data, row.source, row.updated_at = data, source, utcnow()

    # --- authorizations ----------------------------------------------------------------------

    def authorize(self, caller: Caller, *, holder_id: str, purpose: str, scope: Iterable[str], case_ref: str = "",
                  consent_ref: str = "", hours: float = 24.0) -> dict[str, Any]:
        if not purpose.strip():
            raise InputError("授权须写明事由", "an authorization needs a purpose (申请事由)")
        scope = [str(x) for x in scope]
        if not scope:
            raise InputError("授权须列明范围", "an authorization needs a scope")
        now = utcnow()
        row = AuthorizationRow(id=str(uuidlib.uuid4()), workstation_id=caller.workstation_id,
                               center_code=caller.center_code, holder_ref=self.ref("holder", holder_id),
                               holder_masked=mask_holder(holder_id.strip().upper()),
                               purpose=purpose.strip(), scope=scope, case_ref=case_ref, consent_ref=consent_ref,
                               operator=caller.operator, granted_at=now,
                               expires_at=now + dt.timedelta(hours=max(0.01, min(hours, 24 * 7))))
        with self.sessions.begin() as s:
            s.add(row)
            self._log(s, caller, "authorize", holder_id.strip().upper(), row.id, row.purpose, ",".join(scope), "ok")
        return {"authorization": row.id, "expires_at": row.expires_at.isoformat(), "scope": scope}

    def revoke_authorization(self, caller: Caller, auth_id: str) -> bool:
        with self.sessions.begin() as s:
            row = s.get(AuthorizationRow, auth_id)
            if row is None or row.workstation_id != caller.workstation_id:
                self._log(s, caller, "revoke", "", auth_id, "", "", "denied")
                return False
            if row.revoked_at is None:
                row.revoked_at = utcnow()
            self._log(s, caller, "revoke", row.holder_masked, auth_id, row.purpose, "", "ok")
            return True

    def _check(self, s: Any, caller: Caller, auth_id: str, holder_id: str, ref: str, action: str) -> AuthorizationRow:
        row = s.get(AuthorizationRow, auth_id) if auth_id else None
        why = None
        if row is None:
            why = ("没有申请人授权，不能查询", "no authorization of the applicant for this lookup")
        elif row.workstation_id != caller.workstation_id:
            why = ("该授权不属于本工作站", "this authorization belongs to another workstation")
        elif row.holder_ref != self.ref("holder", holder_id):
            why = ("授权的持证主体与查询对象不符", "the authorization is for another holder")
        elif row.revoked_at is not None:
            why = ("申请人已撤回授权", "the applicant revoked this authorization")
        elif row.expires_at <= utcnow():
            why = ("授权已过期（一次一授权）", "the authorization has expired")
        elif "*" not in row.scope and ref not in row.scope:
            why = (f"授权范围不含 {ref}", f"{ref} is outside the authorization's scope")
        if why is not None:
            raise Denied(*why)
        return row

    def _denied(self, caller: Caller, action: str, holder: str, auth_id: str, target: str) -> None:
        with self.sessions.begin() as s:
            self._log(s, caller, action, holder, auth_id, "", target, "denied")

    # --- lookups -----------------------------------------------------------------------------

    def search(self, caller: Caller, *, holder_id: str, type_name: str, auth_id: str) -> list[dict[str, Any]]:
        ref = f"elicense.{type_name}"
        try:
            with self.sessions.begin() as s:
                auth = self._check(s, caller, auth_id, holder_id, ref, "search")
                rows = s.execute(select(LicenceRow).where(LicenceRow.holder_ref == self.ref("holder", holder_id),
                                                          LicenceRow.type_name == type_name)
                                 .order_by(LicenceRow.issued_on.desc())).scalars().all()
                out = [licence_json(r, data=False) for r in rows]
                self._log(s, caller, "search", holder_id, auth_id, auth.purpose, ref, "ok" if out else "not_found")
                return out
        except Denied:
            self._denied(caller, "search", holder_id, auth_id, ref)
            raise

    def fetch(self, caller: Caller, licence_id: str, auth_id: str) -> dict[str, Any]:
        with self.reads() as s:
            row = s.get(LicenceRow, licence_id)
            holder, type_name = (row.holder_id, row.type_name) if row else ("", "")
        if row is None:
            self._denied(caller, "fetch", "", auth_id, licence_id)
            raise Denied("没有该电子证照，或无权查看", "no such licence, or not authorized")
        try:
            with self.sessions.begin() as s:
                auth = self._check(s, caller, auth_id, holder, f"elicense.{type_name}", "fetch")
                row = s.get(LicenceRow, licence_id)
                self._log(s, caller, "fetch", holder, auth_id, auth.purpose, licence_id, "ok")
                return licence_json(row)
        except Denied:
            self._denied(caller, "fetch", holder, auth_id, licence_id)
            raise

    def file(self, caller: Caller, licence_id: str, auth_id: str) -> tuple[bytes, str]:
        lic = self.fetch(caller, licence_id, auth_id)
        with self.reads() as s:
            f = s.get(LicenceFileRow, lic["file_sha256"])
            if f is None:
                raise NotFoundError("证照文件缺失", "the licence file is missing")
            return f.content, f.media_type

    def verify(self, caller: Caller, licence_id: str, *, file_sha256: str | None = None,
               data: dict[str, Any] | None = None) -> dict[str, Any]:
        """Is this licence genuine and in force? Anyone signed in may ask (the QR on a certificate
        points here); the answer carries no personal data beyond what the asker already has."""
        reasons: list[str] = []
        with self.sessions.begin() as s:
            row = s.get(LicenceRow, licence_id)
            if row is None:
                row = s.execute(select(LicenceRow).where(LicenceRow.number_ref == self.ref("number", licence_id))
                                ).scalars().first()
            if row is None:
                self._log(s, caller, "verify", "", "", "", licence_id, "not_found")
                return {"licence": licence_id, "valid": False, "status": "unknown", "reasons": ["证照库中没有该证照"],
                        "checked_at": utcnow().isoformat()}
            lic = licence_json(row)
            if not verify_signature(self.public_key(), lic):
                reasons.append("签名校验失败（证照数据被改动）")
            stored = s.get(LicenceFileRow, row.file_sha256)
            if stored is None or hashlib.sha256(stored.content).hexdigest() != row.file_sha256:
                reasons.append("证照文件与登记的哈希不符")
            if file_sha256 and file_sha256 != row.file_sha256:
                reasons.append("提交核验的文件与证照库不符")
            if data is not None and data != row.data:
                reasons.append("提交核验的照面信息与证照库不符")
            status = lic["status"]
            if status == "revoked":
                reasons.append("证照已吊销/注销")
            elif status == "expired":
                reasons.append("证照已过有效期")
            elif status == "not_yet_valid":
                reasons.append("证照尚未生效")
            self._log(s, caller, "verify", row.holder_id, "", "", row.id, "ok" if not reasons else "failed")
            return {"licence": row.id, "number": row.number, "type_name": row.type_name, "valid": not reasons,
                    "status": status, "reasons": reasons, "file_sha256": row.file_sha256,
                    "checked_at": utcnow().isoformat()}

    def shared(self, caller: Caller, kind: str, subject_id: str, auth_id: str) -> dict[str, Any]:
        ref = f"shared.{kind}"
        try:
            with self.sessions.begin() as s:
                auth = self._check(s, caller, auth_id, subject_id, ref, "shared")
                row = s.execute(select(SharedRecordRow).where(SharedRecordRow.kind == kind,
                                                              SharedRecordRow.subject_ref == self.ref("holder", subject_id))
                                ).scalars().first()
                self._log(s, caller, "shared", subject_id, auth_id, auth.purpose, ref, "ok" if row else "not_found")
                if row is None:
                    return {"kind": kind, "found": False, "data": {}, "checked_at": utcnow().isoformat()}
                data = dict(row.data)
                digest = hashlib.sha256(canonical({"kind": kind, "subject": row.subject_id, "data": data})).hexdigest()
                return {"kind": kind, "found": True, "data": data, "source": row.source,
                        "updated_at": row.updated_at.isoformat(), "sha256": digest,
                        "signature": base64.b64encode(self._key.sign(digest.encode())).decode(),
                        "checked_at": utcnow().isoformat()}
        except Denied:
            self._denied(caller, "shared", subject_id, auth_id, ref)
            raise

    # --- the access log ----------------------------------------------------------------------

    def _log(self, s: Any, caller: Caller, action: str, holder: str, auth_id: str, purpose: str, target: str,
             outcome: str) -> None:
        """Append to the chain inside the caller's transaction (the tip row is locked: on
        PostgreSQL with SELECT … FOR UPDATE, on SQLite by the writer's BEGIN IMMEDIATE)."""
        tip = s.execute(select(AccessTipRow).where(AccessTipRow.id == 1).with_for_update()).scalar_one()
        at = utcnow().replace(microsecond=0)
        row = AccessLogRow(at=at, workstation_id=caller.workstation_id, center_code=caller.center_code,
                           operator=caller.operator[:64], action=action, holder=mask_holder(holder) if holder else "",
                           authorization_id=auth_id[:36], purpose=purpose, target=target[:200], outcome=outcome,
                           prev_hash=tip.last_hash, hash="")
        row.hash = _chain_hash(row)
        s.add(row)
        tip.last_hash = row.hash

    def access_log(self, *, holder: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        with self.reads() as s:
            stmt = select(AccessLogRow).order_by(AccessLogRow.id.desc()).limit(limit)
            if holder:
                stmt = stmt.where(AccessLogRow.holder == mask_holder(holder))
            return [_log_json(r) for r in reversed(s.execute(stmt).scalars().all())]

    def verify_log(self) -> dict[str, Any]:
        """Walk the chain: every row's hash and its link to the previous row."""
        prev = GENESIS
        n = 0
        with self.reads() as s:
            for row in s.execute(select(AccessLogRow).order_by(AccessLogRow.id)).scalars():
                if row.prev_hash != prev or _chain_hash(row) != row.hash:
                    return {"ok": False, "rows": n, "broken_at": row.id}
                prev, n = row.hash, n + 1
            tip = s.get(AccessTipRow, 1)
            ok = tip is not None and tip.last_hash == prev
        return {"ok": ok, "rows": n, "broken_at": None if ok else "tip"}


def _chain_hash(row: AccessLogRow) -> str:
    payload = {"at": row.at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "ws": row.workstation_id,
               "center": row.center_code, "operator": row.operator, "action": row.action, "holder": row.holder,
               "auth": row.authorization_id, "purpose": row.purpose, "target": row.target, "outcome": row.outcome}
    return hashlib.sha256(row.prev_hash.encode() + canonical(payload)).hexdigest()


def _log_json(r: AccessLogRow) -> dict[str, Any]:
    return {"id": r.id, "at": r.at.isoformat(), "workstation": r.workstation_id, "center": r.center_code,
            "operator": r.operator, "action": r.action, "holder": r.holder, "authorization": r.authorization_id,
            "purpose": r.purpose, "target": r.target, "outcome": r.outcome, "hash": r.hash}


def render_licence_pdf(fields: dict[str, Any]) -> bytes:
    """A plain A4 rendering of the licence's 照面信息 (for exports that carry no file)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.documents.fonts import register_font

    font = register_font()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(f"{fields['type_name']} {fields['number']}")
    w, h = A4
    c.setFont(font, 22)
    c.drawCentredString(w / 2, h - 40 * mm, fields["type_name"])
    c.setFont(font, 11)
    y = h - 60 * mm
    lines = [("证照编号", fields["number"]), ("持证主体", fields["holder_name"]), ("持证主体代码", fields["holder_id"]),
             ("颁证单位", fields["issuer_name"]), ("颁证日期", fields["issued_on"]),
             ("有效期", f"{fields['valid_from']} 至 {fields['valid_to'] or '长期'}")]
    lines += [(str(k), str(v)) for k, v in sorted((fields.get("data") or {}).items())]
    for label, value in lines:
        c.drawString(25 * mm, y, f"{label}：{value}"[:80])
        y -= 8 * mm
    c.setFont(font, 8)
    c.drawString(25 * mm, 20 * mm, f"电子证照标识 {fields['id']}")
    c.showPage()
    c.save()
    return buf.getvalue()
