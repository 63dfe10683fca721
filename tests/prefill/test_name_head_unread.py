"""Session 30 (wrongs3): a 营业执照's name whose row box starts well before its first read character is not
pre-filled — the head of the name was boxed and not read.

ZO zo_0126 (an e-licence PDF of a 个体工商户): the seal is stamped over the name's first four characters
(金水区正); the detector boxed the row whole (x 846 → 1003), the recogniser read on only after the red ring
(`和` centred at x 942, 3.3 row heights into the box), and main pre-filled `和服装店` for 金水区正和服装店 at
1.00. The page's other values start under the same seal (`18日`, `体至商`), so the column's starts
(`name_lost_character`'s late-start sign) do not agree and say nothing. The row's own box does: ink boxed
before the first character read is a head not read (`extract.HEAD_UNREAD`, as `_any_end_unread` for a
row's end). The lines are zo_0126's as the recogniser gave them (its one `extract` call; each
character's probability is its line's score here).
"""

from __future__ import annotations

import pytest

from app.prefill.layout import Line

ROWS = [
    ("统一社会信用代码", 1.0, 77, 187, 209, 210, (90, 106, 121, 136, 151, 167, 182, 197)),
    ("9241010505KLX840QU", 1.0, 77, 215, 256, 238,
     (87, 94, 102, 109, 121, 128, 136, 144, 151, 163, 170, 182, 193, 205, 216, 224, 235, 246)),
    ("营业执照", 0.999, 444, 221, 963, 308, (494, 639, 769, 927)),
    ("称", 1.0, 831, 398, 854, 419, (843,)),
    ("和服装店", 1.0, 846, 394, 1003, 423, (942, 960, 973, 991)),
    ("经营范围理发服务;美容服务(不含医疗美容)", 1.0, 104, 399, 507, 419,
     (116, 149, 179, 212, 248, 265, 278, 295, 308, 328, 345, 361, 378, 398, 411, 424, 441, 458, 474, 491, 504)),
    ("名", 1.0, 734, 397, 757, 435, (742,)),
    ("类", 1.0, 734, 426, 758, 457, (747,)),
    ("体至商", 0.801, 863, 429, 944, 456, (892, 910, 928)),
    ("周", 1.0, 862, 464, 922, 489, (877,)),
    ("经营", 1.0, 731, 463, 806, 491, (747, 794)),
    ("家庭经营", 1.0, 865, 497, 939, 525, (880, 896, 909, 926)),
    ("组成形", 1.0, 733, 500, 821, 524, (747, 779, 811)),
    ("18日", 1.0, 932, 531, 985, 559, (956, 965, 974)),
    ("注册日期", 1.0, 733, 534, 854, 558, (747, 779, 811, 843)),
    ("经营场所河南省郑州市金水区人民路185号4层14室", 1.0, 734, 570, 1163, 590,
     (746, 779, 809, 842, 879, 895, 909, 925, 942, 958, 975, 992, 1007, 1022, 1042, 1055, 1068, 1078, 1085, 1095,
      1108, 1121, 1135, 1141, 1151)),
    ("国家市场监督管理总局监制", 1.0, 644, 932, 764, 950, (654, 662, 671, 682, 690, 702, 710, 719, 727, 736, 747, 755)),
]


def _lines(name_box_x1: float = 846) -> list[Line]:
    out = []
    for i, (text, score, x1, y1, x2, y2, xs) in enumerate(ROWS):
        if text == "和服装店":
            x1 = name_box_x1
        out.append(Line(text, score, x1, y1, x2, y2, i, ((score, "", 0.0),) * len(text), "", xs))
    return out


@pytest.mark.parametrize(("head_unread", "want"), [(1.0, ""), (0, "和服装店")])
def test_a_name_boxed_before_its_first_character_is_not_prefilled(monkeypatch: pytest.MonkeyPatch,
                                                                  head_unread: float, want: str) -> None:
    import app.prefill.extract as X

    monkeypatch.setattr(X, "HEAD_UNREAD", head_unread)  # (0: main's reading, zo_0126's wrong pre-fill)
    fields = X.extract(_lines(), "business_license").fields
    assert fields["name"].public()["value"] == want
    if not want:
        assert fields["name"].public()["reason"] == "doubtful_character"
    assert fields["address"].public()["value"] == "河南省郑州市金水区人民路185号4层14室"  # (the other values stay)


def test_a_name_boxed_from_its_first_character_is_read() -> None:
    # the same row boxed as a detector boxes printed characters (half a cell before the first centre)
    import app.prefill.extract as X

    assert X.extract(_lines(name_box_x1=930), "business_license").fields["name"].public()["value"] == "和服装店"
