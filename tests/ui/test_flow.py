"""End to end at the window, keyboard only: accept a 公共场所卫生许可（变更） case with the
simulated card reader and an image-sequence document camera, from the item search to the
receipt printed as a PDF by a real CUPS-PDF queue; count the fields the clerk had to type.

The applicant (悦来宾馆, legal representative 张三 — the simulator's card) got its licence at
this center before under its old name, so its earlier case is in the store (一人一档); the clerk
reuses it with the applicant's consent (Ctrl+H).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from app.services import cases as case_svc
from tests.ui.conftest import screenshot, wait_idle

pytest.importorskip("benchmarks.docgen")
from benchmarks import docgen  # noqa: E402
from tests.documents.conftest import pdf_files, wait_for_output  # noqa: E402

ITEM = "010170001000-02"
CREDIT = "91420107MA4K2XQ15" + docgen.uscc_check("91420107MA4K2XQ15")
NEW_NAME = "武汉市青山区悦来宾馆有限公司"
OLD_NAME = "武汉市青山区悦来旅社有限公司"
ADDRESS = "湖北省武汉市青山区和平大道1234号"
HOLDER = {"name": "张三", "sex": "女", "nation": "汉", "birth_date": "1949-12-31", "id_number": "11010519491231002X",
          "address": "北京市朝阳区建国路88号院3号楼2单元501室", "issuing_authority": "北京市公安局朝阳分局",
          "valid_from": "2012-06-01", "valid_to": "长期"}
BUSINESS = {"name": NEW_NAME, "credit_code": CREDIT, "entity_type": "有限责任公司（自然人投资或控股）",
            "legal_representative": "张三", "registered_capital": "人民币100万元", "established_date": "2015-03-18",
            "address": ADDRESS, "business_scope": "住宿服务；餐饮服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）"}
HEALTH = {"license_no": "鄂卫公证字〔2023〕第000123号", "name": OLD_NAME, "legal_representative": "张三",
          "address": ADDRESS, "license_items": "住宿", "valid_from": "2023-05-10", "valid_to": "2027-05-09"}
PRIOR_FIELDS = {"unit_name": OLD_NAME, "credit_code": CREDIT, "unit_nature": "企业", "legal_rep_name": "张三",
                "legal_rep_id_number": "11010519491231002X", "legal_rep_phone": "13871234567", "manager_name": "李四",
                "manager_id_number": "420107198003150016", "manager_phone": "13907151234",
                "registered_address": ADDRESS, "premises_address": ADDRESS, "staff_count": "12", "examined_count": "12",
                "building_area": "860", "business_area": "720", "central_ac": "否", "license_items": "住宿"}
# what the clerk types when a field is empty and needs a value (the only keyboard input counted)
CLERK_KNOWS = {"change_content": "单位名称由“武汉市青山区悦来旅社有限公司”变更为“武汉市青山区悦来宾馆有限公司”",
               **PRIOR_FIELDS, "unit_name": NEW_NAME, "original_license_no": HEALTH["license_no"],
               "original_valid_to": HEALTH["valid_to"]}


def _photo(flat: np.ndarray, seed: int) -> np.ndarray:
    img, _ = docgen.photograph_with_corners(flat, random.Random(seed), docgen.PhotoOptions(
        out_long_side=1800, perspective=0.01, tilt_deg=1.0, noise=2.0, jpeg_quality=92, fill=0.75))
    return img


def camera_frames(folder: Path) -> str:
    """The document camera as an image sequence: each document rests under the camera for a few
    frames, with an empty desk in between (so auto-capture fires once per document)."""
    folder.mkdir()
    rng = random.Random(5)
    desk = np.full((1350, 1800, 3), (70, 70, 75), np.uint8)
    docs = [_photo(docgen.render_business_license(BUSINESS, rng), 1),
            _photo(docgen.render_id_front(HOLDER, rng), 1),
            _photo(docgen.render_health_license(HEALTH, rng), 1)]
    frames = [desk, desk]
    for doc in docs:
        frames += [doc] * 5 + [desk] * 3
    frames += [desk] * 40
    for i, f in enumerate(frames):
        cv2.imwrite(str(folder / f"{i:03d}.png"), f)
    return str(folder / "%03d.png")


def seed_prior_case(ctx, clerk) -> str:
    """The 新办 case of 2023 under the old name (what 一人一档 finds)."""
    ref = case_svc.create_case(ctx, "010170001000-01", {"central_ac": ["no"]}, actor=clerk)
    case_svc.set_applicant(ctx, ref.uuid, {"kind": "organisation", "name": OLD_NAME, "credit_code": CREDIT,
                                           "contact_name": "张三", "contact_id_number": "11010519491231002X"}, actor=clerk)
    case_svc.set_fields(ctx, ref.uuid, PRIOR_FIELDS, actor=clerk)
    for target in ("pre_reviewed", "accepted", "queued"):
        case_svc.transition(ctx, ref.uuid, target, actor=clerk, reason="2023 年办件")
    return ref.acceptance_number


def type_text(qtbot, widget, text: str) -> None:
    """Type like a clerk: ASCII as key presses, Chinese as the input method commits it."""
    run = ""
    for ch in text + "\0":
        if ch.isascii() and ch != "\0":
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if ch != "\0":
            ev = QInputMethodEvent()
            ev.setCommitString(ch)
            QApplication.sendEvent(widget, ev)


def key(qtbot, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is (the main window when nothing has focus)."""
    target = QApplication.focusWidget() or QApplication.activeWindow() or _main[0]
    qtbot.keyClick(target, k, mod)


