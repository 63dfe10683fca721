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
from app.services import login as login_svc
from app.services.context import ServiceContext
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

TRAINING_USER = login_svc.TRAINING_USER


def login_mode_text(ctx: ServiceContext) -> str:
    return login_svc.login_mode_text(ctx)


def login(session, user: str, password: str) -> Actor:
    """Log in through the login service; the security session (idle lock) is kept on the UI session."""
    security = login_svc.login(session.ctx, user, password, terminal=session.terminal)
    session.security = security
    return security.actor


def unlock(session, password: str) -> Actor:
    security = session.security
    security.unlock(password)
    return security.actor


def _actor(session) -> Actor:
    security = getattr(session, "security", None)
    if security is not None:
        return security.actor  # raises SessionLocked after the idle lock
    return session.require_actor()


# --- ID card -----------------------------------------------------------------------------------

def idcard_backend(session) -> tuple[str, dict[str, Any]] | None:
    """Which reader this workstation uses, as the composition root chose it from the configuration
    (`app.bootstrap.choose_devices`); ("auto", {}) asks the service to detect one."""
    return session.devices.idcard


AUTO_RETRY_SECONDS = 10.0  # a failed auto-detection is repeated at most this often (it probes serial ports)


def _reader(session):
    reader = getattr(session, "_idcard_reader", None)
    if reader is None:
        choice = idcard_backend(session)
        if choice is None:
            return None
        if choice[0] == "auto":
            reader = _auto_reader(session)
        else:
            reader = require("idcard").reader_for(choice[0], **choice[1])
        session._idcard_reader = reader
    return reader


def _auto_reader(session):
    import time

    last = getattr(session, "_idcard_auto_failed", None)
    if last is not None and time.monotonic() - last[0] < AUTO_RETRY_SECONDS:
        raise last[1]
    try:
        return require("idcard").configured_reader(session.ctx.data_dir, training=bool(session.training))
    except ZongchuangError as exc:
        session._idcard_auto_failed = (time.monotonic(), exc)
        raise


def reader_status(session) -> dict[str, str]:
    """{state, label, reason_zh}: no_reader / ready / card_present / reading / error (runs in a worker)."""
    if service("idcard") is None:
        return {"state": "no_reader", "reason_zh": "本机未安装身份证读卡功能"}
    try:
        reader = _reader(session)
    except Exception as exc:  # auto-detection found nothing: say so, try again later
        return {"state": "no_reader", "reason_zh": getattr(exc, "message_zh", str(exc))}
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
                         hint_zh="在“设置（F12）”中选择读卡器，或用培训模式",
                         hint_en="choose the reader in Settings (F12), or use training mode")
    result = mod.read_with(reader, timeout=timeout)
    data = result.as_dict()
    data["_result"] = result
    return data


def apply_card(session, case_uuid: str, card: dict[str, Any], *, acknowledge_failed: bool = False) -> list[str]:
    """Keep the read on the case, put the holder on it, and fill the fields the catalog takes from the card."""
    return require("idcard").apply_card(session.ctx, case_uuid, card["_result"], actor=_actor(session),
                                        acknowledge_failed=acknowledge_failed)


def record_history_consent(session, case_uuid: str) -> dict[str, Any] | None:
    """The applicant agreed at the window to reuse their earlier data for this case (recorded
    through the consent service when installed; the reuse itself is audited by the case service)."""
    mod = service("consent")
    if mod is None:
        return None
    return mod.grant_history_consent(session.ctx, case_uuid, actor=_actor(session), purpose="本次办件预填表单",
                                     items=["*"], days=1, evidence="窗口当面口头同意")


# --- capture / OCR -------------------------------------------------------------------------------

def camera_spec(session) -> str | None:
    """The document camera: `ZONGCHUANG_CAMERA` = device index ("0") or a file / URL / image
    sequence pattern (`frames/%03d.jpg`, used by training mode and the tests)."""

    return session.devices.camera  # "simulated" in training: the 高拍仪 with sample documents


def simulated_desk(session) -> dict[str, Any] | None:
    """{kinds: [(kind, label)], on_desk} when the camera is the simulated one, else None."""
    if camera_spec(session) != "simulated":
        return None
    source = _camera(session)["source"]
    return {"kinds": list(source.labels.items()), "on_desk": source.on_desk}


