"""ID card front failure cases, each drawn here with Pillow and a system CJK font (the layout of
the national card: labels in a left column, 性别 and 民族 on one row, a wrapped 住址 under its
first row, the portrait on the right) and read through `app.services.prefill.ocr_files` — the
function behind `zongchuang ocr --json`.

Each case is a way a real card photo read wrong or blank; a field may come back blank with a
reason, a non-blank value must be the printed one.
"""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill.extract import REASONS
from app.services.prefill import ocr_files
from app.validators.text import to_halfwidth
from benchmarks.docgen import PhotoOptions, photograph
from tests.prefill.fonts import cjk_font as _font

PERSON = {"name": "段锦", "sex": "男", "nation": "汉", "birth_date": "1977-08-20",
          "id_number": "310115197708207715"}


def card(address_rows: list[str], *, hide: tuple[str, ...] = (), faded: str = "",
         fade: tuple[int, int, int] = (205, 212, 215), name: str = PERSON["name"], xv: int = 170) -> np.ndarray:
    """A flat card front (BGR). `hide`: labels not printed (as under a glare); `faded`: characters
    printed so faintly (a worn or glared spot) that they are boxed but not read."""
    w, h = 1012, 638
    img = Image.new("RGB", (w, h), (236, 241, 243))
    d = ImageDraw.Draw(img)
    lab, val = _font(28), _font(36)
    blue, black = (40, 90, 160), (20, 20, 20)
    x0 = 60
    rows = [("姓名", name, 70), ("性别", PERSON["sex"], 150), ("出生", "", 230), ("住址", "", 310)]
    for label, value, y in rows:
        if label not in hide:
            d.text((x0, y + 6), label, font=lab, fill=blue)
        if value:
            d.text((xv, y), value, font=val, fill=black)
    if "民族" not in hide:
        d.text((xv + 130, 156), "民族", font=lab, fill=blue)
    d.text((xv + 230, 150), PERSON["nation"], font=val, fill=black)
    d.text((xv, 230), "1977", font=val, fill=black)
    d.text((xv + 95, 236), "年", font=lab, fill=blue)
    d.text((xv + 140, 230), "8", font=val, fill=black)
    d.text((xv + 175, 236), "月", font=lab, fill=blue)
    d.text((xv + 220, 230), "20", font=val, fill=black)
    d.text((xv + 265, 236), "日", font=lab, fill=blue)
    for i, row in enumerate(address_rows):
        x = xv
        for ch in row:
            fill = fade if ch in faded and i == 0 else black
            d.text((x, 310 + i * 48), ch, font=val, fill=fill)
            x += d.textlength(ch, font=val)
    d.text((x0, 540), "公民身份号码", font=lab, fill=blue)
    d.text((x0 + 250, 532), PERSON["id_number"], font=_font(40), fill=black)
    d.rectangle((660, 100, 940, 450), fill=(215, 222, 228))
    d.ellipse((740, 160, 860, 300), fill=(90, 80, 75))
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def read(tmp_path: Path, flat: np.ndarray, seed: int = 3) -> dict:
    photo = photograph(flat, random.Random(seed), PhotoOptions(out_long_side=1600, perspective=0.02, tilt_deg=2.0,
                                                               noise=2.0, jpeg_quality=85, fill=0.7))
    path = tmp_path / "card.jpg"
    cv2.imwrite(str(path), photo)
    results, failures = ocr_files([path])
    assert not failures
    assert results[0]["kind"] == "id_card_front"
    return results[0]["fields"]


def norm(v: str) -> str:
    return "".join(to_halfwidth(v).split())


def assert_no_wrong(fields: dict, truth: dict[str, str]) -> None:
    for key, want in truth.items():
        f = fields[key]
        if f["value"]:
            assert norm(f["value"]) == norm(want), (key, f["value"], want)
        else:
            assert f["reason"] in REASONS, (key, f)


def test_address_ending_in_a_bare_room_number_is_read(engine, tmp_path) -> None:
    # cards print the room after the unit without 室 (…4单元1166), the row wrapping inside the
    # house number: a complete address, not one that lost its end
    rows = ["上海市浦东新区秀浦路10", "0号27栋4单元1166"]
    fields = read(tmp_path, card(rows))
    assert fields["address"]["value"] == "".join(rows)


def test_room_number_on_a_full_last_row_with_blank_paper_below_is_read(engine, tmp_path) -> None:
    # the last row runs to the column's edge (it could wrap on), but under its start there is only
    # paper: no further row was missed, …2单元1340 is the whole address
    rows = ["四川省成都市武侯区科华", "北路970号10栋2单元1340"]
    fields = read(tmp_path, card(rows))
    assert fields["address"]["value"] == "".join(rows)


def test_address_ending_in_a_road_number_is_not_prefilled(engine, tmp_path) -> None:
    # …路270 without its 号: the end of the address was lost (a row not read), a room number
    # cannot follow a road
    rows = ["上海市浦东新区秀浦路270"]
    fields = read(tmp_path, card(rows))
    assert fields["address"]["value"] == ""
    assert fields["address"]["reason"] == "wrapped_row_incomplete"


def test_nation_whose_label_was_not_read_is_taken_from_the_sex_row(engine, tmp_path) -> None:
    rows = ["上海市浦东新区秀浦路100号"]
    fields = read(tmp_path, card(rows, hide=("民族",)))
    assert fields["nation"]["value"] == "汉"
    assert_no_wrong(fields, {**PERSON, "address": "".join(rows), "birth_date": "1977-08-20"})


def test_name_whose_label_was_not_read_is_the_row_above_the_sex(engine, tmp_path) -> None:
    rows = ["上海市浦东新区秀浦路100号"]
    fields = read(tmp_path, card(rows, hide=("姓名",)))
    assert fields["name"]["value"] == PERSON["name"]
    assert_no_wrong(fields, {**PERSON, "address": "".join(rows)})


