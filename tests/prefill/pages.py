"""Pages the pre-fill tests draw themselves, and the one way they read them: through
`app.services.prefill.ocr_files`, the function behind `zongchuang ocr --json`.

Why one place: several failure-case files drew the same card back and wrote the same
"JPEG it, read it, no failures" helper; a change to either (the card's layout, the reading
call) belongs in one spot. `recognised` builds a line as the recogniser hands it over, for the
cases where a particular misreading (a doubtful character and its runner-up) is the point.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.engine import TextLine
from app.services.prefill import ocr_files
from tests.prefill.fonts import SANS, cjk_font

RGB = tuple[int, int, int]


def recognised(text: str, x1: float, y1: float, x2: float, y2: float,
               doubt: dict[int, tuple[float, str, float]] | None = None) -> TextLine:
    """A recognised line in an upright box: every character sure (0.999, no runner-up) except the
    positions `doubt` gives as (probability, runner-up, its probability)."""
    chars = tuple((doubt or {}).get(i, (0.999, "", 0.0)) for i in range(len(text)))
    return TextLine(text, 0.97, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, chars)


def card_back(authority: str, period: str, *, w: int = 1012, h: int = 638, label_ink: RGB = (40, 90, 160),
              value_ink: RGB = (20, 20, 20), value_size: int = 36, star: bool = True) -> np.ndarray:
    """The national card back's layout filling the image (RGB): the emblem top left, 中华人民共和国
    and 居民身份证 in large print, a wide blank band, then the 签发机关 and 有效期限 rows."""
    img = Image.new("RGB", (w, h), (246, 247, 245))
    d = ImageDraw.Draw(img)
    d.ellipse((70, 60, 270, 260), fill=(200, 40, 50))
    if star:
        d.rectangle((130, 150, 210, 180), fill=(240, 200, 60))
    d.text((340, 90), "中 华 人 民 共 和 国", font=cjk_font(48), fill=(20, 20, 20))
    d.text((320, 190), "居 民 身 份 证", font=cjk_font(80), fill=(20, 20, 20))
    lab, val = cjk_font(30), cjk_font(value_size)
    d.text((160, 462), "签发机关", font=lab, fill=label_ink)
    d.text((330, 456), authority, font=val, fill=value_ink)
    d.text((160, 542), "有效期限", font=lab, fill=label_ink)
    d.text((330, 536), period, font=val, fill=value_ink)
    return np.array(img)


def read_file(path: Path) -> dict:
    """The product's reading of one file (kind, fields with values and reasons); it must not fail."""
    results, failures = ocr_files([path])
    assert not failures
    return results[0]


def read_jpeg(tmp_path: Path, img: np.ndarray, *, quality: int = 85, name: str = "photo.jpg") -> dict:
    """`img` (BGR) saved as a JPEG of `quality`, as a camera or phone hands it over, then read."""
    path = tmp_path / name
    cv2.imwrite(str(path), img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return read_file(path)


def assert_second_reading_only_fills(before: dict[str, str], after: dict[str, str], want: dict[str, str]) -> None:
    """A page read again (a washed-out or faded page stretched, …) against its first reading
    (`before`, `after`: field → value read sure): the first reading lost some of `want`, the second
    restores at least one of them, keeps every value the first read, and reads nothing wrong."""
    lost = {k for k, v in want.items() if before.get(k) != v}
    assert lost  # the page's trouble cost values
    assert any(after.get(k) == want[k] for k in lost)
    assert all(after.get(k) == v for k, v in before.items())  # nothing read before is changed
    assert all(after.get(k) in (None, v) for k, v in want.items())  # and nothing is read wrong


# an individual business's 营业执照 副本 (the drawn PDFs of test_small_print_gap and test_text_layer)


GREY_ROWS = (("名称", "杭州禾和美容院有限公司"), ("类型", "有限责任公司(自然人独资)"), ("法定代表人", "毛飞国"),
             ("住所", "浙江省杭州市西湖区育才路47号"), ("成立日期", "2016年04月18日"))


def grey_licence() -> np.ndarray:
    """A 营业执照's page (1100×800 grey): a dark title and credit code, light grey labels, dark values
    (`GREY_ROWS`) — the page the blur and soft-sheet tests photograph, smear and soften."""
    img = Image.new("L", (1100, 800), 235)
    d = ImageDraw.Draw(img)
    d.text((400, 60), "营业执照", font=cjk_font(64, SANS), fill=20)
    f = cjk_font(24, SANS)
    d.text((80, 190), "统一社会信用代码", font=f, fill=150)
    d.text((80, 225), "91330106MA2B3C4D5E", font=f, fill=40)
    for i, (label, value) in enumerate(GREY_ROWS):
        d.text((80, 300 + 56 * i), label, font=f, fill=150)
        d.text((240, 300 + 56 * i), value, font=f, fill=40)
    return np.asarray(img)


COPY_CODE = "92310104MA1K4LUE93"
COPY_ROWS = [("名称", "徐汇区永安小吃店"), ("类型", "个体工商户"), ("经营者", "丁兰涵"), ("组成形式", "个人经营"),
             ("注册日期", "2016年03月09日"), ("经营场所", "上海市徐汇区漕溪北路88号")]


def draw_copy_head(c, face: str, code: str, w: float, h: float) -> None:  # noqa: ANN001 - a reportlab canvas
    """A 营业执照 副本's head on a reportlab canvas in `face`: the credit code's heading and number top
    left, the title and (副本) centred (points; PDF y up)."""
    c.setFont(face, 9)
    c.drawString(60, h - 150, "统一社会信用代码")
    c.drawString(60, h - 164, code)
    c.setFont(face, 36)
    c.drawString(w / 2 - 72, h - 130, "营业执照")
    c.setFont(face, 14)
    c.drawString(w / 2 - 28, h - 160, "(副本)")


def draw_spread_label(c, face: str, label: str, x: float, y: float, size: float) -> None:  # noqa: ANN001
    """`label` spread over four characters' width from x, as a licence prints its two- and three-character
    labels, one character at a time."""
    c.setFont(face, size)
    step = (4 * size - size) / (len(label) - 1)
    for k, ch in enumerate(label):
        c.drawString(x + k * step, y, ch)
