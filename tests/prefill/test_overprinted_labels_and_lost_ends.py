"""Family ZT's wrong pre-fills at first sight (session 33, lane ztwrong), each as a rule about pages:

- a 卫生许可证 whose long label `法定代表人（负责人）` runs into its value: the name's first character
  printed over `人）` and read as one glyph with it (`法定代表人(负责袁)涛娟`, 袁 at 0.72 in the label's
  place) or lost with it (`法定代表人(负责方娟艳` for 东方娟艳) — the name lost its surname;
- a licence 住所 `…4单元2704` on a full row whose `室` wrapped alone onto a row the detector did not box,
  and the row below looked for under the label instead of the value (the two boxes overlapping);
- an ID card's short last row `…6单元1907` whose box stopped before its `室`;
- a permit's name joined with a tilted photo's 地址 row boxed over it (`址湖南省…室长沙鑫源美容院`);
- a measure word after a number misread in doubt (`9罐` for 9幢 at 0.84).

Built as OCR lines with per-character probabilities and positions, through the real extraction; the
page checks on drawn rows through `reader.confirm_row_end`."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import extract as ex
from app.prefill import layout as lay
from app.prefill import reader as rd
from app.prefill.extract import GAP_CHECK, ROW_BELOW, Extraction, FieldResult, extract
from app.prefill.layout import Piece, to_lines
from tests.prefill.fonts import cjk_font
from tests.prefill.test_licence_rows import line

PITCH = 30


def _spaced(text: str, x1: float, y: float, chars: dict | None = None, step: float = PITCH) -> object:
    """A row read with its characters' centres `step` apart from `x1` (a Chinese character's pitch)."""
    return line(text, x1, y, x1 + step * len(text), y + 28, chars=chars, xs=_at([x1 + step * (i + 0.5) for i in range(len(text))],
                                                                                x1, x1 + step * len(text)))


def _at(centres: list[float], x1: float, x2: float) -> tuple[float, ...]:
    """Page x of characters' centres as the recogniser gives them: shares of the box's length."""
    return tuple((x - x1) / (x2 - x1) for x in centres)


def _mixed(text: str, x1: float, y: float, step: float = 13) -> object:
    """A card's row: Chinese characters `step` apart, digits half as wide."""
    widths = [0.55 * step if ch.isdigit() else step for ch in text]
    edges = np.cumsum([0.0, *widths])
    x2 = x1 + float(edges[-1])
    return line(text, x1, y, x2, y + 17, xs=_at([x1 + (a + b) / 2 for a, b in zip(edges, edges[1:], strict=False)], x1, x2))


def _health(rep_row: object) -> list:
    """A 卫生许可证 whose values start at x=400 (the label column's right edge past x=380)."""
    out = [line("卫生许可证", 300, 100, 600, 150), line("吉卫公字(2022)第220702417366号", 250, 180, 850, 210)]
    rows = [("单位名称", "白城御膳坊快捷酒店有限公司"), ("地址", "吉林省白城市洮北区长庆南街970号"),
            ("许可项目", "住宿、沐浴"), ("有效期限", "自2022年07月25日至2026年07月24日")]
    for k, (lab, val) in enumerate(rows):
        y = 260 + 50 * (k + (k > 0))
        out += [line(lab, 100, y, 100 + PITCH * len(lab), y + 28), _spaced(val, 400, y)]
    return [*out, rep_row]


def _rep(rep_row: object) -> dict:
    return extract(to_lines(_health(rep_row))).public_fields()["legal_representative"]


