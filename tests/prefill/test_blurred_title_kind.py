"""A licence photographed in dim light with the camera moving: its small rows smear past reading,
its large title still reads. The page is that licence (its fields blank, reason `retake` for its
blur, so the clerk retakes it), not `other` — and a page that merely names a licence stays `other`."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from app.prefill.reader import read_page
from tests.prefill.fonts import cjk_font


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def test_a_title_alone_on_its_line_names_the_kind() -> None:
    from app.prefill import kinds  # (after the reader: extract, which it imports, registers the kinds)

    # the title read whole, the rows garbled by the blur
    lines = [_line("营业执照", 700, 300, 1150, 390), _line("统一社会做用代码", 260, 250, 420, 285),
             _line("营定代政人保浦", 250, 545, 410, 580)]
    assert kinds.title_only(lines) == "business_license"
    assert kinds.title_only([_line("卫生许可证", 540, 235, 870, 290)]) == "public_health_license"


def test_a_page_that_names_a_licence_is_no_licence() -> None:
    from app.prefill import kinds

    # a letter's sentence, a form's title and paperwork, two documents' titles, a larger line than the title
    assert kinds.title_only([_line("情况说明", 500, 100, 800, 160),
                             _line("拟办理营业执照变更登记", 100, 300, 900, 330)]) is None
    assert kinds.title_only([_line("营业执照申请书", 300, 100, 900, 170)]) is None
    assert kinds.title_only([_line("营业执照", 300, 100, 700, 170), _line("申请人签字:", 100, 900, 300, 930)]) is None
    assert kinds.title_only([_line("营业执照", 300, 100, 700, 170), _line("食品经营许可证", 300, 200, 800, 270)]) is None
    assert kinds.title_only([_line("营业执照", 300, 300, 500, 330), _line("荣誉证书", 300, 100, 900, 200)]) is None


def _smeared_licence() -> np.ndarray:
    """A landscape 营业执照 on a dark desk: a 90 px title, 14 px rows, smeared along a slant and
    defocused until the rows are grey bands, dimmed and grained."""
    rng = np.random.default_rng(7)
    page = Image.new("RGB", (1400, 990), (236, 232, 220))
    d = ImageDraw.Draw(page)
    d.text((520, 120), "营 业 执 照", font=cjk_font(90), fill=(20, 20, 20))
    small = cjk_font(14)
    rows = [("名　　称", "苏州顺昌汽车服务有限公司"), ("类　　型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", "张涛"), ("经营范围", "一般项目：机动车修理和维护；汽车零配件零售；洗车服务")]
    for i, (lab, val) in enumerate(rows):
        d.text((180, 330 + 34 * i), lab, font=small, fill=(40, 40, 40))
        d.text((280, 330 + 34 * i), val, font=small, fill=(40, 40, 40))
    photo = np.full((1250, 1700, 3), 60, np.uint8)
    photo[130:1120, 150:1550] = cv2.cvtColor(np.array(page), cv2.COLOR_RGB2BGR)
    k = np.zeros((9, 9), np.float32)
    cv2.line(k, (1, 2), (7, 6), 1.0)
    photo = cv2.filter2D(cv2.GaussianBlur(photo, (0, 0), 2.2), -1, k / k.sum())
    photo = np.clip(photo.astype(np.float32) * 0.6 + rng.normal(0, 6, photo.shape), 0, 255).astype(np.uint8)
    return photo


def test_a_smeared_licence_whose_title_reads_is_that_licence_with_its_fields_blank(engine) -> None:  # noqa: ANN001
    got = read_page(_smeared_licence(), engine)
    assert got.quality is not None and "blurred" in got.quality.reasons
    assert got.kind == "business_license"
    fields = got.extraction.public_fields()
    assert all(not f["value"] for f in fields.values())
    # nothing on it read: the page asks for a retake for its blur (`reader.retake_cause`)
    assert {f["reason"] for f in fields.values()} == {"retake"} and got.retake == "blurred"
