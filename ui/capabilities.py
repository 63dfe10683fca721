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

def idcard_backend(session) -> tuple[str, dict[str, Any]] | None:
    """Which reader this workstation uses: `ZONGCHUANG_IDCARD` ("simulator", "sam-serial:/dev/ttyUSB0",
    "pcsc", "sdtapi", "termb"); training mode always uses the simulator (card preset or JSON file from
    `ZONGCHUANG_SIM_CARD`, default the demo applicant)."""
    import os

    if session.training or os.environ.get("ZONGCHUANG_DEVICES") == "simulator":
        return "simulator", {"card": os.environ.get("ZONGCHUANG_SIM_CARD") or "resident"}
    spec = os.environ.get("ZONGCHUANG_IDCARD", "").strip()
    if not spec:
        return None
    name, _, arg = spec.partition(":")
    return name, ({"port": arg} if arg else {})


def _reader(session):
    reader = getattr(session, "_idcard_reader", None)
    if reader is None:
        choice = idcard_backend(session)
        if choice is None:
            return None
        reader = require("idcard").reader_for(choice[0], **choice[1])
        session._idcard_reader = reader
    return reader


def reader_status(session) -> dict[str, str]:
    """{state, label, reason_zh}: no_reader / ready / card_present / reading / error (runs in a worker)."""
    if service("idcard") is None:
        return {"state": "no_reader", "reason_zh": "本机未安装身份证读卡功能"}
    reader = _reader(session)
    if reader is None:
        return {"state": "no_reader", "reason_zh": "未配置读卡器（设置 ZONGCHUANG_IDCARD，或用 --training 模拟）"}
    try:
        reader.wait_for_card(0.05)
    except Exception:
        pass  # the status below carries the reason
    return dict(reader.status.as_dict())


def read_card(session, timeout: float = 5.0) -> dict[str, Any]:
    """Wait for a card and read it (in a worker): the card's fields, its checks, and the result
    object kept on the session for `apply_card`."""
    mod = require("idcard")
    reader = _reader(session)
    if reader is None:
        from app.errors import InputError

        raise InputError("未配置读卡器", "no ID-card reader is configured",
                         hint_zh="设置 ZONGCHUANG_IDCARD（如 sam-serial:/dev/ttyUSB0），或用培训模式",
                         hint_en="set ZONGCHUANG_IDCARD (e.g. sam-serial:/dev/ttyUSB0) or use training mode")
    result = mod.read_with(reader, timeout=timeout)
    data = result.as_dict()
    data["_result"] = result
    return data


def apply_card(session, case_uuid: str, card: dict[str, Any], *, acknowledge_failed: bool = False) -> list[str]:
    """Keep the read on the case, put the holder on it, and fill the fields the catalog takes from the card."""
    from app.services import cases as case_svc

    mod = require("idcard")
    actor = _actor(session)
    mod.record_on_case(session.ctx, case_uuid, card["_result"], actor=actor, acknowledge_failed=acknowledge_failed)
    payload = {k: v for k, v in card.items() if not k.startswith("_")}
    case_svc.applicant_from_card(session.ctx, case_uuid, payload, actor=actor)
    return case_svc.prefill_from_source(session.ctx, case_uuid, "id_card", payload, actor=actor)


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


def warm_up_ocr(session) -> bool:
    """Load the OCR models once (in a worker, while the clerk logs in), so the first capture is
    fast and loading never happens in the middle of a case. False when OCR is not installed."""
    try:
        from app.prefill.engine import get_engine
    except ImportError:
        return False
    engine = get_engine()
    load = getattr(engine, "load", None)
    if load is not None:
        load()
    return True


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
    """[{kind, title, printed, available, reason}] the case's documents (dry-rendered: run in a worker)."""
    docs = require("printing").list_documents(session.ctx, case_uuid, check=True)
    return [{"kind": d.name, "title": d.name, "printed": d.printed, "available": d.available,
             "reason": d.reason_zh, "doc_kind": d.kind} for d in docs]


def render_document(session, case_uuid: str, kind: str):
    """Render for preview into the data folder's `preview/` (not counted as printed); the PDF path."""
    from pathlib import Path

    rendered = require("printing").render_document(session.ctx, case_uuid, kind, actor=_actor(session), store=False)
    return rendered.write(Path(session.ctx.data_dir) / "preview" / rendered.filename)


def print_backend(session) -> str | None:
    """The print backend: `ZONGCHUANG_PRINT_BACKEND`, else the printing settings' default (None)."""
    import os

    return os.environ.get("ZONGCHUANG_PRINT_BACKEND") or None


def print_document(session, case_uuid: str, kind: str, reprint: bool = False) -> dict[str, Any]:
    """Print through the printing service (补打 is decided there from the print history)."""
    import os

    printer = os.environ.get("ZONGCHUANG_PRINTER") or None
    out = require("printing").print_document(session.ctx, case_uuid, kind, actor=_actor(session), printer=printer,
                                             backend=print_backend(session))
    return {"document": out.document, "where": f"{out.printer}（{out.backend} #{out.job_id}）", "reprint": out.reprint,
            "sha256": out.sha256, "printer": out.printer, "job": out.job_id}


# --- sync ----------------------------------------------------------------------------------------

def _runner(session):
    """The outbox sender for this session (created on first use; needs a platform URL and credential)."""
    runner = getattr(session, "_sync_runner", None)
    if runner is None:
        from sync.client.session import open_sync

        runner = open_sync(session.ctx, timeout=10.0)
        session._sync_runner = runner
    return runner


def platform_online(session) -> bool:
    """True when the platform answers its health check (never raises; runs in a worker)."""
    import os

    if service("sync") is None or not (session.ctx.workstation.platform_url or os.environ.get("ZONGCHUANG_PLATFORM")):
        return False
    try:
        _runner(session).client.health()
    except Exception:
        return False
    return True


def sync_status(session) -> dict[str, Any]:
    """{online, pending, errors: [{id, acceptance_number, kind, attempts, error}], last_sync}."""
    mod = require("sync")
    counts = mod.sync_counts(session.ctx)
    errors = [{"id": e.id, "case_uuid": e.case_uuid, "acceptance_number": e.acceptance_number, "kind": e.kind,
               "attempts": e.attempts, "error": e.last_error or e.state, "state": e.state}
              for e in mod.sync_queue(session.ctx, states=("blocked", "rejected"))]
    failing = [{"id": e.id, "case_uuid": e.case_uuid, "acceptance_number": e.acceptance_number, "kind": e.kind,
                "attempts": e.attempts, "error": e.last_error, "state": e.state}
               for e in mod.sync_queue(session.ctx, states=("pending",)) if e.last_error]
    return {"online": session.online, "pending": counts.get("pending", 0) + counts.get("sending", 0),
            "done": counts.get("done", 0), "errors": errors + failing,
            "last_sync": getattr(session, "last_sync", None)}


def sync_now(session) -> dict[str, Any]:
    """One sending pass (in a worker); progress arrives as `sync.progress` events."""
    require("sync")
    import datetime as dt

    report = _runner(session).run_once()
    session.last_sync = dt.datetime.now().strftime("%H:%M:%S")
    return dict(report.__dict__)


def sync_retry(session, entry: dict[str, Any]) -> int:
    """Put a blocked/rejected case back in the queue."""
    return require("sync").retry_rows(session.ctx, case=entry.get("case_uuid"), actor=_actor(session))


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