def place_on_desk(session, kind: str | None) -> None:
    """Training: put a sample document under the simulated camera (None clears the desk)."""
    _camera(session)["source"].place(kind)


def _camera(session):
    cam = getattr(session, "_camera", None)
    if cam is not None and cam.get("ended"):
        from app.errors import InputError

        raise InputError("摄像头画面已结束", "the camera source has ended")
    if cam is None:
        spec = camera_spec(session)
        if spec is None:
            from app.errors import InputError

            raise InputError("未配置高拍仪", "no document camera is configured",
                             hint_zh="在“设置（F12）”中设置高拍仪，或用“导入文件”", hint_en="set the camera in Settings (F12), or import files")
        from app.bootstrap import open_camera
        from app.imaging.document import StillnessDetector

        source = open_camera(spec, size=session.devices.camera_size, loop=session.training)
        cam = {"source": source, "still": StillnessDetector(frames=3), "latest": None}
        session._camera = cam
    return cam


def camera_frame(session) -> dict[str, Any] | None:
    """Grab and analyse one frame (in a worker): {image (preview size), quad, stable, message}.
    `stable` is the auto-capture trigger: the document lay still and passed the quality gate."""
    import cv2

    from app.imaging.document import QUALITY_REASONS

    cam = _camera(session)
    try:
        frame = cam["source"].read()
    except Exception as exc:
        if str(camera_spec(session)).isdigit():
            session._camera = None  # a device: reopen on the next frame (unplugged and plugged back)
        else:
            cam["ended"] = True  # a file or sequence that ran out: do not replay it into the case
        raise _device_error(exc) from None
    cam["latest"] = frame
    h, w = frame.shape[:2]
    scale = min(1.0, 960 / max(h, w))
    small = cv2.resize(frame, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA) if scale < 1 else frame
    # judged on the full frame (the quality gate's size limits are in camera pixels)
    stable = cam["still"].update(frame)
    quad = cam["still"].last_quad
    quality = cam["still"].last_quality
    reasons = [QUALITY_REASONS.get(r, (r, r))[0] for r in (quality.reasons if quality else [])]
    message = "；".join(reasons) if quad is not None and reasons else ("请放置材料" if quad is None else "请保持不动…")
    return {"image": small, "quad": None if quad is None else [(float(x) * scale, float(y) * scale) for x, y in quad],
            "stable": stable, "message": message}


def _device_error(exc: Exception) -> Exception:
    from app.errors import InputError

    zh = getattr(exc, "message_zh", None)
    if zh:
        return InputError(zh, getattr(exc, "message_en", zh), hint_zh=getattr(exc, "hint_zh", ""),
                          hint_en=getattr(exc, "hint_en", ""))
    return exc


def _capture_result(session, case_uuid: str, res: Any, *, file_by_kind: bool = True) -> dict[str, Any]:
    """What the capture screen shows; each new page is first filed where its kind belongs
    (`app.services.pages.file_captured_pages`), pages that fit no material come back in `ask`."""
    from app.imaging.document import QUALITY_REASONS
    from app.services import cases as case_svc
    from app.services import pages as page_svc

    filing = page_svc.file_captured_pages(session.ctx, case_uuid, res.material, res.digests,
                                          actor=_actor(session)) if file_by_kind else page_svc.Filing()
    if res.prefilled or filing.moved:  # e.g. the licence's name and credit code now identify the applicant
        case_svc.applicant_from_fields(session.ctx, case_uuid, actor=_actor(session))
    from app.services import bundles, derived

    derived.derive_fields(session.ctx, case_uuid, actor=_actor(session))  # e.g. 变更内容说明 from both licences
    bundles.share_member_pages(session.ctx, case_uuid, actor=_actor(session))  # 一件事: once for every member

    reasons = []
    for q in res.quality:
        reasons += [QUALITY_REASONS.get(r, (r, r))[0] for r in q.get("reasons", [])]
    return {"material": res.material, "page": res.pages, "reasons": reasons, "prefilled": list(res.prefilled),
            "discrepancies": list(res.discrepancies), "kind": res.kind, "kind_label": page_svc.kind_label(res.kind),
            "moved": filing.moved, "ask": filing.ask}


