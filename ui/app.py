"""QApplication set-up for the workstation: high-DPI, a CJK-capable font, the chosen language,
remembered settings (QSettings), and the main window over a service context.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from app.config import env_value
from app.services.context import ServiceContext
from ui.i18n import set_language
from ui.session import Session

CJK_FAMILIES = ("WenQuanYi Zen Hei", "LXGW WenKai", "Noto Sans CJK SC", "Microsoft YaHei", "SimSun",
                "AR PL UMing CN", "Source Han Sans SC")
STYLE = """
QLabel#heading { font-size: 17px; font-weight: bold; padding: 4px 0; }
QListWidget#navigation { background: #eef2f7; font-size: 14px; }
QListWidget#navigation::item { padding: 7px 6px; }
QListWidget#navigation::item:selected { background: #1f3a5f; color: white; }
QPushButton { padding: 5px 12px; }
QPushButton:default { font-weight: bold; }
"""


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (created once; reused by tests)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("zongchuang")
    QCoreApplication.setApplicationName("zongchuang")
    app.setFont(ui_font())
    app.setStyleSheet(STYLE)
    return app


def ui_font(size: int = 11) -> QFont:
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            return QFont(family, size)
    return QFont(QApplication.font().family(), size)


def settings_for(ctx: ServiceContext) -> QSettings:
    """Window layout and language live next to the data (training keeps its own)."""
    return QSettings(str(Path(ctx.data_dir) / "workstation.ini"), QSettings.Format.IniFormat)


def build(ctx: ServiceContext, language: str | None = None, *, workstation=None):
    """Session + main window over `ctx` (the tests use this with their own context). `workstation`
    is the composition root's `app.bootstrap.Workstation` (devices, platform link, send interval)."""
    from app.bootstrap import configure_ocr
    from ui.main_window import MainWindow

    app = application()
    configure_ocr(reserve_gui_core=True)  # the root keeps a core free for the GUI thread
    try:
        import ui.printing  # noqa: F401 - registers the Qt print path ("qt") with hardware.printer
    except ImportError:
        pass
    settings = settings_for(ctx)
    lang = language or env_value("ZONGCHUANG_LANG") or str(settings.value("ui/language", "zh_CN"))
    set_language(app, lang)
    session = Session(ctx, devices=workstation.devices if workstation is not None else None)
    session.workstation = workstation
    window = MainWindow(session, settings)
    return session, window


def run(data_dir: str | None = None, *, training: bool = False, language: str | None = None) -> int:
    """The workstation: refuse to start without security, first-run wizard, then the composition
    root (`app.bootstrap`) with the sync client as its platform-link factory."""
    from app.bootstrap import bootstrap, switch_security_on
    from sync.client.session import client_factory

    switch_security_on()  # before anything else: no security module, no workstation
    app = application()
    if not training:
        _first_run(data_dir)
    workstation = bootstrap(data_dir, training=training, link_factory=client_factory())
    session, window = build(workstation.ctx, language, workstation=workstation)
    window.show()
    try:
        return app.exec()
    finally:
        window.stop_background_sender()
        session.close()
        workstation.close()
        # Everything is saved and closed; what is left is the interpreter's teardown, whose full
        # garbage collections walked the catalog, the OCR models and Qt's wrappers for 3-10 s
        # after the window had gone. Frozen objects are skipped by those collections.
        gc.freeze()


def _first_run(data_dir: str | None) -> None:
    """A workstation nobody configured yet asks IT who it is (center, window, platform, devices)."""
    try:
        from ui.wizard import maybe_run_first_run_wizard
    except ImportError:
        return
    from app.paths import data_dir as resolve_data_dir

    maybe_run_first_run_wizard(None, resolve_data_dir(data_dir))