def test_one_character_beside_the_name_label_is_no_name(engine, tmp_path) -> None:
    # the given name under glare (or the rows read askew, the sex's `女` beside 姓名): what is left
    # beside the label is one character — a name has a surname and a given name, so it is not
    # pre-filled (before: `段` went to the form as the holder's name)
    rows = ["上海市浦东新区秀浦路100号"]
    flat = card(rows)
    flat[66:120, 205:260] = (243, 241, 236)  # (BGR paper over 锦)
    fields = read(tmp_path, flat)
    assert fields["name"]["value"] == ""
    assert fields["name"]["reason"] in REASONS
    assert_no_wrong(fields, {**PERSON, "address": "".join(rows)})


def test_name_whose_surname_is_under_a_thumb_is_not_prefilled(engine, tmp_path) -> None:
    # a thumb holding the card over the name's first character: the given name alone (`文涛`) is
    # read and shaped like a name, but it starts a character right of where the birth date and the
    # address start — the card prints its values from one left edge, so a character before it was
    # lost (before: `文涛` went to the form as the holder's name)
    rows = ["上海市浦东新区秀浦路100号"]
    img = Image.fromarray(cv2.cvtColor(card(rows, name="柳文涛", xv=126), cv2.COLOR_BGR2RGB))
    ImageDraw.Draw(img).rounded_rectangle((114, -60, 170, 128), radius=28, fill=(176, 124, 96))
    fields = read(tmp_path, cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR))
    assert fields["name"]["value"] == ""
    assert fields["name"]["reason"] == "doubtful_character"
    assert_no_wrong(fields, {**PERSON, "name": "柳文涛", "address": "".join(rows)})


def test_name_whose_end_is_under_a_thumb_is_not_prefilled(engine, tmp_path) -> None:
    # a thumb over the name's last character: `柳文` is read, shaped like a name and starting at the
    # values' column — but the card has paper after a name, and the thumb covers it there (before:
    # `柳文` went to the form as the holder's name)
    rows = ["上海市浦东新区秀浦路100号"]
    img = Image.fromarray(cv2.cvtColor(card(rows, name="柳文涛", xv=126), cv2.COLOR_BGR2RGB))
    ImageDraw.Draw(img).rounded_rectangle((196, -60, 252, 128), radius=28, fill=(176, 124, 96))
    fields = read(tmp_path, cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR))
    assert fields["name"]["value"] == ""
    assert fields["name"]["reason"] == "doubtful_character"
    assert_no_wrong(fields, {**PERSON, "name": "柳文涛", "address": "".join(rows)})


def test_name_beside_the_column_of_values_is_read(engine, tmp_path) -> None:
    # the same card without the thumb: the name starts where the other values start
    rows = ["上海市浦东新区秀浦路100号"]
    fields = read(tmp_path, card(rows, name="柳文涛", xv=126))
    assert fields["name"]["value"] == "柳文涛"


def test_number_row_below_a_blank_band_is_read_on_a_card_scanned_upside_down(engine, tmp_path) -> None:
    # a card on a scanner's white bed, upside down: no edges to find, and the printed-matter box
    # ends at the wide blank band between the address and the number row — the number's row was
    # left out of the page read (its label too), every other row read
    rows = ["上海市浦东新区秀浦路100号"]
    pad = cv2.copyMakeBorder(card(rows), 60, 60, 60, 60, cv2.BORDER_CONSTANT, value=(243, 241, 236))
    path = tmp_path / "scan.jpg"
    cv2.imwrite(str(path), cv2.rotate(pad, cv2.ROTATE_180))
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == "id_card_front"
    fields = results[0]["fields"]
    assert fields["id_number"]["value"] == PERSON["id_number"]
    assert_no_wrong(fields, {**PERSON, "address": "".join(rows)})


def test_portrait_boxed_as_text_is_no_gap_after_the_nation(engine, tmp_path) -> None:
    # a scanned card whose portrait the detector boxes as text (`Q1`, ~7 rows tall): its box
    # reaches into the 民族 row, beyond 维吾尔, and made the nation look cut by a gap
    from benchmarks.docgen_b import make, photo

    entry = make("id_card_front", 7, 69, str(tmp_path / "b69"), photo.NEW_CAPTURES)
    results, failures = ocr_files([tmp_path / entry["file"]])
    assert not failures and results[0]["kind"] == "id_card_front"
    fields = results[0]["fields"]
    assert fields["nation"]["value"] == entry["fields"]["nation"]["value"]
    assert_no_wrong(fields, {k: v["value"] for k, v in entry["fields"].items()})


def _line(text: str, x1: float, y1: float, x2: float, y2: float, doubt: dict[int, tuple[float, str, float]] | None = None):
    from app.prefill.engine import TextLine

    chars = tuple((doubt or {}).get(i, (0.99, "", 0.0)) for i in range(len(text)))
    xs = tuple((i + 0.5) / len(text) for i in range(len(text)))
    return TextLine(text, 0.97, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=chars, xs=xs)


@pytest.mark.parametrize(("top", "runner_up", "want"), [("苑", "范", "雅苑"), ("范", "苑", "雅苑"), ("苑", "园", "")])
def test_doubtful_character_where_a_part_of_the_address_ends(top: str, runner_up: str, want: str) -> None:
    # a doubtful 苑 (0.7, runner-up 范) right before the building number: an estate's name ends
    # there, and only one of the two readings ends estate names; when both could, nothing is taken
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名", 70, 74, 130, 112), _line("谭晨嘉", 185, 74, 300, 112),
             _line("性别", 70, 154, 130, 192), _line("男", 185, 154, 220, 192),
             _line("民族", 300, 154, 360, 192), _line("汉", 400, 154, 440, 192),
             _line("住址", 70, 318, 130, 350), _line("陕西省西安市雁塔区科技", 185, 314, 600, 350),
             _line(f"路679号滨江雅{top}3栋3单元", 185, 360, 598, 396, {8: (0.7, runner_up, 0.25)}),
             _line("1003", 185, 406, 260, 442),
             _line("公民身份号码", 70, 540, 270, 575), _line("610113198901064894", 300, 534, 720, 578)]
    got = extract(to_lines(lines), "id_card_front").fields["address"].public()["value"]
    assert got == (f"陕西省西安市雁塔区科技路679号滨江{want}3栋3单元1003" if want else "")