def replace_page(session, case_uuid: str, material: str, page: int, path=None) -> dict[str, Any]:
    """Replace one page with the newest camera frame (or a file): the old page is deleted (audited)."""
    from app.services import pages as page_svc

    if path is None:
        cam = _camera(session)
        source = cam["latest"] if cam["latest"] is not None else cam["source"].read()
    else:
        source = str(path)
    out = page_svc.replace_page(session.ctx, case_uuid, material, page, source, actor=_actor(session))
    return {"material": material, "page": page, "reasons": [], "prefilled": [], "discrepancies": [],
            "kind": out["kind"], "kind_label": page_svc.kind_label(out["kind"]), "moved": [], "ask": [],
            "replaced": True}


def page_op(session, op: str, case_uuid: str, *args: Any, **kwargs: Any) -> Any:
    """delete / move / move_by / list on a material's pages (`app.services.pages`, each audited)."""
    from app.services import pages as page_svc

    if op == "list":
        return page_svc.list_pages(session.ctx, case_uuid, *args)
    fn = {"delete": page_svc.delete_page, "move": page_svc.move_page, "move_by": page_svc.move_page_by}[op]
    return fn(session.ctx, case_uuid, *args, actor=_actor(session), **kwargs)


def capture_page(session, case_uuid: str, material: str) -> dict[str, Any]:
    """Take the newest full-resolution frame as a page of `material`, store it, OCR and pre-fill."""
    cam = _camera(session)
    frame = cam["latest"] if cam["latest"] is not None else cam["source"].read()
    res = require("prefill").capture_material(session.ctx, case_uuid, material, frame, actor=_actor(session))
    return _capture_result(session, case_uuid, res)


def scan_page(session, case_uuid: str, material: str) -> dict[str, Any]:
    """One page from the scanner (SANE on Linux; `ZONGCHUANG_SCANNER` names the device)."""

    from app.bootstrap import scan, scanner_available

    device = session.devices.scanner
    if device is None or not scanner_available():
        from app.errors import InputError

        raise InputError("未找到扫描仪", "no scanner found", hint_zh="请信息技术人员连接扫描仪，或用高拍仪/导入文件",
                         hint_en="ask IT to connect the scanner, or use the camera / file import")
    try:
        image = scan(device)
    except Exception as exc:
        raise _device_error(exc) from None
    res = require("prefill").capture_material(session.ctx, case_uuid, material, image, actor=_actor(session))
    return _capture_result(session, case_uuid, res)


def import_page(session, case_uuid: str, material: str, path, progress=None) -> dict[str, Any]:
    """Import an image or PDF file as page(s) of `material`, OCR and pre-fill; `progress(stage,
    done, total)` per page (called from the worker)."""
    res = require("prefill").capture_material(session.ctx, case_uuid, material, str(path), actor=_actor(session),
                                              progress=progress)
    return _capture_result(session, case_uuid, res)


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
    from app.services import bundles
    from app.services import cases as case_svc

    if bundles.bundle_of(session.ctx, case_uuid):  # 一件事: one pre-review across all members
        result = bundles.prereview_bundle(session.ctx, case_uuid, actor=_actor(session))
        refuse = any(f.get("refuse") for f in result["findings"])
        findings = [{**f, "message": f"〔{f['acceptance_number'][-2:]} {f['item_name']}〕{f.get('message', '')}"}
                    for f in result["findings"]]
        return {**result, "findings": findings, "refuse_kind": "inadmissible" if refuse else "correction",
                "due_date": max((m["due_date"] or "" for m in result["members"]), default=None)}
    case_svc.applicant_from_fields(session.ctx, case_uuid, actor=_actor(session))
    return dict(require("prereview").prereview_case(session.ctx, case_uuid, actor=_actor(session)))


DECISIONS = {"accept": "accept_case", "accept_with_tolerance": "accept_with_tolerance", "refuse": "refuse_case",
             "manual": "route_manual"}


def decide(session, case_uuid: str, decision: str) -> Any:
    from app.services import bundles

    if decision in ("accept", "accept_with_tolerance") and bundles.bundle_of(session.ctx, case_uuid):
        return bundles.accept_bundle(session.ctx, case_uuid, actor=_actor(session))  # each member its own way
    mod = require("prereview")
    return getattr(mod, DECISIONS[decision])(session.ctx, case_uuid, actor=_actor(session))


