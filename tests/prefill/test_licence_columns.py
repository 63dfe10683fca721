"""Licence fields lost on the newest development families (session 16), rebuilt on our own pages
drawn with Pillow (system CJK faces) and read by `app.services.prefill.ocr_files` — the function
behind `zongchuang ocr --json` — so decode, flatten, OCR, classify and extract all run.

- A two-column 正本 (the 2019 form) whose 住所 label lost its first character under a pen stroke:
  the lone `所` at the second label column's right edge is the label, though the first column's
  `经营范围` stands on the same row left of it (another column's label, not a stray mark in this
  label's cell).
- A long label read without one of its middle characters (`成立期`, 日 faded): the other characters
  in order from the box's start are that label.
- A 经营范围 row whose last character (a thin, faded `二` of 二手车) the detector boxed and the
  recogniser did not read: the joined rows made a plausible scope without it, a wrong pre-fill.
- A reflection between two columns, right after scope rows that end at the column's edge where the
  scope's other rows end, hides nothing of them (no `glare after a row`).
- A doubtful mark read after a whole date's 日 (`…20日1`) is no doubt in the date.
- An address's number settles a doubt its print explains: a dash between digits (never a decimal
  point), a 1 (never an I) where a number stands.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from app.services.prefill import ocr_files
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.test_licence_rows import SCOPE, licence, line, scope_rows
from tests.prefill.test_licence_rows import read as read_lines

SIZE = 30
PITCH = 52


def licence_head(d: ImageDraw.ImageDraw, code: str = "91150724MA0N8Q2X3C", title_x: int = 560) -> None:
    """The 正本's head on a drawn page: the title, and the credit code under its heading top left."""
    d.text((title_x, 90), "营业执照", font=cjk_font(100, SERIF), fill="black")
    small = cjk_font(26)
    d.text((90, 120), "统一社会信用代码", font=small, fill="black")
    d.text((90, 155), code, font=small, fill="black")


def two_columns(left: list[tuple[str, list]], right: list[tuple[str, list]], path: Path, *,
                cover_first: str = "", faint: tuple[str, int] = ("", -1)) -> Path:
    """A landscape 正本 of the 2019 form: title, credit code, two columns of labelled rows, each
    label justified across a four-character cell. `cover_first`: the label whose first character a
    blue ball-pen scribble covers; `faint`: a label and the index of its character printed so faint
    (a toner streak) that the recogniser drops it."""
    img = Image.new("RGB", (1500, 1060), (250, 250, 246))
    d = ImageDraw.Draw(img)
    licence_head(d)
    font = cjk_font(SIZE)
    for x_label, x_value, rows in ((90, 260, left), (800, 970, right)):
        y = 300
        for label, values in rows:
            step = (4 - 1) * SIZE / (len(label) - 1) if len(label) < 4 else SIZE
            for k, ch in enumerate(label):
                grey = 236 if (label, k) == faint else 0
                d.text((x_label + k * step, y), ch, font=font, fill=(grey, grey, grey))
            if label == cover_first:
                for k in range(7):  # a scribble over the first character, darker than the print's grey
                    d.line((x_label - 6, y + 4 + 4 * k, x_label + SIZE + 6, y + 2 + 4 * k + (6 if k % 2 else -4)),
                           fill=(25, 35, 120), width=5)
            for value in values:  # a row: its text, or its parts as (text, grey)
                x = x_value
                for part in ([value] if isinstance(value, str) else value):
                    text, grey = (part, 0) if isinstance(part, str) else part
                    d.text((x, y), text, font=font, fill=(grey, grey, grey))
                    x += int(d.textlength(text, font=font))
                y += PITCH
            y += 14
    d.text((880, 900), "登记机关", font=font, fill="black")
    d.text((1040, 960), "2022年05月26日", font=font, fill="black")
    img.save(path)
    return path


def read(path: Path) -> dict[str, dict[str, object]]:
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == "business_license", results
    return results[0]["fields"]


ADDRESS = ["内蒙古自治区呼伦贝尔市鄂温克族", "自治旗锦绣苑商业街9栋114号商铺"]
LEFT = [("名称", ["呼伦贝尔市禾苗餐饮管理有限公司"]), ("类型", ["其他有限责任公司"]), ("法定代表人", ["陈兰梅"]),
        ("经营范围", ["一般项目:技术服务、技术开发、技术", "咨询;建筑材料销售;广告设计、代理。",
                   "(除依法须经批准的项目外,凭营业执照", "依法自主开展经营活动)"])]
RIGHT = [("注册资本", ["人民币叁佰万元整"]), ("成立日期", ["2005年04月10日"]),
         ("营业期限", ["2005年04月10日至2035年04月09日"]), ("住所", ADDRESS)]


def test_a_second_column_label_that_lost_its_first_character_beside_the_first_columns_label(engine, tmp_path) -> None:
    got = read(two_columns(LEFT, RIGHT, tmp_path / "pen.png", cover_first="住所"))
    assert got["address"]["value"] == "".join(ADDRESS), got["address"]


