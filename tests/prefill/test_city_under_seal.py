"""Session 30 (ZO wrongs): an address whose city was lost between its province and its district.

ZO zo_0078, an ADF scan of a 食品经营许可证 (grey), has the issuer's seal stamped across its 住所: the
ring — red ink, mid-grey in a grey scan — lies over 深圳市 of `广东省深圳市南山区和平街352号…`, the
detector boxed `广东省` and `市南山区…` apart, and the value was pre-filled `广东省南山区和平街…`
(the 市, read at 0.47, dropped; drawn below, the 市 read whole: `广东省市南山区…`).
A district (区) is a city's; the only one GB/T 2260 puts right under a province is a forest district
(湖北省神农架林区): an address going from its province to one of its cities' districts lost the city
(`extract._province_skips_to_district`). Drawn here: a 营业执照 副本 whose 住所 has a grey seal's ring
over its city — pre-filled without the city on main (checked by switching the rule off), blank with it;
the same page without the ring reads the address whole.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from app.prefill import extract
from tests.prefill.test_city_of_province import _read
from tests.prefill.test_name_lost_character import _licence  # (the drawn 营业执照 副本)

ADDRESS = "广东省深圳市南山区和平街352号"
ROWS = [(700, "名称", "深圳康宁超市有限公司"), (800, "类型", "有限责任公司(自然人投资或控股)"),
        (900, "法定代表人", "邵欣晨"), (1000, "注册资本", "壹拾万元整"), (1100, "成立日期", "2011年05月16日"),
        (1450, "住所", ADDRESS)]


def _sealed(tmp_path: Path) -> Path:
    """The licence with a seal's ring (a grey scan's mid-grey band, two characters wide) over the
    住所's 深圳 — the ring's left side runs down through the row there; its top arc passes under
    the 成立日期 row's value."""
    path = _licence(tmp_path, ROWS)
    page = cv2.imread(str(path))
    x_city = 520 + 3 * 40  # the 住所 value starts at x 520, 40 px a character: 深 is its fourth
    outer, band = 280, 80
    ring = np.zeros(page.shape[:2], np.uint8)
    cv2.circle(ring, (x_city + outer, 1472), outer - band // 2, 255, band)
    page[ring > 0] = (108, 108, 108)
    cv2.imwrite(str(path), page)
    return path


def test_the_address_is_read_whole_without_the_seal(engine, tmp_path) -> None:
    assert _read(_licence(tmp_path, ROWS))["address"]["value"] == ADDRESS


def test_a_city_under_the_seal_leaves_the_address_blank(engine, tmp_path, monkeypatch) -> None:
    path = _sealed(tmp_path)
    on = _read(path)["address"]
    monkeypatch.setattr(extract, "PROVINCE_DISTRICT", False)
    off = _read(path)["address"]
    # (main: pre-filled without the city's name — `广东省市南山区…`, or `广东省南山区…` as zo_0078)
    assert off["value"].startswith(("广东省南山区", "广东省市南山区")), off
    assert on["value"] == "", on


def test_a_province_then_a_district_of_its_own() -> None:
    # the grammar alone: a forest district and a state new area stand under their province; a
    # district named after its city (苏州工业园区) names the city
    skips = extract._province_skips_to_district
    assert skips("广东省南山区和平街352号") and skips("新疆维吾尔自治区天山区人民路1号")
    assert skips("广东省市南山区和平街352号")  # (the city's 市 read, its name lost)
    assert not skips("广东省深圳市南山区和平街352号")
    assert not skips("湖北省神农架林区松柏镇1号") and not skips("陕西省西咸新区沣东新城1号")
    assert not skips("江苏省苏州工业园区星湖街328号")
