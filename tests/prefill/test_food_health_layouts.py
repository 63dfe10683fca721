"""食品经营许可证 and 卫生许可证 failure cases seen on photographed permits (issue 15, session 8), on
Pillow-drawn pages read through the CLI's service (`app.services.prefill.ocr_files`, the function
behind `zongchuang ocr --json`): decode, flatten, OCR, classify and extract all run.

- The 2015 食品经营许可证 sets its label column for `社会信用代码(身份证号码)`: the two-character
  labels justified across it (`住　　　　　所`) have their characters ten line heights apart.
- A page titled 食品经营许可证 shares 统一社会信用代码, 法定代表人, 住所, 经营场所 with a 营业执照:
  when its own labels 主体业态 and 经营项目 were not read, the shared ones made the two kinds tie.
- A title with its last character under a finger (`食品经营许可`) is still the page's title.
- 许可项目 printed as a kind of premises with its narrower kind in brackets (`商场（超市）`), or by the
  premises' trade (`健身房`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import read_file as read
from tests.prefill.pages import recognised as line

COLUMN = 360  # the label column's width (px) at 28 px characters: `社会信用代码(身份证号码)` nearly fills it


def draw_justified(path: Path, title: str, rows: list[tuple[str, str]], *, size: int = 28,
                   hide_title_end: bool = False, column: int = COLUMN) -> Path:
    """A portrait permit whose labels of up to five characters are justified across the label
    column (first character at its left edge, last at its right), longer ones set as they are."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    big, f = cjk_font(2 * size + 12, SERIF), cjk_font(size, SERIF)
    d.text((620, 200), title, fill="black", font=big, anchor="mm")
    if hide_title_end:  # a finger over the title's last character
        right = 620 + d.textlength(title, font=big) / 2
        d.ellipse((right - 2.2 * size, 130, right + 1.0 * size, 330), fill=(214, 160, 120))
    x0, y = 110, 330
    for label, value in rows:
        if len(label) <= 5:
            step = (column - size) / (len(label) - 1)
            for k, ch in enumerate(label):
                d.text((x0 + k * step, y), ch, fill="black", font=f)
        else:
            d.text((x0, y), label, fill="black", font=f)
        d.text((x0 + column + 50, y), value, fill="black", font=f)
        y += 62
    d.text((760, 1450), "发证机关：", fill="black", font=f)
    d.text((760, 1520), "2021年11月24日", fill="black", font=f)
    page.save(path)
    return path


FOOD_2015 = [("经营者名称", "济南市历下区青禾烘焙店"), ("社会信用代码(身份证号码)", "92370102MA3C4L5X7Q"),
             ("法定代表人(负责人)", "江秀诗"), ("住所", "山东省济南市历下区经十路326号"),
             ("经营场所", "山东省济南市历下区解放路971号"), ("主体业态", "食品销售经营者(便利店)"),
             ("经营项目", "预包装食品销售"), ("许可证编号", "JY13701020061057"), ("有效期至", "2026年01月18日")]


def test_food_two_character_labels_justified_across_a_long_label_column(engine, tmp_path) -> None:
    # `住` and `所` sat further apart than a label's characters were looked for: 住所 not found
    out = read(draw_justified(tmp_path / "food2015.png", "食品经营许可证", FOOD_2015))
    assert out["kind"] == "food_business_license"
    f = out["fields"]
    assert f["address"]["value"] == "山东省济南市历下区经十路326号"
    assert f["premises_address"]["value"] == "山东省济南市历下区解放路971号"


SHARED = [("经营者名称", "济南市历下区青禾烘焙店"), ("统一社会信用代码", "92370102MA3C4L5X7Q"),
          ("法定代表人(负责人)", "江秀诗"), ("住所", "山东省济南市历下区经十路326号"),
          ("经营场所", "山东省济南市历下区解放路971号"), ("有效期至", "2026年01月18日")]


def test_food_title_decides_against_the_labels_it_shares_with_a_business_licence(engine, tmp_path) -> None:
    # 主体业态, 经营项目 and 许可证编号 not read (a fold over them): 统一社会信用代码, 法定代表人, 经营者,
    # 住所 and 经营场所 counted for a 营业执照 as much as the title did for the 食品经营许可证 → `other`
    out = read(draw_justified(tmp_path / "shared.png", "食品经营许可证", SHARED, column=260))
    assert out["kind"] == "food_business_license"
    assert out["fields"]["address"]["value"] == "山东省济南市历下区经十路326号"


def test_food_title_with_its_last_character_under_a_finger(engine, tmp_path) -> None:
    out = read(draw_justified(tmp_path / "finger.png", "食品经营许可证", SHARED, hide_title_end=True, column=260))
    assert out["kind"] == "food_business_license"
    assert out["fields"]["name"]["value"] == "济南市历下区青禾烘焙店"


def test_an_application_form_titled_after_the_licence_stays_other(engine, tmp_path) -> None:
    # the title rule counts a title on a line of its own: `食品经营许可证申请书` is another document
    out = read(draw_justified(tmp_path / "form.png", "食品经营许可证申请书", SHARED, column=260))
    assert out["kind"] == "other"


HEALTH = [("单位名称", "上海嘉禾健身服务有限公司"), ("法定代表人", "胡一英"), ("地址", "上海市徐汇区漕溪北路618号"),
          ("许可项目", ""), ("有效期限", "自2021年12月02日起至2025年12月01日止")]


