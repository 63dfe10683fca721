"""Session 38 (agpdf): a vector PDF's text layer still read where the file draws its own tilted text over the rows.

Family AG's e-licence PDFs carry a usage watermark (仅供…使用 他用无效) set as **text** in the file, tilted 30° and
filled in an opaque light grey over the printed rows: where one of its strokes crosses a glyph, that glyph's pixels
are the watermark's grey, not the text's black. The rows it crosses fail the layer's pixel check (the recogniser
reads `餐次` for `餐饮`, drops a `号`), and with a fifth of the layer's characters failed the page gate
(`textlayer.LAYER_AGREE`) refused the whole layer — the page was read as a raster, the watermark cutting its rows
(AG's watermarked e-PDFs: 名称, 注册资本, 经营项目 blank). `LAYER_CROSSED_FLOOR`: lines the file's own tilted
characters cross neither count for nor against the page; `LAYER_CROSSED_INK`: in such a line's crop the light
laid-over ink is taken off before the recogniser reads it. A line that fails is still never used.

The page here is written by reportlab in the bundled 霞鹜文楷 face (`test_text_layer`'s licence), the watermark as
tilted text drawn after the rows, and read through `read_page` as the CLI reads a PDF page.
"""

from __future__ import annotations

from pathlib import Path

from tests.prefill.pages import COPY_CODE as CODE
from tests.prefill.pages import COPY_ROWS as ROWS

MARK = "仅供办理开户使用　他用无效"


def _marked_licence(path: Path) -> Path:
    """A 营业执照 副本 as an e-licence PDF (family AG's writer: embedded subset TrueType faces, Identity-H with a
    ToUnicode map): the code, the title, labels with their values, then the watermark tiled over them as tilted
    text in an opaque light grey (millimetres, y down)."""
    from benchmarks.docgen_ag.pdfout import write

    ink, grey = (0.08, 0.08, 0.09), (0.72, 0.72, 0.72)
    items = [("T", 20, 40, 3.2, "song", "统一社会信用代码", ink, 0.0, 0.0), ("T", 20, 46, 3.6, "song", CODE, ink, 0.0, 0.0),
             ("T", 78, 45, 14.0, "song", "营业执照", ink, 0.0, 0.0), ("T", 95, 55, 5.0, "song", "（副本）", ink, 0.0, 0.0)]
    for i, (label, value) in enumerate(ROWS):
        y = 80 + 9 * i
        items.append(("T", 28, y, 4.0, "song", label, ink, 0.0, 0.0))
        items.append(("T", 62, y, 4.0, "song", value, ink, 0.0, 0.0))
    items += [("T", 140, 240, 4.0, "song", "登记机关", ink, 0.0, 0.0),
              ("T", 150, 250, 4.0, "song", "2016年03月09日", ink, 0.0, 0.0)]
    for j in range(-4, 14):
        items.append(("T", -10, j * 24, 7.5, "hei", MARK + "　" + MARK, grey, 0.0, -30.0))
    write({"w": 210.0, "h": 297.0, "items": items}, path, "营业执照")
    return path


def _read(path: Path, monkeypatch, floor: float, ink: int):
    from app.prefill import textlayer
    from app.prefill.engine import get_engine
    from app.prefill.reader import read_page
    from hardware.scanner.files import load_file

    monkeypatch.setattr(textlayer, "LAYER_CROSSED_FLOOR", floor)
    monkeypatch.setattr(textlayer, "LAYER_CROSSED_INK", ink)
    (page,) = load_file(path)
    return read_page(page.image, get_engine(None, 2), text_layer=page.text)


def test_layer_under_its_own_tilted_watermark_is_read(tmp_path, monkeypatch):
    path = _marked_licence(tmp_path / "marked.pdf")
    want = {"name": "徐汇区永安小吃店", "credit_code": CODE, "entity_type": "个体工商户", "legal_representative": "丁兰涵",
            "established_date": "2016-03-09", "address": "上海市徐汇区漕溪北路88号"}
    on = _read(path, monkeypatch, 0.5, 150)
    got = {k: v["value"] for k, v in on.extraction.public_fields().items()}
    assert on.kind == "business_license" and on.clock.counts.get("layer_used")
    assert got["legal_representative"] == "丁兰涵"
    assert all(v in ("", want.get(k, "")) for k, v in got.items()), got  # nothing the page does not show
    off = _read(path, monkeypatch, 0, 0)  # (main: the crossed rows' failed checks refuse the whole layer)
    assert off.clock.counts.get("layer_refused") and not off.clock.counts.get("layer_used")
    assert off.extraction.public_fields()["legal_representative"]["value"] == ""
