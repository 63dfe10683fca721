"""Session 34 (epdf): a vector PDF's text layer read into the page's lines where its render shows the same text.

An e-licence (电子证照) PDF holds the characters it draws; the product renders the page and OCRs it like a scan
(`hardware.scanner.files`), and the OCR lost what the file holds: ZV's gofpdf e-PDFs carry a usage watermark
(仅供办理…使用) stamped as graphics across their rows, which the reader took for print continuing a value past a gap
(`Value.hole`: 类型 blank, `wrapped_row_incomplete`) or glued onto an address. `app.prefill.textlayer` groups the
layer's visible characters into lines, checks each against the OCR of the same render (or the recogniser's reading
of the line's own crop) and reads the checked ones in place of the OCR's lines; print the layer holds no character of
(the watermark) is dropped on a page whose text the layer accounts for. The pages here are written by reportlab in
the bundled 霞鹜文楷 face and read through `ocr_files` (the CLI's function):
- a 副本 with a watermark drawn as an image past the 类型 value: read with its layer, 类型 is filled; OCR alone
  (`TEXT_LAYER` off, as on main) leaves it blank;
- a layer that says another name than the page draws (the real text hidden under an image of another name): the
  name read is never the layer's;
- a scanner app's PDF (a page image with an invisible OCR layer naming another firm): the invisible layer is not
  the page's text (`page_chars` gives nothing) and the name read is the image's.
"""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from tests.prefill.pages import COPY_CODE as CODE
from tests.prefill.pages import COPY_ROWS as ROWS
from tests.prefill.pages import draw_copy_head, draw_spread_label

W, H = 595.0, 842.0


def _face(tmp: Path) -> Path:
    font = tmp / "face.ttf"
    if not font.exists():
        font.write_bytes(resources.files("resources").joinpath("fonts/LXGWWenKai-Regular.ttf").read_bytes())
    return font


def _canvas(path: Path):  # noqa: ANN202 - a reportlab canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "EpdfFace" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("EpdfFace", str(_face(path.parent))))
    return canvas.Canvas(str(path), pagesize=(W, H))


