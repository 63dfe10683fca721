"""Certified and watermarked copies whose title went unread (session 23, lane zmarks): Z's z0030
(a scanner app's 营业执照 copy, `此件与原件核对无误` handwritten large over it), z0027 and z0131
(卫生许可证 scans, a usage watermark crossing the title) were read `other` with every row read.

- The certifier's note `此件与原件核对无误` is a copy mark (`layout.COPY_MARK`), not another
  document's title.
- A permit number whose year stands in square brackets (`浙3307卫公字[2017]第42773号`) is the
  permit's number, as the extractor already takes it.
- With its number read whole, a 卫生许可证 needs four of its five labelled rows read with their
  values (`kinds.UNTITLED_NUMBER_VALUES`), not all five: a justified label under a watermark stroke
  (`有　效　期　限`, 效 lost) is not evidence against the page.
"""

from __future__ import annotations

from app.prefill.extract import classify
from app.prefill.layout import Line

_LICENCE = (("名称", "西湖区星河建筑工程经营部"), ("类型", "个人独资企业"), ("投资人", "孟梅"),
            ("成立日期", "2010年09月15日"), ("营业期限", "2010年09月15日至2030年09月14日"),
            ("住所", "浙江省杭州市西湖区教工路377号金色家园23号"),
            ("经营范围", "一般项目：建筑材料销售；土石方工程施工；"))


def _licence(note: str) -> list[Line]:
    """A 营业执照 read without its title: its credit code top left, label and value boxes on each
    row (28 px), the 登记机关, and a note written 60 px high under the rows."""
    lines = [Line("统一社会信用代码", 0.99, 120, 200, 330, 228, 0),
             Line("91330106323GY89Y2C", 0.99, 120, 240, 420, 268, 1)]
    for i, (label, value) in enumerate(_LICENCE):
        y = 560.0 + 48 * i
        lines.append(Line(label, 0.99, 200, y, 200 + 28 * len(label), y + 28, len(lines)))
        lines.append(Line(value, 0.99, 420, y, 420 + 28 * len(value), y + 28, len(lines)))
    lines.append(Line("登记机关", 0.99, 1800, 1480, 1912, 1508, len(lines)))
    if note:
        lines.append(Line(note, 0.99, 320, 1300, 320 + 62 * len(note), 1362, len(lines)))
    return lines


def test_a_certified_copy_note_is_no_title() -> None:
    assert classify(_licence(""))[0] == "business_license"
    # before: the large handwritten note counted as another document's title and the page was `other`
    assert classify(_licence("此件与原件核对无误"))[0] == "business_license"
    assert classify(_licence("经核对与原件一致"))[0] == "business_license"
    # a large line that is another document's title still makes the page that document
    assert classify(_licence("授权委托书"))[0] == "other"


_PERMIT = (("单位名称", "义乌市云帆美容院"), ("法定代表人（负责人）", "谭静淑"),
           ("地址", "浙江省金华市义乌市稠州北路751号综合楼17层19号"), ("许可项目", "美容、美发"),
           ("有效期限", "自2017年08月11日至2021年08月10日"))


def _permit(number: str, rows: int, watermark: bool = True) -> list[Line]:
    """A 卫生许可证 read without its title: the number's line, `rows` of its labelled rows (label
    and value boxes, 30 px), the issuer's label, and a usage watermark's large pieces."""
    lines = [Line(number, 0.99, 380, 240, 380 + 26 * len(number), 270, 0)]
    for i, (label, value) in enumerate(_PERMIT[:rows]):
        y = 380.0 + 60 * i
        lines.append(Line(label, 0.99, 200, y, 200 + 30 * len(label), y + 30, len(lines)))
        lines.append(Line(value, 0.99, 520, y, 520 + 30 * len(value), y + 30, len(lines)))
    if watermark:
        for k, piece in enumerate(("他用无效", "仅供办理", "他用无效")):
            y = 120.0 + 320 * k
            lines.append(Line(piece, 0.9, 900, y, 900 + 150 * len(piece), y + 150, len(lines)))
    return lines


def test_a_permit_number_in_square_brackets_is_its_number() -> None:
    # four labelled rows and the number: the number in any of the brackets permits print
    assert classify(_permit("编号:浙3307卫公字〔2017〕第42773号", 4))[0] == "public_health_license"
    assert classify(_permit("编号:浙3307卫公字[2017]第42773号", 4))[0] == "public_health_license"
    assert classify(_permit("编号:浙3307卫公字【2017】第42773号", 4))[0] == "public_health_license"


def test_an_untitled_permit_needs_its_number_and_four_rows() -> None:
    assert classify(_permit("许可证号：浦东卫公证字〔2022〕第87228号", 4))[0] == "public_health_license"
    # three rows and the number, or four rows with no number read: not enough
    assert classify(_permit("许可证号：浦东卫公证字〔2022〕第87228号", 3))[0] == "other"
    assert classify(_permit("许可证号：浦东卫公证字〔2022〕第8722", 4))[0] == "other"
