"""Session 32 (zrwrong): print clearly smaller than a value's own does not continue the value.

The 2019 营业执照 正本 prints a QR code top right with a three-line caption in small type under it,
`扫描二维码登录“国家企业信用 / 信息公示系统”了解更多登记、/ 备案、许可、监管信息。`, standing just right of the
住所/经营场所 row of the right-hand column. ZR zr_0004 (a curled photo) read the address's first row, then
the caption's line level with it a character's width further right, then the address's wrapped
`1775号`: main pre-filled `…中山北路信息公示系统”了解更多登记1775号`. On zr_0100 (an ADF scan) the caption's
line stood over the address's box and was taken as the first of two stacked rows, the address
dropped as its continuation: main pre-filled the caption alone. A value is set in one size; the
caption's characters advance at less than half the value's pitch in boxes two thirds as tall
(`layout.SMALL_PRINT`, `SMALL_PRINT_HEIGHT`). Drawn with Pillow and read through `ocr_files`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from tests.prefill.fonts import cjk_font
from tests.prefill.test_licence_columns import LEFT, licence_head, read

SIZE, PITCH = 30, 52
CAPTION = ("扫描二维码登录“国家企业信用", "信息公示系统”了解更多登记、", "备案、许可、监管信息。")
ADDRESS = ["江苏省南京市鼓楼区中山北路", "1775号"]


def qr_licence(path: Path, cap_size: int = 12) -> Path:
    """A landscape 正本: two columns of labelled rows; a QR block right of the 住所 row with its caption
    under it in `cap_size` px type, the caption's second line level with the address's first row,
    a character's width after its end."""
    img = Image.new("RGB", (1760, 1060), (250, 250, 246))
    d = ImageDraw.Draw(img)
    licence_head(d, title_x=600)
    font, cap = cjk_font(SIZE), cjk_font(cap_size)
    right = [("注册资本", ["人民币叁佰万元整"]), ("成立日期", ["2005年04月10日"]),
             ("营业期限", ["2005年04月10日至2035年04月09日"]), ("住所", ADDRESS)]
    rng = np.random.default_rng(3)
    for x_label, x_value, rows in ((90, 260, LEFT), (800, 970, right)):
        y = 300
        for label, values in rows:
            step = (4 - 1) * SIZE / (len(label) - 1) if len(label) < 4 else SIZE
            for k, ch in enumerate(label):
                d.text((x_label + k * step, y), ch, font=font, fill="black")
            for i, value in enumerate(values):
                d.text((x_value, y), value, font=font, fill="black")
                if label == "住所" and i == 0:
                    x = x_value + int(d.textlength(value, font=font)) + 24
                    pitch = int(cap_size * 1.3)
                    top = y + SIZE // 2 - cap_size // 2 - pitch
                    for j, text in enumerate(CAPTION):
                        d.text((x, top + j * pitch), text, font=cap, fill=(50, 50, 50))
                    for a in range(0, 150, 10):  # the QR code over its caption
                        for b in range(0, 150, 10):
                            if rng.random() < 0.5:
                                d.rectangle((x + 10 + a, top - 162 + b, x + 19 + a, top - 153 + b), fill="black")
                y += PITCH
            y += 14
    d.text((880, 900), "登记机关", font=font, fill="black")
    d.text((1040, 960), "2022年05月26日", font=font, fill="black")
    img.save(path)
    return path


@pytest.mark.parametrize(("rule", "want"), [(0.7, "".join(ADDRESS)),
                                            (0, "江苏省南京市鼓楼区中山北路信息公示系统”了解更多登记、1775号")])
def test_a_qr_codes_small_caption_beside_the_address_row_is_not_read_into_it(monkeypatch: pytest.MonkeyPatch,
                                                                             tmp_path: Path, rule: float,
                                                                             want: str) -> None:
    import app.prefill.layout as L

    monkeypatch.setattr(L, "SMALL_PRINT", rule)  # (0: main's reading, zr_0004's wrong pre-fill)
    got = read(qr_licence(tmp_path / "qr.png"))
    assert got["address"]["value"] == want
    assert got["registered_capital"]["value"] == "人民币叁佰万元整"  # (the other values stay)


def test_smaller_print_needs_both_a_narrower_pitch_and_a_shorter_box() -> None:
    from app.prefill.layout import smaller_print

    row = (100, 300, 400, 336)  # 13 characters at 23 px in a 36 px box
    assert smaller_print("信息公示系统”了解更多登记", (420, 308, 555, 334), "江苏省南京市鼓楼区中山北路", row)
    # squeezed sideways only (a curl's edge): as tall as the row, so the same print
    assert not smaller_print("信息公示系统”了解更多登记", (420, 300, 555, 336), "江苏省南京市鼓楼区中山北路", row)
    # digits advance half a character: `1775号` at the row's pitch is the same print
    assert not smaller_print("1775号", (420, 302, 494, 334), "江苏省南京市鼓楼区中山北路", row)
    # too few characters to measure a pitch by
    assert not smaller_print("号", (420, 310, 432, 330), "江苏省南京市鼓楼区中山北路", row)
