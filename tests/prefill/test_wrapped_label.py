"""A long label wrapped in a narrow label column (session 25, lane zgkinds): a page of a known kind read as `other`.

A licence template whose label column is sized for 名称 and 类型 (an HTML or word-processor table) wraps
法定代表人 in its cell: `法定代表` on one row, `人` alone under it at the same left edge. The detector boxes
the two as two lines, neither of them the label, so a phone photo whose other rows read poorly keeps only
the title as evidence (ZG zg0137: `营业执照` at 1.00, `法定代表` over `人`, the other labels misread —
`other`). `kinds._wrapped_labels` joins such a head and its rest into the label they print.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.extract import classify
from app.prefill.layout import Line
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.test_certified_copies import A4

_LICENCE = {"name": "上海万象建筑工程有限公司", "entity_type": "有限责任公司(自然人独资)", "legal_representative": "龚建杰"}


def _wrapped_licence(tmp_path: Path) -> Path:
    """A 营业执照 on A4 at 200 dpi whose label column is four characters wide: 法定代表人 wraps its
    last character onto a row of its own. No other label of the kind's evidence is printed."""
    sheet = Image.new("RGB", A4, (250, 250, 250))
    d = ImageDraw.Draw(sheet)
    d.text((560, 300), "营业执照", font=cjk_font(130, SERIF), fill=(200, 30, 30))
    font = cjk_font(40)
    rows = ((700, "名称", _LICENCE["name"]), (800, "类型", _LICENCE["entity_type"]),
            (900, "法定代表", _LICENCE["legal_representative"]), (1100, "营业期限", "长期"))
    for y, label, value in rows:
        d.text((220, y), label, font=font, fill=(20, 20, 20))
        d.text((520, y), value, font=font, fill=(20, 20, 20))
    d.text((220, 958), "人", font=font, fill=(20, 20, 20))  # the wrapped label's rest, at its left edge
    path = tmp_path / "licence.jpg"
    cv2.imwrite(str(path), cv2.cvtColor(np.array(sheet), cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 90])
    return path


def test_a_wrapped_label_names_the_licence(engine, tmp_path) -> None:
    # before (main): the title alone stands, `other`, every field blank
    from app.services.prefill import ocr_files

    results, failures = ocr_files([_wrapped_licence(tmp_path)])
    assert not failures and results[0]["kind"] == "business_license"
    fields = results[0]["fields"]
    for key, want in _LICENCE.items():
        assert fields[key]["value"] in ("", want), (key, fields[key])


def test_the_wrapped_label_is_off_without_the_switch(engine, tmp_path, monkeypatch) -> None:
    from app.prefill import kinds
    from app.services.prefill import ocr_files

    monkeypatch.setattr(kinds, "WRAPPED_LABEL", False)
    results, _ = ocr_files([_wrapped_licence(tmp_path)])
    assert results[0]["kind"] == "other"


def _line(text: str, x1: float, y1: float, x2: float, y2: float, i: int) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, i)


def test_only_a_rest_under_the_head_joins() -> None:
    # the rest must start the next row at the head's left edge: `人` further right is a value's, not the label's
    title = _line("营业执照", 300, 100, 700, 180, 0)
    head = _line("法定代表", 100, 400, 260, 440, 1)
    value = _line("龚建杰", 400, 400, 520, 440, 2)
    assert classify([title, head, value, _line("人", 102, 452, 140, 490, 3)])[0] == "business_license"
    assert classify([title, head, value, _line("人", 400, 452, 440, 490, 3)])[0] == "other"
    assert classify([title, head, value, _line("人", 102, 560, 140, 600, 3)])[0] == "other"