def test_health_items_with_a_narrower_kind_in_brackets_or_named_by_trade(engine, tmp_path) -> None:
    # `商场（超市）` and `健身房` are kinds of premises certificates print: they were blanked as
    # `vocabulary` (not in the list)
    for items in ("商场（超市）", "健身房"):
        rows = [(lab, items if lab == "许可项目" else v) for lab, v in HEALTH]
        out = read(draw_justified(tmp_path / "health.png", "卫生许可证", rows, column=200))
        assert out["kind"] == "public_health_license"
        assert out["fields"]["license_items"]["value"] == items.replace("（", "(").replace("）", ")")


def test_a_health_name_that_lost_its_last_character_is_not_prefilled(engine, tmp_path) -> None:
    # the row's end cut by the frame or washed out (`…服务有限公`, 司 gone): a holder's name ends
    # with its organisational form, one that ends otherwise was pre-filled cut short
    rows = [(lab, "商场（超市）" if lab == "许可项目" else v) for lab, v in HEALTH]
    path = draw_justified(tmp_path / "cut.png", "卫生许可证", rows, column=200)
    page = Image.open(path)
    x_last = 110 + 200 + 50 + 28 * (len(HEALTH[0][1]) - 1)  # the last character of the name's row
    ImageDraw.Draw(page).rectangle((x_last - 2, 320, x_last + 40, 372), fill="white")
    page.save(path)
    out = read(path)
    assert out["kind"] == "public_health_license"
    f = out["fields"]["name"]
    assert f["value"] == "" and f["reason"] == "vocabulary", f
    assert out["fields"]["address"]["value"] == "上海市徐汇区漕溪北路618号"


def test_health_address_labelled_by_its_unit_and_a_term_printed_by_its_end(engine, tmp_path) -> None:
    # forms that label the address `单位地址` / `营业地址` and print the term as `有效期至 <date>`: the
    # address was `value_not_found` (only `地址` was a label) and the end date was not read
    for address_label in ("单位地址", "营业地址"):
        rows = [("单位名称", "上海嘉禾健身服务有限公司"), ("法定代表人", "胡一英"), (address_label, "上海市徐汇区漕溪北路618号"),
                ("许可项目", "健身房"), ("有效期至", "2025年12月01日")]
        out = read(draw_justified(tmp_path / "end.png", "卫生许可证", rows, column=200))
        assert out["kind"] == "public_health_license"
        f = out["fields"]
        assert f["address"]["value"] == "上海市徐汇区漕溪北路618号", (address_label, f["address"])
        assert f["valid_to"]["value"] == "2025-12-01", f["valid_to"]
        assert f["valid_from"]["value"] == "" and f["valid_from"]["reason"]


def test_a_lone_date_after_the_term_label_is_not_taken_for_its_end() -> None:
    # `有效期限：2022年07月25日` and nothing after it (the row's end under a glare or off the frame):
    # the date may be the term's start — no valid_to, and no valid_from taken as a whole term
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = _health_name_lines("白城市锦程宾馆", {})
    k = next(i for i, ln in enumerate(lines) if ln.text.startswith("自2022"))
    old = lines[k]
    lines[k] = type(old)("2022年07月25日", 0.97, old.quad, False, tuple((0.999, "", 0.0) for _ in range(11)))
    f = extract(to_lines(lines)).fields
    assert f["valid_to"].public()["value"] == "" and f["valid_from"].public()["value"] == ""


def _health_name_lines(name: str, doubt: dict) -> list:

    out = [line("卫生许可证", 300, 100, 600, 150), line("吉卫公字(2022)第220702417366号", 250, 180, 850, 210)]
    rows = [("单位名称", name, doubt), ("法定代表人", "罗梓萱", {}), ("地址", "吉林省白城市洮北区长庆南街970号", {}),
            ("许可项目", "住宿", {}), ("有效期限", "自2022年07月25日至2026年07月24日", {})]
    for k, (lab, val, d) in enumerate(rows):
        y = 260 + 50 * k
        out += [line(lab, 100, y, 100 + 30 * len(lab), y + 30), line(val, 420, y, 420 + 30 * len(val), y + 30, d)]
    return out


def test_a_registered_name_with_two_weak_characters_is_not_prefilled() -> None:
    # 御膳坊 read 御唐坊: 御 at 0.88, 唐 at 0.82 with 膳 at 0.11 — neither torn by the odds test
    # alone, together a guess at a word (a wrong pre-fill on a scan-app page)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    name = "白城御唐坊快捷酒店有限公司"
    two = {2: (0.88, "徇", 0.07), 3: (0.82, "膳", 0.107)}
    f = extract(to_lines(_health_name_lines(name, two))).fields["name"]
    assert f.public()["value"] == "" and f.reason == "doubtful_character"
    one = {3: (0.82, "膳", 0.107)}  # one weak character with long odds: the name stands
    assert extract(to_lines(_health_name_lines(name, one))).fields["name"].public()["value"] == name


