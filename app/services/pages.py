"""Page use cases: the clerk corrects what capture stored — delete a page, replace it, move it
to another material, reorder a material's pages — and capture files each new page where its
kind belongs (`file_captured_pages`).

Why a module of its own: a wrong page used to stay on the case for good (retake only set the
material back to pending), and its OCR kind and values kept driving pre-review. Each function
here is one use case in one transaction: the attachment rows, the material's page count,
status, `doc_kind` and per-page OCR (`quality["ocr"]`, `quality["ocr_pages"]`), the form
values that came only from the removed page, stale chip/OCR discrepancies, the pre-review
(an edit sends a pre-reviewed case back to draft) and the audit row change together. No OCR
is re-run: every page's OCR is already stored with its page number, so it moves with the page.
After the transaction the pre-fill runs again (its own unit of work) so a moved page fills
the fields it can.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.errors import InputError
from app.services import cases as case_svc
from app.services.context import ServiceContext
from app.storage import Actor
from app.storage.tables import AttachmentRow, CaseRow, MaterialRow

KIND_LABELS = {"id_card_front": "身份证人像面", "id_card_back": "身份证国徽面", "business_license": "营业执照",
               "public_health_license": "公共场所卫生许可证", "other": "其他材料"}


def kind_label(kind: str | None) -> str:
    return KIND_LABELS.get(kind or "other", kind or "其他材料")


# ------------------------------------------------------------------ helpers (inside one transaction)

def _material(row: CaseRow, code: str) -> MaterialRow:
    m = next((m for m in row.materials if m.code == code), None)
    if m is None:
        raise InputError(f"本办件没有材料 {code}", f"this case has no material {code}")
    return m


def _page_rows(row: CaseRow, code: str) -> list[AttachmentRow]:
    return sorted((a for a in row.attachments if a.material_code == code and a.role == "page"),
                  key=lambda a: (a.page_no, a.id or 0))


def _page(row: CaseRow, code: str, page: int) -> AttachmentRow:
    hit = next((a for a in _page_rows(row, code) if a.page_no == page), None)
    if hit is None:
        raise InputError(f"材料 {code} 没有第 {page} 页", f"material {code} has no page {page}")
    return hit


def _ocr_of(m: MaterialRow) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    q = m.quality or {}
    return dict(q.get("ocr") or {}), [dict(p) for p in q.get("ocr_pages") or []]


def _renumber(row: CaseRow, m: MaterialRow, mapping: dict[int, int]) -> None:
    """Give the material's pages new numbers (old → new) in the attachments and the stored OCR;
    pages missing from `mapping` are dropped from the OCR (their attachments are gone already)."""
    for a in _page_rows(row, m.code):
        a.page_no = mapping[a.page_no]
    ocr, pages = _ocr_of(m)
    ocr = {k: {**v, "page": mapping[v.get("page")]} for k, v in ocr.items() if v.get("page") in mapping}
    pages = sorted(({**p, "page": mapping[p.get("page")]} for p in pages if p.get("page") in mapping),
                   key=lambda p: p["page"])
    _set_ocr(row, m, ocr, pages)


def _set_ocr(row: CaseRow, m: MaterialRow, ocr: dict[str, Any], pages: list[dict[str, Any]]) -> None:
    q = dict(m.quality or {})
    count = len(_page_rows(row, m.code))
    q["ocr"], q["ocr_pages"] = ocr, pages
    q.pop("discrepancies", None)  # recomputed by the pre-fill from what is left
    if count == 0:
        q = {}
    m.quality = q or None
    kinds = [p["kind"] for p in pages if p.get("kind") and p["kind"] != "other"]
    m.doc_kind = kinds[0] if kinds else (None if count == 0 else m.doc_kind if not pages else "other")
    m.pages = count
    if count == 0 and m.status == "received":
        m.status = "pending"
    elif count and m.status == "pending":
        m.status = "received"
    # a multi-page PDF made at capture no longer matches the pages: drop it (pages stay the record)
    for a in [a for a in row.attachments if a.material_code == m.code and a.role == "document"]:
        row.attachments.remove(a)


def _forget_values(row: CaseRow, codes: set[str]) -> list[str]:
    """Unconfirmed OCR values read from these materials that no remaining page of theirs still
    gives: cleared (the clerk never confirmed them, and their page is gone)."""
    still: dict[str, set[str]] = {}
    for m in row.materials:
        if m.code in codes:
            for key, v in ((m.quality or {}).get("ocr") or {}).items():
                if v.get("value"):
                    still.setdefault(key, set()).add(str(v["value"]))
    cleared = []
    for f in row.fields:
        if f.source == "ocr" and f.source_ref in codes and not f.confirmed and f.value \
                and f.value not in still.get(f.key, set()):
            f.value, f.confidence, f.box = None, None, None
            cleared.append(f.key)
    extra = dict(row.extra or {})
    if extra.get("discrepancies"):
        extra["discrepancies"] = [d for d in extra["discrepancies"] if d.get("material") not in codes]
        row.extra = extra
    return cleared


def _begin(uow, ident: str) -> CaseRow:
    row = case_svc._load(uow.session, ident)
    case_svc._touch_after_edit(uow, row)  # editable only, and a pre-review goes stale
    return row


def _after(ctx: ServiceContext, ident: str, actor: Actor) -> None:
    from app.services import prefill

    try:
        prefill.apply_prefill(ctx, ident, actor=actor)
    except Exception:  # noqa: BLE001 - the page change is committed; the form can be filled by hand
        pass
    ctx.publish("case.changed", uuid=ident)


# ------------------------------------------------------------------ use cases

def list_pages(ctx: ServiceContext, ident: str, code: str) -> list[dict[str, Any]]:
    """The material's pages in order: {page, sha256, kind, kind_label}."""
    with ctx.store.read() as session:
        row = case_svc._load(session, ident)
        m = _material(row, code)
        kinds = {p.get("page"): p.get("kind") for p in (m.quality or {}).get("ocr_pages") or []}
        return [{"page": a.page_no, "sha256": a.sha256, "kind": kinds.get(a.page_no),
                 "kind_label": kind_label(kinds.get(a.page_no)) if a.page_no in kinds else ""}
                for a in _page_rows(row, code)]