def decide_refuse(session, case_uuid: str) -> Any:
    """不予受理 after the clerk confirmed it (the service refuses unless the engine decided refusal)."""
    from app.services import decisions

    return decisions.refuse(session.ctx, case_uuid, actor=_actor(session), confirmed=True)


def notify_correction(session, case_uuid: str) -> Any:
    """一次性告知: recorded on the case, which stays open for the applicant's return."""
    from app.services import decisions

    return decisions.notify_correction(session.ctx, case_uuid, actor=_actor(session))


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

    return session.devices.print_backend


def print_document(session, case_uuid: str, kind: str, reprint: bool = False) -> dict[str, Any]:
    """Print through the printing service (补打 is decided there from the print history)."""

    printer = session.devices.document_printer
    out = require("printing").print_document(session.ctx, case_uuid, kind, actor=_actor(session), printer=printer,
                                             backend=print_backend(session))
    return {"document": out.document, "where": f"{out.printer}（{out.backend} #{out.job_id}）", "reprint": out.reprint,
            "sha256": out.sha256, "printer": out.printer, "job": out.job_id}


# --- sync ----------------------------------------------------------------------------------------

def _runner(session):
    """The outbox sender for this session (created on first use; needs a platform URL and credential)."""
    runner = getattr(session, "sender", None) or getattr(session, "_sync_runner", None)
    if runner is None:
        from sync.client.session import open_sync

        runner = open_sync(session.ctx, timeout=10.0)
        session._sync_runner = runner
    return runner


def platform_online(session) -> bool:
    """True when the platform answers its health check (never raises; runs in a worker)."""

    if service("sync") is None or not session.ctx.workstation.platform_url:
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
              for e in mod.sync_queue(session.ctx, states=("blocked", "rejected"), current_only=True)]
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


def sync_return(session, entry: dict[str, Any]) -> None:
    """平台退回修改: a refused case back to draft for the clerk to correct."""
    from app.services import cases as case_svc

    case_svc.return_for_correction(session.ctx, entry["case_uuid"], actor=_actor(session),
                                   reason=f"平台拒收，退回修改：{entry.get('error', '')}".rstrip("："))


def sync_retry(session, entry: dict[str, Any]) -> int:
    """Put a blocked/rejected case back in the queue."""
    return require("sync").retry_rows(session.ctx, case=entry.get("case_uuid"), actor=_actor(session))


# --- device doctor ---------------------------------------------------------------------------------

def device_check(session, what: str) -> list[str]:
    """Lines of text for the device doctor (detect / read / capture / print / calibrate)."""
    lines: list[str] = []
    if what == "doctor":
        for name in ("idcard", "prefill", "prereview", "printing", "sync", "security"):
            present = True if name == "security" else available(name)  # no workstation runs without security
            lines.append(f"{NAMES_ZH[name]}：{'已安装' if present else '未安装'}")
        st = reader_status(session)
        lines.append(f"读卡器：{st.get('label') or st.get('state')} {st.get('reason_zh', '')}")
        warning = require("calendar").next_year_warning(session.ctx.calendar)  # from October
        if warning:
            lines.append(f"节假日：{warning}")
        return lines
    if what == "read":
        card = read_card(session)
        from app.security.masking import mask_id_number, mask_name

        return [f"读卡成功：{mask_name(card.get('name'))} {mask_id_number(card.get('id_number'))}"]
    if what == "capture":
        frame = camera_frame(session)
        return [f"摄像头：{'有画面' if frame else '无画面'}；{(frame or {}).get('message', '')}"]
    if what == "print":
        printers = require("printing").list_printers(print_backend(session))
        return [f"打印机：{p.get('name')} {'(默认)' if p.get('is_default') else ''} {p.get('state', '')}" for p in printers] \
            or ["未找到打印机"]
    if what == "calibrate":
        printer = session.devices.form_printer
        if not printer:
            return ["请先在设置中指定套打打印机（printers.form），再打印套打校准页"]
        job = require("printing").print_calibration_page(session.ctx, printer, actor=_actor(session))
        return [f"已在 {printer} 打印套打校准页（{job}），量出偏移后交信息技术人员保存"]
    return [f"未知检查 {what}"]
