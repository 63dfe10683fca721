"""电子证照 and shared data at the window ("两个免于提交"): consent → lookup → take with one key.

Why it exists: a material the catalog marks `exempt_by: [elicense.营业执照]` or `shared.户籍`
need not be handed in when the platform holds it. The use cases here:

- `grant_consent`: the applicant authorises this lookup for this case only (一次一授权): the
  scope (the case's `exempt_by` references), the purpose (item + 受理编号), who recorded it, on
  what evidence; revocable (`revoke_consent`), audited (`consent.grant` / `consent.revoke`).
- `lookup`: asks the platform, through a `LicenceGateway` the caller passes in (the HTTP client
  lives in `sync.client.elicense`; `app` never imports `sync`), for every licence and shared
  record the case's materials can be exempted by, and checks each one: the file's sha256, the
  platform's Ed25519 signature, the platform's own verification and the status (valid /
  revoked / expired). Each lookup is audited locally (`elicense.lookup`: who, whose data
  (masked), why) and in the platform's access log.
- `take`: the clerk takes what checked out with one key: the material becomes `exempted` with
  `quality["exemption"]` = {kind, ref, licence id, number, sha256, checked_at, state}, the licence
  file is kept with the case (encrypted like every attachment), and fields fill from the licence
  data with source `elicense`/`shared` and confidence 1.0. A licence that is revoked, expired or
  does not verify is recorded as a failed exemption (a finding, see `app.review.elicense`), never
  a silent exemption; a disagreement with OCR or with what the clerk typed is a finding too.
- Offline: `lookup` never blocks: it records the pending check and the clerk captures the paper
  as today. `recheck_pending` (called by the sync sender when the platform answers again) runs the
  check then; a check that fails becomes a task for the clerk (`open_tasks`), never a silent change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid as uuidlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import func, select

from app.catalog.situations import matches, resolve
from app.errors import InputError, NotFoundError, ZongchuangError
from app.security.masking import mask_id_number
from app.security.roles import require_permission
from app.security.tables import ConsentRow
from app.services import cases as case_svc
from app.services.consent import subject_ref
from app.services.context import ServiceContext
from app.storage import Actor
from app.storage.tables import AttachmentRow, CaseRow, utcnow

CONSENT_KIND = "elicense_fetch"
DEFAULT_HOURS = 24  # 一次一授权: this case, today

# licence type → the OCR doc kind whose field keys its data items use (the platform says so too)
DOC_KINDS = {"营业执照": "business_license", "公共场所卫生许可证": "public_health_license",
             "食品经营许可证": "food_business_license", "出版物经营许可证": "publication_license"}
KEY_ZH = {"name": "名称", "credit_code": "统一社会信用代码", "legal_representative": "法定代表人", "address": "住所/地址",
          "license_no": "证照编号", "license_items": "许可项目", "valid_to": "有效期至", "entity_type": "类型"}
STATE_ZH = {"verified": "已核验", "revoked": "已吊销/注销", "expired": "已过期", "unverifiable": "无法核验",
            "not_found": "证照库中未找到", "pending": "待联网核验", "not_yet_valid": "尚未生效"}


class PlatformUnreachable(ZongchuangError):
    """The platform did not answer (offline): the lookup waits for the network; nothing blocks."""

    exit_code = 7


class LookupDenied(ZongchuangError):
    """The platform refused the lookup (no or wrong authorization)."""

    exit_code = 6


class LicenceGateway(Protocol):
    """What the window needs from the platform (implemented over HTTP in `sync.client.elicense`)."""

    def authorize(self, *, holder_id: str, purpose: str, scope: Sequence[str], case_ref: str, consent_ref: str,
                  operator: str) -> str: ...

    def revoke_authorization(self, auth_id: str, *, operator: str) -> None: ...

    def search(self, holder_id: str, type_name: str, auth_id: str, *, operator: str) -> list[dict[str, Any]]: ...

    def fetch(self, licence_id: str, auth_id: str, *, operator: str) -> dict[str, Any]: ...

    def file(self, licence_id: str, auth_id: str, *, operator: str) -> bytes: ...

    def verify(self, licence_id: str, *, file_sha256: str | None, data: dict[str, Any] | None,
               operator: str) -> dict[str, Any]: ...

    def public_key(self) -> str: ...

    def shared(self, kind: str, subject_id: str, auth_id: str, *, operator: str) -> dict[str, Any]: ...


# ------------------------------------------------------------------ what the case can be exempted by

def holder_of(detail: dict[str, Any]) -> str:
    """The holder the platform is asked about: the credit code of an organisation, else the
    applicant's (or the card's) 公民身份号码."""
    app = detail.get("applicant") or {}
    card = detail.get("card_read") or {}
    if app.get("kind") == "organisation" and app.get("credit_code"):
        return str(app["credit_code"]).strip().upper()
    ident = app.get("id_number") or card.get("id_number") or app.get("credit_code") or ""
    return str(ident).strip().upper()


def exemptible(ctx: ServiceContext, ident: str, detail: dict[str, Any] | None = None) -> list[tuple[str, str, str]]:
    """(material code, material name, exempt_by reference) for the case's current checklist."""
    detail = detail or case_svc.case_detail(ctx, ident)
    item = ctx.catalog.get(detail["item_code"])
    answers = {k: (v if isinstance(v, list) else [v]) for k, v in (detail.get("answers") or {}).items()}
    in_case = {m["code"] for m in detail.get("materials") or []}
    out = []
    for m in resolve(item, answers).materials:
        if m.code in in_case:
            out.extend((m.code, m.name, ref) for ref in m.exempt_by)
    return out


