"""Lawful decisions at the window: what the engine decided, the one action that fits it, and the
outcome of every case for the Today queue.

Why a module of its own: missing or non-conforming materials are 一次性告知补正 under 行政许可法
第三十二条 — the case waits for the applicant and is completed on their return — never 不予受理.
The engine marks this as `decision == "refuse"` with `refuse_kind == "correction"`; the screen
used to show that as "不予受理" with refusal as the one enabled action. Here:

- `offered_actions(result)` — the action the engine's decision calls for (accept / 容缺 /
  `notify` = print the 一次性告知书 and keep the case open / refuse only when the engine decided
  inadmissible) plus 转人工; `documents_for(action)` the documents to print after it.
- `notify_correction` — one transaction: the 一次性告知 is recorded on the case (what is missing,
  by whom, when), the case stays open (pre-reviewed, waiting for the applicant), audited.
- `refuse` — refusal only when the engine decided refusal, and only `confirmed` (the screen asks);
  the reasons go into the decision so the 不予受理通知书 prints them.
- `outcome(summary)` — the word the Today queue shows for a case (accepted, 容缺 with its
  deadline, waiting for the applicant, draft).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.cases.lifecycle import CaseState, label
from app.errors import InputError, InvalidTransition
from app.services import cases as case_svc
from app.services.context import ServiceContext
from app.storage import Actor

ACTION_LABELS = {"accept": "受理", "accept_with_tolerance": "容缺受理", "notify": "一次性告知",
                 "refuse": "不予受理", "manual": "转人工审核"}
DOCUMENTS_AFTER = {"accept": ["受理回执"], "accept_with_tolerance": ["受理回执", "容缺受理承诺书"],
                   "notify": ["一次性告知书"], "refuse": ["不予受理通知书"], "manual": []}


def decision_word(result: dict[str, Any]) -> str:
    """The engine's own word for its decision (一次性告知补正 for missing materials)."""
    return str(result.get("decision_label") or ACTION_LABELS.get(result.get("decision", ""), ""))


def main_action(result: dict[str, Any]) -> str:
    decision = result.get("decision")
    if decision == "refuse":
        return "refuse" if result.get("refuse_kind") == "inadmissible" else "notify"
    return str(decision or "manual")


def offered_actions(result: dict[str, Any]) -> list[str]:
    """The action the engine's decision calls for, and 转人工 (always possible)."""
    main = main_action(result)
    return [main] if main == "manual" else [main, "manual"]


def documents_for(action: str) -> list[str]:
    return list(DOCUMENTS_AFTER.get(action, []))


def _stored(ctx: ServiceContext, ident: str) -> tuple[Any, dict[str, Any]]:
    from app.services.prereview import _stored as stored

    return stored(ctx, ident)


def notify_correction(ctx: ServiceContext, ident: str, *, actor: Actor) -> dict[str, Any]:
    """一次性告知: record the notice on the case and keep it open for the applicant's return."""
    doc, result = _stored(ctx, ident)
    if main_action(result) != "notify":
        raise InvalidTransition(f"预审结论为“{decision_word(result)}”，无需一次性告知",
                                f"the pre-review result is '{result.get('decision')}'; no one-time notice is due")
    missing = [{"message": f.get("message", ""), "material": f.get("material"), "field": f.get("field")}
               for f in result.get("findings", []) if f.get("severity") == "block"]
    notice = {"at": dt.datetime.now(dt.UTC).isoformat(), "by": actor.user, "document": "一次性告知书",
              "missing": missing}
    with ctx.store.unit_of_work(actor) as uow:
        row = case_svc._load(uow.session, doc.uuid or ident)
        if row.state != CaseState.PRE_REVIEWED:
            raise InvalidTransition("办件尚未预审，请先预审", "the case has no current pre-review")
        extra = dict(row.extra or {})
        extra["waiting"] = notice
        extra["notices"] = [*(extra.get("notices") or []), notice]
        row.extra = extra
        uow.audit("case.one_time_notice", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"missing": [m["material"] or m["field"] or m["message"][:40] for m in missing]})
    ctx.publish("case.changed", uuid=doc.uuid)
    return notice


def refuse(ctx: ServiceContext, ident: str, *, actor: Actor, confirmed: bool, reason: str = "") -> dict[str, Any]:
    """不予受理, only when the engine decided the application inadmissible and the clerk confirmed."""
    from app.services import prereview as review_svc

    _, result = _stored(ctx, ident)
    review_svc.check_refusable(result)
    if not confirmed:
        raise InputError("不予受理须经确认", "a refusal needs the clerk's confirmation")
    return review_svc.refuse_case(ctx, ident, actor=actor, reason=reason)


