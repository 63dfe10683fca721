"""A page nothing can be read from as captured says so and asks for a retake (issue 15, session 24).

A licence forwarded through a chat app at a few pixels a character (ZB's chat forwards, ZC's chat
screenshots), or photographed off a phone screen with moiré over every stroke, reads as its kind
from its large title and no field at all. Its fields stay blank either way; the clerk used to see
a scatter of `label_not_found` (type it in) on them. Such a page now carries `retake` (its cause)
at the top of `ocr --json`, and each blank field the reason `retake`. Drawn here: a licence shrunk
into a chat picture and read through the CLI (asks for a retake, `small_print`) beside the same
licence forwarded larger (read, silent); the print-pitch measure; and the rule's guards — a page
that reads any field, a page read as no kind, and a page with no measured cause stay silent."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.imaging.document import Quality
from app.prefill.extract import REASONS, Extraction, FieldResult
from app.prefill.reader import print_pitch, retake_cause
from app.services.prefill import _retake_cause
from tests.prefill.fonts import SANS, cjk_font
from tests.prefill.pages import recognised

ROWS = (("名称", "杭州禾和美容院有限公司"), ("类型", "有限责任公司(自然人独资)"), ("法定代表人", "毛飞国"),
        ("注册资本", "伍拾万元整"), ("成立日期", "2016年04月18日"), ("住所", "浙江省杭州市西湖区育才路47号"),
        ("经营范围", "美容服务；化妆品零售"))


def _licence() -> np.ndarray:
    """A 营业执照's page (BGR): a large title, the credit code, seven label/value rows at 30 px."""
    img = Image.new("RGB", (1400, 1000), (238, 236, 230))
    d = ImageDraw.Draw(img)
    d.text((520, 60), "营业执照", font=cjk_font(90, SANS), fill=(20, 20, 20))
    f = cjk_font(30, SANS)
    d.text((90, 200), "统一社会信用代码", font=f, fill=(30, 30, 30))
    d.text((90, 240), "91330106MA2B3C4D5E", font=f, fill=(30, 30, 30))
    for i, (label, value) in enumerate(ROWS):
        d.text((90, 330 + 70 * i), label, font=f, fill=(30, 30, 30))
        d.text((300, 330 + 70 * i), value, font=f, fill=(30, 30, 30))
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


def _chat_picture(page: np.ndarray, scale: float) -> np.ndarray:
    """The page as a chat app forwards it: shrunk, softened, JPEG'd, shown on the viewer's black
    screen and screenshotted (JPEG again)."""
    small = cv2.GaussianBlur(cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), (0, 0), 0.7)
    small = cv2.imdecode(cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, 45])[1], cv2.IMREAD_COLOR)
    screen = np.full((1600, 760, 3), 12, np.uint8)
    y, x = 500, (760 - small.shape[1]) // 2
    screen[y:y + small.shape[0], x:x + small.shape[1]] = small
    return screen


def test_a_licence_forwarded_too_small_to_read_asks_for_a_retake(tmp_path: Path) -> None:
    page = _licence()
    tiny, legible = tmp_path / "tiny.jpg", tmp_path / "legible.jpg"
    cv2.imwrite(str(tiny), _chat_picture(page, 0.2), [cv2.IMWRITE_JPEG_QUALITY, 70])  # ~6 px characters
    cv2.imwrite(str(legible), _chat_picture(page, 0.5), [cv2.IMWRITE_JPEG_QUALITY, 70])  # ~15 px
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", "ocr", str(tiny), str(legible), "--json"],
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    small, large = json.loads(proc.stdout)
    assert small["kind"] == "business_license"  # (its title is read)
    assert small["retake"] == "small_print"
    assert small["fields"] and all(f["value"] == "" and f["reason"] == "retake" for f in small["fields"].values())
    assert "retake" in REASONS
    # the same licence forwarded larger reads, and says nothing of a retake
    assert large["kind"] == "business_license" and "retake" not in large
    assert large["fields"]["name"]["value"] == "杭州禾和美容院有限公司"
    assert all(f["reason"] != "retake" for f in large["fields"].values())


def test_print_pitch_takes_the_detector_padding_out() -> None:
    # ten 7 px characters padded by 6 px on every side: a 82 × 19 box; the pitch is 7, not 82 / 10
    body = [recognised("浙江省杭州市西湖区育", 100, 100 + 30 * i, 182, 119 + 30 * i) for i in range(4)]
    assert abs(print_pitch(body) - 7.0) < 0.01
    # a watermark's few large words do not outweigh the body's rows (median by character)
    watermark = [recognised("再复印无效", 50, 400, 50 + 4 * 40 + 90, 490)]
    assert abs(print_pitch(body + watermark) - 7.0) < 0.01
    # a credit code's digits are half a character wide: 18 at 7 px measure as characters of about 14
    code = [recognised("913301066666666666", 100, 100, 100 + 17 * 7 + 19, 119)]
    assert 13.0 <= print_pitch(code) <= 16.0
    assert print_pitch([recognised("名称", 0, 0, 40, 20)]) == 0.0  # no line long enough


def _unread(kind: str = "business_license", read: str = "") -> Extraction:
    fields = {k: FieldResult("", 0.0, None, flagged=True, note="not found") for k in ("name", "address")}
    fields["valid_to"] = FieldResult(read, 0.99, [0, 0, 1, 1]) if read else FieldResult("", 0.0, None, flagged=True)
    return Extraction(kind, 1.0, fields)


def test_the_retake_names_a_measured_cause_and_never_fires_on_a_page_read() -> None:
    small = [recognised("浙江省杭州市西湖区育", 100, 100, 172, 113)]  # ~6 px characters
    large = [recognised("浙江省杭州市西湖区育", 100, 100, 322, 140)]  # ~20 px
    blurred = Quality(False, ("blurred",))
    assert retake_cause(_unread(), small, Quality(True), False) == "small_print"
    assert retake_cause(_unread(), large, blurred, False) == "blurred"
    assert retake_cause(_unread(), large, Quality(False, ("too_dark",)), False) == "too_dark"
    assert retake_cause(_unread(), large, Quality(True), True) == "screen"
    # what looked like a screen is a dim photo's colour grain (`screen.display_grid`): too little light
    assert retake_cause(_unread(), large, Quality(True), True, grain=True) == "too_dark"
    # a screen's grid suspected (or a dim photo's colour grain) on a page whose print is measured
    # too small or blurred: what was measured on the print is named
    assert retake_cause(_unread(), small, Quality(True), True) == "small_print"
    assert retake_cause(_unread(), large, blurred, True) == "blurred"
    # no measured cause: the fields keep their own reasons
    assert retake_cause(_unread(), large, Quality(True), False) == ""
    # a page that reads a field is readable unless its print is too small (session 35: it read a
    # third of what it prints, test_retake_few_read); a page read as no kind may be no document at all
    assert retake_cause(_unread(read="长期"), large, blurred, True) == ""
    assert retake_cause(_unread(read="长期"), small, blurred, True) == "small_print"
    assert retake_cause(Extraction("other", 0.0, {}), small, blurred, True) == ""


def test_the_form_is_told_the_pages_cause() -> None:
    material = {"quality": {"ocr_pages": [{"page": 1, "retake": ""}, {"page": 2, "retake": "screen"}]}}
    assert _retake_cause({"reason": "retake", "page": 2}, material) == "retake_screen"
    assert _retake_cause({"reason": "retake", "page": 1}, material) == ""  # (no cause stored: plain `retake`)
    assert _retake_cause({"reason": "glare", "page": 2}, material) == ""
