"""The form screen says why OCR left a field blank (issue 15): a licence whose 名称 value is washed
out (glare-white paper over it) is captured into M02 through the real capture service; the empty
申请单位 field shows the Chinese hint for the OCR reason, through Qt translation."""

from __future__ import annotations

import random

import cv2
import pytest

from app.services import cases as case_svc
from app.services.prefill import capture_material, prefill_reasons
from tests.ui.conftest import wait_idle

pytest.importorskip("benchmarks.docgen")
from benchmarks import docgen  # noqa: E402

ITEM_NEW = "010170001000-01"  # 公共场所卫生许可（新办）: M02 营业执照 → unit_name from business_license.name


def test_blank_field_shows_why_ocr_left_it_empty(window, qtbot, ctx, clerk) -> None:
    rng = random.Random(3)
    truth = docgen.random_business(rng, individual=False)
    flat = docgen.render_business_license(truth, rng)
    flat[418:482, 290:880] = 255  # the name's value row is washed out; its label 名称 is left
    photo, _ = docgen.photograph_with_corners(flat, random.Random(3), docgen.PhotoOptions(
        out_long_side=2400, perspective=0.01, tilt_deg=1.0, noise=2.0, jpeg_quality=85, fill=0.8))
    ref = case_svc.create_case(ctx, ITEM_NEW, {}, actor=clerk)
    ok, jpg = cv2.imencode(".jpg", photo)
    res = capture_material(ctx, ref.uuid, "M02", jpg.tobytes(), actor=clerk)
    assert res.kind == "business_license"
    assert res.ocr["name"]["value"] == "" and res.ocr["name"]["reason"] == "value_not_found"
    assert res.ocr["credit_code"]["reason"] == ""  # a field that was read has no reason
    assert prefill_reasons(ctx, ref.uuid)["unit_name"] == "value_not_found"
    window.session.select_case(ref.uuid)
    screen = window.show_screen("form")
    wait_idle(qtbot)
    editor = screen.editors["unit_name"]
    assert editor.text() == ""
    assert editor.badge.text() == "此栏内容未能识别，请重拍或手工录入"
    assert screen.editors["credit_code"].badge.text().startswith("识别")  # filled: provenance, not a hint


def test_a_page_unreadable_as_captured_asks_for_the_original(qtbot) -> None:  # noqa: ANN001
    # (`reader.retake_cause`: a page of a known kind of which nothing could be read, and why)
    from ui.screens.form import REASON_ZH, reason_hint

    for cause in ("small_print", "screen", "too_dark", "blurred"):
        assert "请申请人发送原图" in reason_hint(f"retake_{cause}"), cause
    assert reason_hint("retake") == REASON_ZH["retake"] and "重新拍摄" in reason_hint("retake")
    assert "太小" in reason_hint("retake_small_print") and "摩尔纹" in reason_hint("retake_screen")


def test_a_licence_forwarded_too_small_says_so_once_at_capture_and_above_the_form(
        window, qtbot, ctx, clerk, tmp_path) -> None:
    """A 营业执照 forwarded through a chat app at a fifth of its size (its title readable, no value):
    the capture service's verdict asks for the original picture at once, the capture screen shows
    it on the page, and the form says it once above the fields while each blank field it feeds
    points up to it (its full hint on hover) instead of repeating a sentence cut at the badge."""
    import numpy as np

    from app.services import capture as capture_svc

    rng = random.Random(3)
    flat = docgen.render_business_license(docgen.random_business(rng, individual=False), rng)
    small = cv2.resize(flat, None, fx=0.2, fy=0.2, interpolation=cv2.INTER_AREA)
    h, w = small.shape[:2]
    chat = np.full((900, w + 160, 3), (236, 229, 221), np.uint8)  # the chat's backdrop around the picture
    chat[100:100 + h, 80:80 + w] = small
    path = tmp_path / "forwarded.jpg"
    cv2.imwrite(str(path), chat, [cv2.IMWRITE_JPEG_QUALITY, 70])
    ref = case_svc.create_case(ctx, ITEM_NEW, {}, actor=clerk)
    out = capture_svc.import_page(ctx, ref.uuid, "M02", path, actor=clerk)
    assert out["kind"] == "business_license" and out["prefilled"] == []
    assert any("文字太小" in r and "原图" in r for r in out["reasons"]), out["reasons"]
    window.session.select_case(ref.uuid)
    cap = window.show_screen("capture")
    wait_idle(qtbot)
    cap.select_material("M02")
    wait_idle(qtbot)
    assert "文字太小" in cap.quality.text()
    screen = window.show_screen("form")
    wait_idle(qtbot)
    assert screen.retake.isVisible() and "文字太小" in screen.retake.text()
    blank = [k for k, ed in screen.editors.items() if ed.badge.text() == "原件图片无法辨认，见上方提示"]
    assert "unit_name" in blank and "credit_code" in blank
    assert "文字太小" in screen.editors["unit_name"].badge.toolTip()
    assert screen.retake.text().startswith(f"{len(blank)} 栏")
