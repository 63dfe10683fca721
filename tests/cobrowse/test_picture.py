"""The masked picture: painted before encoding, over masked fields' editors, any text widget or
table showing a masked value, and every image; checked on the JPEG the helper received (and
on the wire), against a control picture without masks (so the check can fail)."""

from __future__ import annotations

import base64
import time

import cv2
import numpy as np
import pytest
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QWidget

from sync.cobrowse.endpoints import ClerkEndpoint, HelperEndpoint
from tests.cobrowse.conftest import PLANTED, WINDOW
from tests.cobrowse.test_ui import SHOTS


def _form() -> tuple[QWidget, dict[str, QWidget]]:
    w = QWidget()
    w.setFont(QFont("WenQuanYi Zen Hei", 16))
    grid = QGridLayout(w)
    parts: dict[str, QWidget] = {}
    parts["id"] = QLineEdit(PLANTED["applicant_id_number"], objectName="field_applicant_id_number")
    parts["name_label"] = QLabel(f"申请人：{PLANTED['applicant_name']}")
    parts["category"] = QLineEdit("肢体残疾", objectName="field_disability_category")
    table = QTableWidget(2, 2)
    table.setItem(0, 0, QTableWidgetItem("联系电话"))
    table.setItem(0, 1, QTableWidgetItem(PLANTED["contact_phone"]))
    parts["table"] = table
    pix = QPixmap(720, 100)
    pix.fill("#3366cc")
    painter = QPainter(pix)
    for x in range(0, 720, 12):
        painter.fillRect(x, 0, 6, 100, QColor("#f4f4f5"))
    painter.end()
    parts["photo"] = QLabel()
    parts["photo"].setPixmap(pix)
    parts["plain"] = QLabel("申请评定的残疾类别 — 这一行不是个人信息，应当清晰可见")
    for row, key in enumerate(("id", "name_label", "category", "table", "photo", "plain")):
        grid.addWidget(parts[key], row, 0)
    w.resize(760, 560)
    return w, parts


def _region(img: np.ndarray, widget: QWidget, root: QWidget) -> np.ndarray:
    from PySide6.QtCore import QPoint

    p = widget.mapTo(root, QPoint(0, 0))
    m = 4  # JPEG ringing at the edges
    return img[p.y() + m:p.y() + widget.height() - m, p.x() + m:p.x() + widget.width() - m]


def _cell(table, row: int, col: int, root: QWidget):
    rect = table.visualRect(table.model().index(row, col))
    p = table.viewport().mapTo(root, rect.topLeft())
    return p.x(), p.y(), rect.width(), rect.height()


def _crop(img: np.ndarray, r) -> np.ndarray:
    x, y, w, h = r
    m = 3
    return img[y + m:y + h - m, x + m:x + w - m]


def _raw(root: QWidget) -> np.ndarray:
    """The same widget grabbed without any mask (the control)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    root.grab().toImage().save(buf, "PNG")
    buf.close()
    return _decode(bytes(data.data()))


def _decode(jpeg: bytes) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_GRAYSCALE)


def test_masks_are_painted_before_encoding(qtbot):
    from ui.cobrowse.picture import masked_picture

    root, parts = _form()
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    secrets = list(PLANTED.values())
    masked, _w, _h = masked_picture(root, secrets, {"applicant_id_number"})
    img, ctl = _decode(masked), _raw(root)
    for key in ("id", "name_label", "photo"):
        assert _region(ctl, parts[key], root).std() > 8, f"control: {key} should show something"
        assert _region(img, parts[key], root).std() < 3, f"{key} is not masked in the picture"
    phone, label = _cell(parts["table"], 0, 1, root), _cell(parts["table"], 0, 0, root)
    assert _crop(ctl, phone).std() > 8 and _crop(img, phone).std() < 3  # the phone's cell only
    assert _crop(img, label).std() > 8
    assert _region(img, parts["category"], root).std() > 8  # a non-sensitive field stays readable
    assert _region(img, parts["plain"], root).std() > 8


@pytest.fixture
def session(ctx, clerk, platform, window_token, helper_token, case_uuid):
    window = ClerkEndpoint(ctx, clerk, platform.url, window_token).start()
    helper = HelperEndpoint(platform.url, helper_token).start()
    assert window.client.connected.wait(30) and helper.client.connected.wait(30)
    helper.request(WINDOW)
    deadline = time.monotonic() + 5
    while not window.requests and time.monotonic() < deadline:
        time.sleep(0.01)
    share = window.accept(next(iter(window.requests)), case_uuid, applicant_consent=True)
    yield window, helper, share
    helper.close()
    window.close()


def test_picture_reaches_the_helper_masked(qtbot, session, tap):
    from ui.cobrowse.picture import PictureSender

    window, helper, share = session
    root, parts = _form()
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    sender = PictureSender(share, lambda: root, interval_ms=300)
    qtbot.waitUntil(lambda: helper.picture is not None, timeout=5000)
    sender.stop()
    img = _decode(base64.b64decode(helper.picture["jpeg_b64"]))
    SHOTS.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(SHOTS / "cobrowse-picture-as-received.png"), img)
    for key in ("id", "name_label", "photo"):
        assert _region(img, parts[key], root).std() < 3, f"{key} is not masked in the picture"
    assert _crop(img, _cell(parts["table"], 0, 1, root)).std() < 3
    assert _region(img, parts["category"], root).std() > 8
    assert any('"type":"picture"' in t for _d, _r, t in tap.frames)
