"""The low-rate (≈1.5 fps) picture of the clerk's form for the helper, masked before encoding.

What is painted over (opaque, before the JPEG is made — nothing masked ever reaches the encoder):
- the editor of every field masked in the co-browse view (`field_<key>` object names, as the
  form screen names them), unless the applicant consented to unmask it;
- every text widget (labels, line edits, buttons, combo boxes) whose text contains a raw value
  that the view masks (the applicant block, the card read shown anywhere), and in item views
  (tables, lists) every cell showing one (the whole view when it is too large to inspect);
- every image-showing widget (a QLabel with a pixmap, graphics / video views, the source crop):
  document photos and crops carry personal data that cannot be located reliably, so they are
  never sent as pictures (material thumbnails of non-identity documents travel in the view).
The camera's capture area is therefore not streamed; see docs/cobrowse.md for the decision on
live video.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

MASK_COLOR = QColor("#3f3f46")
IMAGE_OBJECT_NAMES = ("sourceCrop", "cameraPreview", "preview", "photo")


def _text_of(w: QWidget) -> str:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QLabel):
        return w.text()
    if isinstance(w, QAbstractButton):
        return w.text()
    if isinstance(w, QComboBox):
        return " ".join(w.itemText(i) for i in range(w.count())) + " " + w.currentText()
    if isinstance(w, QTextEdit | QPlainTextEdit):
        return w.toPlainText()
    return ""


def _secret_cells(v: QAbstractItemView, secrets: list[str]) -> list[QRect] | None:
    """Viewport rectangles of the cells showing a masked value (None: the model is too large)."""
    model = v.model()
    if model is None:
        return []
    if model.rowCount() > 2000 or model.columnCount() > 50:
        return None
    cells = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            val = model.data(index)
            if val is not None and any(s in str(val) for s in secrets):
                rect = v.visualRect(index)
                if rect.isValid():
                    cells.append(rect)
    return cells


def _is_image(w: QWidget) -> bool:
    if isinstance(w, QGraphicsView):
        return True
    if isinstance(w, QLabel):
        pix = w.pixmap()
        if pix is not None and not pix.isNull():
            return True
    name = w.objectName()
    if any(name.startswith(n) for n in IMAGE_OBJECT_NAMES):
        return True
    return type(w).__name__ in ("QVideoWidget", "QQuickWidget", "QOpenGLWidget")


def mask_rects(root: QWidget, secrets: Iterable[str], masked_keys: Iterable[str]) -> list[QRect]:
    """Rectangles (in `root` coordinates) to paint over before encoding a picture of `root`."""
    secrets = [s for s in secrets if s and len(s) >= 2]
    masked_names = {f"field_{k}" for k in masked_keys}
    rects: list[QRect] = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        hide = w.objectName() in masked_names or _is_image(w)
        if not hide and isinstance(w, QAbstractItemView):
            cells = _secret_cells(w, secrets)
            if cells is None:
                hide = True  # too big to inspect cell by cell: the whole view
            else:
                for cell in cells:
                    rects.append(QRect(w.viewport().mapTo(root, cell.topLeft()), cell.size()))
                continue
        elif not hide:
            text = _text_of(w)
            hide = bool(text) and any(s in text for s in secrets)
        if hide:
            top_left = w.mapTo(root, QPoint(0, 0))
            rects.append(QRect(top_left, w.size()))
    return rects


def masked_picture(root: QWidget, secrets: Iterable[str], masked_keys: Iterable[str], *, max_width: int = 1024,
                   quality: int = 60) -> tuple[bytes, int, int]:
    """Grab `root`, paint the masks opaque, scale to ≤ `max_width`, encode JPEG."""
    rects = mask_rects(root, secrets, masked_keys)
    image = root.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    ratio = image.devicePixelRatio() or 1.0
    painter = QPainter(image)
    for r in rects:
        painter.fillRect(QRect(int(r.x() * ratio), int(r.y() * ratio), int(r.width() * ratio) + 1,
                               int(r.height() * ratio) + 1), MASK_COLOR)
    painter.end()
    if image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "JPEG", quality)
    buf.close()
    return bytes(data.data()), image.width(), image.height()


class PictureSender(QObject):
    """Every `interval_ms` (default 700 ms ≈ 1.4 fps) while a share is active: a masked picture
    of `target()` is sent when it changed. It runs on the GUI thread (a grab must), costs a grab
    and a JPEG encode, and only queues the frame (the link never blocks the clerk)."""

    def __init__(self, share, target, interval_ms: int = 700, parent: QObject | None = None):
        super().__init__(parent)
        self.share, self.target = share, target
        self.sent = 0
        self._last = ""
        self._masks: tuple[list[str], set[str]] | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._timer.start(interval_ms)
        share.listeners.append(self._on_share)
        share.ctx.events.append(self._on_ctx)

    def _on_share(self, event: str, _payload: dict) -> None:
        if event == "unmasked":
            self._masks = None

    def _on_ctx(self, name: str, payload: dict) -> None:
        if name == "case.changed" and payload.get("uuid") == self.share.case_uuid:
            self._masks = None  # recomputed on the GUI thread at the next tick

    def stop(self) -> None:
        self._timer.stop()
        if self._on_ctx in self.share.ctx.events:
            self.share.ctx.events.remove(self._on_ctx)

    def tick(self) -> None:
        if self.share.ended:
            self.stop()
            return
        widget = self.target()
        if widget is None or not widget.isVisible():
            return
        if self._masks is None:
            self._masks = self.share.picture_masks()
        jpeg, w, h = masked_picture(widget, *self._masks)
        digest = hashlib.sha256(jpeg).hexdigest()
        if digest != self._last:
            self._last = digest
            self.share.send_picture(jpeg, w, h)
            self.sent += 1
