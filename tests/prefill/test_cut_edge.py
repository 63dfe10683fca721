"""A permit photographed with its left edge outside the picture (issue 15, session 12): its labels,
set right-aligned before their colons (`经营者名称：`), keep only their last character and colon
(`称：南昌朗峰小吃店`), so the page read as no known kind although its title and every value were
in the picture. A row starting at the photo's border gets its label's head back when the tail names
exactly one of the kind's field labels; a tail two labels end with (`所：` of 住所 and 经营场所)
on as many rows is settled by the form's order (kinds._cut_label_column). Pages drawn here with Pillow and read through the CLI's service.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from app.prefill.reader import classify_cut, cut_label_heads
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import read_jpeg

ROWS = [("经营者名称", "洛阳禾丰面馆"), ("社会信用代码(身份证号码)", "92410302MA44K7PX3H"),
        ("法定代表人(负责人)", "卢彦"), ("住所", "河南省洛阳市老城区中州东路188号"),
        ("经营场所", "河南省洛阳市老城区中州东路188号"), ("主体业态", "餐饮服务经营者(小型餐馆)"),
        ("经营项目", "热食类食品制售"), ("许可证编号", "JY24103020045172"), ("有效期至", "2027年05月14日")]
SIZE = 30
COLON_X = 520  # where every label's colon ends (labels are set right-aligned before it)


def food_page() -> Image.Image:
    """A 食品经营许可证 副本 page: large title, labels right-aligned before their colons, values after."""
    page = Image.new("RGB", (1240, 1754), (250, 250, 247))
    d = ImageDraw.Draw(page)
    d.rectangle((40, 40, 1200, 1714), outline=(40, 60, 120), width=6)
    big, f = cjk_font(84, SERIF), cjk_font(SIZE, SERIF)
    d.text((800, 260), "食品经营许可证", fill=(20, 20, 20), font=big, anchor="mm")
    d.text((800, 340), "(副本)", fill=(20, 20, 20), font=f, anchor="mm")
    y = 440
    for label, value in ROWS:
        d.text((COLON_X, y), label + "：", fill=(20, 20, 20), font=f, anchor="ra")
        d.text((COLON_X + 12, y), value, fill=(20, 20, 20), font=f)
        y += 64
    d.text((640, 1500), "发证机关：洛阳市老城区市场监督管理局", fill=(20, 20, 20), font=f)
    return page


def cut_photo(page: Image.Image, cut: int) -> np.ndarray:
    """The page photographed on a striped cloth with its first `cut` px outside the picture (BGR)."""
    w, h = 1500, 2000
    yy, xx = np.mgrid[0:h, 0:w]
    cloth = (150 + 30 * np.sin((xx + 25 * np.sin(yy / 40.0)) / 9.0)).astype(np.uint8)
    photo = np.dstack([cloth - 40, cloth - 10, cloth + 20]).clip(0, 255).astype(np.uint8)
    part = np.array(page)[:, cut:, ::-1]
    top = (h - part.shape[0]) // 2
    photo[top:top + part.shape[0], :part.shape[1]] = part
    return photo


def test_a_permit_cut_at_its_left_edge_is_read_by_its_title_and_the_labels_tails(engine, tmp_path) -> None:
    # the picture starts two characters before each colon: every label keeps its last character
    out = read_jpeg(tmp_path, cut_photo(food_page(), COLON_X - 2 * SIZE))
    assert out["kind"] == "food_business_license"
    f = {k: v["value"] for k, v in out["fields"].items()}
    assert f["name"] == "洛阳禾丰面馆"
    assert f["license_no"] == "JY24103020045172"
    assert f["business_form"] == "餐饮服务经营者(小型餐馆)"
    assert f["valid_to"] == "2027-05-14"
    assert f["legal_representative"] == "卢彦"  # (`人)：` ends 法定代表人(负责人) only)
    # `所：` ends both 住所 and 经营场所: on as many rows, the form's order (住所 above 经营场所)
    # settles them (kinds._cut_label_column)
    assert f["address"] == f["premises_address"] == "河南省洛阳市老城区中州东路188号"


def _row(text: str, x1: float, y1: float) -> Line:
    return Line(text, 0.99, x1, y1, x1 + 30 * len(text), y1 + 30, 0)


def test_only_rows_starting_at_the_photos_border_get_a_label_head() -> None:
    eye, source = np.eye(3), (2000, 1500, 3)
    title = Line("食品经营许可证", 0.99, 100, 100, 700, 190, 0)
    rows = [title, _row("称:洛阳禾丰面馆", 2, 400), _row("态:餐饮服务经营者(小型餐馆)", 3, 460),
            _row("所:河南省洛阳市老城区中州东路188号", 2, 520), _row("号:JY24103020045172", 2, 580)]
    got = cut_label_heads(rows, "food_business_license", eye, source)
    assert got is not None
    assert [ln.text for ln in got[1:]] == ["经营者名称:洛阳禾丰面馆", "主体业态:餐饮服务经营者(小型餐馆)",
                                           "所:河南省洛阳市老城区中州东路188号", "许可证编号:JY24103020045172"]
    assert classify_cut(rows, eye, source)[0] == "food_business_license"
    # the same rows well inside the picture were not cut by its border: nothing is made up
    inside = [title, *(_row(ln.text, 200, ln.y1) for ln in rows[1:])]
    assert cut_label_heads(inside, "food_business_license", eye, source) is None
    # (its title on a line of its own and a valid 许可证编号 make it a 食品 page: kinds.classify)
    assert classify_cut(inside, eye, source)[0] == "food_business_license"
    assert classify_cut([title, *(ln for ln in inside[1:] if "JY" not in ln.text)], eye, source)[0] == "other"
    # nor on a page with no photo border (a stored page)
    assert cut_label_heads(rows, "food_business_license", eye, None) is None
