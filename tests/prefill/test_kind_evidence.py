"""Pages read as `other` though they are a licence (session 18, lane kinds): the evidence a kind
needs when its title was not read, and a copy peppered with toner specks.

- A 食品经营许可证 whose title went unread (a watermark over it) shares 统一社会信用代码, 法定代表人,
  住所 and 经营场所 with a 营业执照: the two kinds tied, and the copy's large watermark
  (仅供办理…使用) counted as another document's title. Both made the page `other`.
- A copy of a copy peppered with specks: the detector found the large title and nothing else.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.extract import classify
from app.prefill.layout import Line
from app.prefill.reader import speckled
from tests.prefill.fonts import SANS, cjk_font

_ROWS = (("经营者名称", "南宁麦田超市有限公司"), ("统一社会信用代码", "91450107MA5L0X7640"),
         ("法定代表人(负责人)", "覃健斌"), ("住所", "广西壮族自治区南宁市西乡塘区永丰街道石桥村9组24号"),
         ("经营场所", "广西壮族自治区南宁市西乡塘区永丰街道石桥村9组24号"),
         ("主体业态", "食品销售经营者(网络食品销售商)"), ("经营项目", "预包装食品(含冷藏冷冻食品)销售"))


def _food_page(watermark: tuple[str, ...]) -> list[Line]:
    """A 食品经营许可证 read without its title: label and value boxes on each row (24 px), the
    许可证编号 and 有效期至 in a right column, and a watermark's pieces printed 130 px high."""
    lines: list[Line] = []
    for i, (label, value) in enumerate(_ROWS):
        y = 370.0 + 44 * i
        lines.append(Line(label, 0.99, 120, y, 120 + 24 * len(label), y + 24, len(lines)))
        lines.append(Line(value, 0.99, 320, y, 320 + 24 * len(value), y + 24, len(lines)))
    for j, (label, value) in enumerate((("许可证编号", "JY24501074422146"), ("有效期至", "2028年3月31日"))):
        y = 370.0 + 44 * j
        lines.append(Line(label, 0.99, 790, y, 790 + 24 * len(label), y + 24, len(lines)))
        lines.append(Line(value, 0.99, 935, y, 935 + 14 * len(value), y + 24, len(lines)))
    for k, piece in enumerate(watermark):
        y = 150.0 + 300 * k
        lines.append(Line(piece, 0.9, 180, y, 180 + 130 * len(piece), y + 130, len(lines)))
    return lines


def test_a_food_licence_without_its_title_is_one() -> None:
    # the labels only a food licence prints (主体业态, 经营项目, 许可证编号, 经营者名称) rule out a
    # 营业执照, with which it shares four labels: before, the two kinds tied and the page was `other`
    assert classify(_food_page(()))[0] == "food_business_license"


def test_a_copy_watermark_is_no_foreign_title() -> None:
    # the watermark's pieces are large like a title, but a copy's watermark names what the copy may
    # be used for: no other document. Before, `仅供办理食品` made the page another document's
    assert classify(_food_page(("仅供办理食品", "经营许可使用")))[0] == "food_business_license"


def test_a_copy_note_is_no_foreign_title() -> None:
    # the holder's `此复印件与原件一致`, handwritten large across a copy (session 19, lane ukinds: U
    # u0079, u0129): before, it counted as another document's title and the licence was `other`
    assert classify(_food_page(("此复印件与原件一致",)))[0] == "food_business_license"


def test_a_screenshot_viewer_bar_is_no_foreign_title() -> None:
    # a chat app's image viewer prints `< 查看原图` above the picture, large: no title of the page
    assert classify(_food_page(("<查看原图",)))[0] == "food_business_license"


def test_a_foreign_title_still_rules_the_page_out() -> None:
    # a large title naming another document (a lease quoting the labels) keeps the page `other`
    assert classify(_food_page(("房屋租赁合同",)))[0] == "other"


def _printed_page() -> np.ndarray:
    page = Image.new("RGB", (1100, 1500), "white")
    d = ImageDraw.Draw(page)
    font = cjk_font(26, SANS)
    for i in range(20):
        d.text((100, 150 + 60 * i), "经营范围 一般项目：日用百货销售；文具用品零售（依法须经批准的项目除外）",
               fill=(60, 60, 60), font=font)
    return cv2.cvtColor(np.asarray(page), cv2.COLOR_RGB2BGR)


