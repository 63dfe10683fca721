"""Session 32 (zsfax): family ZS's faxes, copies and shaken photos — three rules, each on pages drawn here and read
through `ocr_files` (the function behind `zongchuang ocr --json`), each failing with its rule off as main is.

- `kinds.REPEAT_NO_TITLE`: a licence's guilloche border read as one character over and over (ZS zs_0054, a fax:
  `人人人人人`, 120 px high against 36 px rows) stood as another document's title (`_foreign_title`), and the
  licence under it — its title off the page, its code, 名称, 类型, 法定代表人 read at 1.00 — was `other`.
- `extract.HEALTH_TERM_SEP`: a 卫生许可证's term whose `至` was misread (zs_0040, a fax: `自2021年01月20压2025年01月19日`)
  was no term; taken when the two dates are the permit's four years apart.
- `kinds.ONE_APART`: two printings of one address (住所, 经营场所) one place apart, one of them read with a weak
  character, is a misreading (zs_0028, a shaken photo: `古塘路` pre-filled for 古墩路 beside a doubtful `古朝路`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import read_file

CODE = "9133021221K8FUNAH1"  # (a valid 统一社会信用代码)


def _untitled_licence(path: Path, band: str) -> Path:
    """A 营业执照 whose title is off the page (a fax cut at its line's width) and whose top border reads as
    `band` printed large across it."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    if band:
        d.text((120, 60), band, font=cjk_font(110, SERIF), fill=(90, 90, 90))
    small, f = cjk_font(30), cjk_font(34, SERIF)
    d.text((160, 330), "统一社会信用代码", font=small, fill="black")
    d.text((160, 372), CODE, font=small, fill="black")
    y = 620
    for label, value in (("名      称", "宁波弘毅文化传媒有限公司"), ("类      型", "其他有限责任公司"), ("法定代表人", "龙斌国"),
                         ("经营范围", "组织文化艺术交流活动；广告设计、代理；广告制作")):
        d.text((180, y), label, font=f, fill="black")
        d.text((420, y), value, font=f, fill="black")
        y += 90
    page.save(path)
    return path


def test_a_border_read_as_one_character_over_and_over_is_no_title(engine, tmp_path, monkeypatch) -> None:
    from app.prefill import extract, kinds  # noqa: F401 (extract first: it registers the kinds)

    path = _untitled_licence(tmp_path / "untitled.png", "人人人人人人")
    on = read_file(path)
    monkeypatch.setattr(kinds, "REPEAT_NO_TITLE", False)
    off = read_file(path)
    assert off["kind"] == "other"  # (main: the band stood as another document's title)
    assert on["kind"] == "business_license"
    f = on["fields"]
    assert f["credit_code"]["value"] == CODE
    assert f["name"]["value"] == "宁波弘毅文化传媒有限公司"
    assert f["legal_representative"]["value"] == "龙斌国"


def test_a_title_of_several_characters_still_makes_the_page_another_document(monkeypatch) -> None:
    from app.prefill import extract, kinds  # noqa: F401 (extract first: it registers the kinds)
    from app.prefill.layout import Line

    def line(text: str, y: float, h: float) -> Line:
        return Line(text, 0.99, 100, y, 100 + h * len(text), y + h, 0)

    rows = [line("人人人人人", 60, 110), line("统一社会信用代码", 330, 34), line("名称宁波弘毅文化传媒有限公司", 620, 34),
            line("类型其他有限责任公司", 710, 34), line("法定代表人龙斌国", 800, 34)]
    assert not kinds._foreign_title(rows, 34.0)
    rows[0] = line("房屋租赁合同", 60, 110)  # (a word title: the page is that document)
    assert kinds._foreign_title(rows, 34.0)


def _health(path: Path, sep: str, end: str = "2025年01月19日") -> Path:
    """A 卫生许可证 faxed (thresholded to 1 bit): its term's separator printed as `sep` — the glyph a
    fax's threshold made of `日至` run together (ZS zs_0040 read it 压)."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    d.text((620, 200), "卫生许可证", fill="black", font=cjk_font(80, SERIF), anchor="mm")
    f = cjk_font(34, SERIF)
    d.text((150, 300), "豫卫公字（2021）第411627847933号", font=f, fill="black")
    y = 420
    for label, value in (("单位名称", "太康博远浴室有限公司"), ("法定代表人（负责人）", "姜龙"),
                         ("地址", "河南省周口市太康县常营镇王庄村3组15号"), ("许可项目", "沐浴"),
                         ("有效期限", f"自2021年01月20日{sep}{end}")):
        d.text((150, y), label, font=f, fill="black")
        d.text((150 + f.getlength(label) + 30, y), value, font=f, fill="black")
        y += 80
    d.text((760, 1450), "发证机关", font=f, fill="black")
    grey = np.array(page.convert("L"))
    Image.fromarray(np.where(grey < 150, 0, 255).astype(np.uint8)).convert("1").save(path, dpi=(200, 200))
    return path


def test_a_terms_misread_separator_is_vouched_for_by_its_four_years(engine, tmp_path, monkeypatch) -> None:
    from app.prefill import extract

    path = _health(tmp_path / "health.tif", "压")
    on = read_file(path)
    monkeypatch.setattr(extract, "HEALTH_TERM_SEP", False)
    off = read_file(path)
    assert off["fields"]["valid_from"]["value"] == off["fields"]["valid_to"]["value"] == ""  # (main: no term)
    assert on["kind"] == "public_health_license"
    assert on["fields"]["valid_from"]["value"] == "2021-01-20"
    assert on["fields"]["valid_to"]["value"] == "2025-01-19"


def test_a_misread_separator_without_the_four_years_stays_blank() -> None:
    from app.prefill import extract

    assert extract._health_term_sep("自2021年01月20压2025年01月19日") == ("2021-01-20", "2025-01-19")
    assert extract._health_term_sep("自2021年01月20日压2025年01月20日") == ("2021-01-20", "2025-01-20")
    assert extract._health_term_sep("自2021年01月20压2025年01月18日") == (None, None)  # (a day misread)
    assert extract._health_term_sep("自2021年01月20压2026年01月19日") == (None, None)  # (five years)
    assert extract._health_term_sep("自2021年01月2052025年01月19日") == (None, None)  # (a digit between: no separator)


ADDRESS = "浙江省杭州市西湖区古墩路468号9幢812室"


def _food(path: Path, torn_premises: float) -> Path:
    """A 食品经营许可证 printing one address as 住所 and 经营场所; the 墩 of 住所 torn (paper over its left
    half) and that of 经营场所 over a quarter of its width from `torn_premises` — as a shaken or faxed
    page blurs one character of each printing differently."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    d.text((620, 200), "食品经营许可证", fill="black", font=cjk_font(72, SERIF), anchor="mm")
    f = cjk_font(30, SERIF)
    cells = {}
    y = 330
    for label, value in (("经营者名称", "杭州启航面包坊有限公司"), ("社会信用代码", "9133010671GYYC75WL"), ("法定代表人", "叶刚成"),
                         ("住所", ADDRESS), ("经营场所", ADDRESS), ("主体业态", "餐饮服务经营者（糕点店）"),
                         ("经营项目", "热食类食品制售"), ("许可证编号", "JY23301067017428"), ("有效期至", "2030年08月17日")):
        d.text((110, y), label, font=f, fill="black")
        d.text((360, y), value, font=f, fill="black")
        x = 360 + f.getlength(ADDRESS[:ADDRESS.index("墩")])
        cells[label] = (int(x), y, int(x + f.getlength("墩")), y + 40)
        y += 62
    a = np.array(page)
    x1, y1, x2, y2 = cells["住所"]
    a[y1:y2, x1:int(x1 + 0.5 * (x2 - x1))] = 255
    x1, y1, x2, y2 = cells["经营场所"]
    a[y1:y2, int(x1 + torn_premises * (x2 - x1)):int(x1 + (torn_premises + 0.25) * (x2 - x1))] = 255
    Image.fromarray(a).save(path)
    return path


def test_two_printings_of_an_address_one_place_apart_are_not_prefilled(engine, tmp_path, monkeypatch) -> None:
    from app.prefill import extract, kinds  # noqa: F401 (extract first: it registers the kinds)

    path = _food(tmp_path / "food.png", 0.7)
    on = read_file(path)["fields"]
    monkeypatch.setattr(kinds, "ONE_APART", 0)
    off = read_file(path)["fields"]
    assert off["premises_address"]["value"] not in ("", ADDRESS)  # (main: a wrong address pre-filled)
    assert on["premises_address"]["value"] == ""
    assert on["address"]["value"] == ""  # (torn: in doubt either way)
    assert on["name"]["value"] == off["name"]["value"]


def test_a_printing_read_surely_keeps_its_value(engine, tmp_path) -> None:
    # the 经营场所's 墩 lightly torn is read surely and right: the 住所's doubt says nothing against it
    out = read_file(_food(tmp_path / "food.png", 0.5))["fields"]
    assert out["premises_address"]["value"] == ADDRESS
    assert out["address"]["value"] == ""


def test_one_place_apart() -> None:
    from app.prefill import extract, kinds  # noqa: F401 (extract first: it registers the kinds)

    assert kinds._one_place_apart(ADDRESS, ADDRESS.replace("墩", "塘"))
    assert kinds._one_place_apart(ADDRESS, ADDRESS.replace("墩", ""))
    assert not kinds._one_place_apart(ADDRESS, ADDRESS.replace("468", "469"))  # (a digit: another door)
    assert not kinds._one_place_apart(ADDRESS, ADDRESS.replace("古墩", "文一"))
    assert not kinds._one_place_apart(ADDRESS, ADDRESS)


FRONT_NUMBER = "620102197406265101"  # (GB 11643: born 1974-06-26, female)


def _washed_front() -> np.ndarray:
    """A card front copied twice: the light-blue labels washed toward the paper, 姓名's 姓 gone with the
    copier's threshold (ZS zs_0119: `名卢芳` read over `性别女`)."""
    img = Image.new("RGB", (1000, 640), (240, 240, 240))
    d = ImageDraw.Draw(img)
    lab, val = cjk_font(30), cjk_font(38)
    ink = (110, 110, 110)
    d.text((40 + lab.getlength("姓"), 86), "名", font=lab, fill=ink)
    for label, y in (("性别", 160), ("出生", 240), ("住址", 320)):
        d.text((40, y + 6), label, font=lab, fill=ink)
    d.text((440, 166), "民族", font=lab, fill=ink)
    for value, x, y in (("孟雅阳", 124, 80), ("女", 124, 160), ("汉", 540, 160), ("1974年6月26日", 124, 240),
                        ("甘肃省兰州市城关区迎宾大道", 124, 320), ("814号书香名邸32号楼", 124, 372)):
        d.text((x, y), value, font=val, fill=(25, 25, 25))
    d.text((40, 512), "公民身份号码", font=lab, fill=ink)
    d.text((300, 506), FRONT_NUMBER, font=cjk_font(40), fill=(25, 25, 25))
    return np.array(img)[:, :, ::-1].copy()


def test_a_name_row_whose_label_lost_its_first_character(engine, monkeypatch) -> None:
    from app.prefill import extract
    from app.prefill.reader import read_page

    img = _washed_front()
    on = read_page(img, engine).extraction.public_fields()
    monkeypatch.setattr(extract, "NAME_LABEL_HEAD_LOST", False)
    off = read_page(img, engine).extraction.public_fields()
    assert off["name"]["value"] == ""  # (main: label_not_found)
    assert on["name"]["value"] == "孟雅阳"
    assert on["id_number"]["value"] == FRONT_NUMBER
