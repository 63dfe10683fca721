"""Keyboard only at the window: open the case, the card is read (F4), the consent dialog comes
up, Enter = the applicant agrees (the clerk types the credit code the card cannot give), Enter =
take the e-licences; F7 pre-review, F8 accept. 公共场所卫生许可（变更） is accepted with the 营业执照
and the old 卫生许可证 exempted and their fields filled from the platform's library."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import cases as case_svc
from tests.elicense.conftest import CLERK, UNIT, USCC, new_case
from tests.ui.conftest import screenshot, wait_idle, window  # noqa: F401

pytest.importorskip("pytestqt")


@pytest.fixture
def ctx(data_dir, monkeypatch, platform, credential):  # noqa: F811
    """The window's store configured like a window PC before the window is built: the platform
    on 127.0.0.1 and this workstation's credential (so the window is online, as at a real desk)."""
    from app.services.context import open_context

    for var in ("ZONGCHUANG_CENTER", "ZONGCHUANG_WINDOW", "ZONGCHUANG_REGION"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("ZONGCHUANG_PLATFORM", platform.url)
    monkeypatch.setenv("ZONGCHUANG_PLATFORM_TOKEN", credential)
    context = open_context(data_dir)
    yield context
    context.close()


def _key(qtbot, win, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or win, k, mod)


def test_card_read_consent_take_accept_by_keyboard(window, qtbot, ctx, library, platform,  # noqa: F811
                                                  credential, monkeypatch):
    # earlier at this window: the case was opened, the ID copy and the name-change notice scanned,
    # and what no licence says typed (phones, staff, areas, what changes)
    uuid = new_case(ctx, credit_code="")
    for code in ("M03", "M05"):
        case_svc.add_material_file(ctx, uuid, code, f"page of {code}".encode(), actor=CLERK)
    case_svc.set_fields(ctx, uuid, {"legal_rep_phone": "13871234567", "manager_phone": "13907151234",
                                    "staff_count": "12", "examined_count": "12", "building_area": "860",
                                    "business_area": "720", "central_ac": "否",
                                    "change_content": "单位名称变更为武汉市青山区悦来宾馆有限公司"}, actor=CLERK)
    window.activateWindow()
    wait_idle(qtbot, timeout=120000)

    # the Today list (F2 puts the cursor in its search box): Enter opens the first case
    _key(qtbot, window, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is window.today.search
    _key(qtbot, window, Qt.Key.Key_Return)
    assert window.session.case_uuid == uuid
    # F4 reads the card (simulated reader); the consent dialog follows
    _key(qtbot, window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: getattr(window.applicant, "elicense_dialog", None) is not None, timeout=30000)
    dlg = window.applicant.elicense_dialog
    assert dlg.isVisible() and "营业执照" in dlg.text.text() and "撤回" in dlg.text.text()
    # whose data: the organisation (its code typed below), not the agent whose card was read
    assert "本单位" in dlg.text.text() and "110105" not in dlg.text.text(), dlg.text.text()
    screenshot(dlg, "elicense-1-consent")
    assert dlg.credit.isVisible() and QApplication.focusWidget() is dlg.credit
    qtbot.keyClicks(dlg.credit, USCC)
    _key(qtbot, window, Qt.Key.Key_Return)  # the applicant agrees
    qtbot.waitUntil(lambda: dlg.result_ is not None, timeout=30000)
    wait_idle(qtbot)
    assert "鄂卫公证字〔2023〕第0001号" in dlg.text.text() and "✘" not in dlg.text.text()
    screenshot(dlg, "elicense-2-found")
    _key(qtbot, window, Qt.Key.Key_Return)  # take them
    qtbot.waitUntil(lambda: dlg.taken is not None, timeout=30000)
    wait_idle(qtbot)
    assert sorted(dlg.taken.exempted) == ["M02", "M04"]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg) or not dlg.isVisible(), timeout=5000)  # (deleted on close)

    # the form (F6): the licence fields carry their source, 电子证照 100 %
    _key(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: "unit_name" in window.form.editors, timeout=30000)
    wait_idle(qtbot)
    for key in ("unit_name", "credit_code", "original_license_no"):
        badge = window.form.editors[key].badge.text()
        assert "电子证照" in badge and "100" in badge, (key, badge)
    assert window.form.editors["unit_name"].text() == UNIT
    screenshot(window, "elicense-3-form")

    # pre-review and accept
    _key(qtbot, window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.prereview.result is not None, timeout=60000)
    result = window.prereview.result
    assert result["decision"] in ("accept", "accept_with_tolerance"), result["findings"]
    screenshot(window, "elicense-4-prereview")
    _key(qtbot, window, Qt.Key.Key_F8)
    wait_idle(qtbot, timeout=60000)
    detail = case_svc.case_detail(ctx, uuid)
    assert detail["state"] == "queued", detail["state"]
    mats = {m["code"]: m for m in detail["materials"]}
    assert mats["M02"]["status"] == mats["M04"]["status"] == "exempted"
    assert mats["M04"]["note"] == "电子证照调用（证照编号 鄂卫公证字〔2023〕第0001号）"
    fields = detail["fields"]
    for key in ("unit_name", "credit_code", "registered_address", "original_license_no", "original_valid_to",
                "license_items"):
        assert fields[key]["source"] == "elicense" and fields[key]["confidence"] == 1.0, (key, fields[key])
    assert fields["unit_name"]["value"] == UNIT and fields["credit_code"]["value"] == USCC