# ------------------------------------------------------------------ consent

def grant_consent(ctx: ServiceContext, ident: str, *, actor: Actor, purpose: str | None = None,
                  scope: Sequence[str] | None = None, evidence: str = "", hours: float = DEFAULT_HOURS) -> dict[str, Any]:
    """Record the applicant's authorization to fetch their licences and shared records for this
    case (一次一授权): scope defaults to every `exempt_by` reference of the checklist."""
    require_permission(actor, "consent.record")
    detail = case_svc.case_detail(ctx, ident)
    holder = holder_of(detail)
    if not holder:
        raise InputError("请先读取身份证或录入统一社会信用代码，再取得授权",
                         "read the ID card or enter the credit code before asking for the authorization")
    refs = list(dict.fromkeys(scope or [r for _c, _n, r in exemptible(ctx, ident, detail)]))
    if not refs:
        raise InputError("本办件没有可通过电子证照或数据共享免于提交的材料",
                         "no material of this case can be exempted by e-licences or shared data")
    purpose = (purpose or f"办理“{detail.get('item_name', detail['item_code'])}”（受理编号 {detail['acceptance_number']}）"
                          "，调取电子证照及共享数据以免于提交材料").strip()
    now = utcnow()
    row = ConsentRow(uuid=str(uuidlib.uuid4()), kind=CONSENT_KIND, subject_ref=subject_ref(ctx, holder),
                     subject_masked=mask_id_number(holder), purpose=purpose, items=refs, case_uuid=detail["uuid"],
                     evidence=evidence[:200], granted_by=actor.user, granted_at=now,
                     expires_at=now + dt.timedelta(hours=hours), revoked_by="")
    with ctx.store.unit_of_work(actor) as uow:
        uow.session.add(row)
        uow.audit("consent.grant", case_uuid=detail["uuid"], target=row.uuid,
                  detail={"kind": CONSENT_KIND, "purpose": purpose, "items": refs, "subject": row.subject_masked,
                          "hours": hours, "evidence": bool(evidence)})
    ctx.publish("case.changed", uuid=detail["uuid"])
    return _consent_json(row)


def _consent_json(row: ConsentRow) -> dict[str, Any]:
    now = utcnow()
    return {"uuid": row.uuid, "subject": row.subject_masked, "purpose": row.purpose, "items": list(row.items or []),
            "case_uuid": row.case_uuid, "granted_by": row.granted_by, "granted_at": row.granted_at.isoformat(),
            "expires_at": row.expires_at.isoformat() if row.expires_at else None,
            "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None,
            "active": row.revoked_at is None and (row.expires_at is None or _aware(row.expires_at) > now)}


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def active_consent(ctx: ServiceContext, ident: str, case_uuid: str | None = None) -> dict[str, Any] | None:
    """This case's unrevoked, unexpired e-licence consent (the newest), or None."""
    case_uuid = case_uuid or case_svc.case_detail(ctx, ident)["uuid"]
    with ctx.store.read() as s:
        rows = s.execute(select(ConsentRow).where(ConsentRow.kind == CONSENT_KIND, ConsentRow.case_uuid == case_uuid)
                         .order_by(ConsentRow.id.desc())).scalars().all()
        for row in rows:
            c = _consent_json(row)
            if c["active"]:
                return c
    return None


def revoke_consent(ctx: ServiceContext, ident: str, *, actor: Actor, gateway: LicenceGateway | None = None) -> int:
    """The applicant withdraws the authorization: the local record and (when online) the
    platform's authorization are revoked; later lookups are refused. Returns how many."""
    detail = case_svc.case_detail(ctx, ident)
    n = 0
    with ctx.store.unit_of_work(actor) as uow:
        rows = uow.session.execute(select(ConsentRow).where(ConsentRow.kind == CONSENT_KIND,
                                                            ConsentRow.case_uuid == detail["uuid"],
                                                            ConsentRow.revoked_at.is_(None))).scalars().all()
        for row in rows:
            row.revoked_at, row.revoked_by = utcnow(), actor.user
            uow.audit("consent.revoke", case_uuid=detail["uuid"], target=row.uuid, detail={"kind": CONSENT_KIND})
            n += 1
    auths = ((detail_extra(ctx, ident).get("elicense") or {}).get("authorizations") or {})
    if gateway is not None:
        for auth_id in auths.values():
            try:
                gateway.revoke_authorization(auth_id, operator=actor.user)
            except PlatformUnreachable:
                pass  # the platform's authorization expires by itself (hours)
    _update_extra(ctx, ident, actor, lambda e: e.pop("authorizations", None))
    for o in offers_of(ctx, ident):  # fetched but not taken: the files leave this process's memory
        _FILES.pop(o.file_sha256 or "", None)
    return n


