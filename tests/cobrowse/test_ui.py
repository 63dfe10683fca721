"""Both sides' widgets offscreen over the real relay: the helper window requests, the clerk's
panel accepts with consent, the helper points and suggests, Insert on the clerk's side takes it;
the clerk's event loop keeps turning while the link is cut. Screenshots go to
out/screenshots/cobrowse-*.png for a person to look at."""

from __future__ import annotations

import os
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from app.services import cases as svc
from app.storage.tables import FieldRow
from sync.cobrowse.endpoints import ClerkEndpoint, HelperEndpoint
from tests.cobrowse.conftest import PLANTED, WINDOW, frozen_link

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("ZONGCHUANG_SCREENSHOTS", ROOT / "out" / "screenshots"))


def _page(text: str) -> bytes:
    img = np.full((600, 420, 3), 255, np.uint8)
    cv2.rectangle(img, (20, 20), (400, 580), (40, 40, 40), 3)
    cv2.putText(img, text, (40, 100), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    return cv2.imencode(".jpg", img)[1].tobytes()


@pytest.fixture
def sides(ctx, clerk, qtbot, platform, window_token, helper_token, case_uuid):
    from ui.cobrowse.helper_window import HelperWindow
    from ui.cobrowse.panel import CobrowsePanel

    svc.add_material_file(ctx, case_uuid, "M06", _page("diagnosis"), actor=clerk)
    svc.add_material_file(ctx, case_uuid, "M02", _page("ID CARD 420106199001017719"), actor=clerk)
    window = ClerkEndpoint(ctx, clerk, platform.url, window_token).start()
    helper = HelperEndpoint(platform.url, helper_token).start()
    form = QWidget()
    lay = QFormLayout(form)
    lay.addRow("申请人公民身份号码", QLineEdit(PLANTED["applicant_id_number"], objectName="field_applicant_id_number"))
    lay.addRow("申请人", QLabel(PLANTED["applicant_name"]))
    lay.addRow("申请评定的残疾类别", QLineEdit("肢体残疾", objectName="field_disability_category"))
    form.resize(600, 200)
    form.show()
    qtbot.addWidget(form)
    panel = CobrowsePanel(window, lambda: case_uuid, picture_target=lambda: form)
    hw = HelperWindow(helper, WINDOW)
    for w in (panel, hw):
        qtbot.addWidget(w)
        w.show()
    panel.resize(420, 560)
    assert window.client.connected.wait(30) and helper.client.connected.wait(30)
    yield panel, hw, window, helper
    helper.close()
    window.close()


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"cobrowse-{name}.png"))


def test_both_sides_offscreen(ctx, clerk, qtbot, sides, case_uuid, tap):
    panel, hw, window, helper = sides
    hw.request()
    qtbot.waitUntil(lambda: panel.request_box.isVisible(), timeout=30000)
    assert not panel.accept_btn.isEnabled()  # not without the applicant's consent
    panel.consent.setChecked(True)
    panel.accept_btn.click()
    qtbot.waitUntil(lambda: hw.fields.rowCount() > 0, timeout=30000)
    qtbot.waitUntil(lambda: hw.materials.count() >= 5, timeout=30000)
    labels = [hw.fields.item(r, 0).text() for r in range(hw.fields.rowCount())]
    values = {hw.fields.item(r, 0).data(256): hw.fields.item(r, 1).text() for r in range(hw.fields.rowCount())}
    assert any("申请人公民身份号码" in t for t in labels)
    assert values["applicant_id_number"].startswith("420106********7719")
    # a thumbnail for the diagnosis page, none for the ID card copy
    doc = helper.doc
    pages = {m["code"]: m["pages"] for m in doc["materials"]}
    assert pages["M06"][0]["thumb_jpeg_b64"] and pages["M02"][0]["thumb_withheld"]
    assert pages["M02"][0]["thumb_jpeg_b64"] is None

    # point and suggest
    row = doc["field_order"].index("disability_category")
    hw.fields.selectRow(row)
    hw.point_selected()
    hw.suggest_edit.setText("视力残疾")
    hw.suggest_selected()
    qtbot.waitUntil(lambda: panel.ghosts.count() == 1, timeout=30000)
    qtbot.waitUntil(lambda: "申请评定的残疾类别" in panel.pointer.text(), timeout=30000)
    qtbot.waitUntil(lambda: "建议" in (hw.fields.item(row, 2).text() if hw.fields.item(row, 2) else ""), timeout=30000)
    _shot(panel, "clerk-ghost")
    _shot(hw, "helper-pointing")
    panel.activateWindow()
    qtbot.keyClick(panel, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: panel.ghosts.count() == 0, timeout=30000)
    with ctx.store.read() as s:
        f = s.execute(select(FieldRow).where(FieldRow.key == "disability_category")).scalar_one()
        assert (f.value, f.source) == ("视力残疾", "helper")
    qtbot.waitUntil(lambda: hw.fields.item(row, 1).text() == "视力残疾", timeout=30000)

    # unmask one field with consent
    idx = panel.unmask_field.findData("contact_phone")
    assert idx >= 0
    panel.unmask_field.setCurrentIndex(idx)
    panel.unmask_btn.click()
    phone_row = doc["field_order"].index("contact_phone")
    qtbot.waitUntil(lambda: hw.fields.item(phone_row, 1).text() == PLANTED["contact_phone"], timeout=30000)
    qtbot.waitUntil(lambda: hw.picture.pixmap() is not None and not hw.picture.pixmap().isNull(), timeout=30000)
    assert PLANTED["applicant_id_number"] not in tap.text()
    _shot(hw, "helper-unmasked-phone")

    # the link is cut, and cannot even try again: the clerk's edits (on the GUI thread) return and
    # its event loop keeps turning while the link's thread is stopped (how fast: bench_cobrowse)
    window.client.drop_link()
    helper.client.drop_link()
    ticks: list[float] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    with frozen_link(window.client) as release:
        for value in ("听力残疾", "言语残疾", "肢体残疾"):
            svc.set_fields(ctx, case_uuid, {"disability_category": value}, actor=clerk)
            qtbot.waitUntil(lambda n=len(ticks): len(ticks) > n, timeout=60000)  # the event loop turned
        assert not release.is_set()  # all of it before the link moved again
    timer.stop()
    qtbot.waitUntil(lambda: hw.fields.item(row, 1).text() == "肢体残疾", timeout=60000)  # resumed
    _shot(panel, "clerk-session")

    panel.end_btn.click()
    qtbot.waitUntil(lambda: "结束" in hw.status.text(), timeout=30000)
    _shot(hw, "helper-ended")
