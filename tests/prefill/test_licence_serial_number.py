"""The 营业执照's own serial (`证照编号`) is no credit code (session 26, lane bizblank).

The 2019 营业执照 prints the licence's serial number right under its 统一社会信用代码: `证照编号:` and a run
of digits. An 18-digit serial passes the credit code's check character one time in 31 (GB 32100's
mod-31 check), and then the page holds two valid codes: the field went blank (`several valid codes`,
ZF zf0019 and zf0145, both read at 1.00); with the code itself unread, the serial would be pre-filled
as the code. A run printed after a number label (`…号:`) is not taken (`extract.USCC_SERIAL`).
Drawn 副本 heads on A4 at 200 dpi, read through `ocr_files`.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.extract import _uscc
from app.prefill.layout import Line
from app.validators import validate_uscc
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.test_certified_copies import A4

CODE = "92350203MAKDQJ9G7E"
SERIAL = "631356794261240533"  # (zf0019's 证照编号: it passes the check character)


def _licence(tmp_path: Path, *, code: bool = True) -> Path:
    """A 营业执照 副本 head: the code under its label (or its place left empty: a code lost to a
    fold), the serial under it, the title, three labelled rows."""
    sheet = Image.new("RGB", A4, (250, 250, 250))
    d = ImageDraw.Draw(sheet)
    small, font = cjk_font(34), cjk_font(40)
    d.text((200, 200), "统一社会信用代码", font=small, fill=(20, 20, 20))
    if code:
        d.text((200, 250), CODE, font=small, fill=(20, 20, 20))
    d.text((200, 310), f"证照编号：{SERIAL}", font=small, fill=(20, 20, 20))
    d.text((560, 420), "营业执照", font=cjk_font(130, SERIF), fill=(200, 30, 30))
    rows = ((700, "名称", "思明武记五金店"), (800, "类型", "个体工商户"), (900, "经营者", "长孙磊宇"),
            (1000, "注册日期", "2005年12月21日"))
    for y, label, value in rows:
        d.text((220, y), label, font=font, fill=(20, 20, 20))
        d.text((520, y), value, font=font, fill=(20, 20, 20))
    path = tmp_path / "licence.png"
    cv2.imwrite(str(path), cv2.cvtColor(np.array(sheet), cv2.COLOR_RGB2BGR))
    return path


def test_the_serial_passes_the_check_character() -> None:
    assert validate_uscc(SERIAL).ok and validate_uscc(CODE).ok


def test_the_code_is_read_beside_a_serial_that_passes_its_check(engine, tmp_path, monkeypatch) -> None:
    # before (main): two valid codes, the field blank (`several valid codes`)
    from app.prefill import extract
    from app.services.prefill import ocr_files

    path = _licence(tmp_path)
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == "business_license"
    assert results[0]["fields"]["credit_code"]["value"] == CODE
    monkeypatch.setattr(extract, "USCC_SERIAL", False)
    results, _ = ocr_files([path])
    assert results[0]["fields"]["credit_code"]["value"] == ""


def test_the_serial_alone_is_not_taken_for_the_code(engine, tmp_path, monkeypatch) -> None:
    # before (main): the serial pre-filled as the credit code, a wrong value
    from app.prefill import extract
    from app.services.prefill import ocr_files

    path = _licence(tmp_path, code=False)
    results, _ = ocr_files([path])
    assert results[0]["kind"] == "business_license"
    assert results[0]["fields"]["credit_code"]["value"] == ""
    monkeypatch.setattr(extract, "USCC_SERIAL", False)
    results, _ = ocr_files([path])
    assert results[0]["fields"]["credit_code"]["value"] == SERIAL


def _line(text: str, y: float, i: int) -> Line:
    return Line(text, 0.99, 100, y, 100 + 20 * len(text), y + 30, i)


def test_misread_number_labels_and_a_code_on_its_labels_row() -> None:
    # the serial's label as the recogniser misreads it still ends in `号`; a code on the row of its own
    # label (older layouts: `统一社会信用代码 9135…`) is read
    for label in ("证输输号:", "证图号:", "证报编号：", "证照编号"):
        got = _uscc([_line("统一社会信用代码", 0, 0), _line(CODE, 40, 1), _line(label + SERIAL, 80, 2)])
        assert got.value == CODE, label
    assert _uscc([_line("统一社会信用代码" + CODE, 0, 0), _line("证照编号:" + SERIAL, 40, 1)]).value == CODE
    # … and with its own label's 码 misread as 号 (`信用代号`): still the code's
    assert _uscc([_line("统一社会信用代号" + CODE, 0, 0), _line("证照编号:" + SERIAL, 40, 1)]).value == CODE
    assert _uscc([_line("统一社会信用代号:" + CODE, 0, 0)]).value == CODE
    assert _uscc([_line("社会信用代码(身份证号" + CODE, 0, 0)]).value == CODE  # (a 食品 licence's label, 码) lost)
