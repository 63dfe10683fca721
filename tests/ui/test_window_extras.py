"""More of the clerk's flows at the real window, keyboard only (issue 17): voiding a draft from
Today with a reason and a supervisor's confirmation; the 申请表 printed for signature from the
print screen and listed on the 受理回执; the typed-field count of a first-time applicant of
公共场所卫生许可（变更）; the ID photo for 人证比对 on the clerk's screen and the second screen.

The flows that capture documents run OCR on every page: marked `slow`.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import cases as case_svc
from app.storage import Actor
from tests.ui.clerk import Clerk
from tests.ui.conftest import screenshot, wait_idle

SUPER_PW = "Super#Window-2026"


@pytest.fixture
def clerk_at(window, qtbot, ctx, monkeypatch):
    monkeypatch.setenv("ZONGCHUANG_CAMERA", "simulated")
    wait_idle(qtbot, timeout=120000)  # OCR warm-up at login
    return Clerk(window, qtbot, ctx)


def _add_supervisor(ctx) -> None:
    from app.security import users

    users.add_user(ctx, Actor("itadmin", "it_admin", "420107-01"), "super01", "supervisor", SUPER_PW, must_change=False)


def test_void_a_draft_from_today_with_reason_and_supervisor(clerk_at, ctx, qtbot):
    c = clerk_at
    _add_supervisor(ctx)
    uuid = c.new_case()
    wait_idle(qtbot)
    c.key(Qt.Key.Key_F2)
    today = c.w.today
    assert c.w.current_key() == "today"
    c.key(Qt.Key.Key_Tab)
    c.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is today.table
    row = next(r for r in range(today.table.rowCount()) if today.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == uuid)
    assert today.table.item(row, 5).text().startswith("草稿")  # the outcome column
    while today.table.currentRow() != row:
        c.key(Qt.Key.Key_Down)
    c.key(Qt.Key.Key_Delete)
    from ui.void_dialog import VoidDialog

    dialog = today.findChild(VoidDialog, "voidDialog")
    assert dialog is not None
    c.activated(dialog)
    screenshot(dialog, "today-void-dialog")
    c.key(Qt.Key.Key_Return)  # nothing typed: stays on the reason
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.reason
    c.type(dialog.reason, "事项选错")
    c.key(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.supervisor
    c.type(dialog.supervisor, "super01")
    c.key(Qt.Key.Key_Return)
    c.type(dialog.password, SUPER_PW)
    c.key(Qt.Key.Key_Return)
    wait_idle(qtbot)
    detail = case_svc.case_detail(ctx, uuid)
    assert detail["state"] == "voided" and "事项选错" in detail["events"][-1]["reason"]
    assert detail["events"][-1]["actor"] == "super01"
    assert "已作废" in c.w.statusBar().currentMessage()
    qtbot.waitUntil(lambda: any(today.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == uuid
                                and today.table.item(r, 4).text() == "已作废" for r in range(today.table.rowCount())))


def test_id_photo_for_comparison_on_both_screens(clerk_at, ctx, qtbot):
    """人证比对: the clerk's screen shows the card's values in full beside the chip photo (the view
    audited as pi.view); the applicant's screen shows the same photo with the values masked."""
    from app.security.audit import list_audit

    c = clerk_at
    c.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    second = c.w.second
    assert second is not None and second.isVisible()
    c.w.activateWindow()
    uuid = c.new_case()
    wait_idle(qtbot)
    app = c.w.applicant
    qtbot.waitUntil(lambda: app.card_labels["id_number"].text() == "11010519491231002X", timeout=10000)
    assert app.card_labels["name"].text() == "张三" and "建国路88号" in app.card_labels["address"].text()
    assert not app.photo.pixmap().isNull()
    views = [r for r in list_audit(ctx.store, action="pi.view") if r.get("case_uuid") == uuid]
    assert views and "id_number" in views[0]["detail"]["fields"] and "人证比对" in views[0]["detail"]["purpose"]
    screenshot(c.w, "applicant-comparison")
    qtbot.waitUntil(lambda: second.photo.pixmap() is not None and not second.photo.pixmap().isNull(), timeout=5000)
    text = second.details.text()
    assert "11010519491231002X" not in text and "110105********002X" in text
    screenshot(second, "second-screen-photo")
    # nothing of the photo is kept on the case
    detail = case_svc.case_detail(ctx, uuid)
    assert "photo_bmp_base64" not in str(detail) and "photo_wlt_base64" not in str(detail)