_main: list = [None]


@pytest.mark.slow
def test_accept_public_health_change_by_keyboard(window, qtbot, ctx, clerk, tmp_path, monkeypatch, cups_pdf_queue):
    queue, out_dir = cups_pdf_queue
    monkeypatch.setenv("ZONGCHUANG_PRINT_BACKEND", "cups")
    monkeypatch.setenv("ZONGCHUANG_PRINTER", queue)
    monkeypatch.setenv("ZONGCHUANG_CAMERA", camera_frames(tmp_path / "camera"))
    prior = seed_prior_case(ctx, clerk)
    _main[0] = window
    window.activateWindow()
    wait_idle(qtbot, timeout=120000)  # OCR engine warm-up at login

    # 1. item search by pinyin initials, 情形, create (the card is read at once)
    key(qtbot, Qt.Key.Key_F3)
    assert window.current_key() == "new_case"
    qtbot.keyClicks(window.new_case.search, "ggcswsxkbg")
    key(qtbot, Qt.Key.Key_Return)
    assert window.new_case.item_code == ITEM
    focused = QApplication.focusWidget()
    assert focused.objectName() == "opt_what_changes_unit_name", focused.objectName()
    key(qtbot, Qt.Key.Key_Space)
    assert window.new_case.answers["what_changes"] == ["unit_name"]
    screenshot(window, "flow-1-new-case")
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # created off the GUI thread (ui.ops)
    qtbot.waitUntil(lambda: bool(window.session.case_uuid) and window.current_key() == "applicant", timeout=20000)
    uuid = window.session.case_uuid
    wait_idle(qtbot)
    assert window.applicant.reader_state.property("state") == "done"
    # 人证比对: the clerk's own screen shows the full number (the view audited), beside the chip photo
    qtbot.waitUntil(lambda: window.applicant.card_labels["id_number"].text() == "11010519491231002X", timeout=5000)
    assert not window.applicant.photo.pixmap().isNull()
    screenshot(window, "flow-2-applicant")

    # 2. capture: the camera sees the business licence, the ID card, the old health licence
    assert window.property("last_error") is None, window.property("last_error")
    key(qtbot, Qt.Key.Key_F5)
    assert window.current_key() == "capture"

    def received() -> set[str]:
        return {m["code"] for m in case_svc.case_form(ctx, uuid)["materials"] if m["pages"]}

    qtbot.waitUntil(lambda: {"M02", "M03", "M04"} <= received(), timeout=240000)
    wait_idle(qtbot, timeout=120000)
    screenshot(window, "flow-3-capture")
    after_capture = case_svc.case_form(ctx, uuid)
    kinds = {m["code"]: m["doc_kind"] for m in after_capture["materials"]}
    assert after_capture["applicant"]["credit_code"] == CREDIT, (after_capture["applicant"], kinds,
                                                                 window.capture.camera_state.text())

    # 3. earlier data with the applicant's consent (Enter = yes)
    key(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    box = next(w for w in boxes if w.objectName() == "consentBox")
    assert prior in box.text()
    assert "从业人员数：12" in box.informativeText(), box.informativeText()  # what is copied is shown
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_idle(qtbot)
    open_boxes = [(w.objectName(), w.text()) for w in QApplication.topLevelWidgets()
                  if isinstance(w, QMessageBox) and w.isVisible()]
    assert not open_boxes, open_boxes

    # 4. the form: Enter confirms each highlighted value; type only what nobody could fill
    captured = case_svc.case_form(ctx, uuid)
    sys.stdout.write("\ncaptured: " + "; ".join(
        f"{m['code']}={[p.get('kind') for p in (m['quality'] or {}).get('ocr_pages', [])]}" for m in captured["materials"])
        + "\nbefore the form: " + ", ".join(f"{f['key']}:{f['source']}" for f in captured["fields"]) + "\n")
    key(qtbot, Qt.Key.Key_F6)
    assert window.current_key() == "form"
    typed: list[str] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        name = focused.objectName() if focused else ""
        if not name.startswith("field_"):
            break
        k = name.removeprefix("field_")
        spec = window.form.editors[k].spec
        if not spec["value"]:
            if isinstance(focused, QLineEdit):
                type_text(qtbot, focused, CLERK_KNOWS[k])
            else:  # a choice: pick the option with the arrow keys
                combo = focused
                while combo.currentText() != CLERK_KNOWS[k] and combo.currentIndex() < combo.count() - 1:
                    qtbot.keyClick(combo, Qt.Key.Key_Down)
                window.form.typed.add(k)
            typed.append(k)
        key(qtbot, Qt.Key.Key_Return)
        wait_idle(qtbot)  # the field is written off the GUI thread (ui.ops)
        form = case_svc.case_form(ctx, uuid)
        if not any((f["required"] and not f["value"]) or (f["value"] and not f["confirmed"]
                                                           and f["source"] not in ("clerk", "id_card"))
                   for f in form["fields"]):
            break
    screenshot(window, "flow-4-form")
    form = case_svc.case_form(ctx, uuid)
    visible = len(form["fields"])
    by_source: dict[str, list[str]] = {}
    for f in form["fields"]:
        by_source.setdefault(f["source"] or "empty", []).append(f["key"])
    sys.stdout.write(f"\nfields on the form: {visible}; typed by the clerk: {len(typed)} {typed}\n"
                     f"by source: { {s: len(v) for s, v in by_source.items()} }\n")
    assert not by_source.get("empty"), by_source.get("empty")
    assert sorted(by_source.get("clerk", [])) == sorted(typed)
    assert len(typed) <= 3, typed

    # 5. pre-review, accept (F8), the receipt is printed
    before = pdf_files(out_dir)
    key(qtbot, Qt.Key.Key_F7)
    assert window.current_key() == "prereview"
    qtbot.waitUntil(lambda: window.prereview.result is not None, timeout=60000)
    screenshot(window, "flow-5-prereview")
    result = window.prereview.result
    assert result["decision"] in ("accept", "accept_with_tolerance"), result
    key(qtbot, Qt.Key.Key_F8)
    wait_idle(qtbot, timeout=60000)
    state = case_svc.case_form(ctx, uuid)["state"]
    assert state == "queued", state
    assert window.current_key() == "print"
    qtbot.waitUntil(lambda: window.print.last_result is not None, timeout=60000)
    pdf = wait_for_output(out_dir, before, timeout=60)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    number = case_svc.case_form(ctx, uuid)["acceptance_number"]
    # (CUPS-PDF re-embeds the CJK font without a text map, so only the ASCII survives pdftotext)
    assert number in text, text[:400]
    assert "11010519491231002X" not in text
    from app.services import printing

    printed = [h for h in printing.print_history(ctx, uuid) if h["ok"]]
    assert printed and printed[0]["document"] == "受理回执" and printed[0]["printer"] == queue, printed
    qtbot.waitUntil(lambda: window.print.preview.pixmap() is not None and not window.print.preview.pixmap().isNull(),
                    timeout=60000)
    shot = screenshot(window, "flow-6-print")
    (shot.parent / "flow-receipt.pdf").write_bytes(pdf.read_bytes())
    sys.stdout.write(f"receipt printed by CUPS-PDF: {pdf}\n")