# ------------------------------------------------------------------ lookup

@dataclass
class Offer:
    """One licence or shared record that can exempt a material, with how it checked out."""

    material: str
    material_name: str
    ref: str  # elicense.营业执照 / shared.户籍
    kind: str  # elicense / shared
    state: str  # verified / revoked / expired / unverifiable / not_found / pending
    reasons: list[str] = field(default_factory=list)
    licence: dict[str, Any] | None = None  # metadata + data items (elicense) or the shared record
    file_sha256: str | None = None
    checked_at: str = ""

    @property
    def ok(self) -> bool:
        return self.state == "verified"

    def to_dict(self) -> dict[str, Any]:
        return {"material": self.material, "material_name": self.material_name, "ref": self.ref, "kind": self.kind,
                "state": self.state, "state_zh": STATE_ZH.get(self.state, self.state), "reasons": self.reasons,
                "licence": self.licence, "file_sha256": self.file_sha256, "checked_at": self.checked_at}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Offer:
        return cls(d["material"], d.get("material_name", ""), d["ref"], d["kind"], d["state"], list(d.get("reasons") or []),
                   d.get("licence"), d.get("file_sha256"), d.get("checked_at", ""))


@dataclass
class LookupResult:
    offers: list[Offer]
    offline: bool = False
    message: str = ""
    elapsed_ms: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"offline": self.offline, "message": self.message, "elapsed_ms": self.elapsed_ms,
                "offers": [o.to_dict() for o in self.offers]}


def detail_extra(ctx: ServiceContext, ident: str) -> dict[str, Any]:
    with ctx.store.read() as s:
        return dict(case_svc._load(s, ident).extra or {})


def _update_extra(ctx: ServiceContext, ident: str, actor: Actor, change, *, event: str | None = None,
                  detail: dict[str, Any] | None = None) -> None:
    with ctx.store.unit_of_work(actor) as uow:
        row = case_svc._load(uow.session, ident)
        extra = dict(row.extra or {})
        el = dict(extra.get("elicense") or {})
        change(el)
        extra["elicense"] = el
        row.extra = extra
        if event:
            uow.audit(event, case_uuid=row.uuid, target=row.acceptance_number, detail=detail or {})


def lookup(ctx: ServiceContext, ident: str, gateway: LicenceGateway, *, actor: Actor) -> LookupResult:
    """Ask the platform for every licence / shared record the case's materials can be exempted
    by (needs the applicant's active consent). Offline → the check is recorded as pending."""
    import time

    t0 = time.perf_counter()
    detail = case_svc.case_detail(ctx, ident)
    consent = active_consent(ctx, ident, detail["uuid"])
    if consent is None:
        raise InputError("调取电子证照须先取得申请人授权（一次一授权）",
                         "the applicant's authorization is needed before fetching e-licences",
                         hint_zh="请申请人确认授权后再调取", hint_en="record the applicant's consent first")
    holder = holder_of(detail)
    wanted = [(c, n, r) for c, n, r in exemptible(ctx, ident, detail) if r in consent["items"] or "*" in consent["items"]]
    who = {"operator": actor.user, "subject": mask_id_number(holder), "purpose": consent["purpose"],
           "consent": consent["uuid"], "refs": sorted({r for _c, _n, r in wanted})}
    try:
        offers = _ask(ctx, ident, gateway, detail, consent, holder, wanted, actor)
    except PlatformUnreachable as exc:
        pending = {"consent": consent["uuid"], "refs": who["refs"], "since": utcnow().isoformat(),
                   "materials": sorted({c for c, _n, _r in wanted})}
        _update_extra(ctx, ident, actor, lambda e: e.__setitem__("pending", pending), event="elicense.lookup",
                      detail={**who, "outcome": "offline"})
        ctx.publish("case.changed", uuid=detail["uuid"])
        return LookupResult([Offer(c, n, r, r.split(".")[0], "pending") for c, n, r in wanted], offline=True,
                            message=f"平台暂不可达，请照常收取纸质材料；联网后将自动核验 / platform unreachable: {exc.message_en}",
                            elapsed_ms=int((time.perf_counter() - t0) * 1000))
    states = {o.ref: o.state for o in offers}
    _update_extra(ctx, ident, actor, lambda e: (e.__setitem__("offers", [o.to_dict() for o in offers]),
                                                e.pop("pending", None)),
                  event="elicense.lookup", detail={**who, "outcome": states})
    ctx.publish("case.changed", uuid=detail["uuid"])
    return LookupResult(offers, elapsed_ms=int((time.perf_counter() - t0) * 1000))