def delete_page(ctx: ServiceContext, ident: str, code: str, page: int, *, actor: Actor, reason: str = "") -> None:
    """Remove one page (the file stays in the encrypted store and the audit trail names it)."""
    with ctx.store.unit_of_work(actor) as uow:
        row = _begin(uow, ident)
        m = _material(row, code)
        att = _page(row, code, page)
        sha = att.sha256
        row.attachments.remove(att)
        remaining = [a.page_no for a in _page_rows(row, code)]
        _renumber(row, m, {old: i + 1 for i, old in enumerate(remaining)})
        cleared = _forget_values(row, {code})
        uow.audit("case.page_delete", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"material": code, "page": page, "sha256": sha, "reason": reason, "cleared": cleared})
    _after(ctx, ident, actor)


def move_page(ctx: ServiceContext, ident: str, code: str, page: int, to_code: str, *, actor: Actor,
              reason: str = "") -> int:
    """Move a page (with its OCR) to the end of another material; returns its new page number."""
    if to_code == code:
        return page
    with ctx.store.unit_of_work(actor) as uow:
        row = _begin(uow, ident)
        src, dst = _material(row, code), _material(row, to_code)
        att = _page(row, code, page)
        ocr, pages = _ocr_of(src)
        moving_ocr = {k: v for k, v in ocr.items() if v.get("page") == page}
        moving_pages = [p for p in pages if p.get("page") == page]
        new_no = len(_page_rows(row, to_code)) + 1
        att.material_code, att.page_no = to_code, new_no
        att.filename = f"{to_code}-p{new_no}.jpg"
        remaining = [a.page_no for a in _page_rows(row, code)]
        _renumber(row, src, {old: i + 1 for i, old in enumerate(remaining)})
        d_ocr, d_pages = _ocr_of(dst)
        for k, v in moving_ocr.items():
            if k not in d_ocr or (d_ocr[k].get("flagged") and not v.get("flagged")):
                d_ocr[k] = {**v, "page": new_no}
        d_pages += [{**p, "page": new_no} for p in moving_pages]
        _set_ocr(row, dst, d_ocr, d_pages)
        cleared = _forget_values(row, {code})
        for f in row.fields:  # values read from the moved page now come from its new material
            if f.source == "ocr" and f.source_ref == code and f.key in moving_ocr \
                    and f.value == moving_ocr[f.key].get("value"):
                f.source_ref = to_code
        uow.audit("case.page_move", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"material": code, "page": page, "to": to_code, "to_page": new_no, "sha256": att.sha256,
                          "reason": reason, "cleared": cleared})
    _after(ctx, ident, actor)
    return new_no