@pytest.mark.parametrize(("index", "lost"), [(5, "室"), (9, "一")])
def test_wrapped_address_whose_row_or_end_was_not_read_is_not_prefilled(engine, tmp_path, index: int, lost: str) -> None:
    # 5: …3单元1703 fills its row to the column's edge and 室 sits alone in a fourth row squeezed
    # against the number, which the detector did not box: a bare room number is no proof of the
    # end when the row is full. 9: 兴庆区长江路978号 stops a character short of the edge — its thin
    # 一 (of 一层E21号) was not boxed
    from benchmarks.docgen_b import make

    entry = make("id_card_front", 13, index, str(tmp_path / f"b{index}"))
    assert lost in entry["fields"]["address"]["value"]
    results, failures = ocr_files([tmp_path / entry["file"]])
    assert not failures and results[0]["kind"] == "id_card_front"
    fields = results[0]["fields"]
    assert_no_wrong(fields, {k: v["value"] for k, v in entry["fields"].items()})
    if not fields["address"]["value"]:  # (read whole once the lost part is read: that is fine too)
        assert fields["address"]["reason"] == "wrapped_row_incomplete"


def test_number_row_cut_short_by_a_smear_below_its_end_is_read_whole(engine, tmp_path) -> None:
    # a chat app's smeared edge (the card's last pixel rows stretched downwards) runs on from the
    # number's last digits: the detector's box stops before them and the row reads 13 digits;
    # read again further right, the number passes its check character
    flat = card(["上海市浦东新区秀浦路100号"])
    x = 310 + 13 * 22
    flat[565:, x:] = flat[565:566, x:]
    fields = read(tmp_path, flat)
    assert fields["id_number"]["value"] == PERSON["id_number"]
    assert_no_wrong(fields, {**PERSON, "address": "上海市浦东新区秀浦路100号"})


def test_small_card_on_a_shadowed_desk_is_read_again_near(engine, tmp_path) -> None:
    # a card a fifth of a 3000 px photo, a shadow's edge across the desk: the lit part of the desk
    # is taken for the page, the card's text is a few pixels high there and the number row goes
    # unseen. The part of the photo around the card's text is read again at the photo's resolution
    flat = card(["上海市浦东新区秀浦路100号"])
    photo = photograph(flat, random.Random(7), PhotoOptions(out_long_side=3000, perspective=0.02, tilt_deg=12.0, noise=2.0,
                                                            jpeg_quality=85, fill=0.2, background=(150, 150, 140)))
    h, w = photo.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    photo = (photo * (1 - 0.5 * (yy > 0.5 * h + 0.1 * (xx - w / 2)))[..., None]).astype(np.uint8)
    path = tmp_path / "desk.jpg"
    cv2.imwrite(str(path), photo)
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == "id_card_front"
    fields = results[0]["fields"]
    assert fields["id_number"]["value"] == PERSON["id_number"]
    assert_no_wrong(fields, {**PERSON, "address": "上海市浦东新区秀浦路100号"})


def test_address_whose_bracketed_last_row_was_lost_is_not_prefilled(engine, tmp_path) -> None:
    # the note after the room (`…2201室（集群注册）`) wraps to a last row that was not read (glare
    # over it, the portrait's shadow on a photocopy): `…(集群注` is not the address
    rows = ["四川省成都市武侯区玉林", "南路573号世纪城8栋3单", "元2201室（集群注", "册）"]
    flat = card(rows)
    flat[310 + 3 * 48:310 + 4 * 48, 160:400] = (243, 241, 236)  # (BGR paper: the last row is gone)
    fields = read(tmp_path, flat)
    assert fields["address"]["value"] == ""
    assert fields["address"]["reason"] == "wrapped_row_incomplete"
    assert_no_wrong(fields, {**PERSON, "address": "".join(rows)})


@pytest.mark.parametrize(("doubt", "want"), [
    # `6` half under the portrait's shadow read `0`, `6` its runner-up: the one reading passing GB 11643
    ({15: (0.65, "6", 0.35)}, "310110197605181688"),
    # a second doubtful digit that only the check digit vouches for too: when neither reading of
    # one of them were the printed digit, a wrong pair could pass by chance — nothing is guessed
    ({15: (0.65, "6", 0.35), 17: (0.6, "6", 0.3)}, ""),
    # a doubtful sex digit is vouched for by the printed sex (女: an even digit)
    ({15: (0.65, "6", 0.35), 16: (0.6, "3", 0.3)}, "310110197605181688"),
    # a doubtful region digit by a region code that exists (310110 杨浦区, not 310111)
    ({5: (0.6, "1", 0.3), 15: (0.65, "6", 0.35)}, "310110197605181688"),
    # the runner-up is not the printed digit: no combination passes, nothing is guessed
    ({15: (0.65, "9", 0.35)}, ""),
    # a birth-date digit settled by the check digit must agree with the printed birth date
    ({13: (0.6, "9", 0.3), 15: (0.65, "6", 0.35)}, "310110197605181688"),
])
def test_id_number_failing_its_check_digit_takes_the_one_runner_up_that_passes(doubt, want) -> None:
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    read_as = "310110197605181088"  # printed 310110197605181688
    lines = [_line("姓名", 70, 74, 130, 112), _line("韩桂英", 185, 74, 300, 112),
             _line("性别", 70, 154, 130, 192), _line("女", 185, 154, 220, 192),
             _line("民族", 300, 154, 360, 192), _line("汉", 400, 154, 440, 192),
             _line("出生", 70, 234, 130, 272), _line("1976年5月18日", 185, 234, 420, 272),
             _line("住址", 70, 318, 130, 350), _line("上海市杨浦区大连路852号", 185, 314, 600, 350),
             _line("公民身份号码", 70, 540, 270, 575), _line(read_as, 300, 534, 720, 578, doubt)]
    fields = extract(to_lines(lines), "id_card_front").fields
    assert fields["id_number"].public()["value"] == want
    if not want:
        assert fields["id_number"].public()["reason"] == "check_digit"


