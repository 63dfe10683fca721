"""A wrapped row close under its label's row (session 17 round 2, bizq: Q's q0109, a 个体 正本 whose
经营范围 rows stand closer than their height): `recover_labels` reads the strip left of the
scope's second row, the strip reaches into the 经营范围 label read already on the first row, and the
recogniser reads the cut label as `经营范围` again (0.82). That second label ended the scope's first
row and dropped its second one (`…餐饮管理;的项目外…`: unbalanced, blank). A label is printed once:
a strip's reading that spells a label read already where the strip reaches into it is that label,
not a missed one. Drawn page, the real recogniser, the real label recovery and extraction."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill import reader
from app.prefill.engine import TextLine
from app.prefill.extract import extract_business_license, kind_labels
from app.prefill.layout import to_lines
from tests.prefill.fonts import SANS, cjk_font

ROWS = ["一般项目：餐饮服务；食品销售；餐饮管理；", "外卖递送服务；日用品销售（除依法须经批准",
        "的项目外，凭营业执照依法自主开展经营活动）"]
SCOPE = "一般项目:餐饮服务;食品销售;餐饮管理;外卖递送服务;日用品销售(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"


def _page(size: int, pitch: int, drop: int) -> tuple[np.ndarray, list[TextLine]]:
    """注册日期 and 经营范围 in a label column; the scope's rows `pitch` px apart, its label `drop` px
    below the first (the 经营范围 label of a 正本 sits a little low on its row, as q0109's);
    boxes as a detector pads them (3–4 px)."""
    font = cjk_font(size, SANS)
    img = Image.new("RGB", (900, 400), "white")
    draw = ImageDraw.Draw(img)
    lines: list[TextLine] = []

    def put(x: int, y: int, text: str) -> None:
        draw.text((x, y), text, font=font, fill=(25, 25, 25))
        x1, y1, x2, y2 = draw.textbbox((x, y), text, font=font)
        box = (x1 - 3, y1 - 4, x2 + 3, y2 + 4)
        shown = text.replace("：", ":")
        lines.append(TextLine(shown, 0.99, ((box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])),
                              False, tuple((0.999, "", 0.0) for _ in shown), ()))

    put(100, 60, "注册日期：")
    put(100 + 6 * size, 60, "2017年09月20日")
    put(100, 60 + 2 * size + 4 + drop, "经营范围：")
    for i, row in enumerate(ROWS):
        put(100 + 6 * size, 60 + 2 * size + 4 + pitch * i, row)
    return np.array(img)[:, :, ::-1].copy(), lines


@pytest.mark.parametrize("size,pitch,drop", [(22, 22, 3), (24, 26, 5)])
def test_a_label_read_again_from_a_wrapped_rows_strip_is_no_second_label(engine, size: int, pitch: int, drop: int,
                                                                          monkeypatch) -> None:  # noqa: ANN001
    page, lines = _page(size, pitch, drop)
    labels = kind_labels("business_license")
    got = reader.recover_labels(to_lines(lines), page, engine, labels)
    assert [o.text for o in got if o.text.startswith("经营范围")] == ["经营范围:"]
    assert extract_business_license(got)["business_scope"].value == SCOPE
    # as before: the cut label was added as a second 经营范围 (on q0109 read `经营范围.` — the colon's
    # upper dot cut off — whose `.` started the value and whose row took the scope's second row)
    monkeypatch.setattr(reader, "RECOVER_SEEN_SKIP", False)
    before = reader.recover_labels(to_lines(lines), page, engine, labels)
    assert len([o for o in before if o.text.startswith("经营范围")]) == 2