def test_offline_the_dialog_never_blocks(window, qtbot, ctx, library, platform, credential,  # noqa: F811
                                         monkeypatch):
    from app.services import elicense as svc

    uuid = new_case(ctx)
    window.activateWindow()
    wait_idle(qtbot, timeout=120000)
    _key(qtbot, window, Qt.Key.Key_F2)  # Today; Enter opens the case
    _key(qtbot, window, Qt.Key.Key_Return)
    assert window.session.case_uuid == uuid
    platform.stop()  # the link is down
    _key(qtbot, window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: getattr(window.applicant, "elicense_dialog", None) is not None, timeout=30000)
    dlg = window.applicant.elicense_dialog
    _key(qtbot, window, Qt.Key.Key_Return)  # the applicant agrees
    qtbot.waitUntil(lambda: dlg.result_ is not None, timeout=30000)
    wait_idle(qtbot)
    assert dlg.result_.offline and "纸质材料" in dlg.text.text()
    _key(qtbot, window, Qt.Key.Key_Return)  # close: the clerk goes on with paper
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg) or not dlg.isVisible(), timeout=5000)
    assert (svc.detail_extra(ctx, uuid).get("elicense") or {}).get("pending")
    assert {m["status"] for m in case_svc.case_detail(ctx, uuid)["materials"]} == {"pending"}
    platform.start()


def test_the_applicant_withdraws_consent_from_the_dialog(window, qtbot, ctx, library, platform, credential,  # noqa: F811
                                                         monkeypatch):
    from app.services import elicense as svc

    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK, evidence="申请人签字")
    window.activateWindow()
    wait_idle(qtbot, timeout=120000)
    _key(qtbot, window, Qt.Key.Key_F2)  # Today; Enter opens the case
    _key(qtbot, window, Qt.Key.Key_Return)
    assert window.session.case_uuid == uuid
    _key(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window.applicant, "elicense_dialog", None) is not None, timeout=30000)
    dlg = window.applicant.elicense_dialog
    assert dlg.revoke.isVisibleTo(dlg)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.go, timeout=10000)
    _key(qtbot, window, Qt.Key.Key_Tab)  # Tab order: 调取 → 不调取 → 撤回
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.revoke
    _key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: svc.active_consent(ctx, uuid) is None, timeout=30000)
    wait_idle(qtbot)
