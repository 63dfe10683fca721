"""The device doctor of the settings screen (F12): is each part installed, does the reader see a
card, does the camera give a picture, which printers are there, and the 套打 calibration page —
as lines of text for the clerk's IT. The devices are the ones the composition root opened."""

from __future__ import annotations

import importlib
from typing import Any

from app.services.context import ServiceContext
from app.storage import Actor

PARTS = {"idcard": "身份证读卡", "prefill": "识别预填", "prereview": "智能预审", "printing": "文书打印",
         "sync": "数据同步", "security": "用户与登录"}


def installed(name: str) -> bool:
    """Whether an optional part's service can be loaded (a slimmed bundle may leave one out)."""
    try:
        importlib.import_module(f"app.services.{name}")
    except ImportError:
        return False
    return True


def device_check(ctx: ServiceContext, devices: Any, what: str, *, actor: Actor) -> list[str]:
    """Lines for the doctor: `doctor` (overview), `read`, `capture`, `print`, `calibrate`."""
    from app.services import calendar, capture, idcard, printing

    if what == "doctor":
        lines = [f"{zh}：{'已安装' if name == 'security' or installed(name) else '未安装'}"  # never without security
                 for name, zh in PARTS.items()]
        st = idcard.reader_status(devices)
        lines.append(f"读卡器：{st.get('label') or st.get('state')} {st.get('reason_zh', '')}")
        warning = calendar.next_year_warning(ctx.calendar)  # from October
        if warning:
            lines.append(f"节假日：{warning}")
        return lines
    if what == "read":
        from app.security.masking import mask_id_number, mask_name

        card = idcard.read_at_window(devices)
        return [f"读卡成功：{mask_name(card.get('name'))} {mask_id_number(card.get('id_number'))}"]
    if what == "capture":
        frame = capture.camera_frame(devices)
        return [f"摄像头：{'有画面' if frame else '无画面'}；{(frame or {}).get('message', '')}"]
    if what == "print":
        printers = printing.list_printers(devices.choice.print_backend)
        return [f"打印机：{p.get('name')} {'(默认)' if p.get('is_default') else ''} {p.get('state', '')}"
                for p in printers] or ["未找到打印机"]
    if what == "calibrate":
        printer = devices.choice.form_printer
        if not printer:
            return ["请先在设置中指定套打打印机（printers.form），再打印套打校准页"]
        job = printing.print_calibration_page(ctx, printer, actor=actor)
        return [f"已在 {printer} 打印套打校准页（{job}），量出偏移后交信息技术人员保存"]
    return [f"未知检查 {what}"]