def test_a_name_printed_over_its_labels_bracket_end_read_in_doubt_is_not_prefilled(monkeypatch) -> None:  # noqa: ANN001
    # `法定代表人(负责袁)涛娟`: the label's `人` read as the name's 袁 at 0.72 (the two printed on one
    # another): the label found whole, the name left `涛娟`
    row = _spaced("法定代表人(负责袁)涛娟", 100, 310, chars={8: (0.72, "虑", 0.08)}, step=28)
    out = _rep(row)
    assert out["value"] == "" and out["reason"] == "doubtful_character", out
    monkeypatch.setattr(ex, "NAME_LABEL_TAIL", False)
    monkeypatch.setattr(ex, "NAME_NO_SURNAME", False)  # (session 37's surname rule blanks it too)
    assert _rep(row)["value"] == "涛娟"  # (as before: a wrong pre-fill)
    monkeypatch.undo()
    # the label's end read sure: the name after it is the name
    assert _rep(_spaced("法定代表人(负责人)袁涛娟", 100, 310, step=28))["value"] == "袁涛娟"


def test_a_name_lost_with_its_labels_unread_end_is_not_prefilled(monkeypatch) -> None:  # noqa: ANN001
    # `法定代表人(负责方娟艳` for 东方娟艳: `人)` and the 东 printed over them not read; 方 stands a
    # pitch right of where the other rows' values start — the label's print ended at 责, not at 方
    xs = _at([*(100 + 28 * (i + 0.5) for i in range(8)), 445, 475, 505], 100, 520)
    row = line("法定代表人(负责方娟艳", 100, 310, 520, 338, xs=xs)
    out = _rep(row)
    assert out["value"] == "" and out["reason"] in ("doubtful_character", "wrapped_row_incomplete"), out
    monkeypatch.setattr(lay, "LABEL_READ_END", False)
    assert _rep(row)["value"] == "方娟艳"  # (as before: the label's box ended at 方, which followed it)
    monkeypatch.undo()
    # the name where the values start: whole
    xs = _at([*(100 + 28 * (i + 0.5) for i in range(8)), 415, 445, 475], 100, 490)
    assert _rep(line("法定代表人(负责林华娟", 100, 310, 490, 338, xs=xs))["value"] == "林华娟"


def _licence_right_column(address: str) -> list:
    """A 2019 横版 个体工商户 licence: its 经营场所 the last row of the right column, nothing under it."""
    return [line("营业执照", 586, 301, 1046, 416), line("统一社会信用代码", 256, 251, 347, 274),
            line("92210102304740A95H", 254, 272, 376, 296), line("名称沈阳和平区天成服装店", 280, 392, 515, 426),
            line("类型个体工商户", 278, 422, 443, 453), line("经营者董怡秀", 274, 451, 410, 481),
            line("组成形式家庭经营", 272, 481, 423, 512), line("经营范围谷物种植;蔬菜种植;水果种植。", 270, 512, 572, 553),
            line("注册日期2013年08月12日", 848, 429, 1045, 464), line("经营场所", 845, 460, 933, 486),
            line(address, 927, 467, 1361, 496), line("登记机关", 1080, 906, 1162, 934),
            line("2023年08月18日", 1150, 944, 1258, 972)]


def test_a_unit_flat_on_a_full_row_is_taken_only_with_paper_under_it(monkeypatch) -> None:  # noqa: ANN001
    addr = "辽宁省沈阳市和平区北苑镇天府大道535号和谐新村7幢4单元2704"
    f = extract(to_lines(_licence_right_column(addr))).fields["address"]
    assert f.value == addr and f.flagged and f.note == ROW_BELOW, f
    monkeypatch.setattr(ex, "UNIT_FLAT_BELOW", False)
    assert not extract(to_lines(_licence_right_column(addr))).fields["address"].flagged  # (as before)


def _page_with_rows(label: str, value: str, below: str) -> tuple[np.ndarray, list, float, float]:
    """A label and its value drawn on one row, `below` drawn under the value's start: the page, its
    lines (the label's box reaching 5 px into the value's) and the value's box x1, y1."""
    img = Image.new("RGB", (900, 200), (245, 245, 240))
    d = ImageDraw.Draw(img)
    font = cjk_font(26)
    d.text((40, 40), label, fill="black", font=font)
    vx = 40 + 26 * len(label) + 20
    d.text((vx, 40), value, fill="black", font=font)
    if below:
        d.text((vx, 76), below, fill="black", font=font)
    page = np.asarray(img)[:, :, ::-1].copy()
    lines = to_lines([line(label, 36, 36, vx + 5, 70), line(value, vx, 36, vx + 26 * len(value), 70)])
    return page, lines, float(vx), 36.0


