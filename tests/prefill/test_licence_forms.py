"""Business licence failure modes seen on development family G (session 9), rebuilt on our own
pages drawn with Pillow (system CJK faces) and read by `app.services.prefill.ocr_files` — the
function behind `zongchuang ocr --json` — so decode, flatten, OCR, classify and extract all run.

- A registration 申请书 (公司登记（备案）申请书) carries a licence's labels with the values filled in
  by hand; its title is printed barely larger than its rows (so it is no "foreign title"), and its
  five labelled values made it a licence: ten wrong pre-fills on two photos. Its note pointing to
  the 填写说明 and the applicant's signature line say what it is.
- A 经营范围 whose full stop wrapped alone onto a row of its own that the detector did not box:
  the scope was pre-filled without its end.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from app.prefill.extract import REASONS
from app.services.prefill import ocr_files
from tests.prefill.fonts import HAND, SANS, SERIF, cjk_font
from tests.prefill.test_licence_ends import draw_licence, read
from tests.prefill.test_page_kinds import _photo


def filled_application(path: Path, title_size: int = 40) -> Path:
    """公司登记（备案）申请书: a table of a licence's labels, the values handwritten in blue."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    d.text((620, 150), "公司登记（备案）申请书", fill="black", font=cjk_font(title_size, SERIF), anchor="mm")
    small, f, hand = cjk_font(22, SANS), cjk_font(30, SANS), cjk_font(34, HAND)
    d.text((150, 215), "注：请仔细阅读本申请书《填写说明》，按要求填写。", fill="black", font=small)
    rows = (("名　　称", "佛山市恒泰建筑工程有限责任公司"), ("住　　所", "广东省佛山市顺德区北京西路1200号23号楼917号"),
            ("法定代表人", "钟辉桂"), ("注册资本", "100万元"), ("统一社会信用代码", ""), ("联系电话", "13834114370"),
            ("经营范围", "住宅室内装饰装修；园林绿化工程施工"))
    y = 270
    for label, value in rows:
        d.rectangle((110, y, 1130, y + 90), outline="black", width=2)
        d.line((330, y, 330, y + 90), fill="black", width=2)
        d.text((125, y + 28), label, fill="black", font=f)
        if value:
            d.text((350, y + 26), value, fill=(30, 40, 140), font=hand)
        y += 90
    d.text((110, y + 40), "本人（申请人）承诺：所提交的申请材料真实、合法、有效。", fill="black", font=small)
    d.text((700, y + 140), "申请人签字：", fill="black", font=small)
    d.text((850, y + 130), "钟辉桂", fill=(30, 40, 140), font=hand)
    return _photo(page, path, 3)


def test_a_filled_in_registration_application_is_no_licence(engine, tmp_path) -> None:
    results, failures = ocr_files([filled_application(tmp_path / "application.jpg")])
    assert not failures
    assert results[0]["kind"] == "other", results[0]
    assert not any(f["value"] for f in results[0]["fields"].values())


ROWS = [("名称", ["佛山市恒泰商贸有限公司"]), ("类型", ["有限责任公司(自然人投资或控股)"]), ("法定代表人", ["钟辉桂"]),
        ("注册资本", ["100万元"]), ("成立日期", ["2019年05月20日"]), ("营业期限", ["2019年05月20日至长期"]),
        ("住所", ["广东省佛山市顺德区北京西路1200号23号楼917号"])]
# two rows that fill the value column (30 characters of 28 px: 840 px), no full stop on them
FULL = ["日用百货销售、服装服饰批发、针纺织品销售、化妆品零售、办公用品", "销售、家用电器销售、五金产品零售、电子产品销售、文具用品零售"]


def test_a_scope_whose_full_stop_wrapped_onto_an_unread_row_is_not_prefilled(engine, tmp_path) -> None:
    got = read(draw_licence([*ROWS, ("经营范围", [*FULL, "。"])], tmp_path / "stop.png"))
    assert got["business_scope"]["value"] in ("", "".join(FULL) + "。"), got["business_scope"]
    if not got["business_scope"]["value"]:
        assert got["business_scope"]["reason"] in REASONS


def test_a_scope_ending_at_the_column_edge_over_blank_paper_is_prefilled(engine, tmp_path) -> None:
    got = read(draw_licence([*ROWS, ("经营范围", FULL)], tmp_path / "full.png"))
    assert got["business_scope"]["value"] == "".join(FULL)