def test_id_number_settled_by_a_runner_up_must_agree_with_the_printed_birth_date() -> None:
    # 0→6 passes the check digit, but the card's printed birth date is another day: a digit the
    # recogniser was sure of was misread too, and the number is not pre-filled
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名", 70, 74, 130, 112), _line("韩桂英", 185, 74, 300, 112),
             _line("出生", 70, 234, 130, 272), _line("1976年5月19日", 185, 234, 420, 272),
             _line("住址", 70, 318, 130, 350), _line("上海市杨浦区大连路852号", 185, 314, 600, 350),
             _line("公民身份号码", 70, 540, 270, 575),
             _line("310110197605181088", 300, 534, 720, 578, {15: (0.65, "6", 0.35)})]
    assert extract(to_lines(lines), "id_card_front").fields["id_number"].public()["value"] == ""


@pytest.mark.parametrize(("runner_up", "want"), [("強", "石强春"), ("蔷", "")])
def test_name_character_whose_runner_up_is_its_traditional_form(runner_up: str, want: str) -> None:
    # `强` at 0.87 with `強` second: the recogniser's charset holds both forms and split its
    # certainty between them — one character, as registers print it simplified; the name was blanked
    # as `doubtful_character`. A real rival (`蔷`) still makes the name doubtful.
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名", 70, 74, 130, 112), _line("石强春", 185, 74, 300, 112, {1: (0.87, runner_up, 0.12)}),
             _line("性别", 70, 154, 130, 192), _line("女", 185, 154, 220, 192),
             _line("民族", 300, 154, 360, 192), _line("壮", 400, 154, 440, 192),
             _line("出生", 70, 234, 130, 272), _line("1987年11月9日", 185, 234, 420, 272),
             _line("住址", 70, 318, 130, 350), _line("广西壮族自治区南宁市青秀区", 185, 314, 600, 350),
             _line("公民身份号码", 70, 540, 270, 575), _line("450103198711092760", 300, 534, 720, 578)]
    f = extract(to_lines(lines), "id_card_front").fields["name"]
    assert f.public()["value"] == want
    if not want:
        assert f.reason == "doubtful_character"


@pytest.mark.parametrize(("read", "runner_up", "want"), [("別", "别", "哈丽达·努尔别克"), ("別", "列", "")])
def test_name_character_read_in_its_traditional_form_with_the_simplified_second(read: str, runner_up: str,
                                                                              want: str) -> None:
    # `別` 0.54 with `别` second: the two readings are one character, and a card prints names in
    # simplified characters — the name holds `别`, sure (it was blanked as `doubtful_character`).
    # A rival that is another character still leaves the name blank.
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名", 70, 74, 130, 112),
             _line(f"哈丽达·努尔{read}克", 185, 74, 480, 112, {6: (0.54, runner_up, 0.46)}),
             _line("性别", 70, 154, 130, 192), _line("女", 185, 154, 220, 192),
             _line("民族", 300, 154, 360, 192), _line("哈萨克", 400, 154, 520, 192),
             _line("出生", 70, 234, 130, 272), _line("1978年4月11日", 185, 234, 420, 272),
             _line("住址", 70, 318, 130, 350), _line("陕西省西安市雁塔区新华街20号", 185, 314, 600, 350),
             _line("公民身份号码", 70, 540, 270, 575), _line("610113197804113709", 300, 534, 720, 578)]
    f = extract(to_lines(lines), "id_card_front").fields["name"]
    assert f.public()["value"] == want
    if not want:
        assert f.reason == "doubtful_character"


@pytest.mark.parametrize(("read", "runner_up", "want"), [("汉", "漢", "汉"), ("漢", "汉", "汉"), ("汉", "仪", "")])
def test_nation_read_torn_between_its_two_forms_is_one_nation(read: str, runner_up: str, want: str) -> None:
    # `汉` 0.78 with `漢` second (or the other way round): both readings are the nation 汉 once
    # normalised, so the recogniser's doubt between them is no doubt about the nation — it was left
    # blank as `low_confidence`. A rival that is another character still leaves it blank.
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名", 70, 74, 130, 112), _line("王艳华", 185, 74, 300, 112),
             _line("性别", 70, 154, 130, 192), _line("女", 185, 154, 220, 192),
             _line("民族", 300, 154, 360, 192), _line(read, 400, 154, 440, 192, {0: (0.78, runner_up, 0.22)}),
             _line("出生", 70, 234, 130, 272), _line("1957年5月31日", 185, 234, 420, 272),
             _line("住址", 70, 318, 130, 350), _line("重庆市渝北区体育西路451号", 185, 314, 600, 350),
             _line("公民身份号码", 70, 540, 270, 575), _line("500112195705315443", 300, 534, 720, 578)]
    f = extract(to_lines(lines), "id_card_front").fields["nation"]
    assert f.public()["value"] == want


