"""Session 28 (bizscope): a seal's character beside a wrapped 经营范围 row is no gap in the scope.

A 营业执照 正本 sets its 经营范围 in the left column and the 住所 / 登记机关 column to its right; the
registrar's seal, stamped over the page, may stand in the gutter between them. ZJ zj_0011 (a flatbed scan)
read its whole scope right at 0.98–1.00, but one of the seal's characters was boxed on its own in the gutter
beside the third row (`厦`, a box 58 px tall beside rows 20 px tall), and `layout.value_after` took any box
past a wrapped row's end as more of that row, unread in between (`hole`): the scope was blanked (`ragged
rows`). A box that tall read as one or two characters is a glyph at its own size — a seal's, a stamp's —
not part of a row of the value's print (`layout.ROW_GAP_TALL`). Drawn: a licence with a four-row scope and
a large grey character in the gutter beside its second row, read through `read_page`; main blanked the
scope (checked by switching the rule off here)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.layout as layout
import app.prefill.reader as reader
from tests.prefill.fonts import SANS, cjk_font

ROWS = (("名称", "杭州百川明餐饮管理有限公司"), ("类型", "有限责任公司(自然人独资)"), ("法定代表人", "陶丽兰"))
SCOPE = ("食品销售(仅销售预包装食品)、企业管理咨询、外卖",
         "递送服务、餐饮管理、餐饮服务(除依法须经批准的项目",
         "外,凭营业执照依法自主开展经营活动)许可项目:食品经",
         "营(依法须经批准的项目,经相关部门批准后方可开展经营",
         "活动,具体经营项目以相关部门批准文件或许可证件为准)")
WANT = "".join(SCOPE)


def _licence(gutter: str, size: int) -> np.ndarray:
    """A 营业执照 正本's left column (A4 landscape at 150 dpi) whose scope's second row has `gutter`
    printed past its end at `size` px, in a copied seal's grey."""
    img = Image.new("RGB", (1754, 1240), (250, 250, 246))
    d = ImageDraw.Draw(img)
    d.text((700, 120), "营业执照", font=cjk_font(90, SANS), fill=(0, 0, 0))
    d.text((120, 260), "统一社会信用代码 91330106MA2B7C3X4E", font=cjk_font(26, SANS), fill=(20, 20, 20))
    f = cjk_font(30, SANS)
    for i, (label, value) in enumerate(ROWS):
        d.text((120, 380 + 60 * i), label, font=f, fill=(20, 20, 20))
        d.text((320, 380 + 60 * i), value, font=f, fill=(20, 20, 20))
    y = 380 + 60 * len(ROWS)
    d.text((120, y), "经营范围", font=f, fill=(20, 20, 20))
    for j, row in enumerate(SCOPE):
        d.text((320, y + 40 * j), row, font=f, fill=(20, 20, 20))
    right = 320 + max(d.textlength(r, font=f) for r in SCOPE)
    g = cjk_font(size, SANS)
    d.text((right + 45, y + 40 + 15 - size // 2), gutter, font=g, fill=(70, 70, 70))
    d.text((1250, 380), "注册资本 300万元人民币", font=f, fill=(20, 20, 20))
    d.text((1250, 440), "成立日期 2017年04月18日", font=f, fill=(20, 20, 20))
    d.text((1250, 1000), "登记机关", font=f, fill=(20, 20, 20))
    return np.asarray(img)[:, :, ::-1].copy()


def test_a_seal_glyph_in_the_gutter_leaves_the_scope_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _licence("厦", 96)
    scope = reader.read_page(page).extraction.fields["business_scope"]
    assert scope.value == WANT and not scope.flagged, (scope.value, scope.note)
    monkeypatch.setattr(layout, "ROW_GAP_TALL", False)
    off = reader.read_page(page).extraction.fields["business_scope"]
    assert off.flagged and off.note == "ragged rows", (off.value, off.note)  # (main: the right scope blank)