def test_a_label_read_without_its_faint_middle_character_is_still_the_label(engine, tmp_path) -> None:
    # `成立期`: a toner streak took 日 — the recogniser reads the label's other three in order
    got = read(two_columns(LEFT, RIGHT, tmp_path / "faint.png", faint=("成立日期", 2)))
    assert got["established_date"]["value"] == "2005-04-10", got["established_date"]


def test_a_scope_row_whose_last_character_was_boxed_but_not_read_is_not_prefilled(engine, tmp_path) -> None:
    # `…洗车服务；二` + `手车经纪…`: the thin 二 at the row's end, faded, is in the detector's box but
    # not read; joined, the rows would make a plausible scope without it (a wrong pre-fill)
    left = [*LEFT[:3], ("经营范围", [["一般项目:机动车修理;洗车服务;", ("二", 235)], "手车经纪;汽车零配件零售。(除依",
                                  "法须经批准的项目外,凭营业执照依", "法自主开展经营活动)"])]
    got = read(two_columns(left, RIGHT[:3], tmp_path / "er.png"))["business_scope"]
    assert got["value"] in ("", "一般项目:机动车修理;洗车服务;二手车经纪;汽车零配件零售。(除依法须经批准的项目外,"
                                "凭营业执照依法自主开展经营活动)"), got


def test_a_scope_character_torn_between_two_words_is_not_prefilled() -> None:
    # (as the recogniser hands a fax page's row over: `摄影扩印` read with 扩 at 0.78 and 护 at 0.20 —
    # either makes a plausible item; a long scope's line score hides the one doubt)
    i = ROW1_TORN
    got = read_lines(licence(scope_rows(d1={i: (0.78, "护", 0.2)})))["business_scope"]
    assert got["value"] == "" and got["reason"] == "doubtful_character", got
    # a doubt the recogniser settles (3:1 odds and better), or one between two punctuation marks that
    # the scope's grammar settles, is no such doubt
    assert read_lines(licence(scope_rows(d1={i: (0.78, "护", 0.1)})))["business_scope"]["value"] == SCOPE
    assert read_lines(licence(scope_rows(d1={ROW1_SEP: (0.6, ":", 0.4)})))["business_scope"]["value"] == SCOPE


ROW1_TORN = "一般项目:文化艺术交流活动策划;组织文化艺术交流活动;摄影扩".index("扩")
ROW1_SEP = "一般项目:文化艺术交流活动策划;".index(";", 6)


def test_an_address_numbers_print_settles_a_dash_or_a_one_the_recogniser_doubted() -> None:
    # (as the recogniser hands a copy's row over: `79-9号` with its dash at 0.71 against `.`, `1栋` with
    # its 1 at 0.51 against `I`) — an address's number has no decimal point, and a 1 after a street
    # or before 号 is the digit; the same doubt elsewhere still makes the address doubtful
    def address(text: str, doubt: dict) -> dict:
        lines = [ln for ln in licence(scope_rows()) if not ln.text.startswith("上海市")]
        row = line(text, 226, 744, 226 + 20 * len(text), 764, chars=doubt)
        return read_lines([*lines, row])["address"]

    text = "上海市闵行区莘庄工业区春东路79-9号"
    assert address(text, {text.index("-"): (0.71, ".", 0.28)})["value"] == text
    text = "上海市闵行区莘庄工业区商业街1栋120号商铺"
    assert address(text, {text.index("1"): (0.51, "I", 0.48)})["value"] == text
    # (an address whose end is whole: one ending at `1单元` is judged by its grammar too, CHAR_DOUBT_GRAMMAR)
    text = "上海市闵行区莘庄工业区春东路79号1单元302室"
    got = address(text, {text.index("单"): (0.6, "学", 0.3)})
    assert got["value"] == "" and got["reason"] == "doubtful_character", got


def food_page(path: Path, items: list[str]) -> Path:
    """A 食品经营许可证 副本 drawn as a table: labels at the left, values in a column; the 经营项目 cell
    centres its label on the list's rows (two rows: nearly level with the second)."""
    img = Image.new("RGB", (1240, 1300), (252, 252, 250))
    d = ImageDraw.Draw(img)
    d.text((620, 110), "食品经营许可证", font=cjk_font(72, SERIF), fill="black", anchor="mm")
    f = cjk_font(28, SERIF)
    y = 230
    for label, value in (("经营者名称", "青岛市黄岛区立德面馆"), ("社会信用代码", "92370211MA3C4L5X7Q"),
                         ("法定代表人", "严敏建"), ("住所", "山东省青岛市黄岛区学府路67号16楼23室"),
                         ("经营场所", "山东省青岛市黄岛区学府路67号16楼23室"), ("主体业态", "单位食堂（机关企事业单位食堂）")):
        d.text((110, y), label, font=f, fill="black")
        d.text((400, y), value, font=f, fill="black")
        y += 58
    for k, row in enumerate(items):
        d.text((400, y + 38 * k), row, font=f, fill="black")
    d.text((110, y + 30 * (len(items) - 1)), "经营项目", font=f, fill="black")
    y += 38 * len(items) + 30
    d.text((110, y), "许可证编号", font=f, fill="black")
    d.text((400, y), "JY23702110090797", font=f, fill="black")
    d.text((110, y + 58), "有效期至", font=f, fill="black")
    d.text((400, y + 58), "2027年02月25日", font=f, fill="black")
    img.save(path)
    return path