def test_the_row_below_is_looked_for_under_the_value_not_its_label(monkeypatch) -> None:  # noqa: ANN001
    value = "天府大道535号和谐新村7幢4单元2704"

    def flagged(below: str) -> bool:
        page, lines, vx, vy = _page_with_rows("经营场所", value, below)
        res = FieldResult(value, 0.99, [vx, vy, vx + 26 * len(value), 70.0], flagged=True, note=ROW_BELOW)
        extraction = Extraction("business_license", 1.0, {"address": res})
        rd.confirm_row_end(extraction, lines, page)
        return extraction.fields["address"].flagged

    assert flagged("室") and not flagged("")
    monkeypatch.setattr(rd, "ROW_BELOW_OWN", False)
    assert not flagged("室")  # (as before: looked for under the label, where the paper is blank)


def test_an_id_address_short_last_row_ending_in_a_room_number_checks_the_cell_after_it(monkeypatch) -> None:  # noqa: ANN001
    rows = [_mixed("天津市滨海新区友谊路413号", 300, 240), _mixed("幸福商务楼9幢6单元1907", 300, 263)]
    pieces = [Piece(r.text, 0.99, (r.x1, r.y1, r.x2, r.y2), r.chars, r.xs) for r in to_lines(rows)]
    addr = "".join(p.text for p in pieces)
    res = ex._id_address_result(addr, pieces)
    assert not res.flagged and any(note == GAP_CHECK and room[0] > rows[1].bbox[2] - 13
                                   for room, _, note in res.blank_after), res
    monkeypatch.setattr(ex, "ROOM_END_CELL", False)
    assert not ex._id_address_result(addr, pieces).blank_after  # (as before: taken as read)


def test_a_permit_name_joined_with_a_row_boxed_over_it_is_not_prefilled(monkeypatch) -> None:  # noqa: ANN001
    name = "长沙鑫源美容院"
    over = ex.Piece("址湖南省长沙市岳麓区龙华乡光明路1024号", 0.99, (316, 465, 900, 633))
    own = ex.Piece(name, 0.99, (360, 482, 482, 572))
    f = FieldResult(over.text + name, 0.99, [316, 465, 900, 633])
    out = ex.permit_name_doubt(f, [over, own])
    assert out.flagged and out.reason == "doubtful_character", out
    monkeypatch.setattr(ex, "PERMIT_NAME_TWICE", False)
    assert not ex.permit_name_doubt(f, [over, own]).flagged  # (as before)
    # two parts of one row side by side: the name stands
    apart = [ex.Piece("长沙鑫源", 0.99, (360, 482, 480, 572)), ex.Piece("美容院", 0.99, (490, 482, 580, 572))]
    assert not ex.permit_name_doubt(FieldResult(name, 0.99, [360, 482, 580, 572]), apart).flagged


def test_a_measure_word_after_a_number_misread_in_doubt(monkeypatch) -> None:  # noqa: ANN001
    text = "贵州省遵义市红花岗区东湖镇工业园路1264号金色新村9罐1单元402室"
    k = text.index("罐")
    weak = Piece(text, 0.97, (0, 0, 900, 30), tuple((0.844, "糖", 0.06) if i == k else (0.999, "", 0.0)
                                                  for i in range(len(text))))
    assert ex._address_result(text, [weak]).note == "measure word misread"
    sure = Piece(text, 0.97, (0, 0, 900, 30), tuple((0.999, "", 0.0) for _ in text))
    assert ex._address_result(text, [sure]).note != "measure word misread"  # (read sure: as printed)
    right = text.replace("罐", "幢")
    assert ex._address_result(right, [Piece(right, 0.97, (0, 0, 900, 30), weak.chars)]).note != "measure word misread"
    monkeypatch.setattr(ex, "UNIT_WORD_CHECK", False)
    assert ex._address_result(text, [weak]).note != "measure word misread"
