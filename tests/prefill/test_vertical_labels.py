"""A 卫生许可证 whose labels are set top to bottom in narrow cells at the table's left (单/位/名/称
stacked one character under the other), each value starting beside the label's first character at
the cell's top (ZB's health permits, session 23). The recogniser reads such a label whole from its
tall box; its centre lay rows under the value's row, so no value was found beside it and the
permit's name, legal representative and address were blank (`label_not_found`)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from app.prefill.engine import TextLine
from app.prefill.layout import to_lines
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import read_file as read

ROWS = [("单位名称", "兰州益康歌舞娱乐有限公司"), ("法定代表人", "皇甫鑫"),
        ("经营场所地址", "甘肃省兰州市城关区东岗西路528号10号楼1单元452室")]


def _vertical_permit(path: Path, size: int = 34) -> Path:
    page = Image.new("RGB", (1348, 1906), "white")
    d = ImageDraw.Draw(page)
    big, f = cjk_font(2 * size + 10, SERIF), cjk_font(size, SERIF)
    d.text((674, 390), "公共场所卫生许可证", fill="black", font=big, anchor="mm")
    d.text((1240, 515), "甘卫公字〔2022〕第620102395183号", fill="black", font=f, anchor="rm")
    left, col, right, y = 195, 195 + size + 12, 1150, 610
    for label, value in ROWS:
        h = max(4, len(label)) * (size + 6) + 40
        d.rectangle((left, y, right, y + h), outline="black", width=2)
        d.line((col, y, col, y + h), fill="black", width=2)
        for k, ch in enumerate(label):
            d.text((left + 6, y + 10 + k * (size + 6)), ch, fill="black", font=f)
        d.text((col + 8, y + 10), value, fill="black", font=f)
        y += h
    d.text((730, y + 180), "发证机关：", fill="black", font=f)
    d.text((790, y + 300), "2022年03月30日", fill="black", font=f)
    page.save(path)
    return path


def test_a_vertical_label_stands_on_its_first_characters_row():
    tall = TextLine("单位名称", 0.99, ((200.0, 630.0), (240.0, 630.0), (240.0, 790.0), (200.0, 790.0)))
    wide = TextLine("兰州益康有限公司", 0.99, ((250.0, 630.0), (550.0, 630.0), (550.0, 666.0), (250.0, 666.0)))
    label, value = sorted(to_lines([tall, wide]), key=lambda ln: ln.idx)
    assert label.y2 - label.y1 <= 45 and abs(label.cy - value.cy) < 10
    assert (value.y1, value.y2) == (630.0, 666.0)  # (a horizontal line keeps its box)


def test_values_beside_stacked_labels_are_read(tmp_path: Path):
    got = read(_vertical_permit(tmp_path / "permit.png"))
    assert got["kind"] == "public_health_license"
    fields = {k: v["value"] for k, v in got["fields"].items()}
    assert fields["name"] == ROWS[0][1]
    assert fields["legal_representative"] == ROWS[1][1]
    assert fields["address"] == ROWS[2][1]