def test_a_transliterated_name_whose_dot_shares_its_frames_with_the_blank() -> None:
    # 热合曼·买买提: the thin `·` at 0.84, its runner-up `：` at 0.002 (the rest is the recogniser's
    # blank) — between two characters of a name only the dot stands; the name was blanked as
    # `doubtful_character`. A real rival for the dot (`热合曼一买买提`, 一 second at 0.3) still is a doubt.
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = _health_name_lines("北京嘉诚文化传媒股份有限公司", {})
    rep = next(k for k, ln in enumerate(lines) if ln.text == "罗梓萱")
    old = lines[rep]
    for doubt, want in (((0.84, "：", 0.002), "热合曼·买买提"), ((0.6, "一", 0.3), "")):
        chars = tuple(doubt if i == 3 else (0.999, "", 0.0) for i in range(7))
        lines[rep] = type(old)("热合曼·买买提", 0.97, old.quad, False, chars)
        f = extract(to_lines(lines)).fields["legal_representative"]
        assert f.public()["value"] == want, (doubt, f)


def test_a_justified_label_whose_last_character_the_detector_skipped() -> None:
    # `主体业` (态 not boxed: the last character of a justified label, far right of the others): the
    # 主体业态 was `label_not_found`, and its value was read as the 经营场所's wrapped row
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    rows = [("经营者名称", "天山区长风手机维修部"), ("统一社会信用代码", "926501028338663355"),
            ("法定代表人(负责人)", "高天佑"), ("经营场所", "新疆维吾尔自治区乌鲁木齐市天山区延安路203号8层12室"),
            ("主体业", "食品销售经营者(便利店)"), ("经营项目", "预包装食品销售(含冷藏冷冻食品)"),
            ("许可证编号", "JY16501027804936")]
    for split in (False, True):  # one box `主体业`, or `主` `体` `业` boxed one by one
        out = [line("食品经营许可证", 460, 100, 930, 165)]
        for k, (lab, val) in enumerate(rows):
            y = 240 + 40 * k
            if split and lab == "主体业":
                out += [line(ch, 110 + 67 * i, y, 135 + 67 * i, y + 25) for i, ch in enumerate(lab)]
            else:
                out.append(line(lab, 110, y, 110 + min(200, 25 * len(lab)), y + 25))
            out.append(line(val, 321, y, 321 + 18 * len(val), y + 25))
        f = extract(to_lines(out)).fields
        assert f["business_form"].public()["value"] == "食品销售经营者(便利店)", split
        assert f["premises_address"].public()["value"] == "新疆维吾尔自治区乌鲁木齐市天山区延安路203号8层12室"


def test_an_item_list_ending_inside_an_item_lost_its_last_row() -> None:
    # `…;热食类` / `食品制售` with the second row not read: the list was pre-filled cut short
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def items(value: str) -> dict:
        rows = [("经营者名称:", "遵化市新川烘焙坊"), ("主体业态:", "餐饮服务经营者(糕点店)"), ("经营项目:", value),
                ("许可证编号:", "JY23701026110576")]
        out = [line("食品经营许可证", 300, 100, 700, 150)]
        for k, (lab, val) in enumerate(rows):
            y = 220 + 50 * k
            out += [line(lab, 100, y, 100 + 30 * len(lab), y + 30), line(val, 360, y, 360 + 30 * len(val), y + 30)]
        return extract(to_lines(out)).fields["business_items"].public()

    cut = items("预包装食品(含冷藏冷冻食品)销售;热食类")
    assert cut["value"] == "" and cut["reason"] == "wrapped_row_incomplete"
    assert items("预包装食品(含冷藏冷冻食品)销售;热食类食品制售")["value"] == "预包装食品(含冷藏冷冻食品)销售;热食类食品制售"


def test_a_justified_label_whose_last_character_sits_under_the_previous_box_padding() -> None:
    # `有效期` then `至2028年04月01日`, the second box starting half a character inside the first
    # (the detector pads boxes): 有效期至 was `label_not_found`
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    out = [line("食品经营许可证", 460, 100, 930, 165), line("经营者名称", 110, 240, 310, 266),
           line("徐州市沛县向记水果店", 330, 240, 520, 266), line("统一社会信用代码", 110, 280, 310, 306),
           line("92320322MA1XUN7E3B", 330, 280, 500, 306), line("主体业态", 110, 320, 310, 346),
           line("食品销售经营者(食杂店)", 330, 320, 540, 346), line("许可证编号", 110, 360, 310, 386),
           line("JY13203220061057", 330, 360, 480, 386),
           line("有效期", 110, 400, 280, 431), line("至2028年04月01日", 265, 402, 470, 428)]
    f = extract(to_lines(out)).fields
    assert f["valid_to"].public()["value"] == "2028-04-01"


