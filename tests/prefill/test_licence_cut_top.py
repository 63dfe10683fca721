"""A business licence 正本 photographed with its top outside the picture (family J's `cut_edge` +
`cut_top`, j0028): its title 营业执照 and the 统一社会信用代码 row are gone, every other label and value
is in the picture. A titled kind without its title needs its validated number or five of its labels
each standing with a value (`kinds._valued_labels`) — and the labels were counted at a row's start
only, so the second column's (成立日期, 营业期限, 主要经营场所: to the right of the first column's
values on the same rows) never counted: four of five, the page was `other` and lost all its fields.
A label now counts at the start of any box of a row. Drawn with Pillow, read through the CLI's service."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import read_jpeg

LEFT = [("名　　称", "长沙晨曦文化传媒合伙企业(有限合伙)"), ("类　　型", "有限合伙企业"),
        ("执行事务合伙人", "冯奕立"), ("经营范围", "组织文化艺术交流活动；广告设计、代理；")]
RIGHT = [("成立日期", "2004年07月11日"), ("营业期限", "2004年07月11日至2024年07月10日"),
         ("主要经营场所", "湖南省长沙市雨花区太湖东路878号")]


def licence() -> Image.Image:
    """A landscape 营业执照 正本: title and credit code on top, two columns of labels and values."""
    page = Image.new("RGB", (1754, 1240), (248, 246, 240))
    d = ImageDraw.Draw(page)
    d.rectangle((40, 40, 1714, 1200), outline=(170, 130, 50), width=8)
    big, f = cjk_font(110, SERIF), cjk_font(30, SERIF)
    d.text((877, 200), "营 业 执 照", fill=(200, 30, 30), font=big, anchor="mm")
    d.text((120, 320), "统一社会信用代码  91430111MA4L0QJ27U", fill=(20, 20, 20), font=f)
    for col, (x_lab, x_val) in ((LEFT, (120, 390)), (RIGHT, (930, 1140))):
        y = 450
        for label, value in col:
            d.text((x_lab, y), label, fill=(20, 20, 20), font=f)
            d.text((x_val, y), value, fill=(20, 20, 20), font=f)
            y += 62
    d.text((390, 450 + 4 * 62), "广告制作；会议及展览服务；摄像及视频制作服务", fill=(20, 20, 20), font=f)
    d.text((1200, 900), "登记机关", fill=(20, 20, 20), font=f)
    d.text((1260, 990), "2016年12月6日", fill=(20, 20, 20), font=f)
    small = cjk_font(22, SERIF)
    d.text((877, 1110), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", fill=(20, 20, 20), font=small, anchor="mm")
    d.text((877, 1142), "国家市场监督管理总局监制", fill=(20, 20, 20), font=small, anchor="mm")
    return page


def cut_top_photo(page: Image.Image, cut: int) -> np.ndarray:
    """The page photographed on a striped cloth with its first `cut` rows outside the picture (BGR)."""
    w, h = 2000, 1500
    yy, xx = np.mgrid[0:h, 0:w]
    cloth = (150 + 30 * np.sin((xx + 25 * np.sin(yy / 40.0)) / 9.0)).astype(np.uint8)
    photo = np.dstack([cloth - 40, cloth - 10, cloth + 20]).clip(0, 255).astype(np.uint8)
    part = np.array(page)[cut:, :, ::-1]
    left = (w - part.shape[1]) // 2
    photo[:part.shape[0], left:left + part.shape[1]] = part
    return photo


def test_a_licence_cut_above_its_rows_is_read_by_both_columns_labels(engine, tmp_path) -> None:
    out = read_jpeg(tmp_path, cut_top_photo(licence(), 410))
    assert out["kind"] == "business_license"  # (was `other`: four labels at rows' starts, five needed)
    f = {k: v["value"] for k, v in out["fields"].items()}
    assert f["name"] == "长沙晨曦文化传媒合伙企业(有限合伙)"
    assert f["legal_representative"] == "冯奕立"
    assert f["established_date"] == "2004-07-11"
    assert f["valid_to"] == "2024-07-10"
    assert f["address"] == "湖南省长沙市雨花区太湖东路878号"
    assert f["credit_code"] == ""  # (its row is outside the picture)


def test_the_same_page_whole_is_read_as_before(engine, tmp_path) -> None:
    out = read_jpeg(tmp_path, cut_top_photo(licence(), 0))
    assert out["kind"] == "business_license"
    assert out["fields"]["name"]["value"] == "长沙晨曦文化传媒合伙企业(有限合伙)"
