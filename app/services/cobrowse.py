"""Co-browse, the clerk's side (远程帮办): the case view a remote helper may see, masked at the
source, and the session model that keeps it live without ever making the clerk wait.

`build_view` is the only producer of what leaves the clerk's machine: item, 情形 answers,
material checklist (with small thumbnails, none for identity documents), form fields keyed by
the catalog's field keys, findings, and the applicant / card-read blocks. Every field the
catalog marks `sensitive` or with a `mask` kind (or that is personal data by its key, see
`app.security.masking.pi_kind`) is masked with the shared masking functions, unless the
applicant consented to unmask that one field for this session (`unmask`, recorded through
`app.services.consent` and audited as a `pi.view` by the helper). As a last line of defence
every raw sensitive value is scrubbed from every string of the view (findings messages, notes).

`ClerkShare` is transport-agnostic: it is given a non-blocking `send(frame) -> bool` (the
websocket client's bounded queue, see sync/cobrowse/client.py). Case edits only set a flag;
a background thread builds the new view and sends an RFC 6902 patch (`jsonpatch`).
"""

from __future__ import annotations

import base64
import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

import jsonpatch

from app.errors import InputError, NotFoundError
from app.security.audit import audit_pi_view
from app.security.masking import mask_value, pi_kind
from app.services import cases as case_service
from app.services import consent as consent_service
from app.services.context import ServiceContext
from app.storage import Actor

IDENTITY_HINTS = ("id_card", "idcard", "hukou", "household", "passport", "photo", "身份证", "户口")
THUMB_WIDTH = 96
_APPLICANT_KINDS = {"name": "name", "id_number": "id", "phone": "phone", "address": "address",
                    "contact_name": "name", "contact_id_number": "id"}
_CARD_KINDS = {"name": "name", "id_number": "id", "address": "address", "birth_date": "all",
               "english_name": "name", "pass_number": "id"}
MATERIAL_STATUS_ZH = {"pending": "待提交", "received": "已收取", "tolerated": "容缺", "committed": "承诺后补",
                      "exempted": "免提交"}
_CARD_PLAIN = ("card_type", "sex", "nation", "issuing_authority", "valid_from", "valid_to", "nationality", "source")


def field_mask_kind(spec: dict[str, Any]) -> str | None:
    """How a form field is masked for a helper, or None when it is shown as is."""
    mask = spec.get("mask") or "none"
    if mask != "none":
        return mask
    if spec.get("sensitive"):
        return "all"
    return pi_kind(spec["key"])


def _thumb(ctx: ServiceContext, sha256: str, media_type: str) -> str | None:
    if not media_type.startswith("image/"):
        return None
    try:
        import cv2
        import numpy as np

        data = ctx.store.attachments.get(sha256)
        img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
        if img is None:
            return None
        h, w = img.shape[:2]
        small = cv2.resize(img, (THUMB_WIDTH, max(1, int(h * THUMB_WIDTH / w))), interpolation=cv2.INTER_AREA)
        ok, buf = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, 60])
        return base64.b64encode(buf.tobytes()).decode() if ok else None
    except Exception:
        return None


def _is_identity(material: dict[str, Any]) -> bool:
    text = f"{material.get('code', '')} {material.get('doc_kind') or ''} {material.get('name', '')}".lower()
    return any(h in text for h in IDENTITY_HINTS)


