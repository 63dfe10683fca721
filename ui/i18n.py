"""Languages: Chinese is the source language of every UI string (`self.tr("中文")`); English
comes from `resources/translations/zongchuang_en.qm`, loaded through importlib.resources.

The `.ts` file is produced by `pyside6-lupdate` over `ui/` and its English filled in by
`build/translations.py`; `pyside6-lrelease` compiles the `.qm` that ships (see docs/workstation.md).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = {"zh_CN": "中文", "en": "English"}
_installed: list[QTranslator] = []


def qm_ref(lang: str):
    if lang.startswith("zh"):
        return None
    ref = resources.files("resources.translations") / f"zongchuang_{lang}.qm"
    return ref if ref.is_file() else None


def set_language(app: QCoreApplication, lang: str) -> bool:
    """Install `lang` (removing the previous translator); True when a translation was loaded."""
    for tr in _installed + _qt_own:
        app.removeTranslator(tr)
    _installed.clear()
    _qt_own.clear()
    ref = qm_ref(lang)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Chinese))
    if lang.startswith("zh"):
        _install_qt_own(app)
    if ref is None:
        return lang.startswith("zh")
    tr = QTranslator(app)
    with resources.as_file(ref) as path:
        ok = tr.load(str(path))
    if ok:
        app.installTranslator(tr)
        _installed.append(tr)
    return ok


_qt_own: list[QTranslator] = []


def _install_qt_own(app: QCoreApplication) -> None:
    """Qt's own Chinese (standard dialogs: 确定/取消, file dialogs, context menus) from the
    translations PySide6 ships (`qtbase_zh_CN.qm`); English needs none."""
    from PySide6.QtCore import QLibraryInfo

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    tr = QTranslator(app)
    if tr.load("qtbase_zh_CN", folder):
        app.installTranslator(tr)
        _qt_own.append(tr)


def current_language() -> str:
    return "en" if _installed else "zh_CN"
