"""A usage watermark's close (`…使用，他用无效`) boxed alone and misread by a character is no title.

ZK zk_0106 (a 营业执照 副本 copy stamped `仅供办理卫生许可使用，他用无效`, forwarded through a chat app at
960 px): the detector boxed the watermark's close alone three times, and one of them lost a stroke
group of 效 (`他用无交`). Large, four characters, naming no document, that piece counted as another
document's title (`kinds._foreign_title`), and the page — its own title glued to the watermark
(`办理卫生许营业执照`), its credit code and six labels read — was `other`, every field lost. A line
one character off `他用无效` is now a watermark's piece, as `他用无效` read whole already was.

Drawn here: a licence page whose title went unread, its credit code and labelled rows read, with a
large light-red `他用无效` whose 效 has its right half lost; read through `read_page`. On main the page
is `other`; a real title printed large (授权委托书) still makes it `other`."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.reader import read_page
from tests.prefill.fonts import cjk_font

ROWS = [("名　　称", "苏州顺昌汽车服务有限公司"), ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", "张涛"), ("注册资本", "伍拾万元整"), ("成立日期", "2016年03月12日"),
        ("住　　所", "江苏省苏州市吴中区长桥街道东吴北路118号"),
        ("经营范围", "一般项目：机动车修理和维护；汽车零配件零售；洗车服务")]
PAPER = (250, 249, 245)


def _page(large: str, lost: float = 0.0) -> np.ndarray:
    """A 1,400 × 1,000 px licence page without its title: credit code, seven labelled rows (26 px),
    and `large` printed 90 px high in a watermark's light red, the right `lost` share of its last
    character gone (BGR)."""
    img = Image.new("RGB", (1400, 1000), PAPER)
    d = ImageDraw.Draw(img)
    small = cjk_font(26)
    d.text((120, 80), "统一社会信用代码", font=small, fill=(30, 30, 30))
    d.text((120, 120), "91320506MA1MX2KR41", font=small, fill=(30, 30, 30))
    for i, (label, value) in enumerate(ROWS):
        d.text((120, 300 + 56 * i), label, font=small, fill=(30, 30, 30))
        d.text((300, 300 + 56 * i), value, font=small, fill=(30, 30, 30))
    d.text((700, 760), large, font=cjk_font(90), fill=(200, 120, 120))
    if lost:
        x0 = 700 + 90 * (len(large) - 1) + int(90 * (1 - lost))
        d.rectangle((x0, 740, x0 + 200, 880), fill=PAPER)
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def test_a_misread_watermark_close_is_no_title(engine) -> None:  # noqa: ANN001
    got = read_page(_page("他用无效", lost=0.5), engine)
    # (on main: `other` — the piece read `他用无交` was taken for another document's title)
    assert got.kind == "business_license"
    fields = got.extraction.public_fields()
    assert fields["credit_code"]["value"] == "91320506MA1MX2KR41"
    assert fields["established_date"]["value"] == "2016-03-12"


def test_the_close_read_whole_and_a_real_title(engine) -> None:  # noqa: ANN001
    assert read_page(_page("他用无效"), engine).kind == "business_license"  # (as on main: a copy mark)
    # a large line naming another document still makes the page that document
    assert read_page(_page("授权委托书"), engine).kind == "other"