def test_a_short_label_of_the_right_column_whose_value_starts_past_the_issuer_label() -> None:
    # a landscape 正本 in two columns: the right column's labels (许可证编号 … 有效期至) have their
    # values where the column's longest label ends, and the 发证机关 at the page's foot stands a
    # little left of that x. The date beside the short 有效期至 — four line heights from it, as far
    # as the other values — was taken for stray print past the issuer's label: `value_not_found`
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    left = [("经营者名称", "乌鲁木齐益民食品商行"), ("统一社会信用代码", "926501028LA1RYCQY8"),
            ("法定代表人(负责人)", "骆桂杰"), ("住所", "新疆维吾尔自治区乌鲁木齐市天山区中山路812号"),
            ("经营场所", "新疆维吾尔自治区乌鲁木齐市天山区新华南路352号"), ("主体业态", "餐饮服务经营者(中型餐馆)"),
            ("经营项目", "冷食类食品制售(不含生食)")]
    right = [("许可证编号", "JY26501022186081"), ("日常监督管理机构", "天山区市场监督管理局西城所"),
             ("日常监督管理人员", "魏轩子、聂燕英"), ("投诉举报电话", "12315"), ("有效期至", "2030年10月26日")]

    def page(issuer_x: float) -> list:
        out = [line("食品经营许可证", 500, 200, 900, 260)]
        for k, (lab, val) in enumerate(left):
            y = 300 + 30 * k
            out += [line(lab, 130, y, 130 + 18 * len(lab), y + 25), line(val, 345, y, 345 + 18 * len(val), y + 25)]
        for k, (lab, val) in enumerate(right):
            y = 300 + 30 * k
            out += [line(lab, 780, y, 780 + 18 * len(lab), y + 25), line(val, 960, y, 960 + 12 * len(val), y + 25)]
        return out + [line("发证机关", issuer_x, 720, issuer_x + 75, 745), line("2025年10月27日", 970, 800, 1095, 823)]

    for issuer_x in (945, 1000):  # left of the value column, or past its start
        f = extract(to_lines(page(issuer_x))).fields
        assert f["valid_to"].public()["value"] == "2030-10-26", issuer_x
        assert f["license_no"].public()["value"] == "JY26501022186081"


def test_a_karaoke_hall_named_by_its_trade_in_latin_letters() -> None:
    # a 歌舞厅 signed and licensed as `…KTV`: the name ends with its trade, as `…歌舞厅` does (it was
    # `vocabulary`, taken for a name cut short); the same name cut inside the word stays blank
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    assert extract(to_lines(_health_name_lines("广州鑫源KTV", {}))).fields["name"].public()["value"] == "广州鑫源KTV"
    f = extract(to_lines(_health_name_lines("广州鑫源KT", {}))).fields["name"]
    assert f.public()["value"] == "" and f.reason == "vocabulary"


def test_a_justified_label_end_and_its_colon_glued_to_the_value_under_the_padding() -> None:
    # `经营项` boxed with padding reaching half a character over the next box, `目:糕点类…`: the
    # label was taken as 经营项目 without its end and the value pre-filled `目;糕点类…` (a wrong value)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    rows = [("经营者名称:", "呼和浩特知行烘焙坊"), ("法定代表人(负责人):", "孟兰佳"), ("主体业态:", "餐饮服务经营者(糕点店)"),
            ("经营项", "目:糕点类食品制售(不含裱花蛋糕)"), ("许可证编号:", "JY21501059495491")]
    out = [line("食品经营许可证", 300, 100, 680, 150)]
    for k, (lab, val) in enumerate(rows):
        y = 220 + 36 * k
        if lab == "经营项":  # three characters spread over the column, the box padded past its end
            out += [line(lab, 143, y, 315, y + 27), line(val, 300, y, 300 + 19 * len(val), y + 27)]
        else:
            out.append(line(lab + val, 143, y, 143 + 19 * len(lab + val), y + 27))
    f = extract(to_lines(out)).fields
    assert f["business_items"].public()["value"] in ("", "糕点类食品制售(不含裱花蛋糕)")
    assert f["business_items"].public()["value"] == "糕点类食品制售(不含裱花蛋糕)"
    assert f["business_form"].public()["value"] == "餐饮服务经营者(糕点店)"


def test_a_permit_photographed_without_its_label_column_is_still_a_food_permit() -> None:
    # the photo lost the page's left edge: of each label only its last character and colon remain
    # (`称:南昌…`, `目:热食类…`). The title alone on its line was one piece of evidence, the labels
    # none, and the page was `other`: every field was lost
    from app.prefill.extract import extract
    from app.prefill.kinds import classify
    from app.prefill.layout import to_lines

    def page(number: str, code: str = "9236011158HR829R9Q", code_tail: str | None = "码)") -> list:
        rows = ["称:南昌朗峰小吃店", *([f"{code_tail}:{code}"] if code_tail is not None else []), "):萧珍", "所:江西省南昌市青山湖区桂香街955号",
                "所:江西省南昌市青山湖区湖滨南路12号", "态:餐饮服务经营者(小型餐馆)", "目:热食类食品制售;冷食类食品制售",
                f"号:{number}", "至:2026年09月09日"]
        out = [line("食品经营许可证", 10, 100, 330, 150), line("(副本)", 150, 160, 230, 185)]
        return out + [line(r, 0, 220 + 36 * k, 19 * len(r), 247 + 36 * k) for k, r in enumerate(rows)]

    kind, _ = classify(to_lines(page("JY23601118283513")))
    assert kind == "food_business_license"
    # the reader gives the tails that end one field's labels their heads back at the photo's border
    # (`reader.cut_label_heads`); the tails it leaves are settled here: the row holding the valid
    # credit code is the code's (its tail `码)`, `)` or nothing), so the other `)` row (法定代表人
    # (负责人) ends so too) is the 负责人's; `所` twice is 住所 and 经营场所 in the form's order
    whole = {"称:": "经营者名称:", "码):": "统一社会信用代码(身份证号码):", "态:": "主体业态:", "目:": "经营项目:",
             "号:": "许可证编号:", "至:": "有效期至:"}

    def given(rows: list) -> list:
        out = []
        for ln in rows:
            head = next((k for k in whole if ln.text.startswith(k)), None)
            out.append(line(whole[head] + ln.text[len(head):], *ln.quad[0], *ln.quad[2]) if head else ln)
        return out

    want = {"license_no": "JY23601118283513", "credit_code": "9236011158HR829R9Q", "name": "南昌朗峰小吃店",
            "address": "江西省南昌市青山湖区桂香街955号", "premises_address": "江西省南昌市青山湖区湖滨南路12号",
            "business_form": "餐饮服务经营者(小型餐馆)", "business_items": "热食类食品制售;冷食类食品制售",
            "valid_to": "2026-09-09", "legal_representative": "萧珍"}
    for code_tail in ("码)", ")", ""):
        f = extract(to_lines(given(page("JY23601118283513", code_tail=code_tail)))).fields
        assert {k: f[k].public()["value"] for k in want} == want, code_tail
    # the code's row not read: whose the one `)` row is is unknown, it stays blank
    f = extract(to_lines(given(page("JY23601118283513", code_tail=None)))).fields
    assert f["legal_representative"].public()["value"] == "" and f["name"].public()["value"] == "南昌朗峰小吃店"
    # no head given back (rows inside the picture, a stored page): no label is made up from tails;
    # the numbers, read anywhere, are still the page's
    f = extract(to_lines(page("JY23601118283513"))).fields
    assert f["license_no"].public()["value"] == "JY23601118283513" and f["address"].public()["value"] == ""
    assert f["credit_code"].public()["value"] == "9236011158HR829R9Q"
    # without a valid number the title alone is no document (a notice headed by the permit's name)
    assert classify(to_lines(page("JY2360111828", "9236011158")))[0] == "other"