def _authorization(ctx: ServiceContext, ident: str, gateway: LicenceGateway, detail: dict[str, Any],
                   consent: dict[str, Any], holder: str, actor: Actor) -> str:
    el = detail_extra(ctx, detail["uuid"]).get("elicense") or {}
    auths = el.get("authorizations") or {}
    if el.get("consent") == consent["uuid"] and auths.get(holder):
        return auths[holder]
    auth_id = gateway.authorize(holder_id=holder, purpose=consent["purpose"], scope=consent["items"],
                                case_ref=detail["acceptance_number"], consent_ref=consent["uuid"], operator=actor.user)

    def put(e: dict[str, Any]) -> None:
        e["consent"] = consent["uuid"]
        e["authorizations"] = {**(e.get("authorizations") or {}), holder: auth_id}

    _update_extra(ctx, ident, actor, put)
    return auth_id


def _ask(ctx: ServiceContext, ident: str, gateway: LicenceGateway, detail: dict[str, Any], consent: dict[str, Any],
         holder: str, wanted: list[tuple[str, str, str]], actor: Actor) -> list[Offer]:
    auth_id = _authorization(ctx, ident, gateway, detail, consent, holder, actor)
    key: str | None = None
    cache: dict[str, Offer] = {}
    offers: list[Offer] = []
    for code, name, ref in wanted:
        kind, _, what = ref.partition(".")
        if ref in cache:
            c = cache[ref]
            offers.append(Offer(code, name, ref, c.kind, c.state, list(c.reasons), c.licence, c.file_sha256, c.checked_at))
            continue
        if kind == "elicense":
            if key is None:
                key = gateway.public_key()
            offer = _check_licence(gateway, key, holder, what, auth_id, actor)
        else:
            offer = _check_shared(gateway, holder, what, auth_id, actor)
        offer.material, offer.material_name, offer.ref = code, name, ref
        cache[ref] = offer
        offers.append(offer)
    return offers


def _check_licence(gateway: LicenceGateway, key: str, holder: str, type_name: str, auth_id: str,
                   actor: Actor) -> Offer:
    from app.security.licence_sig import verify_licence_signature


    now = utcnow().isoformat()
    found = gateway.search(holder, type_name, auth_id, operator=actor.user)
    if not found:
        return Offer("", "", "", "elicense", "not_found", ["证照库中没有该申请人的此类证照"], checked_at=now)
    order = {"valid": 0, "not_yet_valid": 1, "expired": 2, "revoked": 3}
    best = sorted(found, key=lambda lic: (order.get(lic.get("status", ""), 9), _neg(lic.get("issued_on") or "")))[0]
    lic = gateway.fetch(best["id"], auth_id, operator=actor.user)
    data = gateway.file(best["id"], auth_id, operator=actor.user)
    reasons: list[str] = []
    digest = hashlib.sha256(data).hexdigest()
    if digest != lic.get("file_sha256"):
        reasons.append("证照文件的哈希与证照数据不符")
    if not verify_licence_signature(key, lic):
        reasons.append("证照签名校验失败（数据可能被篡改）")
    check = gateway.verify(lic["id"], file_sha256=digest, data=lic.get("data"), operator=actor.user)
    reasons.extend(r for r in check.get("reasons") or [] if r not in reasons)
    status = check.get("status") or lic.get("status") or "unknown"
    if status in ("revoked", "expired", "not_yet_valid"):
        state = status
    elif reasons or not check.get("valid"):
        state = "unverifiable"
    else:
        state = "verified"
    lic = {**lic, "doc_kind": lic.get("doc_kind") or DOC_KINDS.get(type_name, "")}
    offer = Offer("", "", "", "elicense", state, reasons, lic, digest, check.get("checked_at") or now)
    _FILES[digest] = data
    while len(_FILES) > _FILES_KEPT:  # fetched, never taken (Esc, another case): forgotten, oldest first
        _FILES.pop(next(iter(_FILES)))
    return offer


def _neg(s: str) -> str:
    """Sort key: newer dates first."""
    return "".join(chr(0x10FFFF - ord(ch)) for ch in s)


# licence files fetched in this process, by sha256, between lookup and take: taken → stored
# encrypted in the case and dropped here; consent revoked → dropped; at most a few kept
_FILES: dict[str, bytes] = {}
_FILES_KEPT = 16