def reorder_pages(ctx: ServiceContext, ident: str, code: str, order: list[int], *, actor: Actor) -> None:
    """Put the material's pages in `order` (the current page numbers, each once)."""
    with ctx.store.unit_of_work(actor) as uow:
        row = _begin(uow, ident)
        m = _material(row, code)
        current = [a.page_no for a in _page_rows(row, code)]
        if sorted(order) != sorted(current):
            raise InputError(f"页序 {order} 与材料 {code} 的页 {current} 不符",
                             f"order {order} does not match the pages {current} of {code}")
        _renumber(row, m, {old: i + 1 for i, old in enumerate(order)})
        uow.audit("case.page_reorder", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"material": code, "order": list(order)})
    ctx.publish("case.changed", uuid=ident)


def move_page_by(ctx: ServiceContext, ident: str, code: str, page: int, step: int, *, actor: Actor) -> int:
    """Move one page up (−1) or down (+1) in its material; returns its new number."""
    pages = [p["page"] for p in list_pages(ctx, ident, code)]
    i = pages.index(page)
    j = max(0, min(len(pages) - 1, i + step))
    if i == j:
        return page
    pages[i], pages[j] = pages[j], pages[i]
    reorder_pages(ctx, ident, code, pages, actor=actor)
    return j + 1


def replace_page(ctx: ServiceContext, ident: str, code: str, page: int, source: Any, *, actor: Actor) -> dict[str, Any]:
    """Replace one page with a new photo/scan/file (first page of it): stored, OCR'd, pre-filled.
    The old page is deleted in the same way as `delete_page` — once the new input has been read
    and checked, so an unreadable or blank replacement leaves the material as it was."""
    from app.services import prefill

    res = prefill.capture_material(ctx, ident, code, source, actor=actor, before_store=lambda: delete_page(
        ctx, ident, code, page, actor=actor, reason="替换"))
    last = len(list_pages(ctx, ident, code))
    order = list(range(1, last + 1))
    new = order[-res.pages:]
    order = order[: -res.pages]
    order[page - 1:page - 1] = new
    if order != sorted(order):
        reorder_pages(ctx, ident, code, order, actor=actor)
    with ctx.store.unit_of_work(actor) as uow:
        row = case_svc._load(uow.session, ident)
        uow.audit("case.page_replace", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"material": code, "page": page, "sha256": res.digests})
    return {"material": code, "page": page, "kind": res.kind}


# ------------------------------------------------------------------ filing by kind

def accepts(doc_kinds: list[str] | tuple[str, ...], kind: str | None) -> bool:
    """Whether a material whose catalog `doc_kinds` are these takes a page classified as `kind`."""
    kind = kind or "other"
    if not doc_kinds:
        return kind == "other"
    return kind in doc_kinds


@dataclass
class Filing:
    """Where each newly captured page went: auto-moved pages and the ones the clerk must place."""

    moved: list[dict[str, Any]] = field(default_factory=list)  # {page, kind, to, to_name, to_page}
    ask: list[dict[str, Any]] = field(default_factory=list)  # {material, page, kind, kind_label, candidates}


def file_captured_pages(ctx: ServiceContext, ident: str, code: str, digests: list[str], *, actor: Actor) -> Filing:
    """After a capture into `code`: each new page whose OCR kind the material does not take goes
    to the pending (else received) material whose `doc_kinds` take it; a page that fits no
    material is left where it is and returned in `ask` for the clerk to place."""
    out = Filing()
    form = case_svc.case_form(ctx, ident)
    item = ctx.catalog.get(form["item_code"])
    spec_kinds = {m["code"]: list(getattr(item.material(m["code"]), "doc_kinds", []) or []) for m in form["materials"]}
    for sha in digests:
        pages = {p["sha256"]: p for p in list_pages(ctx, ident, code)}
        p = pages.get(sha)
        if p is None or accepts(spec_kinds.get(code, []), p["kind"]):
            continue
        kind = p["kind"] or "other"
        fresh = case_svc.case_form(ctx, ident)["materials"]
        fits = [m for m in fresh if m["code"] != code and m["code"] != "M01" and accepts(spec_kinds.get(m["code"], []), kind)
                and (kind != "other")]
        target = next((m for m in fits if m["status"] == "pending"), None) or next(
            (m for m in fits if m["status"] == "received"), None)
        if target is None:
            cands = [{"code": m["code"], "name": m["name"], "status": m["status"]} for m in fresh if m["code"] != "M01"]
            out.ask.append({"material": code, "page": p["page"], "kind": kind, "kind_label": kind_label(kind),
                            "sha256": sha, "candidates": cands})
            continue
        new_no = move_page(ctx, ident, code, p["page"], target["code"], actor=actor,
                           reason=f"按识别结果（{kind_label(kind)}）自动归档")
        out.moved.append({"page": p["page"], "kind": kind, "kind_label": kind_label(kind), "to": target["code"],
                          "to_name": target["name"], "to_page": new_no})
    return out