@pytest.fixture
def printing_to_pdf(monkeypatch, cups_pdf_queue):
    queue, out_dir = cups_pdf_queue
    monkeypatch.setenv("ZONGCHUANG_PRINT_BACKEND", "cups")
    monkeypatch.setenv("ZONGCHUANG_PRINTER", queue)
    return queue, out_dir


def _wait_printed(c, qtbot, names):
    qtbot.waitUntil(lambda: all(n in c.printed() for n in names), timeout=120000)
    wait_idle(qtbot, timeout=60000)


@pytest.mark.slow
def test_first_time_applicant_types_few_fields_and_signs_the_application_form(clerk_at, ctx, qtbot, printing_to_pdf,
                                                                             tmp_path):
    """The typed-field count of a first-time applicant of 公共场所卫生许可（变更） (name only), with the
    documents the item needs on the desk: the number is written to typed-fields.txt and asserted
    ≤ 3. Then F9 prints the 申请表 for signature, F7/F8 accept, and the 受理回执 lists it."""
    import sys

    from tests.documents.conftest import pdf_text

    c = clerk_at
    c.new_case()
    c.to_capture()
    for kind, code in [("business_license", "M02"), ("id_card_front", "M03"), ("public_health_license", "M04"),
                       ("name_change_notice", "M05")]:
        c.capture(kind, expect=lambda code=code: c.material(code)["pages"] >= 1)
    typed = c.fill_form()
    form = c.form()
    n_fields = len(form["fields"])
    sys.stdout.write(f"\nfirst-time applicant (变更, name only): typed {len(typed)} of {n_fields} fields: {typed}\n")
    (ctx.data_dir / "typed-fields.txt").write_text(f"{len(typed)} of {n_fields} {typed}\n", encoding="utf-8")
    assert len(typed) <= 3, typed
    fields = {f["key"]: f for f in form["fields"]}
    assert fields["manager_phone"]["value"] == fields["legal_rep_phone"]["value"]  # same person: not typed twice
    assert fields["manager_phone"]["source"] == "form" and fields["manager_phone"]["confirmed"]
    screenshot(c.w, "form-first-time-filled")
    # the 申请表 for signature: F9 (the print screen), F9 again prints the selected document
    c.key(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: c.w.print.current_kind() == "申请表", timeout=60000)
    wait_idle(qtbot)
    screenshot(c.w, "print-application-form")
    c.key(Qt.Key.Key_F9)
    _wait_printed(c, qtbot, ["申请表"])
    assert c.material("M01")["status"] == "received"
    result = c.prereview()
    assert result["decision"] == "accept", [(f["severity"], f["message"]) for f in result["findings"]]
    c.key(Qt.Key.Key_F8)
    _wait_printed(c, qtbot, ["受理回执"])
    from app.services import printing

    sha = next(h["sha256"] for h in printing.print_history(ctx, c.uuid) if h["document"] == "受理回执" and h["ok"])
    receipt = "".join(pdf_text(ctx.store.attachments.get(sha), tmp_path).split())
    assert "公共场所卫生许可证变更申请表" in receipt
    assert c.form()["state"] == "queued"


@pytest.mark.slow
def test_import_shows_ocr_progress_per_page_and_the_quality(clerk_at, ctx, qtbot, tmp_path):
    """A two-page PDF imported into 原卫生许可证 (what Ctrl+O's file dialog hands over): the
    capture screen says which page is being read, and the quality pane keeps the verdict of the
    import after the selection moved on to the next pending material."""
    import cv2

    from app.services.prefill import _pages_pdf
    from app.training import samples

    c = clerk_at
    c.new_case()
    c.to_capture()
    c.select("M04")
    ok, jpg = cv2.imencode(".jpg", samples.flat("public_health_license"))
    path = tmp_path / "卫生许可证正副本.pdf"
    path.write_bytes(_pages_pdf([jpg.tobytes(), jpg.tobytes()]))
    cap = c.w.capture
    cap.progress_seen.clear()
    cap.import_file(path)
    qtbot.waitUntil(lambda: c.material("M04")["pages"] == 2 and not cap._busy, timeout=240000)
    wait_idle(qtbot, timeout=120000)
    seen = cap.progress_seen
    assert "正在识别第 1/2 页…" in seen and "正在识别第 2/2 页…" in seen, seen
    assert seen.index("正在识别第 1/2 页…") < seen.index("正在识别第 2/2 页…")
    assert "M04" in cap.action_state.text()
    assert cap.current_material() != "M04"  # moved on to the next pending material
    text = cap.quality.text()
    assert text != "—" and "上次采集（M04）" in text, text
    c.select("M04")
    assert "第 1 页" in cap.quality.text() and "第 2 页" in cap.quality.text(), cap.quality.text()
    screenshot(c.w, "capture-import-quality")