def test_an_item_list_printed_one_item_per_row(engine, tmp_path) -> None:
    # each item on its own row ending in ；, eight rows set tighter than their characters are tall:
    # the short rows were taken for rows that lost their ends (`ragged rows`) and the eighth row
    # was past the rows a list was read for — 经营项目 blank on every such page
    items = ["糕点类食品制售（含裱花蛋糕）", "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售", "冷食类食品制售",
             "预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "保健食品销售", "散装食品（含熟食）销售"]
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    f = cjk_font(28, SERIF)
    d.text((620, 200), "食品经营许可证", fill="black", font=cjk_font(68, SERIF), anchor="mm")
    y = 330
    for label, value in [("经营者名称", "天水市秦州区祥云日用品店"), ("统一社会信用代码", "92620502MA7H4K2X3Q"),
                         ("法定代表人(负责人)", "叶丽"), ("住所", "甘肃省天水市秦州区光明巷121号"),
                         ("经营场所", "甘肃省天水市秦州区光明巷121号"), ("主体业态", "单位食堂（学校食堂）")]:
        d.text((110, y), label, fill="black", font=f)
        d.text((470, y), value, fill="black", font=f)
        y += 70
    d.text((110, y), "经营项目", fill="black", font=f)
    for k, item in enumerate(items):
        d.text((470, y + 27 * k), item + ("；" if k < len(items) - 1 else ""), fill="black", font=f)
    y += 27 * len(items) + 80
    d.text((110, y), "许可证编号", fill="black", font=f)
    d.text((470, y), "JY26205027784891", fill="black", font=f)
    d.text((110, y + 70), "有效期至", fill="black", font=f)
    d.text((470, y + 70), "2027年02月06日", fill="black", font=f)
    page.save(tmp_path / "items.png")
    out = read(tmp_path / "items.png")
    assert out["kind"] == "food_business_license"
    want = "；".join(items).replace("（", "(").replace("）", ")").replace("；", ";")
    assert out["fields"]["business_items"]["value"] == want


def test_short_rows_of_an_item_list_without_their_separator_stay_doubtful() -> None:
    # one item per row is a list's layout only where each short row ends in the list's separator
    # after a whole item; a short row ending otherwise may have lost its ； (joined, two items would
    # run together) or its last characters
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def items(rows: list[str]) -> dict:
        out = [line("食品经营许可证", 300, 100, 700, 150), line("主体业态:", 100, 220, 250, 250),
               line("餐饮服务经营者(糕点店)", 360, 220, 690, 250), line("经营项目:", 100, 270, 250, 300)]
        out += [line(r, 360, 270 + 28 * k, 360 + 30 * len(r), 298 + 28 * k) for k, r in enumerate(rows)]
        out += [line("许可证编号:", 100, 270 + 28 * len(rows) + 40, 280, 300 + 28 * len(rows) + 40),
                line("JY23701026110576", 360, 270 + 28 * len(rows) + 40, 650, 300 + 28 * len(rows) + 40),
                line("经营者名称:", 100, 500, 280, 530), line("遵化市新川烘焙坊", 360, 500, 600, 530)]
        return extract(to_lines(out)).fields["business_items"].public()

    listed = ["冷食类食品制售;", "预包装食品(含冷藏冷冻食品)销售;", "热食类食品制售"]
    assert items(listed)["value"] == "冷食类食品制售;预包装食品(含冷藏冷冻食品)销售;热食类食品制售"
    lost = ["冷食类食品制售", "预包装食品(含冷藏冷冻食品)销售;", "热食类食品制售"]
    assert items(lost)["value"] == ""
    cut = ["冷食类食品;", "预包装食品(含冷藏冷冻食品)销售;", "热食类食品制售"]
    assert items(cut)["value"] == ""
    # two tight rows read into one box (`自制饮品制售;` read as the row above's `散装食品不含`): no
    # item the 审查通则 names
    mixed = items(["散装食品(不含冷藏冷冻食品)销售;散装食品不含冷食类食品制售"])
    assert mixed["value"] == "" and mixed["reason"] == "vocabulary"
    # an item printed by its trade as …经营 is the same item; brackets inside an item are its own
    named = items(["散装食品(含熟食)经营;糕点类食品(含裱花类)制售"])
    assert named["value"] == "散装食品(含熟食)经营;糕点类食品(含裱花类)制售"


def test_a_holders_id_number_in_the_credit_code_cell_is_taken_by_its_check_character() -> None:
    # a 个体 holder's 食品经营许可证 prints the holder's 居民身份证 number under
    # `社会信用代码(身份证号码)`: the field was blank (`check_digit`, read as a failed credit code)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def code(value: str, label: str = "社会信用代码(身份证号码)") -> dict:
        rows = [("经营者名称", "李秀兰"), (label, value), ("法定代表人(负责人)", "李秀兰"),
                ("住所", "广西壮族自治区南宁市青秀区民族大道81号"), ("主体业态", "食品销售经营者(便利店)"),
                ("经营项目", "预包装食品销售"), ("许可证编号", "JY14501030061057")]
        out = [line("食品经营许可证", 460, 100, 930, 165)]
        for k, (lab, val) in enumerate(rows):
            y = 240 + 50 * k
            out += [line(lab, 110, y, 110 + min(330, 25 * len(lab)), y + 25),
                    line(val, 480, y, 480 + 18 * len(val), y + 25)]
        return extract(to_lines(out)).fields["credit_code"].public()

    assert code("450103196605120183")["value"] == "450103196605120183"
    assert code("11010519491231002X")["value"] == "11010519491231002X"
    assert code("91340104MA1Q02WPPT")["value"] == "91340104MA1Q02WPPT"  # a company's credit code
    # one digit misread: neither check character passes — blank, never the string as read
    bad = code("450103196605120188")
    assert bad["value"] == "" and bad["reason"] == "check_digit"
    # a number starting with 9 (a foreign resident's number and a 个体 credit code share the 9): blank
    from app.validators.idnumber import check_digit
    nine = "91010519491231002"
    assert code(nine + check_digit(nine))["value"] == ""


def _cell_page(items: list[str], *, cut_separator: str = "") -> tuple[np.ndarray, list]:
    """A 副本-like table page drawn in Pillow: 主体业态 on its row, then 经营项目 whose label the
    cell centres on its rows (level with the second of four), one item per row, no separator;
    and the lines a recogniser hands over for it (each row one box, as read). `cut_separator`:
    each row but the last is printed with it (；，、), which the boxes leave out (the detector cut it)."""
    page = Image.new("L", (1240, 900), 255)
    d = ImageDraw.Draw(page)
    f = cjk_font(28, SERIF)
    out = [line("食品经营许可证", 460, 60, 830, 130)]

    def put(text: str, x: int, y: int, *, boxed: str | None = None) -> None:
        d.text((x, y), text, fill=0, font=f)
        shown = text if boxed is None else boxed
        x1, y1, _, y2 = d.textbbox((x, y), text, font=f)
        out.append(line(shown, x1 - 2, y1 - 3, x1 + d.textlength(shown, font=f) + 2, y2 + 3))

    put("经营者名称", 110, 180)
    put("南昌旭日食品有限公司", 400, 180)
    put("主体业态", 110, 250)
    put("餐饮服务经营者（饮品店）", 400, 250)
    for k, item in enumerate(items):
        text = item + (cut_separator if k < len(items) - 1 else "")
        put(text, 400, 320 + 36 * k, boxed=item)
    put("经营项目", 110, 320 + 36 * ((len(items) - 1) // 2))
    y = 320 + 36 * len(items) + 40
    put("许可证编号", 110, y)
    put("JY23601022490396", 400, y)
    return np.array(page), out


ROWS = ["冷食类食品制售", "婴幼儿配方乳粉销售", "糕点类食品（含裱花蛋糕）制售", "预包装食品（含冷藏冷冻食品）销售"]


def test_an_item_per_row_without_separators_under_a_centred_label() -> None:
    # L's 副本: the list's first row stands above its centred label, so 主体业态 took it for its wrap
    # (`vocabulary`) and the list lost it; rows ending a whole item without a separator were
    # `ragged rows`. A row of whole items under a whole 主体业态 is the list's; a short row ending a
    # whole item is whole when the paper after it is blank — a cut ；is ink there
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines
    from app.prefill.reader import confirm_row_end

    for cut in ("", "；", "，", "、"):
        page, raw = _cell_page(ROWS, cut_separator=cut)
        lines = to_lines(raw)
        got = extract(lines)
        assert got.kind == "food_business_license"
        assert got.fields["business_form"].public()["value"] == "餐饮服务经营者(饮品店)"
        confirm_row_end(got, lines, page)
        items = got.fields["business_items"].public()
        if cut:
            assert items["value"] == "" and items["reason"] == "wrapped_row_incomplete"
        else:
            assert items["value"] == "".join(ROWS).replace("（", "(").replace("）", ")")


def test_a_row_above_a_list_that_is_no_whole_item_keeps_the_list_doubtful() -> None:
    # the row above the list's first row, unlabelled, is no row of whole items (`热食类` cut short):
    # the list may start above it, so it is not pre-filled; nor is the 主体业态 it may be the wrap of
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines
    from app.prefill.reader import confirm_row_end

    page, raw = _cell_page(["热食类", *ROWS[1:]])
    lines = to_lines(raw)
    got = extract(lines)
    confirm_row_end(got, lines, page)  # (the paper after each row is blank)
    assert got.fields["business_form"].public()["value"] == ""
    assert got.fields["business_items"].public()["value"] == ""


def test_a_label_column_boxed_down_the_column_on_a_fax() -> None:
    # a 1-bit fax of a Word table, labels spread across their cells: the detector boxed the label
    # column down the page (`住一经一主一`, the table's rules read as 一) — 住所, 经营场所 and
    # 主体业态 were `label_not_found` on every such page
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    out = [line("食品经营许可证", 460, 60, 930, 130), line("经营者名称", 20, 300, 190, 330),
           line("黄岛区立德面馆", 205, 300, 350, 328),
           line("住一经一主一", 20, 356, 54, 512), line("营一体一", 66, 408, 99, 512),
           line("场一业一", 110, 408, 145, 512), line("所", 160, 356, 190, 382), line("所一态一", 160, 408, 190, 512),
           line("山东省青岛市黄岛区学府路67号16楼23室", 205, 356, 605, 384),
           line("山东省青岛市黄岛区香江路12号", 205, 408, 520, 436),
           line("单位食堂(机关企事业单位食堂)", 205, 460, 510, 488),
           line("许可证编号", 20, 560, 190, 590), line("JY33702117090799", 205, 560, 380, 588)]
    f = extract(to_lines(out)).fields
    assert f["address"].public()["value"] == "山东省青岛市黄岛区学府路67号16楼23室"
    assert f["premises_address"].public()["value"] == "山东省青岛市黄岛区香江路12号"
    assert f["business_form"].public()["value"] == "单位食堂(机关企事业单位食堂)"


def test_an_item_list_with_its_items_numbered() -> None:
    # a list printed with each item's number (`1.…；2.…`, `(1)…`, `1、…`) was `unknown item`: the
    # numbers are no part of the items the 审查通则 names; an unnamed item stays doubtful
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def items(rows: list[str]) -> dict:
        out = [line("食品经营许可证", 300, 100, 700, 150), line("主体业态:", 100, 220, 250, 250),
               line("餐饮服务经营者(小型餐馆)", 360, 220, 690, 250), line("经营项目:", 100, 270, 250, 300)]
        out += [line(r, 360, 270 + 40 * k, 360 + 30 * len(r), 300 + 40 * k) for k, r in enumerate(rows)]
        y = 270 + 40 * len(rows) + 40
        out += [line("许可证编号:", 100, y, 280, y + 30), line("JY23701026110576", 360, y, 650, y + 30)]
        return extract(to_lines(out)).fields["business_items"].public()

    for printed in ("1.预包装食品(含冷藏冷冻食品)销售;2.热食类食品制售", "(1)预包装食品(含冷藏冷冻食品)销售;(2)热食类食品制售",
                    "1、预包装食品(含冷藏冷冻食品)销售;2、热食类食品制售"):
        assert items([printed])["value"] == printed
    assert items(["1.预包装食品(含冷藏冷冻食品)销售;2.热食类食品加工"])["value"] == ""


def test_a_bracketed_rep_label_wrapped_in_its_column_and_read_with_the_value() -> None:
    # `法定代表人(负责人)` wrapped in a narrow label column: `法定代表人(` over `负责人)`, and the
    # name on the first row read with it as one line, `法定代表人(曹平珍` — the value after the label
    # `法定代表人` was `(曹平珍`, blanked as `not a name` (T's clean scans, 40 % of their 负责人)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    out = [line("食品经营许可证", 180, 70, 600, 140), line("经营者名称", 60, 205, 190, 240),
           line("杭州西湖区星辰面馆", 225, 205, 455, 236), line("社会信用代码9233010680Q69AE5RU", 57, 263, 502, 292),
           line("(身份证号码)", 61, 291, 227, 324), line("法定代表人(曹平珍", 54, 342, 304, 375),
           line("负责人)", 54, 375, 155, 409), line("住所", 52, 425, 113, 460),
           line("浙江省杭州市西湖区文三路756号", 223, 425, 600, 459), line("主体业态", 53, 608, 161, 641),
           line("餐饮服务经营者(饮品店)", 226, 610, 517, 639), line("经营项目", 54, 663, 159, 697),
           line("冷食类食品制售", 225, 665, 420, 694), line("有效期至", 56, 824, 162, 857),
           line("2031年04月01日", 226, 825, 425, 858)]
    f = extract(to_lines(out)).fields["legal_representative"]
    assert f.public()["value"] == "曹平珍", f
    # a bracket the value closes is the value's own (a company and its `(委派代表:…)`): kept
    k = next(i for i, ln in enumerate(out) if ln.text.startswith("法定代表人("))
    out[k] = line("法定代表人(曹平)珍", 54, 342, 304, 375)
    assert extract(to_lines(out)).fields["legal_representative"].public()["value"] == ""


def test_a_label_longer_than_its_column_pushes_its_value_to_the_row_under_it() -> None:
    # a 食品经营许可证 副本 sets `法定代表人(负责人)：` on a row of its own — longer than the label
    # column, it runs past where the values start — and the name under it in the value column: the
    # value was `value_not_found` (V: 12 of 20 food permits' 负责人 blank). A short label whose value
    # was not read does not take the row under it (it ends well before the value column)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def page(rep_label: str, rep_x2: int, rep: bool) -> list:
        out = [line("食品经营许可证", 380, 70, 860, 140), line("经营者名称：", 60, 200, 240, 235),
               line("济南市历下区青禾烘焙店", 330, 200, 660, 235),
               line("统一社会信用代码(身份证号码)：", 60, 260, 560, 295), line("92370102MA3C4L5X7Q", 330, 305, 640, 340),
               line(rep_label, 60, 365, rep_x2, 400)]
        if rep:
            out.append(line("江秀诗", 330, 410, 420, 445))
        out += [line("住所：", 60, 470, 130, 505), line("山东省济南市历下区经十路326号", 330, 470, 760, 505),
                line("经营场所：", 60, 530, 200, 565), line("山东省济南市历下区解放路971号", 330, 530, 760, 565),
                line("主体业态：", 60, 590, 200, 625), line("食品销售经营者(便利店)", 330, 590, 660, 625),
                line("经营项目：", 60, 650, 200, 685), line("预包装食品销售", 330, 650, 540, 685),
                line("有效期至：", 60, 710, 200, 745), line("2026年01月18日", 330, 710, 540, 745)]
        return out

    from app.prefill.extract import PAPER_CHECK

    f = extract(to_lines(page("法定代表人(负责人)：", 390, True))).fields
    # (taken once the reader finds paper after its last character: a lost thin 一 leaves ink there)
    rep = f["legal_representative"]
    assert rep.value == "江秀诗" and rep.note == PAPER_CHECK and rep.blank_after, rep
    assert f["address"].public()["value"] == "山东省济南市历下区经十路326号"
    # a short label, its value lost (glare), over the next row in the value column whose own label
    # was not read (住所): that row is not its value
    out = [o for o in page("法定代表人：", 235, False) if o.text != "住所："]
    out = [line(o.text, 330, 410, 760, 445) if o.text.startswith("山东省济南市历下区经十") else o for o in out]
    assert extract(to_lines(out)).fields["legal_representative"].public()["value"] == ""


def test_a_bracketed_rep_label_whose_inside_end_was_lost_into_the_value() -> None:
    # `法定代表人(负责人)` read with `人)` lost and the name glued on: `法定代表人(负责黎胜涵`. The
    # shorter label `法定代表人` took `负责黎胜涵` as the name — a wrong pre-fill (X: 7 of 20 food
    # permits). The label's own words `负责` after its bracket are the label's, never a name's start
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def page(rep_row: str) -> list:
        return [line("食品经营许可证", 380, 70, 860, 140), line("经营者名称临沂聚源科技有限公司", 60, 200, 420, 235),
                line("社会信用代码(身份证号码)91371302MA2FP0DEXP", 60, 250, 560, 285),
                line(rep_row, 60, 300, 280, 335), line("住所", 60, 350, 110, 385),
                line("山东省临沂市兰山区沂蒙路259号", 190, 350, 560, 385), line("经营场所", 60, 400, 160, 435),
                line("山东省临沂市兰山区通达路20号", 190, 400, 560, 435), line("主体业态", 60, 450, 160, 485),
                line("单位食堂(学校食堂)", 190, 450, 420, 485), line("经营项目", 60, 500, 160, 535),
                line("热食类食品制售", 190, 500, 400, 535), line("有效期至", 60, 550, 160, 585),
                line("2027年08月04日", 190, 550, 400, 585)]

    rep = extract(to_lines(page("法定代表人(负责黎胜涵"))).fields["legal_representative"].public()["value"]
    assert rep in ("黎胜涵", ""), rep
    assert not rep.startswith("负责")
    # the whole label with its value still reads as before
    assert extract(to_lines(page("法定代表人(负责人)黎胜涵"))).fields["legal_representative"].public()["value"] == "黎胜涵"


def test_one_printed_address_taken_for_both_address_labels_goes_to_its_own_row() -> None:
    # 住所 and 经营场所 read from the same print (the same boxes): a printed row is the value of the
    # label on its row only — the other label reached past its own row (X: 经营场所 given the
    # 住所's address, a wrong pre-fill); two equal addresses are printed twice, in two places
    from app.prefill import extract as ex
    from app.prefill.kinds import FOOD, _one_print_twice
    from app.prefill.layout import to_lines

    lines = to_lines([line("住所", 60, 300, 110, 335), line("江苏省南京市玄武区珠江路784号", 190, 300, 560, 335),
                      line("经营场所", 60, 350, 160, 385), line("主体业态", 60, 400, 160, 435)])
    addr = ex.FieldResult("江苏省南京市玄武区珠江路784号", 1.0, [190.0, 300.0, 560.0, 335.0])
    prem = ex.FieldResult("江苏省南京市玄武区珠江路784号", 1.0, [190.0, 300.0, 560.0, 335.0])
    _one_print_twice(lines, addr, FOOD["address"], prem, FOOD["premises"])
    assert not addr.flagged and prem.flagged, (addr, prem)
    # the same address printed on both rows: each label keeps its own
    addr = ex.FieldResult("江苏省南京市玄武区珠江路784号", 1.0, [190.0, 300.0, 560.0, 335.0])
    prem = ex.FieldResult("江苏省南京市玄武区珠江路784号", 1.0, [190.0, 350.0, 560.0, 385.0])
    _one_print_twice(lines, addr, FOOD["address"], prem, FOOD["premises"])
    assert not addr.flagged and not prem.flagged
