"""The workstation's view of the capabilities other parts provide (ID cards, capture/OCR,
pre-review, documents, sync, security), looked up in their `app.services` modules when called.

A capability whose service is not installed raises `CapabilityMissing` with a bilingual
message, so a screen can say what is missing instead of crashing. Nothing here decides
anything about a case: each function forwards to one service call.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from app.errors import ZongchuangError
from app.services.context import ServiceContext, default_actor
from app.storage import Actor

NAMES_ZH = {"idcard": "身份证读卡", "prefill": "识别预填", "prereview": "智能预审", "printing": "文书打印",
            "sync": "数据同步", "security": "用户与登录"}


class CapabilityMissing(ZongchuangError):
    exit_code = 3

    def __init__(self, name: str):
        super().__init__(f"本机未安装“{NAMES_ZH.get(name, name)}”功能（app.services.{name}）",
                         f"the {name} capability (app.services.{name}) is not installed on this workstation",
                         hint_zh="请联系信息技术人员更新综窗", hint_en="ask IT to update the workstation")


def service(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"app.services.{name}")
    except ImportError:
        return None


def require(name: str) -> ModuleType:
    mod = service(name)
    if mod is None:
        raise CapabilityMissing(name)
    return mod


def available(name: str) -> bool:
    return service(name) is not None


# --- security -------------------------------------------------------------------------------

def login_mode_text(ctx: ServiceContext) -> str:
    if available("security"):
        return "本地凭据登录（离线可用）"
    return "未安装用户与登录功能：以输入的工号登录（开发占位，不校验密码）"


def login(ctx: ServiceContext, user: str, password: str, *, terminal: str) -> Actor:
    from app.errors import InputError

    user = (user or "").strip()
    if not user:
        raise InputError("请输入工号", "enter your user name")
    sec = service("security")
    if sec is not None and hasattr(sec, "login"):
        result = sec.login(ctx, user, password, terminal=terminal)
        if isinstance(result, Actor):
            return result
        actor = getattr(result, "actor", None)
        if isinstance(actor, Actor):
            return actor
        return Actor(user=getattr(result, "user", user), role=getattr(result, "role", "clerk"), terminal=terminal)
    base = default_actor(ctx.workstation)
    return Actor(user=user, role=base.role, terminal=terminal)


def _actor(session) -> Actor:
    return session.require_actor()


# --- ID card -----------------------------------------------------------------------------------

def reader_status(session) -> dict[str, str]:
    """{state, label, reason_zh}: no_reader / ready / card_present / reading / error."""
    mod = service("idcard")
    if mod is None:
        return {"state": "no_reader", "reason_zh": "本机未安装身份证读卡功能"}
    return dict(mod.reader_status(session.ctx))


def read_card(session) -> dict[str, Any]:
    """Read the card on the reader (in a worker); the card's fields as a dict."""
    return dict(require("idcard").read_card(session.ctx))


def apply_card(session, case_uuid: str, card: dict[str, Any]) -> list[str]:
    """Put what the card says on the case (card read, applicant/contact, id_card pre-fill)."""
    return list(require("idcard").apply_card(session.ctx, case_uuid, card, actor=_actor(session)))


# --- capture / OCR -------------------------------------------------------------------------------

def camera_frame(session) -> dict[str, Any] | None:
    """One preview frame: {image, quad, stable, message} (analysed in the worker)."""
    return require("prefill").camera_frame(session.ctx)


def capture_page(session, case_uuid: str, material: str) -> dict[str, Any]:
    """Take the current page for `material`, store it, run OCR pre-fill; {material, page, reasons, fields}."""
    return dict(require("prefill").capture_page(session.ctx, case_uuid, material, actor=_actor(session)))


def scan_page(session, case_uuid: str, material: str) -> dict[str, Any]:
    return dict(require("prefill").scan_page(session.ctx, case_uuid, material, actor=_actor(session)))