@pytest.mark.parametrize(("row", "want"), [("路45。1号创新产业园", ""), ("路451号创新产业园", "重庆市渝北区体育西路451号创新产业园")])
def test_address_with_a_speck_read_as_punctuation_is_not_prefilled(row: str, want: str) -> None:
    # a toner speck on a copy is read as `。` between two characters (or where one was): addresses
    # print no sentence punctuation, so the address is left for the clerk
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名", 70, 74, 130, 112), _line("王艳华", 185, 74, 300, 112),
             _line("性别", 70, 154, 130, 192), _line("女", 185, 154, 220, 192),
             _line("民族", 300, 154, 360, 192), _line("汉", 400, 154, 440, 192),
             _line("出生", 70, 234, 130, 272), _line("1957年5月31日", 185, 234, 420, 272),
             _line("住址", 70, 318, 130, 350), _line(f"重庆市渝北区体育西{row}", 185, 314, 600, 350),
             _line("公民身份号码", 70, 540, 270, 575), _line("500112195705315443", 300, 534, 720, 578)]
    f = extract(to_lines(lines), "id_card_front").fields["address"].public()
    assert f["value"] == want
    if not want:
        assert f["reason"] == "format"


@pytest.mark.parametrize(("box", "want"), [("民壮", "壮"), ("族壮", "壮"), ("民主", "")])
def test_nation_glued_to_the_half_of_its_label_that_was_read(box: str, want: str) -> None:
    # a halftone copy: the small 民族 label lost a character and what was read of it is glued to
    # the nation (`民壮`), while 性别 was misread (`性制`), so the sex row could not lead to it
    # either. One character of the label and then a coded nation is the nation; `民主` is none
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名", 70, 74, 130, 112), _line("夏桂", 185, 74, 300, 112),
             _line("性制女", 70, 154, 220, 192), _line(box, 300, 154, 440, 192),
             _line("出生", 70, 234, 130, 272), _line("1971年11月15日", 185, 234, 420, 272),
             _line("住址", 70, 318, 130, 350), _line("四川省西昌市桥头镇上营村9组004号", 185, 314, 600, 350),
             _line("公民身份号码", 70, 540, 270, 575), _line("513401197111158023", 300, 534, 720, 578)]
    f = extract(to_lines(lines), "id_card_front").fields["nation"].public()
    assert f["value"] == want


def test_speck_read_as_a_mark_before_the_sex_is_no_part_of_it() -> None:
    # a photocopy's speck between 性别 and 女 read as `☑` (0.47): the sex was blank whenever the
    # number could not vouch for it (here its last digit under the portrait's shadow fails the check)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名", 70, 74, 130, 112), _line("韩桂英", 185, 74, 300, 112),
             _line("性别☑女", 70, 154, 260, 192, {2: (0.47, "\u3000", 0.08)}),
             _line("民族", 300, 154, 360, 192), _line("汉", 400, 154, 440, 192),
             _line("出生", 70, 234, 130, 272), _line("1976年5月18日", 185, 234, 420, 272),
             _line("住址", 70, 318, 130, 350), _line("上海市杨浦区大连路852号", 185, 314, 600, 350),
             _line("公民身份号码", 70, 540, 270, 575), _line("310110197605181680", 300, 534, 720, 578)]
    fields = extract(to_lines(lines), "id_card_front").fields
    assert fields["id_number"].public()["value"] == ""
    assert fields["sex"].public()["value"] == "女"


@pytest.mark.parametrize(("runner_up", "want"), [("\u3000", "谭强"), ("欧", "")])
def test_speck_read_as_a_mark_before_the_name_is_no_part_of_it(runner_up: str, want: str) -> None:
    # `姓名☑谭强` (☑ at 0.49, blank paper second): the speck made the name `not a name`. A mark whose
    # runner-up is a character may be that character misread (`☑阳强` of 欧阳强): nothing is taken
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名☑谭强", 70, 74, 300, 112, {2: (0.49, runner_up, 0.06)}),
             _line("性别", 70, 154, 130, 192), _line("男", 185, 154, 220, 192),
             _line("民族", 300, 154, 360, 192), _line("汉", 400, 154, 440, 192),
             _line("出生", 70, 234, 130, 272), _line("1951年3月10日", 185, 234, 420, 272),
             _line("住址", 70, 318, 130, 350), _line("河南省郑州市金水区花园路216号", 185, 314, 600, 350),
             _line("公民身份号码", 70, 540, 270, 575), _line("410105195103109559", 300, 534, 720, 578)]
    assert extract(to_lines(lines), "id_card_front").fields["name"].public()["value"] == want


# a typeset address (a copy laid out again, a print-out of the card's data): the second row stops
# 60 px short of the column because `1503` (80 px) does not fit there and wraps whole
EARLY_WRAP_ROWS = ["江苏省苏州市姑苏区干将西", "路1288号金城新村12幢", "1503室"]


def test_row_left_short_before_a_number_that_wrapped_whole_is_read(engine, tmp_path) -> None:
    fields = read(tmp_path, card(EARLY_WRAP_ROWS))
    assert fields["address"]["value"] == "".join(EARLY_WRAP_ROWS)
    assert_no_wrong(fields, PERSON)


def test_row_left_short_before_a_short_number_has_its_room_checked() -> None:
    # `3层` (one digit, 20 px) would have fitted in the 60 px left: the row may have lost a character
    # there, or its layout wrapped it early (a count of characters per row): not taken from the
    # words alone — each step of the room must be blank paper (`reader.confirm_row_end`)
    from app.prefill.extract import PAPER_CHECK, extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名", 70, 74, 130, 112), _line("谭晨嘉", 185, 74, 300, 112),
             _line("住址", 70, 318, 130, 350), _line("江苏省苏州市姑苏区干将西", 185, 314, 617, 350),
             _line("路1288号金城新村12幢", 185, 360, 557, 396), _line("3层", 185, 406, 241, 442),
             _line("公民身份号码", 70, 540, 270, 575), _line("610113198901064894", 300, 534, 720, 578)]
    f = extract(to_lines(lines), "id_card_front").fields["address"]
    assert f.flagged and f.note == PAPER_CHECK and f.reason == "wrapped_row_incomplete"
    rooms = [room for room, _, _ in f.blank_after]
    assert rooms and rooms[0][0] == 557 and rooms[-1][2] == 617 and all(r[1] == 360 for r in rooms)


