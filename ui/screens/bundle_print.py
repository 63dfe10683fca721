"""The print screen (F9) for a 一件事 member: the bundle's one 受理回执 and one 一次性告知书 (each
listing every member) instead of the member's own, then the members' own papers the bundle does
not replace (the 容缺受理承诺书 of the 容缺 member). After the one acceptance (F8) the bundle receipt
prints by itself, like a single case's receipt.

Kept apart from `ui/screens/print_screen.py` (which only asks `handles()` / `refresh()` /
`preview()` / `print_kind()` here) so the single-case screen stays as it is. Core calls go through
`ui.ops.op`, each on its own widget so a preview never blocks a print.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from app.services import bundle_desk
from app.services import bundles as bundle_svc
from ui.ops import op
from ui.screens.base import error_text

# what the single-case flow asks to print → the bundle's documents
AFTER_DECISION = {"受理回执": ["bundle:受理回执"], "一次性告知书": ["bundle:一次性告知书"]}


def actor_of(session) -> Any:
    """The person acting (raises when the idle lock has come down)."""
    security = getattr(session, "security", None)
    return security.actor if security is not None else session.require_actor()


def handles(session, uuid: str | None) -> bool:
    """Is this case a 一件事 member (its print screen is the bundle's)?"""
    if not uuid:
        return False
    try:
        return bundle_svc.bundle_of(session.ctx, uuid) is not None
    except Exception:
        return False


def _then(documents: list[dict[str, Any]], then_print: bool | list[str]) -> bool | list[str]:
    if not isinstance(then_print, list):
        return then_print
    kinds = [d["kind"] for d in documents if d.get("available") is not False]
    out: list[str] = []
    for name in then_print:
        mapped = AFTER_DECISION.get(name) or [k for k in kinds if k.startswith("member:") and k.endswith(f":{name}")]
        if not mapped and name == "容缺受理承诺书":
            # a member whose shop has neither a credit code nor a named operator cannot print the
            # pledge; its 容缺受理通知书 tells what to bring by when
            mapped = [k for k in kinds if k.startswith("member:") and k.endswith(":容缺受理通知书")]
        out += [k for k in mapped if k in kinds]
    return out


def refresh(screen, uuid: str, then_print: bool | list[str]) -> None:
    """List the bundle's documents (dry-rendered in a worker) into the print screen."""
    screen.state.setText(screen.tr("正在准备一件事文书…"))
    task = op(screen.docs, bundle_desk.bundle_documents, screen.session.ctx, uuid,
              on_done=lambda docs: screen._loaded(docs, _then(docs, then_print)),
              on_error=lambda exc: screen.state.setText(error_text(exc)))
    if task is None:  # a listing is still running: list again once it is back (a print may be waiting)
        QTimer.singleShot(300, lambda: uuid == screen.session.case_uuid and refresh(screen, uuid, then_print))


def preview(screen, kind: str) -> None:
    uuid = screen.session.case_uuid

    def write(named: tuple[str, bytes]) -> Path:
        name, pdf = named
        path = Path(screen.session.ctx.data_dir) / "preview" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pdf)
        return path

    screen.state.setText(screen.tr("正在生成预览…"))
    op(screen.preview, bundle_desk.render_kind, screen.session.ctx, uuid, kind, actor=actor_of(screen.session),
       on_done=lambda named: screen._show_pdf(write(named)),
       on_error=lambda exc: screen.state.setText(error_text(exc)))


def print_kind(screen, kind: str) -> None:
    """Print one bundle entry: the bundle's document once for all members, or a member's own paper."""
    s = screen.session
    screen.state.setText(screen.tr("正在打印…"))
    devices = s.devices
    op(screen.print_button, bundle_desk.print_kind, s.ctx, s.case_uuid, kind, actor=actor_of(s),
       printer=devices.document_printer, backend=devices.print_backend, on_done=screen._printed,
       on_error=lambda exc: screen.state.setText(error_text(exc)))


def is_bundle_kind(kind: str) -> bool:
    return bundle_desk.is_bundle_kind(kind)
