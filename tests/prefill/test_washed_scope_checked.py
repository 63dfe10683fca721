"""A washed-out licence (an overexposed 高拍仪 frame under its ring light, a sleeve's haze, a light copy):
its print lies 20–35 grey levels under its paper. Its fields are read once more from the page with its
grey stretched (`contrast.washed_stretched`), and the blanks are filled from that reading — but the
pixel checks made on a value at the end (`reader.confirm_row_end`: is the cell after a 经营范围's closing
bracket paper, or a `。` the recogniser dropped?) were made on the page as captured, where so faint a
print cannot be told from paper (INK_CONTRAST), and every such check answered "may be ink": ZP's
zp_0087 and zp_0129 (高拍仪, print 223–232 on paper 251) had their scopes read whole and right and
then blanked as `full stop not read`. A field taken from the stretched reading is checked on the
pixels it was read from (`reader.fill_checked`)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from tests.prefill.fonts import SERIF, cjk_font

ROWS = (("名　　称", "西安雁塔区创卓安服装店"), ("类　　型", "个体工商户"), ("经 营 者", "廖斌德"),
        ("注册日期", "2019年12月31日"), ("经营场所", "陕西省西安市雁塔区黄河路1398弄35号501室"))
SCOPE = ("一般项目：日用百货销售；家用电器销售；农副产品销售。（除依法",
         "须经批准的项目外，凭营业执照依法自主开展经营活动）")
WANT = "一般项目:日用百货销售;家用电器销售;农副产品销售。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"


def _licence(paper: int = 251, ink: int = 224, label: int = 238) -> np.ndarray:
    """A 营业执照 副本 whose print is `ink` grey on `paper` (no stroke darker than that), its labels
    lighter still (`label`: the detector leaves them unboxed on the page as captured)."""
    img = Image.new("L", (1240, 1754), paper)
    d = ImageDraw.Draw(img)
    d.text((420, 160), "营业执照", font=cjk_font(96, SERIF), fill=ink)
    d.text((150, 380), "统一社会信用代码", font=cjk_font(26, SERIF), fill=label)
    d.text((150, 420), "92610113LW5UQ4XY58", font=cjk_font(34, SERIF), fill=ink)
    f = cjk_font(28, SERIF)
    for i, (name, text) in enumerate(ROWS):
        d.text((150, 560 + 64 * i), name, font=f, fill=label)
        d.text((340, 560 + 64 * i), text, font=f, fill=ink)
    y = 560 + 64 * len(ROWS)
    d.text((150, y), "经营范围", font=f, fill=label)
    for j, row in enumerate(SCOPE):
        d.text((340, y + 44 * j), row, font=f, fill=ink)
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_GRAY2BGR)


def test_a_scope_read_from_the_stretched_page_is_checked_there(monkeypatch: pytest.MonkeyPatch) -> None:
    # (session 31's STOP_BARE takes this page's bare cell on the faint page already, and the washed
    # re-read then never fires: off here, the stretched page's check alone)
    monkeypatch.setattr(reader, "STOP_BARE", False)
    page = _licence()
    got = reader.read_page(page)
    assert got.clock.counts.get("look_washed")  # (the page is washed out: read again stretched)
    scope = got.extraction.fields["business_scope"]
    assert (scope.value, scope.flagged) == (WANT, False), scope.note
    # before: the cell after its bracket judged on the faint page, `full stop not read`
    monkeypatch.setattr(reader, "CHECK_ON_READ_PIXELS", False)
    before = reader.read_page(page).extraction.fields["business_scope"]
    assert before.flagged and before.note == "full stop not read"


def test_ink_after_the_bracket_is_still_found_on_the_stretched_page() -> None:
    # the check is made, not dropped: a `。` printed after the bracket (a licence that ends its scope
    # with one) is there on the stretched page too — read as the scope's own stop or left in doubt
    img = _licence()
    gray = Image.fromarray(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY))
    f = cjk_font(28, SERIF)
    d = ImageDraw.Draw(gray)
    y = 560 + 64 * len(ROWS) + 44
    d.text((340, y), SCOPE[1] + "。", font=f, fill=224)
    scope = reader.read_page(cv2.cvtColor(np.asarray(gray), cv2.COLOR_GRAY2BGR)).extraction.fields["business_scope"]
    assert scope.value in ("", WANT + "。") or scope.flagged