# a card whose layout wraps the address at a count of characters (11 a row, whatever their width):
# the row holding digits ends 2 pitches short of the column, though nothing was lost
COUNT_ROWS = ["江西省南昌市东湖区人民", "南路366号13栋2单", "元701室"]


def test_rows_wrapped_at_a_count_of_characters_are_read(engine, tmp_path) -> None:
    fields = read(tmp_path, card(COUNT_ROWS))
    assert fields["address"]["value"] == "".join(COUNT_ROWS)
    assert_no_wrong(fields, PERSON)


@pytest.mark.parametrize("where", [0.1, 0.6])
def test_a_stroke_anywhere_in_a_short_rows_room_keeps_the_address_blank(engine, where: float) -> None:
    # a thin grey 一 the detector did not box, right after the row's end or further on in a room two
    # pitches wide (measured step by step: over the whole room it would be a small share of ink)
    from app.prefill.extract import PAPER_CHECK, extract
    from app.prefill.layout import to_lines
    from app.prefill.reader import confirm_row_end

    flat = card(COUNT_ROWS)
    lines = to_lines(engine.read(flat))
    f = extract(lines, "id_card_front").fields["address"]
    assert (f.value, f.note) == ("".join(COUNT_ROWS), PAPER_CHECK)
    x1, y1 = min(r[0][0] for r in f.blank_after), f.blank_after[0][0][1]
    x2, y2 = max(r[0][2] for r in f.blank_after), f.blank_after[0][0][3]
    assert x2 - x1 > 50
    a = int(x1 + where * (x2 - x1))
    marked = flat.copy()
    cv2.line(marked, (a + 4, int(y1 + y2) // 2), (a + 28, int(y1 + y2) // 2), (150, 150, 150), 2)
    for page, want in ((flat, "".join(COUNT_ROWS)), (marked, "")):
        again = extract(lines, "id_card_front")
        confirm_row_end(again, lines, page)
        assert again.fields["address"].public()["value"] == want
        if not want:
            assert again.fields["address"].reason == "wrapped_row_incomplete"


def test_room_a_row_left_before_a_number_must_be_blank_paper(engine) -> None:
    # the room is where a character the detector did not box would stand (a thin 一, a faint 1): a
    # thin grey stroke there keeps the address blank; on blank paper it stands
    from app.prefill.extract import PAPER_CHECK, extract
    from app.prefill.layout import to_lines
    from app.prefill.reader import confirm_row_end

    flat = card(EARLY_WRAP_ROWS)
    lines = to_lines(engine.read(flat))
    got = extract(lines, "id_card_front")
    f = got.fields["address"]
    assert (f.value, f.note) == ("".join(EARLY_WRAP_ROWS), PAPER_CHECK) and f.blank_after
    x1, y1, x2, y2 = (int(v) for v in f.blank_after[0][0])
    marked = flat.copy()
    cv2.line(marked, (x1 + 12, (y1 + y2) // 2), (min(x2, x1 + 40), (y1 + y2) // 2), (140, 140, 140), 3)
    for page, want in ((flat, "".join(EARLY_WRAP_ROWS)), (marked, "")):
        again = extract(lines, "id_card_front")
        confirm_row_end(again, lines, page)
        assert again.fields["address"].public()["value"] == want
        if not want:
            assert again.fields["address"].reason == "wrapped_row_incomplete"


@pytest.mark.parametrize(("mark", "want"), [("speck", "江苏省苏州市姑苏区干将西路88号"), ("faded", "")])
def test_row_box_starting_before_its_first_character_read(mark: str, want: str) -> None:
    # the detector's box of the address's first row starts a character's width before the first
    # character read: an aged copy's toner speck it took in (the row is whole), or a faded character
    # it boxed and the recogniser could not read (the address lost its first character)
    from app.prefill.engine import TextLine
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines
    from app.prefill.reader import confirm_row_end

    img = Image.new("RGB", (760, 620), (255, 255, 255))
    d = ImageDraw.Draw(img)
    val = _font(36)
    rows = ["江苏省苏州市姑苏区干将西", "路88号"]
    d.text((70, 320), "住址", font=_font(28), fill=(20, 20, 20))
    for i, row in enumerate(rows):
        d.text((185, 314 + 46 * i), row, font=val, fill=(20, 20, 20))
    d.text((70, 540), "公民身份号码", font=_font(28), fill=(20, 20, 20))
    if mark == "speck":
        d.rectangle((160, 330, 161, 331), fill=(30, 30, 30))
    else:
        d.text((147, 314), "工", font=val, fill=(205, 205, 205))
    page = cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)

    def line(text: str, x1: float, y1: float, x2: float, y2: float, *centres: float) -> TextLine:
        centres = centres if len(centres) == len(text) else tuple(centres[0] + 36 * i for i in range(len(text)))
        return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=((0.99, "", 0.0),) * len(text),
                        xs=tuple((c - x1) / (x2 - x1) for c in centres))

    raw = [line("住址", 70, 318, 130, 350, 88), line(rows[0], 143, 314, 617, 350, 203),
           line("路88号", 185, 360, 295, 396, 203, 230, 250, 275),
           line("公民身份号码", 70, 540, 270, 575, 88), line("320508198003150018", 300, 534, 720, 578, 318)]
    lines = to_lines(raw)
    got = extract(lines, "id_card_front")
    assert got.fields["address"].public()["value"] == ""  # (not before the paper is looked at)
    confirm_row_end(got, lines, page)
    f = got.fields["address"]
    assert f.public()["value"] == want
    if not want:
        assert f.reason == "doubtful_character"


def test_thumb_over_the_corner_that_draws_the_crop_across_the_labels(tmp_path) -> None:
    # a thumb holding the card over its top-left corner: the page's quad follows the thumb and cuts
    # the label column (`址` alone at the crop's edge, the 住址 row unread); the whole photo is read
    # too and holds the card whole, so the reading with more of the card's fields is kept
    bg = np.zeros((1200, 1600, 3), np.uint8)
    yy, xx = np.mgrid[0:1200, 0:1600]
    bg[:] = (90, 140, 120)
    bg[((xx // 60 + yy // 60) % 2) == 0] = (70, 160, 170)
    bg[250:888, 200:1212] = card(["贵州省贵阳市花溪区太湖", "东路465号锦江花园26栋3", "单元801室"])
    cv2.ellipse(bg, (200, 200), (130, 380), -25, 0, 360, (120, 140, 215), -1)
    path = tmp_path / "thumb.jpg"
    cv2.imwrite(str(path), bg, [cv2.IMWRITE_JPEG_QUALITY, 88])
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == "id_card_front"
    fields = results[0]["fields"]
    assert fields["address"]["value"] == "贵州省贵阳市花溪区太湖东路465号锦江花园26栋3单元801室"
    assert fields["id_number"]["value"] == PERSON["id_number"]
    assert fields["name"]["value"] in ("", PERSON["name"])  # under the thumb: blank, never a guess


def _placed(text: str, x1: float, y1: float, x2: float, y2: float, centres: list[float],
            doubt: dict[int, tuple[float, str, float]] | None = None):
    """A recognised line whose characters' centres are given in page pixels (`centres`)."""
    from app.prefill.engine import TextLine

    chars = tuple((doubt or {}).get(i, (0.99, "", 0.0)) for i in range(len(text)))
    xs = tuple((c - x1) / (x2 - x1) for c in centres)
    return TextLine(text, 0.97, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=chars, xs=xs)


def _pattern_card(nation_box: str, second_row, third_row: str = "20栋1单元1903室", mark: int = 0) -> list:
    return [_line("姓名", 70, 74, 130, 112), _line("严思", 185, 74, 300, 112),
            _line("性别", 70, 154, 130, 192), _line("男", 185, 154, 220, 192),
            _line("民族", 300, 154, 360, 192), _line(nation_box, 380, 154, 440, 192, {mark: (0.77, "—", 0.2)}),
            _line("出生", 70, 234, 130, 272), _line("1942年12月30日", 185, 234, 420, 272),
            _line("住址", 70, 314, 130, 350), _line("广西壮族自治区柳州市城", 185, 314, 605, 350),
            second_row, _line(third_row, 185, 406, 455, 442),
            _line("公民身份号码", 70, 540, 270, 575), _line("450202194212300917", 300, 534, 720, 578)]


# 中区育才路 at a 40 px pitch from x=205, then the number and 号金桂园; digits 22 px apart
_CJK5 = [205.0, 245.0, 285.0, 325.0, 365.0]


@pytest.mark.parametrize(("row", "centres", "want"), [
    # the dashes stand in the narrow gaps beside the number (a line of the card's background
    # pattern seen through them): no part of the address
    ("中区育才路-362-号金桂园", [*_CJK5, 393, 410, 432, 454, 471, 495, 535, 575, 615],
     "广西壮族自治区柳州市城中区育才路362号金桂园20栋1单元1903室"),
    # a dash where a character's width of paper is: a character may be hidden under it — blank
    ("中区育才路-362-号金桂园", [*_CJK5, 405, 445, 467, 489, 506, 530, 570, 610, 650], ""),
    # a hyphen between two numbers is the address's own (`12-3号`)
    ("中区育才路12-3号金桂园", [*_CJK5, 393, 415, 432, 449, 473, 513, 553, 593],
     "广西壮族自治区柳州市城中区育才路12-3号金桂园20栋1单元1903室"),
])
def test_background_line_read_as_a_dash_beside_a_number(row: str, centres: list[float], want: str) -> None:
    # a scanner app's black-and-white mode turns the card's fine wavy background lines into strokes
    # as dark as the print; where one crosses the gap between 路 and a house number it is read `-`
    # (`育才路-362-号`: pre-filled so on a family-K scan, or left blank)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = _pattern_card("汉", _placed(row, 185, 360, centres[-1] + 20, 396, centres))
    f = extract(to_lines(lines), "id_card_front").fields["address"].public()
    assert f["value"] == want
    if not want:
        assert f["reason"] in REASONS


@pytest.mark.parametrize(("last", "want"), [("20栋1单元1903室-5号铺", "20栋1单元1903室-5号铺"),
                                            ("20-栋1单元1903室", "20栋1单元1903室"), ("20栋1单元1903室-", "")])
def test_hyphen_an_address_prints_is_kept(last: str, want: str) -> None:
    # a shop's sub-number after the flat (`1903室-5号铺`) is printed with a hyphen and kept; a dash
    # between a number and its unit (`20-栋`) never is; a dash last means the address lost its end
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = _pattern_card("汉", _line("中区育才路362号金桂园", 185, 360, 605, 396), third_row=last)
    f = extract(to_lines(lines), "id_card_front").fields["address"].public()
    assert f["value"] == ("广西壮族自治区柳州市城中区育才路362号金桂园" + want if want else "")


@pytest.mark.parametrize(("box", "want"), [("一汉", "汉"), ("—回", "回"), ("汉一", "汉"), ("一仪", "")])
def test_background_line_read_before_the_nation_is_no_part_of_it(box: str, want: str) -> None:
    # the background pattern's line between 民族 and the nation read `一` (0.77, `—` second): no
    # nation's name holds it (the 56 coded nations decide what is left)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = _pattern_card(box, _line("中区育才路362号金桂园", 185, 360, 605, 396), mark=0 if box[0] in "一—" else 1)
    f = extract(to_lines(lines), "id_card_front").fields["nation"].public()
    assert f["value"] == want


@pytest.mark.parametrize(("runner_up", "want"), [("號", "广西壮族自治区柳州市城中区育才路362号金桂园20栋1单元1903室"), ("弓", "")])
def test_address_character_whose_runner_up_is_its_traditional_form(runner_up: str, want: str) -> None:
    # `号` 0.52 with `號` second (a condensed face): one character, as a resident's address is
    # printed in simplified characters; a rival that is another character still leaves it blank
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = _pattern_card("汉", _line("中区育才路362号金桂园", 185, 360, 605, 396, {8: (0.52, runner_up, 0.46)}))
    f = extract(to_lines(lines), "id_card_front").fields["address"].public()
    assert f["value"] == want


@pytest.mark.parametrize(("mark", "want"), [((0.8, "—", 0.15), "严思"), ((0.99, "", 0.0), "")])
def test_background_line_read_before_the_name(mark: tuple[float, str, float], want: str) -> None:
    # the background pattern's line between 姓名 and the name read `一` with a dash as runner-up: a
    # stroke, no part of the name; a `一` read sure might be the name's own and is no 严思 — the name
    # `一严思` is then not taken as 严思 (it may be pre-filled as read, never cut)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = _pattern_card("汉", _line("中区育才路362号金桂园", 185, 360, 605, 396))
    lines[1] = _line("一严思", 170, 74, 300, 112, {0: mark})
    got = extract(to_lines(lines), "id_card_front").fields["name"].public()["value"]
    assert got == want or (not want and got == "一严思")


@pytest.mark.parametrize(("first", "want"), [
    ("广西壮族自治区柳州市城", "广西壮族自治区柳州市城中区育才路362号金桂园20栋1单元1903室"),
    ("一广西壮族自治区柳州市城", "广西壮族自治区柳州市城中区育才路362号金桂园20栋1单元1903室"),
    ("西壮族自治区柳州市城", ""),  # (its first character cut off with the card's corner)
    ("广西柳州市城中区育才路", "广西柳州市城中区育才路362号金桂园20栋1单元20栋1单元1903室"),
])
def test_address_starts_with_its_province(first: str, want: str) -> None:
    # a resident's address is written from its province down: a value starting otherwise lost its
    # first characters (or gained a stroke of the card's background pattern, which is dropped)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    second = "362号金桂园20栋1单元" if first.endswith("路") else "中区育才路362号金桂园"  # (rows as wide)
    lines = _pattern_card("汉", _line(second, 185, 360, 605, 396))
    lines[9] = _line(first, 185 - 40 * first.startswith("一"), 314, 605, 350)
    f = extract(to_lines(lines), "id_card_front").fields["address"].public()
    assert f["value"] == want
    if not want:
        assert f["reason"] == "vocabulary"


@pytest.mark.parametrize(("runner_up", "want"), [("-", "四川省绵阳市涪城区白鹤镇李家湾村7组88号"), ("", "")])
def test_stroke_read_as_a_dot_before_a_house_number(runner_up: str, want: str) -> None:
    # a background line's short stroke read `.` (0.61) with `-` second, between 组 and the house
    # number: a dash no address prints there, dropped; a `.` read sure is a speck that may stand
    # where a character was — an address prints no full stop: not pre-filled (`format`)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    row = "四川省绵阳市涪城区白鹤镇李家湾村7组.88号"
    lines = [_line("姓名", 70, 74, 130, 112), _line("谭红桂", 185, 74, 300, 112),
             _line("性别", 70, 154, 130, 192), _line("女", 185, 154, 220, 192),
             _line("民族", 300, 154, 360, 192), _line("回", 400, 154, 440, 192),
             _line("出生", 70, 234, 130, 272), _line("1941年6月8日", 185, 234, 420, 272),
             _line("住址", 70, 318, 130, 350),
             _placed(row, 185, 314, 745, 350, [199 + 28 * i for i in range(16)] + [641, 663, 680, 690, 705, 727],
                     {row.index("."): (0.61, runner_up, 0.3) if runner_up else (0.99, "", 0.0)}),
             _line("公民身份号码", 70, 540, 270, 575), _line("510703194106084288", 300, 534, 720, 578)]
    f = extract(to_lines(lines), "id_card_front").fields["address"].public()
    assert f["value"] == want
    if not want:
        assert f["reason"] == "format"


def test_label_centred_beside_three_rows_reads_the_row_over_it(engine, tmp_path) -> None:
    # a table cell centring 住址 beside a three-row address: the label stands level with the middle
    # row, and the row over it is the address's first (the address starts with its province)
    from PIL import Image as PILImage

    flat = card(COUNT_ROWS, hide=("住址",))
    pil = PILImage.fromarray(cv2.cvtColor(flat, cv2.COLOR_BGR2RGB))
    ImageDraw.Draw(pil).text((60, 310 + 48 + 6), "住址", font=_font(28), fill=(40, 90, 160))
    fields = read(tmp_path, cv2.cvtColor(np.array(pil), cv2.COLOR_RGB2BGR))
    assert fields["address"]["value"] == "".join(COUNT_ROWS)
    assert_no_wrong(fields, PERSON)


def test_row_over_an_address_not_centred_on_its_label_is_not_taken() -> None:
    # the label level with the first row read (`南路…`) and two rows under it: a row over them makes
    # no block centred on the label — another field's or stray print; the address stays blank
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = [_line("姓名", 70, 74, 130, 112), _line("谭晨嘉", 185, 74, 300, 112),
             _line("江西省南昌市东湖区人民", 185, 266, 580, 302),
             _line("住址", 70, 318, 130, 350), _line("南路366号13栋2单", 185, 314, 530, 350),
             _line("元701室", 185, 362, 330, 398), _line("自主申报", 185, 410, 330, 446),
             _line("公民身份号码", 70, 540, 270, 575), _line("360102198508053522", 300, 534, 720, 578)]
    f = extract(to_lines(lines), "id_card_front").fields["address"]
    assert f.public()["value"] == "" and f.note == "no province first"