def refusal_reasons(result: dict[str, Any]) -> list[str]:
    """What the confirmation dialog and the 不予受理通知书 name as the reasons."""
    findings = result.get("findings", [])
    hits = [f for f in findings if f.get("refuse")] or [f for f in findings if f.get("severity") == "block"]
    return [f"{f.get('message', '')}" + (f"（依据：{f['basis']}）" if f.get("basis") else "") for f in hits]


# ------------------------------------------------------------------ the Today queue's outcome

def outcomes(ctx: ServiceContext, uuids: list[str]) -> dict[str, dict[str, str]]:
    """uuid → {word, detail} for the Today queue (one read): accepted / 容缺受理 (补齐期限) /
    等待申请人补齐 / 不予受理 / the state's label."""
    from sqlalchemy import select

    from app.storage.tables import CaseRow

    if not uuids:
        return {}
    with ctx.store.read() as session:
        rows = session.execute(select(CaseRow.uuid, CaseRow.state, CaseRow.decision, CaseRow.extra)
                               .where(CaseRow.uuid.in_(uuids))).all()
    return {u: outcome_of({"state": s, "decision": d, "extra": e}) for u, s, d, e in rows}


def outcome_of(detail: dict[str, Any]) -> dict[str, str]:
    state = detail.get("state")
    decision = detail.get("decision") or {}
    taken = (decision.get("taken") or {}).get("decision")
    waiting = ((detail.get("extra") or {}).get("waiting")) if isinstance(detail.get("extra"), dict) else None
    if taken == "accept_with_tolerance":
        deadline = (decision.get("taken") or {}).get("supplement_deadline") or decision.get("supplement_deadline")
        return {"word": "容缺受理", "detail": f"补齐期限 {deadline}" if deadline else ""}
    if taken == "accept":
        return {"word": "已受理", "detail": ""}
    if taken == "refuse":
        return {"word": "不予受理", "detail": ""}
    if state in (CaseState.DRAFT, CaseState.PRE_REVIEWED) and waiting:
        return {"word": "等待申请人补齐", "detail": f"一次性告知 {str(waiting.get('at', ''))[:10]}"}
    return {"word": label(str(state)), "detail": ""}


# -- the window's pre-review and decision (one case or a 一件事 alike) ---------------------------------

def prereview(ctx: ServiceContext, ident: str, *, actor: Actor) -> dict[str, Any]:
    """Pre-review what is on screen: a 一件事 across all its members (findings named by member),
    a single case after taking its applicant from the form."""
    from app.services import bundles
    from app.services import prereview as review_svc

    if bundles.bundle_of(ctx, ident):
        result = bundles.prereview_bundle(ctx, ident, actor=actor)
        refuse = any(f.get("refuse") for f in result["findings"])
        findings = [{**f, "message": f"〔{f['acceptance_number'][-2:]} {f['item_name']}〕{f.get('message', '')}"}
                    for f in result["findings"]]
        return {**result, "findings": findings, "refuse_kind": "inadmissible" if refuse else "correction",
                "due_date": max((m["due_date"] or "" for m in result["members"]), default=None)}
    with ctx.store.unit_of_work(actor):
        case_svc.applicant_from_fields(ctx, ident, actor=actor)
        return dict(review_svc.prereview_case(ctx, ident, actor=actor))


def decide(ctx: ServiceContext, ident: str, action: str, *, actor: Actor, confirmed: bool = False) -> Any:
    """The clerk's decision (`offered_actions`): accept / accept_with_tolerance (a 一件事: each member
    its own way), notify (一次性告知), refuse (only `confirmed`, only when the engine decided it), manual."""
    from app.services import bundles
    from app.services import prereview as review_svc

    if action == "notify":
        return notify_correction(ctx, ident, actor=actor)
    if action == "refuse":
        return refuse(ctx, ident, actor=actor, confirmed=confirmed)
    if action in ("accept", "accept_with_tolerance") and bundles.bundle_of(ctx, ident):
        return bundles.accept_bundle(ctx, ident, actor=actor)
    steps = {"accept": review_svc.accept_case, "accept_with_tolerance": review_svc.accept_with_tolerance,
             "manual": review_svc.route_manual}
    if action not in steps:
        raise InputError(f"未知的决定 {action}", f"unknown decision {action}")
    return steps[action](ctx, ident, actor=actor)
