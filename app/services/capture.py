"""The window's capture use cases: a page from the document camera, the scanner or a file becomes
a page of a material, is read (OCR) and pre-fills the form; then it is filed where its kind
belongs, the applicant and the derived fields follow, and a 一件事 shares it with every member.

The devices are the ones the composition root chose and opened (`app.bootstrap.Devices`, passed
in); the GUI calls these through `ui.ops`, off its thread. Storing and reading the page is
`prefill.capture_material` (its OCR runs outside any transaction, so a slow read never holds the
database); everything that follows from the new page commits in one unit of work (`settle`).
"""

from __future__ import annotations

from typing import Any

from app.errors import InputError
from app.services import bundles, derived, pages
from app.services import cases as case_svc
from app.services.context import ServiceContext
from app.storage import Actor

PREVIEW_SIDE = 960  # the live preview's long side in pixels (the analysis uses the full frame)


# -- the simulated 高拍仪 (training) ---------------------------------------------------------------

def simulated_desk(devices: Any) -> dict[str, Any] | None:
    """{kinds: [(kind, label)], on_desk} when the camera is training's simulated one, else None."""
    if devices.camera_spec != "simulated":
        return None
    source = devices.camera().source
    return {"kinds": list(source.labels.items()), "on_desk": source.on_desk}


def place_on_desk(devices: Any, kind: str | None) -> None:
    """Training: put a sample document under the simulated camera (None clears the desk)."""
    devices.camera().source.place(kind)


# -- the live camera --------------------------------------------------------------------------------

def camera_frame(devices: Any) -> dict[str, Any]:
    """Grab and analyse one frame: {image (preview size), quad, stable, message}. `stable` is the
    auto-capture trigger: the document lay still and passed the quality gate."""
    import cv2

    from app.imaging.document import QUALITY_REASONS

    cam = devices.camera()
    try:
        frame = cam.source.read()
    except Exception as exc:
        devices.camera_failed()
        raise device_error(exc) from None
    cam.latest = frame
    h, w = frame.shape[:2]
    scale = min(1.0, PREVIEW_SIDE / max(h, w))
    small = cv2.resize(frame, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA) if scale < 1 else frame
    stable = cam.still.update(frame)  # judged on the full frame (the gate's size limits are in camera pixels)
    quad = cam.still.last_quad
    quality = cam.still.last_quality
    reasons = [QUALITY_REASONS.get(r, (r, r))[0] for r in (quality.reasons if quality else [])]
    message = "；".join(reasons) if quad is not None and reasons else ("请放置材料" if quad is None else "请保持不动…")
    return {"image": small, "quad": None if quad is None else [(float(x) * scale, float(y) * scale) for x, y in quad],
            "stable": stable, "message": message}


def device_error(exc: Exception) -> Exception:
    """A device's own bilingual error as an InputError (shown in the screen's box); others as they are."""
    zh = getattr(exc, "message_zh", None)
    if zh:
        return InputError(zh, getattr(exc, "message_en", zh), hint_zh=getattr(exc, "hint_zh", ""),
                          hint_en=getattr(exc, "hint_en", ""))
    return exc


def _newest_frame(devices: Any):
    cam = devices.camera()
    return cam.latest if cam.latest is not None else cam.source.read()


# -- capture, scan, import, replace ------------------------------------------------------------------

def capture_page(ctx: ServiceContext, devices: Any, case_uuid: str, material: str, *, actor: Actor) -> dict[str, Any]:
    """The newest full-resolution camera frame as a page of `material`: stored, read, pre-filled, filed."""
    return _capture(ctx, case_uuid, material, _newest_frame(devices), actor=actor)


def scan_page(ctx: ServiceContext, devices: Any, case_uuid: str, material: str, *, actor: Actor) -> dict[str, Any]:
    """One page from the scanner (SANE; the device the configuration names)."""
    from app.bootstrap import scan

    device = devices.scanner()
    try:
        image = scan(device)
    except Exception as exc:
        raise device_error(exc) from None
    return _capture(ctx, case_uuid, material, image, actor=actor)


def import_page(ctx: ServiceContext, case_uuid: str, material: str, path: Any, progress: Any = None, *,
                actor: Actor) -> dict[str, Any]:
    """An image or PDF file as page(s) of `material`; `progress(stage, done, total)` per page (called
    from the worker)."""
    return _capture(ctx, case_uuid, material, str(path), actor=actor, progress=progress)


def replace_page(ctx: ServiceContext, devices: Any, case_uuid: str, material: str, page: int, path: Any = None, *,
                 actor: Actor) -> dict[str, Any]:
    """Replace one page with the newest camera frame (or a file): the old page is deleted (audited)."""
    source = _newest_frame(devices) if path is None else str(path)
    out = pages.replace_page(ctx, case_uuid, material, page, source, actor=actor)
    return {"material": material, "page": page, "reasons": [], "prefilled": [], "discrepancies": [],
            "kind": out["kind"], "kind_label": pages.kind_label(out["kind"]), "moved": [], "ask": [],
            "replaced": True}


def _capture(ctx: ServiceContext, case_uuid: str, material: str, source: Any, *, actor: Actor,
             progress: Any = None) -> dict[str, Any]:
    from app.services.prefill import capture_material

    res = capture_material(ctx, case_uuid, material, source, actor=actor, progress=progress)
    return settle(ctx, case_uuid, res, actor=actor)


def settle(ctx: ServiceContext, case_uuid: str, res: Any, *, actor: Actor, file_by_kind: bool = True) -> dict[str, Any]:
    """What follows from new pages, in one unit of work: each page filed where its kind belongs
    (pages fitting no material come back in `ask`), the applicant from the fields (e.g. the
    licence's name and credit code), the derived fields, a 一件事's pages shared with its members.
    Returns what the capture screen shows."""
    from app.imaging.document import QUALITY_REASONS

    with ctx.store.unit_of_work(actor):
        filing = pages.file_captured_pages(ctx, case_uuid, res.material, res.digests, actor=actor) \
            if file_by_kind else pages.Filing()
        if res.prefilled or filing.moved:
            case_svc.applicant_from_fields(ctx, case_uuid, actor=actor)
        derived.derive_fields(ctx, case_uuid, actor=actor)  # e.g. 变更内容说明 from both licences
        bundles.share_member_pages(ctx, case_uuid, actor=actor)  # 一件事: once for every member
    from app.services.prefill import RETAKE_REASONS

    reasons = [QUALITY_REASONS.get(r, (r, r))[0] for q in res.quality for r in q.get("reasons", [])]
    reasons += [RETAKE_REASONS[c][0] for c in dict.fromkeys(getattr(res, "retake", ())) if c in RETAKE_REASONS]
    return {"material": res.material, "page": res.pages, "reasons": reasons, "prefilled": list(res.prefilled),
            "discrepancies": list(res.discrepancies), "kind": res.kind, "kind_label": pages.kind_label(res.kind),
            "moved": filing.moved, "ask": filing.ask}
