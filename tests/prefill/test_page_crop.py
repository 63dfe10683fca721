"""Failure cases of finding the page in the picture (issue 15): the crop must be the paper, not a
frame printed on it, and the page must be turned upright without turning it twice.

Pages are drawn with Pillow and system fonts and read through `read_page`, the function behind
`zongchuang ocr --json`.

- A register page (不动产权证书) scanned edge to edge: its ruled table was taken for the page's
  edge, and the certificate number printed above the table was cut off.
- A page whose text rows run across but whose ink looks vertical to the morphology check (a desk's
  grain, stacked table labels): the check turned it 90°, the recogniser's lines then ran down the
  page, and the reader turned it another 90° — upside down.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.imaging.document import find_document_quad
from app.prefill.reader import read_page
from tests.prefill.fonts import SERIF, cjk_font

NUMBER = "沪（2021）浦东新区不动产权第4470167号"
ROWS = [("权利人", "汪鑫"), ("共有情况", "单独所有"), ("坐落", "上海市浦东新区世纪大道1299号F座10层32室"),
        ("不动产单元号", "310115138460JC85619F71228491"), ("权利类型", "国有建设用地使用权/房屋所有权"),
        ("权利性质", "出让/存量房"), ("用途", "城镇住宅用地/成套住宅"), ("面积", "宗地面积:3515.4㎡/房屋建筑面积:223.14㎡"),
        ("使用期限", "2003年07月28日起2073年07月27日止")]


def register_page(w: int = 1240, h: int = 1754) -> np.ndarray:
    """A 不动产权证书 page at 150 dpi: the number above a ruled table, a seal under it."""
    img = Image.new("RGB", (w, h), (250, 250, 247))
    d = ImageDraw.Draw(img)
    font, small = cjk_font(30, SERIF), cjk_font(28, SERIF)
    d.text((w - 110 - d.textlength(NUMBER, font=font), 120), NUMBER, font=font, fill=(25, 25, 25))
    x1, x2, y = 100, w - 100, 190
    col = 330
    row_h = 96
    top = y
    for label, value in ROWS:
        d.line([(x1, y), (x2, y)], fill=(20, 20, 20), width=3)
        d.text((x1 + 30, y + 30), label, font=small, fill=(20, 20, 20))
        d.text((col + 30, y + 32), value, font=small, fill=(20, 20, 20))
        y += row_h
    d.line([(x1, y), (x2, y)], fill=(20, 20, 20), width=3)
    d.line([(x1, top), (x1, y)], fill=(20, 20, 20), width=3)
    d.line([(x2, top), (x2, y)], fill=(20, 20, 20), width=3)
    d.line([(col, top), (col, y)], fill=(20, 20, 20), width=3)
    # the registration office's seal under the table
    cx, cy, r = w - 330, y + 200, 130
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(200, 40, 40), width=8)
    d.regular_polygon((cx, cy, 40), 5, fill=(200, 40, 40))
    d.text((w - 560, y + 380), "登簿机构（章）", font=small, fill=(20, 20, 20))
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


def test_a_ruled_table_is_not_the_pages_edge(engine) -> None:
    page = register_page()
    quad = find_document_quad(page)
    if quad is not None:  # the page's edge, if any is found, takes in the number above the table
        assert quad[:, 1].min() < 110, quad
    got = read_page(page, engine)
    assert got.kind == "real_estate_certificate"
    assert got.extraction.fields["certificate_no"].value.replace("（", "(").replace("）", ")") == \
        NUMBER.replace("（", "(").replace("）", ")")
    assert got.extraction.fields["holder"].value == "汪鑫"


def test_a_table_frame_on_a_page_on_a_desk_gives_the_paper() -> None:
    page = register_page()
    desk = np.zeros((2200, 1800, 3), np.uint8)
    desk[:] = (40, 70, 110)  # a brown desk
    desk[:, ::6] = (30, 55, 90)  # … with a grain
    h, w = page.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[260, 180], [1560, 250], [1500, 2050], [200, 1990]])
    m = cv2.getPerspectiveTransform(src, dst)
    shot = cv2.warpPerspective(page, m, (1800, 2200), dst=desk.copy(), borderMode=cv2.BORDER_TRANSPARENT)
    quad = find_document_quad(shot)
    assert quad is not None
    assert np.abs(quad - dst).max() < 40, quad  # the paper's corners, not the table's


def test_a_page_the_morphology_check_calls_vertical_is_not_turned_twice(engine) -> None:
    # the register page with vertical rules down its margins (a desk's grain, a binder's stripes)
    # where the morphology check sees lines running down the page; the text runs across
    page = register_page()
    h, w = page.shape[:2]
    stripes = np.full((h, 160, 3), 235, np.uint8)
    stripes[:, ::9] = (90, 60, 40)
    stripes[:, 1::9] = (90, 60, 40)
    shot = np.hstack([stripes, page, stripes])
    got = read_page(shot, engine)
    assert got.rotation == 0
    assert got.kind == "real_estate_certificate"
    assert got.extraction.fields["holder"].value == "汪鑫"


def _food_permit_read(name: str, address: str, premises: str) -> dict:
    """A 食品经营许可证's 经营者名称 / 住所 / 经营场所 rows as the recogniser returns them (sure
    characters), through the real line building and 食品 extraction."""
    from app.prefill.engine import TextLine
    from app.prefill.kinds import extract_food
    from app.prefill.layout import to_lines

    def line(text: str, x1: float, y1: float) -> TextLine:
        x2, y2 = x1 + 24 * len(text), y1 + 28
        return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False,
                        tuple((0.99, "", 0.0) for _ in text))

    rows = [line("经营者名称", 40, 40), line(name, 300, 40), line("住所", 40, 100), line(address, 300, 100),
            line("经营场所", 40, 160), line(premises, 300, 160)]
    return {k: f.public() for k, f in extract_food(to_lines(rows)).items()}


def test_a_permits_two_addresses_differing_by_one_dropped_character_leave_the_shorter_blank() -> None:
    # a 食品经营许可证 read whole once its crop is the paper: a seal over the 经营场所 row's house
    # number, and the recogniser dropped its `8` (`80号` → `0号`) with the 住所 row read right
    from app.prefill.extract import REASONS

    def read(premises: str) -> dict:
        return _food_permit_read("益阳蓝鲸餐厅有限公司", "益阳市资阳区银河西路80号一层106商铺", premises)

    got = read("益阳市资阳区银河西路0号一层106商铺")
    assert got["address"]["value"] == "益阳市资阳区银河西路80号一层106商铺"
    assert got["premises_address"]["value"] == "" and got["premises_address"]["reason"] in REASONS
    same = read("益阳市资阳区银河西路80号一层106商铺")  # the same address twice: both pre-filled
    assert same["premises_address"]["value"] == "益阳市资阳区银河西路80号一层106商铺"
    other = read("益阳市赫山区龙岭路12号")  # another address: both pre-filled
    assert other["premises_address"]["value"] == "益阳市赫山区龙岭路12号"


def test_a_permits_two_addresses_differing_by_a_few_dropped_characters_leave_the_shorter_blank() -> None:
    # a curled 食品经营许可证: the fold over the 经营场所 row hid `湖街` of `东湖街道` (the row's two
    # boxes a gap apart that the fold's tall boxes did not show as one), the 住所 row read right
    from app.prefill.extract import REASONS

    def read(premises: str) -> dict:
        return _food_permit_read("历下区张记小吃店", "山东省济南市历下区东湖街道朝阳北路2217号10幢", premises)

    got = read("山东省济南市历下区东道朝阳北路2217号10幢")
    assert got["address"]["value"] == "山东省济南市历下区东湖街道朝阳北路2217号10幢"
    assert got["premises_address"]["value"] == "" and got["premises_address"]["reason"] in REASONS
    other = read("山东省济南市历下区朝阳北路17号")  # another address (more than a few characters apart): pre-filled
    assert other["premises_address"]["value"] == "山东省济南市历下区朝阳北路17号"


def test_a_scan_without_edges_is_flattened_once_as_its_printed_matter(monkeypatch) -> None:  # noqa: ANN001
    """A card copy on the white glass of a flatbed has no edges: its page is the box around its
    printed matter, and only that box is deskewed and judged — not the whole 300 dpi scan first
    (flattened and thrown away: 150–220 ms of CPU per scan). The page is the one the whole-scan
    guess used to be replaced by, pixel for pixel."""
    from app.imaging import document
    from app.imaging.document import content_box, process_document
    from app.prefill.reader import choose_page

    scan = np.full((3508, 2480, 3), 247, np.uint8)
    card = cv2.cvtColor(np.asarray(_card_copy()), cv2.COLOR_RGB2BGR)
    scan[600:600 + card.shape[0], 500:500 + card.shape[1]] = card
    box = content_box(scan)
    assert box is not None
    want = process_document(scan, detect=False, region=box)

    seen: list[tuple[int, ...]] = []
    skew = document.estimate_skew
    monkeypatch.setattr(document, "estimate_skew", lambda img, *a, **k: seen.append(img.shape) or skew(img, *a, **k))
    got = choose_page(scan)
    assert got.doc_format == "content" and got.region == box
    assert np.array_equal(got.image, want.image) and np.array_equal(got.transform, want.transform)
    assert seen and all(max(shape[:2]) < 2000 for shape in seen)  # the card's box, never the whole scan


def _card_copy() -> Image.Image:
    img = Image.new("RGB", (1012, 638), (236, 236, 236))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 1011, 637), outline=(120, 120, 120), width=3)
    font = cjk_font(34)
    for i, row in enumerate(["姓名 王晓明", "性别 男  民族 汉", "出生 1987年3月14日", "住址 河南省郑州市金水区农业路东28号"]):
        d.text((60, 60 + i * 80), row, font=font, fill=(30, 30, 30))
    d.text((60, 520), "公民身份号码 410105198703146518", font=font, fill=(30, 30, 30))
    return img
