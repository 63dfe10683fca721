"""Session 30 (ZO wrongs): an address whose house number's 号 follows a name, not pre-filled.

ZO zo_0003, a 卫生许可证 faxed at 98 lines, pre-filled `浙江省宁波市鄞州区石门镇前进公号` for
`…前进村5组64号`: the dither took `村5组64` and one character was read 公. A 号 numbers a door, a
building or a plot — a digit, a Chinese numeral or a letter stands before it (`64号`, `三号楼`,
`甲号`), and only 门牌号 ends a word in it (`extract._HOUSE_AFTER_NAME`). Drawn pages read through
`ocr_files` (what `zongchuang ocr --json` runs); the address as the fax left it was pre-filled on main
(checked by switching the rule off), the numbered ones are read as printed. (The drawn pages name
another district of 浙江省: this face's 鄞 was read in doubt, which blanked the address either way.)
"""

from __future__ import annotations

from app.prefill import extract
from tests.prefill.test_city_of_province import _read
from tests.prefill.test_name_lost_character import _licence  # (the drawn 营业执照 副本)

ROWS = [(700, "名称", "宁波鑫源酒店有限公司"), (800, "类型", "有限责任公司(自然人投资或控股)"),
        (900, "法定代表人", "苏燕晨"), (1000, "注册资本", "壹拾万元整"), (1100, "成立日期", "2011年05月16日")]


def test_a_house_number_lost_before_its_hao(engine, tmp_path, monkeypatch) -> None:
    path = _licence(tmp_path, [*ROWS, (1200, "住所", "浙江省杭州市西湖区双浦镇前进公号")])
    on = _read(path)["address"]
    monkeypatch.setattr(extract, "HOUSE_AFTER_NAME", False)
    off = _read(path)["address"]
    assert off["value"] == "浙江省杭州市西湖区双浦镇前进公号", off  # (main: pre-filled)
    assert on["value"] == "", on


def test_numbered_houses_are_read(engine, tmp_path) -> None:
    path = _licence(tmp_path, [*ROWS, (1200, "住所", "浙江省杭州市西湖区双浦镇前进村5组64号")])
    assert _read(path)["address"]["value"] == "浙江省杭州市西湖区双浦镇前进村5组64号"


def test_what_may_stand_before_a_hao() -> None:
    skips = extract._unit_after_name
    assert skips("浙江省杭州市西湖区双浦镇前进公号")
    assert not any(skips(a) for a in ("北京市朝阳区和平里三号楼2单元301室", "河北省保定市清苑区张村无门牌号",
                                      "北京市西城区西单北大街甲号", "上海市黄浦区南京东路12-3号"))
