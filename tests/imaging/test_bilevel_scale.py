"""A faxed licence (1-bit, CCITT G4 TIFF) is read at its own resolution: shrunk to a licence's
1400 px like a grey page, the thin strokes of a light Song face — already broken by the fax's
threshold — averaged into faint grey and values went doubtful (family L's faxes). Drawn here from
scratch: a 副本's frame, its labels in a sans face, its values in Noto Serif CJK ExtraLight,
thresholded low so thin horizontals break as a fax's do."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from app.prefill.reader import _bilevel_scale, _scale_for_ocr
from tests.prefill.fonts import cjk_font
from tests.prefill.pages import read_file

LIGHT_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-ExtraLight.ttc"
ROWS = (("名　　　　称", "郑州泽丰贸易有限公司"), ("类　　　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", "俞静翠"), ("注册资本", "人民币叁佰万元整"), ("成立日期", "2025年05月22日"),
        ("营业期限", "2025年05月22日至2045年05月21日"), ("住　　　　所", "河南省郑州市金水区解放东路286号12楼25室"),
        ("经营范围", "日用百货销售；五金产品批发；建筑材料销售"))


def _fax() -> np.ndarray:
    if not Path(LIGHT_SERIF).exists():
        pytest.skip("no Noto Serif CJK ExtraLight")
    w, h = 1750, 2430
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    d.rectangle((90, 90, w - 90, h - 90), outline=0, width=14)
    d.rectangle((120, 120, w - 120, h - 120), outline=0, width=3)
    d.text((620, 380), "营 业 执 照", font=cjk_font(90), fill=0)
    d.text((180, 300), "统一社会信用代码", font=cjk_font(26), fill=0)
    d.text((180, 335), "91410105MAWQ6R0EGH", font=cjk_font(30), fill=0)
    lab, val = cjk_font(30), ImageFont.truetype(LIGHT_SERIF, 30, index=2)  # (index 2: the SC face)
    for i, (label, value) in enumerate(ROWS):
        d.text((210, 662 + i * 58), label, font=lab, fill=0)
        d.text((450, 660 + i * 58), value, font=val, fill=0)
    return np.where(np.array(im) < 70, 0, 255).astype(np.uint8)


def test_a_bilevel_page_is_not_shrunk_below_recogniser_rows() -> None:
    page = cv2.cvtColor(_fax(), cv2.COLOR_GRAY2BGR)
    s = _scale_for_ocr(page, "a4")
    assert s < 0.6  # a grey page this size is shrunk to 1400 px
    assert _bilevel_scale(page, s) == 1.0  # its ~30 px rows are below the recogniser's 48
    grey = cv2.GaussianBlur(page, (0, 0), 2.0)
    assert _bilevel_scale(grey, s) == s
    huge = cv2.resize(page, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_NEAREST)  # a 600 dpi 1-bit scan
    assert 0.6 < _bilevel_scale(huge, _scale_for_ocr(huge, "a4")) < 1.0


def test_a_faxed_licence_reads_its_light_serif_values(tmp_path: Path) -> None:
    path = tmp_path / "fax.tif"
    Image.fromarray(_fax()).convert("1").save(path, compression="group4", dpi=(300, 300))
    got = read_file(path)
    assert got["kind"] == "business_license"
    values = {k: f["value"] for k, f in got["fields"].items()}
    assert values["name"] == "郑州泽丰贸易有限公司"
    assert values["address"] == "河南省郑州市金水区解放东路286号12楼25室"
    assert values["business_scope"] == "日用百货销售；五金产品批发；建筑材料销售".replace("；", ";")


def _faxed_health_licence() -> np.ndarray:
    """A 卫生许可证 as a 1-bit fax: title and number above a ruled table with a heavy border."""
    w, h = 1746, 2431
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    d.text((500, 380), "公共场所卫生许可证", font=cjk_font(80), fill=0)
    d.text((1000, 510), "鲁卫公字〔2022〕第370211000153号", font=cjk_font(28), fill=0)
    d.rectangle((220, 590, 1520, 1240), outline=0, width=8)
    for i, (label, value) in enumerate((("单位名称", "黄岛区博雅书城"), ("法定代表人", "雷雨生"),
                                        ("地址", "山东省青岛市黄岛区人民南路331号8楼16室"), ("许可项目", "书店、美发、商场"),
                                        ("有效期限", "自2022年10月01日至2026年09月30日"))):
        y = 590 + i * 130
        if i:
            d.line([(220, y), (1520, y)], fill=0, width=3)
        d.text((250, y + 40), label, font=cjk_font(34), fill=0)
        d.text((520, y + 40), value, font=cjk_font(34), fill=0)
    d.line([(490, 590), (490, 1240)], fill=0, width=3)
    return np.where(np.array(im) < 128, 0, 255).astype(np.uint8)


def test_a_faxed_pages_table_is_not_taken_for_the_page() -> None:
    """On a bilevel page a quad with rows of print outside it is a table inside the page (no desk
    around a fax): family L's faxed 卫生 licence had its table's border taken for the page and lost
    the number printed above it. The page's own edges, and a grey photo's quad, stay."""
    from app.prefill.reader import _bilevel_inner

    page = cv2.cvtColor(_faxed_health_licence(), cv2.COLOR_GRAY2BGR)
    table = np.array([[220, 590], [1520, 590], [1520, 1240], [220, 1240]], np.float32)
    whole = np.array([[5, 5], [1740, 5], [1740, 2425], [5, 2425]], np.float32)
    assert _bilevel_inner(page, table)
    assert not _bilevel_inner(page, whole)
    photo = cv2.addWeighted(cv2.GaussianBlur(page, (0, 0), 2.0), 0.6, np.full_like(page, 180), 0.4, 0)
    assert not _bilevel_inner(photo, table)  # a photo's quad: what lies outside may be the desk
