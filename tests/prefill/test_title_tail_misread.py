"""Session 36 (forms): a long title whose last two characters were boxed apart from its head and misread
there is the page's title.

AA aa_083 (a flatbed scan of a 食品经营许可证 正本): the detector boxed the title `食品经营许可证` as `食品经营许`
(1.00) and, right after it on the same row, a box two characters wide read `静链` at 0.37 (可证). The head
alone is no title (`_cut_title` takes one lost end character), its labels scored 2.5 (经营项目, 日常监督管理;
主体业态 read `业态`, 许可证编号 split into `编` and `号JY…`), and the page read `other`: nine fields lost.
`kinds.TAIL_MISREAD`: the misread box in the tail's room makes the head the title. The lines are aa_083's as
`classify` got them.
"""

from __future__ import annotations

import pytest

from app.prefill.layout import Line

ROWS = [
    ("静链", 0.372, 817, 98, 964, 176),
    ("食品经营许", 1.0, 428, 95, 821, 181),
    ("上海锦程食品有限公司", 1.0, 322, 229, 502, 256),
    ("编", 1.0, 914, 233, 936, 254),
    ("号JY33101157316675", 1.0, 948, 230, 1124, 257),
    ("日常监督管理机构", 0.999, 794, 276, 940, 304),
    ("浦东新区市场监督管理局城西市场监管所", 1.0, 973, 275, 1299, 306),
    ("社会信用代码(身份证号", 1.0, 91, 278, 290, 315),
    ("9131011506QPF0AC61", 0.986, 321, 287, 483, 311),
    ("日常监督管理人员", 1.0, 798, 319, 940, 351),
    ("董怡德、慕容伟鸣", 0.985, 973, 319, 1123, 352),
    ("法定代表人(负责人)", 1.0, 95, 336, 262, 368),
    ("魏远立", 1.0, 320, 338, 382, 369),
    ("12315", 1.0, 973, 369, 1029, 397),
    ("上海市浦东新区锦绣路1489号7号楼", 0.998, 319, 389, 602, 428),
    ("住", 0.994, 99, 398, 121, 422),
    ("所", 1.0, 194, 398, 217, 422),
    ("效", 1.0, 845, 415, 877, 444),
    ("有", 1.0, 797, 417, 824, 443),
    ("期", 1.0, 899, 419, 923, 441),
    ("至2022年04月11日", 0.963, 944, 414, 1105, 446),
    ("经营场所", 1.0, 96, 487, 218, 515),
    ("上海市浦东新区锦绣路1935号1幢一层东侧商铺", 0.988, 325, 486, 685, 520),
    ("业态", 0.996, 138, 572, 221, 614),
    ("单位食堂(学校食堂)", 1.0, 318, 577, 488, 617),
    ("许", 0.943, 322, 602, 425, 658),
    ("经营项目", 1.0, 95, 638, 217, 665),
    ("保健食品销售", 1.0, 313, 634, 435, 671),
    ("发", 1.0, 829, 781, 852, 805),
    ("证机", 1.0, 867, 779, 940, 807),
    ("签", 1.0, 827, 812, 853, 840),
    ("人", 1.0, 950, 812, 975, 840),
    ("发", 1.0, 889, 813, 916, 840),
    ("丁博", 0.999, 986, 811, 1030, 842),
    ("2017年4月12日", 0.975, 1003, 871, 1122, 900),
]


def _lines(tail: tuple[str, float] | None = ("静链", 0.372)) -> list[Line]:
    out = []
    for i, (text, score, x1, y1, x2, y2) in enumerate(ROWS):
        if text == "静链":
            if tail is None:
                continue
            text, score = tail
        out.append(Line(text, score, x1, y1, x2, y2, i))
    return out


@pytest.mark.parametrize(("doubt", "want"), [(0.8, "food_business_license"), (0, "other")])
def test_a_title_whose_tail_was_boxed_apart_and_misread_is_the_title(monkeypatch: pytest.MonkeyPatch,
                                                                     doubt: float, want: str) -> None:
    import app.prefill.extract as X

    K = X._kinds

    monkeypatch.setattr(K, "TAIL_MISREAD", doubt)  # (0: main's reading, aa_083 `other`)
    assert K.classify(_lines())[0] == want


@pytest.mark.parametrize("tail", [None, ("可证", 0.99)])
def test_the_head_alone_or_a_sure_tail_is_no_such_title(tail: tuple[str, float] | None) -> None:
    # no box in the tail's room, or one read sure (other print, not the lost characters): the head is no title
    import app.prefill.extract as X

    K = X._kinds

    assert K.classify(_lines(tail))[0] == "other"
