"""Smaller things a clerk meets by keyboard: the 情形 options move with ↑/↓ and show focus, the
form scrolls to the focused field, training raises no offline alarm, Today shows the outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import cases as case_svc
from tests.ui.conftest import wait_idle


def test_situation_options_move_with_arrow_keys(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClicks(window.new_case.search, "ggcswsxkbg")
    qtbot.keyClick(window.new_case.search, Qt.Key.Key_Return)
    first = QApplication.focusWidget()
    assert first.objectName() == "opt_what_changes_unit_name"
    assert "focus" in window.new_case.questions.styleSheet()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    second = QApplication.focusWidget()
    assert second is not first and second.objectName().startswith("opt_"), second.objectName()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is first


def test_form_scrolls_to_the_focused_field(window, qtbot, ctx, clerk):
    ref = case_svc.create_case(ctx, "010170001000-02", {"what_changes": ["unit_name"]}, actor=clerk)
    window.session.select_case(ref.uuid)
    window.resize(1366, 768)
    window.show_screen("form")
    wait_idle(qtbot)
    form = window.form
    last = list(form.editors)[-1]
    ed = form.editors[last]
    ed.editor.setFocus()
    qtbot.waitUntil(lambda: ed.editor.hasFocus(), timeout=2000)
    top = ed.mapTo(form.scroll.viewport(), ed.rect().topLeft()).y()
    assert 0 <= top and top + ed.height() <= form.scroll.viewport().height(), (top, form.scroll.viewport().height())


def test_training_shows_no_offline_alarm(window, qtbot, monkeypatch):
    window._update_online(False)
    assert window.offline_bar.isVisible()
    monkeypatch.setattr(window.session.ctx, "training", True)  # a training database (nothing is sent)
    window._update_online(False)
    assert not window.offline_bar.isVisible()


def test_scanner_error_is_not_overwritten_by_the_camera_retry(window, qtbot, ctx, clerk, monkeypatch, tmp_path):
    monkeypatch.setenv("ZONGCHUANG_CAMERA", str(tmp_path / "no-such-camera.mp4"))
    monkeypatch.setenv("ZONGCHUANG_SCANNER", "")
    ref = case_svc.create_case(ctx, "010170001000-02", {"what_changes": ["unit_name"]}, actor=clerk)
    window.session.select_case(ref.uuid)
    window.show_screen("capture")
    cap = window.capture
    qtbot.waitUntil(lambda: cap.camera_state.text().startswith("高拍仪"), timeout=10000)
    cap.scan_now()
    qtbot.waitUntil(lambda: "扫描仪" in cap.action_state.text(), timeout=10000)
    error = cap.action_state.text()
    qtbot.wait(2500)  # a camera retry (every 2 s after an error) comes and goes
    assert cap.action_state.text() == error and cap.camera_state.text().startswith("高拍仪")
    assert "ZONGCHUANG_" not in error and "zongchuang " not in error  # no command-line advice in the GUI


def test_training_chooses_the_simulated_camera(tmp_path, monkeypatch):
    from app.bootstrap import choose_devices, open_camera
    from app.config import load_config

    monkeypatch.delenv("ZONGCHUANG_CAMERA", raising=False)
    devices = choose_devices(load_config(tmp_path), training=True)
    assert devices.camera == "simulated"
    cam = open_camera(devices.camera)
    assert set(cam.kinds()) >= {"id_card_front", "id_card_back", "business_license", "public_health_license"}
    cam.place("business_license")
    frames = [cam.read() for _ in range(3)]
    assert frames[0].mean() < 90 and frames[2].mean() > 120  # the empty desk first, then the licence on it


def test_settings_set_platform_ca_and_printer_and_print_a_test_page(window, qtbot, ctx, monkeypatch, cups_pdf_queue):
    queue, out_dir = cups_pdf_queue
    monkeypatch.setenv("ZONGCHUANG_PRINT_BACKEND", "cups")
    from tests.documents.conftest import pdf_files, wait_for_output

    qtbot.keyClick(window, Qt.Key.Key_F12)
    s = window.settings_screen
    s.url_edit.setFocus()
    qtbot.keyClicks(s.url_edit, "https://127.0.0.1:8443")
    s.ca_edit.setFocus()
    qtbot.keyClicks(s.ca_edit, "/etc/zongchuang/platform-ca.pem")
    s.buttons["setup_printers"].click()
    qtbot.waitUntil(lambda: s.printer_box.findData(queue) >= 0, timeout=20000)
    s.printer_box.setCurrentIndex(s.printer_box.findData(queue))
    before = pdf_files(out_dir)
    s.buttons["setup_test_page"].click()
    wait_idle(qtbot, timeout=60000)
    assert queue in s.output.toPlainText(), s.output.toPlainText()
    assert wait_for_output(out_dir, before, timeout=60)
    s.buttons["setup_save"].click()
    wait_idle(qtbot)  # saved off the GUI thread (ui.ops)
    from app.config import load_config

    cfg = load_config(ctx.data_dir)
    assert (cfg.workstation.platform_url, cfg.platform.ca_file, cfg.printers.document) == (
        "https://127.0.0.1:8443", "/etc/zongchuang/platform-ca.pem", queue)