def _check_shared(gateway: LicenceGateway, holder: str, kind: str, auth_id: str, actor: Actor) -> Offer:
    rec = gateway.shared(kind, holder, auth_id, operator=actor.user)
    now = rec.get("checked_at") or utcnow().isoformat()
    if not rec.get("found"):
        return Offer("", "", "", "shared", "not_found", ["共享数据中没有该申请人的记录"], checked_at=now)
    return Offer("", "", "", "shared", "verified", [], rec, rec.get("sha256"), now)


# ------------------------------------------------------------------ take

@dataclass
class TakeResult:
    exempted: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # material → state
    filled: list[str] = field(default_factory=list)
    discrepancies: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"exempted": self.exempted, "failed": self.failed, "filled": self.filled,
                "discrepancies": self.discrepancies}


def offers_of(ctx: ServiceContext, ident: str) -> list[Offer]:
    return [Offer.from_dict(o) for o in (detail_extra(ctx, ident).get("elicense") or {}).get("offers") or []]


def take(ctx: ServiceContext, ident: str, *, actor: Actor, gateway: LicenceGateway | None = None,
         materials: Iterable[str] | None = None) -> TakeResult:
    """Take the looked-up licences/records (all, or `materials`): exempt what verified, record
    what did not as a failed exemption (a finding), fill fields with source elicense/shared."""
    detail = case_svc.case_detail(ctx, ident)
    offers = offers_of(ctx, ident)
    if not offers:
        raise InputError("尚未调取电子证照（或平台不可达，待联网核验）", "nothing looked up yet (or waiting for the network)")
    only = set(materials) if materials else None
    result = TakeResult()
    files: dict[str, bytes] = {}
    for o in offers:
        if o.ok and o.kind == "elicense" and o.file_sha256:
            data = _FILES.get(o.file_sha256)
            if data is None and gateway is not None:
                auth = ((detail_extra(ctx, ident).get("elicense") or {}).get("authorizations") or {}).get(holder_of(detail))
                data = gateway.file(o.licence["id"], auth or "", operator=actor.user)
            if data is not None and hashlib.sha256(data).hexdigest() == o.file_sha256:
                files[o.file_sha256] = data
    digests = {d: ctx.store.attachments.put(b) for d, b in files.items()}
    with ctx.store.unit_of_work(actor) as uow:
        row = case_svc._load(uow.session, ident)
        case_svc._touch_after_edit(uow, row)
        by_code = {m.code: m for m in row.materials}
        for o in offers:
            if only is not None and o.material not in only:
                continue
            m = by_code.get(o.material)
            if m is None:
                continue
            q = dict(m.quality or {})
            lic = o.licence or {}
            ex = {"kind": o.kind, "ref": o.ref, "state": o.state, "reasons": o.reasons, "checked_at": o.checked_at,
                  "licence_id": lic.get("id"), "number": lic.get("number"), "type_name": lic.get("type_name"),
                  "issuer": lic.get("issuer_name"), "valid_to": lic.get("valid_to"), "sha256": o.file_sha256,
                  "taken_by": actor.user, "taken_at": utcnow().isoformat()}
            if o.ok and m.status == "exempted" and (q.get("exemption") or {}).get("state") == "verified" \
                    and o.material in result.exempted:
                continue
            if o.ok:
                if o.kind == "elicense" and o.file_sha256 in digests:
                    if not any(a.sha256 == o.file_sha256 and a.material_code == m.code for a in row.attachments):
                        row.attachments.append(AttachmentRow(
                            material_code=m.code, page_no=1, sha256=digests[o.file_sha256], size=len(files[o.file_sha256]),
                            media_type=lic.get("file_media_type") or "application/pdf",
                            filename=f"{m.code}-电子证照-{lic.get('number', '')}"[:195]
                            + (".ofd" if lic.get("file_media_type") == "application/ofd" else ".pdf"), role="elicense",
                            created_at=utcnow()))
                    doc_kind = lic.get("doc_kind") or DOC_KINDS.get(str(lic.get("type_name")), "")
                    if doc_kind and m.status != "received":
                        m.doc_kind = doc_kind
                        # the licence's data items read like an OCR result at confidence 1.0, so the
                        # catalog's rules on ocr.<material>.<key> check the form against the library
                        q["ocr"] = {k: {"value": str(v), "confidence": 1.0, "box": [], "page": 1, "kind": doc_kind,
                                        "source": "elicense"} for k, v in (lic.get("data") or {}).items()}
                q["exemption"] = ex
                m.quality = q
                if m.status != "received":
                    m.status, m.note = "exempted", _note(o)
                    m.originals = m.copies = 0  # nothing on paper
                else:  # paper already captured: the library confirms it
                    q["elicense_check"] = ex
                result.exempted.append(m.code)
            else:
                q["exemption"] = ex
                m.quality = q
                result.failed[m.code] = o.state
        uow.audit("elicense.take", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"exempted": result.exempted, "failed": result.failed,
                          "licences": sorted({str((o.licence or {}).get("id") or o.ref) for o in offers if o.ok})})
    for digest in files:  # now inside the case (sealed attachment): not kept in memory too
        _FILES.pop(digest, None)
    filled, disc = _fill_fields(ctx, ident, [o for o in offers if o.ok], actor=actor)
    result.filled, result.discrepancies = filled, disc
    ctx.publish("case.changed", uuid=detail["uuid"])
    return result


