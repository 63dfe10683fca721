"""Every screen at 1366×768 and 1920×1080 (Chinese, and English at 1366×768), with a case in
progress, saved for a person to look at (`ZONGCHUANG_SCREENSHOTS`, default out/screenshots/).
Asserts only that each screen rendered; what is clipped or untranslated is judged by eye."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.clerk import Clerk
from tests.ui.conftest import screenshot, wait_idle

pytestmark = pytest.mark.slow

SCREENS = ["today", "new_case", "applicant", "capture", "form", "prereview", "print", "delivery", "sync", "settings"]


def test_every_screen_at_both_sizes(window, qtbot, ctx, monkeypatch):
    monkeypatch.setenv("ZONGCHUANG_CAMERA", "simulated")
    wait_idle(qtbot, timeout=120000)
    c = Clerk(window, qtbot, ctx)
    c.new_case()
    c.to_capture()
    c.capture("business_license", expect=lambda: c.material("M02")["pages"] == 1)
    c.capture("id_card_front", expect=lambda: c.material("M03")["pages"] == 1)
    c.place("public_health_license")
    shots = []
    for lang in ("zh_CN", "en"):
        if lang == "en":
            window.switch_language("en")
        for w, h in ((1366, 768), (1920, 1080)) if lang == "zh_CN" else ((1366, 768),):
            window.resize(w, h)
            for key in SCREENS:
                window.show_screen(key)
                if key == "prereview":
                    window.prereview.run_review()
                    qtbot.waitUntil(lambda: window.prereview.result is not None, timeout=60000)
                wait_idle(qtbot, timeout=60000)
                qtbot.wait(300)
                shots.append(screenshot(window, f"{lang}-{w}x{h}-{key}"))
            window.show_help()
            box = next(x for x in QApplication.topLevelWidgets() if x.objectName() == "helpBox" and x.isVisible())
            shots.append(screenshot(box, f"{lang}-{w}x{h}-help"))
            box.close()
    window.switch_language("zh_CN")
    window.toggle_second_screen()
    for w, h in ((1366, 768), (1920, 1080)):  # the applicant's screen, with the card's photo (人证比对)
        window.second.resize(w, h)
        qtbot.wait(300)
        shots.append(screenshot(window.second, f"zh_CN-{w}x{h}-second-screen"))
    window.second.hide()
    window.resize(1366, 768)
    window.show_screen("today")  # Delete on the draft: the void dialog (reason + supervisor)
    wait_idle(qtbot)
    window.today.table.setFocus()
    window.today.void_selected()
    from ui.void_dialog import VoidDialog

    dialog = window.today.findChild(VoidDialog, "voidDialog")
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    shots.append(screenshot(dialog, "zh_CN-void-dialog"))
    dialog.reject()
    window.show_screen("login")
    shots.append(screenshot(window, "zh_CN-1366x768-login-locked"))
    assert all(p.stat().st_size > 10000 for p in shots), [p for p in shots if p.stat().st_size <= 10000]
    window.show_screen("today")
    assert Qt  # (keyboard-free: screenshots only)
