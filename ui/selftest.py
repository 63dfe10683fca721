"""The Qt part of `zongchuang --self-test` (registered as a ``zongchuang.selftest`` plugin).

`app` never imports Qt, so the checks that need it live here: the application starts on the
offscreen platform (unless one is already running, e.g. when the UI calls the self-test), the
bundled CJK font renders, the image-format plugins decode PNG/JPEG (the capture screen's
thumbnails), and QtPdf renders the PDF the core PDF check wrote (how documents are previewed and
printed).
"""

from __future__ import annotations

import os
from importlib import resources

from app.services.selftest import FAIL, OK, SelfCheck, SelfTestEnv


def _app():  # noqa: ANN202 - QApplication
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["zongchuang-selftest"])


def _dark_pixels(image, threshold: int = 128) -> int:  # noqa: ANN001 - QImage
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bits = bytes(gray.constBits())
    stride = gray.bytesPerLine()
    w = gray.width()
    return sum(1 for y in range(gray.height()) for v in bits[y * stride:y * stride + w] if v < threshold)


def check_qt(env: SelfTestEnv) -> tuple[str, str]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

    app = _app()
    font_bytes = resources.files("resources").joinpath("fonts/LXGWWenKai-Regular.ttf").read_bytes()
    from PySide6.QtCore import QByteArray

    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(font_bytes))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return FAIL, "内置中文字体无法加载 / the bundled CJK font did not load in Qt"
    image = QImage(320, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(families[0])
    font.setPixelSize(32)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "综合受理")
    painter.end()
    dark = _dark_pixels(image)
    if dark < 100:
        return FAIL, f"中文文字渲染为空白 / Chinese text rendered blank ({dark} px)"
    return OK, (f"Qt {QLibraryInfo.version().toString()} (PySide6 {pyside_version}) platform "
                f"{app.platformName()}; font {families[0]} renders ({dark} dark px)")


def check_qt_images(env: SelfTestEnv) -> tuple[str, str]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QImageReader

    _app()
    formats = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    missing = [f for f in ("png", "jpg", "jpeg", "bmp") if f not in formats]
    if missing:
        return FAIL, f"缺少图像插件 / image plugins missing: {', '.join(missing)} (have: {', '.join(formats)})"
    sample = QImage.fromData(resources.files("resources").joinpath("selftest/sample_text.png").read_bytes())
    if sample.isNull():
        return FAIL, "PNG 样张无法解码 / the PNG sample could not be decoded"
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    sample.save(buf, "JPEG", 85)
    buf.close()
    back = QImage.fromData(data, "JPEG")
    if back.isNull() or back.size() != sample.size():
        return FAIL, "JPEG 编解码失败 / JPEG encode/decode round trip failed"
    return OK, f"图像格式 / formats: {', '.join(formats)}"


def check_qt_pdf(env: SelfTestEnv) -> tuple[str, str]:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    _app()
    pdf_path = env.artifacts.get("pdf")
    if pdf_path is None:
        return FAIL, "没有可渲染的 PDF（PDF 检查未通过）/ no PDF to render (the PDF check failed)"
    doc = QPdfDocument()
    error = doc.load(str(pdf_path))
    if error != QPdfDocument.Error.None_ or doc.pageCount() < 1:
        return FAIL, f"QtPdf 无法打开 PDF / QtPdf could not open the PDF: {error}"
    page = doc.render(0, QSize(595, 842))
    canvas = QImage(page.size(), QImage.Format.Format_RGB32)  # QtPdf renders transparent: composite on white
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.drawImage(0, 0, page)
    painter.end()
    dark = _dark_pixels(canvas)
    text = doc.getAllText(0).text() if hasattr(doc, "getAllText") else ""
    doc.close()
    want = str(env.artifacts.get("pdf_text", "")).replace(" ", "")
    if dark < 500:
        return FAIL, f"QtPdf 渲染为空白 / QtPdf rendered a blank page ({dark} px)"
    if want and text and want not in text.replace(" ", "").replace("\n", ""):
        return FAIL, f"QtPdf 读回文字不一致 / QtPdf text differs: {text[:80]!r}"
    return OK, f"QtPdf 渲染并读回 / rendered and read back ({dark} dark px)"


def checks() -> list[SelfCheck]:
    return [
        SelfCheck("qt", "Qt 界面（离屏）", "Qt offscreen + CJK font", check_qt),
        SelfCheck("qt_images", "图像插件", "Qt image plugins", check_qt_images),
        SelfCheck("qt_pdf", "Qt PDF 预览", "QtPdf render", check_qt_pdf),
    ]