def _note(o: Offer) -> str:
    if o.kind == "elicense":
        return f"电子证照调用（证照编号 {(o.licence or {}).get('number', '')}）"
    return f"数据共享核验（{o.ref.partition('.')[2]}）"


def _norm(v: Any) -> str:
    from app.validators.text import compact

    return compact(str(v or "")).replace("（", "(").replace("）", ")").upper()


def _value_for(src: str, offers: list[Offer]) -> tuple[str, Offer] | None:
    doc, _, key = src.partition(".")
    for o in offers:
        lic = o.licence or {}
        if o.kind == "elicense":
            data = {**(lic.get("data") or {}), "license_no": lic.get("number"), "证照编号": lic.get("number"),
                    "valid_to": (lic.get("data") or {}).get("valid_to") or lic.get("valid_to") or "长期",
                    "valid_from": (lic.get("data") or {}).get("valid_from") or lic.get("valid_from")}
            if doc == "elicense":
                t, _, k = key.partition(".")
                if t == lic.get("type_name") and data.get(k):
                    return str(data[k]), o
            elif doc == lic.get("doc_kind") and data.get(key):
                return str(data[key]), o
        elif o.kind == "shared" and doc == "shared":
            t, _, k = key.partition(".")
            if o.ref == f"shared.{t}" and (lic.get("data") or {}).get(k):
                return str(lic["data"][k]), o
    return None


def _fill_fields(ctx: ServiceContext, ident: str, offers: list[Offer], *, actor: Actor
                 ) -> tuple[list[str], list[dict[str, Any]]]:
    from app.services.prefill import _coerce

    if not offers:
        return [], []
    detail = case_svc.case_detail(ctx, ident)
    item = ctx.catalog.get(detail["item_code"])
    answers = {k: (v if isinstance(v, list) else [v]) for k, v in (detail.get("answers") or {}).items()}
    existing = detail.get("fields") or {}
    updates: dict[str, case_svc.FieldInput] = {}
    disc: list[dict[str, Any]] = []
    for spec in item.fields:
        if not spec.prefill or (spec.when and not matches(spec.when, answers)):
            continue
        hit = next((v for v in (_value_for(s, offers) for s in spec.prefill) if v is not None), None)
        if hit is None:
            continue
        raw, o = hit
        value = _coerce(spec, raw)
        if value is None:
            continue
        cur = existing.get(spec.key) or {}
        lic = o.licence or {}
        ref = str(lic.get("number") or o.ref)[:120]
        if cur.get("value") and _norm(cur["value"]) != _norm(value):
            disc.append({"field": spec.key, "label": spec.label, "material": o.material, "ref": o.ref,
                         "licence": value, "form": cur["value"], "form_source": cur.get("source")})
            if cur.get("source") not in (None, "ocr", "history", "elicense", "shared"):
                continue  # the clerk's (or the chip's) value stays; the finding asks a human
        if cur.get("value") == value and cur.get("source") in ("elicense", "shared"):
            continue
        updates[spec.key] = case_svc.FieldInput(value, "elicense" if o.kind == "elicense" else "shared", ref, 1.0)
    # OCR of paper copies of the same document kind that disagrees with the library
    for m in detail.get("materials") or []:
        for k, f in ((m.get("quality") or {}).get("ocr") or {}).items():
            if f.get("source") == "elicense" or f.get("flagged") or not f.get("value"):
                continue
            for o in offers:
                lic = o.licence or {}
                if o.kind == "elicense" and f.get("kind") == lic.get("doc_kind") and (lic.get("data") or {}).get(k) \
                        and _norm(lic["data"][k]) != _norm(f["value"]) \
                        and not any(d["licence"] == str(lic["data"][k]) and d["form"] == f["value"] for d in disc):
                    disc.append({"field": k, "label": KEY_ZH.get(k, k), "material": m["code"], "ref": o.ref,
                                 "licence": str(lic["data"][k]), "form": f["value"], "form_source": "ocr"})
    if updates:
        case_svc.set_fields(ctx, ident, updates, actor=actor)
    with ctx.store.unit_of_work(actor) as uow:
        row = case_svc._load(uow.session, ident)
        for m in row.materials:
            mine = [d for d in disc if d["material"] == m.code]
            q = dict(m.quality or {})
            if mine or q.get("elicense_discrepancies"):
                q["elicense_discrepancies"] = mine
                m.quality = q
        if disc:
            uow.audit("elicense.discrepancy", case_uuid=row.uuid, target=row.acceptance_number,
                      detail={"fields": sorted({d["field"] for d in disc})})
    return sorted(updates), disc


