"""Session 36 (accopy): a label column of one label read whole, and a stub of another (`reader.RECOVER_STUB_COLUMN`).

AC ac_060 (a copy of a copy of a 公共场所卫生许可证; Perl PDL's toner curve fills the bold print): its labels are
letter-spaced (`单　位　名　称`, `地　　　址`, `许　可　项　目`, `有　效　期　限`) and the detector boxed only
`法定代表人（负责` + `人）` whole, and of the others single characters (`位`, `地`, `许可`). `recover_labels` reads
the label strips only where two labels mark the column, so name, address, items and term were blank
`label_not_found` while every value was read right. A stub at the whole label's left end that begins another label
of the kind (`地` of 地址, `许可` of 许可项目) is that second row: the strips are read. Drawn page; the recogniser
is a stub that reads the strips as the real one read ac_060's (`单位名称`, `地址`).
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill import reader
from app.prefill.engine import TextLine
from app.prefill.extract import extract, kind_labels
from app.prefill.layout import to_lines
from tests.prefill.fonts import SANS, cjk_font

KIND = "public_health_license"
# (label as printed, what the detector boxed of it, value)
ROWS = [("单　位　名　称", "", "苏州佳味贸易有限公司"), ("法定代表人（负责人）", "法定代表人（负责人）", "郜华"),
        ("地　　　　　址", "地", "江苏省苏州市吴中区人民路2915号")]


class StripEngine:
    """Reads the label strips, in the page's order, as `readings`."""

    def __init__(self, readings: list[str]) -> None:
        self.readings = readings

    def recognize(self, crops: list[np.ndarray]) -> list[tuple[str, float, tuple]]:
        return [(self.readings[i] if i < len(self.readings) else "", 0.99, ()) for i in range(len(crops))]


def _page(stub: str = "地") -> tuple[np.ndarray, list[TextLine]]:
    font = cjk_font(22, SANS)
    img = Image.new("RGB", (1000, 260), "white")
    draw = ImageDraw.Draw(img)
    lines: list[TextLine] = []

    def box(x: int, y: int, text: str) -> None:
        x1, y1, x2, y2 = draw.textbbox((x, y), text, font=font)
        quad = ((x1 - 3, y1 - 4), (x2 + 3, y1 - 4), (x2 + 3, y2 + 4), (x1 - 3, y2 + 4))
        lines.append(TextLine(text, 0.99, quad, False, tuple((0.999, "", 0.0) for _ in text), ()))

    for i, (label, boxed, value) in enumerate(ROWS):
        y = 40 + 60 * i
        draw.text((60, y), label, font=font, fill=(0, 0, 0))
        if boxed == "地":
            boxed = stub
        if boxed:
            box(60, y, boxed)
        draw.text((300, y), value, font=font, fill=(0, 0, 0))
        box(300, y, value)
    return np.array(img)[:, :, ::-1].copy(), lines


def _fields(stub: str = "地") -> dict[str, str]:
    page, lines = _page(stub)
    got = reader.recover_labels(to_lines(lines), page, StripEngine(["单位名称", "地址"]), kind_labels(KIND))
    return {k: f.value for k, f in extract(got, KIND, 1.0).fields.items()}


@pytest.mark.parametrize(("on", "name", "address"), [
    (True, "苏州佳味贸易有限公司", "江苏省苏州市吴中区人民路2915号"),
    (False, "", "")])  # (False: main's reading — one label alone is no column, nothing re-read)
def test_one_label_and_a_stub_at_its_column_have_the_strips_read(monkeypatch: pytest.MonkeyPatch, on: bool,
                                                                 name: str, address: str) -> None:
    monkeypatch.setattr(reader, "RECOVER_STUB_COLUMN", on)
    got = _fields()
    assert (got["name"], got["address"]) == (name, address)
    assert got["legal_representative"] == "郜华"


def test_a_word_at_the_column_that_begins_no_label_is_no_stub() -> None:
    got = _fields("苏州")  # (a line of other words there: the column stays one label's)
    assert (got["name"], got["address"]) == ("", "")
