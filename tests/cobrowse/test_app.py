"""The real workstation window (logged-in clerk, the case open on the form screen) with the
co-browse panel docked by `ui.cobrowse.attach`, and the helper window as the other application: the picture of the real
form arrives masked, a suggestion taken with Insert shows up in the real form's editor."""

from __future__ import annotations

import base64

import cv2
import numpy as np
from PySide6.QtCore import QPoint, Qt

from app.services import cases as svc
from sync.cobrowse.endpoints import HelperEndpoint
from tests.cobrowse.conftest import PLANTED, WINDOW
from tests.cobrowse.test_ui import SHOTS
from tests.ui.conftest import window  # noqa: F401 (the real workstation window fixture)


def test_real_workstation_and_helper(ctx, qtbot, window, platform, window_token, helper_token, case_uuid, tap):  # noqa: F811
    from ui.cobrowse.attach import attach, detach
    from ui.cobrowse.helper_window import HelperWindow

    win = window
    session = win.session
    session.select_case(case_uuid)
    win.show_screen("form")
    qtbot.waitUntil(lambda: "applicant_id_number" in win.form.editors, timeout=30000)
    assert attach(win) is None  # no platform configured: nothing is started, the window works as before
    dock = attach(win, platform_url=platform.url, token=window_token)
    clerk_end, panel = dock.endpoint, dock.widget()
    helper_end = HelperEndpoint(platform.url, helper_token).start()
    try:
        hw = HelperWindow(helper_end, WINDOW)
        qtbot.addWidget(hw)
        hw.show()
        assert clerk_end.client.connected.wait(30) and helper_end.client.connected.wait(30)
        hw.request()
        qtbot.waitUntil(lambda: panel.request_box.isVisible(), timeout=30000)
        panel.consent.setChecked(True)
        panel.accept_btn.click()
        qtbot.waitUntil(lambda: helper_end.picture is not None and hw.fields.rowCount() > 0, timeout=30000)
        img = cv2.imdecode(np.frombuffer(base64.b64decode(helper_end.picture["jpeg_b64"]), np.uint8),
                           cv2.IMREAD_GRAYSCALE)
        scale = img.shape[1] / win.form.width()
        for key in ("applicant_id_number", "applicant_name", "contact_phone", "hukou_address"):
            ed = win.form.editors[key].editor
            p = ed.mapTo(win.form, QPoint(0, 0))
            x0, y0 = int(p.x() * scale) + 3, int(p.y() * scale) + 3
            x1, y1 = int((p.x() + ed.width()) * scale) - 3, int((p.y() + ed.height()) * scale) - 3
            assert img[y0:y1, x0:x1].std() < 3, f"{key} editor not masked in the picture"
        wire = tap.text()
        for raw in PLANTED.values():
            assert raw not in wire

        # the helper suggests; Insert on the workstation takes it; the real form shows it
        row = helper_end.doc["field_order"].index("disability_category")
        hw.fields.selectRow(row)
        hw.point_selected()
        hw.suggest_edit.setText("言语残疾")
        hw.suggest_selected()
        qtbot.waitUntil(lambda: panel.ghosts.count() == 1, timeout=30000)
        qtbot.wait(1000)  # a picture or two
        SHOTS.mkdir(parents=True, exist_ok=True)
        win.grab().save(str(SHOTS / "cobrowse-workstation-with-panel.png"))
        hw.render()
        hw.grab().save(str(SHOTS / "cobrowse-helper-with-picture.png"))
        win.activateWindow()
        qtbot.keyClick(win.form, Qt.Key.Key_Insert)
        qtbot.waitUntil(lambda: panel.ghosts.count() == 0, timeout=30000)
        form = svc.case_form(ctx, case_uuid)
        f = next(x for x in form["fields"] if x["key"] == "disability_category")
        assert (f["value"], f["source"]) == ("言语残疾", "helper")
        qtbot.waitUntil(lambda: "言语残疾" in _editor_text(win.form.editors["disability_category"].editor),
                        timeout=30000)
        panel.end_btn.click()
        qtbot.waitUntil(lambda: helper_end.state == "ended", timeout=30000)
    finally:
        helper_end.close()
        detach(win)


def _editor_text(w) -> str:
    for attr in ("currentText", "text", "toPlainText"):
        if hasattr(w, attr):
            return str(getattr(w, attr)())
    return ""
