"""A short 经营范围 whose last row ends right over the registrar's red seal.

A licence's 登记机关 seal is stamped over the issue date under the scope; on a 副本 with a short scope
(a sole trader's, a small company's) its rim reaches up to the scope's last row. After the registrar's
sentence the reader looks at the cell after the closing bracket for a `。` the recogniser dropped
(`reader.stop_unread`, session 18): any ink there leaves the scope in doubt. It looked at the plain
grey page, where the seal's red rim is as dark as a stroke — ZE ze0083, a Gnumeric e-licence read
whole and right at 1.00, came out blank (`full stop not read`). The recogniser reads such a page
through its red channel (`ocr_view`), where the seal is paper and black print stays black: the stop
cells are judged on that view (`reader.STOP_SEAL_PAPER`). Drawn here: the same sole trader's licence
with the seal's rim through that cell — the scope is read (it was blank on main); with a black `。`
printed there under the rim it is still found (the scope ends with it, or stays in doubt, never
read without it)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from tests.prefill.fonts import SANS, cjk_font

ROWS = (("统一社会信用代码", "92440106YA4181789D"), ("名称", "顺昌餐馆"), ("类型", "个体工商户"),
        ("经营者", "薛子杰"), ("经营场所", "广东省广州市天河区中山大道41号"), ("注册日期", "2022年07月22日"))
SCOPE = ("一般项目：日用百货销售。（除依法须经批准的", "项目外，凭营业执照依法自主开展经营活动）")
WANT = "一般项目:日用百货销售。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"


def _licence(stop: bool = False) -> np.ndarray:
    """A 个体工商户's 营业执照 (A4, colour scan) whose scope's last row ends over the rim of the
    registrar's red seal; `stop`: a black `。` printed after the closing bracket."""
    img = Image.new("RGB", (1240, 1754), (250, 250, 246))
    d = ImageDraw.Draw(img)
    d.text((460, 160), "营业执照", font=cjk_font(80, SANS), fill=(0, 0, 0))
    f = cjk_font(36, SANS)
    for i, (label, value) in enumerate(ROWS):
        d.text((150, 420 + 70 * i), label, font=f, fill=(20, 20, 20))
        d.text((450, 420 + 70 * i), value, font=f, fill=(20, 20, 20))
    y = 420 + 70 * len(ROWS)
    d.text((150, y), "经营范围", font=f, fill=(20, 20, 20))
    for j, row in enumerate(SCOPE):
        d.text((450, y + 50 * j), row + ("。" if stop and j == len(SCOPE) - 1 else ""), font=f, fill=(20, 20, 20))
    end = 450 + d.textlength(SCOPE[-1], font=f)  # the closing bracket's right edge
    row_mid = y + 50 * (len(SCOPE) - 1) + 20
    # the seal: its rim's top-left arc crosses the cell after the bracket at the row's height
    cx, cy, r = end + 150, row_mid + 150, 190
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(215, 30, 35), width=9)
    d.text((cx - 120, cy - 20), "广州市天河区市场监督管理局", font=cjk_font(20, SANS), fill=(215, 30, 35))
    d.text((820, y + 260), "登记机关", font=f, fill=(20, 20, 20))
    d.text((800, y + 320), "2023年5月4日", font=f, fill=(20, 20, 20))
    return np.asarray(img)[:, :, ::-1].copy()


def test_a_seal_rim_after_the_closing_bracket_is_no_full_stop() -> None:
    got = reader.read_page(_licence())
    scope = got.extraction.fields["business_scope"]
    assert got.kind == "business_license"
    assert scope.value == WANT and not scope.flagged, (scope.value, scope.note)


def test_the_seal_judged_in_grey_left_the_scope_in_doubt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "STOP_SEAL_PAPER", False)
    scope = reader.read_page(_licence()).extraction.fields["business_scope"]
    assert scope.flagged and scope.note == reader.STOP_CHECK, (scope.value, scope.note)


def test_a_black_stop_under_the_seal_is_still_found() -> None:
    scope = reader.read_page(_licence(stop=True)).extraction.fields["business_scope"]
    assert scope.value == WANT + "。" or scope.flagged, (scope.value, scope.note)
