"""A copy's usage watermark (`仅供本次申请使用，再复印无效`) read into an ID card's nation (session 34, lane photos2).

Phone photos and 高拍仪 frames of ID-card copies stamped with a usage watermark across the card (ZV zv_028,
zv_049, zv_059, zv_110): the watermark's line crosses the sex-and-nation row and the recogniser reads its words
into the nation's box after the nation (`汉复印无`, `汉,他用无效`, `朝鲜,他用无`); the nation was left blank as no
coded nation. No nation's name holds a pair of the watermark's words: the nation is what stands before them
(`extract._nation_before_copy_words`) — unless a longer nation's name starts with it (土 of 土家).
"""

from __future__ import annotations

import pytest

from tests.prefill.test_id_front_cases import _line


def _front(sex_row: list) -> list:
    return [_line("姓名", 70, 74, 130, 112), _line("王艳华", 185, 74, 300, 112), *sex_row,
            _line("出生", 70, 234, 130, 272), _line("1957年5月31日", 185, 234, 420, 272),
            _line("住址", 70, 318, 130, 350), _line("重庆市渝北区体育西路451号", 185, 314, 600, 350),
            _line("公民身份号码", 70, 540, 270, 575), _line("500112195705315443", 300, 534, 720, 578)]


@pytest.mark.parametrize(("box", "want"), [("汉复印无", "汉"), ("汉,他用无效", "汉"), ("朝鲜,他用无", "朝鲜"),
                                           ("汉复印无效", "汉"), ("土复印无", ""), ("汉族", "汉")])
def test_watermark_words_after_the_nation(box: str, want: str) -> None:
    # before: every one of these blank (`not a coded nation`); `土复印无` stays blank, the watermark may
    # hide 家 of 土家
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = _front([_line("性别", 70, 154, 130, 192), _line("女", 185, 154, 220, 192),
                    _line("民族", 300, 154, 360, 192), _line(box, 400, 154, 400 + 40 * len(box), 192)])
    f = extract(to_lines(lines), "id_card_front").fields["nation"].public()
    assert f["value"] == want


def test_watermark_words_after_the_nation_in_the_sex_rows_box() -> None:
    # zv_110 (a 高拍仪 frame): the whole row one box, the watermark's `受理使用，他用无效` crossing it
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    lines = _front([_line("性别女合窗民族朝鲜,他用无", 70, 154, 600, 192)])
    assert extract(to_lines(lines), "id_card_front").fields["nation"].public()["value"] == "朝鲜"
