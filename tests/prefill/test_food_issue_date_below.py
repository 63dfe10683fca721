"""A 食品经营许可证 (2015 template) prints its 有效期至 at the page's foot with the 发证日期 right under
it, by the issuer's seal (ZK, session 28). The date under the end was joined to it as its wrap: when
the end's own row did not read as a date (a 月 lost under the seal, `2028年0815日`), the issue date was
taken for the end (zk_0089 `2024-06-27` for 2029-06-26), and the five-years cross-check never saw the
issue date (it lay in the value's box). Drawn with Pillow and read through `ocr_files` (the function
behind `zongchuang ocr --json`).

- `kinds.ISSUE_DATE_BELOW`: a whole date on the row under the end is another printed date.
- `kinds.FIVE_YEARS_SETTLE`: an end read with a doubtful or lost character is the one end five years
  after the issue date it agrees with (the licence runs five years, 食品经营许可管理办法); one that
  does not agree (a licence changed since: its issue date is the change's) stays blank.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import read_file

ROWS = [("经营者名称", "海口鼎盛餐饮店"), ("社会信用代码", "92460106MA5T4L5X7Q"), ("法定代表人", "田敏娜"),
        ("住所", "海南省海口市龙华区清溪镇上林村3组4号"), ("经营场所", "海南省海口市龙华区清溪镇上林村3组4号"),
        ("主体业态", "餐饮服务经营者(糕点店)"), ("经营项目", "热食类食品制售"), ("许可证编号", "JY24601065146727")]


def licence(path: Path, end: tuple[str, str], issued: str) -> Path:
    """A portrait 副本 whose foot prints `有效期至` and the end date — `end` is the date's two parts,
    drawn with a character's width of bare paper between them where a character was lost (a 月 under
    the seal's ring) — and under it the issue date."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    d.rectangle((50, 50, 1190, 1704), outline=(150, 110, 60), width=8)  # (the certificate's printed border)
    big, f = cjk_font(64, SERIF), cjk_font(30, SERIF)
    d.text((620, 180), "食品经营许可证", fill="black", font=big, anchor="mm")
    d.text((620, 260), "(副本)", fill="black", font=f, anchor="mm")
    y = 340
    for label, value in ROWS:
        d.text((110, y), label, fill="black", font=f)
        d.text((420, y), value, fill="black", font=f)
        y += 70
    x = 640
    d.text((x, 1300), "有效期至" + end[0], fill="black", font=f)
    x += d.textlength("有效期至" + end[0], font=f)
    if end[1]:
        d.text((x + 30, 1300), end[1], fill="black", font=f)
    d.text((760, 1356), issued, fill="black", font=f)
    page.save(path)
    return path


def test_an_end_date_with_a_lost_character_is_settled_by_the_issue_date_under_it(engine, tmp_path) -> None:
    out = read_file(licence(tmp_path / "lost.png", ("2028年08", "15日"), "2023年08月16日"))
    assert out["kind"] == "food_business_license"
    # main: blank (the issue date, joined to it as its wrap, hid the cross-check)
    assert out["fields"]["valid_to"]["value"] == "2028-08-15"


def test_an_end_date_that_is_not_five_years_on_stays_blank(engine, tmp_path) -> None:
    # a licence changed since its grant: the date under the end is the change's, not the term's start
    out = read_file(licence(tmp_path / "changed.png", ("2027年08", "15日"), "2023年08月16日"))
    assert out["kind"] == "food_business_license"
    assert out["fields"]["valid_to"]["value"] == ""  # (blank on main too: no issue date taken for it)


def test_a_whole_end_date_over_the_issue_date_is_read(engine, tmp_path) -> None:
    out = read_file(licence(tmp_path / "whole.png", ("2026年07月29日", ""), "2021年07月30日"))
    assert out["fields"]["valid_to"]["value"] == "2026-07-29"
    out = read_file(licence(tmp_path / "changed.png", ("2027年03月02日", ""), "2023年08月16日"))
    assert out["fields"]["valid_to"]["value"] == "2027-03-02"