def test_an_item_list_whose_first_row_wraps_inside_an_item_above_its_centred_label(engine, tmp_path) -> None:
    # the list's first row stands above its centred label and wraps inside its last item (`…散装食品`
    # over `（不含冷藏冷冻食品）销售`): it is the list's first row, no wrap of the 主体业态 above it
    rows = ["婴幼儿配方乳粉销售，自制饮品制售，保健食品销售，散装食品", "（不含冷藏冷冻食品）销售"]
    results, failures = ocr_files([food_page(tmp_path / "food.png", rows)])
    assert not failures and results[0]["kind"] == "food_business_license", results
    got = results[0]["fields"]
    assert got["business_form"]["value"] == "单位食堂(机关企事业单位食堂)", got["business_form"]
    assert got["business_items"]["value"] == "婴幼儿配方乳粉销售,自制饮品制售,保健食品销售,散装食品(不含冷藏冷冻食品)销售", \
        got["business_items"]


def test_a_standard_sentences_comma_read_as_a_full_point_is_the_sentences_comma() -> None:
    # (as the recogniser hands a fax page's row over: `(除依法须经批准的项目外.凭营业执照…)`, the
    # comma's tail lost in the fax's 1-bit print) — the registrar's sentence is printed verbatim
    from tests.prefill.test_licence_rows import ROW3

    assert "," in ROW3
    got = read_lines(licence(scope_rows(r3=ROW3.replace(",", "."))))["business_scope"]
    assert got["value"] == SCOPE, got
    # a sentence read with another character the recogniser was sure of stays a misread
    got = read_lines(licence(scope_rows(r3=ROW3.replace("批准", "批淮"))))["business_scope"]
    assert got["value"] == "", got


def test_a_reflection_beyond_full_scope_rows_is_no_glare_over_them() -> None:
    # an acrylic partition's reflection between a 正本's two columns, right after some rows of a long
    # scope that end where its other rows end (the column's edge): nothing of them is hidden; a
    # band of glare after every row (nothing shows where the column ends) still is
    import numpy as np

    from app.prefill.extract import extract
    from app.prefill.layout import to_lines
    from app.prefill.reader import distrust_glare

    text = ("一般项目:技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广;农产品的生产、销售、加工、运输、贮藏及其他相关服"
            "务;会议及展览服务;普通货物仓储服务(不含危险化学品等需许可审批的项目)。(除依法须经批准的项目外,凭营业执照依法自主开展"
            "经营活动)")
    cut = [0, 24, 48, 72, 96, 120, len(text)]
    rows = [line(text[a:b], 185, 526 + 30 * k, 185 + 26 * (b - a) if k == 5 else 809, 550 + 30 * k)
            for k, (a, b) in enumerate(zip(cut, cut[1:], strict=False))]
    lines = [*[ln for ln in licence([]) if not ln.text.startswith(("注册资本", "800万", "成立", "2011", "营业期限", "住所",
                                                                   "上海市"))], *rows]
    page = np.full((1300, 1000, 3), 226, np.uint8)
    for ln in lines:  # dark strokes where the text is
        x1, y1, x2, y2 = (int(v) for v in ln.bbox)
        page[y1 + 6:y2 - 6, x1:x2:6] = 30
    ex = extract(to_lines(lines))
    assert ex.fields["business_scope"].public()["value"] == text
    glared = page.copy()
    glared[520:610, 815:990] = 255  # beyond the first three rows, which end at the column's edge
    distrust_glare(ex, to_lines(lines), glared)
    assert not ex.fields["business_scope"].flagged
    glared[520:720, 815:990] = 255  # beyond every row
    distrust_glare(ex, to_lines(lines), glared)
    assert ex.fields["business_scope"].flagged and ex.fields["business_scope"].note == "glare after a row"


def test_a_doubtful_mark_after_a_whole_dates_ri_is_no_doubt_in_the_date() -> None:
    # (as the recogniser hands a fax page's row over: `2011年09月01日1`, the 日's last stroke read
    # again as `1` at 0.67) — the date ends at its 日; a doubt inside it still counts
    def date(text: str, doubt: dict) -> dict:
        lines = [ln for ln in licence(scope_rows()) if ln.text != "2011年09月01日"]
        return read_lines([*lines, line(text, 182, 660, 182 + 16 * len(text), 687, chars=doubt)])["established_date"]

    assert date("2011年09月01日1", {11: (0.67, "日", 0.3)})["value"] == "2011-09-01"
    got = date("2011年09月01日1", {9: (0.67, "8", 0.3)})
    assert got["value"] == "" and got["reason"] == "doubtful_character", got