def build_view(ctx: ServiceContext, case_uuid: str, *, unmasked: frozenset[str] | set[str] = frozenset(),
               thumbs: bool = True, _thumb_cache: dict[str, str | None] | None = None,
               secrets_out: list[str] | None = None) -> dict[str, Any]:
    """The case as a helper may see it (masked at the source). `unmasked` holds field keys the
    applicant consented to show in this session (the caller checks and audits the consent).
    `secrets_out` receives the raw values that were masked (for masking pictures)."""
    form = case_service.case_form(ctx, case_uuid)
    secrets_: list[tuple[str, str]] = []  # (raw, masked) of every masked value, for the final scrub
    revealed: set[str] = set()  # raw values the applicant consented to show (not scrubbed elsewhere)
    fields: dict[str, Any] = {}
    order: list[str] = []
    for spec in form["fields"]:
        kind = field_mask_kind(spec)
        raw = spec["value"]
        value, masked = raw, False
        if kind and raw and spec["key"] not in unmasked:
            value, masked = mask_value(kind, str(raw)), True
            secrets_.append((str(raw), value))
        elif kind and raw:
            revealed.add(str(raw))
        order.append(spec["key"])
        fields[spec["key"]] = {"label": spec["label"], "type": spec["type"], "group": spec["group"],
                               "required": spec["required"], "options": spec["options"], "value": value,
                               "source": spec["source"], "confirmed": spec["confirmed"],
                               "masked": masked, "maskable": bool(kind)}
    applicant = {}
    for key, val in (form.get("applicant") or {}).items():
        if not isinstance(val, str):
            continue
        kind = _APPLICANT_KINDS.get(key)
        if key == "name" and form["applicant"].get("kind") == "organisation":
            kind = None
        if key in ("kind", "id_type", "credit_code") or kind is None and key not in _APPLICANT_KINDS:
            applicant[key] = val if key in ("kind", "id_type", "credit_code") else mask_value("all", val)
            if key not in ("kind", "id_type", "credit_code") and val:
                secrets_.append((val, applicant[key]))
            continue
        applicant[key] = mask_value(kind, val) if (kind and val) else val
        if kind and val:
            secrets_.append((val, applicant[key]))
    card = {}
    detail_card = _card_read(ctx, case_uuid)
    for key, val in detail_card.items():
        if not isinstance(val, str) or not val:
            continue
        if key in _CARD_PLAIN:
            card[key] = val
        else:
            card[key] = mask_value(_CARD_KINDS.get(key, "all"), val)
            secrets_.append((val, card[key]))
    materials = []
    cache = _thumb_cache if _thumb_cache is not None else {}
    for m in form["materials"]:
        identity = _is_identity(m)
        pages = []
        for f in m["files"]:
            thumb = None
            if thumbs and not identity:
                if f["sha256"] not in cache:
                    cache[f["sha256"]] = _thumb(ctx, f["sha256"], f["media_type"])
                thumb = cache[f["sha256"]]
            pages.append({"page": f["page"], "media_type": f["media_type"], "thumb_jpeg_b64": thumb,
                          "thumb_withheld": identity})
        materials.append({"code": m["code"], "name": m["name"], "status": m["status"],
                          "status_label": MATERIAL_STATUS_ZH.get(m["status"], m["status"]), "required": m["required"],
                          "pages": pages})
    decision = form.get("decision") or {}
    findings = [{k: f.get(k) for k in ("rule", "severity", "field", "material", "message", "hint")}
                for f in (decision.get("findings") or [])]
    view = {"case": {"uuid": form["uuid"], "acceptance_number": form["acceptance_number"], "state": form["state"],
                     "state_label": form["state_label"]},
            "item": {"code": form["item_code"], "name": form["item_name"]},
            "answers": form["answers"], "situations": _situations(ctx, form), "applicant": applicant, "card_read": card,
            "field_order": order, "fields": fields, "materials": materials,
            "decision": decision.get("decision"), "findings": findings}
    kept = [(raw, m) for raw, m in secrets_ if len(raw.strip()) >= 2 and raw not in revealed]
    if secrets_out is not None:
        secrets_out.extend(sorted({raw for raw, _m in kept}, key=len, reverse=True))
    return _scrub(view, kept)


def _situations(ctx: ServiceContext, form: dict[str, Any]) -> list[dict[str, Any]]:
    """The 情形 answers as the clerk reads them: question and the chosen options' labels."""
    try:
        item = ctx.catalog.get(form["item_code"])
    except Exception:
        return []
    out = []
    for sit in item.situations:
        chosen = form["answers"].get(sit.id)
        if not chosen:
            continue
        chosen = chosen if isinstance(chosen, list) else [chosen]
        labels = {o.value: o.label for o in sit.options}
        out.append({"id": sit.id, "question": sit.question, "answer": [labels.get(c, c) for c in chosen]})
    return out


def _card_read(ctx: ServiceContext, case_uuid: str) -> dict[str, Any]:
    from app.storage.tables import CaseRow

    with ctx.store.read() as s:
        row = s.get(CaseRow, case_uuid)
        return dict(row.card_read or {}) if row is not None else {}