def _picture(tmp: Path, text: str, pt: float, colour: tuple[int, int, int] = (20, 20, 20), *, angle: float = 0.0):
    """`text` rendered as a picture at 4 px a point (a watermark or a pasted image of text): (reader, w, h) in points."""
    from reportlab.lib.utils import ImageReader

    px = int(pt * 4)
    font = ImageFont.truetype(str(_face(tmp)), px)
    w = int(font.getlength(text)) + px
    im = Image.new("RGBA", (w, int(px * 1.4)), (255, 255, 255, 0))
    ImageDraw.Draw(im).text((px // 2, px // 10), text, font=font, fill=(*colour, 255))
    if angle:
        im = im.rotate(angle, expand=True)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    buf.seek(0)
    return ImageReader(buf), im.width / 4.0, im.height / 4.0


def _licence(path: Path, *, watermark: bool = False, hidden_name: str = "") -> Path:
    """A portrait 营业执照 副本 as a vector PDF: the code, the title, spread labels with their values, the
    registrar's date. `watermark`: 仅供办理开户使用 stamped as a picture across the 类型 row, past its value.
    `hidden_name`: the name row's text in the layer is this, covered by a picture of the real name."""
    c = _canvas(path)
    draw_copy_head(c, "EpdfFace", CODE, W, H)
    size = 12.0
    for i, (label, value) in enumerate(ROWS):
        y = H - 220 - 30 * i
        draw_spread_label(c, "EpdfFace", label, 60, y, size)
        if label == "名称" and hidden_name:
            c.drawString(60 + 5 * size, y, hidden_name)
            c.setFillColorRGB(1, 1, 1)
            c.rect(60 + 5 * size - 2, y - 4, 14 * size, size + 6, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            pic, w, h = _picture(path.parent, value, size)
            c.drawImage(pic, 60 + 5 * size - size / 2, y - 0.25 * size, w, h, mask="auto")
            continue
        c.drawString(60 + 5 * size, y, value)
        if label == "类型" and watermark:
            pic, w, h = _picture(path.parent, "仅供办理开户使用", 2.2 * size, (200, 60, 60))
            c.drawImage(pic, 60 + 14 * size, y - 0.5 * size, w, h, mask="auto")
    c.setFont("EpdfFace", 11)
    c.drawString(400, 140, "登记机关")
    c.drawString(420, 120, "2016年03月09日")
    c.showPage()
    c.save()
    return path


def _read(path: Path, monkeypatch, *, layer: bool = True) -> dict:
    from app.prefill import textlayer
    from tests.prefill.pages import read_file

    monkeypatch.setattr(textlayer, "TEXT_LAYER", layer)
    return read_file(path)


def _value(got: dict, key: str) -> str:
    return ((got.get("fields") or {}).get(key) or {}).get("value", "")


def test_page_chars_are_the_visible_text_in_the_render_pixels(tmp_path):
    from hardware.scanner.files import PDF_DPI, load_file

    path = tmp_path / "modes.pdf"
    c = _canvas(path)
    c.setFont("EpdfFace", 20)
    c.drawString(100, H - 100, "可见文字")
    t = c.beginText(100, H - 200)
    t.setFont("EpdfFace", 20)
    t.setTextRenderMode(3)  # invisible: a scanner app's OCR layer
    t.textOut("隐藏文字")
    c.drawText(t)
    c.showPage()
    c.save()
    (page,) = load_file(path)
    assert "".join(ch.text for ch in page.text) == "可见文字"
    scale = PDF_DPI / 72.0
    gray = page.image.min(axis=2)
    for ch in page.text:
        x0, y0, x1, y1 = (round(v) for v in ch.box)
        assert 100 * scale - 2 <= x0 and abs(ch.origin[1] - 100 * scale) < 2
        assert gray[y0:y1, x0:x1].min() < 100  # the glyph's ink is inside its box
        assert ch.angle == 0.0 and abs(ch.size - 20 * scale) < 0.5


def test_watermark_across_a_row_is_no_gap_in_its_value(tmp_path, monkeypatch):
    path = _licence(tmp_path / "marked.pdf", watermark=True)
    with_layer = _read(path, monkeypatch)
    assert with_layer["kind"] == "business_license"
    assert _value(with_layer, "entity_type") == "个体工商户"
    assert _value(with_layer, "name") == "徐汇区永安小吃店"
    raster = _read(path, monkeypatch, layer=False)
    assert _value(raster, "entity_type") == ""  # (main: the watermark read as the value going on past a gap)


def test_layer_naming_another_firm_than_the_page_draws_is_not_read(tmp_path, monkeypatch):
    path = _licence(tmp_path / "lying.pdf", hidden_name="长宁区华兴五金店")
    from hardware.scanner.files import load_file

    (page,) = load_file(path)
    assert "长宁区华兴五金店" in "".join(ch.text for ch in page.text)  # (the layer says so …)
    got = _read(path, monkeypatch)
    assert got["kind"] == "business_license"
    assert _value(got, "name") in ("徐汇区永安小吃店", "")  # (… the page shows the other name)
    assert "华兴" not in _value(got, "name")
    assert _value(got, "entity_type") == "个体工商户"


def test_scanner_app_invisible_layer_is_not_the_page_text(tmp_path, monkeypatch):
    from hardware.scanner.files import load_file

    drawn = _licence(tmp_path / "drawn.pdf")
    (page,) = load_file(drawn)
    path = tmp_path / "scanned.pdf"
    c = _canvas(path)
    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(page.image[..., ::-1])).save(buf, format="PNG")
    buf.seek(0)
    from reportlab.lib.utils import ImageReader

    c.drawImage(ImageReader(buf), 0, 0, W, H)
    t = c.beginText(60 + 60, H - 220)
    t.setFont("EpdfFace", 12)
    t.setTextRenderMode(3)
    t.textOut("长宁区华兴五金店")  # (the app's OCR layer, wrong: under the image's own name)
    c.drawText(t)
    c.showPage()
    c.save()
    (scan,) = load_file(path)
    assert scan.text == ()
    got = _read(path, monkeypatch)
    assert got["kind"] == "business_license"
    assert _value(got, "name") in ("徐汇区永安小吃店", "")


def test_characters_sized_by_their_text_matrix_form_one_line(tmp_path):
    # (ZQ's e-PDFs set `1 Tf` and size each character by its text matrix: read as 1 pt, every
    # character was split off its neighbours, 卫生许可证 rows came apart and the 地址 lost its 室)
    from app.prefill.textlayer import layer_lines
    from hardware.scanner.files import PDF_DPI, load_file

    path = tmp_path / "matrix.pdf"
    c = _canvas(path)
    t = c.beginText()
    t.setFont("EpdfFace", 1)
    t.setTextTransform(14, 0, 0, 14, 100, H - 100)
    t.textOut("山西省太原市小店区")
    c.drawText(t)
    c.showPage()
    c.save()
    (page,) = load_file(path)
    assert all(abs(ch.size - 14 * PDF_DPI / 72.0) < 0.5 for ch in page.text)
    (line,) = layer_lines(page.text, np.eye(3), page.image.shape)
    assert line.text == "山西省太原市小店区"


@pytest.mark.parametrize(("ocr", "layer", "ok"), [
    ("个体工商户", "个体工商户", True),
    ("个休工商户", "个体工商户", True),  # (the recogniser's runner-up for 休 is 体: the layer settles it)
    ("个休工商户", "个人独资企", False),
    ("个体工商", "个体工商户", False),  # (a character the pixels did not give)
])
def test_layer_line_checks_out_only_as_the_pixels_read(ocr, layer, ok):
    from app.prefill.textlayer import _settles

    chars = [(ch, "体" if ch == "休" else "") for ch in ocr]
    assert _settles(chars, layer) is ok


def test_window_capture_of_an_e_pdf_reads_its_layer_on_the_stored_page(tmp_path, monkeypatch, ctx, clerk):
    # (the window's capture flattens each page and stores it as a JPEG, then reads the stored page: the
    # layer goes with the page just stored, mapped by the flattening's own matrix — `capture_material`)
    from app.prefill import textlayer
    from app.services import cases as case_svc
    from app.services.prefill import capture_material

    path = _licence(tmp_path / "marked.pdf", watermark=True)
    ref = case_svc.create_case(ctx, "010170001000-02", {"what_changes": ["unit_name"]}, actor=clerk)
    res = capture_material(ctx, ref.uuid, "M02", str(path), actor=clerk)
    assert res.kind == "business_license"
    assert res.ocr["entity_type"]["value"] == "个体工商户"
    monkeypatch.setattr(textlayer, "TEXT_LAYER", False)
    again = capture_material(ctx, ref.uuid, "M03", str(path), actor=clerk)
    assert again.ocr["entity_type"]["value"] == ""  # (main: the watermark read as the type going on)


# ---- `with_text_layer` on recognised lines (no model): the page-level rules

class _Reads:
    """An engine whose recogniser reads every crop as `text` (the pixels of a line whose layer lies)."""

    def __init__(self, text: str = "") -> None:
        self.text = text

    def recognize(self, crops, positions=None, clock=None, **_):  # noqa: ANN001, ANN201
        return [(self.text, 0.99, [(0.99, "", 0.0)] * len(self.text)) for _ in crops]


def _row(text: str, y: float, x: float = 100.0, pitch: float = 30.0) -> tuple[tuple, object]:
    """A row's layer characters and the recogniser's line over them (each character at its glyph's centre)."""
    from hardware.scanner.files import PageChar
    from tests.prefill.pages import recognised

    chars = tuple(PageChar(ch, (x + k * pitch, y, x + k * pitch + 26, y + 26), 0.0, 28.0, (x + k * pitch, y + 24))
                  for k, ch in enumerate(text))
    x2 = x + len(text) * pitch
    line = recognised(text, x - 4, y - 6, x2, y + 32)
    line = type(line)(line.text, line.score, line.quad, False, line.chars,
                      tuple((x + k * pitch + 13 - (x - 4)) / (x2 - (x - 4)) for k in range(len(text))))
    return chars, line


ROWS_READ = ["徐汇区永安小吃店", "个体工商户", "丁兰涵", "个人经营", "上海市徐汇区漕溪北路88号"]


def test_page_whose_layer_disagrees_keeps_its_ocr_lines_whole():
    from app.prefill.textlayer import with_text_layer

    rows = [_row(t, 100 + 60 * i) for i, t in enumerate(ROWS_READ)]
    lines = [ln for _, ln in rows]
    lying = tuple(c for i, (cs, _) in enumerate(rows)
                  for c in (cs if i == 0 else tuple(type(c)("错", c.box, c.angle, c.size, c.origin) for c in cs)))
    page = np.full((600, 800, 3), 255, np.uint8)
    out, ink = with_text_layer(lines, lying, np.eye(3), page, _Reads())
    assert out is lines and ink is None  # (one row of five checks out: under LAYER_AGREE, the page is refused)
    good = tuple(c for cs, _ in rows for c in cs)
    out, ink = with_text_layer(lines, good, np.eye(3), page, _Reads())
    assert [ln.text for ln in out] == ROWS_READ and ink is not None
    assert all(p == 1.0 for ln in out for p, _, _ in ln.chars)


def test_print_the_layer_does_not_hold_is_dropped_only_as_an_overlay():
    from app.prefill.textlayer import with_text_layer
    from tests.prefill.pages import recognised

    rows = [_row(t, 100 + 60 * i) for i, t in enumerate(ROWS_READ)]
    layer = tuple(c for cs, _ in rows for c in cs)
    page = np.full((900, 900, 3), 255, np.uint8)
    mark = recognised("仅供", 500, 130, 640, 220)  # (a watermark stamped as graphics, larger than the text: no layer character)
    out, _ = with_text_layer([ln for _, ln in rows] + [mark], layer, np.eye(3), page, _Reads())
    assert "仅供" not in [ln.text for ln in out]
    # (print of the rows' own size on a row: a value drawn as outlines beside its label — kept)
    drawn = recognised("有限公司", 500, 154, 620, 192)
    out, _ = with_text_layer([ln for _, ln in rows] + [drawn], layer, np.eye(3), page, _Reads())
    assert drawn in out
    # (a picture of a document inside the PDF: more of the page's print than LAYER_OVERLAY — kept)
    card = [recognised(t, 100, 500 + 40 * i, 400, 530 + 40 * i) for i, t in enumerate(
        ("姓名张三", "性别男民族汉", "出生1990年1月2日", "住址北京市东城区东四十条", "公民身份号码110101199001021234"))]
    out, _ = with_text_layer([ln for _, ln in rows] + card, layer, np.eye(3), page, _Reads())
    assert all(ln in out for ln in card)


def test_a_punctuation_mark_the_recogniser_passed_over_checks_out_where_the_page_draws_it():
    # (Session 35, zzepdf: ZZ's iText e-PDF scope `…（不含危险货物）；普通货物…` — the `；` after a full-width
    # bracket is two dots in a wide cell: the recogniser reading the row, and its crop, passed over it and
    # the detector split the row there, so the layer's line never checked out and the OCR's pieces joined
    # without it: a wrong scope. On main the line is refused whatever the pixels show.)
    from app.prefill.textlayer import with_text_layer

    rows = [_row(t, 100 + 60 * i) for i, t in enumerate(ROWS_READ)]
    scope = "货物）；普通货物"
    chars, _ = _row(scope, 400)
    _, read = _row(scope.replace("；", ""), 400, pitch=30.0 * len(scope) / (len(scope) - 1))
    layer = tuple(c for cs, _ in rows for c in cs) + chars
    lines = [ln for _, ln in rows] + [read]
    page = np.full((600, 800, 3), 255, np.uint8)
    out, _ = with_text_layer(lines, layer, np.eye(3), page, _Reads())
    assert scope not in [ln.text for ln in out]  # (bare paper where the layer says `；`: not the page's text)
    x0, y0, x1, y1 = (round(v) for v in chars[3].box)
    page[y0 + 6:y0 + 12, x0 + 4:x0 + 10] = 0  # (the mark's two dots)
    page[y0 + 16:y0 + 24, x0 + 4:x0 + 10] = 0
    out, _ = with_text_layer(lines, layer, np.eye(3), page, _Reads())
    assert scope in [ln.text for ln in out] and read not in out


@pytest.mark.parametrize(("ocr", "marks", "ok"), [
    ("货物）普通", {3}, True),
    ("货物）普通", set(), False),  # (no ink where the layer puts its `；`)
    ("货物）普遍", {3}, False),  # (a character read otherwise besides the mark passed over)
    ("货物普通", {3}, False),  # (a bracket lost is not a mark the page was shown to draw)
])
def test_a_shown_mark_may_be_passed_over_and_nothing_else(ocr, marks, ok):
    from app.prefill.textlayer import _settles

    assert _settles([(ch, "") for ch in ocr], "货物）；普通", frozenset(marks)) is ok


def _split_row(y: float, value: str, value_size: float = 28.0) -> tuple[tuple, object]:
    """`法定代表人` and `value` two font sizes apart on one row — two layer lines (LAYER_GAP) — and the
    recogniser's one line over both, a space read in the gap."""
    from hardware.scanner.files import PageChar
    from tests.prefill.pages import recognised

    label, _ = _row("法定代表人", y)
    x = 246 + 2 * 28.0
    step = value_size * 30 / 28
    vals = tuple(PageChar(ch, (x + k * step, y, x + k * step + 26 * value_size / 28, y + 26 * value_size / 28), 0.0,
                          value_size, (x + k * step, y + 24)) for k, ch in enumerate(value))
    x2 = x + len(value) * step
    centres = [c.box[0] + 13 for c in label] + [(246 + x) / 2] + [(c.box[0] + c.box[2]) / 2 for c in vals]
    line = recognised("法定代表人 " + value, 96, y - 6, x2, y + 32)
    line = type(line)(line.text, line.score, line.quad, False, line.chars, tuple((c - 96) / (x2 - 96) for c in centres))
    return label + vals, line


def test_a_value_the_detector_boxed_with_its_label_stays_in_that_line():
    # (Session 35, zzepdf: ZZ zz_089's `法定代表人（负责人）   孟敏` — the layer splits the row at its gap, the
    # detector boxed it whole. Read as two lines (main), 孟敏 started far right of where the page's values follow
    # their labels and read as a character lost before it (`name_lost_character`): blank. The OCR's one line
    # stays, the layer's checked text in it.)
    from app.prefill.textlayer import with_text_layer

    rows = [_row(t, 100 + 60 * i) for i, t in enumerate(ROWS_READ)]
    chars, line = _split_row(420, "孟敏")
    page = np.full((600, 800, 3), 255, np.uint8)
    out, _ = with_text_layer([ln for _, ln in rows] + [line], tuple(c for cs, _ in rows for c in cs) + chars,
                             np.eye(3), page, _Reads())
    (got,) = [ln for ln in out if "孟敏" in ln.text]
    assert got.text == "法定代表人 孟敏" and got.quad == line.quad
    assert all(p == 1.0 for p, _, _ in got.chars) and len(got.xs) == len(got.text)
    # (print of another size the detector boxed with it — a caption — stays a line of its own, as the layer splits it)
    chars, line = _split_row(420, "孟敏", value_size=40.0)
    out, _ = with_text_layer([ln for _, ln in rows] + [line], tuple(c for cs, _ in rows for c in cs) + chars,
                             np.eye(3), page, _Reads())
    assert "孟敏" in [ln.text for ln in out]