# ------------------------------------------------------------------ offline: re-check at sync, tasks

def recheck_pending(ctx: ServiceContext, gateway: LicenceGateway, *, actor: Actor | None = None) -> list[dict[str, Any]]:
    """Run the checks recorded while offline (called by the sync sender once the platform
    answers). A licence that verifies and agrees with the captured paper is recorded on the
    material (`quality["elicense_check"]`); anything else becomes a task for the clerk. Cases
    whose consent was revoked meanwhile are not looked up (the pending check is dropped, audited)."""
    actor = actor or Actor(user="sync", role="system", terminal="")
    out = []
    with ctx.store.read() as s:  # only cases with a pending check (every sync pass asks)
        rows = s.execute(select(CaseRow.uuid, CaseRow.extra)
                         .where(func.json_extract(CaseRow.extra, "$.elicense.pending").is_not(None))).all()
    for uuid, extra in rows:
        pending = ((extra or {}).get("elicense") or {}).get("pending")
        if not pending:
            continue
        consent = active_consent(ctx, uuid)
        if consent is None:
            _update_extra(ctx, uuid, actor, lambda e: e.pop("pending", None), event="elicense.recheck",
                          detail={"outcome": "consent_revoked_or_expired"})
            _add_task(ctx, uuid, actor, "elicense_recheck", "电子证照待核验，但申请人的授权已撤回或过期：请核对已收取的纸质材料")
            out.append({"case": uuid, "outcome": "no_consent"})
            continue
        detail = case_svc.case_detail(ctx, uuid)
        holder = holder_of(detail)
        wanted = [(c, n, r) for c, n, r in _exemptible_detail(ctx, detail) if r in pending.get("refs", [])]
        try:
            offers = _ask(ctx, uuid, gateway, detail, consent, holder, wanted, actor)
        except PlatformUnreachable:
            break  # still offline: try again at the next pass
        except LookupDenied as exc:
            _add_task(ctx, uuid, actor, "elicense_recheck", f"联网核验电子证照被平台拒绝：{exc.message_zh}")
            _update_extra(ctx, uuid, actor, lambda e: e.pop("pending", None))
            out.append({"case": uuid, "outcome": "denied"})
            continue
        problems = []
        by_code = {m["code"]: m for m in detail.get("materials") or []}
        for o in offers:
            m = by_code.get(o.material) or {}
            if not o.ok:
                problems.append(f"“{o.material_name}”：{STATE_ZH.get(o.state, o.state)}"
                                + (f"（{'；'.join(o.reasons)}）" if o.reasons else ""))
                continue
            for k, f in ((m.get("quality") or {}).get("ocr") or {}).items():
                lic_v = (o.licence or {}).get("data", {}).get(k)
                if lic_v and f.get("value") and not f.get("flagged") and _norm(lic_v) != _norm(f["value"]):
                    problems.append(f"“{o.material_name}”的纸质材料“{KEY_ZH.get(k, k)}”为“{f['value']}”，电子证照为“{lic_v}”")
        offers_d = [o.to_dict() for o in offers]

        def done(e: dict[str, Any], offers_d: list[dict[str, Any]] = offers_d) -> None:
            e.pop("pending", None)
            e["offers"] = offers_d
            e["rechecked_at"] = utcnow().isoformat()

        _update_extra(ctx, uuid, actor, done, event="elicense.recheck",
                      detail={"outcome": "failed" if problems else "ok", "refs": pending.get("refs", [])})
        _record_checks(ctx, uuid, offers, actor)
        if problems:
            _add_task(ctx, uuid, actor, "elicense_recheck", "联网核验未通过：" + "；".join(problems))
        out.append({"case": uuid, "outcome": "failed" if problems else "ok", "problems": problems})
    return out


def _exemptible_detail(ctx: ServiceContext, detail: dict[str, Any]) -> list[tuple[str, str, str]]:
    item = ctx.catalog.get(detail["item_code"])
    answers = {k: (v if isinstance(v, list) else [v]) for k, v in (detail.get("answers") or {}).items()}
    in_case = {m["code"] for m in detail.get("materials") or []}
    return [(m.code, m.name, ref) for m in resolve(item, answers).materials if m.code in in_case for ref in m.exempt_by]


def _record_checks(ctx: ServiceContext, ident: str, offers: list[Offer], actor: Actor) -> None:
    """After the fact (the case may be decided already): the check goes on the material's record,
    the case state and the decision are left alone."""
    with ctx.store.unit_of_work(actor) as uow:
        row = case_svc._load(uow.session, ident)
        for m in row.materials:
            for o in offers:
                if o.material == m.code:
                    q = dict(m.quality or {})
                    lic = o.licence or {}
                    q["elicense_check"] = {"ref": o.ref, "state": o.state, "reasons": o.reasons,
                                           "licence_id": lic.get("id"), "number": lic.get("number"),
                                           "sha256": o.file_sha256, "checked_at": o.checked_at}
                    m.quality = q