def import_page(session, case_uuid: str, material: str, path) -> dict[str, Any]:
    """Import a file as a page of `material`; OCR pre-fill when the capture service is there."""
    mod = service("prefill")
    if mod is not None and hasattr(mod, "import_page"):
        return dict(mod.import_page(session.ctx, case_uuid, material, path, actor=_actor(session)))
    import mimetypes
    from pathlib import Path

    from app.services import cases as case_svc

    p = Path(path)
    media = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
    case_svc.add_material_file(session.ctx, case_uuid, material, p.read_bytes(), actor=_actor(session),
                               media_type=media, filename=p.name)
    form = case_svc.case_form(session.ctx, case_uuid)
    m = next(m for m in form["materials"] if m["code"] == material)
    return {"material": material, "page": m["pages"], "reasons": []}


# --- pre-review ----------------------------------------------------------------------------------

def prereview(session, case_uuid: str) -> dict[str, Any]:
    return dict(require("prereview").prereview_case(session.ctx, case_uuid, actor=_actor(session)))


DECISIONS = {"accept": "accept_case", "accept_with_tolerance": "accept_with_tolerance", "refuse": "refuse_case",
             "manual": "route_manual"}


def decide(session, case_uuid: str, decision: str) -> Any:
    mod = require("prereview")
    return getattr(mod, DECISIONS[decision])(session.ctx, case_uuid, actor=_actor(session))


# --- documents / printing ------------------------------------------------------------------------

def case_documents(session, case_uuid: str) -> list[dict[str, Any]]:
    """[{kind, title, printed}] the documents this case can print now."""
    return list(require("printing").case_documents(session.ctx, case_uuid))


def render_document(session, case_uuid: str, kind: str):
    return require("printing").render_document(session.ctx, case_uuid, kind, actor=_actor(session))


def print_document(session, case_uuid: str, kind: str, reprint: bool = False) -> dict[str, Any]:
    return dict(require("printing").print_document(session.ctx, case_uuid, kind, actor=_actor(session),
                                                   reprint=reprint))


# --- sync ----------------------------------------------------------------------------------------

def platform_online(session) -> bool:
    mod = service("sync")
    if mod is None or not session.ctx.workstation.platform_url:
        return False
    return bool(mod.platform_online(session.ctx))


def sync_status(session) -> dict[str, Any]:
    mod = service("sync")
    if mod is None:
        from sqlalchemy import func, select

        from app.storage.tables import OutboxRow

        with session.ctx.store.read() as s:
            pending = s.execute(select(func.count()).select_from(OutboxRow)).scalar_one()
        return {"online": False, "pending": pending, "errors": [], "last_sync": None,
                "note": "本机未安装数据同步功能"}
    return dict(mod.sync_status(session.ctx))


def sync_now(session) -> dict[str, Any]:
    return dict(require("sync").sync_now(session.ctx))


def sync_retry(session, outbox_id: Any) -> None:
    require("sync").retry(session.ctx, outbox_id)


# --- device doctor ---------------------------------------------------------------------------------

def device_check(session, what: str) -> list[str]:
    """Lines of text for the device doctor (detect / read / capture / print / calibrate)."""
    lines: list[str] = []
    if what == "doctor":
        for name in ("idcard", "prefill", "prereview", "printing", "sync", "security"):
            lines.append(f"{NAMES_ZH[name]}：{'已安装' if available(name) else '未安装'}")
        st = reader_status(session)
        lines.append(f"读卡器：{st.get('label') or st.get('state')} {st.get('reason_zh', '')}")
        return lines
    if what == "read":
        card = read_card(session)
        from app.security_masking import mask_id_number, mask_name

        return [f"读卡成功：{mask_name(card.get('name'))} {mask_id_number(card.get('id_number'))}"]
    if what == "capture":
        frame = camera_frame(session)
        return [f"摄像头：{'有画面' if frame else '无画面'}；{(frame or {}).get('message', '')}"]
    if what == "print":
        mod = require("printing")
        return [str(mod.test_print(session.ctx))]
    if what == "calibrate":
        mod = require("prefill")
        return [str(mod.calibrate(session.ctx))]
    return [f"未知检查 {what}"]
