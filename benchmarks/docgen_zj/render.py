"""Family ZJ's page rasteriser: a document drawn by Qt's raster engine on a QImage at the dpi a
capture asks for (or by Qt's PDF engine on a QPdfWriter page), with its marks (仅供…使用 watermark,
复印件与原件一致 + signature, a company seal over the text), returned as numpy RGB plus the value
boxes normalised to the page (0..1)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QMarginsF, QPointF, QSizeF, Qt  # noqa: F401 - Qt used by generate
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from benchmarks.docgen_zj import documents as D
from benchmarks.docgen_zj import faces as F
from benchmarks.docgen_zj import values as V
from benchmarks.docgen_zj.canvas import Canvas

MM_PER_IN = 25.4


def qimage_to_np(img: QImage) -> np.ndarray:
    img = img.convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=bpl * h).reshape(h, bpl)
    return buf[:, : w * 3].reshape(h, w, 3).copy()


def np_to_qimage(a: np.ndarray) -> QImage:
    a = np.ascontiguousarray(a)
    if a.ndim == 2:
        a = np.ascontiguousarray(np.repeat(a[:, :, None], 3, axis=2))
    h, w, _ = a.shape
    return QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def draw_page(painter: QPainter, doc: dict, marks: list[str]) -> Canvas:
    """Draw the page (and its marks) with the painter's current transform mapping mm."""
    w, h = doc["size"]
    cv = Canvas(painter, w, h)
    D.draw(cv, doc)
    draw_marks(cv, doc, marks)
    return cv


def draw_marks(cv: Canvas, doc: dict, marks: list[str]) -> None:
    rng = np.random.default_rng(doc["seed"] + 7)
    small = cv.w < 100
    for m in marks:
        if m == "watermark":
            purpose = V.pick(rng, ["仅供办理营业执照变更使用", "仅供办理卫生许可使用", "仅供窗口业务办理使用，他用无效",
                                   "仅供本次申报使用", "仅供银行开户使用"])
            p = cv.p
            p.save()
            p.setOpacity(0.28)
            p.translate(cv.w / 2 * 10, cv.h / 2 * 10)
            p.rotate(-28)
            size = (cv.w / 14) if small else min(cv.w, cv.h) / 16
            for k in (-1, 0, 1):
                cv.text(0, k * size * 3.2, purpose, "hei", size, V.pick(rng, ["#555555", "#c03030", "#3050a0"]), anchor="center")
            p.restore()
        elif m == "copy_note":
            x = cv.w * float(rng.uniform(0.5, 0.62))
            y = cv.h * float(rng.uniform(0.8, 0.86)) if not small else cv.h * 0.62
            size = max(cv.w, cv.h) / 45 if not small else 3.2
            key = F.first_covering(F.HAND, "复印件与原件一致")
            cv.text(x, y, "复印件与原件一致", key, size, "#1a2a7a")
            cv.signature(x + size * 1.5, y + size * 0.6, size * 6, size * 1.6, rng)
        elif m == "seal_over":
            r = min(cv.w, cv.h) * (0.14 if not small else 0.2)
            cx = cv.w * float(rng.uniform(0.3, 0.75))
            cy = cv.h * float(rng.uniform(0.35, 0.75))
            company = D._company_name(rng, V.place(rng), V.INDUSTRY[int(rng.integers(8))][0]) + "有限公司"
            cv.seal(cx, cy, r, company, "", "song", color="#d42a35", rot=float(rng.uniform(-30, 30)), opacity=0.62)


def page_image(doc: dict, dpi: float, marks: list[str], alpha: bool = False) -> tuple[np.ndarray, dict]:
    """The page at `dpi` as RGB (RGBA with `alpha`: a card's rounded corners transparent), and each
    field's character boxes normalised to the page."""
    F.app()
    w, h = doc["size"]
    px = dpi / MM_PER_IN
    img = QImage(round(w * px), round(h * px), QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32)
    img.fill(QColor(0, 0, 0, 0) if alpha else QColor("#ffffff"))
    p = QPainter(img)
    p.scale(img.width() / w, img.height() / h)
    try:
        cv = draw_page(p, doc, marks)
    finally:
        p.end()
    if alpha:
        a = img.convertToFormat(QImage.Format.Format_RGBA8888)
        buf = np.frombuffer(a.constBits(), dtype=np.uint8, count=a.bytesPerLine() * a.height())
        rgba = buf.reshape(a.height(), a.bytesPerLine())[:, : a.width() * 4].reshape(a.height(), a.width(), 4).copy()
        return rgba, norm_boxes(cv, w, h)
    return qimage_to_np(img), norm_boxes(cv, w, h)


def norm_boxes(cv: Canvas, w: float, h: float) -> dict:
    return {k: [(a / w, b / h, c / w, d / h) for a, b, c, d in v] for k, v in cv.boxes.items()}


def page_pdf(doc: dict, marks: list[str], path) -> None:
    """The page as a vector PDF by Qt's PDF engine (an e-licence as downloaded)."""
    F.app()
    w, h = doc["size"]
    wr = QPdfWriter(str(path))
    wr.setResolution(300)
    wr.setCreator("国家企业信用信息公示系统")
    wr.setTitle(doc["kind"])
    wr.setPageLayout(QPageLayout(QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter), QPageLayout.Orientation.Portrait,
                                 QMarginsF(0, 0, 0, 0)))
    p = QPainter(wr)
    p.scale(300 / MM_PER_IN, 300 / MM_PER_IN)
    p.translate(QPointF(0, 0))
    try:
        draw_page(p, doc, marks)
    finally:
        p.end()