def _add_task(ctx: ServiceContext, ident: str, actor: Actor, kind: str, message: str) -> None:
    with ctx.store.unit_of_work(actor) as uow:
        row = case_svc._load(uow.session, ident)
        extra = dict(row.extra or {})
        tasks = list(extra.get("tasks") or [])
        task = {"id": str(uuidlib.uuid4()), "kind": kind, "message": message, "created_at": utcnow().isoformat(),
                "done_at": None, "done_by": None}
        tasks.append(task)
        extra["tasks"] = tasks
        row.extra = extra
        uow.audit("case.task", case_uuid=row.uuid, target=row.acceptance_number, detail={"kind": kind, "id": task["id"]})
    ctx.publish("case.task", uuid=ident, kind=kind)


def open_tasks(ctx: ServiceContext) -> list[dict[str, Any]]:
    """Tasks for the clerk that are not done yet, newest first (e.g. a failed e-licence re-check)."""
    out = []
    with ctx.store.read() as s:
        for uuid, number, extra in s.execute(select(CaseRow.uuid, CaseRow.acceptance_number, CaseRow.extra)
                                             .where(func.json_extract(CaseRow.extra, "$.tasks").is_not(None))).all():
            for t in (extra or {}).get("tasks") or []:
                if not t.get("done_at"):
                    out.append({**t, "case_uuid": uuid, "acceptance_number": number})
    return sorted(out, key=lambda t: t["created_at"], reverse=True)


def close_task(ctx: ServiceContext, task_id: str, *, actor: Actor, note: str = "") -> None:
    with ctx.store.unit_of_work(actor) as uow:
        for row in uow.session.execute(select(CaseRow).where(
                func.json_extract(CaseRow.extra, "$.tasks").is_not(None))).scalars():
            tasks = [dict(t) for t in (row.extra or {}).get("tasks") or []]  # new objects: JSON change detection
            for t in tasks:
                if t.get("id") == task_id and not t.get("done_at"):
                    t.update(done_at=utcnow().isoformat(), done_by=actor.user, note=note[:200])
                    row.extra = {**(row.extra or {}), "tasks": tasks}
                    uow.audit("case.task_done", case_uuid=row.uuid, target=row.acceptance_number, detail={"id": task_id})
                    return
    raise NotFoundError(f"找不到待办 {task_id}", f"no open task {task_id}")


# ------------------------------------------------------------------ the window's one-key path

def set_holder_code(ctx: ServiceContext, ident: str, credit_code: str, *, actor: Actor) -> None:
    """The clerk entered the organisation's 统一社会信用代码 (checked) before the lookup."""
    from stdnum.cn import uscc

    code = credit_code.strip().upper()
    if not uscc.is_valid(code):
        raise InputError(f"统一社会信用代码校验不通过：{code}", f"invalid unified social credit code {code}")
    detail = case_svc.case_detail(ctx, ident)
    applicant = {**(detail.get("applicant") or {}), "credit_code": code}
    if applicant.get("kind") != "person":
        applicant["kind"] = "organisation"
    case_svc.set_applicant(ctx, ident, applicant, actor=actor)


def consent_and_lookup(ctx: ServiceContext, ident: str, gateway: LicenceGateway, *, actor: Actor,
                       evidence: str = "申请人当面确认授权") -> LookupResult:
    """The applicant said yes at the window: record the consent (unless an active one exists for
    this case) and look everything up — the dialog's Enter."""
    if active_consent(ctx, ident) is None:
        grant_consent(ctx, ident, actor=actor, evidence=evidence)
    return lookup(ctx, ident, gateway, actor=actor)


def consent_preview(ctx: ServiceContext, ident: str) -> dict[str, Any]:
    """What the consent dialog shows before the applicant agrees: whose data (masked), the
    materials it replaces, the purpose; `needs_credit_code` when an organisation has none yet."""
    detail = case_svc.case_detail(ctx, ident)
    org = (detail.get("applicant") or {}).get("kind") == "organisation"
    needs_code = org and not (detail.get("applicant") or {}).get("credit_code")
    # an organisation's licences are asked for by its credit code: until the clerk types it, the
    # subject is the organisation — never the card holder (the agent) whose number the chip gave
    holder = "" if needs_code else holder_of(detail)
    refs = exemptible(ctx, ident)
    return {"holder": mask_id_number(holder) if holder else "", "organisation": org,
            "needs_credit_code": needs_code,
            "materials": [{"code": c, "name": n, "ref": r} for c, n, r in refs],
            "purpose": f"办理“{detail.get('item_name', '')}”（受理编号 {detail['acceptance_number']}），"
                       "调取电子证照及共享数据以免于提交材料",
            "consent": active_consent(ctx, ident), "taken": bool(offers_of(ctx, ident))}