def test_toner_specks_are_told_from_print() -> None:
    page = _printed_page()
    assert not speckled(page)  # strokes of print survive a 3×3 median
    rng = np.random.default_rng(7)
    peppered = page.copy()
    ys, xs = rng.integers(0, page.shape[0], 8000), rng.integers(0, page.shape[1], 8000)
    peppered[ys, xs] = 40  # single dark pixels over the paper (a copy of a copy's specks)
    assert speckled(peppered)


def _partnership_page() -> list[Line]:
    """A partnership's 营业执照 (正本) photographed in a sleeve, as ZB zb0080 was read: the title sure,
    the left column's labels 名称, 类型, 执行事务合伙人 standing, every other label misread under the
    sleeve's glare (`流一社台信用代码`, `经营范图`, `成主日期`, `合饮期限`, `边经管场所`, `登记机`)."""
    rows = (("名称", "成都优品农业开发合伙企业"), ("类型", "有限合伙企业"), ("执行事务合伙人", "曾鹏"),
            ("经营范图", "一般项目:谷物种植"))
    right = (("出资额", "1000万元"), ("成主日期", "2015年08月23日"), ("合饮期限", "2015年08月23日至长期"),
             ("边经管场所", "四川省成都市武侯区人民南路四段890弄34号"))
    lines = [Line("流一社台信用代码", 0.92, 69, 62, 157, 76, 0), Line("营业执照", 1.0, 372, 114, 540, 154, 1)]
    for i, ((label, value), (rlabel, rvalue)) in enumerate(zip(rows, right, strict=True)):
        y = 183.0 + 19 * i
        for text, x in ((label, 75), (value, 180), (rlabel, 495), (rvalue, 596)):
            lines.append(Line(text, 0.95, x, y, x + 12 * len(text), y + 16, len(lines)))
    lines.append(Line("登记机", 1.0, 719, 454, 775, 472, len(lines)))
    return lines


def test_a_partnership_licence_is_known_by_its_partner_label() -> None:
    # a partnership prints 执行事务合伙人 where a company prints 法定代表人 (合伙企业法): its title and
    # that label are two pieces of evidence, as the title and 法定代表人 are on a company's. Before,
    # the title alone stood and the page was `other` — nine fields blank
    assert classify(_partnership_page())[0] == "business_license"


def _licence_lost_head(title: str) -> list[Line]:
    """A 营业执照 副本 photographed on a desk: the title printed large (60 px over 26 px rows) with
    one end character lost in a curl's shadow, its 统一社会信用代码 label misread, three labels
    standing with their values, and the code itself read whole."""
    lines = [Line("统一社会级照代码", 0.74, 240, 255, 374, 281, 0), Line("91450107MA5L0X7640", 0.99, 240, 287, 424, 313, 1),
             Line(title, 0.99, 520, 333, 520 + 60 * len(title), 393, 2)]
    for i, (label, value) in enumerate((("法定代表人", "覃健斌"), ("成立日期", "2019年3月18日"),
                                        ("经渡范围", "日用百货销售"))):
        y = 470.0 + 40 * i
        lines.append(Line(label, 0.95, 270, y, 270 + 26 * len(label), y + 26, len(lines)))
        lines.append(Line(value, 0.95, 400, y, 400 + 26 * len(value), y + 26, len(lines)))
    lines.append(Line("登记机关", 0.91, 645, 900, 749, 926, len(lines)))
    return lines


def test_a_licence_title_that_lost_an_end_character_still_names_the_page() -> None:
    # `业执照` / `营业执` alone on the page's largest line: the title with 营 or 照 lost
    assert classify(_licence_lost_head("业执照"))[0] == "business_license"
    assert classify(_licence_lost_head("营业执"))[0] == "business_license"
    # the same rows under a large line that is no cut title stay no kind (three labels and the
    # code are not evidence enough without a title)
    assert classify(_licence_lost_head("执照"))[0] == "other"
    assert classify(_licence_lost_head("业执照办理"))[0] == "other"
