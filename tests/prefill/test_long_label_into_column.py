"""Session 36 (forms): a label longer than its column is wide runs into the values' column, and the value
beside it follows it — the column's start says nothing of where that row's value starts.

ZZ zz_096 (a copy of a copy of a 食品经营许可证 副本, labels and values printed one after the other): the
values of 经营场所, 主体业态 and 日常监督管理… start at x 180–277, `法定代表人(负责人)`'s box ends at x 277 and its
value `莫鸣玉` starts at 319. `name_lost_character`'s late-start sign took 275/277 (the 日常监督管理 rows'
values, two agreeing) for the column the name should start in and blanked the right name as `lost character`
(five of ZZ's 食品 licences lost their 法定代表人 so: zz_047, 096, 107, 116, 135). A column start whose first
character's cell the label's own box covers is no start for that row (`extract.COLUMN_OWN_CELL`, landed by
session 36's zzmix lane for the same pages; this lane's equal rule was dropped in the merge).
The lines are zz_096's as the food extractor got them (each character's probability its line's score).
"""

from __future__ import annotations

import pytest

from app.prefill.layout import Line

ROWS = [
    ("食品经营许可证", 1.0, 227, 201, 751, 265, (264, 338, 412, 486, 560, 635, 709)),
    ("(副本)", 1.0, 457, 271, 533, 305, (471, 488, 510, 527)),
    ("许可证编号", 1.0, 81, 357, 192, 389, (98, 117, 136, 156, 175)),
    ("JY34201067931196", 1.0, 196, 361, 368, 385,
     (214, 222, 234, 242, 250, 262, 269, 281, 289, 301, 309, 321, 329, 341, 349, 357)),
    ("经营者名称", 0.998, 81, 403, 202, 435, ()),
    ("武昌金诺五金店", 0.998, 202, 403, 346, 435, (216, 237, 253, 274, 296, 312, 333)),
    ("92420106LCJ776WD0T", 0.983, 358, 452, 543, 476,
     (368, 380, 388, 400, 408, 420, 427, 439, 447, 459, 467, 475, 487, 495, 507, 515, 527, 535)),
    ("社会信用代码(身份证号码)", 1.0, 82, 450, 337, 481, (100, 115, 136, 156, 177, 197, 223, 233, 254, 274, 295, 310, 325)),
    ("法定代表人(负责人)", 1.0, 83, 497, 277, 526, (100, 119, 139, 158, 177, 201, 216, 235, 255, 269)),
    ("莫鸣玉", 0.991, 300, 497, 366, 527, (319, 337, 356)),
    ("住所", 0.983, 84, 544, 144, 572, ()),
    ("湖北省武汉市武昌区丰收南路2213号", 0.983, 144, 544, 464, 572,
     (157, 180, 199, 218, 236, 255, 279, 297, 316, 335, 354, 377, 396, 410, 419, 429, 438, 452)),
    ("经营场所", 1.0, 82, 589, 171, 619, (99, 119, 139, 154)),
    ("湖北省武汉市武昌区光明街2479号5层11室", 1.0, 180, 591, 553, 619,
     (196, 215, 239, 257, 276, 295, 313, 337, 356, 374, 393, 417, 431, 440, 449, 459, 473, 487, 501, 520, 529, 543)),
    ("主体业态", 1.0, 83, 636, 170, 666, (100, 120, 140, 155)),
    ("单位食堂(机关食堂)", 0.997, 181, 637, 378, 665, (197, 216, 235, 258, 282, 296, 315, 333, 357, 371)),
    ("经营项目", 1.0, 82, 682, 169, 711, (99, 118, 138, 157)),
    ("热食类食品制售", 1.0, 181, 683, 325, 711, (197, 216, 235, 258, 277, 295, 314)),
    ("日常监督管理机构", 1.0, 83, 727, 251, 756, (100, 119, 139, 158, 177, 197, 216, 235)),
    ("武昌区市场监督管理局", 1.0, 240, 725, 464, 760, (275, 296, 312, 334, 355, 376, 392, 414, 435, 451)),
    ("日常监督管理人员", 0.998, 83, 774, 249, 802, (99, 118, 137, 155, 179, 198, 216, 235)),
    ("邵振静、赵一胜", 0.992, 256, 775, 406, 803, (277, 296, 314, 333, 356, 375, 393)),
    ("投诉举报电话", 1.0, 82, 822, 225, 849, ()),
    ("12315", 1.0, 225, 822, 280, 849, (232, 241, 249, 258, 272)),
    ("有效期至", 1.0, 83, 868, 186, 896, ()),
    ("2026年09月01日", 1.0, 186, 868, 325, 896, (193, 203, 212, 221, 235, 254, 263, 277, 292, 301, 315)),
    ("发证机关", 1.0, 609, 1184, 694, 1214, (621, 641, 661, 681)),
    ("签发人", 0.993, 606, 1230, 710, 1266, ()),
    ("东平", 0.993, 710, 1230, 756, 1266, (726, 741)),
    ("2021年9月2日", 0.961, 646, 1276, 775, 1309, (659, 669, 679, 689, 704, 719, 734, 749, 762)),
    ("国家市场监督管理总局监制", 0.998, 416, 1344, 576, 1368,
     (430, 442, 454, 466, 478, 490, 502, 518, 530, 542, 554, 566)),
]


def _lines(name_x: float = 0.0) -> list[Line]:
    out = []
    for i, (text, score, x1, y1, x2, y2, xs) in enumerate(ROWS):
        if text == "莫鸣玉" and name_x:  # the name moved right: a character's room left before it
            x1, x2, xs = x1 + name_x, x2 + name_x, tuple(x + name_x for x in xs)
        out.append(Line(text, score, x1, y1, x2, y2, i, ((score, "", 0.0),) * len(text), "", xs))
    return out


@pytest.mark.parametrize(("clears", "want"), [(True, "莫鸣玉"), (False, "")])
def test_a_name_after_a_label_running_into_the_column_is_read(monkeypatch: pytest.MonkeyPatch,
                                                             clears: bool, want: str) -> None:
    import app.prefill.extract as X
    from app.prefill.kinds import register

    register()
    monkeypatch.setattr(X, "COLUMN_OWN_CELL", clears)  # (False: main's reading, the name blanked)
    fields = X.extract(_lines(), "food_business_license").fields
    assert fields["legal_representative"].public()["value"] == want
    assert fields["address"].public()["value"] == "湖北省武汉市武昌区丰收南路2213号"  # (the other values stay)


def test_a_column_clear_of_the_label_still_tells_a_lost_first_character() -> None:
    # the same page with the three values beside short labels moved into a column right of the long label
    # (x 300 on): the name starting a character's room and more after that column is still blanked
    import app.prefill.extract as X
    from app.prefill.kinds import register

    register()
    rows = _lines(name_x=30)
    moved = {"湖北省武汉市武昌区光明街2479号5层11室", "单位食堂(机关食堂)", "热食类食品制售"}
    out = []
    for ln in rows:
        if ln.text in moved:
            d = 300 - ln.xs[0]
            ln = Line(ln.text, ln.score, ln.x1 + d, ln.y1, ln.x2 + d, ln.y2, ln.idx, ln.chars, "",
                      tuple(x + d for x in ln.xs))
        out.append(ln)
    fields = X.extract(out, "food_business_license").fields
    assert fields["legal_representative"].public()["value"] == ""