def _scrub(obj: Any, secrets_: list[tuple[str, str]]) -> Any:
    if isinstance(obj, str):
        for raw, masked in secrets_:
            if raw in obj and obj != masked:
                obj = obj.replace(raw, masked)
        return obj
    if isinstance(obj, dict):
        return {k: (v if k == "thumb_jpeg_b64" else _scrub(v, secrets_)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_scrub(v, secrets_) for v in obj]
    return obj


class ClerkShare:
    """One accepted co-browse session on the clerk's machine.

    `send(frame)` must not block (a bounded queue); `listeners` are told about helper activity
    (`pointer`, `suggestion`, `ended`, `unmasked`) so the UI can show highlights and ghosts.
    """

    def __init__(self, ctx: ServiceContext, case_uuid: str, session_id: str, *, actor: Actor, helper: str,
                 send: Callable[[dict[str, Any]], bool], min_interval: float = 0.05):
        self.ctx, self.case_uuid, self.session_id, self.actor, self.helper = ctx, case_uuid, session_id, actor, helper
        # `helper` is "<login>@<workstation>" when the helper PC declared its login, else the workstation
        self.helper_actor = Actor(user=helper if "@" in helper else f"helper@{helper}", role="helper",
                                  terminal=helper.rsplit("@", 1)[-1])
        self.send = send
        self.min_interval = min_interval
        self.seq = 0
        self.unmasked: set[str] = set()
        self.ghosts: dict[str, str] = {}
        self.pointer: str | None = None
        self.listeners: list[Callable[[str, dict[str, Any]], None]] = []
        self._last: dict[str, Any] | None = None
        self._thumbs: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._dirty = threading.Event()
        self._fresh = False  # next send is a snapshot
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ended = False

    # -- life cycle ------------------------------------------------------------------------------

    @classmethod
    def accept(cls, ctx: ServiceContext, case_uuid: str, session_id: str, *, actor: Actor, helper: str,
               send: Callable[[dict[str, Any]], bool], applicant_consent: bool, evidence: str = "口头同意",
               start: bool = True) -> ClerkShare:
        """The clerk accepts a request: the applicant's consent to being helped remotely is
        recorded (audited) before anything is shared. `start=False`: the caller starts sharing
        after it told the relay (the snapshot must follow the accept on the wire)."""
        if not applicant_consent:
            raise InputError("需先征得申请人同意远程协助", "the applicant must agree to remote help first",
                             hint_zh="向申请人说明：远程人员只能看到遮蔽后的个人信息",
                             hint_en="tell the applicant the helper only sees masked personal data")
        with ctx.store.unit_of_work(actor) as uow:
            uow.audit("cobrowse.accept", case_uuid=case_uuid, target=session_id,
                      detail={"session": session_id, "helper": helper, "applicant_consent": True,
                              "evidence": evidence})
        share = cls(ctx, case_uuid, session_id, actor=actor, helper=helper, send=send)
        if start:
            share.start()
        return share

    def start(self) -> None:
        self.ctx.events.append(self._on_event)
        self._fresh = True
        self._dirty.set()
        self._thread = threading.Thread(target=self._worker, name=f"cobrowse-share-{self.session_id}", daemon=True)
        self._thread.start()

    def end(self, reason: str = "clerk") -> None:
        """End the session: stop sharing, revoke this session's unmask consents, audit."""
        if self.ended:
            return
        self.ended = True
        self._stop.set()
        self._dirty.set()
        with contextlib.suppress(ValueError):
            self.ctx.events.remove(self._on_event)
        consent_service.end_cobrowse_session(self.ctx, self.session_id, actor=self.actor)
        with self.ctx.store.unit_of_work(self.actor) as uow:
            uow.audit("cobrowse.end", case_uuid=self.case_uuid, target=self.session_id,
                      detail={"session": self.session_id, "reason": reason})
        self._notify("ended", {"reason": reason})
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2)

    # -- case changes → patches (never on the caller's thread) -----------------------------------

    def _on_event(self, name: str, payload: dict[str, Any]) -> None:
        if name == "case.changed" and payload.get("uuid") == self.case_uuid:
            self._dirty.set()

    def resync(self) -> None:
        """Send a fresh snapshot next (reconnect, a gap on the helper's side, a dropped backlog)."""
        self._fresh = True
        self._dirty.set()

    def snapshot_frame(self) -> dict[str, Any]:
        with self._lock:
            view = self._view()
            self.seq += 1
            self._last = view
            return {"type": "snapshot", "session": self.session_id, "seq": self.seq, "view": view}

    def _view(self) -> dict[str, Any]:
        for key in list(self.unmasked):  # a consent that expired or was revoked masks the field again
            if not consent_service.cobrowse_unmask_allowed(self.ctx, self.session_id, key, case_uuid=self.case_uuid):
                self.unmasked.discard(key)
                self._notify("remasked", {"field": key})
        view = build_view(self.ctx, self.case_uuid, unmasked=frozenset(self.unmasked), _thumb_cache=self._thumbs)
        view["pointer"] = self.pointer
        view["ghosts"] = sorted(self.ghosts)  # which fields carry a suggestion (not the values again)
        return view

    def _worker(self) -> None:
        while not self._stop.is_set():
            self._dirty.wait()
            if self._stop.is_set():
                return
            self._dirty.clear()
            try:
                self._push()
            except NotFoundError:
                return
            except Exception:
                self._fresh = True  # try again with a snapshot on the next change
            time.sleep(self.min_interval)  # coalesce bursts of edits

    def _push(self) -> None:
        if self._fresh or self._last is None:
            self._fresh = False
            self.send(self.snapshot_frame())
            return
        with self._lock:
            view = self._view()
            ops = jsonpatch.make_patch(self._last, view).patch
            if not ops:
                return
            self.seq += 1
            self._last = view
            frame = {"type": "patch", "session": self.session_id, "seq": self.seq, "ops": ops}
        if not self.send(frame):
            self._fresh = True  # the client replaces the dropped backlog via overflow_frames
            self._dirty.set()

    def picture_masks(self) -> tuple[list[str], set[str]]:
        """What a picture of the clerk's screen must hide: the raw values masked in the view, and
        the field keys masked (their editors are painted over whatever they show)."""
        secrets_: list[str] = []
        view = build_view(self.ctx, self.case_uuid, unmasked=frozenset(self.unmasked), thumbs=False,
                          secrets_out=secrets_)
        return secrets_, {k for k, f in view["fields"].items() if f["maskable"] and k not in self.unmasked}

    def send_picture(self, jpeg: bytes, width: int, height: int) -> bool:
        """A low-rate picture (already masked by the caller, see ui/cobrowse/picture.py)."""
        if self.ended:
            return False
        return self.send({"type": "picture", "session": self.session_id, "w": width, "h": height,
                          "jpeg_b64": base64.b64encode(jpeg).decode()})

    def overflow_frames(self) -> list[dict[str, Any]]:
        return [self.snapshot_frame()]

    # -- helper activity ------------------------------------------------------------------------

    def handle(self, msg: dict[str, Any]) -> None:
        """A frame from the helper (via the relay)."""
        kind = msg.get("type")
        if kind == "resync":
            self.resync()
        elif kind == "pointer":
            key = msg.get("field")
            self.pointer = key if isinstance(key, str) and key else None
            self._notify("pointer", {"field": self.pointer})
            self._dirty.set()
        elif kind == "suggest":
            key, value = msg.get("field"), msg.get("value")
            if isinstance(key, str) and isinstance(value, str):
                item_code = (self._last or {}).get("item", {}).get("code") or \
                    case_service.case_form(self.ctx, self.case_uuid)["item_code"]
                if self.ctx.catalog.get(item_code).field(key) is not None:
                    self.ghosts[key] = value[:2000]
                    self._notify("suggestion", {"field": key, "value": self.ghosts[key]})
                    self._dirty.set()
        elif kind == "ended":
            self.end(reason=str(msg.get("by") or "helper"))

    def accept_suggestion(self, key: str) -> None:
        """The clerk takes the helper's suggested value (one key): a normal edit, provenance helper."""
        if key not in self.ghosts:
            raise InputError(f"字段 {key} 没有远程建议值", f"no suggestion for field {key}")
        value = self.ghosts.pop(key)
        case_service.set_fields(self.ctx, self.case_uuid, {key: case_service.FieldInput(
            value=value, source="helper", source_ref=f"cobrowse:{self.session_id}:{self.helper}",
            confirmed=True)}, actor=self.actor)  # the clerk's key press is the confirmation
        self._notify("accepted", {"field": key})

    def dismiss_suggestion(self, key: str) -> None:
        self.ghosts.pop(key, None)
        self._dirty.set()

    def unmask(self, key: str, *, evidence: str = "申请人当面同意", minutes: float = 30) -> None:
        """The applicant agrees to show this one field unmasked to the helper for this session.
        The consent is recorded and the helper's view of it audited (`pi.view`, with the session)."""
        consent_service.grant_cobrowse_unmask(self.ctx, self.session_id, key, actor=self.actor,
                                              case_uuid=self.case_uuid, minutes=minutes, evidence=evidence)
        audit_pi_view(self.ctx, self.helper_actor, case_uuid=self.case_uuid, fields=[key],
                      purpose="远程协助查看", session_id=self.session_id)
        self.unmasked.add(key)
        self._notify("unmasked", {"field": key})
        self._dirty.set()

    def _notify(self, event: str, payload: dict[str, Any]) -> None:
        for listener in list(self.listeners):
            with contextlib.suppress(Exception):
                listener(event, payload)


def apply_frame(doc: dict[str, Any] | None, seq: int, msg: dict[str, Any]) -> tuple[dict[str, Any] | None, int, bool]:
    """The helper side: apply a snapshot/patch frame. Returns (doc, seq, ok); not ok → ask resync."""
    if msg.get("type") == "snapshot":
        return msg["view"], int(msg["seq"]), True
    if msg.get("type") == "patch":
        if doc is None or int(msg["seq"]) != seq + 1:
            return doc, seq, False
        try:
            return jsonpatch.apply_patch(doc, msg["ops"]), int(msg["seq"]), True
        except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException):
            return doc, seq, False
    return doc, seq, True
