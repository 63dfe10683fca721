"""A 食品经营许可证 (2015 template) spreads its four-character labels across a wide label column
(分散对齐: `经　　营　　场　　所`), so each character stands alone a cell apart. On ZL's phone photos
(session 29) the detector boxed only the first of 经营场所 and its last glued to the value
(`经` … `所江苏省南京市…`; zl_0003, zl_0039): 营 and 场 unboxed, two middle characters — the label
rule allowed one (`经` … `者谭燕宏`), so the premises were `label_not_found`. And a lone `体` of
主体业态 read `休` (zl_0076, 0.89) lost that label. Drawn with Pillow (the characters the detector
did not box left off the paper, the misread one drawn as read) and read through `ocr_files`.

- `layout.LABEL_LOST_MOST`: up to two middle characters of a justified label in one run, never its
  first or last, never more than it keeps, with paper between its boxes wide enough for them.
- `layout.LABEL_CONFUSIONS`: `体` read `休`.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import read_file

PREMISES = "江苏省南京市鼓楼区东风路516号书香名邸39号楼"
COL_X, VALUE_X, PITCH = 110, 470, 70  # the label column's left edge, the values' column, the rows' pitch


def spread(label: str) -> list[tuple[str, int]]:
    """A label justified across the label column, its last character right before the value."""
    step = (VALUE_X - 34 - COL_X) / (len(label) - 1)
    return [(ch, round(COL_X + i * step)) for i, ch in enumerate(label)]


def licence(path: Path, premises_label: list[tuple[str, int]], form_label: list[tuple[str, int]] | None = None) -> Path:
    """A portrait 副本 with labels printed tight, except 经营场所's row (and 主体业态's when given): the
    characters of `premises_label`, each at its x (the justified cells' positions; the unboxed ones
    left off)."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    d.rectangle((50, 50, 1190, 1704), outline=(60, 120, 80), width=8)  # (the certificate's printed border)
    big, f = cjk_font(64, SERIF), cjk_font(30, SERIF)
    d.text((620, 180), "食品经营许可证", fill="black", font=big, anchor="mm")
    d.text((620, 260), "(副本)", fill="black", font=f, anchor="mm")
    rows = [("经营者名称", "南京人民医院食堂"), ("社会信用代码", "91320106X3G42RPMCA"), ("法定代表人", "江民勇"),
            ("住所", "江苏省南京市鼓楼区青年路653号"), (premises_label, PREMISES), (form_label or "主体业态", "单位食堂(机关食堂)"),
            ("经营项目", "热食类食品制售"), ("许可证编号", "JY23201067153244")]
    y = 340
    for label, value in rows:
        if isinstance(label, list):
            for ch, x in label:
                d.text((x, y), ch, fill="black", font=f)
        else:
            d.text((COL_X, y), label, fill="black", font=f)
        d.text((VALUE_X, y), value, fill="black", font=f)
        y += PITCH
    d.text((640, 1300), "有效期至2030年04月15日", fill="black", font=f)
    page.save(path)
    return path


def test_a_justified_label_with_two_middle_characters_unboxed_is_found(engine, tmp_path) -> None:
    # `经` at the column's left edge, `所` right before the value: 营 and 场 were in the cells between
    out = read_file(licence(tmp_path / "lost2.png", [("经", COL_X), ("所", VALUE_X - 34)]))
    assert out["kind"] == "food_business_license"
    assert out["fields"]["premises_address"]["value"] == PREMISES  # main: blank, label_not_found
    assert out["fields"]["address"]["value"] == "江苏省南京市鼓楼区青年路653号"


def test_no_room_for_the_lost_characters_is_no_label(engine, tmp_path) -> None:
    # the same two characters a single cell apart: the paper between them holds one character, not
    # the two 经营场所 would have lost there — no label, the row is not taken as the premises
    out = read_file(licence(tmp_path / "tight.png", [("经", VALUE_X - 110), ("所", VALUE_X - 34)]))
    assert out["kind"] == "food_business_license"
    assert out["fields"]["premises_address"]["value"] == ""


def test_a_form_label_read_with_xiu_for_ti_is_found(engine, tmp_path) -> None:
    # 主体业态 justified as four lone characters, its 体 read `休`; 经营场所 justified whole
    out = read_file(licence(tmp_path / "xiu.png", spread("经营场所"), form_label=spread("主休业态")))
    assert out["kind"] == "food_business_license"
    assert out["fields"]["business_form"]["value"] == "单位食堂(机关食堂)"  # main: blank, label_not_found
    assert out["fields"]["premises_address"]["value"] == PREMISES
