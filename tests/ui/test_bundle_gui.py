"""The 一件事 on the workstation, by keyboard: the item search finds 开办餐饮店 by pinyin, the 情形
page shows which members apply and why, Ctrl+Enter opens the bundle with its members."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.services import bundles as bundle_svc
from tests.ui.conftest import wait_idle


def test_search_situations_and_create_by_keyboard(window, qtbot, ctx):
    window.activateWindow()
    wait_idle(qtbot, timeout=120000)  # OCR engine warm-up at login
    qtbot.keyClick(window, Qt.Key.Key_F3)
    screen = window.new_case
    qtbot.waitUntil(lambda: screen.search.hasFocus(), timeout=5000)
    qtbot.keyClicks(screen.search, "kbcyd")  # 开办餐饮店 by pinyin initials
    assert screen.results.item(0).text().startswith("【一件事】开办餐饮店")
    screen.search.clear()
    ev = QInputMethodEvent()  # Chinese arrives as the input method commits it
    ev.setCommitString("餐饮")
    QApplication.sendEvent(screen.search, ev)
    assert "开办餐饮店" in screen.results.item(0).text()
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    lines = [screen.checklist.item(i).text() for i in range(screen.checklist.count())]
    assert any(x.startswith("✔ 个体工商户设立登记") for x in lines)
    assert any(x.startswith("✘ 烟草专卖零售许可证核发") and "不销售烟草制品" in x for x in lines)
    # answer "selling tobacco: yes" by keyboard: focus the option, Space
    yes = screen.findChild(type(screen._buttons["tobacco"][1][0]), "opt_tobacco_yes")
    yes.setFocus()
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    lines = [screen.checklist.item(i).text() for i in range(screen.checklist.count())]
    assert any(x.startswith("✔ 烟草专卖零售许可证核发") for x in lines)
    assert any(x.startswith("经营者身份证件") and "4 个事项共用" in x for x in lines)
    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    made = [c for c in __import__("app.services.cases", fromlist=["list_cases"]).list_cases(ctx)]
    assert len(made) == 4
    form = bundle_svc.bundle_form(ctx, made[0].acceptance_number)
    assert {m["item_code"] for m in form["members"]} >= {"010520001000-01", "010230001000-01"}

    # the one form, grouped by topic: typed once, present in every member
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.current_key() == "form"
    form = window.form
    from PySide6.QtWidgets import QGroupBox

    groups = [b.title() for b in form.scroll.widget().findChildren(QGroupBox)]
    assert groups[:3] == ["经营者", "店铺", "人员与食品安全"], groups
    editor = form.editors["premises_address"].editor
    editor.setFocus()
    for ch in "Wuhan 1001":
        qtbot.keyClicks(editor, ch)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    from app.services.cases import case_form

    for m in bundle_svc.bundle_form(ctx, made[0].acceptance_number)["members"]:
        values = {f["key"]: f["value"] for f in case_form(ctx, m["uuid"])["fields"]}
        assert values["premises_address"] == "Wuhan 1001", m["item_name"]
